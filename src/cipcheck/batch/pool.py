"""The pool: each file in a child process of its own, N at a time, under the limits.

A dossier is untrusted input: pdfium and lxml are C code that can loop or allocate
without bound on a crafted file, and a thread cannot stop CPU-bound parsing. So every
file is checked in a child process of its own (N at a time), with an address-space
limit set inside the child (``worker.child``) and a wall-clock deadline enforced here, in
the parent, which kills the child's whole process group (LibreOffice included). A file
that hangs, explodes or crashes becomes that file's ``input.*`` error report; the other
files go on. Each worker converts DOCX files with a LibreOffice service of its own.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from cipcheck.batch.discovery import Skipped
from cipcheck.batch.plan import Job, Plan
from cipcheck.batch.worker import (
    CheckFn,
    Limits,
    Outcome,
    check_one,
    child,
    error_report,
    too_large,
)
from cipcheck.findings import Report
from cipcheck.i18n import translator
from cipcheck.readers import lo_server


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    skipped: list[Skipped] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Stopped before the end (Ctrl-C, SIGTERM): ``outcomes`` holds the files done, these
    # are the ones not checked, and ``stop_code`` the exit code of that stop (130, 143).
    not_checked: list[str] = field(default_factory=list)
    stop_code: int | None = None

    @property
    def interrupted(self) -> bool:
        return self.stop_code is not None

    @property
    def reports(self) -> list[Report]:
        return [o.report for o in self.outcomes]

    @property
    def exit_code(self) -> int:
        return max((r.exit_code for r in self.reports), default=0)


def _context() -> Any:
    # forkserver: a clean, pre-imported parent to fork from (fast, unlike spawn; safe,
    # unlike fork from a process that may hold threads and locks).
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # The API imports the checks lazily (start-up of the CLI): preload them here so
        # that each worker does not import them again.
        ctx.set_forkserver_preload(["cipcheck.batch.worker", "cipcheck.readers.pdf",
                                    "cipcheck.readers.docx", "cipcheck.checks",
                                    "cipcheck.segmenter", "cipcheck.detect"])
        return ctx
    return mp.get_context("spawn")


def _nothing() -> None:
    pass


def _warm_up(ctx: Any) -> None:
    """Start the fork server (it imports the readers and checks) before any file's clock
    runs: cipcheck's own start-up, slow on a loaded machine, is not the file's time."""
    proc = ctx.Process(target=_nothing, daemon=True)
    proc.start()
    proc.join(120)


@dataclass
class _Running:
    index: int
    job: Job
    proc: Any
    conn: Connection
    started: float
    deadline: float
    tmp: str
    peak_vm_mb: float = 0.0  # sampled by the parent: the child may die before telling
    office: int | None = None  # the LibreOffice service slot it converts with


SAMPLE_EVERY = 0.2  # seconds between two looks at the children's memory


def _vm_mb(pid: int) -> float | None:
    """Address space of a process (what RLIMIT_AS bounds), Linux only."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _kill(proc: Any) -> None:
    if hasattr(os, "killpg"):
        # ProcessLookupError: the child had not made its group yet, or it is gone.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, OSError, ValueError):
        proc.kill()
    proc.join(5)


def _timeout_outcome(run: _Running, limits: Limits) -> Outcome:
    t = translator(run.job.options.lang)
    report = error_report(
        run.job.path, "timeout",
        t._("L'analyse a dépassé le temps autorisé ({timeout} s) et a été arrêtée.",
            timeout=f"{limits.timeout:g}"),
        t._("Le fichier est sans doute construit de façon anormale : exportez de nouveau le "
            "dossier en PDF depuis Word (ou relancez avec --timeout plus grand)."),
        run.job.options, run.job.rules)
    return Outcome(report, time.monotonic() - run.started)


def _crash_outcome(run: _Running, limits: Limits) -> Outcome:
    code = run.proc.exitcode
    seconds = time.monotonic() - run.started
    if limits.memory_mb and run.peak_vm_mb >= 0.75 * limits.memory_mb:
        # pdfium and lxml abort (C++ bad_alloc) rather than raise when an allocation
        # fails: a death close to the memory limit is the file exploding.
        return Outcome(too_large(run.job, limits.memory_mb), seconds,
                       round(run.peak_vm_mb, 1))
    how = (f"signal {-code}" if code is not None and code < 0 else f"code {code}")
    t = translator(run.job.options.lang)
    if limits.memory_mb:
        message = t._("Le lecteur de documents s'est arrêté brutalement sur ce fichier "
                      "({how}), peut-être faute de mémoire (limite : {limit} Mo).",
                      how=how, limit=limits.memory_mb)
    else:
        message = t._("Le lecteur de documents s'est arrêté brutalement sur ce fichier "
                      "({how}).", how=how)
    report = error_report(
        run.job.path, "crashed", message,
        t._("Le fichier est sans doute endommagé ou démesuré : exportez de nouveau le "
            "dossier en PDF depuis Word."), run.job.options, run.job.rules)
    return Outcome(report, seconds)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def run_jobs(jobs: Sequence[Job], workers: int, limits: Limits,
             on_start: Callable[[Job], None] | None = None,
             on_done: Callable[[Job, Outcome], None] | None = None,
             check: CheckFn = check_one,
             env_overrides: dict[str, str] | None = None,
             tmp_root: str | None = None,
             offices: lo_server.Pool | None = None) -> list[Outcome]:
    """Run every job in its own child process, ``workers`` at a time; results in order.

    ``env_overrides`` is added to the children's environment (the web server turns the
    LibreOffice render cache off so that nothing of an upload is kept); ``tmp_root`` is
    where each child's temporary folder is made (default: the system's). ``offices``: the
    LibreOffice services to convert with (default: one per worker, stopped at the end; a
    pool passed in is left for its owner to close)."""
    pool = _Pool(workers, limits, check, {**os.environ, **(env_overrides or {})}, tmp_root,
                 offices, on_start, on_done)
    return pool.run(jobs)


class _Pool:
    """One run of ``run_jobs``: the children running, their results, their services."""

    def __init__(self, workers: int, limits: Limits, check: CheckFn, env: dict[str, str],
                 tmp_root: str | None, offices: lo_server.Pool | None,
                 on_start: Callable[[Job], None] | None,
                 on_done: Callable[[Job, Outcome], None] | None) -> None:
        self.workers = max(1, workers)
        self.limits = limits
        self.check = check
        self.env = env
        self.tmp_root = tmp_root
        # One LibreOffice per worker for the whole batch instead of one per DOCX (issue 10).
        self.own_offices = offices is None
        self.offices = offices or lo_server.Pool(workers, limits.memory_mb)
        self.on_start = on_start
        self.on_done = on_done
        self.ctx: Any = None
        self.running: dict[int, _Running] = {}
        self.results: list[Outcome | None] = []

    def run(self, jobs: Sequence[Job]) -> list[Outcome]:
        self.results = [None] * len(jobs)
        # Biggest files first: a long dossier started last would leave the other workers
        # idle at the end. Results still come back in the order of ``jobs``.
        queue = sorted(enumerate(jobs), key=lambda item: _size(item[1].path))
        try:
            # LibreOffice first: its start-up then runs alongside the fork server's.
            self.offices.prestart((job.path, job.options.pages) for _, job in reversed(queue)
                                  if job.error is None)
            while queue or self.running:
                while queue and len(self.running) < self.workers:
                    self._start(*queue.pop())
                if self.running:
                    self._wait()
                    for run in list(self.running.values()):
                        self._look_at(run)
        finally:  # Ctrl+C or an error here: leave no child (nor its LibreOffice) behind
            for run in self.running.values():
                _kill(run.proc)
                shutil.rmtree(run.tmp, ignore_errors=True)
            if self.own_offices:
                self.offices.close()
        return [r for r in self.results if r is not None]

    def _start(self, index: int, job: Job) -> None:
        if job.error is not None:  # nothing to isolate
            self._done(index, job, Outcome(check_one(job), 0.0))
            return
        if self.ctx is None:
            self.ctx = _context()
            _warm_up(self.ctx)
        recv, send = self.ctx.Pipe(duplex=False)
        tmp = tempfile.mkdtemp(prefix="cipcheck-job-", dir=self.tmp_root)
        proc = None
        try:
            child_env = {**self.env, "TMPDIR": tmp}
            office = self.offices.acquire(job.path, job.options.pages)
            if office is not None:
                child_env[lo_server.ENV] = office[1]
            proc = self.ctx.Process(target=child, daemon=True,
                                    args=(self.check, job, self.limits, child_env, send))
            now = time.monotonic()
            proc.start()
        except BaseException:  # Ctrl-C or SIGTERM while waiting for LibreOffice's socket
            if proc is not None and proc.pid is not None:
                _kill(proc)
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        send.close()
        self.running[index] = _Running(index, job, proc, recv, now, now + self.limits.timeout,
                                       tmp, office=office[0] if office else None)
        if self.on_start:
            self.on_start(job)

    def _wait(self) -> None:
        """Until a child answers or dies, its deadline comes, or it is time to sample."""
        nearest = min(r.deadline for r in self.running.values())
        handles: list[Any] = [r.conn for r in self.running.values()]
        handles += [r.proc.sentinel for r in self.running.values()]
        wait(handles, timeout=min(SAMPLE_EVERY, max(0.0, nearest - time.monotonic())))

    def _look_at(self, run: _Running) -> None:
        vm = _vm_mb(run.proc.pid) if run.proc.is_alive() else None
        if vm is not None:
            run.peak_vm_mb = max(run.peak_vm_mb, vm)
        if run.conn.poll():
            received: Outcome | None
            try:
                received = run.conn.recv()
            except (EOFError, OSError):  # died while sending
                received = None
            run.proc.join(5)
            if run.proc.is_alive():
                _kill(run.proc)
            run.conn.close()
            self._finish(run, received or _crash_outcome(run, self.limits),
                         clean=received is not None)
        elif not run.proc.is_alive():
            run.proc.join()
            run.conn.close()
            self._finish(run, _crash_outcome(run, self.limits), clean=False)
        elif time.monotonic() >= run.deadline:
            _kill(run.proc)
            run.conn.close()
            self._finish(run, _timeout_outcome(run, self.limits), clean=False)

    def _finish(self, run: _Running, outcome: Outcome, clean: bool) -> None:
        self.running.pop(run.index)
        if run.office is not None:
            # A child that was killed or crashed may have left its LibreOffice mid-way.
            self.offices.release(run.office, restart=not clean)
        shutil.rmtree(run.tmp, ignore_errors=True)
        self._done(run.index, run.job, outcome)

    def _done(self, index: int, job: Job, outcome: Outcome) -> None:
        if job.duplicates:  # known to the plan, not to the child that checked the file
            outcome = replace(outcome, report=replace(outcome.report,
                                                      duplicates=job.duplicates))
        self.results[index] = outcome
        if self.on_done:
            self.on_done(job, outcome)


def run(plan_: Plan, workers: int | None = None, limits: Limits | None = None,
        on_start: Callable[[Job], None] | None = None,
        on_done: Callable[[Job, Outcome], None] | None = None,
        check: CheckFn = check_one) -> BatchResult:
    """The plan's jobs run. Stopped by Ctrl-C or SIGTERM, the children and services are
    cleaned up as always (``_Pool.run``) and the result holds the files already checked,
    ``not_checked`` the others and ``stop_code`` the exit code: a trainer who stops a
    cohort after 5 of 18 files keeps those 5 reports (blind19 F6)."""
    from cipcheck.stopping import exit_code

    started = time.perf_counter()
    pool = _Pool(workers or default_jobs(), limits or Limits(), check, dict(os.environ), None,
                 None, on_start, on_done)
    try:
        outcomes = pool.run(plan_.jobs)
    except KeyboardInterrupt as exc:
        done = pool.results or [None] * len(plan_.jobs)
        return BatchResult([o for o in done if o is not None], plan_.skipped, plan_.unlisted,
                           plan_.notes, time.perf_counter() - started,
                           not_checked=[str(j.path) for j, o in zip(plan_.jobs, done,
                                                                     strict=True) if o is None],
                           stop_code=exit_code(exc))
    return BatchResult(outcomes, plan_.skipped, plan_.unlisted, plan_.notes,
                       time.perf_counter() - started)
