"""HTML report: a self-contained, printable page per candidate, and a cohort index.

Self-contained on purpose (inline CSS, no font, script or image fetched): the page is
sent by e-mail or opened offline by a trainer, and must print on A4 as it shows.
Same content as the screen report; nothing is computed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from cipcheck import __version__
from cipcheck.findings import Finding, PartResult, Report, Status
from cipcheck.i18n import N_, translator
from cipcheck.render.csv_report import first_fix, short_names
from cipcheck.render.labels import (
    COMPETENCE_PREFIX,
    SECTIONS,
    STATUS_ICON,
    annexes_label,
    label,
    verdict_counts,
)
from cipcheck.render.parts import layout_status
from cipcheck.textnorm import fr_number

MAX_FIX_CHARS = 160
FOOTER = N_("vérification hors ligne, aucun fichier envoyé")

CSS = """
:root { --pass:#1a7f37; --fail:#c62828; --warn:#9a6700; --skip:#6e7781; --error:#c62828;
  --line:#d0d7de; --soft:#f6f8fa; --ink:#1f2328; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans",
  Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1000px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 26px 0 8px; padding-bottom: 4px; border-bottom: 1px solid
  var(--line); }
a { color: #0550ae; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left;
  vertical-align: top; }
th { background: var(--soft); font-weight: 600; font-size: 13px; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.card { border: 2px solid var(--line); border-radius: 8px; padding: 16px 20px; }
.card.pass { border-color: var(--pass); } .card.fail, .card.error { border-color: var(--fail); }
.badge { display: inline-block; border-radius: 12px; padding: 1px 10px; font-weight: 600;
  font-size: 13px; color: #fff; white-space: nowrap; }
.badge.pass { background: var(--pass); } .badge.fail, .badge.error { background: var(--fail); }
.badge.warn { background: var(--warn); } .badge.skip { background: var(--skip); }
.st { font-weight: 600; white-space: nowrap; }
.st.pass { color: var(--pass); } .st.fail, .st.error { color: var(--fail); }
.st.warn { color: var(--warn); } .st.skip { color: var(--skip); }
.bar { position: relative; width: 140px; height: 14px; background: var(--soft);
  border: 1px solid var(--line); border-radius: 3px; }
.bar .range { position: absolute; top: 0; bottom: 0; background: repeating-linear-gradient(
  45deg, #d0d7de 0 3px, transparent 3px 6px); }
.bar .fill { position: absolute; top: 3px; bottom: 3px; left: 0; border-radius: 2px; }
.fill.pass { background: var(--pass); } .fill.fail, .fill.error { background: var(--fail); }
.fill.warn { background: var(--warn); }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { padding: 4px 0; display: grid; grid-template-columns: 9em 1fr; gap: 8px; }
ol.todo { padding-left: 22px; margin: 0; }
ol.todo li { margin: 0 0 10px; break-inside: avoid; page-break-inside: avoid; }
ol.warns { font-size: 13px; }
ol.warns li { margin-bottom: 6px; }
td.nowrap { white-space: nowrap; }
body.index { max-width: 1280px; }
.hint { color: #0a5b66; margin-top: 2px; }
ul.checklist { margin: 4px 0 0; padding-left: 20px; }
ul.checklist li.item { margin: 2px 0; }
.hint::before { content: "→ "; }
.where { font-weight: 600; }
.missing { color: var(--fail); font-style: italic; }
.ok { color: var(--pass); font-weight: 600; }
.muted, footer { color: #57606a; font-size: 12px; }
footer { margin-top: 32px; border-top: 1px solid var(--line); padding-top: 8px; }
.counts { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0 18px; }
.counts div { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px;
  min-width: 120px; }
.counts b { display: block; font-size: 24px; }
.crit { color: #57606a; font-size: 12px; margin: 2px 0 0 16px; padding: 0; }
section.dossier { margin-top: 40px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .noprint { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section.dossier { break-before: page; page-break-before: always; margin-top: 0; }
  .bar { width: 100px; }
}
"""


def _n(report_lang: str, value: float | None) -> str:
    if value is None:
        return "–"
    text = fr_number(value)
    return text.replace(",", ".") if report_lang == "en" else text


def _status(lang: str, status: Status, badge: bool = False) -> str:
    key = status.value
    cls = "badge" if badge else "st"
    return (f'<span class="{cls} {key}">{STATUS_ICON[key]} '
            f"{escape(label(lang, key))}</span>")


def _page(title: str, body: str, lang: str, body_class: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
            f'<body class="{body_class}">\n{body}\n'
            f"<footer>cipcheck {escape(__version__)} — {translator(lang)._(FOOTER)}"
            "</footer>\n</body>\n</html>\n")


def _header(r: Report) -> str:
    lang = r.lang
    facts = [(label(lang, "file"), escape(r.file))]
    if r.candidate:
        facts.insert(0, (translator(lang)._("Candidat"), escape(r.candidate)))
    facts.append((label(lang, "rules"), escape(r.rules or "–")
                  + (f" — {escape(r.rules_title)}" if r.rules_title else "")))
    facts.append((label(lang, "route"), escape(label(lang, r.route))))
    if r.hours is not None:
        facts.append((label(lang, "hours"), f"{_n(lang, r.hours)} h"))
    if r.pages_method:
        total = f", {r.page_count} {label(lang, 'total')}" if r.page_count else ""
        facts.append((label(lang, "pages"),
                      f"{_n(lang, r.pages_body)} {label(lang, 'body')}, "
                      f"{_n(lang, r.pages_annexes)} "
                      f"{annexes_label(lang, r.pages_annexes)}{total} — "
                      f"{label(lang, 'method')} "
                      f"{escape(label(lang, 'method.' + r.pages_method))}"))
    counts = verdict_counts(r)
    facts.append((label(lang, "verdict"),
                  f"{_status(lang, r.verdict, badge=True)} <span class=muted>{counts}</span>"))
    rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    title = escape(r.candidate or r.file)
    return (f'<div class="card {r.verdict.value}"><h1>{title}</h1>'
            f'<dl class="facts">{rows}</dl></div>')


def _bar(p: PartResult, status: Status) -> str:
    if p.pages is None or p.max is None:
        return ""
    scale = max(p.max * 1.25, p.pages, 1)
    low = (p.min or 0) / scale * 100
    high = p.max / scale * 100
    fill = min(100.0, p.pages / scale * 100)
    return (f'<div class="bar" title="{escape(_n("fr", p.pages))} / '
            f'{escape(_n("fr", p.min))}–{escape(_n("fr", p.max))}">'
            f'<div class="range" style="left:{low:.1f}%;width:{high - low:.1f}%"></div>'
            f'<div class="fill {status.value}" style="width:{fill:.1f}%"></div></div>')


def _parts(r: Report) -> str:
    lang = r.lang
    head = (f"<tr><th class=num>N°</th><th>{label(lang, 'title_found')}</th>"
            f"<th class=num>{label(lang, 'start')}</th><th class=num>{label(lang, 'pages')}</th>"
            f"<th class=num>{label(lang, 'expected')}</th><th></th>"
            f"<th>{label(lang, 'status')}</th></tr>")
    rows = []
    for p in r.parts:
        shown = layout_status(r, p)
        heading = (escape(p.heading) if p.heading else
                   f'<span class="missing">({escape(label(lang, "missing"))}) '
                   f"{escape(p.title)}</span>")
        rows.append(f"<tr><td class=num>{p.number}</td><td>{heading}</td>"
                    f"<td class=num>{p.start_page or '–'}</td>"
                    f"<td class=num>{_n(lang, p.pages)}</td>"
                    f"<td class=num>{_n(lang, p.min)}–{_n(lang, p.max)}</td>"
                    f"<td>{_bar(p, shown)}</td><td>{_status(lang, shown)}</td></tr>")
    return (f"<h2>{label(lang, 'parts')}</h2><table class=parts><thead>{head}</thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _message(text: str) -> str:
    """A finding's message; a checklist (lines starting with "- ") becomes a list."""
    lines = text.split("\n")
    items = [line[2:] for line in lines[1:] if line.startswith("- ")]
    if not items:
        return escape(text)
    rows = "".join(f'<li class="item">{escape(i)}</li>' for i in items)
    return f'{escape(lines[0])}<ul class="checklist">{rows}</ul>'


def _findings(r: Report, title: str, prefixes: tuple[str, ...]) -> str:
    rows = [f for f in r.checks if f.id.startswith(prefixes)]
    if not rows:
        return ""
    items = "".join(f"<li>{_status(r.lang, f.status)}<span>{_message(f.message)}</span></li>"
                    for f in rows)
    return f'<h2>{escape(title)}</h2><ul class="findings">{items}</ul>'


def _competences(r: Report) -> str:
    if not r.competences:
        return ""
    lang = r.lang
    groups: list[tuple[str, tuple[str, ...]]] = []
    if r.dossier_competences:
        groups.append((label(lang, "whole"), r.dossier_competences))
    groups.extend((str(p.number), p.competences) for p in r.parts)
    rows = []
    for name, cids in groups:
        for i, cid in enumerate(cids):
            comp = r.competences.get(cid, {})
            status = next((f for f in r.checks if f.id.startswith(COMPETENCE_PREFIX)
                           and f.competence == cid
                           and (f.part is None or str(f.part) == name)), None)
            mark = f" {_status(lang, status.status)}" if status else ""
            rows.append(f"<tr><td class=num>{escape(name) if i == 0 else ''}</td>"
                        f"<td><b>{escape(cid)}</b>{mark}</td>"
                        f"<td>{escape(str(comp.get('title', cid)))}</td></tr>")
    comp_word = translator(lang)._("Compétence")
    return (f"<h2>{label(lang, 'competences')}</h2><table><thead><tr>"
            f"<th class=num>{label(lang, 'part')}</th><th>Id</th><th>{comp_word}</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def _where(r: Report, f: Finding) -> str:
    if f.part is not None:
        where = f"{label(r.lang, 'part')} {f.part}"
        # "Partie 4 : 4 pages…" already says where: do not say it twice.
        return "" if f.message.startswith(where) else where
    if f.page is not None:
        return f"p. {f.page}"
    return ""


def _to_fix(r: Report) -> str:
    """Failures, numbered: what stops the dossier. Warnings come after the details."""
    lang = r.lang
    todo = [f for f in r.to_fix() if f.status is not Status.WARN]
    if not todo:
        text = label(lang, "nothing_to_fix")
        if r.warnings:
            text = translator(lang)._("Aucun échec ; voir les points à vérifier plus bas.")
        return f'<h2>{label(lang, "to_fix")}</h2><p class="ok">✔ {escape(text)}</p>'
    return f'<h2>{label(lang, "to_fix")}</h2>{_fix_list(r, todo, "todo")}'


def _to_check(r: Report) -> str:
    warns = [f for f in r.to_fix() if f.status is Status.WARN]
    if not warns:
        return ""
    title = label(r.lang, "to_check")
    return f"<h2>{title} ({len(warns)})</h2>{_fix_list(r, warns, 'todo warns')}"


def _fix_list(r: Report, todo: list[Finding], cls: str) -> str:
    lang = r.lang
    items = []
    for f in todo:
        where = _where(r, f)
        where_html = f'<span class="where">[{escape(where)}]</span> ' if where else ""
        hint = f'<div class="hint">{escape(f.hint)}</div>' if f.hint else ""
        # The check id is for tools (JSON, API): a candidate cannot read
        # « (hours.minimum) », so the page keeps it only as an attribute.
        items.append(f'<li data-check="{escape(f.id)}">{_status(lang, f.status)} '
                     f"{where_html}{_message(f.message)}{hint}</li>")
    return f'<ol class="{cls}">{"".join(items)}</ol>'


def _dossier(r: Report) -> str:
    lang = r.lang
    out = [_header(r)]
    if r.verdict is not Status.ERROR:
        # What to fix comes first on paper: it is what the candidate reads.
        out.append(_to_fix(r))
        if r.parts:
            out.append(_parts(r))
        for key, prefixes in SECTIONS:
            out.append(_findings(r, label(lang, key), prefixes))
        out.append(_competences(r))
        out.append(_to_check(r))
        if r.notes:
            notes = "".join(f"<li>{escape(n)}</li>" for n in r.notes)
            out.append(f"<h2>{label(lang, 'notes')}</h2><ul class=muted>{notes}</ul>")
    else:
        out.append(_to_fix(r))
    return "\n".join(x for x in out if x)


def render(report: Report, back_link: str | None = None) -> str:
    """One candidate's page."""
    all_files = translator(report.lang)._("Tous les dossiers")  # not in the f-string: pybabel
    back = (f'<p class="noprint"><a href="{escape(back_link)}">← {all_files}</a></p>'
            if back_link else "")
    title = f"cipcheck — {report.candidate or report.file}"
    return _page(title, back + _dossier(report), report.lang)


def _index_body(reports: Sequence[Report], links: Sequence[str],
                note: str | None = None) -> str:
    lang = reports[0].lang if reports else "fr"
    en = lang == "en"
    counts = {s: sum(1 for r in reports if r.verdict.value == s) for s in ("pass", "fail",
                                                                            "error")}
    boxes = "".join(
        f'<div><b class="st {key}">{counts[key]}</b>{escape(label(lang, key))}</div>'
        for key in ("pass", "fail", "error"))
    total = f'<div><b>{len(reports)}</b>{"dossiers" if not en else "files"}</div>'
    head = ("Candidat", "Fichier", "Règles", "Verdict", "Pages", "Annexes", "Échecs",
            "Avert.", "À corriger en premier") if not en else (
            "Candidate", "File", "Rules", "Verdict", "Pages", "Annexes", "Failures",
            "Warnings", "First thing to fix")
    ths = "".join(f"<th{' class=num' if 4 <= i <= 7 else ''}>{h}</th>"
                  for i, h in enumerate(head))
    rows = []
    files = short_names([r.file for r in reports])
    for r, link, file in zip(reports, links, files, strict=True):
        name = (f'<a href="{escape(link)}">{escape(r.candidate)}</a>' if r.candidate
                else "–")
        fix = first_fix(r)
        if len(fix) > MAX_FIX_CHARS:  # the whole message is on the candidate's page
            fix = fix[:MAX_FIX_CHARS].rsplit(" ", 1)[0] + " …"
        rows.append(
            f"<tr><td>{name}</td>"
            f'<td><a href="{escape(link)}" title="{escape(r.file)}">{escape(file)}</a></td>'
            f"<td class=nowrap>{escape(r.rules or '–')}</td>"
            f"<td>{_status(lang, r.verdict, badge=True)}</td>"
            f"<td class=num>{_n(lang, r.pages_body)}</td>"
            f"<td class=num>{_n(lang, r.pages_annexes)}</td>"
            f"<td class=num>{len(r.failures)}</td><td class=num>{len(r.warnings)}</td>"
            f"<td>{escape(fix) or '–'}</td></tr>")
    title = "Vérification des dossiers de la cohorte" if not en else "Cohort check"
    stopped = f'<p class="missing">{escape(note)}</p>' if note else ""
    return (f"<h1>{title}</h1>{stopped}<div class=counts>{total}{boxes}</div>"
            f"<table class=index><thead><tr>{ths}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def render_index(reports: Sequence[Report], links: Sequence[str],
                 note: str | None = None) -> str:
    """The cohort's summary table, each row linking to the candidate's page."""
    lang = reports[0].lang if reports else "fr"
    return _page("cipcheck — cohorte", _index_body(reports, links, note), lang, "index")


def render_all(reports: Sequence[Report], note: str | None = None) -> str:
    """Index and every dossier in one page (batch to stdout): links are anchors."""
    lang = reports[0].lang if reports else "fr"
    anchors = [f"#dossier-{i}" for i in range(1, len(reports) + 1)]
    sections = "".join(f'<section class="dossier" id="dossier-{i}">{_dossier(r)}</section>'
                       for i, r in enumerate(reports, 1))
    return _page("cipcheck — cohorte", _index_body(reports, anchors, note) + sections, lang,
                 "index")


def report_body(report: Report) -> str:
    """The report without its page around it: the web page embeds it."""
    return _dossier(report)
