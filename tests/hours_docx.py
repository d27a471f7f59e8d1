"""Word dossiers whose placement hours are stated (or not) in the ways candidates write
them, built from a realistic fixture (tests/fixtures/dossiers/ccp2-ok.docx: cover,
sommaire, three parts, tables, annexes) with python-docx.

    rewrite(dst, cover="Période(s) en entreprise : 105 heures", intro=[...],
            caption="Mes périodes en entreprise", table=[["Structure", "Durée (h)"], ...])

``cover``: the cover's hours line replaced (None: removed); ``intro``: paragraphs added
at the top of the introduction; ``caption`` and ``table``: a table (first row: header)
added after them, in the fixture's own table style.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.text.paragraph import Paragraph

SOURCE = Path(__file__).parent / "fixtures" / "dossiers" / "ccp2-ok.docx"


def rewrite(dst: Path, cover: str | None, intro: list[str] = (),  # type: ignore[assignment]
            caption: str | None = None, table: list[list[str]] | None = None,
            source: Path = SOURCE) -> Path:
    d = docx.Document(str(source))
    hours_line = next(p for p in d.paragraphs if p.text.startswith("Période(s) en entreprise"))
    if cover is None:
        hours_line._p.getparent().remove(hours_line._p)
    else:
        for run in hours_line.runs[1:]:
            run._r.getparent().remove(run._r)
        hours_line.runs[0].text = cover
    heading = next(p for p in d.paragraphs if p.text == "Introduction"
                   and p.style is not None and p.style.name.startswith("Heading"))
    first = _next_paragraph(d, heading)
    anchor = first
    for text in [*intro, *([caption] if caption else [])]:
        anchor.insert_paragraph_before(text, style=first.style)
    if table:
        grid = d.add_table(rows=len(table), cols=len(table[0]))
        grid.style = d.styles["Table Grid"]
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        first._p.addprevious(grid._tbl)
    d.save(str(dst))
    return dst


def _next_paragraph(d: docx.document.Document, after: Paragraph) -> Paragraph:
    ps = d.paragraphs
    k = next(i for i, p in enumerate(ps) if p._p is after._p)
    return ps[k + 1]
