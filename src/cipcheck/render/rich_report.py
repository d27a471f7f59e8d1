"""The screen report: header, parts table, formatting, hours, competences, what to fix."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from cipcheck.findings import Finding, PartResult, Report, Status
from cipcheck.i18n import translator
from cipcheck.render.labels import (
    COMPETENCE_PREFIX,
    SECTIONS,
    STATUS_ICON,
    STATUS_STYLE,
    annexes_label,
    label,
    verdict_counts,
)
from cipcheck.render.parts import layout_status
from cipcheck.textnorm import fr_number

BAR_WIDTH = 12


def _num(report: Report, value: float | None) -> str:
    if value is None:
        return "–"
    text = fr_number(value)
    return text.replace(",", ".") if report.lang == "en" else text


def _status(report: Report, status: Status) -> Text:
    key = status.value
    return Text(f"{STATUS_ICON[key]} {label(report.lang, key)}", style=STATUS_STYLE[key])


def _bar(part: PartResult, status: Status) -> Text:
    if part.pages is None or part.max is None:
        return Text("")
    scale = max(part.max * 1.25, part.pages, 1)
    filled = min(BAR_WIDTH, round(part.pages / scale * BAR_WIDTH))
    low = round((part.min or 0) / scale * BAR_WIDTH)
    high = round(part.max / scale * BAR_WIDTH)
    style = STATUS_STYLE[status.value]
    bar = Text()
    for i in range(BAR_WIDTH):
        char = "█" if i < filled else ("·" if low <= i < high else " ")
        bar.append(char, style=style if i < filled else "dim")
    return bar


def _header(report: Report) -> Panel:
    lang = report.lang
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row(label(lang, "file"), report.file)
    grid.add_row(label(lang, "rules"), f"{report.rules or '–'}"
                 + (f" — {report.rules_title}" if report.rules_title else ""))
    if report.candidate:
        grid.add_row(translator(lang)._("Candidat"), report.candidate)
    grid.add_row(label(lang, "route"), label(lang, report.route))
    if report.pages_method:
        pages = (f"{_num(report, report.pages_body)} {label(lang, 'body')}, "
                 f"{_num(report, report.pages_annexes)} "
                 f"{annexes_label(lang, report.pages_annexes)}, "
                 f"{report.page_count} {label(lang, 'total')} — {label(lang, 'method')} "
                 f"{label(lang, 'method.' + report.pages_method)}")
        grid.add_row(label(lang, "pages"), pages)
    verdict = Text(f"{STATUS_ICON[report.verdict.value]} "
                   f"{label(lang, report.verdict.value).upper()}",
                   style=STATUS_STYLE[report.verdict.value])
    said = verdict_counts(report)
    counts = f"  ({said})" if said else ""
    grid.add_row(label(lang, "verdict"), verdict + Text(counts, style="dim"))
    return Panel(grid, title="cipcheck", title_align="left", border_style=STATUS_STYLE[
        report.verdict.value].replace("bold ", ""))


def _parts_table(report: Report) -> Table:
    lang = report.lang
    table = Table(title=label(lang, "parts"), title_justify="left", expand=False)
    table.add_column("N°", justify="right")
    table.add_column(label(lang, "title_found"), overflow="fold", max_width=46)
    table.add_column(label(lang, "start"), justify="right")
    table.add_column(label(lang, "pages"), justify="right")
    table.add_column(label(lang, "expected"), justify="center")
    table.add_column("", no_wrap=True)
    table.add_column(label(lang, "status"), no_wrap=True)
    for part in report.parts:
        expected = f"{_num(report, part.min)}–{_num(report, part.max)}"
        heading = part.heading or Text(f"({label(lang, 'missing')}) {part.title}", style="red")
        shown = layout_status(report, part)
        table.add_row(str(part.number), heading, str(part.start_page or "–"),
                      _num(report, part.pages), expected, _bar(part, shown),
                      _status(report, shown))
    return table


def _findings_table(report: Report, title: str, prefixes: tuple[str, ...]) -> Table | None:
    rows = [f for f in report.checks if f.id.startswith(prefixes)]
    if not rows:
        return None
    table = Table(title=title, title_justify="left", show_header=False, box=None,
                  padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for f in rows:
        table.add_row(_status(report, f.status), f.message)
    return table


def _competences(report: Report, explain: bool) -> Table | None:
    if not report.competences:
        return None
    lang = report.lang
    table = Table(title=label(lang, "competences"), title_justify="left", show_lines=explain)
    table.add_column(label(lang, "part"), justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column(translator(lang)._("Compétence"), overflow="fold")
    groups: list[tuple[str, tuple[str, ...]]] = []
    if report.dossier_competences:
        groups.append((label(lang, "whole"), report.dossier_competences))
    groups.extend((str(p.number), p.competences) for p in report.parts)
    for name, cids in groups:
        for i, cid in enumerate(cids):
            comp = report.competences.get(cid, {})
            text = Text(str(comp.get("title", cid)))
            if explain:
                for crit in comp.get("criteria", []):
                    text.append(f"\n  • {crit}", style="dim")
            status = next((f for f in report.checks
                           if f.id.startswith(COMPETENCE_PREFIX) and f.competence == cid
                           and (f.part is None or str(f.part) == name)), None)
            if explain and status is not None and status.expected:
                # Which required items of the part evidence it, found or not.
                found = set(filter(None, (status.actual or "").split(" ; ")))
                for item in status.expected.split(" ; "):
                    mark = "✔" if item in found else "✘"
                    text.append(f"\n  {mark} {item}",
                                style="green" if item in found else "yellow")
            cell = Text(cid) if status is None else Text(
                f"{cid} {STATUS_ICON[status.status.value]}", style=STATUS_STYLE[
                    status.status.value])
            table.add_row(name if i == 0 else "", cell, text)
    return table


def _numbered(report: Report, findings: list[Finding]) -> Text:
    lines = Text()
    for i, f in enumerate(findings, 1):
        where = _where(report, f)
        lines.append(f"{i}. ", style="bold")
        lines.append(f"{STATUS_ICON[f.status.value]} ", style=STATUS_STYLE[f.status.value])
        if where:
            lines.append(f"[{where}] ", style="bold")
        # A checklist's items go under its number, indented like the hint.
        lines.append(f.message.replace("\n", "\n   "))
        if f.hint:
            lines.append(f"\n   → {f.hint}", style="cyan")
        if i < len(findings):
            lines.append("\n")
    return lines


def _to_fix(report: Report) -> list[Panel]:
    """Failures to fix, then warnings to check: warnings never bury what fails."""
    lang = report.lang
    todo = report.to_fix()
    fails = [f for f in todo if f.status is not Status.WARN]
    warns = [f for f in todo if f.status is Status.WARN]
    if not todo:
        return [Panel(Text(label(lang, "nothing_to_fix"), style="green"),
                      title=label(lang, "to_fix"), title_align="left", border_style="green")]
    panels = []
    if fails:
        panels.append(Panel(_numbered(report, fails), title=label(lang, "to_fix"),
                            title_align="left", border_style="red"))
    if warns:
        panels.append(Panel(_numbered(report, warns), title=label(lang, "to_check"),
                            title_align="left", border_style="yellow"))
    return panels


def _where(report: Report, f: Finding) -> str:
    if f.part is not None:
        return f"{label(report.lang, 'part')} {f.part}"
    if f.page is not None:
        return f"p. {f.page}"
    return ""


def render(report: Report, console: Console, explain: bool = False) -> None:
    lang = report.lang
    items: list[object] = [_header(report)]
    if report.verdict is Status.ERROR:
        items.extend(_to_fix(report))
        console.print(Group(*items))  # type: ignore[arg-type]
        return
    if report.parts:
        items.append(_parts_table(report))
    for key, prefixes in SECTIONS:
        table = _findings_table(report, label(lang, key), prefixes)
        if table is not None:
            items.append(table)
    comp = _competences(report, explain)
    if comp is not None:
        items.append(comp)
    items.extend(_to_fix(report))
    if report.notes:
        items.append(Text("\n".join(f"ℹ {n}" for n in report.notes), style="dim"))
    for item in items:
        console.print(item)
        console.print()
