"""PDF reader: exact pages, text lines with font family, size and baseline pitch.

pypdfium2 (which pdfplumber brings) reads text ~40x faster than pdfplumber's
``extract_text``; we ask its glyph API only for a few characters per line, which is
enough to know the line's font, size and baseline.
"""

from __future__ import annotations

import ctypes
import math
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from cipcheck.document import Block, Document, PagesMethod, Span
from cipcheck.i18n import N_
from cipcheck.readers import errors, poppler
from cipcheck.readers.errors import InputProblem
from cipcheck.readers.fonts import family, is_bold, line_height
from cipcheck.readers.pdf_rows import join_rows

MAX_PAGES = 400
MIN_TEXT_CHARS_PER_PAGE = 25


@dataclass
class PdfLine:
    """One line of a page as pdfium gives it, with its sampled font."""

    text: str
    page: int
    baseline: float  # distance from the top of the page, in points
    top: float
    size: float | None
    spans: tuple[Span, ...]
    bold: bool
    height: float  # page height
    x: float = 0.0  # where the line starts, from the left of the page, in points
    joined: bool = False  # a table row made of several lines (see pdf_rows)
    # where the line's words after the first start, from the left of the page; only for
    # a line whose next line starts further right (see pdf_rows: a cell that wraps)
    starts: tuple[float, ...] = ()


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        # pdfium says « password » for files that are not encrypted at all: read_pdf asks
        # poppler before telling the user anything.
        if "password" in str(exc).lower():
            raise errors.pdf_password() from exc
        raise errors.pdf_damaged("il ne peut pas être ouvert",
                                 "it cannot be opened") from exc


@dataclass
class _Read:
    """What pdfium read of a file: its lines and what they tell of it."""

    lines: list[PdfLine]
    count: int
    # pages whose text came from form fields or annotations (FreeText, widgets)
    annotation_pages: list[int] = field(default_factory=list)
    # pages with almost no text that an image covers (a scan)
    image_pages: int = 0

    @property
    def chars(self) -> int:
        return sum(len(ln.text) for ln in self.lines)


def _by_newline(text: str) -> list[tuple[int, str]]:
    """Lines as pdfium breaks them: (offset of the first character, text)."""
    out, offset = [], 0
    for chunk in text.split("\r\n"):
        out.append((offset, chunk))
        offset += len(chunk) + 2
    return out


def _by_baseline(raw: object, text: str) -> list[tuple[int, str]]:
    """Lines by the characters' own baselines. pdfium joins the text of drawn form fields
    and annotations with spaces, one field after another: a new line starts wherever the
    baseline moves by more than a few points."""
    out: list[tuple[int, str]] = []
    x, y = ctypes.c_double(), ctypes.c_double()
    start, line_y = 0, None
    for i, ch in enumerate(text):
        if ch in "\r\n" or ch.isspace():
            continue
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(x), ctypes.byref(y))
        if line_y is not None and abs(y.value - line_y) > 3:
            out.append((start, text[start:i]))
            start = i
        line_y = y.value
    out.append((start, text[start:]))
    return [(offset, piece) for first, chunk in out for offset, piece in
            ((first + o, c) for o, c in _by_newline(chunk))]


def _enough(pages: int) -> int:
    return MIN_TEXT_CHARS_PER_PAGE * max(1, min(pages, 4))


_TEXT_ANNOTATIONS = (pdfium_c.FPDF_ANNOT_WIDGET, pdfium_c.FPDF_ANNOT_FREETEXT)


def _draw_annotations(pdf: pdfium.PdfDocument, index: int,
                      page: pdfium.PdfPage) -> tuple[pdfium.PdfPage, int | None]:
    """Text typed into form fields or FreeText annotations is not in the page's content:
    draw their appearance into the page (in memory only; the file is never written) so
    that it is read with its font and size like any text. Links and comments' pop-ups
    are left alone. Returns the page to read, and the number of characters the page had
    before when something was drawn into it."""
    raw = page.raw
    wanted = False
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(raw, i)
        if annot:
            wanted = wanted or pdfium_c.FPDFAnnot_GetSubtype(annot) in _TEXT_ANNOTATIONS
            pdfium_c.FPDFPage_CloseAnnot(annot)
    if not wanted:
        return page, None
    before = page.get_textpage()
    plain = before.count_chars()
    before.close()
    if pdfium_c.FPDFPage_Flatten(raw, pdfium_c.FLAT_NORMALDISPLAY) != pdfium_c.FLATTEN_SUCCESS:
        return page, None
    page.close()  # pdfium only shows the flattened content on a page loaded anew
    return pdf[index], plain


def _image_covers(page: pdfium.PdfPage, width: float, height: float) -> bool:
    """An image drawn over at least half of the page: what a scanner produces."""
    area = max(width * height, 1.0)
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= 0.5 * area:
            return True
    return False


def _unchecked(fn: Any) -> Any:
    """pdfium's function ``fn`` called without ctypes converting each argument by its
    declared type (half the cost of a call, ~5,000 glyph samples of three calls in a
    50-page dossier): the same entry point, calling convention and result type; the
    callers pass only ints for C ints and ctypes objects for everything else."""
    clone = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    clone.restype = fn.restype
    return clone


_FONT_INFO = _unchecked(pdfium_c.FPDFText_GetFontInfo)
_FONT_SIZE = _unchecked(pdfium_c.FPDFText_GetFontSize)
_MATRIX = _unchecked(pdfium_c.FPDFText_GetMatrix)
_CHAR_ORIGIN = _unchecked(pdfium_c.FPDFText_GetCharOrigin)
_CHAR_BOX = _unchecked(pdfium_c.FPDFText_GetCharBox)
# Between two cells of a row: at least the padding on each side of their border
# (Word 0.19 cm, LibreOffice 0.1 cm a side), more than a space (about 0.28 of the size).
_CELL_GAP = 0.45
_NAME_SIZE = 256


class _Glyphs:
    """ctypes buffers (and their ``byref``) reused for every glyph query of a document,
    what each raw font name means (a document uses a handful of fonts over thousands of
    lines) and each span already made (lines repeat the same few)."""

    def __init__(self) -> None:
        self.name = ctypes.create_string_buffer(_NAME_SIZE)
        self.name_size = ctypes.c_ulong(_NAME_SIZE)  # the buffer length, an unsigned long
        self.flags = ctypes.c_int()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.matrix = pdfium_c.FS_MATRIX()
        self.fonts: dict[bytes, tuple[str | None, bool]] = {}
        self.spans: dict[tuple[str | None, float, int, bool] | None, Span] = {}


def _page_lines(raw: object, chunks: list[tuple[int, str]], page: int, height: float,
                g: _Glyphs) -> list[PdfLine]:
    """One line per chunk of text, its font, size and boldness sampled on three glyphs
    (first, middle, last): enough to know the line, ~40x faster than every glyph.

    ~5,000 samples of three pdfium calls for a 50-page dossier: the calls, buffers and
    caches are bound to local names once, and equal spans are one object."""
    lines = []
    offsets: list[tuple[int, int]] = []  # each line's first and last character
    font_info, font_size, get_matrix, char_origin = _FONT_INFO, _FONT_SIZE, _MATRIX, _CHAR_ORIGIN
    name, name_size, flags_ref = g.name, g.name_size, ctypes.byref(g.flags)
    matrix = g.matrix
    matrix_ref, x_ref, y_ref = ctypes.byref(matrix), ctypes.byref(g.x), ctypes.byref(g.y)
    fonts, spans_made, hypot = g.fonts, g.spans, math.hypot
    y = g.y
    for start, chunk in chunks:
        stripped = chunk.strip()
        if not stripped:
            continue
        first = start + len(chunk) - len(chunk.lstrip())
        last = start + len(chunk.rstrip()) - 1
        middle = (first + last) // 2
        samples = ((first,) if first == last else (first, last) if middle in (first, last)
                   else (first, middle, last))  # sorted({first, middle, last})
        spans: list[Span] = []
        weight = max(1, len(stripped) // len(samples))
        sizes: list[float] = []
        bold_votes = 0
        for ci in samples:
            n = font_info(raw, ci, name, name_size, flags_ref)
            key = name.value if n else b""
            facts = fonts.get(key)
            if facts is None:
                label = key.decode("latin-1", "replace") if n else None
                facts = fonts[key] = (family(label), is_bold(label))
            font, bold = facts
            # The size the reader sees: the font size times the text's own scale.
            # Producers such as iText and cairo (poppler's copies) set fonts at 1 pt and
            # scale them with the text matrix; Word and LibreOffice use a unit matrix,
            # where this changes nothing.
            size = font_size(raw, ci)
            if get_matrix(raw, ci, matrix_ref):
                scale = hypot(matrix.c, matrix.d)
                if scale > 0:
                    size *= scale
            size = round(size, 1)
            bold_votes += bold
            sizes.append(size)
            # (not for 0: 0.0 and -0.0 are one key but print apart)
            span_key = (font, size, weight, bold) if size else None
            span = spans_made.get(span_key)
            if span is None:
                span = Span(font, size, weight, bold)
                if span_key:
                    spans_made[span_key] = span
            spans.append(span)
        char_origin(raw, first, x_ref, y_ref)
        baseline = height - y.value
        x = g.x.value
        # the most frequent size, the first one seen on a tie (as Counter.most_common)
        common = max(sizes, key=sizes.count) if sizes else None
        lines.append(PdfLine(stripped, page, baseline, baseline - 0.8 * (common or 11), common,
                           tuple(spans), bold_votes * 2 > len(samples), height, x))
        offsets.append((first, last))
    _word_starts(raw, lines, offsets, g)
    return lines


def _word_starts(raw: object, lines: list[PdfLine], offsets: list[tuple[int, int]],
                 g: _Glyphs) -> None:
    """Where each word of a line starts, for the lines whose next line starts further
    right just below them: the last cell of a table row that wraps goes on under its own
    first word (pdf_rows reads it back into its row)."""
    for k in range(len(lines) - 1):
        ln, nxt = lines[k], lines[k + 1]
        if not (nxt.x > ln.x + 1 and 0 < nxt.baseline - ln.baseline <= 2.2 * (ln.size or 11)):
            continue
        first, last = offsets[k]
        text = ln.text
        # Only a word after a gap wider than a space: a cell's padding on each side of
        # its border (a centred line's words, one space apart, are no cells).
        wide = _CELL_GAP * (ln.size or 11)
        xs = []
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        for i, ch in enumerate(text[1:], start=1):
            if ch == " " or text[i - 1] != " " or first + i > last:
                continue
            before = len(text[:i].rstrip()) - 1
            if before < 0:
                continue
            _CHAR_BOX(raw, first + before, ctypes.byref(left), ctypes.byref(right),
                      ctypes.byref(bottom), ctypes.byref(top))
            _CHAR_ORIGIN(raw, first + i, ctypes.byref(g.x), ctypes.byref(g.y))
            if g.x.value - right.value >= wide:
                xs.append(g.x.value)
        lines[k] = replace(ln, starts=tuple(xs))


def read_lines(path: Path, *, max_pages: int = MAX_PAGES) -> tuple[list[PdfLine], int]:
    got = _read(path, max_pages, annotations=False)
    return got.lines, got.count


def _read(path: Path, max_pages: int, *, annotations: bool) -> _Read:
    pdf = _open(path)
    try:
        if annotations and pdfium_c.FPDF_GetFormType(pdf.raw) != pdfium_c.FORMTYPE_NONE:
            # Form fields saved without their appearance (NeedAppearances) are drawn by
            # pdfium's form module, as a PDF reader shows them.
            pdf.init_forms()
        count = len(pdf)
        if count == 0:
            raise errors.pdf_damaged("il ne contient aucune page", "it holds no page")
        if count > max_pages:
            raise _too_many(count, max_pages)
        got = _Read([], count)
        glyphs = _Glyphs()
        for index in range(count):
            page = pdf[index]
            try:
                width, height = page.get_size()
                plain = None
                if annotations:
                    page, plain = _draw_annotations(pdf, index, page)
                textpage = page.get_textpage()
                try:
                    if plain is not None and textpage.count_chars() > plain:
                        got.annotation_pages.append(index + 1)
                    if (annotations and textpage.count_chars() < MIN_TEXT_CHARS_PER_PAGE
                            and _image_covers(page, width, height)):
                        got.image_pages += 1
                    text = textpage.get_text_range()
                    chunks = (_by_baseline(textpage.raw, text) if plain is not None
                              else _by_newline(text))
                    got.lines.extend(_page_lines(textpage.raw, chunks, index + 1, height,
                                                 glyphs))
                finally:
                    textpage.close()
            finally:
                page.close()
        return got
    except InputProblem:
        raise
    except Exception as exc:  # pdfium raises assorted errors on malformed files
        raise errors.pdf_damaged("sa lecture a échoué", "reading it failed") from exc
    finally:
        pdf.close()


_PAGE_NUMBER = re.compile(
    r"^(page\s*)?[-–(]?\s*\d{1,3}\s*([/|]|sur|of)?\s*\d{0,3}\s*[-–)]?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


_ANNEX_LINE = re.compile(r"^\s*annexe", re.IGNORECASE)


def _edge(ln: PdfLine) -> bool:
    """In the header or footer band: above the body of a page with 2 cm margins, or
    below it. Body text never starts that high, even with narrow margins."""
    zone = ln.baseline / ln.height
    return zone < 0.075 or zone > 0.925


def split_margins(lines: list[PdfLine], page_count: int) -> tuple[list[PdfLine], list[PdfLine]]:
    """Running headers, footers and page numbers are not body text."""
    # A line at the very top or bottom of a page that comes back on another page is a
    # running header or footer (some carry the part's title, so they repeat only over
    # the pages of that part: two pages are enough).
    signature: dict[str, set[int]] = {}
    for ln in lines:
        if _edge(ln) and not _ANNEX_LINE.match(ln.text):
            signature.setdefault(_DIGITS.sub("#", ln.text.lower()), set()).add(ln.page)
    repeated = {s for s, pages in signature.items() if len(pages) >= 2}
    body, margins = [], []
    for ln in lines:
        edge = _edge(ln)
        if edge and (_PAGE_NUMBER.match(ln.text) or _DIGITS.sub("#", ln.text.lower()) in repeated):
            margins.append(ln)
        else:
            body.append(ln)
    return body, margins


# A list bullet drawn from a symbol font (Word's « List Bullet » in Symbol or Wingdings)
# comes out of the PDF as a private-use character: « \uf0b7 mardi 6 janvier : … ».
_SYMBOL_BULLET = re.compile(r"^(\s*)[\ue000-\uf8ff](?=\s)")


def _bullet(text: str) -> str:
    """The line with a symbol-font bullet written « • » (one character for one: the spans'
    lengths hold), so that readers see a list item where the candidate made one."""
    first = text.lstrip()[:1]
    return _SYMBOL_BULLET.sub(r"\1•", text) if "\ue000" <= first <= "\uf8ff" else text


def to_blocks(lines: list[PdfLine], *, margins: bool = False) -> list[Block]:
    """One block per line; ``margins``: running headers and footers, never the first
    line of a page's text."""
    blocks: list[Block] = []
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        spacing = None
        # (a joined table row has no one pitch of its own)
        if nxt is not None and nxt.page == ln.page and ln.size and not ln.joined:
            pitch = nxt.baseline - ln.baseline
            if pitch > 0:
                spacing = round(pitch / (ln.size * line_height(ln.spans[0].font if ln.spans
                                                                  else None)), 3)
        blocks.append(Block(
            text=_bullet(ln.text),
            page=ln.page,
            y=max(0.0, min(1.0, ln.top / ln.height)),
            spans=ln.spans,
            bold=ln.bold,
            size=ln.size,
            line_spacing=spacing,
            first_on_page=not margins and (prev is None or prev.page != ln.page),
        ))
    return blocks


def read_pdf(path: Path) -> Document:
    """pdfium first (fast, exact fonts); poppler when pdfium refuses the file or finds
    almost no text; and when nothing readable is left, the true reason why."""
    try:
        got = _read(path, MAX_PAGES, annotations=True)
    except InputProblem as refused:
        if refused.code not in ("encrypted", "corrupt"):
            raise
        return _second_reader(path, refused, None)
    if got.chars >= _enough(got.count):
        notes = []
        if got.annotation_pages:
            notes.append(_annotation_note(got.annotation_pages))
        return _document(path, got, "pdfium", notes)
    return _second_reader(path, None, got)


def _annotation_note(pages: list[int]) -> str:
    listed = ", ".join(str(p) for p in pages[:10]) + ("…" if len(pages) > 10 else "")
    return N_("Texte lu en partie dans des champs de formulaire ou des annotations "
              "(page(s) {listed}) : vérifiez que c'est bien le contenu du dossier.",
              listed=listed)


def _second_reader(path: Path, refused: InputProblem | None, got: _Read | None) -> Document:
    if not poppler.available():
        if got is not None:
            raise _too_little(got, None)
        raise _without_poppler(path, refused)
    info = poppler.info(path)
    if info is not None and info.password_needed:
        raise errors.pdf_password()
    if info is not None and info.pages and info.pages > MAX_PAGES:
        raise _too_many(info.pages)
    chars = poppler.text_chars(path, MAX_PAGES) if info is not None and info.opened else None
    mine = got.chars if got is not None else 0
    pages = (info.pages if info is not None else None) or 1
    if chars is not None and chars > mine and chars >= _enough(pages):
        doc = _read_poppler_copy(path, mine if got is not None else None)
        if doc is not None:
            return doc
    if got is not None:
        raise _too_little(got, chars)
    raise _refusal(info, chars)


def _read_poppler_copy(path: Path, pdfium_chars: int | None) -> Document | None:
    """The file as poppler draws it, read by pdfium; ``pdfium_chars`` is what pdfium had
    found in the file itself (None: pdfium could not open it)."""
    with tempfile.TemporaryDirectory(prefix="cipcheck-pdf-") as tmp:
        copy = poppler.clean_copy(path, Path(tmp), MAX_PAGES)
        if copy is None:
            return None
        try:
            again = _read(copy, MAX_PAGES, annotations=False)
        except InputProblem:
            return None
    if again.chars < _enough(again.count):
        return None
    _keep_fonts(again, poppler.embedded_families(path))
    why = ("pdfium ne pouvait pas l'ouvrir" if pdfium_chars is None else
           f"pdfium n'y trouvait que {pdfium_chars} caractère(s) de texte")
    note = (f"PDF lu avec poppler (une copie redessinée) : {why}. "
            "Polices et interlignes lus sur cette copie.")
    if pdfium_chars is not None:
        note += " Le texte est sans doute dans des champs ou annotations."
    return _document(path, again, "poppler", [note])


def _refusal(info: poppler.Info | None, chars: int | None) -> InputProblem:
    """pdfium could not open the file and poppler found too little: why, truly."""
    if info is None:
        return errors.pdf_damaged(
            "pdfium refuse de l'ouvrir et poppler n'a pas répondu à temps",
            "pdfium refuses to open it and poppler did not answer in time")
    if info.unsupported_security:
        return errors.pdf_encryption_unsupported(info.unsupported_security)
    if info.opened and chars:
        return errors.little_text(
            chars, info.pages or 1, " (lu par poppler : pdfium refuse d'ouvrir ce fichier)",
            " (read by poppler: pdfium refuses to open this file)")
    if info.opened:
        return errors.pdf_damaged(
            f"pdfium refuse de l'ouvrir ; poppler y voit {info.pages} page(s) mais aucun texte",
            f"pdfium refuses to open it; poppler sees {info.pages} page(s) but no text")
    return errors.pdf_damaged("ni pdfium ni poppler ne parviennent à l'ouvrir",
                              "neither pdfium nor poppler can open it")


def _keep_fonts(got: _Read, families: set[str] | None) -> None:
    """poppler's copy renames some fonts (« Cairo Font ») and replaces fonts that were not
    embedded: only the families embedded in the user's file are facts; other spans are
    dropped, so the font check skips rather than report a font the file does not use."""
    allowed = {family(f) for f in families or ()}
    for i, ln in enumerate(got.lines):
        if any(s.font not in allowed for s in ln.spans):
            got.lines[i] = replace(ln, spans=tuple(s for s in ln.spans if s.font in allowed))


def _too_many(count: int, most: int = MAX_PAGES) -> InputProblem:
    return InputProblem(
        "too_large",
        N_("Le PDF compte {count} pages, bien plus qu'un dossier (au plus {most} pages sont "
           "analysées)."),
        N_("Vérifiez que c'est bien le dossier du candidat et non un recueil de documents."),
        values={"count": count, "most": most})


def _too_little(got: _Read, poppler_chars: int | None) -> InputProblem:
    """Scanned only when images cover the pages; otherwise say how little text there is."""
    chars = max(got.chars, poppler_chars or 0)
    if got.image_pages and got.image_pages * 2 >= got.count:
        return errors.pdf_scanned(got.image_pages, got.count, chars)
    if chars == 0:
        return errors.pdf_no_text(got.count)
    return errors.little_text(chars, got.count)


def _without_poppler(path: Path, refused: InputProblem | None) -> InputProblem:
    """No second reader installed: pdfium's « password » is believed only when the file
    does declare an encryption dictionary."""
    if refused is not None and refused.code == "encrypted":
        try:
            size = path.stat().st_size
            with path.open("rb") as fh:
                fh.seek(max(0, size - 256 * 1024))
                tail = fh.read()
        except OSError:
            tail = b""
        if b"/Encrypt" in tail:
            return refused
        return errors.pdf_damaged("pdfium refuse de l'ouvrir (poppler n'est pas installé)",
                                  "pdfium refuses to open it (poppler is not installed)")
    return refused or errors.pdf_damaged("il ne peut pas être ouvert", "it cannot be opened")


def _document(path: Path, got: _Read, reader: str, notes: list[str]) -> Document:
    body, margins = split_margins(got.lines, got.count)
    return Document(
        path=str(path),
        kind="pdf",
        page_count=got.count,
        pages_method=PagesMethod.PDF,
        blocks=tuple(to_blocks(join_rows(body))),
        margins=tuple(to_blocks(margins, margins=True)),
        pages_notes=tuple(notes),
        meta={"reader": reader},
    )
