"""Numbers as French writes them: digits, number words, ordinals.

« deux périodes », « onze semaines », « trois cents heures », « quarante-deux »,
« vingt et un jours », « 3e entretien », « troisième rencontre ». Number words are
parsed by ``text2num`` (the field's French number parser, a small compiled library):
measured here at 9 µs a sentence and 18 ms to import, against ~1 s for spaCy's import
alone. What *counts* as a number is decided here, once, for every reader.
"""

from __future__ import annotations

from functools import lru_cache

from text_to_num import text2num

# Words that can take part in a cardinal written in letters (folded: no accents).
# "un"/"une" are left out: almost always an article ("un entretien"); a reader that
# wants them as 1 looks at ``Token.value`` of the article itself (see ``ARTICLE_ONE``).
_CARDINAL_WORDS_TEXT = """
deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
vingt vingts trente quarante cinquante soixante septante huitante octante nonante
cent cents mille
"""
CARDINAL_WORDS = frozenset(_CARDINAL_WORDS_TEXT.split())
# Inside a number only: "vingt et un", "quatre-vingt-dix", "cent un".
JOINERS = frozenset({"et", "-", "un", "une"})
ARTICLE_ONE = frozenset({"un", "une"})

ORDINAL_WORDS = {
    "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "1re": 1,
    "second": 2, "seconde": 2, "deuxieme": 2, "troisieme": 3, "quatrieme": 4,
    "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9,
    "dixieme": 10, "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14,
    "quinzieme": 15, "seizieme": 16, "vingtieme": 20,
}
# Suffixes that make a digit an ordinal: "3e", "3ème", "2nd", "1re".
ORDINAL_SUFFIXES = ("er", "ere", "re", "e", "eme", "ieme", "nd", "nde", "d")


@lru_cache(maxsize=4096)
def cardinal(words: tuple[str, ...]) -> int | None:
    """The value of a run of folded number words, or None when it is not one number."""
    if not words or words[0] in JOINERS or words[-1] in {"et", "-"}:
        return None
    text = " ".join(w for w in words if w != "-")
    try:
        return int(text2num(text, "fr"))
    except ValueError:
        return None


def ordinal(word: str) -> int | None:
    """« troisième » -> 3, « 3e » / « 3ème » -> 3 (folded input); else None."""
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    if not (word[:1].isdigit() or word.endswith("ieme")):
        return None
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    suffix = word[len(digits):]
    if digits.isdigit() and suffix in ORDINAL_SUFFIXES and len(digits) <= 3:
        return int(digits)
    if word.endswith("ieme") and (value := cardinal((word[:-4] + "e",))) is not None:
        return value  # "vingt-et-unieme" is rare enough: simple cases only
    return None


def decimal(text: str) -> float:
    """« 2,5 » -> 2.5; « 196 » -> 196.0."""
    return float(text.replace(",", "."))
