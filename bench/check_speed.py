"""Speed and memory of ``cipcheck check`` against bare baselines, in one run.

Prints ratios, never absolute verdicts (the machines are noisy):
- PDF: ``cipcheck check X.pdf`` vs a bare pdfplumber ``extract_text()`` over every page
  (target: ratio <= 0.3, peak memory <= 150 MB);
- DOCX: ``cipcheck check X.docx`` (LibreOffice path, cache disabled) vs a bare
  ``soffice --convert-to pdf`` of the same file (target: ratio <= 1.3);
- DOCX re-check with a warm cache (target <= 0.3 s).

Each command runs as its own process (as a user runs it), timed with os.wait4 so the
peak memory is that process's own. Usage: python bench/check_speed.py [PDF] [DOCX]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "fixtures" / "dossiers" / "titre-ok-heading1"
RUNS = 3


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"command failed ({status}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def measure(name: str, cmd: list[str], env: dict[str, str] | None = None,
            setup: object = None) -> tuple[float, float]:
    walls, peaks = [], []
    for _ in range(RUNS):
        if callable(setup):
            setup()
        wall, peak = run(cmd, env)
        walls.append(wall)
        peaks.append(peak)
    med = statistics.median(walls)
    print(f"  {name:<44} median {med:6.2f} s  (min {min(walls):.2f}, max {max(walls):.2f})"
          f"  peak {max(peaks):6.0f} MB")
    return med, max(peaks)


def main() -> None:
    pdf = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT.with_suffix(".pdf")
    docx = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT.with_suffix(".docx")
    py = sys.executable
    cip = [py, "-m", "cipcheck", "check"]
    print(f"PDF: {pdf}")
    bare = [py, "-c", "import pdfplumber,sys\nwith pdfplumber.open(sys.argv[1]) as p:\n"
            " [pg.extract_text() for pg in p.pages]", str(pdf)]
    base, _ = measure("bare pdfplumber extract_text (all pages)", bare)
    ours, peak = measure("cipcheck check --format json", cip + [str(pdf), "--format", "json"])
    print(f"  ratio cipcheck / pdfplumber = {ours / base:.2f}  (target <= 0.30); "
          f"peak {peak:.0f} MB (target <= 150)")

    soffice = shutil.which("soffice")
    if not soffice:
        print("DOCX: soffice not found, LibreOffice path not measured")
        return
    print(f"DOCX: {docx}")
    work = Path(tempfile.mkdtemp(prefix="cipbench-"))
    try:
        bare_lo = [soffice, "--headless", f"-env:UserInstallation={(work / 'p').as_uri()}",
                   "--convert-to", "pdf", "--outdir", str(work / "out"), str(docx)]
        base, _ = measure("bare soffice --convert-to pdf", bare_lo)
        nocache = {"CIPCHECK_NO_CACHE": "1"}
        ours, _ = measure("cipcheck check (LibreOffice, no cache)",
                          cip + [str(docx), "--format", "json"], nocache)
        print(f"  ratio cipcheck / soffice = {ours / base:.2f}  (target <= 1.30)")
        cache = {"CIPCHECK_CACHE_DIR": str(work / "cache")}
        run(cip + [str(docx), "--format", "json"], cache)  # warm the cache
        warm, _ = measure("cipcheck check (cached re-check)",
                          cip + [str(docx), "--format", "json"], cache)
        print(f"  cached re-check {warm:.2f} s  (target <= 0.30 s of work; includes start-up)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
