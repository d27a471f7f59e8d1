"""Durations a spreadsheet writes as hours and minutes (« 7:30 », « 182:00 ») in a table's
column of durations (content/hours_tables.py): read as hours, like « 7 h 30 ». Under a
header of clock times (« Heure », « Arrivée », « Départ ») the same cells are moments of
the day, never durations. Tables in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(text, page=2, table=True), rules)


def test_a_record_of_periods_in_hours_and_minutes_is_read() -> None:
    hours, status, message = _read("""Structure | Dates | Heures
Épicerie solidaire de Guéret | 06/01/2026 – 30/01/2026 | 122:30
PLIE du Pays de Guéret | 02/02/2026 – 13/02/2026 | 66:30
Total | | 189:00""", "cip-ccp2")
    assert hours == 189 and status == "pass", message


def test_hours_and_minutes_under_the_minimum_fail_when_the_rows_make_the_total() -> None:
    hours, status, message = _read("""Structure | Dates | Heures
CCAS d'Aubusson | 05/01/2026 – 16/01/2026 | 66:30
Mission locale d'Ussel | 19/01/2026 – 23/01/2026 | 28:00
Total | | 94:30""", "cip-ccp3")
    assert hours == 94.5 and status == "fail", message


def test_clock_times_under_an_hour_header_are_not_durations() -> None:
    hours, _, message = _read("""Date | Heure | Objet
12/01 | 14:00 | Entretien avec M. R.
19/01 | 10:30 | Atelier CV
26/01 | 09:00 | Point avec la tutrice""", "cip-ccp1")
    assert hours is None, message
