"""Whole OPS mémoires written to DOCX (tests/ops_memoires.py), checked end to end: the
seven mandatory contents told in the candidate's own words pass quietly; a mémoire
without its partner map fails that content; two accompanied persons named in full
among pseudonymised ones are both flagged, and nobody else is."""

from __future__ import annotations

from pathlib import Path

import ops_memoires
import pytest

from cipcheck.api import Options, check_file
from cipcheck.findings import Status


def _check(tmp_path: Path, **variant: object):  # type: ignore[no-untyped-def]
    path = ops_memoires.write(tmp_path / "memoire.docx", **variant)  # type: ignore[arg-type]
    return check_file(path, "ops-memoire", Options())


def test_compliant_memoire_in_own_words_passes_with_at_most_two_content_warnings(
        tmp_path: Path) -> None:
    report = _check(tmp_path)
    content = [f for f in report.checks if f.id.startswith("content.")]
    assert not [f for f in report.checks if f.status is Status.FAIL], \
        [f.message for f in report.checks if f.status is Status.FAIL]
    assert len([f for f in content if f.status is Status.WARN]) <= 2
    # Every one of the seven contents is recognised, not only left unfailed.
    found = {f.id for f in content if f.status is Status.PASS}
    assert {f"content.{k}" for k in ops_memoires.SECTIONS} <= found
    assert not [f for f in report.checks if f.id.startswith("privacy.")
                and f.status is Status.WARN]


def test_memoire_without_its_partner_map_fails_that_content(tmp_path: Path) -> None:
    report = _check(tmp_path, leave_out="cartographie")
    failed = {f.id for f in report.checks if f.status is Status.FAIL}
    assert failed == {"content.cartographie"}
    assert report.verdict is Status.FAIL


@pytest.mark.parametrize("left", ["structure", "monographie", "action", "outil",
                                  "ajustements", "analyse_action"])
def test_a_missing_section_never_fails_another_content(tmp_path: Path, left: str) -> None:
    report = _check(tmp_path, leave_out=left)
    failed = {f.id for f in report.checks if f.status is Status.FAIL}
    assert failed <= {f"content.{left}"}


def test_two_planted_full_names_are_flagged_and_nobody_else(tmp_path: Path) -> None:
    report = _check(tmp_path, names=True)
    flagged = [f for f in report.checks if f.id == "privacy.name"
               and f.status is Status.WARN]
    shown = sorted(f.actual or "" for f in flagged)
    assert shown == ["M. R••• V•••", "P••• L•••"], [f.message for f in flagged]
    # Masked in the report: the names themselves never appear.
    text = " ".join(f.message for f in report.checks)
    for name in ("Vasseur", "Lemaire", "Patricia"):
        assert name not in text
    # The candidate (cover page), the tutor, the France Travail adviser, the lycée, the
    # association and the street named after people are left alone.
    assert report.verdict is Status.PASS
