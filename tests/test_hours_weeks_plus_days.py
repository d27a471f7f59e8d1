"""Weeks and then a few days added to them (issue 8, stop 27).

« 5 semaines de 5 jours, plus 2 jours pour le bilan », « 5 semaines de 35 h + 2 jours »,
« quatre semaines de cinq jours, auxquelles se sont ajoutés deux jours »: the days count
with the weeks (only « onze semaines et deux jours » was read before). Days that are a
rhythm, time off, training, or another week of their own are not added. Seen in devset7b,
devset7c, devset8, devset13a (and devset6a) by different authors. Passages in my voice.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(text, page=2), rules)


def test_days_added_after_weeks_of_days_count_and_fail_under_days() -> None:
    text = ("Mon stage s'est déroulé au CCAS de Cahors : 4 semaines de 5 jours, plus "
            "3 jours pour préparer le forum de l'emploi.")
    hours, status, message = _read(text, "ops-memoire")
    # 23 days under the 29 days of the mémoire: counted in days, nothing guessed
    assert hours == 161 and status == "fail", message
    assert "3 jours × 7 h" in message, message


def test_days_added_after_weeks_at_a_weekly_rate_pass() -> None:
    text = ("Période en milieu professionnel : 5 semaines de 35 h + 3 jours à l'antenne "
            "de Rodez.")
    hours, status, message = _read(text, "cip-ccp2")
    assert hours == 196 and status == "pass", message


def test_days_joined_to_the_weeks_by_a_verb_of_adding() -> None:
    text = ("Mon stage pratique a duré quatre semaines de cinq jours, auxquelles se sont "
            "ajoutées deux journées à l'épicerie sociale.")
    hours, status, message = _read(text, "ops-memoire")
    assert hours == 154 and status == "fail", message


def test_days_of_training_after_the_weeks_are_not_added() -> None:
    text = ("Mon stage a duré 6 semaines à 35 h, plus 2 jours de regroupement au centre "
            "de formation.")
    hours, _status, message = _read(text, "cip-ccp2")
    assert hours == 210, message


def test_days_of_sick_leave_are_not_added() -> None:
    text = "Mon stage a duré 6 semaines de 5 jours, plus 2 jours d'arrêt maladie."
    hours, _status, message = _read(text, "ops-memoire")
    assert hours == 210, message


def test_days_in_a_week_of_their_own_are_left_to_the_written_total() -> None:
    # « et 2 jours la semaine d'après »: another period, told with its written total.
    text = ("Mon stage a duré 4 semaines de 5 jours et 2 jours la semaine d'après, donc "
            "22 jours.")
    hours, _status, message = _read(text, "ops-memoire")
    assert hours == 154, message
    assert "22 jours" in message, message
