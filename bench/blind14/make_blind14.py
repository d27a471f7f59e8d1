"""Blind end-to-end dossiers for cipcheck (helper blind14, 27 Nov 2026).

Written without reading cipcheck's source, tests, fixtures or bench sets: only the
README, docs/contract.md, `cipcheck --help`, `cipcheck rules show` and the RE seeds.

    python bench/blind14/make_blind14.py            # DOCX in bench/blind14/dossiers/
    python bench/blind14/make_blind14.py --pdf      # + export three of them to PDF

Every part starts on a new page and its pages are filled to about half a page, so a
part of N pages is N pages in Word as in LibreOffice.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "dossiers"
WORDS_PER_PAGE = 330

# --------------------------------------------------------------------------- helpers


def _fix_fonts(style, font: str) -> None:
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in list(rfonts.attrib):
        if "Theme" in att or "theme" in att:
            del rfonts.attrib[att]
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)


def _add_field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    run2._r.append(t)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run4._r.append(e)


class Builder:
    def __init__(self, font: str = "Arial", header: str = "", footer: str = "Page ",
                 heading_mode: str = "style", spacing: float = 1.15):
        self.doc = Document()
        self.font = font
        self.heading_mode = heading_mode  # "style" | "bold"
        self.words_on_page = 0
        for name in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "List Number"):
            st = self.doc.styles[name]
            _fix_fonts(st, font)
            if name == "Normal":
                st.font.size = Pt(11)
                st.paragraph_format.line_spacing = spacing
                st.paragraph_format.space_after = Pt(6)
        self.doc.styles["Heading 1"].font.size = Pt(14)
        self.doc.styles["Heading 2"].font.size = Pt(12)
        for st in ("Heading 1", "Heading 2"):
            self.doc.styles[st].paragraph_format.line_spacing = 1.15
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, m, Cm(2.5))
        sec.different_first_page_header_footer = True
        if header:
            sec.header.paragraphs[0].text = header
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(footer)
        _add_field(fp, "PAGE")
        fp.add_run(" / ")
        _add_field(fp, "NUMPAGES")
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "fr-FR")
        self.doc.styles["Normal"].element.get_or_add_rPr().append(lang)

    # -- text
    def para(self, text: str, bold: bool = False, italic: bool = False, style=None,
             align=None):
        p = self.doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if align:
            p.alignment = align
        self.words_on_page += len(text.split())
        return p

    def heading(self, text: str, level: int = 1):
        if self.heading_mode == "style":
            self.doc.add_heading(text, level=level)
        else:
            p = self.doc.add_paragraph()
            r = p.add_run(text.upper() if level == 1 else text)
            r.bold = True
            if level == 1:
                r.font.size = Pt(13)
        self.words_on_page += 15

    def bullets(self, items, numbered=False):
        for it in items:
            self.para(it, style="List Number" if numbered else "List Bullet")

    def table(self, rows, widths=None):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = str(cell)
                if i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        self.words_on_page += 12 * len(rows) + sum(len(str(c).split()) for r in rows for c in r)
        self.doc.add_paragraph()
        return t

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.words_on_page = 0

    def new_section(self):
        self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.words_on_page = 0

    def block(self, items, pages: int, filler: list[str], rng: random.Random, last: bool = False):
        """Lay out `items` (str paragraphs, ('h2', text), ('table', rows), ('list', [...]))
        over exactly `pages` pages, padding with filler."""
        used = 1
        for it in items:
            size = _size(it)
            if self.words_on_page + size > WORDS_PER_PAGE and self.words_on_page > 60:
                self.page_break()
                used += 1
            self._emit(it)
        if used > pages:
            raise SystemExit(f"block overflows: {used} > {pages}: {items[0]!r}")
        while True:
            while self.words_on_page < WORDS_PER_PAGE - 60:
                self.para(_filler_para(filler, rng))
            if used == pages:
                break
            self.page_break()
            used += 1
        if not last:
            self.page_break()

    def _emit(self, it):
        if isinstance(it, str):
            self.para(it)
        elif it[0] == "h2":
            self.heading(it[1], 2)
        elif it[0] == "bold":
            self.para(it[1], bold=True)
        elif it[0] == "table":
            self.table(it[1])
        elif it[0] == "list":
            self.bullets(it[1])
        elif it[0] == "nlist":
            self.bullets(it[1], numbered=True)
        elif it[0] == "mail":
            for line in it[1].strip("\n").split("\n"):
                self.para(line, italic=True)

    def save(self, path: Path):
        self.doc.save(path)


def _size(it) -> int:
    if isinstance(it, str):
        return len(it.split())
    if it[0] in ("h2", "bold"):
        return 15
    if it[0] == "table":
        return 12 * len(it[1]) + sum(len(str(c).split()) for r in it[1] for c in r)
    if it[0] in ("list", "nlist"):
        return sum(len(x.split()) + 5 for x in it[1])
    if it[0] == "mail":
        return len(it[1].split()) + 5 * it[1].count("\n")
    return 0


def _filler_para(pool: list[str], rng: random.Random) -> str:
    return " ".join(rng.sample(pool, k=min(4, len(pool))))


def cover(b: Builder, lines: list[tuple[str, int, bool]]):
    for _ in range(4):
        b.para("")
    for text, size, bold in lines:
        p = b.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
    b.page_break()


def sommaire(b: Builder, entries: list[str], toc_field: bool = False):
    b.para("Sommaire", bold=True)
    if toc_field:
        p = b.doc.add_paragraph()
        _add_field(p, 'TOC \\o "1-2" \\h \\z \\u')
    for e in entries:
        b.para(e)
    b.page_break()


# --------------------------------------------------------------------------- filler

F = {
    "structure": [
        "La structure reçoit chaque année plusieurs centaines de personnes, orientées par les partenaires ou venues d'elles-mêmes.",
        "L'équipe se compose de conseillers, d'une chargée d'accueil, d'une chargée de relations entreprises et d'une directrice.",
        "Le territoire mêle des communes rurales éloignées des transports et une ville centre qui concentre les emplois.",
        "Les partenaires principaux sont le Département, les services de l'État, les organismes de formation et les associations caritatives.",
        "Les locaux sont accessibles aux personnes à mobilité réduite et un espace numérique est ouvert le matin.",
        "Le taux de chômage du bassin reste supérieur à la moyenne régionale, surtout chez les moins de vingt-six ans.",
        "Les secteurs qui recrutent sont la logistique, l'aide à domicile, le bâtiment et la restauration.",
        "Une réunion d'équipe a lieu chaque lundi matin pour répartir les situations nouvelles et partager les informations.",
        "La veille se fait par les lettres d'information des réseaux, les réunions de partenaires et les sites institutionnels.",
        "Le logiciel de suivi permet de tracer chaque démarche et de produire les bilans demandés par les financeurs.",
        "Les publics cumulent souvent plusieurs difficultés : mobilité, garde d'enfants, logement, maîtrise du français.",
        "La structure est financée par plusieurs conventions annuelles qui fixent des objectifs de résultats.",
    ],
    "accompagnement": [
        "Le diagnostic partagé a permis de repérer ses atouts et les freins à lever avant toute reprise d'emploi.",
        "Nous avons construit ensemble un plan d'action avec des étapes courtes et datées.",
        "La posture d'écoute active m'a aidée à laisser la personne formuler elle-même ses priorités.",
        "J'ai veillé à reformuler régulièrement pour vérifier que nous parlions bien de la même chose.",
        "Le contrat d'engagement précisait les démarches de chacun et la fréquence de nos rencontres.",
        "Les freins périphériques, comme la mobilité et la garde d'enfants, ont été traités en lien avec les partenaires.",
        "Avec le recul, j'aurais pu proposer plus tôt une mise en situation en entreprise.",
        "Je retiens l'importance de respecter le rythme de la personne sans perdre de vue les objectifs.",
        "Ma tutrice m'a conseillé de mieux préparer les objectifs de chaque rencontre.",
        "Les outils utilisés ont été le questionnaire d'intérêts, les fiches métiers et le portefeuille de compétences.",
        "Cette situation m'a appris à distinguer ce qui relève de mon rôle et ce qui doit être orienté vers un autre professionnel.",
        "Un point d'amélioration serait de formaliser davantage les comptes rendus dans le logiciel.",
    ],
    "atelier": [
        "L'atelier s'adressait à un groupe de huit personnes inscrites à la structure.",
        "Les objectifs pédagogiques étaient formulés en termes de capacités observables en fin de séance.",
        "Le déroulé alternait apports, exercices en binômes et mises en situation.",
        "Une fiche d'évaluation à chaud a été remplie par chaque participant à la fin de la séance.",
        "J'ai adapté les supports pour les personnes qui lisent difficilement, avec des pictogrammes.",
        "La salle avait été préparée la veille, avec le vidéoprojecteur et les documents imprimés.",
        "Le bilan montre que les participants ont apprécié les échanges mais trouvé la séance un peu longue.",
        "Pour une prochaine fois, je réduirais les apports théoriques au profit des exercices pratiques.",
        "La gestion du groupe a demandé de la vigilance pour que chacun puisse prendre la parole.",
        "J'ai sollicité une intervenante extérieure pour la seconde séance.",
    ],
    "entreprise": [
        "Le tissu économique local est composé surtout de petites entreprises de moins de dix salariés.",
        "Les employeurs rencontrés expriment des difficultés de recrutement sur les postes peu qualifiés.",
        "Un fichier de prospection a été construit à partir de la base des entreprises du bassin.",
        "L'argumentaire présentait l'offre de services de la structure et les aides à l'embauche.",
        "Les relances ont été faites par téléphone puis par courriel, avec un suivi dans un tableau partagé.",
        "Le bilan chiffré de l'action a été présenté à l'équipe en fin de période.",
        "Nous avons privilégié les déplacements groupés et le covoiturage pour limiter notre empreinte.",
        "La démarche inclusive a consisté à sensibiliser les employeurs au recrutement sans diplôme.",
        "La fiche de poste a été rédigée avec l'employeur à partir de l'analyse de ses besoins réels.",
        "La présélection s'est appuyée sur la méthode de recrutement par simulation.",
        "Le suivi dans l'emploi prévoyait un point à une semaine, un mois et trois mois.",
        "Le tuteur en entreprise a été associé dès l'accueil du nouveau salarié.",
    ],
}

SLOPPY = [
    "bref c'etait pas simple mais on a avancé.",
    "ma tutrice (C.) m'a bcp aidé sur ce point.",
    "jsuis content du résultat meme si tout n'est pas parfait.",
    "à revoir pr la prochaine fois.",
]


def filler(kind: str, extra: list[str] | None = None) -> list[str]:
    return F[kind] + (extra or [])


# --------------------------------------------------------------------------- titre


TITRE_PARTS = [
    "Présentation de la structure, du territoire et des acteurs",
    "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
    "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
    "Conception, préparation et animation d'un atelier thématique",
    "Action de prospection auprès des employeurs du territoire",
    "Appui technique aux employeurs en matière de recrutement",
    "Intégration et maintien d'un salarié dans son environnement professionnel",
]


def titre(name, voice, *, path, hours_cover, structure_lines, intro, hours_items,
          p2_items, p3_items, pages=(7, 5, 5, 7, 5, 4, 3), heading_mode="style",
          annex_items=None, seed=1, toc=False, extra_filler=None):
    rng = random.Random(seed)
    b = Builder(header=f"{name} — Dossier TP CIP", heading_mode=heading_mode)
    cover(b, [("Titre professionnel", 16, False),
              ("Conseiller en insertion professionnelle", 20, True),
              ("Dossier de questionnement à partir de production", 14, False),
              (name, 14, True), ("Session de décembre 2026", 12, False),
              (hours_cover, 12, False)] + structure_lines)
    sommaire(b, ["Introduction"] + [f"Partie {i} – {t}" for i, t in enumerate(TITRE_PARTS, 1)]
             + ["Conclusion", "Annexes"], toc_field=toc)
    b.heading("Introduction")
    b.block(intro + hours_items, 1, filler("structure", extra_filler), rng)
    bodies = {
        1: [("h2", "1.1 La structure"), "Je présente ici la structure, son territoire et ses partenaires.",
            ("h2", "1.2 Le territoire"), ("h2", "1.3 Les acteurs")],
        2: p2_items,
        3: p3_items,
        4: [("h2", "4.1 Le besoin repéré"), "L'atelier « Réussir son entretien d'embauche » est né d'un besoin repéré en réunion d'équipe.",
            ("h2", "4.2 Conception"), ("table", [["Séquence", "Durée", "Méthode"], ["Accueil et objectifs", "15 min", "tour de table"],
                                              ["Les questions pièges", "45 min", "brainstorming"], ["Simulations filmées", "60 min", "jeu de rôle"],
                                              ["Bilan", "15 min", "questionnaire"]]),
            ("h2", "4.3 Animation et évaluation"), ("h2", "4.4 Analyse de ma pratique")],
        5: [("h2", "5.1 Diagnostic du territoire"), ("h2", "5.2 Plan de prospection"),
            ("list", ["cibler 40 entreprises de la logistique et de l'aide à domicile",
                      "préparer un argumentaire et une plaquette", "relancer sous quinze jours"]),
            ("h2", "5.3 Bilan de l'action"), "Sur 40 entreprises contactées, 14 rendez-vous ont été obtenus et 6 offres recueillies.",
            ("h2", "5.4 Développement durable et inclusion")],
        6: [("h2", "6.1 Analyse du besoin de l'employeur"), ("h2", "6.2 Fiche de poste et présélection"),
            ("h2", "6.3 Bilan")],
        7: [("h2", "7.1 L'intégration du salarié"), "Le salarié a été suivi à une semaine, un mois et trois mois après son embauche.",
            ("h2", "7.2 Le maintien dans l'emploi")],
    }
    kinds = {1: "structure", 2: "accompagnement", 3: "accompagnement", 4: "atelier",
             5: "entreprise", 6: "entreprise", 7: "entreprise"}
    for i, t in enumerate(TITRE_PARTS, 1):
        b.heading(f"Partie {i} – {t}")
        b.block(bodies[i], pages[i - 1], filler(kinds[i], extra_filler), rng)
    b.heading("Conclusion")
    b.block(["Cette formation m'a permis de changer de métier et de trouver ma place de conseiller."],
            1, filler("accompagnement", extra_filler), rng, last=True)
    # remove trailing page break handled by new section
    b.new_section()
    b.heading("Annexes")
    for it in (annex_items or []):
        b._emit(it)
    b.save(path)


# --------------------------------------------------------------------------- CCP2


CCP2_PARTS = TITRE_PARTS[1:4]
CCP3_PARTS = TITRE_PARTS[4:7]


def ccp(number, name, *, path, hours_cover, intro, parts_items, pages, kinds, seed,
        heading_mode="style", annex_items=None, annex_pages=1, extra_filler=None,
        font="Arial", part_titles=None, cover_extra=(), spacing=1.15):
    rng = random.Random(seed)
    titles = part_titles or (CCP2_PARTS if number == 2 else CCP3_PARTS)
    label = {2: "CCP 2 – Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
             3: "CCP 3 – Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle"}[number]
    b = Builder(font=font, header=f"{name} – dossier CCP {number}", heading_mode=heading_mode,
                footer="- ", spacing=spacing)
    cover(b, [("Titre professionnel Conseiller en insertion professionnelle", 14, False),
              (label, 15, True), ("Dossier projet", 13, False), (name, 13, True),
              (hours_cover, 12, False)] + list(cover_extra))
    sommaire(b, ["Introduction"] + [f"{i}. {t}" for i, t in enumerate(titles, 1)] + ["Annexes"])
    b.heading("Introduction")
    b.block(intro, 1, filler("structure", extra_filler), rng)
    for i, t in enumerate(titles, 1):
        b.heading(f"{i}. {t}")
        b.block(parts_items[i - 1], pages[i - 1], filler(kinds[i - 1], extra_filler), rng,
                last=i == len(titles))
    b.new_section()
    b.heading("Annexes")
    for k in range(annex_pages):
        items = (annex_items or [])[k] if annex_items and k < len(annex_items) else []
        for it in items:
            b._emit(it)
        if k < annex_pages - 1:
            b.page_break()
    b.save(path)


# --------------------------------------------------------------------------- dossiers


def attestation(rows, total=None):
    tab = [["Structure d'accueil", "Dates", "Heures"]] + rows
    if total is not None:
        tab.append(["Total", "", str(total)])
    return ("table", tab)


def make_T1():
    p2 = [
        ("h2", "2.1 La situation de M. R."),
        "M. R., 34 ans, ancien cariste, est venu à la Mission Locale puis au PLIE après un licenciement économique. Il souhaite retrouver un emploi stable proche de Mouilleron-le-Captif.",
        ("h2", "2.2 Les entretiens"),
        "Premier entretien, le 13 janvier : accueil, diagnostic partagé, recueil de son parcours et de ses contraintes (permis suspendu, deux enfants).",
        "Deuxième entretien, le 27 janvier : signature du contrat d'engagement PLIE, définition de trois objectifs et du rythme des rencontres.",
        "Troisième entretien, le 10 février : point d'étape sur les démarches, inscription à une formation CACES et mise à jour du CV.",
        "Quatrième entretien, le 3 mars : bilan du premier mois, M. R. a obtenu deux entretiens d'embauche.",
        ("h2", "2.3 Analyse de ma pratique"),
        "J'ai parfois été trop directif lors du deuxième entretien ; je retiens qu'il faut laisser la personne poser ses propres objectifs.",
    ]
    p3 = [
        ("h2", "3.1 Le projet de Mme A."),
        "Mme A., 22 ans, sans diplôme, souhaitait travailler « dans le soin » sans savoir quel métier viser.",
        ("table", [["Date", "Modalité", "Objet"],
                   ["20/01", "présentiel", "exploration des intérêts, questionnaire"],
                   ["03/02", "présentiel", "enquête métier auprès d'une aide-soignante"],
                   ["17/02", "téléphone", "préparation de la PMSMP en EHPAD"],
                   ["03/03", "présentiel", "bilan de la PMSMP, choix de la formation ASH"]]),
        "Ces quatre entretiens ont permis de valider un projet d'agent de service hospitalier, puis une entrée en formation en avril.",
        ("h2", "3.2 Analyse de ma pratique"),
        "Mon point fort a été la préparation de l'immersion ; ma limite, la difficulté à laisser le silence s'installer.",
    ]
    titre("Gaëtan LE MOAL", "chef de rayon", path=OUT / "T1-lemoal-titre-conforme.docx",
          hours_cover="Périodes en entreprise : 399 heures",
          structure_lines=[("Mission Locale du Pays Yonnais – PLIE de La Roche-sur-Yon", 12, False)],
          intro=["Ancien chef de rayon dans un supermarché de Vendée pendant douze ans, j'ai choisi de devenir conseiller en insertion professionnelle après avoir accompagné des jeunes en contrat d'apprentissage dans mon magasin."],
          hours_items=["Mes périodes en entreprise se sont déroulées en deux temps : 210 heures à la Mission Locale du Pays Yonnais puis 189 heures au PLIE de La Roche-sur-Yon, soit 399 heures au total."],
          p2_items=p2, p3_items=p3, seed=11,
          annex_items=[("bold", "Annexe 1 – Attestations de stage"),
                       attestation([["Mission Locale du Pays Yonnais", "06/01 au 14/02", "210"],
                                    ["PLIE de La Roche-sur-Yon", "17/02 au 21/03", "189"]], 399)])


def make_T2():
    p2 = [
        ("bold", "Présentation de Madame S."),
        "Madame S. a 47 ans ; elle a travaillé vingt ans comme agent d'entretien dans une usine de Mazamet fermée en 2025.",
        ("bold", "Déroulement des entretiens"),
        "Le 9 janvier, nous nous sommes rencontrées pour le premier entretien : présentation de l'accompagnement, diagnostic, et premiers objectifs.",
        "Le 23 janvier, second entretien : signature du contrat d'accompagnement et plan d'action en trois étapes.",
        "Le 6 février, troisième entretien : point sur ses démarches, elle a postulé à trois offres.",
        ("bold", "Analyse de ma pratique"),
        "Mon ancien métier d'hôtesse m'a appris à mettre les gens à l'aise ; en revanche je dois apprendre à recadrer quand l'entretien s'éloigne de son objet.",
    ]
    p3 = [
        ("bold", "Le projet de Monsieur T."),
        "Monsieur T., 29 ans, voulait devenir chauffeur poids lourd mais n'avait pas de financement.",
        "Premier entretien le 16 janvier : exploration de son projet et de ses contraintes.",
        "Deuxième entretien le 30 janvier : enquête métier réalisée auprès d'un transporteur de Castres, bilan de l'enquête.",
        "Troisième entretien le 13 février : montage du dossier de financement avec la Région et inscription au permis C.",
        ("bold", "Analyse de ma pratique"),
        "Je retiens que j'ai été trop rapide à chercher le financement avant de vérifier la motivation.",
    ]
    titre("Nadia BELKACEM", "hôtesse", path=OUT / "T2-belkacem-titre-heures.docx",
          hours_cover="Période en entreprise : 350 heures",
          structure_lines=[("Maison de l'Emploi Castres-Mazamet", 12, False)],
          intro=["Pendant quinze ans hôtesse de l'air sur des vols moyen-courriers au départ de Toulouse, j'ai souhaité me reconvertir vers un métier d'accompagnement après un plan de départs volontaires."],
          hours_items=["Mon stage s'est déroulé à la Maison de l'Emploi de Castres du 6 janvier au 28 mars, pour un total de 350 heures."],
          p2_items=p2, p3_items=p3, seed=12, heading_mode="bold",
          annex_items=[("bold", "Annexe 1 – Attestation de stage"),
                       attestation([["Maison de l'Emploi Castres-Mazamet", "06/01 au 28/03", "350"]], 350)])


def make_T3():
    p2 = [
        ("h2", "2.1 Exposé de la situation"),
        "L'intéressé, M. G., 51 ans, ancien maçon reconnu travailleur handicapé, a été orienté vers Cap emploi par son médecin du travail.",
        ("h2", "2.2 Chronologie des entretiens"),
        ("nlist", ["Entretien n°1 du 14 janvier : accueil, recueil des restrictions médicales, diagnostic.",
                   "Entretien n°2 du 28 janvier : contractualisation des objectifs, demande d'étude de poste.",
                   "Entretien n°3 du 11 février : suivi des démarches, préparation d'un bilan de compétences.",
                   "Entretien n°4 du 4 mars : point d'étape avec la chargée de maintien."]),
        ("h2", "2.3 Analyse de pratique"),
        "Il convient de souligner que ma posture initiale, marquée par ma carrière militaire, était trop prescriptive ; j'ai corrigé ce travers dès le deuxième entretien.",
    ]
    p3 = [
        ("h2", "3.1 Exposé de la situation"),
        "Mme L., 38 ans, salariée en insertion dans un atelier chantier d'insertion de Rodez, souhaitait devenir agent de maintenance des bâtiments.",
        ("h2", "3.2 Les entretiens tenus"),
        "Le 21 janvier, premier entretien : exploration du projet et des compétences transférables acquises sur le chantier.",
        "Le 4 février, second entretien : restitution de son enquête métier auprès du service technique de la mairie de Rodez.",
        "Le troisième entretien, prévu le 18 février, n'a pas eu lieu : Mme L. était hospitalisée et l'accompagnement a été repris par sa conseillère après mon départ.",
        "Je n'ai donc tenu que deux entretiens avec Mme L.",
        ("h2", "3.3 Analyse de pratique"),
        "Le rendu compte de cette situation reste incomplet ; j'en tire la nécessité de fixer plus tôt les rendez-vous pour tenir compte des aléas.",
    ]
    titre("Patrice VERNHES", "militaire", path=OUT / "T3-vernhes-titre-entretiens.docx",
          hours_cover="Durée des périodes en entreprise : 420 heures",
          structure_lines=[("Cap emploi Aveyron – ACI Les Jardins du Causse, Rodez", 12, False)],
          intro=["Adjudant-chef de l'armée de terre admis à faire valoir ses droits à la retraite après vingt-sept années de service, le rédacteur a entrepris une reconversion dans l'insertion professionnelle."],
          hours_items=["Les périodes en entreprise, d'une durée totale de 420 heures, se sont déroulées à Cap emploi Aveyron (245 heures) puis à l'ACI Les Jardins du Causse (175 heures)."],
          p2_items=p2, p3_items=p3, seed=13, toc=True,
          annex_items=[("bold", "Annexe 1 – Tableau récapitulatif des périodes"),
                       attestation([["Cap emploi Aveyron", "05/01 au 13/02", "245"],
                                    ["ACI Les Jardins du Causse", "16/02 au 20/03", "175"]], 420)])


def make_C1(path, name, font, hours_text, seed, sloppy):
    rng = random.Random(seed)
    b = Builder(font=font, header=f"{name} – CCP 1", footer="p. ", heading_mode="bold" if sloppy else "style")
    cover(b, [("Titre professionnel Conseiller en insertion professionnelle", 14, False),
              ("CCP 1 – Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé", 15, True),
              ("Production écrite", 13, False), (name, 13, True), (hours_text, 12, False)])
    sommaire(b, ["1. Mon lieu de stage", "2. L'accueil et le traitement administratif",
                 "3. La veille", "4. Le travail en réseau", "Annexes"])
    ex = SLOPPY if sloppy else []
    sec = [
        ("1. Mon lieu de stage", [
            "j'ai fait mon stage à l'agence France Travail de Roubaix (Nord), equipe accueil + conseillers GDD (gestion des droits). dates : du 3 au 17 mars." if sloppy else
            "Mon stage s'est déroulé au CCAS d'Ajaccio, au service d'accueil et d'accompagnement social, du 3 au 21 mars.",
            hours_text + (" (cf attestation en annexe)" if sloppy else "."),
        ]),
        ("2. L'accueil et le traitement administratif", [
            "accueil physique le matin, tél l'aprem. j'ai appris a utiliser le logiciel de suivi, à créer un dossier et à rédiger une synthèse d'accueil." if sloppy else
            "J'ai assuré l'accueil physique et téléphonique, la création des dossiers dans le logiciel métier et la rédaction de synthèses d'accueil.",
            ("table", [["Tâche", "Outil", "Fréquence"], ["Création de dossier", "logiciel de suivi", "quotidienne"],
                       ["Synthèse d'accueil", "traitement de texte", "après chaque accueil"],
                       ["Prise de rendez-vous", "agenda partagé", "quotidienne"]]),
        ]),
        ("3. La veille", [
            "veille : newsletter du réseau, site du ministère, Centre Inffo. j'ai fait un tableau des aides mobilité a jour." if sloppy else
            "J'ai organisé une veille sur les aides à la mobilité et les dispositifs de formation, avec un tableau mis à jour chaque semaine.",
        ]),
        ("4. Le travail en réseau", [
            "exemple de mail envoyé a un partenaire (anonymisé) :" if sloppy else "Le travail en réseau passe par des échanges réguliers avec les partenaires.",
            ("mail", "De : stagiaire.accueil@structure.fr\nÀ : accueil@partenaire-mobilite.fr\nObjet : orientation d'un jeune (J.)\nBonjour, je vous oriente J. pour une aide au permis, dossier joint. Cordialement.") if sloppy else
            "Une réunion mensuelle réunit le CCAS, la CAF, la Mission Locale et les associations caritatives.",
        ]),
    ]
    pages = [2, 2, 1, 2]
    kinds = ["structure", "structure", "structure", "structure"]
    for j, ((t, items), n, k) in enumerate(zip(sec, pages, kinds)):
        b.heading(t)
        b.block(items, n, filler(k, ex), rng, last=j == len(sec) - 1)
    b.new_section()
    b.heading("Annexes")
    b.para("Annexe 1 – Attestation de stage", bold=True)
    b.save(path)


def make_C2(path, name, *, hours_cover, intro, p1, p2, p3, pages, seed, heading_mode="style",
            annex=None, extra=None):
    ccp(2, name, path=path, hours_cover=hours_cover, intro=intro, parts_items=[p1, p2, p3],
        pages=pages, kinds=["accompagnement", "accompagnement", "atelier"], seed=seed,
        heading_mode=heading_mode, annex_items=[annex or []], extra_filler=extra)


P3_ATELIER = [
    ("h2", "Le besoin et la conception"),
    "L'atelier « Mes droits et mes démarches en ligne » répondait aux difficultés numériques repérées lors des accueils.",
    ("table", [["Séquence", "Durée", "Méthode"], ["Accueil, objectifs", "15 min", "tour de table"],
               ["Créer son espace personnel", "45 min", "démonstration puis pratique"],
               ["Les pièges à éviter", "30 min", "quiz"], ["Bilan", "15 min", "fiche d'évaluation"]]),
    ("h2", "Animation et bilan"),
    "Sept participants sur huit inscrits étaient présents ; six ont créé leur espace.",
    ("h2", "Analyse de ma pratique"),
    "Mes points forts : la préparation et la patience. Mes limites : la gestion du temps. Axe d'amélioration : prévoir un binôme d'aide.",
]


def make_C2a():
    p1 = [
        ("h2", "Situation de Yasmine"),
        "Yasmine, 19 ans, sortie du lycée professionnel sans diplôme, est entrée à l'E2C en janvier.",
        ("h2", "Suivi des entretiens"),
        ("table", [["Date", "Modalité", "Objet", "Statut"],
                   ["08/01", "présentiel", "entretien d'accueil, diagnostic partagé", "réalisé"],
                   ["22/01", "présentiel", "signature du contrat d'engagement", "réalisé"],
                   ["05/02", "visio", "suivi des objectifs, point assiduité", "réalisé"],
                   ["19/02", "présentiel", "bilan intermédiaire", "réalisé"]]),
        "Ces quatre entretiens ont posé le cadre : Yasmine s'est engagée sur l'assiduité, la remise à niveau en français et deux stages.",
        ("h2", "Analyse"),
        "J'ai appris à ne pas faire à sa place ; ma limite a été de trop remplir les silences.",
    ]
    p2 = [
        ("h2", "Le projet de Dylan"),
        "Dylan, 23 ans, voulait « travailler dehors ».",
        "Le 12 janvier, premier entretien : questionnaire d'intérêts, trois pistes (paysagiste, ostréiculture, agent portuaire).",
        "Le 26 janvier, deuxième entretien : retour d'enquête métier auprès d'un paysagiste de Guérande.",
        "Le 9 février, troisième entretien : préparation d'une PMSMP de deux semaines dans l'entreprise de paysage.",
        "Le 2 mars, quatrième entretien : bilan de l'immersion et inscription au CAPa jardinier paysagiste.",
        ("h2", "Analyse"),
        "Point fort : l'enquête métier a remplacé de longs discours. Axe d'amélioration : associer plus tôt le référent de l'E2C.",
    ]
    make_C2(OUT / "C2a-dumont-ccp2-conforme.docx", "Ophélie DUMONT-RAHARISON",
            hours_cover="Périodes en entreprise : 196 heures",
            intro=["Ancienne animatrice périscolaire à Saint-Nazaire, j'ai effectué mon stage à l'École de la deuxième chance de Saint-Nazaire, en deux périodes de 98 heures chacune, soit 196 heures."],
            p1=p1, p2=p2, p3=P3_ATELIER, pages=[5, 5, 7], seed=21,
            annex=[("bold", "Annexe 1 – Attestations"),
                   attestation([["E2C Saint-Nazaire", "06/01 au 24/01", "98"],
                                ["E2C Saint-Nazaire", "23/02 au 13/03", "98"]], 196)])


def _c2_parts(who1, who2):
    p1 = [
        ("h2", f"La situation de {who1}"),
        f"{who1} a 44 ans ; ancien ouvrier viticole, il cherche un emploi moins physique après une opération du dos.",
        ("h2", "Les entretiens"),
        "- 7 janvier : 1er entretien, accueil et diagnostic, repérage des freins (santé, mobilité)",
        "- 21 janvier : 2e entretien, contrat d'engagement et plan d'action",
        "- 4 février : 3e entretien, suivi : inscription à la remise à niveau et dossier RQTH",
        ("h2", "Analyse"),
        "Ce que je retiens : la confiance s'est construite parce que je connaissais son ancien métier. Limite : j'ai trop parlé de vigne.",
    ]
    p2 = [
        ("h2", f"Le projet de {who2}"),
        f"{who2}, 20 ans, hésitait entre la vente et la logistique.",
        "14/01 – entretien n°1 : exploration des intérêts et des valeurs.",
        "28/01 – entretien n°2 : enquêtes métiers (cariste, vendeur en jardinerie), bilan.",
        "11/02 – entretien n°3 : préparation d'une immersion en plateforme logistique à Libourne.",
        "25/02 – entretien n°4 : bilan de l'immersion, choix du CACES et demande de financement.",
        ("h2", "Analyse"),
        "Point fort : les enquêtes. Point faible : j'ai sous-estimé le temps de transport.",
    ]
    return p1, p2


def make_C2b():
    p1, p2 = _c2_parts("M. D.", "Léna")
    make_C2(OUT / "C2b-peyrot-ccp2-heures.docx", "Jérôme PEYROT",
            hours_cover="Stage : 140 heures",
            intro=["Viticulteur pendant vingt ans dans le Libournais, j'ai vendu l'exploitation familiale et je me forme au métier de CIP.",
                   "Au total j'ai effectué 140 heures de stage à la Mission Locale du Libournais, du 6 janvier au 7 février."],
            p1=p1, p2=p2, p3=P3_ATELIER, pages=[5, 5, 7], seed=22, heading_mode="bold",
            annex=[("bold", "Annexe – attestation de stage : 140 heures effectuées.")])


def make_C2c():
    p1, p2 = _c2_parts("M. P.", "Kimberley")
    make_C2(OUT / "C2c-hoarau-ccp2-partie3-longue.docx", "Marie-Claude HOARAU",
            hours_cover="Période en entreprise : 182 heures",
            intro=["Ancienne agente d'accueil au port de Saint-Pierre (La Réunion), j'ai réalisé mon stage au PLIE du Sud, 182 heures du 13 janvier au 21 février (cinq semaines et deux jours)."],
            p1=p1, p2=p2, p3=P3_ATELIER, pages=[5, 5, 10], seed=23,
            annex=[("bold", "Annexe 1"), attestation([["PLIE du Sud, Saint-Pierre", "13/01 au 21/02", "182"]], 182)])


P1_PROSPECT = [
    ("h2", "Diagnostic du territoire"),
    "Le bassin messin compte de nombreuses PME du BTP qui peinent à recruter des coffreurs et des maçons.",
    ("h2", "Plan d'action"),
    ("list", ["Cibler 35 entreprises du gros œuvre (fichier CCI + réseau du GEIQ)",
              "Argumentaire : contrats de professionnalisation, tutorat, aides",
              "Relances à J+10 par téléphone"]),
    ("h2", "Bilan chiffré"),
    ("table", [["Indicateur", "Objectif", "Réalisé"], ["Entreprises contactées", "35", "38"],
               ["Rendez-vous obtenus", "10", "12"], ["Offres recueillies", "5", "7"]]),
    ("h2", "Démarche de développement durable"),
    "Tournées de visites regroupées par secteur géographique et covoiturage avec la chargée de relations entreprises.",
]
P2_APPUI = [
    ("h2", "Le besoin de l'entreprise"),
    "Une entreprise de maçonnerie de Woippy souhaitait recruter deux ouvriers en contrat de professionnalisation.",
    ("h2", "Analyse du poste et présélection"),
    "J'ai rédigé la fiche de poste avec le chef de chantier, puis présélectionné cinq candidats avec la méthode de recrutement par simulation.",
    ("h2", "Résultat"),
    "Deux candidats ont été retenus et ont signé leur contrat le 3 mars.",
]
P3_INTEG = [
    ("h2", "L'intégration de M. B."),
    "M. B. a été accueilli avec son tuteur le premier jour ; un livret d'accueil lui a été remis.",
    ("h2", "Le maintien dans l'emploi"),
    "Suivi à une semaine, un mois et trois mois ; une médiation a réglé un conflit d'horaires.",
]


def make_C3a():
    mail = """De : Thibault G. <t.garnier@geiq-btp-exemple.fr>
Envoyé : mardi 14 janvier 09:12
À : contact@maconnerie-exemple.fr
Objet : RE: proposition de rencontre
Bonjour Monsieur,
Suite à notre échange téléphonique, je vous propose de vous présenter nos contrats de professionnalisation jeudi à 10h.
Bien cordialement,"""
    p1 = P1_PROSPECT[:5] + [("mail", mail)] + P1_PROSPECT[5:]
    ccp(3, "Thibault GARNIER", path=OUT / "C3a-garnier-ccp3-conforme.docx",
        hours_cover="Période en entreprise : 147 h",
        intro=["Commercial BtoB pendant dix ans (matériaux de construction), j'ai rejoint la formation CIP pour mettre mon sens du terrain au service de l'insertion.",
               "Mon stage au GEIQ BTP de Metz a duré 147 heures, du 6 janvier au 5 février."],
        parts_items=[p1, P2_APPUI, P3_INTEG], pages=[6, 4, 3],
        kinds=["entreprise", "entreprise", "entreprise"], seed=31,
        annex_items=[[("bold", "Annexe 1 – Attestation"),
                      attestation([["GEIQ BTP Metz", "06/01 au 05/02", "147"]], 147)]])


def make_C3b():
    annexes = [[("bold", f"Annexe {k} – " + t)] for k, t in enumerate(
        ["Attestation de stage", "Fichier de prospection", "Argumentaire", "Plaquette",
         "Fiche de poste", "Livret d'accueil"], 1)]
    annexes[0].append(attestation([["Mission Locale de Gonesse", "13/01 au 14/02", "154"]], 154))
    for a in annexes[1:]:
        a += ["Document de travail produit pendant le stage (version anonymisée)."] * 6
    ccp(3, "Fatoumata SISSOKO", path=OUT / "C3b-sissoko-ccp3-annexes.docx",
        hours_cover="Période en entreprise : 154 heures",
        intro=["Agente de sûreté aéroportuaire à Roissy pendant neuf ans, j'ai fait mon stage à la Mission Locale de Gonesse (Val-d'Oise), 154 heures du 13 janvier au 14 février."],
        parts_items=[P1_PROSPECT, P2_APPUI, P3_INTEG], pages=[6, 4, 3],
        kinds=["entreprise", "entreprise", "entreprise"], seed=32, heading_mode="bold",
        annex_items=annexes, annex_pages=6)


def make_ops(path, name, seed, with_mono: bool, days: int = 30):
    rng = random.Random(seed)
    b = Builder(header=f"{name} – Mémoire OPS", footer="")
    cover(b, [("OPS Conseil", 14, False),
              ("Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle", 15, True),
              ("Mémoire de la période de mise en application professionnelle", 13, False),
              (name, 13, True), (f"Période de mise en application : {days} jours", 12, False)])
    secs = [("1. Présentation de la structure, de son implantation locale et des publics", [
        f"L'association d'insertion où j'ai effectué ma période de {days} jours est implantée à Guéret (Creuse) ; elle accueille des demandeurs d'emploi de longue durée, des allocataires du RSA et des jeunes sans qualification." if seed == 41 else
        f"Le centre social des Rèpes, à Vesoul (Haute-Saône), m'a accueilli {days} jours ; il accompagne des familles du quartier, des allocataires du RSA et des jeunes adultes."]),
        ("2. Cartographie du réseau des partenaires", [
            ("table", [["Partenaire", "Rôle", "Fréquence des liens"], ["France Travail", "orientation, offres", "hebdomadaire"],
                       ["Département (RSA)", "prescripteur, financeur", "mensuelle"], ["CAF", "droits, aides", "ponctuelle"],
                       ["Entreprises partenaires", "immersions, emploi", "régulière"]])]),
    ]
    if with_mono:
        secs.append(("3. Monographie : le parcours de Mme F.", [
            "Mme F., 52 ans, ancienne employée de blanchisserie, a été licenciée en 2024 après la fermeture de son entreprise. Elle vit seule et n'a pas le permis.",
            "Je retrace ici son parcours sur les six semaines où je l'ai accompagnée : diagnostic, atelier collectif, immersion en ressourcerie.",
            "Analyse : ses atouts sont la rigueur et la ponctualité ; ses freins, la mobilité et la peur de l'informatique."]))
    secs += [
        ("4. Présentation de l'action", [
            "L'action « Cap vers l'emploi » réunit douze personnes pendant six semaines, deux demi-journées par semaine. Objectifs : reprendre confiance, construire un projet réaliste, rencontrer des employeurs."]),
        ("5. L'outil que j'ai créé", [
            "J'ai créé un « carnet de route » : une grille d'auto-positionnement de deux pages que chaque participant remplit au début et à la fin de l'action."]),
        ("6. Les ajustements", [
            "Plusieurs participants ne lisaient pas bien : j'ai ajusté les supports avec des pictogrammes et lu les consignes à voix haute. Les horaires ont été décalés pour les parents."]),
        ("7. Analyse de l'action", [
            "Forces : la dynamique de groupe et les rencontres d'employeurs. Faiblesses : trop d'absences la troisième semaine. Propositions d'ajustement : un rappel par SMS la veille et un binôme d'entraide."]),
    ]
    sommaire(b, [t for t, _ in secs] + ["Conclusion", "Annexes"])
    for t, items in secs:
        b.heading(t)
        kind = "structure" if t[0] in "12" else "atelier"
        b.block(items, 2, filler(kind), rng)
    b.heading("Conclusion")
    b.block([f"Ces {days} jours m'ont confirmé dans mon choix de métier."], 1, filler("atelier"), rng,
            last=True)
    b.new_section()
    b.heading("Annexes")
    b.para(f"Annexe 1 – Attestation de période de mise en application : {days} jours.", bold=True)
    b.save(path)


def make_C2d():
    p1, _ = _c2_parts("M. H.", "x")
    p2 = [
        ("h2", "Le projet de Sofiane"),
        "Sofiane, 24 ans, ancien livreur à vélo, voulait se former dans la fibre optique.",
        ("table", [["Date", "Modalité", "Objet", "Statut"],
                   ["15/01", "présentiel", "exploration du projet, freins", "réalisé"],
                   ["29/01", "téléphone", "retour d'enquête métier chez un installateur", "réalisé"],
                   ["12/02", "présentiel", "préparation de l'immersion", "annulé (absent, pas de nouvelles)"],
                   ["26/02", "présentiel", "bilan", "à planifier"]]),
        "Sofiane ne s'est plus manifesté après le 29 janvier ; ma tutrice a repris le suivi après mon stage.",
        ("h2", "Analyse"),
        "Limite : j'ai trop attendu avant de le relancer. Ce que je retiens : caler le rendez-vous suivant avant la fin de chaque entretien.",
    ]
    make_C2(OUT / "C2d-nguyen-ccp2-deux-entretiens.docx", "Linh NGUYEN",
            hours_cover="Période en entreprise : 210 heures",
            intro=["Ancienne gérante d'un salon de manucure à Villeurbanne, j'ai réalisé 210 heures de stage (six semaines) à la Mission Locale de Villeurbanne."],
            p1=p1, p2=p2, p3=P3_ATELIER, pages=[5, 5, 7], seed=24,
            annex=[("bold", "Annexe 1"), attestation([["Mission Locale de Villeurbanne", "06/01 au 14/02", "210"]], 210)])


def make_C2e():
    p1 = [
        ("h2", "Situation de Mme B."),
        "Mme B., 41 ans, mère de trois enfants, sans emploi depuis huit ans, a été orientée par le référent RSA.",
        ("h2", "Mon journal de suivi"),
        "Lundi 13 janvier. Je reçois Mme B. pour la première fois à l'antenne de Lodève. Elle parle de ses enfants, de son ancien travail de vendeuse, de sa peur de ne plus savoir faire.",
        "Lundi 27 janvier. On se revoit à l'antenne. On signe ensemble le contrat d'engagement : trois objectifs, un rendez-vous tous les quinze jours.",
        "Lundi 10 février. Troisième rencontre, par téléphone car la voiture est en panne. Point sur la garde des enfants et l'inscription à l'atelier CV.",
        "Lundi 24 février. Nouveau rendez-vous à l'antenne : elle a envoyé deux candidatures seule.",
        ("h2", "Analyse"),
        "Faits : quatre rencontres tenues. Ce que j'ai ressenti : de l'impatience au début. Limite de ma fonction : je ne suis pas assistante sociale.",
    ]
    p2 = [
        ("h2", "Le projet de Kylian"),
        "Kylian, 18 ans, décrocheur scolaire.",
        "Mardi 14 janvier. Premier rendez-vous : on parle de ce qu'il aime (la cuisine, le foot).",
        "Mardi 28 janvier. Deuxième rendez-vous : il revient de son enquête chez un boulanger de Clermont-l'Hérault.",
        "Mardi 11 février. Troisième rendez-vous : on prépare une PMSMP de deux semaines en boulangerie.",
        ("h2", "Analyse"),
        "Point fort : l'enquête métier. Axe d'amélioration : impliquer sa famille plus tôt.",
    ]
    make_C2(OUT / "C2e-roussel-ccp2-journal-conforme.docx", "Arnaud ROUSSEL",
            hours_cover="Stage : 189 h",
            intro=["Ancien gardien de refuge dans les Cévennes, j'ai effectué 189 heures de stage au PLIE Cœur d'Hérault (Lodève), en deux périodes : 105 heures puis 84 heures."],
            p1=p1, p2=p2, p3=P3_ATELIER, pages=[5, 5, 7], seed=25, heading_mode="bold",
            annex=[("bold", "Annexe 1"), attestation([["PLIE Cœur d'Hérault", "06/01 au 24/01", "105"],
                                                    ["PLIE Cœur d'Hérault", "03/02 au 14/02", "84"]], 189)])


def make_C3c():
    ccp(3, "Romain ESTÈVE", path=OUT / "C3c-esteve-ccp3-interligne.docx",
        hours_cover="Période en entreprise : 140 heures",
        intro=["Ancien barman saisonnier à Argelès, j'ai effectué 140 heures de stage (quatre semaines) au service entreprises de la Mission Locale de Perpignan."],
        parts_items=[P1_PROSPECT, P2_APPUI, P3_INTEG], pages=[6, 4, 3],
        kinds=["entreprise", "entreprise", "entreprise"], seed=33, spacing=1.0,
        annex_items=[[("bold", "Annexe 1 – Attestation"),
                      attestation([["Mission Locale de Perpignan", "03/02 au 28/02", "140"]], 140)]])


def main(argv):
    OUT.mkdir(parents=True, exist_ok=True)
    make_T1(); make_T2(); make_T3()
    make_C1(OUT / "C1a-tran-ccp1-conforme.docx", "Kevin TRAN", "Arial",
            "Durée du stage : 77 heures", 51, True)
    make_C1(OUT / "C1b-marchetti-ccp1-police.docx", "Sylvie MARCHETTI", "Times New Roman",
            "Période en entreprise : 84 heures", 52, False)
    make_C2a(); make_C2b(); make_C2c(); make_C3a(); make_C3b()
    make_ops(OUT / "O1-lachaud-ops-conforme.docx", "Bérénice LACHAUD", 41, True)
    make_ops(OUT / "O2-ferrand-ops-sans-monographie.docx", "Yannick FERRAND", 42, False)
    # second wave (written after the first run, labelled before running cipcheck on it)
    make_C1(OUT / "C1c-baptiste-ccp1-heures.docx", "Wesley BAPTISTE", "Arial",
            "stage : 9 jours (63h)", 53, True)
    make_C2d(); make_C2e(); make_C3c()
    make_ops(OUT / "O3-pujol-ops-jours.docx", "Anaïs PUJOL", 41, True, days=25)
    if "--pdf" in argv:
        for stem in ("T3-vernhes-titre-entretiens", "C2a-dumont-ccp2-conforme", "O1-lachaud-ops-conforme"):
            src = OUT / f"{stem}.docx"
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                           check=True, capture_output=True)
            src.unlink()


if __name__ == "__main__":
    main(sys.argv[1:])
