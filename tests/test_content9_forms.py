"""Mandatory OPS contents named only as not done, in forms the blind tuning sets of the
27 November (devset7a, devset7b) showed and the not-done reader missed: a relative clause
not closed by a comma before the verb that denies (« L'outil que je voulais fabriquer n'a
pas été fait »), « voir le jour », a wish in the impersonal past conditional (« il eût été
souhaitable de présenter une cartographie », « … aurait été bienvenue »), and « ni »
carrying a denial on. Variants of our own; each also has its « done » twin, which must
stay found."""

from __future__ import annotations

import pytest
from content_state import item_state


@pytest.mark.parametrize(("item", "text"), [
    ("outil", "L'outil de simulation que je voulais fabriquer n'a pas été fait, faute de "
              "temps ; nous avons utilisé le simulateur en ligne."),
    ("outil", "Le livret qui devait servir de support n'a pas pu être réalisé avant la fin "
              "de mon stage."),
    ("outil", "Le livret que j'avais imaginé n'a jamais vu le jour."),
    ("outil", "La grille d'entretien dont nous avions parlé en équipe ne verra le jour "
              "qu'après mon départ."),
    ("cartographie", "Il eût été souhaitable de présenter ici une cartographie des partenaires "
                     "du service ; faute de temps, elle n'a pas été réalisée."),
    ("cartographie", "Une cartographie des partenaires aurait été bienvenue, mais je n'ai pas "
                     "pu la faire."),
    ("cartographie", "Il aurait été utile de dresser une cartographie du réseau de la "
                     "structure."),
])
def test_named_as_not_done_is_absent(item: str, text: str) -> None:
    assert item_state(text, item) == "absent"


@pytest.mark.parametrize(("item", "text"), [
    ("outil", "Le livret que nous avons conçu ensemble a servi à chaque séance."),
    ("outil", "Le livret, que je n'ai pas pu terminer, présente les étapes de la démarche."),
    ("outil", "La grille d'entretien a vu le jour en mars, après deux essais avec l'équipe."),
    ("cartographie", "J'ai dressé une cartographie des partenaires ; il aurait été utile de la "
                     "compléter avec les bailleurs."),
    ("cartographie", "La cartographie des partenaires (annexe 2) montre le réseau de la "
                     "structure ; elle n'a pas été facile à construire."),
])
def test_made_stays_found(item: str, text: str) -> None:
    assert item_state(text, item) == "found"
