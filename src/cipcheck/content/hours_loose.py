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
    clause,
    hour_mentions,
    is_clock,
    nearest_cue,
    quote_around,
    rate_after,
    structure_at,
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
                if any(abs(value - v) < 0.5 for v in values):
                    continue  # the same time, converted (« 140 h » and « quatre semaines »)
                out.append((value, r.page_at(s, toks[at].start),
                            quote_around(s.text, toks[at].start, toks[at].end, 30, 30)))
    return out


def _spans_of(toks: Sequence[Token], text: str,
              hours_per_day: float) -> list[tuple[float, int]]:
    mentions = hour_mentions(toks, True)
    if not mentions or any(t.word in SOMEONE_ELSE or t.word in THEIR_PLACEMENT
                           or t.word in REQUIREMENT or t.word in RULE_VERBS for t in toks):
        return []
    out = []
    for m in mentions:
        if m.unit not in {"w", "d", "m"} or m.value <= 0 or (m.unit == "d" and m.value < 2):
            continue
        if rate_after(toks, m.end) or (m.at >= 1 and toks[m.at - 1].word in _DELAY) \
                or (m.at >= 1 and toks[m.at - 1].word in {"par", "/", "chaque", "tous"}):
            continue
        # A span that hours written on the same line measure (« 52 heures réparties sur
        # trois semaines », « 8 jours (56 heures) ») or a product read from it.
        line = _line_of(text, toks[m.at].start)
        if any(n is not m and n.unit in {"h", "w", "d", "hd"} and _line_of(
                text, toks[n.at].start) == line and not is_clock(toks, n, mentions)
               for n in mentions):
            continue
        lo, hi = clause(toks, m)
        if planned_near(toks, m.at, m.end, lo) or earlier_in(toks, lo, m.at, hi):
            continue
        if nearest_cue(toks, m, (lo, hi)) <= 0 and not _next_period(toks, m):
            continue
        per = {"w": 5 * hours_per_day, "d": hours_per_day,
               "m": 5 * hours_per_day * 52 / 12}[m.unit]
        out.append((m.value * per, m.at))
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
