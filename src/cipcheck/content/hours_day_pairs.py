"""A duration written twice, in days and in the hours they make: « 20 jours (140 heures) ».

« Du 3 au 28 mars, soit 20 jours (140 heures) » under the structure's name on a cover,
« 182 heures (26 jours) du 13 janvier au 21 février », « Période en entreprise : 8 jours /
56h », « Durée : 10 jours ouvrés (70 h) », « Internship : 91 h (13 days) »: the candidate
gives the length of a stay in the two units a jury checks it in, the hours being the days
at a working day's length. On the cover, or on a line that opens on its label (« Durée : »),
that is the placement's length, a statement — the main walk (``content.hours``) wants a
placement word in the line, or took the days at the rule's day and left the hours written.

Read only when the pair is the line's one duration, the hours are the days at 3 to 10
hours a day, and nothing in the line makes it training, a rate, a plan or someone else's
placement (an immersion, a PMSMP).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cipcheck.reading import Token

_DAYS = frozenset({"jour", "jours", "j", "jr", "jrs", "journee", "journees", "day", "days"})
_HOURS = frozenset({"h", "heure", "heures", "hrs", "hr", "hres", "hours", "hour"})
# Words between the two figures of a pair: « 20 jours (140 heures) », « 8 jours / 56h »,
# « 10 jours ouvrés (70 h) », « 182 heures, soit 26 jours ».
_BETWEEN = frozenset({"(", ")", "/", ",", "soit", "ouvres", "ouvrables", "travailles",
                      "pleins", "complets", "de", "stage", "-", "–", "="})
_NOT_THE_PLACEMENT = frozenset({
    "formation", "formations", "cours", "immersion", "immersions", "pmsmp", "msp", "par",
    "chaque", "prevu", "prevue", "prevus", "prevues", "atelier", "ateliers", "module",
    "modules", "session", "epreuve", "epreuves", "contrat", "jury", "theorie"})
_DAY_LENGTH = (3.0, 10.0)


@dataclass(frozen=True)
class DayPair:
    """The hours of a pair « N jours (H h) », and where the pair stands in the tokens."""

    hours: float
    days: float
    at: int
    end: int


def day_pair(toks: Sequence[Token]) -> DayPair | None:
    """The one pair of days and hours of a line, or None."""
    if any(t.word in _NOT_THE_PLACEMENT for t in toks):
        return None
    figures = [(k, t.value, toks[k + 1].word) for k, t in enumerate(toks[:-1])
               if t.kind == "number" and t.value and (toks[k + 1].word in _DAYS
                                                      or toks[k + 1].word in _HOURS)]
    if len(figures) != 2:
        return None
    (k1, v1, u1), (k2, v2, u2) = figures
    if (u1 in _DAYS) == (u2 in _DAYS) or any(
            t.word not in _BETWEEN for t in toks[k1 + 2:k2]):
        return None
    days, hours = (v1, v2) if u1 in _DAYS else (v2, v1)
    if not days or not _DAY_LENGTH[0] <= hours / days <= _DAY_LENGTH[1] or days < 1:
        return None
    return DayPair(hours, days, k1, k2 + 2)
