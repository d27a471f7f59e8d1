"""Each DOCX page source against the page count Microsoft Word itself computed.

    python bench/pages_accuracy.py --word-truth [DIR]

DIR holds ``manifest.csv`` (``file``, ``word_pages`` — Word's ``<Pages>`` at its last
save — and the layout features of each file) and the files. The files are split in two
halves by a hash of their name: ``tuning`` (what the code may be adjusted on) and
``held-out`` (never looked at one by one); both are reported, the held-out half is the
honest figure. Sources:

- ``word markers``: Word's own pagination (``wordpages.word_pagination``), on the files
  that carry markers; accepted share, then accuracy where accepted;
- ``libreoffice``: LibreOffice's rendering alone (needs ``soffice``; renders are cached
  in ``$CIPCHECK_CACHE_DIR`` when set, so a second run is quick);
- ``estimate``: cipcheck's estimate alone (and its time: no file should take > 2 s);
- ``auto``: what ``--pages auto`` gives (Word first, then LibreOffice or the estimate,
  with Word's stored total when it agrees).

Caveat printed with the figures: where Word's stored count is used as the total, it is
also the truth, so ``auto`` measures there how often a stale count would get through the
consistency checks, not a layout.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cipcheck.readers import libreoffice  # noqa: E402
from cipcheck.readers.docx import paginate  # noqa: E402
from cipcheck.readers.docx_body import read_content  # noqa: E402
from cipcheck.readers.estimate import estimate  # noqa: E402
from cipcheck.readers.ooxml import Package  # noqa: E402
from cipcheck.readers.wordpages import word_pagination  # noqa: E402

SOURCES = ("word markers", "libreoffice", "estimate", "auto")
FEATURES: dict[str, Callable[[dict[str, str]], bool]] = {
    "footnotes": lambda r: int(r["f_footnotes"]) > 0,
    "floating images/boxes": lambda r: int(r["f_anchored"]) + int(r["f_textboxes"]) > 0,
    "tables": lambda r: int(r["f_tables"]) > 0,
    "columns": lambda r: int(r["f_max_cols"]) > 1,
    "sections": lambda r: int(r["f_sections"]) > 1,
    "tracked changes": lambda r: int(r["f_tracked"]) > 0,
}
TWINS = {"arial": "Arial", "calibri": "Calibri", "times new roman": "Times", "cambria": "Cambria"}


def half(name: str) -> str:
    """Deterministic split: the same file is always in the same half."""
    return "tuning" if hashlib.sha256(Path(name).name.encode()).digest()[0] % 2 == 0 else (
        "held-out")


def font_group(font: str) -> str:
    return TWINS.get(font.strip().lower(), "other (no twin)")


@dataclass
class Row:
    file: str
    meta: dict[str, str]
    truth: int
    pages: dict[str, int | None] = field(default_factory=dict)  # None: source refused
    est_time: float = 0.0
    auto_method: str = ""


def measure(folder: Path) -> list[Row]:
    rows: list[Row] = []
    has_lo = libreoffice.find_soffice() is not None
    with (folder / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        manifest = list(csv.DictReader(fh))
    for meta in manifest:
        path = folder / meta["file"]
        row = Row(meta["file"], meta, int(meta["word_pages"]))
        with Package(path) as pkg:
            content = read_content(pkg)
        t0 = time.process_time()  # work, not wall time: the machine may be shared
        _, est_pages = estimate(content)
        row.est_time = time.process_time() - t0
        row.pages["estimate"] = est_pages
        word, _ = word_pagination(content)
        row.pages["word markers"] = word.page_count if word is not None else None
        row.pages["libreoffice"] = (paginate(path, content, "libreoffice").page_count
                                    if has_lo else None)
        auto = paginate(path, content, "auto")
        row.pages["auto"] = auto.page_count
        row.auto_method = auto.method.value
        rows.append(row)
    return rows


def stats(errors: list[int]) -> str:
    if not errors:
        return "   n=0"
    n = len(errors)
    exact = sum(e == 0 for e in errors) / n
    near = sum(abs(e) <= 1 for e in errors) / n
    mean = statistics.mean(abs(e) for e in errors)
    return f"n={n:3d}  exact {exact:5.1%}  ±1 {near:5.1%}  mean|err| {mean:5.2f}"


def errors_of(rows: list[Row], source: str) -> list[int]:
    return [r.pages[source] - r.truth for r in rows  # type: ignore[operator]
            if r.pages.get(source) is not None]


def report(rows: list[Row], label: str) -> None:
    print(f"\n== {label}: {len(rows)} files")
    marked = [r for r in rows if int(r.meta["lrpb_markers"]) > 0]
    accepted = [r for r in marked if r.pages["word markers"] is not None]
    print(f"  word markers accepted on {len(accepted)}/{len(marked)} files that carry them"
          f" ({len(accepted) / max(1, len(marked)):.0%})")
    for source in SOURCES:
        print(f"  {source:13} {stats(errors_of(rows, source))}")
    methods: dict[str, int] = {}
    for r in rows:
        methods[r.auto_method] = methods.get(r.auto_method, 0) + 1
    print("  auto used: " + ", ".join(f"{m} {n}" for m, n in sorted(methods.items())))
    for name, groups in (("font", lambda r: [font_group(r.meta["dominant_font"])]),
                         ("feature", lambda r: [f for f, test in FEATURES.items()
                                                if test(r.meta)] or ["none of these"])):
        keys = sorted({g for r in rows for g in groups(r)})
        print(f"  by {name}:")
        for key in keys:
            sub = [r for r in rows if key in groups(r)]
            print(f"    {key:22} auto: {stats(errors_of(sub, 'auto'))}")
            print(f"    {'':22} est:  {stats(errors_of(sub, 'estimate'))}")


def run(folder: Path) -> int:
    if not (folder / "manifest.csv").is_file():
        alt = ROOT.parents[1] / "shared" / "word-truth"
        folder = alt if (alt / "manifest.csv").is_file() else folder
    if not (folder / "manifest.csv").is_file():
        print(f"no manifest.csv in {folder}", file=sys.stderr)
        return 2
    own_cache = "CIPCHECK_CACHE_DIR" not in os.environ
    cache = Path(tempfile.mkdtemp(prefix="bench-cache-")) if own_cache else None
    if cache is not None:
        os.environ["CIPCHECK_CACHE_DIR"] = str(cache)
    try:
        t0 = time.perf_counter()
        rows = measure(folder)
        elapsed = time.perf_counter() - t0
    finally:
        if cache is not None:
            shutil.rmtree(cache, ignore_errors=True)
    if libreoffice.find_soffice() is None:
        print("(LibreOffice absent: its row is empty and auto falls back to the estimate)")
    for label in ("tuning", "held-out"):
        report([r for r in rows if half(r.file) == label], label)
    report(rows, "all")
    slow = max(rows, key=lambda r: r.est_time)
    print(f"\nslowest estimate: {slow.file} ({slow.truth} pages) {slow.est_time:.2f} s CPU "
          f"(target <= 2 s); all estimates {sum(r.est_time for r in rows):.2f} s; "
          f"whole run {elapsed:.0f} s")
    chain_timing()
    print("note: where auto takes Word's stored <Pages> as the total, that number is also "
          "the truth here; those rows measure the consistency checks, not a layout.")
    if os.environ.get("WORD_TRUTH_ROWS"):
        for r in rows:
            print(f"  {half(r.file):8} {r.file} word={r.truth} " + " ".join(
                f"{s.split()[0]}={r.pages.get(s)}" for s in SOURCES) + f" [{r.auto_method}]")
    return 0


def chain_timing(items: int = 8000) -> None:
    """Estimate time of a list of ``items`` paragraphs whose style keeps with next (one
    chain as long as the list), as a ratio to the same list without keep-with-next:
    linear work makes the ratio about 1."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    work = Path(tempfile.mkdtemp(prefix="bench-chain-"))
    try:
        times = {}
        for keep in (False, True):
            d = docx.Document()
            style = d.styles.add_style("Liste", WD_STYLE_TYPE.PARAGRAPH)
            style.paragraph_format.keep_with_next = keep
            for k in range(items):
                d.add_paragraph(f"Action {k} : entretien, diagnostic et suivi du parcours.",
                                style="Liste")
            path = work / f"chain{keep}.docx"
            d.save(str(path))
            with Package(path) as pkg:
                content = read_content(pkg)
            t0 = time.process_time()
            _, pages = estimate(content)
            times[keep] = time.process_time() - t0
        print(f"keep-with-next chain of {items} items ({pages} pages): estimate "
              f"{times[True]:.2f} s of CPU (target < 1 s), {times[True] / times[False]:.2f}x "
              "the same list without keep-with-next")
    finally:
        shutil.rmtree(work, ignore_errors=True)
