"""Generate the compact glyph-width tables the page estimator uses.

Dev-only: needs fontTools and the metric-compatible fonts (Debian packages
``fonts-liberation2`` and ``fonts-crosextra-carlito``). The runtime only reads the JSON
written to ``src/cipcheck/data/metrics/``; it never needs fontTools nor the fonts.

    python tools/gen_font_metrics.py            # regenerate the tables
    python tools/gen_font_metrics.py --check    # fail if the tables are out of date

Each table holds, per face (regular, bold, italic, bold-italic), the advance widths in
font units of the characters French dossiers use, and the vertical metrics LibreOffice
uses for the line height: hhea ascender + |descender| + lineGap (LibreOffice adds the
external leading for Word documents), which is also what Word shows for these fonts.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parents[1] / "src" / "cipcheck" / "data" / "metrics"

# Code point ranges stored as dense arrays: ASCII, Latin-1, Latin Extended-A (œ Œ),
# general punctuation (typographic quotes, dashes, ellipsis, thin and narrow no-break
# spaces, bullet), and a few symbols dossiers use (€, ™, arrows, geometric bullets).
RANGES: tuple[tuple[int, int], ...] = (
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x100, 0x17F),
    (0x2000, 0x203A),
    (0x20AC, 0x20AC),
    (0x2122, 0x2122),
    (0x2190, 0x2194),
    (0x25A0, 0x25AB),
    (0x25CB, 0x25CF),
    (0x25E6, 0x25E6),
)

FAMILIES = {
    # table file stem: (family name as fontconfig knows it, names it stands in for, serif?)
    "liberation-sans": ("Liberation Sans", ["Arial", "Helvetica", "Arimo", "Liberation Sans"],
                        False),
    "liberation-serif": ("Liberation Serif", ["Times New Roman", "Times", "Tinos",
                                              "Liberation Serif"], True),
    "carlito": ("Carlito", ["Calibri", "Carlito"], False),
    "caladea": ("Caladea", ["Cambria", "Caladea"], True),
}
FACES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bolditalic": "Bold Italic"}
SEARCH = (
    "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/truetype/crosextra",
    "/usr/share/fonts",
)


def font_file(family: str, style: str) -> Path:
    """The file fontconfig would use (what LibreOffice renders with), else a folder scan."""
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", f"{family}:style={style}"],
                             capture_output=True, text=True, timeout=10, check=False)
        path = Path(out.stdout.strip())
        if path.is_file() and family.replace(" ", "").lower() in path.name.lower():
            return path
    except (OSError, subprocess.SubprocessError):
        pass
    stem = family.replace(" ", "") + "-" + style.replace(" ", "")
    for folder in SEARCH:
        for path in Path(folder).rglob(f"{stem}.ttf"):
            return path
    raise SystemExit(f"font not found: {family} {style} (install fonts-liberation2 / "
                     "fonts-crosextra-carlito)")


def face_table(path: Path) -> dict[str, object]:
    font = TTFont(str(path), lazy=True)
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    space = hmtx[cmap[0x20]][0]
    ranges = []
    for lo, hi in RANGES:
        widths = []
        for cp in range(lo, hi + 1):
            glyph = cmap.get(cp)
            if glyph is None and cp in (0xA0, 0x202F, 0x2007, 0x2009):
                widths.append(space)  # a missing no-break space is laid out as a space
            else:
                widths.append(hmtx[glyph][0] if glyph is not None else 0)  # 0: missing
        ranges.append([lo, widths])
    hhea = font["hhea"]
    # Unknown characters (CJK, emoji…) are drawn by a fallback font; the font's average
    # width is the best guess we have.
    return {
        "ascent": hhea.ascent,
        "descent": -hhea.descent,
        "line_gap": hhea.lineGap,
        "avg": font["OS/2"].xAvgCharWidth,
        "ranges": ranges,
    }


def build() -> dict[str, str]:
    out: dict[str, str] = {}
    for stem, (family, aliases, serif) in FAMILIES.items():
        faces: dict[str, object] = {}
        upm = 0
        sources = []
        for key, style in FACES.items():
            path = font_file(family, style)
            upm = TTFont(str(path), lazy=True)["head"].unitsPerEm
            faces[key] = face_table(path)
            sources.append(path.name)
        table = {"family": family, "aliases": aliases, "serif": serif, "units_per_em": upm,
                 "sources": sources, "faces": faces}
        out[f"{stem}.json"] = json.dumps(table, separators=(",", ":"), ensure_ascii=True) + "\n"
    return out


def main() -> int:
    logging.getLogger("fontTools").setLevel(logging.ERROR)  # noisy about old timestamps
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the tables differ")
    args = parser.parse_args()
    tables = build()
    stale = []
    for name, text in tables.items():
        target = OUT / name
        if args.check:
            if not target.is_file() or target.read_text() != text:
                stale.append(name)
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        print(f"{target.relative_to(OUT.parents[3])}: {len(text)} bytes")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
