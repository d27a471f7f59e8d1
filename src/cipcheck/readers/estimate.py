"""Lay out a DOCX without a renderer, to estimate where each paragraph falls.

A deliberately simple line-wrap model: characters times an average glyph width per
family, line height from the font's own metrics and the paragraph's line spacing,
spacing before/after, explicit page breaks. Reports say the pages are estimated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cipcheck.document import PagesMethod
from cipcheck.readers.docx_body import DocxContent, Para, Section
from cipcheck.readers.fonts import line_height

# Average advance width of French prose, in em, per family (measured on Liberation
# and Carlito glyph tables: spaces and lowercase dominate).
AVG_WIDTH = {"arial": 0.50, "liberation sans": 0.50, "calibri": 0.45, "carlito": 0.45,
             "times new roman": 0.45, "liberation serif": 0.45}


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a paragraph starts."""

    page: int  # 1-based
    y: float  # 0..1 from the top of the page
    first_on_page: bool


@dataclass(frozen=True)
class Paginated:
    """One placement per paragraph of :class:`DocxContent` (None: not placed)."""

    placements: list[Placement | None]
    page_count: int
    method: PagesMethod
    notes: tuple[str, ...] = ()


def _para_height(p: Para, width: float) -> tuple[int, float]:
    font = p.spans[0].font if p.spans else None
    size = p.size or 11.0
    avg = AVG_WIDTH.get((font or "").lower(), 0.5) * size
    left, right, first = p.indent
    usable = max(50.0, width - left - right)
    lines = 0
    for chunk in (p.text or "").split("\n"):
        lines += max(1, math.ceil((len(chunk) * avg + max(first, 0)) / usable))
    if p.spacing.exact_pt:
        lh = p.spacing.exact_pt
    else:
        lh = size * line_height(font) * (p.spacing.multiple or 1.0)
    return lines, lh


def estimate(content: DocxContent) -> tuple[list[Placement], int]:
    placements: list[Placement] = []
    page = 1
    used = 0.0
    sections = content.sections or [Section()]
    prev_after = 0.0
    for p in content.paragraphs:
        sec = sections[min(p.section, len(sections) - 1)]
        body_h = sec.height - sec.top - sec.bottom
        width = (sec.width - sec.left - sec.right) / max(1, sec.columns)
        if p.in_table and p.table is not None:
            width = width / max(1, p.table[3])
        if p.break_before and used > 0:
            page += 1
            used = 0.0
        lines, lh = _para_height(p, width)
        before = max(p.spacing.before_pt or 0.0, prev_after) - prev_after if used else 0.0
        height = before + lines * lh + sum(p.image_heights)
        if used + before + lh > body_h and used > 0:
            page += 1
            used = 0.0
            before = 0.0
        first = used == 0.0
        placements.append(Placement(page, (sec.top + used + before) / sec.height, first))
        used += before + lines * lh + sum(p.image_heights)
        while used > body_h:
            page += 1
            used -= body_h
        prev_after = p.spacing.after_pt or 0.0
        used += prev_after
        if p.break_after:
            page += 1
            used = 0.0
    return placements, page
