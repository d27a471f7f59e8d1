"""Recognising the rule set from the document itself: only on real evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import block, doc, filler

from cipcheck.api import Options, check_file
from cipcheck.cli import app
from cipcheck.detect import detect
from cipcheck.readers import InputProblem, read_document
from cipcheck.ruleset import load_all

FIXTURES = Path(__file__).parent / "fixtures"
REAL = Path("/work/shared/real-files")
RULES = load_all()


def _expected() -> dict[str, str]:
    out = {}
    for folder in ("dossiers", "redteam"):
        for e in json.loads((FIXTURES / folder / "expected.json").read_text("utf-8")):
            out[e["name"]] = e["rules"]
    return out


EXPECTED = _expected()
DOSSIERS = sorted(p for folder in ("dossiers", "redteam")
                  for p in (FIXTURES / folder).iterdir()
                  if p.suffix in (".pdf", ".docx") and p.stem in EXPECTED)


@pytest.mark.parametrize("path", DOSSIERS, ids=[p.name for p in DOSSIERS])
def test_every_fixture_dossier_is_recognised_as_its_rule_set(path: Path) -> None:
    document = read_document(path, pages="estimate")
    found = detect(document, RULES)
    assert found is not None and found.id == EXPECTED[path.stem]


REAL_FILES = sorted(p for p in REAL.glob("*") if p.suffix in (".pdf", ".docx")) \
    if REAL.is_dir() else []


@pytest.mark.skipif(not REAL_FILES, reason="no /work/shared/real-files on this machine")
@pytest.mark.parametrize("path", REAL_FILES, ids=[p.name for p in REAL_FILES])
def test_no_real_world_document_is_taken_for_a_dossier(path: Path) -> None:
    try:
        document = read_document(path, pages="estimate")
    except InputProblem:
        return  # refused for what it is: nothing to recognise
    assert detect(document, RULES) is None


FEDERAL = REAL / "pdfplumber__tests__pdfs__federal-register-2020-17221.pdf"


@pytest.mark.skipif(not FEDERAL.exists(), reason="no /work/shared/real-files on this machine")
def test_an_english_notice_that_says_ops_exits_2_instead_of_passing() -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["check", str(FEDERAL), "--format", "json"])
    assert result.exit_code == 2
    assert "reconnaître" in result.output or "recognise" in result.output.lower()


def _document(cover: list[str], body: list[str], headings: list[str] = ()) -> object:
    blocks = [block(t, 1, 0.2 + 0.1 * i) for i, t in enumerate(cover)]
    page = 2
    for i, h in enumerate(headings):
        blocks.append(block(h, page + i, 0.1, bold=True, size=14, first=True))
        blocks += filler(page + i)
    blocks += [block(t, page + len(headings), 0.2 + 0.1 * i) for i, t in enumerate(body)]
    return doc(blocks, page + len(headings) + 1)


def test_one_acronym_in_passing_is_not_evidence() -> None:
    # French prose that meets the OPS acronym once, no cover of a mémoire.
    d = _document(["Rapport d'activité 2024", "Service informatique"],
                  ["Le logiciel de planification (OPS) a été remplacé en mars.",
                   "Les équipes ont été formées en deux sessions."])
    assert detect(d, RULES) is None


def test_a_word_of_the_rule_set_only_in_the_body_is_not_evidence() -> None:
    d = _document(["Compte rendu de réunion", "Association Cap Avenir"],
                  ["Nous avons évoqué le titre professionnel Conseiller en insertion "
                   "professionnelle que prépare une collègue."])
    assert detect(d, RULES) is None


def test_cover_wording_with_fitting_part_headings_is_evidence() -> None:
    d = _document(["Dossier – CCP 2"], ["Conclusion du dossier."],
                  ["Partie 1 – Le contexte", "Partie 2 – Les accompagnements",
                   "Partie 3 – Le bilan"])
    found = detect(d, RULES)
    assert found is not None and found.id == "cip-ccp2"


def test_a_single_cover_word_without_parts_is_not_enough() -> None:
    d = _document(["Mémoire de fin d'études en histoire de l'art"],
                  ["Ce mémoire étudie les retables du XVe siècle."])
    assert detect(d, RULES) is None


def test_a_title_cover_with_two_wordings_is_recognised() -> None:
    d = _document(["Dossier professionnel",
                   "Titre professionnel Conseiller en insertion professionnelle"],
                  ["Texte."])
    found = detect(d, RULES)
    assert found is not None and found.id == "cip-titre"


def test_check_file_without_rules_refuses_an_unrecognised_document(tmp_path: Path) -> None:
    if not FEDERAL.exists():
        pytest.skip("no /work/shared/real-files on this machine")
    report = check_file(FEDERAL, None, Options())
    # A report a platform can parse, not a pass: exit 2 with input.unrecognised.
    assert report.exit_code == 2 and report.checks[0].id == "input.unrecognised"


@pytest.mark.parametrize(("cover", "expected"), [
    # The certificate spelled out, with its title, as on the RE's own pages.
    (["Certificat de compétences professionnelles n°1",
      "Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic "
      "partagé"], "cip-ccp1"),
    (["Certificat de compétences professionnelles n° 3",
      "Mettre en œuvre une offre de services auprès des employeurs pour favoriser "
      "l'insertion professionnelle"], "cip-ccp3"),
    # The OPS mémoire under the names candidates give it.
    (["MÉMOIRE PROFESSIONNEL", "Conseiller(ère) en insertion"], "ops-memoire"),
    (["Mémoire", "Titre à finalité professionnelle – OPS Conseil"], "ops-memoire"),
])
def test_covers_in_the_certificates_own_words_are_recognised(cover: list[str],
                                                              expected: str) -> None:
    found = detect(_document(cover, ["Texte."]), RULES)
    assert found is not None and found.id == expected


def test_a_cip_title_cover_is_not_taken_for_an_ops_memoire() -> None:
    d = _document(["Mémoire de fin de formation",
                   "Titre professionnel Conseiller en insertion professionnelle"], ["Texte."])
    found = detect(d, RULES)
    assert found is not None and found.id == "cip-titre"


@pytest.mark.parametrize(("cover", "expected"), [
    # The job name in the feminine or inclusive forms candidates write.
    (["DOSSIER PROFESSIONNEL", "Conseillère en Insertion Professionnelle",
      "Session de juin"], "cip-titre"),
    (["Titre professionnel", "Conseiller·ère en insertion professionnelle",
      "Dossier de production"], "cip-titre"),
    (["Dossier professionnel – Conseiller(ère) en insertion professionnelle"], "cip-titre"),
    # « CCP n » beside the CIP title's name, in any of its forms.
    (["CCP 2", "Conseillère en insertion professionnelle", "GRETA du Velay"], "cip-ccp2"),
    (["Certificat de compétences professionnelles n°1", "Titre professionnel CIP"],
     "cip-ccp1"),
    (["Bloc de compétences n°3", "Conseiller.e en insertion professionnelle"], "cip-ccp3"),
    # The OPS mémoire: the certification's own words beside « Mémoire ».
    (["Mémoire", "Chargé·e d'accompagnement collectif et individuel"], "ops-memoire"),
    (["MÉMOIRE", "Période de mise en application professionnelle – 29 jours"],
     "ops-memoire"),
    (["Mémoire professionnel", "Accompagnement en insertion socio-professionnelle"],
     "ops-memoire"),
])
def test_covers_in_the_candidates_own_words_are_recognised(cover: list[str],
                                                            expected: str) -> None:
    # A dossier opens on its sommaire (page 2), as candidates' dossiers do.
    found = detect(_document(cover, ["Sommaire", "Introduction", "Conclusion"]), RULES)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("cover", [
    # An avenant to the placement agreement, a bilan de stage: the block and the title
    # named, the hours even, but the document neither says it is a dossier nor is built
    # like one.
    ["Avenant n°1 à la convention de stage", "Formation Conseiller en insertion "
     "professionnelle", "Prolongation de la période en entreprise : 175 heures (CCP 2)"],
    ["Bilan de stage", "Formation TP CIP — période en entreprise n°2 (CCP 2)",
     "Ce que j'ai appris, ce qui m'a manqué"],
])
def test_a_document_about_a_block_that_is_no_dossier_is_not_recognised(
        cover: list[str]) -> None:
    d = _document(cover, ["Article 1 — Objet", "Les dates de la période sont modifiées."])
    assert detect(d, RULES) is None


@pytest.mark.parametrize(("cover", "page2", "expected"), [
    # The title's name in big letters, the block named once on page 2: the block's.
    (["TITRE PROFESSIONNEL", "CONSEILLER EN INSERTION PROFESSIONNELLE", "Niveau 5"],
     ["Le présent dossier est présenté pour le CCP n°2.", "Sommaire",
      "Partie 1 – Contractualisation et suivi", "Partie 2 – Projet professionnel",
      "Partie 3 – Atelier"], "cip-ccp2"),
    (["Titre professionnel Conseiller en insertion professionnelle", "Dossier de production"],
     ["Sommaire (production CCP 1)", "1. La structure", "2. Le territoire",
      "3. Les acteurs"], "cip-ccp1"),
    # The same mention in a title's dossier, whose sommaire goes to its seventh part.
    (["Titre professionnel Conseiller en insertion professionnelle", "Dossier de production"],
     ["Sommaire", "1. La structure (le CCP 1 en reprend le thème)", "2. Le suivi",
      "3. Le projet", "4. L'atelier", "5. La prospection", "6. Le recrutement",
      "7. L'intégration"], "cip-titre"),
])
def test_a_block_named_on_page_2_under_the_titles_cover(cover: list[str], page2: list[str],
                                                        expected: str) -> None:
    found = detect(_document(cover, page2), RULES)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(("cover", "page2"), [
    (["Claire Fontaine", "Conseillère en insertion professionnelle", "Formation",
      "Titre professionnel CIP (CCP 1, CCP 2, CCP 3 validés)"],
     ["Compétences", "Accueil, diagnostic partagé, animation d'ateliers"]),
    (["Compte rendu — réunion d'équipe pédagogique", "Promotion CIP 2025-2026",
      "Présents : formateurs référents CCP 1, CCP 2, CCP 3"],
     ["1. Calendrier : dépôt des dossiers", "2. Dossiers CCP 3 : rappel des consignes",
      "3. Points divers"]),
])
def test_a_list_of_blocks_is_none_of_them(cover: list[str], page2: list[str]) -> None:
    assert detect(_document(cover, page2), RULES) is None


def test_a_ccp_number_with_part_headings_in_the_parts_own_words_is_recognised() -> None:
    # Nothing but « CCP 1 » on the cover, and unnumbered parts: their words say which.
    d = _document(["CCP 1", "Session 2026"], ["Conclusion."],
                  ["ACCUEILLIR POUR ANALYSER LA DEMANDE",
                   "ANALYSER LA DEMANDE ET POSER LES BASES D'UN DIAGNOSTIC PARTAGÉ",
                   "INFORMER LES PERSONNES ET LES ORIENTER"])
    found = detect(d, RULES)
    assert found is not None and found.id == "cip-ccp1"


def test_a_memoire_cover_with_two_ops_headings_is_recognised() -> None:
    d = _document(["Mémoire", "Année 2025-2026"], ["Texte."],
                  ["Présentation de la structure d'accueil",
                   "Cartographie du réseau des partenaires",
                   "Monographie d'un parcours"])
    found = detect(d, RULES)
    assert found is not None and found.id == "ops-memoire"


@pytest.mark.parametrize("cover", [
    # Another title's CCP: « CCP 2 » and « Titre professionnel » are not the CIP's words.
    ["Titre professionnel Formateur professionnel d'adultes", "CCP 2",
     "Construire des parcours individualisés"],
    # A mémoire in another field, with one heading the OPS mémoire also has.
    ["Mémoire de master 2", "Sociologie des organisations"],
])
def test_a_number_or_a_word_shared_with_other_certifications_is_not_enough(
        cover: list[str]) -> None:
    d = _document(cover, ["Texte."], ["Présentation de la structure", "Méthodologie",
                                      "Résultats de l'enquête"])
    assert detect(d, RULES) is None


@pytest.mark.parametrize("cover", [
    # The title's name is on every document about it: these do not call themselves a
    # dossier and are not built like one.
    ["CONVENTION DE STAGE", "Entre le GRETA Sud Aquitaine et la Mission locale",
     "Formation suivie : Titre professionnel Conseiller en insertion professionnelle"],
    ["Offre d'emploi", "Conseiller en insertion professionnelle (H/F)",
     "Profil : titre professionnel CIP ou équivalent"],
    # A CV that lists the blocks it validated.
    ["Aurélie Martin", "Conseillère en insertion professionnelle",
     "2021 : Titre professionnel Conseiller en insertion professionnelle – CCP 1, 2 et 3"],
])
def test_documents_about_the_title_are_not_taken_for_a_dossier(cover: list[str]) -> None:
    assert detect(_document(cover, ["Texte."]), RULES) is None


def test_a_report_says_which_rule_set_was_recognised_and_how_to_change_it() -> None:
    path = next(p for p in DOSSIERS if EXPECTED[p.stem] == "cip-ccp2" and p.suffix == ".pdf")
    recognised = check_file(path, None, Options())
    assert recognised.rules == "cip-ccp2"
    assert any("cip-ccp2" in n and "--rules" in n for n in recognised.notes)
    given = check_file(path, "cip-ccp2", Options())
    assert not any("--rules" in n for n in given.notes)


def test_a_ccp_dossier_under_a_cover_that_names_only_the_title_is_known_by_its_parts() -> None:
    # The CCP 2 example, its cover rewritten as a title dossier's: the cover says
    # « titre », its pages hold three parts of the CCP and none of the title's 4 to 7 —
    # not the title's dossier (it would fail every part it does not have): the CCP 2's,
    # whose three parts it holds in their own words.
    from dataclasses import replace

    document = read_document(FIXTURES / "dossiers" / "ccp2-ok.pdf", pages="estimate")
    first = next(b for b in document.blocks if b.page == 1)
    cover = [replace(first, text=t) for t in (
        "Dossier professionnel",
        "Titre professionnel Conseiller en insertion professionnelle",
        "Session 2026")]
    blocks = tuple(cover) + tuple(b for b in document.blocks if b.page > 1)
    found = detect(replace(document, blocks=blocks), RULES)
    assert found is not None and found.id == "cip-ccp2"


TITLE_COVER = ["Titre professionnel Conseiller en insertion professionnelle",
               "Dossier de production", "Candidate : Justine Leblanc", "Session 2026"]
CCP3_PARTS = ["Partie 1 – Action de prospection auprès des employeurs du territoire",
              "Partie 2 – Appui technique aux employeurs en matière de recrutement",
              "Partie 3 – Intégration et maintien d'un salarié dans son environnement "
              "professionnel"]


def _long_document(cover: list[str], headings: list[str], pages_each: int) -> object:
    """A cover, then each heading followed by ``pages_each`` pages of text."""
    blocks = [block(t, 1, 0.2 + 0.1 * i) for i, t in enumerate(cover)]
    page = 2
    for h in headings:
        blocks.append(block(h, page, 0.1, bold=True, size=14, first=True))
        for p in range(page, page + pages_each):
            blocks += filler(p)
        page += pages_each
    return doc(blocks, page - 1)


def test_a_block_under_the_titles_cover_is_known_by_its_parts_words() -> None:
    # « Titre professionnel … » in big letters, no CCP named: the three parts are the
    # CCP 3's, in its own words, and the document is as long as a CCP 3 dossier.
    found = detect(_long_document(TITLE_COVER, CCP3_PARTS, 4), RULES)
    assert found is not None and found.id == "cip-ccp3"
    ccp2 = ["Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
            "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
            "Conception, préparation et animation d'un atelier thématique"]
    found = detect(_long_document(TITLE_COVER, ccp2, 6), RULES)
    assert found is not None and found.id == "cip-ccp2"


def test_the_title_keeps_its_seven_parts_and_a_long_document_is_no_block() -> None:
    titre = ["Partie 1 – Présentation de la structure, du territoire et des acteurs",
             "Partie 2 – Accompagnement à la contractualisation et au suivi",
             "Partie 3 – Accompagnement à l'élaboration du projet professionnel",
             "Partie 4 – Conception et animation d'un atelier thématique",
             *[h.replace("Partie 1", "Partie 5").replace("Partie 2", "Partie 6")
               .replace("Partie 3", "Partie 7") for h in CCP3_PARTS]]
    found = detect(_long_document(TITLE_COVER, titre, 5), RULES)
    assert found is not None and found.id == "cip-titre"
    # Three parts over 36 pages: longer than any CCP 3 dossier can be, and not the title's
    # seven parts either — refused rather than checked against rules it may not be for.
    assert detect(_long_document(TITLE_COVER, CCP3_PARTS, 12), RULES) is None


def _with_sommaire(cover: list[str], sommaire: list[str], headings: list[str] = (),
                   pages_each: int = 3) -> object:
    """A cover, a sommaire on page 2, then each heading followed by ``pages_each`` pages."""
    blocks = [block(t, 1, 0.2 + 0.1 * i) for i, t in enumerate(cover)]
    blocks += [block(t, 2, 0.1 + 0.05 * i) for i, t in enumerate(["Sommaire", *sommaire])]
    page = 3
    for h in headings:
        blocks.append(block(h, page, 0.1, bold=True, size=14, first=True))
        for p in range(page, page + pages_each):
            blocks += filler(p)
        page += pages_each
    return doc(blocks, max(page - 1, 2))


SILENT_COVER = ["Dossier de production", "Gaëlle Marty", "Juin 2026"]
TITLE_SOMMAIRE = ["Partie 1 – Présentation de la structure, du territoire et des acteurs",
                  "Partie 2 – Accompagnement à la contractualisation et au suivi",
                  "Partie 3 – Accompagnement à l'élaboration du projet professionnel",
                  "Partie 4 – Conception et animation d'un atelier thématique",
                  "Partie 5 – Action de prospection auprès des employeurs",
                  "Partie 6 – Appui technique aux employeurs en matière de recrutement",
                  "Partie 7 – Intégration et maintien d'un salarié"]


def test_a_silent_cover_above_a_sommaire_of_one_rule_sets_parts_is_that_dossier() -> None:
    # Nothing on the cover but « Dossier de production »: the sommaire lists the CCP 3's
    # three parts in their own words, and the body holds them.
    found = detect(_with_sommaire(SILENT_COVER, CCP3_PARTS, CCP3_PARTS, 4), RULES)
    assert found is not None and found.id == "cip-ccp3"
    # The title's sommaire lists the blocks' parts too: the seven parts make it the title.
    found = detect(_with_sommaire(SILENT_COVER, TITLE_SOMMAIRE, TITLE_SOMMAIRE, 5), RULES)
    assert found is not None and found.id == "cip-titre"


def test_a_sommaire_cut_short_or_told_in_one_sentence_names_no_rule_set() -> None:
    # The title's first four parts hold the CCP 2's three, under « Présentation de la
    # structure », which is no part of the CCP 2: another rule set's sommaire, cut short.
    assert detect(_with_sommaire(SILENT_COVER, TITLE_SOMMAIRE[:4]), RULES) is None
    # A trainer's note telling the three parts in one sentence lists none of them.
    note = ["Le dossier comporte trois parties : prospection des employeurs, appui au "
            "recrutement, intégration et maintien dans l'emploi.", "Bon courage à tous."]
    assert detect(_with_sommaire(["Note aux stagiaires", "Dossier à rendre"], note),
                  RULES) is None
    # A document that does not call itself a dossier nor has a sommaire: no evidence.
    assert detect(_document(["Julien Schmitt", "Mars 2026"], CCP3_PARTS), RULES) is None


def test_a_short_document_under_the_titles_cover_with_a_blocks_sommaire_is_the_block() -> None:
    # The cover names the title's training; the sommaire lists the CCP 2's three parts
    # only: a trainer reads a CCP 2 dossier, not a title's with four parts missing.
    ccp2 = ["Partie 1 — Accompagnement à la contractualisation et au suivi d'un parcours",
            "Partie 2 — Accompagnement à l'élaboration et à la réalisation d'un projet "
            "professionnel", "Partie 3 — Conception, préparation et animation d'un atelier"]
    cover = ["Formation Titre professionnel Conseiller en insertion professionnelle",
             "Dossier de production", "Manon Lefort"]
    found = detect(_with_sommaire(cover, ccp2), RULES)
    assert found is not None and found.id == "cip-ccp2"


@pytest.mark.parametrize(("cover", "expected"), [
    (["Accueillir pour analyser la demande des personnes et poser les bases d'un "
      "diagnostic partagé", "Production écrite", "Romain Pichon"], "cip-ccp1"),
    (["Accompagner les personnes dans leur parcours d'insertion sociale et "
      "professionnelle", "Dossier", "Rachid Amrani"], "cip-ccp2"),
    (["Mettre en oeuvre une offre de services aupres des employeurs pour favoriser "
      "l'insertion professionnelle", "Dossier", "Nathan Perrin"], "cip-ccp3"),
])
def test_a_blocks_whole_name_on_the_cover_is_that_block(cover: list[str],
                                                        expected: str) -> None:
    found = detect(_document(cover, ["Introduction", "J'ai réalisé mon stage au PLIE."]),
                   RULES)
    assert found is not None and found.id == expected
