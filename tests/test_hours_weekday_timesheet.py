"""A timesheet kept week by week: the week days as columns, a row per week (issue 8, stop 26).

« Semaine | Lun | Mar | Mer | Jeu | Ven | Total » then « S1 | 7h | … | 35h », a run of weeks
(« S2 à S5 | idem | … | 140h ») and a « Total » or « Cumul » row: the candidate's own record
of attendance. A jury member reads its written total as the hours done: under the minimum
it fails, over it it passes, when the weeks add up to it. A total the weeks do not make,
or a timesheet under a line about someone else, is a reading to confirm — never a failure.
A typical week (« Semaine type ») is no record. Tables in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str, before: str = "") -> tuple[float | None, str, str]:
    blocks = (blocks_of(before, page=2) if before else []) + blocks_of(text, page=2, table=True)
    return hours_of(blocks, rules)


_WEEKS = """Semaine | Lun | Mar | Mer | Jeu | Ven | Total semaine
S1 | 7h | 7h | 6h | 7h | 7h | 34h
S2 | 7h | 7h | 7h | 7h | 7h | 35h
S3 à S5 | idem | idem | idem | idem | idem | 105h
Total | | | | | | {total}h"""


def test_a_weekly_timesheet_under_the_titre_minimum_fails() -> None:
    hours, status, message = _read(_WEEKS.format(total="174"), "cip-titre")
    assert hours == 174 and status == "fail", message


def test_a_weekly_timesheet_over_the_ccp1_minimum_passes() -> None:
    hours, status, message = _read(_WEEKS.format(total="174"), "cip-ccp1")
    assert hours == 174 and status == "pass", message


def test_weeks_named_by_their_dates_with_a_cumul_and_bare_hours() -> None:
    text = """Période | Lundi | Mardi | Mercredi | Jeudi | Vendredi
du 2 au 6 mars | 8 | 8 | 4 | 8 | 7
du 9 au 13 mars | 8 | 8 | 4 | 8 | 7
Cumul | 70"""
    hours, status, message = _read(text, "cip-ccp1")
    assert hours == 70 and status == "pass", message


def test_a_total_the_weeks_do_not_make_never_fails() -> None:
    hours, status, message = _read(_WEEKS.format(total="150"), "cip-titre")
    assert hours == 150 and status == "warn", message


def test_a_weekly_timesheet_about_someone_else_never_fails() -> None:
    hours, status, message = _read(
        _WEEKS.format(total="174"), "cip-titre",
        "Relevé des présences de Mme Garnier pendant sa PMSMP à la recyclerie :")
    assert hours == 174 and status == "warn", message


def test_a_typical_week_is_not_a_record_of_hours() -> None:
    text = """Semaine | Lun | Mar | Mer | Jeu | Ven | Total
Semaine type | 7h | 7h | 7h | 7h | 7h | 35h
Total | | | | | | 35h"""
    hours, status, message = _read(text, "cip-ccp1")
    assert hours is None, message
