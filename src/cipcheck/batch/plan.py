"""What a batch will check: each file with its rule set and options, nothing read yet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from cipcheck.api import Options
from cipcheck.batch.candidates import duplicates, folder_candidates
from cipcheck.batch.discovery import Skipped, discover
from cipcheck.batch.errors import BatchUsageError
from cipcheck.batch.manifest import ManifestRow, read_manifest
from cipcheck.errors import RuleError
from cipcheck.findings import Finding, Status
from cipcheck.i18n import N_, translator


@dataclass(frozen=True)
class Job:
    path: Path
    rules: str | None
    options: Options
    # An error known before checking (missing file, bad manifest row): no child needed.
    error: Finding | None = None
    # Other files of its folder that look like the same dossier (candidates.duplicates).
    duplicates: tuple[str, ...] = ()


@dataclass
class Plan:
    jobs: list[Job]
    skipped: list[Skipped] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # files without a manifest row
    notes: list[str] = field(default_factory=list)  # French, N_-marked


def _rules_problem(spec: str) -> str | None:
    from cipcheck.ruleset import load
    try:
        load(spec)
    except RuleError as exc:
        # Its French text, a Msg when it can be translated (see cipcheck.i18n).
        return exc.args[0] if exc.args else str(exc)
    return None


def plan(paths: Path | Sequence[Path], rules: str | None, opts: Options,
         manifest: Path | None = None) -> Plan:
    """What to check, with which rule set and options; nothing is read yet.

    ``paths`` are folders (searched) or files (checked as given, as pre-commit passes
    them). Manifest rows are relative to the first folder.
    """
    paths = [paths] if isinstance(paths, Path) else list(paths)
    _refuse_bad_start(paths, rules)
    files: list[Path] = []
    skipped: list[Skipped] = []
    names: dict[Path, str] = {}
    for p in paths:
        if p.is_dir():
            found, left = discover(p)
            files += found
            skipped += left
            if manifest is None and opts.candidate is None:
                names.update(folder_candidates(found, p))
        else:
            files.append(p)
    result = Plan(jobs=[], skipped=skipped)
    if manifest is None:
        result.jobs = [Job(p, rules, replace(opts, candidate=names[p]) if p in names else opts)
                       for p in files]
    else:
        folders = [p for p in paths if p.is_dir()]
        _follow_manifest(result, files, folders[0] if folders else Path("."), manifest,
                         rules, opts)
    _flag_duplicates(result, files)
    return result


def _flag_duplicates(result: Plan, files: list[Path]) -> None:
    """Versions of one dossier (its DOCX and PDF, v1/v2/« final ») are all checked, and
    each says the others exist: 18 « dossiers » for 16 candidates read as 18 (blind19)."""
    found = duplicates(files)
    if not found:
        return
    result.jobs = [replace(j, duplicates=found[j.path]) if j.path in found else j
                   for j in result.jobs]
    seen: set[Path] = set()
    for path in files:
        if path in found and path not in seen:
            group = [path, *(Path(f) for f in found[path])]
            seen.update(group)
            result.notes.append(N_("doublons probables (tous vérifiés) : {files}",
                                   files=" ; ".join(str(f) for f in group)))


def _refuse_bad_start(paths: list[Path], rules: str | None) -> None:
    if not paths:
        raise BatchUsageError(N_("indiquez un dossier (ou des fichiers) à vérifier."))
    for p in paths:
        if not p.exists():
            raise BatchUsageError(N_("{path} introuvable : ce n'est ni un dossier ni un "
                                     "fichier.", path=p))
    if rules:
        problem = _rules_problem(rules)
        if problem:
            raise BatchUsageError(problem)


def _follow_manifest(result: Plan, files: list[Path], root: Path, manifest: Path,
                     rules: str | None, opts: Options) -> None:
    """A job per manifest row, in its order; then the files it does not list."""
    rule_problems: dict[str, str | None] = {}
    by_real = {p.resolve(): p for p in files}
    claimed: set[Path] = set()
    for row in read_manifest(manifest):
        path = _row_path(root, manifest, row.file)
        real = path.resolve()
        if real in claimed:
            result.notes.append(N_("manifeste ligne {line} : « {file} » déjà listé, ligne "
                                   "ignorée.", line=row.line, file=row.file))
            continue
        claimed.add(real)
        row_opts = replace(opts, candidate=row.candidate or opts.candidate,
                           route=row.route or opts.route,
                           hours=row.hours if row.hours is not None else opts.hours)
        row_rules = rules
        if row.rules:
            row_rules = _manifest_rules(manifest, row.rules)
            if row_rules not in rule_problems:
                rule_problems[row_rules] = _rules_problem(row_rules)
        problem = rule_problems.get(row_rules) if row_rules else None
        result.jobs.append(Job(by_real.get(real, path), row_rules, row_opts,
                               _row_error(row, path, problem, opts.lang)))
    for p in files:
        if p.resolve() not in claimed:
            result.unlisted.append(str(p))
            result.jobs.append(Job(p, rules, opts))


def _row_error(row: ManifestRow, path: Path, rules_problem: str | None,
               lang: str = "fr") -> Finding | None:
    """Why a manifest row cannot be checked at all (no child process needed)."""
    t = translator(lang)
    if row.problems:
        problems = t._(" ; ").join(t._(p) for p in row.problems)
        return Finding(
            id="input.manifest", status=Status.ERROR,
            message=t._("Manifeste, ligne {line} : {problems}.", line=row.line,
                        problems=problems),
            hint=t._("Corrigez cette ligne du manifeste puis relancez la vérification."))
    if rules_problem:
        return Finding(id="input.rules", status=Status.ERROR,
                       message=t._("Manifeste, ligne {line} : {problem}", line=row.line,
                                   problem=t._(rules_problem)),
                       hint=t._("Indiquez un jeu de règles existant (cipcheck rules list)."))
    if not path.is_file():
        return Finding(
            id="input.not_found", status=Status.ERROR,
            message=t._("Manifeste, ligne {line} : fichier introuvable « {file} ».",
                        line=row.line, file=row.file),
            hint=t._("Vérifiez le nom du fichier dans le manifeste (chemin relatif au dossier "
                     "vérifié) ou déposez le dossier manquant."))
    return None


def _row_path(root: Path, manifest: Path, name: str) -> Path:
    given = Path(name.replace("\\", "/"))
    if given.is_absolute():
        return given
    for base in (root, manifest.parent):
        if (base / given).exists():
            return base / given
    # The CSV of a batch run from a parent folder names its files as given on the command
    # line (« cohorte/dossiers/X.docx »): fed back as the manifest, that path is relative
    # to where the command runs, or its file name is in the folder checked.
    if given.exists():
        return given
    if (root / given.name).exists():
        return root / given.name
    return root / given


def _manifest_rules(manifest: Path, spec: str) -> str:
    # A rule file named in the manifest is relative to the manifest, like its files.
    if spec.endswith((".yaml", ".yml")) and not Path(spec).is_absolute():
        candidate = manifest.parent / spec
        if candidate.exists():
            return str(candidate)
    return spec
