"""What a trainer reads first in the cohort's CSV, and the CSV as printed (blind17): a
dossier in 12 pt swells to 65 pages — its first thing to fix is the size, not « Partie 1 :
12 pages »; and « batch … -f csv > promo.csv » opens in Excel like the CSV written by -o."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from cipcheck.findings import Finding, Report, Status
from cipcheck.render.csv_report import first_fix

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"


def _swollen() -> Report:
    checks = (
        Finding("part.pages", Status.FAIL, "Partie 1 : 12 pages, attendu entre 6 et 8.", part=1),
        Finding("pages.body", Status.FAIL, "Corps du dossier : 58 pages, au plus 42."),
        Finding("hours.minimum", Status.WARN, "Périodes en entreprise : lecture à confirmer."),
        Finding("format.size", Status.FAIL, "Taille du texte : 12 pt, attendu 11 pt."),
        Finding("format.line_spacing", Status.WARN, "Interligne : 1,5 par endroits."),
    )
    return Report(file="belkacem.docx", rules="cip-titre", verdict=Status.FAIL,
                  route="formation", hours=None, pages_body=58.0, pages_annexes=7.0,
                  pages_method="libreoffice", checks=checks)


def test_the_font_size_comes_before_the_pages_it_moves() -> None:
    order = [f.id for f in _swollen().to_fix()]
    assert order == ["format.size", "part.pages", "pages.body", "format.line_spacing",
                     "hours.minimum"]
    assert first_fix(_swollen()).startswith("Taille du texte : 12 pt")


def test_a_csv_printed_to_a_file_has_the_bom_excel_needs(tmp_path: Path) -> None:
    env = dict(os.environ, NO_COLOR="1")
    cohort = tmp_path / "promo"
    cohort.mkdir()
    shutil.copy(FIXTURES / "ccp1-ok.pdf", cohort / "léa.pdf")
    for command in (["check", str(FIXTURES / "ccp1-ok.pdf"), "-f", "csv"],
                    ["batch", str(cohort), "--rules", "cip-ccp1", "-f", "csv",
                     "--no-progress", "--pages", "estimate"]):
        target = tmp_path / "promo.csv"
        with target.open("wb") as out:  # as the shell's « > promo.csv » does
            subprocess.run([sys.executable, "-m", "cipcheck", *command], stdout=out,
                           stderr=subprocess.DEVNULL, env=env, timeout=600, check=False)
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
        assert data[3:].decode("utf-8").startswith("candidat;fichier;")
    assert "léa.pdf" in data.decode("utf-8-sig")  # the batch's row, accents intact
