"""Required content read like a jury member (issue 8, part 4, tenth round).

- A made content (the OPS tool, a map, an evaluation) said not done in one place is not
  shown by passing words elsewhere: « la formation m'a donné des outils » in the
  introduction is nobody's tool. Only the candidate's own (« j'ai conçu une grille »,
  « mon livret ») makes it found; someone else's (« les fiches de l'association ») leaves
  it partly there (warns, never fails on a guess).
Each form has variants of my own in several voices.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from content_state import item_state  # noqa: E402

MEMOIRE = """# Introduction
{intro}

# Présentation de la structure
L'association Les Passerelles, implantée à Roubaix dans le quartier de l'Épeule, accueille
des adultes éloignés de l'emploi orientés par les travailleurs sociaux.

# Cartographie du réseau
La carte des partenaires de l'association figure en annexe : CAF, France Travail, CCAS,
Mission locale, bailleurs sociaux, chacun avec son rôle.

# Monographie
M. D., 47 ans, ancien magasinier, père de deux enfants, est arrivé après un licenciement.
Son parcours montre ses freins : la mobilité et la santé.

# L'action
L'atelier « Cap sur l'emploi » visait à préparer six personnes aux entretiens. Il a duré
cinq semaines, chaque mardi matin, en petit groupe.

# Outil
{tool}

# Ajustements
Un participant s'est désisté ; nous avons décalé la dernière séance.

# Analyse de l'action
Points forts : la régularité du groupe. Points faibles : des séances trop courtes.

# Conclusion
{conclusion}
"""


def _memoire(tool: str, intro: str, conclusion: str) -> str:
    return MEMOIRE.format(tool=tool, intro=intro, conclusion=conclusion)


NOT_MADE = [
    # plain, the regret of time
    "Je n'ai pas eu le temps de construire l'outil d'auto-positionnement que j'avais en "
    "tête. L'atelier s'est appuyé sur les documents habituels de l'association.",
    # formal, passive
    "L'outil envisagé (un livret de suivi) n'a pas pu être réalisé pendant la période "
    "d'application.",
    # oral, « faute de temps »
    "Faute de temps, pas d'outil de mon cru cette fois-ci : c'est le gros manque de ce "
    "mémoire.",
]
PASSING = [
    # the training's tools, in the introduction and the conclusion
    ("Ancien cariste, j'ai choisi la formation OPS Conseil. La formation m'a donné des "
     "outils et une posture.",
     "Ce stage m'a permis de mettre en pratique les outils de la formation."),
    # tools in general, « d'outils », « des supports »
    ("Ce mémoire retrace ma période d'application professionnelle de vingt-neuf jours.",
     "Je repars avec beaucoup d'outils dans ma besace et l'envie de continuer."),
]


@pytest.mark.parametrize("tool", NOT_MADE)
@pytest.mark.parametrize(("intro", "conclusion"), PASSING)
def test_a_tool_only_named_as_not_made_fails_whatever_tools_are_named_elsewhere(
        tool: str, intro: str, conclusion: str) -> None:
    assert item_state(_memoire(tool, intro, conclusion), "outil") == "absent"


@pytest.mark.parametrize("tool", [
    # the planned one not done, another one made by the candidate
    "Je n'ai pas eu le temps de construire l'outil numérique prévu, mais j'ai conçu une "
    "grille d'observation que j'ai utilisée à chaque séance.",
    "L'outil de suivi n'a pas pu être réalisé. En revanche, nous avons fabriqué avec le "
    "groupe un jeu de cartes métiers.",
])
def test_another_tool_of_the_candidate_is_found(tool: str) -> None:
    intro, conclusion = PASSING[0]
    assert item_state(_memoire(tool, intro, conclusion), "outil") == "found"


@pytest.mark.parametrize("tool", [
    "Je n'ai pas eu le temps de construire l'outil prévu. L'animatrice utilisait son "
    "questionnaire d'intérêts professionnels.",
    "Faute de temps, l'outil n'a pas été fait. Le questionnaire de satisfaction de "
    "l'association a été rempli à la dernière séance.",
])
def test_someone_elses_tool_next_to_one_not_made_warns(tool: str) -> None:
    intro, conclusion = PASSING[1]
    assert item_state(_memoire(tool, intro, conclusion), "outil") == "partial"


def test_a_tool_made_and_tools_in_general_is_found() -> None:
    intro, conclusion = PASSING[0]
    tool = ("J'ai créé un livret de progression : chaque participant y notait ses objectifs "
            "de la semaine.")
    assert item_state(_memoire(tool, intro, conclusion), "outil") == "found"
