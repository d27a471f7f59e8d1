"""A timesheet: a row per day, its clock times, the hours, and a « Total » (issue 8, stop 26).

« Date | Horaires | Heures » then « mar. 03/03 | 8h30-12h / 13h-16h30 | 7 » day after day and
« Total | | 45 »: the candidate's own record of attendance, summed up. A jury member reads
the total as the hours done: under the minimum it fails, over it it passes. A day written
with an abbreviation (« mar. 03/03 ») is one cell, even if a sentence ends after « mar. ».
The same timesheet under a line about someone else, or whose rows do not add up to the
total, is a reading to confirm — never a failure. Tables in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of

_DAYS = """Date | Horaires | Heures | Signature
mar. 03/03 | 8h30-12h / 13h-16h30 | 7 | vu
mer. 04/03 | 8h30-12h | 3,5 | vu
jeu. 05/03 | 8h30-12h / 13h-16h30 | 7 | vu
ven. 06/03 | 8h30-12h / 13h-16h30 | 7 | vu
lun. 09/03 | 8h30-12h / 13h-16h30 | 7 | vu
mar. 10/03 | 8h30-12h / 13h-16h30 | 7 | vu
mer. 11/03 | 8h30-12h / 13h-16h30 | 6,5 | vu
Total | | {total} |"""


def _read(text: str, rules: str, before: str = "") -> tuple[float | None, str, str]:
    blocks = (blocks_of(before, page=2) if before else []) + blocks_of(text, page=2, table=True)
    return hours_of(blocks, rules)


def test_a_timesheet_with_its_total_under_the_minimum_fails() -> None:
    hours, status, message = _read(_DAYS.format(total="45"), "cip-ccp1")
    assert hours == 45 and status == "fail", message
    assert "Total : 45" in message, message


def test_a_timesheet_over_the_minimum_passes() -> None:
    rows = "\n".join(f"{day}. {n:02d}/04 | 9h-12h / 13h-17h | 7" for n, day in zip(
        range(1, 12), ["mer", "jeu", "ven", "sam", "dim", "lun", "mar", "mer", "jeu", "ven",
                       "lun"], strict=True))
    text = f"Date | Horaires | Heures\n{rows}\nTotal | | 77"
    hours, status, message = _read(text, "cip-ccp1")
    assert hours == 77 and status == "pass", message


def test_a_timesheet_whose_rows_do_not_make_its_total_never_fails() -> None:
    hours, status, message = _read(_DAYS.format(total="52"), "cip-ccp1")
    assert status != "fail", message


def test_a_timesheet_about_someone_else_never_fails() -> None:
    hours, status, message = _read(_DAYS.format(total="45"), "cip-ccp1",
                                   "Feuille de présence de M. Lenoir pendant son immersion :")
    assert status != "fail", message
