"""The candidate says the placement is short, beside its figure (issue 8, stop 26).

« 150 h pour 175 h prévues (une semaine de grippe, non rattrapée) », « 66 h au lieu de 70,
il me manque 4 h », « C'est moins que ce qu'exige le référentiel, j'en suis consciente »: a
figure under the minimum that the reader could only take as a reading to confirm (no word
« stage », a sum it made) is what the candidate says is the whole, short placement — under
the minimum ``hours.minimum`` fails, quoting those words. It stays a warning when the words
could mean something else: hours still to be done, another period named, a count of days
in the sentence that the figure does not hold, something else missing. Passages in my own
voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(f"Introduction\n{text}", page=2), rules)


@pytest.mark.parametrize(("text", "rules", "hours", "said"), [
    ("Temps réalisé au Point Emploi de Saint-Lô : 150 h pour 175 h prévues (une semaine de "
     "grippe, non rattrapée).", "cip-ccp2", 150, "rattrap"),
    ("Côté chiffres, c'est vite dit : 66 h au lieu de 70, il me manque 4 h à cause d'une "
     "journée de neige.", "cip-ccp1", 66, "au lieu de"),
    ("Ma période au Relais emploi de Figeac s'est faite au rythme des moissons : dix "
     "demi-journées (3 h 30 chacune) et deux journées complètes de 7 heures. C'est moins que "
     "ce que demandait la convention, je le sais.", "cip-ccp1", 49, "moins que"),
    ("Au Relais emploi de Figeac, j'ai passé en tout 56 heures au guichet. C'est moins que ce "
     "qui était prévu dans la convention, je le sais bien.", "cip-ccp1", 56, "moins que"),
])
def test_a_figure_the_candidate_says_is_short_fails(text: str, rules: str, hours: float,
                                                    said: str) -> None:
    got, status, message = _read(text, rules)
    assert got == hours and status == "fail", message
    # the failure says which words made the reading sure
    assert said in message, message


@pytest.mark.parametrize(("text", "rules"), [
    # hours still to be done before the session
    ("Temps réalisé au Point Emploi de Saint-Lô : 150 h pour 175 h prévues ; il me reste 25 h "
     "à faire en mai, une journée de grève n'ayant pas été rattrapée.", "cip-ccp2"),
    # another period named: the missing hours may be there
    ("Temps réalisé au Point Emploi de Saint-Lô : 150 h pour 175 h prévues. Une deuxième "
     "période aura lieu à la Mission locale ; il me manque encore des heures.", "cip-ccp2"),
    # half days in the sentence that the figure read (the full days) does not hold
    ("Mon stage au CCAS de Millau s'est organisé autour de la garde de mes enfants : huit "
     "demi-journées le matin (de 8 h 30 à 12 h, soit 3 h 30 chacune) et quatre journées "
     "complètes de 7 heures. C'est moins que ce qu'exige le référentiel, j'en suis "
     "consciente.", "cip-ccp1"),
])
def test_words_of_a_shortfall_that_could_mean_otherwise_never_fail(text: str,
                                                                   rules: str) -> None:
    _, status, message = _read(text, rules)
    assert status != "fail", message


def test_over_the_minimum_the_same_words_change_nothing() -> None:
    got, status, message = _read("Temps réalisé au Point Emploi de Saint-Lô : 180 h pour 175 h "
                                 "prévues, une journée de grève non rattrapée.", "cip-ccp2")
    assert got == 180 and status != "fail", message
