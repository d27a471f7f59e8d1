"""Run every detector over a document, minus the candidate's own details."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING

from cipcheck.document import Block
from cipcheck.privacy import address, birth, email, iban, names, nir, phone
from cipcheck.privacy.base import Hit, Located, excerpts, fold_keep_length, mask_digits

if TYPE_CHECKING:
    from cipcheck.reading import Reading

Finder = Callable[[str], list[Hit]]

DETECTORS: dict[str, Finder] = {
    "phone": phone.find,
    "email": email.find,
    "nir": nir.find,
    "iban": iban.find,
    "birth_date": birth.find,
    "address": address.find,
}
# The name detector needs the whole dossier (which initials it uses): run apart.
KINDS = (*DETECTORS, "name")
LABELS = {
    "phone": ("numéro de téléphone", "phone number"),
    "email": ("adresse électronique", "e-mail address"),
    "nir": ("numéro de sécurité sociale", "social security number"),
    "iban": ("IBAN (coordonnées bancaires)", "IBAN (bank details)"),
    "birth_date": ("date de naissance", "date of birth"),
    "address": ("adresse postale d'une personne", "person's postal address"),
    "name": ("nom complet d'une personne accompagnée", "full name of an accompanied person"),
}
# Detectors that need digits (a number, a NIR, an IBAN): skipped on blocks without any.
_NEED_DIGITS = ("phone", "nir", "iban")
_DIGIT = re.compile(r"\d")
# What every detector needs at least one of (a digit; an e-mail's « @ » or its spelled
# forms; « né(e) le/à/en », « naissance », « DDN »; a flat or a legal word of an
# address; « zéro » of a number in words; a road named without a number): most prose
# blocks have none. One search of the lowered text for all the words (a third cheaper than
# a substring test per word, which grew with the words; a case-insensitive pattern on the
# raw text cost five times as much), and one for « né(e) le ».
_GATE_WORDS = ("arobase", " at ", "[at]", "(at)", "{at}", "[ at", "( at", "{ at", "naiss",
               "ddn", "d.d.n", "bât", "bat.", "bat ", "batiment", "bâtiment", "appt",
               "appartement", "escalier", "demeurant", "domicili", "zéro", "zero",
               *address.NUMBERLESS)
# The words between two spaces (« at », the roads) as one group after one space: the
# engine tests that space once instead of each word in turn (a fifth cheaper).
_SPACED = [w[1:-1] for w in _GATE_WORDS if w.startswith(" ") and w.endswith(" ")]
_GATE = re.compile(" (?:" + "|".join(re.escape(w) for w in _SPACED) + ") |" + "|".join(
    re.escape(w) for w in _GATE_WORDS if not (w.startswith(" ") and w.endswith(" "))))
# « n » first and the boundary before it read back (« (?<!\wn) » is « \bn »): a pattern that
# opens on a letter is searched only from its « n » and « ( », not tried at every place.
_GATE_BORN = re.compile(r"n(?<!\wn)[ée]e?s?(?:\s*\(e\))?[\s,]+(?:le|à|a|au|aux|en)\b|\(\s*n[ée]")


def _worth_reading(text: str) -> bool:
    if "@" in text or _DIGIT.search(text):
        return True
    low = text.lower()
    if _GATE.search(low) is not None or _GATE_BORN.search(low) is not None:
        return True
    return address.on_common_road(low)


_CAPITALISED = re.compile(r"\b[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][\wÀ-ÿ'-]+")


def own_details(front: list[Block]) -> tuple[set[str], set[str]]:
    """The candidate's contact data and name words, read on the cover page."""
    values: set[str] = set()
    words: set[str] = set()
    for b in front:
        for find in (phone.find_any, email.find):
            values.update(h.value for h in find(b.text))
        for w in _CAPITALISED.findall(b.text):
            words.add(fold_keep_length(w))
    return values, words


def _own_mailbox(h: Hit, own_words: set[str]) -> bool:
    """An address made of the candidate's own name (« t.garnier@… » for Thibault Garnier,
    in a message they pasted, « De : Thibault G. <…> »): theirs, like the one on their cover
    — the rule protects the persons accompanied, not the writer. Name words of three
    letters or more: an initial alone (« t. ») names anyone."""
    if h.kind != "email":
        return False
    local = h.value.split("@", 1)[0]
    return any(len(seg) >= 3 and fold_keep_length(seg) in own_words
               for seg in re.split(r"[._+-]+", local.strip("0123456789")))


# A form or a table: the label in one cell (« Date de naissance », « N° de sécurité
# sociale », « Adresse »), the datum in the next. The datum is read with its label.
_LABEL = re.compile(r"^[^\d@]{3,40}$")


def _label_cell(previous: Block | None, b: Block) -> str | None:
    if previous is None or not (b.in_table and previous.in_table):
        return None
    text = previous.text.strip().rstrip(":").strip()
    return text if _LABEL.match(text) else None


def _labelled(label: str, text: str) -> list[Hit]:
    """Hits of ``text`` read after its label cell, offsets back in ``text``."""
    joined = f"{label} : {text}"
    shift = len(label) + 3
    return [Hit(h.kind, h.value, h.start - shift, h.end - shift, h.masked)
            for find in DETECTORS.values() for h in find(joined) if h.start >= shift]


# A table headed by the fields it holds (« Nom | Prénom | Date de naissance »): each cell
# under such a header is read with its column's label, as a form's cell with the label on
# its left. A header is a row of labels, one at least a field's (most tables have none).
# Each word from its start: « tél » inside « Christelle » or « Chantelle », « naiss » inside
# « connaissances », « iban » inside « libanaise » made a form's first row (« Nom, prénom |
# HAMON Christelle ») a header, and the rows under it were read with its cells as labels.
_FIELD_HEADER = re.compile(r"\bnaiss|\bn[ée]e?s?\b|\bddn\b|\badresse|\bdomicile|\bt[ée]l|"
                           r"\bportable|\bcourriel|\be-?mail|s[ée]curit[ée] sociale|\bnir\b|"
                           r"\biban|\brib\b")


def _header(cells: list[str]) -> list[str] | None:
    labels = [c.strip().rstrip(":").strip() for c in cells]
    if len(labels) < 2 or not all(_LABEL.match(c) for c in labels if c):
        return None
    return labels if any(_FIELD_HEADER.search(c.lower()) for c in labels) else None


_IN_TABLE = attrgetter("in_table")


def _label_of(previous: Block | None, b: Block, column: str | None) -> str:
    """The label a cell is read with: its column's, after the cell on its left."""
    label = _label_cell(previous, b) or ""
    if column:
        return f"{label} – {column}" if label else column
    return label


def _column_labels(blocks: list[Block]) -> dict[int, str]:
    """Block index -> the label of its column, for the cells of a DOCX table whose header
    row names fields (rows: the cells that share a page and a height)."""
    out: dict[int, str] = {}
    header: list[str] | None = None
    row: list[int] = []

    def close(row: list[int]) -> None:
        nonlocal header
        if not row:
            return
        labels = _header([blocks[k].text for k in row])
        if labels is not None:
            header = labels
        elif header is not None and len(row) == len(header):
            out.update(zip(row, header, strict=True))
        else:
            header = None

    key: tuple[int, float] | None = None
    for n, b in enumerate(blocks):
        if not b.in_table:
            close(row)
            row, header, key = [], None, None
            continue
        here = (b.page, round(b.y, 4))
        if here != key:
            close(row)
            row = []
        row.append(n)
        key = here
    close(row)
    return out


def _pipe_cells(text: str, header: list[str]) -> list[Hit]:
    """A line « MARTIN | Julie | 12/03/1990 » under a header line of as many cells: each
    cell read with its column's label, offsets back in ``text``."""
    out: list[Hit] = []
    start = 0
    left = ""
    for cell, label in zip(text.split("|"), header, strict=True):
        if label and cell.strip():
            if _LABEL.match(left.strip()):
                label = f"{left.strip()} – {label}"
            out += [Hit(h.kind, h.value, h.start + start, h.end + start, h.masked)
                    for h in _labelled(label, cell)]
        start += len(cell) + 1
        left = cell
    return out


def _pipe_rows(text: str, header: list[str] | None) -> tuple[list[Hit], list[str] | None]:
    """The hits of the lines of ``text`` that are rows under a header line (``header``,
    the one before this block's, if any), and the header still open after it."""
    hits: list[Hit] = []
    offset = 0
    for line in text.split("\n"):
        cells = line.split("|")
        labels = _header(cells) if len(cells) > 1 else None
        if labels is not None:
            header = labels
        elif header is not None and len(cells) == len(header):
            hits += [Hit(h.kind, h.value, h.start + offset, h.end + offset, h.masked)
                     for h in _pipe_cells(line, header)]
        else:
            header = None
        offset += len(line) + 1
    return hits, header


# A number or an address cut by a line end of a PDF (one block per line): the line ends
# inside a number (« … son numéro, le 06 12 ⏎ 34 56 78 ») or the next one opens with a
# postcode (« 23 rue Jean Jaurès ⏎ 62300 Lens »). Only the last characters are searched.
_OPEN_NUMBER = re.compile(r"(?:\+\d{1,3}|(?<!\d)0\d)[\d\s.()\-]{0,14}$")
_NUMBER_HEAD = re.compile(r"\s*\d")
_POSTCODE_HEAD = re.compile(r"\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÀ-Ý]")


# What a continued number or a postcode line opens with (« L-9515 », « CH-1700 »).
_HEADS = frozenset("0123456789 LBC")


def _across_lines(text: str, nxt: Block) -> list[Hit]:
    """Hits that start in ``text`` and end in the next line ``nxt``, cut at ``text``'s end."""
    if nxt.in_table:
        return []
    if _OPEN_NUMBER.search(text[-20:]) and _NUMBER_HEAD.match(nxt.text):
        finds: tuple[Finder, ...] = (phone.find,)
    elif _POSTCODE_HEAD.match(nxt.text) and _DIGIT.search(text):
        finds = (address.find,)
    else:
        return []
    joined = text + "\n" + nxt.text
    cut = len(text)
    return [Hit(h.kind, h.value, h.start, cut, h.masked if h.kind == "address"
                else mask_digits(text[h.start:cut], 2, 0))
            for find in finds for h in find(joined) if h.start < cut < h.end]


# The flat line between the street and the postcode of an address written line by line
# (« 3 rue Émile Zola ⏎ Appartement 21 ⏎ 76600 Le Havre »).
_FLAT_LINE = re.compile(r"\s*(?:app(?:artemen)?t\.?|apt\.?|b[âa]t(?:iment)?\.?|escalier|esc\.|"
                        r"porte|entr[ée]e|\d{1,2}\s*(?:e|er|ème|eme)\s+[ée]tage)\s*(?:n°\s*)?"
                        r"[\w-]{0,4}\s*$", re.IGNORECASE)


def _across_flat(text: str, flat: Block, nxt: Block) -> list[Hit]:
    """An address that starts in ``text`` and ends two lines below, a flat between."""
    if nxt.in_table or flat.in_table or not _POSTCODE_HEAD.match(nxt.text) or not (
            _DIGIT.search(text)):
        return []
    joined = text + "\n" + flat.text + "\n" + nxt.text
    cut = len(text)
    return [Hit(h.kind, h.value, h.start, cut, h.masked)
            for h in address.find(joined) if h.start < cut < h.end]


def _block_hits(text: str, label: str) -> list[Hit]:
    if label:
        # Read with its label: « Standard | 04 72… » is a structure's number,
        # « Date de naissance | 12/03/1985 » a birth date.
        return _labelled(label, text)
    if not _worth_reading(text):
        return []
    digits = _DIGIT.search(text) is not None
    # A phone number may be written out in words (« zéro six, trente-deux… »).
    words = not digits and phone.spelled(text)
    return [h for kind_, find in DETECTORS.items()
            if digits or kind_ not in _NEED_DIGITS or (words and kind_ == "phone")
            for h in find(text)]


def scan(blocks: list[Block], front: list[Block], reading: Reading | None = None,
         kind: str = "docx") -> list[Located]:
    """Every datum found in ``blocks``. ``reading`` is the blocks' reading (a view of
    the check's shared one); without it one is built (``kind``: "pdf" lines or "docx"
    paragraphs)."""
    own_values, own_words = own_details(front)
    if reading is None:
        from cipcheck.reading import read  # the reading layer imports privacy.base

        reading = read(blocks, kind)
    # Names are read on sentences (a name may run over two PDF lines), then located in
    # their block like the other hits.
    name_hits = names.block_hits(reading, names.find_names(reading, own_words))
    out: list[Located] = []
    previous: Block | None = None
    columns = _column_labels(blocks) if any(map(_IN_TABLE, blocks)) else {}
    pipe_header: list[str] | None = None
    complement: tuple[int, Located] | None = None
    for n, b in enumerate(blocks):
        # The column's label, after the cell on the left (« CCAS de Lens | 5 place… »
        # under « Partenaire | Adresse » is the structure's address).
        label = _label_of(previous, b, columns.get(n) if columns else None)
        previous = b
        hits: list[Hit] = []
        if "|" in b.text and not b.in_table:
            hits, pipe_header = _pipe_rows(b.text, pipe_header)
        else:
            pipe_header = None
        if not hits:
            hits = _block_hits(b.text, label)
        # Most lines open with a letter: one character test spares the call.
        if n + 1 < len(blocks) and not b.in_table and blocks[n + 1].text[:1] in _HEADS:
            hits += _across_lines(b.text, blocks[n + 1])
        elif n + 2 < len(blocks) and _FLAT_LINE.match(blocks[n + 1].text):
            hits += _across_flat(b.text, blocks[n + 1], blocks[n + 2])
        hits += name_hits.get(id(b), [])
        if not hits:
            continue  # most blocks: no sorting, no masked excerpt to build
        hits = [h for h in hits if h.value not in own_values and not _own_mailbox(h, own_words)]
        # Two detectors on the same digits (a NIR inside an IBAN…): keep the first. Kept
        # hits are sorted by start, so one that starts before the furthest end kept so
        # far overlaps one of them (linear, however many data the block holds).
        kept: list[Hit] = []
        reach = -1
        for h in sorted(hits, key=lambda h: (h.start, -h.end)):
            if h.start < reach:
                continue
            kept.append(h)
            reach = max(reach, h.end)
        complement = _add(out, kept, b, n, complement)
    return out


def _add(out: list[Located], kept: list[Hit], b: Block, n: int,
         complement: tuple[int, Located] | None) -> tuple[int, Located] | None:
    """Add the hits of block ``n``; return the line that is only an address's complement,
    if this block is one (the street line under it is the same address)."""
    if complement is not None and complement[0] == n - 1 and any(
            h.kind == "address" for h in kept):
        out.remove(complement[1])
    complement = None
    for h, text in zip(kept, excerpts(b.text, kept), strict=True):
        out.append(Located(h, b.page, text))
        if h.kind == "address" and len(kept) == 1 and _COMPLEMENT_LINE.match(h.value):
            complement = (n, out[-1])
    return complement


# A postal address over several lines (NF Z10-011: the flat or the residence, then the
# street, then the postcode): a line that is only the complement (« Résidence Les
# Tilleuls, bâtiment C ») and the street line right under it are one address.
_COMPLEMENT_LINE = re.compile(r"^(?:residence|cite|lotissement|immeuble|bat|appartement|"
                              r"appt|escalier|esc)\b[^\d]*(?:\b[a-z]|\d{1,3})?$")
