"""Speed and memory of ``cipcheck check``, as ratios against baselines measured in the
same run (the machines are shared and noisy: absolute seconds mean little).

    python bench/check_speed.py [PDF] [--sizes 10,50,200,1000] [--runs 3] [--docx]

1. ``cipcheck check PDF --format json`` (every check on) vs bare pypdfium2 text
   extraction of the same file (``python`` + import + text of every page).
   Targets: ratio <= 3, peak memory <= 150 MB.
2. ``cipcheck --help`` vs that full check. Target: ratio <= 0.25.
3. Scaling: generated dossiers of 10, 50, 200 and 1,000 pages (bench/make_long.py), PDF
   and DOCX, each checked in a fresh process by bench/stages.py: seconds per stage
   (reading, segmenting, each check), peak memory, and the slope per stage = time per
   page at the largest size / time per page at 50 pages. Target: slope <= 1.5.
   The DOCX's LibreOffice rendering is made once first (its cold time is printed) and
   then read from the cache, so "reading" is cipcheck's own work. The PDF reader refuses
   more than 400 pages (no dossier is that long): the scaling runs lift that cap.
4. With ``--docx``: a DOCX through LibreOffice (no cache) vs a bare
   ``soffice --convert-to pdf``, and a re-check from the cache.

Each command runs as its own process, timed with os.wait4 so the peak memory is that
process's own (RUSAGE of the child).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "fixtures" / "dossiers" / "titre-ok-heading1.pdf"
BARE_PDFIUM = ("import sys, pypdfium2\n"
               "pdf = pypdfium2.PdfDocument(sys.argv[1])\n"
               "for page in pdf:\n"
               "    page.get_textpage().get_text_range()\n")
STAGE_ORDER = ("reading", "segmenting", "structure", "part.pages", "pages.body",
               "pages.annexes", "format.font", "format.size", "format.line_spacing", "hours",
               "content", "competence", "privacy")


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    src = str(ROOT / "src")
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{path}" if path else src,
            **(extra or {})}


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=_env(env))
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"command failed ({status}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def paired(commands: dict[str, list[str]], runs: int,
           env: dict[str, str] | None = None) -> dict[str, tuple[float, float]]:
    """Median wall and max peak of each command, run in turns (a, b, a, b…) so that a
    change of load on the machine touches both alike."""
    walls: dict[str, list[float]] = {k: [] for k in commands}
    peaks: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            wall, peak = run(cmd, env)
            walls[name].append(wall)
            peaks[name].append(peak)
    out = {}
    for name in commands:
        med = statistics.median(walls[name])
        out[name] = (med, max(peaks[name]))
        print(f"  {name:<46} median {med:6.2f} s (min {min(walls[name]):.2f}, max "
              f"{max(walls[name]):.2f})  peak {max(peaks[name]):5.0f} MB")
    return out


def headline(pdf: Path, runs: int) -> None:
    py = sys.executable
    print(f"1-2. {pdf.name} ({runs} paired runs; load average {os.getloadavg()[0]:.1f})")
    res = paired({
        "bare pypdfium2 (python + import + all text)": [py, "-c", BARE_PDFIUM, str(pdf)],
        "cipcheck check --format json": [py, "-m", "cipcheck", "check", str(pdf), "--format",
                                         "json"],
        "cipcheck --help": [py, "-m", "cipcheck", "--help"],
    }, runs)
    bare, (check, peak), (helpt, _) = (res["bare pypdfium2 (python + import + all text)"][0],
                                       res["cipcheck check --format json"],
                                       res["cipcheck --help"])
    print(f"  check / bare pypdfium2 = {check / bare:.2f}  (target <= 3); "
          f"peak {peak:.0f} MB (target <= 150)")
    print(f"  --help / check         = {helpt / check:.2f}  (target <= 0.25)")


def stages(path: Path, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "stages.py"), str(path),
                           "--rules", "cip-titre", "--no-page-cap"],
                          capture_output=True, text=True, env=_env(env), timeout=3600)
    if done.returncode:
        raise SystemExit(f"stages.py failed on {path}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def scaling(sizes: list[int], folder: Path, cache: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import make_long

    env = {"CIPCHECK_CACHE_DIR": str(cache)}
    for kind in ("pdf", "docx"):
        rows: dict[int, dict[str, object]] = {}
        for n in sizes:
            path = make_long.ensure(n, folder, pdf=kind == "pdf")
            if kind == "docx":
                t = time.perf_counter()
                stages(path, env)  # renders through LibreOffice once, into the cache
                print(f"  (DOCX {n}: LibreOffice rendering, cold, and a first check "
                      f"{time.perf_counter() - t:.1f} s)")
            rows[n] = stages(path, env)
        _table(kind, rows)


def _table(kind: str, rows: dict[int, dict[str, object]]) -> None:
    sizes = sorted(rows)
    print(f"\n3. scaling, {kind.upper()} (seconds per stage; one fresh process per size)")
    head = f"  {'stage':<20}" + "".join(f"{rows[n]['pages']:>8} p" for n in sizes)
    ref = 50 if 50 in rows else sizes[0]
    big = sizes[-1]
    print(head + f"   slope {big}/{ref} (ms/page)")
    names = [s for s in STAGE_ORDER if s in rows[sizes[0]]["seconds"]]  # type: ignore[operator]
    totals = {n: sum(v for k, v in rows[n]["seconds"].items()  # type: ignore[union-attr]
                     if k != "imports") for n in sizes}
    for name in [*names, "total"]:
        secs = {n: (totals[n] if name == "total" else rows[n]["seconds"][name])  # type: ignore[index]
                for n in sizes}
        per = {n: secs[n] / rows[n]["pages"] * 1000 for n in sizes}  # type: ignore[operator]
        line = f"  {name:<20}" + "".join(f"{secs[n]:>10.2f}" for n in sizes)
        if secs[ref] >= 0.01:
            line += (f"   {per[big] / per[ref]:5.2f}  ({per[ref]:.2f} -> {per[big]:.2f})"
                     + ("  <-- grows faster than the text" if per[big] / per[ref] > 1.5
                        else ""))
        else:
            line += "   –  (under 10 ms)"
        print(line)
    print(f"  {'peak memory (MB)':<20}" + "".join(f"{rows[n]['peak_mb']:>10.0f}" for n in sizes))
    print(f"  {'blocks':<20}" + "".join(f"{rows[n]['blocks']:>10}" for n in sizes)
          + f"   method {rows[big]['method']}")


def docx_path(docx: Path, runs: int) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        print("4. soffice not found: the LibreOffice path is not measured")
        return
    py = sys.executable
    work = Path(tempfile.mkdtemp(prefix="cipbench-"))
    try:
        print(f"4. {docx.name} through LibreOffice")
        bare = [soffice, "--headless", f"-env:UserInstallation={(work / 'p').as_uri()}",
                "--convert-to", "pdf", "--outdir", str(work / "out"), str(docx)]
        cip = [py, "-m", "cipcheck", "check", str(docx), "--format", "json"]
        res = paired({"bare soffice --convert-to pdf": bare,
                      "cipcheck check (LibreOffice, no cache)": cip}, runs,
                     {"CIPCHECK_NO_CACHE": "1"})
        ours = res["cipcheck check (LibreOffice, no cache)"][0]
        print(f"  ratio cipcheck / soffice = {ours / res['bare soffice --convert-to pdf'][0]:.2f}")
        cache = {"CIPCHECK_CACHE_DIR": str(work / "cache")}
        run(cip, cache)
        paired({"cipcheck check (cached re-check)": cip}, runs, cache)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--sizes", default="10,50,200,1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "cipbench",
                        help="where the long dossiers are generated (kept for next time)")
    parser.add_argument("--cache", type=Path, help="render cache to reuse between runs")
    parser.add_argument("--docx", action="store_true", help="also the LibreOffice path")
    parser.add_argument("--no-scaling", action="store_true")
    args = parser.parse_args()
    headline(args.pdf, args.runs)
    if not args.no_scaling:
        cache = args.cache or Path(tempfile.mkdtemp(prefix="cipbench-cache-"))
        try:
            scaling([int(s) for s in args.sizes.split(",")], args.corpus, cache)
        finally:
            if args.cache is None:
                shutil.rmtree(cache, ignore_errors=True)
    if args.docx:
        docx_path(args.pdf.with_suffix(".docx"), args.runs)


if __name__ == "__main__":
    main()
