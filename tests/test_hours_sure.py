"""A reading under the minimum fails only when the dossier writes it (issue 8, session 8).

tests/fixtures/hours_forms/sure8.yaml: sums the reader makes without a written total (a
calendar with a week missing, a next period named without hours), products of a rate and a
count far apart, a figure beside spans of placement time no figure accounts for — each
warns under the minimum and says how it was read; figures written as such, totals written,
a calendar numbered week after week and the placement's periods listed place by place or
numbered from the first (session 9) still fail, and sums over the minimum still pass.
"""

from __future__ import annotations

import pytest
from test_hours_forms import blocks_of, cases, run

from cipcheck.api import Options, check_document
from cipcheck.document import Document, PagesMethod
from cipcheck.ruleset import load

SURE = cases("sure8")
# Session 9: plain statements beside stories of the same placement (they fail), and other
# placement time really told beside them (« également », « de plus », « prolongé »: warn).
SURE9 = cases("sure9")


@pytest.mark.parametrize("case", SURE + SURE9, ids=[c["name"] for c in SURE + SURE9])
def test_only_a_written_figure_fails_under_the_minimum(case: dict) -> None:
    o = run(case)
    assert o["verdict_ok"], (o["name"], o["status"], o["message"])
    if not case["certain"]:
        assert o["status"] == "warn", o["message"]
        # the warning says what was read and where, so the candidate can confirm it
        assert o["got"] is None or ("page" in o["message"] and "«" in o["message"])


def test_doubtful_sums_say_how_they_were_made() -> None:
    o = run(next(c for c in SURE if c["name"] == "s-calendrier-semaine-manquante"))
    assert "35 h + 35 h + 28 h" in o["message"] and "sans total écrit" in o["message"]
    # A table whose every row gives its period's hours, and a stated list of the
    # placement's periods in prose, are the sums a jury member fails on; a row whose hours
    # are not there (« à venir ») leaves the sum to confirm.
    o = run(next(c for c in SURE if c["name"] == "s-tableau-sans-total"))
    assert o["status"] == "fail" and "70 h + 56 h" in o["message"], o["message"]
    unfinished = dict(next(c for c in SURE if c["name"] == "s-tableau-sans-total"))
    unfinished["text"] += "Stage 3 | Mission locale de Lens | à venir\n"
    o = run(unfinished)
    assert o["status"] == "warn" and "sans total écrit" in o["message"], o["message"]
    o = run(next(c for c in SURE if c["name"] == "s-liste-heures-sans-total"))
    assert o["status"] == "fail" and "70 h + 56 h" in o["message"], o["message"]
    o = run(next(c for c in SURE if c["name"] == "s-ensuite-semaines-sans-mot-stage"))
    assert "quatre semaines" in o["message"], o["message"]


def test_other_placement_time_is_quoted_when_it_stops_a_failure() -> None:
    o = run(next(c for c in SURE9 if c["name"] == "r9-trap-gardee-semaines-de-plus"))
    assert o["status"] == "warn" and "deux semaines de plus" in o["message"], o["message"]
    # The same placement told as hours and as weeks is one placement: it fails.
    o = run(next(c for c in SURE9 if c["name"] == "r9-stage-mon-semaines-meme-placement"))
    assert o["status"] == "fail" and "112 h" in o["message"], o["message"]


# A whole CCP 3 dossier: cover, sommaire, three parts telling the placement as a story (its
# weeks, a delay, a beneficiary's immersion), annexes. The cover states 112 hours.
_COVER = """DOSSIER PROFESSIONNEL
Certificat de compétences professionnelles n° 3
Candidate : Léa Marchand — session juin 2026
Structure d'accueil : Mission locale du Grand Dole
Période en entreprise : 112 heures (16 jours)"""
_BODY = (
    "# Sommaire\n1. Présentation de la structure ........ 3\n"
    "2. Prospection des entreprises ........ 4\n3. Accompagnement vers l'emploi ........ 5\n"
    "Annexes ........ 7\n\n"
    "# 1. Présentation de la structure\n"
    "La Mission locale du Grand Dole accompagne 1 400 jeunes de 16 à 25 ans. Pendant mon "
    "stage de trois semaines, j'ai été accueillie dans l'équipe « entreprises » de quatre "
    "conseillers.\n\n"
    "# 2. Prospection des entreprises\n"
    "Au bout de deux semaines, ma tutrice m'a confié un fichier de trente entreprises du "
    "bâtiment à relancer. J'ai obtenu six rendez-vous, dont deux ont abouti à une offre.\n\n"
    "# 3. Accompagnement vers l'emploi\n"
    "J'ai suivi Kevin, 22 ans. Après une immersion de deux semaines dans un EHPAD, il a "
    "confirmé son projet d'agent de service hospitalier ; un mois plus tard, il signait un "
    "contrat de six mois.\n{extra}\n"
    "# Annexes\nAnnexe 1 : attestation de stage. Annexe 2 : fiche de poste.")


def _dossier(extra: str = "") -> tuple[float | None, str, str]:
    """The hours read, the hours.minimum status and message of the dossier: its cover on
    page 1, the sommaire and the parts from page 2 on, the annexes last."""
    blocks = blocks_of(_COVER, page=1) + blocks_of(_BODY.replace("{extra}", extra), page=2)
    doc = Document(path="forms:dossier-ccp3", kind="docx", page_count=max(b.page for b in blocks),
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    report = check_document(doc, load("cip-ccp3"), Options(privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, finding.status.value, finding.message


def test_a_plain_statement_fails_beside_the_story_of_the_same_placement() -> None:
    hours, status, message = _dossier()
    assert hours == 112 and status == "fail", message


def test_a_second_placement_told_in_the_story_stops_the_failure() -> None:
    extra = ("\nJ'ai également effectué trois semaines au PLIE du Jura, où j'ai animé "
             "l'atelier CV.\n")
    hours, status, message = _dossier(extra)
    assert status == "warn" and "trois semaines" in message, message


@pytest.mark.parametrize("text", [
    "Mes périodes en entreprise : 105 heures au point justice de la maison d'arrêt de "
    "Nîmes, puis 105 heures au CCAS d'Alès.",
    "Stage 1 : 98 h au SPIP (quartier de la maison d'arrêt de Fresnes) ; stage 2 : 98 h à la "
    "Mission locale d'Orly.",
    "J'ai réalisé 105 heures à la Mission locale, près de l'arrêt de bus de la gare, puis "
    "105 heures au PLIE.",
])
def test_a_prison_or_a_bus_stop_is_a_place_not_a_sick_leave(text: str) -> None:
    # « arrêt » names time off the placement (« arrêt 3 semaines »), but « maison d'arrêt »
    # and « arrêt de bus » are places: the period told there still counts
    blocks = blocks_of(f"Introduction\n{text}", page=3)
    doc = Document(path="forms:periods", kind="docx", page_count=3,
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    report = check_document(doc, load("cip-ccp2"), Options(privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    assert report.hours in (196, 210) and finding.status.value != "fail", finding.message
