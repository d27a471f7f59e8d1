"""Counting the interviews a part describes ("a minima 3 entretiens").

An interview counts once however it is named: by its rank ("premier entretien",
"2e entretien", "Entretien n°3"), by its date ("Entretien du 12 mars", a dated heading),
or as a dated row of a table of interviews. A rank and a date written side by side are
the same interview. A sentence that only announces a number ("j'ai mené quatre
entretiens") is reported but does not count: the RE asks that each one be summarised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cipcheck.content.dates import find_dates
from cipcheck.document import Block
from cipcheck.textnorm import fold

# "entretient": a frequent typo; a "rencontre" or a video call is an interview too.
_NOUN = (r"(?:entretien[st]?|rendez[- ]vous|rdv|seances? individuelles?|rencontres?|"
         r"echanges? telephoniques?|entretiens? (?:en )?visio(?:conference)?)")
ORDINALS = {
    "premier": 1, "premiere": 1, "1er": 1, "initial": 1, "deuxieme": 2, "second": 2,
    "seconde": 2, "2nd": 2,
    "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
    "huitieme": 8, "neuvieme": 9, "dixieme": 10,
}
_ORD_WORD = "|".join(ORDINALS)
# Not an interview of the accompaniment: the person's job interview, an employer's.
_NOT_OURS = r"(?!\s*(?:d'embauche|de recrutement|d'evaluation annuel|professionnel annuel|" \
            r"avec (?:l'|un |une |le )?(?:employeur|recruteur|entreprise)))"
RANK_BEFORE = re.compile(
    rf"\b(?:({_ORD_WORD})|(\d{{1,2}})\s*(?:e|eme|ieme|er|ere|nd|nde))\s+"
    rf"(?:et\s+dernier\s+)?{_NOUN}{_NOT_OURS}")
_MONTH_START = "janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec"
# "Entretien 2", "Entretien n°3", but not "entretien 12 mars" nor "entretien 1 h 30".
RANK_AFTER = re.compile(
    rf"\b{_NOUN}\s+(?:(initial)\b|(?:n\s*°|no\.?|numero|#)?\s*(\d{{1,2}})\b"
    rf"(?!\s*(?:h\b|heures?|min|ans|jours|semaines|mois|[/.,:]\d|{_MONTH_START})))")
LAST = re.compile(rf"\b(?:dernier\s+{_NOUN}|{_NOUN}\s+(?:final|de (?:cloture|fin)))\b")
MENTION = re.compile(rf"\b{_NOUN}\b")
_CALENDAR = re.compile(r"\b(calendrier|chronologie|deroule|suivi) de l'accompagnement\b|"
                       r"\bcalendrier des (entretiens|rendez-vous|rencontres)\b")
ANNOUNCED = re.compile(
    r"\b(\d{1,2}|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:entretiens|rendez-vous)\b")
_NUMBER_WORDS = {"trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                 "neuf": 9, "dix": 10}
# A date this close to the word "entretien" (characters) dates that interview: just
# after it ("entretien téléphonique du 12 mars") or a little before ("Le 12 mars, lors
# d'un entretien").
AFTER = 25
BEFORE = 40
BEFORE_PENALTY = 10
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_ROW_NUMBER = re.compile(r"^\d{1,2}\s+")


@dataclass
class InterviewCount:
    count: int
    pages: list[int] = field(default_factory=list)
    ranks: list[int] = field(default_factory=list)
    dates: list[tuple[int, int]] = field(default_factory=list)
    announced: int | None = None


@dataclass(frozen=True)
class _Text:
    text: str
    starts: list[int]
    blocks: list[Block]

    def page_at(self, offset: int) -> int:
        idx = 0
        for i, s in enumerate(self.starts):
            if s > offset:
                break
            idx = i
        return self.blocks[idx].page


def _join(blocks: list[Block]) -> _Text:
    parts, starts, pos = [], [], 0
    for b in blocks:
        f = fold(b.text)
        starts.append(pos)
        parts.append(f)
        pos += len(f) + 1
    return _Text(" ".join(parts), starts, blocks)


def count_interviews(blocks: list[Block]) -> InterviewCount:
    joined = _join(blocks)
    text = joined.text
    # Every mention of an interview, and whether it is one of ours (not a job interview).
    mentions = [(m.start(), m.end(), bool(re.match(_NOT_OURS, text[m.end():])))
                for m in MENTION.finditer(text)]
    rank_of: dict[int, int] = {}  # mention index -> rank
    for pattern in (RANK_BEFORE, RANK_AFTER):
        for m in pattern.finditer(text):
            word, digits = m.group(1), m.group(2)
            rank = ORDINALS.get(word, 1) if word else int(digits)
            idx = next((i for i, (s, e, _) in enumerate(mentions)
                        if m.start() <= s < m.end()), None)
            if idx is not None and 1 <= rank <= 20:
                rank_of.setdefault(idx, rank)
    date_of = _pair_dates(text, mentions)
    ranks: dict[int, int] = {}
    for idx, rank in sorted(rank_of.items()):
        ranks.setdefault(rank, mentions[idx][0])
    ranked_dates = {date_of[i] for i in rank_of if i in date_of}
    dated: dict[tuple[int, int], int] = {}
    for idx, key in sorted(date_of.items()):
        if idx not in rank_of and key not in ranked_dates:
            dated.setdefault(key, mentions[idx][0])
    for key, offset in _table_dates(blocks, joined).items():
        if key not in ranked_dates:
            dated.setdefault(key, offset)
    # A rank written away from any date ("au deuxième entretien", in the analysis)
    # most likely names one of the dated interviews: it adds one only beyond them.
    paired_ranks = {rank_of[i] for i in rank_of if i in date_of}
    n_dated = len(ranked_dates) + len(dated)
    extra = {r for r in ranks if r not in paired_ranks and r > n_dated}
    # A "troisième rencontre" means there were three, even if the second is only
    # told ("quinze jours plus tard, nous nous sommes revues").
    by_rank = max(len(ranks), max(ranks, default=0))
    count = n_dated + len(extra) if n_dated else by_rank
    last = LAST.search(text)
    if last and ranks and max(ranks) >= 2 and not dated and max(ranks) == len(ranks) and \
            not _is_rank_and_last(text, last.start()):
        count += 1
        ranks.setdefault(max(ranks) + 1, last.start())
    announced = None
    for m in ANNOUNCED.finditer(text):
        word = m.group(1)
        value = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        announced = max(announced or 0, value)
    offsets = sorted(list(ranks.values()) + list(dated.values()))
    pages = sorted({joined.page_at(o) for o in offsets})
    return InterviewCount(count, pages, sorted(ranks), sorted(dated), announced)


def _pair_dates(text: str, mentions: list[tuple[int, int, bool]]) -> dict[int, tuple[int, int]]:
    """The date of each interview mention: "Entretien du 12 mars", "12/03 – Entretien",
    "Le 12 mars, lors d'un entretien…"; never across a sentence end, never a date
    further along the sentence. One date per mention and one mention per date, closest
    pairs first ("du 12 mars" after the word wins over a date before it)."""
    pairs: list[tuple[int, int, int, tuple[int, int]]] = []
    for di, d in enumerate(find_dates(text)):
        for mi, (s, e, _) in enumerate(mentions):
            if 0 <= d.start - e <= AFTER:
                gap, between = d.start - e, text[e:d.start]
            elif 0 <= s - d.end <= BEFORE:
                gap, between = s - d.end + BEFORE_PENALTY, text[d.end:s]
            else:
                continue
            if not _SENTENCE_END.search(between):
                pairs.append((gap, di, mi, d.key))
    taken_dates: set[int] = set()
    out: dict[int, tuple[int, int]] = {}
    for _, di, mi, key in sorted(pairs):
        if di in taken_dates or mi in out:
            continue
        taken_dates.add(di)
        out[mi] = key
    # A job interview keeps its date (so it is not given to another mention) but is
    # not one of the accompaniment's interviews.
    return {mi: key for mi, key in out.items() if mentions[mi][2]}


def _is_rank_and_last(text: str, offset: int) -> bool:
    # "deuxième et dernier entretien": the last one is the second one.
    before = text[max(0, offset - 20):offset]
    return bool(re.search(rf"(?:{_ORD_WORD}|\d(?:e|eme))\s+et\s+$", before))


def _table_dates(blocks: list[Block], joined: _Text) -> dict[tuple[int, int], int]:
    """Dated rows of a table of interviews: a DOCX table, or PDF lines led by a date
    under a header line that names the interviews."""
    out: dict[tuple[int, int], int] = {}
    i = 0
    while i < len(blocks):
        if blocks[i].in_table:
            j = i
            while j < len(blocks) and blocks[j].in_table:
                j += 1
            table = blocks[i:j]
            if any(MENTION.search(fold(b.text)) for b in table):
                for k, b in enumerate(table, start=i):
                    for d in find_dates(fold(b.text)):
                        out.setdefault(d.key, joined.starts[k] + d.start)
            i = j
            continue
        i += 1
    for k, b in enumerate(blocks):
        head = fold(b.text)
        if "date" not in head or find_dates(head):
            continue
        # The header, or the caption just above it, says it lists the interviews.
        caption = " ".join(fold(x.text) for x in blocks[max(0, k - 2): k + 1])
        if not (MENTION.search(caption) or _CALENDAR.search(caption)):
            continue
        # Rows start with their date, or with their number then the date ("2 24
        # février …"); the wrapped lines of the other cells come in between, so they do
        # not end the table: a bold line (the next heading) does.
        rows = 0
        for n in range(k + 1, min(len(blocks), k + 80)):
            if rows and (blocks[n].bold or blocks[n].heading_level is not None):
                break
            f = fold(blocks[n].text)
            dates = find_dates(f)
            lead = _ROW_NUMBER.match(f)
            if dates and dates[0].start <= (lead.end() if lead else 2):
                out.setdefault(dates[0].key, joined.starts[n] + dates[0].start)
                rows += 1
    return out
