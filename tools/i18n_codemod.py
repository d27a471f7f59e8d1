"""Rewrite French/English message pairs into gettext calls, English into the catalogue.

    python tools/i18n_codemod.py [--dry-run] [--po PATH] [PATH ...]   (default: src)

Every ``X.tr(fr, en)`` call (``ctx.tr`` in the checks) whose two arguments are string
literals or f-strings (implicit concatenation, ``+`` of literals and multi-line calls
included) becomes ``X._("french {name}", name=expr, ...)``: each f-string field turns into
a named placeholder, the same expression getting the same name in both languages; the
English text, with the same names, is added to ``locale/en/LC_MESSAGES/cipcheck.po``
(a translation already there is kept: a different one is reported, not overwritten).

What it cannot convert is left as it is and listed, file:line and why (exit status 1):
arguments that are not literals (constants, conditional texts), a field holding a
condition (``{'s' if n > 1 else ''}`` is a plural: write ``ctx.ngettext``), a comment
inside the call, a bare ``tr(...)``. Running it again converts nothing twice: converted
calls no longer match. After it: ``pybabel extract`` then ``update`` and ``compile`` (see
the README note) so the template and the .mo follow.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import sys
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "src" / "cipcheck" / "locale" / "en" / "LC_MESSAGES" / "cipcheck.po"
WIDTH = 100


class Unconvertible(Exception):
    pass


@dataclass
class Placeholders:
    """Expression source -> placeholder name, shared by the two languages of a call."""

    names: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)  # name -> keyword value source

    def name_for(self, node: ast.FormattedValue) -> str:
        expr = node.value
        if isinstance(expr, ast.IfExp):
            raise Unconvertible(
                f"field {{{ast.unparse(expr)}}} holds a condition: a plural (use ngettext) "
                "or a choice of words (compute it before, one message per choice)")
        if node.conversion != -1 or node.format_spec is not None:
            value = ast.unparse(ast.JoinedStr([node]))  # f"{x!r}", f"{x:g}"
        else:
            value = ast.unparse(expr)
        if value in self.names:
            return self.names[value]
        base = _name_of(expr) or "value"
        name, k = base, 2
        while name in self.values:
            name, k = f"{base}_{k}", k + 1
        self.names[value] = name
        self.values[name] = value
        return name


def _name_of(expr: ast.expr) -> str:
    """A readable placeholder name: ``part.number`` -> number, ``_short(title)`` -> title,
    ``len(heads)`` -> n_heads, ``", ".join(pages)`` -> pages."""
    if isinstance(expr, ast.Name):
        return _clean(expr.id)
    if isinstance(expr, ast.Attribute):
        return _clean(expr.attr)
    if isinstance(expr, ast.Subscript):
        return _name_of(expr.value)
    if isinstance(expr, ast.Call):
        func = expr.func
        fname = func.attr if isinstance(func, ast.Attribute) else (
            func.id if isinstance(func, ast.Name) else "")
        first = expr.args[0] if expr.args else None
        if fname == "len" and first is not None:
            return "n_" + (_name_of(first) or "items")
        if fname.startswith("_") and first is not None:
            # _short(title) -> title; _where(ctx, part) -> where (ctx says nothing)
            if isinstance(first, ast.Name) and first.id in ("ctx", "self"):
                return _clean(fname)
            return _name_of(first) or _clean(fname)
        if fname in ("join", "str", "int", "float", "abs", "round", "sorted"):
            inner = _name_of(first) if first is not None else ""
            return inner or _clean(fname)
        if fname in ("fmt", "percent") and len(expr.args) >= 2:
            return _name_of(expr.args[1])
        return _clean(fname)
    if isinstance(expr, (ast.GeneratorExp, ast.ListComp)):
        return _name_of(expr.elt)
    return ""


def _clean(name: str) -> str:
    name = re.sub(r"\W", "", name).strip("_").lower()
    return name if name and not name[0].isdigit() else ""


def template(node: ast.expr, ph: Placeholders) -> str:
    """The text of a literal/f-string argument with ``{name}`` fields."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                out.append("{" + ph.name_for(part) + "}")
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return template(node.left, ph) + template(node.right, ph)
    raise Unconvertible(f"argument is not a literal text: {ast.unparse(node)[:60]}")


def _literal(text: str) -> str:
    return '"' + (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                  .replace("\t", "\\t").replace("\r", "\\r")) + '"'


def _chunks(text: str, width: int) -> list[str]:
    """The text cut after spaces into pieces whose literal fits ``width``."""
    words = re.findall(r"\S*\s*", text)
    out, cur = [], ""
    for w in words:
        if not w:
            continue
        if cur and len(_literal(cur + w)) > width:
            out.append(cur)
            cur = w
        else:
            cur += w
    if cur or not out:
        out.append(cur)
    return out


def render_call(receiver: str, msgid: str, ph: Placeholders, col: int, base: int) -> str:
    """``receiver._("…" "…", name=value)`` laid out from column ``col`` (``base``: the
    indentation of the line the call starts on)."""
    head = f"{receiver}._("
    kwargs = [f"{k}={v}" for k, v in ph.values.items()]
    if col + len(head) <= WIDTH - 45:
        indent = col + len(head)
        pieces = [_literal(c) for c in _chunks(msgid, WIDTH - indent - 2)]
        lines = [head + pieces[0]] + [" " * indent + p for p in pieces[1:]]
    else:  # called far right: the text starts on the next line, under the line's start
        indent = base + 8
        pieces = [_literal(c) for c in _chunks(msgid, WIDTH - indent - 2)]
        lines = [head] + [" " * indent + p for p in pieces]
    for kw in kwargs:
        last = lines[-1]
        used = len(last) + (col if len(lines) == 1 else 0)
        if used + len(", ") + len(kw) + len(")))),") <= WIDTH and not last.endswith("("):
            lines[-1] = last + ", " + kw
        else:
            lines[-1] = last + ","
            lines.append(" " * indent + kw)
    return "\n".join(lines) + ")"


@dataclass
class Report:
    converted: int = 0
    todo: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)


def _has_comment(segment: str) -> bool:
    try:
        return any(t.type == tokenize.COMMENT
                   for t in tokenize.generate_tokens(io.StringIO(segment).readline))
    except (tokenize.TokenError, SyntaxError):
        return False


def convert_source(source: str, where: str, report: Report) -> str:
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def pos(lineno: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets
        line = lines[lineno - 1]
        return offsets[lineno - 1] + len(line.encode()[:col].decode())

    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_problem(node.func) and node.args:
            at = f"{where}:{node.lineno}"
            ph = Placeholders()
            try:
                pair = _problem_call(node, ph, report, at)
            except Unconvertible as why:
                report.todo.append(f"{at}: InputProblem: {why}")
                continue
            if pair is None:
                continue
            start = pos(node.lineno, node.col_offset)
            end = pos(node.end_lineno or node.lineno, node.end_col_offset or 0)
            if _has_comment(source[start:end]):
                report.todo.append(f"{at}: a comment inside the call: convert by hand")
                continue
            line = lines[node.lineno - 1]
            base = len(line) - len(line.lstrip())
            edits.append((start, end, render_problem(node, pair[0], ph, base, source)))
            for fr_text, en_text in zip(*pair, strict=True):
                if fr_text is None:
                    continue
                if en_text is None:
                    report.untranslated.append(f"{at}: {fr_text[:70]!r}")
                else:
                    report.pairs.append((fr_text, en_text))
            report.converted += 1
            continue
        if not (isinstance(node, ast.Call) and _is_tr(node.func)):
            continue
        at = f"{where}:{node.lineno}"
        if isinstance(node.func, ast.Name):
            report.todo.append(f"{at}: bare tr(...) call: rewrite as ctx._(...) by hand")
            continue
        if len(node.args) != 2 or node.keywords:
            report.todo.append(f"{at}: tr() without exactly two positional arguments")
            continue
        start = pos(node.lineno, node.col_offset)
        end = pos(node.end_lineno or node.lineno, node.end_col_offset or 0)
        if _has_comment(source[start:end]):
            report.todo.append(f"{at}: a comment inside the call: convert by hand")
            continue
        ph = Placeholders()
        try:
            fr = template(node.args[0], ph)
            en = template(node.args[1], ph)
        except Unconvertible as why:
            report.todo.append(f"{at}: {why}")
            continue
        assert isinstance(node.func, ast.Attribute)
        receiver = ast.unparse(node.func.value)
        col = len(lines[node.lineno - 1].encode()[:node.col_offset].decode())
        line = lines[node.lineno - 1]
        base = len(line) - len(line.lstrip())
        edits.append((start, end, render_call(receiver, fr, ph, col, base)))
        report.pairs.append((fr, en))
        report.converted += 1
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    if any("N_(" in text for _, _, text in edits):
        source = _ensure_import(source)
    return source


def _problem_call(node: ast.Call, ph: Placeholders, report: Report,
                  at: str) -> tuple[list[str | None], list[str | None]] | None:
    """``InputProblem(code, fr, fr_hint, en=(en, en_hint))``: the French and English
    (message, hint) templates; None when the call is not one to convert."""
    en_kw = next((k for k in node.keywords if k.arg == "en"), None)
    texts = node.args[1:3]
    if not texts or any(_is_marked(a) for a in texts):
        return None  # already converted (N_) or not a message pair
    if not en_kw and not all(_is_text(a) for a in texts):
        return None
    fr: list[str | None] = []
    en: list[str | None] = []
    en_args: list[ast.expr | None] = [None, None]
    if en_kw is not None:
        if not isinstance(en_kw.value, ast.Tuple):
            raise Unconvertible("en= is not a (message, hint) tuple")
        en_args = list(en_kw.value.elts) + [None] * (2 - len(en_kw.value.elts))
    for fr_arg, en_arg in zip(list(texts) + [None] * (2 - len(texts)), en_args, strict=True):
        if fr_arg is None or (isinstance(fr_arg, ast.Constant) and fr_arg.value is None):
            fr.append(None)
            en.append(None)
        elif isinstance(fr_arg, ast.Name):
            # A module constant: it must be N_-marked with its English in the catalogue.
            report.notes.append(f"{at}: {fr_arg.id} kept as the French text: check it is "
                                "marked N_(...) and translated in the .po")
            fr.append(None)
            en.append(None)
        else:
            fr.append(template(fr_arg, ph))
            en.append(template(en_arg, ph) if en_arg is not None else None)
    return fr, en


def _is_marked(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and (
        node.func.id in ("N_", "_"))


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp)) and not (
        isinstance(node, ast.Constant) and not isinstance(node.value, str))


def render_problem(node: ast.Call, fr: list[str | None], ph: Placeholders, base: int,
                   source: str) -> str:
    """``InputProblem(\n code,\n N_("…"),\n N_("…"),\n values={…})``."""
    pad = " " * (base + 4)

    def src(n: ast.expr) -> str:  # the argument as written (quotes kept)
        return ast.get_source_segment(source, n) or ast.unparse(n)

    out = [ast.unparse(node.func) + "(", pad + src(node.args[0]) + ","]
    for text, arg in zip(fr, node.args[1:3], strict=False):
        if text is None:
            out.append(pad + src(arg) + ",")
            continue
        pieces = [_literal(c) for c in _chunks(text, WIDTH - len(pad) - 7)]
        out.append(pad + "N_(" + ("\n" + pad + "   ").join(pieces) + "),")
    for k in node.keywords:
        if k.arg != "en":
            out.append(pad + (f"{k.arg}=" if k.arg else "**") + src(k.value) + ",")
    if ph.values:
        items = ", ".join(f'"{k}": {v}' for k, v in ph.values.items())
        line = pad + "values={" + items + "}"
        out.append(line if len(line) < WIDTH else
                   pad + "values={\n" + ",\n".join(f'{pad}    "{k}": {v}'
                                                   for k, v in ph.values.items()) + "}")
    return "\n".join(out).rstrip(",") + ")"


def _ensure_import(source: str) -> str:
    """``from cipcheck.i18n import N_`` among the module's imports (isort order kept for
    the usual ``from cipcheck.x import y`` block; ruff --fix --select I settles the rest)."""
    if re.search(r"^from cipcheck\.i18n import .*\bN_\b", source, re.M):
        return source
    tree = ast.parse(source)
    line = "from cipcheck.i18n import N_\n"
    after = None
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            mod = stmt.module if isinstance(stmt, ast.ImportFrom) else None
            if mod and mod.startswith("cipcheck") and mod > "cipcheck.i18n":
                lines = source.splitlines(keepends=True)
                lines.insert(stmt.lineno - 1, line)
                return "".join(lines)
            after = stmt
        elif after is not None:
            break
    lines = source.splitlines(keepends=True)
    at = after.end_lineno if after is not None and after.end_lineno else 0
    lines.insert(at, line)
    return "".join(lines)


def _is_problem(func: ast.expr) -> bool:
    return isinstance(func, ast.Name) and func.id == "InputProblem"


def _is_tr(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "tr") or (
        isinstance(func, ast.Name) and func.id == "tr")


def update_po(po_path: Path, pairs: list[tuple[str, str]], report: Report,
              dry_run: bool) -> int:
    """English added for new msgids; existing translations kept. Returns how many added."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    if po_path.exists():
        with po_path.open("rb") as fh:
            catalog = read_po(fh, locale="en", domain="cipcheck")
    else:
        catalog = Catalog(locale="en", domain="cipcheck", project="cipcheck",
                          copyright_holder="cipcheck", fuzzy=False,
                          last_translator="cipcheck maintainers")
    added = 0
    for fr, en in pairs:
        msg = catalog.get(fr)
        if msg is not None and msg.string:
            if msg.string != en:
                report.conflicts.append(f"{fr!r}: kept {msg.string!r}, not {en!r}")
            continue
        if msg is not None:
            msg.string = en
            msg.flags.discard("fuzzy")
        else:
            catalog.add(fr, en, flags=("python-brace-format",) if "{" in fr else ())
        added += 1
    if not dry_run:
        po_path.parent.mkdir(parents=True, exist_ok=True)
        with po_path.open("wb") as fh:
            write_po(fh, catalog, width=WIDTH - 1, sort_output=False)
    return added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "src"])
    ap.add_argument("--po", type=Path, default=PO)
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    args = ap.parse_args(argv)
    report = Report()
    files = [p for path in args.paths
             for p in ([path] if path.is_file() else sorted(path.rglob("*.py")))]
    changed = 0
    for file in files:
        source = file.read_text(encoding="utf-8")
        if "tr(" not in source and "InputProblem(" not in source:
            continue
        try:
            rel = str(file.resolve().relative_to(ROOT))
        except ValueError:
            rel = str(file)
        new = convert_source(source, rel, report)
        if new != source:
            changed += 1
            if not args.dry_run:
                file.write_text(new, encoding="utf-8")
    added = update_po(args.po, report.pairs, report, args.dry_run)
    print(f"{report.converted} call(s) converted in {changed} file(s); "
          f"{added} translation(s) added to {args.po.name}; "
          f"{len(report.todo)} call(s) to convert by hand; "
          f"{len(report.untranslated)} French-only text(s) to translate; "
          f"{len(report.conflicts)} conflicting translation(s).")
    for line in report.todo:
        print("  hand:", line)
    for line in report.conflicts:
        print("  conflict:", line)
    for line in report.untranslated:
        print("  no English yet (translate it in the .po):", line)
    for line in report.notes:
        print("  note:", line)
    return 1 if report.todo or report.conflicts else 0


if __name__ == "__main__":
    sys.exit(main())
