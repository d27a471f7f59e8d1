"""« Normalement dix jours, mais… »: what was expected is a plan (issue 8, session 13).

An adverb of expectation (« normalement », « initialement », « en principe ») before a length,
with no verb of the clause saying it was done, tells what the placement should have been.
Read as done, it made the placement look longer than the hours the candidate then says
they did, and a plainly short placement only warned. With a past verb between
(« Initialement, j'ai effectué 140 heures »), it is what was done. Passages in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    blocks = blocks_of(f"Introduction\n{text}", page=2)
    return hours_of(blocks, rules)


def test_the_expected_length_does_not_hide_the_short_one_done() -> None:
    hours, status, message = _read(
        "Mon stage était au Relais Emploi de Royan. Normalement quinze jours, mais l'agence a "
        "fermé pour travaux. J'ai fait 9 jours seulement, 63 heures.", "cip-ccp1")
    assert hours == 63 and status == "fail", message


def test_in_principle_then_done() -> None:
    hours, status, message = _read(
        "Mon stage : en principe 175 heures au CHRS de Saintes. Finalement, avec l'hiver et "
        "les routes fermées, j'ai effectué 154 heures.", "cip-ccp2")
    assert hours == 154 and status == "fail", message


def test_a_past_verb_after_the_adverb_says_it_was_done() -> None:
    hours, status, message = _read("Initialement, j'ai effectué 147 heures au CCAS de Royan, "
                                   "comme le prévoyait ma convention.", "cip-ccp3")
    assert hours == 147 and status == "pass", message
