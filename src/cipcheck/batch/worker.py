"""What happens to one file inside its worker process: the check itself, every way it can
go wrong turned into that file's ``input.*`` report, and the limits set on the process."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from cipcheck.api import Options, check_file, input_report, problem_report
from cipcheck.batch.plan import Job
from cipcheck.errors import RuleError
from cipcheck.findings import Finding, Report, Status
from cipcheck.readers.errors import unrecognised

DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 1536  # a 50-page dossier needs ~100 MB here; LibreOffice ~250 MB


@dataclass(frozen=True)
class Limits:
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB


@dataclass(frozen=True)
class Outcome:
    report: Report
    seconds: float
    peak_rss_mb: float | None = None  # the worker itself
    children_rss_mb: float | None = None  # its LibreOffice, if it rendered
    cpu_seconds: float | None = None  # user + system, worker and LibreOffice


def error_report(path: Path | str, code: str, message: str, hint: str | None,
                 opts: Options, rules: str | None = None) -> Report:
    finding = Finding(id=f"input.{code}", status=Status.ERROR, message=message, hint=hint)
    return input_report(path, finding, opts, rules)


def check_one(job: Job) -> Report:
    """Check one file; every failure becomes that file's ``input.*`` report."""
    opts = job.options
    if job.error is not None:
        return input_report(job.path, job.error, opts, job.rules)
    try:
        return check_file(job.path, job.rules, opts)
    except RuleError as exc:
        if job.rules:
            return error_report(job.path, "rules", str(exc),
                                "Vérifiez le jeu de règles (cipcheck rules validate).", opts,
                                job.rules)
        return problem_report(job.path, unrecognised(), opts)
    except MemoryError:
        return too_large(job)
    except RecursionError:
        return error_report(job.path, "corrupt",
                            "Le document a une structure anormalement imbriquée : il ne peut "
                            "pas être analysé.",
                            "Enregistrez une nouvelle copie depuis Word (.docx) ou exportez-le "
                            "en PDF.", opts, job.rules)
    except Exception as exc:  # a reader bug must not take the cohort down
        return error_report(job.path, "crashed",
                            f"Erreur interne de cipcheck pendant l'analyse ({type(exc).__name__}).",
                            "Signalez-la aux mainteneurs de cipcheck avec ce fichier si "
                            "possible ; en attendant, exportez le dossier en PDF.", opts,
                            job.rules)


def too_large(job: Job, limit_mb: int | None = None) -> Report:
    limit = f" (limite : {limit_mb} Mo)" if limit_mb else ""
    return error_report(job.path, "too_large",
                        f"Le document demande trop de mémoire pour être analysé{limit}.",
                        "Vérifiez qu'il s'agit bien du dossier (sans vidéos ni images "
                        "énormes) ; exportez-le de nouveau en PDF depuis Word.",
                        job.options, job.rules)


CheckFn = Callable[[Job], Report]


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # Windows: no rlimits, the timeout still applies
        return
    soft = megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _rss_mb(children: bool = False) -> float | None:
    try:
        import resource
    except ImportError:
        return None
    kb = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
                            ).ru_maxrss
    return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _cpu_seconds() -> float | None:
    try:
        import resource
    except ImportError:
        return None
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime, 3)


def child(check: CheckFn, job: Job, limits: Limits, env: dict[str, str],
           conn: Connection) -> None:
    # Own process group, so that a kill on timeout also reaches LibreOffice.
    if hasattr(os, "setpgrp"):
        os.setpgrp()
    # The fork server was started with the environment of its first use: give the child
    # the one of this run (cache folder, LibreOffice path...), and a temporary folder of
    # its own that the parent removes whatever happens (a killed LibreOffice leaves its
    # profile and copies behind).
    os.environ.clear()
    os.environ.update(env)
    tempfile.tempdir = env.get("TMPDIR")
    _limit_memory(limits.memory_mb)
    started = time.perf_counter()
    try:
        report = check(job)
    except MemoryError:
        report = too_large(job, limits.memory_mb)
    seconds = time.perf_counter() - started
    conn.send(Outcome(report, seconds, _rss_mb(), _rss_mb(children=True), _cpu_seconds()))
    conn.close()
