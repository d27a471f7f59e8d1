"""Word's own pagination: the ``w:lastRenderedPageBreak`` markers Word saves.

Word writes a marker where each page began in its last layout, and its page count in
``docProps/app.xml``. Both are exact when Word saved the file last, and stale as soon as
another program edited it (python-docx, LibreOffice, Google Docs keep the markers but
do not update them). So the markers are used only when they pass every check below;
otherwise the reason is given, in French, for the report.

1. the file was last saved by Word (``<Application>`` names Microsoft Word), when said;
2. ``<Pages>`` is given and the markers count the same pages (one page of slack: Word
   cannot mark a page that opens on a paragraph without text);
3. every explicit page break (and next-page section break) starts a marked page;
4. the markers agree with the estimate within a few pages, in total and paragraph by
   paragraph (text added or removed elsewhere after Word's last save shifts what
   follows; a shift of a page or two cannot be told from a difference of layout).

Where a paragraph sits within its page is not saved by Word: it is taken from the
estimator's layout, measured from the start of the page Word says it is on.
"""

from __future__ import annotations

from cipcheck.document import PagesMethod
from cipcheck.readers.docx_body import DocxContent, Para, Section
from cipcheck.readers.estimate import Paginated, Placement, estimate

USED_NOTE = "Pages lues dans la pagination enregistrée par Word lors de sa dernière sauvegarde."
MAX_DRIFT = 3  # pages between a marker and the estimate before the markers are distrusted
_PREFIX = "La pagination enregistrée par Word dans le fichier est ignorée : "


def word_markers(content: DocxContent) -> Paginated | None:
    """Word's own pagination, only when it is consistent with the rest of the file."""
    return word_pagination(content)[0]


def ignored_reason(content: DocxContent) -> str | None:
    """Why the markers of a file that has some are not used (None: used, or none)."""
    return word_pagination(content)[1]


def word_pagination(content: DocxContent) -> tuple[Paginated | None, str | None]:
    """(pagination, None) when the markers are usable; (None, reason in French) when the
    file has markers that fail a check; (None, None) when it has none."""
    if not content.has_rendered_breaks or not content.paragraphs:
        return None, None
    app = (content.app_name or "").strip()
    if app and "word" not in app.lower() and "microsoft" not in app.lower():
        return None, (_PREFIX + f"le fichier a été enregistré en dernier par « {app} », "
                      "pas par Word, donc ses repères de pages sont sans doute périmés.")
    pages_of = _marked_pages(content.paragraphs)
    pages = pages_of[-1][0] + len(content.paragraphs[-1].rendered_break_at)
    if content.app_pages is None:
        return None, (_PREFIX + "le nombre de pages n'est pas indiqué dans les propriétés "
                      "du document, la cohérence des repères ne peut pas être vérifiée.")
    if abs(content.app_pages - pages) > 1:
        return None, (_PREFIX + f"Word y indique {content.app_pages} pages mais ses repères "
                      f"de pages en donnent {pages} : le document a été modifié depuis.")
    broken = _unmarked_break(content, pages_of)
    if broken is not None:
        return None, (_PREFIX + "un saut de page ne commence pas de page dans la pagination "
                      f"enregistrée (avant « {broken} ») : le document a été modifié depuis.")
    placements, est_pages = estimate(content)
    drift = max(abs(pl.page - pg) for pl, (pg, _) in zip(placements, pages_of, strict=True))
    if abs(est_pages - content.app_pages) > max(3, round(0.15 * est_pages)) or (
            drift > MAX_DRIFT):
        return None, (_PREFIX + f"Word y indique {content.app_pages} pages et ses repères "
                      f"s'écartent jusqu'à {drift} pages de la mise en page estimée par "
                      f"cipcheck ({est_pages} pages) : le document a sans doute été modifié "
                      "depuis.")
    out = _with_offsets(content, pages_of, placements)
    notes = [USED_NOTE]
    if content.app_pages != pages:
        notes.append(f"Word indique {content.app_pages} pages ; ses repères en situent "
                     f"{pages} (une page commence sans texte).")
    return Paginated(list(out), max(pages, content.app_pages), PagesMethod.DOCX_RENDERED,
                     tuple(notes)), None


def _marked_pages(paras: list[Para]) -> list[tuple[int, bool]]:
    """(page, opens the page) per paragraph, from the markers alone."""
    page = 1
    out: list[tuple[int, bool]] = []
    for i, p in enumerate(paras):
        opens = p.rendered_break_before and i > 0
        if opens:
            page += 1
        out.append((page, opens or i == 0))
        page += len(p.rendered_break_at) or p.rendered_breaks_inside
    return out


def _unmarked_break(content: DocxContent, pages_of: list[tuple[int, bool]]) -> str | None:
    """Text of the first paragraph that an explicit break should put on a new page but
    that the markers leave on the page of what precedes it."""
    paras = content.paragraphs
    sections = content.sections or [Section()]
    for i in range(1, len(paras)):
        p = paras[i]
        section_break = p.section != paras[i - 1].section and sections[
            min(p.section, len(sections) - 1)].start != "continuous"
        if not ((p.break_before and p.explicit_break) or section_break):
            continue
        # A paragraph holding only the break ends its page: the next one opens a page.
        j = i
        while j < len(paras) and not paras[j].text.strip():
            j += 1
        if j >= len(paras):
            return None
        if pages_of[j][0] == pages_of[i - 1][0] and not pages_of[j][1]:
            return paras[j].text.strip()[:40]
    return None


def _with_offsets(content: DocxContent, pages_of: list[tuple[int, bool]],
                  est: list[Placement]) -> list[Placement]:
    """Word's page for each paragraph, and its height on that page from the estimate:
    the distance, in the estimator's continuous flow, from where Word's page began."""
    sections = content.sections or [Section()]
    paras = content.paragraphs

    def geometry(i: int) -> Section:
        return sections[min(paras[i].section, len(sections) - 1)]

    def flow(i: int) -> float:
        sec = geometry(i)
        body = sec.height - sec.top - sec.bottom
        return (est[i].page - 1) * body + (est[i].y * sec.height - sec.top)

    out: list[Placement] = []
    anchor = flow(0)
    for i, (page, opens) in enumerate(pages_of):
        sec = geometry(i)
        if opens:
            anchor = flow(i)
        offset = max(0.0, flow(i) - anchor)
        y = min(sec.height - sec.bottom, sec.top + offset) / sec.height
        out.append(Placement(page, sec.top / sec.height if opens else y, opens))
        if paras[i].rendered_break_at and i + 1 < len(paras):
            # A page began inside this paragraph, at this share of its text.
            start, end = flow(i), flow(i + 1)
            anchor = start + paras[i].rendered_break_at[-1] * max(0.0, end - start)
    return out
