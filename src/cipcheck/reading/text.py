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

# Words (letters only: "rendez-vous" is two words, "l'entretien" is "l", "'",
# "entretien"), digits (with a decimal part), and any other single character. (Words
# first, the most frequent: no word starts with a digit, so the order changes nothing.)
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?(?:[a-zA-Zèé]{1,4}\b)?|[^\s]")
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
    """A document's sentences and tokens (see the module's docstring)."""

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
        tokens = self.tokens
        for s in self.sentences:
            if wanted.isdisjoint(s.blocks):
                continue
            out += [t for t in tokens[s.first:s.last]
                    if t.block in wanted and not t.stop and t.kind != "punct"]
        return out

    def sentence(self, index: int) -> Sentence | None:
        """The sentence whose ``Sentence.index`` is ``index`` (the place it holds in the
        whole document, which is also ``Token.sentence``), or None when this reading
        does not hold it. In a view (a part), sentences keep their document index: their
        place in ``sentences`` is not it."""
        ss = self.sentences
        if not ss:
            return None
        k = index - ss[0].index  # a part's sentences follow one another: usually exact
        if not 0 <= k < len(ss) or ss[k].index != index:
            k = bisect.bisect_left(ss, index, key=lambda s: s.index)
        return ss[k] if k < len(ss) and ss[k].index == index else None

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


def _continues(prev: Block, nxt: Block, kind: str) -> bool:
    """Whether a sentence left open at the end of ``prev`` goes on in ``nxt``.

    A DOCX block is a paragraph: a sentence never runs into the next one. A PDF block is
    a line: it does, unless the line closed its sentence, the next line is a heading, a
    table cell or a new list item.
    """
    if kind != "pdf" or prev.in_table or nxt.in_table or prev.is_toc or nxt.is_toc:
        return False
    if _is_heading(prev) or _is_heading(nxt) or _BULLET.match(nxt.text):
        return False
    ends = _block_end(prev.text.rstrip())
    # A line cut after its colon, going on in lower case (« je l'ai reçue deux fois :⏎le
    # 11 avril… »): the same sentence, as the DOCX paragraph would give it.
    return not ends or (ends.group().startswith(":") and nxt.text.lstrip()[:1].islower())


# Civilities before an initial, and words that open a sentence after a name.
_BEFORE_INITIAL = frozenset({"M", "Mme", "Mlle", "Mr", "Dr"})
_OPENERS = frozenset({"Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Nous", "Je", "On",
                      "Au", "Aux", "Ce", "Cette", "Ces", "Puis", "Lors", "Mais", "Depuis",
                      "Ensuite", "Un", "Une", "Son", "Sa", "Ses", "Notre", "Nos"})
_NEXT_WORDS = re.compile(r"\s+(\w+)\s+[a-zàâçéèêëîïôûùüÿœ]")


def _name_then_sentence(tokens: list[tuple[str, int, int]], k: int, after: str) -> bool:
    """After « M. V. » (a civility then an initial), whether a new sentence opens."""
    if k < 3 or len(tokens[k - 1][0]) != 1 or tokens[k - 2][0] != "." \
            or tokens[k - 3][0] not in _BEFORE_INITIAL:
        return False
    m = _NEXT_WORDS.match(after)
    return m is not None and m.group(1) in _OPENERS


def _ends_sentence(text: str, tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the punctuation token ``k`` closes its sentence."""
    mark = tokens[k][0]
    if mark not in _END_PUNCT:
        return False
    end = tokens[k][2]
    if end < len(text) and not text[end].isspace():
        return False  # "2.5", "www.x.fr", "etc.)"
    if mark == "." and k > 0:
        prev = tokens[k - 1][0]
        low = prev.lower()
        # An initial ("M. F.", "Mme B."), a civility or an abbreviation.
        if (len(prev) == 1 and prev.isalpha() and prev.isupper()) or low in _ABBREVIATIONS:
            # (« …avec M. V. Le premier a porté sur… »: the name is complete and a
            # sentence opens with a word that opens sentences, going on in lower case —
            # not « M. V. Le Goff », « Mme B. La Rochelle »)
            return _name_then_sentence(tokens, k, text[end:end + 24])
        # A short word cut by its point, the text going on in lower case: an
        # abbreviation of notes (« entr. d'embauche », « tél. avec sa tutrice »).
        if len(prev) <= 5 and prev.isalpha() and text[end + 1:end + 2].islower():
            return False
        # « Ent. 1 (13/01, E2C, 1 h) », « entr. 2 »: an interview written short, its number.
        if low in {"ent", "entr", "entret"} and text[end + 1:end + 2].isdigit():
            return False
        if _cut_before_a_figure(low, tokens, k, text[end + 1:end + 2]):
            return False
        # « Atelier coll. CV (20/11) », « entretien indiv. Bilan »: a qualifier cut short.
        if low in {"coll", "indiv"}:
            return False
        # « 26 j. (182 h) », « 3 sem. (105h) »: a unit cut by its point after a number,
        # the same figure converted in brackets next (« sobre depuis 6 sem. Idée : … »
        # still ends there).
        if low in _UNITS_CUT and k >= 2 and tokens[k - 2][0].isdigit() \
                and text[end + 1:end + 2] == "(":
            return False
    return True


def _cut_before_a_figure(low: str, tokens: list[tuple[str, int, int]], k: int, nxt: str) -> bool:
    """« RDV 2 (mer. 21/01) », « Début : lun. 12/01/2026 10:00 »: a weekday cut short
    before its date, in brackets or after a colon (« 1) jeu. 15 janv., … » still ends
    there: the date then leads its line); « tél. 45 min », « tél. 1h »: a call and its
    length."""
    if not nxt.isdigit():
        return False
    return (low in {"lun", "mar", "mer", "jeu", "ven", "sam", "dim"} and k >= 2
            and tokens[k - 2][0] in {"(", ":"}) or low in {"tel", "tél"}


def _raw_tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text)]


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
    for i, b in enumerate(blocks):
        if not b.text.strip():
            continue
        if groups and _continues(blocks[groups[-1][-1]], b, kind):
            groups[-1].append(i)
        else:
            groups.append([i])
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for group in groups:
        _split(blocks, group, sentences, tokens)
    index_of = {id(b): i for i, b in enumerate(blocks)}
    return Reading(blocks, tuple(sentences), tuple(tokens), index_of)


def _split(blocks: tuple[Block, ...], group: list[int], sentences: list[Sentence],
           tokens: list[Token]) -> None:
    """Cut one run of blocks (a paragraph) into sentences and append them."""
    texts = [blocks[i].text.strip() for i in group]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    text = " ".join(texts)
    raw = _raw_tokens(text)
    heading = len(group) == 1 and _is_heading(blocks[group[0]])
    begin_tok, begin_char = 0, 0
    final = len(raw) - 1
    for k in range(len(raw)):
        last = k == final
        if not last and (raw[k][0] not in _END_PUNCT or not _ends_sentence(text, raw, k)):
            continue
        end_char = raw[k][2] if not last else len(text)
        _emit(blocks, group, starts, text, raw[begin_tok:k + 1], begin_char, end_char,
              heading, sentences, tokens)
        begin_tok = k + 1
        if begin_tok < len(raw):
            begin_char = raw[begin_tok][1]


def _emit(blocks: tuple[Block, ...], group: list[int], starts: list[int], text: str,
          raw: list[tuple[str, int, int]], begin: int, end: int, heading: bool,
          sentences: list[Sentence], tokens: list[Token]) -> None:
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
    append = tokens.append
    n = first
    i, count = 0, len(raw)
    # Tokens come in order of offset: the block of each is found by moving forward from
    # the previous one's (the last block starting at or before it, as bisect_right - 1;
    # local_starts[0] is 0). ``after`` is where the next block starts.
    b, page, k = block0, page0, 0
    after = local_starts[1] if len(local_starts) > 1 else len(piece) + 1
    while i < count:
        w, s, e = raw[i]
        facts = _facts(w)
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
            kind, value, folded, st, stop = facts
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
    sentences.append(Sentence(
        s_index, piece, fold_keep_length(piece), first, len(tokens), block_ids,
        page0, in_table=blocks[block0].in_table, heading=heading, starts=local_starts))


def _block_at(local_starts: tuple[int, ...], k: int, s: int, past: int) -> tuple[int, int]:
    """(index of the last block starting at or before offset ``s``, searching from block
    ``k`` on; where the block after it starts, ``past`` after the last)."""
    last = len(local_starts) - 1
    while k < last and local_starts[k + 1] <= s:
        k += 1
    return k, (local_starts[k + 1] if k < last else past)


@lru_cache(maxsize=65536)
def _facts(w: str) -> tuple[str, float | None, str, str, bool] | None:
    """(kind, value, folded, stem, stop) of a raw token that makes one token on its own,
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
        return kind, value, folded, st, stop
    folded = _fold(w)
    return kind, value, folded, ("" if kind == "punct" else folded), False


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
