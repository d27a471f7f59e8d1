"""A Word table whose first row is a title typed in merged cells (« Périodes en
entreprise » above « Structure | Dates | Heures »): the header is the row under it
(blind20: 161 h said « introuvable »). A form of label | value rows under a title stays
a form."""

from __future__ import annotations

from pathlib import Path

import docx

from cipcheck.api import Options, check_file


def _dossier(tmp_path: Path, rows: list[list[str]]) -> Path:
    d = docx.Document()
    d.add_paragraph("Dossier professionnel – CCP 3")
    d.add_paragraph("Je présente ici mon stage à la régie de quartier, puis chez Cap emploi.")
    table = d.add_table(rows=len(rows), cols=len(rows[1]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    title = table.cell(0, 0).merge(table.cell(0, len(rows[1]) - 1))
    title.text = rows[0][0]
    d.add_paragraph("Ces deux périodes m'ont permis de rencontrer de nombreux employeurs.")
    path = tmp_path / "ccp3.docx"
    d.save(str(path))
    return path


def _hours(path: Path) -> tuple[float | None, str]:
    report = check_file(path, "cip-ccp3", Options(pages="estimate", privacy=False))
    f = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, f.status.value


def test_a_title_row_above_the_header_does_not_hide_the_periods(tmp_path: Path) -> None:
    path = _dossier(tmp_path, [
        ["Périodes en entreprise"],
        ["Structure", "Dates", "Heures"],
        ["Régie de quartier de Lorient", "12/01/2026 – 13/02/2026", "105"],
        ["Cap emploi 56", "16/02/2026 – 27/02/2026", "56"],
        ["Total", "", "161"]])
    assert _hours(path) == (161, "pass")


def test_a_title_row_above_periods_under_the_minimum_fails(tmp_path: Path) -> None:
    path = _dossier(tmp_path, [
        ["Ma période en entreprise"],
        ["Lieu", "Dates", "Heures"],
        ["Mission locale de Vierzon", "02/03/2026 – 27/03/2026", "105"],
        ["Total", "", "105"]])
    assert _hours(path) == (105, "fail")


def test_an_attestation_form_under_a_title_row_is_still_read_as_a_form(
        tmp_path: Path) -> None:
    path = _dossier(tmp_path, [
        ["Attestation de période en entreprise"],
        ["Structure d'accueil", "Épicerie sociale de Vierzon"],
        ["Dates", "du 05/01/2026 au 13/02/2026"],
        ["Nombre d'heures effectuées", "161"]])
    assert _hours(path)[0] == 161
