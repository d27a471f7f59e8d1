"""``cipcheck check``: what the command does once its command line is read.

Kept apart from the Typer application (cipcheck/cli.py) and free of Typer, so that a plain
``check`` command line (cipcheck/launch.py) runs without importing Typer at all: its
import is ~10 % of a 51-page PDF's check (issue 10). Typer's ``check`` command calls
:func:`run_check` too, so both paths do exactly the same thing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cipcheck.document import PAGE_SOURCES
from cipcheck.i18n import N_, Translator, translator
from cipcheck.render.formats import ALIASES, NAMES, render_one

if TYPE_CHECKING:
    from rich.console import Console

    from cipcheck.api import Options
    from cipcheck.findings import Report

FORMATS = NAMES  # the format table: cipcheck/render/formats.py


class Exit(SystemExit):
    """Leave with an exit code, as ``typer.Exit`` does: Typer lets a SystemExit through
    with its code, and so does its test runner."""

    @property
    def exit_code(self) -> int:
        return int(self.code or 0)


def stdout_console() -> Console:
    from rich.console import Console

    # Created per run (not at import) so NO_COLOR, redirections and tests are honoured.
    return Console(file=sys.stdout, highlight=False, soft_wrap=False,
                   width=None if sys.stdout.isatty() else 110)


def stderr_console() -> Console:
    from rich.console import Console

    return Console(file=sys.stderr, highlight=False)


def messages(lang: str | None = None) -> Translator:
    """The CLI's messages in ``lang`` (``--lang``); French, the source, by default."""
    return translator(lang)


def fail_usage(message: str, lang: str = "fr") -> Exit:
    """``message``: a French source text (or a :class:`~cipcheck.i18n.Msg`, e.g. a
    RuleError's) shown translated into ``lang``."""
    t = messages(lang)
    stderr_console().print(t._("[bold red]Erreur :[/] {message}", message=t._(message)))
    return Exit(2)


def rule_error(exc: Exception, lang: str) -> Exit:
    # A RuleError carries its French text, a Msg when it can be translated.
    return fail_usage(exc.args[0] if exc.args else str(exc), lang)


def parse_formats(values: list[str] | None, allowed: tuple[str, ...] = FORMATS,
                  lang: str = "fr") -> list[str]:
    out: list[str] = []
    for value in values or ["rich"]:
        for item in value.split(","):
            item = item.strip().lower()
            item = ALIASES.get(item, item)
            if not item:
                continue
            if item not in allowed:
                raise fail_usage(N_("format inconnu « {item} » (formats : {formats}).",
                                    item=item, formats=", ".join(allowed)), lang)
            if item not in out:
                out.append(item)
    return out


def check_choices(route: str, lang: str, pages: str) -> None:
    if lang not in ("fr", "en"):
        raise fail_usage(N_("langue inconnue « {lang} » (fr ou en).", lang=lang))
    if route not in ("formation", "vae"):
        raise fail_usage(N_("parcours inconnu « {route} » (formation ou vae).", route=route),
                         lang)
    if pages not in PAGE_SOURCES:
        raise fail_usage(N_("source de pages inconnue « {pages} » ({sources}).", pages=pages,
                            sources=", ".join(PAGE_SOURCES)), lang)


def run_check(files: list[Path], rules: str | None = None, route: str = "formation",
              hours: float | None = None, fmt: list[str] | None = None,
              output: Path | None = None, lang: str = "fr", strict: bool = False,
              pages: str = "auto", explain: bool = False, no_privacy: bool = False) -> None:
    """Check ``files`` and show or write the report(s); always leaves by :class:`Exit`
    with the report's exit code (2 for a usage error, said on stderr)."""
    from cipcheck.api import Options, check_file
    from cipcheck.errors import RuleError

    check_choices(route, lang, pages)
    if hours is not None and hours < 0:
        raise fail_usage(N_("--hours doit être positif."), lang)
    formats = parse_formats(fmt, lang=lang)
    if len(formats) > 1 and output is None:
        raise fail_usage(N_("plusieurs formats demandés : indiquez un dossier avec --output."),
                         lang)
    opts = Options(route=route, hours=hours, lang=lang, strict=strict, pages=pages,
                   privacy=not no_privacy)
    if len(files) > 1:
        check_several(files, rules, opts, formats, output, explain)
    if output is not None:
        _prepare_output(output, len(formats) > 1 or output.is_dir(), lang)
    try:
        report = check_file(files[0], rules, opts)
    except RuleError as exc:
        raise rule_error(exc, lang) from None
    if output is None:
        fmt_one = formats[0]
        if fmt_one == "rich":
            from cipcheck.render import rich_report
            rich_report.render(report, stdout_console(), explain)
        else:
            from cipcheck.outputs import for_stdout

            sys.stdout.write(for_stdout(render_one(report, fmt_one, explain), fmt_one))
    else:
        from cipcheck.errors import OutputError
        from cipcheck.outputs import write_report

        try:
            written = write_report(report, formats, output, explain)
        except OutputError as exc:
            raise rule_error(exc, lang) from None
        if written == [output]:
            stderr_console().print(messages(lang)._("Rapport écrit : {output}", output=output))
        else:
            stderr_console().print(messages(lang)._("Rapports écrits dans {output}", output=output))
    raise Exit(report.exit_code)


def _prepare_output(output: Path, folder: bool, lang: str) -> None:
    from cipcheck.errors import OutputError
    from cipcheck.outputs import prepare

    try:
        prepare(output, folder)
    except OutputError as exc:
        raise rule_error(exc, lang) from None


def _write_several(reports: list[Report], formats: list[str], output: Path,
                   explain: bool) -> None:
    from cipcheck.outputs import write_text
    from cipcheck.render.formats import FORMATS as TABLE

    seen: dict[str, int] = {}
    for report in reports:
        stem = Path(report.file).stem
        seen[stem] = seen.get(stem, 0) + 1
        if seen[stem] > 1:  # a/dossier.docx and b/dossier.docx: both reports kept
            stem = f"{stem}-{seen[stem]}"
        for f in formats:
            write_text(output / f"{stem}.{TABLE[f].extension}", render_one(report, f, explain))


def check_several(files: list[Path], rules: str | None, opts: Options,
                   formats: list[str], output: Path | None, explain: bool) -> None:
    """``check`` given several files: one report each, checked one after another with
    one LibreOffice for all their DOCX (api.check_files); the exit code is the worst."""
    from cipcheck.api import check_files
    from cipcheck.errors import RuleError

    if output is None and formats not in (["rich"], ["json"]):
        raise fail_usage("plusieurs fichiers dans ce format : indiquez un dossier avec "
                         "--output.")
    if output is not None and output.suffix and not output.is_dir():
        raise fail_usage("plusieurs fichiers : --output doit être un dossier.")
    if output is not None:
        _prepare_output(output, True, opts.lang)
    try:
        reports = check_files(files, rules, opts)
    except RuleError as exc:
        raise fail_usage(str(exc)) from None
    if output is not None:
        from cipcheck.errors import OutputError

        try:
            _write_several(reports, formats, output, explain)
        except OutputError as exc:
            raise rule_error(exc, opts.lang) from None
        said = messages(opts.lang)._("Rapports écrits dans {output}", output=output)
        stderr_console().print(said)
    elif formats == ["json"]:
        from cipcheck.render import json_report
        sys.stdout.write(json_report.render_batch(reports))
    else:
        from cipcheck.render import rich_report
        for report in reports:
            rich_report.render(report, stdout_console(), explain)
    raise Exit(max(r.exit_code for r in reports))
