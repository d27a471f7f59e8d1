"""Placement hours read from realistic statements, in many voices (content/hours.py).

Each case is what a candidate writes — a cover line, a table as DOCX cells or PDF lines,
a sentence of prose — with the hours a jury member would add up (None: no placement
hours there) and whether that reading is certain enough to fail a dossier on.
``HELD_BACK`` was written with the others but not looked at while tuning the reader: its
score is the honest one (see the note of the hours work).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from builders import block

from cipcheck.content.hours import HoursReading, read_hours
from cipcheck.reading import read


class Case(NamedTuple):
    text: str  # lines (PDF) or paragraphs (DOCX) separated by "\n"
    hours: float | None
    certain: bool | None = None  # None when no hours are expected
    kind: str = "pdf"  # "pdf" lines, "docx" paragraphs, "cells": caption then DOCX cells
    days: bool = False  # the rule set counts in days (OPS)
    page: int = 3


def reading_of(case: Case) -> HoursReading | None:
    lines = case.text.split("\n")
    if case.kind == "cells":
        blocks = [block(lines[0], case.page, 0.1)] + [
            block(t, case.page, 0.12 + 0.01 * i, table=True) for i, t in enumerate(lines[1:])]
        kind = "docx"
    else:
        blocks = [block(t, case.page, 0.1 + 0.02 * i) for i, t in enumerate(lines)]
        kind = case.kind
    return read_hours([read(blocks, kind)], 7.0, case.days)


CASES = [
    # Cover lines, labels and explicit totals.
    Case("Période(s) en entreprise : 392 heures", 392, True),
    Case("Durée totale des périodes en entreprise : 385 h", 385, True),
    Case("Périodes en entreprise\nPAE 1 | 210 h\nPAE 2 | 182 h\nTotal | 392 h", 392, True),
    Case("Périodes en entreprise\nPériode\nDurée\nPAE 1 – Mission locale\n210 h\n"
         "PAE 2 – PLIE\n182 h\nTotal\n392 h", 392, True, "cells"),
    Case("Au total, mes périodes en entreprise représentent 420 heures.", 420, True),
    Case("Mon stage s'est déroulé du 6 janvier au 28 mars 2025, soit 392 heures au total.",
         392, True),
    Case("J'ai effectué mon stage de 400 heures à la Mission locale de Rennes.", 400, True),
    Case("Stage 1 : 210 heures\nStage 2 : 182 heures", 392, True),
    Case("Stage 1 : 210 heures\nStage 2 : 182 heures", 392, True, "docx"),
    Case("PAE 1 du 3 au 14 mars : 70 h\nPAE 2 du 5 au 16 mai : 70 h", 140, True),
    Case("Périodes en entreprise : 196 h + 196 h = 392 h", 392, True),
    Case("Ma période en entreprise a duré trois cent quatre-vingt-douze heures.", 392, True),
    Case("Stage pratique : quatre cents heures", 400, True, "docx"),
    Case("De 14h à 16h, j'animais l'atelier CV.\nAu total, mon stage représente 70 heures.",
         70, True, "docx"),
    Case("La formation dure 1 050 heures, dont 385 heures en entreprise.", 385, True),
    Case("Stage en structure d'insertion : 175 h", 175, True),
    Case("Dossier professionnel\nPériodes en entreprise\n392 h", 392, True, page=1),
    Case("Ma PAE s'est déroulée du 2 septembre au 18 octobre 2024 (245 heures).", 245, True),
    Case("Stage n°1 : Mission locale (196 h)\nStage n°2 : CCAS (196 h)", 392, True, "docx"),
    Case("1er stage : 175 heures au PLIE\n2e stage : 210 heures à Cap emploi", 385, True,
         "docx"),
    Case("Pendant ma période en entreprise (392 h), j'ai suivi 18 personnes.", 392, True),
    Case("Stage effectué à la Maison de l'emploi : 280 heures\n"
         "Stage effectué au CIDFF : 112 heures", 392, True, "docx"),
    Case("Mes deux stages totalisent 392 heures.", 392, True),
    Case("J'ai effectué trois périodes en entreprise, pour un total de 400 heures.", 400, True),
    Case("Durée : 70 h (PAE du 3 au 14 mars)", 70, True),
    Case("70h de stage au sein de l'association.", 70, True),
    Case("Mon stage : 392 hrs", 392, True),
    Case("Les 392 heures de stage se sont déroulées au CCAS.", 392, True),
    Case("Période en entreprise : 175 heures (soit 5 semaines)", 175, True),
    Case("Mes périodes en entreprise\nStructure\nDates\nDurée\nMission locale\n"
         "du 06/01 au 31/01\n140 h\nCCAS\ndu 03/02 au 28/02\n140 h", 280, True, "cells"),
    Case("Stage en entreprise : 385 heures réparties sur 11 semaines", 385, True),
    Case("Période Lieu Durée\nPAE 1 Mission locale 210 h\nPAE 2 PLIE 182 h\nTotal 392 h",
         392, True),
    Case("Période en entreprise : 300 heures", 300, True),
    Case("Période de mise en application professionnelle : 29 jours", 203, True, days=True),
    Case("Stage : 20 jours à la mission locale", 140, True, days=True),
    Case("Durée du stage : 12 semaines (35 h/semaine), soit 420 heures au total", 420, True),
    # Products and sums a reader infers: read, but not sure enough to fail on.
    Case("deux périodes en entreprise de 42 heures chacune", 84, False),
    Case("J'ai réalisé deux stages de 196 heures chacun.", 392, False),
    Case("Mon stage s'est déroulé sur 11 semaines à 35 h.", 385, False),
    Case("J'ai effectué 11 semaines à 35 h à la mission locale.", 385, False),
    Case("Période d'application en entreprise : 29 jours", 203, False),
    Case("Périodes en entreprise : 2 x 196 h", 392, True),
    # Months: a month's hours are never written; read at a full-time month (35 h × 52 / 12)
    # so the warning says what was read, never a failure.
    Case("Stage de 3 mois à temps plein", 455, False),
    Case("J'ai passé 35 heures par semaine dans la structure pendant 11 semaines de stage.",
         385, False),
    Case("Ma période d'application s'est déroulée en deux temps : 210 heures à la mission "
         "locale puis 182 heures au PLIE.", 392, False),
    Case("Période(s) en entreprise : 392 heures\nIntroduction\n"
         "Mon stage de 300 heures s'est déroulé à la mission locale.", 392, False, "docx"),
    # Not placement hours.
    Case("Je suis présente 3 jours par semaine sur le site.", None),
    Case("Élément 2 | J'ai conçu une fiche utilisée lors des visites en entreprise", None),
    Case("L'atelier dure 2 heures et réunit huit participants.", None),
    Case("L'entretien a duré 1 h 30 environ.", None),
    Case("La permanence a lieu le mardi de 9h30 à 12h.", None),
    Case("Le module « Techniques de recherche d'emploi » dure 35 heures.", None),
    Case("Une relance est faite à J+15 puis à J+30.", None),
    Case("Mme B., 45 ans, travaille 24 h par semaine comme agente d'entretien.", None),
    Case("Il occupe un CDD de 26 heures hebdomadaires.", None),
    Case("M. F. a effectué une PMSMP de 70 heures dans un EHPAD.", None),
    Case("Elle a réalisé une immersion de trois jours en boulangerie.", None),
    Case("Son contrat de 20 h a été renouvelé.", None),
    Case("Le taux de retour à l'emploi atteint 62 % à six mois.", None),
    Case("J'ai 15 ans d'expérience dans la grande distribution avant ma reconversion.", None),
    Case("L'action s'est déroulée sur six semaines, selon un planning validé avec ma tutrice.",
         None),
    Case("Le rendez-vous est fixé le 12 mars à 10 h.", None),
    Case("Les réunions d'équipe ont lieu chaque lundi de 9 h à 10 h 30.", None),
    Case("Le bilan de compétences de 24 heures a été financé par le CPF.", None),
    Case("Le délai de réponse est de 15 jours.", None),
    Case("Les personnes sont reçues sous 8 jours.", None),
    Case("Le dispositif prévoit 3 demi-journées par semaine.", None),
    Case("Les ateliers collectifs représentent 12 heures sur l'ensemble de mon stage.", None),
    Case("Le jeune a fait un stage de 2 semaines en mairie.", None),
    Case("Horaires : 9h-12h30 / 13h30-17h", None),
    Case("J'ai animé 6 ateliers de 2 h pendant ma période en entreprise.", None),
    Case("La structure accueille 1 200 personnes par an.", None),
    Case("Pendant mon stage, j'ai suivi une formation de 21 heures sur l'entretien "
         "motivationnel.", None),
    Case("Le CDI à 35 h a été signé le 3 juin.", None),
    Case("La médiatrice est présente deux jours par semaine dans l'espace numérique.", None),
    Case("Un mois plus tard, elle a signé un contrat de vingt-quatre semaines.", None),
    # Found while reading the first end-to-end runs.
    Case("Durée hebdomadaire : 35 heures", None),
    Case("Période en entreprise : 392 h 30", 392.5, True),
    Case("Nombre d'heures de stage : 392", 392, True),
    Case("392 heures de stage (PAE 1 : 196 h ; PAE 2 : 196 h)", 392, True),
    Case("J'ai effectué 392 heures de stage, dont 196 heures à la Mission locale et 196 "
         "heures au CCAS.", 392, True),
    Case("Stage en entreprise : 392 heures, soit 56 jours", 392, True),
    Case("L'accueil est ouvert 24h/24 pendant la période de stage.", None),
    Case("La formation CIP dure 7 mois (945 heures en centre et 385 heures en entreprise).",
         385, True),
    Case("Horaires du stage : 9h00 - 17h00", None),
    Case("Stage : 35 h/semaine", None),
    Case("J'ai effectué trois jours de stage d'observation en janvier.", 21, False),
    # The candidate telling what an accompanied person did.
    Case("J'ai proposé à Mme L. une PMSMP de 35 heures dans une boulangerie.", None),
    Case("J'ai orienté M. F. vers un stage de 35 heures en EHPAD.", 35, False),
    Case("Période(s) en entreprise : 392 heures\nIntroduction\n"
         "J'ai proposé à Mme L. une période d'immersion de 70 heures.", 392, True, "docx"),
    # Time spent on a task during the placement is not the placement.
    Case("J'ai consacré environ 30 heures à la préparation de l'action collective pendant "
         "ma période en entreprise.", None),
    Case("Le contrat d'engagement jeune prévoit 15 à 20 heures d'activités par semaine.", None),
    # Weeks without their hours: read at 5 days of 7 h, a reading to confirm (issue 8).
    Case("Pendant mes 12 semaines de stage, j'ai mené 25 entretiens.", 420, False),
    Case("J'ai réalisé 392 heures d'activité en entreprise, en cumulant mes deux stages.",
         392, True),
    # More voices.
    Case("Dates du stage : du 06/01/2025 au 14/03/2025 – 350 h", 350, True),
    Case("PAE : 385h", 385, True),
    Case("Durée totale de la formation : 1 190 heures", None),
    Case("Période de stage : 10 semaines", 350, False),
    Case("Stage réalisé : 3 semaines en janvier (105 h) et 8 semaines en mars-avril (280 h)",
         385, False),
    Case("J'ai commencé mon stage le 6 janvier à 9 h.", None),
    Case("Lors de ma première période (175 heures), j'ai découvert l'accueil ; lors de la "
         "seconde (210 heures), j'ai mené des entretiens.", 385, False),
    Case("Mon tuteur m'a consacré 2 heures par semaine pendant les 11 semaines de stage.",
         None),
    Case("Temps de stage effectif : 399 h (absences déduites : 21 h)", 399, True),
    Case("J'ai réalisé un stage de 4 semaines (140 h) puis un second de 7 semaines (245 h).",
         385, False),
    Case("Stage d’une durée de 392 heures effectué à la Mission locale.", 392, True),
    # The rule quoted next to the candidate's own figure.
    Case("Le référentiel exige une période en entreprise d'une durée minimum de 385 heures.",
         None),
    Case("Période(s) en entreprise : 392 heures\nIntroduction\nLe titre demande au moins "
         "385 heures de stage obligatoires ; j'en ai effectué davantage.", 392, True, "docx"),
    # Prose that does not say whose placement it is: read, never sure enough to fail on.
    Case("Le stage de découverte de 35 heures a confirmé son projet.", 35, False),
    Case("Stage de découverte de 35 heures pour Mme L. en boulangerie.", None),
    # Tables drawn as PDF lines: the unit in the header, bare numbers in the rows.
    Case("Tableau 2 : mes périodes en entreprise\nStructure Dates Heures\n"
         "CCAS de Vannes 03/02 – 07/03 175\nMission locale 10/03 – 28/03 105\nTotal 280\n"
         "Ce tableau montre la répartition de mes heures.", 280, True),
    Case("Mes stages\nLieu Période Durée (h)\nPLIE janvier 70\nCap emploi mars 77\n"
         "Le premier stage m'a permis de découvrir l'accueil.", 147, True),
    Case("Organisation de la formation\nModule Heures\nModule 1 Accueil 280\n"
         "Module 2 Projet 315\nTotal 595", None),
    Case("Planning hebdomadaire du stage\nJour Horaires Heures\nLundi 9h-17h 7\n"
         "Mardi 9h-17h 7\nTotal 14", None),
    # The placement as the subject, nobody else in the sentence: a plain statement (issue
    # 8: a dossier that states plainly hours under the minimum fails).
    Case("Le stage s'est déroulé sur 140 heures.", 140, True),
    Case("Le stage d'immersion de 70 heures en EHPAD s'est bien passé.", 70, False),
    # A PDF table whose first cell wraps: the reader gives « Atelier … Ty », « Coat » and
    # « 2 semaines 70 » as three lines; the row is joined, and a row that cannot be
    # joined leaves the total to confirm rather than a sure 140 h.
    Case("Mes deux périodes en entreprise, que je récapitule ci-dessous.\n"
         "Structure Durée Heures\nCHRS Le Relais (Brest) 4 semaines 140\n"
         "Atelier chantier d'insertion Ty\nCoat\n2 semaines 70", 210, True),
    Case("Mes deux périodes en entreprise, que je récapitule ci-dessous.\n"
         "Structure Durée Heures\nCHRS Le Relais (Brest) 4 semaines 140\n"
         "Puis, après une interruption pour raisons de santé, un chantier d'insertion.\n"
         "2 semaines 70", 140, False),
    # « d'une durée de 3 semaines de 35 heures » is arithmetic the text spells out, and a
    # past tense after the comma still tells it; « a lieu » is a present, and « ma
    # formation » does not make a programme's stage the candidate's.
    Case("Le stage en entreprise, d'une durée de 3 semaines de 35 heures, s'est déroulé à "
         "la Mission locale de Lens.", 105, True),
    Case("Le stage collectif, de 40 heures, a lieu chaque année.", 40, False),
    Case("Lors de ma formation, le stage collectif de recherche d'emploi dure 40 heures.", 40,
         False),
    # Whose placement, and when: a colleague's, an earlier one, a story about someone else
    # before an impersonal « le stage », one not begun yet.
    Case("Ma tutrice a effectué un stage de 70 heures à la DDETS l'an dernier.", None),
    Case("Ma tutrice m'a accueillie pour mon stage de 70 heures.", 70, True),
    Case("Mon stage de 56 heures en 2021 m'avait donné envie de devenir CIP.", None),
    Case("Mme K. a fait un stage. Le stage, réalisé chez Leclerc, a duré 35 heures.", 35,
         False, "docx"),
    Case("La formation comprend 70 heures de stage d'application, que je n'ai pas encore "
         "commencé.", 70, False, "docx"),
]

HELD_BACK = [
    Case("Périodes de formation en entreprise : 399 heures", 399, True),
    Case("J'ai effectué ma PAE au Centre communal d'action sociale pendant 10 semaines à "
         "raison de 35 heures par semaine.", 350, False),
    Case("La durée cumulée de mes stages est de 410 heures.", 410, True),
    Case("trois périodes de 140 heures chacune en entreprise", 420, False),
    Case("L'information collective commence à 9 h 30 et dure 2 heures.", None),
    Case("Mme K. effectue 28 h hebdomadaires en ménage.", None),
    Case("Stage : 175 h", 175, True),
    Case("Mon stage s'est déroulé de septembre à décembre (392 heures).", 392, True),
    Case("Le suivi se fait à J+30, J+60 et J+90.", None),
    Case("M. R., 52 ans, a 20 ans d'expérience dans le BTP.", None),
    Case("Stage 1 – 196 h\nStage 2 – 189 h", 385, True, "docx"),
    Case("Période en entreprise : 12 semaines à 35 heures", 420, True),
    Case("Chaque vendredi de 14 h à 17 h, je tenais l'accueil du public.", None),
    Case("En tout, j'ai passé 392 heures en entreprise.", 392, True),
    Case("Le contrat aidé de 20 heures hebdomadaires débute lundi.", None),
    Case("Durée de la période en entreprise\nTotal\n385 heures", 385, True, "cells"),
    # Written after the first tuning round, kept apart from the second.
    Case("Lieu de stage : Espace insertion de Roubaix – 210 heures", 210, True),
    Case("Volume horaire réalisé en entreprise : 399 h", 399, True),
    Case("Elle travaille de 8 h à 12 h trois matinées par semaine.", None),
    Case("Pendant mon stage, chaque atelier collectif durait 3 heures.", None),
    Case("Stage 1 (CCAS de Lens) : 140 h\nStage 2 (PLIE de Douai) : 105 h\n"
         "Total des stages : 245 h", 245, True, "docx"),
    Case("Entre le 2 septembre et le 20 décembre, j'ai passé 16 semaines à 24 h par "
         "semaine dans la structure d'accueil.", 384, False),
]


def _ok(case: Case, got: HoursReading | None) -> bool:
    if case.hours is None:
        return got is None
    return got is not None and got.value == case.hours and got.certain == case.certain


def _describe(got: HoursReading | None) -> str:
    return "None" if got is None else f"{got.value:g} certain={got.certain} ({got.how})"


@pytest.mark.parametrize("case", CASES, ids=[c.text[:50] for c in CASES])
def test_hours_read_like_a_reader(case: Case) -> None:
    got = reading_of(case)
    assert _ok(case, got), _describe(got)


def test_held_back_statements_score() -> None:
    """Not tuned on: only a floor, the score itself goes in the note (see score())."""
    right = sum(_ok(c, reading_of(c)) for c in HELD_BACK)
    assert right >= 0.75 * len(HELD_BACK), [
        (c.text, _describe(reading_of(c))) for c in HELD_BACK if not _ok(c, reading_of(c))]


def test_no_held_back_reading_would_fail_a_compliant_dossier_on_a_guess() -> None:
    """A wrong value may only ever be an uncertain one (a warning, never a failure)."""
    for c in CASES + HELD_BACK:
        got = reading_of(c)
        if got is not None and got.certain:
            assert got.value == c.hours, (c.text, _describe(got))


def score(cases: list[Case]) -> tuple[int, int]:
    return sum(_ok(c, reading_of(c)) for c in cases), len(cases)


if __name__ == "__main__":  # PYTHONPATH=src:tests python tests/test_hours_reading.py
    for name, cases in (("tuning", CASES), ("held back", HELD_BACK)):
        right, total = score(cases)
        print(f"{name}: {right}/{total}")


# Places, dates and durations that do not say whose periods they were: the immersions a
# CIP arranges for the people it accompanies as often as its own placement (a « Période »
# column holds dates, not the placement). Read to confirm: a warning, never a failure.
THEIR_TABLES = [
    ("cip-ccp2", "Les immersions de Mme K.\nStructure | Dates | Durée\n"
     "Boulangerie Martin | du 3 au 7 mars | 35 h\nEHPAD Les Tilleuls | du 14 au 18 avril | 35 h",
     70),
    ("cip-titre", "Récapitulatif des PMSMP proposées aux personnes que j'ai accompagnées\n"
     "Lieu | Période | Durée\nGarage Dupont | 10/03 au 14/03 | 35 h\n"
     "Super U | 17/03 au 28/03 | 70 h", 105),
]
# (« Dates | Structure | Durée » with nothing above it and every row read is the
# candidate's own record since the owner's policy of stop 25: tests/test_hours_table_sum.py.)


@pytest.mark.parametrize(("rules", "text", "hours"), THEIR_TABLES,
                         ids=[t[1][:30] for t in THEIR_TABLES])
def test_a_table_that_does_not_say_whose_periods_only_warns(rules: str, text: str,
                                                           hours: float) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
    from cases import blocks_of

    from cipcheck.api import Options, check_document
    from cipcheck.document import Document, PagesMethod
    from cipcheck.ruleset import load

    blocks = tuple(blocks_of(text, page=2, table=True))
    doc = Document(path="t.docx", kind="docx", page_count=2,
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=blocks)
    report = check_document(doc, load(rules), Options(privacy=False))
    finding = next(c for c in report.checks if c.id == "hours.minimum")
    assert report.hours == hours
    assert finding.status.value == "warn", finding.message
