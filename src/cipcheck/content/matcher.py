"""Evidence phrases, compiled once and searched in a part's token stream.

Syntax of a phrase (rule-set data, see ``rules/*.yaml``):

- ``offre de services``: these words in a row (stop words ignored), each compared on
  its stem, so "offres de service" and "l'offre des services" match;
- ``démograph*``: a word starting with "demograph" (accents ignored);
- ``bilan ~ accompagnement``: every ``~``-separated piece in the same sentence, within a
  few words, in any order ("le bilan de cet accompagnement", "l'accompagnement … son
  bilan");
- ``mission !locale``: "!" marks a word that must NOT come at that place ("missions" of
  the structure, not "Mission locale").
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from cipcheck.content.normalize import Token, ascii_fold, is_stopword, stem, words

# How far apart (in content words) the pieces of a "a ~ b" phrase may be: about a
# sentence, once articles and prepositions are left out.
WINDOW = 12


@dataclass(frozen=True, slots=True)
class Term:
    value: str
    prefix: bool = False
    negate: bool = False

    def matches(self, tok: Token | None) -> bool:
        if tok is None:  # past the end of the text
            return self.negate
        hit = tok.word.startswith(self.value) if self.prefix else tok.stem == self.value
        return hit != self.negate


@dataclass(frozen=True)
class Pattern:
    text: str
    pieces: tuple[tuple[Term, ...], ...]


@dataclass(frozen=True, slots=True)
class Match:
    pattern: str
    page: int
    start: int  # token index
    end: int


class PatternError(ValueError):
    pass


def compile_pattern(text: str) -> Pattern:
    pieces: list[tuple[Term, ...]] = []
    for raw in text.split("~"):
        terms: list[Term] = []
        for chunk in raw.split():
            prefix, negate = chunk.endswith("*"), chunk.startswith("!")
            for w in words(chunk.strip("*!")):
                if is_stopword(w) and not (prefix or negate):
                    continue
                value = ascii_fold(w) if prefix else stem(w)
                terms.append(Term(value, prefix, negate))
        if terms and all(t.negate for t in terms):
            raise PatternError(f"phrase sans mot positif : « {text} »")
        if terms:
            pieces.append(tuple(terms))
    if not pieces:
        raise PatternError(f"phrase sans mot significatif : « {text} »")
    return Pattern(text, tuple(pieces))


class Index:
    """A token stream with a stem → positions index, searched by many patterns."""

    def __init__(self, toks: list[Token]) -> None:
        self.tokens = toks
        self._by_stem: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(toks):
            self._by_stem[t.stem].append(i)
        # Words in sorted order, so a prefix ("démograph*") is a bisected range rather
        # than a scan of every token.
        self._sorted = sorted((t.word, i) for i, t in enumerate(toks))
        self._words = [w for w, _ in self._sorted]

    def _starts(self, term: Term) -> list[int]:
        if not term.prefix:
            return self._by_stem.get(term.value, [])
        lo = bisect.bisect_left(self._words, term.value)
        hi = bisect.bisect_left(self._words, term.value + "\uffff")
        return sorted(i for _, i in self._sorted[lo:hi])

    def _piece(self, piece: tuple[Term, ...]) -> list[int]:
        out = []
        n = len(self.tokens)
        if piece[0].negate:
            raise PatternError("une phrase ne peut pas commencer par un mot exclu (!)")
        for i in self._starts(piece[0]):
            if all(piece[k].matches(self.tokens[i + k] if i + k < n else None)
                   for k in range(1, len(piece))):
                out.append(i)
        return out

    def find(self, pattern: Pattern) -> list[Match]:
        first = self._piece(pattern.pieces[0])
        if len(pattern.pieces) == 1:
            size = len(pattern.pieces[0])
            return [Match(pattern.text, self.tokens[i].page, i, i + size) for i in first]
        others = [self._piece(p) for p in pattern.pieces[1:]]
        out = []
        for i in first:
            sentence = self.tokens[i].sentence
            near = [next((j for j in occ if abs(j - i) <= WINDOW
                          and self.tokens[j].sentence == sentence), None) for occ in others]
            if all(j is not None for j in near):
                positions = [i, *(j for j in near if j is not None)]
                start, end = min(positions), max(positions) + 1
                out.append(Match(pattern.text, self.tokens[start].page, start, end))
        return out
