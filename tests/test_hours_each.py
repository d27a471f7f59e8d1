"""« chacune » after a figure of hours: the figure is each week's or each period's
(issue 8). A held-out dossier read « six semaines à temps plein, de 35 heures chacune »
as 35 h and failed a compliant CCP 2 on hours: the variants below are written in other
voices; the durations of workshops or interviews « chacun » stay what they are.
"""

from __future__ import annotations

import pytest
from test_hours_forms import run


def _case(rules: str, text: str, want: float | None) -> dict:
    return {"name": "each", "rules": rules, "text": text, "expected_hours": want,
            "certain": True}


EACH = [
    ("cip-ccp2", "Mon stage s'est déroulé sur six semaines à temps plein, de 35 heures "
                 "chacune, entre un CHRS et le SIAO du département.", 210),
    ("cip-ccp2", "J'ai fait cinq semaines de stage en entreprise d'insertion, de 35 h "
                 "chacune.", 175),
    ("cip-titre", "Période en entreprise : onze semaines en tout, à temps complet, de "
                  "trente-cinq heures chacune, au PLIE de Lens.", 385),
    ("cip-ccp1", "Mon immersion a duré deux semaines au Point Accueil Emploi, de 35 heures "
                 "chacune.", 70),
    ("cip-ccp2", "Mes deux périodes de stage, de 105 heures chacune, se sont déroulées au "
                 "CCAS puis à la Mission Locale.", 210),
]


@pytest.mark.parametrize(("rules", "text", "want"), EACH)
def test_hours_each_multiply_what_was_counted_before(rules: str, text: str,
                                                     want: float) -> None:
    o = run(_case(rules, text, want))
    assert o["got"] == want, (text, o["got"], o["message"])
    assert o["status"] != "fail", o["message"]


NOT_EACH = [
    ("cip-ccp2", "Le stage a duré six semaines à temps plein. J'ai animé trois ateliers de "
                 "3 heures chacun.", 210),
    ("cip-ccp2", "Stage : 5 semaines au CCAS, 35 h par semaine. Les entretiens duraient 45 "
                 "minutes chacun.", 175),
]


@pytest.mark.parametrize(("rules", "text", "want"), NOT_EACH)
def test_a_workshop_of_n_hours_each_is_not_a_weekly_rate(rules: str, text: str,
                                                         want: float) -> None:
    o = run(_case(rules, text, want))
    assert o["got"] == want, (text, o["got"], o["message"])
