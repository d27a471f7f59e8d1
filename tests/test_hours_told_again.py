"""The candidate's own count of days, told again in the story (issue 8, session 13).

« Mes seize jours de stage à la Maison de l'emploi… Le deuxième matin, … Seize jours, c'est
peu »: a count of the candidate's whole placement, under the minimum even at the rule's
7-hour day, fails. Two things of the story no longer stop it: a moment of the day (« le
deuxième matin », « un soir », « signée chaque soir ») is not the part of the day the
placement took (« les matins », « à mi-temps » still are), and the same count told again a
little later is the same placement, not a second period. Passages in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    blocks = blocks_of(f"Introduction\n\n{text}", page=2)
    return hours_of(blocks, rules)


_STORY = ("À la Maison de l'emploi de Vierzon, mes seize jours de stage ont commencé par le "
          "classement des offres. Le deuxième matin, ma tutrice m'a emmenée chez un "
          "maraîcher qui cherchait deux saisonniers. Seize jours, c'est peu pour connaître "
          "un territoire, mais assez pour aimer ce métier.")


def test_a_count_told_again_with_moments_of_the_day_fails_under_the_minimum() -> None:
    hours, status, message = _read(_STORY, "cip-ccp3")
    assert hours == 112 and status == "fail", message
    assert "16 jours × 7 h" in message, message


def test_part_of_the_day_still_leaves_the_count_to_confirm() -> None:
    # « les matins seulement »: the days may be shorter than 7 h — no failure on a guess
    text = _STORY.replace("Le deuxième matin,", "J'y allais les matins seulement ; un jour,")
    _, status, message = _read(text, "cip-ccp3")
    assert status == "warn", message


def test_another_count_told_later_still_stops_the_failure() -> None:
    # a second, different period told beside the first: it could add up to the minimum
    text = _STORY + " J'ai ensuite passé dix jours au PLIE du Cher."
    _, status, message = _read(text, "cip-ccp3")
    assert status == "warn", message
