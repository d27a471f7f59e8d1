"""The hours of each day, written after a count of days (issue 8, session 13).

« 60 jours à l'antenne de Millau, de 7 heures chacun », « douze journées pleines de 7
heures »: the hours are each day's length, a factor of the count, not one more period of
7 hours added to it (main read 588 + 7 and 84 + 7). « chacun » takes up the days whatever
the words of place between them, in the same clause; a word that says the days were whole
(« complètes », « pleines ») does not cut the count from its rate. Passages in my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _hours(text: str, rules: str) -> tuple[float | None, str]:
    blocks = blocks_of(f"Introduction\n{text}", page=2)
    hours, _, message = hours_of(blocks, rules)
    return hours, message


@pytest.mark.parametrize(("text", "rules", "want"), [
    ("En alternance sur trente semaines, j'ai effectué 60 jours à l'antenne de Millau, de "
     "7 heures chacun.", "cip-titre", 420),
    ("Mon stage a compté douze journées pleines de 7 heures au Point Emploi de Figeac.",
     "cip-ccp1", 84),
    ("Ma période en entreprise a compté 22 jours effectifs de 6 heures au CCAS.",
     "cip-ccp3", 132),
    ("J'ai réalisé 25 journées au service emploi de la communauté de communes, de sept "
     "heures chacune.", "cip-ccp2", 175),
])
def test_each_days_hours_multiply_the_count_and_add_nothing(text: str, rules: str,
                                                            want: float) -> None:
    hours, message = _hours(text, rules)
    assert hours == want, message
    assert "+ 7 h" not in message and "+ 6 h" not in message, message


def test_a_rate_of_another_count_stays_apart() -> None:
    # « chacun » after hours that follow another number: the day count is not theirs
    hours, message = _hours("J'ai fait 20 jours de stage ; les 3 ateliers duraient 2 heures "
                            "chacun.", "cip-ccp2")
    assert hours == 140, message
