"""Word's saved pagination (w:lastRenderedPageBreak): used only when it can be trusted."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from cipcheck.document import PagesMethod
from cipcheck.readers.docx import paginate, read_docx
from cipcheck.readers.docx_body import DocxContent, read_content
from cipcheck.readers.ooxml import Package
from cipcheck.readers.wordpages import ignored_reason, word_markers, word_pagination

BODY = ("Au sein de la structure, j’ai accompagné les personnes accueillies dans leurs "
        "démarches d’insertion sociale et professionnelle, en lien avec les partenaires. ")


def _marker(paragraph) -> None:  # type: ignore[no-untyped-def]
    """Word's marker at the start of a paragraph's first run."""
    run = paragraph.runs[0]._r if paragraph.runs else paragraph.add_run()._r
    run.insert(0, OxmlElement("w:lastRenderedPageBreak"))


def _set_app(path: Path, pages: int | None, application: str, words: int = 500) -> None:
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    app = items["docProps/app.xml"].decode("utf-8")
    app = re.sub(r"<Pages>\d*</Pages>", f"<Pages>{pages}</Pages>" if pages else "", app)
    app = re.sub(r"<Application>[^<]*</Application>",
                 f"<Application>{application}</Application>", app)
    # Word saves its word count; python-docx's template says 0 (see test below).
    app = re.sub(r"<Words>\d*</Words>", f"<Words>{words}</Words>", app)
    items["docProps/app.xml"] = app.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


def word_saved(tmp_path: Path, *, pages: int | None = 3, application: str =
               "Microsoft Office Word", mark_second_break: bool = True,
               name: str = "word.docx") -> Path:
    """Three pages as Word would save them: each page opens with a marker; page 2 after
    an explicit break, page 3 where the text flowed over."""
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    d.add_heading("Partie 1 – Présentation", 1)
    d.add_paragraph(BODY * 3)
    d.add_page_break()
    h2 = d.add_heading("Partie 2 – Accompagnement", 1)
    _marker(h2)
    for _ in range(9):
        d.add_paragraph(BODY * 3)
    flowed = d.add_paragraph("Suite sur la page trois. " + BODY)
    if mark_second_break:
        _marker(flowed)
    d.add_paragraph(BODY)
    path = tmp_path / name
    d.save(str(path))
    _set_app(path, pages, application)
    return path


def content_of(path: Path) -> DocxContent:
    with Package(path) as pkg:
        return read_content(pkg)


def test_consistent_markers_give_words_pages(tmp_path: Path) -> None:
    content = content_of(word_saved(tmp_path))
    result, reason = word_pagination(content)
    assert reason is None and result is not None
    assert result.method is PagesMethod.DOCX_RENDERED and result.page_count == 3
    pages = {p.text[:8]: pl.page for p, pl in zip(content.paragraphs, result.placements,
                                                  strict=True) if pl is not None}
    assert pages["Partie 1"] == 1 and pages["Partie 2"] == 2 and pages["Suite su"] == 3
    assert any("Word" in n for n in result.notes)


def test_height_within_a_page_comes_from_the_layout(tmp_path: Path) -> None:
    content = content_of(word_saved(tmp_path))
    result = word_markers(content)
    assert result is not None
    on_page_2 = [(p, pl) for p, pl in zip(content.paragraphs, result.placements, strict=True)
                 if pl is not None and pl.page == 2 and p.text.strip()]
    head, first_body = on_page_2[0], on_page_2[1]
    assert head[0].text.startswith("Partie 2") and head[1].first_on_page
    ys = [pl.y for _, pl in on_page_2]
    assert ys == sorted(ys) and ys[-1] > 0.6  # nine long paragraphs fill the page
    assert not first_body[1].first_on_page


def test_read_docx_word_source_uses_them(tmp_path: Path) -> None:
    doc = read_docx(word_saved(tmp_path), "word")
    assert doc.pages_method is PagesMethod.DOCX_RENDERED and doc.page_count == 3


def test_ignored_when_app_xml_disagrees(tmp_path: Path) -> None:
    path = word_saved(tmp_path, pages=7)
    content = content_of(path)
    result, reason = word_pagination(content)
    assert result is None
    assert reason is not None and "7 pages" in reason and "3" in reason
    assert "ignorée" in reason
    doc = read_docx(path, "word")  # falls back to the estimate, and says so
    assert doc.pages_method is PagesMethod.DOCX_ESTIMATED
    assert doc.pages_notes


def test_ignored_when_page_count_is_missing(tmp_path: Path) -> None:
    reason = ignored_reason(content_of(word_saved(tmp_path, pages=None)))
    assert reason is not None and "nombre de pages" in reason


def test_ignored_when_another_program_saved_the_file(tmp_path: Path) -> None:
    reason = ignored_reason(content_of(word_saved(tmp_path,
                                                  application="LibreOffice/7.4.7.2")))
    assert reason is not None and "LibreOffice" in reason


def test_an_explicit_break_opens_a_page_word_did_not_mark(tmp_path: Path) -> None:
    # Word often leaves the page after an explicit break unmarked (seen in real files):
    # the break itself opens the page, and a marker right after it is the same page.
    d = docx.Document()
    d.add_paragraph(BODY)
    d.add_page_break()
    d.add_paragraph("Après le saut " + BODY)
    d.add_page_break()
    marked = d.add_paragraph("Troisième page " + BODY)
    _marker(marked)
    path = tmp_path / "breaks.docx"
    d.save(str(path))
    _set_app(path, 3, "Microsoft Office Word")
    content = content_of(path)
    result = word_markers(content)
    assert result is not None and result.page_count == 3
    pages = {p.text[:8]: pl.page for p, pl in zip(content.paragraphs, result.placements,
                                                  strict=True) if pl and p.text.strip()}
    assert list(pages.values()) == [1, 2, 3]


def test_a_table_row_split_across_pages_counts_one_page(tmp_path: Path) -> None:
    # Word marks the new page in every cell of a row that continues on it.
    d = docx.Document()
    d.add_paragraph(BODY * 8)
    table = d.add_table(rows=2, cols=3)
    for row in table.rows:
        for cell in row.cells:
            cell.paragraphs[0].add_run(BODY * 4)
    for cell in table.rows[1].cells:
        _marker(cell.paragraphs[0])
    d.add_paragraph("Après le tableau " + BODY)
    path = tmp_path / "table.docx"
    d.save(str(path))
    _set_app(path, 2, "Microsoft Office Word")
    content = content_of(path)
    result = word_markers(content)
    assert result is not None and result.page_count == 2
    assert result.placements[-1] is not None and result.placements[-1].page == 2


def test_markers_in_a_two_column_section_open_columns(tmp_path: Path) -> None:
    d = docx.Document()
    sect = d.sections[0]._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), "2")
    paras = [d.add_paragraph(BODY * 6) for _ in range(4)]
    for p in paras[1:]:
        _marker(p)  # column 2 of page 1, then columns 1 and 2 of page 2
    path = tmp_path / "columns.docx"
    d.save(str(path))
    _set_app(path, 2, "Microsoft Office Word")
    content = content_of(path)
    assert content.sections[-1].columns == 2
    result = word_markers(content)
    assert result is not None and result.page_count == 2
    assert [pl.page for pl in result.placements if pl] == [1, 1, 2, 2]


def test_a_template_word_count_of_zero_is_not_words_save(tmp_path: Path) -> None:
    path = word_saved(tmp_path)
    _set_app(path, 3, "Microsoft Macintosh Word", words=0)  # python-docx's template
    reason = ignored_reason(content_of(path))
    assert reason is not None and "0 mot" in reason


def test_ignored_when_text_was_added_after_words_save(tmp_path: Path) -> None:
    path = word_saved(tmp_path, pages=2, mark_second_break=False)
    d = docx.Document(str(path))
    for _ in range(60):  # about five pages added by another program
        d.add_paragraph(BODY * 2)
    d.save(str(path))
    _set_app(path, 2, "Microsoft Office Word")
    reason = ignored_reason(content_of(path))
    assert reason is not None and "estim" in reason


def test_files_without_markers_have_no_word_pagination(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph(BODY)
    path = tmp_path / "plain.docx"
    d.save(str(path))
    assert word_pagination(content_of(path)) == (None, None)


def test_a_page_that_begins_inside_a_paragraph(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph(BODY * 20)
    long = d.add_paragraph()
    long.add_run(BODY * 6)
    long.runs[0]._r.append(OxmlElement("w:lastRenderedPageBreak"))
    tail = OxmlElement("w:t")
    tail.text = BODY * 2
    long.runs[0]._r.append(tail)
    d.add_paragraph("Après " + BODY)
    path = tmp_path / "inside.docx"
    d.save(str(path))
    _set_app(path, 2, "Microsoft Office Word")
    content = content_of(path)
    assert content.paragraphs[1].rendered_break_at
    result = word_markers(content)
    assert result is not None and result.page_count == 2
    after = result.placements[2]
    assert after is not None and after.page == 2 and not after.first_on_page
    assert 0.1 < after.y < 0.5  # below the two lines that continue the paragraph


def test_word_total_stretches_another_source_when_markers_are_missing(tmp_path: Path) -> None:
    # No markers at all (Word had not drawn the pages) but Word's <Pages> is stored and
    # its word count is real: Word's count is the total, the estimate places paragraphs.
    d = docx.Document()
    d.add_heading("Partie 1 – Présentation", 1)
    for _ in range(24):
        d.add_paragraph(BODY * 3)
    d.add_heading("Partie 2 – Accompagnement", 1)
    for _ in range(6):
        d.add_paragraph(BODY * 3)
    path = tmp_path / "nomarkers.docx"
    d.save(str(path))
    _set_app(path, 1, "Microsoft Office Word")
    estimated = paginate(path, content_of(path), "estimate").page_count
    assert estimated >= 3
    _set_app(path, estimated + 1, "Microsoft Office Word")
    content = content_of(path)
    result = paginate(path, content, "word")
    assert result.page_count == estimated + 1
    assert result.method is PagesMethod.DOCX_ESTIMATED  # the placements are estimated
    assert any("Word a enregistré" in n for n in result.notes)
    pages = [pl.page for pl in result.placements if pl is not None]
    assert pages == sorted(pages) and max(pages) == estimated + 1
    # A stored count far from the layout is stale: not used.
    _set_app(path, estimated + 6, "Microsoft Office Word")
    assert paginate(path, content_of(path), "word").page_count == estimated


@pytest.mark.parametrize("method, warns", [
    (PagesMethod.DOCX_ESTIMATED, True),
    (PagesMethod.LIBREOFFICE, True),  # LibreOffice is not Word: measured, it errs too
    (PagesMethod.DOCX_RENDERED, False),  # Word's own pages
    (PagesMethod.PDF, False),
])
def test_near_a_limit_every_source_but_word_and_pdf_warns(method: PagesMethod,
                                                           warns: bool) -> None:
    from builders import STANDARD_STARTS, titre_dossier

    from cipcheck.api import Options, check_document
    from cipcheck.findings import Status
    from cipcheck.ruleset import load

    d = titre_dossier({n: (f"Partie {n} – Intitulé", p) for n, p in STANDARD_STARTS.items()})
    d = replace(d, pages_method=method, kind="pdf" if method is PagesMethod.PDF else "docx")
    report = check_document(d, load("cip-titre"), Options())
    p7 = next(f for f in report.checks if f.id == "part.pages" and f.part == 7)
    assert (p7.status is Status.WARN) is warns  # 3.0 pages for a maximum of 3


def _word_truth() -> Path | None:
    root = Path(__file__).resolve().parents[1]
    for base in (root.parent, root.parents[1]):
        folder = base / "shared" / "word-truth"
        if (folder / "manifest.csv").is_file():
            return folder
    return None


@pytest.mark.skipif(_word_truth() is None, reason="../shared/word-truth is not beside the repo")
def test_real_word_files_markers_accepted_and_exact() -> None:
    # Real documents saved by Word, with the page count Word computed: floors well
    # under what bench/pages_accuracy.py --word-truth measures, to catch a regression.
    import csv

    from cipcheck.readers.estimate import estimate

    folder = _word_truth()
    assert folder is not None
    with (folder / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    marked = accepted = near = 0
    for row in rows:
        content = content_of(folder / row["file"])
        truth = int(row["word_pages"])
        result, _ = word_pagination(content)
        if content.has_rendered_breaks:
            marked += 1
            if result is not None:
                accepted += 1
                assert result.page_count == truth, row["file"]
        near += abs(estimate(content)[1] - truth) <= 1
    assert accepted >= 0.8 * marked
    assert near >= 0.85 * len(rows)
