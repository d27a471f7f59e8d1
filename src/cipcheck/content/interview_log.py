"""The part written as a log of events: entries one per line, each led by its date or its
record number (« 12/01 ; indiv. présentiel ; 60 ; … ; réalisé », « CR 2 — 22/01 — Objet :
… », « - 12 janvier, 1 h, en présentiel : … », « Lun 16/02 — pas de nouvelle. »), or a
series of record headings (« Compte rendu n°3 » over « Date : 09/02. Objet : … »).

A jury member reads such a log entry by entry: each entry is ONE event, held or not as its
own line says (« réalisé », « reporté », « annulé », « à planifier »), with the person or
not (« collectif », « réunion d'équipe », « sans M. B. »). Whether the entries are
interviews is said by the section that holds them (« Entretiens réalisés », « Suivi des
entretiens », « Comptes rendus d'entretien ») or, in a log of mixed events, by each
entry: where the writer names the meetings (« 1er entretien », « RDV Mme G. »), an
entry that names none (« info coll. formation », « fin de stage ») is another event.

This reader does not replace the sentence readers: it adds the entries they missed (the
timeline merges the same date or rank told twice) and sets aside what they read in an
entry the log says is no interview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cipcheck.content.dates import MONTHS, NUMERIC, WRITTEN, find_dates
from cipcheck.content.interview_timeline import Candidate
from cipcheck.reading import Reading, Token
from cipcheck.textnorm import fold

# What leads an entry: a bullet, a short day name (« Lun », « jeudi »), then its date.
_LEAD = re.compile(r"^[\s\-–—•*▪·>]*(?:\d{1,2}\s*[).]\s+)?"
                   r"(?:(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?\s+)?")
# A line led by a box of a form: ticked (held) or not.
_BOX = re.compile(r"^\s*([☐□❏▢☒☑✓✔■▣])\s*")
_TICKED = frozenset("☒☑✓✔■▣")
# The line says it was held (« présentiel, tenu le 04/02 », « réalisé »): it overrides a
# plan read in its words (« reporté à sa demande au 04/02 »).
_HELD_WORD = re.compile(r"\b(?:tenue?|realisee?|effectuee?|eu lieu|fait)\b"
                        r"(?!\s*(?:par|a planifier))")
# A record number leading its line: « CR 2 — », « N° 3 : », « Compte rendu 4 – ».
_RECORD_LINE = re.compile(r"^[\s\-–—•*▪·>]*(?:cr|c\.r\.|compte[- ]rendu|n\s*°|no\.?)\s*"
                          r"(?:n\s*°\s*)?(\d{1,2})\b\s*[—–:;,|.-]")
# A heading that is a record of its own: « Compte rendu n°1 », « Fiche d'entretien 2 »,
# « CR n° 3 ».
_RECORD_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:compte[- ]rendu|cr|fiche"
                             r"(?: d'entretien| de suivi| rdv| de rendez-vous)?)"
                             r"\s*(?:n\s*°|no\.?|numero|#)?\s*(\d{1,2})\b")
# The section names interviews (held ones: not « Éléments non comptés », « À venir »).
_NAMES_MEETINGS = re.compile(r"\b(?:entretiens?|rendez-vous|rdv|rencontres?|comptes? rendus?"
                             r"|seances?)\b")
_NOT_HELD_SECTION = re.compile(r"\b(?:non (?:comptes?|tenus?|realises?)|annules?|a venir"
                               r"|prevus?|previsionnel\w*|perspectives?|prochaine?s?|suites?)\b")
# An entry that names the meeting it records.
_MEETING = re.compile(r"\b(?:entretiens?|rendez-vous|rdv|rencontre|seance|visio\w*"
                      r"|presentiel|indiv\w*|tete-a-tete|face a face|recu|recue|revu|revue"
                      r"|vu|vue)\b"
                      r"|\b\d+(?:er|e|eme|ieme)\b")
# An entry that tells a meeting with the person without the word: the first one
# (« accueil de M. V. », « premier contact avec lui », « première visite chez lui »), the
# person met (« visite chez elle », « bilan avec Mme S. »), a call long enough to be an
# interview (« tél. 45 min »).
_PERSON = r"(?:lui|elle|m\.|mme|monsieur|madame|mlle|la personne|l'interesse|l'interessee" \
          r"|la beneficiaire|le beneficiaire)(?!\w)"
_WITH_THE_PERSON = re.compile(
    r"\bpremier (?:contact|accueil)\b|\bpremiere (?:visite|rencontre)\b"
    r"|\baccueil (?:de |d')" + _PERSON + r"|\b(?:avec|chez) " + _PERSON
    # (long enough to be an interview, not « tél. 5 min pour confirmer le RDV »)
    + r"|\b(?:tel|telephone|appel)\.? (?:de )?(?:[1-9]\d{1,2} ?min|[1-3] ?h)\b")
_GROUP = re.compile(r"\b(?:collecti(?:f|fs|ve|ves)|coll\.?|ateliers?|reunions?"
                    r"|info(?:rmation)? coll|forum|salon|comite|commission|jury|synthese)\b")
_WITHOUT = re.compile(r"\bsans (?:m\.|mme|monsieur|madame|la personne|le beneficiaire|lui\b"
                      r"|elle\b)|\ben (?:son|leur) absence\b|\bpas venue?\b|\babsente?\b")
_TO_COME = re.compile(r"\b(?:a planifier|a venir|a programmer|a fixer|a caler|a prevoir"
                      r"|a reprogrammer|prevue?|programmee?|previsionnel\w*)\b")
_CALLED_OFF = re.compile(r"\b(?:annulee?s?|reportee?s?|decalee?s?|non (?:tenue?|realisee?"
                         r"|honoree?)|n'a pas eu lieu|pas eu lieu|excusee?)\b")
# « reporté puis tenu au téléphone », « reporté au 3/02, réalisé »: held after all.
_HELD_AFTER = re.compile(r"\b(?:puis|finalement|mais|,)\s*(?:tenue?|realisee?|maintenue?|eu lieu)"
                         r"\b|\brealisee?\s*$")
_WRITTEN = re.compile(r"^\W*(?:sms|texto|e-?mail|mail|courriel|courrier|message)\b"
                      r"|\b(?:pas de nouvelles?|fin de (?:mon )?stage|sans reponse|messagerie)\b")


_PRESENT = re.compile(r"\b(?:presente?s?|participante?s?)\s*:([^;]*?)(?:\.\s|$)")
_CIVILITY = re.compile(r"\b(?:m\.|mme|mr|monsieur|madame|mlle|la personne|le beneficiaire"
                       r"|la beneficiaire)")
# The two of us in an entry that does not name the meeting (« nous finalisons son CV »,
# « il revient me voir »).
_US = re.compile(r"\b(?:nous|on|m'|me|moi|j'accueille|je (?:le|la|l') (?:recois|vois|revois))\b")


_HEAD = 36  # the lead of an entry: its date or number and what the event was


@dataclass
class Entry:
    """One line of a log of meetings: its date or number, and whether it was held."""

    order: int  # the global index of its first token
    last: int  # the global index of its last token
    page: int
    words: str
    text: str  # folded
    date: tuple[int, int] | None = None
    rank: int | None = None
    heading: bool = False
    section: str = ""  # the folded heading above it
    lines: list[str] = field(default_factory=list)
    ticked: bool | None = None  # a form's box: ticked, not ticked, or none


def _lines_of(view: Reading) -> list[tuple[int, str, list[Token], bool, str]]:
    """Each line of the part's text outside tables: (block, line text, its tokens,
    heading, the folded heading of its section)."""
    by_block: dict[int, list[tuple[int, Token]]] = {}
    cursor: dict[int, int] = {}
    for s in view.sentences:
        if s.in_table or not s.blocks:
            continue
        # Where the sentence starts in its first block (a block holds several sentences;
        # the sentence's offsets count from its own start).
        first = view.blocks[s.blocks[0]].text
        end0 = s.starts[1] if len(s.starts) > 1 else len(s.text)
        head = s.text[:end0].strip()[:24]
        at = first.find(head, cursor.get(s.blocks[0], 0)) if head else -1
        base = max(at, 0) - (len(s.text[:end0]) - len(s.text[:end0].lstrip()))
        cursor[s.blocks[0]] = max(at, 0) + len(head)
        for t in view.tokens_of(s):
            if t.block not in s.blocks:
                continue
            k = s.blocks.index(t.block)
            off = t.start + base if k == 0 else t.start - (s.starts[k] if k < len(s.starts)
                                                           else 0)
            by_block.setdefault(t.block, []).append((off, t))
    out: list[tuple[int, str, list[Token], bool, str]] = []
    section = ""
    # The blocks the reading takes for headings: a Word heading style, and also a short
    # bold paragraph of the Normal style, as many candidates make their sub-headings
    # (« **Chronologie des entretiens** » names its section as « Heading 2 » would).
    heads = {s.blocks[0] for s in view.sentences if s.heading}
    for b, block in enumerate(view.blocks):
        if block.in_table or b not in by_block:
            continue
        at = 0
        for n, line in enumerate(block.text.split("\n")):
            lo, at = at, at + len(line) + 1
            # (a heading block that goes on with its text after a line break: its first
            # line is the title)
            heading = b in heads and n == 0
            if heading:
                section = fold(line)
            toks = [t for off, t in by_block[b] if lo <= off < at]
            if toks and line.strip():
                out.append((b, line.strip(), toks, heading, section))
    return out


_ENDS = r"[;:,—–|-]"  # what follows the date of an entry (not « 12/01 au 20/01 »)
_ENDS_RECORD = r"[;:,—–|.(-]|\s*$"  # after « Date : » or a record number


def _date_lead(folded: str, ends: str = _ENDS) -> tuple[int, int] | None:
    """The date that leads a line (after a bullet or a short day name), followed by its
    entry (« ; », « — », « : », « , »)."""
    m = _LEAD.match(folded)
    rest = folded[m.end():] if m else folded
    d = NUMERIC.match(rest)
    if d is not None and d.group(2) == "/":
        day, month = int(d.group(1)), int(d.group(3))
    elif (d := WRITTEN.match(rest)) is not None:
        day, month = (1 if d.group(1) == "1er" else int(d.group(1))), MONTHS[d.group(2)]
    else:
        return None
    if 1 <= day <= 31 and 1 <= month <= 12 \
            and re.match(r"\s*(?:\d{4}\s*)?(?:" + ends + ")", rest[d.end():]):
        return day, month
    return None


_Line = tuple[int, str, list[Token], bool, str]


def _record_heading(lines: list[_Line], i: int) -> Entry | None:
    """« Compte rendu n°1 » over « Date : 12/01. Objet : … »: one record, its date and
    its status read on its first line."""
    _b, line, toks, _h, section = lines[i]
    folded = fold(line)
    m = _RECORD_HEADING.match(folded)
    if m is None:
        return None
    first = next((fold(x[1]) for x in lines[i + 1:i + 2] if not x[3]), "")
    text = f"{folded} {first}"
    dm = re.search(r"\bdate\s*:\s*", text)
    date = _date_lead(text[dm.end():], _ENDS_RECORD) if dm is not None else None
    return Entry(toks[0].index, toks[-1].index, toks[0].page, line[:40], text, date,
                 int(m.group(1)), True, section)


def _entry_line(lines: list[_Line], i: int) -> Entry | None:
    """A line led by its date or its record number, with the lines of its record."""
    _b, line, toks, _h, section = lines[i]
    folded = fold(line)
    box = _BOX.match(line)
    date = _date_lead(folded)
    rm = _RECORD_LINE.match(folded)
    if rm is not None and date is None:
        date = _date_lead(folded[rm.end():], _ENDS_RECORD)
    if box is not None and date is None:
        # « ☒ Entretien d'accueil — 08/01/2026 — 1 h »: a form's line, its date anywhere
        found = find_dates(folded)
        date = found[0].key if found else None
    if date is None and rm is None and box is None:
        return None
    # (the record's own lines, up to the next entry, say who was there)
    body = []
    for x in lines[i + 1:i + 4]:
        f2 = fold(x[1])
        if x[3] or _date_lead(f2) or _RECORD_LINE.match(f2):
            break
        body.append(f2)
    return Entry(toks[0].index, toks[-1].index, toks[0].page, line[:40].strip(" -–•*"),
                 folded, date, int(rm.group(1)) if rm else None, False, section, body,
                 None if box is None else box.group(1) in _TICKED)


def entries(view: Reading) -> list[Entry]:
    """The log entries of the part: lines led by a date or a record number, and record
    headings with the date of their first line."""
    lines = _lines_of(view)
    out = [(_record_heading if line[3] else _entry_line)(lines, i)
           for i, line in enumerate(lines)]
    return [e for e in out if e is not None]


def _status(e: Entry) -> str:
    """held | cancelled | planned | other, as the entry's own line says."""
    text = e.text
    present = next((m for x in e.lines if (m := _PRESENT.search(x))), None)
    if present is not None and not _CIVILITY.search(present.group(1)):
        return "other"  # « Présents : ma tutrice, moi-même »: a meeting about the person
    # (what the entry is, said first: « 29/01 ; collectif ; … », « Jeu 29/01 — info coll.
    # … »; not « … enquête : cuisinière en restauration collective »)
    if _GROUP.search(text[:_HEAD]) or _WITHOUT.search(text) or _WRITTEN.search(text) \
            or _at_a_distance(text):
        return "other"
    if _CALLED_OFF.search(text) and not _HELD_AFTER.search(text):
        return "cancelled"
    if _TO_COME.search(text) or e.ticked is False:
        return "planned"
    return "held"


# What an entry's event is, right after its date: a call, a letter, a message, a reminder
# (« 15/01 : appel, numéro non attribué », « 26/02 — je lui envoie un courrier », « 11/02 :
# il appelle l'accueil », « 02/02 : relance par SMS »), not a meeting with the person.
_DISTANCE_HEAD = re.compile(
    r"(?:(?:un|une|le|la|l')\s*)?(?:appels?|rappels?|sms|textos?|e-?mails?|mails?|courriels?"
    r"|courriers?|messages?|relances?|convocations?|lettres?)\b"
    # (not « lettre de motivation travaillée ensemble », « appel visio » : an interview)
    r"(?! de motivation|\W*(?:en |par )?(?:visio|video))"
    r"|(?:il|elle) (?:m'|me |nous )?(?:r?appel|telephon|ecri|envoi|envoy|laiss|repond)"
    r"|(?:je |j'|nous |on )(?:lui |leur |l')?(?:ai |avons |a )?(?:envoi|envoy|ecri|adress)")


def _at_a_distance(text: str) -> bool:
    """The entry's event, after its date, is a call or a message, not long enough to be
    an interview at a distance (« tél. 45 min avec elle » stays one)."""
    m = _LEAD.match(text)
    rest = text[m.end():] if m else text
    d = NUMERIC.match(rest)
    if d is None or d.group(2) != "/":
        d = WRITTEN.match(rest)
    if d is None:
        return False
    head = re.sub(r"^\s*(?:\d{4}\s*)?[:;,.—–-]*\s*", "", rest[d.end():])
    return bool(_DISTANCE_HEAD.match(head)) and not _WITH_THE_PERSON.search(text)


def read_log(view: Reading, cands: list[Candidate]) -> tuple[list[Candidate], list[Entry]]:
    """The candidates with the log's entries added (each entry the sentence readers
    missed) and the ones read in an entry that the log says is no interview set aside;
    returns them and the entries set aside (hints: never a reason to fail)."""
    found = entries(view)
    if not found:
        return cands, []
    runs: dict[str, list[Entry]] = {}
    for e in found:
        # (record headings make one series; lines, one per section)
        runs.setdefault("H" if e.heading else "L" + e.section, []).append(e)
    added: list[Candidate] = []
    set_aside: list[Entry] = []
    drop: set[int] = set()
    for key, run in runs.items():
        section = key[1:]
        if len(run) < 2:
            continue
        if key == "H" or (_NAMES_MEETINGS.search(section)
                          and not _NOT_HELD_SECTION.search(section)):
            for e in run:
                _one_event(e, cands, added, set_aside, drop)
        elif len(run) >= 3 and sum(1 for e in run if _names_meeting(e)) >= 2:
            _mixed_log(run, cands, set_aside, drop)
    # An entry that says one of the two was not there is no sign of a meeting missed.
    set_aside = [e for e in set_aside if not _NOT_THERE.search(" ".join([e.text, *e.lines]))]
    if not added and not drop:
        return cands, set_aside
    out = [c for c in cands if id(c) not in drop] + added
    return sorted(out, key=lambda c: c.order), set_aside


# « 16/12 — absent, pas de nouvelles », « Mercredi 9 octobre, elle ne s'est pas
# présentée », « 09/09 – Il passe à l'accueil déposer son CV, je ne suis pas là »: not
# held (voices5_blind, voices6_blind, voices9_weak).
_NOT_THERE = re.compile(
    r"\b(?:absente?s?|(?:ne |n')?(?:s'est |est )?pas (?:venue?s?|presentee?s?)|lapin"
    r"|(?:je|j') ?(?:ne|n') ?(?:suis|etais|etait) pas (?:la|presente?)|sans moi)\b")


def _mixed_log(run: list[Entry], cands: list[Candidate], set_aside: list[Entry],
               drop: set[int]) -> None:
    """A log of mixed events that names its meetings: an entry that names none, nobody
    with me in it (« Jeu 29/01 — info coll. formation », « Ven 20/02 — fin de stage »),
    is another event (kept as a hint)."""
    for e in run:
        inside = [c for c in cands if e.order <= c.order <= e.last]
        if inside and (not (_names_meeting(e) or _WITH_THE_PERSON.search(e.text))
                       or _status(e) == "other"):
            drop.update(id(c) for c in inside)
            set_aside.append(e)


def _names_meeting(e: Entry) -> bool:
    return bool(_MEETING.search(e.text) or _US.search(e.text))


def _one_event(e: Entry, cands: list[Candidate], added: list[Candidate],
               set_aside: list[Entry], drop: set[int]) -> None:
    """An entry of a log of interviews: one event, held or not as its line says."""
    status = _status(e)
    inside = [c for c in cands if e.order <= c.order <= e.last]
    if status == "other":
        drop.update(id(c) for c in inside)
        set_aside.append(e)
        if e.rank is None:
            return
        status = "not-held"  # (listed, so its number is no missing interview)
        inside = []
    if inside:
        # Read already by the sentence readers, held or not (« Présents : ma tutrice,
        # moi-même »): an entry's status word overrides a held reading, and a word that
        # says it was held (« reporté au 04/02 — présentiel, tenu le 04/02 ») a plan.
        for c in inside:
            if status != "held" or (c.status == "planned" and _HELD_WORD.search(e.text)):
                c.status = status
        return
    added.append(Candidate(e.order, page=e.page, words=e.words, rank=e.rank, date=e.date,
                           status=status, bare=e.heading))
