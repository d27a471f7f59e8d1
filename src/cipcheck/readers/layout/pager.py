"""The page cursor: which page and column the next line goes to, how much height is
used, and LibreOffice's spacing rules between blocks (see ``flow``)."""

from __future__ import annotations

from dataclasses import dataclass

from cipcheck.readers.docx_body import DocxContent, Para, Section

MIN_LINES = 2  # LibreOffice's (and Word's) widow and orphan lines


@dataclass(frozen=True, slots=True)
class Spot:
    page: int
    y: float  # 0..1 from the top of the page
    first_on_page: bool


class Pager:
    """Where the next line goes: page, column, height used, and the gap rules."""

    def __init__(self, content: DocxContent) -> None:
        self.sections = content.sections or [Section()]
        self.page = 1
        self.column = 0
        self.used = 0.0
        self.sec = self.sections[0]
        self.visible_on_page = False
        self.anything_on_page = False
        self.keep_before = True  # page 1, or a page opened by an explicit break
        self.prev_after = 0.0
        self.prev_style: str | None = None
        self.prev_contextual = False
        self.header = 0.0  # height of the current table's repeated header rows

    # -- geometry --------------------------------------------------------------
    @property
    def body(self) -> float:
        return max(72.0, self.sec.height - self.sec.top - self.sec.bottom)

    @property
    def width(self) -> float:
        cols = max(1, self.sec.columns)
        usable = self.sec.width - self.sec.left - self.sec.right
        return max(72.0, (usable - self.sec.column_gap * (cols - 1)) / cols)

    @property
    def room(self) -> float:
        return self.body - self.used

    def spot(self, offset: float, visible: bool) -> Spot:
        first = not self.visible_on_page
        if visible:
            self.visible_on_page = True
        self.anything_on_page = True
        return Spot(self.page, min(1.0, (self.sec.top + self.used + offset) / self.sec.height),
                    first)

    # -- moving on ---------------------------------------------------------------
    def next_column(self) -> None:
        """Overflow: next column, else next page (space before is then dropped)."""
        if self.column + 1 < max(1, self.sec.columns):
            self.column += 1
        else:
            self.page += 1
            self.column = 0
            self.visible_on_page = self.anything_on_page = False
        self.used = 0.0
        self.keep_before = False
        self.prev_after = 0.0

    def hard_break(self, parity: str | None = None) -> None:
        """Explicit page or section break: a new page unless this one is still empty."""
        if self.anything_on_page or self.used > 0:
            self.page += 1
        if parity == "oddPage" and self.page % 2 == 0 or parity == "evenPage" and (
                self.page % 2 == 1):
            self.page += 1  # LibreOffice inserts a blank page
        self.column = 0
        self.used = 0.0
        self.visible_on_page = self.anything_on_page = False
        self.keep_before = True
        self.prev_after = 0.0

    def gap(self, before: float, p: Para) -> float:
        """Space between the previous block and ``p``'s first line."""
        after = self.prev_after
        if p.style is not None and p.style == self.prev_style:
            if p.contextual_spacing:
                before = 0.0
            if self.prev_contextual:
                after = 0.0
        if self.used == 0.0:
            return before if self.keep_before else 0.0
        return max(after, before)

    def done(self, p: Para, after: float) -> None:
        self.prev_after = after
        self.prev_style = p.style
        self.prev_contextual = p.contextual_spacing
