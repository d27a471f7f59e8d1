"""Contents told in the candidates' usual words that the readers missed (content17
helper, issue 8): an adjustment told as made, the person's skills found through what
they like doing, unemployment as a social trait of the territory. Each stays absent
when the passage does not say it."""

from __future__ import annotations

import pytest
from content_state import item_state

ATELIER = (
    "# L'atelier « Se présenter au téléphone »\n\nSix demandeurs d'emploi du quartier "
    "des Grésillons ont participé à deux séances d'une heure et demie. Objectif : "
    "décrocher un rendez-vous en appelant un employeur. Nous avons travaillé par deux, "
    "avec un script imprimé et un téléphone par binôme.")


@pytest.mark.parametrize("change", [
    "Après la première séance, j'ai raccourci les consignes, que personne ne lisait.",
    "Le script était trop long : j'ai remplacé la fiche de deux pages par une carte "
    "bristol.",
    "Comme deux participants ne voulaient pas parler devant les autres, j'ai réduit les "
    "groupes à deux pour la deuxième séance.",
])
@pytest.mark.parametrize("rules, part", [("cip-ccp2", 3), ("cip-titre", 4)])
def test_an_adjustment_told_as_made_is_found(change: str, rules: str, part: int) -> None:
    text = ATELIER + "\n\n# Pendant l'atelier\n\n" + change
    assert item_state(text, "pratique.ajustements", rules=rules, part=part) == "found"


@pytest.mark.parametrize("other", [
    # someone else changed it: not the candidate's adjustment
    "La conseillère a modifié le planning des salles le matin même.",
    # a change of the candidate's own life, not of the session
    "Avant cette formation, j'ai changé de métier après douze ans de vente.",
])
def test_changes_that_are_not_the_candidates_adjustment_stay_absent(other: str) -> None:
    text = ATELIER + "\n\n# Pendant l'atelier\n\n" + other
    assert item_state(text, "pratique.ajustements", rules="cip-ccp2", part=3) == "absent"


PROJET = ("# Le projet de M. H.\n\nM. H., 34 ans, ancien magasinier, voulait quitter la "
          "logistique. {middle} Nous avons ensuite regardé les fiches métiers "
          "d'agent d'entretien des espaces verts.")


@pytest.mark.parametrize("middle", [
    "Au premier entretien, je lui ai demandé ce qu'il aime faire le dimanche : il "
    "entretient le jardin de sa mère et taille les haies des voisins.",
    "Je lui ai demandé ce qu'il aimait faire dans son ancien poste : former les "
    "intérimaires, plus que tenir le stock.",
    "Je l'ai aidé à valoriser son expérience de magasinier auprès des employeurs.",
])
def test_skills_found_through_what_the_person_likes_or_knows_doing(middle: str) -> None:
    text = PROJET.format(middle=middle)
    assert item_state(text, "competences", rules="cip-titre", part=3) == "found"


@pytest.mark.parametrize("middle", [
    "Il habite à Vierzon et n'a pas de voiture.",
    # his difficulty, not a method to identify his skills
    "Il ne sait pas expliquer ce qu'il sait faire, et je ne l'ai revu qu'une fois.",
])
def test_a_project_without_any_look_at_the_persons_skills_stays_absent(middle: str) -> None:
    text = PROJET.format(middle=middle)
    assert item_state(text, "competences", rules="cip-titre", part=3) == "absent"


TERRITOIRE = ("# La structure\n\nL'association Cap Vers l'Emploi est installée à Vierzon. "
              "\n\n# Le territoire\n\n{social}")


@pytest.mark.parametrize("social", [
    "Depuis la fermeture des usines de porcelaine, le chômage reste plus haut qu'ailleurs "
    "dans le Cher.",
    "On compte beaucoup de personnes âgées dans les villages autour de la ville.",
])
def test_unemployment_or_ageing_told_of_the_territory_is_a_social_trait(social: str) -> None:
    text = TERRITOIRE.format(social=social)
    assert item_state(text, "territoire.social", rules="cip-ccp1") == "found"


def test_unemployment_named_as_whom_the_structure_helps_is_no_territory() -> None:
    text = TERRITOIRE.format(social="Elle accompagne des personnes au chômage depuis plus "
                                    "d'un an vers la formation.")
    assert item_state(text, "territoire.social", rules="cip-ccp1") == "absent"
