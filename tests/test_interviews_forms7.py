# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""Session 7 of the interview counter (issue 8): voices the earlier fixtures lack
(tests/fixtures/interviews_forms/voices7.yaml, tuning; voices7_blind.yaml, blind, printed
with ``pytest -s``).

A first blind third (26 parts) was scored 17/26 (three parts with two held read as three),
then tuned on and moved into voices7.yaml; a second batch of 13 parts, written before the
changes made for the first one, was scored once: 9/13 (two parts with two held read as
three, then fixed and moved into voices7.yaml); its 11 other parts stay blind.

Forms: second-language French (« Deuxième fois nous vu le 19 janvier », « il venu le 2
février »), notes written short (« 17/10 entr. diag »), the administrative passive (« un
rendez-vous de suivi a été fixé au 19 novembre »: a plan), a meeting « ne s'est pas
tenu », the person's job interviews listed in a table of employers, « deux fois : le 11
avril … et le 25 avril … », « nous nous sommes revus à trois reprises » after a first
meeting, an elliptic « Le dernier, … » whose line before named a job interview.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from interview_parts import part_blocks

from cipcheck.content.interview_only import only_held
from cipcheck.content.interviews import count_interviews
from cipcheck.reading import read

FORMS = Path(__file__).parent / "fixtures" / "interviews_forms"


def _load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((FORMS / f"{name}.yaml").read_text("utf-8"))
    return cases


VOICES7 = _load("voices7")
VOICES7_BLIND = _load("voices7_blind")


def _count(case: dict[str, Any], kind: str | None = "read") -> Any:
    return count_interviews(part_blocks(case["text"], case["kind"]),
                            kind=case["kind"] if kind == "read" else kind)


def _case(name: str) -> dict[str, Any]:
    return next(c for c in VOICES7 if c["id"] == name)


def test_voices7_rate_and_blind_third_printed() -> None:
    misses = [f"{c['id']}: {n}" for c in VOICES7 if (n := _count(c).count) != c["held"]]
    guessed = [f"{c['id']}: {n}" for c in VOICES7 if (n := _count(c, None).count) != c["held"]]
    blind = [f"{c['id']}: {n} counted, {c['held']} held" for c in VOICES7_BLIND
             if (n := _count(c).count) != c["held"]]
    print(f"\ninterview voices7, tuning: {len(VOICES7) - len(misses)}/{len(VOICES7)}; blind: "
          f"{len(VOICES7_BLIND) - len(blind)}/{len(VOICES7_BLIND)}", blind)
    assert len(misses) <= 0.1 * len(VOICES7) and len(guessed) <= 0.1 * len(VOICES7), \
        misses + guessed
    # A blind batch kept out of tuning, and parts under the minimum in both.
    assert len(VOICES7_BLIND) >= 11 and not {c["id"] for c in VOICES7} & {
        c["id"] for c in VOICES7_BLIND}
    assert sum(c["held"] < 3 for c in VOICES7) >= 5 and sum(c["held"] < 3 for c in VOICES7_BLIND) >= 3


@pytest.mark.parametrize("case", [c for c in VOICES7 if c["held"] <= 2], ids=lambda c: c["id"])
def test_voices7_two_held_never_read_as_three(case: dict[str, Any]) -> None:
    counted = _count(case)
    assert counted.count < 3, [i.words for i in counted.interviews]


def test_a_meeting_that_did_not_take_place_is_listed_not_counted() -> None:
    counted = _count(_case("v7-dernier-pas-tenu-trois-de-suite"))
    assert counted.count == 2
    assert any("12 mars" in p.words for p in counted.planned), counted.planned


def test_a_table_of_employers_is_the_persons_job_interviews() -> None:
    counted = _count(_case("v7-tableau-employeurs-et-nos-rdv"))
    assert counted.count == 3 and sorted(counted.dates) == [(8, 3), (15, 3), (29, 3)]


def test_seen_again_n_times_counts_the_first_and_as_many_again() -> None:
    counted = _count(_case("v7-revus-a-trois-reprises-bavard"))
    assert counted.count == 4
    # Each one counted is listed with the words that count it.
    assert sum("à trois" in i.words for i in counted.interviews) == 3
    # Planned, or a ceiling, is not: « nous nous reverrons à deux reprises ».
    planned = "Je l'ai reçue le 3 mars. Nous nous reverrons à deux reprises en avril."
    assert count_interviews(part_blocks(planned)).count == 1


def test_a_passive_of_planning_is_a_plan_not_a_meeting_held() -> None:
    counted = _count(_case("v7-passif-conduit"))
    assert counted.count == 3
    assert any("19 novembre" in p.words and p.reason == "à venir" for p in counted.planned)


@pytest.mark.parametrize(("text", "ceiling"), [
    ("Je n'ai donc tenu que deux entretiens avec Mme K.", 2),
    ("Nous ne nous sommes vus qu'à deux reprises.", 2),
    ("Je ne l'ai vue que 2 fois.", 2),
    ("Je n'ai pu mener qu'un seul entretien avec lui.", 1),
    ("Je n'ai eu que six entretiens avec lui en trois mois.", 6),
    ("Je présente cette situation avec deux entretiens seulement.", 2),
    ("Aucun rendez-vous n'a eu lieu.", 0),
    ("Je n'ai jamais eu de rendez-vous avec lui.", 0),
    ("Je ne présente que deux entretiens, les plus parlants.", None),
    ("Après seulement deux entretiens, elle a trouvé un emploi.", None),
    ("Il ne reste que deux rendez-vous prévus.", None),
    ("Je n'ai eu qu'un entretien avec sa conseillère.", None),
    ("Nous n'aurons que deux entretiens.", None),
])
def test_the_restrictive_count_reads_numbers_from_the_reading_layer(text: str,
                                                                      ceiling: int | None) -> None:
    assert only_held(read(part_blocks(text))) == ceiling
