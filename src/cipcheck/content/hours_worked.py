"""A total in hours written with its working: « 10 semaines à 35 h, plus 4 jours, soit 378 h ».

« 30 jours ouvrés de 7 heures, soit 210 heures », « onze semaines à 35 heures, plus deux
journées de 7 heures …, soit 399 heures en tout », « Volume horaire réalisé : 392h00 (soit
11 semaines à 35h00 + 1 jour de 7h00) », « j'ai fait en réalité 4 semaines et 3 jours,
161h »: the candidate writes the total and how it adds up. When the counts of the clause,
each at its written rate (or a week at 35 h, a day at the rule's day), make exactly the total
written, a jury member reads that total, sure of it — the rates (« de 7 heures », « à 35 h »)
are not more periods to add, and the counts are not a guess.

Only in one clause (cut at « ; », « : », « mais »), with every count of weeks, days or half
days in it part of the working and every other figure in hours a rate right after its count;
nobody else in the sentence, no plan, no training, no immersion or PMSMP.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from cipcheck.reading import Token

_CUTS = frozenset({";", ":", "mais"})
_RATE_LINKS = frozenset({"a", "de", "d", "x", "×", "*"})
# Someone else's time, training, time off, a rhythm: anywhere in the sentence.
_NOT_MINE = frozenset({
    "il", "ils", "elles", "personne", "personnes", "jeune", "jeunes", "beneficiaire",
    "beneficiaires", "monsieur", "madame", "mme", "immersion", "immersions", "pmsmp", "msp",
    "contrat", "par", "chaque", "hebdomadaires", "hebdomadaire", "quotidiennes", "quotidien"})
# Time off: a count beside these words is taken out of the placement, not part of it.
_TIME_OFF = frozenset({"arret", "maladie", "absence", "absences", "conge", "conges", "ferie",
                       "feries", "greve", "fermeture", "manquants", "manquantes", "perdu",
                       "perdus", "perdues"})
# A plan, training, a workshop, a part (« dont »), in the clause of the total (a cover's
# « Centre de formation : GRETA » line is not the clause of its hours).
_PLAN = frozenset({"prevu", "prevue", "prevus", "prevues", "devait", "devais", "convention",
                   "aurait", "aurais", "formation", "cours", "atelier", "ateliers",
                   "rattrapage", "dont"})
_WEEK = 35.0
_PLANNED = frozenset({"prevu", "prevue", "prevus", "prevues", "devait", "devais",
                      "convention", "initialement"})


class _Span(Protocol):
    """A duration read in the sentence (``content.hours.hour_mentions``)."""

    at: int
    value: float
    unit: str
    end: int


@dataclass(frozen=True)
class Worked:
    """A total in hours and the working the clause gives for it."""

    hours: float
    how: str
    at: int  # index of the total's number in the sentence's tokens
    end: int
    first: int  # index of the working's first count
    # « 10 jours au CCAS et 5 jours au PLIE, soit 105 heures »: counts of one unit and no
    # rate written are periods added up, as sums of periods are (to confirm under the
    # minimum); a rate written, or one period in two units (« 4 semaines et 3 jours »), is
    # the working of one length.
    doubt: str = ""


def worked_total(toks: Sequence[Token], hours_per_day: float) -> Worked | None:
    """The total in hours of a clause that spells its working, or None."""
    if any(t.word in _NOT_MINE for t in toks) or any(t.word == "elle" for t in toks[1:]):
        return None  # (« Elle représente … »: the period, named just before)
    from cipcheck.content.hours import hour_mentions

    mentions: list[_Span] = list(hour_mentions(toks, False))
    hours = [m for m in mentions if m.unit == "h"]
    counts = [m for m in mentions if m.unit in {"w", "d", "hd"}]
    if not hours or not counts or any(m.unit == "m" for m in mentions):
        return None
    for total in sorted(hours, key=lambda m: -m.value):
        found = _worked(toks, total, hours, counts, hours_per_day)
        if found is not None:
            return found
    return None


def _told_as_total(toks: Sequence[Token], total: _Span) -> bool:
    """« soit 378 h », « = 392 h », « c'est-à-dire 63 heures », « ça fait 161 h », « 399
    heures en tout », « 392h00 (soit 11 semaines … ) », « 4 semaines et 3 jours, 161h »
    (the hours in apposition, last in the clause) — not « …, puis 56 heures au PLIE »."""
    before = [t.word for t in toks[max(0, total.at - 3):total.at]]
    end = total.end + (total.end < len(toks) and toks[total.end].word == "00")  # « 392h00 »
    after = [t.word for t in toks[end:end + 3]]
    return bool(set(before) & _TOTAL_BEFORE) or after[:2] in (["en", "tout"], ["au", "total"],
                                                              ["(", "soit"]) or (
        before[-1:] == [","] and (not after or after[0] in {".", ";", ")", "!"}))


_TOTAL_BEFORE = frozenset({"soit", "=", "dire", "donc", "fait", "total", "tout", "represente",
                           "porte", "equivaut", "totalise", "cumule"})


def _worked(toks: Sequence[Token], total: _Span, hours: Sequence[_Span],
            counts: Sequence[_Span], hours_per_day: float) -> Worked | None:
    at = total.at
    if not _told_as_total(toks, total):
        return None
    lo = max((k + 1 for k, t in enumerate(toks[:at]) if t.word in _CUTS), default=0)
    hi = next((k for k in range(at, len(toks)) if toks[k].word in _CUTS), len(toks))
    mine = [c for c in counts if lo <= c.at < hi]
    if any(t.word in _TIME_OFF for c in mine for t in toks[max(0, c.at - 4):c.end + 3]):
        return None  # « arrêt maladie de trois jours »: days out of the placement
    if any(t.word in _PLAN for t in toks[lo:hi]) or (any(
            not lo <= m.at < hi for m in (*hours, *counts))
            and not any(t.word in _PLANNED for t in toks[:lo])):
        # Durations outside the clause: another period, unless what comes before is the
        # plan (« Mon stage devait faire 6 semaines (210h) mais … : j'ai fait … 161h »).
        return None
    rates: dict[int, float] = {}
    for h in hours:
        if h is total or not lo <= h.at < hi:
            continue
        # (« 30 jours ouvrés de 7 heures »: an adjective may stand between)
        owner = next((c for c in mine if c.end <= h.at <= c.end + 2
                      and toks[h.at - 1].word in _RATE_LINKS), None)
        if owner is None:
            return None  # another figure in hours: a part, not a rate
        rates[owner.at] = h.value
    if not mine or (len(mine) == 1 and not rates):
        return None  # « 6 semaines (210 h) »: a conversion, the main walk reads it
    terms: list[str] = []
    made = 0.0
    for c in mine:
        default = {"w": _WEEK, "d": hours_per_day, "hd": hours_per_day / 2}[c.unit]
        rate = rates.get(c.at, default)
        made += c.value * rate
        name = {"w": "semaines", "d": "jours", "hd": "demi-journées"}[c.unit]
        terms.append(f"{_num(c.value)} {name} × {_num(rate)} h")
    if abs(made - total.value) >= 0.5:
        return None
    periods = len(mine) >= 2 and not rates and len({c.unit for c in mine}) == 1
    return Worked(total.value, " + ".join(terms) + f" = {_num(total.value)} h", at, total.end,
                  min(c.at for c in mine),
                  f"somme de {len(mine)} périodes, sans total écrit" if periods else "")


def _num(v: float) -> str:
    return f"{v:g}".replace(".", ",")
