"""A total in hours written with its working (issue 8, stop 28).

« 30 jours ouvrés de 7 heures, soit 210 heures », « dix semaines à 35 h, plus trois jours,
soit 371 h »: when the counts of the clause at their written rates (a week at 35 h, a day at
the rule's day otherwise) make exactly the total written, the total is the placement's,
sure — the rates are not more periods, and under the minimum it fails. Someone else's
days, days off, training, a sum that does not add up or a plain conversion stay with the
main reader. Passages in my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(f"Introduction\n{text}", page=2), rules)


@pytest.mark.parametrize(("text", "rules", "hours", "status"), [
    ("Ma période au CCAS de Vierzon : 24 jours ouvrés de 7 heures, soit 168 heures.",
     "cip-ccp2", 168, "fail"),
    ("Mon stage à l'ETTI de Bourges a duré dix semaines à 35 h, plus trois jours la semaine "
     "du 9 mars, soit 371 h.", "cip-titre", 371, "fail"),
    ("J'ai fait en tout 11 semaines à 35 heures et deux journées de 7 heures pour le salon "
     "de l'emploi, soit 399 heures.", "cip-titre", 399, "pass"),
    ("La période s'est faite au Relais emploi de Gien. Elle représente vingt journées de "
     "sept heures, soit cent quarante heures.", "cip-ccp3", 140, "pass"),
])
def test_a_total_with_its_working_is_read(text: str, rules: str, hours: float,
                                          status: str) -> None:
    got, got_status, message = _read(text, rules)
    assert got == hours and got_status == status, message
    assert f"= {hours:g} h" in message, message


@pytest.mark.parametrize(("text", "rules"), [
    # someone accompanied
    ("Mme B. a commencé une période d'immersion. Elle a fait 10 jours de 7 heures, soit "
     "70 heures.", "cip-ccp2"),
    ("PMSMP de M. R. : 3 semaines à 35 h, soit 105 h.", "cip-ccp2"),
    # days off beside the count
    ("Après un arrêt maladie de trois jours, j'ai rattrapé 3 jours de 7 heures, soit 21 "
     "heures.", "cip-titre"),
    # training
    ("La formation en centre : 20 semaines à 35 h, soit 700 h.", "cip-titre"),
])
def test_workings_that_are_not_the_placement_never_fail(text: str, rules: str) -> None:
    _, status, message = _read(text, rules)
    assert status != "fail", message


def test_a_working_that_does_not_add_up_is_not_a_sure_total() -> None:
    # 10 × 35 + 3 × 7 = 371, not 378: the reader cannot tell which is right
    _, status, message = _read("Mon stage à l'ETTI de Bourges a duré dix semaines à 35 h, plus "
                               "trois jours, soit 378 h.", "cip-titre")
    assert "= 378 h" not in message, message
