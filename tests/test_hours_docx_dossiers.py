"""Placement hours end to end on Word dossiers (pages estimated, as a candidate without
Word or LibreOffice gets them): hours only in a table whose header gives the unit, no
hours at all, hours clearly under the minimum. Built by tests/hours_docx.py from the
compliant CCP 2 fixture (cover, sommaire, three parts, tables, annexes)."""

from __future__ import annotations

from pathlib import Path

from hours_docx import rewrite

from cipcheck.api import Options, check_file
from cipcheck.findings import Finding, Report, Status


def _check(path: Path) -> Report:
    return check_file(path, "cip-ccp2", Options(pages="estimate", privacy=False))


def _hours(report: Report) -> Finding:
    return next(f for f in report.checks if f.id == "hours.minimum")


# Sentences of an introduction that hold numbers and hours that are not the placement.
TRAPS = [
    "Mes journées commençaient à 8 h 30 ; les permanences de l'Espace Insertion se "
    "tenaient le mardi de 14h à 17h, et j'y étais présent 4 jours par semaine.",
    "Les entretiens individuels duraient en moyenne 1 h 30, et l'atelier collectif que "
    "j'ai conçu (partie 3) comptait trois séances de 3 heures.",
    "Ma formation de 1 190 heures à l'Afpa alternait les périodes en centre et en "
    "entreprise ; les relances étaient faites à J+15.",
]


def test_hours_only_in_a_table_with_the_unit_in_its_header_pass(tmp_path: Path) -> None:
    path = rewrite(tmp_path / "table.docx", None, TRAPS, "Tableau 1 – Mes périodes en entreprise",
                   [["Structure d'accueil", "Dates", "Durée (h)"],
                    ["Espace Insertion du Douaisis", "du 6 janvier au 14 février", "140"],
                    ["Association Le Relais", "du 3 au 14 mars", "70"],
                    ["Total", "", "210"]])
    report = _check(path)
    f = _hours(report)
    assert report.hours == 210
    assert f.status is Status.PASS, f.message
    assert "tableau" in f.message and "210 h" in f.message
    assert report.verdict is Status.PASS, [x.message for x in report.failures]


def test_rows_without_a_total_add_up(tmp_path: Path) -> None:
    path = rewrite(tmp_path / "rows.docx", None, TRAPS[:1], "Mes stages",
                   [["Période", "Lieu", "Heures"], ["PAE 1", "Espace Insertion", "105"],
                    ["PAE 2", "Mission locale du Douaisis", "77"]])
    report = _check(path)
    assert report.hours == 182
    assert _hours(report).status is Status.PASS


def test_a_dossier_that_states_no_hours_warns_asking_for_them(tmp_path: Path) -> None:
    report = _check(rewrite(tmp_path / "none.docx", None, TRAPS))
    f = _hours(report)
    assert report.hours is None, f.message
    assert f.status is Status.WARN and "--hours" in (f.hint or "")
    assert report.verdict is Status.PASS, [x.message for x in report.failures]


def test_clearly_under_the_minimum_fails_saying_what_was_read_and_where(
        tmp_path: Path) -> None:
    path = rewrite(tmp_path / "under.docx", "Période(s) en entreprise : 105 heures",
                   ["J'ai effectué 105 heures de stage à l'Espace Insertion du Douaisis, "
                    "du 6 janvier au 7 février.", *TRAPS])
    report = _check(path)
    f = _hours(report)
    assert report.hours == 105
    assert f.status is Status.FAIL
    assert report.verdict is Status.FAIL
    assert "105 h" in f.message and "175 h" in f.message
    assert "page 1" in f.message and "« Période(s) en entreprise : 105 heures »" in f.message


def test_under_the_minimum_in_a_table_fails_too(tmp_path: Path) -> None:
    path = rewrite(tmp_path / "under-table.docx", None, [], "Période en entreprise",
                   [["Structure", "Nombre d'heures"], ["Espace Insertion du Douaisis", "98"],
                    ["Total", "98"]])
    report = _check(path)
    f = _hours(report)
    assert report.hours == 98
    assert f.status is Status.FAIL and "98 h" in f.message and "tableau" in f.message
