"""Time the hours reader adds to a check, against bare text extraction, in one run.

Prints, for one dossier (default: examples/dossier-titre-conforme.pdf, 51 pages):
- bare pdfplumber ``extract_text()`` over every page (the baseline of issue #10);
- building the shared reading layer (``cipcheck.reading.read``), which every reader of
  prose uses and which is counted once for all of them;
- the hours reader itself (``content.hours.read_hours`` on the body and the margins).

Medians of several runs in this process, and the reader's share of the baseline: the
machine is shared, so the ratio is the figure to compare, not the seconds.
Usage: python bench/hours_speed.py [PDF]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from cipcheck.content.hours import read_hours
from cipcheck.readers import read_document
from cipcheck.reading import read

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "examples" / "dossier-titre-conforme.pdf"
RUNS = 7


def median_time(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT

    def extract() -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()

    doc = read_document(path, "auto")
    reading = read(doc.blocks, doc.kind)
    margins = read(doc.margins, doc.kind) if doc.margins else None
    readings = [reading] + ([margins] if margins is not None else [])
    base = median_time(extract, 3)
    layer = median_time(lambda: read(doc.blocks, doc.kind), 3)
    hours = median_time(lambda: read_hours(readings))
    found = read_hours(readings)
    print(f"{path.name}: {doc.page_count} pages, {len(reading.sentences)} sentences, "
          f"{len(reading.tokens)} tokens; hours read: "
          f"{found.value if found else None} (certain: {found.certain if found else None})")
    print(f"  bare pdfplumber extract_text  {base:7.3f} s  (baseline)")
    print(f"  reading layer (shared)        {layer:7.3f} s  ({layer / base:.3f} x baseline)")
    print(f"  hours reader                  {hours:7.4f} s  ({hours / base:.4f} x baseline)")


if __name__ == "__main__":
    main()
