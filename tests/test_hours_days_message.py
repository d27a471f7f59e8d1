"""An OPS mémoire counts its placement in days: the hours finding says the days once, as
read (« 29 jours × 7 h »), not again as « soit 29 jours » (blind14, an OPS candidate)."""

from __future__ import annotations

from pathlib import Path

import ops_memoires

from cipcheck.api import check_file


def test_days_read_as_days_are_said_once(tmp_path: Path) -> None:
    report = check_file(ops_memoires.write(tmp_path / "memoire.docx"), "ops-memoire")
    finding = next(c for c in report.checks if c.id == "hours.minimum")
    assert finding.status.value == "pass"
    assert "29 jours" in finding.message
    assert "soit 29 jours" not in finding.message
    # The days first, as the candidate wrote them and the jury counts them (blind16).
    assert finding.message.startswith("Périodes en entreprise : 29 jours (203 h)")


def test_hours_declared_for_a_days_rule_are_also_given_in_days(tmp_path: Path) -> None:
    from cipcheck.api import Options

    report = check_file(ops_memoires.write(tmp_path / "memoire.docx"), "ops-memoire",
                        Options(hours=210))
    finding = next(c for c in report.checks if c.id == "hours.minimum")
    assert finding.message.startswith("Périodes en entreprise : 30 jours (210 h) (déclarées)")
