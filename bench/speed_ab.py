"""Two versions of cipcheck checked in turns on one file: which is faster, and by how much.

    python bench/speed_ab.py OLD_SRC [NEW_SRC] [--pdf FILE] [--runs 15]

OLD_SRC and NEW_SRC are the ``src`` folders of two checkouts (NEW_SRC: this one's by
default); e.g. ``git archive main | tar -x -C /tmp/main`` then ``/tmp/main/src``. Each
round runs, one after the other, bare pypdfium2 (as bench/check_speed.py does), the old
check and the new one (``python -m cipcheck check FILE --format json``), so that a change
of load on a shared machine touches all three alike. Printed: median CPU (user + system,
of the process only) and wall time of each, the median of the per-round ratios new / old
(the paired figure: it moves much less than either time), and check / bare pypdfium2 for
both, the issue-10 target (<= 3). Each version has its own start-up cache and bytecode
cache (two versions sharing one would rewrite each other's file at every run), filled by
a first run that is not timed. The two reports must be the same JSON, or it says so.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "examples" / "dossier-titre-conforme.pdf"
BARE_PDFIUM = ("import sys, pypdfium2\n"
               "pdf = pypdfium2.PdfDocument(sys.argv[1])\n"
               "for page in pdf:\n"
               "    page.get_textpage().get_text_range()\n")


def _env(src: Path | None) -> dict[str, str]:
    env = {**os.environ}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    tag = f"{zlib.crc32(str(src).encode()):08x}"
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "cipbench-pycache")
    if src is not None:
        env["PYTHONPATH"] = str(src)
        env["CIPCHECK_CACHE_DIR"] = str(Path(tempfile.gettempdir()) / f"cipbench-ab-{tag}")
    return env


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (user + system of this process) and its output."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed ({status}): {' '.join(cmd)}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?", default=ROOT / "src")
    parser.add_argument("--pdf", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    py = sys.executable
    check = [py, "-m", "cipcheck", "check", str(args.pdf), "--format", "json"]
    envs = {"old": _env(args.old.resolve()), "new": _env(args.new.resolve())}
    reports = {name: run(check, env)[2] for name, env in envs.items()}  # caches filled
    if reports["old"] != reports["new"]:
        print("WARNING: the two versions' reports differ")
    cmds = {"bare": ([py, "-c", BARE_PDFIUM, str(args.pdf)], _env(None)),
            "old": (check, envs["old"]), "new": (check, envs["new"])}
    wall: dict[str, list[float]] = {k: [] for k in cmds}
    cpu: dict[str, list[float]] = {k: [] for k in cmds}
    for i in range(args.runs):
        order = list(cmds) if i % 2 == 0 else ["bare", "new", "old"]
        for name in order:
            w, c, _ = run(*cmds[name])
            wall[name].append(w)
            cpu[name].append(c)
    print(f"{args.pdf.name}, {args.runs} rounds (load average {os.getloadavg()[0]:.1f})")
    for name in cmds:
        print(f"  {name:<5} CPU median {statistics.median(cpu[name]):.3f} s "
              f"(min {min(cpu[name]):.3f})  wall median {statistics.median(wall[name]):.2f} s")
    paired = [n / o for n, o in zip(cpu["new"], cpu["old"], strict=True)]
    print(f"  new / old, CPU: median of the rounds {statistics.median(paired):.3f} "
          f"(quartiles {statistics.quantiles(paired, n=4)[0]:.3f}–"
          f"{statistics.quantiles(paired, n=4)[2]:.3f})")
    for name in ("old", "new"):
        ratios = [c / b for c, b in zip(cpu[name], cpu["bare"], strict=True)]
        walls = [c / b for c, b in zip(wall[name], wall["bare"], strict=True)]
        print(f"  check {name} / bare pypdfium2: CPU {statistics.median(ratios):.2f}, "
              f"wall {statistics.median(walls):.2f} (target <= 3)")


if __name__ == "__main__":
    main()
