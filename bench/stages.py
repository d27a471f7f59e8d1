"""Time each stage of one check, in this process: reading, segmenting, each check.

    python bench/stages.py FILE [--rules ID] [--pages SOURCE]

Prints one JSON object: CPU seconds per stage, the process's peak memory (MB) and the
page count. bench/check_speed.py runs it in a fresh process per file for the scaling
table. CPU time (time.process_time), not wall time: the machines are shared, and a stage
that waited for a core would look like one that grows faster than the text. The cyclic
garbage collector is off, as in ``cipcheck check`` (launch.main).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import time
from pathlib import Path


def lift_page_cap() -> None:
    """The PDF reader refuses more than MAX_PAGES pages (400: no dossier is longer); the
    scaling table lifts that cap to see how each stage grows beyond it."""
    from cipcheck.readers import pdf

    pdf.read_lines.__kwdefaults__["max_pages"] = 100_000
    pdf.MAX_PAGES = 100_000  # read_pdf reads the module's cap at each call


def stages(path: Path, rules: str | None, pages: str) -> dict[str, object]:
    started = time.process_time()
    from cipcheck.api import Options, make_context, resolve_rules
    from cipcheck.checks import REGISTRY
    from cipcheck.readers import read_document
    from cipcheck.segmenter import segment

    out: dict[str, float] = {"imports": time.process_time() - started}
    t = time.process_time()
    doc = read_document(path, pages)
    out["reading"] = time.process_time() - t
    t = time.process_time()
    ruleset = resolve_rules(rules, doc)
    out["rules"] = time.process_time() - t
    t = time.process_time()
    dossier = segment(doc, ruleset)
    out["segmenting"] = time.process_time() - t
    t = time.process_time()
    ctx = make_context(dossier, ruleset, Options(pages=pages))  # hours, contents
    out["context"] = time.process_time() - t  # the referential, hours and contents read once
    for name, check in REGISTRY.items():
        t = time.process_time()
        check(ctx)
        out[name] = time.process_time() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": out, "peak_mb": peak, "pages": doc.page_count,
            "blocks": len(doc.blocks), "method": doc.pages_method.value}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--rules")
    parser.add_argument("--pages", default="auto")
    parser.add_argument("--no-page-cap", action="store_true")
    args = parser.parse_args()
    gc.disable()
    if args.no_page_cap:
        lift_page_cap()
    print(json.dumps(stages(args.file, args.rules, args.pages)))


if __name__ == "__main__":
    main()
