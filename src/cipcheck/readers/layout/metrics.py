"""Glyph widths and line heights of the fonts dossiers use, from the bundled tables.

The tables (``cipcheck/data/metrics``, made by ``tools/gen_font_metrics.py``) describe the
metric-compatible fonts LibreOffice lays out with: Liberation Sans for Arial, Liberation
Serif for Times New Roman, Carlito for Calibri. Any other font is measured with the
closest of the three (serif or sans, guessed from its name): widths are then only
approximate, which is why such reports say the pages are estimated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from cipcheck.readers.fonts import LINE_HEIGHT
from cipcheck.resources import package_data

# Fonts whose names do not say "serif" but are serif faces (Word's and Google's usual ones).
_SERIF_HINTS = ("serif", "times", "roman", "georgia", "garamond", "cambria", "caladea",
                "book antiqua", "palatino", "bookman", "century schoolbook", "baskerville",
                "constantia", "tinos", "minion", "didot", "bodoni", "cochin", "merriweather")
_SANS_HINTS = ("sans",)
# Sans fonts closer to Calibri's narrow widths than to Arial's.
_NARROW_SANS = ("calibri", "carlito", "candara", "corbel", "aptos", "segoe", "open sans",
                "source sans", "lato", "roboto", "noto sans")


@dataclass(frozen=True, slots=True)
class Face:
    """One face (family + weight + slant): widths in em, line height in em."""

    family: str
    widths: dict[str, float]
    default: float  # width of a character missing from the table, in em
    ascent: float
    descent: float
    line_gap: float

    def width(self, text: str) -> float:
        """Advance width of ``text`` in em (multiply by the size in points)."""
        get = self.widths.get
        d = self.default
        return sum(get(ch, d) for ch in text)

    def line_twips(self, size: float) -> int:
        """Single line height in twips, rounded part by part as LibreOffice does."""
        twips = size * 20
        return (round(self.ascent * twips) + round(self.descent * twips)
                + round(self.line_gap * twips))


@cache
def _table(stem: str) -> dict[str, Any]:
    return json.loads(package_data("metrics", f"{stem}.json").read_text(encoding="utf-8"))


def _family_stem(font: str | None) -> str:
    name = (font or "").lower()
    if any(h in name for h in ("arial", "helvetica", "arimo", "liberation sans")):
        return "liberation-sans"
    if any(h in name for h in ("times", "tinos", "liberation serif")):
        return "liberation-serif"
    if "cambria" in name or "caladea" in name:
        return "caladea"
    if any(h in name for h in _NARROW_SANS):
        return "carlito"
    if any(h in name for h in _SANS_HINTS):
        return "liberation-sans"
    if any(h in name for h in _SERIF_HINTS):
        return "liberation-serif"
    if not name:
        return "liberation-serif"  # Word's last-resort default is Times New Roman
    return "liberation-sans"  # most other dossier fonts (Verdana, Tahoma, Trebuchet…) are sans


def is_exact(font: str | None) -> bool:
    """True when ``font`` is one the tables measure exactly (or its metric twin)."""
    name = (font or "").lower()
    return any(alias.lower() == name for stem in ("liberation-sans", "liberation-serif",
                                                  "carlito", "caladea")
               for alias in _table(stem)["aliases"])


# Monospaced faces: every glyph has the same advance, so no table is needed — only that
# advance (em) and the line height (em) Word draws them with (OS/2 win metrics).
_MONO = {
    "consolas": (0.5498, 1.1709),
    "courier new": (0.6001, 1.1328),
    "courier": (0.6001, 1.1328),
    "liberation mono": (0.6001, 1.1328),
    "cousine": (0.6001, 1.1328),
    "lucida console": (0.6021, 1.0),
}
_MONO_HINTS = ("mono", "courier", "consolas", "console", "code", "menlo", "monaco",
               "inconsolata")


def _mono(font: str | None) -> tuple[float, float] | None:
    name = (font or "").lower().strip()
    if name in _MONO:
        return _MONO[name]
    if any(h in name for h in _MONO_HINTS):
        return _MONO["courier new"]
    return None


@cache
def face(font: str | None, bold: bool = False, italic: bool = False) -> Face:
    mono = _mono(font)
    if mono is not None:
        advance, height = mono
        return Face(family=font or "monospace", widths={"\t": 0.0}, default=advance,
                    ascent=0.8 * height, descent=0.2 * height, line_gap=0.0)
    stem = _family_stem(font)
    table = _table(stem)
    key = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
    data: dict[str, Any] = table["faces"][key]
    upm = float(table["units_per_em"])
    widths: dict[str, float] = {}
    for first, values in data["ranges"]:
        for offset, value in enumerate(values):
            if value:
                widths[chr(first + offset)] = value / upm
    default = float(data["avg"]) / upm
    # Word's Symbol-font bullet (U+F0B7) and other private-use bullets are drawn with a
    # symbol font; a bullet's width is the closest guess.
    for pua in ("\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc"):
        widths.setdefault(pua, widths.get("\u2022", default))
    # Tabs are placed by the line breaker, never measured as glyphs.
    widths["\t"] = 0.0
    ascent = float(data["ascent"]) / upm
    descent = float(data["descent"]) / upm
    gap = float(data["line_gap"]) / upm
    known = LINE_HEIGHT.get((font or "").lower())
    if known:
        # A font whose line height is known (Verdana…) has it whatever table gives its
        # widths; for a twin (Caladea for Cambria) the font Word draws with decides.
        scale = known / (ascent + descent + gap)
        ascent, descent, gap = ascent * scale, descent * scale, gap * scale
    return Face(family=str(table["family"]), widths=widths, default=default, ascent=ascent,
                descent=descent, line_gap=gap)
