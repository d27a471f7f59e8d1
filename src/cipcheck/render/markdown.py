"""Markdown report, for a comment on a training platform or a merge request."""

from __future__ import annotations

from collections.abc import Sequence

from cipcheck.findings import Report
from cipcheck.i18n import translator
from cipcheck.render.labels import STATUS_ICON, annexes_label, label, verdict_counts
from cipcheck.render.parts import layout_status
from cipcheck.textnorm import fr_number

_EMOJI = {"pass": "✅", "fail": "❌", "warn": "⚠️", "skip": "➖", "error": "❌"}


def _n(report: Report, value: float | None) -> str:
    if value is None:
        return "–"
    text = fr_number(value)
    return text.replace(",", ".") if report.lang == "en" else text


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _item(text: str) -> tuple[str, str]:
    """A list item's text, and the lines of a checklist ("- …") as a nested list."""
    first, *rest = text.split("\n")
    nested = [f"\n  - {_cell(line[2:])}" for line in rest if line.startswith("- ")]
    if not nested:
        return _cell(text), ""
    return _cell(first), "".join(nested)


def render(report: Report) -> str:
    lang = report.lang
    v = report.verdict.value
    out = [f"## {_EMOJI[v]} {report.file} — {label(lang, v)}", ""]
    out.append(f"- **{label(lang, 'rules')}** : {report.rules} — {report.rules_title or ''}")
    out.append(f"- **{label(lang, 'route')}** : {label(lang, report.route)}")
    if report.strict:
        out.append(f"- **{label(lang, 'verdict')}** : {verdict_counts(report)}")
    if report.pages_method:
        out.append(
            f"- **{label(lang, 'pages')}** : {_n(report, report.pages_body)} "
            f"{label(lang, 'body')}, {_n(report, report.pages_annexes)} "
            f"{annexes_label(lang, report.pages_annexes)}"
            f" ({label(lang, 'method')} {label(lang, 'method.' + report.pages_method)})")
    out.append("")
    if report.parts:
        out.append(f"| N° | {label(lang, 'title_found')} | {label(lang, 'start')} | "
                   f"{label(lang, 'pages')} | {label(lang, 'expected')} | "
                   f"{label(lang, 'status')} |")
        out.append("|---:|---|---:|---:|:---:|---|")
        for p in report.parts:
            heading = _cell(p.heading or f"*{label(lang, 'missing')}*")
            shown = layout_status(report, p)
            out.append(f"| {p.number} | {heading} | {p.start_page or '–'} | "
                       f"{_n(report, p.pages)} | {_n(report, p.min)}–{_n(report, p.max)} | "
                       f"{_EMOJI[shown.value]} {label(lang, shown.value)} |")
        out.append("")
    todo = report.to_fix()
    out.append(f"### {label(lang, 'to_fix')}")
    out.append("")
    if not todo:
        out.append(label(lang, "nothing_to_fix"))
    for f in todo:
        where = (translator(lang)._(" (partie {part})", part=f.part)
                 if f.part is not None else "")
        head, nested = _item(f.message)
        line = f"- {_EMOJI[f.status.value]} `{f.id}`{where} : {head}"
        if f.hint:
            line += f" — *{_cell(f.hint)}*"
        line += nested
        out.append(line)
    out.append("")
    out.append(f"<details><summary>{label(lang, 'checks')} ({len(report.checks)})</summary>")
    out.append("")
    for f in report.checks:
        out.append(f"- {STATUS_ICON[f.status.value]} `{f.id}` {_cell(f.message)}")
    out.append("")
    out.append("</details>")
    out.append("")
    return "\n".join(out)


def render_batch(reports: Sequence[Report]) -> str:
    return "\n".join(render(r) for r in reports)
