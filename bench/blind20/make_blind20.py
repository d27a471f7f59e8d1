"""blind20 — writes 14 dossiers to bench/blind20/dossiers/ (python-docx; some PDFs via soffice).

Written without reading cipcheck's source, tests, fixtures or other bench sets.
Run: python bench/blind20/make_blind20.py
"""
from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "dossiers"

# ---------------------------------------------------------------- prose bank
SENT = [
    "Je me suis d'abord attachée à comprendre comment l'équipe organisait son travail au quotidien, qui faisait quoi et à quel moment.",
    "Cette question m'a obligée à revoir ma façon de poser les choses, car je voulais aller trop vite vers une solution.",
    "Ma tutrice m'a laissé une vraie place dans les échanges, tout en restant disponible quand j'avais un doute sur la marche à suivre.",
    "Les partenaires du territoire se connaissent bien, ce qui facilite les orientations mais peut aussi enfermer les personnes dans des habitudes.",
    "J'ai noté dans mon carnet de bord les points qui me semblaient importants, puis je les ai relus le soir pour préparer la journée suivante.",
    "Le public accueilli cumule souvent plusieurs difficultés : mobilité, garde d'enfants, santé, logement, maîtrise du français écrit.",
    "Avec le recul, je pense que j'aurais dû reformuler davantage, pour être sûre que nous parlions bien de la même chose.",
    "Ce travail m'a appris à distinguer ce qui relève de ma mission de ce qui doit être orienté vers un autre professionnel.",
    "Nous avons construit ensemble un plan d'action réaliste, avec des étapes courtes et des dates que la personne pouvait tenir.",
    "L'outil de suivi partagé permet de retrouver l'historique des démarches, à condition de le renseigner le jour même.",
    "J'ai mesuré l'importance du cadre posé dès le début : la confidentialité, la durée, les objectifs et le rôle de chacun.",
    "Les employeurs rencontrés attendent surtout de la réactivité et un interlocuteur unique qui connaît les candidats qu'il présente.",
    "Cette expérience a confirmé mon envie de travailler dans l'accompagnement, tout en me montrant les limites de mon rôle.",
    "La posture d'écoute active n'est pas naturelle pour moi ; j'ai dû apprendre à laisser des silences et à ne pas compléter les phrases.",
    "Les réunions d'équipe du lundi matin m'ont permis de présenter les situations et de recueillir l'avis de collègues plus expérimentés.",
    "J'ai vérifié les informations auprès des sites officiels et des fiches métiers avant de les transmettre, pour ne pas donner de fausse piste.",
    "Le bassin d'emploi reste marqué par les métiers saisonniers, le commerce, l'aide à la personne et la logistique.",
    "Il a fallu adapter les supports pour des personnes qui lisent difficilement, avec des pictogrammes et des phrases très courtes.",
    "J'ai proposé une grille simple pour évaluer la séance, que les participants ont remplie à la fin sans difficulté particulière.",
    "Ce point reste à améliorer : je n'ai pas assez anticipé le temps nécessaire aux échanges entre les participants.",
    "La dimension numérique est devenue centrale, que ce soit pour l'inscription, les candidatures ou les échanges avec les administrations.",
    "J'ai présenté la situation en commission, en m'appuyant sur des éléments factuels et sur l'accord de la personne.",
    "Nous avons pris le temps de relire ensemble le compte rendu, ce qui a permis de corriger deux erreurs de dates.",
    "Le développement durable se traduit ici très concrètement : covoiturage, réemploi du matériel, dématérialisation raisonnée des dossiers.",
    "Mon analyse de pratique m'amène à penser que j'ai parfois porté le projet à la place de la personne, ce que je veux corriger.",
    "Les freins périphériques ont été traités en parallèle, avec l'appui de l'assistante sociale du secteur.",
    "L'entreprise a accepté d'ouvrir une immersion, ce qui a permis de confronter le projet à la réalité du poste.",
    "J'ai rédigé une fiche de poste avec le gérant, en distinguant les compétences indispensables de celles qui peuvent s'acquérir.",
    "Le suivi dans l'emploi s'est fait par téléphone et par une visite sur le lieu de travail au bout d'un mois.",
    "Je retiens de cette période qu'un accompagnement réussi repose autant sur la relation que sur la technique.",
]


def prose(rng: random.Random, n_par: int, extra: list[str] | None = None) -> list[str]:
    out = []
    for i in range(n_par):
        s = rng.sample(SENT, 6)
        if extra and i < len(extra):
            s.insert(2, extra[i])
        out.append(" ".join(s))
    return out


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Arial", spacing=1.15, theme_arial=False):
    doc = Document()
    st = doc.styles["Normal"]
    if theme_arial:
        # the way Word really sets it: theme minor font = Arial, Normal uses the theme font
        theme = None
        for rel in doc.part.rels.values():
            if rel.reltype.endswith("/theme"):
                theme = rel.target_part
        if theme is not None:
            blob = theme.blob.decode("utf-8")
            i = blob.find("<a:minorFont>")
            j = blob.find("</a:minorFont>")
            seg = blob[i:j]
            import re
            seg2 = re.sub(r'<a:latin typeface="[^"]*"', '<a:latin typeface="Arial"', seg, count=1)
            blob = blob[:i] + seg2 + blob[j:]
            theme._blob = blob.encode("utf-8")
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        rf.set(qn("w:asciiTheme"), "minorHAnsi")
        rf.set(qn("w:hAnsiTheme"), "minorHAnsi")
        rf.set(qn("w:cstheme"), "minorBidi")
    else:
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(11)
    st.paragraph_format.line_spacing = spacing
    st.paragraph_format.space_after = Pt(6)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        h = doc.styles[hn]
        h.font.name = "Arial"
        h.font.color.rgb = None
    doc.styles["Heading 1"].font.size = Pt(14)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2.5))
    return doc


def add_field(par, instr, placeholder=""):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r2._r.append(it)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    if placeholder:
        par.add_run(placeholder)
    r4 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r4._r.append(e)


def footer_page(doc, text):
    f = doc.sections[0].footer.paragraphs[0]
    f.text = text + " — page "
    add_field(f, "PAGE", "1")
    h = doc.sections[0].header.paragraphs[0]
    h.text = text


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def heading(doc, text, level=1, style=True, new_page=True):
    if style:
        p = doc.add_heading(text, level=level)
        p.paragraph_format.page_break_before = new_page and level == 1
    else:
        if new_page:
            page_break(doc)
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13 if level == 1 else 11)
    return p


def paras(doc, texts):
    for t in texts:
        doc.add_paragraph(t)


def png_bytes(w=300, h=160, color=(40, 90, 160)):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([10, 10, w - 10, h - 10], outline=color, width=4)
    d.ellipse([w // 3, h // 4, w // 3 + 60, h // 4 + 60], fill=color)
    b = io.BytesIO(); im.save(b, "PNG"); return io.BytesIO(b.getvalue())


def table(doc, rows, merge_first_header=False, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    if merge_first_header:
        a = t.cell(0, 0).merge(t.cell(0, len(rows[0]) - 1))
        a.text = rows[0][0]
    return t


def cover(doc, lines, sommaire=None, toc_field=False, title_style=True):
    for i, ln in enumerate(lines):
        p = doc.add_paragraph(style="Title" if (i == 0 and title_style) else None)
        p.add_run(ln).bold = i == 0
    page_break(doc)
    if toc_field:
        doc.add_paragraph().add_run("Sommaire").bold = True
        p = doc.add_paragraph()
        add_field(p, 'TOC \\o "1-3" \\h \\z \\u', "Cliquez pour mettre à jour la table des matières.")
        page_break(doc)
    elif sommaire:
        doc.add_paragraph().add_run("SOMMAIRE").bold = True
        for s, pg in sommaire:
            doc.add_paragraph(f"{s}\t{pg}")
        page_break(doc)


def annex_section(doc, title="ANNEXES"):
    doc.add_section(WD_SECTION.NEW_PAGE)
    p = doc.add_paragraph()
    p.add_run(title).bold = True


PAR_PER_PAGE = 4.6


def part(doc, rng, title, pages, *, style=True, subs=None, extra=None, insert=None, new_page=True):
    """Write a part of about `pages` pages of text; `insert(doc)` adds a table/list inside."""
    heading(doc, title, 1, style=style, new_page=new_page)
    n = max(1, round(pages * PAR_PER_PAGE))
    subs = subs or []
    chunks = len(subs) + 1
    per = max(1, n // chunks)
    texts = prose(rng, n, extra)
    k = 0
    for ci in range(chunks):
        if ci > 0:
            h = subs[ci - 1]
            if style:
                doc.add_heading(h, level=2)
            else:
                p = doc.add_paragraph(); r = p.add_run(h); r.bold = True; r.italic = True
        if ci == 0 and insert:
            insert(doc)
        take = per if ci < chunks - 1 else n - k
        paras(doc, texts[k:k + take])
        k += take


def save(doc, name):
    OUT.mkdir(parents=True, exist_ok=True)
    p = OUT / name
    doc.save(p)
    return p


def to_pdf(docx_path: Path, pdf_name: str):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(docx_path)],
                       check=True, capture_output=True, timeout=180)
        produced = Path(td) / (docx_path.stem + ".pdf")
        shutil.move(str(produced), OUT / pdf_name)
    docx_path.unlink()


TITRE = [
    ("Présentation de la structure, du territoire et des acteurs", 7),
    ("Accompagnement à la contractualisation et au suivi d'un parcours d'insertion", 5.2),
    ("Accompagnement à l'élaboration et à la réalisation d'un projet professionnel", 5.2),
    ("Conception, préparation et animation d'un atelier thématique", 7),
    ("Action de prospection auprès des employeurs du territoire", 5),
    ("Appui technique aux employeurs en matière de recrutement", 4.2),
    ("Intégration et maintien d'un salarié dans son environnement professionnel", 2.2),
]
CCP2 = TITRE[1:4]
CCP2 = [(CCP2[0][0], 5.2), (CCP2[1][0], 5.2), (CCP2[2][0], 7)]
CCP3 = [(TITRE[4][0], 6), (TITRE[5][0], 4.2), (TITRE[6][0], 2.2)]

ITW3_TABLE = [["Date", "Modalité", "Objet", "Durée"],
              ["14/01", "Présentiel, bureau du PLIE", "Diagnostic et freins", "1 h"],
              ["28/01", "Téléphone", "Point sur les démarches mobilité", "40 min"],
              ["11/02", "Présentiel", "Signature du contrat d'engagement, étapes", "1 h"]]


def itw_story3(name="Mme T."):
    return [
        f"Je reçois {name} une première fois le 6 février, dans le bureau partagé de l'association ; elle vient seule, avec un dossier de candidature incomplet. Nous faisons le point sur sa situation, son parcours et ses attentes.",
        f"Quinze jours plus tard, le 20 février, nous nous revoyons pour travailler sur ses freins : la garde de son fils et le permis. {name} a déjà appelé la crèche, ce qui me montre son engagement.",
        f"Notre troisième entretien a lieu le 6 mars, en visio car elle est malade ; nous relisons ensemble le plan d'action et fixons les prochaines étapes.",
    ]


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)

    # 01 Bordeaux — cip-titre, compliant. Built-in headings, TOC field, theme font Arial,
    # header/footer, cover hours 392, intro says two periods of 196 h.
    rng = random.Random(1)
    d = base_doc(theme_arial=True)
    cover(d, ["Dossier professionnel — Titre professionnel Conseiller en insertion professionnelle",
              "Candidate : Inès Larrieu", "Session de décembre 2026 — Bordeaux (Gironde)",
              "Structure d'accueil : PLIE des Hauts de Garonne, Cenon",
              "Période(s) en entreprise : 392 heures"], toc_field=True)
    footer_page(d, "Inès Larrieu — CIP — PLIE des Hauts de Garonne")
    d.add_heading("Introduction", 1)
    paras(d, ["Ce dossier retrace mes deux périodes en entreprise au PLIE des Hauts de Garonne, de 196 heures chacune, la première à l'automne et la seconde en janvier. "
              + " ".join(rng.sample(SENT, 4))])
    for i, (t, pg) in enumerate(TITRE):
        subs = ["Le contexte", "Ce que j'ai fait", "Mon analyse"]
        ins = None
        if i == 1:
            ins = lambda doc: (doc.add_paragraph("J'ai accompagné M. R., 34 ans, pendant toute ma période. Nos entretiens :"), table(doc, ITW3_TABLE))
        if i == 2:
            ins = lambda doc: paras(doc, itw_story3("Mme D."))
        if i == 0:
            ins = lambda doc: (doc.add_picture(png_bytes(), width=Cm(8)), doc.add_paragraph("Figure 1 : carte des partenaires de la rive droite"))
        part(d, rng, t, pg, subs=subs, insert=ins)
    annex_section(d)
    d.add_paragraph("Annexe 1 : attestations de stage")
    table(d, [["Attestation de période en entreprise", "", ""], ["Période", "Dates", "Heures"],
              ["Période 1", "06/10 au 14/11", "196"], ["Période 2", "05/01 au 13/02", "196"], ["Total", "", "392"]],
          merge_first_header=True)
    save(d, "b20-01-bordeaux-titre.docx")

    # 02 Nantes — cip-titre, FAIL hours: 357 h stated plainly (cover and annex table with total)
    rng = random.Random(2)
    d = base_doc()
    cover(d, ["Titre professionnel CIP — dossier écrit", "Yann Le Goff", "Session février 2027 — Nantes",
              "Mission Locale Nantes Métropole, antenne de Rezé"],
          sommaire=[(f"{i+1}. {t}", 3 + i * 5) for i, (t, _) in enumerate(TITRE)] + [("Annexes", 41)])
    footer_page(d, "Y. Le Goff — dossier CIP")
    d.add_heading("Avant-propos", 1)
    paras(d, ["Mon stage s'est déroulé à la Mission Locale de Rezé en deux temps. J'ai effectué 357 heures de stage au total, la structure ayant fermé pendant les fêtes. "
              + " ".join(rng.sample(SENT, 4))])
    for i, (t, pg) in enumerate(TITRE):
        ins = None
        if i == 1:
            ins = lambda doc: paras(doc, ["Premier entretien – 8 novembre : accueil de Killian, 19 ans, sans diplôme, qui souhaite travailler dans la logistique.",
                                          "Deuxième entretien – 22 novembre : nous signons le contrat d'engagement et fixons trois objectifs.",
                                          "Troisième entretien – 6 décembre : bilan des démarches et préparation d'une PMSMP."])
        if i == 2:
            ins = lambda doc: paras(doc, ["Suivi de Mme L. (projet : préparatrice de commandes) — RDV 1 : 03/02, au bureau, exploration des métiers ; RDV 2 : 17/02, retour sur son enquête métier ; RDV 3 : 03/03, en visio, choix de la formation CACES."])
        part(d, rng, f"{i+1}. {t}", pg, subs=[f"{i+1}.1 Contexte", f"{i+1}.2 Réalisation", f"{i+1}.3 Analyse"], insert=ins)
    annex_section(d)
    table(d, [["Structure", "Dates", "Heures"], ["Mission Locale de Rezé", "03/11 au 19/12", "210"],
              ["Mission Locale de Rezé", "05/01 au 02/02", "147"], ["Total", "", "357"]])
    save(d, "b20-02-nantes-titre.docx")

    # 03 Papeete — cip-titre VAE, compliant with --route vae. Plain bold headings typed by hand, PDF.
    rng = random.Random(3)
    d = base_doc()
    cover(d, ["DOSSIER DE VALIDATION DES ACQUIS DE L'EXPÉRIENCE", "Titre professionnel Conseiller en insertion professionnelle",
              "Teva Tehei", "Service de l'emploi, de la formation et de l'insertion professionnelles (SEFI), Papeete — Polynésie française",
              "Parcours : VAE — huit ans d'expérience de conseiller"], title_style=False)
    footer_page(d, "Teva Tehei — VAE CIP")
    for i, (t, pg) in enumerate(TITRE):
        ins = None
        if i == 1:
            ins = lambda doc: paras(doc, ["J'ai reçu Hinano le 3 mars pour un premier entretien d'accueil au SEFI.",
                                          "Le 17 mars, deuxième entretien : nous avons établi ensemble son contrat d'accompagnement.",
                                          "Le 31 mars, troisième entretien à Faa'a, près de chez elle, pour faire le point sur sa formation."])
        if i == 2:
            ins = lambda doc: paras(doc, itw_story3("Moana"))
        part(d, rng, f"{['I','II','III','IV','V','VI','VII'][i]} – {t.upper()}", pg, style=False, subs=["Situation", "Analyse"], insert=ins)
    annex_section(d, "Annexes")
    d.add_paragraph("Annexe 1 : organigramme du SEFI")
    d.add_picture(png_bytes(), width=Cm(10))
    p = save(d, "b20-03-papeete-titre-vae.docx")
    to_pdf(p, "b20-03-papeete-titre-vae.pdf")

    # 04 Rennes — cip-titre, FAIL interviews: part 2 tells two, third « prévu la semaine prochaine »
    rng = random.Random(4)
    d = base_doc()
    cover(d, ["Dossier professionnel CIP", "Gwenaëlle Morvan", "AFPA Rennes — session 2027",
              "Stage : CCAS de Rennes, pôle insertion", "Période en entreprise : 399 heures (57 jours)"], toc_field=True)
    footer_page(d, "G. Morvan — CCAS Rennes")
    for i, (t, pg) in enumerate(TITRE):
        ins = None
        short = ["La structure et son territoire", "Contractualiser et suivre un parcours", "Le projet professionnel de Mme K.",
                 "Mon atelier « CV et réseaux »", "Prospection", "Appui au recrutement", "Intégration dans l'emploi"][i]
        if i == 1:
            ins = lambda doc: paras(doc, [
                "J'ai reçu Mme K. pour la première fois le 9 janvier, à l'accueil du CCAS. Elle était venue sur le conseil de son assistante sociale.",
                "Nous nous sommes revues le 23 janvier pour formaliser le contrat d'engagement réciproque et fixer les objectifs.",
                "Un troisième entretien est prévu la semaine prochaine, après la fin de ma période de stage ; ma tutrice le mènera et me tiendra informée.",
                "Je n'ai donc tenu que deux entretiens avec Mme K. pendant mon stage."])
        if i == 2:
            ins = lambda doc: table(doc, [["Date", "Modalité", "Objet", "Statut"], ["12/01", "Présentiel", "Exploration des métiers du soin", "réalisé"],
                                          ["26/01", "Visio", "Retour d'enquête métier", "réalisé"], ["09/02", "Présentiel", "Choix de la formation ASH", "réalisé"]])
        part(d, rng, short, pg, subs=["Ce qui s'est passé", "Ce que j'en retiens"], insert=ins)
    annex_section(d)
    d.add_paragraph("Annexe : attestation de stage — 57 jours, 399 heures")
    save(d, "b20-04-rennes-titre.docx")

    # 05 Vénissieux — ccp1 compliant; pasted e-mail, hours in a sentence
    rng = random.Random(5)
    d = base_doc()
    cover(d, ["CCP 1 — Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
              "Production écrite", "Samia Benali", "CCAS de Vénissieux (Rhône)", "Période en entreprise : 84 heures"])
    footer_page(d, "S. Benali — CCP1")
    d.add_heading("Mon stage au CCAS de Vénissieux", 1).paragraph_format.page_break_before = False
    paras(d, ["Mon stage au CCAS s'est déroulé du 3 au 18 mars : j'y ai effectué 84 heures, soit douze journées de sept heures."])
    paras(d, prose(rng, 10))
    d.add_heading("Un courriel reçu d'un partenaire", 2)
    for ln in ["De : accueil@pole-social-exemple.fr", "Envoyé : mardi 11 mars 2027 09:12", "À : stagiaire CCAS",
               "Objet : RE: orientation de Mme S.", "Bonjour, nous pouvons recevoir Mme S. jeudi à 14 h. Cordialement."]:
        d.add_paragraph(ln)
    paras(d, prose(rng, 23))
    annex_section(d)
    d.add_paragraph("Annexe : fiche d'accueil anonymisée")
    save(d, "b20-05-venissieux-ccp1.docx")

    # 06 Albi — ccp1, FAIL line spacing 1.5 everywhere (a layout reason)
    rng = random.Random(6)
    d = base_doc(spacing=1.5)
    cover(d, ["CCP Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
              "Laurent Cabrol", "Maison de l'emploi de l'Albigeois — Albi (Tarn)", "Période(s) en entreprise : 105 heures"])
    footer_page(d, "L. Cabrol — CCP1")
    paras(d, prose(rng, 28))
    save(d, "b20-06-albi-ccp1.docx")

    # 07 Chartres — ccp2 compliant. Typed sommaire with page numbers, interviews only as a table,
    # hours only in annex attestations (105 + 84, total 189)
    rng = random.Random(7)
    d = base_doc()
    cover(d, ["CCP 2 — Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
              "Dossier — Élodie Fournier", "Centre de formation de Chartres (Eure-et-Loir)",
              "Stage : association Relais Emploi Beauce, Chartres"],
          sommaire=[("Partie 1 – Contractualisation et suivi du parcours", 3), ("Partie 2 – Projet professionnel", 9),
                    ("Partie 3 – Atelier thématique", 15), ("Annexes", 22)])
    footer_page(d, "É. Fournier — CCP2 — Relais Emploi Beauce")
    ins1 = lambda doc: (doc.add_paragraph("Suivi de M. A. :"), table(doc, ITW3_TABLE))
    for i, (t, pg) in enumerate(CCP2):
        ins2 = lambda doc: paras(doc, ["Entretien de diagnostic — 5 mars : Mme G. expose son souhait de devenir assistante de vie.",
                                       "Entretien d'exploration — 12 mars : nous étudions les fiches métiers et les formations.",
                                       "Bilan intermédiaire — 19 mars : elle a rencontré deux professionnelles et confirme son projet."])
        part(d, rng, t, pg, subs=["Situation", "Ma démarche", "Bilan"], insert={0: ins1, 1: ins2}.get(i))
    annex_section(d)
    d.add_paragraph("Annexe 1 : attestations de période en entreprise")
    table(d, [["Période", "Dates", "Heures effectuées"], ["Relais Emploi Beauce", "02/03 au 20/03", "105"],
              ["Relais Emploi Beauce", "13/04 au 24/04", "84"], ["Total", "", "189"]])
    save(d, "b20-07-chartres-ccp2.docx")

    # 08 Valenciennes — ccp2, FAIL hours: 161 h stated plainly; PDF
    rng = random.Random(8)
    d = base_doc()
    cover(d, ["Dossier CCP Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
              "Kevin Dufour", "PLIE du Valenciennois — Valenciennes (Nord)"])
    footer_page(d, "K. Dufour — CCP2")
    d.add_heading("Introduction", 1)
    paras(d, ["Le stage, réalisé au PLIE du Valenciennois, a duré 161 heures, du 2 février au 6 mars. " + " ".join(rng.sample(SENT, 3))])
    ins1 = lambda doc: paras(doc, ["Entretien 1 — 4 février : accueil de Mme P. et diagnostic.",
                                   "Entretien 2 — 18 février : contrat d'engagement et plan d'action.",
                                   "Entretien 3 — 3 mars : point d'étape sur la formation d'agent de propreté."])
    for i, (t, pg) in enumerate(CCP2):
        ins2 = lambda doc: paras(doc, ["J'ai reçu M. H. à deux reprises, le 9 et le 16 février, pour explorer son projet de conducteur de bus ; nous nous sommes vus une dernière fois le 2 mars pour préparer son entrée en formation."])
        part(d, rng, t, pg, subs=["Contexte", "Analyse"], insert={0: ins1, 1: ins2}.get(i))
    p = save(d, "b20-08-valenciennes-ccp2.docx")
    to_pdf(p, "b20-08-valenciennes-ccp2.pdf")

    # 09 Guéret — ccp2 compliant; interviews only as a story; pasted SMS with a phone number;
    # full name in a table; hours as weeks x hours
    rng = random.Random(9)
    d = base_doc()
    cover(d, ["CCP 2 Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
              "Nadia Coutaud", "Mission Locale de la Creuse — Guéret", "Période en entreprise : 5 semaines de 35 heures, soit 175 heures"])
    footer_page(d, "N. Coutaud — CCP2")
    ins1 = lambda doc: (paras(doc, itw_story3("Mme T.")),
                        doc.add_paragraph("SMS reçu le 19 février : « Bjr c Tiffany, je serai en retard demain, mon num a changé : 06 12 34 56 78 »"))
    ins2 = lambda doc: (table(doc, [["Personne", "Projet", "Étape"], ["Tiffany Marchand", "Aide à domicile", "Immersion en EHPAD"]]),
                        table(doc, [["Entretien", "Date", "Contenu"], ["1", "10/02", "Exploration du métier d'aide à domicile"],
                                    ["2", "24/02", "Retour d'immersion en EHPAD"], ["3", "10/03", "Plan de formation et financement"]]))
    for i, (t, pg) in enumerate(CCP2):
        part(d, rng, t, pg, subs=["Ce que j'ai observé", "Ce que j'ai fait", "Mon regard"],
             insert={0: ins1, 1: ins2}.get(i))
    annex_section(d)
    d.add_paragraph("Annexe : attestation de stage")
    save(d, "b20-09-guéret ccp2 (Coutaud).docx")

    # 10 Saint-Lô — ccp3 compliant; hours in a table with merged header; image
    rng = random.Random(10)
    d = base_doc()
    cover(d, ["CCP 3 — Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle",
              "Dossier projet — Mathieu Lecoq", "GEIQ Manche BTP — Saint-Lô"])
    footer_page(d, "M. Lecoq — CCP3")
    d.add_heading("Mes périodes en entreprise", 1).paragraph_format.page_break_before = False
    table(d, [["Périodes en entreprise", "", ""], ["Structure", "Dates", "Heures"], ["GEIQ Manche BTP", "09/03 au 27/03", "105"],
              ["GEIQ Manche BTP", "20/04 au 30/04", "56"], ["Total", "", "161"]], merge_first_header=True)
    for i, (t, pg) in enumerate(CCP3):
        ins = (lambda doc: (doc.add_picture(png_bytes(color=(160, 60, 40)), width=Cm(7)), doc.add_paragraph("Fichier des entreprises prospectées"))) if i == 0 else None
        part(d, rng, t, pg, subs=["Démarche", "Résultats", "Analyse"], insert=ins)
    annex_section(d)
    d.add_paragraph("Annexe : fiche de poste coffreur-bancheur")
    save(d, "b20-10-saint-lo-ccp3.docx")

    # 11 Montauban — ccp3, FAIL hours: 19 jours soit 133 heures
    rng = random.Random(11)
    d = base_doc()
    cover(d, ["Dossier projet CCP Mettre en œuvre une offre de services auprès des employeurs",
              "Julie Vidal", "France Travail Montauban (Tarn-et-Garonne)"])
    footer_page(d, "J. Vidal — CCP3")
    d.add_heading("Introduction", 1)
    paras(d, ["Au total, j'ai effectué 19 jours de stage à l'agence de Montauban, soit 133 heures. " + " ".join(rng.sample(SENT, 3))])
    for i, (t, pg) in enumerate(CCP3):
        part(d, rng, t, pg, subs=["Démarche", "Analyse"])
    save(d, "b20-11-montauban-ccp3.docx")

    # 12 Auxerre — ops-memoire compliant, all seven contents, 30 jours
    rng = random.Random(12)
    d = base_doc()
    cover(d, ["Mémoire de la période de mise en application professionnelle",
              "Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle — OPS Conseil",
              "Romain Petitjean", "Chantier d'insertion Les Jardins de l'Yonne — Auxerre",
              "Durée de la période : 30 jours"], toc_field=True)
    footer_page(d, "R. Petitjean — mémoire OPS")
    OPS = [("Présentation de la structure, de son implantation locale et des publics accompagnés",
            ["Les Jardins de l'Yonne sont un atelier chantier d'insertion implanté à Auxerre depuis 2004 ; il accueille vingt-quatre salariés en parcours, bénéficiaires du RSA, jeunes sans qualification et personnes reconnues travailleurs handicapés."]),
           ("Cartographie du réseau des partenaires",
            ["La cartographie ci-dessous présente le réseau des partenaires de la structure : France Travail, Mission Locale, SPIP, Conseil départemental, CCAS, entreprises du maraîchage et de la grande distribution."]),
           ("Monographie : le parcours de M. B.",
            ["M. B., 46 ans, est arrivé au chantier après dix ans sans emploi. Je retrace ici son parcours et l'analyse d'un point de vue professionnel : ses freins, ses ressources et les étapes franchies."]),
           ("Présentation de l'action",
            ["L'action « Cap vers l'emploi » a pour objectifs de préparer huit salariés à la sortie du chantier ; d'une durée de six semaines, elle est organisée en quatre ateliers collectifs et deux entretiens individuels par personne."]),
           ("L'outil que j'ai créé",
            ["J'ai créé une grille d'auto-positionnement illustrée, un outil mis en œuvre lors du premier atelier, qui permet à chacun d'évaluer ses savoir-être."]),
           ("Ajustements",
            ["Face aux difficultés rencontrées avec deux participants en situation d'illettrisme, j'ai ajusté l'action : consignes orales, pictogrammes, binômes."]),
           ("Analyse de l'action",
            ["Les forces de l'action sont la dynamique de groupe et l'implication de l'encadrant technique ; ses faiblesses tiennent au calendrier serré. Je propose comme ajustement d'étaler l'action sur huit semaines."])]
    for i, (t, extra) in enumerate(OPS):
        ins = (lambda doc: table(doc, [["Partenaire", "Rôle", "Fréquence des échanges"], ["France Travail", "Prescription", "Mensuelle"],
                                       ["SPIP", "Suivi judiciaire", "Ponctuelle"], ["CCAS", "Aides sociales", "Hebdomadaire"]])) if i == 1 else None
        part(d, rng, t, 2, extra=extra, insert=ins)
    annex_section(d)
    d.add_paragraph("Annexe : attestation — période de mise en application de 30 jours, du 2 mars au 10 avril 2027")
    save(d, "b20-12-auxerre-ops.docx")

    # 13 Digne — ops-memoire, FAIL: no monographie (no person's parcours told at all)
    rng = random.Random(13)
    d = base_doc()
    cover(d, ["Mémoire de mise en application professionnelle — OPS Conseil",
              "Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle",
              "Clémence Arnaud", "Espace emploi de Digne-les-Bains (Alpes-de-Haute-Provence)", "Stage de 29 jours"])
    footer_page(d, "C. Arnaud — mémoire OPS")
    OPS13 = [o for o in OPS if not o[0].startswith("Monographie")]
    OPS13[0] = ("Présentation de la structure, de son implantation locale et des publics accompagnés",
                ["L'Espace emploi de Digne est une association implantée dans le centre-ville depuis 1998 ; elle accompagne des demandeurs d'emploi de longue durée, des jeunes et des seniors du bassin dignois."])
    SENT_BAK = list(SENT)
    SENT[:] = [s for s in SENT if "la personne" not in s and "M. " not in s and "Mme" not in s]
    for i, (t, extra) in enumerate(OPS13):
        part(d, rng, t, 2, extra=extra)
    SENT[:] = SENT_BAK
    annex_section(d)
    d.add_paragraph("Annexe : attestation de stage — 29 jours")
    save(d, "b20-13-digne-ops.docx")

    # 14 Mont-de-Marsan — ops-memoire compliant, PDF, days in a sentence
    rng = random.Random(14)
    d = base_doc()
    cover(d, ["Mémoire — période de mise en application professionnelle (OPS Conseil)",
              "Chargée d'accompagnement collectif et individuel en insertion socio-professionnelle",
              "Amaia Etcheverry", "Régie de territoire des Landes — Mont-de-Marsan"])
    footer_page(d, "A. Etcheverry — mémoire OPS")
    d.add_heading("Introduction", 1)
    paras(d, ["Ma période de mise en application professionnelle a duré 31 jours, du 1er février au 15 mars, à la régie de territoire de Mont-de-Marsan."])
    for i, (t, extra) in enumerate(OPS):
        ex = [e.replace("Les Jardins de l'Yonne sont un atelier chantier d'insertion implanté à Auxerre depuis 2004",
                        "La régie de territoire est implantée à Mont-de-Marsan depuis 2009") for e in extra]
        part(d, rng, t, 2, extra=ex)
    p = save(d, "b20-14-montdemarsan-ops.docx")
    to_pdf(p, "b20-14-montdemarsan-ops.pdf")


if __name__ == "__main__":
    build()
    for f in sorted(OUT.iterdir()):
        print(f.name)
