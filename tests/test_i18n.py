"""Messages through the gettext catalogue: complete, in sync with the code, and `--lang en`
outputs with no French sentence left (issue 11, item 6)."""

from __future__ import annotations

import ast
import gettext
import importlib.util
import json
import pickle
import sys
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from french_detector import FrenchDetector
from typer.testing import CliRunner

from cipcheck.api import Options, check_file
from cipcheck.cli import app, render_one
from cipcheck.i18n import LOCALE_DIR, N_, Msg, fill, joined, translator
from cipcheck.readers import read_document
from cipcheck.referential import load_referential
from cipcheck.ruleset import load_all

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "cipcheck"
POT = LOCALE_DIR / "messages.pot"
PO = LOCALE_DIR / "en" / "LC_MESSAGES" / "cipcheck.po"
MO = LOCALE_DIR / "en" / "LC_MESSAGES" / "cipcheck.mo"
FIXTURES = Path(__file__).parent / "fixtures"
KEYWORDS = {"_": None, "ngettext": (1, 2), "N_": None}


def _catalog(path: Path):  # noqa: ANN202 - babel's Catalog
    with path.open("rb") as fh:
        return read_po(fh)


def _key(msgid: str | tuple[str, ...]) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


# --- the catalogue ------------------------------------------------------------------------

def test_every_message_has_an_english_translation() -> None:
    pot, po = _catalog(POT), _catalog(PO)
    ids = [m.id for m in pot if m.id]
    assert len(ids) > 300
    missing, fuzzy = [], []
    for msgid in ids:
        msg = po.get(msgid)
        strings = () if msg is None else (
            msg.string if isinstance(msg.string, tuple) else (msg.string,))
        if msg is None or not all(s.strip() for s in strings):
            missing.append(_key(msgid))
        elif msg.fuzzy:
            fuzzy.append(_key(msgid))
    assert not missing, f"{len(missing)} msgid without English: {missing[:5]}"
    assert not fuzzy, f"fuzzy translations: {fuzzy[:5]}"
    assert not po.fuzzy, "the .po header is marked fuzzy: pybabel compile would skip it"


def test_the_compiled_catalogue_matches_the_po() -> None:
    """The committed .mo is what the package loads: it must hold the .po's translations
    (run tools/i18n_update.sh after editing the .po)."""
    with MO.open("rb") as fh:
        mo = gettext.GNUTranslations(fh)
    stale = []
    for msg in _catalog(PO):
        if not msg.id:
            continue
        if isinstance(msg.id, tuple):
            got = (mo.ngettext(msg.id[0], msg.id[1], 1), mo.ngettext(msg.id[0], msg.id[1], 2))
            want = tuple(msg.string)
        else:
            got, want = mo.gettext(msg.id), msg.string
        if got != want:
            stale.append(_key(msg.id))
    assert not stale, f"{len(stale)} messages differ in the .mo: {stale[:5]}"


def test_catalogue_in_sync_with_the_code() -> None:
    """Re-extracting the messages gives the template's msgids: a message added or changed in
    the code without tools/i18n_update.sh fails here."""
    extracted = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(SRC), method_map=[("**.py", "python")], keywords=KEYWORDS):
        if message:
            extracted.add(message if isinstance(message, str) else tuple(message))
    pot = {m.id if isinstance(m.id, str) else tuple(m.id) for m in _catalog(POT) if m.id}
    new, gone = extracted - pot, pot - extracted
    assert not new, f"{len(new)} msgid not in messages.pot: {sorted(map(str, new))[:5]}"
    assert not gone, f"{len(gone)} msgid in messages.pot no longer in the code: " \
        f"{sorted(map(str, gone))[:5]}"


def test_every_marked_literal_is_in_the_template() -> None:
    """An AST scan of the calls: pybabel misses a marked text nested in the arguments of
    another one (``N_("… {x}", x=N_("…"))``), which would then never be translated."""
    pot = {_key(m.id) for m in _catalog(POT) if m.id}
    missed = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in KEYWORDS and isinstance(first, ast.Constant) and isinstance(
                    first.value, str) and first.value not in pot:
                missed.append(f"{path.relative_to(ROOT)}:{node.lineno} {first.value[:50]!r}")
    assert not missed, "not extracted (move it out of the other call): " + "; ".join(missed)


def test_no_inline_french_english_pairs_left() -> None:
    """Pairs are converted by tools/i18n_codemod.py: none may stay once merged."""
    left = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "tr" and len(node.args) == 2:
                left.append(f"{path.relative_to(ROOT)}:{node.lineno} tr(fr, en)")
            if isinstance(func, ast.Name) and func.id == "InputProblem" and any(
                    k.arg == "en" for k in node.keywords):
                left.append(f"{path.relative_to(ROOT)}:{node.lineno} InputProblem(en=)")
    assert not left, "run python tools/i18n_codemod.py: " + "; ".join(left[:5])


# --- the translator -------------------------------------------------------------------------

def test_placeholders_are_filled_after_translation() -> None:
    fr = translator("fr")._("Partie {number} introuvable ({title}).", number=6, title="T")
    en = translator("en")._("Partie {number} introuvable ({title}).", number=6, title="T")
    assert fr == "Partie 6 introuvable (T)."
    assert en == "Part 6 not found (T)."
    # Only the names given are replaced: other braces of the text stay.
    assert fill("{a} {b} {0}", {"a": 1}) == "1 {b} {0}"
    assert fill("{x}", {"x": 1.5}) == "1.5"


def test_plural_forms_follow_each_language() -> None:
    fr, en = translator("fr"), translator("en")
    forms = ("{n} entretien décrit", "{n} entretiens décrits")
    assert [fr.ngettext(*forms, n) for n in (0, 1, 2)] == [
        "0 entretien décrit", "1 entretien décrit", "2 entretiens décrits"]
    assert [en.ngettext(*forms, n) for n in (0, 1, 2)] == [
        "0 interviews described", "1 interview described", "2 interviews described"]


def test_unknown_language_and_unknown_message_fall_back_to_french() -> None:
    assert translator("de").lang == "fr"
    assert translator(None)._("Bonjour {x}", x=1) == "Bonjour 1"
    assert translator("en")._("Une phrase que personne n'a traduite.") == \
        "Une phrase que personne n'a traduite."


def test_a_marked_text_is_french_until_translated_and_survives_pickling() -> None:
    msg = N_("Fichier introuvable : {source}", source="a.pdf")
    assert isinstance(msg, Msg) and msg == "Fichier introuvable : a.pdf"
    assert translator("en")._(msg) == "File not found: a.pdf"
    again = pickle.loads(pickle.dumps(msg))
    assert translator("en")._(again) == "File not found: a.pdf"
    both = joined(", ", [N_("{twin} (pour {name})", twin="Carlito", name="Calibri")] * 2)
    assert both == "Carlito (pour Calibri), Carlito (pour Calibri)"
    assert translator("en")._(N_("polices {fonts}", fonts=both)) == \
        "fonts Carlito (for Calibri), Carlito (for Calibri)"


# --- the codemod ------------------------------------------------------------------------------

@cache
def _codemod():  # noqa: ANN202 - the tool's module
    spec = importlib.util.spec_from_file_location("i18n_codemod",
                                                  ROOT / "tools" / "i18n_codemod.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_codemod"] = module
    spec.loader.exec_module(module)
    return module


SAMPLE = '''from cipcheck.findings import Finding


def check(ctx, part, heads, n):
    a = ctx.tr(f"Partie {part.number} trouvée page {part.page} : "
               f"« {_short(part.title)} ».",
               f"Part {part.number} found on page {part.page}: \\"{_short(part.title)}\\".")
    b = ctx.tr("Texte " "simple.", "Plain " "text.")
    c = ctx.tr(f"{len(heads)} fois, {n:.0f} %", f"{len(heads)} times, {n:.0f}%")
    d = ctx.tr(f"{n} point{'s' if n > 1 else ''}", f"{n} point{'s' if n > 1 else ''}")
    e = ctx.tr(HINT_FR, HINT_EN)
    return a, b, c, d, e
'''


def test_codemod_converts_pairs_reports_the_rest_and_is_idempotent(tmp_path: Path) -> None:
    cm = _codemod()
    source = tmp_path / "mod.py"
    source.write_text(SAMPLE, encoding="utf-8")
    po = tmp_path / "cipcheck.po"
    assert cm.main([str(source), "--po", str(po)]) == 1  # two calls left for hand work
    out = source.read_text(encoding="utf-8")
    assert 'ctx._("Partie {number} trouvée page {page} : « {title} ».", number=part.number' \
        in out.replace("\n", " ").replace('"           "', "").replace('" "', "") or \
        "number=part.number" in out
    assert 'ctx._("Texte simple.")' in out
    assert "n_heads=len(heads)" in out and "n=f'{n:.0f}'" in out
    assert "ctx.tr(f\"{n} point" in out and "ctx.tr(HINT_FR, HINT_EN)" in out
    ast.parse(out)
    catalog = _catalog(po)
    assert catalog.get("Partie {number} trouvée page {page} : « {title} ».").string == \
        'Part {number} found on page {page}: "{title}".'
    assert catalog.get("{n_heads} fois, {n} %").string == "{n_heads} times, {n}%"
    # The converted code gives the same French text as the pair did.
    ns: dict[str, object] = {"_short": lambda t: t[:5]}
    exec(compile(out.replace("    d = ", "    d = None and ").replace(
        "    e = ", "    e = None and "), "mod", "exec"), ns)

    class Part:
        number, page, title = 3, 12, "Accompagnement"

    from cipcheck.checks.base import Context

    class Ctx:
        lang = "fr"
        _ = Context._
        tr = Context.tr

    got = ns["check"](Ctx(), Part(), (1, 2), 7.4)  # type: ignore[operator]
    assert got[0] == "Partie 3 trouvée page 12 : « Accom »."
    assert got[2] == "2 fois, 7 %"
    # Again: nothing converted twice, the catalogue kept.
    before = source.read_text(encoding="utf-8")
    cm.main([str(source), "--po", str(po)])
    assert source.read_text(encoding="utf-8") == before


def test_codemod_keeps_an_existing_translation(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    cm = _codemod()
    po = tmp_path / "cipcheck.po"
    first = tmp_path / "a.py"
    first.write_text('x = ctx.tr("Bonjour.", "Hello.")\n', encoding="utf-8")
    cm.main([str(first), "--po", str(po)])
    second = tmp_path / "b.py"
    second.write_text('y = ctx.tr("Bonjour.", "Hi.")\n', encoding="utf-8")
    assert cm.main([str(second), "--po", str(po)]) == 1
    assert _catalog(po).get("Bonjour.").string == "Hello."
    assert "conflict" in capsys.readouterr().out


# --- no French in English outputs -------------------------------------------------------------

@cache
def _rule_texts() -> tuple[str, ...]:  # noqa: C901 - one walk over every rule set field
    """What the rule sets and the referential say themselves (French by nature)."""
    out: set[str] = set()
    for rules in load_all():
        out |= {rules.title, rules.short_title or "", rules.source or ""}
        items = list(rules.content)
        for part in rules.parts:
            out.add(part.title)
            items += part.content
            if part.pages:
                out.add(part.pages.source or "")
        for item in items:
            out |= {item.label, item.source or "", *item.any, *item.all}
        for phrases in rules.lexicon.values():
            out |= set(phrases)
        for source in (rules.pages.body, rules.pages.annexes):
            out.add(getattr(source, "source", "") or "")
        if rules.format.font:
            out.add(rules.format.font.source or "")
        if rules.hours:
            out |= {r.source or "" for r in rules.hours.routes.values() if r}
        if rules.referential:
            ref = load_referential(rules.referential)
            for comp in ref.competences:
                out |= {comp.title, comp.short, *comp.criteria}
    return tuple(out)


def _detector(path: Path | None) -> FrenchDetector:
    text = ""
    if path is not None and path.exists():
        try:
            text = "\n".join(b.text for b in read_document(path, "estimate").blocks)
        except Exception:
            text = ""
    return FrenchDetector(_rule_texts(), text)


DOSSIERS = [FIXTURES / "dossiers" / name for name in (
    "titre-fail-order.pdf", "titre-fail-missing-part6.pdf", "titre-ok-flowing.pdf",
    "ccp3-fail-hours.pdf", "titre-warn-no-hours.docx", "ccp1-ok.docx")] + [
    FIXTURES / "devset" / "dossiers" / "ccp2-b-fail-entretiens.docx"]


def _french_in_report(path: Path, lang: str) -> list[str]:
    report = check_file(path, None, Options(lang=lang, pages="estimate"))
    det = _detector(path)
    found = []
    for f in report.checks:
        found += [t for t in (f.message, f.hint, f.expected, f.actual)
                  if t and det.is_french(t)]
    found += [n for n in report.notes if det.is_french(n)]
    for fmt in ("rich", "markdown", "html", "junit"):
        found += [f"{fmt}: {line}" for line in det.sentences(render_one(report, fmt, True))]
    return found


@pytest.mark.parametrize("path", DOSSIERS, ids=lambda p: p.name)
def test_english_report_has_no_french_sentence(path: Path) -> None:
    assert path.exists()
    french = _french_in_report(path, "en")
    assert not french, "\n".join(french[:8])


def test_the_detector_sees_french() -> None:
    """The same reports in French are caught: the detector is not blind."""
    french = _french_in_report(DOSSIERS[0], "fr")
    assert len(french) > 40


def _bad_inputs(tmp_path: Path) -> list[Path]:
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("Ceci n'est pas un dossier.", encoding="utf-8")
    (tmp_path / "fake.docx").write_bytes(b"PK\x03\x04 pas une archive")
    (tmp_path / "fake.pdf").write_bytes(b"%PDF-1.4\n rien")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    return [tmp_path / "missing.pdf", tmp_path / "empty.pdf", tmp_path / "notes.txt",
            tmp_path / "fake.docx", tmp_path / "fake.pdf", tmp_path / "old.doc",
            FIXTURES / "hostile" / "encrypted.pdf", tmp_path]


def test_input_errors_in_english(tmp_path: Path) -> None:
    det = _detector(None)
    seen = set()
    for path in _bad_inputs(tmp_path):
        en = check_file(path, None, Options(lang="en"))
        fr = check_file(path, None, Options(lang="fr"))
        assert en.verdict.value == "error" == fr.verdict.value, path
        finding = en.checks[0]
        seen.add(finding.id)
        for text in (finding.message, finding.hint):
            assert text and not det.is_french(text), (path.name, text)
        assert det.is_french(fr.checks[0].message + " " + (fr.checks[0].hint or "")), path
        for fmt in ("json", "markdown", "html", "rich"):
            assert not det.sentences(render_one(en, fmt)), (path.name, fmt)
    assert len(seen) >= 5  # not_found, empty, unsupported_format, corrupt, encrypted, …


def test_unrecognised_dossier_in_english(tmp_path: Path) -> None:
    from docx import Document as Docx

    doc = Docx()
    for i in range(40):
        doc.add_paragraph(f"Une recette de cuisine, étape {i} : mélanger la farine et le "
                          "beurre, puis laisser reposer la pâte une heure au frais.")
    path = tmp_path / "recette.docx"
    doc.save(str(path))
    report = check_file(path, None, Options(lang="en", pages="estimate"))
    assert report.checks[0].id == "input.unrecognised"
    assert not _detector(None).is_french(report.checks[0].message)


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("args", [
    ("rules", "list"), ("rules", "show", "cip-titre", "--competences"),
    ("rules", "show", "cip-ccp2", "--competences"), ("rules", "show", "ops-memoire"),
    ("doctor",), ("rules", "show", "inconnu"), ("check", "x.pdf", "--route", "autre"),
    ("check", "x.pdf", "-f", "json,html"), ("check", "x.pdf", "-f", "pdf"),
], ids=lambda a: " ".join(a))
def test_commands_in_english(args: tuple[str, ...]) -> None:
    code, out = _cli(*args, "--lang", "en")
    assert code in (0, 2), out
    french = _detector(None).sentences(out)
    assert not french, "\n".join(french[:8])
    code_fr, out_fr = _cli(*args)
    assert code_fr == code
    assert out_fr != out  # the French output is another one


def test_validate_a_bad_rule_file_in_english(tmp_path: Path) -> None:
    bad = tmp_path / "mes-regles.yaml"
    bad.write_text("id: x\ntitle: t\nparts: [1, 2\n", encoding="utf-8")
    code, out = _cli("rules", "validate", str(bad), "--lang", "en")
    assert code == 2 and "invalid YAML" in out
    assert not _detector(None).sentences(out)


# --- batch ------------------------------------------------------------------------------------

def _batch_detector(files: list[Path], manifest: Path) -> FrenchDetector:
    """What the dossiers themselves say may be quoted (a title, an hours line), and what
    the trainer wrote in the manifest (the candidates' names) is shown as written."""
    names = [row.split(";")[1] for row in manifest.read_text(encoding="utf-8-sig").splitlines()]
    texts = []
    for path in files:
        try:
            texts.append("\n".join(b.text for b in read_document(path, "estimate").blocks))
        except Exception:
            continue
    return FrenchDetector([*_rule_texts(), *names], "\n".join(texts))


def _french_cohort(tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    """A cohort as trainers send it: dossiers, an empty file, a Word lock file, a hidden
    file, a file that never ends, and a manifest with bad rows and a forgotten file."""
    import hostile

    folder = tmp_path / "cohorte"
    folder.mkdir()
    dossiers = []
    for name in ("ccp3-fail-hours.pdf", "ccp1-ok.pdf", "titre-fail-order.pdf"):
        dossiers.append(folder / name)
        dossiers[-1].write_bytes((FIXTURES / "dossiers" / name).read_bytes())
    (folder / "vide.pdf").write_bytes(b"")
    (folder / "~$ccp1-ok.docx").write_bytes(b"x")
    (folder / ".brouillon.pdf").write_bytes(b"x")
    hostile.nested_forms_pdf(folder, "sans-fin.pdf")
    manifest = tmp_path / "cohorte.csv"
    manifest.write_bytes((
        "fichier;candidat;règles;parcours;heures\r\n"
        "ccp3-fail-hours.pdf;Jeanne Dupont;;distanciel;beaucoup\r\n"
        "titre-fail-order.pdf;Paul Martin;jeu-inconnu;;\r\n"
        "absent.pdf;Nina Roux;;;\r\n"
        "ccp3-fail-hours.pdf;Lou Bis;;;\r\n"
        "vide.pdf;Léa Moreau;;vae;12\r\n"
        "sans-fin.pdf;Max Girard;cip-ccp1;;\r\n").encode("utf-8-sig"))
    return folder, manifest, dossiers


def _batch_json(out: Path) -> dict[str, dict]:
    data = json.loads((out / "cipcheck.json").read_text(encoding="utf-8"))
    return {Path(f["file"]).name: f for f in data["files"]}


def test_batch_in_english(tmp_path: Path) -> None:
    """Progress, skipped files, manifest notes and errors, a timeout, the summary on the
    screen and every batch file: English with --lang en, French without it."""
    folder, manifest, dossiers = _french_cohort(tmp_path)
    det = _batch_detector(dossiers, manifest)
    runs = {}
    for lang in ("en", "fr"):
        out = tmp_path / f"out-{lang}"
        code, text = _cli("batch", str(folder), "--lang", lang, "-j", "2", "--timeout", "2",
                          "--manifest", str(manifest),
                          "-f", "rich,json,csv,markdown,junit,html,github", "-o", str(out))
        assert code == 2, text  # the manifest's bad rows and the empty file are errors
        runs[lang] = (text, out)
    text, out = runs["en"]
    french = det.sentences(text)
    assert not french, "\n".join(french[:8])
    for written in sorted(p for p in out.rglob("*") if p.is_file()):
        french = det.sentences(written.read_text(encoding="utf-8-sig"))
        assert not french, (written.name, french[:5])
    # What the trainer is told, in English: each kind of message was there to be checked.
    for expected in ("Skipped:", "Word lock file", "hidden file", "already listed",
                     "missing from the manifest", "Reports written:", "Duration:", "pass, "):
        assert expected in text, expected
    csv_head = (out / "cipcheck.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert csv_head.startswith("candidate;file;rules;verdict;route;hours;")
    files = _batch_json(out)
    assert files["ccp3-fail-hours.pdf"]["checks"][0]["message"].startswith(
        'Manifest, line 2: unknown route "distanciel"')
    assert "Unknown rule set" in files["titre-fail-order.pdf"]["checks"][0]["message"]
    assert "file not found" in files["absent.pdf"]["checks"][0]["message"]
    assert files["sans-fin.pdf"]["checks"][0]["id"] in (
        "input.timeout", "input.too_large", "input.crashed")
    # The same batch in French says it in French.
    text_fr, out_fr = runs["fr"]
    for expected in ("Ignoré :", "fichier de verrouillage de Word", "déjà listé",
                     "absent(s) du manifeste", "Rapports écrits :", "Durée :"):
        assert expected in text_fr, expected
    assert _batch_json(out_fr)["ccp3-fail-hours.pdf"]["checks"][0]["message"].startswith(
        "Manifeste, ligne 2 : parcours « distanciel » inconnu")
    assert (out_fr / "cipcheck.csv").read_text(encoding="utf-8-sig").startswith(
        "candidat;fichier;règles;verdict;parcours;heures;")


def test_one_page_of_annexes_is_no_plural() -> None:
    from cipcheck.render.labels import annexes_label

    assert [annexes_label("fr", n) for n in (1, 2, 0, None)] == [
        "annexe", "annexes", "annexes", "annexes"]
    assert annexes_label("en", 1) == "annex"
