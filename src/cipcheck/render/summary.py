"""The cohort at a glance: what ``cipcheck batch`` shows and writes besides each report.

A table (one row per dossier) on the screen, and the whole batch as one Markdown or
plain text file; the JSON, JUnit, CSV, GitHub and HTML batch outputs are their own
modules' ``render_batch``/``render_all``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Protocol

from cipcheck.findings import Report


class SkippedFile(Protocol):
    def to_dict(self) -> dict[str, str]: ...


class BatchView(Protocol):
    """What a batch summary shows of a batch's result (``batch.BatchResult``)."""

    @property
    def reports(self) -> list[Report]: ...

    @property
    def skipped(self) -> Sequence[SkippedFile]: ...

    @property
    def unlisted(self) -> Sequence[str]: ...


def json_text(result: BatchView) -> str:
    from cipcheck.render import json_report

    extra: dict[str, object] = {"skipped": [s.to_dict() for s in result.skipped]}
    if result.unlisted:
        extra["unlisted"] = list(result.unlisted)
    return json_report.render_batch(result.reports, extra)


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


def markdown_text(result: BatchView, lang: str = "fr") -> str:
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


def rich_text(result: BatchView, lang: str = "fr") -> str:
    from rich.console import Console

    from cipcheck.render import rich_report
    buf = io.StringIO()
    console = Console(file=buf, width=140, no_color=True, highlight=False)
    console.print(summary_table(result.reports, lang))
    for r in result.reports:
        console.print()
        rich_report.render(r, console)
    return buf.getvalue()
