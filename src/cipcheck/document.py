"""The one model every reader produces: a document as pages of text blocks.

Nothing downstream of a reader knows whether the file was a PDF or a DOCX.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

# Where a DOCX's pages may come from (--pages); "auto" picks the best available.
PAGE_SOURCES = ("auto", "libreoffice", "word", "estimate")


class PagesMethod(str, Enum):
    PDF = "pdf"
    DOCX_RENDERED = "docx-rendered"  # Word's own pagination (rendered page breaks)
    DOCX_ESTIMATED = "docx-estimated"
    LIBREOFFICE = "libreoffice"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text with uniform formatting, weighted by its characters."""

    font: str | None
    size: float | None
    chars: int
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """A line (PDF) or a paragraph (DOCX), in reading order.

    ``page`` is 1-based; ``y`` is where the block starts on that page, 0 at the top of the
    page and 1 at the bottom. ``line_spacing`` is the multiple of single spacing: declared
    in a DOCX, measured from the baseline pitch in a PDF.
    """

    text: str
    page: int
    y: float = 0.0
    spans: tuple[Span, ...] = ()
    bold: bool = False
    size: float | None = None
    line_spacing: float | None = None
    style: str | None = None
    heading_level: int | None = None
    in_table: bool = False
    is_toc: bool = False
    first_on_page: bool = False
    # Opens a page whatever the layout: a page break or a new-page section break comes
    # between it and the text before it (DOCX). Word cannot pull it onto the page before.
    page_break_before: bool = False

    @property
    def position(self) -> float:
        """Position in pages from the start of the document (0 = top of page 1).

        A block that opens its page sits exactly on the page boundary, so a part that
        starts on a fresh page and ends where the next one starts on a fresh page
        counts a whole number of pages whatever the margins.
        """
        if self.first_on_page:
            return float(self.page - 1)
        return self.page - 1 + self.y

    @property
    def font(self) -> str | None:
        value = dominant(self.spans, "font")
        return value if isinstance(value, str) else None


def dominant(spans: tuple[Span, ...], attr: str) -> object | None:
    weights: dict[object, int] = {}
    for s in spans:
        value = getattr(s, attr)
        weights[value] = weights.get(value, 0) + s.chars
    if not weights:
        return None
    return max(weights.items(), key=lambda kv: kv[1])[0]


@dataclass(frozen=True)
class Document:
    """What a reader found in one file."""

    path: str
    kind: str  # "pdf" | "docx"
    page_count: int
    pages_method: PagesMethod
    blocks: tuple[Block, ...]
    # Running headers, footers, footnotes and comments: kept apart from the body so
    # they never count as body text nor as part headings.
    margins: tuple[Block, ...] = ()
    notes: tuple[str, ...] = ()
    # Facts about how pages were obtained and anything the report should say about it.
    pages_notes: tuple[str, ...] = ()
    # Alternative page counts from other sources (e.g. Word's own pagination).
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)
