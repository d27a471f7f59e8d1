"""The batch CSV given back as a manifest: its « heures » column is read as a declaration,
so hours read but not sure enough to judge on go to the column beside it (blind16: a
doubtful 224 h fed back became declared, and the dossier passed without a warning)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from hours_docx import rewrite

from cipcheck.api import Options, check_file
from cipcheck.render.csv_report import render_batch


def _cohort(tmp_path: Path) -> Path:
    cohort = tmp_path / "promo"
    cohort.mkdir()
    # Two periods told one after the other, no total written: a sum to confirm.
    rewrite(cohort / "periodes.docx", None, [
        "Ma première période, au CCAS de Saint-Amand, a duré 70 heures.",
        "La seconde, au PLIE du Cher, a duré 63 heures."])
    # Stated plainly on the cover: read and judged on.
    rewrite(cohort / "couverture.docx", "Période(s) en entreprise : 182 heures")
    return cohort


def _rows(text: str) -> dict[str, dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    return {Path(r["fichier"]).name: r for r in rows}


def test_hours_source_says_declared_read_or_to_confirm(tmp_path: Path) -> None:
    cohort = _cohort(tmp_path)
    opts = Options(pages="estimate")
    doubtful = check_file(cohort / "periodes.docx", "cip-ccp2", opts)
    plain = check_file(cohort / "couverture.docx", "cip-ccp2", opts)
    declared = check_file(cohort / "periodes.docx", "cip-ccp2",
                          Options(pages="estimate", hours=180))
    assert (doubtful.hours, doubtful.hours_source) == (133, "to_confirm")
    assert (plain.hours, plain.hours_source) == (182, "read")
    assert (declared.hours, declared.hours_source) == (180, "declared")
    assert doubtful.to_dict()["hours_source"] == "to_confirm"
    rows = _rows(render_batch([doubtful, plain, declared]))
    # The two reports of one file: the last row wins in the dict, so check them apart.
    assert rows["couverture.docx"]["heures"] == "182"
    assert rows["couverture.docx"]["heures lues à confirmer"] == ""
    lines = render_batch([doubtful]).splitlines()
    first = _rows("\n".join(lines))["periodes.docx"]
    assert first["heures"] == "" and first["heures lues à confirmer"] == "133"
    assert rows["periodes.docx"]["heures"] == "180"  # the declared one


def test_round_trip_keeps_a_doubtful_reading_to_confirm(tmp_path: Path) -> None:
    _cohort(tmp_path)
    env = dict(os.environ, NO_COLOR="1")

    def batch(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cipcheck", "batch", "promo", "--rules",
                               "cip-ccp2", "--pages", "estimate", *args], cwd=tmp_path,
                              capture_output=True, text=True, env=env, timeout=300)

    first = batch("-f", "csv", "-o", "rapports")
    assert first.returncode in (0, 1), first.stderr
    table = tmp_path / "rapports" / "cipcheck.csv"
    again = batch("--manifest", str(table.relative_to(tmp_path)), "-f", "json")
    files = {Path(f["file"]).name: f for f in json.loads(again.stdout)["files"]}
    hours = {name: next(c for c in f["checks"] if c["id"] == "hours.minimum")
             for name, f in files.items()}
    # Fed back, the doubtful sum is still a reading to confirm, not a declaration…
    assert files["periodes.docx"]["hours_source"] == "to_confirm"
    assert hours["periodes.docx"]["status"] == "warn"
    # …while the plain cover figure comes back declared, and still passes.
    assert files["couverture.docx"]["hours_source"] == "declared"
    assert hours["couverture.docx"]["status"] == "pass"
