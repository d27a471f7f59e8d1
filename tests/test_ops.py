"""ops-memoire: a second certification written as data only."""

from __future__ import annotations

import pytest
from builders import block, doc

from cipcheck.api import Options, check_document
from cipcheck.detect import detect
from cipcheck.document import Block, Document
from cipcheck.findings import Status
from cipcheck.ruleset import load, load_all

OPS = load("ops-memoire")

MEMOIRE = [
    "Présentation de la structure",
    "J'ai effectué ma période d'application dans l'association Cap Avenir, implantée à "
    "Bron, qui accompagne des demandeurs d'emploi de longue durée.",
    "Cartographie du réseau des partenaires",
    "La cartographie ci-dessous situe les partenaires de la structure d'accueil.",
    "Monographie",
    "Le parcours de Mme A. alterne emplois courts et chômage ; l'analyse de ce parcours "
    "fait apparaître des freins de mobilité.",
    "L'action",
    "L'action vise le retour à l'emploi ; elle dure douze semaines et s'organise en ateliers.",
    "J'ai créé une grille d'entretien.",
    "Face aux difficultés de lecture, j'ai ajusté les supports.",
    "Les forces de l'action sont sa souplesse, ses faiblesses le manque de temps.",
]


def memoire(paragraphs: list[str], placement: str = "Période de mise en application "
            "professionnelle : 29 jours") -> Document:
    blocks: list[Block] = [
        block("Mémoire de mise en application professionnelle", 1, 0.2, bold=True, size=18),
        block("Chargé d'accompagnement collectif et individuel en insertion "
              "socio-professionnelle – OPS Conseil", 1, 0.3),
        block(placement, 1, 0.5)]
    blocks += [block(t, 2 + i // 5, 0.1 + 0.15 * (i % 5)) for i, t in enumerate(paragraphs)]
    return doc(blocks, 2 + len(paragraphs) // 5 + 1)


def status(report, fid: str) -> Status:  # type: ignore[no-untyped-def]
    return next(f.status for f in report.checks if f.id == fid)


def test_rule_set_is_data_with_seven_contents_and_days() -> None:
    assert [i.id for i in OPS.content] == ["structure", "cartographie", "monographie", "action",
                                           "outil", "ajustements", "analyse_action"]
    cart = OPS.content[1]
    assert cart.label == "Cartographie du réseau des partenaires de la structure d'accueil"
    assert OPS.pages.body is None and OPS.format.font is None
    assert OPS.hours is not None and OPS.hours.unit == "days"
    assert OPS.hours.routes["formation"].min == 29 and OPS.hours.routes["vae"] is None
    assert OPS.referential == "ops-conseil"
    blocs = {c[:1] for c in OPS.competences}
    assert blocs == {"C"} and len(OPS.competences) >= 4


def test_complete_memoire_passes_every_content() -> None:
    report = check_document(memoire(MEMOIRE), OPS, Options())
    content = {f.id: f.status for f in report.checks if f.id.startswith("content.")}
    assert len(content) == 7 and set(content.values()) == {Status.PASS}, content
    assert report.verdict is Status.PASS


def test_without_cartographie_fails_quoting_the_seed() -> None:
    # « devant comporter » : a mémoire with no trace of the map fails, it does not pass.
    paragraphs = [p for p in MEMOIRE if "artographie" not in p]
    report = check_document(memoire(paragraphs), OPS, Options())
    f = next(f for f in report.checks if f.id == "content.cartographie")
    assert f.status is Status.FAIL and "obligatoire" in f.message
    assert "« Une cartographie du réseau des partenaires de la structure d'accueil »" in f.message
    assert report.verdict is Status.FAIL
    # The competence it evidences is said once, by the failure: its coverage finding
    # points at it instead of warning a second time (blind14: one gap, four findings).
    c15 = next(f for f in report.checks if f.id == "competence.coverage"
               and f.competence == "C15")
    assert c15.status is Status.PASS
    assert "non couverte" in c15.message and "content.cartographie" in c15.message
    assert [f.id for f in report.checks if f.status is not Status.PASS
            and f.id != "hours.minimum"] == ["content.cartographie"]


@pytest.mark.parametrize("told", [
    "Le schéma en annexe 2 représente les partenaires avec lesquels la structure travaille.",
    "Tableau 1 : les partenaires de la structure d'accueil, leur rôle et la fréquence des "
    "échanges.",
    "La structure s'appuie sur un réseau partenarial dense : France Travail, le CCAS, "
    "la Mission locale et deux organismes de formation.",
])
def test_a_map_told_in_other_words_is_found(told: str) -> None:
    paragraphs = [p for p in MEMOIRE if "artographie" not in p] + [told]
    report = check_document(memoire(paragraphs), OPS, Options())
    assert status(report, "content.cartographie") is Status.PASS


def test_partly_there_warns_in_the_checklist_not_fails() -> None:
    # The structure and where it is, no word of its public: partly there, a warning.
    paragraphs = [p.replace(", qui accompagne des demandeurs d'emploi de longue durée", "")
                  for p in MEMOIRE]
    report = check_document(memoire(paragraphs), OPS, Options())
    assert not any(f.id == "content.structure" for f in report.checks)
    checklist = next(f for f in report.checks if f.id == "content.checklist")
    assert checklist.status is Status.WARN and checklist.actual == "structure"
    assert "[obligatoire]" in checklist.message and "en partie" in checklist.message
    assert report.verdict is Status.PASS


def test_unrelated_document_fails_every_mandatory_content() -> None:
    text = ["The Federal Register notice concerns software (OPS) procurement rules.",
            "Comments must be received by March 3.", "Agency contact: Office of Programs."]
    report = check_document(memoire(text), OPS, Options())
    failed = {f.id for f in report.checks if f.status is Status.FAIL}
    assert {f"content.{i.id}" for i in OPS.content} <= failed
    assert report.verdict is Status.FAIL


def test_rules_show_marks_mandatory_contents() -> None:
    from io import StringIO

    from rich.console import Console

    from cipcheck.render.rules_view import render

    assert all(i.mandatory for i in OPS.content)
    out = StringIO()
    render(OPS, Console(file=out, width=200, color_system=None))
    assert "Contenus obligatoires" in out.getvalue()
    assert "Cartographie du réseau des partenaires" in out.getvalue()
    out = StringIO()
    render(OPS, Console(file=out, width=200, color_system=None), competences=True)
    assert out.getvalue().count("échec si aucune trace") == 8  # the summary and 7 rows


def test_placement_in_days_is_compared_in_days() -> None:
    ok = check_document(memoire(MEMOIRE), OPS, Options())
    f = next(f for f in ok.checks if f.id == "hours.minimum")
    assert f.status is Status.PASS and "29 jours" in f.message and "203 h" in f.message
    short = check_document(memoire(MEMOIRE, "Période d'application : 20 jours"), OPS, Options())
    assert status(short, "hours.minimum") is Status.FAIL
    in_hours = check_document(memoire(MEMOIRE, "Stage : 210 heures"), OPS, Options())
    assert status(in_hours, "hours.minimum") is Status.PASS
    too_few_hours = check_document(memoire(MEMOIRE, "Stage : 150 heures"), OPS, Options())
    assert status(too_few_hours, "hours.minimum") is Status.FAIL


def test_memoire_is_recognised() -> None:
    assert detect(memoire(MEMOIRE), load_all()).id == "ops-memoire"
