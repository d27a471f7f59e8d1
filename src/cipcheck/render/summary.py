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
from cipcheck.i18n import N_, translator


class SkippedFile(Protocol):
    def to_dict(self, lang: str = ...) -> dict[str, str]: ...


class BatchView(Protocol):
    """What a batch summary shows of a batch's result (``batch.BatchResult``)."""

    @property
    def reports(self) -> list[Report]: ...

    @property
    def skipped(self) -> Sequence[SkippedFile]: ...

    @property
    def unlisted(self) -> Sequence[str]: ...

    @property
    def not_checked(self) -> Sequence[str]: ...

    @property
    def interrupted(self) -> bool: ...


def stop_note(result: BatchView, lang: str = "fr") -> str | None:
    """« Interrompu après 5/18 dossiers : 13 non vérifié(s). » when the batch was stopped
    (Ctrl-C, SIGTERM) before its end; every batch output says it (blind19 F6)."""
    if not result.interrupted:
        return None
    done = len(result.reports)
    left = len(result.not_checked)
    return translator(lang).ngettext(
        "Interrompu après {done}/{total} dossiers : {left} dossier non vérifié.",
        "Interrompu après {done}/{total} dossiers : {left} dossiers non vérifiés.", left,
        done=done, total=done + left, left=left)


def json_text(result: BatchView, lang: str = "fr") -> str:
    from cipcheck.render import json_report

    extra: dict[str, object] = {"skipped": [s.to_dict(lang) for s in result.skipped]}
    if result.unlisted:
        extra["unlisted"] = list(result.unlisted)
    if result.interrupted:
        extra["interrupted"] = {"checked": len(result.reports),
                                "total": len(result.reports) + len(result.not_checked),
                                "not_checked": list(result.not_checked),
                                "message": stop_note(result, lang)}
    return json_report.render_batch(result.reports, extra)


_HEAD = (N_("Candidat"), N_("Fichier"), N_("Règles"), N_("Verdict"), N_("Pages"),
         N_("Annexes"), N_("Échecs"), N_("Avert."), N_("À corriger en premier"))


def _head(lang: str) -> list[str]:
    t = translator(lang)
    return [t._(h) for h in _HEAD]


def summary_table(reports: Sequence[Report], lang: str = "fr") -> Any:
    from rich.table import Table
    from rich.text import Text

    from cipcheck.render.csv_report import first_fix, number, short_names
    from cipcheck.render.labels import STATUS_ICON, STATUS_STYLE, label

    head = _head(lang)
    counts = {s: sum(1 for r in reports if r.verdict.value == s) for s in ("pass", "fail",
                                                                            "error")}
    title = translator(lang).ngettext(
        "{n} dossier(s) : {passed} conforme(s), {failed} non conforme(s), {errors} en erreur",
        "{n} dossier(s) : {passed} conforme(s), {failed} non conforme(s), {errors} en erreur",
        len(reports), passed=counts["pass"], failed=counts["fail"], errors=counts["error"])
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
    likely = translator(lang)._("(doublon probable)")
    for r, name in zip(reports, names, strict=True):
        v = r.verdict.value
        if r.duplicates:
            name = f"{name} {likely}"
        table.add_row(r.candidate or "–", name, r.rules or "–",
                      Text(f"{STATUS_ICON[v]} {label(r.lang, v)}", style=STATUS_STYLE[v]),
                      number(r.pages_body, sep) or "–", number(r.pages_annexes, sep) or "–",
                      str(len(r.failures)), str(len(r.warnings)), first_fix(r) or "–")
    return table


def markdown_text(result: BatchView, lang: str = "fr") -> str:
    from cipcheck.render import markdown
    from cipcheck.render.csv_report import first_fix, number

    head = _head(lang)
    note = stop_note(result, lang)
    lines = ["# cipcheck", "", *([f"**{note}**", ""] if note else []),
             "| " + " | ".join(head) + " |",
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
    note = stop_note(result, lang)
    if note:
        console.print(note, markup=False)
    console.print(summary_table(result.reports, lang))
    for r in result.reports:
        console.print()
        rich_report.render(r, console)
    return buf.getvalue()
