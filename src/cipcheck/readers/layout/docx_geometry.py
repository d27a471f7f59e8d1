"""Facts of a DOCX the page estimator needs beyond text and style: runs with their
faces, table cell geometry, and the spacing a table style gives its paragraphs.

The DOCX reader (``docx_body``) calls these while it walks the body and stores the
result on each paragraph; nothing here imports the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.etree import _Element

from cipcheck.readers.docx_styles import Spacing
from cipcheck.readers.ooxml import w

_DEFAULT_MARGINS = (5.4, 5.4, 0.0, 0.0)  # Word's default cell margins (108 twips left/right)


@dataclass(frozen=True, slots=True)
class Run:
    """A run's text with the face it is drawn with (for line wrapping)."""

    text: str
    font: str | None
    size: float
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    """Geometry of the table cell a paragraph sits in, in points."""

    width: float | None  # from the grid columns it spans, else w:tcW (dxa)
    margins: tuple[float, float, float, float] = _DEFAULT_MARGINS  # left, right, top, bottom
    row_height: float | None = None  # w:trHeight
    row_rule: str = "atLeast"  # w:trHeight w:hRule: atLeast | exact | auto
    cant_split: bool = False  # w:cantSplit: the row moves whole to the next page
    header: bool = False  # w:tblHeader: the row repeats at the top of each page
    vmerge: str | None = None  # "restart" | "continue" for vertically merged cells
    border: float = 0.0  # horizontal border width (insideH, else top), points


@dataclass(frozen=True, slots=True)
class TableProps:
    margins: tuple[float, float, float, float]
    border: float
    cols: tuple[float, ...]
    style_ppr: tuple[_Element, ...]  # paragraph properties of the table style chain


def _pt(value: str | None) -> float | None:
    try:
        return int(value or "") / 20
    except ValueError:
        return None


def _on(el: _Element | None) -> bool:
    return el is not None and el.get(w("val"), "true") not in ("0", "false", "off")


def _table_style(styles: _Element | None, sid: str | None) -> list[_Element]:
    """The table style chain (``basedOn``), or the default table style."""
    if styles is None:
        return []
    out: list[_Element] = []
    if not sid:
        default = next((x for x in styles.iter(w("style")) if x.get(w("type")) == "table"
                        and x.get(w("default")) in ("1", "true", "on")), None)
        return [default] if default is not None else []
    by_id = {x.get(w("styleId")): x for x in styles.iter(w("style"))}
    while sid and sid in by_id and len(out) < 20:
        el = by_id[sid]
        out.append(el)
        based = el.find(w("basedOn"))
        sid = based.get(w("val")) if based is not None else None
    return out


def table_props(tbl: _Element, styles: _Element | None) -> TableProps:
    """Cell margins and borders: the table's own tblPr, then its style chain."""
    tpr = tbl.find(w("tblPr"))
    sid_el = tpr.find(w("tblStyle")) if tpr is not None else None
    chain = _table_style(styles, sid_el.get(w("val")) if sid_el is not None else None)
    levels = ([tpr] if tpr is not None else []) + [
        s.find(w("tblPr")) for s in chain if s.find(w("tblPr")) is not None]
    margins: list[float | None] = [None, None, None, None]
    border: float | None = None
    for lvl in levels:
        mar = lvl.find(w("tblCellMar"))
        if mar is not None:
            for i, (side, alt) in enumerate((("left", "start"), ("right", "end"),
                                             ("top", "top"), ("bottom", "bottom"))):
                el = mar.find(w(side))
                el = el if el is not None else mar.find(w(alt))
                if margins[i] is None and el is not None:
                    margins[i] = _pt(el.get(w("w")))
        borders = lvl.find(w("tblBorders"))
        if border is None and borders is not None:
            line = borders.find(w("insideH"))
            line = line if line is not None else borders.find(w("top"))
            if line is not None:
                try:
                    size = int(line.get(w("sz"), "4")) / 8
                except ValueError:
                    size = 0.5
                border = 0.0 if line.get(w("val")) in ("nil", "none") else size
    grid = tbl.find(w("tblGrid"))
    cols = tuple(_pt(g.get(w("w"))) or 0.0 for g in grid.findall(w("gridCol"))) if (
        grid is not None) else ()
    return TableProps(
        margins=tuple(m if m is not None else d  # type: ignore[arg-type]
                      for m, d in zip(margins, _DEFAULT_MARGINS, strict=True)),
        border=border or 0.0,
        cols=cols,
        style_ppr=tuple(s.find(w("pPr")) for s in chain if s.find(w("pPr")) is not None),
    )


def row_cells(tr: _Element, cells: list[_Element], props: TableProps) -> list[Cell]:
    """One :class:`Cell` per ``w:tc`` of a row, placed on the grid by their spans."""
    trpr = tr.find(w("trPr"))
    row: dict[str, object] = {}
    if trpr is not None:
        height = trpr.find(w("trHeight"))
        if height is not None:
            row["row_height"] = _pt(height.get(w("val")))
            row["row_rule"] = height.get(w("hRule"), "atLeast")
        row["cant_split"] = _on(trpr.find(w("cantSplit")))
        row["header"] = _on(trpr.find(w("tblHeader")))
    before = trpr.find(w("gridBefore")) if trpr is not None else None
    col = int(before.get(w("val"), "0")) if before is not None and (
        before.get(w("val"), "0").isdigit()) else 0
    out: list[Cell] = []
    for tc in cells:
        tcpr = tc.find(w("tcPr"))
        span_el = tcpr.find(w("gridSpan")) if tcpr is not None else None
        span = int(span_el.get(w("val"), "1")) if span_el is not None and (
            span_el.get(w("val"), "1").isdigit()) else 1
        width = sum(props.cols[col:col + span]) if col < len(props.cols) else 0.0
        margins = list(props.margins)
        vmerge = None
        if tcpr is not None:
            tcw = tcpr.find(w("tcW"))
            if not width and tcw is not None and tcw.get(w("type"), "dxa") == "dxa":
                width = _pt(tcw.get(w("w"))) or 0.0
            mar = tcpr.find(w("tcMar"))
            if mar is not None:
                for i, side in enumerate(("left", "right", "top", "bottom")):
                    el = mar.find(w(side))
                    value = _pt(el.get(w("w"))) if el is not None else None
                    if value is not None:
                        margins[i] = value
            vm = tcpr.find(w("vMerge"))
            if vm is not None:
                vmerge = vm.get(w("val"), "continue")
        out.append(Cell(width=width or None, margins=tuple(margins),  # type: ignore[arg-type]
                        vmerge=vmerge, border=props.border, **row))  # type: ignore[arg-type]
        col += span
    return out


def spacing_attr(levels: list[_Element | None] | tuple[_Element, ...], attr: str) -> str | None:
    """First ``w:spacing/@attr`` found along ``levels`` (most specific first)."""
    for el in levels:
        sp = el.find(w("spacing")) if el is not None else None
        if sp is not None and sp.get(w(attr)) is not None:
            return sp.get(w(attr))
    return None


def table_spacing(base: Spacing, chain: list[_Element | None],
                  style_ppr: tuple[_Element, ...]) -> Spacing | None:
    """Spacing of a cell paragraph once the table style's pPr applies, or None.

    A table style's paragraph spacing applies where neither the paragraph nor its style
    chain sets it (it overrides ``w:docDefaults`` only): LibreOffice, like Word, renders
    "Table Grid" cells of a default document single-spaced with no space after.
    """
    found = {attr: spacing_attr(style_ppr, attr) for attr in ("line", "before", "after")
             if spacing_attr(chain, attr) is None and spacing_attr(style_ppr, attr) is not None}
    if not found:
        return None
    multiple, exact = base.multiple, base.exact_pt
    if "line" in found:
        value = _pt(found["line"]) or 12.0
        if (spacing_attr(style_ppr, "lineRule") or "auto") == "auto":
            multiple, exact = value * 20 / 240, None
        else:
            multiple, exact = None, value
    return Spacing(
        multiple, exact,
        _pt(found["before"]) if "before" in found else base.before_pt,
        _pt(found["after"]) if "after" in found else base.after_pt,
    )


def italic(levels: list[_Element]) -> bool:
    """Effective w:i along run property levels (most specific first)."""
    for el in levels:
        i = el.find(w("i"))
        if i is not None:
            return i.get(w("val"), "true") not in ("0", "false", "off")
    return False


def level_indent(lvl: _Element) -> tuple[float, float] | None:
    """(left, first line) of a numbering level's w:ind, first negative when hanging."""
    ind = lvl.find(f"{w('pPr')}/{w('ind')}")
    if ind is None:
        return None
    left = _pt(ind.get(w("left")) or ind.get(w("start"))) or 0.0
    hanging = _pt(ind.get(w("hanging")))
    first = -hanging if hanging is not None else (_pt(ind.get(w("firstLine"))) or 0.0)
    return left, first
