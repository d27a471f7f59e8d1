"""A table row of a PDF read as one line, as the DOCX gives it one row.

A word processor draws a table cell by cell: pdfium gives the first lines of the cells
that share the row's top baseline as one line (« E1 mardi 6 janvier présentiel à »), then
the rest of the cell that wrapped (« l'antenne de », « Fougères »), then jumps back up to
the row's top for the next cell (« Premier », « échange sur »…). Read line by line, a row
whose cells wrap is cut into pieces that say nothing alone; the interview, hours and
content readers then miss it or count its pieces.

Only the page's geometry says where a row is: after the row's first line, every line is
either the next line of the same cell (just below the one before, not left of the cell's
start) or a new cell that starts again on the row's top baseline, to the right of every
cell before it. A row is joined only when it has such a jump back up: prose, lists and
headings never go back up the page, and a row whose cells all fit on one line is one
line already.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cipcheck.readers.pdf import PdfLine

_SAME_BASELINE = 1.5  # points: cells of one row share their top baseline exactly
_SAME_COLUMN = 1.0  # points: the lines of a left-aligned cell start at one x
_NEXT_LINE = 2.2  # a cell's next line: within this many font sizes below the one before


def _row_end(lines: list[PdfLine], i: int) -> int:
    """The index after the last line of the row that starts at ``lines[i]``; ``i + 1``
    when no cell of it starts again on its top baseline and no last cell wraps under its
    first word (a line of prose, a list item, a heading)."""
    first = lines[i]
    top, size = first.baseline, first.size or 11.0
    cell_x = rightmost = first.x
    prev, end, j = first, i + 1, i + 1
    while j < len(lines):
        ln = lines[j]
        if ln.page != first.page:
            break
        if abs(ln.baseline - top) <= _SAME_BASELINE and ln.x > rightmost + 1:
            # a new cell on the row's top baseline, right of every cell before it
            cell_x = rightmost = ln.x
            end = j + 1
        elif (j == i + 1 and ln.x > first.x + 1 and 0 < ln.baseline - top <= _NEXT_LINE * size
              and any(abs(ln.x - x) <= _SAME_COLUMN for x in first.starts)):
            # the row's last cell wraps under its own first word: every other cell
            # fitted on the row's first line
            cell_x = rightmost = ln.x
            end = j + 1
        elif (0 < ln.baseline - prev.baseline <= _NEXT_LINE * size
              and ln.x >= cell_x - 1):
            # the same cell, one line lower (a cell wider on the first line than the
            # first cell: later cells of that line start further right)
            rightmost = max(rightmost, ln.x)
            if end > i + 1:
                end = j + 1
        else:
            break
        prev = ln
        j += 1
    return end


def join_rows(lines: list[PdfLine]) -> list[PdfLine]:
    """The lines with each table row whose cells wrap made one line, its cells in the
    order they are drawn (left to right, each cell's lines in order)."""
    # A row starts on a line whose baseline the text comes back up to later on its page,
    # or on a line whose next line goes on under one of its words: only those are
    # followed (following every line of a page would cost its lines squared).
    back: dict[int, list[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        if b.page == a.page and b.baseline < a.baseline - _SAME_BASELINE:
            back.setdefault(b.page, []).append(b.baseline)
    out: list[PdfLine] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        starts_row = bool(ln.starts) or any(abs(y - ln.baseline) <= _SAME_BASELINE
                                             for y in back.get(ln.page, ()))
        end = _row_end(lines, i) if starts_row else i + 1
        if end == i + 1:
            out.append(lines[i])
        else:
            row = lines[i:end]
            out.append(replace(
                row[0], text=" ".join(ln.text for ln in row),
                spans=tuple(s for ln in row for s in ln.spans),
                bold=sum(ln.bold for ln in row) * 2 > len(row), joined=True))
        i = end
    return out
