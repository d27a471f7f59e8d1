"""End to end on the generated realistic dossiers (tests/fixtures/make_dossiers.py).

Each fixture breaks at most one rule; expected.json says which, and gives the part
start pages measured on the rendered PDF.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cipcheck.api import Options, check_file
from cipcheck.findings import Status

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"
EXPECTED = {e["name"]: e for e in json.loads((FIXTURES / "expected.json").read_text("utf-8"))}
HAS_SOFFICE = shutil.which("soffice") is not None


def _run(name: str, ext: str, detect: bool = False):  # type: ignore[no-untyped-def]
    e = EXPECTED[name]
    return check_file(FIXTURES / f"{name}.{ext}", None if detect else e["rules"],
                      Options(route=e["route"]))


def _failing(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.id for f in report.checks if f.status in (Status.FAIL, Status.ERROR)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pdf_verdict_failures_and_part_starts(name: str) -> None:
    e = EXPECTED[name]
    report = _run(name, "pdf")
    assert report.verdict.value == e["verdict"], [f.message for f in report.failures]
    assert _failing(report) == set(e["failing_checks"])
    warned = {f.id for f in report.checks if f.status is Status.WARN}
    assert set(e.get("warning_checks", [])) <= warned
    starts = {p["number"]: p["start_page"] for p in e["parts"]}
    assert {p.number: p.start_page for p in report.parts if p.found} == starts
    for p in e["parts"]:
        got = next(r for r in report.parts if r.number == p["number"])
        assert got.pages == pytest.approx(p["pages"], abs=0.05)
    assert report.pages_body == pytest.approx(e["body_pages"], abs=0.05)
    assert report.pages_annexes == pytest.approx(e["annex_pages"], abs=0.05)


@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) absent")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_docx_rendered_by_libreoffice_matches_its_pdf(name: str) -> None:
    e = EXPECTED[name]
    report = _run(name, "docx")
    assert report.pages_method == "libreoffice"
    assert report.verdict.value == e["verdict"], [f.message for f in report.failures]
    assert _failing(report) == set(e["failing_checks"])
    for p in e["parts"]:
        got = next(r for r in report.parts if r.number == p["number"])
        assert got.start_page == p["start_page"]
        assert got.pages == pytest.approx(p["pages"], abs=0.05)


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "-ok" in n))
def test_rule_set_recognised_from_the_dossier(name: str) -> None:
    report = _run(name, "pdf", detect=True)
    assert report.rules == EXPECTED[name]["rules"]


def test_compliant_pdf_made_without_arial_warns_about_the_metric_twin() -> None:
    report = _run("titre-ok-heading1", "pdf")
    font = next(f for f in report.checks if f.id == "format.font")
    assert font.status is Status.WARN and "Liberation Sans" in font.message


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "-ok" in n))
def test_compliant_dossiers_get_no_content_competence_or_privacy_warning(name: str) -> None:
    report = _run(name, "pdf")
    noisy = [f.message for f in report.checks if f.status in (Status.WARN, Status.FAIL)
             and f.id.startswith(("content.", "competence.", "privacy."))]
    assert noisy == []


def test_full_heading_wrapped_over_two_lines_is_reported() -> None:
    report = _run("titre-ok-heading1", "pdf")
    assert report.parts[1].heading == ("Partie 2 – Accompagnement à la contractualisation et "
                                       "au suivi du parcours d’insertion")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_docx_estimated_pages_give_the_right_verdict_or_a_check_in_word(name: str) -> None:
    e = EXPECTED[name]
    report = check_file(FIXTURES / f"{name}.docx", e["rules"],
                        Options(route=e["route"], pages="estimate"))
    assert report.pages_method == "docx-estimated"
    assert report.verdict.value == e["verdict"]
    assert _failing(report) == set(e["failing_checks"])
    for p in e["parts"]:
        got = next(r for r in report.parts if r.number == p["number"])
        assert got.pages == pytest.approx(p["pages"], abs=0.25)
    assert any("estimées" in n for n in report.notes)
