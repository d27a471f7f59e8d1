"""A duration of the candidate's story that no placement word ties is still the best
guess a careful reader makes when the dossier states nothing surer — read, always to
confirm (a warning that quotes it), never a failure; and never taken from someone else's
time, a schedule, a delay or training (content/hours.py, ``Figure.untied``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))

from cases import blocks_of  # noqa: E402

from cipcheck.api import Options, check_document  # noqa: E402
from cipcheck.document import Document, PagesMethod  # noqa: E402
from cipcheck.ruleset import load  # noqa: E402


def _check(text: str, rules: str) -> tuple[float | None, str, str]:
    blocks = blocks_of(text, page=2)
    doc = Document(path="untied", kind="docx", page_count=3,
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    report = check_document(doc, load(rules), Options(privacy=False))
    f = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, f.status.value, f.message


def test_a_total_told_in_a_scene_is_read_to_confirm_even_under_the_minimum() -> None:
    hours, status, message = _check(
        "Le dernier jour, Nadia a ouvert le classeur d'émargement. On a tout recompté "
        "ensemble, ligne par ligne : 119 heures. Elle a signé en bas, j'ai signé à côté.",
        "cip-ccp3")
    assert hours == 119
    # under the 140 h of a CCP 3, a guess still warns: what was read, where, to confirm
    assert status == "warn"
    assert "119 h" in message and "page 2" in message and "« " in message
    assert "à confirmer" in message


def test_a_surer_statement_elsewhere_wins_over_the_guess() -> None:
    hours, status, _ = _check(
        "Mon stage à la Mission locale de Dole a duré 154 heures.\n\n"
        "Je me souviens d'un vendredi où l'on a recompté mes fiches : 60 heures "
        "d'entretiens en tout, déjà.", "cip-ccp3")
    assert hours == 154 and status == "pass"


def test_other_peoples_time_delays_and_training_are_no_guess() -> None:
    for text in (
        "Les conseillers de l'équipe font 39 heures, et moi je les suivais partout.",
        "Nous nous engageons à rappeler chaque employeur sous 72 heures.",
        "J'avais suivi 420 heures de cours au centre avant de commencer.",
        "Mme R., que je suivais, a fait 105 heures de remise à niveau.",
        "Je la recevais tous les quinze jours, le mardi.",
    ):
        hours, status, _ = _check(text, "cip-ccp2")
        assert hours is None, text
        assert status == "warn", text
