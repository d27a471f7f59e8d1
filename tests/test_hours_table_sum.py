"""A clean table of the candidate's own periods sums surely, Total or not (issue 8, stop 25).

The owner settled it: « Dates | Lieu | Heures » rows, every hours cell read, no « Total »
row, is a sure statement of the sum — a jury adds the cells. Under the minimum it fails.
Only when nothing casts a doubt: nobody else named in the table or just above it (a person
accompanied, a tutor, a colleague), no row that is a training, a job or volunteering, no
cell left empty before the hours, no row whose hours could not be read, no numbered week
skipped, no word of a plan, and a column of hours done — beside « Prévu », the « Réalisé »
column is the sure one. Every such doubt keeps the sum a reading to confirm: a warning,
never a failure. Tables and dossiers in my own voices.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hours_docx import rewrite
from hours_passage import hours_of
from test_hours_forms import blocks_of

from cipcheck.api import Options, check_file
from cipcheck.findings import Status

# Two periods at two structures of the Cher, 126 h: under the CCP 3 minimum (140 h).
_PERIODS = """Dates | Structure | Heures
du 12 au 23 janvier | Point Accueil Solidarité de Vierzon | 70
du 2 au 9 février | Maison de l'Emploi de Bourges | 56"""


def _read(text: str, rules: str = "cip-ccp3", before: str = "") -> tuple[float | None, str, str]:
    blocks = (blocks_of(before, page=2) if before else []) + blocks_of(text, page=2, table=True)
    return hours_of(blocks, rules)


def test_the_rows_of_a_clean_record_add_up_and_fail_under_the_minimum() -> None:
    hours, status, message = _read(_PERIODS)
    assert hours == 126 and status == "fail", message
    assert "70 h + 56 h" in message and "à confirmer" not in message, message


def test_the_same_sum_over_the_minimum_passes_without_a_warning() -> None:
    hours, status, message = _read(_PERIODS, "cip-ccp1")
    assert hours == 126 and status == "pass", message


@pytest.mark.parametrize("text", [
    # the unit in the cells, a column of months
    "Mois | Lieu d'accueil | Durée\nmars | CIDFF du Loiret | 63 h\navril | CIDFF du Loiret | 49 h",
    # a remarks column left empty after the hours
    "Période | Lieu | Heures | Observations\ndu 4 au 15 mai | Régie de quartier Saint-Jean"
    " | 70 |\ndu 19 au 23 mai | Régie de quartier Saint-Jean | 35 | pont de l'Ascension",
])
def test_other_clean_records_fail_under_the_minimum(text: str) -> None:
    hours, status, message = _read(text)
    assert hours is not None and hours < 140 and status == "fail", message


@pytest.mark.parametrize(("before", "text"), [
    # someone else's periods, named just above
    ("Les stages d'observation que Mme Girard a faits pendant son parcours :", _PERIODS),
    ("Voici les périodes de ma collègue conseillère, pour comparaison.", _PERIODS),
    # a plan, not what was done
    ("Planning prévisionnel de la fin de formation", _PERIODS),
    ("Planning prévisionnel de mes stages", _PERIODS),
    ("Mes périodes en entreprise à venir :", _PERIODS),
    # a tutor named in the table
    ("", _PERIODS.replace("Dates | Structure | Heures", "Dates | Structure | Tutrice | Heures")
     .replace("Vierzon | 70", "Vierzon | Nadia Ferhat | 70")
     .replace("Bourges | 56", "Bourges | Paul Simonet | 56")),
    # a row that is volunteering, a row that is training
    ("", _PERIODS + "\ndu 10 au 12 février | Bénévolat aux Restos du Cœur | 21"),
    ("", _PERIODS + "\ndu 16 au 18 février | Formation en centre, AFPA de Bourges | 21"),
    # a row whose hours were not read
    ("", _PERIODS + "\nmars | Centre social des Gibjoncs | à venir"),
    # an empty cell before the hours (where the period was done is not said)
    ("", _PERIODS + "\ndu 16 au 18 février | | 21"),
    # a week of a numbered calendar left out
    ("", "Semaine | Structure | Heures\n1 | PLIE de Vierzon | 35\n2 | PLIE de Vierzon | 35\n"
         "4 | PLIE de Vierzon | 35"),
])
def test_a_doubt_keeps_the_sum_to_confirm(before: str, text: str) -> None:
    _, status, message = _read(text, before=before)
    assert status != "fail", message


def test_the_hours_done_beside_the_hours_planned_are_the_sure_column() -> None:
    text = """Heures en structure | Prévues | Réalisées
Espace Départemental d'Action Sociale de Vierzon | 140 h | 119 h
Écart | | – 21 h"""
    hours, status, message = _read(text)
    assert hours == 119 and status == "fail", message


def test_a_record_of_hours_planned_and_done_sums_the_done_without_a_total() -> None:
    text = """Mois | Prévu | Réalisé
janvier | 70 h | 63 h
février | 70 h | 70 h"""
    hours, status, message = _read(text)
    assert hours == 133 and status == "fail", message


def test_a_column_of_hours_planned_alone_is_only_a_plan() -> None:
    text = """Dates | Structure | Heures prévues
du 12 au 23 janvier | Point Accueil Solidarité de Vierzon | 70
du 2 au 9 février | Maison de l'Emploi de Bourges | 56"""
    _, status, message = _read(text)
    assert status != "fail", message


def _check(path: Path) -> tuple[float | None, Status, str, Status]:
    report = check_file(path, "cip-ccp2", Options(pages="estimate", privacy=False))
    f = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, f.status, f.message, report.verdict


def test_a_word_dossier_whose_table_of_periods_sums_short_fails(tmp_path: Path) -> None:
    table = [["Dates", "Lieu", "Heures"],
             ["du 5 au 16 janvier", "Mission locale du Pays de Lorient", "70"],
             ["du 2 au 13 février", "CCAS de Lanester", "70"]]
    hours, status, message, verdict = _check(rewrite(tmp_path / "short.docx", None, [],
                                                     None, table))
    assert hours == 140 and status is Status.FAIL, message
    assert "tableau" in message and "175 h" in message, message
    assert verdict is Status.FAIL
    # the same table under a line about a person accompanied: never a failure
    hours, status, message, _ = _check(rewrite(
        tmp_path / "theirs.docx", None, [], "Les immersions que M. Le Goff a faites :", table))
    assert status is not Status.FAIL, message


# Weeks × a week's hours, in two columns (« Nb de semaines | Heures/semaine »): the jury
# multiplies the cells as it adds them.
_WEEKS = """Période | Structure | Nb de semaines | Heures/semaine
Période 1 | Centre communal d'action sociale de Saint-Lô | 2 | 35
Période 2 | Mission locale du Centre Manche | 1 | 35"""


def test_weeks_times_a_weeks_hours_fail_under_the_minimum() -> None:
    hours, status, message = _read(_WEEKS)
    assert hours == 105 and status == "fail", message


@pytest.mark.parametrize(("before", "text"), [
    ("Les immersions que Mme Lecoq a faites cet hiver :", _WEEKS),
    ("", _WEEKS + "\nPériode 3 | Mission locale du Centre Manche | à définir | 35"),
    ("", _WEEKS.replace("Heures/semaine", "Heures/jour").replace("| 35", "| 7")),
])
def test_weeks_times_a_rate_with_a_doubt_stay_to_confirm(before: str, text: str) -> None:
    _, status, message = _read(text, before=before)
    assert status != "fail", message
