"""One table of output formats and one map of report sections, read by every output.

``check``, ``batch`` and the web page take names, extensions, file names and renderers
from ``render/formats.py``; the rich and HTML reports take their sections from
``render/labels.SECTIONS``. These tests fail when one of them goes its own way again.
"""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from cipcheck import batch
from cipcheck.cli import FORMATS as CLI_FORMATS
from cipcheck.cli import app
from cipcheck.findings import Finding, PartResult, Report, Status
from cipcheck.outputs import write_batch, write_report
from cipcheck.render import html, rich_report
from cipcheck.render.formats import FORMATS, render_batch, render_one
from cipcheck.render.labels import SECTIONS, label
from cipcheck.server import page


def _report(file: str, checks: tuple[Finding, ...], lang: str = "fr") -> Report:
    return Report(
        file=file, rules="cip-ccp1", verdict=Status.FAIL, route="formation", hours=120.0,
        pages_body=21.0, pages_annexes=4.0, pages_method="pdf", checks=checks,
        rules_title="CCP 1", page_count=25, lang=lang, candidate="Léa Bernard",
        parts=(PartResult(1, "Présentation", True, 3, 5.0, 4, 6, Status.PASS, "Partie 1"),))


# One finding of each section, in the reverse of the order the report shows them.
FINDINGS = (
    Finding("hours.total", Status.FAIL, "Heures en entreprise : 120 h, attendu au moins 140 h.",
            hint="Ajoutez l'attestation de la seconde période."),
    Finding("format.spacing", Status.WARN, "Interligne 1,5 lu sur 12 paragraphes."),
    Finding("pages.body", Status.PASS, "Pages hors annexes : 21 pages."),
    Finding("structure.order", Status.PASS, "Les parties sont dans l'ordre."),
)
REPORT = _report("cohorte/bernard.pdf", FINDINGS)
RESULT = batch.BatchResult([batch.Outcome(REPORT, 0.2),
                            batch.Outcome(_report("cohorte/roux.docx", FINDINGS[1:]), 0.3)])


def test_the_command_line_offers_exactly_the_table() -> None:
    assert tuple(CLI_FORMATS) == tuple(FORMATS)
    assert set(batch.OUTPUT_NAMES) == set(FORMATS)
    names = [f.batch_file for f in FORMATS.values()]
    assert len(set(names)) == len(names)  # no two batch outputs overwrite each other


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_renders_one_report_and_a_batch(name: str) -> None:
    one = render_one(REPORT, name)
    whole = render_batch(RESULT, name)
    assert "bernard" in one and "bernard" in whole and "roux" in whole
    assert "roux" not in one


def test_check_writes_the_tables_extension_per_format(tmp_path: Path) -> None:
    written = write_report(REPORT, list(FORMATS), tmp_path / "out")
    # rich and github share .txt: the last one written wins, as before the table.
    assert [p.name for p in written] == [f"bernard.{f.extension}" for f in FORMATS.values()]
    single = write_report(REPORT, ["junit"], tmp_path / "rapport.xml")
    assert single == [tmp_path / "rapport.xml"]
    assert (tmp_path / "rapport.xml").read_text(encoding="utf-8") == render_one(REPORT, "junit")


def test_batch_writes_the_tables_file_names(tmp_path: Path) -> None:
    written = write_batch(RESULT, list(FORMATS), tmp_path)
    assert [p.name for p in written] == [f.batch_file for f in FORMATS.values()]
    assert (tmp_path / "cipcheck.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # for Excel
    assert sorted(p.name for p in (tmp_path / "dossiers").iterdir()) == ["bernard.html",
                                                                        "roux.html"]


def test_the_web_page_downloads_use_the_table() -> None:
    body = page.result(REPORT, "fr", render_one(REPORT, "html"))
    for name in ("html", "json"):
        fmt = FORMATS[name]
        assert f'download="cohorte/bernard-cipcheck.{fmt.extension}"' in body
        assert f'href="data:{fmt.media_type};charset=utf-8;base64,' in body


def test_the_cli_rejects_a_format_outside_the_table(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["check", str(tmp_path / "x.pdf"), "-f", "docx"])
    assert done.exit_code == 2
    assert ", ".join(FORMATS) in " ".join(done.output.split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rich_and_html_show_the_sections_in_the_maps_order(lang: str) -> None:
    report = _report("bernard.pdf", FINDINGS, lang)
    buf = StringIO()
    rich_report.render(report, Console(file=buf, width=140, no_color=True))
    text = buf.getvalue()
    page_html = html.render(report)
    titles = [label(lang, key) for key, _ in SECTIONS]
    for shown in (text, page_html):
        positions = [shown.rfind(title) for title in titles]  # past the header's words
        assert -1 not in positions, (titles, positions)
        assert positions == sorted(positions)
    # Each finding sits under its own section's title.
    for key, prefixes in SECTIONS:
        finding = next(f for f in FINDINGS if f.id.startswith(prefixes))
        title_at = page_html.rfind(label(lang, key))
        assert page_html.find(finding.id, title_at) != -1 or \
            page_html.find(finding.message[:20], title_at) != -1
