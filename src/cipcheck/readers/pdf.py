"""PDF reader: exact pages, text lines with font family, size and baseline pitch.

pypdfium2 (which pdfplumber brings) reads text ~40x faster than pdfplumber's
``extract_text``; we ask its glyph API only for a few characters per line, which is
enough to know the line's font, size and baseline.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from cipcheck.document import Block, Document, PagesMethod, Span
from cipcheck.readers.errors import InputProblem
from cipcheck.readers.fonts import family, is_bold, line_height

MAX_PAGES = 400
MIN_TEXT_CHARS_PER_PAGE = 25


@dataclass
class _Line:
    text: str
    page: int
    baseline: float  # distance from the top of the page, in points
    top: float
    size: float | None
    spans: tuple[Span, ...]
    bold: bool
    height: float  # page height


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise InputProblem(
                "encrypted",
                "Le PDF est protégé par un mot de passe : son contenu ne peut pas être lu.",
                "Exportez de nouveau le dossier en PDF sans mot de passe (dans Word : "
                "Fichier > Exporter > PDF, sans cocher « Chiffrer le document »).",
            ) from exc
        raise InputProblem(
            "corrupt",
            "Le PDF est endommagé ou incomplet : il ne peut pas être ouvert.",
            "Exportez de nouveau le dossier en PDF depuis Word et vérifiez qu'il s'ouvre "
            "dans un lecteur PDF avant de l'envoyer.",
        ) from exc


def read_lines(path: Path, *, max_pages: int = MAX_PAGES) -> tuple[list[_Line], int]:
    pdf = _open(path)
    try:
        count = len(pdf)
        if count == 0:
            raise InputProblem("corrupt", "Le PDF ne contient aucune page.",
                               "Exportez de nouveau le dossier en PDF depuis Word.")
        if count > max_pages:
            raise InputProblem(
                "too_large",
                f"Le PDF compte {count} pages, bien plus qu'un dossier (au plus {max_pages} "
                "pages sont analysées).",
                "Vérifiez que c'est bien le dossier du candidat et non un recueil de documents.",
            )
        lines: list[_Line] = []
        buf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        for index in range(count):
            page = pdf[index]
            try:
                _, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                    raw = textpage.raw
                    offset = 0
                    for chunk in text.split("\r\n"):
                        start = offset
                        offset += len(chunk) + 2
                        stripped = chunk.strip()
                        if not stripped:
                            continue
                        lead = len(chunk) - len(chunk.lstrip())
                        first = start + lead
                        last = start + len(chunk.rstrip()) - 1
                        samples = sorted({first, (first + last) // 2, last})
                        spans: list[Span] = []
                        weight = max(1, len(stripped) // len(samples))
                        sizes: list[float] = []
                        bold_votes = 0
                        for ci in samples:
                            n = pdfium_c.FPDFText_GetFontInfo(
                                raw, ci, buf, 256, ctypes.byref(flags))
                            name = buf.value.decode("latin-1", "replace") if n else None
                            size = round(pdfium_c.FPDFText_GetFontSize(raw, ci), 1)
                            bold = is_bold(name)
                            bold_votes += bold
                            sizes.append(size)
                            spans.append(Span(family(name), size, weight, bold))
                        pdfium_c.FPDFText_GetCharOrigin(
                            raw, first, ctypes.byref(ox), ctypes.byref(oy))
                        baseline = height - oy.value
                        size = Counter(sizes).most_common(1)[0][0] if sizes else None
                        lines.append(_Line(
                            text=stripped, page=index + 1, baseline=baseline,
                            top=baseline - 0.8 * (size or 11), size=size, spans=tuple(spans),
                            bold=bold_votes * 2 > len(samples), height=height,
                        ))
                finally:
                    textpage.close()
            finally:
                page.close()
        return lines, count
    except InputProblem:
        raise
    except Exception as exc:  # pdfium raises assorted errors on malformed files
        raise InputProblem(
            "corrupt",
            "Le PDF est endommagé : sa lecture a échoué.",
            "Exportez de nouveau le dossier en PDF depuis Word.",
        ) from exc
    finally:
        pdf.close()


_PAGE_NUMBER = re.compile(
    r"^(page\s*)?[-–(]?\s*\d{1,3}\s*([/|]|sur|of)?\s*\d{0,3}\s*[-–)]?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


_ANNEX_LINE = re.compile(r"^\s*annexe", re.IGNORECASE)


def _edge(ln: _Line) -> bool:
    """In the header or footer band: above the body of a page with 2 cm margins, or
    below it. Body text never starts that high, even with narrow margins."""
    zone = ln.baseline / ln.height
    return zone < 0.075 or zone > 0.925


def _split_margins(lines: list[_Line], page_count: int) -> tuple[list[_Line], list[_Line]]:
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


def to_blocks(lines: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    for i, ln in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        spacing = None
        if nxt is not None and nxt.page == ln.page and ln.size:
            pitch = nxt.baseline - ln.baseline
            if pitch > 0:
                spacing = round(pitch / (ln.size * line_height(ln.spans[0].font if ln.spans
                                                                  else None)), 3)
        blocks.append(Block(
            text=ln.text,
            page=ln.page,
            y=max(0.0, min(1.0, ln.top / ln.height)),
            spans=ln.spans,
            bold=ln.bold,
            size=ln.size,
            line_spacing=spacing,
            first_on_page=prev is None or prev.page != ln.page,
        ))
    return blocks


def read_pdf(path: Path) -> Document:
    lines, count = read_lines(path)
    total_chars = sum(len(ln.text) for ln in lines)
    if total_chars < MIN_TEXT_CHARS_PER_PAGE * max(1, min(count, 4)):
        raise InputProblem(
            "no_text",
            "Le PDF ne contient pas de texte lisible : il s'agit sans doute d'un document "
            "scanné (des images de pages).",
            "Exportez le dossier en PDF directement depuis Word (Fichier > Exporter > PDF) "
            "au lieu de l'imprimer et de le scanner.",
        )
    body, margins = _split_margins(lines, count)
    return Document(
        path=str(path),
        kind="pdf",
        page_count=count,
        pages_method=PagesMethod.PDF,
        blocks=tuple(to_blocks(body)),
        margins=tuple(replace(b, first_on_page=False) for b in to_blocks(margins)),
    )
