"""French tokens for evidence matching: case, accents, elision, plural and inflection.

A candidate writes "les financeurs", the RE "financeurs", another dossier "le
financement": matching is done on Snowball stems (the French algorithm of the
``snowballstemmer`` package) computed on the accented lower-case word, then folded to
ASCII, so "présentés", "présente" and "presentation" meet where French morphology
says they should and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

# Articles, prepositions, pronouns and conjunctions: ignored when a phrase is matched,
# so "offre de services", "l'offre des services" and "offres et services" all meet.
_STOP_TEXT = """
a à au aux avec c ce ces cet cette chez d dans de des du elle elles en et j je l la le
les leur leurs lui m ma mes mon n ne nos notre nous on ou où par pour qu que qui s sa
se ses son sur t ta te tes ton un une vos votre vous y il ils ont est sont été être avoir
afin ainsi dont lors puis aussi très plus
"""
STOPWORDS = frozenset(_STOP_TEXT.split())
_STOP_FOLDED = frozenset(unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
                         for w in STOPWORDS)

_WORD = re.compile(r"[^\W_]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text, folded and stemmed for phrase matching."""

    stem: str  # folded Snowball stem: what phrases are compared on
    word: str  # folded word: for prefix patterns ("démograph*")
    page: int
    block: int  # index of the block in the text given to ``tokens``
    sentence: int  # "a ~ b" phrases match within one sentence


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french")


class _FoldTable(dict[int, str]):
    """Code point -> its NFKD decomposition without combining marks, filled as characters
    are first met: ``str.translate`` then folds a whole word in C. The same as folding
    the text at once: NFKD decomposes each character on its own and only reorders
    combining marks, which are all dropped."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = "".join(ch for ch in unicodedata.normalize("NFKD", chr(code))
                                      if not unicodedata.combining(ch))
        return folded


_FOLD_TABLE = _FoldTable()


def ascii_fold(text: str) -> str:
    if text.isascii():  # NFKD leaves ASCII as it is, with nothing combining to drop
        return text
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The folded stem of one lower-case word (accents kept for the stemmer)."""
    return ascii_fold(_stemmer().stemWord(word))


# Civilities written short, so "le parcours de M. N." meets "parcours de monsieur" (and
# "M." is not taken for the elided "m'" of "m'a", a stop word).
_CIVILITIES = [(re.compile(r"\bM\.(?=\s)"), "monsieur"),
               (re.compile(r"\bmme\b\.?", re.IGNORECASE), "madame"),
               (re.compile(r"\bmlle\b\.?", re.IGNORECASE), "mademoiselle")]


def expand_civilities(text: str) -> str:
    for pattern, full in _CIVILITIES:
        text = pattern.sub(full, text)
    return text


def words(text: str) -> list[str]:
    """Lower-case words; an elided article ("l'", "d'", "qu'") becomes its own word."""
    text = expand_civilities(text)
    if not text.isascii():  # every key of _QUOTES is outside ASCII
        text = text.translate(_QUOTES)
    return _WORD.findall(text.lower())


# Called on every word of every reader: once per distinct word.
@lru_cache(maxsize=65536)
def is_stopword(word: str) -> bool:
    return word in STOPWORDS or ascii_fold(word) in _STOP_FOLDED


# A sentence ends at its punctuation, not at the dot of an initial ("Mme B. a signé").
_SENTENCE_END = re.compile(r"(?<=[.!?;])(?<!\b\w\.)\s+")
_ENDS_SENTENCE = re.compile(r"[.!?;:]\W*$")


def tokens(texts: list[tuple[str, int]]) -> list[Token]:
    """Content tokens of (text, page) pieces, stop words left out.

    A PDF line is not a sentence: a sentence only ends at its punctuation, so one that
    runs over two lines stays one.
    """
    out: list[Token] = []
    sentence = 0
    for i, (text, page) in enumerate(texts):
        text = expand_civilities(text)
        for piece in _SENTENCE_END.split(text):
            for w in words(piece):
                if is_stopword(w):
                    continue
                out.append(Token(stem(w), ascii_fold(w), page, i, sentence))
            sentence += 1
        if not _ENDS_SENTENCE.search(text):
            sentence -= 1  # the sentence goes on in the next block
    return out
