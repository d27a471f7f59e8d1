"""When a figure holds: planned, done, or done long before — read on tokens.

A jury member reading « Mon stage, prévu pour 210 heures, a été écourté : j'ai réalisé
168 heures » keeps 168; reading « En 2019, j'avais fait un stage de 140 heures. Pour ce CCP,
mon stage a duré 77 heures » keeps 77. Two light tests on a clause, shared by every reader:

- ``planned_near``: a planning word or a future tied to the figure (« prévu pour 210 h »,
  « initialement prévue sur 175 heures », « devait durer 210 h », « 210 heures prévues »,
  « sera de 210 heures »);
- ``earlier_in``: a pluperfect (« j'avais fait », « nous avions effectué ») together with a
  word that places it before the story told (« déjà », « avant ma formation », « en 2019 »,
  « autrefois »): something done before, not the period the dossier is about. A pluperfect
  alone is not enough (« La première période avait compté 210 h » is still this one).
"""

from __future__ import annotations

from collections.abc import Sequence

from cipcheck.reading.tense import future_at, past_at
from cipcheck.reading.text import Token

_PLUPERFECT_AUX = frozenset({"avais", "avait", "avions", "aviez", "avaient", "etais",
                             "etait", "etions", "etiez", "etaient"})
_BEFORE_WORDS = frozenset({"deja", "avant", "autrefois", "auparavant", "precedemment",
                           "anterieurement", "jadis", "ancien", "ancienne", "precedent",
                           "precedente",
                           # « l'an dernier », « lors de mon BTS, j'avais réalisé… »: an
                           # earlier year or course of study
                           "dernier", "derniere", "bts", "dut", "licence", "master",
                           "lycee", "iut", "cursus"})
# Adverbs of what was expected (« Normalement dix jours, mais… », « initialement 175
# heures »), read like a planning word when no verb of the clause says it was done.
# « Objectif : 385 h », « mon objectif de 385 heures »: a target, not hours done.
_EXPECTED = frozenset({"normalement", "initialement", "theoriquement", "objectif",
                       "objectifs"})
# Words between a planning word and its figure: « prévu pour », « prévue sur », « devait
# durer ».
_PLAN_LINKS = frozenset({"pour", "sur", "a", "de", "d", "'", "durer", "compter", "etre",
                         "initialement", "au", "depart", "(", ",", ":"})


def planned_near(toks: Sequence[Token], at: int, end: int, lo: int) -> bool:
    """Whether the figure at ``toks[at:end]`` is what was planned, not what was done."""
    k = at - 1
    linked = True  # « prévu pour 210 h »: only little words between
    while k >= lo and at - k <= 6:
        t = toks[k]
        # « Stage prévu : 210 h », « Heures prévues : 210 »: a label that plans.
        if t.kind == "punct" and t.word not in {"'", "(", ",", ":"}:
            break
        # « Je réaliserai mon stage de 175 heures »: the verb of the clause, further back.
        # « Normalement dix jours, mais j'ai eu le covid »: what was expected, unless a
        # verb between says it was done (« Initialement, j'ai fait 140 heures »).
        if (future_at(toks, k) and (linked or t.kind == "word")) \
                or _expected_at(toks, k, at, lo):
            return True
        linked = linked and t.word in _PLAN_LINKS
        k -= 1
    # « Mon stage de 210 heures débutera le 3 mars »: the verb of the clause, after it.
    for j in range(end, min(len(toks), end + 4)):
        # (« vingt jours sur les vingt-neuf prévus »: the plan is the other number's)
        if toks[j].kind == "number" or toks[j].kind == "punct" and toks[j].word != "'":
            break
        if future_at(toks, j):
            return True
    # « 210 heures prévues », « 210 heures étaient prévues ».
    for j in range(end, min(len(toks), end + 2)):
        if toks[j].text.lower().startswith(("prévu", "prevu", "programm", "planifi")):
            return True
        if toks[j].word not in {"etaient", "etait", "sont", "est"}:
            break
    return False


def _expected_at(toks: Sequence[Token], k: int, at: int, lo: int) -> bool:
    """« normalement », « initialement », « en principe », « objectif » at ``k``, and no
    compound past between it and the figure at ``at``."""
    t = toks[k]
    return (t.word in _EXPECTED or (t.word == "principe" and k > lo
                                    and toks[k - 1].word == "en")) \
        and not any(past_at(toks, j) for j in range(k + 1, at))


def earlier_in(toks: Sequence[Token], lo: int, at: int, hi: int) -> bool:
    """Whether the figure at ``at`` tells something done before the story: a pluperfect
    among the dozen words before it, and a word of the clause ``toks[lo:hi]`` that dates
    it earlier (« En 2019, dans une autre vie, j'avais fait un stage de 140 heures »)."""
    near = max(lo, at - 12)
    # After the figure too: « Mon stage de 56 heures en 2021 m'avait donné envie… ».
    pluperfect = any(t.word in _PLUPERFECT_AUX and past_at(toks, k)
                     for k, t in enumerate(toks[near:hi], near))
    if not pluperfect:
        return False
    for k in range(lo, hi):
        t = toks[k]
        if t.word in _BEFORE_WORDS:
            return True
        # « En 2019 », « en 2018 lors d'un BTS »: a year named.
        if t.kind == "number" and len(t.text) == 4 and t.text.isdigit() \
                and 1950 <= (t.value or 0) <= 2100 and k >= 1 and toks[k - 1].word in {
                    "en", "depuis", "de", "dès", "des"}:
            return True
    return False
