"""Required contents read where a mémoire puts them, and adjustments said not made
(content13).

An OPS mémoire laid out by its contents (« 1. La structure », « 3. Monographie »,
« 6. Les ajustements »…) shows each content in its own section, the action's, or a
section that names none: a word of a content met only under another content's title
(« sa principale difficulté restait l'écrit » in the monographie) is not it. The
adjustments are made on the way: « pas d'ajustements faute de temps » is none made,
« aucun n'a été nécessaire » answers the source's « éventuellement nécessaires ».
Passages written for these tests, in my own words; two whole dossiers (an OPS mémoire
and a full-title dossier) go through ``check_file``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from cipcheck.api import Options, check_file
from cipcheck.content.evaluate import ItemResult, Scope, evaluate
from cipcheck.findings import Status
from cipcheck.ruleset import load

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
from cases import blocks_of  # noqa: E402

# A mémoire of a régie de quartier in Calais, one section per content.
STRUCTURE = ("1. Présentation de la structure",
             "La Régie de quartier du Beau-Marais est une association d'insertion implantée "
             "à Calais, au cœur du quartier. Elle emploie en contrat d'insertion une "
             "quarantaine d'habitants, surtout des femmes seules et des hommes de plus de "
             "cinquante ans.")
CARTOGRAPHIE = ("2. La cartographie des partenaires",
                "J'ai représenté sur un schéma les partenaires de la Régie : le bailleur "
                "social et la Ville commandent les chantiers, France Travail et le PLIE "
                "orientent les salariés, le CCAS et la CAF interviennent sur les freins "
                "sociaux.")
MONOGRAPHIE = ("3. Monographie : le parcours de M. D.",
               "M. D., 54 ans, ancien docker, est arrivé à la Régie après deux ans sans "
               "emploi. Au fil des mois, il a repris confiance et passé son CACES. Sa "
               "principale difficulté restait l'écrit. L'analyse de son parcours montre "
               "qu'un cadre de travail collectif l'a aidé davantage que les entretiens "
               "seuls.")
ACTION = ("4. L'action",
          "L'action « Premiers pas vers l'emploi » vise à préparer six salariés à leur "
          "sortie : elle dure cinq semaines, avec une demi-journée collective chaque lundi "
          "et un rendez-vous individuel le jeudi.")
OUTIL = ("5. L'outil",
         "J'ai créé un livret de sortie où chaque salarié note ses compétences, ses "
         "démarches et les contacts qu'il a noués.")
AJUSTEMENTS = ("6. Les ajustements",
               "Le lundi tombait mal pour deux salariés en chantier : nous avons déplacé la "
               "séance collective au mardi à partir de la troisième semaine.")
ANALYSE = ("7. Analyse",
           "Points forts : l'assiduité et l'entraide du groupe. Points faibles : cinq "
           "semaines, c'est court pour préparer un entretien. Je proposerais d'ajouter une "
           "visite d'entreprise.")
SECTIONS = {"structure": STRUCTURE, "cartographie": CARTOGRAPHIE, "monographie": MONOGRAPHIE,
            "action": ACTION, "outil": OUTIL, "ajustements": AJUSTEMENTS,
            "analyse_action": ANALYSE}


def _memoire(titled: bool = True, **replaced: tuple[str, str] | None) -> str:
    out = []
    for key, section in SECTIONS.items():
        chosen = replaced.get(key, section)
        if chosen is None:
            continue
        title, text = chosen
        out.append((f"# {title}\n\n" if titled else "") + text)
    return "\n\n".join(out)


def _result(text: str, item: str) -> ItemResult:
    ops = load("ops-memoire")
    blocks = blocks_of(text)
    return next(r for r in evaluate(ops.content, Scope(blocks, blocks), ops.lexicon)
                if r.item.id == item)


def _state(r: ItemResult) -> str:
    return "found" if r.found else "absent" if r.absent else "partial"


def test_the_whole_memoire_shows_its_seven_contents() -> None:
    text = _memoire()
    assert {k: _state(_result(text, k)) for k in SECTIONS} == dict.fromkeys(SECTIONS, "found")


def test_a_difficulty_in_the_monographie_is_no_adjustment() -> None:
    # No section of adjustments: « difficulté » of the person in the monographie and
    # « ajouter » proposed in the analysis are not adjustments made to the action.
    r = _result(_memoire(ajustements=None), "ajustements")
    assert _state(r) == "absent"
    assert any("Monographie" in title for _, _, title in r.elsewhere)


def test_a_change_in_a_hypothesis_of_the_analysis_is_no_adjustment() -> None:
    analyse = ("7. Analyse", ANALYSE[1] + " Si la Ville change de prestataire, tout le "
               "calendrier des chantiers sera à revoir.")
    assert _state(_result(_memoire(ajustements=None, analyse_action=analyse),
                          "ajustements")) == "absent"


def test_the_candidates_own_change_told_in_another_section_warns() -> None:
    # « j'ai décalé » is something the candidate did: maybe an adjustment told in the
    # monographie — partly there (a warning), never a failure.
    mono = (MONOGRAPHIE[0], MONOGRAPHIE[1] + " Pour lui, j'ai décalé nos rendez-vous en "
            "fin de journée.")
    assert _state(_result(_memoire(ajustements=None, monographie=mono),
                          "ajustements")) == "partial"


def test_adjustments_told_in_the_analysis_of_the_action_are_found() -> None:
    # The action is what is adjusted and analysed: its sections hold both.
    analyse = ("7. Analyse de l'action", "Au bout de deux séances, nous avons raccourci les "
               "apports théoriques de moitié. Points forts : l'entraide. Points faibles : "
               "la durée.")
    assert _state(_result(_memoire(ajustements=None, analyse_action=analyse),
                          "ajustements")) == "found"


def test_a_memoire_without_titles_reads_its_words_anywhere() -> None:
    # Not laid out by its contents: where a word stands says nothing (unchanged).
    assert _state(_result(_memoire(titled=False, ajustements=None),
                          "ajustements")) == "found"


@pytest.mark.parametrize("text", [
    "Pas d'ajustements, faute de temps.",
    "Je n'ai pas eu le temps de mettre en place des ajustements avant la fin du stage.",
    "Aucun ajustement n'a été fait : le temps a manqué.",
    "Je n'ai pas pu travailler sur les ajustements, la période était trop courte.",
])
def test_adjustments_said_not_made_are_absent(text: str) -> None:
    r = _result(_memoire(ajustements=("6. Les ajustements", text)), "ajustements")
    assert _state(r) == "absent"


@pytest.mark.parametrize("text", [
    "Aucun ajustement n'a été nécessaire : l'atelier s'est déroulé comme prévu.",
    "Je n'ai pas eu besoin de modifier le déroulé, les six salariés sont venus à chaque "
    "séance.",
])
def test_no_adjustment_needed_is_the_content(text: str) -> None:
    r = _result(_memoire(ajustements=("6. Les ajustements", text)), "ajustements")
    assert _state(r) == "found"


# ---- whole dossiers through check_file ------------------------------------------------

COVER = ["Mémoire de la période de mise en application professionnelle",
         "OPS Conseil – Chargé d'accompagnement collectif et individuel en insertion "
         "socio-professionnelle",
         "Présenté par Lucie Ferrand",
         "Période de mise en application professionnelle : 29 jours à la Régie de quartier "
         "du Beau-Marais, Calais"]


def _write_memoire(path: Path, sections: dict[str, tuple[str, str] | None]) -> Path:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for line in COVER:
        d.add_paragraph(line)
    d.add_page_break()
    for section in sections.values():
        if section is None:
            continue
        title, text = section
        d.add_heading(title, level=1)
        for sentence_group in text.split(" | "):
            d.add_paragraph(sentence_group)
    d.save(str(path))
    return path


def _content(report) -> tuple[set[str], list[str]]:  # type: ignore[no-untyped-def]
    failed = {f.id for f in report.checks if f.status is Status.FAIL}
    warned = [f.id for f in report.checks
              if f.id.startswith("content") and f.status is Status.WARN]
    return failed, warned


def test_a_compliant_memoire_passes_quietly(tmp_path: Path) -> None:
    report = check_file(_write_memoire(tmp_path / "m.docx", dict(SECTIONS)), "ops-memoire",
                        Options(pages="estimate", privacy=False))
    failed, warned = _content(report)
    assert not failed
    assert len(warned) <= 2, warned


def test_a_memoire_whose_adjustments_were_not_made_fails_that_content(
        tmp_path: Path) -> None:
    sections = dict(SECTIONS, ajustements=(
        "6. Les ajustements", "Pas d'ajustements : faute de temps, je n'ai rien pu changer "
        "au calendrier prévu."))
    report = check_file(_write_memoire(tmp_path / "m.docx", sections), "ops-memoire",
                        Options(pages="estimate", privacy=False))
    failed, _ = _content(report)
    assert failed == {"content.ajustements"}


def test_a_memoire_without_adjustments_says_where_their_words_were_read(
        tmp_path: Path) -> None:
    sections = dict(SECTIONS, ajustements=None)
    report = check_file(_write_memoire(tmp_path / "m.docx", sections), "ops-memoire",
                        Options(pages="estimate", privacy=False))
    failed, _ = _content(report)
    assert failed == {"content.ajustements"}
    finding = next(f for f in report.checks if f.id == "content.ajustements")
    assert "sections d'autres contenus" in finding.message
    assert "Monographie" in finding.message
