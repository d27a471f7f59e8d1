"""Build a part's blocks from a compact text, as the DOCX and PDF readers give them.

- paragraphs are separated by a blank line; ``# `` starts a sub-heading (bold, level 2);
- a line with `` | `` is a table row: one block per cell in a DOCX (``in_table``), one
  line with the cells side by side in a PDF (a PDF table is lines);
- in a PDF, paragraphs are cut into lines of about 90 characters, 38 lines a page.
"""

from __future__ import annotations

import textwrap

from cipcheck.document import Block, Span


def _block(text: str, page: int, y: float, *, bold: bool = False, level: int | None = None,
           table: bool = False) -> Block:
    return Block(text=text, page=page, y=y, spans=(Span("Arial", 11.0, len(text), bold),),
                 bold=bold, size=11.0, line_spacing=1.15, heading_level=level,
                 in_table=table)


def part_blocks(text: str, kind: str = "docx", page: int = 10) -> list[Block]:
    out: list[Block] = []
    line = 0
    per_page = 38

    def add(t: str, **kw: object) -> None:
        nonlocal line
        p = page + line // per_page
        out.append(_block(t, p, 0.05 + 0.024 * (line % per_page), **kw))  # type: ignore[arg-type]
        line += 1

    for para in (p.strip() for p in text.strip().split("\n\n")):
        for raw in para.splitlines():
            for piece, kw in _pieces(raw.strip(), kind):
                add(piece, **kw)
    return out


def _pieces(raw: str, kind: str) -> list[tuple[str, dict[str, object]]]:
    """The blocks one line of a passage gives: a sub-heading, table cells (one line in a
    PDF), or text (wrapped in a PDF)."""
    if not raw:
        return []
    if raw.startswith("# "):
        return [(raw[2:], {"bold": True, "level": None if kind == "pdf" else 2})]
    if " | " in raw:
        cells = [c.strip() for c in raw.split(" | ")]
        if kind == "pdf":
            return [("  ".join(cells), {})]
        return [(c, {"table": True}) for c in cells]
    if kind == "pdf":
        return [(piece, {}) for piece in textwrap.wrap(raw, 90)]
    return [(raw, {})]
