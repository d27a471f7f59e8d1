"""OPS mémoire: a thing made whose own section says it was not made, whatever it is
called, fails; its words read elsewhere (a proposal in the analysis, « outillé » in the
conclusion) are no part of it (verdicts14 helper, issue 8)."""

from __future__ import annotations

import pytest
from builders import block, doc
from content_state import item_state

from cipcheck.api import Options, check_document
from cipcheck.document import Block, Document
from cipcheck.findings import Status
from cipcheck.ruleset import load

STRUCTURE = (
    "# La structure\n\nLe Relais Emploi du Val de Lorge est une association installée à "
    "Montbrison, au cœur d'un bassin rural. Elle accompagne des demandeurs d'emploi de "
    "longue durée et des allocataires du RSA orientés par le Département.")
RESEAU = (
    "# Le réseau partenarial\n\nJ'ai dessiné la carte des partenaires du Relais : France "
    "Travail et la Mission locale pour l'emploi, le CCAS et la CAF pour les aides, deux "
    "auto-écoles sociales, le PLIE du Forez et une dizaine d'employeurs du bâtiment.")
PORTRAIT = (
    "# Le parcours de M. T.\n\nM. T., 47 ans, ancien cariste, a été licencié après la "
    "fermeture de son entrepôt. Il vit seul à Boën. Mon analyse : son permis suspendu "
    "pèse plus que son âge sur son retour à l'emploi.")
ACTION = (
    "# L'action « Cap sur le bâtiment »\n\nObjectif : faire découvrir les métiers du "
    "second œuvre à huit personnes. Durée : cinq semaines. Organisation : un atelier le "
    "jeudi matin et deux visites de chantier.")
AJUSTEMENTS = (
    "# Les ajustements\n\nLa deuxième visite a été annulée par l'employeur ; nous l'avons "
    "remplacée par le témoignage d'un plaquiste venu au Relais.")
ANALYSE = (
    "# Analyse de l'action\n\nPoints forts : les visites, qui ont levé des idées reçues. "
    "Point faible : trop peu de temps pour les questions. Proposition : construire une "
    "fiche récapitulative avec les participants la prochaine fois.")
CONCLUSION = ("# Conclusion\n\nJe termine cette période mieux outillé pour animer un "
              "groupe.")


def _memoire(outil: str | None, conclusion: str = CONCLUSION, analyse: str = ANALYSE) -> str:
    sections = [STRUCTURE, RESEAU, PORTRAIT, ACTION, outil, AJUSTEMENTS, analyse, conclusion]
    return "\n\n".join(s for s in sections if s is not None)


# The tool's own section says what the candidate was to make was not made, named in
# words no tool list holds (« un annuaire », « un répertoire », « une carte »).
@pytest.mark.parametrize("section", [
    "# L'outil\n\nJe comptais réaliser un annuaire illustré des employeurs du bassin ; "
    "faute de temps, il n'a pas vu le jour.",
    "# Outil\n\nJ'avais prévu de concevoir un répertoire des formations courtes de la "
    "Loire, mais je n'ai pas pu le terminer avant la fin de ma période, et je ne l'ai "
    "donc pas réalisé.",
    "# Mon outil\n\nJe voulais créer une carte des lignes de car pour rejoindre les "
    "chantiers. Elle n'a pas été réalisée.",
])
def test_a_tool_said_not_made_in_its_own_section_is_absent(section: str) -> None:
    assert item_state(_memoire(section), "outil") == "absent"


def test_the_verb_outiller_is_no_tool() -> None:
    # No tool section at all: « outillé » (equipped) names no tool made.
    text = _memoire(None, conclusion="# Conclusion\n\nJe sors de cette période mieux "
                                     "outillée pour animer un groupe.",
                    analyse="# Analyse de l'action\n\nPoints forts : les visites. Point "
                            "faible : trop peu de temps pour les questions.")
    assert item_state(text, "outil") == "absent"


def test_a_sentence_said_not_made_is_no_evidence_whatever_order_its_words_are_read() -> None:
    # « grille » comes before « fiche » in the tool's words: the sentence is a denial
    # all the same, and the grille is the model of the fiche not made.
    section = ("# Les outils\n\nJe voulais concevoir une fiche de suivi, sur le modèle des "
               "grilles d'observation que j'employais à l'agence d'intérim. Faute de temps, "
               "elle n'a pas été réalisée.")
    assert item_state(_memoire(section), "outil") == "absent"


@pytest.mark.parametrize("section", [
    # one thing not made, another made instead
    "# L'outil\n\nJe comptais réaliser un annuaire des employeurs ; faute de temps, il n'a "
    "pas vu le jour. J'ai finalement conçu une grille d'observation des visites, remplie "
    "par chaque participant.",
    # made, then a plan for more
    "# L'outil\n\nJ'ai construit un carnet de visite de quatre pages ; je compte en faire "
    "une version en ligne l'an prochain.",
])
def test_a_tool_made_in_its_section_stays_found(section: str) -> None:
    assert item_state(_memoire(section), "outil") == "found"


def test_a_public_bodys_leaflet_used_instead_is_only_partly_there() -> None:
    # Never a failure on a guess: someone else's tool put to use may count for a jury.
    section = ("# L'outil\n\nJe voulais créer une carte des lignes de car, mais elle n'a "
               "pas été réalisée. J'ai distribué la plaquette mobilité de la Région.")
    assert item_state(_memoire(section), "outil") == "partial"


def _dossier(text: str) -> Document:
    """An OPS mémoire laid out as `_memoire` writes it: a cover, then each section's
    title (a level-1 heading) and paragraphs, five blocks a page."""
    blocks: list[Block] = [
        block("Mémoire de mise en application professionnelle", 1, 0.2, bold=True, size=18),
        block("Chargé d'accompagnement collectif et individuel en insertion "
              "socio-professionnelle – OPS Conseil", 1, 0.3),
        block("Période de mise en application professionnelle : 30 jours", 1, 0.5)]
    lines = [line for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        title = line.startswith("# ")
        blocks.append(block(line[2:] if title else line, 2 + i // 5, 0.1 + 0.15 * (i % 5),
                            level=1 if title else None, bold=title))
    return doc(blocks, 2 + len(lines) // 5 + 1)


def _status(text: str, fid: str) -> Status:
    report = check_document(_dossier(text), load("ops-memoire"), Options())
    return next(f.status for f in report.checks if f.id == fid)


def test_a_memoire_whose_tool_section_says_it_was_not_made_fails() -> None:
    section = ("# L'outil\n\nJe comptais réaliser un annuaire illustré des employeurs du "
               "bassin ; faute de temps, il n'a pas vu le jour.")
    assert _status(_memoire(section), "content.outil") is Status.FAIL


def test_a_memoire_with_a_public_bodys_leaflet_instead_only_warns() -> None:
    section = ("# L'outil\n\nJe voulais créer une carte des lignes de car, mais elle n'a "
               "pas été réalisée. J'ai distribué la plaquette mobilité de la Région.")
    text = _memoire(section)
    report = check_document(_dossier(text), load("ops-memoire"), Options())
    assert not any(f.id == "content.outil" and f.status is Status.FAIL
                   for f in report.checks)
    assert any(f.id == "content.checklist" and "outil" in (f.actual or "")
               for f in report.checks)
