"""Sure readings under the minimum that only warned (issue 8, stop 26, hours15).

Three ways of writing, each seen in tuning sets by three or more authors:

- a cover whose lines ran into one sentence (a PDF's lines, soft line breaks): the
  certificate's title (« … des personnes »), « Mme X » or « Par : X » on the lines above
  made the hours line someone else's, or left it unread; its one line of durations is read
  on its own;
- a total written with its own working in the sentence (« 9 semaines …, 35 h par semaine,
  total 315 h », « 20 jours, des journées de 7 heures, soit 140 heures »): the count is the
  total's working, not another period that the total would leave out;
- « je n'ai été reçue que quinze jours », « soit 140 heures, pas plus »: the restriction
  says the figure is all there was (and a closure, « le service a fermé une semaine », is
  time off like « fermeture »).

Under the minimum these fail; what could mean something else still only warns. Passages
in my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _cover(text: str, rules: str) -> tuple[float | None, str, str]:
    # One block whose lines run together, as a PDF cover's lines reach the reader.
    return hours_of(blocks_of(text, page=1), rules)


def _intro(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(f"Introduction\n\n{text}", page=2), rules)


@pytest.mark.parametrize(("text", "rules", "hours"), [
    ("CCP 2 — Accompagner les personnes dans leur parcours d'insertion\n"
     "Mme Léa Fontanel — Mission locale de Dieppe\n"
     "Stage : 20 jours (140 h)", "cip-ccp2", 140),
    ("CCP 1 — Accueillir pour analyser la demande des personnes\n"
     "Par : Yannick Le Goff\n"
     "Période en entreprise au CCAS de Quimperlé : 9 jours, soit 63 heures", "cip-ccp1", 63),
])
def test_the_one_hours_line_of_a_run_together_cover_is_read_on_its_own(
        text: str, rules: str, hours: float) -> None:
    got, status, message = _cover(text, rules)
    assert got == hours and status == "fail", message


def test_two_lines_of_periods_on_a_cover_are_still_added_up() -> None:
    # each line alone is a part: the cover's placement is both
    got, status, message = _cover(
        "Titre professionnel CIP\nNom : ROUXEL Gaëlle\n"
        "Stage 1 : Maison de l'emploi de Vitré (224 h)\n"
        "Stage 2 : PLIE du Pays de Fougères (182 h)", "cip-titre")
    assert got == 406 and status != "fail", message


@pytest.mark.parametrize(("text", "rules", "hours"), [
    ("Pour être franc : 9 semaines au CCAS de Fécamp, 35 h par semaine, total 315 h. Il me "
     "manque des heures, je le sais, la convention n'a pas pu être prolongée.",
     "cip-titre", 315),
    ("J'ai fait 20 jours au Point emploi de Bolbec, à 7 heures la journée, donc 140 heures, "
     "pas plus.", "cip-ccp2", 140),
    ("Je n'ai été reçue que quinze jours au Relais emploi d'Yvetot, à raison de 7 heures "
     "par jour, soit 105 heures.", "cip-ccp3", 105),
    ("Je n'ai pu faire que 126 heures au lieu des 140 prévues : le service a fermé deux "
     "semaines en août.", "cip-ccp3", 126),
])
def test_a_total_the_candidate_says_is_all_there_was_fails(text: str, rules: str,
                                                           hours: float) -> None:
    got, status, message = _intro(text, rules)
    assert got == hours and status == "fail", message


@pytest.mark.parametrize(("text", "rules"), [
    # a count the total does not hold: it may be another period
    ("Au Point emploi de Bolbec : 3 semaines, puis 20 jours en mairie, soit 140 heures au "
     "Point emploi, pas plus.", "cip-ccp2"),
    # short of a plan so far, not said to be the whole
    ("Je n'ai pu faire que 150 heures sur les 175 demandées, la structure ayant fermé une "
     "semaine.", "cip-ccp2"),
    # « ne … pas que »: not a restriction
    ("Je ne dirais pas que 126 heures au Relais emploi d'Yvetot suffisent à tout voir.",
     "cip-ccp3"),
])
def test_what_could_mean_otherwise_never_fails(text: str, rules: str) -> None:
    _, status, message = _intro(text, rules)
    assert status != "fail", message
