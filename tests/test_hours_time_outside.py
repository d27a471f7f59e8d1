"""Three forms a held-out dossier showed, each read in several voices (issue 8).

- « le reste du temps, j'étais en formation »: the time outside the placement is not « le
  reste » of the placement, so the weeks × weekly hours before it stay a statement;
- « Nous avons préparé une PMSMP de deux semaines »: a placement prepared, planned or
  obtained for someone is theirs, not the candidate's (« J'ai préparé mon stage » is);
- « 17 heures 30 par semaine », « 7 h 30 par jour »: the minutes of a rate written apart
  from the hours, not 17 h.
"""

from __future__ import annotations

import pytest
from test_hours_forms import blocks_of, run

from cipcheck.content.hours import figures
from cipcheck.reading import read


def _case(rules: str, text: str, want: float | None, certain: bool = True) -> dict:
    return {"name": "outside", "rules": rules, "text": text, "expected_hours": want,
            "certain": certain}


REST_OF_TIME = [
    ("cip-ccp2", "Mon stage s'est déroulé au PLIE sur huit semaines, à raison de 24 heures par "
                 "semaine : le reste du temps, j'étais en formation.", 192),
    ("cip-ccp2", "J'ai effectué mon stage au CCAS de Vierzon pendant dix semaines, à raison de "
                 "21 heures par semaine ; le reste de la semaine, j'étais au centre.", 210),
    ("cip-titre", "Mon stage a duré 385 heures à la Mission Locale. Le reste de mon temps "
                  "était consacré aux cours et à la rédaction du dossier.", 385),
]


@pytest.mark.parametrize(("rules", "text", "want"), REST_OF_TIME)
def test_the_rest_of_the_time_is_not_the_rest_of_the_placement(rules: str, text: str,
                                                               want: float) -> None:
    o = run(_case(rules, text, want))
    assert o["got"] == want, (text, o["got"], o["message"])
    assert o["status"] != "fail", o["message"]
    # The figure stays a statement of the candidate's placement: it is what wins over a
    # guess read elsewhere in the dossier.
    figs = figures(read(blocks_of(text, page=2)))
    assert [f.stated for f in figs] == [True], figs


def test_a_statement_with_the_rest_of_the_time_beats_an_arranged_placement() -> None:
    """The held-out form in full: the weeks × weekly hours of the introduction, then a
    PMSMP prepared for a person pages later; the candidate's 192 h are read."""
    text = ("Mon stage s'est déroulé au PLIE, puis à Cap Emploi, sur huit semaines, à raison "
            "de 24 heures par semaine : le reste du temps, j'étais en formation.\n\n"
            "Avec M. D., nous avons préparé une PMSMP de deux semaines dans une entreprise "
            "de logistique.")
    o = run(_case("cip-ccp2", text, 192))
    assert o["got"] == 192, o["message"]


def test_the_rest_of_the_placement_is_still_a_part() -> None:
    o = run(_case("cip-ccp2", "Ma PAE s'est faite en deux fois : d'abord 70 heures au CIDFF, "
                  "puis le reste à la Mission Locale.", None, certain=False))
    assert o["status"] == "warn", o["message"]


ARRANGED = [
    ("cip-ccp2", "Nous avons préparé une PMSMP de deux semaines dans une plateforme logistique."),
    ("cip-ccp2", "J'ai préparé pour elle une immersion de 35 heures dans une boulangerie."),
    ("cip-ccp1", "Avec la conseillère, nous avons planifié un stage de deux semaines pour M. K. "
                 "chez un paysagiste."),
    ("cip-ccp3", "J'ai obtenu pour Mme R. une PMSMP de 70 heures en EHPAD."),
]


@pytest.mark.parametrize(("rules", "text"), ARRANGED)
def test_a_placement_prepared_for_someone_is_not_read(rules: str, text: str) -> None:
    o = run(_case(rules, text, None))
    assert o["got"] is None, (text, o["got"], o["message"])
    assert o["status"] == "warn", o["message"]


@pytest.mark.parametrize("text", [
    "J'ai préparé mon stage de 175 heures avec ma tutrice.",
    "Mon stage de 175 heures, préparé avec soin, s'est déroulé au CCAS.",
])
def test_my_own_placement_prepared_is_still_mine(text: str) -> None:
    o = run(_case("cip-ccp2", text, 175))
    assert o["got"] == 175 and o["status"] == "pass", o["message"]


RATES = [
    ("cip-ccp2", "J'ai fait mon stage sur dix semaines, à raison de 17 heures 30 par semaine.",
     175),
    ("cip-ccp2", "J'ai fait mon stage sur dix semaines à 17 h 30 hebdomadaires.", 175),
    ("cip-ccp2", "Mon stage a duré 20 jours à 7 heures 30 par jour.", 150),
]


@pytest.mark.parametrize(("rules", "text", "want"), RATES)
def test_minutes_of_a_rate_written_apart(rules: str, text: str, want: float) -> None:
    o = run(_case(rules, text, want))
    assert o["got"] == want, (text, o["got"], o["message"])


def test_a_clock_time_with_minutes_is_still_not_a_rate() -> None:
    o = run(_case("cip-ccp2", "Mon stage de 175 heures : permanences le mardi de 14 h 30 à "
                  "17 h.", 175))
    assert o["got"] == 175, o["message"]
