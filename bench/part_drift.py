"""How far can a part's length laid out by LibreOffice be from Word's? Measured, not assumed.

    python bench/part_drift.py [DIR]   (default ../shared/word-truth)

For each document saved by Word (``manifest.csv`` of the word-truth set), Word's own page
starts are the paragraphs its ``w:lastRenderedPageBreak`` markers open; LibreOffice lays
the same document out (``read_docx(path, "libreoffice")``). Between two paragraphs that
open Word pages k pages apart, Word's length is exactly k; LibreOffice's is the
difference of their positions. Printed per k: how often |LibreOffice - Word| exceeds the
margin a part near a limit is given (``pages.estimate_margin`` × the source's factor).
Documents whose markers do not add up to Word's stored page count (± 1) are left out.
A development measure: nothing is asserted.
"""

from __future__ import annotations

import csv
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cipcheck.readers.docx import read_docx  # noqa: E402
from cipcheck.readers.docx_body import read_content  # noqa: E402
from cipcheck.readers.ooxml import Package  # noqa: E402


def word_starts(path: Path) -> list[tuple[int, float]] | None:
    """(Word's page, LibreOffice's position) of each text paragraph Word opened a page with."""
    pkg = Package(path)
    with pkg:
        content = read_content(pkg)
    doc = read_docx(path, "libreoffice")
    if doc.pages_method.name != "LIBREOFFICE":
        return None
    if sum(1 for p in content.paragraphs if p.text.strip()) != len(doc.blocks):
        return None
    page, pending, starts, blocks = 1, False, [], iter(doc.blocks)
    for p in content.paragraphs:
        if p.rendered_break_before:
            page, pending = page + 1, True
        if p.text.strip():
            b = next(blocks)
            if pending and not p.in_table:
                starts.append((page, b.position))
            pending = False
        page += p.rendered_breaks_inside
    if not starts or content.app_pages is None or abs(starts[-1][0] - content.app_pages) > 1:
        return None
    return starts


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "word-truth"
    errors: dict[int, list[float]] = {}
    used = 0
    for row in csv.DictReader((folder / "manifest.csv").open(encoding="utf-8")):
        try:
            starts = word_starts(folder / row["file"])
        except Exception as exc:  # a development measure: say it and go on
            print(f"skipped {row['file']}: {exc}", file=sys.stderr)
            continue
        if not starts:
            continue
        used += 1
        for i, (w1, l1) in enumerate(starts):
            for w2, l2 in starts[i + 1:]:
                if 1 <= w2 - w1 <= 8:
                    errors.setdefault(w2 - w1, []).append(abs((l2 - l1) - (w2 - w1)))
    print(f"{used} documents whose Word markers add up to Word's page count")
    for k in sorted(errors):
        e = sorted(errors[k])
        def q(share: float, e: list[float] = e) -> float:
            return e[min(len(e) - 1, int(share * len(e)))]
        print(f"  {k} pages apart: {len(e):3d} spans, mean |LibreOffice - Word| "
              f"{statistics.mean(e):.2f}, p50 {q(0.5):.2f}, p90 {q(0.9):.2f}, "
              f"p95 {q(0.95):.2f}; over 0.25 page: {sum(x > 0.25 for x in e) / len(e):.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
