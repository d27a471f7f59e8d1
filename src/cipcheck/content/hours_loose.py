"""Placement time the dossier tells but the hours reader did not count.

A reading under the minimum fails only when it is sure. « Durée du stage : 140 heures » is
sure on its own, but not when the same dossier also says « Ensuite, quatre semaines à la
Mission Locale » or « mon stage de cinq semaines au CCAS »: weeks, days or months of the
placement that no figure read accounts for. A jury member would stop and add them up (or
ask); cipcheck warns, quoting them, instead of failing.

Only spans of time tied to the placement (its words right around them, or a sentence that
opens on the next period: « Ensuite », « Puis », « La seconde ») count; rates (« 3 jours
par semaine »), delays (« sous 15 jours », « au bout de deux semaines »), spans a figure of
hours already measures (« 52 heures réparties sur trois semaines »), someone else's,
the rule's, a plan or an earlier placement do not.
"""

from __future__ import annotations

from collections.abc import Sequence

from cipcheck.content.hours import (
    DELAY_BEFORE,
    REQUIREMENT,
    RULE_VERBS,
    SOMEONE_ELSE,
    THEIR_PLACEMENT,
    Figure,
    another_period,
    clause,
    hour_mentions,
    is_clock,
    nearest_cue,
    quote_around,
    rate_after,
    structure_at,
    time_off,
)
from cipcheck.reading import Reading, Token
from cipcheck.reading.when import earlier_in, planned_near

_SPAN_WORDS = frozenset({"semaine", "semaines", "sem", "jour", "jours", "j", "jr", "jrs",
                         "journee", "journees", "mois"})
_NEXT = frozenset({"ensuite", "puis", "enfin", "apres", "second", "seconde", "deuxieme",
                   "troisieme", "autre", "suite", "encore"})
# Little words that may stand before the figure and still leave it a length (« pendant »,
# « durant »): the rest of ``DELAY_BEFORE`` makes a delay.
_DELAY = DELAY_BEFORE - {"pendant", "durant"} | {"y", "depuis", "il"}


def loose_spans(readings: Sequence[Reading], figs: Sequence[Figure],
                hours_per_day: float) -> list[tuple[float, int, str]]:
    """(hours, page, quote) of each span of placement time no figure read accounts for."""
    values = [f.value for f in figs]
    out: list[tuple[float, int, str]] = []
    for r in readings:
        spans = {t.sentence for t in r.tokens if t.word in _SPAN_WORDS}
        for k in sorted(spans):
            s = r.sentences[k]
            if s.in_table or r.block(s).is_toc:
                continue
            toks = r.tokens_of(s)
            for value, at in _spans_of(toks, s.text, hours_per_day):
                if any(abs(value - v) < 0.5 for v in values) and not any(
                        t.word in _MORE for t in toks):
                    # the same time, converted (« 140 h » and « quatre semaines »), not
                    # time added (« J'ai également passé deux semaines au PLIE »)
                    continue
                out.append((value, r.page_at(s, toks[at].start),
                            quote_around(s.text, toks[at].start, toks[at].end, 30, 30)))
    return out


def _spans_of(toks: Sequence[Token], text: str,
              hours_per_day: float) -> list[tuple[float, int]]:
    mentions = hour_mentions(toks, True)
    if not mentions and not any(t.word in _MORE or t.word == "plus" for t in toks):
        return []
    if any(t.word in SOMEONE_ELSE or t.word in THEIR_PLACEMENT
                           or t.word in REQUIREMENT or t.word in RULE_VERBS for t in toks):
        return []
    out = [(v * _per(u, hours_per_day), at) for v, u, at in _one_more(toks)]
    for m in mentions:
        if m.unit not in {"w", "d", "m"} or m.value <= 0 or (m.unit == "d" and m.value < 2) \
                or time_off(toks, m):
            continue
        if rate_after(toks, m.end) or (m.at >= 1 and toks[m.at - 1].word in _DELAY) \
                or (m.at >= 1 and toks[m.at - 1].word in {"par", "/", "chaque", "tous"}) \
                or _delay_around(toks, m.at, m.end):
            continue
        # A span that hours written on the same line measure (« 52 heures réparties sur
        # trois semaines », « 8 jours (56 heures) ») or a product read from it; not one
        # told as another period (« 5 semaines à la régie, puis 20 heures au CCAS »).
        line = _line_of(text, toks[m.at].start)
        if not _told_more(toks, m.end) and any(
                n is not m and n.unit in {"h", "w", "d", "hd"} and _line_of(
                    text, toks[n.at].start) == line and not is_clock(toks, n, mentions)
                and not another_period(toks, m, n) for n in mentions):
            continue
        lo, hi = clause(toks, m)
        if planned_near(toks, m.at, m.end, lo) or earlier_in(toks, lo, m.at, hi):
            continue
        cue = nearest_cue(toks, m, (lo, hi))
        # « a prolongé le contrat de six mois »: something else named there, not more time.
        if cue <= 0 and not _next_period(toks, m) and not (
                cue == 0 and _more_time(toks, m.at, m.end)):
            continue
        out.append((m.value * _per(m.unit, hours_per_day), m.at))
    return out


def _per(unit: str, hours_per_day: float) -> float:
    return {"w": 5 * hours_per_day, "d": hours_per_day,
            "m": 5 * hours_per_day * 52 / 12}[unit]


def _told_more(toks: Sequence[Token], end: int) -> bool:
    """« deux semaines de plus », « trois jours supplémentaires »: time added, never the
    span the hours of the line measure."""
    return end < len(toks) and (toks[end].word in _MORE or (
        toks[end].word == "de" and end + 1 < len(toks) and toks[end + 1].word == "plus"))


def _one_more(toks: Sequence[Token]) -> list[tuple[float, str, int]]:
    """« Une semaine supplémentaire a été effectuée à la Mission locale », « prolongé d'un
    mois », « un mois de plus au PLIE »: one more week or month of the placement, named with
    its article (a single day cannot turn a verdict: left out)."""
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.word not in {"une", "un"} or toks[i + 1].word not in {"semaine", "mois"}:
            continue
        prolonged = any(w.word.startswith(("prolong", "rallong")) for w in toks[max(0, i - 4):i])
        if (_told_more(toks, i + 2) or prolonged) and _more_time(toks, i, i + 2):
            out.append((1.0, "w" if toks[i + 1].word == "semaine" else "m", i))
    return out


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def _next_period(toks: Sequence[Token], m: object) -> bool:
    """« Ensuite, quatre semaines à la Mission Locale », « Puis 10 jours au PLIE »: the
    sentence opens on the next period and puts the span at a structure."""
    # « Et hop, encore 3 semaines … à la Mission Locale »: the opener may come after a
    # word or two.
    if not any(t.word in _NEXT for t in toks[:4]):
        return False
    end = getattr(m, "end", 0)
    return any(structure_at(toks, k) for k in range(end, min(len(toks), end + 6)))


# « au bout d'un mois », « un mois plus tard », « deux semaines après »: a delay.
_DELAY_AFTER = frozenset({"apres", "avant", "auparavant", "plus", "tard", "plutot"})


def _delay_around(toks: Sequence[Token], at: int, end: int) -> bool:
    k = at - 1
    while k >= 0 and toks[k].word in {"de", "d", "'", "du"}:
        k -= 1  # « au bout d'un mois », « à l'issue de deux semaines »
    if k < at - 1 and k >= 0 and toks[k].word in _DELAY | {"issue", "terme", "bout"}:
        return True
    return end < len(toks) and toks[end].word in _DELAY_AFTER and not (
        toks[end].word == "plus" and end + 1 < len(toks) and toks[end + 1].word != "tard")


# « J'ai également passé deux semaines au PLIE », « une semaine supplémentaire », « deux
# semaines de plus », « prolongé de deux semaines »: time added to the placement told.
_MORE = frozenset({"aussi", "egalement", "supplementaire", "supplementaires", "prolonge",
                   "prolongee", "prolongation", "rallonge", "rallongee", "complete",
                   "completee", "completer", "ajouter", "ajoute", "ajoutee", "ajoutent",
                   "s'ajoute", "additionnelle", "additionnelles"})
_PLACEMENT_NOUNS = frozenset({"stage", "periode", "pae", "pfmp", "immersion", "pmap"})
_SPENT = frozenset({"passe", "passee", "passees", "passes", "reste", "restee", "restees",
                    "retourne", "retournee", "revenu", "revenue",
                    "effectue", "effectuee", "effectuees", "fait", "faite", "faites",
                    "realise", "realisee", "realisees", "garde", "gardee", "accueilli",
                    "accueillie"})


def _more_time(toks: Sequence[Token], at: int, end: int) -> bool:
    """Time the candidate added to the placement: « J'ai également passé deux semaines au
    PLIE », « prolongé d'une semaine », « j'y suis restée une semaine de plus », « Au
    PLIE, où je suis restée trois semaines »."""
    more = any(t.word in _MORE or t.word.startswith(("prolong", "rallong")) for t in toks) \
        or _told_more(toks, end)
    # Where: at a structure, « y » (there: the placement's), or the placement itself.
    somewhere = any(structure_at(toks, k) for k in range(len(toks))) or any(
        t.word == "y" for t in toks[:at])
    if more:
        return somewhere or any(t.word in _SPENT or t.word in _PLACEMENT_NOUNS for t in toks)
    # « Au PLIE, où je suis restée trois semaines », « j'y suis retournée deux semaines »:
    # the candidate's own stay somewhere.
    first = any(t.word in {"je", "j", "me", "m"} for t in toks[max(0, at - 6):at])
    return first and any(t.word in _SPENT for t in toks[max(0, at - 4):at]) and somewhere
