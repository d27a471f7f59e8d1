# ruff: noqa: E501  (French prose as candidates write it)
"""A follow-up table of interviews read the same in the PDF as in the DOCX.

Candidates export their Word dossier to PDF. A table row whose cells wrap over several
lines comes out of the PDF cell by cell (the first lines of the cells, then the rest of a
wrapped cell, then back up for the next cell): the PDF reader joins the row again by
the page's geometry, and a row named by its label (« R1 », « 1 ») reads as in the DOCX.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_interviews_dossier_structure import PLAIN, WORKSHOP, _dossier, _interviews, _to_pdf

from cipcheck.findings import Status
from cipcheck.readers.pdf import PdfLine
from cipcheck.readers.pdf_rows import join_rows

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice absent")

INTRO = [
    ("h", "Mme L. et la reprise d'un emploi"),
    ("p", "Mme L., 44 ans, a été agente d'entretien dans un lycée de Laval pendant douze ans avant un congé parental. Elle veut reprendre un travail à temps partiel, près de l'école de ses enfants."),
    ("h", "Tableau de suivi de nos entretiens"),
]
AFTER = [
    ("h", "Ce que je retiens"),
    ("p", "Le tableau ne dit pas l'essentiel : c'est au deuxième rendez-vous qu'elle a osé dire qu'elle ne voulait plus du ménage."),
]
# Rows named by their label, cells long enough to wrap in a five-column grid.
LABELLED_WRAPPED = [("table", [
    ["Réf.", "Date", "Modalité", "Objet", "Réalisé"],
    ["R1", "9 janvier", "à l'antenne, bureau du rez-de-chaussée", "Accueil, son parcours au lycée, ses horaires possibles avec la garde des enfants", "oui"],
    ["R2", "23 janvier", "par téléphone, elle était chez sa mère", "Les métiers qu'elle écarte et pourquoi ; deux pistes : accueil en mairie, cantine", "oui"],
    ["R3", "6 février", "à l'antenne", "Retour de son enquête auprès de la secrétaire de mairie de son village, lettre de candidature", "oui"],
])]
# Rows labelled 1, 2, 3 with the month only: no date the reader knows, one row a meeting.
NUMBERED_BY_MONTH = [("table", [
    ["N°", "Mois", "Forme", "Thème travaillé avec elle", "Statut"],
    ["1", "janvier", "présentiel", "Premier échange : parcours, contraintes de garde, envies de métier", "fait"],
    ["2", "février", "visio", "Préparation d'une immersion de deux jours à la restauration scolaire", "fait"],
    ["3", "mars", "présentiel", "Bilan de l'immersion avec la cheffe de cuisine, suite à donner", "fait"],
    ["4", "avril", "présentiel", "Candidature au poste d'agente de restauration", "à programmer"],
])]
# Two meetings held and one put off: the PDF fails as the DOCX does.
TWO_HELD = [("table", [
    ["Réf.", "Date", "Modalité", "Objet", "Réalisé"],
    ["R1", "9 janvier", "à l'antenne, bureau du rez-de-chaussée", "Accueil, son parcours au lycée, ses horaires possibles avec la garde des enfants", "oui"],
    ["R2", "23 janvier", "par téléphone", "Les métiers qu'elle écarte et pourquoi ; deux pistes : accueil en mairie, cantine", "oui"],
    ["R3", "6 février", "à l'antenne", "Retour de son enquête auprès de la secrétaire de mairie, lettre de candidature", "non, reporté : enfant malade"],
])]


@needs_soffice
def test_a_follow_up_table_counts_in_the_pdf_as_in_the_docx(tmp_path: Path) -> None:
    docx_path = _dossier(tmp_path / "ccp2.docx", [INTRO + LABELLED_WRAPPED + AFTER, PLAIN, WORKSHOP])
    assert _interviews(docx_path, 1).actual == "3"
    found = _interviews(_to_pdf(docx_path), 1)
    assert found.actual == "3", found.message
    assert found.status is Status.PASS, found.message


@needs_soffice
def test_rows_numbered_in_order_without_a_date_count_one_a_row(tmp_path: Path) -> None:
    # (the DOCX reads « 1 | janvier » as the date « 1 janvier »: not asserted here)
    docx_path = _dossier(tmp_path / "ccp2.docx", [INTRO + NUMBERED_BY_MONTH + AFTER, PLAIN, WORKSHOP])
    found = _interviews(_to_pdf(docx_path), 1)
    assert found.actual == "3", found.message
    assert "(à venir)" in found.message, found.message
    assert found.status is Status.PASS, found.message


@needs_soffice
def test_a_table_of_two_held_still_fails_in_the_pdf(tmp_path: Path) -> None:
    docx_path = _dossier(tmp_path / "ccp2.docx", [INTRO + TWO_HELD + AFTER, PLAIN, WORKSHOP])
    found = _interviews(_to_pdf(docx_path), 1)
    assert found.actual == "2", found.message
    assert found.status is Status.FAIL, found.message


def _line(text: str, baseline: float, x: float, starts: tuple[float, ...] = ()) -> PdfLine:
    return PdfLine(text, 3, baseline, baseline - 9, 11.0, (), False, 842.0, x, starts=starts)


def test_a_row_drawn_cell_by_cell_is_one_line() -> None:
    lines = [_line("Date Objet Suite", 200, 60),
             _line("R1 9 janvier Accueil,", 220, 60),
             _line("son parcours", 234, 200),
             _line("oui", 220, 400),
             _line("R2 23 janvier Deux pistes", 250, 60)]
    got = [ln.text for ln in join_rows(lines)]
    assert got == ["Date Objet Suite", "R1 9 janvier Accueil, son parcours oui",
                   "R2 23 janvier Deux pistes"]


def test_a_last_cell_that_wraps_under_its_first_word_joins_its_row() -> None:
    lines = [_line("R3 6 février téléphone Retour de son", 220, 60, starts=(75, 130, 200, 300)),
             _line("enquête en mairie", 234, 300),
             _line("R4 20 février Bilan", 250, 60)]
    got = [ln.text for ln in join_rows(lines)]
    assert got == ["R3 6 février téléphone Retour de son enquête en mairie", "R4 20 février Bilan"]


def test_prose_and_a_centred_cover_stay_lines() -> None:
    prose = [_line("Elle arrive en avance, un peu gênée, et nous reprenons", 300, 60),
             _line("son CV ligne par ligne.", 314, 60),
             _line("Dossier professionnel", 100, 210, starts=(290,)),
             _line("Session de juin", 130, 240)]
    assert [ln.text for ln in join_rows(prose)] == [ln.text for ln in prose]
