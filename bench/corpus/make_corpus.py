"""Generate the page-accuracy corpus: varied CIP-like dossiers written with python-docx.

    python bench/corpus/make_corpus.py [--out bench/corpus/out] [--only NAME]

Each dossier has a cover page, a sommaire, an introduction, parts titled
"Partie N – …" (so the bench can measure each part), a conclusion and annexes, in
20–50 pages. The variants cover what moves pages: fonts (Arial, Calibri, Times New
Roman), line spacing (1.0, 1.08, 1.15, 1.5, exact), page size and margins, tables (with
repeated header rows, merged cells), bullet and numbered lists, inline images, long
headings with keep-with-next, parts that flow without page breaks, explicit page and
section breaks (landscape, two columns), empty spacer paragraphs and manual line breaks.
Output is deterministic (seeded) and git-ignored.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prose  # noqa: E402  (a sibling module, not a package)

OUT = Path(__file__).resolve().parent / "out"

PART_TITLES = [
    "Présentation de la structure et de son environnement",
    "Accueil, analyse de la demande et diagnostic partagé",
    "Accompagnement du parcours d’insertion professionnelle",
    "Animation d’ateliers collectifs et de sessions d’information",
    "Relations avec les entreprises et médiation vers l’emploi",
    "Travail en réseau avec les partenaires du territoire",
    "Analyse réflexive de la pratique professionnelle",
]


@dataclass
class Variant:
    name: str
    font: str = "Arial"
    size: float = 11
    line: float | None = 1.15  # multiple; None with exact set
    exact: float | None = None  # exact line spacing in points
    before: float = 0
    after: float = 6
    page: tuple[float, float] = (21.0, 29.7)  # cm
    margins: tuple[float, float, float, float] = (2.5, 2.5, 2.5, 2.5)  # top right bottom left
    part_break: str = "page"  # page | flow | pbb (page break before) | section
    part_pages: tuple[float, float] = (2.5, 5.5)
    parts: int = 7
    justify: bool = False
    first_indent: float = 0.0  # cm
    tables: float = 0.0  # probability per subsection
    lists: float = 0.25
    images: float = 0.0
    long_headings: bool = False
    mixed_runs: bool = False
    spacers: bool = False
    line_breaks: bool = False
    landscape_annex: bool = False
    two_columns: bool = False
    heading_size: float = 14
    word_defaults: bool = False  # Word 2016 defaults: docDefaults spacing, theme fonts
    headers: bool = False  # running header and a page-number footer
    keeps: bool = False  # keep-with-next / keep-together body text, hanging indents, tabs
    seed: int = 0
    extra: dict[str, object] = field(default_factory=dict)


VARIANTS = [
    Variant("arial11_115_breaks", seed=1),
    Variant("arial11_115_flow", part_break="flow", seed=2),
    Variant("arial12_150_breaks", size=12, line=1.5, after=6, justify=True, seed=3,
            part_pages=(3, 7)),
    Variant("arial12_100_flow", size=12, line=1.0, after=10, part_break="flow", seed=4),
    Variant("calibri11_108_breaks", font="Calibri", line=1.08, after=8, seed=5),
    Variant("calibri11_115_flow", font="Calibri", part_break="flow", after=8, seed=6),
    Variant("calibri12_150_flow", font="Calibri", size=12, line=1.5, part_break="flow",
            seed=7),
    Variant("times12_150_breaks", font="Times New Roman", size=12, line=1.5, seed=8,
            justify=True, first_indent=1.25),
    Variant("tables_arial11", tables=0.6, part_break="flow", seed=9, part_pages=(2, 4)),
    Variant("tables_calibri11", font="Calibri", tables=0.5, seed=10, line=1.0, after=6,
            part_pages=(2, 4.5)),
    Variant("lists_calibri11", font="Calibri", lists=0.8, part_break="flow", seed=11),
    Variant("images_arial11", images=0.5, part_break="flow", seed=12),
    Variant("margins_letter_arial11", page=(21.59, 27.94), margins=(2.0, 2.0, 2.0, 3.5),
            part_break="flow", seed=13),
    Variant("longheadings_arial12", size=12, long_headings=True, heading_size=16,
            part_break="flow", seed=14, before=6),
    Variant("mixed_exact_arial11", mixed_runs=True, line=None, exact=16, seed=15,
            part_break="flow"),
    Variant("sections_arial11", part_break="section", landscape_annex=True, two_columns=True,
            seed=16, tables=0.2, part_pages=(2, 4.5)),
    Variant("spacers_calibri12", font="Calibri", size=12, spacers=True, line_breaks=True,
            first_indent=1.0, part_break="pbb", seed=17),
    Variant("pbb_times11_115", font="Times New Roman", size=11, part_break="pbb", seed=18,
            images=0.2, tables=0.2, lists=0.4),
    Variant("dense_arial10_100", size=10, line=1.0, after=3, part_break="flow", seed=19,
            part_pages=(3, 6), tables=0.3, images=0.2),
    Variant("word2016_defaults", font="Calibri", line=1.08, after=8, word_defaults=True,
            headers=True, tables=0.4, lists=0.4, part_break="flow", seed=20,
            part_pages=(2, 4)),
    Variant("keeps_tabs_arial11", keeps=True, headers=True, part_break="flow", seed=21,
            lists=0.3),
]


# -- python-docx helpers -------------------------------------------------------------

def set_font(style, name: str, size: float | None = None, bold: bool | None = None) -> None:
    """Set a real font name: python-docx leaves the theme attributes (w:asciiTheme) in
    place, and Word and LibreOffice would then still show the theme font."""
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), name)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def set_spacing(fmt, v: Variant, before: float | None = None,
                after: float | None = None) -> None:
    if v.exact is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(v.exact)
    else:
        fmt.line_spacing = v.line
    fmt.space_before = Pt(v.before if before is None else before)
    fmt.space_after = Pt(v.after if after is None else after)


def add_tab_leader(paragraph, pos_cm: float) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:leader"), "dot")
    tab.set(qn("w:pos"), str(int(pos_cm / 2.54 * 1440)))
    tabs.append(tab)
    ppr.append(tabs)


def mark_header_row(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def set_columns(section, num: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "708")


def add_page_field(paragraph) -> None:
    paragraph.add_run("Page ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def word_defaults(d, v: Variant) -> None:
    """What Word 2016 writes: spacing and size in w:docDefaults (Normal sets nothing),
    body and headings in the theme's fonts (Calibri, Calibri Light)."""
    styles = d.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr.find(qn("w:sz")).set(qn("w:val"), str(int(v.size * 2)))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    sp = ppr.find(qn("w:spacing"))
    sp.set(qn("w:after"), str(int(v.after * 20)))
    sp.set(qn("w:line"), str(round((v.line or 1.0) * 240)))
    sp.set(qn("w:lineRule"), "auto")
    theme_part = next(rel.target_part for rel in d.part.rels.values()
                      if rel.reltype.endswith("/theme"))
    xml = theme_part.blob.decode("utf-8")
    xml = xml.replace('<a:latin typeface="Cambria"/>', '<a:latin typeface="@@minor"/>')
    xml = xml.replace('<a:latin typeface="Calibri"/>', '<a:latin typeface="Calibri Light"/>')
    xml = xml.replace('<a:latin typeface="@@minor"/>', '<a:latin typeface="Calibri"/>')
    theme_part._blob = xml.encode("utf-8")


def make_image(folder: Path, w_px: int, h_px: int, seed: int) -> Path:
    from PIL import Image

    path = folder / f"img_{w_px}x{h_px}_{seed}.png"
    if not path.exists():
        rng = random.Random(seed)
        color = (rng.randint(60, 220), rng.randint(60, 220), rng.randint(60, 220))
        Image.new("RGB", (w_px, h_px), color).save(path)
    return path


# -- the dossier -----------------------------------------------------------------------

class Builder:
    def __init__(self, v: Variant, folder: Path) -> None:
        self.v = v
        self.rng = random.Random(v.seed)
        self.folder = folder
        self.doc = Document()
        self._setup()
        self.text_width_cm = v.page[0] - v.margins[1] - v.margins[3]
        self.body_cm = v.page[1] - v.margins[0] - v.margins[2]

    def _setup(self) -> None:
        v, d = self.v, self.doc
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(v.page[0]), Cm(v.page[1])
        sec.top_margin, sec.right_margin = Cm(v.margins[0]), Cm(v.margins[1])
        sec.bottom_margin, sec.left_margin = Cm(v.margins[2]), Cm(v.margins[3])
        if v.headers:
            sec.header_distance = sec.footer_distance = Cm(1.25)
            sec.header.paragraphs[0].text = "Dossier professionnel – Camille Martin"
            add_page_field(sec.footer.paragraphs[0])
        normal = d.styles["Normal"]
        if v.word_defaults:
            word_defaults(d, v)
        else:
            set_font(normal, v.font, v.size)
            set_spacing(normal.paragraph_format, v)
        if v.justify:
            normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if v.first_indent:
            normal.paragraph_format.first_line_indent = Cm(v.first_indent)
        for level, size in ((1, v.heading_size), (2, v.heading_size - 2), (3, v.size + 1)):
            st = d.styles[f"Heading {level}"]
            if v.word_defaults:  # headings keep the theme's major font (Calibri Light)
                st.font.size, st.font.bold = Pt(size), True
            else:
                set_font(st, v.font, size, True)
            st.paragraph_format.space_before = Pt(18 if level == 1 else 12)
            st.paragraph_format.space_after = Pt(6)
            st.paragraph_format.first_line_indent = Cm(0)
            if v.part_break == "pbb" and level == 1:
                st.paragraph_format.page_break_before = True
        for name in ("List Bullet", "List Bullet 2", "List Number", "Title"):
            st = d.styles[name]
            if name != "Title":
                st.paragraph_format.first_line_indent = None
            if not v.word_defaults:
                set_font(st, v.font, None if name != "Title" else 26)
        table = d.styles["Table Grid"]
        del table  # borders and single spacing come from the style itself

    # -- blocks ---------------------------------------------------------------
    def para(self, text: str | None = None, style: str | None = None):
        return self.doc.add_paragraph(text if text is not None else prose.paragraph(self.rng),
                                      style=style)

    def body_paragraph(self) -> None:
        v = self.v
        if v.mixed_runs and self.rng.random() < 0.5:
            p = self.doc.add_paragraph()
            for _ in range(self.rng.randint(2, 6)):
                run = p.add_run(prose.sentence(self.rng) + " ")
                r = self.rng.random()
                if r < 0.2:
                    run.bold = True
                elif r < 0.35:
                    run.italic = True
                elif r < 0.45:
                    run.font.size = Pt(v.size + 2)
            if self.rng.random() < 0.3:
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
                p.paragraph_format.line_spacing = Pt(v.size * 1.2)
            return
        if v.keeps and self.rng.random() < 0.25:
            self.keeps_block()
            return
        p = self.para()
        if v.line_breaks and self.rng.random() < 0.2:
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            p.add_run(prose.sentence(self.rng))

    def keeps_block(self) -> None:
        """Body text a candidate formats by hand: keep-with-next and keep-together
        paragraphs, a hanging-indent definition, a tabulated line."""
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            p = self.para()
            p.paragraph_format.keep_with_next = True
            self.para()
        elif r < 0.6:
            p = self.para(prose.paragraph(rng, (5, 9)))
            p.paragraph_format.keep_together = True
        elif r < 0.8:
            p = self.para(prose.title(rng, (1, 2)) + " : " + prose.paragraph(rng, (1, 3)))
            p.paragraph_format.left_indent = Cm(2)
            p.paragraph_format.first_line_indent = Cm(-2)
        else:
            for _ in range(rng.randint(2, 5)):
                self.para(f"{prose.title(rng, (1, 2))}\t{prose.title(rng, (1, 2))}\t"
                          f"{rng.randint(1, 30)} h")

    def bullet_list(self) -> None:
        numbered = self.rng.random() < 0.35
        for _ in range(self.rng.randint(3, 7)):
            style = "List Number" if numbered else "List Bullet"
            if not numbered and self.rng.random() < 0.2:
                style = "List Bullet 2"
            self.para(prose.paragraph(self.rng, (1, 2)), style)

    def table(self) -> None:
        rng = self.rng
        cols = rng.choice([2, 3, 3, 4])
        rows = rng.choice([4, 6, 8, 10, 14, 20])
        t = self.doc.add_table(rows=rows, cols=cols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if rng.random() < 0.3 else None
        width = Cm(self.text_width_cm / cols)
        for c in range(cols):
            t.columns[c].width = width
        header = t.rows[0]
        mark_header_row(header)
        for c, cell in enumerate(header.cells):
            cell.width = width
            cell.text = rng.choice(["Objectif", "Action", "Acteur", "Échéance", "Résultat",
                                    "Indicateur", "Compétence"]) + f" {c + 1}"
            cell.paragraphs[0].runs[0].bold = True
        for r in range(1, rows):
            for cell in t.rows[r].cells:
                cell.width = width
                if rng.random() < 0.5:
                    cell.text = prose.sentence(rng)
                else:
                    cell.text = prose.title(rng, (1, 4))
                if rng.random() < 0.1:
                    cell.add_paragraph(prose.sentence(rng))
        if rows >= 6 and cols >= 3 and rng.random() < 0.4:
            a = t.cell(2, 0)
            a.merge(t.cell(4, 0))  # vertical merge
        self.para("Source : équipe de la structure, " + str(2020 + rng.randint(0, 4)) + ".")

    def image(self) -> None:
        rng = self.rng
        h_cm = rng.choice([3, 4, 5, 6, 8, 10, 12])
        w_cm = min(self.text_width_cm, h_cm * rng.choice([1.0, 1.5, 2.0]))
        path = make_image(self.folder, int(w_cm * 20), int(h_cm * 20), rng.randint(0, 9))
        self.doc.add_picture(str(path), width=Cm(w_cm), height=Cm(h_cm))
        cap = self.para(f"Figure {rng.randint(1, 30)} – " + prose.title(rng, (2, 5)))
        cap.runs[0].italic = True

    def heading(self, text: str, level: int):
        return self.doc.add_heading(text, level)

    def spacer(self) -> None:
        for _ in range(self.rng.randint(1, 3)):
            self.doc.add_paragraph()

    # -- structure -----------------------------------------------------------------
    def cover(self) -> None:
        d = self.doc
        if self.v.spacers:
            for _ in range(6):
                d.add_paragraph()
        t = d.add_paragraph("Dossier professionnel", style="Title")
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in ("Titre professionnel Conseiller en insertion professionnelle",
                     "Session " + str(2024 + self.rng.randint(0, 2)),
                     "Candidate : Camille Martin", "Centre de formation : Exemple Formation"):
            p = d.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_page_break()

    def sommaire(self, titles: list[str]) -> None:
        self.heading("Sommaire", 1)
        for i, title in enumerate(["Introduction"] + [f"Partie {n + 1} – {t}" for n, t in
                                                       enumerate(titles)] + ["Conclusion",
                                                                             "Annexes"]):
            p = self.para(f"{title}\t{3 + i * 4}")
            add_tab_leader(p, self.text_width_cm)
        self.doc.add_page_break()

    def subsection_content(self, pages: float) -> None:
        """Fill about ``pages`` pages with a mix of blocks."""
        v, rng = self.v, self.rng
        budget = pages * self.body_cm
        lines_per_cm = 1 / (0.0353 * v.size * (v.line or (v.exact or 14) / v.size) * 1.2)
        chars_per_line = self.text_width_cm / (0.0353 * v.size * 0.5)
        used = 0.0
        while used < budget:
            r = rng.random()
            if r < v.tables * 0.25:
                self.table()
                used += 8
            elif r < v.tables * 0.25 + v.images * 0.25:
                self.image()
                used += 8
            elif r < v.tables * 0.25 + v.images * 0.25 + v.lists * 0.3:
                self.bullet_list()
                used += 4
            else:
                self.body_paragraph()
                used += (5 * 80 / chars_per_line + 1) / lines_per_cm
            if v.spacers and rng.random() < 0.1:
                self.spacer()

    def part(self, n: int, title: str) -> None:
        v, rng = self.v, self.rng
        heading = f"Partie {n} – {title}"
        if v.long_headings:
            heading += " : " + prose.title(rng, (6, 14)).lower()
        if v.part_break == "section" and n > 1:
            self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.heading(heading, 1)
        pages = rng.uniform(*v.part_pages)
        subs = rng.randint(2, 4)
        for s in range(subs):
            title2 = f"{n}.{s + 1} " + prose.title(rng, (2, 6 if not v.long_headings else 14))
            self.heading(title2, 2)
            if rng.random() < 0.3:
                self.heading(f"{n}.{s + 1}.1 " + prose.title(rng, (2, 5)), 3)
            self.subsection_content(pages / subs)
        if v.part_break == "page":
            self.doc.add_page_break()
        elif v.part_break == "flow" and v.spacers:
            self.spacer()

    def build(self) -> Document:
        v = self.v
        titles = PART_TITLES[: v.parts]
        self.cover()
        self.sommaire(titles)
        self.heading("Introduction", 1)
        for _ in range(3):
            self.body_paragraph()
        if v.part_break == "page":
            self.doc.add_page_break()
        for n, title in enumerate(titles, start=1):
            if v.two_columns and n == 4:
                sec = self.doc.add_section(WD_SECTION.CONTINUOUS)
                set_columns(sec, 2)
                self.part(n, title)
                sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
                set_columns(sec, 1)
                continue
            self.part(n, title)
        if v.part_break == "section":
            self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.heading("Conclusion", 1)
        for _ in range(3):
            self.body_paragraph()
        if v.landscape_annex:
            sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        else:
            self.doc.add_page_break()
        self.heading("Annexes", 1)
        self.table()
        return self.doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", help="generate only the variants whose name contains this")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    images = args.out / "images"
    images.mkdir(exist_ok=True)
    for v in VARIANTS:
        if args.only and args.only not in v.name:
            continue
        path = args.out / f"{v.name}.docx"
        Builder(v, images).build().save(str(path))
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
