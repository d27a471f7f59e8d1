"""Every id a report carries is declared by the module that makes it (``SPECS``), with
the status it carries; every rule-set key a check says it reads exists; the id table of
docs/contract.md is the one written from the declarations."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cipcheck.api import Options, check_file
from cipcheck.checks import CHECKS, REGISTRY
from cipcheck.checks.catalog import (
    all_specs,
    content_items,
    declared,
    lookup,
    schema_keys,
    with_table,
)
from cipcheck.checkspec import ITEM
from cipcheck.findings import Report
from cipcheck.ruleset import load_all

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "cipcheck"
ITEMS = content_items(load_all())


def _fixtures() -> list[Path]:
    """Every dossier of tests/fixtures (devset, red team, hostile included) and examples;
    a DOCX whose PDF twin is there is left to it (same text, same ids: test_dossiers
    checks the DOCX of each pair)."""
    files = sorted(p for folder in (ROOT / "tests" / "fixtures", ROOT / "examples")
                   for p in folder.rglob("*") if p.suffix in (".pdf", ".docx"))
    return [p for p in files if not (p.suffix == ".docx" and p.with_suffix(".pdf").exists())]


def _undeclared(report: Report) -> list[str]:
    out = []
    for f in report.checks:
        spec = lookup(f.id, ITEMS)
        if spec is None:
            out.append(f"{f.id} (undeclared)")
        elif f.status not in spec.statuses:
            out.append(f"{f.id}: status {f.status.value} not declared")
    return out


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_finding_of_a_fixture_is_declared(path: Path) -> None:
    # Pages estimated: the ids do not depend on how pages were laid out, and LibreOffice
    # would triple the time.
    report = check_file(path, None, Options(pages="estimate"))
    assert report.checks
    assert _undeclared(report) == []


def test_findings_of_the_other_routes_and_options_are_declared() -> None:
    dossier = ROOT / "examples" / "dossier-titre-conforme.pdf"
    report = check_file(dossier, "cip-titre", Options(route="vae", privacy=False))
    assert {"hours.minimum", "privacy.disabled"} <= {f.id for f in report.checks}
    assert _undeclared(report) == []


def test_a_finding_outside_the_declarations_is_caught() -> None:
    assert lookup("format.font") is not None
    assert lookup("format.colour") is None
    assert lookup("content.entretiens", ITEMS) is not None
    assert lookup("content.no_such_item", ITEMS) is None
    assert lookup("content.checklist", ITEMS) is not None


def test_registry_keys_are_the_ids_or_prefixes_they_emit() -> None:
    assert list(REGISTRY) == [s.key for s in CHECKS]
    for spec in all_specs():
        for e in spec.emits:
            assert e.id == spec.key or e.id.startswith(spec.key + "."), (spec.key, e.id)
    ids = [e.id for e in declared()]
    assert len(ids) == len(set(ids)), "an id declared twice"


def test_declared_rule_keys_exist_in_the_rule_set_schema() -> None:
    keys = schema_keys()
    assert {"parts.pages", "format.font", "hours.routes"} <= keys  # the walk goes deep
    for spec in CHECKS:
        for key in spec.reads:
            assert key in keys, f"{spec.key} reads {key}, not a rule-set key"


def _ids_written_in(tree: ast.AST) -> list[tuple[int, str]]:
    """Ids written as literals where findings are made: ``Finding(id="x.y")``,
    ``f"privacy.{kind}"``, ``InputProblem("code")`` and batch's ``error_report(p, "code")``
    (an f-string gives its literal head, ending with a dot)."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fid = _id_of(node)
            if fid is not None:
                out.append((node.lineno, fid))
    return out


def _literal(node: ast.expr) -> str | None:
    """A string constant, or the constant head of an f-string."""
    if isinstance(node, ast.JoinedStr) and node.values:
        node = node.values[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _id_of(call: ast.Call) -> str | None:
    name = getattr(call.func, "id", getattr(call.func, "attr", None))
    if name == "Finding":
        return next((_literal(kw.value) for kw in call.keywords if kw.arg == "id"), None)
    code_at = {"InputProblem": 0, "error_report": 1}.get(name or "")
    if code_at is None or len(call.args) <= code_at:
        return None
    arg = call.args[code_at]
    code = _literal(arg) if isinstance(arg, ast.Constant) else None
    return f"input.{code}" if code is not None else None


def test_every_id_written_in_the_code_is_declared() -> None:
    """The fixtures cannot reach every branch (a crash in batch, a LibreOffice timeout):
    the ids written in the code are declared too."""
    exact = {e.id for e in declared()}
    heads = {e.id.split(ITEM)[0] for e in declared() if ITEM in e.id}
    families = {e.id.rsplit(".", 1)[0] + "." for e in declared()}
    seen = 0
    for path in SRC.rglob("*.py"):
        for line, fid in _ids_written_in(ast.parse(path.read_text("utf-8"))):
            seen += 1
            where = f"{path.relative_to(ROOT)}:{line}"
            if fid.endswith("."):  # f"privacy.{kind}", f"input.{code}", f"{name}.internal"
                assert fid in heads | families, f"{where}: ids {fid}… not declared"
            else:
                assert fid in exact, f"{where}: {fid} not declared"
    assert seen > 40


def test_contract_id_table_is_written_from_the_declarations() -> None:
    contract = ROOT / "docs" / "contract.md"
    text = contract.read_text("utf-8")
    assert with_table(text) == text, (
        "docs/contract.md is out of date: python -m cipcheck.checks.catalog --write "
        "docs/contract.md")


def test_contract_hand_written_tables_agree_with_the_declarations() -> None:
    """The input table and the id families of docs/contract.md name only declared ids,
    and every declared id falls under a family the contract lists."""
    text = (ROOT / "docs" / "contract.md").read_text("utf-8")
    head = text.split("<!-- check ids: begin")[0]
    exact = {e.id for e in declared()}
    written = set(re.findall(r"`(input\.[a-z_]+)`", head))
    assert len(written) >= 19 and written <= exact, written - exact
    families = [line.split("`")[1] for line in head.splitlines()
                if line.startswith("| `") and "." in line.split("`")[1]]
    for e in declared():
        assert any(e.id.startswith(f) for f in families), f"{e.id}: no family in contract"


def _rule_keys_used(tree: ast.AST) -> set[str]:
    """``ctx.rules.a.b`` (or ``rules.a.b`` once ``rules = ctx.rules``) as ``a.b``;
    ``rules.part(n)`` reads ``parts``."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        chain: list[str] = []
        cur: ast.expr = node
        while isinstance(cur, ast.Attribute):
            chain.insert(0, cur.attr)
            cur = cur.value
        names = ([cur.id] if isinstance(cur, ast.Name) else []) + chain
        for start in ("ctx.rules.", "rules."):
            dotted = ".".join(names) + "."
            if dotted.startswith(start) and len(dotted) > len(start):
                key = dotted[len(start):].rstrip(".")
                found.add("parts" if key == "part" else key)
    return found


def test_the_rule_keys_a_check_reads_are_declared() -> None:
    """What a check module reads from ``ctx.rules`` is in its SPECS' ``reads`` (a key or
    a section that holds it)."""
    import cipcheck.checks as package

    for name in ("structure", "page_ranges", "font", "size", "line_spacing", "hours",
                 "content", "competences", "privacy"):
        module = getattr(package, name)
        declared_keys = {k for spec in module.SPECS for k in spec.reads}
        used = _rule_keys_used(ast.parse(Path(module.__file__).read_text("utf-8")))
        # Maximal chains only: ``format.font`` covers ``format``.
        used = {u for u in used if not any(o.startswith(u + ".") for o in used)}
        for key in used - {"parts", "pages"}:
            assert any(key == d or key.startswith(d + ".") or d.startswith(key + ".")
                       for d in declared_keys), f"checks/{name}.py reads {key}, undeclared"
