#!/usr/bin/env python3
"""blind15: dossiers written the messy way real candidates write them.

python bench/blind15/make_blind15.py [outdir]   (default bench/blind15/dossiers)
PDFs are produced with `soffice --headless --convert-to pdf`.
"""
import itertools, os, subprocess, sys, shutil, tempfile
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "dossiers")
WPP = 520  # words per page, Arial 11 / 1.15 (calibrated with soffice)

# ---------------------------------------------------------------- helpers
def new_doc(spacing=1.15, font="Arial", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.line_spacing = spacing
    st.paragraph_format.space_after = Pt(6)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21)
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(2.5)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Page ")
        fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
        fp._p.append(fld)
    return d

def P(d, text, bold=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p

def H(d, text):            # heading typed by hand: a bold Normal paragraph
    p = P(d, text, bold=True)
    p.paragraph_format.space_before = Pt(12)
    return p

def brk(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = str(c)
    d.add_paragraph()
    return t

def fill(d, pool, pages, offset=0):
    """Flowing prose, about `pages` pages, from a pool of paragraphs."""
    target = int(pages * WPP); n = 0
    for i in itertools.count(offset):
        para = pool[i % len(pool)]
        P(d, para); n += len(para.split())
        if n >= target:
            break

def cover(d, lines, toc):
    for i, l in enumerate(lines):
        p = P(d, l, bold=(i < 2)); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    brk(d)
    P(d, "SOMMAIRE", bold=True)
    for l in toc:
        P(d, l)
    brk(d)

def landscape_annex(d, rows, title):
    s = d.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    H(d, title)
    table(d, rows)

def portrait_again(d):
    s = d.add_section()
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)

def tracked_change(p, ins_text, del_text):
    dl = OxmlElement("w:del"); dl.set(qn("w:id"), "9001"); dl.set(qn("w:author"), "Tutrice"); dl.set(qn("w:date"), "2026-03-02T10:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = del_text; r.append(t); dl.append(r)
    p._p.append(dl)
    ins = OxmlElement("w:ins"); ins.set(qn("w:id"), "9002"); ins.set(qn("w:author"), "Tutrice"); ins.set(qn("w:date"), "2026-03-02T10:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = ins_text; r.append(t); ins.append(r)
    p._p.append(ins)

def save(d, name, pdf=False):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".docx")
    if not pdf:
        d.save(path); return path
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".docx"); d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)
    return os.path.join(OUT, name + ".pdf")

# ---------------------------------------------------------------- prose pools
STRUCT = [
    "La structure est implantée dans un territoire marqué par un chômage des jeunes nettement supérieur à la moyenne nationale, par un habitat dispersé et par des transports en commun rares. Les publics accueillis cumulent souvent plusieurs freins : absence de permis, faible qualification, difficultés de garde d'enfants, parfois maîtrise partielle du français écrit. L'équipe se compose d'une directrice, de quatre conseillers, d'une chargée de relations entreprises et d'une assistante administrative.",
    "Le financement de l'association repose sur une convention pluriannuelle avec l'État, sur le Fonds social européen et sur des subventions du Département et de la Région. Chaque année, un dialogue de gestion fixe les objectifs quantitatifs : nombre de personnes accompagnées, sorties dynamiques, sorties en emploi durable. Ces indicateurs pèsent sur l'organisation du travail et sur la manière dont les conseillers priorisent leurs suivis.",
    "Le réseau partenarial est dense : France Travail, le service social départemental, la Caisse d'allocations familiales, les organismes de formation, les structures de l'insertion par l'activité économique et plusieurs associations de quartier. J'ai réalisé une cartographie des acteurs du bassin d'emploi pour mieux comprendre qui fait quoi ; elle figure en annexe et m'a servi tout au long de mon stage pour orienter les personnes.",
    "Pour exercer une veille informationnelle, je me suis abonnée aux lettres d'information de la Dreets, du Carif-Oref et de l'observatoire régional de l'emploi. Chaque lundi, l'équipe partage en réunion les offres d'emploi, les nouvelles formations financées et les évolutions réglementaires. J'ai pris l'habitude de noter dans un tableau partagé les informations utiles, ce qui permet à chaque collègue d'y accéder rapidement.",
    "Le travail en équipe se traduit par des réunions hebdomadaires de synthèse où les situations complexes sont étudiées collectivement. J'y ai présenté deux situations, ce qui m'a appris à exposer de façon concise les éléments du diagnostic et à solliciter l'avis de collègues plus expérimentés sans me sentir jugée. Le partage d'informations se fait dans le respect du secret professionnel et du règlement général sur la protection des données.",
    "Le bassin d'emploi est dominé par les services, le commerce, le bâtiment et le tourisme saisonnier. Les secteurs en tension, selon l'enquête Besoins en main-d'œuvre, sont l'aide à domicile, la restauration, la logistique et les métiers du bâtiment. Cette réalité économique oriente fortement les projets professionnels des personnes accompagnées, parfois au détriment de leurs aspirations.",
]
ACC = [
    "Le diagnostic partagé a permis de repérer des atouts réels : une grande capacité d'adaptation, une expérience informelle dans le commerce familial et une bonne connaissance du territoire. Les freins identifiés concernaient la mobilité, la confiance en soi et une situation administrative à régulariser. Nous avons formalisé ensemble ces éléments dans le contrat d'engagement, en hiérarchisant les priorités.",
    "Le contrat d'accompagnement fixe des objectifs précis et mesurables, des étapes et des échéances. J'ai veillé à ce que la personne reste actrice de son parcours : c'est elle qui a choisi l'ordre des démarches, et nous avons convenu de faire le point régulièrement sur l'avancement. La contractualisation a été pour moi un moment important, car elle engage les deux parties.",
    "Les étapes réalisées comprennent l'ouverture des droits, l'inscription à un atelier de remobilisation et une première démarche auprès d'un employeur. Les étapes envisagées portent sur l'entrée en formation qualifiante et la préparation du permis de conduire, avec un financement à rechercher auprès des partenaires. J'ai mobilisé plusieurs acteurs : l'assistante sociale du secteur, l'auto-école sociale et le référent handicap.",
    "Avec le recul, j'analyse ma pratique en distinguant les faits et les émotions. J'ai parfois voulu aller trop vite, par souci d'efficacité, et j'ai dû apprendre à respecter le rythme de la personne. Mes points forts sont l'écoute et la reformulation ; mes axes d'amélioration concernent la gestion du temps en entretien et la rédaction plus synthétique des comptes rendus. J'ai ajusté ma posture en conséquence.",
    "Le bilan de l'accompagnement est globalement positif : la personne a gagné en autonomie, elle sait désormais utiliser son espace personnel en ligne et relancer seule un employeur. Le relais a été passé à la conseillère référente à la fin de mon stage, avec une synthèse écrite et un point tripartite pour assurer la continuité du parcours.",
    "Cette expérience m'a confrontée aux limites de mon intervention : certaines difficultés relèvent du soin ou du travail social, et il m'a fallu orienter vers les bons interlocuteurs plutôt que tenter de tout résoudre. J'ai appris à poser un cadre clair dès le premier échange et à expliquer la confidentialité et ses limites.",
]
PROJ = [
    "La méthodologie d'élaboration du projet professionnel s'est appuyée sur l'exploration des intérêts, des valeurs et des compétences transférables. Nous avons utilisé des fiches métiers du répertoire opérationnel des métiers, des vidéos de professionnels et des enquêtes métiers. La personne a rencontré deux professionnels du secteur visé, ce qui a confirmé son intérêt tout en lui donnant une image réaliste des conditions de travail.",
    "La confrontation du projet au marché du travail local a été une étape décisive. L'analyse des offres disponibles et des besoins des employeurs a montré que le métier d'agent de maintenance recrute, mais exige une habilitation électrique. Nous avons donc construit un plan d'action comprenant une période de mise en situation en milieu professionnel puis une formation courte financée.",
    "Les compétences mises en évidence lors de l'immersion ont été valorisées dans un CV par compétences et dans une lettre de motivation rédigée par la personne elle-même. J'ai accompagné la réalisation du projet en préparant avec elle les entretiens d'embauche par des simulations filmées, qu'elle a analysées avec beaucoup de lucidité.",
    "Plusieurs acteurs ont été mobilisés pour la réalisation du projet : l'organisme de formation, l'entreprise d'accueil de l'immersion, le conseiller France Travail et la plateforme mobilité. La coordination a demandé des échanges réguliers, et j'ai appris à tenir un tableau de suivi des démarches pour ne rien oublier.",
    "En analysant ma pratique, je constate que j'ai eu tendance à proposer des pistes plutôt qu'à laisser la personne les formuler. J'ai progressivement adopté une posture plus en retrait, fondée sur le questionnement. Ce changement a produit des effets visibles : la personne a pris davantage d'initiatives et a exprimé plus clairement ses choix.",
]
ATEL = [
    "L'atelier répond à une demande de la structure : les jeunes accompagnés maîtrisent mal les codes de l'entretien d'embauche et se découragent après les premiers refus. J'ai rédigé une fiche de conception précisant le public visé, les objectifs pédagogiques, la durée, le nombre de séances, les méthodes et les modalités d'évaluation.",
    "La progression pédagogique suit trois temps : découvrir les attentes d'un recruteur, se présenter en valorisant ses compétences, s'entraîner en situation. Les méthodes retenues sont actives : photolangage pour briser la glace, jeux de rôle en binôme, retour collectif bienveillant. Les activités alternent travail individuel, en petits groupes et en grand groupe.",
    "La préparation matérielle a demandé la réservation de la salle, l'impression des supports, l'invitation des participants par courrier et par message, et une répétition avec ma tutrice. J'ai prévu des adaptations pour une participante malentendante et pour deux personnes peu à l'aise avec l'écrit.",
    "Le jour de l'animation, huit participants étaient présents. J'ai rappelé les règles de fonctionnement du groupe, présenté le déroulé, puis lancé le photolangage. La dynamique s'est installée rapidement. Lors des jeux de rôle, j'ai dû gérer un participant qui monopolisait la parole, en redistribuant les rôles avec tact.",
    "L'évaluation de l'atelier s'est faite à chaud par un questionnaire de satisfaction et à froid, un mois plus tard, par un échange téléphonique avec chaque participant. Le bilan montre une bonne satisfaction et une meilleure aisance à l'oral. Avec le recul, j'ajusterais la durée des jeux de rôle et je prévoirais un support écrit plus visuel.",
]
PROS = [
    "Le projet de prospection est né d'un constat : peu d'employeurs du secteur de la logistique connaissaient l'offre de services de la structure. J'ai conduit la démarche en mode projet : diagnostic du territoire, ciblage des entreprises, élaboration d'un argumentaire, plan d'action, calendrier et indicateurs de suivi.",
    "Pour cibler les entreprises, j'ai croisé les données de l'Insee, les offres publiées et la base de données de la structure. J'ai retenu vingt entreprises de moins de cinquante salariés. Les outils de prospection créés sont un fichier de suivi des contacts, un argumentaire téléphonique, une plaquette de présentation et un courriel type.",
    "La démarche s'inscrit dans une logique de développement durable et inclusive : favoriser le recrutement de personnes éloignées de l'emploi, sensibiliser les employeurs à la diversité et à l'égalité professionnelle, limiter les déplacements en privilégiant les entreprises accessibles en transport en commun.",
    "Le bilan de la prospection est encourageant : douze entreprises contactées ont accepté un rendez-vous, cinq ont transmis des offres, deux ont accueilli une personne en immersion. Les difficultés rencontrées tiennent surtout à la disponibilité des dirigeants. J'ai ajusté mon argumentaire en mettant davantage en avant les aides à l'embauche et l'accompagnement dans l'emploi.",
]
APPUI = [
    "L'appui technique au recrutement a porté sur une entreprise de nettoyage industriel qui peinait à recruter des agents polyvalents. J'ai d'abord analysé le besoin avec la responsable : missions, compétences attendues, conditions de travail, contraintes horaires. Nous avons rédigé ensemble une fiche de poste et une offre d'emploi plus attractive.",
    "J'ai proposé d'ouvrir le recrutement à des candidats sans expérience en s'appuyant sur la méthode de recrutement par simulation. La présélection s'est faite sur la base des habiletés plutôt que du CV. J'ai préparé les candidats retenus et participé à l'organisation d'une session de recrutement collective dans nos locaux.",
    "Ce travail m'a montré l'importance de parler le langage de l'entreprise et de lui apporter une réponse rapide. J'ai aussi appris à conseiller un employeur sur les aides mobilisables, les contrats aidés et la période de mise en situation en milieu professionnel, sans me substituer à ses choix.",
]
INTEG = [
    "Le suivi dans l'emploi a concerné un salarié embauché en contrat à durée déterminée d'insertion. J'ai organisé avec l'employeur un point d'étape tripartite après un mois, afin de repérer les difficultés d'intégration : horaires décalés, relations avec l'équipe, compréhension des consignes de sécurité.",
    "Des actions de maintien ont été mises en place : désignation d'un tuteur, adaptation du planning, aide au transport. Le salarié a été confirmé à l'issue de sa période d'essai. J'en retiens que la médiation entre l'employeur et le salarié doit commencer avant que les difficultés ne deviennent des conflits.",
]
OPS_POOL = [
    "La structure d'accueil est un chantier d'insertion implanté en zone rurale, qui accompagne des personnes bénéficiaires des minima sociaux, des jeunes sans qualification et des personnes en situation de handicap. Son implantation locale lui permet d'être identifiée par les habitants et par les élus.",
    "L'action que j'ai conduite est un accompagnement collectif intitulé « Cap vers l'emploi », dont les objectifs sont la remobilisation, la construction d'un projet et l'accès à l'emploi. Sa durée est de six semaines, à raison de trois demi-journées par semaine ; son organisation alterne ateliers collectifs et entretiens individuels.",
    "J'ai créé un outil d'auto-positionnement sur les compétences transversales, sous la forme d'une grille illustrée, pour que les personnes peu à l'aise avec l'écrit puissent s'évaluer. Cet outil a été mis en œuvre dès la deuxième séance et réutilisé en fin d'action pour mesurer les progrès.",
    "Face aux difficultés rencontrées — absences répétées, écarts de niveau, une personne en situation d'illettrisme — j'ai procédé à des ajustements : séances plus courtes, binômes d'entraide, supports visuels, relance téléphonique la veille de chaque atelier.",
    "L'analyse de l'action fait apparaître des forces : la dynamique de groupe, l'implication des partenaires, l'outil d'auto-positionnement. Les faiblesses tiennent à la durée trop courte et au manque de lien avec les entreprises. Je propose comme ajustements d'allonger l'action de deux semaines et d'y intégrer une visite d'entreprise.",
    "Dans ma monographie, je retrace le parcours de Mme D., quarante-deux ans, mère de trois enfants, sans emploi depuis six ans. Son parcours, marqué par une séparation et un déménagement, montre à quel point la reprise d'emploi dépend de la résolution préalable des questions de garde et de mobilité. J'en fais une analyse du point de vue professionnel en interrogant mes propres choix d'accompagnement.",
]
OPS_CARTO = "La cartographie du réseau des partenaires de la structure d'accueil, présentée en annexe, distingue les partenaires institutionnels (France Travail, Département, CAF), les partenaires de l'emploi (entreprises, agences d'intérim, GEIQ) et les partenaires sociaux (CCAS, associations caritatives, centre médico-psychologique)."

def interviews_table(d, rows):
    table(d, [["Date", "Modalité", "Objet", "Durée"]] + rows)

def narrative_interviews(d, who, dates):
    P(d, f"Mon premier entretien avec {who} a eu lieu le {dates[0]} dans les locaux de la structure. Il avait pour objet l'accueil, la présentation du cadre et le recueil de sa demande ; {who} s'est montré d'abord réservé, puis plus à l'aise.")
    P(d, f"Lors de notre deuxième rencontre, le {dates[1]}, nous avons approfondi le diagnostic : parcours scolaire, expériences, contraintes de mobilité et de santé. Nous avons formalisé ensemble les premiers objectifs.")
    P(d, f"Quinze jours plus tard, le {dates[2]}, je l'ai reçu pour un troisième entretien consacré au bilan des démarches engagées et à l'ajustement du plan d'action.")

def pasted_mail(d, who):
    for l in [f"De : {who} <contact@exemple.fr>", "Envoyé : mardi 4 mars 2026 09:12", "À : stagiaire CIP", "Objet : RE: rendez-vous",
              "Bonjour, je vous confirme ma présence jeudi. Cordialement."]:
        P(d, l, italic=True)

# ---------------------------------------------------------------- dossiers
def titre(name, spacing, voice, pdf=False):
    d = new_doc(spacing=spacing)
    cover(d, ["DOSSIER DE PRODUCTION", "Titre professionnel Conseiller en insertion professionnelle (TP-00403)",
              voice["who"], voice["session"], voice["hours_cover"], voice["place"]],
          ["Introduction ........ 3", "I. Présentation de la structure, du territoire et des acteurs ........ 3",
           "II. Accompagnement à la contractualisation et au suivi d'un parcours d'insertion ........ 10",
           "III. Accompagnement à l'élaboration et à la réalisation d'un projet professionnel ........ 16",
           "IV. Conception, préparation et animation d'un atelier thématique ........ 22",
           "V. Action de prospection auprès des employeurs du territoire ........ 29",
           "VI. Appui technique aux employeurs en matière de recrutement ........ 34",
           "VII. Intégration et maintien d'un salarié dans son environnement professionnel ........ 39",
           "Annexes ........ 42"])
    H(d, "Introduction")
    P(d, voice["intro"])
    k = voice["scale"]
    m = voice.get("mult", [1] * 7)
    H(d, "I. Présentation de la structure, du territoire et des acteurs")
    fill(d, STRUCT, 6.8 * k * m[0])
    H(d, "II. Accompagnement à la contractualisation et au suivi d'un parcours d'insertion")
    P(d, "Tableau récapitulatif des entretiens avec M. A. :")
    interviews_table(d, [["12/01/2026", "Présentiel", "Accueil et recueil de la demande", "1 h"],
                         ["26/01/2026", "Présentiel", "Diagnostic partagé", "1 h 15"],
                         ["09/02/2026", "Visio", "Contractualisation des étapes", "45 min"],
                         ["23/02/2026", "Téléphone", "Point d'étape", "30 min"]])
    fill(d, ACC, 4.6 * k * m[1])
    H(d, "III. Accompagnement à l'élaboration et à la réalisation d'un projet professionnel")
    narrative_interviews(d, "Kevin", ["3 février", "17 février", "3 mars"])
    pasted_mail(d, "Kevin L.")
    fill(d, PROJ, 4.8 * k * m[2])
    H(d, "IV. Conception, préparation et animation d'un atelier thématique")
    fill(d, ATEL, 6.8 * k * m[3])
    H(d, "V. Action de prospection auprès des employeurs du territoire")
    fill(d, PROS, 4.8 * k * m[4])
    H(d, "VI. Appui technique aux employeurs en matière de recrutement")
    fill(d, APPUI, 4.3 * k * m[5])
    H(d, "VII. Intégration et maintien d'un salarié dans son environnement professionnel")
    fill(d, INTEG, 2.3 * k * m[6])
    brk(d)
    H(d, "Annexes")
    P(d, "Annexe 1 : attestation des périodes en entreprise")
    table(d, voice["attest"])
    landscape_annex(d, [["Acteur", "Champ", "Public", "Lien avec la structure"],
                        ["France Travail", "Emploi", "Demandeurs d'emploi", "Convention"],
                        ["CCAS", "Social", "Habitants", "Orientation"],
                        ["Organisme de formation", "Formation", "Adultes", "Prescription"]],
                    "Annexe 2 : cartographie des acteurs du territoire")
    return save(d, name, pdf)

def ccp2(name, voice, part1_interviews="table", pdf=False):
    d = new_doc()
    cover(d, ["CCP 2 – Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
              "Titre professionnel Conseiller en insertion professionnelle", voice["who"], voice["session"],
              voice["hours_cover"], voice["place"]],
          ["Partie 1 - Accompagnement à la contractualisation et au suivi d'un parcours d'insertion .... 3",
           "Partie 2 - Accompagnement à l'élaboration et à la réalisation d'un projet professionnel .... 9",
           "Partie 3 - Conception, préparation et animation d'un atelier thématique .... 14", "Annexes .... 21"])
    P(d, voice["intro"])
    H(d, "Partie 1 - Accompagnement à la contractualisation et au suivi d'un parcours d'insertion")
    P(d, voice["context1"])
    if part1_interviews == "table":
        interviews_table(d, [["14/01", "Présentiel", "Accueil, recueil de la demande", "1 h"],
                             ["28/01", "Présentiel", "Diagnostic partagé", "1 h"],
                             ["11/02", "Téléphone", "Contractualisation", "40 min"]])
    elif part1_interviews == "two_plus_planned":
        P(d, "Premier entretien, le 5 mars : accueil de Mme B., présentation du cadre de l'accompagnement et recueil de sa demande. Elle souhaite retravailler rapidement.")
        P(d, "Deuxième entretien, le 19 mars : nous avons construit ensemble le diagnostic partagé et signé le contrat d'engagement.")
        P(d, "Un troisième entretien est prévu le 2 avril pour faire le point sur ses démarches ; il se tiendra après la fin de mon stage, avec sa conseillère référente.")
    else:
        narrative_interviews(d, "Yann", ["8 janvier", "22 janvier", "5 février"])
    fill(d, ACC, 5.0)
    H(d, "Partie 2 - Accompagnement à l'élaboration et à la réalisation d'un projet professionnel")
    narrative_interviews(d, "Sabrina", ["13 janvier", "27 janvier", "10 février"])
    pasted_mail(d, "Sabrina M.")
    fill(d, PROJ, 5.0)
    H(d, "Partie 3 - Conception, préparation et animation d'un atelier thématique")
    fill(d, ATEL, 6.6)
    brk(d)
    H(d, "Annexes")
    P(d, voice.get("annex_title", "Attestation de stage"))
    table(d, voice["attest"])
    return save(d, name, pdf)

def ccp3(name, voice, scale=1.0, pdf=False, landscape=True):
    d = new_doc()
    cover(d, ["CCP 3 : Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle",
              "Titre professionnel Conseiller en insertion professionnelle", voice["who"], voice["session"], voice["place"]],
          ["1) Action de prospection auprès des employeurs du territoire - p. 3",
           "2) Appui technique aux employeurs en matière de recrutement - p. 9",
           "3) Intégration et maintien d'un salarié dans son environnement professionnel - p. 13",
           "Annexes - p. 16"])
    P(d, voice["intro"])
    H(d, "1) Action de prospection auprès des employeurs du territoire")
    fill(d, PROS, 5.7 * scale)
    H(d, "2) Appui technique aux employeurs en matière de recrutement")
    fill(d, APPUI, 4.3 * scale)
    H(d, "3) Intégration et maintien d'un salarié dans son environnement professionnel")
    fill(d, INTEG, 2.3 * scale)
    brk(d)
    H(d, "ANNEXES")
    P(d, "Annexe 1 – Attestation de période en entreprise")
    table(d, voice["attest"])
    if landscape:
        landscape_annex(d, [["Entreprise", "Secteur", "Effectif", "Contact", "Suite donnée"],
                            ["Transports Riviera", "Logistique", "35", "Gérant", "Offre transmise"],
                            ["Hôtel du Port", "Hôtellerie", "22", "DRH", "Immersion"],
                            ["BTP Roya", "Bâtiment", "41", "Conducteur de travaux", "À relancer"]],
                        "Annexe 2 – Fichier de suivi de la prospection")
    return save(d, name, pdf)

def ccp1(name, voice, pdf=False, comments=False):
    d = new_doc()
    cover(d, ["Production écrite – CCP 1",
              "Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
              "Titre professionnel Conseiller en insertion professionnelle", voice["who"], voice["session"], voice["hours_cover"]],
          ["Introduction", "Le contexte de l'accueil", "L'entretien d'accueil et le diagnostic", "Analyse de ma pratique", "Annexe"])
    H(d, "Introduction")
    p = P(d, voice["intro"])
    if comments:
        d.add_comment(p.runs[0], text="Préciser les dates exactes du stage ?", author="Formatrice", initials="FL")
        tracked_change(p, " Le stage a été validé par ma tutrice.", " (à vérifier)")
    H(d, "Le contexte de l'accueil")
    fill(d, STRUCT[:3], 2.6)
    H(d, "L'entretien d'accueil et le diagnostic")
    P(d, "J'ai accueilli Mme R., trente-quatre ans, orientée par le service social. Lors de ce premier entretien, j'ai présenté la structure, le cadre et la confidentialité, puis j'ai recueilli sa demande : retrouver un emploi compatible avec la garde de ses deux enfants. Nous avons identifié ensemble ses atouts et ses freins, et posé les bases d'un diagnostic partagé.")
    fill(d, ACC[:2] + STRUCT[3:5], 2.5)
    H(d, "Analyse de ma pratique")
    fill(d, [ACC[3], ACC[5]], 1.2)
    brk(d)
    H(d, "Annexe")
    if voice.get("attest"):
        table(d, voice["attest"])
    else:
        P(d, "Fiche d'accueil type utilisée dans la structure (vierge).")
    return save(d, name, pdf)

def ops(name, voice, carto=True, pdf=False):
    d = new_doc()
    cover(d, ["MÉMOIRE DE PÉRIODE DE MISE EN APPLICATION PROFESSIONNELLE",
              "OPS Conseil – Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle",
              voice["who"], voice["session"], voice["hours_cover"]],
          ["1. Présentation de la structure", "2. Cartographie du réseau" if carto else "2. Le parcours de Mme D.",
           "3. Monographie", "4. L'action", "5. L'outil", "6. Ajustements", "7. Analyse de l'action"])
    P(d, voice["intro"])
    H(d, "1. Présentation de la structure, implantation locale et publics accompagnés")
    fill(d, [OPS_POOL[0]], 0.6)
    if carto:
        H(d, "2. Cartographie du réseau des partenaires")
        P(d, OPS_CARTO)
    H(d, "3. Monographie : le parcours de Mme D." if carto else "2. Monographie : le parcours de Mme D.")
    fill(d, [OPS_POOL[5]], 1.0)
    H(d, "4. Présentation de l'action (objectifs, durée, organisation)")
    fill(d, [OPS_POOL[1]], 0.8)
    H(d, "5. Un outil créé : la grille d'auto-positionnement")
    fill(d, [OPS_POOL[2]], 0.6)
    H(d, "6. Ajustements en fonction des difficultés rencontrées")
    fill(d, [OPS_POOL[3]], 0.6)
    H(d, "7. Analyse de l'action : forces, faiblesses, propositions")
    fill(d, [OPS_POOL[4]], 0.8)
    return save(d, name, pdf)

ATT_T1 = [["Structure", "Dates", "Heures"], ["Mission Locale de Cayenne", "06/01 – 14/02/2026", "210"],
          ["PLIE de Kourou", "02/03 – 27/03/2026", "180"], ["Total", "", "390"]]

def main():
    os.makedirs(OUT, exist_ok=True)
    titre("t01_titre_guyane_ml", 1.15, dict(who="Maëlle T.", session="Session de juin 2026 – AFPA Cayenne",
          hours_cover="Périodes en entreprise : trois cent quatre-vingt-dix heures", place="Cayenne (973)",
          intro="Mon stage s'est déroulé en deux périodes : la première, de 210 heures, à la Mission Locale de Cayenne ; la seconde, de 180 heures, au PLIE de Kourou. J'ai choisi ces structures pour la diversité des publics, des jeunes des communes de l'intérieur aux adultes des quartiers de Kourou.",
          attest=ATT_T1, scale=1.0))
    titre("t02_titre_savoie_capemploi_interligne15", 1.5, dict(who="Jérôme B.", session="Session de mai 2026 – GRETA Savoie",
          hours_cover="Stage : 11 semaines à 35 h, soit 385 heures", place="Albertville, Tarentaise",
          intro="J'ai effectué ma période en entreprise chez Cap emploi Savoie, antenne d'Albertville, pendant onze semaines à temps plein. Le territoire de montagne, avec ses saisons touristiques, pèse sur l'emploi des personnes en situation de handicap que nous accompagnons.",
          attest=[["Structure", "Période", "Semaines", "Heures/semaine"], ["Cap emploi Savoie", "05/01 – 20/03/2026", "11", "35"]],
          scale=0.80, mult=[0.95, 1.0, 0.95, 1.0, 0.8, 0.95, 0.7]))
    ccp2("c2_01_reunion_aci_ok", dict(who="Nadia H.", session="Session de juin 2026", place="Saint-Pierre (La Réunion)",
         hours_cover="Période en entreprise : 5 semaines à 35 heures par semaine",
         intro="Ce dossier présente l'accompagnement que j'ai réalisé au sein d'un atelier chantier d'insertion de maraîchage bio à Saint-Pierre, structure de l'insertion par l'activité économique (SIAE) qui emploie vingt-quatre salariés en parcours.",
         context1="Le contexte de l'accompagnement : M. P., vingt-six ans, salarié en CDDI depuis trois mois, souhaite préparer la suite de son parcours.",
         attest=[["Structure", "Dates", "Durée (h)"], ["ACI Jardins du Sud", "12/01 – 13/02/2026", "175"], ["Total", "", "175"]]))
    ccp2("c2_02_e2c_strasbourg_2entretiens", dict(who="Lukas W.", session="Session de mai 2026", place="Strasbourg – frontière allemande",
         hours_cover="Période en entreprise : 182 heures",
         intro="J'ai réalisé ma période en entreprise à l'École de la deuxième chance (E2C) de Strasbourg, qui accueille des jeunes de seize à vingt-cinq ans sortis du système scolaire sans diplôme, dont certains travaillent en Allemagne.",
         context1="Le contexte de l'accompagnement : Mme B., vingt-deux ans, stagiaire de l'E2C, cherche un emploi dans la vente transfrontalière.",
         attest=[["Structure", "Dates", "Heures"], ["E2C Strasbourg", "05/01 – 13/02/2026", "182"]]), part1_interviews="two_plus_planned")
    ccp2("c2_03_epide_pdf_ok", dict(who="Samir K.", session="Session de juillet 2026", place="Velet (Saône-et-Loire)",
         hours_cover="Période(s) en entreprise : voir introduction",
         intro="Ma première période, à l'EPIDE de Velet, a duré 105 heures. La deuxième, de 70 heures, s'est déroulée au service jeunesse de la communauté de communes. Ces deux périodes m'ont permis d'accompagner des volontaires de l'insertion dans un cadre d'internat.",
         context1="Le contexte de l'accompagnement : Yann, dix-neuf ans, volontaire depuis deux mois, souhaite passer son permis et travailler dans la logistique.",
         attest=[["Structure", "Dates", "Heures"], ["EPIDE Velet", "janvier 2026", "105"], ["Service jeunesse CC", "février 2026", "70"]]),
         part1_interviews="narrative", pdf=True)
    ccp2("c2_04_spip_perpignan_147h", dict(who="Clara F.", session="Session de juin 2026", place="Perpignan (Pyrénées-Orientales)",
         hours_cover="Période(s) en entreprise : 147 heures",
         intro="J'ai effectué 147 heures de stage au Service pénitentiaire d'insertion et de probation (SPIP) de Perpignan, en milieu ouvert, auprès de personnes placées sous main de justice.",
         context1="Le contexte de l'accompagnement : M. S., trente et un ans, sous bracelet électronique, doit justifier d'une recherche d'emploi active.",
         attest=[["Structure", "Dates", "Heures"], ["SPIP 66", "02/02 – 06/03/2026", "147"]]))
    ccp3("c3_01_menton_geiq_ok", dict(who="Giulia R.", session="Session de juin 2026", place="Menton, frontière italienne",
         intro="Mon stage de quatre semaines de 35 heures s'est déroulé au GEIQ BTP des Alpes-Maritimes, antenne de Menton, dont les entreprises recrutent aussi des travailleurs frontaliers venus de Vintimille.",
         attest=[["Structure", "Dates", "Heures"], ["GEIQ BTP 06", "02/03 – 27/03/2026", "140"], ["Total", "", "140"]]))
    ccp3("c3_02_hendaye_trop_long_pdf", dict(who="Peio E.", session="Session de mai 2026", place="Hendaye (frontière espagnole)",
         intro="J'ai effectué 154 heures de stage à la Maison de l'emploi du Pays basque, antenne de Hendaye, où de nombreux employeurs recrutent des deux côtés de la Bidassoa.",
         attest=[["Structure", "Dates", "Heures"], ["MDE Pays basque", "janvier – février 2026", "154"]]), scale=1.45, pdf=True)
    ccp1("c1_01_cidff_mayotte_ok", dict(who="Ambdilwahedou S.", session="Session de juin 2026",
         hours_cover="Stage : deux semaines de 35 heures au CIDFF de Mayotte",
         intro="J'ai réalisé mon stage au Centre d'information sur les droits des femmes et des familles (CIDFF) de Mamoudzou, pendant deux semaines de 35 heures, auprès de femmes en recherche d'emploi.",
         attest=[["Structure", "Semaines", "Heures/semaine"], ["CIDFF Mayotte", "2", "35"]]), comments=True)
    ccp1("c1_02_capemploi_briancon_pdf_ok", dict(who="Hugo M.", session="Session de juin 2026",
         hours_cover="Stage 1 : 35 h — Stage 2 : 42 h",
         intro="Mes heures en entreprise se répartissent ainsi : Stage 1 : 35 h à Cap emploi 05, antenne de Briançon ; Stage 2 : 42 h à la mission locale du Briançonnais. Le territoire de haute montagne impose des déplacements longs et une forte saisonnalité.",
         attest=None), pdf=True)
    ccp1("c1_03_vae_martinique_ok", dict(who="Ketty L.", session="Session VAE de juin 2026",
         hours_cover="Parcours VAE – conseillère à France Travail Fort-de-France depuis 2019",
         intro="Je présente ce dossier dans le cadre d'une validation des acquis de l'expérience. Conseillère à l'agence France Travail de Fort-de-France depuis 2019, j'accueille chaque semaine des demandeurs d'emploi de tout le centre de la Martinique.",
         attest=None))
    ops("ops_01_lozere_aci_ok", dict(who="Bastien V.", session="Session de juin 2026",
        hours_cover="Période de mise en application : 29 jours",
        intro="J'ai effectué ma période de mise en application professionnelle de 29 jours dans un chantier d'insertion forestier de Lozère, à Florac."))
    ops("ops_02_guadeloupe_sans_cartographie", dict(who="Joëlle C.", session="Session de juin 2026",
        hours_cover="Période de mise en application : 30 jours",
        intro="J'ai effectué ma période de mise en application professionnelle de 30 jours dans une association intermédiaire de Pointe-à-Pitre."), carto=False)
    ops("ops_03_jura_25jours_pdf", dict(who="Rémi G.", session="Session de juin 2026",
        hours_cover="Période de mise en application : 25 jours",
        intro="J'ai effectué 25 jours de stage dans une entreprise d'insertion de Morez, dans le Haut-Jura, près de la frontière suisse."), pdf=True)

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "calibrate":
        d = new_doc(); fill(d, ACC + PROJ, 10); print(save(d, "calib", pdf=True))
    else:
        main()
