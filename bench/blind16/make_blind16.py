"""Write the blind16 dossiers (python-docx; some PDFs through soffice).

python bench/blind16/make_blind16.py  ->  bench/blind16/dossiers/
Written without reading cipcheck's source, tests, fixtures or other bench sets.
"""
import io
import random
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
OUT = HERE / "dossiers"

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

NEUTRAL = [
    "La structure accueille un public varié, orienté par les partenaires du bassin ou venu de lui-même après le bouche-à-oreille.",
    "Les conseillers travaillent en binôme sur les situations complexes et partagent leurs observations lors de la réunion d'équipe du lundi.",
    "Le territoire combine des quartiers prioritaires de la politique de la ville et des communes rurales mal desservies par les transports.",
    "J'ai appris à reformuler la demande de la personne avant de proposer quoi que ce soit, ce qui m'a évité plusieurs malentendus.",
    "La mobilité reste un frein majeur : beaucoup de personnes n'ont pas le permis et les lignes de bus s'arrêtent tôt le soir.",
    "Ma tutrice m'a encouragée à noter mes hypothèses de diagnostic puis à les vérifier avec la personne plutôt qu'à sa place.",
    "Les employeurs du secteur expriment des besoins réels mais craignent de recruter des personnes éloignées de l'emploi.",
    "Le partenariat avec le centre social permet d'orienter rapidement vers des ateliers de français à visée professionnelle.",
    "Je me suis rendu compte que mon vocabulaire était parfois trop technique et j'ai ajusté ma façon d'expliquer les dispositifs.",
    "Le logiciel de suivi impose une saisie rigoureuse : chaque action doit être tracée pour rendre compte aux financeurs.",
    "La confiance s'est construite progressivement, en respectant le rythme de la personne et ses choix.",
    "Les acteurs de l'insertion se connaissent bien sur ce territoire, ce qui facilite les orientations mais peut aussi figer les habitudes.",
    "J'ai veillé à garder une posture de neutralité bienveillante, sans juger les choix passés de la personne.",
    "Le bilan de cette action montre des résultats encourageants, même si tous les objectifs n'ont pas été atteints.",
    "Les freins périphériques, comme la garde d'enfants ou le logement, doivent être traités en parallèle du projet professionnel.",
    "Une veille régulière sur les offres et les dispositifs m'a permis d'actualiser les informations données au public.",
    "Le travail en réseau suppose de connaître le périmètre de chacun pour orienter à bon escient.",
    "J'ai mesuré l'importance de l'écrit professionnel : une synthèse claire permet au collègue qui prend le relais de gagner du temps.",
    "Les points forts de mon intervention tiennent à l'écoute et à la disponibilité ; mes limites, à la gestion du temps.",
    "Pour la suite, je souhaite approfondir les techniques d'entretien motivationnel et la médiation vers l'emploi.",
]


def set_cell_merge(table, r1, c1, r2, c2):
    table.cell(r1, c1).merge(table.cell(r2, c2))


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def filler(doc, rng, n_par=3, words=230):
    for _ in range(n_par):
        sents = rng.sample(NEUTRAL, 4)
        doc.add_paragraph(" ".join(sents))


def add_field(paragraph, instr, result="1"):
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="separate"/>'))
    paragraph.add_run(result)
    r4 = paragraph.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="end"/>'))


def add_toc(doc, entries):
    doc.add_paragraph("Sommaire", style="TOC Heading" if "TOC Heading" in [s.name for s in doc.styles] else None)
    p = doc.add_paragraph()
    r = p.add_run()
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="begin" w:dirty="true"/>'))
    r2 = p.add_run()
    r2._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>'))
    r3 = p.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="separate"/>'))
    first = True
    for title, pg in entries:
        q = p if first else doc.add_paragraph()
        first = False
        q.add_run(f"{title}\t{pg}")
    end = doc.paragraphs[-1].add_run()
    end._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="end"/>'))


def header_footer(section, text):
    section.header.paragraphs[0].text = text
    fp = section.footer.paragraphs[0]
    fp.add_run("Page ")
    add_field(fp, "PAGE")


def arial_direct(doc, font="Arial", size=11, spacing=1.15):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.line_spacing = spacing
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    for h in ("Heading 1", "Heading 2", "Title", "TOC Heading"):
        try:
            doc.styles[h].font.name = font
            rf2 = doc.styles[h].element.get_or_add_rPr().find(qn("w:rFonts"))
            for a in ("w:ascii", "w:hAnsi", "w:cs"):
                rf2.set(qn(a), font)
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                if rf2.get(qn(a)) is not None:
                    del rf2.attrib[qn(a)]
        except KeyError:
            pass


def arial_theme(doc, size=11, spacing=1.15):
    """Minor font = Arial in the theme; Normal and headings follow the theme."""
    for part in doc.part.package.iter_parts():
        if str(part.partname).endswith("theme1.xml"):
            xml = part.blob.decode("utf-8")
            import re
            xml = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*"', r'\1Arial"', xml)
            xml = re.sub(r'(<a:majorFont>\s*<a:latin typeface=")[^"]*"', r'\1Arial"', xml)
            part._blob = xml.encode("utf-8")
    st = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.paragraph_format.line_spacing = spacing
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is not None:
        rpr.remove(rf)
    rpr.insert(0, parse_xml(f'<w:rFonts {W} w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'))
    dd = doc.styles.element.find(qn("w:docDefaults"))
    if dd is not None:
        for rf in dd.iter(qn("w:rFonts")):
            for a in list(rf.attrib):
                del rf.attrib[a]
            rf.set(qn("w:asciiTheme"), "minorHAnsi")
            rf.set(qn("w:hAnsiTheme"), "minorHAnsi")
    for h in ("Heading 1", "Heading 2"):
        hr = doc.styles[h].element.get_or_add_rPr()
        rf2 = hr.find(qn("w:rFonts"))
        if rf2 is not None:
            hr.remove(rf2)
        hr.insert(0, parse_xml(f'<w:rFonts {W} w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>'))


def add_footnotes(doc, notes):
    """Create word/footnotes.xml and return a function that inserts a reference."""
    body = "".join(
        f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
        for i, t in enumerate(notes))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)

    def ref(paragraph, n):
        r = paragraph.add_run()
        r._r.append(parse_xml(f'<w:rPr {W}><w:vertAlign w:val="superscript"/></w:rPr>'))
        r._r.append(parse_xml(f'<w:footnoteReference {W} w:id="{n}"/>'))
    return ref


def add_textbox(paragraph, text):
    xml = (f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="tb1" type="#_x0000_t202" style="width:400pt;height:60pt" stroked="t">'
           f'<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def logo(text):
    im = Image.new("RGB", (600, 160), (30, 90, 160))
    ImageDraw.Draw(im).text((20, 60), text, fill=(255, 255, 255))
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def build(name, spec):
    rng = random.Random(name)
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2.5))
    if spec.get("theme"):
        arial_theme(doc, spacing=spec.get("spacing", 1.15))
    else:
        arial_direct(doc, spec.get("font", "Arial"), spacing=spec.get("spacing", 1.15))
    ref = add_footnotes(doc, spec["footnotes"]) if spec.get("footnotes") else None
    # cover
    if spec.get("image"):
        doc.add_picture(logo(spec["image"]), width=Cm(8))
    for i, line in enumerate(spec["cover"]):
        p = doc.add_paragraph(line)
        if i == 0:
            p.runs[0].bold = True
            p.runs[0].font.size = Pt(16)
    if spec.get("textbox"):
        add_textbox(doc.add_paragraph(), spec["textbox"])
    heads = [t for t, _, _ in spec["parts"]]
    if spec.get("toc"):
        page_break(doc)
        pg, entries = 3, []
        for t, n, _ in spec["parts"]:
            entries.append((t, pg))
            pg += n
        add_toc(doc, entries)
    if spec.get("section_break"):
        new = doc.add_section(WD_SECTION.NEW_PAGE)
        header_footer(new, spec["header"])
        new.header.is_linked_to_previous = False
    elif spec.get("header"):
        header_footer(sec, spec["header"])
        page_break(doc)
    else:
        page_break(doc)
    for idx, (title, npages, special) in enumerate(spec["parts"]):
        if idx:
            page_break(doc)
        if spec.get("headings") == "style":
            doc.add_heading(title, level=1)
        else:
            p = doc.add_paragraph()
            r = p.add_run(title)
            r.bold = True
            r.font.size = Pt(13)
        pages = [[] for _ in range(npages)]
        for k, item in enumerate(special or []):
            pages[min(k // 4, npages - 1)].append(item)
        for pi, items in enumerate(pages):
            if pi:
                page_break(doc)
            for item in items:
                if isinstance(item, tuple) and item[0] == "table":
                    rows = item[1]
                    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
                    t.style = "Table Grid"
                    for ri, row in enumerate(rows):
                        for ci, val in enumerate(row):
                            t.cell(ri, ci).text = val
                    for m in item[2] if len(item) > 2 else []:
                        set_cell_merge(t, *m)
                        t.cell(m[0], m[1]).text = rows[m[0]][m[1]]
                elif isinstance(item, tuple) and item[0] == "h2":
                    if spec.get("headings") == "style":
                        doc.add_heading(item[1], level=2)
                    else:
                        doc.add_paragraph().add_run(item[1]).bold = True
                elif isinstance(item, tuple) and item[0] == "fn":
                    p = doc.add_paragraph(item[1])
                    ref(p, item[2])
                else:
                    doc.add_paragraph(item)
            filler(doc, rng, n_par=3 if not items else 1)
    path = OUT / f"{name}.docx"
    doc.save(path)
    return path


def to_pdf(path):
    tmp = OUT / "_pdf"
    tmp.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file:///tmp/b16lo", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(path)], check=True, capture_output=True, timeout=180)
    pdf = tmp / (path.stem + ".pdf")
    shutil.move(str(pdf), OUT / pdf.name)
    path.unlink()
    tmp.rmdir()


def three_interviews(who, d1, d2, d3):
    return [
        f"Premier entretien, le {d1} : j'ai reçu {who} dans mon bureau pour l'accueil et le diagnostic de sa situation.",
        f"Deuxième entretien, le {d2} : nous avons construit ensemble les étapes de son plan d'action et signé le contrat d'engagement.",
        f"Troisième entretien, le {d3} : nous avons fait le point sur les démarches réalisées et préparé la suite de son parcours.",
    ]


from parts import SPECS  # noqa: E402  (the 14 dossiers, in parts.py beside this file)

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, spec in SPECS.items():
        p = build(name, spec)
        if spec.get("pdf"):
            to_pdf(p)
        print(name, file=sys.stderr)
