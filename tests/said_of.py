"""What a sentence says of one of its words (done, not done, planned…): the reading the
« not done » tests of each round assert on, on a one-paragraph DOCX-like block."""

from __future__ import annotations

from cipcheck.document import Block, Span
from cipcheck.reading import read
from cipcheck.reading.negation import Said, said


def said_of(text: str, word: str) -> Said:
    """What ``text`` says of its first word starting with ``word``."""
    b = Block(text=text, page=3, y=0.2, spans=(Span("Arial", 11.0, len(text), False),),
              bold=False, size=11.0, line_spacing=1.15)
    r = read([b])
    toks = r.tokens_of(r.sentences[0])
    k = next(i for i, t in enumerate(toks) if t.word.startswith(word))
    return said(toks, k, k + 1)
