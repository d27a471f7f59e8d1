"""A table that records the candidate's periods, with its « Total » row (issue 8, session 13).

« Structure | Dates | Heures » rows and « Total | | 126 »: the record of the periods a
dossier sums up — what every blind writer of the tuning sets labels sure. Nobody named in
it or just above it, its rows agreeing with the total: the total is a statement (under the
minimum it fails, over it it passes without a warning). The same table under a line about
a person (« Les immersions de Mme T. »), or with a PMSMP row, is a person's immersions as
often: a reading to confirm, never a failure. Without its written total, the clean record
sums surely (the owner's policy, stop 25: tests/test_hours_table_sum.py). Tables in my own
voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of

_RECORD = """Structure | Dates | Heures
Espace Solidarité de Vesoul | du 2 au 13 février | 70
Mission locale de Lure | du 2 au 6 mars | 35
Total | | 105"""


def _read(text: str, rules: str, before: str = "") -> tuple[float | None, str, str]:
    blocks = (blocks_of(before, page=2) if before else []) + blocks_of(text, page=2, table=True)
    return hours_of(blocks, rules)


def test_a_record_of_periods_with_its_total_under_the_minimum_fails() -> None:
    hours, status, message = _read(_RECORD, "cip-ccp3")
    assert hours == 105 and status == "fail", message
    assert "Total : 105" in message, message


def test_the_same_record_over_the_minimum_passes_without_a_warning() -> None:
    hours, status, message = _read(_RECORD, "cip-ccp1")
    assert hours == 105 and status == "pass", message


@pytest.mark.parametrize("before", [
    "Les immersions de Mme T. pendant son parcours :",
    "Voici les stages que M. Ferreira a faits avant son embauche.",
    "Le jeune a découvert trois métiers :",
])
def test_the_same_table_about_someone_else_never_fails(before: str) -> None:
    hours, status, message = _read(_RECORD, "cip-ccp3", before)
    assert status != "fail", message


def test_a_pmsmp_row_makes_it_a_persons_immersions() -> None:
    text = _RECORD.replace("Mission locale de Lure", "PMSMP à la Mission locale de Lure")
    _, status, message = _read(text, "cip-ccp3")
    assert status != "fail", message


def test_rows_that_disagree_with_the_total_stay_to_confirm_and_no_total_sums() -> None:
    # the total says 112, the rows 105: which one the jury reads is a guess
    _, status, message = _read(_RECORD.replace("| | 105", "| | 112"), "cip-ccp3")
    assert status == "warn", message
    # no total written: a jury adds the cells of the candidate's own record (policy
    # settled stop 25), so the sum under the minimum fails
    _, status, message = _read(_RECORD.rsplit("\n", 1)[0], "cip-ccp3")
    assert status == "fail", message
