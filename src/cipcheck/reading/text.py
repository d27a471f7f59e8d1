"""The reading layer: a dossier's text as sentences of tokens, computed once.

Every reader of prose — hours, interviews, required content, names — works on the same
``Reading``: sentences that run across PDF lines but stop at headings, table cells and
list items; tokens with their folded form, their French stem, and the value of a number
written in digits or in words (« deux », « onze », « trois cents ») or of an ordinal
(« 3e », « troisième »). Built once per document (``read``), shared through the check
context, and cut into parts with ``Reading.view``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter, sub
from typing import NamedTuple

from cipcheck.content.normalize import is_stopword, stem
from cipcheck.document import Block
from cipcheck.privacy.base import fold_keep_length
from cipcheck.reading.numbers import (
    ARTICLE_ONE,
    CARDINAL_WORDS,
    JOINERS,
    ORDINAL_WORDS,
    cardinal,
    decimal,
    ordinal,
)

# Digits (with a decimal part), words (letters only: "rendez-vous" is two words,
# "l'entretien" is "l", "'", "entretien"), and any other single character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?(?:[a-zA-Zèé]{1,4}\b)?|[^\W\d_]+|[^\s]")
# The same tokens with the spaces before each: only spaces lie between two tokens (any
# other character is a token), so one ``findall`` gives every token and, by the lengths
# of what it returns, every offset — without a match object per token.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
# A sentence ends at . ! ? … followed by a space, not after a civility, an initial or a
# usual abbreviation ("M. F., 29 ans", "Mme B. a signé", "cf. annexe 3", "p. 12").
_ABBREVIATIONS_TEXT = """
m mme mmes mlle mr dr pr me st ste cf p pp n no etc ex av bd vol fig chap art al env
"""
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_END_PUNCT = frozenset(".!?…")
# Units written short with a point: « 26 j. (182 h) », « 3 sem. (105h) ».
_UNITS_CUT = frozenset({"j", "jr", "jrs", "sem", "h", "hrs", "mn", "min"})
_BULLET = re.compile(r"^\s*(?:[•▪■◦●○\-–—*►➢✓]|\d{1,2}[.)]\s|[a-z][.)]\s)")
_BLOCK_ENDS = re.compile(r"[.!?…:;]\W*$")


class Token(NamedTuple):
    # A named tuple, not a frozen dataclass: a dossier has tens of thousands of tokens
    # and building a tuple is several times cheaper than a frozen dataclass's __init__.
    text: str  # as written
    word: str  # folded: lower case, no accents (the key the content matcher searches)
    stem: str  # folded French Snowball stem; the digits of a number; "" for punctuation
    kind: str  # "word" | "number" | "ordinal" | "punct"
    value: float | None  # numbers, number words, ordinals; 1 for the article "un"/"une"
    start: int  # offsets in ``Sentence.text``
    end: int
    index: int  # type: ignore[assignment]  # position in ``Reading.tokens``
    sentence: int  # index of its sentence in ``Reading.sentences``
    block: int  # index of the block it comes from, in ``Reading.blocks``
    page: int
    stop: bool = False  # article, preposition, pronoun…: ignored by phrase matching

    @property
    def is_number(self) -> bool:
        return self.kind == "number"


class Sentence(NamedTuple):
    index: int  # type: ignore[assignment]  # (shadows tuple.index, never called)
    text: str  # the blocks' text joined by single spaces
    norm: str  # ``text`` folded one character for one: offsets are shared
    first: int  # its tokens are ``Reading.tokens[first:last]``
    last: int
    blocks: tuple[int, ...]  # indices in ``Reading.blocks``
    page: int
    in_table: bool = False
    heading: bool = False
    # Offsets in ``text`` where each of ``blocks`` starts (to find a page mid-sentence).
    starts: tuple[int, ...] = (0,)


@dataclass(frozen=True)
class Reading:
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    _index_of: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    def tokens_of(self, sentence: Sentence) -> Sequence[Token]:
        return self.tokens[sentence.first:sentence.last]

    def block(self, sentence: Sentence) -> Block:
        return self.blocks[sentence.blocks[0]]

    def page_at(self, sentence: Sentence, offset: int) -> int:
        """The page of a character of a sentence that runs over several lines."""
        k = max(0, bisect.bisect_right(sentence.starts, offset) - 1)
        return self.blocks[sentence.blocks[k]].page

    def all_tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in self.tokens_of(s)]

    def content_tokens(self) -> list[Token]:
        """Words and numbers without stop words or punctuation: what phrases match on."""
        return [t for t in self.all_tokens() if not t.stop and t.kind != "punct"]

    def content_tokens_of(self, blocks: Iterable[Block]) -> list[Token]:
        """The content tokens of some blocks, word by word: unlike ``view``, which keeps
        a sentence by its first block, a sentence that runs into these blocks from before
        still gives them their own words."""
        wanted = {self._index_of[id(b)] for b in blocks if id(b) in self._index_of}
        out: list[Token] = []
        for s in self.sentences:
            if wanted.isdisjoint(s.blocks):
                continue
            out.extend(t for t in self.tokens_of(s)
                       if t.block in wanted and not t.stop and t.kind != "punct")
        return out

    def view(self, blocks: Iterable[Block]) -> Reading:
        """The sentences of some blocks (a part, the body): a sentence belongs to the
        view when its first block does. Tokens and blocks are shared, not copied."""
        wanted = {self._index_of[id(b)] for b in blocks if id(b) in self._index_of}
        sentences = tuple(s for s in self.sentences if s.blocks[0] in wanted)
        return Reading(self.blocks, sentences, self.tokens, self._index_of)

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)


def _block_end(text: str) -> re.Match[str] | None:
    """``_BLOCK_ENDS.search(text)`` (``text`` without spaces at its end): a line that ends
    with a letter or a digit, as most do, has no end mark and needs no search."""
    if text and (text[-1].isalnum() or text[-1] == "_"):  # what the regex calls \w
        return None
    return _BLOCK_ENDS.search(text)


def _is_heading(b: Block) -> bool:
    if b.heading_level is not None:
        return True
    text = b.text.strip()
    return len(text) < 120 and b.bold and not _block_end(text)


def _continues(prev: Block, nxt: Block, kind: str,
               headings: tuple[bool, bool] | None = None) -> bool:
    """Whether a sentence left open at the end of ``prev`` goes on in ``nxt``.

    A DOCX block is a paragraph: a sentence never runs into the next one. A PDF block is
    a line: it does, unless the line closed its sentence, the next line is a heading, a
    table cell or a new list item. ``headings``: whether each is a heading, when the
    caller knows it already.
    """
    if kind != "pdf" or prev.in_table or nxt.in_table or prev.is_toc or nxt.is_toc:
        return False
    if headings is None:
        headings = _is_heading(prev), _is_heading(nxt)
    if headings[0] or headings[1] or _BULLET.match(nxt.text):
        return False
    ends = _block_end(prev.text.rstrip())
    # A line cut after its colon, going on in lower case (« je l'ai reçue deux fois :⏎le
    # 11 avril… »): the same sentence, as the DOCX paragraph would give it.
    return not ends or (ends.group().startswith(":") and nxt.text.lstrip()[:1].islower())


def _ends_sentence(text: str, words: list[str], ends: list[int], k: int) -> bool:
    """Whether the punctuation token ``k`` (``words[k]``, ending at ``ends[k]``) closes
    its sentence."""
    mark = words[k]
    if mark not in _END_PUNCT:
        return False
    end = ends[k]
    if end < len(text) and not text[end].isspace():
        return False  # "2.5", "www.x.fr", "etc.)"
    if mark == "." and k > 0:
        prev = words[k - 1]
        low = prev.lower()
        # An initial ("M. F.", "Mme B."), a civility or an abbreviation.
        if (len(prev) == 1 and prev.isalpha() and prev.isupper()) or low in _ABBREVIATIONS:
            return False
        # A short word cut by its point, the text going on in lower case: an
        # abbreviation of notes (« entr. d'embauche », « tél. avec sa tutrice »).
        if len(prev) <= 5 and prev.isalpha() and text[end + 1:end + 2].islower():
            return False
        # « 26 j. (182 h) », « 3 sem. (105h) »: a unit cut by its point after a number,
        # the same figure converted in brackets next (« sobre depuis 6 sem. Idée : … »
        # still ends there).
        if low in _UNITS_CUT and k >= 2 and words[k - 2].isdigit() \
                and text[end + 1:end + 2] == "(":
            return False
    return True


def _raw_tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """The raw tokens of ``text``: their texts, start and end offsets (as
    ``_TOKEN.finditer`` finds them), computed in C rather than token by token."""
    pairs = _SPACED_TOKEN.findall(text)
    offsets = list(accumulate(map(len, chain.from_iterable(pairs)), initial=0))
    return list(map(_SECOND, pairs)), offsets[1::2], offsets[2::2]


_SECOND = itemgetter(1)


# Civilities written short read as the word, so "le parcours de M. N." meets "parcours
# de monsieur" and "M." is not taken for the elided "m'" of "m'a".
_CIVILITIES = {"mme": "madame", "mmes": "mesdames", "mlle": "mademoiselle", "mr": "monsieur"}


@lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[str, str, bool]:
    """(folded, stem, stop) of one lower-case word: computed once per distinct word."""
    word = _CIVILITIES.get(word, word)
    if word.endswith(("ee", "ees")) and word.isascii():
        # Typed without accents (« heures effectuees », « la duree »): a French « -ee »
        # is « -ée », and the stemmer reads the accent (« effectuées » -> « effectu »,
        # « effectuees » -> « effectue »).
        accented = word[:-2] + "ée" if word.endswith("ee") else word[:-3] + "ées"
        return fold_keep_length(word), stem(accented), is_stopword(word)
    return fold_keep_length(word), stem(word), is_stopword(word)


def read(blocks: Sequence[Block], kind: str = "docx") -> Reading:
    """Sentences and tokens of ``blocks`` (``kind``: the document's, "pdf" or "docx")."""
    blocks = tuple(blocks)
    groups: list[list[int]] = []
    headings: dict[int, bool] = {}
    prev_heading = False
    for i, b in enumerate(blocks):
        if not b.text.strip():
            continue
        if kind == "pdf":
            # Each line is asked as the next one, then as the previous one.
            heading = headings[i] = _is_heading(b)
            if groups and _continues(blocks[groups[-1][-1]], b, kind,
                                     (prev_heading, heading)):
                groups[-1].append(i)
            else:
                groups.append([i])
            prev_heading = heading
        else:
            groups.append([i])  # a paragraph never runs into the next (_continues)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for group in groups:
        _split(blocks, group, sentences, tokens, headings)
    index_of = {id(b): i for i, b in enumerate(blocks)}
    return Reading(blocks, tuple(sentences), tuple(tokens), index_of)


def _split(blocks: tuple[Block, ...], group: list[int], sentences: list[Sentence],
           tokens: list[Token], headings: dict[int, bool]) -> None:
    """Cut one run of blocks (a paragraph) into sentences and append them."""
    texts = [blocks[i].text.strip() for i in group]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(texts)
    raw = _raw_tokens(text)
    words, ends = raw[0], raw[2]
    if not words:
        return
    heading = len(group) == 1 and (headings[group[0]] if group[0] in headings
                                   else _is_heading(blocks[group[0]]))
    begin_tok, begin_char = 0, 0
    final = len(words) - 1
    # Only a . ! ? … token may close a sentence; the last token always does.
    for k in compress(count(), map(_END_PUNCT.__contains__, words)):
        if k == final:
            break
        if not _ends_sentence(text, words, ends, k):
            continue
        _emit(blocks, group, starts, text, raw, begin_tok, k + 1, begin_char, ends[k],
              heading, sentences, tokens)
        begin_tok = k + 1
        begin_char = raw[1][begin_tok]
    _emit(blocks, group, starts, text, raw, begin_tok, final + 1, begin_char, len(text),
          heading, sentences, tokens)


def _emit(blocks: tuple[Block, ...], group: list[int], starts: list[int], text: str,
          raw: tuple[list[str], list[int], list[int]], lo: int, hi: int, begin: int,
          end: int, heading: bool, sentences: list[Sentence], tokens: list[Token]) -> None:
    """Append the sentence of raw tokens ``lo:hi`` (characters ``begin:end`` of
    ``text``) and its tokens."""
    s_index = len(sentences)
    piece = text[begin:end]
    # Blocks this sentence covers, and where each starts inside it.
    covered = [(g, max(0, st - begin)) for g, st in zip(group, starts, strict=True)
               if st < end and (st + len(blocks[g].text.strip()) >= begin)]
    if not covered:
        covered = [(group[0], 0)]
    block_ids = tuple(g for g, _ in covered)
    local_starts = tuple(s for _, s in covered)
    single = len(block_ids) == 1
    block0 = block_ids[0]
    page0 = blocks[block0].page
    first = len(tokens)
    words = raw[0][lo:hi]
    facts = list(map(_FACTS.__getitem__, words))
    if None not in facts:
        # Every raw token is a token on its own (most sentences): the tokens are put
        # together column by column, in C, from the facts of each distinct word.
        n = hi - lo
        folded, stems, kinds, values, stops = zip(*facts, strict=True)
        rel_starts = list(map(sub, raw[1][lo:hi], repeat(begin, n)))
        rel_ends = map(sub, raw[2][lo:hi], repeat(begin, n))
        if single:
            in_blocks: Iterable[int] = repeat(block0, n)
            pages: Iterable[int] = repeat(page0, n)
        else:
            # The block of a token: the last one starting at or before it (the first
            # starts the sentence: local_starts[0] is 0).
            at = list(map(bisect.bisect_right, repeat(local_starts, n), rel_starts))
            in_blocks = map((-1, *block_ids).__getitem__, at)
            pages = map((-1, *(blocks[b].page for b in block_ids)).__getitem__, at)
        tokens.extend(map(_new_token, repeat(Token, n), zip(
            words, folded, stems, kinds, values, rel_starts, rel_ends,
            range(first, first + n), repeat(s_index, n), in_blocks, pages, stops,
            strict=True)))
    else:
        spans = list(zip(words, raw[1][lo:hi], raw[2][lo:hi], strict=True))
        _emit_slowly(blocks, spans, begin, piece, s_index, block_ids, local_starts, tokens)
    sentences.append(Sentence(
        s_index, piece, fold_keep_length(piece), first, len(tokens), block_ids,
        page0, in_table=blocks[block0].in_table, heading=heading, starts=local_starts))


def _emit_slowly(blocks: tuple[Block, ...], raw: list[tuple[str, int, int]], begin: int,
                 piece: str, s_index: int, block_ids: tuple[int, ...],
                 local_starts: tuple[int, ...], tokens: list[Token]) -> None:
    """The tokens of a sentence where some raw tokens join their neighbours (a number in
    words, "14h" cut in two, "M." the civility): token by token."""
    single = len(block_ids) == 1
    block0 = block_ids[0]
    page0 = blocks[block0].page
    append = tokens.append
    n = len(tokens)
    i, many = 0, len(raw)
    # Tokens come in order of offset: the block of each is found by moving forward from
    # the previous one's (the last block starting at or before it, as bisect_right - 1;
    # local_starts[0] is 0). ``after`` is where the next block starts.
    b, page, k = block0, page0, 0
    after = local_starts[1] if len(local_starts) > 1 else len(piece) + 1
    while i < many:
        w, s, e = raw[i]
        facts = _FACTS[w]
        if facts is None:
            # A number in words, "14h" cut in two, or "M." the civility: the careful way.
            i, todo = _merge_at(raw, i, begin)
        else:
            i += 1
            s -= begin
            if not single and s >= after:
                k, after = _block_at(local_starts, k, s, len(piece) + 1)
                b = block_ids[k]
                page = blocks[b].page
            folded, st, kind, value, stop = facts
            append(_new_token(Token, (w, folded, st, kind, value, s, e - begin, n, s_index,
                                      b, page, stop)))
            n += 1
            continue
        for w, s, e, kind, value in todo:
            if not single and s >= after:
                k, after = _block_at(local_starts, k, s, len(piece) + 1)
                b = block_ids[k]
                page = blocks[b].page
            if kind == "word":
                civility = w == "M" and e < len(piece) and piece[e] == "."
                folded, st, stop = _word_facts("monsieur" if civility else w.lower())
                if value is None and folded in ARTICLE_ONE:
                    value = 1.0
            else:
                folded = _fold(w)
                st, stop = ("" if kind == "punct" else folded), False
            append(_new_token(Token, (w, folded, st, kind, value, s, e, n, s_index, b, page,
                                      stop)))
            n += 1


def _block_at(local_starts: tuple[int, ...], k: int, s: int, past: int) -> tuple[int, int]:
    """(index of the last block starting at or before offset ``s``, searching from block
    ``k`` on; where the block after it starts, ``past`` after the last)."""
    last = len(local_starts) - 1
    while k < last and local_starts[k + 1] <= s:
        k += 1
    return k, (local_starts[k + 1] if k < last else past)


def _facts(w: str) -> tuple[str, str, str, float | None, bool] | None:
    """(folded, stem, kind, value, stop) of a raw token that makes one token on its own,
    whatever its neighbours: most of them, computed once per distinct token. None for
    the others (``_merge_at``): a number word that may start a number in words, a token
    cut in two ("14h"), and "M", a civility when a dot follows."""
    if w == "M" or _fold(w) in CARDINAL_WORDS:
        return None
    kind, value, pieces = _classify(w)
    if kind == "split":
        return None
    if kind == "word":
        folded, st, stop = _word_facts(w.lower())
        if value is None and folded in ARTICLE_ONE:
            value = 1.0
        return folded, st, kind, value, stop
    folded = _fold(w)
    return folded, ("" if kind == "punct" else folded), kind, value, False


class _FactsOf(dict[str, "tuple[str, str, str, float | None, bool] | None"]):
    """Raw token -> its ``_facts``, computed the first time the token is met: looked up
    with the dict's own ``__getitem__`` (``map`` over a sentence's words, in C), cheaper
    than an ``lru_cache`` call for the tens of thousands of tokens of a dossier."""

    def __missing__(self, w: str) -> tuple[str, str, str, float | None, bool] | None:
        if len(self) >= _MOST_FACTS:  # a server reads dossier after dossier
            self.clear()
        facts = self[w] = _facts(w)
        return facts


_MOST_FACTS = 65536


_FACTS = _FactsOf()


# Token(...) goes through the named tuple's generated __new__; a dossier has tens of
# thousands of tokens, so they are built as the plain tuple they are (same object).
_new_token = tuple.__new__


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    # A word processor's apostrophe (« d’accueil ») reads as the typed one: readers test
    # « ' » in their word lists.
    if word in _APOSTROPHES:
        return "'"
    return fold_keep_length(word.lower())


_APOSTROPHES = frozenset({"’", "‘", "ʼ", "´"})


@lru_cache(maxsize=65536)
def _classify(w: str) -> tuple[str, float | None, tuple[tuple[str, int, str, float | None], ...]]:
    """(kind, value, pieces) of one raw token that is not part of a number in words.

    ``pieces`` splits "14h" / "35h" into the number and its unit: (text, offset, kind,
    value) each."""
    low = _fold(w)
    if w[0].isdecimal():
        digits = _DIGITS.match(w)
        assert digits is not None
        d = digits.group()
        if len(d) < len(w):
            rank = ordinal(low)
            if rank is not None:
                return "ordinal", float(rank), ()
            # "14h", "35h": the number, then the unit as its own word.
            return "split", None, ((d, 0, "number", decimal(d)),
                                   (w[len(d):], len(d), "word", None))
        return "number", decimal(w), ()
    if low in ORDINAL_WORDS or low.endswith("ieme"):
        rank = ordinal(low)
        if rank is not None:
            return "ordinal", float(rank), ()
    if w[0].isalpha():
        return "word", None, ()
    return "punct", None, ()


_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


def _merge_at(raw: list[tuple[str, int, int]], i: int, begin: int
              ) -> tuple[int, list[tuple[str, int, int, str, float | None]]]:
    """The token(s) raw token ``i`` gives (offsets made relative to ``begin``) and the
    index of the next raw token: a run of number words becomes one number token."""
    out: list[tuple[str, int, int, str, float | None]] = []
    n = len(raw)
    w, s, e = raw[i]
    if _fold(w) in CARDINAL_WORDS:
        j = i + 1
        while j < n and (_fold(raw[j][0]) in CARDINAL_WORDS
                         or raw[j][0].lower() in JOINERS):
            j += 1
        # Longest run that parses as one number ("trois cents", not "deux trois").
        value = None
        while j > i:
            value = cardinal(tuple(_fold(x[0]) for x in raw[i:j]))
            if value is not None:
                break
            j -= 1
        if j > i and value is not None:
            out.append((" ".join(x[0] for x in raw[i:j]).replace(" - ", "-"), s - begin,
                        raw[j - 1][2] - begin, "number", float(value)))
            return j, out
    kind, val, pieces = _classify(w)
    if kind == "split":
        for text, offset, k, v in pieces:
            out.append((text, s - begin + offset, s - begin + offset + len(text), k, v))
    else:
        out.append((w, s - begin, e - begin, kind, val))
    return i + 1, out
