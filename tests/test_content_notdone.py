"""A required content only named as NOT done counts as absent (issue 8, point 4).

« Je n'ai pas eu le temps de réaliser la cartographie », « le bilan sera fait après mon
départ », « j'aurais aimé construire un questionnaire »: the words are there, the content
is not. A content that is there and mentions a limitation (« la cartographie, que je n'ai
pas pu terminer, montre… ») stays present. Read by ``cipcheck.reading.negation`` on the
clause around each match, for the items that are things made (``done: true``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import ops_memoires
import pytest
from said_of import said_of

from cipcheck.api import Options, check_file
from cipcheck.findings import Status
from cipcheck.reading.negation import Said
from cipcheck.ruleset import load


@pytest.mark.parametrize(("text", "word"), [
    ("Je n'ai malheureusement pas eu le temps de réaliser la cartographie.", "cartograph"),
    ("La cartographie du réseau n'a pas pu être faite.", "cartograph"),
    ("Faute de temps, pas de cartographie.", "cartograph"),
    ("Le bilan sera fait après mon départ.", "bilan"),
    ("Une carte des partenaires était prévue mais non réalisée.", "carte"),
    ("La cartographie, prévue en semaine 3, n'a finalement pas été réalisée.", "cartograph"),
    ("La cartographie, par manque de temps, n'a jamais abouti.", "cartograph"),
    ("J'aurais aimé construire un questionnaire de satisfaction.", "questionnaire"),
    ("Je souhaitais élaborer un livret d'accueil.", "livret"),
    ("Je vais réaliser la cartographie avec ma tutrice en septembre.", "cartograph"),
    ("Aucune cartographie n'a été établie pendant la période.", "cartograph"),
    ("Le bilan de l'action reste à faire.", "bilan"),
    ("Un bilan devrait être réalisé en septembre.", "bilan"),
    # The content matched is itself the verb, after what was due: « je devais retracer ».
    ("Je devais retracer le parcours d'une allocataire accompagnée depuis un an.", "retrac"),
    ("Je comptais rédiger la monographie de M. T. en juin.", "redig"),
    ("Je devais réaliser la cartographie du réseau.", "cartograph"),
])
def test_named_as_not_done(text: str, word: str) -> None:
    assert said_of(text, word) is Said.NOT_DONE


@pytest.mark.parametrize(("text", "word"), [
    # A limitation of a content that is there, or a negation about something else.
    ("La cartographie, que je n'ai pas pu terminer, montre les liens entre partenaires.",
     "cartograph"),
    ("La cartographie, prévue en semaine 3, a été réalisée en semaine 4.", "cartograph"),
    ("Comme prévu, la cartographie a été réalisée avec l'équipe.", "cartograph"),
    ("J'aurais pu faire une cartographie plus complète.", "cartograph"),
    ("Vous trouverez la cartographie en annexe 2.", "cartograph"),
    ("La cartographie montre que la structure ne travaille pas seule.", "cartograph"),
    ("Je n'ai réalisé que la cartographie, faute de temps pour le reste.", "cartograph"),
    ("Le public ne maîtrise pas les outils numériques.", "outil"),
    ("J'ai réalisé la cartographie sans aide.", "cartograph"),
    ("La cartographie est en annexe, je n'ai pas eu le temps de la commenter.",
     "cartograph"),
    ("Monsieur R., 52 ans, cariste, n'a jamais rédigé de CV.", "monsieur"),
    ("Je n'ai pas réalisé la cartographie seule : nous l'avons construite avec ma tutrice.",
     "cartograph"),
    ("Il n'existait pas de cartographie du réseau : j'en ai donc construit une.",
     "cartograph"),
    ("Sans la cartographie, je n'aurais pas compris le réseau.", "cartograph"),
    ("J'ai voulu retracer son parcours en trois temps, que voici.", "retrac"),
])
def test_there_even_with_a_negation_nearby(text: str, word: str) -> None:
    assert said_of(text, word) is Said.DONE


def test_not_finished_is_its_own_answer() -> None:
    assert said_of("La cartographie n'est pas terminée.", "cartograph") is Said.UNFINISHED


def test_notdone_cases_meet_target() -> None:
    """The tuning cases of tests/fixtures/content/notdone: not-done mentions are absent,
    present ones (with a limitation, in own words) are found."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    import content_accuracy

    tally, errors = content_accuracy.content_scores(False, content_accuracy.SETS["notdone"])
    assert tally["tp"] + tally["fn"] >= 10 and tally["tn"] + tally["fp"] >= 10
    precision = tally["tp"] / (tally["tp"] + tally["fp"])
    recall = tally["tp"] / (tally["tp"] + tally["fn"])
    assert precision >= 0.95 and recall >= 0.95, errors


def _memoire(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             cartographie: list[str]) -> Path:
    heading = ops_memoires.CARTOGRAPHIE[0]
    monkeypatch.setitem(ops_memoires.SECTIONS, "cartographie", (heading, cartographie))
    return ops_memoires.write(tmp_path / "memoire.docx")


def test_a_memoire_whose_map_is_only_named_as_not_done_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _memoire(tmp_path, monkeypatch, [
        "Je n'ai malheureusement pas eu le temps de réaliser la cartographie du réseau des "
        "partenaires de la structure d'accueil : la tutrice était absente trois semaines.",
        "Elle sera faite après mon départ avec l'équipe."])
    report = check_file(path, load("ops-memoire"), Options(privacy=False))
    f = next(f for f in report.checks if f.id == "content.cartographie")
    assert f.status is Status.FAIL
    assert "non réalisé" in f.message and "pas eu le temps" in f.message
    assert report.verdict is Status.FAIL


def test_a_memoire_whose_map_is_unfinished_does_not_fail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _memoire(tmp_path, monkeypatch, [
        "La cartographie, que je n'ai pas pu terminer avant la fin du stage, montre déjà "
        "les liens entre l'association, la Mission locale, le CCAS et France Travail."])
    report = check_file(path, load("ops-memoire"), Options(privacy=False))
    assert not any(f.id == "content.cartographie" and f.status is Status.FAIL
                   for f in report.checks)
    assert not any(f.status is Status.FAIL and f.id.startswith("content.")
                   for f in report.checks)


def _cartographie(text: str) -> str:
    from cipcheck.content.evaluate import Scope, evaluate

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
    from cases import blocks_of

    rules = load("ops-memoire")
    r = next(r for r in evaluate(rules.content, Scope(blocks_of(text)), rules.lexicon)
             if r.item.id == "cartographie")
    return "found" if r.found else "absent" if r.absent else "partial"


@pytest.mark.parametrize(("text", "expected"), [
    # The next sentence of the paragraph says it through a pronoun.
    ("La cartographie du réseau était au programme de la semaine 3. Faute de temps, je "
     "n'ai pas pu la réaliser.", "absent"),
    ("J'ai commencé la cartographie des partenaires. Je ne l'ai pas terminée.", "partial"),
    ("J'ai réalisé la cartographie des partenaires. Je ne l'ai pas commentée, faute de "
     "place.", "found"),
    ("La cartographie des partenaires figure en annexe 2. Mme K. ne l'a pas encore vue.",
     "found"),
    # A title that names it, and the text under it that says it was not done.
    ("# Cartographie des partenaires\n\nElle n'a pas pu être faite : la tutrice était "
     "absente.\n\nLa cartographie n'a pas été réalisée.", "absent"),
    ("# Cartographie des partenaires\n\nVoir le schéma en annexe 2.", "found"),
    # The rest of the sentence: done after all, a substitute, the candidate's past.
    ("Je n'avais jamais réalisé de cartographie avant ce stage, j'en ai donc construit une "
     "avec ma tutrice.", "found"),
    ("Je n'ai pas pu réaliser la cartographie en semaine 2, mais je l'ai finalement "
     "réalisée en semaine 4.", "found"),
    ("Je n'ai pas eu le temps de réaliser la cartographie, mais j'ai listé les "
     "partenaires.", "partial"),
    ("Je n'avais jamais réalisé de cartographie auparavant.", "partial"),
    ("Je n'ai pas eu le temps d'élaborer une cartographie : la prospection s'est faite "
     "au téléphone.", "absent"),
])
def test_what_the_paragraph_says_of_the_map(text: str, expected: str) -> None:
    assert _cartographie(text) == expected
