"""Two larger lists, read only where the sentence alone cannot tell a person's name:

- the commonest surnames in France (INSEE « noms de famille », ``data/names/noms.txt``,
  21,500 names of every origin: « Sangaré », « Belkacem », « Nguyen », « Rodrigues »);
- the rare given names of INSEE's « fichier des prénoms », under the cut of
  ``prenoms.txt`` (``prenoms_rares.txt``, 18,000: « Tahirou », « Affoué »).

Neither joins ``names.given_names()``: a rare given name or a surname alone says little
(« Prague », « Petit »); two of them side by side, or one with what the sentence says of a
person, is a name. Words that French prose writes in lower case were left out when the
lists were built (tools/build_name_lexicons.py).

Looked up by bisection in the file's sorted text (one line a name) rather than loaded
into a set: a dossier asks a few dozen words, and building sets of 40,000 strings costs
~10 ms a check (a plain substring search, ~0.14 ms a word, would cost as much).
"""

from __future__ import annotations

from functools import cache, lru_cache

from cipcheck.resources import package_data


@cache
def _lines(name: str) -> str:
    """The list's text, sorted, one name a line, ending with a newline."""
    return package_data("names", name).read_text("utf-8")


def _holds(text: str, word: str) -> bool:
    """``word`` is a line of the sorted ``text``: bisection on character offsets."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", 0, mid) + 1  # the line that holds offset ``mid``
        end = text.find("\n", start)
        line = text[start:end]
        if line == word:
            return True
        if line < word:
            lo = end + 1
        else:
            hi = start
    return False


def ligatures(words: frozenset[str]) -> frozenset[str]:
    """``words`` (folded, « soeur ») and the same typed with the ligature (« sœur »): Word's
    French autocorrect writes « sœur », « œuvre », « cœur », and folding a text keeps one
    character for one, so « œ » stays in the folded word."""
    return words | frozenset(w.replace("oe", "œ") for w in words if "oe" in w)


@lru_cache(maxsize=4096)
def is_surname(word: str) -> bool:
    """``word`` (folded) is one of the commonest surnames, or each part of a compound is
    (« Lebœuf » is listed as « leboeuf »)."""
    text = _lines("noms.txt")
    word = word.replace("œ", "oe").replace("æ", "ae")
    if _holds(text, word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(len(p) >= 2 and _holds(text, p) for p in parts)


@lru_cache(maxsize=4096)
def is_rare_given(word: str) -> bool:
    """``word`` (folded) is a given name under INSEE's cut of 100 births."""
    word = word.replace("œ", "oe").replace("æ", "ae")
    return _holds(_lines("prenoms_rares.txt"), word)
