"""Write the blind19 dossiers (python-docx + raw OOXML; PDFs via soffice).

python bench/blind19/make_blind19.py  -> bench/blind19/dossiers/*.docx|pdf
Each dossier is a list of pages; every page ends with a page break so that its page
count is the one written here (parts start on a new page).
"""
from __future__ import annotations

import io
import random
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "dossiers"

# ---------------------------------------------------------------- filler prose
POOL = {
    "structure": [
        "La structure accueille chaque semaine des personnes orientées par les partenaires du bassin, mais aussi des personnes venues d'elles-mêmes après avoir entendu parler du service par le bouche-à-oreille.",
        "L'équipe se compose de conseillers, d'une chargée de relations entreprises, d'une assistante administrative et d'une directrice qui partage son temps entre l'antenne et le siège.",
        "Le territoire cumule les difficultés d'un bassin industriel qui se reconvertit lentement : peu de transports en soirée, une offre de garde d'enfants limitée et des emplois saisonniers nombreux.",
        "Les partenaires les plus proches sont le CCAS, le service social départemental, les organismes de formation du secteur et les employeurs du réseau qui accueillent régulièrement des personnes en immersion.",
        "La veille informationnelle se fait à partir des lettres d'information du Carif-Oref, des notes de conjoncture de la chambre de commerce et des réunions mensuelles du réseau d'acteurs.",
        "Le public se compose majoritairement de demandeurs d'emploi de longue durée, de jeunes sortis sans qualification du système scolaire et de personnes bénéficiaires du RSA.",
        "J'ai découvert au fil des semaines la place que tient la structure dans le maillage local, et la façon dont chaque partenaire défend son périmètre tout en cherchant à travailler avec les autres.",
        "Les réunions d'équipe du lundi matin permettent de faire le point sur les situations complexes et de répartir les orientations entre les conseillers.",
        "Le financement repose sur plusieurs conventions, ce qui oblige l'équipe à rendre compte régulièrement de son activité auprès de financeurs aux attentes parfois différentes.",
        "Les locaux sont situés près de la gare routière, ce qui facilite la venue des personnes qui habitent dans les communes rurales alentour.",
    ],
    "accomp": [
        "J'ai pris le temps de reformuler la demande avec la personne pour vérifier que nous parlions bien de la même chose, et de lui laisser la parole sur ce qu'elle attendait de l'accompagnement.",
        "Le diagnostic partagé a mis en évidence des atouts réels, une grande régularité et un bon relationnel, mais aussi des freins liés à la mobilité et à la confiance en soi.",
        "Nous avons construit ensemble un plan d'action en étapes courtes, avec des objectifs atteignables qui lui permettaient de mesurer ses progrès d'une rencontre à l'autre.",
        "Je me suis appuyée sur la grille d'évaluation de la structure et sur le contrat d'engagement signé par les deux parties, que nous avons relu ensemble.",
        "Avec le recul, je pense que j'aurais dû questionner davantage ses expériences passées au lieu de proposer trop vite des pistes de métiers.",
        "Mon analyse de pratique m'a fait prendre conscience de mes limites : j'ai parfois voulu aller plus vite que la personne, ce qui l'a mise en difficulté.",
        "Un point fort de cet accompagnement a été la relation de confiance, construite en respectant son rythme et en tenant les engagements pris.",
        "Comme axe d'amélioration, je retiens la nécessité de mieux préparer chaque rencontre en relisant les notes de la fois précédente.",
        "J'ai mobilisé les partenaires utiles au parcours : l'auto-école sociale, le service de garde du CCAS et un organisme de formation pour une remise à niveau.",
        "Le passage de relais a été préparé avec ma tutrice, qui poursuit l'accompagnement après la fin de mon stage.",
        "J'ai ressenti de l'inquiétude face à certaines situations, et j'ai appris à la nommer lors des temps d'analyse avec ma tutrice.",
        "Le projet professionnel s'est précisé grâce aux enquêtes métiers qu'elle a menées elle-même auprès de professionnels du secteur.",
    ],
    "atelier": [
        "L'atelier est né d'un constat partagé en réunion d'équipe : beaucoup de personnes se présentent aux employeurs sans savoir parler de leurs compétences.",
        "J'ai rédigé une fiche de conception qui précise les objectifs, le public visé, la durée, le déroulé, les supports et les modalités d'évaluation de l'atelier.",
        "Les participants ont été repérés par les conseillers de l'équipe, puis informés individuellement de l'intérêt de l'atelier pour leur parcours.",
        "L'animation alternait des apports courts, des exercices en binômes et des mises en situation filmées, avec l'accord des participants.",
        "L'évaluation à chaud, par un questionnaire simple, a montré une bonne satisfaction mais aussi le souhait d'une séance supplémentaire.",
        "Avec le recul, j'adapterais le rythme : la deuxième partie était trop dense pour des personnes qui n'avaient pas l'habitude de parler en groupe.",
        "J'ai veillé à ce que chacun puisse s'exprimer, en reprenant la parole à ceux qui la monopolisaient et en sollicitant les plus discrets.",
        "Le bilan de l'action a été présenté à l'équipe, qui a décidé de reconduire l'atelier sous une forme légèrement modifiée.",
        "Mes points forts ont été la préparation et la gestion du temps ; je dois encore progresser dans la gestion des tensions au sein d'un groupe.",
        "Les supports ont été conçus pour être lisibles par des personnes qui maîtrisent mal l'écrit : pictogrammes, phrases courtes, gros caractères.",
    ],
    "prospection": [
        "L'action de prospection visait les entreprises du secteur de la logistique et de la propreté, qui recrutent régulièrement sans toujours trouver les profils attendus.",
        "J'ai construit un fichier des entreprises cibles à partir des offres publiées, des annuaires de la chambre de commerce et des contacts déjà établis par l'équipe.",
        "Le plan d'action prévoyait une phase de phoning, des visites sur site et un petit-déjeuner employeurs organisé avec le club d'entreprises local.",
        "J'ai préparé un argumentaire qui répond aux objections les plus fréquentes des employeurs, notamment sur la fiabilité des candidats et le temps d'intégration.",
        "Dans une démarche de développement durable, j'ai regroupé les visites par zone pour limiter les déplacements et privilégié les supports numériques.",
        "L'évaluation de l'action repose sur des indicateurs simples : nombre de contacts, nombre de rendez-vous obtenus, nombre d'offres recueillies.",
        "Les outils de prospection utilisés étaient un tableau de suivi partagé, une plaquette de présentation du service et un script d'appel.",
        "Les résultats sont encourageants même si certaines entreprises n'ont pas donné suite malgré plusieurs relances.",
    ],
    "appui": [
        "L'appui technique a consisté à aider un employeur à définir précisément le poste et le profil recherché, au-delà de l'intitulé très général de son annonce.",
        "Nous avons rédigé ensemble une fiche de poste qui distingue les compétences indispensables de celles qui peuvent s'acquérir en situation de travail.",
        "J'ai proposé une présélection de candidats sur la base de leurs compétences plutôt que de leurs diplômes, et organisé les rencontres avec l'employeur.",
        "J'ai présenté à l'employeur les aides à l'embauche et les dispositifs de formation préalable qui pouvaient sécuriser le recrutement.",
        "Le recrutement a abouti, et l'employeur a exprimé le souhait de renouveler la démarche pour d'autres postes.",
        "Cette expérience m'a appris à tenir un discours adapté aux contraintes d'une petite entreprise, sans jargon de l'insertion.",
    ],
    "integration": [
        "L'intégration du salarié a été préparée avec le tuteur désigné dans l'entreprise, qui a reçu un livret d'accueil et un calendrier de points de suivi.",
        "Les premières semaines ont fait apparaître des difficultés d'horaires, que nous avons résolues en ajustant les trajets avec le service de transport à la demande.",
        "Un point tripartite a permis de faire le bilan de la période d'essai et de fixer des objectifs pour les mois suivants.",
        "Le maintien dans l'emploi repose sur la qualité du lien entre le salarié, le tuteur et le conseiller, que j'ai cherché à entretenir sans m'imposer.",
    ],
    "ops": [
        "La structure d'accueil est implantée dans un quartier prioritaire et accompagne un public de jeunes adultes et de femmes isolées.",
        "Les publics accompagnés cumulent souvent des difficultés de logement, de mobilité et de santé qui ralentissent l'accès à l'emploi.",
        "L'action collective que j'ai conduite avait pour objectifs de redonner confiance aux participants et de les aider à identifier leurs compétences.",
        "L'action a duré six séances de deux heures, organisées le mardi après-midi dans la salle de réunion du centre.",
        "J'ai créé un outil, un carnet de bord individuel, que chaque participant complétait à la fin de chaque séance.",
        "Face à l'absentéisme des premières séances, j'ai ajusté l'organisation en envoyant un rappel la veille et en déplaçant l'horaire.",
        "Les forces de l'action sont la dynamique de groupe et l'implication des participants ; ses faiblesses tiennent au manque de temps pour le suivi individuel.",
        "Je proposerais, pour une prochaine session, d'associer davantage les partenaires à la dernière séance.",
    ],
}


def filler(theme: str, n_chars: int, rng: random.Random) -> list[str]:
    pool = POOL[theme][:]
    out, total = [], 0
    while total < n_chars:
        rng.shuffle(pool)
        para = " ".join(pool[:3])
        out.append(para)
        total += len(para)
    return out


# ---------------------------------------------------------------- docx helpers
PNG_CACHE: dict[tuple, bytes] = {}


def png(w=240, h=120, rgb=(40, 90, 160)) -> bytes:
    key = (w, h, rgb)
    if key in PNG_CACHE:
        return PNG_CACHE[key]
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    PNG_CACHE[key] = data
    return data


class Builder:
    def __init__(self, font="Arial", size=11, spacing=1.15, theme_arial=False, heading_styles=True):
        self.d = docx.Document()
        self.font, self.size = font, size
        self.heading_styles = heading_styles
        self.footnotes: list[str] = []
        sec = self.d.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(2.5))
        normal = self.d.styles["Normal"]
        pf = normal.paragraph_format
        pf.line_spacing = spacing
        pf.space_after = Pt(6)
        normal.font.size = Pt(size)
        if theme_arial:
            self._theme_arial()
        else:
            normal.font.name = font
            normal.element.rPr.rFonts.set(qn("w:hAnsi"), font)
            normal.element.rPr.rFonts.set(qn("w:cs"), font)
        for lvl in (1, 2):
            st = self.d.styles[f"Heading {lvl}"]
            st.font.size = Pt(14 if lvl == 1 else 12)
            st.font.color.rgb = None
            if not theme_arial:
                st.font.name = font
                st.element.rPr.rFonts.set(qn("w:hAnsi"), font)
            else:
                # headings follow the theme's major font, also Arial
                rf = st.element.rPr.rFonts
                for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                    if rf.get(qn(a)) is not None:
                        del rf.attrib[qn(a)]
                rf.set(qn("w:asciiTheme"), "majorHAnsi")
                rf.set(qn("w:hAnsiTheme"), "majorHAnsi")
            st.paragraph_format.line_spacing = spacing

    def _theme_arial(self):
        for p in self.d.part.package.iter_parts():
            if str(p.partname) == "/word/theme/theme1.xml":
                blob = p.blob.decode("utf8")
                import re
                blob = re.sub(r'(<a:majorFont>\s*<a:latin typeface=")[^"]*', r"\1Arial", blob)
                blob = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*', r"\1Arial", blob)
                p._blob = blob.encode("utf8")
        # Normal: no explicit font, theme minor font
        rpr = self.d.styles.element.find(qn("w:docDefaults"))
        rf = self.d.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
        rf.set(qn("w:asciiTheme"), "minorHAnsi")
        rf.set(qn("w:hAnsiTheme"), "minorHAnsi")
        rf.set(qn("w:cstheme"), "minorBidi")

    # -- blocks
    def p(self, text, bold=False, italic=False, style=None, align=None, size=None, font=None):
        para = self.d.add_paragraph(style=style)
        r = para.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if align:
            para.alignment = align
        return para

    def heading(self, text, level=1, bold_typed_size=13):
        if self.heading_styles:
            return self.d.add_heading(text, level=level)
        return self.p(text, bold=True, size=bold_typed_size if level == 1 else None)

    def brk(self):
        para = self.d.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def section_break(self):
        self.d.add_section(WD_SECTION.NEW_PAGE)

    def table(self, rows, merge_first_row=False, style="Table Grid"):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.d.styles[style]
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                if val is None:
                    continue
                t.cell(i, j).text = str(val)
        if merge_first_row:
            a = t.cell(0, 0).merge(t.cell(0, len(rows[0]) - 1))
            a.text = rows[0][0]
        return t

    def image(self, w=Cm(8)):
        self.d.add_picture(io.BytesIO(png()), width=w)

    def footnote(self, para, text):
        self.footnotes.append(text)
        fid = len(self.footnotes)
        para._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{fid}"/></w:r>'))

    def textbox(self, text):
        para = self.d.add_paragraph()
        para._p.append(parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb{random.randint(1, 9999)}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:300pt;margin-top:0;width:150pt;height:60pt;z-index:1;'
            f'mso-wrap-style:square" stroked="t"><v:textbox><w:txbxContent><w:p><w:r>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))

    def toc(self, entries):
        self.p("Sommaire", bold=True, size=14)
        para = self.d.add_paragraph()
        para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
        para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'))
        para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
        first = True
        for title, page in entries:
            if not first:
                para = self.d.add_paragraph()
            first = False
            para.add_run(f"{title}\t{page}")
        para._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

    def header_footer(self, header_text):
        sec = self.d.sections[0]
        sec.header.paragraphs[0].text = header_text
        fp = sec.footer.paragraphs[0]
        fp.add_run("Page ")
        for xml in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                    '<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>', '<w:fldChar w:fldCharType="end"/>'):
            fp._p.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))

    def save(self, path: Path):
        if self.footnotes:
            body = "".join(
                f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
                for i, t in enumerate(self.footnotes, 1))
            xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {nsdecls("w")}>'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   f'{body}</w:footnotes>')
            part = Part(PackURI("/word/footnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                        xml.encode("utf8"), self.d.part.package)
            self.d.part.relate_to(part, RT.FOOTNOTES)
        self.d.core_properties.author = "Candidat"
        self.d.save(str(path))


# ---------------------------------------------------------------- dossier model
# A dossier: cover lines, toc?, list of sections; a section = (heading, theme, n_pages, specials)
# specials: list of (page_index, callable(builder)) written at the top of that page.

def write_pages(b: Builder, heading, theme, n_pages, specials, rng, level=1, chars=1500,
                section_break=False):
    sp: dict[int, list] = {}
    for idx, fn in specials:
        sp.setdefault(idx, []).append(fn)
    for i in range(n_pages):
        if i == 0 and heading:
            b.heading(heading, level)
        budget = chars
        for fn in sp.get(i, []):
            used = fn(b)
            budget -= used if isinstance(used, int) else 400
        if budget > 200:
            for para in filler(theme, budget, rng):
                b.p(para)
        last = i == n_pages - 1
        if last and section_break:
            b.section_break()
        else:
            b.brk()


def txt(*paras, bold_first=False):
    """special writing paragraphs; returns chars used."""
    def fn(b: Builder):
        n = 0
        for k, t in enumerate(paras):
            b.p(t, bold=bold_first and k == 0)
            n += len(t) + 60
        return n
    return fn


def tbl(rows, merge=False, cost=500):
    def fn(b: Builder):
        b.table(rows, merge_first_row=merge)
        b.p("")
        return cost
    return fn


def img(cost=700):
    def fn(b: Builder):
        b.image()
        return cost
    return fn


def fnote(text, note):
    def fn(b: Builder):
        para = b.p(text)
        b.footnote(para, note)
        return len(text) + 100
    return fn


def tbox(text):
    def fn(b: Builder):
        b.textbox(text)
        return 300
    return fn


def cover(b: Builder, lines, toc=None):
    for i, line in enumerate(lines):
        b.p(line, bold=i < 2, size=16 if i == 0 else None)
    b.brk()
    if toc is not None:
        b.toc(toc)
        b.brk()


def build(spec: dict) -> Builder:
    rng = random.Random(spec["id"])
    b = Builder(font=spec.get("font", "Arial"), theme_arial=spec.get("theme_arial", False),
                heading_styles=spec.get("heading_styles", True))
    if spec.get("header"):
        b.header_footer(spec["header"])
    cover(b, spec["cover"], spec.get("toc"))
    for k, sec in enumerate(spec["sections"]):
        heading, theme, n, specials = sec[:4]
        opts = sec[4] if len(sec) > 4 else {}
        last = k == len(spec["sections"]) - 1
        write_pages(b, heading, theme, n, specials, rng,
                    section_break=spec.get("section_breaks", False) and not last, **opts)
    return b


# ---------------------------------------------------------------- interviews, hours
def interviews_prose(name, dates, place="au bureau", phone_idx=None):
    out = []
    ords = ["Premier entretien", "Deuxième entretien", "Troisième entretien", "Quatrième entretien"]
    for k, d in enumerate(dates):
        mode = "par téléphone, car elle ne pouvait pas se déplacer" if k == phone_idx else place
        out.append(txt(f"{ords[k]} – {d}",
                       f"Le {d}, j'ai reçu {name} {mode}. Nous avons fait le point sur sa situation, "
                       f"ses démarches depuis la dernière fois et les prochaines étapes, et j'ai noté ses "
                       f"questions pour y répondre avec précision.", bold_first=True))
    return out


T = {  # RE wording of part titles
    "t1": "Présentation de la structure, du territoire et des acteurs",
    "t2": "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
    "t3": "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
    "t4": "Conception, préparation et animation d'un atelier thématique",
    "t5": "Action de prospection auprès des employeurs du territoire",
    "t6": "Appui technique aux employeurs en matière de recrutement",
    "t7": "Intégration et maintien d'un salarié dans son environnement professionnel",
}
TITRE = "Titre professionnel Conseiller en insertion professionnelle"
CCP1 = "CCP 1 – Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé"
CCP2 = "CCP 2 – Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle"
CCP3 = "CCP 3 – Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle"


def annexes(n, extra=None, title="Annexes"):
    specials = [(0, txt("Annexe 1 – Fiche de poste de la structure"))]
    for k in range(1, n):
        specials.append((k, txt(f"Annexe {k + 1} – Document de travail")))
    if extra:
        specials += extra
    return (title, "structure", n, specials)


SPECS: list[dict] = []

# 01 Calais — Maison de l'emploi, titre, compliant; theme Arial, TOC field, styles, header/footer, footnote, image
SPECS.append(dict(
    id="01_calais_titre", rules="cip-titre", fmt="docx", theme_arial=True, header="Dossier professionnel – CIP – Calais",
    cover=["Dossier professionnel", TITRE, "Nadège Fourmentin", "Maison de l'emploi du Calaisis", "Session de janvier 2027",
           "Période(s) en entreprise : voir le tableau de l'introduction"],
    toc=[("Introduction", 3)] + [(T[f"t{i}"], p) for i, p in zip(range(1, 8), [4, 11, 16, 21, 28, 33, 37])] + [("Annexes", 40)],
    sections=[
        ("Introduction", "structure", 1, [(0, txt("Ma formation s'est appuyée sur deux périodes en entreprise, récapitulées ci-dessous.")),
                                          (0, tbl([["Structure", "Période", "Heures"], ["Maison de l'emploi du Calaisis", "du 6 janvier au 14 février", "203"],
                                                   ["PLIE du Calaisis", "du 3 mars au 4 avril", "189"], ["Total", "", "392"]]))]),
        ("1. " + T["t1"], "structure", 7, [(1, img()), (2, fnote("Le bassin d'emploi compte une forte part d'emplois portuaires et logistiques.", "Source : note de conjoncture de la CCI Littoral Hauts-de-France, 2026."))]),
        ("2. " + T["t2"], "accomp", 5, [(1, f) for f in interviews_prose("Mme B.", ["13 janvier", "27 janvier", "10 février"])]),
        ("3. " + T["t3"], "accomp", 5, [(1, txt("Les rencontres avec M. D. sont récapitulées dans ce tableau :")),
                                         (1, tbl([["Date", "Modalité", "Objet"], ["07/03", "présentiel", "premier entretien, recueil de la demande"],
                                                  ["18/03", "visio", "enquêtes métiers, retour"], ["01/04", "présentiel", "plan d'action et suite du parcours"]]))]),
        ("4. " + T["t4"], "atelier", 7, []),
        ("5. " + T["t5"], "prospection", 5, []),
        ("6. " + T["t6"], "appui", 4, []),
        ("7. " + T["t7"], "integration", 3, []),
        annexes(3),
    ]))

# 02 Avignon — Mission Locale, titre, FAIL hours (364 h, sick days subtracted); bold typed headings
SPECS.append(dict(
    id="02_avignon_titre", rules="cip-titre", fmt="docx", heading_styles=False,
    cover=["DOSSIER PROFESSIONNEL", TITRE, "Candidate : Maëlys Roumanille", "Mission Locale du Grand Avignon", "Session de février 2027"],
    sections=[
        ("INTRODUCTION", "structure", 1, [(0, txt(
            "Ma période en entreprise s'est déroulée à la Mission Locale du Grand Avignon. Elle était prévue sur 420 heures, "
            "mais j'ai eu huit jours d'arrêt maladie en février que je n'ai pas pu rattraper. J'ai donc effectué 364 heures "
            "en entreprise, ce que confirme ma feuille de présence."))]),
        ("PARTIE 1 – " + T["t1"].upper(), "structure", 6, []),
        ("PARTIE 2 – " + T["t2"].upper(), "accomp", 6, [(1, f) for f in interviews_prose("Kenza", ["9 janvier", "23 janvier", "6 février"])]),
        ("PARTIE 3 – " + T["t3"].upper(), "accomp", 5, [(1, f) for f in interviews_prose("Théo", ["2 mars", "16 mars", "30 mars"], phone_idx=1)]),
        ("PARTIE 4 – " + T["t4"].upper(), "atelier", 6, []),
        ("PARTIE 5 – " + T["t5"].upper(), "prospection", 4, []),
        ("PARTIE 6 – " + T["t6"].upper(), "appui", 4, []),
        ("PARTIE 7 – " + T["t7"].upper(), "integration", 2, []),
        annexes(5),
    ]))

# 03 Saint-Nazaire — PLIE, titre VAE, compliant with --route vae; PDF; roman numerals
SPECS.append(dict(
    id="03_saintnazaire_titre_vae", rules="cip-titre", route="vae", fmt="pdf",
    cover=["Dossier professionnel – Validation des acquis de l'expérience (VAE)", TITRE, "Yannick Le Guennec",
           "PLIE de la CARENE, Saint-Nazaire", "Conseiller en insertion depuis 2016"],
    toc=[(f"{r}. {T[f't{i}']}", p) for r, i, p in zip(["I", "II", "III", "IV", "V", "VI", "VII"], range(1, 8), [3, 11, 16, 22, 28, 33, 37])],
    sections=[
        ("I. " + T["t1"], "structure", 8, [(0, txt("J'exerce au PLIE de la CARENE depuis 2016, sur le bassin des chantiers navals et de l'aéronautique."))]),
        ("II. " + T["t2"], "accomp", 5, [(1, f) for f in interviews_prose("M. A.", ["4 septembre", "18 septembre", "2 octobre"])]),
        ("III. " + T["t3"], "accomp", 6, [(1, f) for f in interviews_prose("Mme V.", ["5 novembre", "19 novembre", "3 décembre"])]),
        ("IV. " + T["t4"], "atelier", 6, []),
        ("V. " + T["t5"], "prospection", 5, []),
        ("VI. " + T["t6"], "appui", 4, []),
        ("VII. " + T["t7"], "integration", 3, []),
        annexes(6),
    ]))

# 04 Laval — CCAS, titre, FAIL two interviews in part 3 (third cancelled); section breaks; hours exactly 385
SPECS.append(dict(
    id="04_laval_titre", rules="cip-titre", fmt="docx", section_breaks=True,
    cover=["Dossier professionnel", TITRE, "Gwendoline Chauvin", "CCAS de Laval", "Session de mars 2027",
           "Période(s) en entreprise : 385 heures"],
    sections=[
        ("Introduction", "structure", 1, [(0, txt("Mon stage au CCAS de Laval a duré onze semaines à 35 heures, soit 385 heures, du 6 janvier au 21 mars."))]),
        ("Partie 1 – " + T["t1"], "structure", 7, []),
        ("Partie 2 – " + T["t2"], "accomp", 5, [(1, f) for f in interviews_prose("Mme L.", ["8 janvier", "22 janvier", "5 février"])]),
        ("Partie 3 – " + T["t3"], "accomp", 5, [
            (1, txt("Premier entretien – 20 février",
                    "Le 20 février, j'ai reçu M. T. au CCAS pour recueillir sa demande : il souhaite quitter la manutention pour un métier moins physique.", bold_first=True)),
            (1, txt("Deuxième entretien – 6 mars",
                    "Le 6 mars, nous nous sommes revus pour faire le retour de ses enquêtes métiers auprès de deux agents de médiation.", bold_first=True)),
            (2, txt("Le troisième entretien, prévu le 20 mars, a été annulé par M. T., qui venait de commencer une mission d'intérim. "
                    "Je n'ai donc tenu que deux entretiens avec lui ; ma tutrice reprendra l'accompagnement après mon départ.")),
        ]),
        ("Partie 4 – " + T["t4"], "atelier", 7, []),
        ("Partie 5 – " + T["t5"], "prospection", 5, []),
        ("Partie 6 – " + T["t6"], "appui", 4, []),
        ("Partie 7 – " + T["t7"], "integration", 3, []),
        annexes(4),
    ]))

# 05 Belfort — E2C, titre, compliant at limits (42 pages, annexes 15); PDF; listed periods; phone interview
SPECS.append(dict(
    id="05_belfort_titre_limites", rules="cip-titre", fmt="pdf", header="E2C Territoire de Belfort – dossier CIP",
    cover=["Dossier professionnel", TITRE, "Sofiane Belkacem", "École de la 2e Chance, Belfort", "Session d'avril 2027"],
    toc=[(T[f"t{i}"], p) for i, p in zip(range(1, 8), [3, 11, 17, 23, 31, 37, 42])] + [("Annexes", 45)],
    sections=[
        ("Partie 1 – " + T["t1"], "structure", 8, [(0, txt("Mes heures de stage : Stage 1 (E2C Belfort) : 210 h — Stage 2 (entreprise d'insertion d'Héricourt) : 182 h."))]),
        ("Partie 2 – " + T["t2"], "accomp", 6, [(1, f) for f in interviews_prose("Inès", ["12 janvier", "26 janvier", "9 février"], phone_idx=2)]),
        ("Partie 3 – " + T["t3"], "accomp", 6, [(1, f) for f in interviews_prose("Mathis", ["3 mars", "17 mars", "31 mars"])]),
        ("Partie 4 – " + T["t4"], "atelier", 8, []),
        ("Partie 5 – " + T["t5"], "prospection", 6, []),
        ("Partie 6 – " + T["t6"], "appui", 5, []),
        ("Partie 7 – " + T["t7"], "integration", 3, []),
        annexes(15),
    ]))

# 06 Colmar — Cap emploi 68, CCP1, compliant; hours in words
SPECS.append(dict(
    id="06_colmar_ccp1", rules="cip-ccp1", fmt="docx",
    cover=["Dossier de production", TITRE, CCP1, "Aurélie Schwendimann", "Cap emploi Haut-Rhin, antenne de Colmar",
           "Période en entreprise : soixante-dix-sept heures"],
    sections=[
        ("1. Le contexte de l'accueil à Cap emploi", "structure", 2, []),
        ("2. L'accueil et l'analyse de la demande de M. H.", "accomp", 3, []),
        ("3. Les bases d'un diagnostic partagé et le suivi administratif", "accomp", 2, []),
        annexes(2),
    ]))

# 07 Béziers — CIDFF, CCP1, FAIL hours: listed periods 35 + 28 = 63 h; body exactly 6 pages
SPECS.append(dict(
    id="07_beziers_ccp1", rules="cip-ccp1", fmt="docx", theme_arial=True,
    cover=["Dossier de production – CCP 1", TITRE, CCP1, "Lucie Azaïs", "CIDFF de l'Hérault, permanence de Béziers"],
    sections=[
        ("Introduction", "structure", 1, [(0, txt("Mes périodes en entreprise se sont déroulées au CIDFF, en deux temps :",
                                                 "Stage 1 : 35 h — Stage 2 : 28 h",
                                                 "Je n'ai pas pu faire davantage à cause de la fermeture estivale de la permanence."))]),
        ("1. L'accueil au CIDFF", "structure", 2, []),
        ("2. Analyse de la demande de Mme F.", "accomp", 2, []),
        ("3. Vers un diagnostic partagé", "accomp", 1, []),
        annexes(2),
    ]))

# 08 Niort — Mission Locale, CCP2, compliant, total exactly 16 (parts at minimum); footnote; text box; phone interview
SPECS.append(dict(
    id="08_niort_ccp2_minimum", rules="cip-ccp2", fmt="docx", header="Mission Locale du Niortais – CCP 2",
    cover=["Dossier professionnel", TITRE, CCP2, "Clémence Barbotin", "Mission Locale du Niortais",
           "Période(s) en entreprise : 182 heures"],
    toc=[("1. " + T["t2"], 3), ("2. " + T["t3"], 8), ("3. " + T["t4"], 13)],
    sections=[
        ("1. " + T["t2"], "accomp", 5, [(0, tbox("Jeune accompagnée : Jade, 19 ans"))] +
                                        [(1, f) for f in interviews_prose("Jade", ["14 novembre", "28 novembre", "12 décembre"], phone_idx=1)] +
         [(2, fnote("Le contrat d'engagement jeune a été signé lors de la première rencontre.", "Contrat d'engagement jeune (CEJ), mis en place en 2022."))]),
        ("2. " + T["t3"], "accomp", 5, [(1, f) for f in interviews_prose("Bastien", ["21 novembre", "5 décembre", "19 décembre"])]),
        ("3. " + T["t4"], "atelier", 6, [(2, img())]),
        annexes(3),
    ]))

# 09 Épinal — France Travail, CCP2, FAIL two interviews in part 1; hours exactly 175; pasted e-mail
SPECS.append(dict(
    id="09_epinal_ccp2", rules="cip-ccp2", fmt="docx", heading_styles=False,
    cover=["Dossier professionnel – CCP 2", TITRE, CCP2, "Romain Thiébaut", "France Travail, agence d'Épinal"],
    sections=[
        ("Introduction", "structure", 1, [(0, txt("J'ai effectué mon stage à l'agence France Travail d'Épinal : cinq semaines à 35 heures, soit 175 heures."))]),
        ("Partie 1 – " + T["t2"], "accomp", 6, [
            (1, txt("Entretien du 7 octobre", "Le 7 octobre, j'ai reçu Mme R. à l'agence pour signer son contrat d'engagement et poser les premiers objectifs.", bold_first=True)),
            (1, txt("Entretien du 21 octobre", "Le 21 octobre, nous avons revu ensemble ses démarches et préparé sa candidature pour une formation d'aide-soignante.", bold_first=True)),
            (2, txt("Deux entretiens seulement : Mme R. ne s'est pas présentée au rendez-vous du 4 novembre, puis elle a déménagé dans les Vosges du Nord "
                    "et son dossier a été transféré. Je n'ai donc pas pu conduire les trois entretiens prévus.")),
        ]),
        ("Partie 2 – " + T["t3"], "accomp", 5, [(1, f) for f in interviews_prose("M. G.", ["14 octobre", "28 octobre", "12 novembre"])] + [
            (3, txt("De : service.entreprises@francetravail-epinal.example", "Objet : RE: immersion PMSMP – M. G.",
                    "Bonjour, l'entreprise de menuiserie accepte d'accueillir M. G. en immersion la semaine prochaine. Cordialement, le service entreprises."))]),
        ("Partie 3 – " + T["t4"], "atelier", 6, []),
        annexes(4),
    ]))

# 10 Saint-Brieuc — GEIQ agroalimentaire, CCP2, PDF, compliant; total exactly 21, annexes exactly 7; hours table with total + attestation
SPECS.append(dict(
    id="10_saintbrieuc_ccp2_maximum", rules="cip-ccp2", fmt="pdf",
    cover=["Dossier professionnel", TITRE, CCP2, "Morgane Le Floch", "GEIQ agroalimentaire des Côtes-d'Armor, Saint-Brieuc"],
    sections=[
        ("Introduction", "structure", 1, [(0, txt("Mes périodes en entreprise, réparties sur trois moments de la formation :")),
                                          (0, tbl([["Période", "Lieu", "Heures"], ["Période 1 (novembre)", "GEIQ, Saint-Brieuc", "70"],
                                                   ["Période 2 (janvier)", "GEIQ, antenne de Lamballe", "63"], ["Période 3 (mars)", "GEIQ, Saint-Brieuc", "56"],
                                                   ["Total", "", "189"]])),
                                          (0, txt("L'attestation signée par ma tutrice indique : « Mme Le Floch a effectué 189 heures de stage au sein du GEIQ »."))]),
        ("Partie 1 – " + T["t2"], "accomp", 6, [(1, f) for f in interviews_prose("Mme P.", ["6 novembre", "20 novembre", "15 janvier"])]),
        ("Partie 2 – " + T["t3"], "accomp", 6, [(1, f) for f in interviews_prose("Kévin", ["8 janvier", "22 janvier", "12 mars"], phone_idx=0)]),
        ("Partie 3 – " + T["t4"], "atelier", 8, []),
        annexes(7),
    ]))

# 11 Agen — ETTI, CCP3, compliant; parts at maximum (7,5,3 = 15), annexes exactly 4; weeks + days
SPECS.append(dict(
    id="11_agen_ccp3_maximum", rules="cip-ccp3", fmt="docx", theme_arial=True,
    cover=["Dossier projet", TITRE, CCP3, "Thibault Lacombe", "ETTI Garonne Intérim Solidaire, Agen"],
    toc=[("1. " + T["t5"], 3), ("2. " + T["t6"], 10), ("3. " + T["t7"], 15)],
    sections=[
        ("1. " + T["t5"], "prospection", 7, [(0, txt("Ma période en entreprise a duré quatre semaines et deux jours à l'ETTI, soit 154 heures, du 5 janvier au 3 février.")),
                                              (2, tbl([["Cible", "Contacts", None], ["", "Appels", "Visites"], ["Logistique", "24", "6"], ["Agroalimentaire", "18", "4"]], merge=True))]),
        ("2. " + T["t6"], "appui", 5, []),
        ("3. " + T["t7"], "integration", 3, []),
        annexes(4),
    ]))

# 12 Châteauroux — entreprise adaptée, CCP3, FAIL hours 126 h
SPECS.append(dict(
    id="12_chateauroux_ccp3", rules="cip-ccp3", fmt="docx",
    cover=["Dossier projet – CCP 3", TITRE, CCP3, "Sandrine Aufrère", "Entreprise adaptée du Berry, Châteauroux"],
    sections=[
        ("Introduction", "structure", 1, [(0, txt("J'ai effectué 126 heures de stage à l'entreprise adaptée, au lieu des 140 prévues, car la structure a fermé une semaine pour inventaire en décembre."))]),
        ("Partie 1 – " + T["t5"], "prospection", 6, []),
        ("Partie 2 – " + T["t6"], "appui", 4, []),
        ("Partie 3 – " + T["t7"], "integration", 2, []),
        annexes(3),
    ]))

# 13 Gap — Mission Locale des Hautes-Alpes, CCP3, PDF, FAIL font (Times New Roman)
SPECS.append(dict(
    id="13_gap_ccp3_police", rules="cip-ccp3", fmt="pdf", font="Times New Roman",
    cover=["Dossier projet", TITRE, CCP3, "Élise Raynaud", "Mission Locale des Hautes-Alpes, Gap",
           "Période(s) en entreprise : 147 heures"],
    sections=[
        ("Partie 1 – " + T["t5"], "prospection", 6, []),
        ("Partie 2 – " + T["t6"], "appui", 4, []),
        ("Partie 3 – " + T["t7"], "integration", 3, []),
        annexes(2),
    ]))

OPS_TITLE = "Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle"


def ops_spec(id_, name, place, days_special, carto_ok=True, monographie_portrait=True, fmt="docx"):
    carto = [(0, txt("La cartographie ci-dessous présente le réseau des partenaires de la structure : le CCAS, la Mission Locale, "
                     "France Travail, le Département, les associations caritatives, les organismes de formation et les employeurs du quartier. "
                     "Elle distingue les partenaires de l'emploi, du social et de la santé.")), (0, img())]
    if not carto_ok:
        carto = [(0, txt("Faute de temps, la cartographie du réseau des partenaires n'a pas pu être réalisée ; je la présenterai lors de la soutenance."))]
    return dict(
        id=id_, rules="ops-memoire", fmt=fmt,
        cover=["Mémoire de la période de mise en application professionnelle", "OPS Conseil – " + OPS_TITLE, name, place],
        sections=[
            ("Introduction", "ops", 1, [(0, txt(days_special))]),
            ("1. Présentation de la structure, de son implantation locale et des publics accompagnés", "ops", 3, []),
            ("2. Cartographie du réseau des partenaires", "structure", 2, carto),
            ("3. Monographie : le parcours de Mme S.", "accomp", 3, [(0, txt(
                "Mme S., 41 ans, ancienne employée de blanchisserie, a été licenciée en 2025 et élève seule ses deux enfants. "
                "Je retrace ici son parcours depuis son arrivée dans la structure, puis j'analyse ce parcours du point de vue professionnel : "
                "ses freins, ses ressources et l'évolution de son projet."))]),
            ("4. Présentation de l'action : objectifs, durée, organisation", "ops", 2, []),
            ("5. L'outil créé : le carnet de bord des participants", "ops", 2, [(0, txt("J'ai créé un carnet de bord individuel, que les participants complétaient à chaque séance."))]),
            ("6. Les ajustements nécessaires", "ops", 1, [(0, txt("Face à l'absentéisme des premières séances, j'ai ajusté l'horaire et ajouté un rappel la veille."))]),
            ("7. Analyse de l'action : forces, faiblesses et propositions d'ajustement", "ops", 2, [(0, txt(
                "Points forts : la dynamique de groupe. Points faibles : le peu de temps consacré au suivi individuel. "
                "Propositions d'ajustement : associer les partenaires à la dernière séance et prévoir un entretien de suivi à un mois."))]),
            annexes(2),
        ])


SPECS.append(ops_spec("14_sete_ops", "Anaïs Vidal", "Atelier chantier d'insertion conchylicole, Sète",
                      "Ma période de mise en application professionnelle s'est déroulée à l'atelier chantier d'insertion de Sète, du 2 mars au 10 avril : "
                      "30 jours de stage au total, répartis ainsi : semaine 1 : 5 jours, semaine 2 : 5 jours, semaine 3 : 5 jours, "
                      "semaine 4 : 5 jours, semaine 5 : 5 jours, semaine 6 : 5 jours."))
SPECS.append(ops_spec("15_laon_ops_sans_carto", "Kévin Dufour", "Centre social de la Ville Haute, Laon",
                      "J'ai effectué 30 jours de stage au centre social de la Ville Haute, du 12 janvier au 20 février.", carto_ok=False))
SPECS.append(ops_spec("16_draguignan_ops_29j", "Fanny Orsini", "PLIE de la Dracénie, Draguignan",
                      "Ma période de mise en application professionnelle a duré six semaines de cinq jours, moins le jour férié du 8 mai, "
                      "soit 29 jours de stage au PLIE de la Dracénie.", fmt="pdf"))


def to_pdf(docx_path: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    return docx_path.with_suffix(".pdf")


def main(argv=None):
    OUT.mkdir(parents=True, exist_ok=True)
    src = HERE / "pdf_sources"
    src.mkdir(exist_ok=True)
    only = set(argv or [])
    for spec in SPECS:
        if only and spec["id"] not in only:
            continue
        b = build(spec)
        if spec["fmt"] == "pdf":
            p = src / f"{spec['id']}.docx"
            b.save(p)
            pdf = to_pdf(p)
            shutil.move(str(pdf), OUT / pdf.name)
        else:
            b.save(OUT / f"{spec['id']}.docx")
        print("wrote", spec["id"])


if __name__ == "__main__":
    main(sys.argv[1:])
