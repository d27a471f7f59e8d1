"""Effective formatting of DOCX text, resolved the way Word resolves it.

python-docx returns ``None`` for anything inherited, so we walk the chain ourselves:
run properties -> character style chain -> paragraph style chain (``basedOn``) ->
``w:docDefaults`` -> theme fonts. Within one ``w:rFonts`` element a theme attribute
(``w:asciiTheme``) wins over the explicit name (``w:ascii``): setting ``style.font.name``
with python-docx leaves the theme attribute in place, and Word then shows the theme font.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml.etree import _Element  # noqa: E402 - the element type, for annotations

from cipcheck.readers.ooxml import A, w

DEFAULT_SIZE = 10.0  # Word's size when nothing sets w:sz
DEFAULT_LINE = 1.0


@dataclass(frozen=True, slots=True)
class Spacing:
    multiple: float | None  # lineRule auto: line / 240
    exact_pt: float | None  # lineRule exact / atLeast: points
    before_pt: float | None
    after_pt: float | None


@dataclass
class _Style:
    style_id: str
    kind: str
    name: str
    based_on: str | None
    ppr: _Element | None
    rpr: _Element | None
    link: str | None


class StyleResolver:
    def __init__(self, styles: _Element | None, theme: _Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_char: str | None = None
        self.doc_rpr: _Element | None = None
        self.doc_ppr: _Element | None = None
        self.theme_fonts = _theme_fonts(theme)
        if styles is not None:
            self._load(styles)

    def _load(self, root: _Element) -> None:
        defaults = root.find(w("docDefaults"))
        if defaults is not None:
            self.doc_rpr = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
            self.doc_ppr = defaults.find(f"{w('pPrDefault')}/{w('pPr')}")
        for el in root.iter(w("style")):
            sid = el.get(w("styleId"), "")
            kind = el.get(w("type"), "paragraph")
            name_el = el.find(w("name"))
            name = name_el.get(w("val"), sid) if name_el is not None else sid
            based = el.find(w("basedOn"))
            link = el.find(w("link"))
            self.styles[sid] = _Style(
                sid, kind, name,
                based.get(w("val")) if based is not None else None,
                el.find(w("pPr")), el.find(w("rPr")),
                link.get(w("val")) if link is not None else None,
            )
            if el.get(w("default")) in ("1", "true", "on"):
                if kind == "paragraph":
                    self.default_para = sid
                elif kind == "character":
                    self.default_char = sid

    # -- chains -------------------------------------------------------------------
    def chain(self, style_id: str | None, kind: str = "paragraph") -> list[_Style]:
        if style_id is None or style_id not in self.styles:
            style_id = self.default_para if kind == "paragraph" else self.default_char
        out: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            st = self.styles[style_id]
            out.append(st)
            style_id = st.based_on
        return out

    def style_name(self, style_id: str | None) -> str | None:
        chain = self.chain(style_id)
        return chain[0].name if chain else None

    def outline_level(self, ppr: _Element | None, style_id: str | None) -> int | None:
        """Heading level 1..9 from the paragraph or its style chain (None for body text)."""
        for el in [ppr] + [s.ppr for s in self.chain(style_id)]:
            if el is None:
                continue
            lvl = el.find(w("outlineLvl"))
            if lvl is not None:
                try:
                    value = int(lvl.get(w("val"), "9"))
                except ValueError:
                    return None
                return value + 1 if value < 9 else None
        for st in self.chain(style_id):
            name = st.name.lower().replace(" ", "")
            for prefix in ("heading", "titre"):
                if name.startswith(prefix) and name[len(prefix):].isdigit():
                    return int(name[len(prefix):])
        return None

    # -- run properties ----------------------------------------------------------------
    def _rpr_levels(self, rpr: _Element | None, rstyle: str | None,
                    pstyle: str | None) -> list[_Element]:
        levels: list[_Element] = []
        if rpr is not None:
            levels.append(rpr)
        if rstyle:
            levels.extend(s.rpr for s in self.chain(rstyle, "character") if s.rpr is not None)
        levels.extend(s.rpr for s in self.chain(pstyle) if s.rpr is not None)
        if self.doc_rpr is not None:
            levels.append(self.doc_rpr)
        return levels

    def run_format(self, rpr: _Element | None,
                   pstyle: str | None) -> tuple[str | None, float, bool]:
        rstyle = None
        if rpr is not None:
            rs = rpr.find(w("rStyle"))
            rstyle = rs.get(w("val")) if rs is not None else None
        levels = self._rpr_levels(rpr, rstyle, pstyle)
        return self._font(levels), self._size(levels), self._bold(levels)

    def _font(self, levels: list[_Element]) -> str | None:
        for el in levels:
            fonts = el.find(w("rFonts"))
            if fonts is None:
                continue
            theme = fonts.get(w("asciiTheme")) or fonts.get(w("hAnsiTheme"))
            if theme:
                return self.theme_fonts.get(theme) or self.theme_fonts.get("minor")
            name = fonts.get(w("ascii")) or fonts.get(w("hAnsi"))
            if name:
                return name
        # No rFonts anywhere: Word falls back to the theme's minor font, else Times New Roman.
        return self.theme_fonts.get("minor") or "Times New Roman"

    @staticmethod
    def _size(levels: list[_Element]) -> float:
        for el in levels:
            sz = el.find(w("sz"))
            if sz is not None:
                try:
                    return int(sz.get(w("val"), "20")) / 2
                except ValueError:
                    continue
        return DEFAULT_SIZE

    @staticmethod
    def _bold(levels: list[_Element]) -> bool:
        for el in levels:
            b = el.find(w("b"))
            if b is not None:
                return b.get(w("val"), "true") not in ("0", "false", "off")
        return False

    # -- paragraph properties ---------------------------------------------------------
    def spacing(self, ppr: _Element | None, pstyle: str | None) -> Spacing:
        levels = [ppr] + [s.ppr for s in self.chain(pstyle)] + [self.doc_ppr]
        line, before, after = _spacing_attrs(
            sp for el in levels if el is not None and (sp := el.find(w("spacing"))) is not None)
        multiple = exact = None
        if line is None:
            multiple = DEFAULT_LINE
        else:
            try:
                value = int(line[0])
            except ValueError:
                value = 240
            if line[1] == "auto":
                multiple = value / 240
            else:
                exact = value / 20
        return Spacing(multiple, exact, before, after)

    def numbering(self, ppr: _Element | None, pstyle: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) of a numbered paragraph, from the paragraph or its style chain."""
        for el in [ppr] + [s.ppr for s in self.chain(pstyle)]:
            if el is None:
                continue
            num = el.find(w("numPr"))
            if num is None:
                continue
            num_id = num.find(w("numId"))
            ilvl = num.find(w("ilvl"))
            if num_id is None:
                continue
            value = num_id.get(w("val"), "0")
            if value == "0":
                return None
            try:
                level = int(ilvl.get(w("val"), "0")) if ilvl is not None else 0
            except ValueError:
                level = 0
            return value, level
        return None

    def indents(self, ppr: _Element | None, pstyle: str | None) -> tuple[float, float, float]:
        """Left, right and first-line indents in points (first line negative when hanging)."""
        left = right = first = None
        for el in [ppr] + [s.ppr for s in self.chain(pstyle)] + [self.doc_ppr]:
            if el is None:
                continue
            ind = el.find(w("ind"))
            if ind is None:
                continue
            if left is None:
                left = _twips(ind.get(w("left")) or ind.get(w("start")))
            if right is None:
                right = _twips(ind.get(w("right")) or ind.get(w("end")))
            if first is None:
                if ind.get(w("hanging")) is not None:
                    hanging = _twips(ind.get(w("hanging")))
                    first = -hanging if hanging is not None else None
                elif ind.get(w("firstLine")) is not None:
                    first = _twips(ind.get(w("firstLine")))
        return left or 0.0, right or 0.0, first or 0.0

    def para_flag(self, ppr: _Element | None, pstyle: str | None, tag: str) -> bool:
        for el in [ppr] + [s.ppr for s in self.chain(pstyle)]:
            if el is None:
                continue
            found = el.find(w(tag))
            if found is not None:
                return found.get(w("val"), "true") not in ("0", "false", "off")
        return False


AUTO_SPACING = 14.0  # pt: w:beforeAutospacing / w:afterAutospacing


def _on_attr(value: str | None) -> bool:
    return value is not None and value not in ("0", "false", "off")


def _twips(value: str | None) -> float | None:
    try:
        return int(value or "") / 20
    except ValueError:
        return None


def _theme_fonts(theme: _Element | None) -> dict[str, str]:
    fonts: dict[str, str] = {}
    if theme is None:
        return fonts
    for kind in ("major", "minor"):
        latin = theme.find(f".//{{{A}}}{kind}Font/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface", "")
    # w:asciiTheme values: minorHAnsi, minorAscii, majorHAnsi, majorAscii, minorBidi…
    for key in ("minorHAnsi", "minorAscii", "minorBidi", "minorEastAsia"):
        if "minor" in fonts:
            fonts[key] = fonts["minor"]
    for key in ("majorHAnsi", "majorAscii", "majorBidi", "majorEastAsia"):
        if "major" in fonts:
            fonts[key] = fonts["major"]
    return fonts


def _spacing_attrs(spacings: Iterable[_Element]) -> tuple[tuple[str, str] | None,
                                                        float | None, float | None]:
    """The line (value, rule), space before and after, each from the first w:spacing of
    the chain (paragraph, its styles, the document defaults) that sets it."""
    line: tuple[str, str] | None = None
    before: float | None = None
    after: float | None = None
    for sp in spacings:
        if line is None and sp.get(w("line")) is not None:
            line = (sp.get(w("line"), "240"), sp.get(w("lineRule"), "auto"))
        # « Auto » spacing (Normal (Web), text pasted from a web page) is 14 pt in
        # Word and LibreOffice, whatever w:before / w:after say beside it.
        if before is None and _on_attr(sp.get(w("beforeAutospacing"))):
            before = AUTO_SPACING
        if after is None and _on_attr(sp.get(w("afterAutospacing"))):
            after = AUTO_SPACING
        if before is None and sp.get(w("before")) is not None:
            before = _twips(sp.get(w("before")))
        if after is None and sp.get(w("after")) is not None:
            after = _twips(sp.get(w("after")))
    return line, before, after
