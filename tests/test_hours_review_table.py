"""A review table of the placement: plan against result (issue 8, stop 27).

« Indicateur | Objectif | Réalisé | Écart » with a row « Heures de stage | 175 | 161 |
-14 »: the hours are a row, and the columns say what was aimed at and what was done. The
reader takes the cell under « Réalisé » (the plan is no period and the gap no period at
all); a jury is sure of it, so under the minimum it fails. Seen in three tuning sets by
different authors (devset7c, devset8, devset11b). Tables in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(text, page=2, table=True), rules)


def test_hours_done_under_the_target_fail_on_the_done_column() -> None:
    text = """Critère | Objectif | Réalisé | Écart
Heures de stage | 210 | 168 | -42
Personnes reçues en entretien | 10 | 12 | +2
Informations collectives | 3 | 3 | 0"""
    hours, status, message = _read(text, "cip-ccp2")
    # neither 210 (the plan) nor 210 + 168 (two « periods »): the 168 done, sure
    assert hours == 168 and status == "fail", message
    assert "Réalisé" in message, message


def test_hours_done_over_the_minimum_pass() -> None:
    text = """Bilan | Prévu | Réalisé
Heures en entreprise | 392 | 399
Accompagnements suivis | 8 | 7"""
    hours, status, message = _read(text, "cip-titre")
    assert hours == 399 and status == "pass", message


def test_the_convention_as_the_plan_names_the_placement() -> None:
    # No word of the placement but « convention » (the placement's agreement): its result
    # row is the candidate's placement.
    text = """ | Prévu à la convention | Effectué
Volume en heures | 77 | 84
Jours | 11 | 12"""
    hours, status, message = _read(text, "cip-ccp1")
    assert hours == 84 and status == "pass", message


def test_a_review_without_a_planned_column_is_not_read_this_way() -> None:
    # Two columns of results (two structures): no plan beside them, the done-column rule
    # does not apply — the row is not read as one structure's hours.
    text = """ | CCAS de Vire | PLIE du Bocage
Heures de stage réalisées | 105 | 98"""
    hours, _status, message = _read(text, "cip-ccp1")
    assert hours != 105, message
