"""The page estimator: glyph metrics, line wrapping, page flow, against LibreOffice."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt

from cipcheck.readers import libreoffice
from cipcheck.readers.docx import read_docx
from cipcheck.readers.docx_body import DocxContent, read_content
from cipcheck.readers.estimate import Placement, estimate
from cipcheck.readers.layout.metrics import face, is_exact
from cipcheck.readers.layout.wrap import Piece, wrap
from cipcheck.readers.ooxml import Package
from cipcheck.resources import package_data

WORDS = ["accompagnement", "insertion", "parcours", "entretien", "diagnostic", "projet",
         "bénéficiaire", "employeur", "formation", "compétence", "démarche", "situation",
         "partenaire", "structure", "dispositif", "objectif", "besoin", "mobilité", "logement",
         "candidature", "entreprise", "territoire", "atelier", "professionnel", "social",
         "durable", "individuel", "collectif", "adapté", "précis", "réaliste"]


def prose(rng: random.Random, words: int = 70) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def new_doc(font: str = "Arial", size: float = 11, line: float | Length = 1.15,
            after: float = 6) -> docx.document.Document:
    """A4, 2.5 cm margins, a real font name (no theme font left behind); ``line`` is a
    multiple, or a Length for exact spacing."""
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.5))
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    fonts = normal.element.get_or_add_rPr().find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:hAnsi"), font)
    normal.paragraph_format.line_spacing = line
    normal.paragraph_format.space_after = Pt(after)
    normal.paragraph_format.space_before = Pt(0)
    return d


def content_of(d: docx.document.Document, tmp_path: Path, name: str = "d.docx") -> DocxContent:
    path = tmp_path / name
    d.save(str(path))
    with Package(path) as pkg:
        return read_content(pkg)


def placements(d: docx.document.Document, tmp_path: Path) -> tuple[DocxContent,
                                                                     list[Placement], int]:
    content = content_of(d, tmp_path)
    pls, pages = estimate(content)
    return content, pls, pages


def where(content: DocxContent, pls: list[Placement], start: str) -> Placement:
    return next(pl for p, pl in zip(content.paragraphs, pls, strict=True)
                if p.text.startswith(start))


# -- metrics --------------------------------------------------------------------------

def test_metric_tables_are_small_and_licensed() -> None:
    folder = package_data("metrics")
    tables = sorted(folder.glob("*.json"))
    assert {t.stem for t in tables} == {"liberation-sans", "liberation-serif", "carlito",
                                        "caladea"}
    assert sum(t.stat().st_size for t in tables) < 60_000
    for t in tables:
        data = json.loads(t.read_text())
        assert set(data["faces"]) == {"regular", "bold", "italic", "bolditalic"}
    assert "SIL Open Font License" in (folder / "README.md").read_text()


def test_cambria_is_measured_with_its_twin_and_keeps_its_line_height() -> None:
    cambria, caladea, times = face("Cambria"), face("Caladea"), face("Times New Roman")
    assert is_exact("Cambria") and cambria.family == "Caladea"
    assert cambria.width("accompagnement") == caladea.width("accompagnement")
    assert cambria.width("accompagnement") > times.width("accompagnement")  # wider serif
    assert round(cambria.ascent + cambria.descent + cambria.line_gap, 3) == 1.172


def test_line_heights_are_those_libreoffice_uses() -> None:
    # Measured in LibreOffice's PDFs: Arial 11 single = 12.65 pt, Calibri 11 = 13.45 pt.
    assert face("Arial").line_twips(11) == 253
    assert face("Calibri").line_twips(11) == 269
    assert face("Times New Roman").line_twips(12) == 276


def test_widths_follow_the_font_bold_and_characters() -> None:
    arial, calibri = face("Arial"), face("Calibri")
    text = "Accompagnement socioprofessionnel"
    assert calibri.width(text) < arial.width(text)  # Calibri is narrower
    assert face("Arial", bold=True).width(text) > arial.width(text)
    assert arial.width("œ€…’«»") > 0 and arial.width("W") > arial.width("i")
    assert abs(arial.width("\u00a0") - arial.width(" ")) < 1e-9


def test_unknown_fonts_fall_back_by_family_kind() -> None:
    assert face("Garamond").family == "Liberation Serif"
    assert face("Verdana").family == "Liberation Sans"
    assert face("Calibri Light").family == "Carlito"
    assert face(None).family == "Liberation Serif"  # Word's last resort: Times New Roman
    assert is_exact("Arial") and is_exact("Carlito") and not is_exact("Verdana")


def test_known_line_height_of_an_unmeasured_font_is_used() -> None:
    assert face("Verdana").line_twips(10) == pytest.approx(243, abs=1)  # 1.2153 em
    assert face("Verdana").family == "Liberation Sans"


def test_an_empty_paragraph_is_as_tall_as_its_style_font(tmp_path: Path) -> None:
    from cipcheck.readers.layout.paragraph import size_paragraph

    d = new_doc(font="Calibri", size=12, line=1.0)
    d.add_paragraph()
    empty = content_of(d, tmp_path).paragraphs[-1]
    assert empty.mark_font == "Calibri"
    assert size_paragraph(empty, 400).lines == [face("Calibri").line_twips(12) / 20]


# -- wrapping ---------------------------------------------------------------------

def test_wrap_breaks_at_spaces_not_at_no_break_spaces() -> None:
    f = face("Arial")
    width = f.width("bonjour bonjour") * 11 + 1
    lines = wrap([Piece("bonjour bonjour bonjour", f, 11)], width, width)
    assert len(lines) == 2
    nbsp = wrap([Piece("bonjour\u00a0bonjour\u00a0bonjour", f, 11)], width, width)
    assert len(nbsp) == 2  # one unbreakable word, cut where it overflows
    assert nbsp[0].width == pytest.approx(width)


def test_wrap_breaks_after_hyphens_and_keeps_trailing_spaces_out() -> None:
    f = face("Arial")
    width = f.width("c’est-à-") * 11 + 0.5
    assert len(wrap([Piece("c’est-à-dire", f, 11)], width, width)) == 2
    fits = f.width("mot") * 11
    assert len(wrap([Piece("mot     ", f, 11)], fits, fits)) == 1


def test_wrap_counts_forced_line_breaks_and_the_tallest_face() -> None:
    f = face("Arial")
    lines = wrap([Piece("un\ndeux", f, 11), Piece(" trois", f, 16)], 400, 400)
    assert len(lines) == 2
    assert lines[1].twips == f.line_twips(16) > lines[0].twips


# -- page flow -------------------------------------------------------------------------

def test_page_break_puts_the_next_paragraph_on_a_new_page(tmp_path: Path) -> None:
    d = new_doc()
    d.add_paragraph("Avant le saut")
    d.add_page_break()
    d.add_paragraph("Après le saut")
    content, pls, pages = placements(d, tmp_path)
    after = where(content, pls, "Après")
    assert (after.page, after.first_on_page) == (2, True)
    assert pages == 2


def test_run_page_break_and_page_break_before(tmp_path: Path) -> None:
    d = new_doc()
    p = d.add_paragraph("Fin de page")
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Deuxième page")
    h = d.add_paragraph("Troisième page")
    h.paragraph_format.page_break_before = True
    content, pls, pages = placements(d, tmp_path)
    assert where(content, pls, "Deuxième").page == 2
    assert where(content, pls, "Troisième").page == 3
    assert pages == 3


def test_sections_next_page_and_continuous(tmp_path: Path) -> None:
    d = new_doc()
    d.add_paragraph("Section un")
    d.add_section(WD_SECTION.NEW_PAGE)
    d.add_paragraph("Section deux")
    d.add_section(WD_SECTION.CONTINUOUS)
    d.add_paragraph("Section trois")
    content, pls, _ = placements(d, tmp_path)
    assert where(content, pls, "Section deux").page == 2
    three = where(content, pls, "Section trois")
    assert three.page == 2 and not three.first_on_page


def test_one_and_a_half_spacing_needs_more_pages(tmp_path: Path) -> None:
    pages = {}
    for line in (1.15, 1.5):
        rng = random.Random(1)
        d = new_doc(line=line)
        for _ in range(60):
            d.add_paragraph(prose(rng))
        pages[line] = placements(d, tmp_path)[2]
    assert pages[1.5] > pages[1.15] >= 5
    assert pages[1.5] / pages[1.15] == pytest.approx(1.5 / 1.15, rel=0.12)


def test_calibri_fits_more_text_than_arial(tmp_path: Path) -> None:
    pages = {}
    for font in ("Arial", "Calibri"):
        rng = random.Random(2)
        d = new_doc(font=font, line=Pt(14))  # same line pitch: only the widths differ
        for _ in range(80):
            d.add_paragraph(prose(rng, 90))
        pages[font] = placements(d, tmp_path)[2]
    assert pages["Calibri"] < pages["Arial"]


def test_margins_and_page_size_change_the_count(tmp_path: Path) -> None:
    counts = []
    for margin in (1.5, 2.5, 4.0):
        rng = random.Random(3)
        d = new_doc()
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(d.sections[0], side, Cm(margin))
        for _ in range(50):
            d.add_paragraph(prose(rng))
        counts.append(placements(d, tmp_path)[2])
    assert counts[0] < counts[1] < counts[2]


def test_table_of_forty_rows_spans_pages_and_repeats_nothing_wrong(tmp_path: Path) -> None:
    rng = random.Random(4)
    d = new_doc()
    d.add_paragraph("Avant le tableau")
    table = d.add_table(rows=40, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"L{r:02d}C{c} " + prose(rng, rng.randint(3, 25))
    d.add_paragraph("Après le tableau")
    content, pls, pages = placements(d, tmp_path)
    rows = [(p.table[1], pl) for p, pl in zip(content.paragraphs, pls, strict=True)
            if p.table is not None and p.table[2] == 0]
    assert pages >= 2
    assert rows[0][1].page == 1 and rows[-1][1].page >= 2
    positions = [pl.page + pl.y for _, pl in rows]
    assert positions == sorted(positions)  # rows go down the pages in order
    assert where(content, pls, "Après").page == pages


def test_table_cells_wrap_in_their_own_width(tmp_path: Path) -> None:
    def height(cols: int) -> float:
        d = new_doc()
        table = d.add_table(rows=1, cols=cols)
        table.cell(0, 0).text = prose(random.Random(5), 120)
        d.add_paragraph("Après")
        content, pls, _ = placements(d, tmp_path)
        after = where(content, pls, "Après")
        return after.page + after.y

    assert height(4) > height(2) + 0.1


def test_keep_with_next_moves_a_heading_to_the_next_page(tmp_path: Path) -> None:
    rng = random.Random(6)
    d = new_doc(line=1.0, after=0)
    # 55 lines of Arial 11 fit on the page: fill 53, then a heading and a paragraph
    # of which only one line would fit below it (an orphan).
    for _ in range(53):
        d.add_paragraph("ligne")
    d.add_paragraph("Titre gardé avec la suite").paragraph_format.keep_with_next = True
    d.add_paragraph(prose(rng, 80))
    content, pls, _ = placements(d, tmp_path)
    title = where(content, pls, "Titre gardé")
    assert (title.page, title.first_on_page) == (2, True)
    d.paragraphs[53].paragraph_format.keep_with_next = False
    content, pls, _ = placements(d, tmp_path)
    assert where(content, pls, "Titre gardé").page == 1


def test_widow_control_carries_two_lines(tmp_path: Path) -> None:
    rng = random.Random(7)
    d = new_doc(line=1.0, after=0)
    for _ in range(53):
        d.add_paragraph("ligne")
    text, arial = "Trois lignes", face("Arial")
    while len(wrap([Piece(text, arial, 11)], 453.6, 453.6)) < 3:
        text += " " + rng.choice(WORDS)
    d.add_paragraph(text)  # two lines fit: the third would be a widow
    d.add_paragraph("Suivant")
    content, pls, _ = placements(d, tmp_path)
    three = where(content, pls, "Trois lignes")
    assert (three.page, three.first_on_page) == (2, True)  # 1 + 2 is not allowed: all move
    assert where(content, pls, "Suivant").page == 2


def test_inline_image_height_counts(tmp_path: Path) -> None:
    from PIL import Image

    img = tmp_path / "img.png"
    Image.new("RGB", (40, 40)).save(img)
    d = new_doc()
    d.add_paragraph("Avant")
    d.add_picture(str(img), height=Cm(20))
    d.add_paragraph("Après l'image")
    d.add_picture(str(img), height=Cm(20))
    d.add_paragraph("Fin")
    content, pls, pages = placements(d, tmp_path)
    assert pages == 2
    assert where(content, pls, "Après l'image").y > 0.7


def test_two_columns_hold_twice_the_text(tmp_path: Path) -> None:
    counts = []
    for cols in (1, 2):
        rng = random.Random(8)
        d = new_doc()
        sect = d.sections[0]._sectPr
        sect.find(qn("w:cols")).set(qn("w:num"), str(cols))
        for _ in range(60):
            d.add_paragraph(prose(rng, 40))
        counts.append(placements(d, tmp_path)[2])
    assert counts[1] == pytest.approx(counts[0], abs=1)  # narrower columns, two per page


def test_numbered_list_label_does_not_widen_the_text(tmp_path: Path) -> None:
    d = new_doc()
    item = d.add_paragraph(prose(random.Random(9), 60), style="List Number")
    content = content_of(d, tmp_path)
    para = content.paragraphs[-1]
    assert para.list_label and para.text.startswith(para.list_label)
    assert para.num_indent is not None
    del item


def test_a_long_dossier_lays_out_in_order(tmp_path: Path) -> None:
    rng = random.Random(10)
    d = new_doc()
    for n in range(1, 8):
        d.add_heading(f"Partie {n} – Titre", 1)
        for _ in range(40):
            d.add_paragraph(prose(rng))
    _, pls, pages = placements(d, tmp_path)
    assert pages > 20 and all(pl.page >= 1 and 0 <= pl.y <= 1 for pl in pls)


# -- against LibreOffice -------------------------------------------------------------

needs_soffice = pytest.mark.skipif(libreoffice.find_soffice() is None,
                                   reason="LibreOffice (soffice) not installed")


@needs_soffice
def test_estimate_within_a_page_of_libreoffice(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path / "cache"))
    rng = random.Random(11)
    d = new_doc(font="Calibri", size=12, line=1.15, after=8)
    for n in range(1, 5):
        d.add_heading(f"Partie {n} – Titre de la partie", 1)
        for k in range(rng.randint(8, 20)):
            if k % 7 == 3:
                for _ in range(4):
                    d.add_paragraph(prose(rng, 20), style="List Bullet")
            d.add_paragraph(prose(rng, rng.randint(30, 120)))
        if n == 2:
            table = d.add_table(rows=8, cols=3)
            table.style = "Table Grid"
            for row in table.rows:
                for cell in row.cells:
                    cell.text = prose(rng, rng.randint(2, 15))
    path = tmp_path / "dossier.docx"
    d.save(str(path))
    lo = read_docx(path, "libreoffice")
    est = read_docx(path, "estimate")
    assert abs(lo.page_count - est.page_count) <= 1

    def starts(doc) -> list[float]:  # type: ignore[no-untyped-def]
        return [b.position for b in doc.blocks
                if b.heading_level == 1 and re.match(r"Partie \d", b.text)]

    lo_starts, est_starts = starts(lo), starts(est)
    assert len(lo_starts) == len(est_starts) == 4
    assert max(abs(a - b) for a, b in zip(lo_starts, est_starts, strict=True)) <= 1.0


def _keep_chain(tmp_path: Path, items: int) -> DocxContent:
    """A long list whose style keeps with next (a real document did this for 3,500
    items): one chain as long as the list."""
    rng = random.Random(items)
    d = new_doc()
    style = d.styles.add_style("Liste gardée", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    style.paragraph_format.keep_with_next = True
    d.add_heading("Inventaire des actions", 1)
    for _ in range(items):
        d.add_paragraph(prose(rng, 8), style="Liste gardée")
    d.add_paragraph(prose(rng))
    return content_of(d, tmp_path, f"chain{items}.docx")


def test_keep_with_next_chains_cost_linear_work(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from cipcheck.readers.layout import flow

    steps = {"n": 0}
    real = flow.chain_step

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        steps["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(flow, "chain_step", counted)
    counts = {}
    for items in (300, 1200):
        content = _keep_chain(tmp_path, items)
        steps["n"] = 0
        _, pages = estimate(content)
        counts[items] = steps["n"]
        assert pages > items // 60  # the list spans many pages: it was laid out
    # Four times the items, about four times the steps (a re-walk per item: sixteen).
    assert counts[1200] <= 4.5 * counts[300]
    assert counts[1200] <= 2 * 1200 + 10


def _with_footnote(src: Path, dst: Path, calling: str, note: str) -> None:
    """Copy of ``src`` where the paragraph starting with ``calling`` calls a footnote
    (python-docx cannot write footnotes: the part is added as Word stores it)."""
    import zipfile

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(src) as z:
        items = {n: z.read(n) for n in z.namelist()}
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {ns}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">'
             f'{note}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    items["word/footnotes.xml"] = notes.encode()
    rels = items["word/_rels/document.xml.rels"].decode()
    items["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')).encode()
    types = items["[Content_Types].xml"].decode()
    items["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>')).encode()
    body = items["word/document.xml"].decode()
    at = body.index(f">{calling}")
    run_end = body.index("</w:r>", at) + len("</w:r>")
    body = body[:run_end] + '<w:r><w:footnoteReference w:id="1"/></w:r>' + body[run_end:]
    items["word/document.xml"] = body.encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


def test_a_long_footnote_shortens_the_page_of_its_call(tmp_path: Path) -> None:
    rng = random.Random(7)
    d = new_doc()
    d.add_paragraph("Appel de note " + prose(rng, 60))
    for _ in range(4):
        d.add_paragraph(prose(rng, 80))
    d.add_paragraph("Dernier paragraphe " + prose(rng, 30))
    plain = tmp_path / "plain.docx"
    d.save(str(plain))
    with Package(plain) as pkg:
        without = read_content(pkg)
    pls, _ = estimate(without)
    last = where(without, pls, "Dernier paragraphe")
    assert last.page == 1 and last.y > 0.5  # the page is well filled without the note
    noted = tmp_path / "noted.docx"
    _with_footnote(plain, noted, "Appel de note", prose(rng, 400))
    with Package(noted) as pkg:
        content = read_content(pkg)
    assert content.paragraphs[0].footnote_refs == ("1",)
    pls, _ = estimate(content)
    assert where(content, pls, "Dernier paragraphe").page == 2


def test_auto_spacing_is_fourteen_points(tmp_path: Path) -> None:
    # Text pasted from a web page comes in "Normal (Web)": w:beforeAutospacing and
    # w:afterAutospacing, which Word and LibreOffice draw as 14 pt whatever w:before says.
    rng = random.Random(3)
    texts = [f"Paragraphe {k} " + prose(rng, 30) for k in range(12)]
    web, plain = new_doc(), new_doc(after=5)
    for text in texts:
        plain.add_paragraph(text).paragraph_format.space_before = Pt(5)
        spacing = web.add_paragraph(text)._p.get_or_add_pPr().get_or_add_spacing()
        spacing.set(qn("w:before"), "100")
        spacing.set(qn("w:after"), "100")
        spacing.set(qn("w:beforeAutospacing"), "1")
        spacing.set(qn("w:afterAutospacing"), "1")
    gaps = []
    for d, name in ((web, "web.docx"), (plain, "plain.docx")):
        content = content_of(d, tmp_path, name)
        pls, _ = estimate(content)
        gaps.append(where(content, pls, "Paragraphe 5").y - where(content, pls, "Paragraphe 4").y)
        if d is web:
            assert content.paragraphs[3].spacing.before_pt == 14.0
            assert content.paragraphs[3].spacing.after_pt == 14.0
    # Same text, same lines: the gap differs by 14 - 5 pt on an A4 page.
    assert abs((gaps[0] - gaps[1]) * 841.9 - 9.0) < 0.5


def _floating(d: docx.document.Document, img: Path, cm: float, wrap: str,
              behind: bool = False, width_cm: float = 15.0) -> None:
    """A picture anchored to a new paragraph (as Word writes a floating one), made from
    python-docx's inline picture: same extent and graphic, wrapping ``wrap``."""
    run = d.add_paragraph().add_run()
    run.add_picture(str(img), width=Cm(width_cm), height=Cm(cm))
    inline = run._r.find(".//" + qn("wp:inline"))
    anchor = inline.makeelement(qn("wp:anchor"), {
        "distT": "0", "distB": "0", "distL": "114300", "distR": "114300", "simplePos": "0",
        "relativeHeight": "1", "behindDoc": "1" if behind else "0", "locked": "0",
        "layoutInCell": "1", "allowOverlap": "1"})
    simple = anchor.makeelement(qn("wp:simplePos"), {"x": "0", "y": "0"})
    anchor.append(simple)
    for axis, rel in (("H", "column"), ("V", "paragraph")):
        pos = anchor.makeelement(qn(f"wp:position{axis}"), {"relativeFrom": rel})
        off = pos.makeelement(qn("wp:posOffset"), {})
        off.text = "0"
        pos.append(off)
        anchor.append(pos)
    children = list(inline)
    anchor.append(children[0])  # extent
    anchor.append(anchor.makeelement(qn(f"wp:{wrap}"), {"wrapText": "bothSides"}
                                     if wrap == "wrapSquare" else {}))
    for child in children[1:]:
        if child.tag != qn("wp:effectExtent"):
            anchor.append(child)
    inline.getparent().replace(inline, anchor)


@pytest.mark.parametrize(("wrap", "behind", "pushes"), [
    ("wrapTopAndBottom", False, True),  # a band across the column: text goes below it
    ("wrapSquare", False, True),  # as wide as the column: nothing fits beside it
    ("wrapNone", False, False),  # in front of the text: the text ignores it
    ("wrapSquare", True, False),  # behind the text
])
def test_floating_pictures_take_room_only_when_text_wraps_around_them(
        tmp_path: Path, wrap: str, behind: bool, pushes: bool) -> None:
    from PIL import Image

    img = tmp_path / "img.png"
    Image.new("RGB", (40, 40)).save(img)
    d = new_doc()
    d.add_paragraph("Avant")
    _floating(d, img, 20, wrap, behind)
    d.add_paragraph("Après l'image")
    content, pls, _ = placements(d, tmp_path)
    assert content.paragraphs[1].floats if pushes else not content.paragraphs[1].floats
    after = where(content, pls, "Après l'image")
    assert (after.y > 0.6) is pushes


def test_a_narrow_square_wrapped_picture_costs_its_share_of_the_column(
        tmp_path: Path) -> None:
    from PIL import Image

    img = tmp_path / "img.png"
    Image.new("RGB", (40, 40)).save(img)
    ys = {}
    for width in (4.0, 15.0):
        d = new_doc()
        _floating(d, img, 10, "wrapSquare", width_cm=width)
        d.add_paragraph("Après")
        content, pls, _ = placements(d, tmp_path)
        ys[width] = where(content, pls, "Après").y
    # 10 cm high under a 2.5 cm margin: the full-width one pushes the text to 12.5 cm of
    # 29.7; the narrow one (a quarter of the 16 cm column) leaves text beside it and
    # costs about a quarter of its height.
    assert ys[15.0] > 0.4
    assert 0.12 < ys[4.0] < 0.25


def test_monospaced_fonts_use_one_advance_for_every_character() -> None:
    for font in ("Consolas", "Courier New", "Source Code Pro"):
        f = face(font)
        assert f.width("iiii") == pytest.approx(f.width("MMMM"))
    assert face("Consolas").width("x" * 100) == pytest.approx(54.98, abs=0.1)
    assert face("Courier New").width("x" * 10) > face("Consolas").width("x" * 10)
    # Proportional fonts are not affected.
    assert face("Arial").width("iiii") < face("Arial").width("MMMM")


def test_a_page_break_in_the_last_paragraph_makes_a_page_of_its_own(tmp_path: Path) -> None:
    # Word puts the paragraph mark after a page break on the next page: a document whose
    # last paragraph holds a page break ends on a page with only that mark, and Word
    # counts it (the « blank page at the end »).
    counts = []
    for last_break in (False, True):
        d = new_doc()
        d.add_paragraph("Une page de texte.")
        if last_break:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        counts.append(placements(d, tmp_path)[2])
    assert counts == [1, 2]
