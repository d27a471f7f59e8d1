"""A placement figure that is only part of the placement never fails a dossier.

When the text tells more time than its figures count — a second period named without its
hours, « le reste », weeks added after hours, a placement « prolongé », hours « à
ajouter », hours still to do — the figure read is a reading to confirm: the report quotes
it and asks, it does not fail (issue 8: never fail on a guess). The total is unknown, so
these are not scored as readings (tests/fixtures/hours_forms/ does that); only the verdict.
"""

from __future__ import annotations

import pytest
from test_hours_forms import run

PARTIAL = [
    # a second period named, its hours not given
    ("cip-ccp2", "Stage 1 : 105 h (CCAS de Lens)\n\nStage 2 : du 5 au 23 mai, PLIE de Lens"),
    ("cip-ccp3", "PAE 1 – GEIQ BTP : 70 heures\n\nPAE 2 – Agence Adecco : en cours, dates à fixer"),
    ("cip-titre", "Première période de stage : 210 heures au CCAS.\n\n"
                  "Ma seconde période de stage s'est déroulée à la Mission Locale en mai."),
    # « le reste », « à ajouter », hours still to do
    ("cip-ccp2", "Ma PAE s'est faite en deux fois : d'abord 70 heures au CIDFF, puis le reste "
                 "à la Mission Locale."),
    ("cip-ccp2", "Mon stage a duré 140 heures, auxquelles il faut ajouter 35 heures de "
                 "rattrapage en juin."),
    ("cip-ccp2", "À la date de rédaction, j'ai effectué 140 heures de stage ; il me reste "
                 "35 heures à faire."),
    # weeks added after hours
    ("cip-ccp2", "Mon stage s'est déroulé en deux périodes : 105 heures au CCAS en mars, et "
                 "trois semaines au PLIE en mai."),
    ("cip-ccp2", "Période en entreprise : 98 h à l'EPIDE, plus 3 semaines chez Emmaüs."),
]


@pytest.mark.parametrize(("rules", "text"), PARTIAL)
def test_a_part_of_the_placement_warns_and_quotes_what_it_read(rules: str, text: str) -> None:
    o = run({"name": "partial", "rules": rules, "text": text, "expected_hours": None,
             "certain": False})
    assert o["status"] == "warn", (text, o["got"], o["message"])
    if o["got"] is not None:
        assert "«" in o["message"] and "page" in o["message"], o["message"]


def test_a_first_period_alone_is_still_a_statement() -> None:
    """« Stage 1 : 105 h » with no second period named anywhere stays sure: a CCP2 under
    its 175 h fails."""
    o = run({"name": "alone", "rules": "cip-ccp2", "text": "Stage 1 : 105 h au CCAS de Lens",
             "expected_hours": 105, "certain": True})
    assert o["got"] == 105 and o["status"] == "fail", o["message"]
