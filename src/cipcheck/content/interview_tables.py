"""Tables of interviews: DOCX cells and PDF lines led by their date (« 12/03 | Accueil,
diagnostic | Réalisé »), numbered rows, label and date cells of one row; the row's other
cells say whether it was held.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_status import cancelled
from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.content.interview_whose import WITHOUT, group_event, without_person
from cipcheck.content.interview_words import (
    CALENDAR,
    DIGIT,
    NOUN_HINT,
    NOUNS,
    ROW_NUMBER,
    TOPIC_HEADER,
    TOPIC_WORDS,
    dates_in,
    fold_line,
    mentions_text,
    short,
)
from cipcheck.reading import Reading, Sentence, Token
from cipcheck.reading.tense import future_at


def one_per_row(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:
    """A table row is one meeting: a cell further along a row that opens on its own date
    (« 4/02 | Préparation | Entretien le 11/02 ») tells what comes next, not another
    meeting held."""
    for c in cands:
        if c.table is None or c.date is None or c.status != "held":
            continue
        # (by its document index: in a dossier, the part's first sentence is not 0)
        s = view.sentence(c.sentence)
        if s is None or not s.in_table or not s.blocks:
            continue
        if not any(d == c.date for _, d, _, _ in dates_in(s, view.tokens_of(s))):
            continue  # « 06/02 | … | Entretien 5 : … »: the row's date, given to its cell
        at = s.blocks[0]
        mine = view.blocks[at]
        if any(b.in_table and b.page == mine.page and abs(b.y - mine.y) < 1e-6
               and _DATE_CELL.match(b.text.strip())
               for b in view.blocks[max(0, at - 6):at]):
            c.status = "planned"
    return cands


# A cell that holds only a date: « 4/02 », « 04/02/2025 », « 12 mars », « Mardi 12 mars ».
_DATE_CELL = re.compile(r"^(?:[A-Za-zé]+\.?\s+)?\d{1,2}(?:er)?(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
                        r"|\s+[A-Za-zéû]+(?:\s+\d{4})?)$")


def merge_table_rows(cands: list[_Candidate]) -> list[_Candidate]:
    """In a table, a cell « Entretien 2 » and the cell « 14/03 » next to it are one row:
    one interview."""
    out: list[_Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        if p is not None and _next_one_arranged(p, c):
            out.append(c)
            continue
        if (p is not None and c.table is not None and p.table == c.table
                and ((p.rank is not None and p.date is None and c.date is not None
                      and c.rank is None)
                     or (p.date is not None and p.rank is None and c.rank is not None
                         and c.date is None))):
            p.rank = p.rank if p.rank is not None else c.rank
            p.date = p.date if p.date is not None else c.date
            if c.status != "held":
                p.status = c.status
            continue
        out.append(c)
    return out


def _next_one_arranged(p: _Candidate, c: _Candidate) -> bool:
    """« Premier entretien : parcours | Rendez-vous fixé au 03/02 »: the cell after a held
    one that names a meeting of its own, arranged or planned (a « Suite » column), is the
    next meeting, not this row's date."""
    return p.status == "held" and c.status == "planned" and c.table is not None \
        and bool(NOUN_HINT.search(fold_line(c.words)))


# Over the complexity limit (14 > 10): a listed exception, to split.
def table_cells(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:  # noqa: C901
    """Dated cells of a DOCX table that speaks of interviews (a header « Entretien »,
    « RDV », « Date »): each date is a row; the row's other cells say if it was held."""
    tables: dict[int, list[Sentence]] = {}
    table_id = 0
    prev = False
    for s in view.sentences:
        if s.in_table and not prev:
            table_id += 1
        prev = s.in_table
        if s.in_table:
            tables.setdefault(table_id, []).append(s)
    # (a cell that arranges the next meeting, « RDV fixé 21/01 », does not stand for the
    # row of that date: the row says itself whether it was held)
    dated = {(c.table, c.date) for c in cands if c.table is not None and c.date
             and c.status != "planned"}
    arranging = {c.sentence for c in cands if c.table is not None and c.date
                 and c.status == "planned"}
    for tid, cells in tables.items():
        words = {t.word for s in cells for t in view.tokens_of(s)}
        # Or its caption says it is the calendar of the interviews.
        before = [x for x in view.sentences if x.index < cells[0].index][-1:]
        caption = before[0].norm if before else ""
        # A « Date » column whose rows are topics of interviews (« Accueil, diagnostic »,
        # « Bilan ») is the calendar of the interviews even when none is named.
        topical = bool(words & _WHEN_COLUMNS) and len(words & TOPIC_WORDS) >= 2
        if not (words & (NOUNS | {"rendez", "rdv"}) or topical or CALENDAR.search(caption)
                or mentions_text(caption)):
            continue
        rows: list[tuple[Sentence, int, tuple[int, int]]] = []
        for s in cells:
            if s.index in arranging:
                continue  # (« RDV fixé au 16/03 » in a « Suite » column: no row of its own)
            toks = view.tokens_of(s)
            for k, d, _, _ in dates_in(s, toks)[:1]:
                rows.append((s, k, d))
        first_row = rows[0][0].index if rows else next(
            (x.index for x in cells if DIGIT.search(x.norm)), cells[-1].index + 1)
        header = [x for x in cells if x.index < first_row]
        foreseen = planned_table(" ".join(x.norm for x in header), caption)
        if job_table([[t.word for t in view.tokens_of(x)] for x in header], caption):
            continue
        if not rows:
            _undated_rows_said(view, cells, tid, cands)
            cands.extend(_numbered_rows(view, cells, tid, weeks=topical))
            continue
        # « E2 | 20/01 | … »: each row led by its label, the cell before its date; the
        # next row's label is not this row's.
        labelled = {c.sentence for c in cands if c.table == tid}
        label_led = len(rows) >= 2 and all(r[0].index - 1 in labelled for r in rows)
        for i, (s, k, d) in enumerate(rows):
            if (tid, d) in dated:
                continue
            toks = view.tokens_of(s)
            # The row: this cell and the ones up to the next dated cell.
            end = (rows[i + 1][0].index - label_led) if i + 1 < len(rows) \
                else cells[-1].index + 1
            row = [x for x in cells if s.index <= x.index < end]
            status = "planned" if foreseen else "held"
            for x in row:
                xt = view.tokens_of(x)
                if "(reporte" in x.norm or _HELD_OTHERWISE.search(x.norm):
                    # « Entretien M. E. (reporté) »: the one moved here, held; « Prévu en
                    # présentiel, passé par téléphone »: held, in another way
                    continue
                # « Immersion proposée » in a row is what came out of it, not a plan.
                if any(future_at(xt, j) and not xt[j].word.startswith(
                        ("propos", "convenu", "fixe", "cale", "envisag")) for j in range(len(xt))):
                    status = "planned"
                if cancelled(xt, -1) or _ROW_NOT_HELD.match(x.norm):
                    status = "cancelled"
                elif _ROW_TO_COME.match(x.norm) and x is not row[0]:
                    status = "planned"  # « 02/03 | Bilan PMSMP | À faire par la tutrice »
            # « RDV n°2 | 20/01 | Non »: the label cell just before the date is the same
            # row's; so are the cells after it (« 14 octobre | Entretien de diagnostic |
            # Non (malade) »): one meeting, with the row's date and status.
            in_row = {s.index - 1} | {x.index for x in row}
            for c in cands:
                if c.table == tid and c.date is None and c.sentence in in_row:
                    c.status = status if status != "held" else c.status
                    if c.sentence != s.index - 1:
                        c.date = d
            if any(group_event(view.tokens_of(x)) or without_person(view.tokens_of(x))
                   or _ROW_GROUP_CELL.match(x.norm) for x in row[1:]) \
                    or group_event(view.tokens_of(row[0])) or errand_row([x.norm for x in row[1:]]):
                continue  # « 10 avril | Atelier collectif | CV », « … (sans Mme D.) »
            words_ = " : ".join(x.text.strip() for x in row[:2] if x.text.strip())
            cands.append(_Candidate(toks[k].index, page=toks[k].page, date=d, table=tid,
                                    status=status, words=short(words_)))
            dated.add((tid, d))
    return cands


# A plan the row says was kept another way: « Prévu au bureau, fait en visio », « Prévu en
# présentiel, passé par téléphone (M. A. malade) ».
_HELD_OTHERWISE = re.compile(r"\bprevue?s? [^,;.]{0,30}[,;] (?:mais |finalement |puis )?"
                             r"(?:fait|faite|passee?|tenue?|realisee?|menee?)\b")


# « Planning prévisionnel », « Date prévue »: the calendar as planned, not what was held —
# unless a column says what became of each row (« Réalisé », « Statut »).
_FORESEEN = re.compile(r"\b(?:previsionnel(?:le)?s?|date prevue|dates prevues|a venir)\b")
_OUTCOME = re.compile(r"\b(?:realisee?s?|tenue?s?|effectuee?s?|statut|presence|fait|bilan"
                      r"|suite|resultat|honoree?)\b")


def planned_table(header: str, caption: str) -> bool:
    """The table (``header``: its header cells, ``caption``: the line over it, folded)
    is a plan of the interviews, its rows still to be told held."""
    return bool(_FORESEEN.search(header) or _FORESEEN.search(caption)) \
        and not _OUTCOME.search(header)


# A column of employers, or a caption of applications: each row is the person's own job
# interview (« Employeur | Date de l'entretien | Résultat », « Ses candidatures : »).
_EMPLOYERS = frozenset({"employeur", "employeurs", "employeuse", "entreprise", "entreprises",
                        "recruteur", "recruteurs", "recruteuse", "societe", "enseigne"})
_APPLYING = re.compile(r"\b(?:candidatures?|embauche|recrutements?|postulee?s?)\b")


def job_table(header: list[list[str]], caption: str) -> bool:
    """The table lists the person's job interviews, not ours: its header names the
    employer (a column of its own, or « Date de l'entretien avec l'employeur ») or its
    header or caption speaks of applications and hiring."""
    words = {w for cell in header for w in cell}
    if words & _EMPLOYERS and not words & {"conseiller", "conseillere", "cip", "moi"}:
        return True
    return bool(_APPLYING.search(" ".join(" ".join(c) for c in header))
                or _APPLYING.search(caption))


# A column that says when, other than a date: « Semaine | Ce que nous avons fait ».
_WHEN_COLUMNS = frozenset({"date", "dates", "semaine", "semaines", "seance", "seances"})
# A row named by its week or session: « Semaine 3 », « Séance 2 », « S5 ».
_ROW_NAMES = frozenset({"semaine", "sem", "seance", "s", "rencontre", "etape"})


# A status cell: « à planifier », « À faire par la tutrice » (not « CV à faire »: what
# came of a meeting, further in its cell).
_ROW_TO_COME = re.compile(r"\W*(?:a planifier|a venir|a programmer|a fixer|a caler|a prevoir"
                          r"|a faire|a reprogrammer)\b")
# « Cours FLE (collectif) », « Atelier CV » in the event cell of an agenda row.
_ROW_GROUP_CELL = re.compile(r"\W*(?:cours|formation|atelier|reunion|information collective)\b"
                             r"|.*\((?:collectif|collective|en groupe)\)")


def _undated_rows_said(view: Reading, cells: list[Sentence], tid: int,
                       cands: list[_Candidate]) -> None:
    """« E7 | mars | présentiel | dossier de candidature | à planifier »: a row named by
    its label, without a date, whose other cells say it is still to come or was not
    held (the row runs to the next cell that names an interview)."""
    starts = sorted({c.sentence for c in cands if c.table == tid and c.status == "held"})
    index = [x.index for x in cells]
    for n, first in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else index[-1] + 1
        row = [x.norm for x in cells if first < x.index < end]
        rest = " ".join(row)
        status = "planned" if any(_ROW_TO_COME.match(x) for x in row) else "cancelled" if (
            _ROW_CANCELLED.search(rest) or _ROW_NOT_HELD.search(rest)) else None
        if status is None:
            continue
        for c in cands:
            if c.table == tid and c.sentence == first and c.date is None:
                c.status = status


def _numbered_rows(view: Reading, cells: list[Sentence], tid: int, weeks: bool = False
                   ) -> list[_Candidate]:
    """Rows numbered 1, 2, 3… in the first column of a table of interviews without
    dates — or named by their week or session, in order (« Semaine 1 », « Semaine 3 »):
    one interview a row."""
    out: list[_Candidate] = []
    named: list[_Candidate] = []
    last_week = 0
    for i, s in enumerate(cells):
        toks = view.tokens_of(s)
        row = " ".join(x.text for x in cells[i:i + 2])
        if len(toks) == 1 and toks[0].is_number and toks[0].value == len(out) + 1:
            out.append(_Candidate(toks[0].index, page=toks[0].page, rank=len(out) + 1,
                                  table=tid, words=short(row), bare=True))
        elif weeks and len(toks) == 2 and toks[0].word in _ROW_NAMES and toks[1].is_number \
                and (toks[1].value or 0) > last_week:
            last_week = int(toks[1].value or 0)
            rest = " ".join(x.norm for x in cells[i + 1:i + 3])
            if _ROW_NOT_HELD.match(rest) or _ROW_CANCELLED.search(rest) or (
                    i + 1 < len(cells) and group_event(view.tokens_of(cells[i + 1]))):
                continue
            # (a week is no rank: « Semaine 3 » may be the second meeting)
            named.append(_Candidate(toks[0].index, page=toks[0].page, table=tid,
                                    words=short(row), bare=True, kind="again"))
    if len(out) >= 2:
        return out
    return named if len(named) >= 2 else []


def pdf_table_rows(view: Reading) -> list[_Candidate]:
    """The interviews of the PDF tables of ``view`` (see ``pdf_tables``)."""
    return pdf_tables(view)[0]


# Over the complexity limit (17 > 10): a listed exception, to split.
def pdf_tables(view: Reading) -> tuple[list[_Candidate], set[int]]:  # noqa: C901
    """A PDF table is lines: under a header line with « Date » that names the interviews
    (or a caption just above it), each row starts with its date (or its number, then the
    date: « 2 24 février … »). Wrapped lines of the other cells come in between. Returns
    the interviews of its rows, and the lines the table takes (header to last row), which
    the sentence reader leaves to it: the lines of a table have no full stop, so the
    reading joins them into one sentence with the text after it (« Employeur  Date de
    l'entretien … 12 mars  Boulangerie… Nous nous sommes vus le 8 mars »). A table of the
    person's job interviews takes its lines and gives no interview."""
    blocks = view.blocks
    sentence_of: dict[int, Sentence] = {}
    for s in view.sentences:
        for b in s.blocks:
            sentence_of.setdefault(b, s)
    in_view = sorted(sentence_of)

    def first_token(k: int) -> Token | None:
        return next((t for t in view.tokens_of(sentence_of[k]) if t.block == k), None)

    out: list[_Candidate] = []
    owned: set[int] = set()
    for pos, k in enumerate(in_view):
        head = blocks[k]
        if not head.in_table and fold_line(head.text).startswith("semaine") \
                and not out and (weeks := _pdf_weeks(view, in_view[pos:pos + 40], first_token)):
            out.extend(weeks)
            owned.update(x for x in in_view[pos:] if x <= weeks[-1].table_line)
            break
        if head.in_table or "date" not in head.text.lower():
            continue
        text = fold_line(head.text)
        if "date" not in text or find_dates(text):
            continue
        caption = " ".join(fold_line(blocks[x].text) for x in in_view[max(0, pos - 2):pos + 1])
        named = bool(mentions_text(caption) or CALENDAR.search(caption)
                     or "seance" in caption)
        # « Date  Objet » over rows of interview topics (« 12/01  Accueil et diagnostic »).
        theirs = job_table([text.split()], caption)
        if not (named or TOPIC_HEADER.search(text) or theirs):
            continue
        rows: list[tuple[int, tuple[int, int]]] = []
        for n in in_view[pos + 1:pos + 80]:
            line = blocks[n]
            if rows and (line.bold or line.heading_level is not None):
                break
            f = fold_line(line.text)
            dates = find_dates(f)
            lead = ROW_NUMBER.match(f) or _ROW_LABEL.match(f)
            if dates and dates[0].start <= (lead.end() if lead else 2):
                rows.append((n, dates[0].key))
        if theirs:
            if rows:
                owned.update(x for x in in_view[pos:] if x <= rows[-1][0])
            continue
        if not named:
            topics = {w for n, _ in rows for w in re.findall(r"\w+", fold_line(blocks[n].text))}
            if len(rows) < 2 or len(topics & TOPIC_WORDS) < 2:
                continue
        foreseen = planned_table(text, caption)
        for i, (n, d) in enumerate(rows):
            end = rows[i + 1][0] if i + 1 < len(rows) else n + 3
            row_text = " ".join(fold_line(blocks[x].text) for x in range(n, end)
                                if x in sentence_of)
            status = "planned" if foreseen or _PDF_ROW_TO_COME.search(row_text) else "held"
            if _ROW_CANCELLED.search(row_text) or _ROW_NO.search(row_text):
                status = "cancelled"
            after_date = fold_line(blocks[n].text)[find_dates(fold_line(blocks[n].text))[0].end:]
            if _ROW_GROUP.match(after_date) or WITHOUT.search(row_text) \
                    or errand_row([after_date]):
                continue  # « 10 avril  Atelier collectif  CV »: not an interview
            t = first_token(n)
            if t is None:
                continue
            out.append(_Candidate(t.index, page=t.page, date=d, table=-k, status=status,
                                  words=short(blocks[n].text.strip())))
        if rows:
            owned.update(x for x in in_view[pos:] if x <= rows[-1][0])
            break
    if not out and not owned:
        out, owned = _pdf_labelled_rows(view, in_view, first_token)
    return out, owned


_LABEL = re.compile(r"^(?:n°\s?|#)?([a-z]{0,3})\.?(\d{1,2})(\s(?:bis|ter))?\s+")


def _pdf_labelled_rows(view: Reading, in_view: list[int],
                       first_token: Callable[[int], Token | None]
                       ) -> tuple[list[_Candidate], set[int]]:
    """A PDF table whose rows are named by their label, without a date the reader knows
    (« E1 janvier présentiel … fait », « 1 120930JAN26 Orange … »): under a header line
    that names the rows' topic (or a caption that names the interviews), rows labelled
    1, 2, 3… (« E1, E2… », « S1, S2… ») in order, one interview a row, as the DOCX
    reads the same table's numbered first column. Each row is one line: the PDF reader
    joins a row whose cells wrap."""
    blocks = view.blocks
    for pos, k in enumerate(in_view[:-1]):
        head = blocks[k]
        text = fold_line(head.text)
        if head.in_table or _LABEL.match(text) or text.endswith((".", ":")):
            continue
        first = _LABEL.match(fold_line(blocks[in_view[pos + 1]].text))
        if not first or first.group(2) != "1" or first.group(3):
            continue
        caption = " ".join(fold_line(blocks[x].text) for x in in_view[max(0, pos - 2):pos + 1])
        if not (TOPIC_HEADER.search(text) or mentions_text(caption) or CALENDAR.search(caption)
                or "seance" in caption) or job_table([text.split()], caption):
            continue
        rows = _labelled(view, in_view[pos + 1:pos + 60], first.group(1))
        if len(rows) < 3:
            continue
        foreseen = planned_table(text, caption)
        out = [c for n, rank in rows
               if (c := _labelled_row(view, n, rank, -k, foreseen, first_token)) is not None]
        return out, {x for x in in_view[pos:] if x <= rows[-1][0]}
    return [], set()


def _labelled(view: Reading, lines: list[int], letters: str) -> list[tuple[int, int | None]]:
    """The lines labelled in order (« E1 », « E2 », « E2 bis », « E3 »), each with its
    number (None for a « bis »); up to two other lines between (« — | février | atelier
    collectif »), to the next bold line or heading."""
    rows: list[tuple[int, int | None]] = []
    expected, apart = 1, 0
    for n in lines:
        line = view.blocks[n]
        if line.bold or line.heading_level is not None or apart > 2:
            break
        m = _LABEL.match(fold_line(line.text))
        number = int(m.group(2)) if m and m.group(1) == letters else None
        if number == expected or (m and m.group(3) and number == expected - 1):
            rows.append((n, None if m and m.group(3) else expected))
            expected = len([r for r in rows if r[1] is not None]) + 1
            apart = 0
        else:
            apart += 1
    return rows


def _labelled_row(view: Reading, n: int, rank: int | None, table: int, foreseen: bool,
                  first_token: Callable[[int], Token | None]) -> _Candidate | None:
    """The interview of one labelled row, its status read on its line; None for a group
    session or an errand."""
    line = view.blocks[n].text.strip()
    row_text = fold_line(line)
    label = _LABEL.match(row_text)
    after = row_text[label.end():] if label else row_text
    if _ROW_GROUP.match(after) or WITHOUT.search(row_text) or errand_row([after]):
        return None
    status = "planned" if foreseen or _PDF_ROW_TO_COME.search(row_text) else "held"
    if _ROW_CANCELLED.search(row_text) or _ROW_NO.search(row_text):
        status = "cancelled"
    t = first_token(n)
    if t is None:
        return None
    return _Candidate(t.index, page=t.page, rank=rank, table=table, status=status,
                      words=short(line), bare=True)


# A PDF row that says it is still to come: « prévu », or the DOCX's status cell
# (« à planifier », « à programmer »…) read on the row's line.
_PDF_ROW_TO_COME = re.compile(r"\b(?:a venir|prevu|programme|planifie"
                              r"|a (?:planifier|programmer|fixer|caler|prevoir|reprogrammer))\b")


# The label of a row in its first cell, before the date: « S1 08/01 … », « E3 12 mars … »,
# « S4 bis 05/02 … », « n°2 14/01 … » (in the DOCX, a cell of its own).
_ROW_LABEL = re.compile(r"^(?:n°\s?|#)?[a-z]{0,3}\.?\d{1,2}(?:\s(?:bis|ter))?\s+")


_WEEK_ROW = re.compile(r"^(?:semaine|sem\.?|s)\s*(\d{1,2})\b\W*(.*)$")


def _pdf_weeks(view: Reading, lines: list[int], first_token: Callable[[int], Token | None]
               ) -> list[_WeekRow]:
    """« Semaine  Ce que nous avons travaillé ⏎ Semaine 1  Accueil, attentes… »: PDF lines
    of a table of weeks without dates, its rows topics of our meetings (at least two of
    them, as in a DOCX table): one meeting a week named, but workshops and weeks said not
    held."""
    blocks = view.blocks
    rows: list[tuple[int, str]] = []
    last = 0
    for n in lines[1:]:
        m = _WEEK_ROW.match(fold_line(blocks[n].text).strip())
        if m is None:
            if rows and (blocks[n].bold or blocks[n].heading_level is not None):
                break
            continue
        if int(m.group(1)) > last:
            last = int(m.group(1))
            rows.append((n, m.group(2)))
    topics = {w for _, rest in rows for w in re.findall(r"\w+", rest)}
    if len(rows) < 2 or len(topics & TOPIC_WORDS) < 2:
        return []
    out: list[_WeekRow] = []
    for n, rest in rows:
        t = first_token(n)
        if t is None or _ROW_GROUP.match(rest) or _ROW_CANCELLED.search(rest) \
                or _ROW_NOT_HELD.match(rest):
            continue
        out.append(_WeekRow(t.index, page=t.page, table=-lines[0], kind="again", bare=True,
                            words=short(blocks[n].text.strip()), table_line=n))
    return out if len(out) >= 2 else []


@dataclass
class _WeekRow(_Candidate):
    """A meeting read from one row of a weekly planning table (« Semaine 3 | … »)."""

    table_line: int = -1  # the row's PDF line (the table's lines are the table reader's)


# A row that is no meeting: a written message as its medium (« 02/04 | SMS | Rappel du
# rendez-vous »), a call only to remind, confirm or chase, or one nobody answered.
_ROW_WRITTEN = re.compile(r"\W*(?:sms|texto|e-?mail|mail|courriel|courrier|message|whatsapp\W+"
                          r"(?:ecrit|message))\b")
_ROW_ERRAND = re.compile(r"\b(?:rappel|confirmation|relance)s? (?:(?:du|de|d'|des) )?"
                         r"(?:rendez|rdv|sa presence)|\bsans reponse\b|\bmessagerie\b"
                         r"|\brepondeur\b|\binjoignable\b")


def errand_row(cells: list[str]) -> bool:
    """The cells of a row after its date (or the PDF line after it): a message, a
    reminder or an unanswered call, not an interview."""
    return bool(cells) and (bool(_ROW_WRITTEN.match(cells[0]))
                            or any(_ROW_ERRAND.search(c) for c in cells)
                            or (bool(_ROW_CALL.match(cells[0]))
                                and any(_CALL_ERRAND.match(c) for c in cells[1:2])))


# « 06/02 | Tél | Rappel pièces », « Appel | Relance CV »: a call for an errand (its object,
# the cell after the medium; not « … | Suite donnée : Relance de la crèche »).
_ROW_CALL = re.compile(r"\W*(?:tel|telephone|appel|appel tel\w*)\W*$")
_CALL_ERRAND = re.compile(r"\W*(?:rappel|relance|confirmation|envoi|transmission|prise de rdv"
                          r"|prise de rendez)\b")


_ROW_CANCELLED = re.compile(r"\b(annulee?s?|(?<!\()reportee?s?|non honoree?|non realisee?"
                            r"|pas venue?|absente?|pas presentee?|excusee?)\b")
# The « Réalisé » cell of a PDF row, read on its line: « … Recherche d'offres  Non –
# excusé », « … Bilan  Non ».
_ROW_NO = re.compile(r"\snon\s*(?:$|[,.;:(–-])")
# A « Réalisé » cell that says no: « Non », « Non, Mme P. était malade », « Non tenu ».
_ROW_NOT_HELD = re.compile(r"\W*non\b(?!-)\s*(?:$|[,.;:(–-]|realise|tenu|honore|venu|fait)")
_ROW_GROUP = re.compile(r"\W*(?:\w+\W+)?(atelier|reunion|forum|salon|information collective"
                        r"|comite|commission|jury)\b")
