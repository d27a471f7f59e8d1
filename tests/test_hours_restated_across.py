"""A count of days, then the same time in hours, with words between (issue 8, stop 26).

« j'ai fait 9 jours à l'antenne emploi de Vesoul, soit 63 heures », « j'ai fait 15 jours :
le calcul donne 105 heures »: the candidate says in the first person that they did a count
of days, and gives their hours after a place or a few words of result. When the arithmetic
agrees (the count at the rule's day, or at a day length written between), it is one time told
twice, a plain statement: under the minimum, ``hours.minimum`` fails like a jury member.
When the figures do not agree, or something else is counted between, it stays a reading to
confirm, never a failure. Passages in my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(f"Introduction\n{text}", page=2), rules)


@pytest.mark.parametrize(("text", "rules", "hours"), [
    # a place between the count and « soit »
    ("Pour ce certificat, j'ai fait 9 jours à l'antenne emploi de la mairie de Vesoul, soit "
     "63 heures, et je n'ai pas pu en faire davantage.", "cip-ccp1", 63),
    # « le calcul donne » after a colon
    ("Au CCAS de Lons, pour ce certificat, j'ai fait 15 jours : le calcul donne 105 heures.",
     "cip-ccp2", 105),
    # the hours in brackets, an adverb between the auxiliary and the verb
    ("J'ai finalement effectué mes 16 jours au Relais emploi de Saint-Claude (112 h) avant "
     "de reprendre mon poste.", "cip-ccp3", 112),
    # a day length written between: the count at that length
    ("Je n'ai fait que 12 jours au Point Emploi de Gray, à six heures la journée, ce qui fait "
     "72 heures.", "cip-ccp2", 72),
])
def test_days_then_their_hours_under_the_minimum_fail(text: str, rules: str,
                                                      hours: float) -> None:
    got, status, message = _read(text, rules)
    assert got == hours and status == "fail", message
    assert "«" in message, message


def test_days_then_their_hours_over_the_minimum_pass() -> None:
    got, status, message = _read("Pour ce CCP, j'ai fait 26 jours au PLIE du Pays de Vierzon, "
                                 "au pôle entreprises, soit 182 heures.", "cip-ccp2")
    assert got == 182 and status == "pass", message


@pytest.mark.parametrize(("text", "rules"), [
    # the hours are not the count at any day written: not the same time told twice
    ("J'ai fait 8 jours au CCAS de Dole, soit 90 heures avec les permanences du soir.",
     "cip-ccp2"),
    # two counts before the hours: a sum the reader would make, not a restatement
    ("J'ai fait 10 jours au CCAS et 5 jours au PLIE, soit 105 heures.", "cip-ccp2"),
])
def test_hours_that_do_not_restate_the_count_never_fail(text: str, rules: str) -> None:
    _, status, message = _read(text, rules)
    assert status != "fail", message
