"""Find the front matter, the parts and the annexes of a dossier.

The table of contents and running headers repeat every part title, and candidates title
their parts in many ways ("Partie 1 – …", "PREMIÈRE PARTIE :", "1ère partie", "Partie I",
"1. …" under a Heading 1, or a bare competence title in bold). So we look for headings
only after the front matter, only on heading-like lines, and we report a missing,
duplicated or out-of-order part instead of guessing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from cipcheck.document import Block, Document
from cipcheck.ruleset import Part, RuleSet
from cipcheck.textnorm import fold, words

ORDINALS = {
    "premiere": 1, "premier": 1, "deuxieme": 2, "seconde": 2, "second": 2, "troisieme": 3,
    "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8,
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}

_NUM = r"(\d{1,2}|[ivx]{1,4})"
# « Partie 1/3 – … »: the part's number over the count of parts is its number.
_SEP = r"(\s*[-:.)–—/]\s*|\s+|$)"
# « PARTIE DEUX », « Partie un : … »: a number in words, closed by punctuation or the end
# of the line (« partie une fois… » is not a heading).
CARDINALS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7, "huit": 8}
_CARDINAL = "(" + "|".join(CARDINALS) + ")"
_NO = r"(?:n\s*[°o]?\s*)?"  # « n° », « no »
_ORDINALS = "|".join(ORDINALS)
_ORDINAL = f"({_ORDINALS})"
_NTH = r"(\d{1,2})\s*(?:ere|er|re|eme|e|ieme|nde|d)"  # « 1ère », « 2e », « 3ème », « 2nde »
_EXPLICIT = [
    # "Partie 1 – …", "PARTIE II :", "Partie n°3"
    re.compile(rf"^(?:\d{{1,2}}\s*[-.:)]\s*)?partie\s*{_NO}{_NUM}\b{_SEP}"),
    # "Chapitre 1 : …": some dossiers call their parts chapters (kept only when no
    # heading says « partie », see _prefer_worded)
    re.compile(rf"^chapitre\s*{_NO}{_NUM}\b{_SEP}"),
    # "Première partie", "PREMIERE PARTIE :"
    re.compile(rf"^{_ORDINAL}\s+partie\b"),
    # "1ère partie", "2e partie", "3ème partie", "1re partie"
    re.compile(rf"^{_NTH}\s+partie\b"),
    # "Partie deux : …", "PARTIE UN"
    re.compile(rf"^partie\s+{_CARDINAL}\s*(?:[-:.)–—/]|$)"),
]
# "Volet 2 – …", "AXE 3 :", "Section 1", "Bloc 2": other nouns some dossiers give their
# parts. Only on a line written as a heading, and only when no heading says « partie »
# or « chapitre »; they often name sub-headings too, so only the noun that counts the
# most parts is kept (see _prefer_worded).
_OTHER_NOUN = re.compile(rf"^(volet|axe|section|bloc|situation)\s*{_NO}{_NUM}\b{_SEP}")
_LESSER = frozenset({"chapitre", "volet", "axe", "section", "bloc", "situation"})
# "1. Présentation…", "II – Accompagnement…": only as a heading, never "1.1 …".
_NUMBERED = re.compile(rf"^{_NUM}\s*(?:[.)\-–—:]|\s)\s*(?!\d)(\S.*)$")
# "A. Accompagnement…", "B – Le projet": parts lettered like numbers; always with a
# punctuation mark (« A la suite… » is a sentence).
_LETTERED = re.compile(r"^([a-h])\s*[.)\-–—:]\s*(?!\d)(\S.*)$")
_TOC_HEADING = re.compile(r"^(sommaire|table des matieres|plan( du dossier)?|contents?)\b")
_DOT_LEADER = re.compile(r"(\.{4,}|…{2,}|(\. ){4,}|_{4,})\s*\d{1,3}\s*$|\t\s*\d{1,3}\s*$")
_TRAILING_PAGE = re.compile(r"\s\d{1,3}$")
_ANNEX = re.compile(r"^(annexes?|liste des annexes)\b(?!\s+(?:de|du|des|la|le)\b)")
# « 8. Annexes », « VIII – Annexes »: the number a multilevel list (or the candidate) puts
# before the annexes' heading, after the parts' own numbers (blind18: the annexes of a
# titre numbered by Word were read as part 7, which then failed as too long).
_ENUMERATED = re.compile(r"^(?:\d{1,2}|[ivx]{1,5})\s*[.)\-–—:]\s*(?=annexe)")
# Only a heading that is just the word (optionally "générale"): "Conclusion de
# l'accompagnement" inside a part is a sub-heading, not the end of the part.
_BOUNDARY = re.compile(
    r"^(?:[ivx\d]{1,3}\s*[-.–:)]\s*)?(introduction|conclusion|bibliographie|sitographie|"
    r"webographie|glossaire|lexique|remerciements|references|sources|table des sigles|"
    r"liste des sigles)( generale| bibliographiques?)?\s*[:.]?$")
# Conclusions titled in the candidate's words (« Pour conclure », « Bilan de ma
# formation »): only what closes the whole dossier, never « Bilan de l'accompagnement ».
_CONCLUSION = re.compile(
    r"^(?:[ivx\d]{1,3}\s*[-.–:)]\s*)?(?:pour conclure|en conclusion|"
    r"conclusion (?:et perspectives|personnelle)|bilan (?:de|sur) (?:ma|la|cette) formation|"
    r"bilan (?:de|sur) mon parcours(?: de formation)?|bilan personnel(?: et professionnel)?)"
    r"\s*[:.!]?$")


@dataclass(frozen=True)
class Heading:
    """A line that opens a part or ends one, and how it was recognised."""

    index: int  # block index
    number: int | None  # part number, None for other boundaries
    kind: str  # "part" | "intro" | "conclusion" | "annexes" | "other"
    how: str  # which pattern recognised it (explained in the report)
    block: Block
    text: str = ""  # the whole heading, with the lines it wraps onto
    # Written as a heading (heading style, bold, bigger, capitals): a plain line that
    # announces a part may also be a sentence of the body, and is never failed on alone.
    sure: bool = True

    @property
    def title(self) -> str:
        return self.text or self.block.text


@dataclass(frozen=True)
class PartSpan:
    """One part found: its heading and the pages it runs over."""

    number: int
    heading: Heading
    start: float
    end: float

    @property
    def pages(self) -> float:
        return round(max(0.0, self.end - self.start), 2)

    @property
    def start_page(self) -> int:
        return self.heading.block.page


@dataclass(frozen=True)
class Dossier:
    """A document cut into front matter, parts and annexes."""

    document: Document
    rules: RuleSet
    front_matter_pages: tuple[int, ...]
    toc_pages: tuple[int, ...]
    body_start: float
    body_end: float
    annex_start: float | None
    parts: dict[int, PartSpan]
    headings: tuple[Heading, ...]
    duplicates: dict[int, tuple[Heading, ...]] = field(default_factory=dict)
    out_of_order: tuple[int, ...] = ()
    body_size: float | None = None
    # Missing parts whose gap holds more lines written like the part headings than parts
    # missing there (so none could be chosen): the line each one may open with, in order.
    unread: dict[int, Heading] = field(default_factory=dict)
    # part_blocks by part number: asked by several checks, each a walk of the document
    # (not copied by dataclasses.replace: a dossier made anew starts empty).
    _part_blocks: dict[int, tuple[Block, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False)

    @property
    def body_pages(self) -> float:
        return round(max(0.0, self.body_end - self.body_start), 2)

    @property
    def annex_pages(self) -> float:
        if self.annex_start is None:
            return 0.0
        return round(max(0.0, self.document.page_count - self.annex_start), 2)

    def body_blocks(self) -> list[Block]:
        """Blocks of the body: after the front matter, before the annexes."""
        end = self.annex_start if self.annex_start is not None else float("inf")
        return [b for b in self.document.blocks
                if self.body_start <= b.position < end and not b.is_toc]

    def part_blocks(self, number: int) -> list[Block]:
        found = self._part_blocks.get(number)
        if found is None:
            span = self.parts.get(number)
            if span is None:
                return []
            found = self._part_blocks[number] = tuple([
                b for b in self.document.blocks[span.heading.index:]
                if b.position < span.end or b is span.heading.block])
        return list(found)


def text_size(blocks: tuple[Block, ...]) -> float | None:
    """The text's font size: the size that carries the most characters."""
    weights: Counter[float] = Counter()
    for b in blocks:
        if b.size:
            weights[round(b.size * 2) / 2] += len(b.text)
    return weights.most_common(1)[0][0] if weights else None


def is_toc_line(b: Block) -> bool:
    if b.is_toc:
        return True
    # Every leader ends on a page number: most lines do not, and the pattern, tried at
    # each character, was ~9 ms of a 51-page dossier (issue 10).
    return b.text.rstrip()[-1:].isdecimal() and bool(_DOT_LEADER.search(b.text))


def heading_like(b: Block, body_size: float | None) -> bool:
    text = b.text.strip()
    if len(text) > 180 or b.in_table:
        return False
    if b.heading_level is not None and b.heading_level <= 3:
        return True
    if b.bold:
        return True
    if body_size and b.size and b.size >= body_size + 1:
        return True
    if not text.isupper():
        return False  # a lower-case letter, or no cased letter: not a line in capitals
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


# Asked of every line by rule-set detection, then again by the segmenter.
@lru_cache(maxsize=16384)
def part_number(text: str) -> tuple[int, str] | None:
    """The part number an explicit part heading announces, and how it was written."""
    f = fold(text)
    for i, pattern in enumerate(_EXPLICIT):
        m = pattern.match(f)
        if not m:
            continue
        token = m.group(1)
        if token in ORDINALS:
            return ORDINALS[token], "ordinal"
        if token in CARDINALS:
            return CARDINALS[token], "partie-mot"
        if i == 1:
            number = _as_number(token)
            return (number, "chapitre") if number else None
        if token.isdigit():
            return int(token), ("partie-n" if i == 0 else "n-partie")
        if token in ROMAN:
            return ROMAN[token], "partie-roman"
    return None


def other_noun_number(text: str) -> tuple[int, str] | None:
    """« Volet 2 – … », « AXE 3 : … »: the number and the noun (asked of headings only)."""
    m = _OTHER_NOUN.match(fold(text))
    if not m:
        return None
    number = _as_number(m.group(2))
    return (number, m.group(1)) if number else None


_SENTENCE_GOES_ON = re.compile(r"[.!?…]\s+\S")
# « Partie 2 (suite) », « PARTIE 4 – suite et fin »: the part goes on over a new page;
# a heading that announces nothing new (« Partie 2 : préparer la suite » still does).
_GOES_ON = re.compile(r"(\(\s*(suite( et fin)?|fin|continued)\s*\)|[-–—:]\s*(suite( et fin)?|fin))"
                      r"\s*[.:]?$")


def _names_a_part_in_prose(text: str) -> bool:
    """A plain line that announces a part and goes on as a sentence after the title
    ("Deuxième partie : le suivi. Elle raconte…"): body text, not a heading."""
    f = fold(text)
    for pattern in _EXPLICIT:
        m = pattern.match(f)
        if m:
            return bool(_SENTENCE_GOES_ON.search(f, m.end()))
    return False


# A line that names one part or several (« Partie 1 : … », « Parties 2 et 3 : … »,
# « Deuxième partie … »), and the first number it names.
_NAMES_PARTS = re.compile(
    # _EXPLICIT's forms, in the plural too, after a bullet or a list number
    r"^(?:[-•*–]\s*|\d{1,2}\s*[.)]\s*)?"
    rf"(?:(?:parties?|chapitres?)\s*{_NO}{_NUM}\b|"
    rf"{_ORDINAL}(?:\s*(?:,|et|a)\s*(?:{_ORDINALS}))*\s+parties?\b|"
    rf"{_NTH}\s+partie\b)")


def _first_part_named(text: str) -> int | None:
    m = _NAMES_PARTS.match(fold(text.strip()))
    if not m:
        return None
    token = next(g for g in m.groups() if g)
    return int(token) if token.isdigit() else ORDINALS.get(token) or ROMAN.get(token)


_PLAN_REACH = 3  # lines between two items of a plan: a wrapped item, a table's other cell


def _in_a_plan(blocks: tuple[Block, ...], i: int, number: int) -> bool:
    """A plain line that names a part near another line naming parts in counting
    order, on the same page (« Partie 1 : la structure. / Parties 2 et 3 : deux
    accompagnements. »): the plan of the dossier told in the introduction, as lines, a
    numbered list or the rows of a table (each item may wrap, or sit beside its
    description). The real « Partie 1 » right after a plan that ended on « Partie 7 »
    is not one of its items."""
    here = blocks[i]
    for step in (-1, 1):
        for j in range(i + step, i + step * (_PLAN_REACH + 1), step):
            if (not 0 <= j < len(blocks) or blocks[j].page != here.page
                    or blocks[j].in_table != here.in_table):
                break
            other = _first_part_named(blocks[j].text)
            if other is None:
                continue
            if other > number if step > 0 else other < number:
                return True
            break
    return False


_OPEN_END = re.compile(r"([,;(]|\b(?:et|ou|de|du|des|la|le|les|a|au|aux|en|sur|pour|"
                       r"avec|qui|que|dont|une?|voir|cf\.?)|\b[dlj]')$")


def _alone(b: Block, nxt: Block | None) -> bool:
    """A plain line that stands alone as a heading would: short, closed (it does not
    stop on a comma or a linking word) and not continued by the next line in lower
    case. A PDF line cut in the middle of a sentence is not."""
    text = b.text.strip()
    if len(text) > 90 or _OPEN_END.search(fold(text)):
        return False
    if nxt is not None and nxt.page == b.page and not nxt.in_table:
        first = nxt.text.lstrip()[:1]
        if first.islower():
            return False
    return True


def _ends_open(prev: Block | None, b: Block) -> bool:
    """A plain line right after a line cut in the middle of a sentence — a PDF line
    that wraps (« …une note que vous trouverez en / annexe 4. », « (voir / Annexe 2) »):
    the tail of that sentence, never a heading of its own."""
    if prev is None or prev.in_table != b.in_table or not (
            prev.page == b.page or (prev.page + 1 == b.page and b.first_on_page)):
        return False
    before = fold(prev.text.rstrip())
    if _OPEN_END.search(before):
        return True
    return b.text.lstrip()[:1].islower() and before[-1:].isalpha()


def _numbered(text: str) -> int | None:
    m = _NUMBERED.match(fold(text))
    if not m:
        lettered = _LETTERED.match(fold(text))
        return ord(lettered.group(1)) - ord("a") + 1 if lettered else None
    return _as_number(m.group(1))


def _as_number(token: str) -> int | None:
    """« 2 » or « ii »."""
    return int(token) if token.isdigit() else ROMAN.get(token)


def keyword_score(text: str, part: Part) -> int:
    folded = " " + " ".join(words(text)) + " "
    return sum(1 for k in part.keywords if f" {fold(k)}" in folded)


def _front_matter(doc: Document) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Cover page and table-of-contents pages at the start of the document."""
    by_page: dict[int, list[Block]] = {}
    for b in doc.blocks:
        by_page.setdefault(b.page, []).append(b)
    toc_pages: list[int] = []
    for page in sorted(by_page)[:6]:
        blocks = by_page[page]
        toc_lines = sum(1 for b in blocks if is_toc_line(b))
        titled = any(_TOC_HEADING.match(fold(b.text)) and len(b.text) < 40 for b in blocks)
        trailing = sum(1 for b in blocks if _TRAILING_PAGE.search(b.text) and len(b.text) < 140)
        if titled or toc_lines >= 3 or (toc_pages and toc_lines >= 1) or (
                toc_pages and trailing >= 0.6 * len(blocks)):
            toc_pages.append(page)
        elif toc_pages:
            break
    front: list[int] = []
    first_page = by_page.get(1, [])
    cover_is_content = any(part_number(b.text) or _BOUNDARY.match(fold(b.text))
                           for b in first_page if not is_toc_line(b))
    if doc.page_count > 2 and first_page and not cover_is_content and 1 not in toc_pages:
        front.append(1)
    if toc_pages:
        # Everything up to the last TOC page is front matter (a cover may span pages).
        front = list(range(1, max(toc_pages) + 1))
    return tuple(front), tuple(toc_pages)


def _continuation(blocks: tuple[Block, ...], i: int, body_size: float | None) -> list[int]:
    """Indexes of the lines that continue the heading at ``i`` (same page, same look,
    right below it)."""
    head = blocks[i]
    out: list[int] = []
    prev = head
    for j in range(i + 1, min(i + 3, len(blocks))):
        nxt = blocks[j]
        if (nxt.page != head.page or nxt.bold != head.bold or nxt.heading_level is not None
                and nxt.heading_level != head.heading_level
                or abs((nxt.size or 0) - (head.size or 0)) > 0.6
                or not heading_like(nxt, body_size)
                or not 0 < nxt.y - prev.y < 2.2 * (head.size or 11) / 842
                or part_number(nxt.text) is not None):
            break
        out.append(j)
        prev = nxt
    return out


def _same_look(a: Block, b: Block) -> bool:
    """Two headings at the same level: same heading style, or same size and weight."""
    if a.heading_level is not None or b.heading_level is not None:
        return a.heading_level == b.heading_level
    return a.bold == b.bold and abs((a.size or 0) - (b.size or 0)) <= 0.5


def _drop_toc_echoes(headings: list[Heading], page_count: int) -> list[Heading]:
    """A part heading that ends with a page number and is announced again later is a
    table-of-contents entry typed without dot leaders."""
    out = []
    for h in headings:
        trailing = _TRAILING_PAGE.search(h.block.text)
        # "PARTIE 1" alone ends with its own number, not with a page number.
        announced = trailing and part_number(h.block.text[:trailing.start()]) is not None
        if (h.kind == "part" and announced and trailing
                and int(trailing.group().strip()) <= page_count
                and any(o.number == h.number and o.index > h.index
                        and o.how not in ("title", "numbered-heading") for o in headings)):
            continue
        out.append(h)
    return out


def _drop_lists(headings: list[Heading]) -> list[Heading]:
    """Part headings on consecutive lines are a plan announced in the introduction
    ("Première partie : … / Deuxième partie : …"), not the parts themselves."""
    parts = [h for h in headings if h.kind == "part"]
    listed: set[int] = set()
    for a, b in zip(parts, parts[1:], strict=False):
        # A plan counts up; a number that starts again right after it ("Partie 7" of
        # the plan, then the real "Partie 1") is the first part, not one more item.
        if (b.index == a.index + 1 and a.block.page == b.block.page
                and (a.number or 0) < (b.number or 0)):
            listed.update((a.index, b.index))
    return [h for h in headings if h.index not in listed]


def _keep_real_boundaries(headings: list[Heading]) -> list[Heading]:
    """An introduction only opens the body before the first part; a conclusion or
    bibliography only closes the last part. Elsewhere they are sub-headings."""
    part_idx = [h.index for h in headings if h.kind == "part"]
    if not part_idx:
        return headings
    first, last = min(part_idx), max(part_idx)
    out = []
    for h in headings:
        if h.kind == "introduction" and h.index > first:
            continue
        if h.kind in ("conclusion", "other") and h.index < last:
            continue
        out.append(h)
    return out


# The passes of ``segment``, in order. Each takes what the previous one gave and can be
# tried alone on a few blocks (tests/test_segmenter_passes.py).


@dataclass(frozen=True)
class Candidates:
    """Every line that may open a part or end one, before the numbering is settled."""

    headings: list[Heading]
    # Plain part lines (not written as headings) that stand alone as a heading would.
    alone: frozenset[int] = frozenset()


def candidate_headings(blocks: tuple[Block, ...], front: tuple[int, ...], rules: RuleSet,
                       body_size: float | None) -> Candidates:
    """Pass 1: the lines after the front matter that announce a part (« Partie 2 »,
    « 2. Le suivi » under a Heading 1, a bare part title) or a boundary (introduction,
    conclusion, bibliography, annexes). Table-of-contents lines never count."""
    front_end = float(max(front)) if front else 0.0
    headings: list[Heading] = []
    continuation: set[int] = set()
    alone: set[int] = set()
    # Numbered heading-like lines that nothing else marks as a part (no Heading 1, no
    # bigger size, none of the part's words: « 1. LA MAISON DE L'EMPLOI »).
    unconfirmed: list[Heading] = []
    for i, b in enumerate(blocks):
        if (b.position < front_end and b.page in front) or is_toc_line(b) or i in continuation:
            continue
        looks = heading_like(b, body_size)
        full_text = b.text
        if looks:
            # A heading wrapped over several lines is one heading: its later lines
            # must not be read as headings of their own.
            more = _continuation(blocks, i, body_size)
            continuation.update(more)
            full_text = " ".join([b.text, *(blocks[j].text for j in more)])
        explicit = part_number(b.text) or (other_noun_number(b.text) if looks else None)
        if explicit is not None and (_GOES_ON.search(fold(full_text)) or (
                not looks and _in_a_plan(blocks, i, explicit[0]))):
            continue
        if explicit is not None:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            heading, stands_alone = _worded_part(i, b, full_text, looks, nxt, explicit)
            if stands_alone:
                alone.add(i)
        else:
            heading = boundary_heading(i, b, full_text, looks, blocks[i - 1] if i else None)
            if heading is None and looks:
                heading = _unworded_part(i, b, full_text, rules, body_size)
                if heading is None:
                    unconfirmed.extend(_bare_number(i, b, full_text, rules))
        if heading is not None:
            headings.append(heading)
    headings = sorted(headings + _numbered_series(headings, unconfirmed, rules),
                      key=lambda h: h.index)
    return Candidates(headings, frozenset(alone))


def _bare_number(i: int, b: Block, full_text: str, rules: RuleSet) -> list[Heading]:
    num = _numbered(b.text)
    if num is None or rules.part(num) is None:
        return []
    return [Heading(i, num, "part", "numbered-heading", b, full_text)]


def _numbered_series(found: list[Heading], unconfirmed: list[Heading],
                     rules: RuleSet) -> list[Heading]:
    """The numbered lines that nothing else marks as parts are parts when, with the
    numbered headings of the same look, they count the rule set's parts up once each
    (1, 2, … 7, at most one missing), each on a page of its own: the series is the
    evidence. Sub-headings numbered again under each part repeat their numbers, and the
    bold steps of a method listed on one page share pages: neither makes such a series."""
    numbered = [h for h in found if h.how == "numbered-heading"]
    wanted = len(rules.parts)
    for first in unconfirmed:
        series = sorted((h for h in numbered + unconfirmed if _same_look(h.block, first.block)),
                        key=lambda h: h.index)
        numbers = [h.number or 0 for h in series]
        pages = {h.block.page for h in series}
        if (len(numbers) >= max(3, wanted - 1) and len(set(numbers)) == len(numbers)
                and numbers == sorted(numbers) and len(pages) == len(series)):
            return [h for h in series if h in unconfirmed]
    return []


def _worded_part(i: int, b: Block, full_text: str, looks: bool, nxt: Block | None,
                 explicit: tuple[int, str]) -> tuple[Heading | None, bool]:
    """A line that names a part with the word « partie », and whether, written plainly,
    it stands alone as a heading would."""
    plain = not looks
    if plain and _names_a_part_in_prose(b.text):
        return None, False  # "Deuxième partie : le suivi. Elle raconte…": a sentence
    stands_alone = plain and _alone(b, nxt)
    first = b.text.lstrip()[:1]
    starts_upper = first.isupper() or first.isdigit()
    if (looks or (starts_upper and len(b.text) < 120)) and explicit[0] >= 1:
        return Heading(i, explicit[0], "part", explicit[1], b, full_text,
                       sure=not plain), stands_alone
    return None, stands_alone


def boundary_heading(i: int, b: Block, full_text: str, looks: bool,
                     prev: Block | None = None) -> Heading | None:
    """« Annexes », « Introduction », « Conclusion », « Bibliographie »…: a heading, or a
    short plain line (an annex title is often typed plainly at the top of its page,
    « Conclusion » in plain text on its own line still ends the last part) that does
    not end a sentence begun on the line before."""
    f = fold(full_text)
    n = len(b.text)
    bare = _ENUMERATED.sub("", f, count=1)
    # (numbered, it must look like a heading or open its page: « 2. Annexe 3 » in a list
    # of the body is no heading)
    if _ANNEX.match(bare) and (looks or (n < 80 and (b.first_on_page or (
            n < 30 and bare == f)))):
        heading = Heading(i, None, "annexes", "annexes", b, full_text)
    elif looks and _CONCLUSION.match(f):
        return Heading(i, None, "conclusion", "conclusion", b, full_text)
    elif (m := _BOUNDARY.match(f)) and (looks or n <= 30):
        kind = m.group(1)
        heading = Heading(i, None, kind if kind in ("introduction", "conclusion") else "other",
                          kind, b, full_text)
    else:
        return None
    # Asked only of a plain line that reads as a boundary: not of every line of the body.
    return None if not looks and _ends_open(prev, b) else heading


def _unworded_part(i: int, b: Block, full_text: str, rules: RuleSet,
                   body_size: float | None) -> Heading | None:
    """A heading-like line that opens a part without the word « partie »: a number of
    the rule set (« 2. Le suivi ») at the top level or with the part's words, or a bare
    part title at the top level."""
    num = _numbered(b.text)
    part = rules.part(num) if num is not None else None
    if num is not None and part is not None:
        big = bool(body_size and b.size and b.size >= body_size + 2)
        if b.heading_level == 1 or big or keyword_score(full_text, part) >= 1:
            return Heading(i, num, "part", "numbered-heading", b, full_text)
    # A bare competence or part title, without a number: only at the top level
    # (Heading 1, or bigger than the text, or capitals), never a bold sub-heading.
    f = fold(full_text)
    top_level = b.heading_level == 1 or (b.heading_level is None and (
        (body_size and b.size and b.size >= body_size + 1.5) or f.upper() == f
        or b.text.isupper()))
    if not top_level or len(b.text) >= 180:
        return None
    best: tuple[int, int] | None = None
    for candidate in rules.parts:
        score = keyword_score(full_text, candidate)
        if score >= 2 and (best is None or score > best[1]):
            best = (candidate.number, score)
    return Heading(i, best[0], "part", "title", b, full_text) if best is not None else None


def numbered_parts(headings: list[Heading], page_count: int) -> list[Heading]:
    """Pass 2: settle which way of numbering parts the dossier uses, and drop what only
    looks like a part heading: table-of-contents echoes, a plan listed in the
    introduction, sub-headings numbered below the parts, an introduction after the
    first part or a conclusion before the last."""
    headings = _prefer_worded(_drop_toc_echoes(headings, page_count))
    headings = _top_level_numbers(headings)
    return _keep_real_boundaries(_drop_lists(headings))


def _prefer_worded(headings: list[Heading]) -> list[Heading]:
    """Explicit numbering wins over titles: drop title matches for numbers already
    announced explicitly, and all title matches once two parts are numbered. The word
    "partie" is the strongest signal: once two parts are announced with it, a bare
    number ("1. Présentation de la structure") or a bare title is a sub-heading, not a
    part."""
    partie = {h.number for h in headings if h.kind == "part"
              and h.how not in ("title", "numbered-heading", *_LESSER)}
    if len(partie) >= 2:
        headings = [h for h in headings if h.how not in _LESSER]
    headings = _one_lesser_noun(headings)
    worded = {h.number for h in headings if h.kind == "part"
              and h.how not in ("title", "numbered-heading")}
    if len(worded) >= 2:
        looks = [h.block for h in headings if h.kind == "part" and h.number in worded]
        headings = [h for h in headings if h.how not in ("title", "numbered-heading") or (
            h.how == "numbered-heading" and h.number not in worded
            and any(_same_look(h.block, b) for b in looks))]
    explicit_numbers = {h.number for h in headings if h.kind == "part" and h.how != "title"}
    if explicit_numbers:
        headings = [h for h in headings if not (h.how == "title" and (
            h.number in explicit_numbers or len(explicit_numbers) >= 2))]
    return headings


def _one_lesser_noun(headings: list[Heading]) -> list[Heading]:
    """« Volet 1 … Axe 1, Axe 2 … Volet 2 »: the noun that counts the parts is the one
    that names the most distinct numbers (the first seen on a tie); the others name
    sub-headings."""
    nouns: dict[str, set[int | None]] = {}
    for h in headings:
        if h.how in _LESSER:
            nouns.setdefault(h.how, set()).add(h.number)
    if len(nouns) < 2:
        return headings
    keep = max(nouns, key=lambda n: len(nouns[n]))  # dicts keep the order first seen
    return [h for h in headings if h.how not in _LESSER or h.how == keep]


def _top_level_numbers(headings: list[Heading]) -> list[Heading]:
    """Numbered headings are parts only at the top level seen: the shallowest heading
    style, or in a PDF the biggest size ("1. Le contexte" below "1. Présentation…")."""
    numbered = [h for h in headings if h.how == "numbered-heading"]
    if not numbered:
        return headings
    top = min((h.block.heading_level or 9) for h in numbered)
    biggest = max((h.block.size or 0) for h in numbered
                  if (h.block.heading_level or 9) == top)
    return [h for h in headings if h.how != "numbered-heading" or (
        (h.block.heading_level or 9) == top and (h.block.size or 0) >= biggest - 0.5)]


def annexes(headings: list[Heading], front_end: float) -> tuple[Heading | None, list[Heading]]:
    """Pass 3: the heading that opens the annexes — the first annex heading after the
    last part, else the first after the front matter when no part follows it — and the
    headings that come before the annexes."""
    last_part_idx = max((h.index for h in headings if h.kind == "part"), default=-1)
    annex = next((h for h in headings if h.kind == "annexes" and h.index > last_part_idx), None)
    if annex is None:
        annex = next((h for h in headings if h.kind == "annexes"
                      and h.block.position > front_end), None)
        if annex is not None and any(h.kind == "part" and h.index > annex.index for h in headings):
            annex = None
    if annex is None:
        return None, headings
    return annex, [h for h in headings if h.index <= annex.index]


def confirm_plain_parts(headings: list[Heading], alone: frozenset[int]) -> list[Heading]:
    """A plain part line standing alone is a sure heading when the dossier writes its
    part headings that way; among styled part headings it is the odd one out."""
    if any(h.kind == "part" and h.sure for h in headings):
        return headings
    return [replace(h, sure=True) if h.index in alone else h for h in headings]


@dataclass(frozen=True)
class Choice:
    """The heading that opens each part, and the numbers announced more than once (each
    with all its announcements, the chosen one included, in document order)."""

    chosen: list[Heading]
    duplicates: dict[int, list[Heading]]


def choose_parts(headings: list[Heading], rules: RuleSet) -> Choice:
    """Pass 4: the first occurrence of each part number of the rule set opens the part;
    later ones are duplicates. A number written once as a heading and once as a plain
    line: the heading opens the part, the plain line is only reported (as a possible
    repeat, never a failure); a repeated title match is a sub-heading."""
    duplicates: dict[int, list[Heading]] = {}
    part_heads = [h for h in headings if h.kind == "part" and h.number is not None]
    chosen: list[Heading] = []
    sure_numbers = {h.number for h in part_heads if h.sure}
    for h in part_heads:
        assert h.number is not None
        if rules.part(h.number) is None:
            continue
        if not h.sure and h.number in sure_numbers:
            if h.how != "title":
                duplicates.setdefault(h.number, []).append(h)
            continue
        if any(c.number == h.number for c in chosen):
            if h.how != "title":  # a title match is fuzzy: a repeat is a sub-heading
                duplicates.setdefault(h.number, []).append(h)
            continue
        chosen.append(h)
    for number, extra in duplicates.items():
        first = next(c for c in chosen if c.number == number)
        extra[:] = sorted([first, *extra], key=lambda h: h.index)
    return Choice(chosen, duplicates)


def _gap_bounds(run: list[int], chosen: dict[int, Heading], headings: list[Heading],
                last_number: int) -> tuple[Heading, Heading, Heading] | None:
    """The headings around a run of missing part numbers: the part before it (or the
    introduction), the part after it (or the conclusion, the annexes), and the part
    heading whose look the missing ones should share."""
    before = chosen.get(run[0] - 1)
    if before is None and run[0] == 1:
        before = next((h for h in headings if h.kind == "introduction"), None)
    after = chosen.get(run[-1] + 1)
    if after is None and run[-1] == last_number and before is not None:
        after = next((h for h in headings if h.index > before.index
                      and h.kind in ("conclusion", "annexes")), None)
    if before is None or after is None or after.index <= before.index:
        return None
    ref = before if before.kind == "part" else after
    return (before, after, ref) if ref.kind == "part" else None


def _look_alikes(blocks: tuple[Block, ...], bounds: tuple[Heading, Heading, Heading],
                 taken: set[int], body_size: float | None) -> list[Heading]:
    """The headings between two bounds written like the reference part heading, each
    with the lines it wraps onto; a group title (followed at once by another heading of
    its look) is left out."""
    before, after, ref = bounds
    found = []
    # the lines a heading wraps onto are not headings of their own
    skip = set(_continuation(blocks, before.index, body_size))
    for j in range(before.index + 1, after.index):
        b = blocks[j]
        if (j in taken or j in skip or is_toc_line(b) or b.in_table != ref.block.in_table
                or len(b.text) > 120 or not (heading_like(b, body_size) or b.in_table)
                or not _same_look(b, ref.block)):
            continue
        more = _continuation(blocks, j, body_size)
        skip.update(more)
        k = j + 1 + len(more)
        nxt = blocks[k] if k < len(blocks) else None
        if nxt is not None and heading_like(nxt, body_size) and _same_look(nxt, b):
            continue
        text = " ".join([b.text, *(blocks[m].text for m in more)])
        found.append(Heading(j, None, "part", "sequence", b, text))
    return found


def _missing_runs(chosen: dict[int, Heading], rules: RuleSet) -> list[list[int]]:
    """The part numbers not found, in runs of consecutive numbers."""
    runs: list[list[int]] = []
    for n in (p.number for p in rules.parts if p.number not in chosen):
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def fill_gaps(blocks: tuple[Block, ...], choice: Choice, headings: list[Heading],
              rules: RuleSet, body_size: float | None
              ) -> tuple[Choice, list[Heading], dict[int, Heading]]:
    """Pass 4b: parts whose heading names no part and no part's words (« Situation 1 :
    accompagnement de M. B. » for parts 2 and 3, between « Partie 1 » and « Partie 4 »).
    Between the part before and the part after, the headings written exactly like the
    found part headings are the missing parts, in order, when there are exactly as many
    as parts missing, each on its own page. A heading directly followed by another of
    the same look groups what follows (« Activité type 2 : … »): it opens nothing.
    When there are more of them (or two share a page), none is chosen, but each missing
    part keeps the one it may open with (``Dossier.unread``): its absence is not sure."""
    chosen = {h.number: h for h in choice.chosen if h.number is not None}
    if not chosen:
        return choice, headings, {}
    numbers = [p.number for p in rules.parts]
    taken = {h.index for h in headings}
    added: list[Heading] = []
    unread: dict[int, Heading] = {}
    for run in _missing_runs(chosen, rules):
        bounds = _gap_bounds(run, chosen, headings, numbers[-1])
        if bounds is None:
            continue
        found = _look_alikes(blocks, bounds, taken, body_size)
        if len(found) == len(run) and len({h.block.page for h in found}) == len(found):
            added += [replace(h, number=n) for h, n in zip(found, run, strict=False)]
        elif len(found) >= len(run):
            unread.update(zip(run, found, strict=False))
    if not added:
        return choice, headings, unread
    merged = sorted([*choice.chosen, *added], key=lambda h: h.index)
    return (Choice(merged, choice.duplicates),
            sorted([*headings, *added], key=lambda h: h.index), unread)


def part_spans(choice: Choice, headings: list[Heading],
               end_of_body: float) -> dict[int, PartSpan]:
    """Each chosen part runs from its heading to the next boundary (another part, a
    conclusion, the annexes…) or to the end of the body. A plain line that lost to a
    real heading of its number does not end a part."""
    chosen_ids = {id(c) for c in choice.chosen}
    passed_over = {id(h) for hs in choice.duplicates.values() for h in hs
                   if not h.sure and id(h) not in chosen_ids}
    boundaries = sorted((h for h in headings if id(h) not in passed_over),
                        key=lambda h: h.index)
    parts: dict[int, PartSpan] = {}
    for h in choice.chosen:
        assert h.number is not None
        nxt = next((b for b in boundaries if b.index > h.index
                    and not (b.kind == "part" and b.number == h.number)), None)
        end = nxt.block.position if nxt is not None else end_of_body
        parts[h.number] = PartSpan(h.number, h, h.block.position, end)
    return parts


def out_of_order(chosen: list[Heading]) -> tuple[int, ...]:
    """Pass 5: the part numbers that come after a higher one."""
    order = [h.number for h in sorted(chosen, key=lambda h: h.index)]
    return tuple(n for i, n in enumerate(order)
                 if n is not None and any(m is not None and m > n for m in order[:i]))


def body_start(front: tuple[int, ...], rules: RuleSet) -> float:
    """Pass 6: where the counted pages begin — after the cover and the table of contents
    unless the rule set counts them."""
    if rules.pages.count_front_matter or not front:
        return 0.0
    return float(max(front))


def segment(doc: Document, rules: RuleSet) -> Dossier:
    body_size = text_size(doc.blocks)
    front, toc_pages = _front_matter(doc)
    front_end = float(max(front)) if front else 0.0
    found = candidate_headings(doc.blocks, front, rules, body_size)
    headings = numbered_parts(found.headings, doc.page_count)
    annex, headings = annexes(headings, front_end)
    annex_start = annex.block.position if annex is not None else None
    headings = confirm_plain_parts(headings, found.alone)
    choice = choose_parts(headings, rules)
    choice, headings, unread = fill_gaps(doc.blocks, choice, headings, rules, body_size)
    end_of_body = annex_start if annex_start is not None else float(doc.page_count)
    return Dossier(
        document=doc,
        rules=rules,
        front_matter_pages=front,
        toc_pages=toc_pages,
        body_start=body_start(front, rules),
        body_end=end_of_body,
        annex_start=annex_start,
        parts=part_spans(choice, headings, end_of_body),
        headings=tuple(headings),
        duplicates={k: tuple(v) for k, v in choice.duplicates.items()},
        out_of_order=out_of_order(choice.chosen),
        body_size=body_size,
        unread=unread,
    )
