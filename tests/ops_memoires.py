"""OPS mémoires as candidates send them, written to DOCX by python-docx: a cover page, a
sommaire, headings in the candidate's own words, a table of partners, paragraphs told
in the first person. The seven contents the source makes mandatory are there, each
written without the RE's words; variants leave one out or plant names.

Used by tests/test_contentpriv_dossiers.py; run as a script to write the files:

    python tests/ops_memoires.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import docx.document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

COVER = [
    "Mémoire de la période de mise en application professionnelle",
    "Titre « Chargé d'accompagnement collectif et individuel en insertion "
    "socio-professionnelle » – OPS Conseil",
    "Présenté par Camille Rousseau",
    "Période de mise en application professionnelle : 29 jours, du 6 janvier au "
    "14 février 2025",
    "Structure d'accueil : association Rebond 42, Saint-Étienne",
]

SOMMAIRE = ["Sommaire", "1. Rebond 42 et son quartier", "2. Qui travaille avec nous",
            "3. Le chemin de Mme S.", "4. L'atelier « Objectif entretien »",
            "5. Le carnet de route", "6. Ce qui a bougé en chemin",
            "7. Mon regard sur l'atelier"]

# (heading, paragraphs); a paragraph that is a list of rows is written as a table.
Section = tuple[str, list[str | list[list[str]]]]

STRUCTURE: Section = ("1. Rebond 42 et son quartier", [
    "Rebond 42 est une association loi 1901 créée en 1998 par des habitants du quartier "
    "de Montreynaud, à Saint-Étienne. Ses bureaux occupent le rez-de-chaussée d'un "
    "immeuble de la place de l'Europe, au pied des tours, à dix minutes du centre en tram.",
    "L'association reçoit chaque année un peu plus de 250 personnes : surtout des femmes "
    "seules avec enfants, des allocataires du RSA et des jeunes sortis du lycée sans "
    "diplôme. Beaucoup n'ont pas travaillé depuis plusieurs années.",
    "Une équipe de six salariés (une directrice, trois conseillères, une chargée de "
    "relations entreprises et une secrétaire) accompagne ces personnes vers un emploi "
    "ou une formation, grâce à des financements du Département et de l'État.",
])

CARTOGRAPHIE: Section = ("2. Qui travaille avec nous", [
    "Rebond 42 ne travaille jamais seule. J'ai dessiné en annexe 1 la carte des liens "
    "que l'association entretient avec les acteurs du bassin stéphanois ; le tableau "
    "ci-dessous en donne l'essentiel.",
    [["Acteur", "Ce qu'il apporte", "Fréquence des échanges"],
     ["France Travail, agence Nord", "Oriente les demandeurs d'emploi", "Chaque semaine"],
     ["CCAS de Saint-Étienne", "Aides d'urgence, domiciliation", "Chaque mois"],
     ["Mission locale", "Suivi des moins de 26 ans", "Au cas par cas"],
     ["GRETA Loire", "Formations qualifiantes", "Chaque trimestre"],
     ["Club d'entreprises du quartier", "Offres, visites, parrainages", "Chaque mois"]],
    "Les liens les plus solides sont ceux qui passent par des personnes : quand une "
    "conseillère connaît son homologue du CCAS, une situation d'urgence se règle en une "
    "journée.",
])

MONOGRAPHIE: Section = ("3. Le chemin de Mme S.", [
    "Mme S. a 41 ans. Arrivée d'Algérie à 19 ans, elle a d'abord travaillé comme "
    "employée de ménage dans des hôtels, puis s'est arrêtée dix ans pour élever ses "
    "quatre enfants. Elle est venue à Rebond 42 en novembre, envoyée par sa conseillère "
    "France Travail.",
    "Quand je relis son histoire avec mes yeux de professionnelle, je vois une femme "
    "organisée, habituée aux horaires décalés et au travail bien fait. Ce qui la freine "
    "aujourd'hui, c'est la peur de l'écrit et un français oral encore hésitant, plus "
    "que le manque d'expérience.",
    "Nous avons donc convenu de miser sur ses savoir-faire d'entretien des locaux, en "
    "visant les collectivités qui recrutent des agents d'entretien.",
])

ACTION: Section = ("4. L'atelier « Objectif entretien »", [
    "L'atelier « Objectif entretien » devait permettre à huit personnes de se sentir "
    "prêtes à passer un entretien d'embauche.",
    "Il s'est étalé sur cinq semaines, à raison de deux matinées par semaine, soit dix "
    "rencontres de trois heures.",
    "Chaque matinée commençait par un temps en groupe (échanges, mises en situation) et "
    "se terminait par un temps individuel avec l'une des conseillères.",
])

OUTIL: Section = ("5. Le carnet de route", [
    "Pour que chacun garde une trace de ses progrès, j'ai conçu un carnet de route de "
    "douze pages : une page par matinée, avec ce que la personne a appris, une phrase "
    "qu'elle veut retenir et une question à poser à son prochain employeur. Le modèle "
    "est en annexe 3.",
])

AJUSTEMENTS: Section = ("6. Ce qui a bougé en chemin", [
    "Dès la deuxième semaine, deux participantes ne pouvaient pas arriver avant 9 h 30 "
    "à cause de l'école. Nous avons déplacé le début des matinées et raccourci la pause.",
    "Les simulations filmées effrayaient le groupe : je les ai remplacées, les deux "
    "premières fois, par des jeux de rôle sans caméra.",
])

ANALYSE: Section = ("7. Mon regard sur l'atelier", [
    "Avec le recul, le groupe est ce qui a le mieux fonctionné : l'entraide entre les "
    "participants a fait plus que mes apports. Six personnes sur huit ont décroché un "
    "entretien réel dans le mois qui a suivi.",
    "Je suis moins satisfaite du temps individuel, souvent grignoté par le collectif ; "
    "les dossiers de chacun n'ont pas toujours été repris.",
    "Si l'atelier est reconduit, je proposerais de réserver la dernière heure au temps "
    "individuel et d'inviter un employeur du club dès la première semaine.",
])

SECTIONS = {"structure": STRUCTURE, "cartographie": CARTOGRAPHIE,
            "monographie": MONOGRAPHIE, "action": ACTION, "outil": OUTIL,
            "ajustements": AJUSTEMENTS, "analyse_action": ANALYSE}

# Planted where the dossier otherwise writes « Mme S. »: two full names of accompanied
# persons (a participant and a partner's beneficiary), among pseudonymised ones, a tutor
# and professionals named by their role, structures and streets named after people.
NAMES_SECTION: Section = ("4 bis. Les participants", [
    "Le groupe réunissait huit personnes : Mme S., M. K., Sophie B. (prénom modifié), "
    "Karim, 24 ans, et quatre autres participants.",
    "Le premier jour, M. Rémi Vasseur est arrivé en retard : il sortait d'un rendez-vous "
    "au CCAS de la rue Victor Hugo.",
    "J'ai préparé les simulations avec ma tutrice, Mme Nadia Ferrand, et avec le "
    "conseiller France Travail, M. Olivier Garnier, qui connaissait déjà le groupe.",
    "Une visite a eu lieu au lycée Jean Monnet, puis à l'Association Jean Moulin, qui "
    "recrute des agents d'entretien.",
    "À la fin de l'atelier, Patricia Lemaire m'a demandé une attestation pour sa "
    "conseillère.",
])


def write(path: Path, leave_out: str | None = None, names: bool = False) -> Path:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for i, line in enumerate(COVER):
        p = d.add_paragraph(line)
        if i == 0:
            p.runs[0].bold = True
            p.runs[0].font.size = Pt(18)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for line in SOMMAIRE:
        d.add_paragraph(line)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    order = list(SECTIONS.items())
    if names:
        order.insert(4, ("names", NAMES_SECTION))
    for key, section in order:
        if key != leave_out:
            _section(d, section)
    d.save(str(path))
    return path


def _section(d: docx.document.Document, section: Section) -> None:
    heading, paragraphs = section
    d.add_heading(heading, level=1)
    for para in paragraphs:
        if not isinstance(para, list):
            d.add_paragraph(para)
            continue
        table = d.add_table(rows=len(para), cols=len(para[0]))
        for r, row in enumerate(para):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    write(out / "ops-memoire-conforme.docx")
    write(out / "ops-memoire-sans-cartographie.docx", leave_out="cartographie")
    write(out / "ops-memoire-noms.docx", names=True)
