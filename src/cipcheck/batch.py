"""``cipcheck batch``: a whole cohort folder, each file isolated in its own process.

A dossier is untrusted input: pdfium and lxml are C code that can loop or allocate
without bound on a crafted file, and a thread cannot stop CPU-bound parsing. So every
file is checked in a child process of its own (N at a time), with an address-space
limit set inside the child and a wall-clock deadline enforced by the parent, which kills
the child's whole process group (LibreOffice included). A file that hangs, explodes or
crashes becomes that file's ``input.*`` error report; the other files go on.
"""

from __future__ import annotations

import contextlib
import csv
import io
import multiprocessing as mp
import os
import shutil
import signal
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from cipcheck.api import Options, check_file
from cipcheck.findings import Finding, Report, Status
from cipcheck.readers import lo_server
from cipcheck.ruleset import RuleError

# Formats a candidate actually sends. Beyond DOCX and PDF, the legacy/other word
# processor formats are checked too, so that the candidate gets "export it as DOCX/PDF"
# instead of being silently left out of the cohort.
DOSSIER_SUFFIXES = frozenset({".docx", ".pdf"})
OTHER_DOCUMENT_SUFFIXES = frozenset({".doc", ".docm", ".dotx", ".odt", ".rtf", ".wps", ".pages"})
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 1536  # a 50-page dossier needs ~100 MB here; LibreOffice ~250 MB


class BatchUsageError(Exception):
    """The batch cannot start (bad folder, unreadable manifest, unknown rule set)."""


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"file": self.path, "reason": self.reason}


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def discover(root: Path) -> tuple[list[Path], list[Skipped]]:
    """Dossier files under ``root`` (sorted, as ``root / relative``), and what was skipped.

    Never follows a symlinked folder (its files are either already under ``root`` or
    outside it) and never reads a file a symlink leads to outside ``root``.
    """
    real_root = root.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for name in sorted(dirnames):
            sub = here / name
            if name.startswith(".") or name == "__MACOSX":
                skipped.append(Skipped(str(sub), "dossier caché"))
                dirnames.remove(name)
            elif sub.is_symlink():
                if not _inside(sub.resolve(), real_root):
                    skipped.append(Skipped(str(sub), "lien symbolique menant hors du dossier"))
                dirnames.remove(name)  # os.walk does not follow it; say nothing if inside
        dirnames.sort()
        for name in sorted(filenames):
            path = here / name
            suffix = path.suffix.lower()
            if suffix not in DOSSIER_SUFFIXES | OTHER_DOCUMENT_SUFFIXES:
                continue
            if name.startswith("~$"):
                skipped.append(Skipped(str(path), "fichier de verrouillage de Word (~$)"))
            elif name.startswith("."):
                skipped.append(Skipped(str(path), "fichier caché"))
            elif path.is_symlink():
                target = path.resolve()
                if not target.exists():
                    skipped.append(Skipped(str(path), "lien symbolique cassé"))
                elif not _inside(target, real_root):
                    skipped.append(Skipped(str(path), "lien symbolique menant hors du dossier"))
                else:
                    found.append(path)
            else:
                found.append(path)
    return found, skipped


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class ManifestRow:
    line: int
    file: str
    candidate: str | None = None
    rules: str | None = None
    route: str | None = None
    hours: float | None = None
    problems: tuple[str, ...] = ()


_COLUMNS = {
    "file": "file", "fichier": "file", "chemin": "file", "path": "file",
    "candidate": "candidate", "candidat": "candidate", "candidate_name": "candidate",
    "nom": "candidate", "name": "candidate", "stagiaire": "candidate",
    "rules": "rules", "regles": "rules", "jeu de regles": "rules", "rule set": "rules",
    "route": "route", "parcours": "route",
    "hours": "hours", "heures": "hours",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("_", " ").strip()


def _decode(data: bytes) -> str:
    # Excel writes UTF-8 with a BOM ("CSV UTF-8") or, in France, cp1252 ("CSV (séparateur:
    # point-virgule)"); utf-8-sig reads both UTF-8 flavours.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_hours(text: str) -> float:
    """``"392"``, ``"392,5"``, ``"1 200 h"``, ``"392 heures"`` → a number of hours."""
    cleaned = text.strip().lower()
    for unit in ("heures", "heure", "h"):
        if cleaned.endswith(unit):
            cleaned = cleaned[: -len(unit)]
            break
    for space in (" ", "\u00a0", "\u202f"):
        cleaned = cleaned.replace(space, "")
    value = float(cleaned.replace(",", "."))
    if value < 0 or value != value:
        raise ValueError(text)
    return value


def read_manifest(path: Path) -> list[ManifestRow]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BatchUsageError(f"manifeste illisible : {path} ({exc.strerror}).") from exc
    text = _decode(data)
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise BatchUsageError(f"manifeste vide : {path}.")
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first))
    rows = list(reader)
    header_index = next(i for i, r in enumerate(rows) if any(c.strip() for c in r))
    header = [_COLUMNS.get(_fold(c)) for c in rows[header_index]]
    if "file" not in header:
        raise BatchUsageError(
            f"manifeste {path} : colonne « file » (ou « fichier ») absente ; colonnes "
            "attendues : file, candidate, rules, route, hours.")
    out: list[ManifestRow] = []
    for number, raw in enumerate(rows[header_index + 1:], start=header_index + 2):
        cells: dict[str, str] = {}
        for key, value in zip(header, raw, strict=False):
            if key and key not in cells:
                cells[key] = value.strip()
        if not cells.get("file"):
            continue  # blank lines Excel leaves at the end (";;;;")
        problems: list[str] = []
        route = cells.get("route", "").lower() or None
        if route is not None and route not in ("formation", "vae"):
            problems.append(f"parcours « {cells['route']} » inconnu (formation ou vae)")
            route = None
        hours = None
        if cells.get("hours"):
            try:
                hours = parse_hours(cells["hours"])
            except ValueError:
                problems.append(f"heures « {cells['hours']} » illisibles (un nombre, ex. 392 "
                                "ou 392,5)")
        out.append(ManifestRow(
            line=number, file=cells["file"], candidate=cells.get("candidate") or None,
            rules=cells.get("rules") or None, route=route, hours=hours,
            problems=tuple(problems)))
    return out


# --------------------------------------------------------------------------- jobs


@dataclass(frozen=True)
class Job:
    path: Path
    rules: str | None
    options: Options
    # An error known before checking (missing file, bad manifest row): no child needed.
    error: Finding | None = None


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


@dataclass
class Plan:
    jobs: list[Job]
    skipped: list[Skipped] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # files without a manifest row
    notes: list[str] = field(default_factory=list)


@dataclass
class BatchResult:
    outcomes: list[Outcome]
    skipped: list[Skipped] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def reports(self) -> list[Report]:
        return [o.report for o in self.outcomes]

    @property
    def exit_code(self) -> int:
        return max((r.exit_code for r in self.reports), default=0)


def error_report(path: Path | str, code: str, message: str, hint: str | None,
                 opts: Options, rules: str | None = None) -> Report:
    finding = Finding(id=f"input.{code}", status=Status.ERROR, message=message, hint=hint)
    return _finding_report(path, finding, opts, rules)


def _finding_report(path: Path | str, finding: Finding, opts: Options,
                    rules: str | None) -> Report:
    return Report(file=str(path), rules=rules, verdict=Status.ERROR, route=opts.route,
                  hours=opts.hours, pages_body=None, pages_annexes=None, pages_method=None,
                  checks=(finding,), lang=opts.lang, candidate=opts.candidate)


def _rules_problem(spec: str) -> str | None:
    from cipcheck.ruleset import load
    try:
        load(spec)
    except RuleError as exc:
        return str(exc)
    return None


def plan(paths: Path | Sequence[Path], rules: str | None, opts: Options,
         manifest: Path | None = None) -> Plan:
    """What to check, with which rule set and options; nothing is read yet.

    ``paths`` are folders (searched) or files (checked as given, as pre-commit passes
    them). Manifest rows are relative to the first folder.
    """
    paths = [paths] if isinstance(paths, Path) else list(paths)
    if not paths:
        raise BatchUsageError("indiquez un dossier (ou des fichiers) à vérifier.")
    folders = [p for p in paths if p.is_dir()]
    for p in paths:
        if not p.exists():
            raise BatchUsageError(f"{p} introuvable : ce n'est ni un dossier ni un fichier.")
    if rules:
        problem = _rules_problem(rules)
        if problem:
            raise BatchUsageError(problem)
    files: list[Path] = []
    skipped: list[Skipped] = []
    for p in paths:
        if p.is_dir():
            found, left = discover(p)
            files += found
            skipped += left
        else:
            files.append(p)
    root = folders[0] if folders else Path(".")
    result = Plan(jobs=[], skipped=skipped)
    if manifest is None:
        result.jobs = [Job(p, rules, opts) for p in files]
        return result
    rows = read_manifest(manifest)
    rule_problems: dict[str, str | None] = {}
    by_real = {p.resolve(): p for p in files}
    claimed: set[Path] = set()
    for row in rows:
        path = _row_path(root, manifest, row.file)
        row_opts = replace(opts, candidate=row.candidate or opts.candidate,
                           route=row.route or opts.route,
                           hours=row.hours if row.hours is not None else opts.hours)
        real = path.resolve()
        shown = by_real.get(real, path)
        if real in claimed:
            result.notes.append(f"manifeste ligne {row.line} : « {row.file} » déjà listé, "
                                "ligne ignorée.")
            continue
        claimed.add(real)
        row_rules = row.rules or rules
        if row.rules:
            spec = _manifest_rules(manifest, row.rules)
            row_rules = spec
            if spec not in rule_problems:
                rule_problems[spec] = _rules_problem(spec)
        error: Finding | None = None
        if row.problems:
            error = Finding(
                id="input.manifest", status=Status.ERROR,
                message=f"Manifeste, ligne {row.line} : " + " ; ".join(row.problems) + ".",
                hint="Corrigez cette ligne du manifeste puis relancez la vérification.")
        elif row_rules and rule_problems.get(row_rules):
            error = Finding(id="input.rules", status=Status.ERROR,
                            message=f"Manifeste, ligne {row.line} : {rule_problems[row_rules]}",
                            hint="Indiquez un jeu de règles existant (cipcheck rules list).")
        elif not path.is_file():
            error = Finding(
                id="input.not_found", status=Status.ERROR,
                message=f"Manifeste, ligne {row.line} : fichier introuvable « {row.file} ».",
                hint="Vérifiez le nom du fichier dans le manifeste (chemin relatif au dossier "
                     "vérifié) ou déposez le dossier manquant.")
        result.jobs.append(Job(shown, row_rules, row_opts, error))
    for p in files:
        if p.resolve() not in claimed:
            result.unlisted.append(str(p))
            result.jobs.append(Job(p, rules, opts))
    return result


def _row_path(root: Path, manifest: Path, name: str) -> Path:
    given = Path(name.replace("\\", "/"))
    if given.is_absolute():
        return given
    for base in (root, manifest.parent):
        if (base / given).exists():
            return base / given
    return root / given


def _manifest_rules(manifest: Path, spec: str) -> str:
    # A rule file named in the manifest is relative to the manifest, like its files.
    if spec.endswith((".yaml", ".yml")) and not Path(spec).is_absolute():
        candidate = manifest.parent / spec
        if candidate.exists():
            return str(candidate)
    return spec


# --------------------------------------------------------------------------- one file


def check_one(job: Job) -> Report:
    """Check one file; every failure becomes that file's ``input.*`` report."""
    opts = job.options
    if job.error is not None:
        return _finding_report(job.path, job.error, opts, job.rules)
    try:
        return check_file(job.path, job.rules, opts)
    except RuleError as exc:
        if job.rules:
            return error_report(job.path, "rules", str(exc),
                                "Vérifiez le jeu de règles (cipcheck rules validate).", opts,
                                job.rules)
        return error_report(
            job.path, "unrecognised",
            "Impossible de reconnaître le type de dossier (titre complet ou CCP) d'après son "
            "contenu.",
            "Précisez le jeu de règles avec --rules (cip-titre, cip-ccp1, cip-ccp2, "
            "cip-ccp3…) ou dans la colonne « rules » d'un manifeste (--manifest).", opts)
    except MemoryError:
        return _too_large(job)
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


def _too_large(job: Job, limit_mb: int | None = None) -> Report:
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


def _child(check: CheckFn, job: Job, limits: Limits, env: dict[str, str],
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
        report = _too_large(job, limits.memory_mb)
    seconds = time.perf_counter() - started
    conn.send(Outcome(report, seconds, _rss_mb(), _rss_mb(children=True), _cpu_seconds()))
    conn.close()


def _context() -> Any:
    # forkserver: a clean, pre-imported parent to fork from (fast, unlike spawn; safe,
    # unlike fork from a process that may hold threads and locks).
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        # The API imports the checks lazily (start-up of the CLI): preload them here so
        # that each worker does not import them again.
        ctx.set_forkserver_preload(["cipcheck.batch", "cipcheck.readers.pdf",
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
    report = error_report(
        run.job.path, "timeout",
        f"L'analyse a dépassé le temps autorisé ({limits.timeout:g} s) et a été arrêtée.",
        "Le fichier est sans doute construit de façon anormale : exportez de nouveau le "
        "dossier en PDF depuis Word (ou relancez avec --timeout plus grand).",
        run.job.options, run.job.rules)
    return Outcome(report, time.monotonic() - run.started)


def _crash_outcome(run: _Running, limits: Limits) -> Outcome:
    code = run.proc.exitcode
    seconds = time.monotonic() - run.started
    if limits.memory_mb and run.peak_vm_mb >= 0.75 * limits.memory_mb:
        # pdfium and lxml abort (C++ bad_alloc) rather than raise when an allocation
        # fails: a death close to the memory limit is the file exploding.
        return Outcome(_too_large(run.job, limits.memory_mb), seconds,
                       round(run.peak_vm_mb, 1))
    how = (f"signal {-code}" if code is not None and code < 0 else f"code {code}")
    memory = (f", peut-être faute de mémoire (limite : {limits.memory_mb} Mo)"
              if limits.memory_mb else "")
    report = error_report(
        run.job.path, "crashed",
        f"Le lecteur de documents s'est arrêté brutalement sur ce fichier ({how}){memory}.",
        "Le fichier est sans doute endommagé ou démesuré : exportez de nouveau le dossier "
        "en PDF depuis Word.", run.job.options, run.job.rules)
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
    results: list[Outcome | None] = [None] * len(jobs)
    # Biggest files first: a long dossier started last would leave the other workers
    # idle at the end. Results still come back in the order of ``jobs``.
    queue = sorted(enumerate(jobs), key=lambda item: _size(item[1].path))
    running: dict[int, _Running] = {}
    ctx = None
    env = {**os.environ, **(env_overrides or {})}

    # One LibreOffice per worker for the whole batch instead of one per DOCX (issue 10).
    own_offices = offices is None
    offices = offices or lo_server.Pool(workers, limits.memory_mb)

    def finish(run: _Running, outcome: Outcome, clean: bool = True) -> None:
        results[run.index] = outcome
        running.pop(run.index)
        if run.office is not None:
            offices.release(run.office, restart=not clean)
        shutil.rmtree(run.tmp, ignore_errors=True)
        if on_done:
            on_done(run.job, outcome)

    try:
        while queue or running:
            while queue and len(running) < max(1, workers):
                index, job = queue.pop()
                if job.error is not None:  # nothing to isolate
                    outcome = Outcome(check_one(job), 0.0)
                    results[index] = outcome
                    if on_done:
                        on_done(job, outcome)
                    continue
                if ctx is None:
                    ctx = _context()
                    _warm_up(ctx)
                recv, send = ctx.Pipe(duplex=False)
                tmp = tempfile.mkdtemp(prefix="cipcheck-job-", dir=tmp_root)
                child_env = {**env, "TMPDIR": tmp}
                office = offices.acquire(job.path, job.options.pages)
                if office is not None:
                    child_env[lo_server.ENV] = office[1]
                proc = ctx.Process(target=_child, daemon=True,
                                   args=(check, job, limits, child_env, send))
                now = time.monotonic()
                proc.start()
                send.close()
                running[index] = _Running(index, job, proc, recv, now, now + limits.timeout,
                                          tmp, office=office[0] if office else None)
                if on_start:
                    on_start(job)
            if not running:
                continue
            nearest = min(r.deadline for r in running.values())
            handles: list[Any] = [r.conn for r in running.values()]
            handles += [r.proc.sentinel for r in running.values()]
            wait(handles, timeout=min(SAMPLE_EVERY, max(0.0, nearest - time.monotonic())))
            for run in list(running.values()):
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
                    finish(run, received or _crash_outcome(run, limits), received is not None)
                elif not run.proc.is_alive():
                    run.proc.join()
                    run.conn.close()
                    finish(run, _crash_outcome(run, limits), clean=False)
                elif time.monotonic() >= run.deadline:
                    _kill(run.proc)
                    run.conn.close()
                    finish(run, _timeout_outcome(run, limits), clean=False)
    finally:  # Ctrl+C or an error here: leave no child (nor its LibreOffice) behind
        for run in running.values():
            _kill(run.proc)
            shutil.rmtree(run.tmp, ignore_errors=True)
        if own_offices:
            offices.close()
    return [r for r in results if r is not None]


def run(plan_: Plan, workers: int | None = None, limits: Limits | None = None,
        on_start: Callable[[Job], None] | None = None,
        on_done: Callable[[Job, Outcome], None] | None = None,
        check: CheckFn = check_one) -> BatchResult:
    started = time.perf_counter()
    outcomes = run_jobs(plan_.jobs, workers or default_jobs(), limits or Limits(),
                        on_start, on_done, check)
    return BatchResult(outcomes, plan_.skipped, plan_.unlisted, plan_.notes,
                       time.perf_counter() - started)


# --------------------------------------------------------------------------- outputs

OUTPUT_NAMES = {"json": "cipcheck.json", "junit": "cipcheck.xml", "csv": "cipcheck.csv",
                "markdown": "cipcheck.md", "html": "index.html", "github": "cipcheck-github.txt",
                "rich": "cipcheck.txt"}

_HEAD = {
    "fr": ("Candidat", "Fichier", "Règles", "Verdict", "Pages", "Annexes", "Échecs", "Avert.",
           "À corriger en premier"),
    "en": ("Candidate", "File", "Rules", "Verdict", "Pages", "Annexes", "Failures",
           "Warnings", "First thing to fix"),
}


def summary_table(reports: Sequence[Report], lang: str = "fr") -> Any:
    from rich.table import Table
    from rich.text import Text

    from cipcheck.render.csv_report import first_fix, number, short_names
    from cipcheck.render.labels import STATUS_ICON, STATUS_STYLE, label

    head = _HEAD.get(lang, _HEAD["fr"])
    counts = {s: sum(1 for r in reports if r.verdict.value == s) for s in ("pass", "fail",
                                                                            "error")}
    title = (f"{len(reports)} dossier(s) : {counts['pass']} conforme(s), {counts['fail']} non "
             f"conforme(s), {counts['error']} en erreur" if lang != "en" else
             f"{len(reports)} file(s): {counts['pass']} pass, {counts['fail']} fail, "
             f"{counts['error']} error")
    table = Table(title=title, title_justify="left")
    table.add_column(head[0], overflow="fold", min_width=8, max_width=22)
    table.add_column(head[1], overflow="fold", min_width=12, max_width=30)
    table.add_column(head[2], no_wrap=True)
    table.add_column(head[3], no_wrap=True)
    table.add_column(head[4], justify="right")
    table.add_column(head[5], justify="right")
    table.add_column(head[6], justify="right")
    table.add_column(head[7], justify="right")
    table.add_column(head[8], overflow="fold", ratio=1, min_width=24)
    sep = "," if lang != "en" else "."
    names = short_names([r.file for r in reports])
    for r, name in zip(reports, names, strict=True):
        v = r.verdict.value
        table.add_row(r.candidate or "–", name, r.rules or "–",
                      Text(f"{STATUS_ICON[v]} {label(r.lang, v)}", style=STATUS_STYLE[v]),
                      number(r.pages_body, sep) or "–", number(r.pages_annexes, sep) or "–",
                      str(len(r.failures)), str(len(r.warnings)), first_fix(r) or "–")
    return table


def _markdown(result: BatchResult, lang: str) -> str:
    from cipcheck.render import markdown
    from cipcheck.render.csv_report import first_fix, number

    head = _HEAD.get(lang, _HEAD["fr"])
    lines = ["# cipcheck", "", "| " + " | ".join(head) + " |",
             "|---|---|---|---|---:|---:|---:|---:|---|"]
    for r in result.reports:
        cells = [r.candidate or "–", r.file, r.rules or "–", r.verdict.value,
                 number(r.pages_body) or "–", number(r.pages_annexes) or "–",
                 str(len(r.failures)), str(len(r.warnings)), first_fix(r) or "–"]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n\n" + markdown.render_batch(result.reports)


def _rich_text(result: BatchResult, lang: str) -> str:
    from rich.console import Console

    from cipcheck.render import rich_report
    buf = io.StringIO()
    console = Console(file=buf, width=140, no_color=True, highlight=False)
    console.print(summary_table(result.reports, lang))
    for r in result.reports:
        console.print()
        rich_report.render(r, console)
    return buf.getvalue()


def render_format(result: BatchResult, fmt: str, lang: str = "fr", csv_sep: str = ";") -> str:
    """One format of the whole batch, as a single text (stdout or one output file)."""
    reports = result.reports
    if fmt == "json":
        from cipcheck.render import json_report
        extra: dict[str, object] = {"skipped": [s.to_dict() for s in result.skipped]}
        if result.unlisted:
            extra["unlisted"] = result.unlisted
        return json_report.render_batch(reports, extra)
    if fmt == "junit":
        from cipcheck.render import junit
        return junit.render_batch(reports)
    if fmt == "csv":
        from cipcheck.render import csv_report
        return csv_report.render_batch(reports, sep=csv_sep)
    if fmt == "github":
        from cipcheck.render import github
        return github.render_batch(reports)
    if fmt == "html":
        from cipcheck.render import html
        return html.render_all(reports)
    if fmt == "markdown":
        return _markdown(result, lang)
    return _rich_text(result, lang)


def page_names(reports: Sequence[Report]) -> list[str]:
    """A distinct, readable file name per dossier page (two ``dupont`` files may exist)."""
    names: list[str] = []
    used: set[str] = set()
    for r in reports:
        p = Path(r.file)
        base = "".join(c if c.isalnum() or c in "-_." else "_" for c in p.stem) or "dossier"
        name = base
        if name.lower() in used:
            name = f"{base}-{p.suffix.lstrip('.').lower() or 'x'}"
        n = 2
        while name.lower() in used:
            name = f"{base}-{n}"
            n += 1
        used.add(name.lower())
        names.append(f"{name}.html")
    return names


def write_outputs(result: BatchResult, formats: Sequence[str], folder: Path,
                  lang: str = "fr", csv_sep: str = ";") -> list[Path]:
    from cipcheck.cli import _write
    written: list[Path] = []
    for fmt in formats:
        if fmt == "html":
            from cipcheck.render import html
            names = page_names(result.reports)
            for report, name in zip(result.reports, names, strict=True):
                target = folder / "dossiers" / name
                _write(target, html.render(report, back_link="../index.html"))
            index = folder / OUTPUT_NAMES["html"]
            _write(index, html.render_index(result.reports, [f"dossiers/{n}" for n in names]))
            written.append(index)
            continue
        target = folder / OUTPUT_NAMES[fmt]
        _write(target, render_format(result, fmt, lang, csv_sep))
        written.append(target)
    return written


# --------------------------------------------------------------------------- command


@dataclass(frozen=True)
class Settings:
    paths: tuple[Path, ...]
    rules: str | None = None
    manifest: Path | None = None
    formats: tuple[str, ...] = ("rich",)
    output: Path | None = None
    jobs: int | None = None
    limits: Limits = Limits()
    options: Options = Options()
    csv_sep: str = ";"
    progress: bool = True


class _Progress:
    """Progress on stderr: a Rich bar on a terminal, one plain line per file otherwise."""

    def __init__(self, total: int, enabled: bool) -> None:
        from rich.console import Console
        self.console = Console(file=sys.stderr, highlight=False, soft_wrap=True)
        self.total = total
        self.done = 0
        self.failures = 0
        self.enabled = enabled and total > 0
        self.bar: Any = None
        self.task: Any = None
        self.active: list[str] = []

    def __enter__(self) -> _Progress:
        if self.enabled and self.console.is_terminal:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )
            self.bar = Progress(TextColumn("[bold]cipcheck[/]"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("{task.fields[fails]}"),
                                TimeElapsedColumn(), TextColumn("{task.description}"),
                                console=self.console, transient=True)
            self.task = self.bar.add_task("", total=self.total, fails="")
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def _fails(self) -> str:
        return f"[red]{self.failures} en échec[/]" if self.failures else ""

    def start(self, job: Job) -> None:
        self.active.append(Path(job.path).name)
        if self.bar is not None:
            self.bar.update(self.task, description=", ".join(self.active[-3:]))

    def finish(self, job: Job, outcome: Outcome) -> None:
        from rich.markup import escape

        from cipcheck.render.labels import label
        self.done += 1
        name = Path(job.path).name
        if name in self.active:
            self.active.remove(name)
        report = outcome.report
        if report.verdict is not Status.PASS:
            self.failures += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1, fails=self._fails(),
                            description=", ".join(self.active[-3:]))
        elif self.enabled:
            self.console.print(f"[{self.done}/{self.total}] {escape(str(job.path))} : "
                               f"{label(report.lang, report.verdict.value)}",
                               markup=True, highlight=False)


def run_command(s: Settings) -> int:
    """The batch command: plan, run, report. Returns the exit code."""
    from rich.console import Console
    from rich.markup import escape

    # Log lines are not wrapped (paths stay greppable); tables get a usable width in logs.
    err = Console(file=sys.stderr, highlight=False, soft_wrap=True,
                  width=None if sys.stderr.isatty() else 140)
    if s.output is not None and s.output.exists() and not s.output.is_dir():
        raise BatchUsageError(f"--output doit être un dossier en mode batch : {s.output} est "
                              "un fichier.")
    if s.output is None and len(s.formats) > 1:
        raise BatchUsageError("plusieurs formats demandés : indiquez un dossier avec --output.")
    the_plan = plan(s.paths, s.rules, s.options, s.manifest)
    for sk in the_plan.skipped:
        err.print(f"Ignoré : {escape(sk.path)} ({sk.reason})")
    for note in the_plan.notes:
        err.print(escape(note))
    if the_plan.unlisted:
        err.print(f"{len(the_plan.unlisted)} fichier(s) absent(s) du manifeste, vérifiés avec "
                  "les options par défaut : " + escape(", ".join(the_plan.unlisted)))
    if not the_plan.jobs:
        err.print("Aucun dossier (.docx ou .pdf) trouvé dans "
                  f"{escape(', '.join(map(str, s.paths)))}.")
    with _Progress(len(the_plan.jobs), s.progress) as progress:
        result = run(the_plan, s.jobs, s.limits, progress.start, progress.finish)
    lang = s.options.lang
    to_stdout = s.output is None and s.formats[0] != "rich"
    if s.output is not None:
        written = write_outputs(result, s.formats, s.output, lang, s.csv_sep)
        out = Console(file=sys.stdout, highlight=False,
                      width=None if sys.stdout.isatty() else 140)
        out.print(summary_table(result.reports, lang))
        err.print("Rapports écrits : " + escape(", ".join(str(p) for p in written)))
    elif to_stdout:
        sys.stdout.write(render_format(result, s.formats[0], lang, s.csv_sep))
        err.print(summary_table(result.reports, lang))
    else:
        out = Console(file=sys.stdout, highlight=False,
                      width=None if sys.stdout.isatty() else 140)
        out.print(summary_table(result.reports, lang))
    err.print(f"Durée : {result.seconds:.1f} s pour {len(result.outcomes)} fichier(s).")
    return result.exit_code
