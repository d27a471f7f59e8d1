"""The output formats, in one table: ``check``, ``batch`` and the web server read it.

A new format is one row here (and its module in ``render/``): its name on the command
line, the extension of one dossier's report, the file a batch writes in its ``--output``
folder, and how one report and a whole batch are rendered. Renderers are imported when
used: parsing ``--format`` must not load Rich or the HTML templates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cipcheck.findings import Report
    from cipcheck.render.summary import BatchView

OneRenderer = Callable[["Report", bool], str]  # (report, explain) -> text
BatchRenderer = Callable[["BatchView", str, str], str]  # (result, lang, csv_sep) -> text


@dataclass(frozen=True)
class Format:
    """One report format: its name, file extension and renderer."""

    name: str
    extension: str  # ``cipcheck check -o DIR`` writes DIR/<dossier>.<extension>
    batch_file: str  # ``cipcheck batch -o DIR`` writes DIR/<batch_file>
    media_type: str  # for a download or an HTTP answer
    render: OneRenderer
    render_batch: BatchRenderer


def _rich(report: Report, explain: bool) -> str:
    from io import StringIO

    from rich.console import Console

    from cipcheck.render import rich_report

    buf = StringIO()
    console = Console(file=buf, width=110, no_color=True, highlight=False)
    rich_report.render(report, console, explain)
    return buf.getvalue()


def _rich_batch(result: BatchView, lang: str, csv_sep: str) -> str:
    from cipcheck.render import summary

    return summary.rich_text(result, lang)


def _json(report: Report, explain: bool) -> str:
    from cipcheck.render import json_report

    return json_report.render(report)


def _json_batch(result: BatchView, lang: str, csv_sep: str) -> str:
    from cipcheck.render import summary

    return summary.json_text(result, lang)


def _junit(report: Report, explain: bool) -> str:
    from cipcheck.render import junit

    return junit.render(report)


def _junit_batch(result: BatchView, lang: str, csv_sep: str) -> str:
    from cipcheck.render import junit

    return junit.render_batch(result.reports)


def _html(report: Report, explain: bool) -> str:
    from cipcheck.render import html

    return html.render(report)


def _html_batch(result: BatchView, lang: str, csv_sep: str) -> str:
    # One page for stdout; with --output a batch writes an index and a page per dossier
    # (cipcheck.outputs.write_batch).
    from cipcheck.render import html, summary

    return html.render_all(result.reports, summary.stop_note(result, lang))


def _markdown(report: Report, explain: bool) -> str:
    from cipcheck.render import markdown

    return markdown.render(report)


def _markdown_batch(result: BatchView, lang: str, csv_sep: str) -> str:
    from cipcheck.render import summary

    return summary.markdown_text(result, lang)


def _csv(report: Report, explain: bool) -> str:
    from cipcheck.render import csv_report

    return csv_report.render_batch([report])


def _csv_batch(result: BatchView, lang: str, csv_sep: str) -> str:
    from cipcheck.render import csv_report, summary

    return csv_report.render_batch(result.reports, sep=csv_sep, lang=lang,
                                   note=summary.stop_note(result, lang))


def _github(report: Report, explain: bool) -> str:
    from cipcheck.render import github

    return github.render_batch([report])


def _github_batch(result: BatchView, lang: str, csv_sep: str) -> str:
    from cipcheck.render import github

    return github.render_batch(result.reports, lang)


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("rich", "txt", "cipcheck.txt", "text/plain", _rich, _rich_batch),
    Format("json", "json", "cipcheck.json", "application/json", _json, _json_batch),
    Format("junit", "xml", "cipcheck.xml", "application/xml", _junit, _junit_batch),
    Format("html", "html", "index.html", "text/html", _html, _html_batch),
    Format("markdown", "md", "cipcheck.md", "text/markdown", _markdown, _markdown_batch),
    Format("csv", "csv", "cipcheck.csv", "text/csv", _csv, _csv_batch),
    Format("github", "txt", "cipcheck-github.txt", "text/plain", _github, _github_batch),
)}
NAMES = tuple(FORMATS)
ALIASES = {"md": "markdown"}


def render_one(report: Report, fmt: str, explain: bool = False) -> str:
    """One dossier's report in ``fmt`` (plain text for ``rich``: no colours in a file)."""
    return FORMATS[fmt].render(report, explain)


def render_batch(result: BatchView, fmt: str, lang: str = "fr", csv_sep: str = ";") -> str:
    """A whole batch in ``fmt``, as one text (stdout or one output file)."""
    return FORMATS[fmt].render_batch(result, lang, csv_sep)
