"""DOCX reader: paragraphs with effective formatting, placed on pages.

A DOCX has no pages. Best source first: Word's own pagination when the file was last
saved by Word and its markers are consistent (it is what the jury sees), then
LibreOffice's rendering (paragraphs are aligned to the lines of the PDF it produces),
then an estimate; Word's stored page count, when it agrees, is the total of either.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from cipcheck.document import Block, Document, PagesMethod, Span
from cipcheck.i18n import N_, Msg
from cipcheck.readers import libreoffice
from cipcheck.readers.agreement import agreement_fr
from cipcheck.readers.docx_body import DocxContent, Para, read_content
from cipcheck.readers.errors import InputProblem
from cipcheck.readers.estimate import Paginated, Placement, estimate
from cipcheck.readers.fonts import line_height
from cipcheck.readers.ooxml import Package
from cipcheck.readers.wordpages import word_pagination, word_total
from cipcheck.readers.zipguard import check_zip

_NOT_ALNUM = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    """Letters and digits only: wrapping, spaces and punctuation differ between a DOCX
    paragraph and the lines LibreOffice draws for it."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


def _anchors(s: str, norms: list[str]) -> dict[int, int]:
    """Paragraphs whose opening appears exactly once in the PDF text, kept only where
    they follow the document order (longest increasing run): reliable fixed points."""
    # One pass over the PDF text, not one search of the whole text per paragraph: that
    # grew as paragraphs x text (4 s of a 200-page dossier's reading, issue 10).
    keys = {n[:32] for n in norms if len(n) >= 40}
    seen: dict[str, int] = {}  # opening -> its only position, or -1 once repeated
    for pos in range(len(s) - 31):
        window = s[pos:pos + 32]
        if window in keys:
            seen[window] = -1 if window in seen else pos
    candidates = [(i, seen[n[:32]]) for i, n in enumerate(norms)
                  if len(n) >= 40 and seen.get(n[:32], -1) >= 0]
    # Longest increasing subsequence of positions (patience sorting).
    tails: list[int] = []
    tails_idx: list[int] = []
    prev: list[int] = [-1] * len(candidates)
    for k, (_, pos) in enumerate(candidates):
        j = bisect.bisect_left(tails, pos)
        if j == len(tails):
            tails.append(pos)
            tails_idx.append(k)
        else:
            tails[j] = pos
            tails_idx[j] = k
        prev[k] = tails_idx[j - 1] if j else -1
    chosen: dict[int, int] = {}
    k = tails_idx[-1] if tails_idx else -1
    while k >= 0:
        chosen[candidates[k][0]] = candidates[k][1]
        k = prev[k]
    return chosen


def _find(s: str, n: str, cursor: int, next_anchor: int) -> int:
    """Where paragraph text ``n`` starts in the drawn text ``s``, between the cursor and
    the next fixed point: by its start, else by its end; -1 when not found."""
    pos = s.find(n[:32], cursor, next_anchor)
    if pos < 0 and len(n) > 40:
        at = s.find(n[-32:], cursor, next_anchor)
        pos = max(cursor, at - (len(n) - 32)) if at >= 0 else -1
    return pos


def _past(s: str, n: str, pos: int) -> int:
    """The cursor after paragraph ``n`` found at ``pos``: past the whole paragraph when
    its end is where expected, so that text repeated inside it is not matched again;
    otherwise only past its start."""
    tail = n[-16:]
    expected = pos + len(n) - len(tail)
    nearest = [c for c in (s.find(tail, expected, expected + 300),
                           s.rfind(tail, pos, expected + len(tail))) if c >= 0]
    if nearest:
        best = min(nearest, key=lambda c: abs(c - expected))
        if abs(best - expected) <= 300:
            return best + len(tail)
    return pos + min(len(n), 32)


def _align(paras: list[Para], pdf_path: Path) -> Paginated:
    from cipcheck.readers.pdf import read_lines, split_margins

    lines, count = read_lines(pdf_path)
    body, _ = split_margins(lines, count)
    stream: list[str] = []
    owner: list[int] = []
    line_start: list[int] = []
    for i, ln in enumerate(body):
        n = _norm(ln.text)
        line_start.append(len(owner))
        stream.append(n)
        owner.extend([i] * len(n))
    s = "".join(stream)
    first_lines = {i for i, ln in enumerate(body) if i == 0 or body[i - 1].page != ln.page}
    norms = [_norm(p.text) for p in paras]
    anchors = _anchors(s, norms)
    anchor_list = sorted(anchors.items())
    next_anchor = len(s)
    cursor = 0
    a = 0
    placements: list[Placement | None] = []
    for i, n in enumerate(norms):
        while a < len(anchor_list) and anchor_list[a][0] <= i:
            a += 1
        # Text between two fixed points can only be matched between them, so a
        # repeated phrasing can never pull the alignment pages ahead.
        next_anchor = anchor_list[a][1] if a < len(anchor_list) else len(s)
        if not n:
            placements.append(None)
            continue
        pos = anchors[i] if i in anchors else _find(s, n, cursor, next_anchor)
        if pos < 0:
            # Not found (a table cell drawn line by line across its row, a field drawn
            # differently): unplaced, it takes the place of the paragraph before it.
            placements.append(None)
            continue
        li = owner[min(pos, len(owner) - 1)]
        ln = body[li]
        placements.append(Placement(
            page=ln.page,
            y=max(0.0, min(1.0, ln.top / ln.height)),
            first_on_page=li in first_lines and pos == line_start[li],
        ))
        cursor = _past(s, n, pos)
    # Paragraphs not found (field results drawn differently, hidden text) take the place
    # of the paragraph before them.
    last: Placement | None = None
    filled: list[Placement | None] = []
    for pl in placements:
        if pl is None and last is not None:
            filled.append(Placement(last.page, last.y, False))
        else:
            filled.append(pl)
            last = pl or last
    return Paginated(filled, count, PagesMethod.LIBREOFFICE)


def paginate(path: Path, content: DocxContent, source: str = "auto") -> Paginated:
    """Pages from the best source available: Word's saved pagination when it is
    consistent, then LibreOffice, then the estimator. When Word's markers cannot place
    the paragraphs but its stored page count agrees with the other source, Word's count
    is the total. Notes say which source and why."""
    notes: list[str] = []
    word, word_reason = (word_pagination(content) if source in ("auto", "word")
                         else (None, None))
    if word is not None:
        return replace(word, notes=word.notes + _measured(word.method))
    if word_reason:
        notes.append(word_reason)
    result: Paginated | None = None
    if source in ("auto", "libreoffice"):
        if libreoffice.find_soffice():
            pdf, from_cache = libreoffice.render_pdf(path)
            try:
                result = _align(content.paragraphs, pdf)
            finally:
                if not from_cache and libreoffice.cache_dir() is None:
                    pdf.unlink(missing_ok=True)
            notes.append(N_("Pages mises en page par LibreOffice, pas par Word : à vérifier "
                            "dans Word près des limites."))
        elif source == "libreoffice":
            raise InputProblem(
                "no_renderer",
                N_("LibreOffice (soffice) est introuvable : impossible de mettre en page le "
                   "DOCX."),
                N_("Installez LibreOffice ou utilisez --pages auto."))
        else:
            notes.append(N_("LibreOffice absent : pagination non rendue."))
    if result is None:
        placements, pages = estimate(content)
        notes.append(N_("Pages estimées par cipcheck (sans rendu) : "
                        "à vérifier dans Word près des limites."))
        result = Paginated(list(placements), pages, PagesMethod.DOCX_ESTIMATED)
    stored = word_total(content) if source in ("auto", "word") else None
    if stored is not None and stored != result.page_count and abs(
            stored - result.page_count) <= max(2, round(0.1 * result.page_count)):
        other = ("LibreOffice" if result.method is PagesMethod.LIBREOFFICE
                 else N_("l'estimation de cipcheck"))
        notes.append(N_("Nombre total de pages : {stored}, celui que Word a enregistré "
                        "({other} en compte {count} ; la place de chaque paragraphe est "
                        "ramenée à l'échelle de Word).", stored=stored,
                        other=Msg(other, {}), count=result.page_count))
        result = _rescaled(result, stored)
    return replace(result, notes=result.notes + tuple(notes) + _measured(result.method))


def _measured(method: PagesMethod) -> tuple[str, ...]:
    said = agreement_fr(method)
    return (said,) if said else ()


def _rescaled(result: Paginated, pages: int) -> Paginated:
    """Placements stretched so that the document spans ``pages`` pages: Word's count, when
    only it is known, spreads the difference over the whole document."""
    ratio = pages / max(1, result.page_count)
    out: list[Placement | None] = []
    for pl in result.placements:
        if pl is None:
            out.append(None)
            continue
        pos = min(pages - 1e-6, ((pl.page - 1) + pl.y) * ratio)
        out.append(Placement(int(pos) + 1, pos - int(pos), pl.first_on_page))
    return replace(result, placements=out, page_count=pages)


def _forced_starts(content: DocxContent) -> list[bool]:
    """Per paragraph: does a page break or a new-page section break come between it and
    the text before it? Blank paragraphs pass their break on to the next text."""
    paras, sections = content.paragraphs, content.sections
    out: list[bool] = []
    pending = True  # the first text opens page 1
    for i, p in enumerate(paras):
        prev = paras[i - 1] if i else None
        new_section = prev is not None and p.section != prev.section and (
            sections[min(p.section, len(sections) - 1)].start != "continuous")
        # Word ignores a page break typed in a table cell.
        pending = pending or (p.break_before and p.explicit_break and not p.in_table) or (
            new_section) or (prev is not None and prev.break_after and not prev.in_table)
        has_text = bool(p.text.strip())
        out.append(pending and has_text)
        if has_text:
            pending = False
    return out


def _block(p: Para, pl: Placement | None, forced: bool = False) -> Block:
    font = p.spans[0].font if p.spans else None
    spacing: float | None = p.spacing.multiple
    if p.spacing.exact_pt:
        spacing = p.spacing.exact_pt / ((p.size or 11) * line_height(font))
    return Block(
        text=re.sub(r"[ \t]+", " ", p.text.replace("\n", " ")).strip()
        if not p.tab_leader else p.text.strip(),
        page=pl.page if pl else 1,
        y=pl.y if pl else 0.0,
        spans=_merge(p.spans),
        bold=p.bold,
        size=p.size,
        line_spacing=round(spacing, 3) if spacing else None,
        style=p.style,
        heading_level=p.heading_level,
        in_table=p.in_table,
        is_toc=p.is_toc,
        first_on_page=bool(pl and pl.first_on_page),
        page_break_before=forced,
    )


def _merge(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    acc: dict[tuple[str | None, float | None, bool], int] = {}
    for s in spans:
        key = (s.font, s.size, s.bold)
        acc[key] = acc.get(key, 0) + s.chars
    return tuple(Span(f, z, c, b) for (f, z, b), c in acc.items())


def read_docx(path: Path, pages: str = "auto") -> Document:
    check_zip(path)
    try:
        pkg = Package(path)
    except InputProblem:
        raise
    except Exception as exc:
        raise InputProblem(
            "corrupt",
            N_("Le document Word est endommagé : il ne peut pas être ouvert."),
            N_("Ouvrez-le dans Word et enregistrez-le de nouveau au format .docx.")) from exc
    with pkg:
        content = read_content(pkg)
        pictures = pkg.has_media()
    if not any(p.text.strip() for p in content.paragraphs) and pictures:
        # Pages pasted as pictures (a scan, photos of a printed dossier): there is text to
        # a reader's eye but none to read (blind15: only « Vérifiez le bon fichier »).
        raise InputProblem(
            "no_text",
            N_("Le document Word ne contient que des images, sans texte : sans doute des "
               "pages scannées ou photographiées."),
            N_("cipcheck lit le texte du dossier : envoyez le document d'origine, écrit dans "
               "Word (ou son export PDF), pas des images de ses pages."))
    if not any(p.text.strip() for p in content.paragraphs):
        raise InputProblem(
            "no_text",
            N_("Le document Word ne contient aucun texte."),
            N_("Vérifiez que vous avez envoyé le bon fichier."))
    result = paginate(path, content, pages)
    forced = _forced_starts(content)
    blocks = tuple(
        _block(p, pl, f)
        for p, pl, f in zip(content.paragraphs, result.placements, forced, strict=True)
        if p.text.strip()
    )
    return Document(
        path=str(path),
        kind="docx",
        page_count=result.page_count,
        pages_method=result.method,
        blocks=blocks,
        margins=tuple(Block(text=t, page=0) for t in content.margins),
        notes=tuple(content.notes),
        pages_notes=result.notes,
        meta={"application": content.app_name, "app_pages": content.app_pages},
    )
