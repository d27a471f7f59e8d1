"""``cipcheck batch``: plan, run, report. The command line's options arrive as ``Settings``."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cipcheck.api import Options
from cipcheck.batch.errors import BatchUsageError
from cipcheck.batch.plan import Plan, plan
from cipcheck.batch.pool import run
from cipcheck.batch.progress import Progress
from cipcheck.batch.worker import Limits
from cipcheck.i18n import N_, translator
from cipcheck.outputs import for_stdout, prepare, write_batch
from cipcheck.render.formats import render_batch
from cipcheck.render.summary import stop_note, summary_table


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


def run_command(s: Settings) -> int:
    """The batch command: plan, run, report. Returns the exit code."""
    from rich.console import Console
    from rich.markup import escape

    # Log lines are not wrapped (paths stay greppable); tables get a usable width in logs.
    err = Console(file=sys.stderr, highlight=False, soft_wrap=True,
                  width=None if sys.stderr.isatty() else 140)
    lang = s.options.lang
    t = translator(lang)
    if s.output is not None and s.output.exists() and not s.output.is_dir():
        raise BatchUsageError(N_("--output doit être un dossier en mode batch : {output} est "
                                 "un fichier.", output=s.output))
    if s.output is None and len(s.formats) > 1:
        raise BatchUsageError(N_("plusieurs formats demandés : indiquez un dossier avec "
                                 "--output."))
    if s.output is not None:
        prepare(s.output, folder=True)
    the_plan = plan(s.paths, s.rules, s.options, s.manifest)
    _print_plan(err, the_plan, s.paths, lang)
    with Progress(len(the_plan.jobs), s.progress, lang) as progress:
        result = run(the_plan, s.jobs, s.limits, progress.start, progress.finish)
    to_stdout = s.output is None and s.formats[0] != "rich"
    if s.output is not None:
        written = write_batch(result, s.formats, s.output, lang, s.csv_sep)
        out = Console(file=sys.stdout, highlight=False,
                      width=None if sys.stdout.isatty() else 140)
        out.print(summary_table(result.reports, lang))
        err.print(t._("Rapports écrits : {files}",
                      files=escape(", ".join(str(p) for p in written))))
    elif to_stdout:
        sys.stdout.write(for_stdout(render_batch(result, s.formats[0], lang, s.csv_sep),
                                    s.formats[0]))
        err.print(summary_table(result.reports, lang))
    else:
        out = Console(file=sys.stdout, highlight=False,
                      width=None if sys.stdout.isatty() else 140)
        out.print(summary_table(result.reports, lang))
    err.print(t.ngettext("Durée : {seconds} s pour {n} fichier(s).",
                         "Durée : {seconds} s pour {n} fichier(s).", len(result.outcomes),
                         seconds=f"{result.seconds:.1f}"))
    if result.stop_code is not None:
        # Stopped (Ctrl-C, SIGTERM): what was done is written above; say what was not, and
        # exit as a stopped process does (130, 143), not with the verdicts' code.
        err.print(escape(stop_note(result, lang) or ""))
        err.print(t._("Relancez cipcheck batch pour vérifier les dossiers restants."))
        return result.stop_code
    return result.exit_code


def _print_plan(err: Any, the_plan: Plan, paths: tuple[Path, ...], lang: str) -> None:
    """What the plan leaves out or says, on stderr, before the run."""
    from rich.markup import escape

    t = translator(lang)
    for sk in the_plan.skipped:
        err.print(t._("Ignoré : {path} ({reason})", path=escape(sk.path), reason=sk.reason))
    for note in the_plan.notes:
        err.print(escape(t._(note)))
    if the_plan.unlisted:
        err.print(t.ngettext(
            "{n} fichier(s) absent(s) du manifeste, vérifiés avec les options par défaut : "
            "{files}",
            "{n} fichier(s) absent(s) du manifeste, vérifiés avec les options par défaut : "
            "{files}", len(the_plan.unlisted), files=escape(", ".join(the_plan.unlisted))))
    if not the_plan.jobs:
        err.print(t._("Aucun dossier (.docx ou .pdf) trouvé dans {paths}.",
                      paths=escape(", ".join(map(str, paths)))))
