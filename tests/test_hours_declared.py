"""Declared hours (``--hours``, the manifest) win over the reading, but not silently over
a dossier that plainly states fewer: the jury reads the dossier (blind14: « Au total j'ai
effectué 140 heures » with ``--hours 182.5`` passed without a word)."""

from __future__ import annotations

from pathlib import Path

from cipcheck.api import Options, check_file

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"
UNDER = FIXTURES / "ccp3-fail-hours.pdf"  # its cover states 105 h, CCP 3 needs 140 h


def _hours(path: Path, declared: float | None):  # noqa: ANN202 - a Finding
    report = check_file(path, "cip-ccp3", Options(hours=declared))
    return next(c for c in report.checks if c.id == "hours.minimum")


def test_the_dossier_read_alone_fails_on_its_stated_hours() -> None:
    assert _hours(UNDER, None).status.value == "fail"


def test_a_declaration_over_the_minimum_that_the_dossier_contradicts_warns() -> None:
    finding = _hours(UNDER, 150.5)
    assert finding.status.value == "warn"
    assert "150,5 h déclarées" in finding.message
    assert "105 h" in finding.message
    assert finding.page == 1


def test_a_declaration_under_the_minimum_fails_whatever_the_dossier_says() -> None:
    finding = _hours(UNDER, 120)
    assert finding.status.value == "fail"
    assert "120 h" in finding.message


def test_a_declaration_the_dossier_does_not_contradict_passes() -> None:
    finding = _hours(FIXTURES / "ccp3-ok.pdf", 150)
    assert finding.status.value == "pass"
    assert "150 h (déclarées)" in finding.message
