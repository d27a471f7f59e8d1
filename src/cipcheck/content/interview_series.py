"""A numbered series of dated records, read where the text announces that many interviews.

Some writers keep one record per meeting, each paragraph led by the same label, its running
number and its date — « Observation n° 1 (8 janvier). Entretien d'accueil… », « Fiche n° 2 —
19/01/2026. Objet : diagnostic partagé… », « Troisième service (21 janvier) : par
téléphone… » — under a word that is no meeting noun, so the sentence readers miss them.
A jury member reads such a series as the interviews when the part itself says how many were
held (« Quatre entretiens ont été menés », « Je compte cinq entretiens avec lui ») and the
series holds exactly that many, each told as held. Seen in devset7, devset9 and devset11b
(three authors), where the count fell short of the announced number.

Read only then — the text announces three or more, the counter read fewer, and the series
agrees with the announced number — so a part is never made to pass on a series alone. A
part where the candidate only observed (« en observatrice », « j'y ai assisté ») is left
as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_results import Interview, Planned
from cipcheck.reading import Reading
from cipcheck.textnorm import fold

# A paragraph led by a label and its number: « Fiche n° 2 — », « Observation n° 1 ( ».
_LABEL_NUMBER = re.compile(r"^\W*([a-z][a-z'-]{2,20})\s+(?:n\s*°|no\.?|numero|#)?\s*(\d{1,2})"
                           r"(?![\d/.:h])\b")
# … or by an ordinal and its label: « Premier service ( », « Deuxième séance — ».
_ORDINALS = {"premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2,
             "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
             "huitieme": 8, "neuvieme": 9, "dixieme": 10}
_ORDINAL_LABEL = re.compile(r"^\W*(" + "|".join(_ORDINALS) + r")\s+([a-z][a-z'-]{2,20})\b")
_DATE_REACH = 30  # characters from the label to its date
# The record says its meeting did not take place (« Le rendez-vous n'a pu se tenir »).
_NOT_HELD = re.compile(r"\b(?:n'a (?:pas )?pu (?:se tenir|avoir lieu)|n'a pas eu lieu"
                       r"|(?:a|ont) ete annulee?s?|ne s'est pas presentee?|n'est pas venue?)\b")
# The candidate only watched someone else lead the interviews.
_OBSERVED = re.compile(r"\ben (?:tant qu')?observat(?:rice|eur)\b|\bj'(?:y )?ai assiste\b")


@dataclass(frozen=True)
class _Record:
    label: str
    number: int
    date: tuple[int, int]
    page: int
    words: str
    held: bool
    paragraph: str = ""  # the folded paragraph the record leads


def _record(text: str, page: int) -> _Record | None:
    norm = fold(text)
    m = _LABEL_NUMBER.match(norm)
    if m is not None:
        label, number = m.group(1), int(m.group(2))
    elif (m := _ORDINAL_LABEL.match(norm)) is not None:
        label, number = m.group(2), _ORDINALS[m.group(1)]
    else:
        return None
    date = next((d for d in find_dates(norm) if m.end() <= d.start <= m.end() + _DATE_REACH),
                None)
    if date is None:
        return None
    words = " ".join(text[:date.end + 1].split()).rstrip(" .:;(—–-")
    return _Record(label, number, date.key, page, words, not _NOT_HELD.search(norm))


def _series(view: Reading) -> list[_Record]:
    """The longest run of records under one label numbered 1, 2, 3… in order."""
    by_label: dict[str, list[_Record]] = {}
    for block in view.blocks:
        if block.in_table:
            continue
        # (each line of a paragraph: a heading may be read with the paragraph under it)
        for line in block.text.split("\n"):
            r = _record(line, block.page)
            if r is not None:
                by_label.setdefault(r.label, []).append(replace(r, paragraph=fold(block.text)))
    best: list[_Record] = []
    for run in by_label.values():
        if [r.number for r in run] == list(range(1, len(run) + 1)) and len(run) > len(best):
            best = run
    return best


def as_the_series_tells(view: Reading, interviews: list[Interview], planned: list[Planned],
                        total: int | None
                        ) -> tuple[list[Interview], list[Planned], list[Interview]]:
    """The interviews, the meetings not counted and the interviews read before that the
    series replaces (returned as hints). Unchanged unless the text announces ``total``
    (three or more), fewer were read, and a numbered dated series holds exactly ``total``
    records told as held; then what was read inside the records (« Suite à donner :
    entretien de diagnostic ») is no longer listed apart, the records not held are."""
    if total is None or total < 3 or len(interviews) >= total:
        return interviews, planned, []
    run = _series(view)
    held = [r for r in run if r.held]
    if len(run) < 3 or len(held) != total \
            or any(_OBSERVED.search(s.norm) for s in view.sentences):
        return interviews, planned, []
    told = [Interview(r.page, r.words, r.number, r.date) for r in held]
    outside = [p for p in planned
               if not any(fold(p.words) in r.paragraph for r in run)]
    return told, outside + [Planned(r.page, r.words, "non tenu") for r in run
                            if not r.held], interviews
