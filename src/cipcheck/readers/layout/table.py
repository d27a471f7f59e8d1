"""Table rows as LibreOffice lays them out from a DOCX.

Measured on LibreOffice 7.4: a row is as tall as its tallest cell (its paragraphs with
their spacing, the last space after included, plus the cell's top and bottom margins)
plus the horizontal border; the table's top border adds once. A row that does not fit
breaks between lines of its cells (each cell on its own; orphan and widow control apply
to a cell's later paragraphs, not to its first one, which cannot move anyway), unless
it "can't split" or is a header row: a header row moves with the first lines of the
next row, and repeats at the top of each page the table continues on. A vertically
merged cell's text spreads over the rows it spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cipcheck.readers.docx_body import Para
from cipcheck.readers.layout.pager import MIN_LINES, Pager, Spot
from cipcheck.readers.layout.paragraph import size_paragraph

_NO_MARGINS = (5.4, 5.4, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Unit:
    """One line of a cell: its height (spacing folded in), what it needs as the last
    line of a page, and where it stands in its paragraph."""

    height: float
    last: float
    starts_para: bool
    in_first_para: bool


@dataclass(slots=True)
class CellBox:
    paras: list[int]
    offsets: list[float]  # each paragraph's top from the row's top
    units: list[Unit]
    height: float  # content + top and bottom margins
    top: float  # top margin
    vmerge: str | None = None


@dataclass(slots=True)
class Row:
    table: int
    index: int  # row number in its table
    cells: list[CellBox]
    height: float = 0.0  # border included
    border: float = 0.0
    header: bool = False
    cant_split: bool = False
    first_paras: list[int] = field(default_factory=list)


def build_row(cells: list[list[int]], paras: list[Para], widths: list[float]) -> Row:
    first = paras[cells[0][0]]
    geo = first.cell
    boxes = [_cell_box(cell, paras, widths) for cell in cells]
    row = Row(
        table=first.table[0] if first.table is not None else 0,
        index=first.table[1] if first.table is not None else 0,
        cells=boxes,
        border=geo.border if geo is not None else 0.0,
        header=bool(geo and geo.header),
        cant_split=bool(geo and geo.cant_split),
    )
    # A cell that opens a vertical merge is left out here: its text spreads over the
    # rows it spans (see ``spread_merges``).
    height = max((b.height for b in boxes if b.vmerge != "restart"), default=0.0)
    if geo is not None and geo.row_height:
        height = geo.row_height if geo.row_rule == "exact" else max(height, geo.row_height)
    row.height = height + row.border
    return row


def _cell_box(cell: list[int], paras: list[Para], widths: list[float]) -> CellBox:
    geo = paras[cell[0]].cell
    margins = geo.margins if geo is not None else _NO_MARGINS
    used = margins[2]
    offsets: list[float] = []
    units: list[Unit] = []
    prev: Para | None = None
    prev_after = 0.0
    for n, k in enumerate(cell):
        p = paras[k]
        s = size_paragraph(p, widths[k])
        before, after_prev = s.before, prev_after
        if prev is not None and p.style == prev.style:
            before = 0.0 if p.contextual_spacing else before
            after_prev = 0.0 if prev.contextual_spacing else after_prev
        gap = before if prev is None else max(after_prev, before)
        offsets.append(used + gap)
        used += gap + sum(s.lines)
        for j, (h, nat) in enumerate(zip(s.lines, s.natural, strict=True)):
            extra = gap if j == 0 else 0.0
            units.append(Unit(h + extra, nat + extra, j == 0, n == 0))
        prev, prev_after = p, s.after
    if units:
        # The cell's last space after need not fit on the page (as in the body).
        u = units[-1]
        units[-1] = Unit(u.height + prev_after, u.last, u.starts_para, u.in_first_para)
    return CellBox(cell, offsets, units, used + prev_after + margins[3], margins[2],
                   geo.vmerge if geo is not None else None)


def spread_merges(rows: list[Row]) -> None:
    """Rows of one table: a vertically merged cell's text runs down the rows it spans;
    what the rows above the last cannot hold goes into the last one, as an extra cell
    (so that the row can still break between its lines)."""
    open_merges: dict[int, tuple[CellBox, list[Row]]] = {}
    for row in rows:
        for col in list(open_merges):
            if col >= len(row.cells) or row.cells[col].vmerge != "continue":
                _close_merge(*open_merges.pop(col))
        for spanned in open_merges.values():
            spanned[1].append(row)
        for col, box in enumerate(row.cells):
            if box.vmerge == "restart":
                open_merges[col] = (box, [row])
    for col in list(open_merges):
        _close_merge(*open_merges.pop(col))


def _close_merge(box: CellBox, spanned: list[Row]) -> None:
    """A merged cell ends: what the rows above its last cannot hold goes to the last."""
    above = sum(r.height for r in spanned[:-1])
    last = spanned[-1]
    tail: list[Unit] = []
    acc = box.top
    for u in box.units:
        if acc + u.height > above:
            cut = max(0.0, above - acc)
            tail.append(Unit(u.height - cut, u.last - cut, u.starts_para, u.in_first_para))
        acc += u.height
    height = box.height - above
    if height > last.height - last.border:
        last.cells.append(CellBox([], [], tail, height, 0.0, "tail"))
        last.height = height + last.border


def lead_height(row: Row) -> float:
    """Height of a row's first lines (what a header row keeps with it)."""
    return max((sum(u.height for u in b.units[:MIN_LINES]) + b.top for b in row.cells),
               default=0.0)


def _fitting(box: CellBox, room: float) -> int:
    """How many of a cell's lines fit in ``room``, with widow/orphan control for the
    cell's paragraphs after its first."""
    acc = box.top
    k = 0
    for u in box.units:
        if acc + u.last > room + 0.01:
            break
        acc += u.height
        k += 1
    units = box.units
    if k == len(units) or k == 0:
        return k
    start = k
    while start > 0 and not units[start].starts_para:
        start -= 1
    if units[start].in_first_para:
        return k
    end = k
    while end + 1 < len(units) and not units[end + 1].starts_para:
        end += 1
    on_page, carried = k - start, end - k + 1
    if 0 < on_page < MIN_LINES:
        return start
    if carried < MIN_LINES:
        k -= MIN_LINES - carried
        return k if k - start >= MIN_LINES else start
    return k


def place_row(pager: Pager, row: Row, paras: list[Para], spots: list[Spot | None],
              follow: float) -> None:
    """Place one row. ``follow``: the next row's first lines, which a header row keeps."""
    gap = pager.prev_after if pager.used > 0 else 0.0
    if row.index == 0:
        gap += row.border  # the table's top border
        pager.header = 0.0
    fits: list[int] | None = None
    if gap + row.height + (follow if row.header else 0.0) > pager.room and pager.used > 0:
        fits = None if row.header or row.cant_split else [
            _fitting(b, pager.room - gap) for b in row.cells]
        if fits is None or not any(fits):
            pager.next_column()
            gap = 0.0 if row.header else pager.header
            fits = None
    if fits is None:
        for box in row.cells:
            for k, off in zip(box.paras, box.offsets, strict=True):
                spots[k] = pager.spot(gap + off, bool(paras[k].text.strip()))
        pager.used += gap + row.height
    else:
        _split_row(pager, row, paras, spots, gap, fits)
    if row.header:
        pager.header += row.height
    pager.prev_after = 0.0
    pager.prev_style = None


def _split_row(pager: Pager, row: Row, paras: list[Para], spots: list[Spot | None],
               gap: float, fits: list[int]) -> None:
    fitted = [b.top + sum(u.height for u in b.units[:k]) for b, k in zip(row.cells, fits,
                                                                          strict=True)]
    for box, done in zip(row.cells, fitted, strict=True):
        for k, off in zip(box.paras, box.offsets, strict=True):
            if off < done:
                spots[k] = pager.spot(gap + off, bool(paras[k].text.strip()))
    rest = max(b.height - done for b, done in zip(row.cells, fitted, strict=True))
    rest += row.border
    pager.used = pager.body
    pager.next_column()
    pager.used = pager.header
    for box, done in zip(row.cells, fitted, strict=True):
        for k, off in zip(box.paras, box.offsets, strict=True):
            if spots[k] is None:
                spots[k] = pager.spot(max(0.0, off - done), bool(paras[k].text.strip()))
    # A row taller than a page goes on over as many pages as it needs.
    while rest > pager.room and pager.room > 24.0:
        rest -= pager.room
        pager.used = pager.body
        pager.next_column()
        pager.used = pager.header
    pager.used += rest
    pager.visible_on_page = pager.anything_on_page = True
