"""Flow sized paragraphs and table rows onto pages, the way LibreOffice does for DOCX.

Rules measured on LibreOffice 7.4 (our reference renderer):

- between two paragraphs the gap is the larger of the first's space after and the
  second's space before (not their sum); paragraphs of one style with "contextual
  spacing" (Word's list styles) drop theirs;
- a paragraph pushed to a new page by the flow loses its space before; one that starts
  a page after an explicit break, a section break, or on page 1, keeps it;
- the space after the last paragraph of a page need not fit;
- widow/orphan control keeps at least two lines together at either end; "keep lines
  together" moves a whole paragraph; "keep with next" moves a paragraph with the first
  lines of the next one (unless the chain is taller than a page);
- a paragraph holding nothing but a page break stays on the page it ends: the break
  takes effect after it;
- a table row is as tall as its tallest cell (paragraphs, cell margins) plus the
  border; rows may split across pages unless "can't split"; header rows repeat.
"""

from __future__ import annotations

from dataclasses import dataclass

from cipcheck.readers.docx_body import DocxContent, Para
from cipcheck.readers.layout.notes import note_height, separator_height
from cipcheck.readers.layout.pager import MIN_LINES, Pager, Spot
from cipcheck.readers.layout.paragraph import Sized, size_paragraph
from cipcheck.readers.layout.table import Row, build_row, lead_height, place_row, spread_merges


@dataclass(slots=True)
class _Item:
    """A paragraph (sized) or a table row, starting at paragraph ``index``."""

    index: int
    sized: Sized | None = None
    row: Row | None = None


def _items(content: DocxContent, width_of: list[float]) -> list[_Item]:
    """Paragraphs and table rows in order. A nested table's paragraphs count as
    paragraphs of the outer cell they sit in."""
    items: list[_Item] = []
    paras = content.paragraphs
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.table is None:
            items.append(_Item(i, size_paragraph(p, width_of[i])))
            i += 1
            continue
        key = p.table[:2]
        # The row runs to the last paragraph carrying its (table, row) key.
        j = i
        last = i
        while j < len(paras) and (where := paras[j].table) is not None:
            if where[:2] == key:
                last = j
            elif where[0] <= key[0]:
                break  # the next row of this table, or back in an enclosing table
            j += 1  # a nested table (numbered after its enclosing one)
        cells: dict[int, list[int]] = {}
        for k in range(i, last + 1):
            q = paras[k]
            col = q.table[2] if q.table is not None and q.table[:2] == key else None
            if col is None:  # nested table paragraph: stays in the current cell
                col = max(cells) if cells else 0
            cells.setdefault(col, []).append(k)
        items.append(_Item(i, None, build_row([cells[c] for c in sorted(cells)], paras,
                                              width_of)))
        i = last + 1
    # Vertical merges are resolved table by table.
    table: list[Row] = []
    for item in items + [_Item(-1)]:
        if item.row is not None and (not table or table[0].table == item.row.table):
            table.append(item.row)
            continue
        spread_merges(table)
        table = [item.row] if item.row is not None else []
    return items


def _cell_width(p: Para, column: float) -> float:
    cell = p.cell
    ncols = p.table[3] if p.table is not None else 1
    width = cell.width if cell is not None and cell.width else column / max(1, ncols)
    margins = cell.margins if cell is not None else (5.4, 5.4, 0.0, 0.0)
    return max(24.0, width - margins[0] - margins[1])


def paginate(content: DocxContent) -> tuple[list[Spot | None], int]:
    """A :class:`Spot` per paragraph (where its first line starts) and the page count."""
    paras = content.paragraphs
    pager = Pager(content)
    items = _items(content, _widths(pager, paras))
    chains = _chain_heights(items, paras)
    spots: list[Spot | None] = [None] * len(paras)
    current_section = paras[0].section if paras else 0
    break_next = False
    noted_page = 0  # last page given footnotes (it has its separator)
    for n, item in enumerate(items):
        p = paras[item.index]
        if p.section != current_section:
            current_section = p.section
            _new_section(pager, p)
            p_break = False
        else:
            p_break = p.break_before and (p.explicit_break or n == 0)
        sized = item.sized
        if sized is not None and not sized.visible and not p.image_heights and not p.floats:
            placed = _empty_para(pager, paras, item.index, sized, p_break and n > 0,
                                 break_next, spots)
            if placed is not None:
                break_next = placed
                continue
        if break_next or (p_break and n > 0):
            pager.hard_break()
        break_next = False
        if sized is None:
            nxt = items[n + 1].row if n + 1 < len(items) else None
            place_row(pager, item.row, paras, spots,  # type: ignore[arg-type]
                      lead_height(nxt) if nxt is not None else 0.0)
            continue
        if p.keep_next and pager.used > 0:
            _keep_with_next(pager, p, sized, chains[n])
        _place_para(pager, p, sized, item.index, spots)
        if p.footnote_refs:
            noted_page = _foot_notes(pager, content, p, noted_page)
        if p.break_after:
            break_next = True
    # A page break in the last paragraph: Word puts that paragraph's mark on a page of
    # its own, and counts it (the « blank page at the end » of so many documents).
    pages = pager.page + (1 if break_next else 0)
    return spots, pages


def _keep_with_next(pager: Pager, p: Para, sized: Sized, chain: float) -> None:
    """A paragraph kept with the next goes to the next column or page when its chain
    does not fit in what is left but fits on a page."""
    need = pager.gap(sized.before, p) + chain
    if need > pager.room and need <= pager.body:
        pager.next_column()


def _widths(pager: Pager, paras: list[Para]) -> list[float]:
    """Each paragraph's line width: its section's text width, or its table cell's."""
    sections = pager.sections
    widths: list[float] = []
    for p in paras:
        pager.sec = sections[min(p.section, len(sections) - 1)]
        widths.append(_cell_width(p, pager.width) if p.table is not None else pager.width)
    pager.sec = sections[0]
    return widths


def _empty_para(pager: Pager, paras: list[Para], index: int, sized: Sized, page_break: bool,
                break_next: bool, spots: list[Spot | None]) -> bool | None:
    """An empty paragraph that only carries a section or page break; returns whether
    the next paragraph starts a page, or None when the paragraph is not one of those."""
    if _section_mark(paras, index):
        # An empty paragraph that only carries a section break: LibreOffice drops it.
        spots[index] = pager.spot(0.0, False)
        return break_next
    if page_break:
        # Only a page break: LibreOffice keeps the (empty) line on the page it ends, so
        # it may itself overflow to a new page; two in a row make a blank page.
        if break_next:
            pager.hard_break()
        _place_para(pager, paras[index], sized, index, spots)
        return True
    return None


def _new_section(pager: Pager, p: Para) -> None:
    """Paragraph ``p`` opens a section: a new page unless the section is continuous (an
    explicit break still makes one); odd and even pages may need a blank page."""
    sections = pager.sections
    sec = sections[min(p.section, len(sections) - 1)]
    pager.sec = sec
    if sec.start != "continuous" or p.explicit_break:
        pager.hard_break(sec.start if sec.start in ("oddPage", "evenPage") else None)


def _foot_notes(pager: Pager, content: DocxContent, p: Para, noted_page: int) -> int:
    """The page that ends the paragraph carries its notes at its foot (and the separator
    line above the first notes of a page); returns that page."""
    notes = note_height(content, p, pager.width)
    if notes and pager.page != noted_page:
        notes += separator_height(p)
    pager.used += notes
    return pager.page


def _section_mark(paras: list[Para], i: int) -> bool:
    return i + 1 < len(paras) and paras[i + 1].section != paras[i].section and (
        not paras[i].break_before)


def _lines_fitting(heights: list[float], natural: list[float], start: int, room: float) -> int:
    """How many lines from ``start`` fit in ``room`` (the last one at its single height)."""
    used = 0.0
    k = 0
    for j in range(start, len(heights)):
        if used + natural[j] > room + 0.01:
            break
        used += heights[j]
        k += 1
    return k


def _place_para(pager: Pager, p: Para, s: Sized, index: int,
                spots: list[Spot | None]) -> None:
    n = len(s.lines)
    gap = pager.gap(s.before, p)
    if _starts_on_next(pager, p, s, gap):
        pager.next_column()
        gap = pager.gap(s.before, p)
    spots[index] = pager.spot(gap, s.visible)
    pager.used += gap
    start = 0
    while True:
        fit = _lines_fitting(s.lines, s.natural, start, pager.room)
        if pager.used == 0.0 and fit == 0:
            fit = 1  # a line taller than the page still goes somewhere
        rest = n - start - fit
        if rest <= 0:
            pager.used += sum(s.lines[start:])
            break
        if p.widow_control and start + fit > 0 and 0 < rest < MIN_LINES and fit > MIN_LINES:
            fit -= MIN_LINES - rest  # leave no widow: carry lines over
        pager.used += sum(s.lines[start:start + fit])
        start += fit
        pager.next_column()
        # The paragraph's remaining lines open the new page.
        pager.visible_on_page = s.visible
        pager.anything_on_page = True
    pager.done(p, s.after)


def _starts_on_next(pager: Pager, p: Para, s: Sized, gap: float) -> bool:
    """Whether a paragraph that does not fit whole goes to the next column or page:
    lines kept together, or too few lines left for widow and orphan control."""
    n = len(s.lines)
    fit = _lines_fitting(s.lines, s.natural, 0, pager.room - gap)
    if fit >= n or pager.used <= 0:
        return False
    whole = sum(s.lines[:-1]) + s.natural[-1]
    if p.keep_lines and whole <= pager.body:
        return True
    if p.widow_control and n > 1:
        if fit < MIN_LINES:
            return True
        if n - fit < MIN_LINES:
            return n - MIN_LINES < MIN_LINES
    return fit == 0


def _chain_heights(items: list[_Item], paras: list[Para]) -> list[float]:
    """For every item, the height a keep-with-next chain starting there needs on one
    page, less the gap above its first line: the chained paragraphs whole, then the
    first lines of the paragraph (or table row) that ends the chain.

    Built from the end in one pass (each item's chain is itself plus the chain of the
    next), so long lists whose style keeps with next cost linear time, not a walk of
    the rest of the chain for every paragraph."""
    n_items = len(items)
    # rest[m]: what item m adds to a chain that reached it from item m - 1.
    rest = [0.0] * (n_items + 1)
    own = [0.0] * n_items
    for m in range(n_items - 1, -1, -1):
        own[m] = chain_step(items, paras, m, rest)
        if m == 0:
            continue
        it, prev = items[m], items[m - 1]
        p = paras[it.index]
        if p.break_before or p.section != paras[prev.index].section:
            rest[m] = 0.0  # a break ends the chain
            continue
        prev_after = prev.sized.after if prev.sized is not None else 0.0
        if it.row is not None:  # a table: keep with its first row's first lines
            rest[m] = prev_after + lead_height(it.row)
            continue
        assert it.sized is not None
        rest[m] = max(prev_after, it.sized.before) + own[m]
    return own


def chain_step(items: list[_Item], paras: list[Para], m: int, rest: list[float]) -> float:
    """Item ``m``'s own share of a chain starting at it (``rest[m + 1]`` is known)."""
    it = items[m]
    s = it.sized
    if s is None:
        return 0.0
    p = paras[it.index]
    if p.keep_next and m + 1 < len(items):
        return sum(s.lines) + rest[m + 1]
    lines = s.lines if p.keep_lines else s.lines[:MIN_LINES]
    return sum(lines[:-1]) + s.natural[len(lines) - 1]
