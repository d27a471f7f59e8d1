"""Where a batch's wall time goes: per file and per stage, on a folder of dossiers.

    python bench/batch_stages.py FOLDER [--jobs 2] [--per-file]

Runs ``cipcheck batch``'s pool once (fresh render cache, one LibreOffice per worker, or
one soffice per file with --per-file) with a check that stamps the wall clock at each
stage of each file: worker started, conversion asked, conversion answered, check done,
result collected. Prints the timeline's summary: when the first file started, how long
the workers waited for LibreOffice, the CPU of the workers and of the LibreOffice
services, and how much of the 2 x wall the cores left idle (or others used).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

LOG_ENV = "CIPCHECK_STAGES_LOG"


def _mark(event: str, **values: object) -> None:
    with open(os.environ[LOG_ENV], "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"t": time.time(), "pid": os.getpid(), "ev": event, **values})
                 + "\n")


def stamped_check(job):  # type: ignore[no-untyped-def]
    """The batch's own check_one, with the conversion timed (runs in the worker)."""
    from cipcheck.batch.worker import check_one
    from cipcheck.readers import libreoffice, lo_server

    name = job.path.name
    _mark("check", f=name, cpu=time.process_time())
    convert, run = lo_server.convert, libreoffice.subprocess.run

    def timed_convert(*args, **kwargs):  # type: ignore[no-untyped-def]
        _mark("ask", f=name)
        try:
            return convert(*args, **kwargs)
        finally:
            _mark("answer", f=name)

    def timed_run(*args, **kwargs):  # type: ignore[no-untyped-def]
        _mark("ask", f=name)
        try:
            return run(*args, **kwargs)
        finally:
            _mark("answer", f=name)

    lo_server.convert, libreoffice.subprocess.run = timed_convert, timed_run
    report = check_one(job)
    _mark("done", f=name, cpu=time.process_time())
    return report


def _group_cpu(pgid: int) -> float:
    """CPU seconds of the processes of a process group (a service and its LibreOffice)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[2]) == pgid:
            total += sum(int(x) for x in fields[11:15]) / tick
    return total


def run(folder: Path, jobs: int, per_file: bool) -> None:
    from cipcheck import batch
    from cipcheck.readers import lo_server

    services: list[float] = []
    close = lo_server.Pool.close

    def counted_close(pool: lo_server.Pool) -> None:
        services.extend(_group_cpu(s.proc.pid) for s in pool.servers if s.proc is not None)
        close(pool)

    lo_server.Pool.close = counted_close  # type: ignore[method-assign]
    the_plan = batch.plan(folder, None, batch.Options())
    if not the_plan.jobs:
        raise SystemExit(f"{folder}: no PDF or DOCX dossier to time")
    _mark("run")
    result = batch.run(the_plan, jobs, batch.Limits(),
                       on_start=lambda j: _mark("start", f=j.path.name),
                       on_done=lambda j, o: _mark("collected", f=j.path.name,
                                                  cpu=o.cpu_seconds or 0.0),
                       check=stamped_check)
    _mark("end")
    events = [json.loads(line) for line in Path(os.environ[LOG_ENV]).read_text().splitlines()]
    _summary(events, services, jobs, per_file, [o.report.verdict.value for o in result.outcomes])


def _summary(events: list[dict], services: list[float], jobs: int, per_file: bool,
             verdicts: list[str]) -> None:
    t0 = next(e["t"] for e in events if e["ev"] == "run")
    wall = next(e["t"] for e in events if e["ev"] == "end") - t0
    per: dict[str, dict[str, float]] = {}
    for e in events:
        if "f" in e:
            per.setdefault(e["f"], {})[e["ev"]] = e["t"] - t0
    first = min(p["start"] for p in per.values())
    waits = [p["answer"] - p["ask"] for p in per.values() if "ask" in p and "answer" in p]
    before = [p["ask"] - p["check"] for p in per.values() if "ask" in p]
    after = [p["done"] - p["answer"] for p in per.values() if "answer" in p]
    fork = [p["check"] - p["start"] for p in per.values() if "check" in p]
    collect = [p["collected"] - p["done"] for p in per.values() if "done" in p]
    worker_cpu = sum(e["cpu"] for e in events if e["ev"] == "collected")
    busy = worker_cpu + sum(services)
    print(f"{'one soffice per file' if per_file else 'one LibreOffice per worker'}, "
          f"{len(per)} files, --jobs {jobs}: wall {wall:.2f} s, load {os.getloadavg()[0]:.1f}, "
          f"verdicts { {v: verdicts.count(v) for v in sorted(set(verdicts))} }")
    answers = sorted(p["answer"] for p in per.values() if "answer" in p)
    print(f"  first file started at {first:.2f} s (plan done, fork server warm); first "
          f"LibreOffice answers at {', '.join(f'{a:.2f}' for a in answers[:jobs])} s")
    for name, values in (("fork -> check starts", fork), ("check -> asks LibreOffice", before),
                         ("LibreOffice answers after", waits), ("answer -> check done", after),
                         ("check done -> collected", collect)):
        if values:
            print(f"  {name:<28} median {statistics.median(values):.2f} s, max "
                  f"{max(values):.2f} s, sum {sum(values):.1f} s")
    print(f"  CPU: workers {worker_cpu:.1f} s (soffice included with --per-file), services "
          f"{sum(services):.1f} s; {jobs} cores x wall = {jobs * wall:.1f} s, so "
          f"{max(0.0, jobs * wall - busy):.1f} s of it idle or used by other processes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--per-file", action="store_true",
                        help="one soffice per file (CIPCHECK_NO_LO_SERVER=1)")
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="cipcheck-stages-cache-")
    log = Path(cache) / "stages.jsonl"
    os.environ.update({LOG_ENV: str(log), "CIPCHECK_CACHE_DIR": cache})
    os.environ.pop("CIPCHECK_NO_CACHE", None)
    if args.per_file:
        os.environ["CIPCHECK_NO_LO_SERVER"] = "1"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    try:
        run(args.folder, args.jobs, args.per_file)
    finally:
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
