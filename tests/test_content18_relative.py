"""A content named, then said not made by the relative on it (content18, issue 8 point 4).

« Il me manque une chose, le livret d'accueil, que je n'ai pas eu le temps de rédiger » has
no verb of its own for « livret »: the relative that follows says what became of it, and
it says not made. A verb of its own after the relative is what counts (« Le bilan, que nous
n'avons pas pu faire en salle, s'est tenu par téléphone » was held), and a semicolon closes
the clause (« …, que je n'ai pas pu faire ; le reste… » — the words after it are another
sentence's). Passages written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from content_state import item_state
from said_of import said_of

from cipcheck.content.evaluate import Scope, evaluate
from cipcheck.reading.negation import Said
from cipcheck.ruleset import load

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
from cases import blocks_of  # noqa: E402


@pytest.mark.parametrize(("text", "word"), [
    ("Il me manque une chose, le livret d'accueil, que je n'ai pas eu le temps de rédiger.",
     "livret"),
    ("Tout y est, sauf la carte des partenaires, que je n'ai pas pu dresser ; la suite du "
     "mémoire m'a pris plus de temps que prévu.", "carte"),
    ("Un seul manque dans ce travail : la cartographie que nous n'avons pas réalisée.",
     "cartograph"),
])
def test_a_relative_that_says_not_made(text: str, word: str) -> None:
    assert said_of(text, word) is Said.NOT_DONE


@pytest.mark.parametrize(("text", "word"), [
    # The content's own verb comes after the relative: it was held, or it shows.
    ("Le bilan, que nous n'avons pas pu faire en salle, s'est tenu par téléphone.", "bilan"),
    ("La grille, que je n'avais pas prévue au départ, a servi à chaque séance.", "grille"),
    # A relative that says nothing of making it.
    ("Il y a aussi la carte des partenaires, que je n'ai pas montrée à ma tutrice.", "carte"),
    # A relative of its subject, not its object: someone else's doing.
    ("Il reste le questionnaire, qui ne demande que dix minutes.", "questionnaire"),
    # The clause has its verb: the relative qualifies what was made.
    ("J'ai terminé la cartographie, que je n'avais jamais faite auparavant.", "cartograph"),
    # A question quoted further on is no relative on the content, even in the future.
    ("En fin de séance, un questionnaire de trois questions, et une dernière : « Que "
     "direz-vous à votre employeur lundi ? ».", "questionnaire"),
])
def test_other_relatives_leave_it_made(text: str, word: str) -> None:
    assert said_of(text, word) is Said.DONE


def test_unfinished_in_a_relative_is_unfinished() -> None:
    assert said_of("Voici la cartographie, que je n'ai pas pu terminer.",
                   "cartograph") is Said.UNFINISHED


MEMOIRE = """\
# La structure
L'association Tremplin 26 accueille à Crest des demandeurs d'emploi de longue durée du
Val de Drôme ; elle tient un atelier de couture et une épicerie solidaire.

# Les partenaires
La cartographie des partenaires n'a pas pu être faite : l'association changeait de
direction pendant ma période.

# Conclusion
Ce travail a une lacune, la cartographie, que je n'ai pas pu faire ; tout le reste m'a
appris à regarder une association de l'intérieur.
"""


def test_a_mandatory_content_said_not_made_in_the_conclusion_stays_absent() -> None:
    ops = load("ops-memoire")
    blocks = blocks_of(MEMOIRE)
    r = next(r for r in evaluate(ops.content, Scope(blocks, blocks), ops.lexicon)
             if r.item.id == "cartographie")
    assert not r.found
    assert r.absent


# The shared diagnosis told by what the person can do, reviewed with them at the start.
SUIVI = """\
# M. R. et son projet
M. R., 44 ans, a été magasinier pendant quinze ans dans une coopérative de Vierzon qui a
fermé l'an dernier. Il veut rester dans la logistique.

# Premier rendez-vous
{said}
"""


@pytest.mark.parametrize("said", [
    "Nous avons pris le temps de voir ce qu'il sait faire : conduire un chariot, tenir un "
    "inventaire, former les nouveaux.",
    "Au premier rendez-vous, nous avons fait ensemble la liste de ses compétences à partir "
    "de ses anciennes fiches de poste.",
])
@pytest.mark.parametrize(("rules", "part"), [("cip-ccp2", 2), ("cip-titre", 3)])
def test_what_the_person_can_do_is_the_diagnosis(said: str, rules: str, part: int) -> None:
    assert item_state(SUIVI.format(said=said), "diagnostic", rules=rules,
                      part=part) == "found"


def test_a_first_meeting_without_the_person_stays_without_diagnosis() -> None:
    said = "Nous avons choisi une date pour la visite de l'entrepôt et réservé la salle."
    assert item_state(SUIVI.format(said=said), "diagnostic", rules="cip-ccp2",
                      part=2) == "absent"


# Where a workshop came from, said in the candidate's words.
ATELIER = """\
# L'atelier « Ma banque en ligne »
{said}

# Déroulement
Trois séances de deux heures, six participants, un ordinateur pour deux.
"""


@pytest.mark.parametrize("said", [
    "La demande est venue du foyer de jeunes travailleurs : plusieurs résidents ne "
    "savaient plus consulter leurs comptes depuis la fermeture de l'agence.",
    "Le directeur de l'épicerie solidaire m'a passé une commande : aider les bénévoles à "
    "tenir la caisse sans erreur.",
    "Il répondait aux difficultés repérées lors des permanences : les personnes venaient "
    "avec des courriers de la banque qu'elles ne comprenaient pas.",
])
@pytest.mark.parametrize(("rules", "part"), [("cip-ccp2", 3), ("cip-titre", 4)])
def test_where_the_workshop_came_from_is_its_demand(said: str, rules: str, part: int) -> None:
    assert item_state(ATELIER.format(said=said), "demande", rules=rules, part=part) == "found"


def test_a_workshop_told_without_its_origin_has_no_demand() -> None:
    said = "Je l'ai animé dans la salle du premier étage, avec le vidéoprojecteur du centre."
    assert item_state(ATELIER.format(said=said), "demande", rules="cip-ccp2",
                      part=3) == "absent"
