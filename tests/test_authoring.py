"""`cipcheck new` writes a starter dossier that `check` reads as intended; `cipcheck fix`
writes a formatted copy that passes the format checks, with the same text, and never
touches the original."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from authoring_fixtures import ccp2_dossier
from docx import Document

from cipcheck.api import Options, check_file
from cipcheck.ruleset import bundled_ids, load

ROOT = Path(__file__).resolve().parents[1]
FORMAT_IDS = ("format.font", "format.size", "format.line_spacing")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cipcheck", *args], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)


def _statuses(report, prefix: str) -> list[str]:  # noqa: ANN001
    return [f.status.value for f in report.checks if f.id.startswith(prefix)]


@pytest.mark.parametrize("rules_id", bundled_ids())
def test_new_template_is_read_as_a_dossier_of_its_rule_set(tmp_path: Path,
                                                          rules_id: str) -> None:
    target = tmp_path / "mon-dossier.docx"
    done = _cli("new", "--rules", rules_id, "-o", str(target))
    assert done.returncode == 0, done.stderr
    report = check_file(target, None, Options(pages="estimate", privacy=False))
    assert report.rules == rules_id  # recognised from its own cover page
    rules = load(rules_id)
    found = {p.number for p in report.parts if p.found}
    assert found == {p.number for p in rules.parts}
    for fid in FORMAT_IDS:  # no text written yet: nothing measured, nothing wrong
        ruled = getattr(rules.format, fid.split(".")[1]) is not None
        assert _statuses(report, fid) in ((["pass"], ["skip"]) if ruled else ([],)), fid
    allowed = ("part.pages", "pages.body", "content.", "competence.", "hours.",
               "structure.template_guides")
    unexpected = [f.id for f in report.checks
                  if f.status.value in ("fail", "error") and not f.id.startswith(allowed)]
    assert unexpected == []
    guides = [f for f in report.checks if f.id == "structure.template_guides"]
    assert len(guides) == 1 and guides[0].status.value == "warn"
    # The guides list what the RE asks; they are not the candidate's text.
    assert not any(f.status.value == "pass" for f in report.checks
                   if f.id.startswith("content.") and f.id != "content.checklist")


def _type_text(path: Path) -> None:
    doc = Document(str(path))
    annexes = next(p for p in doc.paragraphs if p.text == "Annexes")
    for _ in range(40):  # what a candidate types lands in the Normal style
        annexes.insert_paragraph_before(
            "J'ai accueilli Mme D. lors d'une permanence : nous avons repris sa demande, "
            "ses contraintes et ses ressources pour poser les bases du diagnostic partagé.")
    doc.save(str(path))


def test_text_typed_into_the_template_has_the_rule_set_format(tmp_path: Path) -> None:
    target = tmp_path / "mon-dossier.docx"
    assert _cli("new", "--rules", "cip-ccp1", "-o", str(target)).returncode == 0
    _type_text(target)
    report = check_file(target, "cip-ccp1", Options(pages="estimate", privacy=False))
    for fid in FORMAT_IDS:
        assert _statuses(report, fid) == ["pass"], fid


def test_new_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "dossier.docx"
    target.write_bytes(b"mon travail")
    done = _cli("new", "--rules", "cip-ccp2", "-o", str(target))
    assert done.returncode == 2 and "--force" in done.stderr
    assert target.read_bytes() == b"mon travail"
    assert _cli("new", "--rules", "cip-ccp2", "-o", str(target), "--force").returncode == 0
    assert zipfile.is_zipfile(target)


def test_new_english_guides(tmp_path: Path) -> None:
    target = tmp_path / "starter.docx"
    assert _cli("new", "--rules", "cip-titre", "-o", str(target), "--lang", "en"
                ).returncode == 0
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Competences assessed" in text and "Compétences évaluées" not in text
    assert "Partie 1 –" in text  # part headings keep the RE's wording


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_new_template_resaved_by_libreoffice_keeps_its_structure(tmp_path: Path) -> None:
    target = tmp_path / "modele.docx"
    assert _cli("new", "--rules", "cip-ccp3", "-o", str(target)).returncode == 0
    _type_text(target)
    out = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out),
                    str(target)], capture_output=True, timeout=180, check=True)
    report = check_file(out / "modele.docx", "cip-ccp3", Options(pages="estimate",
                                                                   privacy=False))
    assert all(p.found for p in report.parts)
    for fid in FORMAT_IDS:
        assert _statuses(report, fid) == ["pass"], fid
    assert _statuses(report, "structure.template_guides") == ["warn"]  # style kept


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _texts(path: Path) -> list[str]:
    doc = Document(str(path))
    out = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        out += [c.text for row in table.rows for c in row.cells]
    return out


@pytest.mark.parametrize(("how", "family", "size"), [
    ("direct", "Calibri", 12), ("style", "Times New Roman", 11), ("theme", "Calibri", 12),
    ("direct", "Times New Roman", 11)])
def test_fix_applies_the_format_and_changes_nothing_else(tmp_path: Path, how: str,
                                                         family: str, size: float) -> None:
    original = ccp2_dossier(tmp_path, "dossier.docx", how, family, size)
    before = _digest(original)
    report = check_file(original, "cip-ccp2", Options(pages="estimate", privacy=False))
    assert "fail" in _statuses(report, "format.")  # the dossier really is off
    fixed = tmp_path / "dossier-corrige.docx"
    done = _cli("fix", str(original), "-o", str(fixed), "--rules", "cip-ccp2",
                "--pages", "estimate")
    assert done.returncode == 0, done.stderr
    assert "Pages :" in done.stdout and "estimate" in done.stdout.replace("docx-", "")
    assert _digest(original) == before  # the original's bytes are unchanged
    report = check_file(fixed, "cip-ccp2", Options(pages="estimate", privacy=False))
    for fid in FORMAT_IDS:
        assert _statuses(report, fid) == ["pass"], (fid, how, family)
    assert _texts(fixed) == _texts(original)
    with zipfile.ZipFile(original) as a, zipfile.ZipFile(fixed) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():  # headers, footers, comments: byte for byte
            if "header" in name or "footer" in name or "comments" in name:
                assert a.read(name) == b.read(name), name
        assert b"w:ins " in b.read("word/document.xml")  # the tracked change is kept


def test_fix_refuses_to_overwrite_and_explains_pdf(tmp_path: Path) -> None:
    original = ccp2_dossier(tmp_path, "dossier.docx", "style", "Calibri", 12)
    before = _digest(original)
    done = _cli("fix", str(original), "-o", str(original))
    assert done.returncode == 2 and "original" in done.stderr
    assert _digest(original) == before
    pdf = ROOT / "tests" / "fixtures" / "dossiers" / "ccp1-ok.pdf"
    done = _cli("fix", str(pdf), "-o", str(tmp_path / "x.docx"))
    assert done.returncode == 2 and "Word (.docx)" in done.stderr
    assert not (tmp_path / "x.docx").exists()


def test_fix_dry_run_writes_nothing(tmp_path: Path) -> None:
    original = ccp2_dossier(tmp_path, "dossier.docx", "direct", "Calibri", 12)
    done = _cli("fix", str(original), "--dry-run", "--rules", "cip-ccp2")
    assert done.returncode == 0 and "aucun fichier écrit" in done.stdout
    assert "passage(s)" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.docx"]


def test_fix_json_free_of_surprises_on_a_compliant_copy(tmp_path: Path) -> None:
    # Fixing twice changes nothing the second time.
    original = ccp2_dossier(tmp_path, "dossier.docx", "style", "Calibri", 12)
    once = tmp_path / "once.docx"
    twice = tmp_path / "twice.docx"
    assert _cli("fix", str(original), "-o", str(once), "--rules", "cip-ccp2",
                "--pages", "estimate").returncode == 0
    done = _cli("fix", str(once), "-o", str(twice), "--rules", "cip-ccp2", "--pages",
                "estimate")
    assert done.returncode == 0 and "Rien à changer" in done.stdout
    report = json.loads(_cli("check", str(twice), "--rules", "cip-ccp2", "--pages",
                             "estimate", "--format", "json").stdout)
    assert {c["status"] for c in report["checks"] if c["id"] in FORMAT_IDS} == {"pass"}
