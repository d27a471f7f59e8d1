"""Break a paragraph into lines the way LibreOffice does: greedy, word by word.

Widths come from the glyph tables (``metrics``), run by run, so a bold heading or a
change of size inside a paragraph is measured with its own face. Break opportunities
follow the Unicode line-breaking rules where they matter for French prose: after a
space (never at a no-break space, so « : ; ? ! » stay with their word), after a hyphen
or a slash followed by a letter, after an en or em dash; a word wider than the line is
cut where it overflows. Trailing spaces hang in the margin, as in every word processor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cipcheck.readers.layout.metrics import Face

# A token is a word fragment up to and including its break opportunity, then the
# spaces that follow it; a line break or a tab is a token of its own.
_TOKEN = re.compile(r"[\n\t]|[^ \n\t\-/\u2013\u2014]*(?:[\-/\u2013\u2014]+(?=\w)|[\u2013\u2014]+)?"
                    r" *")
_EPS = 0.01  # points: widths are exact sums, only float noise needs absorbing


@dataclass(frozen=True, slots=True)
class Piece:
    """Text of one run with the face and size it is drawn with."""

    text: str
    face: Face
    size: float


@dataclass(slots=True)
class Line:
    """One laid-out line: its height in twips (tallest face on it) and its width."""

    twips: int
    width: float = 0.0


def _tokens(pieces: Sequence[Piece]) -> list[tuple[float, float, int, str]]:
    """(width without trailing spaces, trailing space width, line twips, kind) per token.

    kind: "w" word (breakable after), "j" word joined to the next piece (no break
    between runs of one word), "n" forced line break, "t" tab.
    """
    out: list[tuple[float, float, int, str]] = []
    for piece in pieces:
        face, size = piece.face, piece.size
        twips = face.line_twips(size)
        for m in _TOKEN.finditer(piece.text):
            tok = m.group(0)
            if not tok:
                continue
            if tok == "\n":
                out.append((0.0, 0.0, twips, "n"))
                continue
            if tok == "\t":
                out.append((0.0, 0.0, twips, "t"))
                continue
            word = tok.rstrip(" ")
            spaces = len(tok) - len(word)
            width = face.width(word) * size
            space = face.widths.get(" ", 0.25) * size * spaces
            kind = "w" if spaces or word[-1:] in "-/\u2013\u2014" else "j"
            out.append((width, space, twips, kind))
        # A run boundary inside a word does not make a break opportunity, but the end
        # of the paragraph's last run does not matter either way.
    return out


class _Breaker:
    """Greedy first-fit line filling (what LibreOffice and Word do without hyphenation)."""

    def __init__(self, first_width: float, width: float) -> None:
        self.lines: list[Line] = []
        self.room = first_width
        self.width = width
        self.x = 0.0  # width of the current line so far, trailing spaces excluded
        self.pending = 0.0  # trailing spaces of the last word: count only if a word follows
        self.twips = 0  # tallest face on the current line (0: line not started)

    def newline(self, twips: int = 0, forced: bool = False) -> None:
        self.lines.append(Line(max(self.twips, twips), self.x))
        self.room, self.x, self.pending = self.width, 0.0, 0.0
        # After a forced break the next line exists even if nothing is put on it.
        self.twips = twips if forced else 0

    def place(self, word: float, twips: int) -> None:
        if self.x + self.pending + word <= self.room + _EPS:
            self.x += self.pending + word
            self.pending = 0.0
            self.twips = max(self.twips, twips)
            return
        if self.x > 0.0:
            self.newline()
        # A word wider than a whole line is cut where it overflows.
        while word > self.room + _EPS:
            self.twips = twips
            self.x = self.room
            word -= self.room
            self.newline()
        self.x, self.pending, self.twips = word, 0.0, twips

    def tab(self, stop: float, origin: float, twips: int) -> None:
        # Default tab stops are measured from the paragraph's indent.
        pos = origin + self.x + self.pending
        nxt = (int(pos / stop + 1e-6) + 1) * stop - origin
        if nxt > self.room + _EPS and self.x > 0.0:
            self.newline()
            nxt = stop - origin % stop if origin % stop else stop
        self.x, self.pending = min(nxt, self.room), 0.0
        self.twips = max(self.twips, twips)


def wrap(pieces: Sequence[Piece], first_width: float, width: float, tab: float = 36.0,
         tab_origin: float = 0.0) -> list[Line]:
    """Lines of a paragraph. ``first_width``/``width``: room for the first/other lines.

    An empty paragraph still has one line, as tall as its paragraph mark's font, which
    the caller passes as the only piece.
    """
    br = _Breaker(first_width, width)
    word_w, word_twips = 0.0, 0  # a word being built across runs
    for width_tok, space, twips, kind in _tokens(pieces):
        if kind in "nt":
            if word_w:
                br.place(word_w, word_twips)
                word_w, word_twips = 0.0, 0
            if kind == "n":
                br.newline(twips, forced=True)
            else:
                br.tab(tab, tab_origin, twips)
            continue
        word_w += width_tok
        word_twips = max(word_twips, twips)
        if kind == "j":
            continue
        br.place(word_w, word_twips)
        br.pending += space
        word_w, word_twips = 0.0, 0
    if word_w:
        br.place(word_w, word_twips)
    if br.twips or not br.lines:
        default = pieces[0].face.line_twips(pieces[0].size) if pieces else 240
        br.newline(default)
    return br.lines
