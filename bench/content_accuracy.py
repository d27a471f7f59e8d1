"""Precision and recall of required-content detection and of each personal-data detector,
on the labelled cases of tests/fixtures/content/.

    python bench/content_accuracy.py [-v]

A required item counts as detected when the content check finds it; the label says
whether the text really covers it. For personal data, each case gives how many distinct
data of each kind its text holds.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "content"))

from cases import content_cases, privacy_cases  # noqa: E402

from cipcheck.content.evaluate import Scope, evaluate  # noqa: E402
from cipcheck.privacy import KINDS, scan  # noqa: E402
from cipcheck.ruleset import load  # noqa: E402


def ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def content_scores(verbose: bool) -> tuple[Counter[str], list[str]]:
    tally: Counter[str] = Counter()
    errors: list[str] = []
    for case in content_cases():
        rules = load(case.rules)
        items = rules.content if case.part is None else rules.part(case.part).content
        by_id = {r.item.id: r for r in evaluate(items, Scope(case.blocks, case.blocks),
                                                rules.lexicon)}
        for label, truth in [(i, True) for i in case.present] + [(i, False) for i in case.absent]:
            found = by_id[label].found
            key = {(True, True): "tp", (True, False): "fp", (False, True): "fn",
                   (False, False): "tn"}[(found, truth)]
            tally[key] += 1
            if found != truth:
                errors.append(f"{case.name}: {label} {'found' if found else 'missed'}"
                              + (f" ({', '.join(by_id[label].evidence[:3])})" if found else ""))
        if case.interviews is not None:
            counted = next((r.count.count for r in by_id.values() if r.count), None)
            tally["interviews_ok" if counted == case.interviews else "interviews_wrong"] += 1
            if counted != case.interviews:
                errors.append(f"{case.name}: {counted} interviews counted, "
                              f"{case.interviews} expected")
    return tally, errors


def privacy_scores() -> tuple[dict[str, Counter[str]], list[str], int]:
    per: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    errors: list[str] = []
    clean_with_warning = 0
    for case in privacy_cases():
        found = Counter()
        for kind in KINDS:
            values = {loc.hit.value for loc in scan(case.blocks, case.front)
                      if loc.hit.kind == kind}
            found[kind] = len(values)
        for kind in KINDS:
            expected, got = case.expect.get(kind, 0), found[kind]
            per[kind]["tp"] += min(expected, got)
            per[kind]["fp"] += max(0, got - expected)
            per[kind]["fn"] += max(0, expected - got)
            if got != expected:
                errors.append(f"{case.name}: {kind} {got} found, {expected} expected")
        if not case.expect and sum(found.values()):
            clean_with_warning += 1
    return per, errors, clean_with_warning


def main() -> int:
    verbose = "-v" in sys.argv
    tally, errors = content_scores(verbose)
    p = ratio(tally["tp"], tally["tp"] + tally["fp"])
    r = ratio(tally["tp"], tally["tp"] + tally["fn"])
    print("Required content (items labelled present/absent)")
    print(f"  items {sum(tally[k] for k in ('tp', 'fp', 'fn', 'tn'))}: precision {p:.3f}  "
          f"recall {r:.3f}  (tp {tally['tp']}, fp {tally['fp']}, fn {tally['fn']}, "
          f"tn {tally['tn']})")
    n = tally["interviews_ok"] + tally["interviews_wrong"]
    print(f"  interview counts exact: {tally['interviews_ok']}/{n}")
    per, perrors, clean = privacy_scores()
    print("Personal data (distinct data per kind)")
    worst = 1.0
    for kind, c in per.items():
        kp = ratio(c["tp"], c["tp"] + c["fp"])
        kr = ratio(c["tp"], c["tp"] + c["fn"])
        worst = min(worst, kp, kr)
        print(f"  {kind:<11} precision {kp:.3f}  recall {kr:.3f}  "
              f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    print(f"  cases without personal data that got a warning: {clean}")
    if verbose or errors or perrors:
        for e in errors + perrors:
            print("  ✘", e)
    ok = min(p, r, worst) >= 0.95 and clean == 0 and tally["interviews_wrong"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
