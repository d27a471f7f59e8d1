"""Footnotes: the height they take at the foot of the page of the paragraph that calls
them.

Word puts a footnote on the page of its reference, under a separator line, in the
"Footnote Text" style (10 pt, single spacing, by default); the body text of that page
is shorter by as much. Only the number of characters of each footnote paragraph is
known here: lines are counted at the average character width of the body font.
"""

from __future__ import annotations

import math

from cipcheck.readers.docx_body import DocxContent, Para
from cipcheck.readers.layout.metrics import face

NOTE_SIZE = 10.0  # pt: Word's Footnote Text style
SEPARATOR_LINES = 1.0  # the separator is an empty paragraph of its own, once per page


def note_height(content: DocxContent, p: Para, width: float) -> float:
    """Height (pt) of the footnotes ``p`` calls, without the separator."""
    if not p.footnote_refs:
        return 0.0
    font = p.spans[0].font if p.spans else None
    f = face(font)
    line = (f.ascent + f.descent + f.line_gap) * NOTE_SIZE
    per_line = max(1, int(width / max(1.0, f.default * NOTE_SIZE)))
    total = 0.0
    for ref in p.footnote_refs:
        for chars in content.footnotes.get(ref, (0,)):
            total += max(1, math.ceil(chars / per_line)) * line
    return total


def separator_height(p: Para) -> float:
    font = p.spans[0].font if p.spans else None
    f = face(font)
    return SEPARATOR_LINES * (f.ascent + f.descent + f.line_gap) * NOTE_SIZE
