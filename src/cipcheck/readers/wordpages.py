"""Word's own pagination: the ``w:lastRenderedPageBreak`` markers Word saves.

They are exact when Word saved the file last, and stale as soon as another program
edited it, so they are used only when consistent with ``docProps/app.xml`` and with
the document's explicit breaks.
"""

from __future__ import annotations

from cipcheck.document import PagesMethod
from cipcheck.readers.docx_body import DocxContent
from cipcheck.readers.estimate import Paginated, Placement


def word_markers(content: DocxContent) -> Paginated | None:
    """Word's own pagination, only when it is consistent with the rest of the file."""
    if not content.has_rendered_breaks:
        return None
    page = 1
    placements: list[Placement | None] = []
    for p in content.paragraphs:
        new_page = p.rendered_break_before or (p.break_before and not p.rendered_break_before
                                               and False)
        if new_page and placements:
            page += 1
        placements.append(Placement(page, 0.0, new_page))
        page += p.rendered_breaks_inside
    pages = page
    if content.app_pages is None or abs(content.app_pages - pages) > 1:
        return None
    explicit_ok = all(
        p.rendered_break_before or not p.break_before or i == 0
        for i, p in enumerate(content.paragraphs) if p.text.strip()
    )
    if not explicit_ok:
        return None
    # y within a page: by the share of text before the paragraph on that page.
    by_page: dict[int, list[int]] = {}
    for i, pl in enumerate(placements):
        if pl is not None:
            by_page.setdefault(pl.page, []).append(i)
    out: list[Placement | None] = list(placements)
    for pg, idxs in by_page.items():
        total = sum(len(content.paragraphs[i].text) + 80 for i in idxs) or 1
        acc = 0
        for i in idxs:
            out[i] = Placement(pg, 0.08 + 0.84 * acc / total, acc == 0)
            acc += len(content.paragraphs[i].text) + 80
    return Paginated(out, pages, PagesMethod.DOCX_RENDERED,
                     ("Pages lues dans la pagination enregistrée par Word.",))
