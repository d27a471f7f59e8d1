"""blind18 generator: 14 dossiers built like Word users build them (python-docx + raw OOXML)."""
import copy, io, random, struct, subprocess, sys, zlib
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).parent / "dossiers"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

TITLES = {
    "cip-titre": ["Présentation de la structure, du territoire et des acteurs",
                  "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
                  "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
                  "Conception, préparation et animation d'un atelier thématique",
                  "Action de prospection auprès des employeurs du territoire",
                  "Appui technique aux employeurs en matière de recrutement",
                  "Intégration et maintien d'un salarié dans son environnement professionnel"],
    "cip-ccp2": ["Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
                 "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
                 "Conception, préparation et animation d'un atelier thématique"],
    "cip-ccp3": ["Action de prospection auprès des employeurs du territoire",
                 "Appui technique aux employeurs en matière de recrutement",
                 "Intégration et maintien d'un salarié dans son environnement professionnel"],
}
PAGES = {"cip-titre": [7, 5, 5, 7, 5, 4, 2], "cip-ccp2": [5, 6, 7], "cip-ccp3": [6, 4, 3]}
CERT = {"cip-titre": "Titre professionnel Conseiller en insertion professionnelle — Dossier professionnel",
        "cip-ccp1": "CCP Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
        "cip-ccp2": "CCP Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
        "cip-ccp3": "CCP Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle",
        "ops-memoire": "OPS Conseil — Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle — Mémoire de la période de mise en application professionnelle"}

SENT = [
    "Le conseiller reçoit chaque personne dans un bureau fermé pour garantir la confidentialité des échanges.",
    "Nous travaillons en lien étroit avec les partenaires du territoire, notamment le Département et les services de l'État.",
    "Cette démarche demande de reformuler la demande, de vérifier la compréhension et de laisser la personne choisir.",
    "J'ai observé que les freins périphériques, mobilité et garde d'enfants, pèsent autant que la qualification.",
    "L'équipe se réunit le lundi matin pour partager les situations complexes et répartir les suivis.",
    "Le bassin d'emploi est marqué par la saisonnalité, l'agroalimentaire et les services à la personne.",
    "Je prends soin de noter dans le logiciel de suivi les engagements pris de part et d'autre.",
    "Les employeurs attendent des candidats motivés et une réponse rapide de notre part.",
    "J'ai appris à ajuster mon vocabulaire et à proposer des supports visuels quand la lecture est difficile.",
    "Le bilan fait apparaître des points forts, mais aussi des axes de progrès que je détaille plus loin.",
    "La posture professionnelle consiste à rester à l'écoute sans décider à la place de la personne.",
    "Les ressources mobilisées sont diverses : aides à la mobilité, ateliers collectifs, immersion en entreprise.",
]

def filler(seed, n=260):
    r = random.Random(seed); out, words = [], 0
    while words < n:
        s = r.choice(SENT); out.append(s); words += len(s.split())
    return " ".join(out)

# ---------- low-level Word features ----------
def png_bytes(w=120, h=60):
    raw = b"".join(b"\x00" + bytes([40, 90, 160]) * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")

def set_arial(doc, font="Arial", size=11, spacing=1.15, theme=False):
    st = doc.styles["Normal"]
    st.font.size = Pt(size); st.paragraph_format.line_spacing = spacing
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {nsdecls('w')}/>"); rpr.insert(0, rf)
    for a in list(rf.attrib): del rf.attrib[a]
    if theme:  # Normal follows the theme's minor font, which is Arial
        for a in ("asciiTheme", "hAnsiTheme", "cstheme"): rf.set(qn("w:" + a), "minorHAnsi" if a != "cstheme" else "minorBidi")
        for p in doc.part.package.parts:
            if str(p.partname).endswith("theme1.xml"):
                x = p.blob.decode("utf8")
                import re
                x = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*"', r'\1Arial"', x)
                x = re.sub(r'(<a:majorFont>\s*<a:latin typeface=")[^"]*"', r'\1Arial"', x)
                p._blob = x.encode("utf8")
    else:
        for a in ("ascii", "hAnsi", "cs"): rf.set(qn("w:" + a), font)
    for name in ("Heading 1", "Heading 2", "Title", "Caption"):
        try:
            s = doc.styles[name]
        except KeyError:
            continue
        s.font.name = None if theme else font
        if not theme:
            r2 = s.element.get_or_add_rPr(); f2 = r2.find(qn("w:rFonts"))
            if f2 is not None:
                for a in list(f2.attrib): del f2.attrib[a]
                for a in ("ascii", "hAnsi", "cs"): f2.set(qn("w:" + a), font)
        s.paragraph_format.line_spacing = spacing
    for s in doc.sections:
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(2.5)

def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def toc(doc):
    p = doc.add_paragraph(); p.add_run("Sommaire").bold = True
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t>Clic droit, mettre à jour le sommaire.</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))

def footnotes_part(doc):
    dp = doc.part
    for rel in dp.rels.values():
        if rel.reltype == RT.FOOTNOTES: return rel.target_part
    xml = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml.encode(), dp.package)
    dp.relate_to(part, RT.FOOTNOTES); part._n = 0
    return part

def footnote(doc, para, text):
    part = footnotes_part(doc); part._n = getattr(part, "_n", 0) + 1; n = part._n
    x = part.blob.decode()
    x = x.replace("</w:footnotes>", f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part._blob = x.encode()
    para._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))

def textbox(doc, text):
    p = doc.add_paragraph()
    lines = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in text.split("\n"))
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb{id(p)}" type="#_x0000_t202" '
        f'style="width:400pt;height:60pt" stroked="t"><v:textbox><w:txbxContent>{lines}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))

def tracked(para, deleted, inserted):
    para._p.append(parse_xml(f'<w:del {W} w:id="901" w:author="Formatrice" w:date="2026-11-20T10:00:00Z"><w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'))
    para._p.append(parse_xml(f'<w:ins {W} w:id="902" w:author="Formatrice" w:date="2026-11-20T10:00:00Z"><w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'))

def heading(doc, text, mode, n):
    if mode == "style":
        return doc.add_heading(text, level=1)
    if mode == "numbered":
        return doc.add_heading(f"{n}. {text}", level=1)
    if mode == "partie":
        p = doc.add_paragraph(); r = p.add_run(f"Partie {n} – {text}"); r.bold = True; r.font.size = Pt(13); return p
    if mode == "roman":
        rom = ["I", "II", "III", "IV", "V", "VI", "VII"][n - 1]
        return doc.add_heading(f"{rom}. {text}", level=1)

def merged_table(doc, rows, merge_total=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    if merge_total:
        last = len(rows) - 1
        a = t.cell(last, 0).merge(t.cell(last, 1)); a.text = rows[last][0]
    return t

# ---------- dossier builder ----------
def build(spec):
    doc = Document()
    set_arial(doc, font=spec.get("font", "Arial"), size=spec.get("size", 11), spacing=spec.get("spacing", 1.15), theme=spec.get("theme", False))
    sec = doc.sections[0]
    if spec.get("header"):
        sec.header.paragraphs[0].text = spec["header"]
        fp = sec.footer.paragraphs[0]; fp.text = "Page "
        fp._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
        fp._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
        fp._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    # cover
    t = doc.add_paragraph(); r = t.add_run(spec["cover_title"]); r.bold = True; r.font.size = Pt(16)
    for line in spec["cover"]:
        doc.add_paragraph(line)
    if spec.get("cover_image"):
        doc.add_picture(io.BytesIO(png_bytes()), width=Cm(6))
    page_break(doc)
    if spec.get("toc"):
        toc(doc); page_break(doc)
    for i, (title, npages) in enumerate(zip(spec["titles"], spec["pages"]), 1):
        heading(doc, title, spec.get("heading", "style"), i)
        extras = spec.get("extras", {}).get(i, [])
        for pg in range(npages):
            if pg == 0 and i == 1 and spec.get("intro"):
                doc.add_paragraph(spec["intro"])
            for kind, payload in (extras if pg == 0 else []):
                if kind == "p":
                    doc.add_paragraph(payload)
                elif kind == "fn":
                    para = doc.add_paragraph(payload[0]); footnote(doc, para, payload[1])
                elif kind == "tb":
                    textbox(doc, payload)
                elif kind == "table":
                    merged_table(doc, payload)
                elif kind == "img":
                    doc.add_picture(io.BytesIO(png_bytes()), width=Cm(8))
                    doc.add_paragraph(payload, style="Caption")
                elif kind == "comment":
                    para = doc.add_paragraph(payload[0])
                    doc.add_comment(para.runs, text=payload[1], author="Tutrice", initials="TU")
                elif kind == "track":
                    para = doc.add_paragraph(payload[0]); tracked(para, payload[1], payload[2])
                elif kind == "email":
                    for ln in payload.split("\n"):
                        doc.add_paragraph(ln)
            n = 230 if (pg == 0 and extras) else 330
            doc.add_paragraph(filler(f"{spec['name']}{i}{pg}", n))
            last = (pg == npages - 1)
            if spec.get("landscape_part") == i and pg == 0:
                s = doc.add_section(WD_SECTION.NEW_PAGE); s.orientation = WD_ORIENT.LANDSCAPE
                s.page_width, s.page_height = sec.page_height, sec.page_width
                doc.add_paragraph(filler("land", 200))
                s2 = doc.add_section(WD_SECTION.NEW_PAGE); s2.orientation = WD_ORIENT.PORTRAIT
                s2.page_width, s2.page_height = sec.page_width, sec.page_height
            elif not (last and i == len(spec["titles"]) and not spec.get("annexes")):
                page_break(doc)
    if spec.get("annexes"):
        heading(doc, "Annexes", "style", 0) if spec.get("heading", "style") != "partie" else doc.add_paragraph("ANNEXES").runs[0]
        for a in range(spec["annexes"]):
            doc.add_paragraph(f"Annexe {a+1} : " + filler(f"ann{a}", 150))
            if a < spec["annexes"] - 1: page_break(doc)
    path = OUT / (spec["file"] + ".docx")
    doc.save(path)
    return path



if __name__ == "__main__":
    from parts18 import SPECS
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob("*"): f.unlink()
    for spec in SPECS:
        p = build(spec)
        if spec.get("pdf"):
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(p)], check=True, capture_output=True)
            p.unlink()
        print(spec["file"])
