"""Weeks and days then « soit N heures »: the hours are the same period counted another
way, a plain statement a jury is sure of — under the minimum it fails (blind17: « 1
semaine et 3 jours de stage, soit 56 heures au total » only warned, and its dossier
passed). Weeks of five days at the rule's hours per day must add up to the figure
exactly; anything else stays a reading to confirm."""

from __future__ import annotations

import pytest
from hours_passage import hours_of

from cipcheck.document import Block


def _intro(text: str) -> list[Block]:
    return [Block(text="Introduction", page=2, bold=True, size=14.0),
            Block(text=text, page=2)]


@pytest.mark.parametrize(("text", "hours", "status"), [
    ("J'ai effectué 1 semaine et 3 jours de stage au CCAS de Guéret, soit 56 heures au "
     "total.", 56, "fail"),
    ("Ma période en entreprise à la mission locale a duré 1 semaine et 4 jours, soit "
     "63 heures.", 63, "fail"),
    ("Stage au PLIE : 1 semaine + 2 jours, soit 49 h.", 49, "fail"),
    ("Mon stage a duré 2 semaines et 1 jour au Point Information Jeunesse, soit 77 heures.",
     77, "pass"),
])
def test_weeks_and_days_restated_in_hours_are_sure(text: str, hours: float,
                                                    status: str) -> None:
    read, got, message = hours_of(_intro(text), "cip-ccp1")
    assert (read, got) == (hours, status), message


@pytest.mark.parametrize("text", [
    # The hours do not add up to the weeks and days: which is the placement?
    "J'ai fait 2 semaines au CCAS et 3 jours à la mission locale, soit 56 heures au CCAS.",
    # Another period after the weeks and days, not the same one again.
    "J'ai effectué 1 semaine et 3 jours au CCAS, puis 56 heures au PLIE.",
])
def test_weeks_and_days_beside_other_hours_stay_to_confirm(text: str) -> None:
    _, got, message = hours_of(_intro(text), "cip-ccp1")
    assert got == "warn", message


@pytest.mark.parametrize(("text", "hours", "status"), [
    ("J'ai effectué 52 heures et demie de stage au CCAS de Guéret.", 52.5, "fail"),
    ("Mon stage à la mission locale a duré soixante-dix heures et demie.", 70.5, "pass"),
])
def test_hours_and_a_half(text: str, hours: float, status: str) -> None:
    # blind17: « 52 heures et demie » was read 52.
    read, got, message = hours_of(_intro(text), "cip-ccp1")
    assert (read, got) == (hours, status), message
