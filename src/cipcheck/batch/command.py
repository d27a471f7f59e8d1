"""``cipcheck batch``: plan, run, report. The command line's options arrive as ``Settings``."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from cipcheck.api import Options
from cipcheck.batch.errors import BatchUsageError
from cipcheck.batch.plan import plan
from cipcheck.batch.pool import run
from cipcheck.batch.progress import Progress
from cipcheck.batch.worker import Limits
from cipcheck.outputs import write_batch
from cipcheck.render.formats import render_batch
from cipcheck.render.summary import summary_table


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
    with Progress(len(the_plan.jobs), s.progress) as progress:
        result = run(the_plan, s.jobs, s.limits, progress.start, progress.finish)
    lang = s.options.lang
    to_stdout = s.output is None and s.formats[0] != "rich"
    if s.output is not None:
        written = write_batch(result, s.formats, s.output, lang, s.csv_sep)
        out = Console(file=sys.stdout, highlight=False,
                      width=None if sys.stdout.isatty() else 140)
        out.print(summary_table(result.reports, lang))
        err.print("Rapports écrits : " + escape(", ".join(str(p) for p in written)))
    elif to_stdout:
        sys.stdout.write(render_batch(result, s.formats[0], lang, s.csv_sep))
        err.print(summary_table(result.reports, lang))
    else:
        out = Console(file=sys.stdout, highlight=False,
                      width=None if sys.stdout.isatty() else 140)
        out.print(summary_table(result.reports, lang))
    err.print(f"Durée : {result.seconds:.1f} s pour {len(result.outcomes)} fichier(s).")
    return result.exit_code
