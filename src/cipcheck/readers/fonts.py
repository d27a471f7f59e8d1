"""Font names as PDFs and DOCX files spell them, reduced to a family we can compare."""

from __future__ import annotations

import re

_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE = re.compile(
    r"[-,]?(?:PSMT|MT|PS)?[-,]?(Bold|Italic|Oblique|Regular|Roman|Book|Medium|Light|Black|"
    r"Semibold|SemiBold|Demi|Heavy|Narrow|Condensed|BoldItalic|BoldOblique|It|Bd|BdIt)*$"
)

# Line height of each family as a multiple of the size (ascent + descent + gap, in em),
# used to turn a measured baseline pitch into a line-spacing multiple.
LINE_HEIGHT = {
    "arial": 1.1499,
    "liberation sans": 1.1499,
    "arimo": 1.1499,
    "helvetica": 1.1499,
    "calibri": 1.2207,
    "carlito": 1.2207,
    "times new roman": 1.1499,
    "liberation serif": 1.1499,
    "tinos": 1.1499,
    "dejavu sans": 1.1641,
    "dejavu serif": 1.1641,
    "verdana": 1.2153,
    "cambria": 1.1719,
    "caladea": 1.1719,
    "georgia": 1.1362,
    "tahoma": 1.2075,
    "trebuchet ms": 1.1611,
    "segoe ui": 1.3301,
    "aptos": 1.2,
}

_KNOWN = {
    k.replace(" ", ""): v
    for k, v in {
        "dejavu sans": "DejaVu Sans", "dejavu serif": "DejaVu Serif",
        "liberation sans": "Liberation Sans", "liberation serif": "Liberation Serif",
        "times new roman": "Times New Roman", "trebuchet ms": "Trebuchet MS",
        "segoe ui": "Segoe UI", "arial narrow": "Arial Narrow", "comic sans ms": "Comic Sans MS",
        "century gothic": "Century Gothic", "open sans": "Open Sans",
    }.items()
}

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def family(name: str | None) -> str | None:
    """``ABCDEF+ArialMT`` -> ``Arial``; ``Arial-BoldMT`` -> ``Arial``; ``LiberationSans`` ->
    ``Liberation Sans``; ``Times New Roman,Bold`` -> ``Times New Roman``."""
    if not name:
        return None
    n = _SUBSET.sub("", name.strip())
    n = n.split(",")[0]
    n = re.sub(r"-.*$", "", n) if "-" in n else n
    n = re.sub(r"(PSMT|PS-BoldMT|MT)$", "", n)
    for suffix in ("BoldItalic", "BoldOblique", "Bold", "Italic", "Oblique", "Regular"):
        if n.endswith(suffix) and len(n) > len(suffix):
            n = n[: -len(suffix)]
    known = _KNOWN.get(n.lower().replace(" ", ""))
    if known:
        return known
    if " " not in n:
        n = _CAMEL.sub(" ", n)
    n = re.sub(r"\s+", " ", n).strip()
    return n or None


def is_bold(name: str | None) -> bool:
    return bool(name) and bool(re.search(r"bold|black|heavy|semibold|demi", name or "", re.I))


def same_family(a: str | None, b: str) -> bool:
    return a is not None and a.lower().replace(" ", "") == b.lower().replace(" ", "")


def line_height(font: str | None) -> float:
    if not font:
        return 1.15
    return LINE_HEIGHT.get(font.lower(), 1.17)
