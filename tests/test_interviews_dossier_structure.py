# ruff: noqa: E501  (French prose as candidates write it)
"""Interviews counted in a whole dossier read as in the same prose given alone.

A part of a real document is not a passage: it comes after a cover, a sommaire and other
parts (its sentences do not start the document), its sub-headings are Word heading
styles or bold Normal paragraphs, each one a paragraph of its own, and its pages break
between interviews. Each dossier here is a DOCX written as candidates write them, checked
end to end by ``check_file``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from cipcheck.api import Options, check_file
from cipcheck.findings import Finding, Status

TITLES = ["Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
          "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
          "Conception, préparation et animation d'un atelier thématique"]

# Parts that tell three interviews plainly: the part under test is the one changed.
PLAIN = [
    ("h", "Le parcours de Mme D."),
    ("p", "Mme D., 52 ans, ancienne caissière, est orientée vers l'association par son référent RSA après un licenciement économique."),
    ("p", "Premier entretien, le 3 mars : nous faisons le point sur son parcours et ses contraintes de garde."),
    ("p", "Deuxième entretien, le 17 mars : nous travaillons son CV et repérons trois offres d'employée libre-service."),
    ("br",),
    ("p", "Troisième entretien, le 31 mars : elle a décroché un essai d'une semaine, nous préparons ses questions."),
    ("h", "Ce que j'en retiens"),
    ("p", "J'ai appris à ne pas remplir les silences à sa place."),
]
WORKSHOP = [
    ("h", "L'atelier « Se présenter en deux minutes »"),
    ("p", "J'ai conçu et animé un atelier collectif de deux heures pour sept personnes : objectifs, déroulé, supports et évaluation sont en annexe."),
]


def _dossier(path: Path, parts: list[list[tuple]], subheads: str = "word") -> Path:
    """A CCP 2 dossier: cover, sommaire, introduction, three parts on their own pages,
    annexes. ``subheads``: "word" (Heading 2) or "bold" (a bold Normal paragraph)."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.line_spacing = 1.15
    for style in ("Heading 1", "Heading 2"):
        doc.styles[style].font.name = "Arial"
    run = doc.add_paragraph().add_run(
        "Dossier professionnel – CCP Accompagner les personnes dans leur parcours "
        "d'insertion sociale et professionnelle")
    run.bold, run.font.size = True, Pt(18)
    doc.add_paragraph("Candidat : Y. Gaillard – session de juin")
    doc.add_paragraph("Période en entreprise : 210 heures à l'association Relais Travail Vendée")
    doc.add_page_break()
    doc.add_heading("Sommaire", level=1)
    for n, title in enumerate(TITLES, start=1):
        doc.add_paragraph(f"Partie {n} – {title}")
    doc.add_page_break()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("Ancien chauffeur routier, j'ai fait mon stage dans une association "
                      "intermédiaire du bocage vendéen. Les trois parties qui suivent "
                      "racontent deux accompagnements et un atelier.")
    for n, (title, items) in enumerate(zip(TITLES, parts, strict=True), start=1):
        doc.add_page_break()
        doc.add_heading(f"Partie {n} – {title}", level=1)
        _add(doc, items, subheads)
    doc.add_page_break()
    doc.add_heading("Annexes", level=1)
    doc.add_paragraph("Annexe 1 : attestation de stage (210 heures).")
    doc.save(path)
    return path


def _add(doc, items: list[tuple], subheads: str) -> None:
    for kind, *value in items:
        if kind == "h" and subheads == "word":
            doc.add_heading(value[0], level=2)
        elif kind == "h":
            doc.add_paragraph().add_run(value[0]).bold = True
        elif kind == "br":
            doc.add_page_break()
        elif kind == "li":
            doc.add_paragraph(value[0], style="List Bullet")
        elif kind == "table":  # a Word table with a grid, its first row the header
            table = doc.add_table(rows=len(value[0]), cols=len(value[0][0]))
            table.style = "Table Grid"
            for r, row in enumerate(value[0]):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            doc.add_paragraph(value[0])


def _interviews(path: Path, part: int) -> Finding:
    report = check_file(path, "cip-ccp2", Options(pages="estimate", privacy=False))
    # (a reader that raises is reported as an internal error, the count then missing)
    assert not [f.message for f in report.checks if f.id.endswith(".internal")]
    return next(f for f in report.checks if f.id == "content.entretiens" and f.part == part)


# « Lundi 12 janvier » as a Word heading, then a paragraph that first tells the plan and
# then that he did not come: read past its first line, as when the heading and the line
# share a block.
NO_SHOW_UNDER_HEADINGS = [
    ("h", "Qui est M. T. ?"),
    ("p", "M. T., 27 ans, a quitté un CAP de boulanger en deuxième année. Il vit chez ses grands-parents à Pouzauges, sans permis, et cherche « n'importe quoi, mais dehors »."),
    ("h", "Lundi 5 janvier"),
    ("p", "Premier rendez-vous à l'antenne. Il parle de ses années de foot et de son oncle paysagiste ; nous signons le contrat d'engagement."),
    ("br",),
    ("h", "Lundi 12 janvier"),
    ("p", "Nous devions faire le point sur ses démarches. Il n'est pas venu : le car scolaire qu'il prend d'habitude ne roulait pas, et il n'a pas prévenu."),
    ("h", "Lundi 19 janvier"),
    ("p", "Il arrive en avance, un peu gêné. Nous cherchons ensemble deux entreprises de paysage qui accepteraient une immersion."),
]
THIRD_HELD = [
    ("br",),
    ("h", "Lundi 2 février"),
    ("p", "Retour d'immersion : il a tenu la semaine et le chef d'équipe veut le revoir. Nous préparons la demande de formation."),
]
ANALYSIS = [
    ("h", "Analyse de ma pratique"),
    ("p", "Avec M. T., j'ai appris que le silence d'une semaine ne dit pas le désintérêt."),
]


@pytest.mark.parametrize("subheads", ["word", "bold"])
def test_a_no_show_told_under_its_dated_heading_is_not_held(tmp_path: Path, subheads: str) -> None:
    path = _dossier(tmp_path / "ccp2.docx",
                    [NO_SHOW_UNDER_HEADINGS + THIRD_HELD + ANALYSIS, PLAIN, WORKSHOP], subheads)
    found = _interviews(path, 1)
    assert found.actual == "3", found.message
    assert found.status is Status.PASS, found.message


@pytest.mark.parametrize("subheads", ["word", "bold"])
def test_two_held_and_a_no_show_under_headings_fail(tmp_path: Path, subheads: str) -> None:
    path = _dossier(tmp_path / "ccp2.docx",
                    [NO_SHOW_UNDER_HEADINGS + ANALYSIS, PLAIN, WORKSHOP], subheads)
    found = _interviews(path, 1)
    assert found.actual == "2", found.message
    assert found.status is Status.FAIL, found.message


# A log of dated lines under a sub-heading that names them: some lines say « nous »,
# others only what was done. Under a bold Normal paragraph as under « Heading 2 », the
# section says they are interviews: none is set aside as another event.
LOG_UNDER_A_SECTION = [
    ("h", "La situation"),
    ("p", "Mme B., 41 ans, aide à domicile pendant quinze ans, a dû s'arrêter après une opération de l'épaule. Elle souhaite un métier « où l'on ne porte pas »."),
    ("h", "Chronologie des rendez-vous"),
    ("p", "8 janvier – Accueil, présentation de l'association, signature du contrat d'engagement."),
    ("p", "22 janvier – Nous reprenons son CV ligne par ligne et retirons ce qui ne la sert plus."),
    ("p", "5 février – Point sur les trois candidatures envoyées : une réponse, un refus poli."),
    ("p", "19 février – Nous préparons ensemble sa visite à la pharmacie qui cherche une préparatrice de commandes."),
    ("h", "Ce que je retiens"),
    ("p", "Je voulais avancer plus vite qu'elle ; le calendrier de sa rééducation m'a appris à attendre."),
]


@pytest.mark.parametrize("subheads", ["word", "bold"])
def test_a_log_under_a_section_that_names_its_meetings(tmp_path: Path, subheads: str) -> None:
    path = _dossier(tmp_path / "ccp2.docx", [PLAIN, LOG_UNDER_A_SECTION, WORKSHOP], subheads)
    found = _interviews(path, 2)
    assert found.actual == "4", found.message
    assert found.status is Status.PASS, found.message


# A part pasted from an agenda, far into the document: its lines are read on the part's
# own sentences (they are numbered from the start of the document, not of the part).
AGENDA = [
    ("h", "Mes rendez-vous avec M. K."),
    ("p", "M. K., 33 ans, cariste intérimaire, veut se stabiliser. J'ai recopié mes rendez-vous tels qu'ils sont dans l'agenda partagé de l'association."),
    ("p", "Objet : Entretien M. K. – Début : mar. 13/01/2026 09:30 – Fin : 10:30 – Statut : Accepté"),
    ("p", "Objet : Entretien M. K. – Début : mar. 27/01/2026 09:30 – Fin : 10:30 – Statut : Accepté"),
    ("p", "Objet : Entretien M. K. – Début : mar. 10/02/2026 14:00 – Fin : 15:00 – Statut : Annulé"),
    ("p", "Objet : Entretien M. K. – Début : jeu. 12/02/2026 14:00 – Fin : 15:00 – Statut : Accepté"),
    ("h", "Analyse"),
    ("p", "Je retiens qu'un intérimaire ne choisit pas ses horaires : le rendez-vous annulé l'a été pour une mission à Cholet, et il a rappelé lui-même pour en fixer un autre."),
]

def test_an_agenda_pasted_far_into_the_document_is_read(tmp_path: Path) -> None:
    path = _dossier(tmp_path / "ccp2.docx", [PLAIN, AGENDA, WORKSHOP])
    found = _interviews(path, 2)
    assert found.actual == "3", found.message
    assert "(annulé)" in found.message, found.message
    assert found.status is Status.PASS, found.message


# Word's bulleted list, saved as PDF: each bullet is a glyph of a symbol font that the PDF
# gives as a private-use character. Each item is one meeting, as in the DOCX.
BULLETED = [
    ("h", "Mme V. et son projet"),
    ("p", "Mme V., 46 ans, agente de production pendant vingt ans dans une conserverie qui a fermé, veut « travailler avec des gens, plus avec des machines »."),
    ("h", "Nos rendez-vous"),
    ("li", "jeudi 8 janvier : premier échange, son parcours, ce qu'elle aimait à l'usine"),
    ("li", "jeudi 15 janvier : nous listons ses compétences et deux métiers à explorer"),
    ("li", "jeudi 29 janvier : retour de ses enquêtes auprès d'une aide-soignante et d'une auxiliaire de vie"),
    ("li", "mardi 10 février : nous préparons son immersion dans un EHPAD de Douarnenez"),
    ("h", "Analyse de ma pratique"),
    ("p", "J'ai appris à laisser Mme V. choisir l'ordre des questions."),
]


def _to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    profile = path.parent / "lo-profile"  # a private profile: no lock shared with others
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True, timeout=300)
    return path.with_suffix(".pdf")


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice absent")
def test_a_bulleted_list_of_meetings_reads_the_same_in_the_pdf(tmp_path: Path) -> None:
    docx_path = _dossier(tmp_path / "ccp2.docx", [BULLETED, PLAIN, WORKSHOP])
    assert _interviews(docx_path, 1).actual == "4"
    found = _interviews(_to_pdf(docx_path), 1)
    assert found.actual == "4", found.message
    assert found.status is Status.PASS, found.message
