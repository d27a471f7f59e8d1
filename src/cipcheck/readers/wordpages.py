"""Word's own pagination: the ``w:lastRenderedPageBreak`` markers Word saves, and the
page count it stores in ``docProps/app.xml``.

Word writes a marker where each page began in its last layout, and its page count in
``docProps/app.xml``. Both are Word's own when Word saved the file last, and stale as
soon as another program edited it (python-docx, LibreOffice, Google Docs keep them but
do not update them). So they are used only when they pass every check below; otherwise
the reason is given, in French, for the report.

1. the file was last saved by Word (``<Application>`` names Microsoft Word), when said,
   and ``<Pages>`` is given (python-docx's template says Word, 1 page and 0 words:
   ``<Words>`` of 0 under a text that has words is a template's, not a save's);
2. the pages that the markers and the explicit breaks open (``_marked_pages``) count
   ``<Pages>``, give or take one (a page Word opens on an empty paragraph or a table
   row is not always marked); the total is then ``<Pages>``, Word's own count;
3. the markers agree with the estimate within a few pages, in total and paragraph by
   paragraph (text added or removed elsewhere after Word's last save shifts what
   follows; a shift of a page or two cannot be told from a difference of layout).

When the markers are too few to place the paragraphs (Word does not write them on
every page, above all on pages it never drew on screen), ``<Pages>`` alone can still
give the total: :func:`word_total`, used by ``docx.paginate`` with the placements of
another source when the two agree.

Where a paragraph sits within its page is not saved by Word: it is taken from the
estimator's layout, measured from the start of the page Word says it is on.
"""

from __future__ import annotations

from cipcheck.document import PagesMethod
from cipcheck.i18n import N_
from cipcheck.readers.docx_body import DocxContent, Para, Section
from cipcheck.readers.estimate import Paginated, Placement, estimate

USED_NOTE = N_("Pages lues dans la pagination enregistrée par Word lors de sa dernière "
               "sauvegarde : le total est celui de Word, et chaque partie commence à la page "
               "où Word l'a placée (sa hauteur dans la page est estimée).")
MAX_DRIFT = 3  # pages between a marker and the estimate before the markers are distrusted


def _ignored(reason: str) -> str:
    return N_("La pagination enregistrée par Word dans le fichier est ignorée : {reason}",
              reason=reason)


def word_markers(content: DocxContent) -> Paginated | None:
    """Word's own pagination, only when it is consistent with the rest of the file."""
    return word_pagination(content)[0]


def ignored_reason(content: DocxContent) -> str | None:
    """Why the markers of a file that has some are not used (None: used, or none)."""
    return word_pagination(content)[1]


def _saved_by_word(content: DocxContent) -> str | None:
    """None when app.xml says Word saved the file last, else why not (in French)."""
    app = (content.app_name or "").strip()
    if app and "word" not in app.lower() and "microsoft" not in app.lower():
        return N_("le fichier a été enregistré en dernier par « {app} », pas par Word, "
                  "donc ses repères de pages sont sans doute périmés.", app=app)
    if content.app_pages is None:
        return N_("le nombre de pages n'est pas indiqué dans les propriétés du document, "
                  "la cohérence des repères ne peut pas être vérifiée.")
    if content.app_words == 0 and sum(len(p.text.split()) for p in content.paragraphs) > 20:
        return N_("les propriétés du document comptent 0 mot : elles viennent d'un modèle, "
                  "pas d'une sauvegarde par Word.")
    return None


def word_total(content: DocxContent) -> int | None:
    """Word's stored page count, when the file was last saved by Word (see module doc)."""
    if _saved_by_word(content) is not None:
        return None
    return content.app_pages


def word_pagination(content: DocxContent) -> tuple[Paginated | None, str | None]:
    """(pagination, None) when the markers are usable; (None, reason in French) when the
    file has markers that fail a check; (None, None) when it has none."""
    if not content.has_rendered_breaks or not content.paragraphs:
        return None, None
    not_word = _saved_by_word(content)
    if not_word is not None:
        return None, _ignored(not_word)
    assert content.app_pages is not None
    stored = content.app_pages
    pages_of = _marked_pages(content)
    pages = max(pg for pg, _ in pages_of)
    if abs(stored - pages) > 1:
        return None, _ignored(N_("Word y indique {stored} pages mais ses repères de pages en "
                                 "donnent {pages} : ils sont incomplets ou le document a été "
                                 "modifié depuis.", stored=stored, pages=pages))
    placements, est_pages = estimate(content)
    drift = max(abs(pl.page - pg) for pl, (pg, _) in zip(placements, pages_of, strict=True))
    slack = max(MAX_DRIFT, round(0.15 * est_pages))
    if abs(est_pages - stored) > slack or drift > slack:
        return None, _ignored(N_("Word y indique {stored} pages et ses repères s'écartent "
                                 "jusqu'à {drift} pages de la mise en page estimée par cipcheck "
                                 "({est_pages} pages) : le document a sans doute été modifié "
                                 "depuis.", stored=stored, drift=drift, est_pages=est_pages))
    # Word's count is the total; a page the markers count beyond it was opened by
    # something Word does not count as a page of its own.
    pages_of = [(min(pg, stored), opens) for pg, opens in pages_of]
    out = _with_offsets(content, pages_of, placements)
    notes = [USED_NOTE]
    if stored != pages:
        notes.append(N_("Word indique {stored} pages ; ses repères en situent {pages} : la page "
                        "de chaque paragraphe peut différer d'une page.", stored=stored,
                        pages=pages))
    return Paginated(list(out), stored, PagesMethod.DOCX_RENDERED, tuple(notes)), None


class _Marks:
    """Page and column cursor driven by Word's markers and the explicit breaks.

    Word does not always mark a page that an explicit break or a next-page section
    opens, and marks it at most once, so the break itself counts as the page start and
    a marker met before anything is drawn after it is that same start. In a
    multi-column section a marker opens a column; only the one after the last column
    opens a page."""

    def __init__(self) -> None:
        self.page = 1
        self.column = 0
        self.fresh = "start"  # what opened the current page: start, hard, mark; "" once drawn

    def hard(self) -> None:
        if self.fresh != "start":
            self.page += 1
        self.column = 0
        self.fresh = "hard"

    def marker(self, columns: int) -> None:
        if self.fresh == "hard":
            return  # the page the break opened, marked
        self.column += 1
        if self.column >= columns:
            self.page += 1
            self.column = 0
        self.fresh = "mark"


def _marked_pages(content: DocxContent) -> list[tuple[int, bool]]:
    """(page, opens the page) per paragraph, from Word's markers and explicit breaks."""
    paras = content.paragraphs
    sections = content.sections or [Section()]
    cur = _Marks()
    out: list[tuple[int, bool]] = []

    def columns(p: Para) -> int:
        return max(1, sections[min(p.section, len(sections) - 1)].columns)

    i = 0
    while i < len(paras):
        p = paras[i]
        if i > 0 and _hard_start(paras, sections, i):
            cur.hard()
        if p.table is None:
            opens = i == 0 or cur.fresh == "hard"
            if p.rendered_break_before and i > 0:
                cur.marker(columns(p))
                opens = True
            if _drawn(p) and p.text[:min(p.break_chars + p.rendered_chars,
                                         default=len(p.text))].strip():
                cur.fresh = ""
            out.append((cur.page, opens))
            _inside(p, cur, columns(p))
            if p.image_heights:
                cur.fresh = ""
            i += 1
            continue
        i = _row(paras, i, cur, columns(p), out)
    return out


def _drawn(p: Para) -> bool:
    return bool(p.text.strip() or p.image_heights)


def _hard_start(paras: list[Para], sections: list[Section], i: int) -> bool:
    """An explicit break or a next-page section opens a page at paragraph ``i``."""
    p, prev = paras[i], paras[i - 1]
    if p.section != prev.section and sections[min(p.section, len(sections) - 1)].start != (
            "continuous"):
        return True
    return p.break_before and p.explicit_break and p.table is None


def _inside(p: Para, cur: _Marks, columns: int) -> None:
    """Breaks and markers after some text of the paragraph, in the order of the text: a
    marker with no text between it and the break before it marks the page the break
    opened."""
    events = sorted([(pos, "break") for pos in p.break_chars] +
                    [(pos, "marker") for pos in p.rendered_chars])
    for k, (pos, kind) in enumerate(events):
        if kind == "break":
            cur.fresh = ""
            cur.hard()
        else:
            cur.marker(columns)
        end = events[k + 1][0] if k + 1 < len(events) else len(p.text)
        if p.text[pos:end].strip():
            cur.fresh = ""


def _row(paras: list[Para], i: int, cur: _Marks, columns: int,
         out: list[tuple[int, bool]]) -> int:
    """Place one table row (paragraphs ``i``…) and return the index after it. A page that
    begins inside the row is marked in every cell that continues on it: the row moves
    the page on by its most-marked cell, not by the sum of its cells."""
    key = paras[i].table[:2]  # type: ignore[index]
    last = i
    j = i
    while j < len(paras) and (where := paras[j].table) is not None:
        if where[:2] == key:
            last = j
        elif where[0] <= key[0]:
            break  # the next row, or back in an enclosing table
        j += 1  # a nested table stays in the cell it sits in
    start_page, start_fresh = cur.page, cur.fresh
    counts: dict[int, int] = {}
    cell = 0
    most = 0
    for k in range(i, last + 1):
        q = paras[k]
        if q.table is not None and q.table[:2] == key:
            cell = q.table[2]
        seen = counts.get(cell, 0)
        opens = False
        if q.rendered_break_before and not (seen == 0 and start_fresh == "hard"):
            seen += 1
            opens = True
        page = start_page + (seen if columns == 1 else 0)
        out.append((page, opens or (k == i and start_fresh == "hard")))
        seen += q.rendered_breaks_inside
        counts[cell] = seen
        most = max(most, seen)
    for _ in range(most):
        cur.fresh = ""
        cur.marker(columns)
    if any(_drawn(paras[k]) for k in range(i, last + 1)):
        cur.fresh = ""
    return last + 1


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
