"""Interview counts on parts written in the forms and voices candidates use
(tests/fixtures/interviews_forms/): the tuning file must reach the target of issue 8
(≥ 90 % of parts exact) and a part that tells at most two held interviews is never read
as three or more. The held-out file, written with the tuning one but never used to tune
the reader, is scored and printed (``pytest -s``) to measure honestly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

FORMS = Path(__file__).parent / "fixtures" / "interviews_forms"


def load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((FORMS / f"{name}.yaml").read_text("utf-8"))
    return cases


def score(cases: list[dict[str, Any]]) -> tuple[int, list[str]]:
    ok, misses = 0, []
    for c in cases:
        got = count_interviews(part_blocks(c["text"], c["kind"])).count
        if got == c["held"]:
            ok += 1
        else:
            misses.append(f"{c['id']}: {got} counted, {c['held']} held")
    return ok, misses


TUNING = load("tuning")
HELDOUT = load("heldout")


def test_tuning_rate() -> None:
    ok, misses = score(TUNING)
    print(f"\ninterview forms, tuning: {ok}/{len(TUNING)} exact ({100 * ok // len(TUNING)} %)",
          misses)
    assert ok >= 0.9 * len(TUNING), misses


def test_heldout_rate_is_printed() -> None:
    ok, misses = score(HELDOUT)
    print(f"\ninterview forms, held-out: {ok}/{len(HELDOUT)} exact "
          f"({100 * ok // len(HELDOUT)} %)", misses)
    assert len(HELDOUT) * 2 >= len(TUNING) // 2  # a real third is kept out of tuning


@pytest.mark.parametrize("case", [c for c in TUNING if c["held"] <= 2],
                         ids=lambda c: c["id"])
def test_two_held_never_read_as_three(case: dict[str, Any]) -> None:
    assert count_interviews(part_blocks(case["text"], case["kind"])).count < 3
