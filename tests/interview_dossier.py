# ruff: noqa: E501  (French prose as candidates write it)
"""A CCP 2 dossier as a candidate sends it (DOCX written with python-docx): a cover with
the hours, a sommaire, three parts with their RE titles, interviews told in two styles,
an analysis, annexes. Part 1 tells three interviews held (dated sub-headings, a recap
table); part 2 tells two held in narrative and a third only planned."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

PART1 = [
    ("h", "1.1 Contexte de l'accompagnement"),
    ("p", "J'ai accompagné Mme R., 44 ans, pendant mon stage au PLIE de la communauté d'agglomération. Ancienne employée de restauration collective, elle est au RSA depuis trois ans et vit seule avec son fils de douze ans. Elle m'a été orientée par son référent RSA pour construire un parcours vers l'emploi."),
    ("p", "Les éléments clés du diagnostic partagé sont les suivants : une expérience solide en cuisine collective, une fatigue physique importante, l'absence de permis de conduire et une grande envie de « retrouver un rythme »."),
    ("t", [["Entretien", "Date", "Objet"],
           ["1", "6 mars", "Accueil, contrat d'engagement, diagnostic"],
           ["2", "20 mars", "Compétences et pistes de métiers"],
           ["3", "3 avril", "Plan d'action et contractualisation des étapes"]]),
    ("h", "1.2 Entretien n°1 – 6 mars"),
    ("p", "Je reçois Mme R. dans mon bureau. Je lui présente le PLIE, la confidentialité de nos échanges et le contrat d'engagement qu'elle signe. Nous retraçons son parcours : quinze ans en cuisine centrale, puis un arrêt pour raisons de santé. Elle se dit « usée » mais prête à repartir."),
    ("h", "1.3 Entretien n°2 – 20 mars"),
    ("p", "Mme R. a rempli le questionnaire de compétences que je lui avais remis. Nous identifions ses savoir-faire transférables : organisation, respect des normes d'hygiène, travail en équipe. Elle évoque le métier d'agent de restauration en crèche, moins physique."),
    ("h", "1.4 Entretien n°3 – 3 avril"),
    ("p", "Nous formalisons le plan d'action : une immersion en crèche, une inscription à l'auto-école sociale et un point avec son référent RSA. Les étapes sont datées et signées par Mme R. et par moi."),
    ("h", "1.5 Suivi du parcours et analyse de ma pratique"),
    ("p", "Le suivi du parcours s'appuie sur le tableau de bord du PLIE, que je mets à jour après chaque entretien. Avec le recul, j'aurais dû aborder plus tôt la question de la mobilité, qui a retardé l'immersion."),
]
PART2 = [
    ("h", "2.1 Contexte de l'accompagnement"),
    ("p", "La deuxième situation concerne M. B., 31 ans, ancien militaire, qui souhaitait se reconvertir dans la maintenance industrielle. Il m'a été orienté par France Travail après une première formation abandonnée."),
    ("p", "Le diagnostic partagé fait ressortir un bon niveau technique, une difficulté à se projeter dans la vie civile et une forte attente de résultats rapides."),
    ("h", "2.2 Les entretiens"),
    ("p", "Je l'ai reçu pour la première fois le 12 mai. Il est arrivé très en avance et m'a présenté un CV de quatre pages. Nous avons surtout parlé de son départ de l'armée et de ce qu'il en attendait."),
    ("p", "Lors de notre deuxième entretien, le 26 mai, nous avons exploré les métiers de technicien de maintenance et les formations qui y mènent. Il a choisi de passer par une période d'immersion en entreprise."),
    ("p", "Un troisième entretien est prévu le 9 juin, après son immersion, pour construire avec lui son projet professionnel et le plan de formation."),
    ("h", "2.3 Analyse de ma pratique"),
    ("p", "Les entretiens individuels permettent de prendre le temps d'écouter. Avec M. B., j'ai appris à freiner mon envie de proposer trop vite des solutions."),
]
PART3 = [
    ("h", "3.1 L'atelier « Valoriser ses compétences »"),
    ("p", "J'ai conçu et animé un atelier collectif de deux heures pour huit personnes accompagnées par le PLIE. Les objectifs, le déroulé et les supports sont présentés en annexe."),
]


def _add(doc: Document, items: list[tuple[str, object]]) -> None:
    for kind, value in items:
        if kind == "h":
            doc.add_heading(str(value), level=2)
        elif kind == "t":
            rows = value  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[arg-type]
            for r, row in enumerate(rows):  # type: ignore[arg-type]
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            doc.add_paragraph(str(value))


def ccp2_interviews_dossier(path: Path, part2: list[tuple[str, object]] | None = None) -> Path:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.line_spacing = 1.15
    for style in ("Heading 1", "Heading 2"):
        doc.styles[style].font.name = "Arial"
    title = doc.add_paragraph()
    run = title.add_run("Dossier professionnel – CCP Accompagner les personnes dans leur "
                        "parcours d'insertion sociale et professionnelle")
    run.bold, run.font.size = True, Pt(18)
    doc.add_paragraph("Candidate : C. Martin – Session de juin")
    doc.add_paragraph("Période en entreprise : 210 heures au PLIE de la communauté d'agglomération")
    doc.add_page_break()
    doc.add_heading("Sommaire", level=1)
    titles = ["Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
              "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
              "Conception, préparation et animation d'un atelier thématique"]
    for n, t in enumerate(titles, start=1):
        doc.add_paragraph(f"Partie {n} – {t}")
    for n, (t, items) in enumerate(zip(titles, [PART1, part2 or PART2, PART3], strict=True),
                                   start=1):
        doc.add_page_break()
        doc.add_heading(f"Partie {n} – {t}", level=1)
        _add(doc, items)
    doc.add_page_break()
    doc.add_heading("Annexes", level=1)
    doc.add_paragraph("Annexe 1 : déroulé de l'atelier.")
    doc.save(path)
    return path


if __name__ == "__main__":
    import sys
    print(ccp2_interviews_dossier(Path(sys.argv[1] if len(sys.argv) > 1 else "ccp2-entretiens.docx")))
