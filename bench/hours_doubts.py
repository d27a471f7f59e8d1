"""Why the hours reader doubts, pooled over the TUNING sets: the evidence issue 8 asks for
before a certainty rule is changed.

    python bench/hours_doubts.py [--leave-out devset7b,devset9b] [--forms] [-v]

Every hours passage of the tuning sets (``devset``, ``devset3``, ``devset3t``…; never a
held-out or validation set — they are refused by name) goes through
``cipcheck.api.check_document`` as in ``bench/devset_accuracy.py``. Readings read exactly
are grouped by the kind of reading the finding names (a table, a plain figure, days × a
day's hours, weeks × a week's hours, a longer product, a sum of periods, a duration no
placement word ties) and counted by label (C: ``certain: true``, U: ``certain: false``),
side of the route's minimum (< or >) and ``hours.minimum`` status. A kind whose C< readings
warn while no U< reading of the same kind exists is a doubt without basis; a kind where
both stand is a labelling question, not a reader one. ``-v`` lists, per set, the certain
readings under the minimum that only warn (the missed failures) and the uncertain ones
that fail (never acceptable). ``--forms`` adds the helpers' tests/fixtures/hours_forms/.
Printed, never gated.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import devset_accuracy as da  # noqa: E402

TUNING = ("devset", "devset3", "devset3t", "devset4t", "devset5t", "devset6a", "devset6b",
          "devset7a", "devset7b", "devset7c", "devset9a", "devset9b", "devset11a", "devset11b")
# Held out or validation: never read here, not even in aggregate.
REFUSED = frozenset({"devset2", "devset4", "devset5", "devset6", "devset7", "devset8",
                     "devset9", "devset9c", "devset10", "devset11"})
_HOW = re.compile(r"\((?:lues|déclarées) page \d+(?: : (.*?))?\)")


def kind_of(message: str) -> str:
    """The kind of reading the hours.minimum message names (« lues page 2 : 17 jours × 7 h »)."""
    found = _HOW.search(message)
    how = (found.group(1) or "") if found else ""
    if "stage n'y est pas nommé" in how:
        return "untied guess"
    if how.startswith("tableau"):
        return "table"
    if "+" in how:
        return "sum"
    if re.match(r"[\d,]+ jours? × [\d,]+ h", how) and how.count("×") == 1:
        return "days × h"
    if re.match(r"[\d,]+ semaines? × [\d,]+ h", how) and how.count("×") == 1:
        return "weeks × h"
    if "×" in how:
        return "product"
    return "plain"


def cases(names: list[str], forms: bool) -> list[tuple[str, dict]]:
    out = []
    for name in names:
        path = ROOT / "tests" / "fixtures" / name / "hours.yaml"
        if path.exists():
            out += [(name, c) for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
    if forms:
        for path in sorted((ROOT / "tests" / "fixtures" / "hours_forms").glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            out += [(f"forms:{path.stem}", c) for c in data["cases"]]
    return out


def main(argv: list[str]) -> int:
    from cipcheck.api import Options, check_document
    from cipcheck.ruleset import load

    left_out: set[str] = set()
    if "--leave-out" in argv:
        left_out = set(argv[argv.index("--leave-out") + 1].split(","))
    names = [n for n in TUNING if n not in left_out and n not in REFUSED]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[str] = []
    for name, case in cases(names, "--forms" in argv):
        rules = load(case["rules"])
        report = check_document(da._passage_document(case), rules, Options(privacy=False))
        finding = next((f for f in report.checks if f.id == "hours.minimum"), None)
        want, got = case["expected_hours"], report.hours
        if finding is None or want is None or got is None or abs(got - want) >= 0.5:
            continue
        under = want < da._minimum(rules) - 1e-9
        label = ("C" if case["certain"] else "U") + ("<" if under else ">")
        status = finding.status.value
        table[kind_of(finding.message)][f"{label}{status}"] += 1
        if (label == "C<" and status != "fail") or (label[0] == "U" and status == "fail"):
            listed.append(f"  {name}: {case['name']} ({label}{status}) {finding.message[:160]}")
    print(f"=== hours readings read exactly, pooled over {', '.join(names)}"
          + (" + hours_forms" if "--forms" in argv else ""))
    print("  C/U: label certain / uncertain; < or >: under or over the minimum; then status")
    for kind in sorted(table):
        counts = ", ".join(f"{k} {v}" for k, v in sorted(table[kind].items()))
        print(f"  {kind:13} {counts}")
    print(f"  certain under the minimum that do not fail, or uncertain that fail: {len(listed)}")
    if "-v" in argv:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
