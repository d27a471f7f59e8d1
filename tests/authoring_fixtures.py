"""Dossiers as candidates format them before `cipcheck fix`: Calibri 12 or Times 11 at
1,5, set by hand on the runs, through the Normal style, or left to the theme; with a
cover page, a table, a tracked insertion, a comment, a header and a footer."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

PARTS = ("Situation de M. F. et diagnostic partagé",
         "Construction du projet et mise en œuvre du plan d'action",
         "Bilan de l'accompagnement et analyse de ma pratique")
TEXT = ("J'ai reçu M. F. à la Mission Locale pour un premier entretien : nous avons fait le "
        "point sur son parcours, ses contraintes de mobilité et ses envies de formation. ")


def _tracked_insertion(paragraph, text: str) -> None:  # noqa: ANN001
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "91")
    ins.set(qn("w:author"), "Formatrice")
    ins.set(qn("w:date"), "2025-05-02T10:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    ins.append(run)
    paragraph._p.append(ins)  # noqa: SLF001


def ccp2_dossier(folder: Path, name: str, how: str, family: str = "Calibri",
                 size: float = 12, spacing: float = 1.5) -> Path:
    """``how``: "direct" (each run and paragraph), "style" (the Normal style) or "theme"
    (no font named anywhere: the theme's minor font, Calibri, shows)."""
    doc = Document()
    normal = doc.styles["Normal"]
    if how == "style":
        normal.font.name = family
        normal.font.size = Pt(size)
        normal.paragraph_format.line_spacing = spacing
    elif how == "theme":
        normal.font.size = Pt(size)
        normal.paragraph_format.line_spacing = spacing
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Dossier CCP 2 – Session de juin"
    section.footer.paragraphs[0].text = "Candidate : Léa Morel"
    title = doc.add_paragraph()
    run = title.add_run("Dossier professionnel – CCP Accompagner les personnes dans leur "
                        "parcours d'insertion sociale et professionnelle")
    run.bold, run.font.size = True, Pt(20)
    doc.add_paragraph("Période(s) en entreprise : 182 heures")
    for number, heading in enumerate(PARTS, start=1):
        doc.add_page_break()
        doc.add_heading(f"Partie {number} – {heading}", level=1)
        for k in range(26):
            p = doc.add_paragraph()
            r = p.add_run(TEXT * 3)
            if how == "direct":
                r.font.name, r.font.size = family, Pt(size)
                p.paragraph_format.line_spacing = spacing
            if number == 2 and k == 3:
                _tracked_insertion(p, " Ajout demandé par la formatrice.")
            if number == 1 and k == 2:
                doc.add_comment(r, text="Préciser la date", author="Formatrice",
                                initials="F")
        table = doc.add_table(rows=3, cols=2)
        for i, (a, b) in enumerate((("Date", "Objet"), ("12 mars", "Diagnostic"),
                                    ("2 avril", "Plan d'action"))):
            table.cell(i, 0).text, table.cell(i, 1).text = a, b
    doc.add_page_break()
    doc.add_heading("Annexes", level=1)
    doc.add_paragraph("Annexe 1 – Grille d'entretien")
    path = folder / name
    doc.save(str(path))
    return path
