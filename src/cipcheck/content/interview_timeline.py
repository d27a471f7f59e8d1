"""The timeline of the interviews a part tells (see ``cipcheck.content.interviews``).

Each sign of an interview read in the text is a ``Candidate`` with what identifies it: a
date, a rank (« deuxième »), « again » (« je la revois »), « the last one », a purpose
(« entretien de diagnostic »). Laid on a timeline, the same date or the same rank is the
same interview, so a recap table and the detailed paragraphs of the same interviews count
once; a date alone and the meeting told in the next sentence are one; planned, cancelled
or missed ones are kept apart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# Purposes that repeat (« entretien de suivi »): the same purpose twice is two interviews.
REPEATABLE = frozenset({"suivi", "tripartite"})


@dataclass
class Candidate:
    """A meeting the part may tell, before mentions of one event are merged."""

    order: int  # global token index: text order
    page: int
    words: str
    rank: int | None = None
    date: tuple[int, int] | None = None
    # anchor (a rank or a date) | again (« revue », « un nouvel entretien ») | last |
    # weak (« un entretien », unnamed) | ref (« cet entretien ») | elliptic (« au
    # deuxième, ») | dated-heading (a date alone leads a heading or a paragraph)
    kind: str = "anchor"
    table: int | None = None  # the table it is a row of
    status: str = "held"  # held | planned | cancelled | not-held
    bare: bool = False  # read in a heading or a table cell
    told: bool = False  # a meeting told by its verb (« je la reçois »), not by a noun
    purpose: str | None = None  # « de diagnostic », « de suivi », « bilan intermédiaire »
    sentence: int = -1  # the sentence it is read in
    led: bool = False  # led by a moment (« Semaine 5 – Vendredi, dernier rendez-vous »)
    series: bool = False  # an ordinal standing for the noun (« Le suivant, … »)
    # Weak evidence of a held interview (see Slot.doubt), None when it is told plainly.
    doubt: str | None = None


def join_date_and_rank(cands: list[Candidate], headings: frozenset[int] = frozenset()
                       ) -> list[Candidate]:
    """« 7 novembre. Premier entretien : accueil… »: a date alone, then the rank in the
    next sentence, name one interview. Not a dated paragraph and the sub-heading that
    follows it (``headings``: the sentences that are headings): « # Premier entretien ⏎
    Le 3 mars, nous faisons connaissance. ⏎ # Deuxième entretien » tells the first one's
    date, and the heading opens the next."""
    out: list[Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        if p is not None and p.status == c.status == "held" and p.kind == "dated-heading" \
                and c.kind in {"anchor", "again", "weak", "last"} \
                and p.date is not None and p.rank is None and (
                    c.rank is not None or c.kind != "anchor") \
                and c.date is None and p.table is None and c.table is None \
                and c.sentence - p.sentence == 1 \
                and not (c.sentence in headings and p.sentence not in headings):
            # « Mardi 12 novembre. Je le reçois à nouveau… »: the date and the meeting.
            out[-1] = replace(c, date=p.date, kind="anchor",
                              words=f"{c.words}, {p.words.rstrip('.')}")
            continue
        if p is not None and p.status == c.status == "held" and c.kind == "dated-heading" \
                and p.rank is not None and p.date is None and c.rank is None \
                and c.date is not None and p.sentence == c.sentence and p.table is None \
                and c.table is None and c.order - p.order <= 4:
            # « # Le cinquième, 17 février »: the ordinal standing for the noun and its date
            # are one interview.
            out[-1] = replace(p, date=c.date, kind="anchor")
            continue
        out.append(c)
    return out


@dataclass
class Slot:
    """One event of the timeline: the mentions merged under one date or rank."""

    page: int
    words: str
    rank: int | None = None
    date: tuple[int, int] | None = None
    implied: bool = False
    bare: bool = False  # only a heading or a table cell so far: no sentence tells it
    dropped: Candidate | None = None  # then said planned or cancelled
    purpose: str | None = None
    sentence: int = -1  # the sentence it was first read in
    # Counted on weak evidence only: « ellipse » (an ordinal standing for the noun, « Le
    # deuxième, … »), « un de plus » (« j'ai eu un entretien avec elle »), « ensemble »
    # (« nous faisons ensemble… » on a dated line), « reprises » (« revus à trois
    # reprises », untold). Cleared when a plain sign of the same interview is read.
    doubt: str | None = None


# Over the complexity limit (31 > 10): a listed exception, to split.
def timeline(cands: list[Candidate]  # noqa: C901
              ) -> tuple[list[Slot], list[Candidate], list[Candidate]]:
    """Lay the candidates on a timeline: the same date or the same rank is the same
    interview; a rank names the n-th interview told (« au deuxième entretien » after
    three dated ones is the second); « again » is the next one; « the last one » is
    one more only when interviews are numbered and none is dated. A heading that a
    sentence then says planned or cancelled (« Entretien 3 – 3 octobre. Cet entretien a
    été annulé ») is not held. Returns the held interviews, the ones not counted and
    the signs of held ones that could not be placed (see InterviewCount.hints)."""
    slots: list[Slot] = []
    dropped: list[Candidate] = []
    cursor = -1
    lasts: list[Candidate] = []
    first_told: Candidate | None = None
    hints: list[Candidate] = []
    has_dates = any(c.date for c in cands if c.status == "held")
    last_order = -1  # the latest held candidate told, other than « the last one »

    def find(c: Candidate) -> int | None:
        if c.date is not None:
            idx = next((i for i, s in enumerate(slots) if s.date == c.date), None)
            if idx is not None:
                return idx
        if c.rank is not None:
            # (the same rank on another date is another interview: « un second entretien
            # téléphonique, le 10 mars » after « Le second (, le 17 février,) a porté… »)
            idx = next((i for i, s in enumerate(slots) if s.rank == c.rank and (
                s.date is None or c.date is None or s.date == c.date)), None)
            if idx is not None or c.purpose is None:
                return idx
        if c.purpose is not None and c.purpose not in REPEATABLE:
            # « Entretien de diagnostic » in a recap, then « L'entretien de diagnostic (5
            # avril) » told: one interview.
            return next((i for i, s in enumerate(slots) if s.purpose == c.purpose
                         and (s.date is None or c.date is None or s.date == c.date)
                         and (s.rank is None or c.rank is None or s.rank == c.rank)), None)
        return None

    unheld: Candidate | None = None  # the last one read as not held, after the cursor's
    for c in cands:
        if c.status != "held" and c.kind == "ref" and unheld is not None \
                and 0 <= c.sentence - unheld.sentence <= 1:
            # « # Entretien n°5 – 05/03 (reporté) ⏎ Cet entretien n'a pas eu lieu »: the
            # one just named, not the held one before it.
            dropped.append(c)
            continue
        if c.status != "held":
            if c.kind != "ref":
                unheld = c
            idx = find(c) if c.kind != "ref" else (cursor if cursor >= 0 else None)
            # What is only planned (« je fixerai dès le premier entretien… », « cet
            # entretien permettra… ») does not unmake an interview held: only the same
            # date planned, or one said cancelled or missed, does.
            unmakes = c.status != "planned" or (c.date is not None and c.kind != "ref")
            # « # Entretien 3 ⏎ Cet entretien se tiendra le 3 juin »: the heading had no
            # date; the sentence under it gives one to come.
            unmakes = unmakes or (c.kind == "ref" and c.date is not None and idx is not None
                                  and slots[idx].date is None
                                  and 0 <= c.sentence - slots[idx].sentence <= 1)
            if idx is not None and slots[idx].dropped is None and unmakes and (
                    slots[idx].bare or (c.kind == "ref" and c.status == "cancelled")):
                slots[idx].dropped = c
            else:
                dropped.append(c)
            continue
        unheld = None
        if c.kind == "purpose-ref":
            idx = find(c)
            if idx is not None:
                cursor = idx
            elif c.purpose not in REPEATABLE:
                hints.append(c)
            continue
        last_order = max(last_order, c.order) if c.kind != "last" else last_order
        if c.kind == "weak" and not slots and first_told is None:
            first_told = c  # « J'accueille M. Z. un lundi »: the first, if more follow
        if c.kind == "weak" and c.told and not slots:
            hints.append(c)
        if c.kind in {"weak", "ref"}:
            continue
        if c.kind == "last":
            lasts.append(c)
            continue
        if c.kind == "again":
            if not slots and first_told is not None:
                # « je le revois », « au rendez-vous suivant » after a first meeting
                # told by its verb alone: that first one is one of them.
                slots.append(Slot(first_told.page, first_told.words))
                hints = [h for h in hints if h is not first_told]
                cursor = 0
            if cursor + 1 < len(slots):
                cursor += 1
                if not c.doubt:
                    slots[cursor].doubt = None
            else:
                slots.append(Slot(c.page, c.words, doubt=c.doubt))
                cursor = len(slots) - 1
            continue
        idx = find(c)
        if idx is None and c.rank is not None and c.rank - 1 < len(slots):
            s = slots[c.rank - 1]
            # « Premier entretien de suivi » after « Entretien de diagnostic »: the first
            # of the follow-ups, not the first interview.
            if s.rank is None and (c.date is None or s.date is None) and (
                    c.purpose is None or s.purpose in {None, c.purpose}):
                idx = c.rank - 1  # the n-th told, named by its rank
        if idx is None and c.date is not None and c.table is not None and c.rank is None:
            # A recap table after the detailed paragraphs: its rows date them in order.
            undated = [i for i, s in enumerate(slots) if s.date is None and s.rank is not None]
            if undated and cursor >= 0:
                idx = undated[0]
        if idx is None and c.date is not None and c.rank is None and slots \
                and cursor == len(slots) - 1 and slots[-1].bare and slots[-1].date is None \
                and 0 <= c.sentence - slots[-1].sentence <= 1:
            idx = cursor  # « # Troisième entretien » then « Le 6 novembre, nous… »: its date
        if idx is None:
            slots.append(Slot(c.page, c.words, c.rank, c.date, bare=c.bare,
                               purpose=c.purpose, sentence=c.sentence, doubt=c.doubt))
            idx = len(slots) - 1
        else:
            s = slots[idx]
            s.rank = s.rank if s.rank is not None else c.rank
            s.date = s.date if s.date is not None else c.date
            s.purpose = s.purpose or c.purpose
            s.bare = s.bare and c.bare
            s.doubt = s.doubt if c.doubt else None
            if s.implied:
                s.implied, s.page, s.words = False, c.page, c.words
        cursor = idx
    # A rank n means n interviews, even when some are only told (« nous nous sommes
    # revues »): add the missing ones, marked as deduced.
    top = max((s.rank for s in slots if s.rank is not None and s.dropped is None), default=0)
    # « RDV n°2 | 20/01 | Non »: a number said not held is one less to deduce.
    held_ranks = {s.rank for s in slots if s.dropped is None}
    top -= len({c.rank for c in dropped + [s.dropped for s in slots if s.dropped]
                if c.rank is not None and c.rank < top and c.status != "planned"
                and c.rank not in held_ranks})
    while len(slots) < top:
        slots.append(Slot(slots[-1].page if slots else 0, "", implied=True))
    ranks = sorted(s.rank for s in slots if s.rank is not None)
    numbered = bool(ranks) and ranks[-1] >= 2 and ranks == list(range(1, len(ranks) + 1))
    # « Lors du dernier entretien » in the analysis after headed interviews is the last
    # of them; after interviews told in prose, or as its own heading, it is one more.
    headed = any(s.bare for s in slots)
    tabled = any(c.table is not None and c.status == "held" for c in cands)
    for c in lasts[:1]:
        if numbered and not has_dates and len(slots) == len(ranks) and (c.bare or not headed):
            slots.append(Slot(c.page, c.words, rank=len(slots) + 1, doubt=c.doubt))
        elif not slots or (c.led and c.order > last_order):
            # The last, told at its moment after the others: one more.
            slots.append(Slot(c.page, c.words, doubt=c.doubt))
        elif c.bare and c.table is None and headed and not tabled and c.order > last_order:
            # « # Dernier entretien » after headings « Entretien d'accueil », « Le point
            # d'étape »: its own heading, after the others — one more.
            slots.append(Slot(c.page, c.words, doubt=c.doubt))
        elif not headed and not has_dates and not ranks:
            hints.append(c)  # « au dernier rendez-vous » after interviews told in prose
    dropped.extend(s.dropped for s in slots if s.dropped is not None)
    return ([s for s in slots if s.dropped is None], sorted(dropped, key=lambda c: c.order),
            hints)
