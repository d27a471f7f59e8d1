"""Periods of weeks listed in one sentence, then one weekly rate « toujours » for them all.

« 5 semaines à la Mission locale, puis 4 semaines à l'association, puis encore 2 semaines à
la Mission locale, toujours à 35 heures par semaine », « d'abord sept semaines, et ensuite
quatre semaines …, toujours trente-cinq heures la semaine », « six semaines puis cinq
semaines, toujours à temps plein, soit 35 heures par semaine »: « toujours » carries the
rate over every period listed before it. A jury member adds the weeks and multiplies
(11 × 35 h); the main walk (``content.hours``) took the rate for the last period only.

The sum of periods stays a sum the reader made (``Figure.doubt``): under the minimum it
warns unless the dossier announces as many periods (``content.hours.read_hours``). Not
read: a rate that is not a placement week (under 15 h or over 48 h: an accompaniment, a
job), training weeks, someone else's weeks, a total of weeks that disagrees with the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from cipcheck.content.hours import Figure, hour_mentions, num, quote_around
from cipcheck.reading import Reading, Sentence, Token

_PER_WEEK = frozenset({"par", "la", "chaque", "/", "hebdomadaires", "hebdomadaire",
                       "hebdo"})
_NOT_MINE = frozenset({"formation", "cours", "il", "elle", "ils", "elles", "personne",
                       "personnes", "jeune", "jeunes", "beneficiaire", "beneficiaires",
                       "monsieur", "madame", "mme", "immersion", "immersions", "pmsmp",
                       "contrat", "cdd", "cdi"})
_RATE_LIMITS = (15.0, 48.0)


def shared_rate(reading: Reading, s: Sentence, toks: Sequence[Token]) -> Figure | None:
    """The weeks of the periods listed before « toujours », at the weekly rate after it."""
    at = next((k for k, t in enumerate(toks) if t.word == "toujours"), None)
    if at is None or any(t.word in _NOT_MINE for t in toks) or any(
            a.word == "en" and b.word == "centre" for a, b in zip(toks, toks[1:], strict=False)):
        return None
    mentions = hour_mentions(toks, False)
    weeks = [m for m in mentions if m.unit == "w" and m.at < at]
    rates = [m for m in mentions if m.unit == "h" and m.at > at and _weekly(toks, m.end)]
    after = [m for m in mentions if m.unit == "w" and m.at > at]
    others = [m for m in mentions if m not in weeks and m not in rates and m not in after]
    if len(weeks) < 2 or len(rates) != 1 or others:
        return None  # (days, months or other hours: not weeks at one rate)
    rate = rates[0].value
    total_weeks = sum(m.value for m in weeks)
    if not _RATE_LIMITS[0] <= rate <= _RATE_LIMITS[1] or not all(
            1 <= m.value <= 52 for m in weeks) or any(
            abs(m.value - total_weeks) >= 0.5 for m in after):
        return None  # (« ça fait onze semaines en tout » must be the weeks listed)
    terms = " + ".join(num(m.value) for m in weeks)
    return Figure(total_weeks * rate, reading.page_at(s, toks[weeks[0].at].start),
                  quote_around(s.text, toks[weeks[0].at].start, toks[rates[0].end - 1].end,
                               after=20),
                  f"({terms}) semaines × {num(rate)} h", total=True, stated=True,
                  sentence=s.index,
                  doubt=f"somme de {len(weeks)} périodes, sans total écrit")


def _weekly(toks: Sequence[Token], end: int) -> bool:
    """« 35 heures par semaine », « trente-cinq heures la semaine », « 35 h
    hebdomadaires »: a rate per week right after the hours."""
    nxt = [t.word for t in toks[end:end + 2]]
    return bool(nxt) and (nxt[0] in {"hebdomadaires", "hebdomadaire", "hebdo"} or (
        nxt[0] in _PER_WEEK and nxt[1:2] in (["semaine"], ["sem"])))
