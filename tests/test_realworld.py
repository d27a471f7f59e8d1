"""Files real candidates and real tools make: each is read like any dossier, or refused
for its true reason (and that reason in French and English); ``check`` and ``batch``
agree. The slow mode sweeps real files (``shared/real-files`` and ``CIPCHECK_SWEEP_DIRS``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import hostile
import pytest
import realworld

from cipcheck.api import Options, check_file
from cipcheck.findings import Status
from cipcheck.readers import poppler, read_document

FAST = Options(pages="estimate")
ENGLISH = Options(pages="estimate", lang="en")
NEEDS_PYPDF = {"pdf_permissions_only_aes256", "pdf_aes256_owner_empty", "pdf_password"}
NEEDS_POPPLER = {"pdf_aes256_owner_empty", "pdf_password", "pdf_headerless",
                 "pdf_leading_junk", "pdf_damaged"}

pytestmark = pytest.mark.skipif(not poppler.available(), reason="poppler-utils not installed")


def _make(kind: str, folder: Path) -> Path:
    if kind in NEEDS_PYPDF:
        pytest.importorskip("pypdf")
    make, _ = realworld.EXPECTED[kind]
    return make(folder)


@pytest.mark.parametrize("kind", list(realworld.EXPECTED))
def test_each_class_is_read_or_refused_for_its_reason(kind: str, tmp_path: Path) -> None:
    path = _make(kind, tmp_path)
    before = path.read_bytes()
    report = check_file(path, "cip-ccp1", FAST)
    expected = realworld.EXPECTED[kind][1]
    assert realworld.outcome(report.to_dict()) == expected
    if expected == "read":
        assert report.verdict is not Status.ERROR
        assert report.page_count and report.page_count >= 1
    else:
        errors = [f for f in report.checks if f.status is Status.ERROR]
        assert [f.id for f in errors] == [expected]
        assert report.exit_code == 2 and errors[0].hint
    assert path.read_bytes() == before  # never modified


@pytest.mark.parametrize("kind", [k for k, (_, e) in realworld.EXPECTED.items() if e != "read"])
def test_refusals_speak_english_when_asked(kind: str, tmp_path: Path) -> None:
    path = _make(kind, tmp_path)
    fr = check_file(path, "cip-ccp1", FAST).checks[0]
    en = check_file(path, "cip-ccp1", ENGLISH).checks[0]
    assert fr.id == en.id
    assert en.message != fr.message and en.hint != fr.hint
    assert any(w in f" {en.message} {en.hint} ".lower() for w in (" the ", " is ", " of "))


@pytest.mark.parametrize("kind", ["pdf_aes256_owner_empty", "pdf_headerless",
                                  "pdf_leading_junk", "pdf_permissions_only_aes256"])
def test_pdf_variants_read_like_the_plain_pdf(kind: str, tmp_path: Path) -> None:
    """Same pages, same text and same fonts as the PDF they were made from, and the report
    says which reader opened them."""
    path = _make(kind, tmp_path)
    plain = read_document(hostile.BASE_PDF)
    doc = read_document(path)
    assert doc.page_count == plain.page_count
    assert [b.text for b in doc.blocks] == [b.text for b in plain.blocks]
    assert [(b.page, b.size) for b in doc.blocks] == [(b.page, b.size) for b in plain.blocks]
    assert {s.font for b in doc.blocks for s in b.spans} == {
        s.font for b in plain.blocks for s in b.spans}
    report = check_file(path, None, FAST).to_dict()
    assert report["rules"] == "cip-ccp1"  # recognised from its text
    if kind in NEEDS_POPPLER:
        assert report["pages"]["reader"] == "poppler"
        assert any("poppler" in n for n in report["notes"])
    else:
        assert report["pages"]["reader"] == "pdfium"


def test_a_real_password_is_still_called_a_password(tmp_path: Path) -> None:
    finding = check_file(_make("pdf_password", tmp_path), "cip-ccp1", FAST).checks[0]
    assert finding.id == "input.encrypted" and "mot de passe" in finding.message


@pytest.mark.parametrize("kind", ["pdf_form_fields", "pdf_form_fields_no_appearance",
                                  "pdf_freetext"])
def test_text_in_fields_and_annotations_is_read_and_said(kind: str, tmp_path: Path) -> None:
    path = _make(kind, tmp_path)
    report = check_file(path, "cip-ccp1", FAST)
    doc = read_document(path)
    texts = [b.text for b in doc.blocks]
    assert realworld._LINES[1] in texts and realworld._LINES[3] in texts
    assert any("champs de formulaire ou des annotations" in n for n in report.notes)
    # read from the fields' own appearance: Helvetica 10, as drawn
    assert {s.font for b in doc.blocks for s in b.spans} == {"Helvetica"}


def test_scanned_only_when_an_image_covers_the_page(tmp_path: Path) -> None:
    scan = check_file(_make("pdf_scanned_numbered", tmp_path), "cip-ccp1", FAST).checks[0]
    little = check_file(_make("pdf_little_text", tmp_path), "cip-ccp1", FAST).checks[0]
    outlined = check_file(_make("pdf_outlined", tmp_path), "cip-ccp1", FAST).checks[0]
    assert scan.id == "input.scanned" and "1 page(s) sur 1" in scan.message
    assert little.id == "input.little_text" and "13 caractère(s) sur 1 page(s)" in little.message
    assert "scann" not in little.message.split(".")[0]
    assert outlined.id == "input.no_text" and "pas des images scannées" in outlined.message


@pytest.mark.parametrize("kind", ["docx_strict", "docx_relocated_main", "docx_strict_relocated"])
def test_docx_packages_read_like_the_plain_docx(kind: str, tmp_path: Path) -> None:
    """Strict namespaces, measures with units and relocated parts give exactly the
    paragraphs, fonts, sizes and spacings of the Transitional file they come from."""
    plain = read_document(hostile.dossier_docx(tmp_path, "plain.docx"), "estimate")
    doc = read_document(_make(kind, tmp_path), "estimate")
    assert doc.page_count == plain.page_count
    facts = [(b.text, b.spans, b.size, b.line_spacing, b.style) for b in doc.blocks]
    assert facts == [(b.text, b.spans, b.size, b.line_spacing, b.style) for b in plain.blocks]
    assert {s.font for b in doc.blocks for s in b.spans} == {"Arial"}


def test_strict_measures_with_units_are_converted(tmp_path: Path) -> None:
    """A Strict section written in points (612pt x 792pt, 1in margins) is the US Letter
    page with 72 pt margins, as Word shows it."""
    from cipcheck.readers.docx_body import read_content
    from cipcheck.readers.ooxml import Package

    path = _make("docx_strict", tmp_path)
    with Package(path) as pkg:
        content = read_content(pkg)
        assert pkg.strict
    with Package(hostile.dossier_docx(tmp_path, "plain.docx")) as pkg:
        plain = read_content(pkg)
        assert not pkg.strict
    assert content.sections == plain.sections


def test_check_and_batch_give_the_same_finding(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    folder = tmp_path / "lot"
    folder.mkdir()
    single = {}
    for kind in realworld.EXPECTED:
        path = _make(kind, folder)
        single[path.name] = realworld.outcome(check_file(path, "cip-ccp1", FAST).to_dict())
    done = subprocess.run(
        [sys.executable, "-m", "cipcheck", "batch", str(folder), "--rules", "cip-ccp1",
         "--format", "json"], capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    batch = {Path(r["file"]).name: realworld.outcome(r)
             for r in json.loads(done.stdout)["files"]}
    assert batch == single


def _sweep_folders() -> list[Path]:
    here = Path(__file__).resolve().parent.parent
    folders = [p for p in (here.parent / "shared" / "real-files",
                           here.parent.parent / "shared" / "real-files") if p.is_dir()]
    extra = os.environ.get("CIPCHECK_SWEEP_DIRS", "")
    folders += [Path(p) for p in extra.split(os.pathsep) if p and Path(p).is_dir()]
    unique: dict[Path, Path] = {}
    for folder in folders:
        unique.setdefault(folder.resolve(), folder)
    return list(unique.values())


@pytest.mark.slow
def test_sweep_real_files(capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m pytest -m slow -s tests/test_realworld.py``, with more folders in
    ``CIPCHECK_SWEEP_DIRS`` (separated by ``:``): per class, read / refused by reason /
    crashed / timed out, and every file where check and batch differ."""
    folders = _sweep_folders()
    if not folders:
        pytest.skip("no folder of real files (shared/real-files or CIPCHECK_SWEEP_DIRS)")
    table = realworld.sweep(folders)
    with capsys.disabled():
        print()
        realworld.print_table(table)
    for kind, counts in table.items():
        assert kind != "check≠batch", counts
        assert not counts["crashed"] and not counts["timed out"], (kind, counts)


def test_a_relocated_part_keeps_the_xml_size_cap(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The cap on XML parts holds for a part found through the relationships, whatever
    its name (zipguard only knows names ending in .xml)."""
    from cipcheck.readers import ooxml

    path = realworld.relocate(hostile.dossier_docx(tmp_path, "base.docx"),
                              tmp_path / "bin.docx", main="contenu/dossier.bin")
    assert realworld.outcome(check_file(path, "cip-ccp1", FAST).to_dict()) == "read"
    monkeypatch.setattr(ooxml, "MAX_XML_BYTES", 10_000)
    assert realworld.outcome(check_file(path, "cip-ccp1", FAST).to_dict()) == "input.too_large"


@pytest.mark.slow
def test_real_word_files_read_the_same_as_strict_and_relocated(tmp_path: Path) -> None:
    """Every Word-saved file of ``shared/word-truth``, saved as Strict (namespaces, unit
    measures) and with its main part moved, reads exactly like the original."""
    here = Path(__file__).resolve().parent.parent
    found = [p / "word-truth" / "files" for p in (here.parent / "shared",
                                                  here.parent.parent / "shared")]
    files = sorted(f for folder in found if folder.is_dir() for f in folder.glob("*.docx"))
    if not files:
        pytest.skip("shared/word-truth not found")
    strict = lambda n, d: (n, realworld._to_strict(n, d))  # noqa: E731
    for f in files:
        plain = read_document(f, "estimate")
        for variant in (realworld._rewrite_docx(f, tmp_path / f"s-{f.name}", strict),
                        realworld.relocate(f, tmp_path / f"m-{f.name}")):
            doc = read_document(variant, "estimate")
            assert doc.page_count == plain.page_count, variant.name
            assert [(b.text, b.spans, b.size, b.line_spacing, b.style, b.page)
                    for b in doc.blocks] == [(b.text, b.spans, b.size, b.line_spacing, b.style,
                                              b.page) for b in plain.blocks], variant.name
            assert (doc.margins, doc.notes) == (plain.margins, plain.notes), variant.name


def test_a_text_that_mentions_pdf_is_not_taken_for_a_pdf(tmp_path: Path) -> None:
    """Junk before ``%PDF-`` is accepted only when the file also ends like a PDF."""
    path = tmp_path / "notes.pdf"
    path.write_text("Notes de séance sur les formats de fichiers.\n" * 60
                    + "Le format %PDF-1.7 est décrit par la norme ISO 32000.\n", encoding="utf-8")
    finding = check_file(path, "cip-ccp1", FAST).checks[0]
    assert finding.id == "input.unsupported_format"


def test_poppler_runs_under_a_lower_hard_memory_limit() -> None:
    """A caller (batch) may cap memory below poppler's own bound: poppler must still run."""
    code = ("import resource, sys; from pathlib import Path; "
            "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)); "
            "from cipcheck.readers import poppler; "
            "info = poppler.info(Path(sys.argv[1])); print(info.opened, info.pages)")
    done = subprocess.run([sys.executable, "-c", code, str(hostile.BASE_PDF)],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.stdout.split() == ["True", "7"], done.stderr
