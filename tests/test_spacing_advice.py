"""The line-spacing advice names the tool that fixes a DOCX and warns that the pages move
with the spacing (blind15: a dossier at 1,5 fell under its page minimum once corrected);
the web page, where no terminal is at hand, keeps only the second half."""

from __future__ import annotations

from pathlib import Path

from cipcheck.api import check_file
from cipcheck.server.form_words import for_the_form

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"


def test_docx_advice_names_cipcheck_fix_and_the_pages_to_check_again() -> None:
    report = check_file(FIXTURES / "titre-fail-spacing15.docx", "cip-titre")
    f = next(c for c in report.checks if c.id == "format.line_spacing")
    assert f.status.value == "fail"
    assert f.hint and "cipcheck fix" in f.hint and "vérifiez de nouveau" in f.hint
    page = next(c for c in for_the_form(report).checks if c.id == "format.line_spacing")
    assert page.hint and "cipcheck fix" not in page.hint and "vérifiez de nouveau" in page.hint


def test_pdf_advice_has_no_fix_command() -> None:
    report = check_file(FIXTURES / "titre-fail-spacing15.pdf", "cip-titre")
    f = next(c for c in report.checks if c.id == "format.line_spacing")
    assert f.hint and "cipcheck fix" not in f.hint and "vérifiez de nouveau" in f.hint
