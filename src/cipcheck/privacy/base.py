"""What a detector reports, and the helpers they share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

MASK = "•"


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # "phone", "email", "nir", "iban", "birth_date", "address", "name"
    value: str  # the datum normalised, to group repeats; never shown
    start: int
    end: int
    masked: str  # the datum as the report may show it


@dataclass(frozen=True, slots=True)
class Located:
    hit: Hit
    page: int
    excerpt: str  # the surrounding text, every datum in it masked


@cache
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c))
    return base[0].lower() if base else ch


class _FoldTable(dict[int, str]):
    """Code point -> its folded character, filled as characters are first met: str.translate
    then folds a whole text in C (joining a call per character was a tenth of a check)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


# The phone, address and birth-date detectors each fold the same block's text.
@lru_cache(maxsize=8192)
def fold_keep_length(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay valid."""
    if text.isascii():
        return text.lower()
    # What ``text.translate(_FOLD_TABLE)`` gives, a third faster on the fixtures' French
    # text (CPU): translate looks every character up in the table, when only a handful
    # of distinct accented ones change. Lower case first (in C), then each
    # distinct non-ASCII character left is replaced by its folded form. Exact because
    # folding a character or its lower case gives the same and folding twice changes
    # nothing (checked on every code point), save for the characters that make
    # ``lower`` take their context or change the length (the Greek sigmas, « İ »).
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text or "\u03f9" in text:
        return text.translate(_FOLD_TABLE)
    for ch in set(_NON_ASCII.findall(low)):
        folded = _FOLD_TABLE[ord(ch)]
        if folded != ch:
            low = low.replace(ch, folded)
    return low


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def mask_digits(text: str, keep_start: int = 0, keep_end: int = 0) -> str:
    """Replace digits by the mask, keeping the first and last few."""
    positions = [i for i, c in enumerate(text) if c.isalnum()]
    hidden = set(positions[keep_start: len(positions) - keep_end if keep_end else None])
    return "".join(MASK if i in hidden else c for i, c in enumerate(text))


# A sentence end, but not the dot of an initial or a civility ("M. K.", "Mme B.").
_END = re.compile(r"(?<![\s.(][a-zA-Z])(?<!^[a-zA-Z])(?<!\b[Mm]me)(?<!\b[Mm]lle)[.!?](?=\s|$)")


def sentence_around(text: str, start: int, end: int, before: int = 90,
                    after: int = 60) -> str:
    """The words around a match, up to a sentence end on either side."""
    lo = max(0, start - before)
    left = text[lo: start]
    ends = [m.end() for m in _END.finditer(text, lo, start)]
    if ends:
        left = text[ends[-1]: start]
    right = text[end: end + after]
    m = _END.search(right)
    if m:
        right = right[: m.start()]
    return left + " " + right


def excerpts(text: str, hits: list[Hit], width: int = 45) -> list[str]:
    """The text around each of ``hits`` (sorted by start, not overlapping) with every
    datum of the block masked. The masked block is built once: building it per hit made
    a block with many data (a contact table read as one block) cost hits × length."""
    pieces = []
    offsets = []
    pos = 0
    length = 0
    for h in hits:
        if h.start < pos:
            offsets.append(length)
            continue
        gap = text[pos:h.start]
        pieces.append(gap)
        length += len(gap)
        offsets.append(length)
        pieces.append(h.masked)
        length += len(h.masked)
        pos = h.end
    pieces.append(text[pos:])
    masked = "".join(pieces)
    out = []
    for h, offset in zip(hits, offsets, strict=True):
        start = max(0, offset - width)
        end = min(len(masked), offset + len(h.masked) + width)
        middle = masked[start:end].strip()
        out.append(("…" if start > 0 else "") + middle + ("…" if end < len(masked) else ""))
    return out


def excerpt(text: str, hits: list[Hit], hit: Hit, width: int = 45) -> str:
    """The text around ``hit`` with every datum of the block masked."""
    ordered = sorted(hits, key=lambda h: h.start)
    return excerpts(text, ordered, width)[next(i for i, h in enumerate(ordered) if h is hit)]
