"""DOCX reading: effective formatting through styles and theme, tracked changes, TOC."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from cipcheck.readers.docx import read_docx

W = nsdecls("w")


def _save(d: docx.document.Document, tmp_path: Path, name: str = "d.docx") -> Path:
    path = tmp_path / name
    d.save(str(path))
    return path


def _theme_minor(d: docx.document.Document, typeface: str) -> None:
    """Point docDefaults at the theme's minor font and set the theme's minor font."""
    styles = d.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:asciiTheme"), "minorHAnsi")
    fonts.set(qn("w:hAnsiTheme"), "minorHAnsi")
    theme_part = next(rel.target_part for rel in d.part.rels.values()
                      if rel.reltype.endswith("/theme"))
    blob = theme_part.blob.decode("utf-8")
    import re
    blob = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*"', rf'\g<1>{typeface}"', blob)
    theme_part._blob = blob.encode("utf-8")


def test_theme_font_resolved_when_nothing_overrides_it(tmp_path: Path) -> None:
    d = docx.Document()
    _theme_minor(d, "Calibri")
    d.add_paragraph("Texte courant " * 20)
    doc = read_docx(_save(d, tmp_path), "estimate")
    assert doc.blocks[0].font == "Calibri"


def test_style_font_name_set_by_python_docx_leaves_the_theme_in_charge(tmp_path: Path) -> None:
    # The trap: style.font.name sets w:ascii but keeps w:asciiTheme, which Word obeys.
    d = docx.Document()
    normal = d.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:rFonts {W} w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'))
    normal.font.name = "Arial"
    _theme_minor(d, "Calibri")
    d.add_paragraph("Texte courant " * 20)
    doc = read_docx(_save(d, tmp_path), "estimate")
    assert doc.blocks[0].font == "Calibri"


def test_run_font_size_and_spacing_from_styles(tmp_path: Path) -> None:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.line_spacing = 1.15
    p = d.add_paragraph("Texte courant " * 20)
    p.add_run(" en Times").font.name = "Times New Roman"
    h = d.add_heading("Partie 1 – Présentation", level=1)
    assert h.style is not None
    doc = read_docx(_save(d, tmp_path), "estimate")
    body, heading = doc.blocks
    assert body.font == "Arial" and body.size == 11.0 and body.line_spacing == 1.15
    assert {s.font for s in body.spans} == {"Arial", "Times New Roman"}
    assert heading.heading_level == 1 and heading.size != 11.0


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("Début ")
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="x"><w:r><w:delText>SUPPRIMÉ '
                          "</w:delText></w:r></w:del>"))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="x"><w:r><w:t>inséré</w:t></w:r>'
                          "</w:ins>"))
    doc = read_docx(_save(d, tmp_path), "estimate")
    assert doc.blocks[0].text == "Début inséré"


def test_toc_field_entries_are_marked_and_headers_kept_apart(tmp_path: Path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Dossier professionnel – Partie 3"
    p = d.add_paragraph()
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h '
                          "</w:instrText></w:r>"))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t>Partie 1 – Présentation\t4</w:t></w:r>'))
    d.add_paragraph("Partie 2 – Accompagnement\t11")._p.append(
        parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    d.add_paragraph("Partie 1 – Présentation")
    doc = read_docx(_save(d, tmp_path), "estimate")
    assert [b.is_toc for b in doc.blocks] == [True, True, False]
    assert "TOC" not in doc.blocks[0].text
    assert doc.margins[0].text == "Dossier professionnel – Partie 3"
    assert all("Dossier professionnel" not in b.text for b in doc.blocks)


def test_list_numbering_labels_are_part_of_headings(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("Présentation de la structure", style="List Number")
    doc = read_docx(_save(d, tmp_path), "estimate")
    assert p.text == "Présentation de la structure"
    assert doc.blocks[0].text.startswith("1")


def test_reading_never_modifies_the_file(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Texte")
    path = _save(d, tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    read_docx(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.docx"]


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice absent")
def test_libreoffice_pages_place_paragraphs_after_page_breaks(tmp_path: Path) -> None:
    d = docx.Document()
    for n in range(1, 4):
        d.add_heading(f"Partie {n} – Titre", 1)
        for _ in range(3):
            d.add_paragraph(f"Paragraphe de la partie {n}. " * 15)
        d.add_page_break()
    doc = read_docx(_save(d, tmp_path), "libreoffice")
    heads = [b for b in doc.blocks if b.text.startswith("Partie")]
    assert [b.page for b in heads] == [1, 2, 3]
    assert all(b.first_on_page for b in heads)
    assert doc.pages_method.value == "libreoffice"


def test_paragraphs_opened_by_a_page_break_are_marked_whatever_the_layout(
        tmp_path: Path) -> None:
    # The ways a candidate's Word document forces a new page: Ctrl+Entrée at the end of a
    # paragraph or alone on a blank line, « saut de page avant » in a heading style, a
    # new-page section break; a continuous section break and a break typed in a table cell
    # do not.
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_paragraph("Page de garde : dossier professionnel, session de juin.")
    d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)
    d.add_paragraph("Partie 1 – Présentation de la structure")  # after Ctrl+Entrée
    d.add_paragraph("La mission locale accueille les jeunes de seize à vingt-cinq ans.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # a blank line holding the break
    d.add_paragraph("")
    d.add_paragraph("Le territoire compte trois bassins d'emploi.")
    heading = d.add_paragraph("Partie 2 – Accompagnement d'un parcours")
    heading.paragraph_format.page_break_before = True
    d.add_paragraph("J'ai reçu Mme T. pour la première fois en octobre.")
    d.add_section(WD_SECTION.CONTINUOUS)
    d.add_paragraph("Suite du suivi, sans saut de page.")
    d.add_section(WD_SECTION.NEW_PAGE)
    d.add_paragraph("Partie 3 – Projet professionnel")
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Cellule avec un saut").add_break(WD_BREAK.PAGE)
    d.add_paragraph("Après le tableau, sur la même page.")
    doc = read_docx(_save(d, tmp_path), "estimate")
    forced = {b.text: b.page_break_before for b in doc.blocks}
    assert forced == {
        "Page de garde : dossier professionnel, session de juin.": True,
        "Partie 1 – Présentation de la structure": True,
        "La mission locale accueille les jeunes de seize à vingt-cinq ans.": False,
        "Le territoire compte trois bassins d'emploi.": True,
        "Partie 2 – Accompagnement d'un parcours": True,
        "J'ai reçu Mme T. pour la première fois en octobre.": False,
        "Suite du suivi, sans saut de page.": False,
        "Partie 3 – Projet professionnel": True,
        "Cellule avec un saut": False,
        "Après le tableau, sur la même page.": False,
    }
