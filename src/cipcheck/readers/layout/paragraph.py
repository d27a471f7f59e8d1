"""One paragraph as LibreOffice sizes it: its lines' heights and its spacing.

Measured against LibreOffice 7.4 on DOCX files (the reference ``--pages libreoffice``
renders with):

- a single line is the font's ascent + descent + line gap (hhea), each rounded to twips;
  proportional spacing ("auto", e.g. 1.15 = 276/240) is ``floor(single * pct / 100)``
  twips; "exact" is the value; "atLeast" the larger of the value and the single line;
- the extra height of proportional spacing sits below the text: the last line on a page
  only needs its single height to fit;
- an image alone in a paragraph is a line of the image's height plus the spacing's
  extra; an image in a line of text raises that line by what exceeds the ascent.
"""

from __future__ import annotations

from dataclasses import dataclass

from cipcheck.readers.docx_body import Para
from cipcheck.readers.docx_styles import Spacing
from cipcheck.readers.layout.metrics import face
from cipcheck.readers.layout.wrap import Piece, wrap

DEFAULT_TAB = 36.0  # Word's default tab stops (w:defaultTabStop 720 twips)


@dataclass(slots=True)
class Sized:
    """A paragraph ready to be placed: line heights (pt) with their single heights."""

    lines: list[float]
    natural: list[float]  # what each line needs to fit at the bottom of a page
    before: float
    after: float
    visible: bool  # has text (LibreOffice's PDF shows a line for it)


def spacing_of(p: Para) -> Spacing:
    return p.table_spacing or p.spacing


def indents(p: Para) -> tuple[float, float, float]:
    """Left, right and first-line indents; a list level's indent unless the paragraph
    sets its own (Word: direct formatting > numbering level > paragraph style)."""
    left, right, first = p.indent
    if p.num_indent is not None and not p.direct_indent:
        left, first = p.num_indent
    return left, right, first


def _pieces(p: Para) -> list[Piece]:
    if p.runs:
        return [Piece(r.text, face(r.font, r.bold, r.italic), r.size) for r in p.runs]
    font = p.spans[0].font if p.spans else p.mark_font
    return [Piece(p.text, face(font, p.bold), p.size or 11.0)]


def _mark(p: Para) -> Piece:
    """The paragraph mark: sets the height of an empty paragraph's line."""
    font = p.runs[0].font if p.runs else p.mark_font
    return Piece("", face(font, p.bold), p.size or 11.0)


def _line_heights(twips: list[int], sp: Spacing, rule: str) -> tuple[list[float], list[float]]:
    if sp.exact_pt is not None and rule == "exact":
        return [sp.exact_pt] * len(twips), [sp.exact_pt] * len(twips)
    if sp.exact_pt is not None:  # atLeast (and an exact value with no rule)
        heights = [max(sp.exact_pt, t / 20) for t in twips]
        return heights, heights
    pct = round((sp.multiple or 1.0) * 100)
    heights = [(t * pct // 100) / 20 for t in twips]
    natural = [min(h, t / 20) for h, t in zip(heights, twips, strict=True)]
    return heights, natural


def size_paragraph(p: Para, width: float) -> Sized:
    """Lines and spacing of ``p`` laid out in a column ``width`` points wide."""
    sp = spacing_of(p)
    left, right, first = indents(p)
    room = max(24.0, width - left - right)
    pieces = _pieces(p)
    if p.list_label and pieces:
        # The label sits in the hanging indent; the text starts at the indent.
        label = p.list_label + " "
        head = pieces[0]
        if head.text.startswith(label):
            pieces[0] = Piece(head.text[len(label):], head.face, head.size)
        first = max(first, 0.0)
    elif p.list_label == "":
        first = max(first, 0.0)  # bullet: the text starts at the indent too
    if p.tab_leader:
        pieces = _leader_pieces(pieces)
    text = "".join(pc.text for pc in pieces)
    visible = bool(text.strip())
    if not visible:
        pieces = [_mark(p)]
    lines = wrap(pieces, max(24.0, room - first), room, DEFAULT_TAB, left + first)
    twips = [ln.twips for ln in lines]
    heights, natural = _line_heights(twips, sp, p.line_rule)
    if p.image_heights:
        heights, natural = _with_images(p, heights, natural, twips, visible, room)
    if p.floats:
        bands = _float_bands(p, room)
        if not visible and not p.image_heights:
            heights, natural = bands, list(bands)
        else:
            heights, natural = heights + bands, natural + bands
    return Sized(heights, natural, sp.before_pt or 0.0, sp.after_pt or 0.0,
                 visible)


def _leader_pieces(pieces: list[Piece]) -> list[Piece]:
    """A table-of-contents line: title, dot leader to a right tab, page number. The
    leader takes whatever room is left, so only the title and number are measured."""
    out = []
    for pc in pieces:
        out.append(Piece(pc.text.replace("\t", "  "), pc.face, pc.size))
    return out


def _with_images(p: Para, heights: list[float], natural: list[float], twips: list[int],
                 visible: bool, room: float) -> tuple[list[float], list[float]]:
    extra = heights[0] - twips[0] / 20  # the spacing's share above single height
    mark = _mark(p)
    ascent = mark.face.ascent * mark.size
    image_lines: list[float] = []
    row_w = 0.0
    row_h = 0.0
    for i, h in enumerate(p.image_heights):
        wdt = p.image_widths[i] if i < len(p.image_widths) else room
        if visible and h <= 2.5 * heights[0]:
            # A small picture inside a line of text raises that line.
            heights[0] += max(0.0, h - ascent)
            natural[0] += max(0.0, h - ascent)
            continue
        if row_w and row_w + wdt > room:
            image_lines.append(row_h)
            row_w = row_h = 0.0
        row_w += wdt
        row_h = max(row_h, h)
    if row_h:
        image_lines.append(row_h)
    if not image_lines:
        return heights, natural
    image_h = [h + extra for h in image_lines]
    if not visible:
        return image_h, list(image_lines)
    return heights + image_h, natural + list(image_lines)


def _float_bands(p: Para, room: float) -> list[float]:
    """Floating objects as bands of the column that text cannot use.

    A top-and-bottom object takes its whole height; beside a square-wrapped one the
    lines are shorter, which costs about its share of the column width over its
    height (one too wide to leave a useful strip counts whole)."""
    bands = []
    for height, width, how in p.floats:
        share = 1.0 if how == "topAndBottom" else min(1.0, width / room)
        if share > 0.8:
            share = 1.0
        bands.append(height * share)
    return bands
