# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""Session 6 of the interview counter (issue 8): the forms of the devset4t misses, in
other voices (tests/fixtures/interviews_forms/voices6.yaml, tuning; voices6_blind.yaml,
the blind third, scored once at the end and printed with ``pytest -s``).

Forms: the candidate's own restrictive count read as a ceiling (« je n'ai tenu que deux
entretiens », « deux entretiens seulement », « je n'ai jamais tenu d'entretien avec lui »),
not a count up to a moment nor what is presented; a no-show told in the present; a meeting
named as what a call arranges or cancels, or as the topic of a dated call line; a meeting
I was not at (« sans moi »); « dernier entretien pendant mon stage »; a meeting postponed
with an aside, then held; the elliptic ordinal whose purpose names job interviews.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

FORMS = Path(__file__).parent / "fixtures" / "interviews_forms"


def _load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((FORMS / f"{name}.yaml").read_text("utf-8"))
    return cases


VOICES6 = _load("voices6")
VOICES6_BLIND = _load("voices6_blind")


def _count(case: dict[str, Any], kind: str | None = "read") -> Any:
    return count_interviews(part_blocks(case["text"], case["kind"]),
                            kind=case["kind"] if kind == "read" else kind)


def _case(name: str) -> dict[str, Any]:
    return next(c for c in VOICES6 if c["id"] == name)


def test_voices6_rate_and_blind_third_printed() -> None:
    misses = [f"{c['id']}: {n}" for c in VOICES6 if (n := _count(c).count) != c["held"]]
    guessed = [f"{c['id']}: {n}" for c in VOICES6 if (n := _count(c, None).count) != c["held"]]
    blind = [f"{c['id']}: {n} counted, {c['held']} held" for c in VOICES6_BLIND
             if (n := _count(c).count) != c["held"]]
    print(f"\ninterview voices6, tuning: {len(VOICES6) - len(misses)}/{len(VOICES6)}; blind: "
          f"{len(VOICES6_BLIND) - len(blind)}/{len(VOICES6_BLIND)}", blind)
    assert len(misses) <= 0.1 * len(VOICES6) and len(guessed) <= 0.1 * len(VOICES6), \
        misses + guessed
    assert 3 * len(VOICES6_BLIND) >= len(VOICES6) + len(VOICES6_BLIND)


@pytest.mark.parametrize("case", [c for c in VOICES6 + VOICES6_BLIND if c["held"] <= 2],
                         ids=lambda c: c["id"])
def test_voices6_two_held_never_read_as_three(case: dict[str, Any]) -> None:
    counted = _count(case)
    assert counted.count < 3, [i.words for i in counted.interviews]


def test_a_restrictive_count_is_a_ceiling_and_what_is_beyond_is_listed_as_a_hint() -> None:
    # « Je n'ai eu que deux entretiens » over a cancelled third named « notre troisième
    # rendez-vous »: two, the third seen and not counted.
    counted = _count(_case("v6-que-deux-puis-annule"))
    assert counted.count == 2
    assert any("troisième" in p.words for p in counted.planned + counted.hints), counted
    # « Je n'ai jamais tenu d'entretien avec M. D. »: none, whatever was arranged.
    assert _count(_case("v6-jamais-recu")).count == 0


@pytest.mark.parametrize("name", ["v6-apres-seulement-deux-pas-un-plafond",
                                  "v6-ne-presente-que-deux-pas-un-plafond"])
def test_a_count_up_to_a_moment_or_of_what_is_presented_is_no_ceiling(name: str) -> None:
    assert _count(_case(name)).count == 3


def test_a_meeting_arranged_or_cancelled_by_a_call_is_not_held() -> None:
    counted = _count(_case("v6-appels-pour-fixer-et-annuler"))
    assert counted.count == 2, [i.words for i in counted.interviews]
    assert [p.reason for p in counted.planned] == ["à venir", "annulé"], counted.planned


def test_the_dossier_finding_warns_when_a_ceiling_hid_meetings() -> None:
    from test_interviews_forms import _part2

    from cipcheck.findings import Status

    # Two held by the candidate's own word, a third meeting read beyond it: never a pass,
    # never a silent fail either — the count is listed and the meeting beyond it named.
    f = _part2(_case("v6-seulement-avec-relance")["text"])
    assert f.actual == "2" and f.status in (Status.FAIL, Status.WARN), f.message
    assert "2 entretiens décrits" in f.message, f.message
