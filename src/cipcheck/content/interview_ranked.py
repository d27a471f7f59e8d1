"""What falls between two ranked interviews: not one of them.

A writer who numbers the interviews (« Premier entretien, le 9 janvier… Deuxième
entretien, le 16 janvier… Troisième entretien, le 30 janvier… ») has counted them: a
dated moment told between the second and the third (« Le 23 janvier, j'ai déjeuné avec
l'équipe et les résidents, dont Théo », « Le mardi 20, elle passe sans rendez-vous me
montrer un courrier », « Le 26, je suis allée voir l'immersion ; j'ai parlé avec la
responsable seulement ») is, by the writer's own ranks, not an interview: had it been
one, the next would be the fourth. Read so only where the ranks make a whole series
1, 2, 3… with their dates in order: the ranked ones alone reach three, so leaving the
moment out never makes a part fail — it is listed apart (« hors série »). A moment that
names itself a meeting held (« 27/01 – Entr. tél. (15 min) » between « 3e entr. » and
« 4e entr. »: the writer ranks the ones at the office) stays counted; one that names a
meeting only to deny it (« sans rendez-vous », « nous n'avons pas fait d'entretien »)
does not.
"""

from __future__ import annotations

from cipcheck.content.interview_mentions import find_mentions
from cipcheck.content.interview_status import status_of
from cipcheck.content.interview_timeline import Slot
from cipcheck.content.interview_whose import not_ours
from cipcheck.content.interview_words import NOUN_HINT
from cipcheck.reading import Reading

# A series this long is the writer's count; fewer ranks say too little of the others.
_SERIES = 3


def between_ranks(view: Reading, slots: list[Slot]) -> tuple[list[Slot], list[Slot]]:
    """The slots kept, and the unranked dated ones that fall strictly between two
    consecutive ranks of a whole dated series (returned apart)."""
    ranked = sorted((s for s in slots if s.rank is not None and not s.implied), key=_rank)
    if len(ranked) < _SERIES or [s.rank for s in ranked] != list(range(1, len(ranked) + 1)):
        return slots, []
    dates = [s.date for s in ranked]
    if any(d is None for d in dates):
        return slots, []
    keys = [_day(d) for d in dates if d is not None]
    if keys != sorted(keys) or len(set(keys)) != len(keys):
        return slots, []  # (dates out of order, or over a new year: left as read)
    # (and told in that order: a recap table that lists them backwards is another form)
    if [s.sentence for s in ranked] != sorted(s.sentence for s in ranked):
        return slots, []
    kept: list[Slot] = []
    aside: list[Slot] = []
    for s in slots:
        if s.rank is None and not s.implied and s.date is not None and any(
                a < _day(s.date) < b for a, b in zip(keys, keys[1:], strict=False)) \
                and not _names_one_held(view, s.sentence):
            aside.append(s)
        else:
            kept.append(s)
    return kept, aside


def _names_one_held(view: Reading, index: int) -> bool:
    """The sentence at ``index`` names a meeting of ours, held (« Entr. tél. »)."""
    sentence = next((x for x in view.sentences if x.index == index), None)
    if sentence is None or not NOUN_HINT.search(sentence.norm):
        return False
    toks = view.tokens_of(sentence)
    return any(status_of(toks, m.first, m.last) == "held" and not not_ours(toks, m)
               for m in find_mentions(toks))


def _rank(s: Slot) -> int:
    return s.rank or 0


def _day(date: tuple[int, int]) -> int:
    """(day, month) as a day of the year's order (months of 31 days: only compared)."""
    return date[1] * 31 + date[0]
