"""The rule set's format written into WordprocessingML: font, size, line spacing.

Shared by the starter dossier and the format fix, so both write Arial 11 at 1,15 the
same way. A font is set on the Latin slots (ascii, hAnsi) and their theme attributes are
removed: Word and LibreOffice let ``w:asciiTheme`` win over ``w:ascii`` (the python-docx
trap DESIGN.md describes), so a font set beside a theme reference does not show. The
other scripts' slots (cs, eastAsia) follow only where they named the same font as the
Latin text: a Japanese or Arabic font there is what that script needs, and Arial has no
kanji. Symbol fonts (Wingdings bullets, Symbol, Cambria Math) are never replaced: their
characters are pictures, not letters, and would turn into other glyphs.
"""

from __future__ import annotations

import re

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_FONT_SLOTS = ("ascii", "hAnsi", "cs", "eastAsia")
# Children of rPr and pPr in schema order: a new child goes before the first of these
# that follows it, so Word accepts the file.
# (A paragraph mark's rPr starts with its own tracked change, w:ins…; every rPr ends with
# w:rPrChange.)
RPR_ORDER = ("ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs",
              "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
              "imprint", "noProof", "snapToGrid",
              "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
              "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
              "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange")
PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
              "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
              "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
              "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
              "jc", "textDirection", "textAlignment", "textboxTightWrap",
              "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def child(parent: etree._Element, tag: str, order: tuple[str, ...]) -> etree._Element:
    """The ``w:tag`` child of ``parent``, created in schema order when missing."""
    found = parent.find(w(tag))
    if found is not None:
        return found
    new = etree.Element(w(tag))
    rank = order.index(tag) if tag in order else len(order)
    for i, existing in enumerate(parent):
        if _rank(existing, order) > rank:
            parent.insert(i, new)
            return new
    parent.append(new)
    return new


def _rank(el: etree._Element, order: tuple[str, ...]) -> int:
    """Place of a child in the schema order; extensions of other namespaces (w14:…,
    mc:AlternateContent) come after Word's own children, comments stay where they are."""
    if not isinstance(el.tag, str):
        return -1
    name = etree.QName(el)
    if name.namespace != W:
        return len(order)
    return order.index(name.localname) if name.localname in order else -1


# Fonts whose characters are symbols: Arial would show letters in their place.
_SYMBOL_FONT = re.compile(
    r"^(symbol|wingdings(\s*[23])?|webdings|marlett|mt extra|zapf\s*dingbats|"
    r"cambria math|segoe ui (emoji|symbol|historic)|segoe mdl2 assets|ms outlook|"
    r"bookshelf symbol \d+|opensymbol|starsymbol|fontawesome|font awesome.*)$",
    re.IGNORECASE)


def is_symbol_font(name: str | None) -> bool:
    return name is not None and _SYMBOL_FONT.match(name.strip()) is not None


def has_symbol_font(rpr: etree._Element) -> bool:
    fonts = rpr.find(w("rFonts"))
    if fonts is None:
        return False
    return any(is_symbol_font(fonts.get(w(slot))) for slot in _FONT_SLOTS)


def set_font(rpr: etree._Element, family: str, *, all_scripts: bool = False,
             theme_is_family: bool = False) -> bool:
    """Set ``family`` on the Latin font slots of a run's properties (on every slot with
    ``all_scripts``, for a new document); True when it changed. A symbol font is kept,
    and so is a reference to the theme's fonts when the theme already is ``family``
    (``theme_is_family``): it shows in that font already, nothing to change (blind16: a
    dossier in Arial through its theme was told 56 styles would change)."""
    if has_symbol_font(rpr) or (theme_is_family and _follows_theme(rpr, family)):
        return False
    fonts = child(rpr, "rFonts", RPR_ORDER)
    before = dict(fonts.attrib)
    latin = {fonts.get(w(s)) for s in ("ascii", "hAnsi", "asciiTheme", "hAnsiTheme")}
    latin.discard(None)
    for slot in ("asciiTheme", "hAnsiTheme"):
        fonts.attrib.pop(w(slot), None)
    for slot in ("ascii", "hAnsi"):
        fonts.set(w(slot), family)
    for slot, theme in (("cs", "cstheme"), ("eastAsia", "eastAsiaTheme")):
        if all_scripts or fonts.get(w(slot)) in latin or fonts.get(w(theme)) in latin:
            fonts.attrib.pop(w(theme), None)
            fonts.set(w(slot), family)
    return dict(fonts.attrib) != before


def _follows_theme(rpr: etree._Element, family: str) -> bool:
    fonts = rpr.find(w("rFonts"))
    if fonts is None:
        return False
    themed = any(fonts.get(w(s)) for s in ("asciiTheme", "hAnsiTheme"))
    return themed and all(fonts.get(w(s)) in (None, family) for s in ("ascii", "hAnsi"))


def theme_is(theme_xml: bytes, family: str) -> bool:
    """The theme's major and minor Latin typefaces are both ``family`` already."""
    return not theme_fonts(theme_xml, family)[1]


def set_size(rpr: etree._Element, points: float) -> bool:
    half = str(round(points * 2))
    changed = False
    for tag in ("sz", "szCs"):
        el = child(rpr, tag, RPR_ORDER)
        if el.get(w("val")) != half:
            el.set(w("val"), half)
            changed = True
    return changed


def set_line_spacing(ppr: etree._Element, multiple: float) -> bool:
    """Line spacing as a multiple of single (1,15 is ``line=276 lineRule=auto``)."""
    spacing = child(ppr, "spacing", PPR_ORDER)
    line = str(round(multiple * 240))
    if spacing.get(w("line")) == line and spacing.get(w("lineRule"), "auto") == "auto":
        return False
    spacing.set(w("line"), line)
    spacing.set(w("lineRule"), "auto")
    return True


def set_language(rpr: etree._Element, tag: str = "fr-FR") -> None:
    lang = child(rpr, "lang", RPR_ORDER)
    lang.set(w("val"), tag)
    lang.set(w("eastAsia"), tag)


def theme_fonts(theme_xml: bytes, family: str) -> tuple[bytes, bool]:
    """The theme with its major and minor Latin typefaces set to ``family``: text that
    follows the theme (Calibri, Cambria, Aptos…) then shows in that font too."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(theme_xml, parser)
    changed = False
    for latin in root.iter(f"{{{A}}}latin"):
        parent = etree.QName(latin.getparent()).localname if latin.getparent() is not None \
            else ""
        if parent in ("majorFont", "minorFont") and latin.get("typeface") != family:
            latin.set("typeface", family)
            # The PANOSE code describes the former font (Calibri Light…): Word would
            # match a substitute on it, so it goes with the name.
            latin.attrib.pop("panose", None)
            changed = True
    if not changed:
        return theme_xml, False
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), True
