"""Placement hours in the forms candidates use, scored end to end (content/hours.py).

The passages of tests/fixtures/hours_forms/ go through ``check_document`` the way
bench/devset_accuracy.py feeds its held-out passages: the hours read (``report.hours``)
against the label, and the ``hours.minimum`` status against what the label implies (a
sure statement under the minimum fails; nothing else may fail; an uncertain passage warns).
``tuning.yaml`` is what the reader was tuned on; ``heldout.yaml`` was written with it and
scored only at the end: its rate is printed, not tuned to.

    PYTHONPATH=src:tests python tests/test_hours_forms.py [--heldout]
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))

from cases import blocks_of  # noqa: E402

from cipcheck.api import Options, check_document  # noqa: E402
from cipcheck.document import Document, PagesMethod  # noqa: E402
from cipcheck.ruleset import RuleSet, load  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "hours_forms"


def cases(name: str) -> list[dict[str, Any]]:
    raw = yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))
    return list(raw["cases"])


@cache
def _rules(name: str) -> RuleSet:
    return load(name)


def _minimum(rules: RuleSet) -> float:
    assert rules.hours is not None
    route = rules.hours.routes["formation"]
    assert route is not None and route.min is not None
    per_day = rules.hours.hours_per_day if rules.hours.unit == "days" else 1
    return float(route.min) * float(per_day)


class Outcome(dict[str, Any]):
    """What one passage gave: the hours read, the finding's status, how it compares."""


def run(case: dict[str, Any]) -> Outcome:
    page = 1 if case.get("kind") == "cover" else 2
    blocks = blocks_of(case["text"], page=page, table=bool(case.get("table")))
    doc = Document(path=f"forms:{case['name']}", kind="docx",
                   page_count=max([b.page for b in blocks] + [2]),
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    rules = _rules(case["rules"])
    report = check_document(doc, rules, Options(privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    want, certain = case["expected_hours"], bool(case["certain"])
    got = report.hours
    if want is None:
        read = "exact" if got is None else "invented"
    elif got is None:
        read = "no-reading"
    else:
        read = "exact" if abs(got - want) < 0.5 else "wrong"
    should_fail = certain and want is not None and want < _minimum(rules) - 1e-9
    fails = finding.status.value == "fail"
    return Outcome(name=case["name"], got=got, want=want, certain=certain, read=read,
                   status=finding.status.value, verdict_ok=fails == should_fail,
                   message=finding.message)


def score(name: str) -> tuple[Counter[str], list[Outcome]]:
    tally: Counter[str] = Counter()
    misses: list[Outcome] = []
    for case in cases(name):
        o = run(case)
        stated = o["want"] is not None
        tally["stated" if stated else "none"] += 1
        tally[f"{'stated' if stated else 'none'}-{o['read']}"] += 1
        if not o["verdict_ok"]:
            tally["verdict-wrong"] += 1
            tally["verdict-wrong-reading"] += o["read"] != "exact"
        if stated and not o["certain"]:
            tally["uncertain"] += 1
            tally[f"uncertain-{o['status']}"] += 1
        if stated and o["certain"] and o["read"] == "exact":
            tally["certain"] += 1
            tally[f"certain-{o['status']}"] += 1
        if o["read"] != "exact" or not o["verdict_ok"] or (
                stated and not o["certain"] and o["status"] != "warn"):
            misses.append(o)
    return tally, misses


def summary(name: str, tally: Counter[str]) -> str:
    return (f"{name}: stated hours read exactly {tally['stated-exact']}/{tally['stated']}, "
            f"no reading {tally['stated-no-reading']}, wrong {tally['stated-wrong']}; "
            f"invented {tally['none-invented']}/{tally['none']}; "
            f"verdicts wrong {tally['verdict-wrong']} "
            f"(from a wrong reading {tally['verdict-wrong-reading']}); "
            f"uncertain {tally['uncertain']}: warn {tally['uncertain-warn']}, "
            f"pass {tally['uncertain-pass']}, fail {tally['uncertain-fail']}")


def test_the_tuning_forms_are_read_like_a_jury_member() -> None:
    tally, misses = score("tuning")
    print(summary("tuning", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.95 * tally["stated"], detail
    assert tally["none-invented"] == 0, detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


def test_the_third_voices_are_read_without_a_false_failure() -> None:
    """voices3.yaml: the forms of the devset misses in other voices (issue 8, session 3).
    Not all are read yet (the rate is printed); none may fail a dossier wrongly or invent
    a failure from a trap."""
    tally, misses = score("voices3")
    print(summary("voices3", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.9 * tally["stated"], detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


def test_the_fourth_voices_are_read_without_a_false_failure() -> None:
    """voices4.yaml: the forms of the devset3t misses in other voices (issue 8, session 4):
    days × hours a day, « ne … que » with a conversion, approximations and time « spent »,
    tables of places without a total, bulleted calendars with weeks in the centre, added
    periods. A sure under-minimum statement fails, an uncertain one warns."""
    tally, misses = score("voices4")
    print(summary("voices4", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.9 * tally["stated"], detail
    assert tally["none-invented"] == 0, detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


def test_the_fifth_voices_are_read_without_a_false_failure() -> None:
    """voices5.yaml: the forms of the devset3 and devset misses in other voices (issue 8,
    session 5): minutes in a weekly or daily rate (« 10 semaines à 17h30 par semaine »),
    structure names that hold a word of something else (« Ateliers du Littoral »), weeks of
    N days, a bare figure after a training total (« Sur les 1 260 heures …, 406 … en
    entreprise »), one more week named with an article, ordinal periods in one sentence,
    and their traps."""
    tally, misses = score("voices5")
    print(summary("voices5", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.9 * tally["stated"], detail
    assert tally["none-invented"] == 0, detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


def test_the_sixth_voices_are_read_without_a_false_failure() -> None:
    """voices6.yaml: the forms of the devset4t misses in other voices (issue 8, session
    6): abbreviated days after a placement label (« Durée de la PMAP : 30 j »), a figure
    the title owns (« le titre complet et ses 385 heures de stage ») beside the
    candidate's, table headers of days at a rate (« Jours de stage (7 h/jour) »), a second
    period told without its verb (« Le second, à …, 231 heures », « ; celui à la Mission
    Locale, 98 »), « Sur les N jours passés à … » whose parts follow, and their traps."""
    tally, misses = score("voices6")
    print(summary("voices6", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.9 * tally["stated"], detail
    assert tally["none-invented"] == 0, detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


def test_the_seventh_voices_are_read_without_a_false_failure() -> None:
    """voices7.yaml: passages in voices the fixtures lacked (issue 8, session 7): second-
    language French, SMS abbreviations, the administrative passive, months and « mi-temps »
    (read to confirm at a full-time month or half a week), weeks × days a week, counted
    periods of weeks, gapped periods after « l'autre moitié », « Les miennes : 161 » after
    the rule's hours, rows of a structure's hours with no placement word, equal figures at
    different places, « le 1er = 105h, le 2nd = 98h »; typographic apostrophes."""
    tally, misses = score("voices7")
    print(summary("voices7", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.9 * tally["stated"], detail
    assert tally["none-invented"] == 0, detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


def test_the_eighth_voices_are_read_without_a_false_failure() -> None:
    """voices8.yaml: the placement vocabulary (PFMP, PAE, immersion, « sur le terrain »,
    « en structure d'accueil »), alternance rhythms over weeks (« 3 jours en structure par
    semaine pendant 10 semaines », to confirm), Belgian and Swiss number words, « 35H/sem. »,
    « hrs », a next period « au même rythme », a result after « soit » once days off are
    taken, and their traps (a rhythm alone, « J'ai accompagné Yanis vers une immersion de
    35 heures »: was a FALSE FAILURE)."""
    tally, misses = score("voices8")
    print(summary("voices8", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.9 * tally["stated"], detail
    assert tally["none-invented"] == 0, detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


def test_the_ninth_voices_are_read_without_a_false_failure() -> None:
    """voices9.yaml: the forms devset7a/devset7c showed, in my own voices (issue 8, session 9):
    an ordinal part after words about the training centre, words spelt by ear, « accueillie N
    journées de 7 heures », hours done after « Mon stage … », weeks at a structure, footnote
    calls glued to the unit, « 52 j. de stage »; and their traps (another place, someone
    else hosted)."""
    tally, misses = score("voices9")
    print(summary("voices9", tally))
    detail = [(o["name"], o["got"], o["want"], o["status"]) for o in misses]
    assert tally["stated-exact"] >= 0.9 * tally["stated"], detail
    assert tally["verdict-wrong"] == 0, detail
    assert tally["uncertain-fail"] == 0, detail


@pytest.mark.parametrize("name", ["tuning", "heldout", "voices3", "voices3_blind",
                                  "voices4", "voices4_blind", "voices5", "voices5_blind",
                                  "voices6", "voices6_blind", "voices6b_blind", "voices7",
                                  "voices7_blind", "voices7b_blind", "voices8", "voices8_blind",
                                  "sure8", "sure9", "sure9_blind", "voices9"])
def test_an_uncertain_passage_never_fails_and_says_what_it_read(name: str) -> None:
    """Whatever the score, a passage a careful reader is unsure of never fails; a warning
    on a reading quotes it and names its page."""
    for case in cases(name):
        o = run(case)
        if not o["certain"]:
            assert o["status"] != "fail", (o["name"], o["message"])
        if o["status"] == "warn" and o["got"] is not None:
            assert "page" in o["message"] and "«" in o["message"], o["message"]


@pytest.mark.parametrize("name", ["heldout", "voices3_blind", "voices4_blind",
                                  "voices5_blind", "voices6_blind", "voices6b_blind",
                                  "voices7_blind", "voices7b_blind", "voices8_blind",
                                  "sure9_blind"])
def test_heldout_rate_is_printed_not_tuned(name: str) -> None:
    tally, _ = score(name)
    print(summary(name, tally))
    # Never a failure from a wrong reading, whatever the rate: the first target.
    assert tally["verdict-wrong-reading"] == 0 or tally["stated-wrong"] == 0, summary(
        name, tally)


if __name__ == "__main__":
    names = ("tuning", "voices3", "voices4", "voices5", "voices6", "voices7", "heldout",
             "voices3_blind", "voices4_blind", "voices5_blind", "voices6_blind",
             "voices6b_blind", "voices7_blind", "voices7b_blind", "voices8", "voices8_blind") \
        if "--heldout" in sys.argv else ("tuning", "voices3", "voices4", "voices5", "voices6",
                                         "voices7")
    for name in names:
        t, m = score(name)
        print(summary(name, t))
        if name in {"tuning", "voices3", "voices4", "voices5", "voices6", "voices7"} \
                and "-v" in sys.argv:
            for o in m:
                print(f"  {o['name']}: read {o['got']} want {o['want']} "
                      f"(certain {o['certain']}) -> {o['status']}: {o['message'][:160]}")
