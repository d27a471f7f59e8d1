"""A plan told as the past a sentence starts from is no content left undone (issue 8,
point 4, content15 of the names15 helper).

« Les ateliers programmés le jeudi ont été avancés au lundi » tells what became of a
plan — here an adjustment made — not something still to come. A participle of plan after
its noun, then a compound past of the clause's own verb: not a sure « not done », so never
a failure on it. A plan said with « être » (« est prévue pour mai »), one that fell
(« a été annulé »), one negated stay « not done »."""

from __future__ import annotations

import pytest
from content_state import item_state
from said_of import said_of

from cipcheck.reading.negation import Said


@pytest.mark.parametrize(("text", "word"), [
    ("Les ateliers programmés le jeudi après-midi ont été avancés au lundi matin, les "
     "participantes travaillant en horaires décalés.", "avanc"),
    ("La visite prévue au garage solidaire a été décalée d'une semaine à cause des "
     "grèves de bus.", "decal"),
    ("Les entretiens planifiés en fin de matinée ont été remplacés par des appels.",
     "remplac"),
])
def test_a_plan_that_a_past_tells_the_fate_of_is_no_denial(text: str, word: str) -> None:
    assert said_of(text, word) is not Said.NOT_DONE


@pytest.mark.parametrize(("text", "word"), [
    ("La cartographie des partenaires est prévue pour le mois de mai.", "cartograph"),
    ("Le questionnaire prévu en mars a été annulé faute de participants.", "questionnaire"),
    ("La grille prévue pour le bilan a été reportée après mon départ.", "grille"),
    ("Le livret prévu en avril n'a pas été réalisé.", "livret"),
])
def test_a_plan_to_come_fallen_or_denied_stays_not_done(text: str, word: str) -> None:
    assert said_of(text, word) is Said.NOT_DONE


def test_an_adjustment_told_as_a_moved_plan_does_not_fail() -> None:
    text = ("# Les ajustements\n\nLes séances programmées le jeudi après-midi ont été "
            "déplacées au lundi matin, après que trois participantes ont dit travailler au "
            "marché de gros.")
    assert item_state(text, "ajustements") != "absent"
