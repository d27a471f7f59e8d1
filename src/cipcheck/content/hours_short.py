"""The candidate says, in their own words, that their placement falls short of its hours.

« il me manque 5 h », « Les deux jours manquants : grève », « C'est moins que ce qui était
prévu, je le sais », « 380 h au lieu de 385 », « arrêt maladie de 4 jours, non
rattrapé », « je n'ai pas pu rattraper »: next to a figure of the candidate's
placement under the minimum, these words say that the figure is the whole placement and that
it is short — what the reader could only guess (is this figure all of it? is it the
placement?), the candidate states. Under the minimum, a jury member fails such a dossier;
``content.hours.read_hours`` then makes the reading sure, and the finding quotes the words.

« je n'ai pu faire que 119 heures », « je n'ai été accueilli que dix-sept jours », « donc 168
heures, pas plus »: the restriction says the figure is all there was.

Not such words: something else missing (« il me manquait de l'expérience »: no hours or days
named beside « manque »), a plan (« au lieu de 3 semaines, j'en ai fait 5 »: the figure after
« au lieu de » must be larger than the one read), a catch-up that did happen (« rattrapé »
without a negation), hours still to be done (« il me reste 28 heures à faire », « je les
ferai en avril »: what is read is the placement so far), nor the hours read « sur les 147
prévues » alone (short of the plan, not said to be over).
"""

from __future__ import annotations

from collections.abc import Sequence

from cipcheck.reading import Reading, Token

# Units a shortfall counts in: « il me manque 5 h », « les deux jours manquants ».
_UNITS = frozenset({"h", "heure", "heures", "jour", "jours", "journee", "journees",
                    "semaine", "semaines", "demi"})
_MISSING = frozenset({"manque", "manquent", "manquait", "manquaient", "manquant",
                      "manquante", "manquants", "manquantes"})
_NEGATIONS = frozenset({"pas", "non", "jamais"})
# What the placement was measured against: the plan, the convention, the rule.
_REQUIRED_STEMS = ("prevu", "demand", "requi", "exig", "referentiel", "fallait", "minimum",
                   "convention", "obligatoire")
# Hours still to be done, or to be made up later: « il me reste », « restant à faire », « je
# les ferai », « je compte les rattraper ».
_TO_COME = frozenset({"reste", "restent", "restant", "restantes", "restants", "ferai",
                      "ferais", "effectuerai", "effectuerais", "realiserai", "terminerai",
                      "rattraperai", "rattraperais", "completerai", "finirai"})
# How far from the figure the words may stand: the sentences just after it on its page (the
# candidate says the figure, then why it is short), and the one just before.
_AFTER, _BEFORE = 4, 1


def admits_short(reading: Reading, sentence: int, page: int, value: float,
                 same_sentence: bool = False) -> str | None:
    """The candidate's words, near the figure of ``value`` hours read in ``sentence`` on
    ``page``, that say the placement is short; None when there are none. ``same_sentence``:
    look only in the figure's own sentence (a figure no placement word ties)."""
    lo, hi = (sentence, sentence + 1) if same_sentence else (sentence - _BEFORE,
                                                              sentence + _AFTER + 1)
    for k in range(max(0, lo), min(len(reading.sentences), hi)):
        s = reading.sentences[k]
        if s.page != page:
            continue
        toks = reading.tokens_of(s)
        if _still_to_do(toks):
            return None
        at = _shortfall_at(toks, value)
        if at is not None:
            start, end = toks[max(0, at - 3)].start, toks[min(len(toks) - 1, at + 4)].end
            return s.text[start:end].strip()
    return None


def _shortfall_at(toks: Sequence[Token], value: float) -> int | None:
    """The index of the word that says the hours fall short, or None."""
    words = [t.word for t in toks]
    for k, w in enumerate(words):
        near = words[max(0, k - 4):k + 5]
        if w in _MISSING and any(n in _UNITS for n in near):
            return k  # « il me manque 5 h », « des heures manquantes »
        if toks[k].stem.startswith("rattrap") and any(
                n in _NEGATIONS for n in words[max(0, k - 5):k]):
            return k  # « non rattrapé », « je n'ai pas pu rattraper »
        if w == "moins" and k + 2 < len(words) and "que" in words[k + 1:k + 3] \
                and any(t.word.startswith(_REQUIRED_STEMS) for t in toks[k + 1:k + 10]):
            return k  # « c'est moins que ce qui était prévu »
        if w == "lieu" and k >= 1 and words[k - 1] == "au" and _larger_after(toks, k, value):
            return k  # « 380 h au lieu de 385 »
        if w == "que" and _only_count_after(toks, k) and _ne_before(words, k):
            return k  # « je n'ai pu faire que 119 heures », « n'ai été accueilli que 17 jours »
        if w == "pas" and words[k + 1:k + 2] == ["plus"] and any(
                n in _UNITS for n in words[max(0, k - 3):k]):
            return k  # « donc 168 heures, pas plus »
    return None


def _only_count_after(toks: Sequence[Token], k: int) -> bool:
    """« que 18 demi-journées », « que dix-sept jours », « que 119 heures »: what ``que``
    bears on is a count of hours or days — not one told against a plan (« que 154 heures
    sur les 175 demandées »: short of the plan so far, not said to be the whole)."""
    if not (k + 2 < len(toks) and toks[k + 1].kind == "number"
            and any(t.word in _UNITS for t in toks[k + 2:k + 4])):
        return False
    after = toks[k + 2:k + 7]
    return not any(t.word == "sur" and any(n.kind == "number" for n in after[j + 1:j + 3])
                   for j, t in enumerate(after))


def _ne_before(words: Sequence[str], k: int) -> bool:
    """``ne … que`` (« je n'ai pu faire que »): a ``ne`` in the few words before, with no
    ``pas``, ``plus`` or ``jamais`` closing it (« je ne pense pas que 3 jours suffisent »
    is not restrictive)."""
    before = words[max(0, k - 6):k]
    at = max((i for i, w in enumerate(before) if w in {"n", "ne"}), default=None)
    return at is not None and not any(w in {"pas", "plus", "jamais", "point"}
                                      for w in before[at + 1:])


def _still_to_do(toks: Sequence[Token]) -> bool:
    """« il me reste 28 heures à faire », « je les ferai en avril »: the placement goes on,
    the hours read are those done so far — short today says nothing of the session."""
    return any(t.word in _TO_COME for t in toks)


def _larger_after(toks: Sequence[Token], k: int, value: float) -> bool:
    """« au lieu de 385 », « au lieu des 70 heures »: a larger figure right after."""
    return any(t.kind == "number" and (t.value or 0) > value + 0.5 for t in toks[k + 1:k + 4])
