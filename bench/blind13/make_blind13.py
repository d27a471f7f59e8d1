"""Blind end-to-end dossiers (helper blind13, 27 Nov 2026).

Eleven DOCX dossiers in new voices, written without reading cipcheck's code or tests:
four for the title, two CCP 1, two CCP 2, one CCP 3, two OPS mémoires. Half compliant,
the others failing for one sure reason each (see labels.yaml).

    .venv/bin/python bench/blind13/make_blind13.py   # writes bench/blind13/dossiers/*.docx
"""
from __future__ import annotations

import random
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(__file__).parent / "dossiers"
WORDS_PER_PAGE = 300


# ---------------------------------------------------------------- filler banks
# Generic sentences a candidate writes around the facts; no dates, no hours, no
# interview words, no names, so they cannot change what a jury counts.
BANK = {
    "structure": [
        "La structure travaille en lien étroit avec les acteurs du territoire, qu'il s'agisse des services de l'État, des collectivités ou des associations de quartier.",
        "L'équipe est composée de conseillères, d'une chargée de relations entreprises, d'une assistante administrative et d'une directrice qui encadre l'ensemble.",
        "Les locaux sont situés au rez-de-chaussée d'un immeuble ancien, accessibles aux personnes à mobilité réduite, avec une salle collective et trois bureaux fermés.",
        "Le territoire garde une forte identité industrielle, même si beaucoup d'usines ont fermé depuis une vingtaine d'années et que le tertiaire a pris le relais.",
        "Le taux de chômage reste supérieur à la moyenne régionale, en particulier chez les jeunes sans diplôme et les femmes qui élèvent seules leurs enfants.",
        "Les transports en commun sont rares en dehors de la ville centre, ce qui pèse sur l'accès à l'emploi pour les personnes qui n'ont pas le permis.",
        "Les secteurs qui recrutent sont l'aide à domicile, la logistique, le bâtiment et la restauration, avec des besoins en main-d'œuvre qui reviennent chaque saison.",
        "Le réseau partenarial est riche mais parfois cloisonné : chacun connaît bien son dispositif et moins celui du voisin.",
        "Les financements reposent sur des subventions du Département, de l'État et du Fonds social européen, renouvelées chaque année après un bilan d'activité.",
        "Le public accueilli est majoritairement composé de demandeurs d'emploi de longue durée, d'allocataires du RSA et de jeunes en rupture de parcours.",
        "J'ai découvert pendant mon stage à quel point la veille sur le territoire demande du temps : lettres d'information, réunions de réseau, échanges informels.",
        "Les atouts du territoire tiennent à la solidarité des habitants, à un tissu associatif vivant et à quelques entreprises qui acceptent d'ouvrir leurs portes.",
        "Ses faiblesses sont connues de tous : l'enclavement de certains quartiers, le manque de modes de garde et un niveau de qualification assez bas.",
        "Les permanences décentralisées permettent d'aller au plus près des personnes qui ne viendraient pas d'elles-mêmes jusqu'au centre-ville.",
    ],
    "accompagnement": [
        "J'ai essayé de laisser la personne dérouler son histoire à son rythme, sans chercher à remplir trop vite les cases du dossier.",
        "La reformulation m'a souvent aidé à vérifier que j'avais bien compris ce qui comptait pour elle, et pas seulement ce qui comptait pour moi.",
        "Les freins périphériques, logement, santé, mobilité, garde d'enfants, prennent parfois toute la place et il faut savoir les traiter avant de parler d'emploi.",
        "Je me suis appuyée sur les outils de la structure, la fiche de liaison et le plan d'action partagé, que la personne signe et garde avec elle.",
        "Avec le recul, je pense que j'ai parfois parlé trop vite, par peur du silence, alors qu'il aurait fallu laisser la réflexion mûrir.",
        "Ma tutrice m'a fait remarquer que je prenais beaucoup de notes ; j'ai appris à lever les yeux et à noter après coup.",
        "La posture d'accompagnement suppose de croire aux capacités de la personne, même quand elle-même n'y croit plus beaucoup.",
        "Le cadre de la contractualisation rassure : chacun sait ce qu'il s'engage à faire et ce qu'il peut attendre de l'autre.",
        "J'ai mesuré l'importance du travail en réseau, car aucune structure ne peut répondre seule à l'ensemble des besoins d'une personne.",
        "Ce parcours m'a appris à distinguer ce qui relève de mon rôle de conseillère et ce qui doit être confié à un autre professionnel.",
        "Mes points forts dans cet accompagnement sont l'écoute et la capacité à faire des liens ; ma limite a été la gestion du temps.",
        "Un axe d'amélioration serait de mieux préparer chaque étape par écrit, pour que la personne garde une trace de ce que nous avons décidé ensemble.",
    ],
    "atelier": [
        "Les participants sont arrivés un peu inquiets, certains n'avaient plus fréquenté une salle de formation depuis longtemps.",
        "J'ai prévu un temps d'accueil convivial, un café et un tour de table, pour que chacun puisse se présenter sans pression.",
        "Le déroulé alternait des apports courts, des exercices en sous-groupes et des mises en situation filmées avec l'accord des participants.",
        "J'ai conçu les supports moi-même : un diaporama simple, des fiches d'exercice et un livret que chacun pouvait emporter.",
        "L'évaluation à chaud s'est faite avec un questionnaire de satisfaction et une cible sur laquelle chacun plaçait une gommette.",
        "La progression pédagogique allait du plus simple au plus engageant, pour que personne ne se sente en difficulté dès le départ.",
        "J'ai dû adapter le rythme en cours de route : un exercice prévu a été raccourci parce que le groupe avait besoin d'échanger davantage.",
        "La salle, trop petite, ne permettait pas de déplacer les tables ; la prochaine fois, je réserverai la grande salle du rez-de-chaussée.",
        "Les objectifs pédagogiques étaient formulés avec des verbes d'action, ce qui m'a permis de vérifier en fin de séance s'ils étaient atteints.",
        "Le bilan de l'atelier est positif dans l'ensemble : les participants ont apprécié la bienveillance du groupe et les conseils concrets.",
        "Je retiens de cette animation qu'il faut savoir lâcher son déroulé quand le groupe amène une question qui le concerne vraiment.",
        "La demande venait de l'équipe, qui constatait que beaucoup de personnes accompagnées se décourageaient avant même de postuler.",
    ],
    "prospection": [
        "J'ai construit un fichier des entreprises ciblées à partir des offres publiées, des annuaires de la chambre de commerce et des contacts de l'équipe.",
        "L'argumentaire mettait en avant les services gratuits de la structure : présélection des candidats, aide au montage des dossiers, suivi après l'embauche.",
        "Les premiers appels ont été difficiles, beaucoup de standards filtrent et il faut rappeler plusieurs fois pour joindre le bon interlocuteur.",
        "Les visites en entreprise se sont révélées plus efficaces que le téléphone pour créer une relation de confiance avec les employeurs.",
        "Le bilan de l'action montre que les petites entreprises sont les plus réceptives, à condition de leur proposer un appui rapide et concret.",
        "J'ai tenu un tableau de suivi des contacts pour savoir qui relancer, quand, et avec quelle proposition.",
        "Cette action m'a appris à parler le langage de l'entreprise : délais, coût, rentabilité, plutôt que le vocabulaire de l'insertion.",
        "Les outils de prospection ont été construits avec la chargée de relations entreprises, qui m'a fait profiter de son expérience.",
        "Les objectifs fixés étaient modestes mais réalistes, compte tenu de la durée du stage et du temps disponible.",
        "Je regrette de ne pas avoir pu suivre jusqu'au bout toutes les pistes ouvertes, certaines ont été reprises par l'équipe après mon départ.",
    ],
    "appui": [
        "L'employeur avait du mal à formuler son besoin : il cherchait surtout quelqu'un de fiable, sans savoir quelles compétences exiger.",
        "Nous avons rédigé ensemble une fiche de poste qui distingue les compétences indispensables de celles qui peuvent s'acquérir sur le poste.",
        "L'offre d'emploi a été diffusée auprès des partenaires et sur le site de France Travail, avec une formulation plus accessible.",
        "J'ai présélectionné les candidatures en m'appuyant sur la fiche de poste, puis j'ai préparé les candidats retenus à la rencontre avec l'employeur.",
        "Cet appui technique a permis à l'entreprise de gagner du temps et de découvrir des profils qu'elle n'aurait pas envisagés seule.",
        "J'ai appris à conseiller un employeur sans le juger, en respectant ses contraintes tout en défendant l'égalité de traitement.",
        "La méthode de recrutement par simulation a été présentée à l'employeur, qui a accepté de l'essayer pour le prochain poste.",
        "Le bilan de l'appui a été fait avec le dirigeant, qui s'est dit satisfait et prêt à renouveler la démarche.",
    ],
    "integration": [
        "L'intégration d'un salarié ne s'arrête pas à la signature du contrat : les premières semaines décident souvent de la suite.",
        "Avec le tuteur, nous avons prévu un livret d'accueil et une présentation de chaque membre de l'équipe.",
        "Les points de suivi ont permis de repérer tôt une difficulté d'horaires et de trouver une solution avant qu'elle ne tourne au conflit.",
        "Le maintien dans l'emploi passe aussi par la reconnaissance du travail fait, ce que le tuteur a su exprimer au bon moment.",
        "J'ai joué un rôle de médiation entre le salarié et son responsable, en veillant à ce que chacun puisse dire ce qui le gênait.",
        "Le bilan de cette intégration est encourageant : le salarié est toujours en poste et son contrat a été prolongé.",
    ],
    "ops": [
        "L'association œuvre dans le champ de l'insertion socio-professionnelle et accompagne des personnes éloignées de l'emploi sur le bassin.",
        "Le public est composé d'adultes orientés par les travailleurs sociaux, souvent isolés et parfois en situation de handicap.",
        "L'équipe fonctionne en binôme, ce qui permet de croiser les regards sur les situations les plus complexes.",
        "J'ai observé puis animé, ce qui m'a permis de prendre confiance progressivement dans ma posture professionnelle.",
        "Les personnes accompagnées ont souvent un rapport difficile à l'écrit et aux démarches en ligne.",
        "La période d'application professionnelle m'a permis de relier la théorie de la formation aux situations concrètes du terrain.",
        "Je me suis rendu compte qu'il faut du temps pour gagner la confiance d'une personne qui a été déçue par les institutions.",
        "Les réunions d'équipe hebdomadaires sont l'occasion de partager les situations et de décider ensemble des orientations.",
        "Le local est situé en plein centre de la commune, près de l'arrêt de bus, ce qui facilite la venue des personnes sans véhicule.",
        "Les moyens sont limités, mais l'équipe fait preuve de beaucoup d'inventivité pour proposer des actions adaptées.",
    ],
}


class Dossier:
    """A DOCX dossier built page by page, like a candidate filling Word."""

    def __init__(self, name: str, font: str = "Arial", size: float = 11,
                 spacing: float = 1.15, headings: str = "styles", seed: int = 0):
        self.name = name
        self.doc = Document()
        self.rng = random.Random(seed)
        self.headings = headings
        self.font = font
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(2.5))
        self._style("Normal", font, size, spacing)
        for st in ("Heading 1", "Heading 2", "Title"):
            self._style(st, font, None, spacing)
        self._words = 0

    def _style(self, name: str, font: str, size: float | None, spacing: float) -> None:
        st = self.doc.styles[name]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(att), font)
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(att)) is not None:
                del rfonts.attrib[qn(att)]
        if size:
            st.font.size = Pt(size)
        st.paragraph_format.line_spacing = spacing
        if name.startswith("Heading"):
            st.font.color.rgb = None

    # -- blocks
    def p(self, text: str, bold: bool = False, center: bool = False, size: float | None = None):
        para = self.doc.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._words += len(text.split())
        return para

    def h(self, text: str, level: int = 1):
        if self.headings == "styles":
            self.doc.add_heading(text, level=level)
        else:  # bold Normal paragraphs, as many candidates do
            self.p(text.upper() if level == 1 else text, bold=True)
        self._words += 12

    def table(self, rows: list[list[str]]):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
                if i == 0:
                    for r in t.cell(i, j).paragraphs[0].runs:
                        r.bold = True
        self._words += 18 * len(rows)
        self.doc.add_paragraph()

    def brk(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)
        self._words = 0

    def fill(self, theme: str, pages: int, core: list) -> None:
        """Core blocks (str paragraphs, ('h2', text), ('table', rows)) then filler, over
        exactly `pages` pages, each page ended by a page break."""
        bank = BANK[theme]
        items = list(core)
        page = 1
        while page <= pages:
            while items and self._words < WORDS_PER_PAGE:
                self._block(items.pop(0))
            while not items and self._words < WORDS_PER_PAGE - 40:
                n = self.rng.randint(3, 5)
                self.p(" ".join(self.rng.sample(bank, n)))
            if items and page == pages:  # never lose a core block
                while items:
                    self._block(items.pop(0))
            self.brk()
            page += 1

    def _block(self, item) -> None:
        if isinstance(item, str):
            self.p(item)
        elif item[0] == "h2":
            self.h(item[1], 2)
        elif item[0] == "table":
            self.table(item[1])

    def cover(self, lines: list[str]) -> None:
        for _ in range(4):
            self.doc.add_paragraph()
        for i, line in enumerate(lines):
            self.p(line, bold=(i < 2), center=True, size=(16 if i < 2 else None))
        self.brk()

    def sommaire(self, entries: list[str]) -> None:
        self.p("SOMMAIRE", bold=True, center=True)
        for e in entries:
            self.p(e)
        self.brk()

    def save(self) -> Path:
        # drop the trailing page break paragraph
        body = self.doc.element.body
        last = [e for e in body if e.tag == qn("w:p")][-1]
        if last.xpath(".//w:br"):
            body.remove(last)
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{self.name}.docx"
        self.doc.save(path)
        return path


TITRE_PARTS = [
    "Présentation de la structure, du territoire et des acteurs",
    "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
    "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
    "Conception, préparation et animation d'un atelier thématique",
    "Action de prospection auprès des employeurs du territoire",
    "Appui technique aux employeurs en matière de recrutement",
    "Intégration et maintien d'un salarié dans son environnement professionnel",
]
THEMES = ["structure", "accompagnement", "accompagnement", "atelier", "prospection",
          "appui", "integration"]


def titre(name, who, cover_hours, intro, cores, pages, annex, headings="styles",
          numbering="Partie {n} – ", seed=1, concl=None, **fmt):
    d = Dossier(name, headings=headings, seed=seed, **fmt)
    d.cover(["Dossier de questionnement à partir de production",
             "Titre professionnel Conseiller en insertion professionnelle",
             who, "Session de décembre 2026", cover_hours])
    d.sommaire(["Introduction"] + [f"{numbering.format(n=i + 1)}{t}" for i, t in enumerate(TITRE_PARTS)]
               + ["Conclusion", "Annexes"])
    d.h("Introduction")
    for para in intro:
        d.p(para)
    d.brk()
    for i, t in enumerate(TITRE_PARTS):
        d.h(f"{numbering.format(n=i + 1)}{t}")
        d.fill(THEMES[i], pages[i], cores[i])
    d.h("Conclusion")
    for para in concl or ["Cette formation a transformé ma façon de voir l'accompagnement. "
                          "Je sais aujourd'hui que le métier de conseiller se construit dans la durée, "
                          "avec les personnes et avec le réseau, et je me sens prêt à l'exercer."]:
        d.p(para)
    d.brk()
    d.h("Annexes")
    for block in annex:
        if isinstance(block, str) and block == "BRK":
            d.brk()
        else:
            d._block(block)
    return d.save()


# Part cores shared by the title dossiers when the voice does not matter for the
# test (part 1 and parts 4 to 7); parts 2 and 3 carry the interviews and differ.
P1 = [
    "J'ai effectué mon stage au sein d'une association loi 1901 dont la mission est d'accompagner vers l'emploi les personnes qui en sont les plus éloignées. "
    "Son offre de services comprend un accompagnement individuel renforcé, des ateliers collectifs et des permanences dans les communes rurales.",
    "Elle est financée par le Département au titre du RSA, par l'État et par le Fonds social européen. "
    "Le public accueilli se compose surtout d'allocataires du RSA et de demandeurs d'emploi de longue durée, orientés par les travailleurs sociaux ; l'accueil se fait sur rendez-vous, du lundi au vendredi.",
]
P4 = [
    "La demande d'atelier est venue de l'équipe : beaucoup de personnes ne savaient pas se présenter au téléphone à un employeur. "
    "J'ai donc conçu un atelier « Décrocher son téléphone » pour un groupe de huit personnes, avec des objectifs pédagogiques précis, une progression et des méthodes actives.",
    "L'atelier a duré une matinée, de 9 h à 12 h, avec une pause. Il comportait un brise-glace, un apport sur la structure d'un appel, des jeux de rôle en binôme et un temps de bilan.",
]
P5 = [
    "L'action de prospection visait les entreprises de la logistique de la zone d'activité, avec l'objectif de recueillir des offres et de placer des candidats en immersion. "
    "J'ai préparé un argumentaire, un fichier d'entreprises ciblées et une fiche de présentation de l'association.",
]
P6 = [
    "Un dirigeant de TPE du bâtiment cherchait un manœuvre. Je l'ai aidé à analyser son besoin, à rédiger la fiche de poste et l'offre, puis à choisir une méthode de recrutement adaptée.",
]
P7 = [
    "J'ai suivi l'intégration de M. P., embauché comme agent de quai. Avec son tuteur, nous avons préparé son arrivée, puis fait des points de suivi réguliers pour sécuriser son maintien dans l'emploi.",
]


def attestation(structure, tutor, dates, hours):
    return [("h2", f"Attestation de stage – {structure}"),
            f"Je soussignée {tutor}, tutrice de stage, atteste que le stagiaire a effectué une période en entreprise au sein de notre structure {dates}, "
            f"pour une durée de {hours} heures.", "Fait pour servir et valoir ce que de droit."]


def build_titre():
    # --- T1 compliant: Heading styles, two periods + cover total, interviews as headings
    t1_p2 = [
        "M. T., 44 ans, ancien cariste, m'a été orienté par sa référente RSA après un licenciement économique. Le contexte : une séparation récente, un logement précaire et une perte de confiance.",
        ("h2", "Entretien 1 – 9 janvier : l'accueil et le diagnostic"),
        "Je reçois M. T. à 14 h 30 dans le petit bureau. L'entretien dure 1 h 15. Nous faisons le point sur son parcours, ses freins (mobilité, dettes) et ses attentes ; nous posons ensemble un premier diagnostic partagé.",
        ("h2", "Entretien 2 – 16 janvier : le contrat d'engagement"),
        "Nous signons le contrat d'engagement réciproque. Les étapes sont écrites avec lui : régulariser sa situation auprès de la CAF, reprendre contact avec le point conseil budget, cibler la conduite d'engins.",
        ("h2", "Entretien 3 – 30 janvier (en visio)"),
        "M. T. n'a pas pu se déplacer : nous faisons le point en visio. Le dossier de surendettement est déposé, il a une date pour le test CACES. Nous ajustons le plan d'action.",
        "Un quatrième entretien était prévu le 13 février pour préparer le relais, mais M. T. ne s'est pas présenté ; sa référente a repris le suivi après mon départ.",
        "Bilan : les étapes réalisées sont la contractualisation, le dossier budget et l'inscription au CACES ; les étapes envisagées, la recherche d'un poste de cariste et un suivi par sa référente, qui prend le relais.",
    ]
    t1_p3 = [
        "Mme L., 27 ans, vendeuse en boulangerie depuis l'âge de seize ans, veut changer de métier mais ne sait pas vers quoi. Elle a un CAP et le permis B.",
        "Je reçois Mme L. pour la première fois le 21 janvier. Elle parle beaucoup de ce qu'elle ne veut plus faire. Nous convenons d'une méthodologie : explorer ses intérêts, puis enquêter sur deux métiers.",
        "Le 4 février, nous nous revoyons : elle a rempli le questionnaire d'intérêts et deux pistes émergent, fleuriste et préparatrice en pharmacie. Je lui propose des enquêtes métier.",
        "Quinze jours plus tard, le 18 février, elle revient avec ses deux enquêtes. La préparation en pharmacie l'attire : nous construisons une PMSMP. (La PMSMP de 35 heures chez un pharmacien a eu lieu la semaine suivante.)",
        "Notre dernier entretien, le 4 mars, fait le bilan de l'immersion : le projet est validé. Nous identifions la formation par apprentissage et les compétences à acquérir ; la réalisation du projet passe par une candidature au CFA.",
    ]
    intro = ["Je m'appelle Nadège Forestier, j'ai 41 ans et j'ai travaillé quinze ans comme assistante de gestion avant de me reconvertir.",
             "Mon stage s'est déroulé en deux temps : du 6 janvier au 14 février au PLIE du Pays de Vierzon (210 heures), puis du 3 mars au 4 avril à la Mission Locale (189 heures), soit 399 heures en entreprise."]
    annex = attestation("PLIE du Pays de Vierzon", "Mme Carole Dumas", "du 6 janvier au 14 février 2026", 210) + ["BRK"] \
        + attestation("Mission Locale de Vierzon", "Mme Inès Ravel", "du 3 mars au 4 avril 2026", 189)
    titre("T1-forestier-conforme", "Nadège Forestier", "Période(s) en entreprise : 399 heures", intro,
          [P1, t1_p2, t1_p3, P4, P5, P6, P7], [7, 6, 5, 7, 5, 4, 3], annex, seed=11)

    # --- T2 compliant: bold Normal headings, weeks x hours, table of interviews, narrative ranks
    t2_p2 = [
        "La personne que j'ai choisie de présenter est M. D., 52 ans, ancien ouvrier agricole, sans emploi depuis trois ans, orienté par France Travail. Contexte : isolement, pas de véhicule, un problème de dos.",
        ("table", [["Date", "Modalité", "Objet", "Statut"],
                   ["07/10", "Présentiel", "Accueil, diagnostic", "réalisé"],
                   ["21/10", "Présentiel", "Contrat d'engagement", "réalisé"],
                   ["04/11", "Téléphone", "Point d'étape", "annulé (absent)"],
                   ["12/11", "Présentiel", "Point d'étape et relais", "réalisé"]]),
        "Au premier entretien, M. D. me parle surtout de son dos. Nous faisons un diagnostic partagé et je lui propose une visite chez le médecin du travail de Cap emploi.",
        "Le 21 octobre, nous signons le contrat : trois objectifs, la RQTH, une remise à niveau au GRETA, un vélo électrique prêté par la plateforme mobilité.",
        "Le 4 novembre il n'est pas venu ; je l'ai rappelé et nous nous sommes vus le 12 novembre : la RQTH est déposée, la remise à niveau commence, et sa conseillère France Travail prend le relais.",
    ]
    t2_p3 = [
        "J'ai accompagné Kevin, 19 ans, sorti du lycée professionnel sans diplôme, qui voulait « travailler dans le sport ».",
        "Je fais la connaissance de Kevin le 7 octobre ; il est venu avec sa mère. Il ne sait pas dire ce qu'il aime, sinon le foot. Nous parlons de ses compétences, ses loisirs, son bénévolat au club.",
        "Lors de notre deuxième rencontre, le 14 octobre, nous explorons les métiers de l'animation sportive et les fiches ROME. Il découvre le BPJEPS.",
        "À notre troisième rendez-vous, le 28 octobre, il a fait une enquête auprès de l'éducateur de son club. Nous construisons son plan : BAFA d'abord, service civique ensuite.",
        "Un dernier point a eu lieu par téléphone le 12 novembre : le dossier BAFA est envoyé, le service civique à l'UFOLEP est accepté. Méthodologie, élaboration et réalisation du projet ont avancé ensemble.",
    ]
    intro = ["Technicien de maintenance pendant vingt ans dans l'industrie papetière, j'ai été licencié quand l'usine a fermé. Le métier de conseiller en insertion m'est apparu comme une suite logique de mon engagement syndical.",
             "Mes onze semaines à 35 heures se sont passées à l'atelier et chantier d'insertion Les Jardins du Lot, à Cahors."]
    annex = [("h2", "Annexe 1 – Tableau des heures de stage"),
             ("table", [["Période", "Structure", "Heures"],
                        ["du 29/09 au 07/11", "ACI Les Jardins du Lot", "210"],
                        ["du 17/11 au 19/12", "ACI Les Jardins du Lot", "175"],
                        ["Total", "", "385"]]), "BRK"] \
        + attestation("ACI Les Jardins du Lot", "Mme Joëlle Marty", "du 29 septembre au 19 décembre 2025", 385)
    titre("T2-bessiere-conforme", "Grégory Bessière", "Stage : 11 semaines", intro,
          [P1, t2_p2, t2_p3, P4, P5, P6, P7], [7, 5, 5, 7, 5, 4, 3], annex, headings="bold",
          numbering="PARTIE {n} : ", seed=12)

    # --- T3 FAIL hours: 350 h stated plainly
    t3_p2 = [
        "J'ai accompagné Mme R., 36 ans, mère de trois enfants, au RSA depuis quatre ans, orientée par l'assistante sociale du secteur.",
        ("h2", "Premier entretien (12 mars)"),
        "Accueil et diagnostic : elle veut travailler à l'école de ses enfants, sur les temps périscolaires. Freins : garde du plus jeune, pas de permis.",
        ("h2", "Deuxième entretien (26 mars)"),
        "Nous signons le contrat d'engagement et fixons les étapes : place en crèche, inscription au BAFA, contact avec la mairie.",
        ("h2", "Troisième entretien (9 avril)"),
        "Point d'étape : la place en crèche est obtenue, le BAFA financé. Bilan de l'accompagnement et relais vers la conseillère du service emploi de la mairie.",
    ]
    t3_p3 = [
        "M. B., 31 ans, réfugié afghan, ancien électricien, parle bien français mais son diplôme n'est pas reconnu.",
        ("table", [["Date", "Objet de l'entretien"],
                   ["19 mars", "Premier entretien : parcours, compétences, projet d'électricien"],
                   ["2 avril", "Exploration : fiches métiers, enquête chez un artisan"],
                   ["16 avril", "Plan d'action : PMSMP, titre professionnel électricien"]]),
        "Ces trois entretiens ont permis de construire le projet avec lui ; la PMSMP a confirmé son projet et il entre en formation qualifiante à l'AFPA.",
    ]
    intro = ["Vendeuse pendant douze ans en prêt-à-porter, j'ai choisi ce métier pour être utile autrement.",
             "Au total, mon stage au CCAS de Roubaix a duré 350 heures : je n'ai pas pu faire les dernières semaines à cause d'une hospitalisation."]
    annex = attestation("CCAS de Roubaix", "Mme Hélène Vandamme", "du 3 mars au 16 mai 2026", 350)
    titre("T3-haddad-heures", "Samia Haddad", "Période(s) en entreprise : 350 heures", intro,
          [P1, t3_p2, t3_p3, P4, P5, P6, P7], [7, 5, 5, 7, 5, 4, 3], annex, seed=13)

    # --- T4 FAIL interviews: part 3 has two held interviews
    t4_p2 = [
        "Mme A., 49 ans, ancienne aide-soignante en arrêt longue maladie, souhaite reprendre une activité compatible avec son état de santé.",
        "Je l'ai reçue le 6 mai, le 13 mai et le 27 mai. Le 6 mai, nous avons fait connaissance et posé le diagnostic ; le 13 mai, nous avons signé le contrat d'accompagnement ; le 27 mai, nous avons fait le bilan des étapes et organisé le relais avec Cap emploi.",
        "Les moyens mobilisés ont été la RQTH, le médecin du travail et une prestation d'appui spécifique.",
    ]
    t4_p3 = [
        "M. H., 23 ans, titulaire d'un bac pro commerce, souhaite devenir conducteur de bus.",
        "Je n'ai pu mener que deux entretiens avec M. H. : le 10 juin, pour explorer le métier et ses conditions d'accès, et le 24 juin, pour préparer une enquête auprès du dépôt de bus.",
        "Le troisième, fixé au 8 juillet, n'a pas eu lieu : M. H. avait trouvé une mission d'intérim. Deux entretiens, c'est peu pour construire un projet, et je le regrette.",
    ]
    intro = ["Officier marinier pendant dix-sept ans, j'ai quitté la Marine nationale pour me consacrer à l'accompagnement des personnes.",
             "J'ai effectué trois périodes en entreprise : 140 h au CIDFF de Brest, 140 h au CCAS de Landerneau et 126 h à Cap emploi, soit 406 heures."]
    annex = attestation("CIDFF du Finistère", "Mme Annick Le Goff", "du 5 au 30 mai 2026", 140)
    titre("T4-kerbrat-entretiens", "Yann Kerbrat", "Période(s) en entreprise : 406 heures", intro,
          [P1, t4_p2, t4_p3, P4, P5, P6, P7], [7, 5, 5, 7, 5, 4, 3], annex, seed=14)


def ccp(name, title_line, who, cover_hours, intro, parts, annex, headings="styles", seed=2,
        sommaire=None, **fmt):
    """parts: list of (heading, theme, pages, core)."""
    d = Dossier(name, headings=headings, seed=seed, **fmt)
    d.cover(["Dossier de production", title_line, who, "Session 2026", cover_hours])
    d.sommaire(sommaire or ([p[0] for p in parts] + ["Annexes"]))
    if intro:
        d.h("Introduction")
        for para in intro:
            d.p(para)
    for heading, theme, pages, core in parts:
        if heading:
            d.h(heading)
        d.fill(theme, pages, core)
    d.h("Annexes")
    for block in annex:
        if isinstance(block, str) and block == "BRK":
            d.brk()
        else:
            d._block(block)
    return d.save()


def build_ccp():
    # --- C1a CCP1 compliant: no parts, 7 pages; two periods written with days
    core = [
        "J'ai réalisé mon stage au Point Information Jeunesse d'Annonay, un service municipal qui a pour mission d'informer les jeunes de 16 à 30 ans sur l'emploi, la formation, le logement et la santé. "
        "Il propose un accueil libre du mardi au samedi, des permanences d'une conseillère de la Mission Locale et des ateliers collectifs.",
        "Mes heures de stage : deux semaines de 35 heures au PIJ, puis trois jours (21 h) en observation à l'agence France Travail, soit 91 heures.",
        ("h2", "Le territoire"),
        "Annonay est une ville moyenne du nord de l'Ardèche, marquée par l'industrie (bus, mégisserie) et un chômage des jeunes élevé. Les transports vers Lyon sont rares.",
        ("h2", "L'accueil de Mme S."),
        "Mme S., 22 ans, se présente sans rendez-vous. Elle a quitté une formation d'aide-soignante et « veut du travail tout de suite ». J'accueille sa demande, je reformule, je repère ses besoins : ressources, logement, projet.",
        "Nous posons ensemble les bases d'un diagnostic partagé : ses atouts (expérience en EHPAD, permis), ses freins (dettes, découragement). Je l'oriente vers la Mission Locale pour un accompagnement, avec une fiche de liaison.",
        ("h2", "Analyse de ma pratique"),
        "J'ai su créer un climat de confiance ; ma limite a été de vouloir tout traiter dans le même accueil. Je retiens qu'il faut hiérarchiser avec la personne.",
    ]
    annex = [("h2", "Annexe 1 – Attestation de stage"),
             "Je soussigné M. Didier Faure, responsable du PIJ d'Annonay, atteste que la stagiaire a effectué un stage du 12 au 23 janvier 2026, soit 70 heures.",
             "BRK", ("h2", "Annexe 2 – Attestation France Travail"),
             "L'agence France Travail d'Annonay atteste de la présence de la stagiaire en observation les 2, 3 et 4 février 2026 (21 heures)."]
    ccp("C1a-roux-conforme",
        "CCP 1 – Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
        "Titre professionnel Conseiller en insertion professionnelle — Léa Roux", "Période(s) en entreprise : 91 heures",
        None, [(None, "structure", 7, core)], annex, seed=21,
        sommaire=["La structure et le territoire", "L'accueil de Mme S.", "Analyse de ma pratique", "Annexes"])

    # --- C1b CCP1 FAIL font: Times New Roman throughout
    core = [
        "Mon stage s'est déroulé au CCAS de Montluçon, un établissement public communal dont la mission est de lutter contre l'exclusion et d'accompagner les habitants en difficulté. "
        "Son offre de services comprend l'aide sociale facultative, la domiciliation et un accueil emploi sur rendez-vous.",
        "Il s'est déroulé du 2 au 20 juin, à raison de 35 heures par semaine : 105 heures en tout.",
        ("h2", "Le public et le territoire"),
        "Montluçon a perdu beaucoup d'emplois industriels ; la population vieillit, la pauvreté touche un habitant sur cinq dans certains quartiers prioritaires.",
        ("h2", "Une situation d'accueil"),
        "M. O., 58 ans, vient pour une aide alimentaire ; au fil de l'échange, il parle de son licenciement et de sa peur de ne plus retrouver de travail. J'analyse sa demande : derrière la demande d'aide, une demande d'emploi.",
        "Nous posons un premier diagnostic : compétences de magasinier, pas d'accès à internet, santé fragile. Je l'oriente vers l'accueil emploi du CCAS et vers un atelier numérique.",
        ("h2", "Ce que je retiens"),
        "Ma force : l'écoute. Ma limite : la connaissance des dispositifs pour les seniors. Axe d'amélioration : me constituer un carnet d'adresses.",
    ]
    annex = [("h2", "Annexe – Attestation de stage"),
             "La directrice du CCAS de Montluçon atteste que le stagiaire a effectué un stage du 2 au 20 juin 2026, d'une durée de 105 heures."]
    ccp("C1b-pereira-police",
        "CCP 1 – Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé",
        "Titre professionnel Conseiller en insertion professionnelle — Miguel Pereira", "Période(s) en entreprise : 105 heures",
        None, [(None, "structure", 7, core)], annex, seed=22, font="Times New Roman",
        sommaire=["Le CCAS de Montluçon", "Le public et le territoire", "Une situation d'accueil", "Ce que je retiens", "Annexe"])

    # --- C2a CCP2 compliant: two periods, interviews as RDV notes and as dialogue-ish narrative
    p1 = [
        "Contexte : Mme G., 38 ans, caissière licenciée, orientée par France Travail vers le PLIE de Saint-Nazaire. Deux enfants, pas de permis.",
        "RDV n°1 – 03/02 : accueil, diagnostic partagé, freins (garde, mobilité).",
        "RDV n°2 – 17/02 : contractualisation, signature du contrat d'engagement, objectifs : permis, formation d'agent d'accueil.",
        "RDV n°3 – 03/03 (tél.) : point sur l'inscription à l'auto-école solidaire, relance du dossier de financement.",
        "RDV n°4 – 17/03 : bilan des étapes réalisées, étapes envisagées, relais vers sa référente PLIE.",
        "Les moyens mobilisés : l'auto-école solidaire, l'aide à la garde d'enfants de la CAF, le GRETA.",
    ]
    p2 = [
        "M. N., 45 ans, ancien boucher, ne peut plus porter de charges. Il veut « un métier où on s'assoit ».",
        "« Qu'est-ce qui vous plaisait dans la boucherie ? » lui ai-je demandé lors de notre premier entretien, le 5 février. « Le contact avec les clients. » Nous partons de là.",
        "Le 19 février, nous nous sommes entretenus sur ses enquêtes : conseiller de vente en magasin de bricolage, agent de réservation. Il choisit la vente.",
        "Le 5 mars, troisième entretien : nous préparons une PMSMP chez un grand magasin de bricolage, avec une fiche d'observation.",
        "Après l'immersion, le 19 mars, un dernier entretien : le projet est validé et nous planifions une formation de vendeur conseil.",
    ]
    p3 = [
        "L'atelier « Mes atouts en trois minutes » est né d'une demande des conseillers : les personnes ne savaient pas parler de leurs compétences.",
        "Objectifs pédagogiques, progression, méthodes : un photolangage, un exercice des trois réussites, des simulations de présentation en binôme.",
        "Huit participants. Évaluation par un questionnaire de fin d'atelier et par l'observation des présentations finales.",
    ]
    annex = [("h2", "Annexe 1 – Attestations"),
             "PLIE de Saint-Nazaire : stage du 2 février au 20 mars 2026, 105 heures. E2C Estuaire : stage du 23 mars au 3 avril 2026, 77 heures."]
    ccp("C2a-guillou-conforme",
        "CCP 2 – Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
        "Titre professionnel Conseiller en insertion professionnelle — Maëlle Guillou",
        "Première période : 105 heures au PLIE. Seconde période : 77 heures à l'E2C.",
        None,
        [("Partie 1 – Accompagnement à la contractualisation et au suivi d'un parcours d'insertion", "accompagnement", 5, p1),
         ("Partie 2 – Accompagnement à l'élaboration et à la réalisation d'un projet professionnel", "accompagnement", 5, p2),
         ("Partie 3 – Conception, préparation et animation d'un atelier thématique", "atelier", 7, p3)],
        annex, seed=23)

    # --- C2c CCP2 FAIL hours: same layout as C2a, two periods (70 h + 35 h = 105 h < 175 h)
    # stated on the cover and again in the annex, as C2a does.
    annex_c = [("h2", "Annexe 1 – Attestations"),
               "PLIE de Saint-Nazaire : stage du 2 au 13 février 2026, 70 heures. E2C Estuaire : stage du 16 au 20 février 2026, 35 heures."]
    ccp("C2c-guillou-heures",
        "CCP 2 – Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
        "Titre professionnel Conseiller en insertion professionnelle — Maëlle Guillou",
        "Première période : 70 heures au PLIE. Seconde période : 35 heures à l'E2C.",
        None,
        [("Partie 1 – Accompagnement à la contractualisation et au suivi d'un parcours d'insertion", "accompagnement", 5, p1),
         ("Partie 2 – Accompagnement à l'élaboration et à la réalisation d'un projet professionnel", "accompagnement", 5, p2),
         ("Partie 3 – Conception, préparation et animation d'un atelier thématique", "atelier", 7, p3)],
        annex_c, seed=23)

    # --- C2b CCP2 FAIL: part 3 is ten pages (range 6-8)
    p1 = [
        "Je présente ici l'accompagnement de M. E., 29 ans, ancien militaire, qui souhaitait se reconvertir après un accident.",
        "Je l'ai rencontré une première fois le 8 septembre pour l'accueil et le diagnostic, puis une deuxième fois le 22 septembre pour signer le contrat, et enfin une dernière fois le 6 octobre pour le bilan et le relais vers la Maison de l'emploi.",
        "Moyens et acteurs mobilisés : Cap emploi, la RQTH, une formation en bureautique.",
    ]
    p2 = [
        "Mme V., 55 ans, souhaite devenir assistante de vie.",
        ("table", [["Séance", "Date", "Contenu"],
                   ["1", "10/09", "Exploration du métier, intérêts"],
                   ["2", "24/09", "Enquête métier auprès d'une SAAD"],
                   ["3", "08/10", "Immersion préparée, plan de formation"]]),
        "Le projet est validé et la réalisation passe par le titre ADVF.",
    ]
    p3 = [
        "Mon atelier sur la recherche d'emploi en ligne a été conçu pour douze personnes. J'ai beaucoup écrit sur cette partie, parce que c'est celle qui m'a le plus appris.",
        "Objectifs, progression, méthodes, activités et évaluation sont détaillés ci-dessous, séance par séance.",
    ]
    annex = [("h2", "Annexe – Attestation"),
             "La Maison de l'emploi de Poitiers atteste que la stagiaire a effectué 5 semaines de stage de 35 h, soit 175 heures."]
    ccp("C2b-moreau-partie-longue",
        "CCP 2 – Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle",
        "Titre professionnel Conseiller en insertion professionnelle — Odile Moreau",
        "Période(s) en entreprise : 5 semaines de 35 h (175 heures)",
        None,
        [("1. Accompagnement à la contractualisation et au suivi d'un parcours d'insertion", "accompagnement", 5, p1),
         ("2. Accompagnement à l'élaboration et à la réalisation d'un projet professionnel", "accompagnement", 5, p2),
         ("3. Conception, préparation et animation d'un atelier thématique", "atelier", 10, p3)],
        annex, headings="bold", seed=24)

    # --- C3a CCP3 compliant
    p1 = [
        "L'action de prospection a été menée pour le chantier d'insertion de Bourg-en-Bresse auprès des entreprises de la plasturgie. Objectifs : recueillir cinq offres, organiser des visites.",
        "Mon stage : 4 semaines à temps plein, 35 h hebdomadaires, soit 140 heures. Horaires : de 9h à 12h30 et de 13h30 à 17h.",
        "Outils : fichier de ciblage, argumentaire, plaquette. Bilan : 42 entreprises contactées, 9 visites, 6 offres recueillies.",
    ]
    p2 = ["Le gérant d'une PME de plasturgie voulait recruter un régleur. Je l'ai aidé à analyser le poste, rédiger le profil et choisir la méthode de recrutement par simulation."]
    p3 = ["J'ai accompagné l'intégration de Mme F., embauchée comme opératrice. Livret d'accueil, tutorat, points de suivi à une semaine et à un mois : elle est toujours en poste."]
    annex = [("h2", "Annexe – Attestation"),
             "Le directeur du chantier d'insertion atteste de la présence du stagiaire du 2 au 27 février 2026 (140 heures)."]
    ccp("C3a-blanc-conforme",
        "CCP 3 – Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle",
        "Titre professionnel Conseiller en insertion professionnelle — Thomas Blanc",
        "Période en entreprise : 140 h",
        None,
        [("Partie 1 – Action de prospection auprès des employeurs du territoire", "prospection", 6, p1),
         ("Partie 2 – Appui technique aux employeurs en matière de recrutement", "appui", 5, p2),
         ("Partie 3 – Intégration et maintien d'un salarié dans son environnement professionnel", "integration", 3, p3)],
        annex, seed=25)


def build_ops():
    ops_title = "Mémoire de la période de mise en application professionnelle — OPS Conseil, Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle"
    structure = [
        "L'association Tremplin 15 est implantée à Aurillac, dans le Cantal, un territoire rural où les distances et l'absence de transports pèsent sur l'accès à l'emploi. "
        "Elle accompagne des adultes éloignés de l'emploi, allocataires du RSA pour la plupart, orientés par le Département.",
        "Ma période de mise en application s'est déroulée sur 30 jours, du 5 janvier au 13 février 2026.",
    ]
    carto = [
        "J'ai réalisé la cartographie du réseau des partenaires de l'association, sous forme de tableau, en distinguant les partenaires de l'emploi, du social, de la santé et de la formation.",
        ("table", [["Domaine", "Partenaires", "Nature du lien"],
                   ["Emploi", "France Travail, agences d'intérim, GEIQ", "orientations, offres"],
                   ["Social", "CCAS, Département, CAF", "orientations, aides"],
                   ["Santé", "CMP, PASS", "soins, relais"],
                   ["Formation", "GRETA, AFPA", "remise à niveau, qualification"]]),
    ]
    mono = [
        "Mme D., 47 ans, ancienne employée de laiterie, a été licenciée en 2023. Elle vit seule à la campagne, sans permis. Je retrace ici son parcours.",
        "Après deux ans de chômage, elle est orientée vers l'association. Elle suit l'atelier collectif, puis un accompagnement individuel. Une formation d'agent de restauration collective lui permet de signer un CDD à la cuisine centrale.",
        "Mon analyse : le parcours de Mme D. montre l'importance de la mobilité (le transport à la demande a tout débloqué) et de la confiance retrouvée dans le groupe.",
    ]
    action = [
        "L'action sur laquelle je suis intervenue est l'atelier « Remobilisation », un groupe de huit personnes, deux matinées par semaine pendant six semaines, animé par la conseillère et moi-même.",
        "Objectifs : rompre l'isolement, retrouver un rythme, identifier ses compétences. Organisation : séances collectives et suivi individuel.",
    ]
    outil = [
        "J'ai créé un outil : le « carnet de route », un livret où chaque participant note ses réussites de la semaine et ses prochaines démarches. Il a été utilisé à chaque séance.",
    ]
    ajust = [
        "Des ajustements ont été nécessaires : le carnet était trop écrit pour certaines personnes, j'ai ajouté des pictogrammes ; les séances ont été décalées à 10 h pour tenir compte du bus scolaire.",
    ]
    analyse = [
        "Analyse de l'action : ses forces sont la dynamique de groupe et l'assiduité ; ses faiblesses, le manque de lien avec les employeurs. "
        "Je propose d'ajouter une visite d'entreprise à chaque session et d'associer le GEIQ dès la première séance.",
    ]
    sections = [("1. Présentation de la structure", "ops", 2, structure),
                ("2. Cartographie du réseau des partenaires", "ops", 2, carto),
                ("3. Monographie : le parcours de Mme D.", "ops", 2, mono),
                ("4. Présentation de l'action", "ops", 2, action),
                ("5. L'outil que j'ai créé", "ops", 1, outil),
                ("6. Les ajustements", "ops", 1, ajust),
                ("7. Analyse de l'action", "ops", 2, analyse)]
    annex = [("h2", "Annexe – Attestation de stage"),
             "La présidente de Tremplin 15 atteste que la stagiaire a effectué sa période d'application du 5 janvier au 13 février 2026, soit 30 jours."]
    ccp("O1-vidal-conforme", ops_title, "Claire Vidal", "Période de mise en application : 30 jours",
        None, sections, annex, seed=31)

    # --- O2 FAIL: no cartographie (said not done), everything else present
    structure = [
        "La Régie de quartier de Valence est une association qui emploie des habitants des quartiers prioritaires sur des activités de nettoyage et d'espaces verts, et les accompagne vers l'emploi durable.",
        "J'y ai effectué 32 jours de période d'application professionnelle, en mars et avril 2026.",
    ]
    mono = [
        "Étude de cas : M. K., 34 ans, arrivé du Mali il y a huit ans, agent d'entretien à la Régie depuis un an. Je retrace son parcours : alphabétisation, CACES, puis un CDI dans une entreprise de propreté.",
        "Mon analyse : sa réussite tient à sa persévérance et au soutien de l'encadrant technique ; sa difficulté principale restait l'écrit.",
    ]
    action = [
        "Je suis intervenu sur l'action « Permis de réussir » : préparation au code de la route pour dix salariés en insertion, trois séances par semaine pendant huit semaines. Objectifs, durée et organisation ont été fixés avec la chargée d'insertion.",
    ]
    outil = ["J'ai conçu un quiz illustré du code de la route, utilisé à chaque séance."]
    ajust = ["Ajustements : j'ai réduit la durée des séances et ajouté des explications orales pour les salariés qui lisent peu."]
    analyse = ["Analyse de l'action : forces, la motivation du groupe ; faiblesses, l'absence de financement des heures de conduite. Je propose de solliciter la fondation d'entreprise du bailleur."]
    note = ["Faute de temps, je n'ai pas pu réaliser la cartographie demandée ; je la présenterai lors de la soutenance."]
    sections = [("1. Présentation de la structure", "ops", 2, structure),
                ("2. Monographie", "ops", 2, mono),
                ("3. L'action", "ops", 2, action),
                ("4. Mon outil", "ops", 1, outil),
                ("5. Ajustements", "ops", 1, ajust),
                ("6. Analyse de l'action", "ops", 2, analyse + note)]
    annex = [("h2", "Annexe – Attestation"),
             "La Régie de quartier atteste que le stagiaire a effectué 32 jours de période d'application."]
    ccp("O2-traore-cartographie", ops_title, "Moussa Traoré", "", None, sections, annex, seed=32)


def build_extra():
    """Two title dossiers added after the first run, to probe what it showed."""
    # --- T5 compliant: part 3's third interview is a phone call told as « un dernier point »
    t5_p2 = [
        "J'ai accompagné Mme C., 58 ans, ancienne secrétaire médicale, licenciée après la fermeture du cabinet où elle travaillait depuis vingt-deux ans.",
        ("h2", "Entretien d'accueil – 2 juin"),
        "Mme C. arrive avec un classeur rempli de candidatures restées sans réponse. Nous faisons le point sur ses démarches, son réseau et sa situation financière : diagnostic partagé.",
        ("h2", "Signature du contrat – 16 juin"),
        "Nous signons le contrat d'accompagnement : trois objectifs écrits ensemble, la mise à jour de son CV, une formation aux outils numériques, des candidatures dans les cliniques.",
        ("h2", "Bilan intermédiaire – 30 juin"),
        "Bilan des étapes réalisées : CV refait, inscription à l'atelier numérique. Étapes envisagées : candidatures spontanées ; relais vers sa conseillère France Travail.",
    ]
    t5_p3 = [
        "Yanis, 20 ans, titulaire d'un CAP cuisine, ne veut plus travailler en restauration à cause des horaires.",
        "Je fais sa connaissance le 3 juin à l'agence. Il parle de jeux vidéo et de montage de PC. Nous convenons d'explorer les métiers de la maintenance informatique.",
        "Le 17 juin, nous nous revoyons : il a lu les fiches ROME et fait une enquête auprès d'un technicien de la médiathèque. La piste se précise.",
        "Un dernier point a eu lieu par téléphone le 1er juillet : il a obtenu une PMSMP d'une semaine dans un magasin informatique, et nous avons préparé ses questions pour le tuteur.",
    ]
    intro = ["Éducatrice spécialisée pendant dix ans, j'ai voulu me tourner vers l'insertion professionnelle des adultes.",
             "Période(s) en entreprise : 392 heures, réparties en deux stages de 196 heures au PLIE de Mâcon et à la Mission Locale."]
    titre("T5-lambert-conforme", "Sophie Lambert", "Période(s) en entreprise : 392 heures", intro,
          [P1, t5_p2, t5_p3, P4, P5, P6, P7], [7, 5, 5, 7, 5, 4, 3],
          attestation("PLIE du Mâconnais", "Mme Agnès Perrin", "du 5 mai au 13 juin 2026", 196), seed=15)

    # --- T6 FAIL: part 2 has two headed interviews; the second's results under a label
    t6_p2 = [
        "J'ai accompagné Mme R., 36 ans, mère de trois enfants, au RSA depuis quatre ans, orientée par l'assistante sociale du secteur.",
        ("h2", "Premier entretien (12 mars)"),
        "Accueil et diagnostic : elle veut travailler à l'école de ses enfants, sur les temps périscolaires. Freins : garde du plus jeune, pas de permis.",
        ("h2", "Deuxième entretien (26 mars)"),
        "Nous signons le contrat d'engagement et fixons les étapes : place en crèche, inscription au BAFA, contact avec la mairie.",
        "Point d'étape : la place en crèche est obtenue, le BAFA financé. Relais vers la conseillère du service emploi de la mairie, qui poursuivra le suivi.",
    ]
    t6_p3 = [
        "M. B., 31 ans, réfugié afghan, ancien électricien, parle bien français mais son diplôme n'est pas reconnu.",
        ("table", [["Date", "Objet de l'entretien"],
                   ["19 mars", "Premier entretien : parcours, compétences, projet d'électricien"],
                   ["2 avril", "Exploration : fiches métiers, enquête chez un artisan"],
                   ["16 avril", "Plan d'action : PMSMP, titre professionnel électricien"]]),
        "Ces trois entretiens ont permis de construire le projet avec lui ; il entre en formation qualifiante à l'AFPA.",
    ]
    intro = ["Vendeuse pendant douze ans en prêt-à-porter, j'ai choisi ce métier pour être utile autrement.",
             "Mon stage au CCAS de Tourcoing a duré 12 semaines de 35 heures."]
    titre("T6-delattre-entretiens", "Julie Delattre", "Période(s) en entreprise : 420 heures", intro,
          [P1, t6_p2, t6_p3, P4, P5, P6, P7], [7, 5, 5, 7, 5, 4, 3],
          attestation("CCAS de Tourcoing", "Mme Hélène Vandamme", "du 2 mars au 22 mai 2026", 420), seed=16)


if __name__ == "__main__":
    build_titre()
    build_ccp()
    build_ops()
    build_extra()
    for f in sorted(OUT.glob("*.docx")):
        print(f.name, f.stat().st_size)
