"""Periods of weeks listed, then one weekly rate « toujours » for them all (issue 8, stop 28).

« 4 semaines au CCAS, puis 3 semaines au PLIE, toujours à 35 heures par semaine »: the rate
is every period's; a jury member adds the weeks and multiplies. A sum of periods the reader
made: over the minimum it passes, under it it stays to confirm. A rate that is not a
placement week, training weeks or someone else's weeks stay unread by this form. Passages in
my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(f"Introduction\n{text}", page=2), rules)


@pytest.mark.parametrize(("text", "rules", "hours", "status"), [
    ("J'ai commencé par 6 semaines à la Mission locale de Vierzon, puis 5 semaines au PLIE, "
     "toujours à 35 heures par semaine.", "cip-titre", 385, "pass"),
    ("Ma période s'est faite en deux temps : trois semaines à l'épicerie solidaire et deux "
     "semaines au CCAS, toujours trente-cinq heures la semaine, cinq semaines en tout.",
     "cip-ccp2", 175, "pass"),
    # a sum the reader made, under the minimum: to confirm, never a failure
    ("Quatre semaines à la Maison de l'emploi, puis deux semaines à l'ETTI, toujours à "
     "35 heures par semaine.", "cip-titre", 210, "warn"),
])
def test_weeks_listed_at_one_rate_add_up(text: str, rules: str, hours: float,
                                         status: str) -> None:
    got, got_status, message = _read(text, rules)
    assert got == hours and got_status == status, message
    assert "semaines ×" in message, message


@pytest.mark.parametrize(("text", "rules"), [
    # an accompaniment's rhythm, not a placement week
    ("J'ai suivi Mme T. pendant 6 semaines puis 4 semaines, toujours 2 heures par semaine.",
     "cip-titre"),
    # training weeks beside the placement
    ("3 semaines de formation puis 4 semaines en structure, toujours 35 heures par semaine.",
     "cip-titre"),
    # a total of weeks that disagrees with the list
    ("Six semaines au CCAS puis trois semaines au PLIE, toujours à 35 heures par semaine, "
     "soit douze semaines en tout.", "cip-titre"),
])
def test_rates_that_are_not_the_placements_weeks_are_not_carried(text: str,
                                                                 rules: str) -> None:
    _, status, message = _read(text, rules)
    assert status != "fail", message
    # (the weeks listed were not added up at the rate: « (6 + 3) semaines × 35 h »)
    assert ") semaines ×" not in message, message
