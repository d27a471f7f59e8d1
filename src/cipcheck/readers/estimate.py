"""Lay out a DOCX without a renderer, to estimate where each paragraph falls.

Line wrapping with the glyph widths of the metric-compatible fonts (Liberation Sans for
Arial, Carlito for Calibri, Liberation Serif for Times New Roman), each section's page
size, margins and columns, paragraph and line spacing, indents and lists, tables row by
row, inline images, breaks, keep-with-next and widow/orphan control — following what
LibreOffice does with a DOCX, since LibreOffice is the renderer cipcheck prefers when it
is installed (see ``layout/``). Reports still say the pages are estimated.
"""

from __future__ import annotations

from dataclasses import dataclass

from cipcheck.document import PagesMethod
from cipcheck.readers.docx_body import DocxContent
from cipcheck.readers.layout.flow import paginate


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a paragraph starts."""

    page: int  # 1-based
    y: float  # 0..1 from the top of the page
    first_on_page: bool


@dataclass(frozen=True)
class Paginated:
    """One placement per paragraph of :class:`DocxContent` (None: not placed)."""

    placements: list[Placement | None]
    page_count: int
    method: PagesMethod
    notes: tuple[str, ...] = ()


def estimate(content: DocxContent) -> tuple[list[Placement], int]:
    """A placement for every paragraph, and the number of pages."""
    if not content.paragraphs:
        return [], 1
    spots, pages = paginate(content)
    out: list[Placement] = []
    last = Placement(1, 0.0, True)
    for spot in spots:
        if spot is not None:
            last = Placement(spot.page, spot.y, spot.first_on_page)
            out.append(last)
        else:  # cannot happen for a well-formed body; keep the list aligned anyway
            out.append(Placement(last.page, last.y, False))
    return out, max(pages, last.page)
