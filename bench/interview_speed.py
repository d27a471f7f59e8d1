"""Time the interview reader adds to a check, against bare text extraction, in one run.

On a dossier (default examples/dossier-titre-conforme.pdf), for every part whose rules
count interviews: ``count_interviews`` on the document's shared reading (as a check
runs it once the reading layer is passed through the content scope), and on its own
(reading the part itself). The shared reading is built once per dossier for every
reader, so it is timed apart. Prints seconds and ratios to a bare pdfplumber
``extract_text()`` of every page measured in the same run (issue 10's budget: a reader
may add about 0.05 s on this 51-page example). Usage: python bench/interview_speed.py [PDF]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pdfplumber

from cipcheck.api import resolve_rules
from cipcheck.content.interviews import count_interviews
from cipcheck.readers import read_document
from cipcheck.reading import read
from cipcheck.segmenter import segment

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3


def best(fn: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    default = ROOT / "examples" / "dossier-titre-conforme.pdf"
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default

    def extract() -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()

    bare = best(extract)
    doc = read_document(path)
    rules = resolve_rules(None, doc)
    dossier = segment(doc, rules)
    parts = [dossier.part_blocks(p.number) for p in rules.parts
             if any(i.count is not None for i in p.content) and p.number in dossier.parts]
    shared = best(lambda: read(doc.blocks, doc.kind))
    reading = read(doc.blocks, doc.kind)
    on_shared = best(lambda: [count_interviews(b, reading) for b in parts])
    alone = best(lambda: [count_interviews(b, kind=doc.kind) for b in parts])
    counts = [count_interviews(b, reading).count for b in parts]
    print(f"{path.name}: {doc.page_count} pages, {len(parts)} parts counted {counts}")
    print(f"  bare extract_text        {bare:.3f} s")
    print(f"  shared reading (once)    {shared:.3f} s  ({shared / bare:.3f} x bare)")
    print(f"  interviews, shared       {on_shared:.4f} s  ({on_shared / bare:.3f} x bare)")
    print(f"  interviews, own reading  {alone:.4f} s  ({alone / bare:.3f} x bare)")


if __name__ == "__main__":
    main()
