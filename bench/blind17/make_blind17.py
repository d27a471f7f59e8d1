"""blind17: writes dossiers to bench/blind17/dossiers/ (python-docx; some PDFs via soffice)."""
import subprocess, sys
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).parent / "dossiers"
OUT.mkdir(exist_ok=True)

TITRE = ["Présentation de la structure, du territoire et des acteurs",
         "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
         "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
         "Conception, préparation et animation d'un atelier thématique",
         "Action de prospection auprès des employeurs du territoire",
         "Appui technique aux employeurs en matière de recrutement",
         "Intégration et maintien d'un salarié dans son environnement professionnel"]
TITRE_PAGES = [7, 5, 5, 7, 5, 4, 3]           # 36
CCP2 = TITRE[1:4]; CCP2_PAGES = [6, 6, 7]     # 19
CCP3 = TITRE[4:7]; CCP3_PAGES = [6, 4, 3]     # 13

def filler(place, topic, n):
    base = (f"Dans mon travail à {place}, la question de {topic} revient chaque semaine. "
            "J'ai observé la pratique de ma tutrice, puis j'ai conduit moi-même les actions, en lien avec "
            "l'équipe et les partenaires du territoire. J'ai rédigé les comptes rendus dans le logiciel de "
            "suivi, j'ai vérifié les objectifs fixés avec la personne et j'ai noté ce qui restait à ajuster. "
            "Avec le recul, je mesure ce que cette situation m'a appris sur ma posture de conseillère : "
            "écouter sans juger, reformuler, laisser la personne décider, et rendre compte à l'équipe. ")
    return [base * 2 for _ in range(n)]

def pagebreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def add_toc(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = 'TOC \\o "1-3" \\h \\z \\u'
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "Cliquez droit pour mettre à jour le sommaire."
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3): r._r.append(e)

def add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.text = "PAGE"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f3): r._r.append(e)

def new_doc(font="Arial", size=11, spacing=1.15, theme=False):
    doc = Document()
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(2.5))
    for name in ("Normal", "Heading 1", "Heading 2", "Title", "List Number", "Table Grid"):
        try:
            st = doc.styles[name]
        except KeyError:
            continue
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if theme and rf is not None:
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                if rf.get(qn(a)): del rf.attrib[qn(a)]
            rf.set(qn("w:asciiTheme"), "minorHAnsi"); rf.set(qn("w:hAnsiTheme"), "minorHAnsi")
        elif rf is not None:
            rf.set(qn("w:eastAsia"), font)
        if name != "Title":
            st.font.size = Pt(size if name in ("Normal", "List Number", "Table Grid") else 14)
        st.paragraph_format.line_spacing = spacing
    if theme:  # minor font = Arial via theme
        tpart = [p for p in doc.part.package.parts if p.partname.endswith("theme1.xml")]
        for tp in tpart:
            xml = tp.blob.decode("utf8").replace('<a:minorFont><a:latin typeface="Calibri"', '<a:minorFont><a:latin typeface="Arial"')
            xml = xml.replace('<a:majorFont><a:latin typeface="Calibri Light"', '<a:majorFont><a:latin typeface="Arial"')
            xml = xml.replace('<a:majorFont><a:latin typeface="Calibri"', '<a:majorFont><a:latin typeface="Arial"')
            tp._blob = xml.encode("utf8")
    return doc

def cover(doc, name, cert, session, hours_line, structure, toc=False, footer=True):
    doc.add_paragraph(cert, style="Title")
    doc.add_paragraph("Titre professionnel Conseiller en insertion professionnelle (TP-00403)")
    doc.add_paragraph(f"Candidat·e : {name}")
    doc.add_paragraph(f"Session : {session}")
    doc.add_paragraph(f"Structure d'accueil : {structure}")
    if hours_line: doc.add_paragraph(hours_line)
    pagebreak(doc)
    if toc:
        doc.add_paragraph("Sommaire")
        add_toc(doc)
        pagebreak(doc)
    if footer:
        s = doc.sections[0]
        s.header.paragraphs[0].text = f"{cert} — {name}"
        add_page_field(s.footer.paragraphs[0])

def heading(doc, text, n, styled, numbered):
    t = f"{n}. {text}" if numbered else text
    if styled:
        doc.add_heading(t, level=1)
    else:
        p = doc.add_paragraph(); r = p.add_run(f"Partie {n} – {text}"); r.bold = True

def parts(doc, titles, pages, place, styled=True, numbered=False, inserts=None, section_break_at=None):
    inserts = inserts or {}
    for i, (t, n) in enumerate(zip(titles, pages), 1):
        if section_break_at == i:
            doc.add_section(WD_SECTION.NEW_PAGE)
        heading(doc, t, i, styled, numbered)
        ins = inserts.get(i)
        for pg in range(n):
            if pg == 0 and ins:
                ins(doc)
                for para in filler(place, t.lower(), 1): doc.add_paragraph(para[:700])
            else:
                for para in filler(place, t.lower(), 3): doc.add_paragraph(para)
            if not (i == len(titles) and pg == n - 1):
                pagebreak(doc)

def annexes(doc, rows=None):
    pagebreak(doc)
    doc.add_heading("Annexes", level=1)
    doc.add_paragraph("Annexe 1 – Attestation de stage signée par la structure d'accueil.")
    if rows:
        tab = doc.add_table(rows=1, cols=len(rows[0]), style="Table Grid")
        for c, v in zip(tab.rows[0].cells, rows[0]): c.text = v
        for r in rows[1:]:
            cells = tab.add_row().cells
            for c, v in zip(cells, r): c.text = v

def paras(*texts):
    def f(doc):
        for t in texts:
            if t.startswith("#"):
                doc.add_paragraph(t[1:], style="List Number")
            else:
                doc.add_paragraph(t)
    return f

def table(header, rows, merge_first=False, before=()):
    def f(doc):
        for t in before: doc.add_paragraph(t)
        tab = doc.add_table(rows=1, cols=len(header), style="Table Grid")
        for c, v in zip(tab.rows[0].cells, header): c.text = v
        for r in rows:
            cells = tab.add_row().cells
            for c, v in zip(cells, r): c.text = v
        if merge_first and len(tab.rows) > 2:
            a = tab.cell(1, 0).merge(tab.cell(2, 0))
    return f

INTERVIEWS3 = paras(
    "J'ai accompagné Mme K. (anonymisée) sur trois entretiens, que je décris ici.",
    "#Premier entretien (4 mars) : accueil, diagnostic partagé de sa situation, repérage des freins (mobilité, garde d'enfants).",
    "#Deuxième entretien (18 mars) : signature du contrat d'engagement, objectifs fixés ensemble, plan d'action.",
    "#Troisième entretien (2 avril) : point d'étape sur les démarches, ajustement du plan d'action et orientation vers une PMSMP.",
)

def save(doc, name, pdf=False):
    p = OUT / name
    doc.save(p)
    if pdf:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(p)],
                       check=True, capture_output=True, timeout=180)
        p.unlink()

def build():
    # 01 titre, Vendée, compliant: heading styles + TOC field, weeks x hours
    d = new_doc(); cover(d, "Solène Guérin", "Dossier professionnel – Titre CIP", "juin 2027",
        "Période(s) en entreprise : 11 semaines à 35 h, soit 385 heures", "Mission Locale du Pays Yonnais (La Roche-sur-Yon)", toc=True)
    parts(d, TITRE, TITRE_PAGES, "la Mission Locale de La Roche-sur-Yon", inserts={2: INTERVIEWS3})
    annexes(d); save(d, "01 Guérin Solène titre VENDEE.docx")
    # 02 titre, Besançon, FAIL hours 364 (two periods + timesheet with Total)
    d = new_doc(); cover(d, "Marc-Antoine Villard", "Dossier professionnel – Titre CIP", "juin 2027", None,
        "Agence France Travail Besançon Planoise", toc=False)
    parts(d, TITRE, TITRE_PAGES, "l'agence de Besançon Planoise", numbered=True, inserts={
        1: table(["Période", "Structure", "Heures"], [["1re période (janv.-févr.)", "France Travail Planoise", "196"],
                 ["2e période (avril-mai)", "PLIE du Grand Besançon", "168"], ["Total", "", "364"]],
                 before=["Ma période en entreprise s'est faite en deux fois : 196 heures à l'agence puis 168 heures au PLIE, soit 364 heures au total."]),
        2: INTERVIEWS3})
    annexes(d); save(d, "02_villard_titre_v2 FINAL.docx", pdf=True)
    # 03 titre VAE, Poitiers, compliant (route vae), no hours
    d = new_doc(theme=True); cover(d, "Nadège Fournier", "Dossier professionnel – Titre CIP – VAE", "septembre 2027",
        None, "Cap emploi Vienne (Poitiers)", toc=True)
    parts(d, TITRE, TITRE_PAGES, "Cap emploi Vienne", inserts={2: INTERVIEWS3, 1: paras(
        "Je présente ce dossier par la voie de la validation des acquis de l'expérience : je suis chargée d'accompagnement depuis neuf ans.")})
    annexes(d); save(d, "03-fournier-VAE.docx")
    # 04 titre, Montpellier, FAIL layout: font size 12
    d = new_doc(size=12); cover(d, "Yasmina Belkacem", "Dossier professionnel – Titre CIP", "juin 2027",
        "Période(s) en entreprise : 392 heures", "PLIE de Montpellier Méditerranée Métropole", toc=True)
    parts(d, TITRE, [6, 5, 5, 6, 4, 4, 3], "le PLIE de Montpellier", inserts={2: INTERVIEWS3})
    annexes(d); save(d, "04 BELKACEM dossier taille12.docx")
    # 05 CCP2 Grenoble, compliant, interviews as recap table with merged cells, theme font
    d = new_doc(theme=True); cover(d, "Thibault Perrin", "Dossier projet – CCP 2 Accompagner", "mars 2027",
        "Période(s) en entreprise : cinq semaines de 35 heures (175 h)", "CCAS de Grenoble")
    parts(d, CCP2, CCP2_PAGES, "le CCAS de Grenoble", inserts={1: table(["Entretien", "Date", "Objet"],
        [["Entretien 1", "6 mai", "diagnostic partagé, freins, attentes"], ["Entretien 2", "20 mai", "contrat d'engagement, objectifs"],
         ["Entretien 3", "3 juin", "point d'étape, ajustement du plan d'action"]], merge_first=False,
        before=["J'ai accompagné M. D. sur trois entretiens, résumés dans le tableau récapitulatif ci-dessous."])})
    annexes(d); save(d, "05_Perrin_CCP2.docx")
    # 06 CCP2 Amiens, FAIL two interviews held, third only planned
    d = new_doc(); cover(d, "Élodie Caron", "Dossier projet – CCP 2 Accompagner", "mars 2027",
        "Période(s) en entreprise : 182 heures", "Association Tremplin Somme (Amiens)")
    parts(d, CCP2, CCP2_PAGES, "l'association Tremplin Somme", inserts={1: paras(
        "J'ai reçu Mme L. à deux reprises pendant mon stage.",
        "Lors du premier entretien, le 10 avril, nous avons fait le diagnostic de sa situation et repéré ses freins.",
        "Au deuxième entretien, le 24 avril, nous avons signé le contrat d'engagement et fixé deux objectifs.",
        "Un point d'étape était prévu le 15 mai mais Mme L. ne s'est pas présentée et mon stage s'est terminé avant qu'il puisse être reprogrammé.")})
    annexes(d); save(d, "06 caron élodie CCP2.docx", pdf=True)
    # 07 CCP2 Lorient, FAIL hours 161 (first person past)
    d = new_doc(); cover(d, "Gwenaëlle Le Goff", "Dossier projet – CCP 2 Accompagner", "mars 2027", None,
        "Mission Locale du Pays de Lorient")
    parts(d, CCP2, CCP2_PAGES, "la Mission Locale de Lorient", styled=False, inserts={1: paras(
        "Mon stage a été raccourci par un arrêt maladie : j'ai effectué 161 heures de stage à la Mission Locale, au lieu des 175 prévues.",
        "J'ai accompagné Kévin (prénom modifié) sur trois entretiens.",
        "#Entretien 1 : accueil et diagnostic partagé.", "#Entretien 2 : contrat d'engagement et objectifs.",
        "#Entretien 3 : point d'étape et ajustement du plan d'action.")})
    annexes(d); save(d, "07_LeGoff_CCP2 (copie).docx")
    # 08 CCP1 Metz, compliant, 70 h
    d = new_doc(); cover(d, "Arnaud Schmitt", "Production – CCP 1 Accueillir", "février 2027",
        "Période(s) en entreprise : deux semaines à 35 h, soit 70 heures", "Agence France Travail Metz Borny")
    parts(d, ["Ma production : accueil et analyse de la demande"], [7], "l'agence de Metz Borny")
    annexes(d); save(d, "08 schmitt CCP1.docx")
    # 09 CCP1 Pau, FAIL hours 63 (9 days at 7 h)
    d = new_doc(); cover(d, "Inès Lacoste", "Production – CCP 1 Accueillir", "février 2027", None,
        "Maison des solidarités départementale de Pau")
    parts(d, ["Ma production : accueil et analyse de la demande"], [7], "la MSD de Pau", inserts={1: paras(
        "Mon stage à la MSD a duré neuf jours, à raison de 7 heures par jour, soit 63 heures effectuées.")})
    annexes(d); save(d, "09-lacoste-ccp1.docx")
    # 10 CCP3 Reims, compliant, periods in two places
    d = new_doc(); cover(d, "Damien Lefèvre", "Dossier projet – CCP 3 Employeurs", "avril 2027",
        "Mes heures de stage : 70 au service emploi du Grand Reims et 70 à la CCI Marne", "Service emploi du Grand Reims")
    parts(d, CCP3, CCP3_PAGES, "le service emploi du Grand Reims", section_break_at=2)
    annexes(d); save(d, "10_lefevre_ccp3.docx", pdf=True)
    # 11 CCP3 Annecy, FAIL hours 105 (sick leave)
    d = new_doc(); cover(d, "Chloé Dupraz", "Dossier projet – CCP 3 Employeurs", "avril 2027", None,
        "PLIE du Genevois haut-savoyard (Annemasse/Annecy)")
    parts(d, CCP3, CCP3_PAGES, "le PLIE du Genevois", inserts={1: paras(
        "Mon stage était prévu sur quatre semaines, mais un arrêt maladie d'une semaine l'a réduit : au total, j'ai réalisé 105 heures en entreprise.")})
    annexes(d); save(d, "11 Dupraz CCP3 v1.docx")
    # 12 OPS Angers, compliant
    ops_titles = ["Présentation de la structure, de son implantation locale et des publics accompagnés",
                  "Cartographie du réseau des partenaires", "Monographie : le parcours de Mme R.",
                  "Présentation de l'action : objectifs, durée, organisation", "L'outil que j'ai créé",
                  "Ajustements en fonction des difficultés rencontrées", "Analyse de l'action : forces, faiblesses et propositions d'ajustement"]
    d = new_doc(); cover(d, "Samia Haddad", "Mémoire de mise en application professionnelle – OPS Conseil", "mai 2027",
        "Période de mise en application : 30 jours", "Centre social Jean Vilar (Angers)")
    parts(d, ops_titles, [2, 2, 2, 2, 1, 1, 2], "le centre social Jean Vilar")
    annexes(d); save(d, "12_haddad_OPS.docx")
    # 13 OPS Toulouse, FAIL cartographie absent
    d = new_doc(); cover(d, "Julien Carrère", "Mémoire de mise en application professionnelle – OPS Conseil", "mai 2027",
        "Période de mise en application : 29 jours", "Association de médiation sociale (Toulouse Mirail)")
    t13 = [t for t in ops_titles if "Cartographie" not in t]
    parts(d, t13, [2, 2, 2, 1, 1, 2], "l'association de médiation du Mirail")
    annexes(d); save(d, "13 carrere OPS sans carto.docx")
    # 14 OPS Dijon, compliant, weeks of 5 days
    d = new_doc(theme=True); cover(d, "Laure Bonnot", "Mémoire de mise en application professionnelle – OPS Conseil", "mai 2027",
        "Période de mise en application : 6 semaines de 5 jours (30 jours)", "Recyclerie d'insertion de Dijon (ACI)")
    parts(d, ops_titles, [2, 2, 2, 2, 1, 1, 2], "la recyclerie de Dijon", numbered=True)
    annexes(d); save(d, "14_bonnot_ops.docx", pdf=True)
    # 15 titre, Orléans, compliant: timesheet table with closure week, periods
    d = new_doc(); cover(d, "Kevin Marchand", "Dossier professionnel – Titre CIP", "juin 2027", None,
        "Mission Locale de l'Orléanais", toc=True)
    parts(d, TITRE, TITRE_PAGES, "la Mission Locale d'Orléans", inserts={
        1: table(["Structure", "Dates", "Heures"], [["Mission Locale de l'Orléanais", "du 6/01 au 14/03 (fermeture la semaine du 17/02)", "315"],
                 ["Maison de l'emploi de Fleury", "du 24/03 au 4/04", "70"], ["Total", "", "385"]],
                 before=["Tableau de mes heures en entreprise :"]), 2: INTERVIEWS3})
    annexes(d); save(d, "15_marchand_titre_final_OK.docx")

if __name__ == "__main__":
    build()
