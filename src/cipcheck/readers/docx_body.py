"""Walk a DOCX body into paragraphs with their effective formatting and breaks.

The result (:class:`DocxContent`) carries what segmentation, format checks and the page
estimator need; pagination is a separate step (``pagination``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element  # noqa: E402 - the element type, for annotations

from cipcheck.document import Span
from cipcheck.readers.docx_styles import Spacing, StyleResolver
from cipcheck.readers.layout import docx_geometry as geo
from cipcheck.readers.layout.docx_geometry import Cell, Run
from cipcheck.readers.ooxml import NS, WP, Package, W, w

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
EMU_PER_PT = 12700


@dataclass(frozen=True, slots=True)
class Section:
    """Page geometry of a section, in points."""

    width: float = 595.3
    height: float = 841.9
    top: float = 70.85
    bottom: float = 70.85
    left: float = 70.85
    right: float = 70.85
    header: float = 35.4
    footer: float = 35.4
    columns: int = 1
    column_gap: float = 36.0
    start: str = "nextPage"  # how the section starts: nextPage, continuous, evenPage, oddPage


@dataclass
class Para:
    text: str
    spans: tuple[Span, ...]
    style: str | None
    heading_level: int | None
    spacing: Spacing
    size: float
    bold: bool
    in_table: bool = False
    table: tuple[int, int, int, int] | None = None  # (table, row, column, columns)
    is_toc: bool = False
    break_before: bool = False  # explicit page break (or section) before this paragraph
    break_after: bool = False
    rendered_break_before: bool = False  # Word's w:lastRenderedPageBreak at its start
    rendered_breaks_inside: int = 0
    keep_next: bool = False
    keep_lines: bool = False
    widow_control: bool = True
    indent: tuple[float, float, float] = (0.0, 0.0, 0.0)
    image_heights: tuple[float, ...] = ()
    section: int = 0
    alignment: str | None = None
    tab_leader: bool = False
    # -- for the page estimator (layout/) ---------------------------------------------
    runs: tuple[Run, ...] = ()  # the paragraph's runs (label and text boxes excluded)
    line_rule: str = "auto"  # w:spacing w:lineRule: auto | exact | atLeast
    contextual_spacing: bool = False  # no spacing between paragraphs of the same style
    list_label: str | None = None  # numbering label prefixed to text ("" for bullets)
    num_indent: tuple[float, float] | None = None  # (left, first) of the numbering level
    direct_indent: bool = False  # the paragraph sets w:ind itself (wins over numbering)
    explicit_break: bool = False  # break_before comes from w:br/pageBreakBefore, not a section
    image_widths: tuple[float, ...] = ()
    # Floating pictures and text boxes anchored here that push text aside:
    # (height, width, wrap) in points with their distances from the text, wrap being
    # "topAndBottom" (a band across the column) or "square" (text flows beside them).
    floats: tuple[tuple[float, float, str], ...] = ()
    cell: Cell | None = None
    table_spacing: Spacing | None = None  # spacing once the table style's pPr applies
    rendered_break_at: tuple[float, ...] = ()  # where Word began pages inside it (0..1 of text)
    mark_font: str | None = None  # the paragraph style's font (an empty line's height)
    # Character offsets in ``text`` of the page breaks after some text, and of Word's
    # markers after some text: a marker right after a break marks the page it opened.
    break_chars: tuple[int, ...] = ()
    rendered_chars: tuple[int, ...] = ()
    footnote_refs: tuple[str, ...] = ()  # ids of the footnotes it calls


@dataclass
class DocxContent:
    paragraphs: list[Para]
    sections: list[Section]
    margins: list[str] = field(default_factory=list)  # header and footer lines
    notes: list[str] = field(default_factory=list)  # footnotes, endnotes, comments
    app_pages: int | None = None
    app_name: str | None = None
    has_rendered_breaks: bool = False
    app_words: int | None = None  # app.xml <Words>: 0 in a template never saved by Word
    # Characters of each paragraph of each footnote, by id: the estimator sizes them.
    footnotes: dict[str, tuple[int, ...]] = field(default_factory=dict)


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out += sym
            n -= value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "ordinal":
        return f"{n}{'er' if n == 1 else 'e'}"
    return str(n)


class _Numbering:
    """Computes list labels ("Partie 1 –", "II.", "1.2") that Word draws but never stores."""

    def __init__(self, root: _Element | None) -> None:
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.indents: dict[str, dict[int, tuple[float, float]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for ab in root.iter(w("abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in ab.iter(w("lvl")):
                try:
                    ilvl = int(lvl.get(w("ilvl"), "0"))
                    start_el = lvl.find(w("start"))
                    start = int(start_el.get(w("val"), "1")) if start_el is not None else 1
                except ValueError:
                    continue
                fmt_el = lvl.find(w("numFmt"))
                text_el = lvl.find(w("lvlText"))
                levels[ilvl] = (
                    fmt_el.get(w("val"), "decimal") if fmt_el is not None else "decimal",
                    text_el.get(w("val"), "") if text_el is not None else "",
                    start,
                )
                ind = geo.level_indent(lvl)
                if ind is not None:
                    self.indents.setdefault(ab.get(w("abstractNumId"), ""), {})[ilvl] = ind
            self.abstract[ab.get(w("abstractNumId"), "")] = levels
        for num in root.iter(w("num")):
            ab_id = num.find(w("abstractNumId"))
            overrides: dict[int, int] = {}
            for ov in num.iter(w("lvlOverride")):
                so = ov.find(w("startOverride"))
                if so is not None:
                    with contextlib.suppress(ValueError):
                        overrides[int(ov.get(w("ilvl"), "0"))] = int(so.get(w("val"), "1"))
            if ab_id is not None:
                self.nums[num.get(w("numId"), "")] = (ab_id.get(w("val"), ""), overrides)

    def indent(self, num_id: str, ilvl: int) -> tuple[float, float] | None:
        if num_id not in self.nums:
            return None
        return self.indents.get(self.nums[num_id][0], {}).get(ilvl)

    def label(self, num_id: str, ilvl: int) -> str:
        if num_id not in self.nums:
            return ""
        ab_id, overrides = self.nums[num_id]
        levels = self.abstract.get(ab_id, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(ab_id, {})
        fmt, text, start = levels[ilvl]
        start = overrides.get(ilvl, start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none") or "%" not in text:
            return ""

        def repl(m: re.Match[str]) -> str:
            lvl = int(m.group(1)) - 1
            lfmt, _, lstart = levels.get(lvl, ("decimal", "", 1))
            return _format_number(counters.get(lvl, lstart), lfmt)

        return re.sub(r"%([1-9])", repl, text)


def _section_of(sect: _Element | None) -> Section:
    if sect is None:
        return Section()
    kw: dict[str, float | int | str] = {}
    pg = sect.find(w("pgSz"))
    if pg is not None:
        kw |= _lengths(pg, (("w", "width"), ("h", "height")), keep=bool)
    mar = sect.find(w("pgMar"))
    if mar is not None:
        sides = ("top", "bottom", "left", "right", "header", "footer")
        kw |= {k: abs(v) for k, v in _lengths(mar, ((k, k) for k in sides)).items()}
    cols = sect.find(w("cols"))
    if cols is not None:
        with contextlib.suppress(ValueError):
            kw["columns"] = max(1, int(cols.get(w("num"), "1")))
        kw |= _lengths(cols, (("space", "column_gap"),))
    typ = sect.find(w("type"))
    if typ is not None:
        kw["start"] = typ.get(w("val"), "nextPage")
    return Section(**kw)  # type: ignore[arg-type]


def _span_format(spans: tuple[Span, ...], size: float) -> tuple[float, bool]:
    """A paragraph's size (the one most of its characters have, else the style's) and
    whether it is bold (60 % of its characters)."""
    weights: dict[float, int] = {}
    bold_chars = 0
    for s in spans:
        if s.size is not None:
            weights[s.size] = weights.get(s.size, 0) + s.chars
        bold_chars += s.chars if s.bold else 0
    if weights:
        size = max(weights.items(), key=lambda kv: kv[1])[0]
    total = sum(s.chars for s in spans)
    return size, total > 0 and bold_chars >= 0.6 * total


def _tab_leader(ppr: _Element | None) -> bool:
    """A tab stop with a leader (dots, a line): a table-of-contents line typed by hand."""
    tabs = ppr.find(w("tabs")) if ppr is not None else None
    return tabs is not None and any(
        (t.get(w("leader")) or "none") not in ("none",) for t in tabs.findall(w("tab")))


def _lengths(el: _Element, attrs: Iterable[tuple[str, str]],
             keep: Callable[[float], bool] = lambda v: True) -> dict[str, float]:
    """The lengths (twips → points) of ``el``'s attributes that are set, by key."""
    out: dict[str, float] = {}
    for attr, key in attrs:
        value = _pt(el.get(w(attr)))
        if value is not None and keep(value):
            out[key] = value
    return out


def _pt(value: str | None) -> float | None:
    try:
        return int(value or "") / 20
    except ValueError:
        return None


class _Walker:
    def __init__(self, pkg: Package) -> None:
        self.styles_root = pkg.related_xml("styles")
        self.styles = StyleResolver(self.styles_root, pkg.related_xml("theme"))
        self.numbering = _Numbering(pkg.related_xml("numbering"))
        self.paras: list[Para] = []
        self.sections: list[Section] = []
        self.field_stack: list[dict[str, object]] = []
        self.toc_depth = 0
        self.pending_break = False
        self.table_counter = 0
        self.rendered = False
        self.cell: Cell | None = None
        self.table_ppr: tuple[_Element, ...] = ()  # pPr of the current table's style chain

    # -- block level --------------------------------------------------------------
    def block_children(self, parent: _Element, table: tuple[int, int, int, int] | None,
                       toc: bool = False) -> None:
        for child in parent:
            tag = child.tag
            if tag == w("p"):
                self.paragraph(child, table, toc)
            elif tag == w("tbl"):
                self.table(child)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                gallery = child.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
                is_toc = toc or (gallery is not None and "content" in
                                 (gallery.get(w("val")) or "").lower())
                if content is not None:
                    self.block_children(content, table, is_toc)
            elif tag in (w("customXml"), w("ins"), w("moveTo")):
                self.block_children(child, table, toc)
            elif tag == w("sectPr"):
                self.sections.append(_section_of(child))

    def table(self, tbl: _Element) -> None:
        self.table_counter += 1
        tid = self.table_counter
        rows = tbl.findall(w("tr"))
        grid = tbl.find(w("tblGrid"))
        ncols = len(grid.findall(w("gridCol"))) if grid is not None else 0
        outer = (self.cell, self.table_ppr)
        props = geo.table_props(tbl, self.styles_root)
        self.table_ppr = props.style_ppr
        for r, tr in enumerate(rows):
            cells = tr.findall(w("tc")) + [
                tc for sdt in tr.findall(w("sdt")) for tc in sdt.iter(w("tc"))]
            for c, (tc, cell) in enumerate(zip(cells, geo.row_cells(tr, cells, props),
                                               strict=True)):
                self.cell = cell
                self.block_children(tc, (tid, r, c, max(ncols, len(cells))))
        self.cell, self.table_ppr = outer

    def paragraph(self, p: _Element, table: tuple[int, int, int, int] | None,
                  toc: bool) -> None:
        ppr = p.find(w("pPr"))
        pstyle = None
        if ppr is not None:
            ps = ppr.find(w("pStyle"))
            pstyle = ps.get(w("val")) if ps is not None else None
        style_name = self.styles.style_name(pstyle)
        state: dict[str, object] = {"text": [], "spans": [], "breaks": [], "rendered": [],
                                    "images": [], "widths": [], "runs": [], "notes": [],
                                    "floats": []}
        toc_before = self.toc_depth > 0
        self.inline(p, pstyle, state)
        text = "".join(state["text"])  # type: ignore[arg-type]
        label = ""
        num = self.styles.numbering(ppr, pstyle)
        if num is not None:
            label = self.numbering.label(*num)
        if label and text.strip():
            text = f"{label} {text}"
        spans: tuple[Span, ...] = tuple(state["spans"])  # type: ignore[arg-type]
        font, size, bold = self.styles.run_format(None, pstyle)
        if spans:
            size, bold = _span_format(spans, size)
        in_toc = (toc or toc_before or self.toc_depth > 0
                  or bool(style_name and _is_toc_style(style_name)))
        breaks: list[int] = state["breaks"]  # type: ignore[assignment]
        starts, break_after = _page_breaks(text, breaks)
        explicit = self.styles.para_flag(ppr, pstyle, "pageBreakBefore") or starts
        break_before = self.pending_break or explicit
        self.pending_break = False
        rendered: list[int] = state["rendered"]  # type: ignore[assignment]
        rendered_before = any(not text[:pos].strip() for pos in rendered)
        if rendered:
            self.rendered = True
        section_index = len(self.sections)
        sect = ppr.find(w("sectPr")) if ppr is not None else None
        leader = _tab_leader(ppr)
        jc = ppr.find(w("jc")) if ppr is not None else None
        chain = [ppr] + [st.ppr for st in self.styles.chain(pstyle)]
        line_rule = geo.spacing_attr(chain + [self.styles.doc_ppr], "lineRule") or "auto"
        table_spacing = None
        if table is not None and self.table_ppr:
            table_spacing = geo.table_spacing(self.styles.spacing(ppr, pstyle), chain,
                                              self.table_ppr)
            if table_spacing is not None and geo.spacing_attr(chain, "line") is None:
                line_rule = geo.spacing_attr(self.table_ppr, "lineRule") or line_rule
        self.paras.append(Para(
            text=text,
            spans=spans,
            style=style_name,
            heading_level=None if table else self.styles.outline_level(ppr, pstyle),
            spacing=self.styles.spacing(ppr, pstyle),
            size=size,
            bold=bold,
            in_table=table is not None,
            table=table,
            is_toc=in_toc,
            break_before=break_before,
            break_after=break_after,
            rendered_break_before=rendered_before,
            rendered_breaks_inside=len(rendered) - (1 if rendered_before else 0),
            keep_next=self.styles.para_flag(ppr, pstyle, "keepNext"),
            keep_lines=self.styles.para_flag(ppr, pstyle, "keepLines"),
            widow_control=not _explicit_off(ppr, "widowControl"),
            indent=self.styles.indents(ppr, pstyle),
            image_heights=tuple(state["images"]),  # type: ignore[arg-type]
            section=section_index,
            alignment=jc.get(w("val")) if jc is not None else None,
            tab_leader=leader,
            runs=tuple(state["runs"]),  # type: ignore[arg-type]
            line_rule=line_rule,
            contextual_spacing=self.styles.para_flag(ppr, pstyle, "contextualSpacing"),
            list_label=(label if label and text.strip() else "") if num is not None else None,
            num_indent=self.numbering.indent(*num) if num is not None else None,
            direct_indent=ppr is not None and ppr.find(w("ind")) is not None,
            explicit_break=explicit,
            image_widths=tuple(state["widths"]),  # type: ignore[arg-type]
            floats=tuple(state["floats"]),  # type: ignore[arg-type]
            cell=self.cell if table is not None else None,
            table_spacing=table_spacing,
            rendered_break_at=tuple(pos / max(1, len(text)) for pos in rendered
                                    if text[:pos].strip()),
            mark_font=font,
            break_chars=tuple(pos for pos in breaks if text[:pos].strip()),
            rendered_chars=tuple(pos for pos in rendered if text[:pos].strip()),
            footnote_refs=tuple(state["notes"]),  # type: ignore[arg-type]
        ))
        if sect is not None:
            section = _section_of(sect)
            self.sections.append(section)
            # The next section's own w:type says whether it starts on a new page; most
            # section breaks in dossiers are "next page", Word's default.
            self.pending_break = True

    # -- inline level ---------------------------------------------------------------
    def inline(self, parent: _Element, pstyle: str | None, state: dict[str, object]) -> None:
        for child in parent:
            tag = child.tag
            if tag == w("r"):
                self.run(child, pstyle, state)
            elif tag in (w("hyperlink"), w("smartTag"), w("customXml"), w("ins"), w("moveTo"),
                         w("fldSimple"), w("bdo"), w("dir")):
                self.inline(child, pstyle, state)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.inline(content, pstyle, state)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self.inline(choice, pstyle, state)
            # w:del, w:moveFrom: text removed by a tracked change is not part of the
            # document as it reads once changes are accepted.

    def run(self, r: _Element, pstyle: str | None, state: dict[str, object]) -> None:
        rpr = r.find(w("rPr"))
        if rpr is not None and _on(rpr.find(w("vanish"))):
            return
        text_parts: list[str] = state["text"]  # type: ignore[assignment]
        pieces: list[str] = []
        for child in r:
            if child.tag == w("fldChar"):
                self._field_char(child.get(w("fldCharType")))
            elif self.field_stack and not self.field_stack[-1]["result"]:
                # The field code itself is not text.
                if child.tag == w("instrText"):
                    self.field_stack[-1]["instr"] = str(self.field_stack[-1]["instr"]) + (
                        child.text or "")
            else:
                self._content(child, state, pieces, text_parts)
        text = "".join(pieces)
        if text:
            text_parts.append(text)
            font, size, bold = self.styles.run_format(rpr, pstyle)
            runs: list[Run] = state["runs"]  # type: ignore[assignment]
            runs.append(Run(text, font, size, bold, self._italic(rpr, pstyle)))
            chars = len(text.strip())
            if chars:
                spans: list[Span] = state["spans"]  # type: ignore[assignment]
                spans.append(Span(font=font, size=size, chars=chars, bold=bold))

    def _field_char(self, kind: str | None) -> None:
        """A field opens, shows its result, closes; a TOC field's result is the table of
        contents."""
        if kind == "begin":
            self.field_stack.append({"instr": "", "result": False})
        elif kind == "separate" and self.field_stack:
            self.field_stack[-1]["result"] = True
            if str(self.field_stack[-1]["instr"]).strip().upper().startswith("TOC"):
                self.toc_depth += 1
        elif kind == "end" and self.field_stack:
            fld = self.field_stack.pop()
            if fld["result"] and str(fld["instr"]).strip().upper().startswith("TOC"):
                self.toc_depth = max(0, self.toc_depth - 1)

    def _content(self, child: _Element, state: dict[str, object], pieces: list[str],
                 text_parts: list[str]) -> None:
        """One child of a run: its text, or the break, note or drawing it marks."""
        tag = child.tag
        if tag == w("t"):
            pieces.append(child.text or "")
        elif tag in _CHARS:
            pieces.append(_CHARS[tag])
        elif tag in (w("br"), w("cr")):
            _line_break(child.get(w("type")), state, pieces, text_parts)
        elif tag == w("footnoteReference"):
            notes: list[str] = state["notes"]  # type: ignore[assignment]
            notes.append(child.get(w("id")) or "")
        elif tag == w("lastRenderedPageBreak"):
            rendered: list[int] = state["rendered"]  # type: ignore[assignment]
            rendered.append(_offset(text_parts, pieces))
        elif tag in (w("drawing"), w("pict"), w("object")):
            self.drawing(child, state)
        elif tag == _ALTERNATE:
            choice = child.find(f"{{{MC}}}Choice")  # the first choice, Word's own
            for d in choice if choice is not None else ():
                self.drawing(d, state)

    def _italic(self, rpr: _Element | None, pstyle: str | None) -> bool:
        rs = rpr.find(w("rStyle")) if rpr is not None else None
        return geo.italic(self.styles._rpr_levels(
            rpr, rs.get(w("val")) if rs is not None else None, pstyle))

    def drawing(self, el: _Element, state: dict[str, object]) -> None:
        images: list[float] = state["images"]  # type: ignore[assignment]
        widths: list[float] = state["widths"]  # type: ignore[assignment]
        inline = el.find(f".//{{{WP}}}inline")
        if inline is not None:
            extent = inline.find(f"{{{WP}}}extent")
            if extent is not None:
                try:
                    images.append(int(extent.get("cy", "0")) / EMU_PER_PT)
                    widths.append(int(extent.get("cx", "0")) / EMU_PER_PT)
                except ValueError:
                    pass
        anchor = el.find(f".//{{{WP}}}anchor")
        if anchor is not None:
            floating = _floating(anchor)
            if floating is not None:
                floats: list[tuple[float, float, str]] = state["floats"]  # type: ignore[assignment]
                floats.append(floating)
        # Text boxes (frequent on cover pages) are read as text of their anchor.
        text_parts: list[str] = state["text"]  # type: ignore[assignment]
        for box in el.iterfind(".//w:txbxContent", NS):
            for p in box.iter(w("p")):
                t = "".join(x.text or "" for x in p.iter(w("t"))
                            if x.getparent() is not None and x.getparent().getparent() is not None
                            and x.getparent().getparent().tag != w("del"))
                if t.strip():
                    text_parts.append("\n" + t)


_SIDE_WRAPS = ("wrapSquare", "wrapTight", "wrapThrough")


def _floating(anchor: _Element) -> tuple[float, float, str] | None:
    """The room a floating object takes from the text, or None when text ignores it.

    Word lays text over or under an object in front of or behind it (wrapNone,
    behindDoc), so only the wrapping kinds displace lines."""
    if anchor.get("behindDoc") in ("1", "true"):
        return None
    wrap = next((k for k in ("wrapTopAndBottom", *_SIDE_WRAPS)
                 if anchor.find(f"{{{WP}}}{k}") is not None), None)
    extent = anchor.find(f"{{{WP}}}extent")
    if wrap is None or extent is None:
        return None
    try:
        height = int(extent.get("cy", "0")) / EMU_PER_PT
        width = int(extent.get("cx", "0")) / EMU_PER_PT
        dist = {k: int(anchor.get(k, "0") or 0) / EMU_PER_PT
                for k in ("distT", "distB", "distL", "distR")}
    except ValueError:
        return None
    if height <= 0:
        return None
    return (height + dist["distT"] + dist["distB"], width + dist["distL"] + dist["distR"],
            "topAndBottom" if wrap == "wrapTopAndBottom" else "square")


def _page_breaks(text: str, breaks: list[int]) -> tuple[bool, bool]:
    """Whether a page break starts the paragraph on a new page (no text before it), and
    whether one ends its page (any other break)."""
    starts = any(not text[:pos].strip() for pos in breaks)
    return starts, any(text[:pos].strip() for pos in breaks)


def _line_break(kind: str | None, state: dict[str, object], pieces: list[str],
                text_parts: list[str]) -> None:
    """A page break is remembered where it falls; a column break is nothing here; any
    other break is a new line."""
    if kind == "page":
        breaks: list[int] = state["breaks"]  # type: ignore[assignment]
        breaks.append(_offset(text_parts, pieces))
    elif kind != "column":
        pieces.append("\n")


def _offset(text_parts: list[str], pieces: list[str]) -> int:
    """Characters of the paragraph before the current point of the run."""
    return sum(len(t) for t in text_parts) + len("".join(pieces))


_ALTERNATE = f"{{{MC}}}AlternateContent"
# Run children that stand for one character.
_CHARS = {w("tab"): "\t", w("noBreakHyphen"): "-", w("sym"): " "}


def _on(el: _Element | None) -> bool:
    return el is not None and el.get(w("val"), "true") not in ("0", "false", "off")


def _explicit_off(ppr: _Element | None, tag: str) -> bool:
    if ppr is None:
        return False
    el = ppr.find(w(tag))
    return el is not None and el.get(w("val"), "true") in ("0", "false", "off")


def _is_toc_style(name: str) -> bool:
    n = name.lower()
    return n.startswith(("toc ", "toc", "table des matières", "tm ")) and not n.startswith(
        "toc heading") or n in ("toc heading", "en-tête de table des matières")


def _text_of(root: _Element | None) -> list[str]:
    if root is None:
        return []
    out = []
    for p in root.iter(w("p")):
        t = "".join(x.text or "" for x in p.iter(w("t")))
        if t.strip():
            out.append(t.strip())
    return out


def _note_sizes(root: _Element | None) -> dict[str, tuple[int, ...]]:
    if root is None:
        return {}
    return {note.get(w("id")) or "": tuple(
        len("".join(x.text or "" for x in p.iter(w("t")))) for p in note.iter(w("p")))
        for note in root.iter(w("footnote"))}


def read_content(pkg: Package) -> DocxContent:
    root = pkg.xml(pkg.main)
    if root is None:
        from cipcheck.readers.errors import InputProblem

        raise InputProblem("corrupt", "Le document Word ne contient pas de corps de texte.",
                           "Enregistrez de nouveau le document depuis Word au format .docx.")
    body = root.find(w("body"))
    walker = _Walker(pkg)
    if body is not None:
        walker.block_children(body, None)
    if not walker.sections:
        walker.sections.append(Section())
    margins: list[str] = []
    for kind in ("header", "footer"):
        for name in pkg.related(kind):
            margins.extend(_text_of(pkg.xml(name)))
    notes: list[str] = []
    footnotes: dict[str, tuple[int, ...]] = {}
    for kind in ("footnotes", "endnotes", "comments"):
        for name in pkg.related(kind):
            notes.extend(_text_of(pkg.xml(name)))
            if kind == "footnotes":
                footnotes.update(_note_sizes(pkg.xml(name)))
    app_pages, app_words, app_name = _app_properties(
        pkg.xml(pkg.package_part("extended-properties") or "docProps/app.xml"))
    # The last sectPr (body-level) describes the final section; paragraph-level ones
    # were appended as they were met, in order.
    return DocxContent(
        paragraphs=walker.paras, sections=walker.sections, margins=margins, notes=notes,
        app_pages=app_pages, app_name=app_name, has_rendered_breaks=walker.rendered,
        app_words=app_words,
        footnotes=footnotes,
    )


def _app_properties(app: _Element | None) -> tuple[int | None, int | None, str | None]:
    """Pages and words as the saving application stored them (often stale), and its name
    (docProps/app.xml)."""
    pages = words = name = None
    for el in app if app is not None else ():
        local = etree.QName(el).localname
        value = (el.text or "").strip()
        if local == "Pages" and value.isdigit():
            pages = int(value)
        elif local == "Words" and value.isdigit():
            words = int(value)
        elif local == "Application":
            name = value
    return pages, words, name


__all__ = ["Cell", "DocxContent", "Para", "Run", "Section", "read_content", "W"]
