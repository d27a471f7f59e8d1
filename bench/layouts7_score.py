"""Score cipcheck's reading of the layouts7 dossiers against their expected.yaml.

    python bench/layouts7_score.py DIR [tuning|blind|all|PREFIX] [--pdf] [--auto] [-v]

DIR holds the DOCX written by tests/fixtures/layouts7/make_layouts7.py (and the PDF when
--pdf). DOCX pages come from the reader's own estimate unless --auto (LibreOffice when
present). Prints, per file kind: parts found at the right page, structure verdicts right
(structure.parts / duplicate / order and each part.pages), and false failures (a `fail`
where the dossier meets the rule). Files named `*-blind` are the held-out third.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

STRUCTURE = ("structure.parts", "structure.duplicate", "structure.order")
RANK = {"pass": 0, "skip": 0, "warn": 1, "fail": 2}


def verdicts(report) -> tuple[dict[str, str], dict[int, str], dict[int, int | None]]:
    checks: dict[str, str] = {}
    part_pages: dict[int, str] = {}
    for f in report.checks:
        if f.id in STRUCTURE:
            old = checks.get(f.id, "pass")
            checks[f.id] = f.status.value if RANK[f.status.value] > RANK[old] else old
        elif f.id == "part.pages" and f.part is not None:
            part_pages[int(f.part)] = f.status.value
    starts = {p.number: (p.start_page if p.found else None) for p in report.parts}
    return checks, part_pages, starts


def score(folder: Path, which: str, kinds: list[str], pages: str, verbose: bool) -> None:
    from cipcheck.api import Options, check_file

    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    for kind in kinds:
        tot = {"parts": 0, "parts_ok": 0, "checks": 0, "checks_ok": 0, "false_fail": 0,
               "warn": 0, "files": 0, "files_ok": 0}
        for name, exp in sorted(expected.items()):
            blind = name.endswith("-blind")
            if (which == "tuning" and blind) or (which == "blind" and not blind) or (
                    which not in ("tuning", "blind", "all") and not name.startswith(which)):
                continue
            path = folder / f"{name}.{kind}"
            report = check_file(path, exp["rules"], Options(pages=pages, privacy=False))
            checks, part_pages, starts = verdicts(report)
            problems = []
            for n, page in exp["parts"].items():
                tot["parts"] += 1
                if starts.get(n) == page:
                    tot["parts_ok"] += 1
                else:
                    problems.append(f"part {n} at {starts.get(n)} (expected {page})")
            wanted = dict(exp["checks"])
            wanted.update({f"part.pages.{n}": s for n, s in exp["part_pages"].items()})
            got = dict(checks)
            got.update({f"part.pages.{n}": s for n, s in part_pages.items()})
            for key, want in wanted.items():
                have = got.get(key, "pass")
                tot["checks"] += 1
                # an estimated page count near a limit is rightly a warning
                ok = have == want or (want == "pass" and have == "warn"
                                      and key.startswith("part.pages"))
                tot["checks_ok"] += ok
                tot["warn"] += have == "warn"
                if have == "fail" and want != "fail":
                    tot["false_fail"] += 1
                if not ok:
                    problems.append(f"{key} {have} (expected {want})")
            tot["files"] += 1
            tot["files_ok"] += not problems
            if problems and verbose:
                print(f"  {kind} {name}: " + "; ".join(problems))
        print(f"{which} {kind} ({pages if kind == 'docx' else 'pdf'}): {tot['files_ok']}/"
              f"{tot['files']} files all right; parts at the right page {tot['parts_ok']}/"
              f"{tot['parts']}; verdicts right {tot['checks_ok']}/{tot['checks']}; "
              f"false failures {tot['false_fail']}; warnings {tot['warn']}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    kinds = ["docx"] + (["pdf"] if "--pdf" in sys.argv else [])
    score(Path(args[0]), args[1] if len(args) > 1 else "tuning", kinds,
          "auto" if "--auto" in sys.argv else "estimate", "-v" in sys.argv)
