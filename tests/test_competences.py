"""competence.*: which required items evidence each competence of a part."""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from test_content import TWO_INTERVIEWS, dossier
from typer.testing import CliRunner

from cipcheck.api import Options, check_document
from cipcheck.cli import app
from cipcheck.findings import Status
from cipcheck.render import rich_report
from cipcheck.ruleset import load

TITRE = load("cip-titre")

FULL_PART_6 = """Le gérant d'une boulangerie de 12 salariés m'a sollicitée pour recruter.

Nous avons analysé le poste puis rédigé une fiche de poste et une offre d'emploi.

Il a embauché une candidate en CDI. Avec le recul, je retiens l'importance de l'analyse du poste."""


def comp(report, part: int, cid: str):  # type: ignore[no-untyped-def]
    return next(f for f in report.checks if f.id == "competence.coverage"
                and f.part == part and f.competence == cid)


def test_one_finding_per_part_and_competence() -> None:
    report = check_document(dossier({2: TWO_INTERVIEWS, 6: FULL_PART_6}), TITRE, Options())
    pairs = {(f.part, f.competence) for f in report.checks if f.id == "competence.coverage"}
    expected = {(p.number, c) for p in TITRE.parts for c in p.competences}
    assert pairs == expected


def test_covered_competence_passes_and_partial_warns_with_missing_items() -> None:
    report = check_document(dossier({2: TWO_INTERVIEWS, 6: FULL_PART_6}), TITRE, Options())
    cp13 = comp(report, 6, "CP13")
    assert cp13.status is Status.PASS and "4/4" in cp13.message
    cp6 = comp(report, 2, "CP6")
    assert cp6.status is Status.WARN and "partiellement couverte" in cp6.message
    assert "Manquants :" in cp6.message and "Modalités du passage de relais" in cp6.message
    assert "Au moins 3 entretiens" in cp6.message  # the failed count is a missing item


def test_missing_part_skips_its_competences() -> None:
    report = check_document(dossier({2: TWO_INTERVIEWS}), TITRE, Options())
    assert comp(report, 5, "CP15").status is Status.SKIP


def test_analysis_of_practice_is_looked_for_in_every_part_that_requires_it() -> None:
    parts_with_analysis = {p.number for p in TITRE.parts
                           if any(i.id == "pratique.analyse" for i in p.content)}
    assert parts_with_analysis == {2, 3, 4, 6, 7}
    report = check_document(dossier({2: TWO_INTERVIEWS, 6: FULL_PART_6}), TITRE, Options())
    statuses = {f.part: f.status for f in report.checks if f.id == "content.pratique.analyse"}
    assert statuses[2] is Status.PASS and statuses[6] is Status.PASS
    assert statuses[3] is Status.SKIP  # part 3 is not in this dossier


def test_explain_shows_found_and_missing_items_under_each_competence() -> None:
    report = check_document(dossier({2: TWO_INTERVIEWS, 6: FULL_PART_6}), TITRE, Options())
    buf = StringIO()
    rich_report.render(report, Console(file=buf, width=160, no_color=True), explain=True)
    out = buf.getvalue()
    assert "✔ Contractualisation de l'accompagnement" in out
    assert "✘ Modalités du passage de relais" in out
    assert "L'alliance de travail est créée avec la personne" in out  # CP6 criterion


def test_rules_show_competences_lists_content_items_per_part() -> None:
    result = CliRunner().invoke(app, ["rules", "show", "cip-titre", "--competences"])
    assert result.exit_code == 0
    out = result.stdout
    assert "Contenu attendu – partie 2" in out and "Contenu attendu – partie 7" in out
    assert "Modalités du passage de relais" in out and "échec" in out
    plain = CliRunner().invoke(app, ["rules", "show", "cip-titre"]).stdout
    assert "Contenu attendu" not in plain


def test_ccp1_competences_are_judged_on_the_whole_production() -> None:
    ccp1 = load("cip-ccp1")
    assert ccp1.content and not ccp1.parts
    report = check_document(dossier({}), ccp1, Options())
    found = {f.competence: f.status for f in report.checks if f.id == "competence.coverage"}
    assert set(found) == {"CP3", "CP4", "CP5"}
    assert found["CP3"] is Status.WARN and found["CP5"] is Status.SKIP
