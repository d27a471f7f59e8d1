"""Time the privacy scan adds to a check, against segmenting the same dossier, in one run.

On a dossier (default examples/dossier-titre-conforme.pdf), and on the same dossier's
body repeated four times (the scan must stay linear: a 180-page DOCX made privacy the slow
check in issue #10): ``cipcheck.privacy.scan`` on the shared reading (built once per
dossier for every reader, so timed apart), best of RUNS, as milliseconds and as a ratio
to segmenting. Issue 8's budget: a reader adds about 0.05 s on the 51-page example.
Usage: python bench/privacy_speed.py [FILE] [--runs N]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from cipcheck.privacy import scan
from cipcheck.readers import read_document
from cipcheck.reading import read
from cipcheck.ruleset import load
from cipcheck.segmenter import segment

ROOT = Path(__file__).resolve().parents[1]


# CPU time of this thread, not wall time: on a machine shared with other jobs the wall
# time of the same run varied by two, the CPU time by a few per cent.
def best(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.thread_time()
        fn()
        times.append(time.thread_time() - t)
    return min(times)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 30
    files = [a for a in argv if not a.startswith("--") and not a.isdigit()]
    path = Path(files[0]) if files else ROOT / "examples" / "dossier-titre-conforme.pdf"
    doc = read_document(path)
    kind = "pdf" if path.suffix.lower() == ".pdf" else "docx"
    rules = load("cip-titre")
    base = best(lambda: segment(doc, rules), runs)
    front = [b for b in doc.blocks if b.page == 1]
    body = [b for b in doc.blocks if b.page > 1]
    print(f"{path.name}: {doc.page_count} pages, {len(doc.blocks)} blocks; baseline = "
          f"segmenting it ({base * 1000:.0f} ms CPU), best of {runs}")
    reading = read(body, kind)
    t_read = best(lambda: read(body, kind), max(3, runs // 5))
    print(f"  shared reading (all readers)   {t_read * 1000:6.1f} ms ({t_read / base:4.2f} ×)")
    t = best(lambda: scan(body, front, reading), runs)
    found = len(scan(body, front, reading))
    print(f"  privacy scan                   {t * 1000:6.1f} ms ({t / base:4.2f} ×), "
          f"{found} data found")
    # Four times the body, pages renumbered: the time should be about four times.
    pages = max(b.page for b in body)
    long_body = [replace(b, page=b.page + k * pages) for k in range(4) for b in body]
    long_reading = read(long_body, kind)
    t4 = best(lambda: scan(long_body, front, long_reading), max(3, runs // 3))
    print(f"  privacy scan, body × 4         {t4 * 1000:6.1f} ms ({t4 / t:4.2f} × the "
          f"single body; linear is 4)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
