"""Placement hours stated in a table, read by its columns as a jury member reads them.

A table whose header says the unit (« Heures », « Durée (h) », « Nb d'heures ») often
carries bare numbers in its cells (« 196 »), which the prose reader cannot take for hours;
a « Total » row says the sum. Two shapes are read here:

- DOCX tables: each cell is a block, the cells of one row share their page and height
  (what the DOCX reader gives), the first row is the header;
- tables drawn as lines (PDF): a header line whose last column is the unit (« Structure
  Dates Heures »), then lines that end on a bare number.

A table counts when its caption, its header or its row names say it holds placements
(« Périodes en entreprise », « Stage », « PAE 1 »); a table whose rows are structures
(« Structure », « Lieu ») without such words is read as a guess; rows of workshops, modules,
interviews or week days are not placements. What is read replaces, for those sentences,
the cell-by-cell reading of ``content.hours``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from cipcheck.content.hours import (
    DID_STEMS,
    PLACEMENT_LIMITS,
    THEIR_PLACEMENT,
    THIRD_PARTY,
    Figure,
    cue_of,
    hour_mentions,
    num,
    quote_around,
    rate_after,
)
from cipcheck.document import Block
from cipcheck.reading import Reading, Sentence, Token

# Header words that give the unit of a column of bare numbers.
_HOURS_HEADER = frozenset({"heures", "heure", "h", "hrs", "hres"})
_DAYS_HEADER = frozenset({"jours", "jour", "j", "journees"})
# Header words of a duration column whose cells carry their unit (« 210 h »).
_DURATION_HEADER = frozenset({"duree", "durees", "volume", "temps", "nombre", "nb"})
# First header cells that name where the placement happened: a weak tie, read as a guess.
_PLACE_HEADER = frozenset({"structure", "structures", "lieu", "lieux", "employeur",
                           "entreprise", "organisme", "etablissement", "service"})
_HEADER_LAST = frozenset("sShH) ")
# Header words of a column of remarks, often left empty.
_NOTES_HEADER = frozenset({"observation", "observations", "remarque", "remarques",
                           "commentaire", "commentaires", "notes", "note", "precisions",
                           "motif", "motifs", "details", "detail"})
_MINUS = frozenset({"–", "-", "−"})
_TOTAL_ROW = frozenset({"total", "totale", "totaux", "cumul", "somme"})
# A row that gives the gap between the hours planned and the hours done.
_GAP_ROW = frozenset({"ecart", "ecarts", "difference", "deficit", "manque", "manquent",
                      "manquant", "manquantes", "manquants"})
_NOT_A_PERIOD_ROW = frozenset({
    "formation", "formations", "module", "modules", "atelier", "ateliers", "cours", "seance",
    "seances", "theorique", "theoriques", "reunion", "reunions", "entretien", "entretiens",
    "conge", "conges", "absence", "absences", "maladie", "ferie", "feries", "vae", "examen",
    "epreuve", "jury", "centre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "prevu", "prevues", "prevus", "prevue"})
# Rows under a column of places that are still not a period: training, leave, exams.
_NOT_A_PLACE_ROW = _NOT_A_PERIOD_ROW - {"atelier", "ateliers", "centre"} | {
    "cours", "theorique"}
_DATES_HEADER = frozenset({"date", "dates", "periode", "periodes", "du", "au", "mois",
                           "semaine", "calendrier"})
_WEEK_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                        "dimanche", "matin", "apres", "midi"})


_WEEK_ROW = re.compile(r"^(?:s|sem\.?|semaine)\s*\d{1,2}\b")


@dataclass(frozen=True)
class TableHours:
    """The hours one table states, and the sentences it was read from."""

    figure: Figure
    sentences: frozenset[int]


@dataclass
class _Row:
    """One row of an hours table: the reading of each of its cells."""

    cells: list[Sentence]
    toks: list[Sequence[Token]]


def table_figures(reading: Reading, hours_per_day: float,
                  days_unit: bool) -> list[TableHours]:
    """Every table of a reading that states placement hours in a column."""
    out: list[TableHours] = []
    cells = [k for k, s in enumerate(reading.sentences) if s.in_table]
    start = 0
    for n in range(1, len(cells) + 1):
        if n == len(cells) or cells[n] != cells[n - 1] + 1:  # a run of cells: one table
            found = _docx_table(reading, cells[start], cells[n - 1] + 1, hours_per_day,
                                days_unit)
            if found is not None:
                out.append(found)
            start = n
    out.extend(_line_tables(reading, hours_per_day, days_unit))
    out.extend(_paragraph_tables(reading))
    return out


def _caption(reading: Reading, first: int, page: int) -> list[Sequence[Token]]:
    """The lines just above a table on its page, the nearest first."""
    out: list[Sequence[Token]] = []
    for k in range(first - 1, max(-1, first - 4), -1):
        s = reading.sentences[k]
        if s.page != page or s.in_table:
            break
        out.append(reading.tokens_of(s))
    return out


def _tie(toks: Sequence[Token]) -> int:
    """+1 when some words name the placement first (« Récapitulatif de mes périodes en
    entreprise »), -1 when they name something else first (« Ateliers animés pendant le
    stage », « Organisation de la formation », « Lundi »), else 0."""
    for k, t in enumerate(toks):
        if t.kind != "word":
            continue
        if t.word in _WEEK_DAYS:
            return -1
        if (c := cue_of(toks, k)) < 0:
            # « Bilan du stage », « Planning de mes périodes en entreprise »: the stage's.
            j = k + 1
            while j < len(toks) and j - k <= 3 and toks[j].word in {
                    "du", "de", "des", "d", "'", "la", "l", "mon", "ma", "mes"}:
                j += 1
            if j > k + 1 and j < len(toks) and cue_of(toks, j) > 0:
                return 1
            return c
        if c > 0:
            # « Immersions », « PMSMP »: the tools a CIP arranges for the people it
            # accompanies far more often than its own placement: not enough to be sure.
            return 0 if t.word in THEIR_PLACEMENT else c
    return 0


_LINKS = frozenset({"en", "de", "d", "du", "'"})


def _dates_column_dropped(head: Sequence[Token]) -> list[Token]:
    """A header cell « Période » alone is the column of dates (« Lieu | Période |
    Durée »), not « Période en entreprise »: it says when, not whose."""
    return [t for k, t in enumerate(head)
            if not (t.word in {"periode", "periodes"}
                    and (k + 1 >= len(head) or head[k + 1].word not in _LINKS))]


# A header that gives a rate (« Heures par semaine », « h/jour », « Volume hebdomadaire »):
# its cells are not durations, but a rate times the count of the column beside it.
_RATE_WORDS = frozenset({"hebdomadaire", "hebdomadaires", "hebdo", "quotidien",
                         "quotidienne", "journalier", "journaliere"})
_PER = frozenset({"par", "/"})
_WEEKS_HEADER = frozenset({"semaines", "semaine", "sem", "nb", "nombre"})


def _rate(toks: Sequence[Token]) -> str | None:
    """"w" (per week) or "d" (per day) when the header names a rate, else None."""
    words = [t.word for t in toks]
    for k, word in enumerate(words):
        if word in _RATE_WORDS:
            return "d" if word.startswith(("quot", "journ")) else "w"
        if word in _PER and k + 1 < len(words) and words[k + 1] in ("semaine", "jour"):
            return "w" if words[k + 1] == "semaine" else "d"
    text = "".join(t.text for t in toks).lower()
    if "/sem" in text or "/jour" in text or "/j" in text:
        return "w" if "/sem" in text else "d"
    return None


def _rate_columns(header: list[Sequence[Token]]) -> tuple[int, int] | None:
    """(rate column, count column) of a table like « Lieu | Semaines | Heures par
    semaine », whose placement is the product of the two."""
    rates = [(c, _rate(toks)) for c, toks in enumerate(header)]
    for c, per in rates:
        if per is None:
            continue
        count_words = {"semaines", "semaine", "sem"} if per == "w" else _DAYS_HEADER
        for k, toks in enumerate(header):
            words = {t.word for t in toks}
            if k != c and rates[k][1] is None and words & count_words:
                return c, k
    return None


def _done(toks: Sequence[Token]) -> bool:
    """« Heures effectuées », « Heures réalisées »: the hours done."""
    return any(t.stem in DID_STEMS for t in toks)


def _planned(toks: Sequence[Token]) -> bool:
    """« Heures prévues », « Heures planifiées »: the hours planned."""
    return any(t.text.lower().startswith(("prévu", "prevu", "planifi", "programm"))
               for t in toks)


def _day_rate(toks: Sequence[Token]) -> float | None:
    """« Jours de stage (7 h/jour) », « Nb de jours (7h) », « Jours (7 h par jour) »: a
    column of days whose header gives the hours of a day; None for any other header."""
    words = {t.word for t in toks}
    if not words & _DAYS_HEADER or words & {"semaine", "semaines", "sem", "mois"}:
        return None
    rates = [t.value or 0.0 for k, t in enumerate(toks[:-1])
             if t.kind == "number" and toks[k + 1].word in _HOURS_HEADER]
    return rates[0] if len(rates) == 1 and 3 <= rates[0] <= 10 else None


def _column(header: list[Sequence[Token]]) -> tuple[int, str] | None:
    """The column holding durations, and the unit its header gives ("h", "d", "" when the
    cells carry their own). Between « Heures prévues » and « Heures réalisées », the hours
    done."""
    best: tuple[int, str] | None = None
    hours: list[int] = []
    for c, toks in enumerate(header):
        words = {t.word for t in toks}
        if _day_rate(toks) is not None:
            best = (c, "d")
            continue
        # « Jours de stage | dont journées collectives »: a share of another column, never
        # the placement's whole (its total, 3 days, was read as 21 h).
        if any(t.kind == "number" for t in toks) or "horaires" in words and len(words) == 1 \
                or (toks and toks[0].word == "dont"):
            continue
        if _rate(toks) is not None:
            continue  # a rate, not a duration
        if words & _HOURS_HEADER or {"volume", "horaire"} <= words:
            hours.append(c)
            continue
        if words & _DAYS_HEADER:
            best = (c, "d")
        elif best is None and words & _DURATION_HEADER:
            best = (c, "")
    hours = _not_the_rows_label(header, hours)
    if hours:
        return _done_first(header, hours), "h"
    told = [c for c in range(1, len(header)) if _told(header[c])]
    if best is None and told:
        return _done_first(header, told), ""
    return best


def _not_the_rows_label(header: list[Sequence[Token]], hours: list[int]) -> list[int]:
    """« Heures de stage | Prévu (convention) | Réalisé »: a first header cell of hours
    before columns that say planned and done names what the rows count, it holds none."""
    if hours[:1] == [0] and any(_told(toks) for toks in header[1:]):
        return hours[1:]
    return hours


def _told(toks: Sequence[Token]) -> bool:
    """A header of words only that says done / planned or names the placement."""
    words = {t.word for t in toks}
    return not any(t.kind == "number" for t in toks) and _rate(toks) is None \
        and not words & (_HOURS_HEADER | _DAYS_HEADER | _DURATION_HEADER) \
        and (_done(toks) or _planned(toks) or _tie(toks) > 0)


def _done_first(header: list[Sequence[Token]], columns: list[int]) -> int:
    """Among columns of durations, the hours done (or the placement's), else not planned."""
    # « Période | Prévu | Réalisé », « Module | En centre | En entreprise »: cells that carry
    # their unit under headers saying done / planned, or naming the placement.
    done = [c for c in columns if _done(header[c]) or _tie(header[c]) > 0]
    return (done or [c for c in columns if not _planned(header[c])] or columns)[0]


def _duration(toks: Sequence[Token], unit: str, hours_per_day: float, days_unit: bool
              ) -> tuple[float, bool] | None:
    """A cell of a column of durations: also hours and minutes as a spreadsheet writes
    them (« 7:30 », « 210:00 »)."""
    if unit in {"h", ""} and (hhmm := _hours_minutes(toks)) is not None:
        return hhmm, False
    return _value(toks, unit, hours_per_day, days_unit)


def _value(toks: Sequence[Token], unit: str, hours_per_day: float, days_unit: bool
           ) -> tuple[float, bool] | None:
    """(hours, guessed) of one cell: a bare number under a unit header, or a number and
    its unit; None for anything else (dates, clock times, text)."""
    words = [t for t in toks if t.kind != "punct"]
    numbers = [t for t in words if t.kind == "number"]
    if not numbers or toks[0].word in _MINUS and toks[0].end <= numbers[0].start:
        return None  # « – 14 h »: a gap, not a period
    mentions = hour_mentions(toks)
    if len(words) == len(numbers) and unit and len(numbers) <= 2:
        value = sum((t.value or 0) * (1000 if k < len(numbers) - 1 else 1)
                    for k, t in enumerate(numbers))
        if len(numbers) == 2 and not (len(numbers[1].text) == 3 and numbers[0].end + 1
                                      == numbers[1].start):
            return None
        return (value, False) if unit == "h" else (
            value * hours_per_day, not days_unit)
    if any(rate_after(toks, n.end) for n in mentions):
        return None  # « 3 j/sem. »: a rhythm, not a duration
    if len(mentions) == 2 and mentions[1].unit == "h" and any(
            t.word == "soit" for t in toks[mentions[0].end:mentions[1].at]):
        return mentions[1].value, False  # « 24 jours, soit 168 heures »: the hours written
    if len(mentions) != 1 or len(words) > len(numbers) + 2:
        return None
    m = mentions[0]
    if m.unit == "h":
        return m.value, False
    if m.unit == "d":
        return m.value * hours_per_day, not days_unit
    if m.unit == "hd":
        return m.value * hours_per_day / 2, True
    return m.value * 5 * hours_per_day, True


def _hours_minutes(toks: Sequence[Token]) -> float | None:
    """« 7:30 », « 210:00 », « 31h30 »: hours and minutes, the cell's only figure."""
    if len(toks) != 3 or toks[1].word not in {":", "h"} or toks[0].kind != "number" \
            or toks[2].kind != "number" or len(toks[2].text) != 2 \
            or toks[0].end != toks[1].start or toks[1].end != toks[2].start:
        return None
    minutes = toks[2].value or 0.0
    return None if minutes >= 60 else (toks[0].value or 0.0) + minutes / 60


# Header words of a column of clock times (« Heure », « Arrivée », « Départ »): « 14:00 »
# there is a moment, never a duration.
_CLOCK_HEADER = frozenset({"heure", "horaire", "horaires", "debut", "fin", "arrivee",
                           "depart", "h"})


def _durations_column(head: Sequence[Token]) -> bool:
    words = {t.word for t in head if t.kind == "word"}
    return bool(words) and not words <= _CLOCK_HEADER


# Over the complexity limit (11 > 10): a listed exception, to split.
def _docx_table(reading: Reading, first: int, last: int, hours_per_day: float,  # noqa: C901
                days_unit: bool) -> TableHours | None:
    cells = reading.sentences[first:last]
    rows: list[_Row] = []
    key: tuple[int, float] | None = None
    for s in cells:
        b = reading.block(s)
        here = (b.page, round(b.y, 4))
        if key != here:
            rows.append(_Row([], []))
            key = here
        cell = rows[-1].cells[-1] if rows[-1].cells else None
        if cell is not None and cell.blocks[-1] == s.blocks[0]:
            # « lun. 02/02 »: one cell the sentence splitter cut after an abbreviation is
            # still one cell — two would shift the row's columns.
            rows[-1].cells[-1] = cell._replace(text=f"{cell.text} {s.text}",
                                               norm=f"{cell.norm} {s.norm}", last=s.last)
            rows[-1].toks[-1] = reading.tokens[cell.first:s.last]
            continue
        rows[-1].cells.append(s)
        rows[-1].toks.append(reading.tokens_of(s))
    if max(len(r.cells) for r in rows) < 2:
        return None  # not a grid the reader can tell columns in
    titled: list[Sequence[Token]] = []
    if (len(rows) >= 3 and len(rows[0].cells) == 1 and len(rows[1].cells) >= 2
            and _column(rows[1].toks) is not None):
        # A title typed in a merged first row (« Périodes en entreprise » over « Structure
        # | Dates | Heures », blind20): the header is the row under it when it names the
        # durations' column, the title is the table's caption. (« Attestation de stage »
        # over label | value rows stays a form.)
        titled, rows = rows[0].toks, rows[1:]
    header = rows[0]
    rated = _rate_columns(header.toks) if len(rows) >= 2 else None
    if rated is not None:
        return _rated_table(reading, rows, first, cells, rated)
    if (week := _weekday_table(reading, rows, first, cells)) is not None:
        return week
    if (review := _review_row(reading, rows, first, cells, hours_per_day, days_unit)):
        return review
    col = _column(header.toks) if len(rows) >= 2 else None
    if col is None:
        return _hours_row(reading, rows, first, cells, hours_per_day, days_unit)
    c, unit = col
    if (rate := _day_rate(header.toks[c])) is not None:
        # The header gives the hours of a day: days at a written rate are not a guess.
        hours_per_day, days_unit = rate, True
    width = len(header.cells)
    # Only words after the durations' column (« Observations », « Remarque »): no other
    # figure a row with empty cells could have shifted into it.
    notes_after = all(_notes(toks) for toks in header.toks[c + 1:])
    caption = titled + _caption(reading, first, cells[0].page)
    head_words = [t for toks in header.toks for t in toks]
    read: list[tuple[str, float, bool, _Row]] = []
    total: tuple[float, _Row] | None = None
    labels: list[Token] = []
    unplaced = 0  # rows whose cells could not be put in their columns
    gap_rows = 0  # « Écart », « Différence »: the gap between planned and done, no period
    # A row with a cell left empty before the durations (only remarks may be empty): what
    # it holds the reader cannot tell.
    gaps = False
    for row in rows[1:]:
        if row.toks and any(t.word in _GAP_ROW for t in row.toks[0][:1]):
            gap_rows += 1
            continue
        gaps = gaps or not (len(row.cells) == width
                            or notes_after and len(row.cells) == c + 1)
        if len(row.cells) == width:
            k = c
        elif c == width - 1 or len(row.cells) <= c:
            k = len(row.cells) - 1  # merged or empty cells: the duration stays last
        elif notes_after:
            # « Février 2026 | 140 | » under « Mois | Heures | Observations »: the cells
            # left empty are the notes after the durations, the row keeps its columns.
            k = c
        else:
            unplaced += 1
            continue
        got = (_duration if _durations_column(header.toks[c]) else _value)(
            row.toks[k], unit, hours_per_day, days_unit)
        if got is None or k == 0:
            continue
        name = [t for toks in row.toks[:k] for t in toks]
        if any(t.word in _TOTAL_ROW for t in name):
            total = (got[0], row)
            continue
        labels.extend(name)
        name_of = row.cells[0].text
        if unit == "d" and hours_per_day:
            # The quote shows the days written, not only the hours they make.
            name_of += f" ({num(got[0] / hours_per_day)} j)"
        read.append((name_of, got[0], got[1], row))
    where = reading.blocks[cells[0].blocks[0] - 1].text if cells[0].blocks[0] > 0 else ""
    where = where if caption else " | ".join(c.text for c in header.cells)
    # Every row under the header gave its duration (or is the « Total », or the gap
    # between planned and done, « Écart | | – 14 h », which is no period): nothing left
    # unread that the sum would miss.
    complete = len(read) + (total is not None) + gap_rows == len(rows) - 1
    found = _judge(reading, caption, head_words, labels, read, total, cells, where,
                   header.toks[0] if header.toks else [], _tie(header.toks[c]),
                   complete and not gaps, _done(header.toks[c]))
    if found is not None and unplaced and total is None and not found.figure.doubt:
        # Rows the reader could not put in their columns: what it read is a part of the
        # table, never a figure to fail on.
        found = replace(found, figure=replace(found.figure,
                                              doubt="lignes du tableau non lues"))
    return found


# Week days as a header cell (« Lun », « Mardi »): the columns of a weekly timesheet.
_DAY_NAMES = frozenset({"lun", "mar", "mer", "jeu", "ven", "sam", "dim", "lundi", "mardi",
                        "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
# A row that names a week of the calendar, or a run of them: « S1 », « Sem. 2 »,
# « Semaine 3 », « S3 à S8 », « du 6 au 10 janvier », « Semaine du 13/01 ».
_WEEK_LABEL = re.compile(r"^(?:(?:s|sem\.?|semaine)\s*\d{1,2}\b|(?:semaine\s+)?du\s+\d)")


def _someone_above(caption: list[Sequence[Token]]) -> bool:
    """The lines above the table name someone else (« M. Ferreira », « ma collègue »): the
    periods may be theirs."""
    above = [t for toks in caption for t in toks]
    return _someone_named(above) or any(t.word in _STAFF for t in above)


def _weekday_table(reading: Reading, rows: list[_Row], first: int,
                   cells: Sequence[Sentence]) -> TableHours | None:
    """« Semaine | Lun | Mar | Mer | Jeu | Ven | Total » then a row per week (« S1 | 7h | …
    | 35h », « S3 à S8 | idem | … | 210h ») and a « TOTAL » / « Cumul » row: a timesheet
    kept week by week, the candidate's record of attendance. Its written total is the
    hours done: sure when the weeks add up to it and nothing above the table names
    someone else, else a reading to confirm. Week-day rows stay out of ``_judge``: under
    « Lundi | 9h-12h » a table is a typical week, not a placement — here the days are
    the columns, every row a dated or numbered week, and a total sums them."""
    header = rows[0]
    days = [c for c, toks in enumerate(header.toks)
            if [t.word for t in toks if t.kind != "punct"][:1] and all(
                t.word in _DAY_NAMES for t in toks if t.kind != "punct")]
    if len(days) < 3 or len(rows) < 3:
        return None
    last = header.toks[-1]
    total_col = len(header.toks) - 1 if last and last[0].word in _TOTAL_ROW \
        and len(header.toks) - 1 > days[-1] else None
    got = _week_rows(rows, days, total_col)
    if got is None:
        return None
    weeks, grand, unsure = got
    # A single week is a typical week's timetable; without a written total, no record.
    if grand is None or len(weeks) + unsure < 2:
        return None
    value = grand[0]
    if not PLACEMENT_LIMITS[0] <= value <= PLACEMENT_LIMITS[1]:
        return None
    caption = _caption(reading, first, cells[0].page)
    cap = next((c for c in map(_tie, caption) if c), 0)
    if cap < 0:
        return None  # « Emploi du temps de la formation »: not the placement
    someone_above = _someone_above(caption)
    agree = not unsure and abs(sum(v for _, v in weeks) - value) < 0.5
    certain = agree and not someone_above and not _a_plan(caption)
    where = reading.blocks[cells[0].blocks[0] - 1].text if caption and cells[0].blocks[0] \
        else " | ".join(c.text for c in header.cells)
    pieces = [f"{name} : {num(v)}" for name, v in weeks[:4]] + [f"Total : {num(value)}"]
    quote = quote_around(f"{where} — {' ; '.join(pieces)}", 0, 0, 0, 160)
    return TableHours(
        Figure(value, grand[1].cells[0].page, quote, "tableau, ligne Total", total=True,
               stated=certain, inferred=not certain, label="table",
               sentence=cells[0].index),
        frozenset(s.index for s in cells))


def _week_rows(rows: list[_Row], days: list[int], total_col: int | None
               ) -> tuple[list[tuple[str, float]], tuple[float, _Row] | None, bool] | None:
    """Each week's (name, hours) of a weekday timesheet, its « Total » row, and whether a
    week could not be read or its days do not make its total; None when a row is no week."""
    header = rows[0]
    weeks: list[tuple[str, float]] = []
    grand: tuple[float, _Row] | None = None
    unsure = False  # a week whose hours could not be read, or whose days and total differ
    for row in rows[1:]:
        label = row.cells[0].text.strip().lower()
        if row.toks[0][:1] and row.toks[0][0].word in _TOTAL_ROW:
            got = _duration(row.toks[-1], "h", 0.0, True) if len(row.cells) >= 2 else None
            if got is None:
                return None
            grand = (got[0], row)
            continue
        if grand is not None or not _WEEK_LABEL.match(label):
            return None  # a row that is no week (« Semaine type », « Formation »)
        day_hours = [_duration(row.toks[c], "h", 0.0, True) if len(row.cells) == len(
            header.cells) else None for c in days]
        read_days = None if any(v is None for v in day_hours) \
            else sum(v[0] for v in day_hours if v is not None)
        written = _duration(row.toks[-1], "h", 0.0, True) \
            if total_col is not None and len(row.cells) >= 2 else None
        if written is not None:
            unsure = unsure or (read_days is not None and abs(read_days - written[0]) >= 0.5)
            weeks.append((row.cells[0].text, written[0]))
        elif read_days is not None:
            weeks.append((row.cells[0].text, read_days))
        else:
            unsure = True
    return weeks, grand, unsure


def _notes(toks: Sequence[Token]) -> bool:
    """A header of remarks, not of figures: « Observations », « Remarque », « Commentaires »."""
    return any(t.word in _NOTES_HEADER for t in toks) and not any(
        t.word in _HOURS_HEADER | _DAYS_HEADER | _DURATION_HEADER for t in toks)


def _bare(toks: Sequence[Token]) -> float | None:
    words = [t for t in toks if t.kind != "punct"]
    if len(words) == 1 and words[0].kind == "number" and words[0].value:
        return float(words[0].value)
    return None


def _rated_table(reading: Reading, rows: list[_Row], first: int, cells: Sequence[Sentence],
                 rated: tuple[int, int]) -> TableHours | None:
    """« Semaines | Heures par semaine » rows: each row's weeks (or days) times its rate.
    Weeks times a week's hours, every row read with both its cells, multiply as a jury
    member multiplies them (the blind writers of devset, devset3t and devset9b label the
    result sure): then the table is judged like any record of periods. Days times a
    day's rate stay a reading to confirm."""
    rate_c, count_c = rated
    header = rows[0]
    weekly = _rate(header.toks[rate_c]) == "w"
    read: list[tuple[str, float, bool, _Row]] = []
    unread = 0  # rows, other than a Total, whose weeks or rate could not be read
    for row in rows[1:]:
        if any(t.word in _TOTAL_ROW for t in row.toks[0][:1]):
            continue
        if len(row.toks) != len(header.toks):
            unread += 1
            continue
        rate, count = _bare(row.toks[rate_c]), _bare(row.toks[count_c])
        if rate is None or count is None:
            unread += 1
            continue
        name = row.cells[0].text if min(rate_c, count_c) > 0 else ""
        # A week of 10 to 45 hours, a whole number of weeks within a year: a product the
        # candidate wrote in two cells, not a guess.
        plain = weekly and 10 <= rate <= 45 and count == int(count) and 1 <= count <= 52
        read.append((name, rate * count, not plain, row))
    if not read:
        return None
    caption = _caption(reading, first, cells[0].page)
    head_words = [t for toks in header.toks for t in toks]
    where = " | ".join(c.text for c in header.cells)
    return _judge(reading, caption, head_words, [], read, None, cells, where,
                  header.toks[0] if header.toks else [], complete=not unread)


def _hours_row(reading: Reading, rows: list[_Row], first: int, cells: Sequence[Sentence],
               hours_per_day: float, days_unit: bool) -> TableHours | None:
    """A table laid on its side: « Heures de stage | 196 | 196 » under « Période | PAE 1 |
    PAE 2 », or a single « Nombre d'heures en entreprise | 392 » row."""
    for r, row in enumerate(rows):
        if len(row.cells) < 2:
            continue
        col = _column(row.toks[:1])
        if col is None or col[1] not in {"h", "d"}:
            continue
        values = [_value(t, col[1], hours_per_day, days_unit) for t in row.toks[1:]]
        if not values or any(v is None for v in values):
            continue
        names = rows[0].cells[1:] if r > 0 and len(rows[0].cells) == len(row.cells) else []
        read: list[tuple[str, float, bool, _Row]] = []
        total: tuple[float, _Row] | None = None
        for k, v in enumerate(values):
            assert v is not None
            name = names[k].text if names else ""
            if name and any(t.word in _TOTAL_ROW for t in reading.tokens_of(names[k])):
                total = (v[0], row)
            else:
                read.append((name, v[0], v[1],
                             _Row([names[k] if names else row.cells[0]], [])))
        caption = _caption(reading, first, cells[0].page)
        head = [t for toks in (row.toks[:1] + (rows[0].toks if r > 0 else [])) for t in toks]
        where = row.cells[0].text
        return _judge(reading, caption, head, [], read, total, cells, where, [])
    return None


# Header words of a column of what was aimed at, beside the one of what was done.
_AIMED = frozenset({"objectif", "objectifs", "cible", "attendu", "attendus", "convention"})


def _done_cell(header: _Row, row: _Row) -> int | None:
    """« Indicateur | Objectif | Réalisé | Écart » above « Heures de stage | 175 | 161 |
    -14 », « | Prévu (convention) | Réalisé » above « Durée en heures | 84 | 77 »: a
    review of the placement, plan against result. The row's cell under the one column
    that says done, when another says planned — the plan is no period of its own and the
    gap no period at all. (A first header cell left empty is often not a cell: the
    columns are matched from the right.)"""
    shift = len(row.toks) - len(header.toks)
    done = [c for c, toks in enumerate(header.toks) if _done(toks) and not _planned(toks)]
    if shift < 0 or len(done) != 1 or not any(
            _planned(toks) or any(t.word in _AIMED for t in toks) for toks in header.toks):
        return None
    return done[0] + shift if done[0] + shift >= 1 else None


def _review_row(reading: Reading, rows: list[_Row], first: int, cells: Sequence[Sentence],
                hours_per_day: float, days_unit: bool) -> TableHours | None:
    """The hours done of a review of the placement (see ``_done_cell``): the row whose
    first cell names hours or days, its cell under « Réalisé », judged as the column of
    hours done of any table — sure when the row or the header names the placement."""
    for row in rows[1:]:
        col = _column(row.toks[:1])
        done = _done_cell(rows[0], row)
        if col is None or col[1] not in {"h", "d"} or done is None:
            continue
        got = _value(row.toks[done], col[1], hours_per_day, days_unit)
        return None if got is None else _done_of_plan(reading, rows, row, done, first,
                                                       cells, got)
    return None


def _done_of_plan(reading: Reading, rows: list[_Row], row: _Row, done: int, first: int,
                  cells: Sequence[Sentence], got: tuple[float, bool]) -> TableHours | None:
    caption = _caption(reading, first, cells[0].page)
    head = [t for toks in row.toks[:1] + rows[0].toks for t in toks]
    # « Prévu (convention) »: the plan is the placement's agreement — the placement's.
    tie = 1 if any(t.word == "convention" for t in head) else 0
    where = f"{row.cells[0].text} ({rows[0].cells[done - len(row.toks)].text})"
    return _judge(reading, caption, head, [], [("", got[0], got[1], _Row([row.cells[0]], []))],
                  None, cells, where, [], column_tie=tie, column_done=True)


def _judge(reading: Reading, caption: list[Sequence[Token]], head: Sequence[Token],  # noqa: C901
           labels: Sequence[Token], read: list[tuple[str, float, bool, _Row]],
           total: tuple[float, _Row] | None, cells: Sequence[Sentence], where: str,
           first_header: Sequence[Token], column_tie: int = 0,
           complete: bool = False, column_done: bool = False) -> TableHours | None:
    """Whether a table read as durations is the placement, and how sure that is.
    ``column_tie``: what the header of the column read names (« En entreprise »: the
    placement, whatever the rows are — modules, months). ``complete``: every row of the
    table gave its duration, no cell before it left empty. ``column_done``: the header
    of the column read says done (« Réalisé », « Heures effectuées »)."""
    del labels  # each row is judged by its own name
    # The line nearest the table that says what it holds is its caption.
    cap = next((c for c in map(_tie, caption) if c), 0)
    hed = 1 if column_tie > 0 else _tie(_dates_column_dropped(head))
    someone_above = _someone_above(caption)
    if cap > 0 and someone_above:
        # « Voici les stages que M. Ferreira a faits avant son embauche. », « les périodes
        # de ma collègue »: the caption names the placement, but someone else's — a
        # reading to confirm at most.
        cap = 0
    # The header is nearer the figures than the caption: it says what they count.
    cap = hed or cap
    # « Structure | Durée | Heures », « Dates | Lieu | Durée »: a column of places. Its
    # cells name where the hours were done (« Atelier chantier d'insertion Ty Coat » is a
    # structure, not a workshop); a column of dates beside it makes the table a record of
    # periods: where, when, how long.
    places = any(t.word in _PLACE_HEADER for t in first_header) or (
        sum(1 for t in head if t.word in _PLACE_HEADER) == 1)
    dated = places and any(t.word in _DATES_HEADER for t in head)
    kept = []
    for name, v, g, row in read:
        first = [t for toks in row.toks[:1] for t in toks] if row.toks else []
        words = [t for toks in row.toks for t in toks]
        tie = _tie(first)
        if tie < 0 and places and not any(t.word in _NOT_A_PLACE_ROW for t in words):
            tie = 0
        if tie < 0 and (column_tie > 0 or _WEEK_ROW.match(row.cells[0].text.strip().lower())):
            # « Module 1 | 210 h | 140 h » under « En entreprise »; « S1 (lundi 12 janvier) »:
            # a week of the calendar, not a weekday's row.
            tie = 0
        if tie < 0 and cap > 0 and not any(t.word in _NOT_A_PERIOD_ROW for t in first):
            # Under « Période en entreprise », « Agence d'intérim d'insertion – mars » is a
            # structure that hosted a period, not someone's job; modules, workshops,
            # leave or week days stay out.
            tie = 0
        if tie >= 0:
            kept.append((name, v, g, row, tie))
    mixed = len(kept) < len(read)  # rows of modules or workshops next to a placement
    rows_name_it = any(tie > 0 for *_, tie in kept)
    if cap < 0:
        # A table about something else (« Organisation de la formation »): only the rows
        # that name the placement themselves (« Stage en entreprise | 385 »).
        kept = [k for k in kept if k[4] > 0]
        mixed = mixed or len(kept) < len(read)
        if not kept:
            return None
    # « Structure d'accueil | Dates | Heures effectuées »: the hours the candidate did at
    # the structures that hosted the placement; « Heures prévues » alone: only the plan.
    # (In a PDF header line the places' column need not come first: « Période  Structure
    # Heures réalisées ».)
    done_where = _done(head) and any(t.word in _PLACE_HEADER for t in head)
    # Rows shorter than a day (« 12/03 | Mission Locale | 2 h ») are interviews or
    # workshops at a place, not periods there.
    short = any(k[1] < PLACEMENT_LIMITS[0] for k in kept)
    # Places, dates and durations with nothing that says whose periods they were: the
    # candidate's placement as often as the immersions they arranged for the person
    # (« Les immersions de Mme K. », « PMSMP proposées… »). Read, but only to confirm:
    # never a failure on that guess.
    # « S1 | CHRS … | 5 », « Semaine 2 | … »: one person's calendar, week by week — the
    # candidate's own (a person's immersions are not told week after week).
    # (« Semaine | Lieu | Volume horaire » then rows « 1 », « 2 », « 3 », or rows named by
    # their Mondays: the header names the first column, the rows only number the weeks —
    # whose table it is; their sum without a « Total » row stays to confirm: a week « à
    # venir » has no hours to read)
    weekly = len(kept) >= 2 and (all(_WEEK_ROW.match(k[3].cells[0].text.strip().lower())
                                     for k in kept) or (
        bool(first_header) and first_header[0].word in {"semaine", "semaines", "sem", "s"}
        and (all(k[3].cells[0].text.strip().isdigit() for k in kept)
             and _weeks_in_order(kept) or _mondays_in_order(kept))))
    # « Date | Horaires | Heures » and a row per day (« lun. 02/02 | 9h-12h / 13h-17h | 7 »)
    # summed up in a « Total » row: one person's attendance, day after day — the
    # candidate's own record (a CIP does not copy a person's timesheet into a dossier).
    timesheet = total is not None and cap >= 0 and not someone_above \
        and _a_timesheet(first_header, head, kept)
    positive = cap > 0 or hed > 0 or rows_name_it or done_where or (weekly and cap >= 0) \
        or timesheet
    # « Période | Nb de jours (7h) », « Semaine | Jours au CCAS »: periods of whole days
    # with nobody named, to confirm.
    day_rows = any(t.word in _DATES_HEADER for t in first_header) and any(
        t.word in _DAYS_HEADER for t in head)
    weak = not positive and (any(t.word in _PLACE_HEADER for t in first_header)
                             or (places and not short) or (dated and cap >= 0 and not short)
                             or (day_rows and cap >= 0 and not short)
                             # « Mois | Heures accomplies »: periods and the hours done
                             or (cap >= 0 and not short and _done(head) and any(
                                 t.word in _DATES_HEADER for t in first_header)))
    # A column planned beside the one done: the reader chose between two, to confirm.
    # (Not when a column of hours done stands beside it: ``_column`` read that one.)
    planned_only = _planned(head) and not _done(head)
    if not positive and not weak or not kept and (total is None or mixed):
        return None
    parts = sum(k[1] for k in kept)
    guessed = any(k[2] for k in kept)
    if total is not None and not mixed:
        value = total[0]
        agree = not kept or abs(parts - value) < 0.5
    else:
        value, agree = parts, True
    if not PLACEMENT_LIMITS[0] <= value <= PLACEMENT_LIMITS[1]:
        return None
    # « Structure | Dates | Durée », « Période | Lieu | Heures » and its « Total » row, with
    # nobody named in it or just above it: the record of the candidate's own periods that
    # a dossier sums up (every blind writer of the tuning sets labels it sure), not a
    # person's immersions, which a CIP tells with the person's name or the word
    # « immersion ». Beside a column of hours planned, the column of hours done is the
    # sure one (« Mois | Prévues | Effectuées »).
    # Without its written total, the same record is a sure statement of the sum (the
    # owner's policy, stop 25: a jury adds the cells) when every row gave its hours, no
    # cell before them is empty, no row is a training, a job or volunteering, nobody is
    # named (no tutor, no colleague) and nothing says it is a plan.
    chosen = not _planned(head) or column_done
    record = weak and not short and not mixed and chosen \
        and _a_record_of_periods(first_header, head, caption, kept) and (
            total is not None or complete and cap >= 0
            and _a_clean_record(head, caption, kept))
    # « Planning prévisionnel de mes stages », « Mes périodes à venir »: what was planned,
    # unless the column read is the one of the hours done.
    certain = (positive or record) and agree and not guessed and not mixed \
        and not planned_only and (column_done or not _a_plan(caption)) and not (
            someone_above and total is None)
    pieces = [f"{name} : {num(v)}" if name else num(v) for name, v, *_ in kept[:4]]
    if total is not None and not mixed:
        pieces.append(f"Total : {num(total[0])}")
    quote = quote_around(f"{where} — {' ; '.join(pieces)}", 0, 0, 0, 160)
    how = ("tableau : " + " + ".join(f"{num(k[1])} h" for k in kept)
           if kept and (total is None or mixed or len(kept) > 1) else "tableau, ligne Total")
    row = total[1] if total is not None and not mixed else kept[0][3]
    # Rows added up with no « Total » written: a row on the next page or a cell not read
    # would change the sum — a sure reading, but not one to fail on. A calendar numbered
    # week after week from the first (« S1 … S5 ») shows that no week is missing.
    # Rows that name the placement's periods, every one with its hours, add up as a jury
    # member adds them (every blind writer labels that sum sure); a row whose hours cell
    # is empty or not read (« PLIE | à venir »), or a week missing from a numbered
    # calendar (« Semaine 1, 2, 4 »), leaves it a sum to confirm.
    numbered = weekly and all(_WEEK_ROW.match(k[3].cells[0].text.strip().lower())
                              for k in kept)
    in_order = numbered and _weeks_in_order(kept)
    whole = complete and (positive or record) and not mixed and (in_order or not numbered)
    doubt = "" if total is not None and not mixed or len(kept) < 2 or whole or in_order \
        else f"somme de {len(kept)} lignes, sans total écrit"
    return TableHours(
        Figure(value, row.cells[0].page, quote, how, total=True, stated=certain,
               inferred=not certain, label="table", sentence=cells[0].index, doubt=doubt),
        frozenset(s.index for s in cells))


# Header words of the columns of a timesheet: the times of arrival and leaving.
_CLOCK_HEADER = frozenset({"horaires", "horaire", "arrivee", "depart", "entree", "sortie"})
_DAY_AND_MONTH = re.compile(r"\b\d{1,2}/\d{1,2}\b")


def _a_timesheet(first_header: Sequence[Token], head: Sequence[Token],
                 kept: Sequence[tuple[str, float, bool, _Row, int]]) -> bool:
    """A table of dates and clock times (« Date | Horaires | hrs », « Date | Arrivée |
    Départ | Durée ») whose rows are days (« lun. 02/02 »): a record of attendance."""
    return len(kept) >= 3 and any(t.word in {"date", "dates"} for t in first_header) \
        and any(t.word in _CLOCK_HEADER for t in head) \
        and all(_DAY_AND_MONTH.search(k[3].cells[0].text) for k in kept)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$|^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _a_record_of_periods(first_header: Sequence[Token], head: Sequence[Token],
                         caption: list[Sequence[Token]],
                         kept: Sequence[tuple[str, float, bool, _Row, int]]) -> bool:
    """A table whose first column names the places or the dates of periods (« Structure »,
    « Lieu », « Période », « Dates », « Mois »), with no other person, no immersion or PMSMP
    in its header, its rows or the lines just above it."""
    if not first_header or first_header[0].word not in _PLACE_HEADER | _DATES_HEADER:
        return False
    return not _someone_named([*head, *(t for toks in caption for t in toks),
                               *(t for k in kept for toks in k[3].toks for t in toks)])


# Words that make a table a plan (« Planning prévisionnel », « Périodes à venir »).
_PLAN_WORDS = ("prévu", "prevu", "prévision", "prevision", "planifi", "programm", "envisag",
               "futur", "souhait", "objectif")
# Staff a table of periods may name beside them (a tutor, a colleague): the periods may
# then be theirs as well.
_STAFF = frozenset({w + e for w in (
    "tutrice", "tuteur", "collegue", "conseillere", "conseiller", "referente", "referent",
    "formatrice", "formateur", "directrice", "directeur", "responsable", "encadrante",
    "encadrant", "animateur", "animatrice", "educateur", "educatrice", "intervenant",
    "intervenante", "benevole", "equipe", "demandeur", "demandeuse", "apprenti",
    "apprentie", "eleve", "etudiant", "etudiante") for e in ("", "s")})


def _a_clean_record(head: Sequence[Token], caption: list[Sequence[Token]],
                    kept: Sequence[tuple[str, float, bool, _Row, int]]) -> bool:
    """A table of periods whose sum is sure without a written total: no staff named in its
    header, its rows or the lines above it, no row that is a training, a job or
    volunteering (« CDD », « Bénévolat », « Formation ») or a plan (« prévu en juin »)."""
    if _skips_a_week(kept):
        return False
    if any(t.word in _STAFF for t in [*head, *(t for toks in caption for t in toks)]):
        return False
    for k in kept:
        words = [t for toks in k[3].toks for t in toks]
        if any(t.word in _STAFF or t.text.lower().startswith(_PLAN_WORDS)
               or cue_of(words, j) < 0 for j, t in enumerate(words)):
            return False
    return True


def _a_plan(caption: list[Sequence[Token]]) -> bool:
    """Lines above a table that say it is a plan (« Planning prévisionnel », « Stages
    prévus », « Mes périodes à venir »)."""
    near = [t for toks in caption for t in toks]
    return any(t.text.lower().startswith(_PLAN_WORDS) for t in near) or any(
        t.word == "venir" and j and near[j - 1].word == "a" for j, t in enumerate(near))


def _skips_a_week(kept: Sequence[tuple[str, float, bool, _Row, int]]) -> bool:
    """Rows that number the weeks (« 1, 2, 4 », « S1, S2, S4 ») or name them by their
    Mondays, with one left out: a week whose hours the table does not give."""
    firsts = [k[3].cells[0].text.strip().lower() for k in kept]
    if all(f.isdigit() or _WEEK_ROW.match(f) for f in firsts):
        return not _weeks_in_order(kept)
    if all(_ISO_DAY.match(f) for f in firsts):
        return not _mondays_in_order(kept)
    return False


# Another person (possessives left out: « Mes stages et leurs dates » is the candidate's).
_OTHER_PERSON = THIRD_PARTY - {"son", "sa", "ses", "leur", "leurs"}


def _someone_named(words: Sequence[Token]) -> bool:
    """Another person (« Mme T. », « M. Ferreira », « le jeune », « son »), or an immersion
    or a PMSMP, the placements a CIP arranges for the people it accompanies."""
    return any(t.word in THEIR_PLACEMENT or t.word in _OTHER_PERSON
               or (t.word == "m" and j + 1 < len(words) and words[j + 1].word == ".")
               for j, t in enumerate(words))


def _mondays_in_order(kept: Sequence[tuple[str, float, bool, _Row, int]]) -> bool:
    """« 2026-02-02 », « 2026-02-09 », « 2026-02-16 »…: a week per row, named by the date it
    opens on, seven days apart with none left out (a calendar pasted from a spreadsheet)."""
    import datetime

    days = []
    for k in kept:
        hit = _ISO_DAY.match(k[3].cells[0].text.strip())
        if hit is None:
            return False
        y, mo, d = (hit.group(1), hit.group(2), hit.group(3)) if hit.group(1) else (
            hit.group(6), hit.group(5), hit.group(4))
        try:
            days.append(datetime.date(int(y), int(mo), int(d)))
        except ValueError:
            return False
    return all((b - a).days == 7 for a, b in zip(days, days[1:], strict=False))


def _weeks_in_order(kept: Sequence[tuple[str, float, bool, _Row, int]]) -> bool:
    """« S1 », « S2 », « Semaine 3 »…: the rows number the weeks 1, 2, 3… with none left out."""
    numbers = [re.search(r"\d{1,2}", k[3].cells[0].text) for k in kept]
    return all(numbers) and [int(n.group()) for n in numbers if n] == list(
        range(1, len(kept) + 1))


def _line_tables(reading: Reading, hours_per_day: float, days_unit: bool
                 ) -> list[TableHours]:
    """Tables drawn as lines: « Structure Dates Heures » then « CCAS … 175 »."""
    out: list[TableHours] = []
    blocks = reading.blocks
    # The last character first: most lines of a dossier end otherwise, and are not
    # lowered or stripped.
    candidates = [i for i, b in enumerate(blocks)
                  if b.text[-1:] in _HEADER_LAST and len(b.text) < 80 and not b.in_table
                  and b.text.rstrip(" )").lower().endswith(_HEADER_ENDINGS)]
    if not candidates:
        return out
    by_block = _BlockSentences(reading)
    for hb in candidates:
        head = _block_tokens(reading, by_block, hb)
        words = [t for t in head if t.kind != "punct"]
        if not 2 <= len(words) <= 8 or any(t.kind == "number" for t in head) \
                or not _ends_on_hours(words):
            continue
        read, total, labels, used, interrupted = _line_rows(reading, by_block, hb)
        if not read and total is None:
            continue
        s = by_block[hb]
        # In a PDF the caption line often runs into the header line's sentence.
        above = [t for t in reading.tokens_of(s) if t.block < hb]
        caption = ([above] if above else []) + _caption(reading, s.index, s.page)
        where = blocks[hb - 1].text if hb > 0 and caption else blocks[hb].text
        # Every row read: the table stopped on a line of its page that is no row (or the
        # document ended), not at the foot of the page where it may go on.
        end = max((t.block for *_, row in read for toks in row.toks for t in toks),
                  default=hb) + 1
        complete = not interrupted and (end >= len(blocks) or (
            blocks[end].page == blocks[hb].page and end in by_block
            and _row_value(_block_tokens(reading, by_block, end)) is None))
        found = _judge(reading, caption, head, labels, read, total, [s], where, head[:1],
                       complete=complete, column_done=_done(words[-1:]))
        if found is not None:
            figure = found.figure
            if interrupted:
                figure = replace(figure, stated=False, inferred=True)
            out.append(TableHours(figure, frozenset(used)))
    return out


def _line_rows(reading: Reading, by_block: _BlockSentences, hb: int
               ) -> tuple[list[tuple[str, float, bool, _Row]], tuple[float, _Row] | None,
                          list[Token], set[int], bool]:
    """The rows under the header line ``hb``: each read row, the Total row, the rows'
    words, the sentences used, and whether a row was left unread."""
    blocks = reading.blocks
    read: list[tuple[str, float, bool, _Row]] = []
    total: tuple[float, _Row] | None = None
    labels: list[Token] = []
    used: set[int] = {by_block[hb].index} if hb in by_block else set()
    k = hb + 1
    interrupted = False
    while k < len(blocks) and k - hb <= 15 and blocks[k].page == blocks[hb].page \
            and k in by_block:
        toks = _block_tokens(reading, by_block, k)
        value = _row_value(toks)
        wrapped: list[int] = []
        if value is None:
            # A first cell wrapped over two lines comes out as its own blocks, before
            # the rest of its row (« Atelier chantier d'insertion Ty », « Coat »,
            # « 2 semaines 70 »): join them; a row left unread makes the table unsure.
            nxt = _wrapped_row_end(reading, by_block, blocks, k)
            if nxt is None:
                interrupted = _row_follows(reading, by_block, blocks, k)
                break
            wrapped = list(range(k, nxt))
            k = nxt
            toks = [t for j in wrapped for t in _block_tokens(reading, by_block, j)] \
                + list(_block_tokens(reading, by_block, k))
            value = _row_value(toks)
            if value is None:
                break
        name = [t for t in toks[:-1] if t.kind == "word"]
        used.update(by_block[j].index for j in [*wrapped, k])
        row = _Row([by_block[k]], [toks])
        if any(t.word in _TOTAL_ROW for t in name):
            total = (value, row)
            break
        labels.extend(name)
        read.append((" ".join(t.text for t in name[:4]), value, False, row))
        k += 1
    return read, total, labels, used, interrupted


def _short_text(reading: Reading, by_block: _BlockSentences, blocks: Sequence[Block],
                j: int) -> bool:
    toks = _block_tokens(reading, by_block, j)
    return 0 < len(blocks[j].text) <= 40 and not blocks[j].text.rstrip().endswith(
        (".", "!", "?", ":")) and _row_value(toks) is None


def _wrapped_row_end(reading: Reading, by_block: _BlockSentences, blocks: Sequence[Block],
                     k: int) -> int | None:
    """The block that ends a row whose first cell wrapped (short lines without a figure,
    then a line ending on one), or None."""
    j = k
    while j < len(blocks) and j - k < 3 and j in by_block \
            and blocks[j].page == blocks[k].page and _short_text(reading, by_block, blocks, j):
        j += 1
    if j == k or j >= len(blocks) or j not in by_block or blocks[j].page != blocks[k].page:
        return None
    return j if _row_value(_block_tokens(reading, by_block, j)) is not None else None


def _row_follows(reading: Reading, by_block: _BlockSentences, blocks: Sequence[Block],
                 k: int) -> bool:
    """Whether a line ending on a figure comes right after the place the table stopped
    being read: a row that could not be read, so the total is not sure."""
    for j in range(k, min(len(blocks), k + 3)):
        if j not in by_block or blocks[j].page != blocks[k].page:
            return False
        if len(blocks[j].text) <= 60 and _row_value(_block_tokens(reading, by_block, j)) \
                is not None:
            return True
    return False


# « Structure   Heures », « … Durée (h) », « … Heures réalisées »: how a header line of
# hours ends.
_HEADER_ENDINGS = ("heures", " h", "(h", "hrs", "réalisées", "realisees", "effectuées",
                   "effectuees", "faites")


def _ends_on_hours(words: Sequence[Token]) -> bool:
    """The last column of a header line is the hours, done or not (« Heures », « Heures
    réalisées », « Heures effectuées »)."""
    return words[-1].word in _HOURS_HEADER or (
        len(words) >= 2 and words[-2].word in _HOURS_HEADER
        and (_done(words[-1:]) or words[-1].word in {"faites"}))


def _is_hours_header(line: Sequence[Token]) -> bool:
    words = [t for t in line if t.kind != "punct"]
    return 2 <= len(words) <= 8 and not any(t.kind == "number" for t in line) \
        and _ends_on_hours(words)


def _lines(s: Sentence, toks: Sequence[Token]) -> list[list[Token]]:
    """The tokens of a sentence, line by line."""
    lines: list[list[Token]] = []
    cut = [k for k, ch in enumerate(s.text) if ch == "\n"] + [len(s.text)]
    for t in toks:
        line = next(n for n, c in enumerate(cut) if t.start < c)
        while len(lines) <= line:
            lines.append([])
        lines[line].append(t)
    return lines


def _paragraph_tables(reading: Reading) -> list[TableHours]:
    """A table typed as one paragraph, its columns aligned with spaces or tabs (« Lieu de
    stage      Semaines   Heures » then « Cap Emploi 35      2      70 » on the next lines
    of the same paragraph): read line by line like a table drawn as lines."""
    out: list[TableHours] = []
    for s in reading.sentences:
        if s.in_table or "\n" not in s.text or not s.text.rstrip(" )").lower().split(
                "\n", 1)[0].rstrip(" )").endswith(_HEADER_ENDINGS):
            continue
        lines = _lines(s, reading.tokens_of(s))
        if len(lines) < 2 or not _is_hours_header(lines[0]):
            continue
        read: list[tuple[str, float, bool, _Row]] = []
        total: tuple[float, _Row] | None = None
        for line in lines[1:]:
            value = _row_value(line)
            if value is None:
                break
            name = [t for t in line[:-1] if t.kind == "word"]
            row = _Row([s], [line])
            if any(t.word in _TOTAL_ROW for t in name):
                total = (value, row)
                break
            read.append((" ".join(t.text for t in name[:4]), value, False, row))
        if not read and total is None:
            continue
        head = lines[0]
        caption = _caption(reading, s.index, s.page)
        where = s.text.split("\n", 1)[0]
        found = _judge(reading, caption, head, [], read, total, [s], where, head[:1])
        if found is not None:
            out.append(TableHours(found.figure, frozenset({s.index})))
    return out


class _BlockSentences:
    """The sentence a block belongs to, found by bisection (sentences run in block order):
    no index of the whole dossier is built for the few lines a table reader looks at."""

    def __init__(self, reading: Reading) -> None:
        self.sentences = reading.sentences
        self.firsts = [s.blocks[0] for s in self.sentences]

    def get(self, b: int) -> Sentence | None:
        k = bisect.bisect_right(self.firsts, b) - 1
        if k < 0 or b not in self.sentences[k].blocks:
            return None
        return self.sentences[k]

    def __contains__(self, b: int) -> bool:
        return self.get(b) is not None

    def __getitem__(self, b: int) -> Sentence:
        s = self.get(b)
        if s is None:
            raise KeyError(b)
        return s


def _block_tokens(reading: Reading, by_block: _BlockSentences, b: int) -> list[Token]:
    s = by_block.get(b)
    return [] if s is None else [t for t in reading.tokens_of(s) if t.block == b]


def _row_value(toks: Sequence[Token]) -> float | None:
    """The bare number a table line ends on (« CCAS de Vannes 03/02 – 07/03 175 »)."""
    last = toks[-1] if toks else None
    if last is None or len(toks) < 2 or last.kind != "number" or last.value is None:
        return None
    before = toks[-2]
    if before.word in {"/", "-", "–", ".", ":"} and before.end == last.start:
        return None  # a date or a clock time
    if not any(t.kind == "word" for t in toks[:-1]):
        return None
    value: float = last.value
    if before.kind == "number" and len(last.text) == 3 and before.end + 1 == last.start \
            and before.text.isdigit() and len(before.text) <= 3 and not (
                len(toks) > 2 and toks[-3].word in {"/", "-", "–"}):
        value += 1000 * (before.value or 0)
    return value


# Shared with hours.py (a cover's lines read one by one).
lines_of = _lines
