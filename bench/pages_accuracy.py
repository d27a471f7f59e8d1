"""How well do DOCX pages match LibreOffice's rendering? Accuracy per part, and speed.

    python bench/pages_accuracy.py [FILES…] [--corpus DIR] [--parts] [--no-speed]
    python bench/pages_accuracy.py --word-truth [DIR]   (default ../shared/word-truth)

``--word-truth``: each page source against the page count Microsoft Word itself stored
(``word_truth.py``; split into a tuning half and a held-out half by a hash of the file
name, reported apart).

For each dossier (default: the generated corpus, ``bench/corpus/make_corpus.py``, made
on first use), LibreOffice's rendering (``read_docx(path, "libreoffice")``) is the
reference; the estimator (``"estimate"``) and Word's saved page markers (``"word"``) are
compared with it. Files without markers (python-docx writes none) get a copy with
markers where LibreOffice's pages begin (``corpus/make_markers.py``): that measures the
marker path's own part (the height within a page), not Word's layout. A part's pages are
the position of the next part heading minus the position of its own, where a position is
``(page - 1) + y``, or exactly ``page - 1`` for a heading that opens its page; the last
part ends at the next level-1 heading (Conclusion) or the end of the document.

Speed: estimate time on the ~50-page dossier after import (target <= 0.5 s), the
LibreOffice path (uncached) against a bare ``soffice --convert-to pdf`` (ratio), and a
re-check served from the render cache.

Targets: estimator mean error <= 0.25 page per part, no part off by more than 1 page.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cipcheck.document import Document  # noqa: E402
from cipcheck.readers import libreoffice  # noqa: E402
from cipcheck.readers.docx import read_docx  # noqa: E402
from cipcheck.readers.docx_body import DocxContent, read_content  # noqa: E402
from cipcheck.readers.estimate import estimate  # noqa: E402
from cipcheck.readers.ooxml import Package  # noqa: E402

CORPUS = ROOT / "bench" / "corpus" / "out"
WORD_TRUTH = ROOT.parent / "shared" / "word-truth"
PART = re.compile(r"^\s*partie\s+(\d+)\b", re.IGNORECASE)
MEAN_TARGET, MAX_TARGET, SPEED_TARGET = 0.25, 1.0, 0.5


@dataclass
class Result:
    name: str
    lo_pages: int
    est_pages: int
    lo_parts: list[float]
    est_parts: list[float]
    word_parts: list[float] | None


def part_lengths(doc: Document) -> list[float]:
    """Pages of each "Partie N" part, in order of N."""
    starts: list[tuple[int, float]] = []
    end: float | None = None
    for b in doc.blocks:
        if b.is_toc or b.heading_level != 1:
            continue
        m = PART.match(b.text)
        if m:
            starts.append((int(m.group(1)), b.position))
        elif starts and end is None:
            end = b.position  # the first level-1 heading after the parts
    if not starts:
        return []
    bounds = [pos for _, pos in starts] + [end if end is not None else float(doc.page_count)]
    return [bounds[i + 1] - bounds[i] for i in range(len(starts))]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


def pdf_lines(pdf: Path, body: tuple[float, float] = (0.0, 1.0)
              ) -> list[tuple[int, float, bool, str, float]]:
    """(page, y of the line's top, first line of its page, normalized text, font size),
    grouping
    characters by baseline (pdfium's own line splitting merges some lines); the first
    line of a page is the first one drawn (column 1 before column 2). Lines outside
    ``body`` (top and bottom as fractions of the page: headers, footers) are left out."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw_api

    out: list[tuple[int, float, bool, str, float]] = []
    doc = pdfium.PdfDocument(str(pdf))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    try:
        for index in range(len(doc)):
            page = doc[index]
            height = page.get_size()[1]
            textpage = page.get_textpage()
            raw = textpage.raw
            lines: dict[int, list[str]] = {}
            sizes: dict[int, float] = {}
            for k in range(textpage.count_chars()):
                ch = chr(raw_api.FPDFText_GetUnicode(raw, k))
                if ch in "\r\n":
                    continue
                raw_api.FPDFText_GetCharOrigin(raw, k, ctypes.byref(ox), ctypes.byref(oy))
                base = round(height - oy.value)
                if not body[0] <= base / height <= body[1]:
                    continue
                key = next((b for b in (base, base - 1, base + 1) if b in lines), base)
                lines.setdefault(key, []).append(ch)
                sizes.setdefault(key, raw_api.FPDFText_GetFontSize(raw, k))
            # The page's first line is the first drawn (column 1 before column 2).
            first = next(iter(lines), None)
            for base in sorted(lines):
                text = _norm("".join(lines[base]))
                if text:
                    out.append((index + 1, (base - 0.8 * sizes[base]) / height,
                                base == first, text, sizes[base]))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return out


def reference_parts(path: Path, content: DocxContent, page_count: int) -> list[float]:
    """Part lengths read straight from LibreOffice's PDF: each part heading is found as
    a line in the heading's font size that is the heading's text (or its first part
    when it wraps), which skips the sommaire's lines (they end with a dot leader and a
    page number) and mentions of the part in running text."""
    pdf = libreoffice.cached_pdf(path)
    if pdf is None:
        return []
    headings: list[tuple[str, float]] = []
    end_heading: tuple[str, float] | None = None
    for p in content.paragraphs:
        if p.heading_level != 1 or p.is_toc or p.in_table:
            continue
        if PART.match(p.text):
            headings.append((_norm(p.text), p.size))
        elif headings and end_heading is None:
            end_heading = (_norm(p.text), p.size)
    sec = content.sections[0]
    lines = pdf_lines(pdf, ((sec.top - 2) / sec.height, (sec.height - sec.bottom + 4)
                            / sec.height))
    positions: list[float] = []
    cursor = 0
    for text, size in headings + ([end_heading] if end_heading else []):
        for i in range(cursor, len(lines)):
            page, y, first, line, line_size = lines[i]
            if len(line) >= 6 and text.startswith(line) and abs(line_size - size) < 0.6:
                positions.append(page - 1 if first else page - 1 + y)
                cursor = i + 1
                break
        else:
            return []
    if not end_heading:
        positions.append(float(page_count))
    return [positions[i + 1] - positions[i] for i in range(len(headings))]


def with_markers(path: Path, content: DocxContent, work: Path) -> Path:
    """A copy of a generated dossier carrying Word's page markers, placed where
    LibreOffice's pages begin: it exercises the Word-marker path (Word's page from the
    markers, the height within the page from the estimator) without Word."""
    sys.path.insert(0, str(ROOT / "bench" / "corpus"))
    from make_markers import add_markers

    from cipcheck.readers.docx import paginate

    lo = paginate(path, content, "libreoffice")
    pages = [(pl.page, pl.first_on_page) if pl else (1, False) for pl in lo.placements]
    out = work / f"{path.stem}_word.docx"
    add_markers(path, out, pages, lo.page_count)
    return out


def best_of(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def bare_soffice(path: Path, warm: bool) -> float:
    """A bare ``soffice --convert-to pdf``, best of two: with a profile already made
    (``warm``: a user's usual LibreOffice) or with a new one each time (what cipcheck
    does, so that two checks never share a profile)."""
    exe = libreoffice.find_soffice()
    assert exe
    times = []
    for _ in range(2):
        work = Path(tempfile.mkdtemp(prefix="bench-lo-"))
        try:
            profile = (work / "profile").as_uri()
            cmd = [exe, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                   "--convert-to", "pdf", "--outdir", str(work), str(path)]
            if warm:
                subprocess.run(cmd, capture_output=True, check=False)
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times.append(time.perf_counter() - t0)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return min(times)


def fmt_errors(errors: list[float]) -> str:
    if not errors:
        return "     -      -"
    return f"{statistics.mean(abs(e) for e in errors):6.3f} {max(abs(e) for e in errors):6.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--parts", action="store_true", help="print every part")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measures")
    parser.add_argument("--word-truth", nargs="?", type=Path, const=WORD_TRUTH,
                        help="measure against Word's own page counts (default %(const)s)")
    args = parser.parse_args(argv)
    if args.word_truth is not None:
        sys.path.insert(0, str(ROOT / "bench"))
        from word_truth import run

        return run(args.word_truth)
    if not libreoffice.find_soffice():
        print("LibreOffice (soffice) is needed as the reference.", file=sys.stderr)
        return 2
    files = args.files
    if not files:
        if not any(args.corpus.glob("*.docx")):
            subprocess.run([sys.executable, str(ROOT / "bench" / "corpus" / "make_corpus.py"),
                            "--out", str(args.corpus)], check=True, stdout=subprocess.DEVNULL)
        files = sorted(args.corpus.glob("*.docx"))
    cache = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    work = Path(tempfile.mkdtemp(prefix="bench-markers-"))
    os.environ["CIPCHECK_CACHE_DIR"] = str(cache)
    results: list[Result] = []
    lo_times: dict[str, float] = {}
    print(f"{'dossier':28} {'pages LO/est':>12} {'parts':>5}  {'est mean':>8} {'max':>6}"
          f"  {'word mean':>9} {'max':>6}")
    try:
        for path in files:
            t0 = time.perf_counter()
            lo = read_docx(path, "libreoffice")
            lo_times[path.name] = time.perf_counter() - t0
            est = read_docx(path, "estimate")
            with Package(path) as pkg:
                content = read_content(pkg)
            # The reference is read_docx(libreoffice); the part headings are also found
            # in the PDF itself, as a check on the paragraph-to-PDF alignment.
            lo_parts = part_lengths(lo)
            in_pdf = reference_parts(path, content, lo.page_count)
            if in_pdf and (len(in_pdf) != len(lo_parts) or max(
                    abs(a - b) for a, b in zip(in_pdf, lo_parts, strict=True)) > 0.05):
                print(f"  ({path.stem}: alignment and PDF disagree, PDF used)")
                lo_parts = in_pdf
            est_parts = part_lengths(est)
            word_parts = None
            marked = path if content.has_rendered_breaks else with_markers(path, content, work)
            if marked is not None:
                word = read_docx(marked, "word")
                if word.pages_method.value == "docx-rendered":
                    word_parts = part_lengths(word)
            r = Result(path.stem, lo.page_count, est.page_count, lo_parts, est_parts,
                       word_parts)
            results.append(r)
            n = min(len(lo_parts), len(est_parts))
            errs = [est_parts[i] - lo_parts[i] for i in range(n)]
            werrs = [word_parts[i] - lo_parts[i] for i in range(min(n, len(word_parts)))] if (
                word_parts) else []
            pages = f"{r.lo_pages}/{r.est_pages}"
            print(f"{r.name[:28]:28} {pages:>12} {n:>5}  {fmt_errors(errs)}  "
                  f"{fmt_errors(werrs) if word_parts else '      n/a      -'}")
            if args.parts:
                for i in range(n):
                    print(f"    partie {i + 1}: LO {lo_parts[i]:6.2f}  est {est_parts[i]:6.2f}"
                          f"  err {errs[i]:+.2f}")
        all_errs = [e - lo for r in results
                    for e, lo in zip(r.est_parts, r.lo_parts, strict=False)]
        word_errs = [w - lo for r in results if r.word_parts
                     for w, lo in zip(r.word_parts, r.lo_parts, strict=False)]
        page_errs = [r.est_pages - r.lo_pages for r in results]
        print()
        print(f"parts measured: {len(all_errs)} in {len(results)} dossiers")
        if all_errs:
            mean = statistics.mean(abs(e) for e in all_errs)
            worst = max(abs(e) for e in all_errs)
            bias = statistics.mean(all_errs)
            print(f"estimate vs LibreOffice, per part: mean |err| {mean:.3f} page "
                  f"(target <= {MEAN_TARGET}), max |err| {worst:.3f} (target <= {MAX_TARGET}),"
                  f" bias {bias:+.3f}")
            print(f"  parts off by > 0.5 page: {sum(abs(e) > 0.5 for e in all_errs)}, "
                  f"> 1 page: {sum(abs(e) > 1 for e in all_errs)}")
            if word_errs:
                print(f"Word markers vs LibreOffice, per part: mean |err| "
                      f"{statistics.mean(abs(e) for e in word_errs):.3f} page, max |err| "
                      f"{max(abs(e) for e in word_errs):.3f} ({len(word_errs)} parts)")
            print(f"estimate vs LibreOffice, whole document: mean |pages| "
                  f"{statistics.mean(abs(e) for e in page_errs):.2f}, "
                  f"max {max(abs(e) for e in page_errs)}")
        if not args.no_speed and results:
            speed(files, results, lo_times)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    return 0


def speed(files: list[Path], results: list[Result], lo_times: dict[str, float]) -> None:
    target = min(zip(files, results, strict=True), key=lambda fr: abs(fr[1].lo_pages - 50))[0]
    with Package(target) as pkg:
        content = read_content(pkg)
    est_time = best_of(lambda: estimate(content))
    read_time = best_of(lambda: read_docx(target, "estimate"), 3)
    cached = best_of(lambda: read_docx(target, "libreoffice"), 3)

    def uncached() -> None:
        for pdf in (libreoffice.cache_dir() or Path("/nonexistent")).glob("*.pdf"):
            pdf.unlink()
        read_docx(target, "libreoffice")

    lo_time = min(lo_times[target.name], best_of(uncached, 2))
    warm, fresh = bare_soffice(target, True), bare_soffice(target, False)
    lo_pages = next(r.lo_pages for f, r in zip(files, results, strict=True) if f == target)
    print()
    print(f"speed on {target.name} ({lo_pages} pages):")
    print(f"  estimate(content) after import: {est_time:.3f} s (target <= {SPEED_TARGET} s); "
          f"read_docx(estimate) {read_time:.3f} s")
    print(f"  LibreOffice path, uncached: {lo_time:.2f} s; bare soffice --convert-to pdf: "
          f"{fresh:.2f} s with a new profile (ratio {lo_time / fresh:.2f}), {warm:.2f} s "
          f"with a warm one (ratio {lo_time / warm:.2f})")
    print(f"  re-check with the render cached: {cached:.3f} s")


if __name__ == "__main__":
    raise SystemExit(main())
