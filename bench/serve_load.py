"""Load on a real ``cipcheck serve``: 200 uploads of mixed dossiers (hostile files
included) at 8 concurrent clients, against the command line on the same files.

    python bench/serve_load.py [--total 200] [--clients 8] [--workers 2]

Prints requests per second, latency percentiles, 429s met (clients retry after
Retry-After, as a platform would), lost requests (must be 0), reports that differ from
the command line's (must be 0), and the peak memory of the server's process tree; then
the same files through ``cipcheck batch --jobs WORKERS`` in the same run, as a ratio.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile  # noqa: E402
from live_server import serving  # noqa: E402
from load_client import comparable, run_load  # noqa: E402

from cipcheck.api import Options, check_file  # noqa: E402

DOSSIERS = ROOT / "tests" / "fixtures" / "dossiers"


def _tree_rss_mb(root_pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / (1024 * 1024)


def _server_pid(port: int) -> int | None:
    out = subprocess.run(["pgrep", "-f", f"cipcheck serve --port {port}"],
                         capture_output=True, text=True).stdout.split()
    return int(out[0]) if out else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--total", type=int, default=200)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = sorted(DOSSIERS.glob("*.pdf"))[:8]
        files += [hostile.zip_bomb_docx(folder), hostile.entity_bomb_docx(folder),
                  hostile.text_as_pdf(folder), hostile.truncated_pdf(folder)]
        peak = [0.0]
        with serving("--workers", str(args.workers)) as base:
            port = int(base.rsplit(":", 1)[1])
            pid = _server_pid(port)
            stop = threading.Event()

            def sample() -> None:
                while not stop.is_set() and pid:
                    peak[0] = max(peak[0], _tree_rss_mb(pid))
                    time.sleep(0.2)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            result = run_load(base, files, args.total, args.clients, retries=1000,
                              wait_cap=1.0)
            stop.set()
        expected = {f: comparable(check_file(f, None, Options(pages="estimate")).to_dict())
                    for f in files}
        differ = sum(1 for a in result.answers
                     if a.report is not None and comparable(a.report) != expected[a.file])
        cohort = folder / "cohorte"
        cohort.mkdir()
        plan = [files[i % len(files)] for i in range(args.total)]
        for i, f in enumerate(plan):
            (cohort / f"{i:03d}-{f.name}").write_bytes(f.read_bytes())
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "cipcheck", "batch", str(cohort), "--jobs",
                        str(args.workers), "--pages", "estimate", "--format", "json",
                        "--no-progress"], capture_output=True, cwd=ROOT)
        batch_seconds = time.perf_counter() - started
    print(f"uploads: {args.total} at {args.clients} clients, {args.workers} workers")
    print(f"answered: {len(result.answers)}  lost: {result.lost}  statuses: "
          f"{result.by_status}  429 met (then retried): {result.busy}")
    print(f"reports differing from the command line: {differ}")
    print(f"server: {result.per_second:.2f} reports/s in {result.seconds:.1f} s; latency "
          f"p50 {result.latency(0.5):.2f} s, p90 {result.latency(0.9):.2f} s, "
          f"p99 {result.latency(0.99):.2f} s (retries included)")
    print(f"peak memory of the server and its workers: {peak[0]:.0f} MB")
    rate = args.total / batch_seconds
    print(f"cipcheck batch --jobs {args.workers} on the same files: {rate:.2f} files/s in "
          f"{batch_seconds:.1f} s; server/batch throughput ratio "
          f"{result.per_second / rate:.2f}")
    return 0 if result.lost == 0 and differ == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
