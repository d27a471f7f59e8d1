"""Hours the candidate says, in the first person, that they did.

« J'ai effectué 168 heures sur les 175 demandées », « Donc j'ai fait 8 jours seulement, 56
heures », « j'en ai effectué 182 au PLIE », « j'ai donc finalement réalisé 385 heures »: the
candidate is the subject (« je »), the verb is a verb of doing in a past tense (« ai
effectué », « ai fait », « avais réalisé », « ai accompli »), and the hours are its object,
with nothing between them but small words (« donc », « finalement », « exactement », « ne …
que ») or the same time told first as a count (« 17 jours, c'est 119 heures »). A jury member
reads that as the candidate's placement hours, whether or not the word « stage » is in the
sentence: under the minimum, the dossier says plainly that the placement is short.

Not such a statement: someone else's hours (the caller checks the sentence names nobody
else), a plan or a hypothesis (« je devais faire », « j'aurais effectué »: not « ai » /
« avais »), a negation (« je n'ai pas effectué »), a rate (« 35 heures par semaine »), hours of
something named after them (« 40 heures de formation », « 35 heures de bénévolat »), hours
added to others (« 35 heures supplémentaires », « de plus »).
"""

from __future__ import annotations

from collections.abc import Sequence

from cipcheck.reading import Token

# Participles of doing the hours (folded Snowball stems, plus « fait », whose stem is short).
_DONE_STEMS = frozenset({"effectu", "realis", "accompl"})
_DONE_WORDS = frozenset({"fait", "faits", "faites"})
# The auxiliary of a past the candidate tells as done (not « aurais », « devais »).
_AUXILIARY = frozenset({"ai", "avais", "eus"})
# Small words that may stand between the verb and its hours without changing whose hours
# they are or what they count.
_BETWEEN = frozenset({"donc", "finalement", "au", "total", "en", "tout", "bien", "ainsi",
                      "seulement", "que", "qu", "exactement", "effectivement", "uniquement",
                      "reellement", "precisement", "alors", "pourtant", "quand", "meme",
                      "malgre", "cela", "juste", "bref"})
# A count told first, the hours after it: « 17 jours, c'est 119 heures », « 8 jours, 56 h ».
_COUNT_UNITS = frozenset({"jour", "jours", "journee", "journees", "semaine", "semaines",
                          "demi", "j", "sem"})
# After the unit: the hours count something else, or are a rate, or come on top of others.
_NOT_THE_PLACEMENT_AFTER = frozenset({"par", "hebdomadaires", "hebdo", "quotidiennes",
                                      "supplementaires", "plus", "/"})
_OF_PLACEMENT = frozenset({"stage", "stages", "periode", "periodes", "pratique", "presence",
                           "immersion", "terrain", "pae", "pfmp", "mise", "application"})


# Words that make the sentence about other time than the placement: training (« à
# distance », « en e-learning », « au centre, »), a job (« comme intérimaire », « en CDD »),
# volunteering, or an earlier time (« auparavant », « dans mon ancien emploi »).
_OTHER_TIME = frozenset({
    "formation", "formations", "distance", "elearning", "learning", "plateforme", "cours",
    "module", "modules", "theorique", "theoriques", "interimaire", "interimaires", "interim",
    "cdd", "cdi", "contrat", "salarie", "salariee", "job", "benevolat", "benevole",
    "ancien", "ancienne", "auparavant", "autrefois", "precedemment", "anterieurement"})


def other_time(toks: Sequence[Token]) -> bool:
    """The sentence tells other time than the placement (``_OTHER_TIME``, « au centre, »),
    or dates itself by a year with no placement word to say it is this one (« En 2019,
    j'ai effectué 140 heures au CCAS »): a first-person total there is not plain."""
    placement = any(t.word in _PLACEMENT_WORDS for t in toks)
    for k, t in enumerate(toks):
        if t.word in _OTHER_TIME:
            return True
        if t.word == "centre" and (k + 1 == len(toks) or toks[k + 1].kind == "punct"):
            return True
        if t.kind == "number" and len(t.text) == 4 and t.text.isdigit() \
                and 1950 <= int(t.text) <= 2100 and not placement:
            return True
    return False


_PLACEMENT_WORDS = frozenset({"stage", "stages", "periode", "periodes", "pae", "pfmp",
                              "pmsmp", "immersion", "terrain"})


def _back_over(toks: Sequence[Token], k: int, words: frozenset[str]) -> int:
    while k >= 0 and toks[k].word in words:
        k -= 1
    return k


def _restated_count(toks: Sequence[Token], k: int, hours_per_day: float = 7.0) -> int:
    """« … fait 17 jours, c'est 119 heures »: the index before the count the hours restate
    (``k`` is the token just before the hours), or ``k`` when there is none."""
    far = _restated_across(toks, k, hours_per_day)
    if far is not None:
        return far
    j = k
    if j >= 2 and toks[j].word == "est" and toks[j - 1].word == "'" and toks[j - 2].word == "c":
        j -= 3
    elif j >= 0 and toks[j].word == "soit":
        j -= 1
    if j >= 0 and toks[j].word == ",":
        j -= 1
    j = _back_over(toks, j, _BETWEEN)
    if j >= 1 and toks[j].word in _COUNT_UNITS and toks[j - 1].kind == "number":
        return j - 2
    return k


def said_done(toks: Sequence[Token], first: int, end: int, hours_per_day: float = 7.0) -> bool:
    """Whether the hours at ``toks[first:end]`` are the object of « j'ai effectué / fait /
    réalisé / accompli » (see the module's docstring); ``hours_per_day``: the rule's day,
    at which a count of days told before the hours may add up to them."""
    after = [t.word for t in toks[end:end + 2]]
    if after[:1] and after[0] in _NOT_THE_PLACEMENT_AFTER:
        return False
    if len(after) == 2 and after[0] in {"de", "d"} and after[1] not in _OF_PLACEMENT:
        return False
    k = _back_over(toks, first - 1, _BETWEEN)
    count = _restated_count(toks, k, hours_per_day)
    k = _back_over(toks, count, _BETWEEN)
    if k < 0 or not (toks[k].stem in _DONE_STEMS or toks[k].word in _DONE_WORDS):
        return False
    # « j'ai bien effectué », « j'ai donc fait »: an adverb between the auxiliary and the verb.
    aux = _back_over(toks, k - 1, _BETWEEN)
    if aux >= 0 and toks[aux].word == "jai":  # « jai fait 56 heures », typed without « ' »
        return True
    # A negation is looked for up to the count the hours restate, not over the place named
    # after it (« au Point Emploi de Gray »).
    return _first_person_past(toks, aux, min(first, count + 1))


def _first_person_past(toks: Sequence[Token], k: int, first: int) -> bool:
    """« j'ai », « j'en ai », « je n'en ai … que », « j'avais » ending at ``toks[k]``, and
    no negation before the hours at ``first``."""
    if k < 0 or toks[k].word not in _AUXILIARY:
        return False
    k -= 1
    if k >= 0 and toks[k].word in {"en", "y"}:
        k -= 1  # « j'en ai effectué 182 », « j'y ai fait 140 heures »
    if k >= 1 and toks[k].word == "'" and toks[k - 1].word == "n":
        if not any(t.word in {"que", "qu"} for t in toks[k:first]):
            return False  # « je n'ai effectué 70 heures » without « que »: unsure
        k -= 2  # « je n'en ai accompli que 364 »: a restriction, not a negation
    if k >= 0 and toks[k].word == "'":
        k -= 1
    # « je n'ai pas fait … »: any negation between the subject and the hours.
    return k >= 0 and toks[k].word in {"je", "j"} and not any(
        t.word in {"pas", "jamais", "point", "aucunement"} for t in toks[k:first])


# Words that give the hours as the result of the count told before them: « soit », « c'est »,
# « ce qui fait », « le compte donne », « cela représente », « = », or the hours in brackets.
_RESULT_WORDS = frozenset({"soit", "est", "fait", "font", "donne", "donnent", "represente",
                           "representent", "equivaut", "equivalent", "=", "("})
# Between a count and its hours, words that start another count or another time: then the
# hours may be a sum, or something else, not the same time told again.
_NOT_RESTATED = frozenset({"et", "puis", "plus", "dont", "sur", "par", "ou", "je", "j", "on",
                           "il", "elle", "ils", "elles", "nous", "vous", "prevu", "prevus",
                           "prevues", "demandees", "requises"})
_SENTENCE_CUTS = frozenset({".", ";", "!", "?"})
# How far back a count may stand from its hours: a place named between (« 18 jours au
# service entreprises du PLIE d'Agen, soit 126 heures ») but not another clause.
_RESTATED_REACH = 20


def _restated_across(toks: Sequence[Token], k: int, hours_per_day: float) -> int | None:
    """« j'ai fait 18 jours au service entreprises du PLIE d'Agen, soit 126 heures », « j'ai
    fait 8 jours : le compte donne 56 heures », « mes 12 jours à la Mission locale (84 h) »:
    the candidate's count of days with words between it and its hours (a place, « le
    compte donne »). The same time told twice only when the arithmetic says so — the hours
    are the count at the rule's day, or at a day length written between (« à sept heures
    la journée ») — and a word of result stands just before the hours. The index before
    the count, or None."""
    hours = toks[k + 1].value if 0 <= k + 1 < len(toks) else None
    if hours is None or k < 0:
        return None
    if not any(t.word in _RESULT_WORDS for t in toks[max(0, k - 3):k + 1]):
        return None
    day_lengths: set[float] = {hours_per_day}
    for j in range(k, max(-1, k - _RESTATED_REACH), -1):
        t = toks[j]
        if t.word in _SENTENCE_CUTS or t.word in _NOT_RESTATED:
            return None
        if t.kind == "number" and t.value is not None:
            unit = toks[j + 1].word if j + 1 < len(toks) else ""
            if unit in {"jour", "jours", "journee", "journees", "j"}:
                count = t.value
                if count > 0 and any(abs(count * d - hours) < 0.5 for d in day_lengths):
                    return _back_over(toks, j - 1, frozenset({"mes"}))
                return None
            if unit in {"h", "heures", "heure"} and 0 < t.value <= 10:
                day_lengths.add(t.value)  # « à sept heures la journée »
                continue
            return None  # another figure between: not one count told twice
    return None
