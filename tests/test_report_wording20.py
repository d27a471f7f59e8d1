"""The report's wording as a candidate reads it (blind20 F3, F4, F8, F9, P5): English
reports in English words and typography, passes that quote the dossier rather than the
search phrases, no report written under a document's name, no check ids on the page,
conflicting hours said figure by figure."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from typer.testing import CliRunner

from cipcheck.api import Options, check_file
from cipcheck.cli import app
from cipcheck.findings import Finding, Report, Status
from cipcheck.i18n import english_typography
from cipcheck.render.formats import FORMATS
from cipcheck.ruleset import load, load_all
from cipcheck.server.form_words import form_text

# An OPS mémoire in one voice: a structure, its partners, one person's path.
COVER = ["Mémoire de la période de mise en application professionnelle",
         "Titre Chargé d'accompagnement collectif et individuel en insertion "
         "socio-professionnelle",
         "Période de mise en application professionnelle : 30 jours, du 3 mars au "
         "11 avril 2025",
         "Structure d'accueil : Atelier Passerelle, Montluçon"]
SECTIONS = [
    ("1. L'Atelier Passerelle", [
        "L'Atelier Passerelle est une association qui accueille depuis 2004 des adultes "
        "éloignés de l'emploi dans le quartier de Fontbouillant. Elle propose des "
        "ateliers collectifs, un accompagnement individuel et un chantier d'insertion "
        "en maraîchage. Le public accueilli est surtout composé de femmes seules avec "
        "enfants et de personnes de plus de cinquante ans sans qualification."]),
    ("2. Les partenaires autour de nous", [
        "J'ai dessiné la carte des partenaires avec lesquels l'équipe travaille chaque "
        "semaine : la Mission locale pour les moins de vingt-six ans, France Travail pour "
        "les demandeurs d'emploi, la CAF pour les aides, le centre social des Marais pour "
        "la garde d'enfants et l'auto-école solidaire pour la mobilité.",
        [["Partenaire", "Ce qu'il apporte", "Fréquence des échanges"],
         ["Mission locale", "Suivi des jeunes", "Chaque semaine"],
         ["France Travail", "Offres et prescriptions", "Chaque mois"],
         ["CAF", "Aides et droits", "À la demande"]]]),
    ("3. Le parcours de Mme T.", [
        "Mme T., quarante-quatre ans, est arrivée à l'association en janvier après "
        "vingt ans comme employée de libre-service. Ses freins étaient la mobilité, "
        "faute de permis, et un manque de confiance après un licenciement. Je l'ai "
        "accompagnée pendant six semaines : nous avons repris son CV, préparé deux "
        "entretiens d'embauche et trouvé une place à l'auto-école solidaire. Avec le "
        "recul, son parcours montre que lever un frein matériel redonne de l'élan au "
        "projet professionnel."]),
]

PATTERN_SIGNS = re.compile(r"[*~!]|\w/\w")


def _memoire(path: Path) -> Path:
    d = docx.Document()
    for line in COVER:
        d.add_paragraph(line)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for heading, paragraphs in SECTIONS:
        d.add_heading(heading, level=1)
        for para in paragraphs:
            if isinstance(para, str):
                d.add_paragraph(para)
                continue
            table = d.add_table(rows=len(para), cols=len(para[0]))
            for r, row in enumerate(para):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def memoire(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _memoire(tmp_path_factory.mktemp("wording20") / "memoire-montlucon.docx")


@pytest.fixture(scope="module")
def reports(memoire: Path) -> dict[str, Report]:
    return {lang: check_file(memoire, "ops-memoire", Options(lang=lang))
            for lang in ("fr", "en")}


def _content(report: Report, status: Status | None = None) -> list[Finding]:
    return [f for f in report.checks if f.id.startswith("content.")
            and (status is None or f.status is status)]


# --- F4: what was found is quoted from the dossier ----------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pass_quotes_the_dossier_not_the_search_phrases(reports: dict[str, Report],
                                                           lang: str) -> None:
    passes = _content(reports[lang], Status.PASS)
    assert passes, [f.message for f in reports[lang].checks]
    for f in passes:
        assert not PATTERN_SIGNS.search(f.message), f.message
    carto = next(f for f in passes if f.id == "content.cartographie")
    # The words are the candidate's, with their page.
    assert re.search(r"p\. \d", carto.message)
    assert re.search(r"partenaires|Mission locale|France Travail|CAF", carto.message)


def test_the_json_report_quotes_the_dossier_too(reports: dict[str, Report]) -> None:
    text = FORMATS["json"].render(reports["fr"], False)
    assert "~" not in text and "monograph*" not in text


# --- F3: an English report in English ---------------------------------------------------

def test_every_content_item_has_an_english_label() -> None:
    for rs in load_all():
        items = [*rs.content, *(i for p in rs.parts for i in p.content)]
        assert items
        for item in items:
            assert item.label_en and item.label_en != item.label, (rs.id, item.id)
            assert item.label_in("en") == item.label_en
            assert item.label_in("fr") == item.label


def test_english_messages_name_items_in_english(reports: dict[str, Report]) -> None:
    en = reports["en"]
    carto = next(f for f in en.checks if f.id == "content.cartographie")
    assert carto.message.startswith("Dossier – Map of the host organisation's partner network:")
    rs = load("ops-memoire")
    french = [i.label for i in rs.content]
    for f in en.checks:
        for label in french:
            # (the RE's sentence quoted after it stays the RE's, in French)
            assert f"– {label}" not in f.message, f.message


def test_english_messages_use_english_typography(reports: dict[str, Report]) -> None:
    for f in reports["en"].checks:
        for text in (f.message, f.hint or ""):
            assert "«" not in text and "»" not in text, text
            # (what is quoted stays as the dossier or the RE wrote it)
            own = re.sub(r"“[^”]*”", "“”", text)
            assert not re.search(r" [:;](\s|$)", own), text
    # French reports keep French typography.
    fr = next(f for f in reports["fr"].checks if f.id == "content.cartographie")
    assert " : trouvé (p. " in fr.message and "« " in fr.message


def test_english_typography_of_one_message() -> None:
    said = english_typography("at least 385 h needed : « Durée du stage : 392 heures » ; "
                              "see p. 3 : done")
    assert said == "at least 385 h needed: “Durée du stage : 392 heures”; see p. 3: done"
    assert english_typography("10:30 « x »") == "10:30 “x”"


def test_rules_show_in_english_lists_english_labels() -> None:
    result = CliRunner().invoke(app, ["rules", "show", "ops-memoire", "--lang", "en"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Map of the host organisation's partner network" in result.output
    french = CliRunner().invoke(app, ["rules", "show", "ops-memoire"], env={"COLUMNS": "200"})
    assert "Cartographie du réseau des partenaires" in french.output


# --- F8: no report under a document's name ------------------------------------------------

@pytest.mark.parametrize("name", ["rapport.pdf", "retour.docx", "retour.odt", "vieux.doc"])
def test_a_report_is_not_written_under_a_documents_name(memoire: Path, tmp_path: Path,
                                                         name: str) -> None:
    target = tmp_path / name
    result = CliRunner().invoke(app, ["check", str(memoire), "--rules", "ops-memoire",
                                      "--format", "json", "--output", str(target)])
    assert result.exit_code == 2, result.output
    assert not target.exists()
    assert "nom de document" in result.output and ".json" in result.output


def test_a_report_name_is_still_written(memoire: Path, tmp_path: Path) -> None:
    target = tmp_path / "retour-montlucon.json"
    result = CliRunner().invoke(app, ["check", str(memoire), "--rules", "ops-memoire",
                                      "--format", "json", "--output", str(target)])
    assert result.exit_code in (0, 1), result.output
    assert target.read_text(encoding="utf-8").startswith("{")


# --- F9: the page a candidate reads ---------------------------------------------------------

def test_the_html_page_shows_no_check_id(reports: dict[str, Report]) -> None:
    page = FORMATS["html"].render(reports["fr"], False)
    warned = [f for f in reports["fr"].checks if f.status in (Status.WARN, Status.FAIL)]
    assert warned
    for f in warned:
        assert f"({f.id})" not in page
        assert f'data-check="{f.id}"' in page


def test_the_form_hint_does_not_say_indicate_twice() -> None:
    hint = ("Indiquez-la sur la page de garde (« Période(s) en entreprise : 392 heures ») "
            "ou déclarez-la avec --hours (ou la colonne « hours » du manifeste), par "
            "exemple --hours 392.")
    said = form_text(hint, "fr")
    assert said is not None and "--hours" not in said
    assert said.lower().count("indiquez-la") == 1
    assert "saisissez-la dans le champ « Heures en entreprise »" in said


# --- P5: hours read that disagree about the minimum ---------------------------------------

@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "196 h serait au-dessus, 154 h serait en dessous du minimum de 175 h"),
    ("en", "196 h would be above, 154 h would be below the 175 h minimum")])
def test_conflicting_hours_say_what_each_figure_would_mean(tmp_path: Path, lang: str,
                                                           said: str) -> None:
    from hours_docx import rewrite

    path = rewrite(tmp_path / "ccp2-deux-durees.docx",
                   cover="Période(s) en entreprise : 196 heures",
                   intro=["Mon stage de 154 heures au service emploi de la mairie m'a fait "
                          "découvrir l'accueil des demandeurs d'emploi."])
    report = check_file(path, "cip-ccp2", Options(lang=lang))
    hours = next(f for f in report.checks if f.id == "hours.minimum")
    assert hours.status is Status.WARN
    assert said in hours.message, hours.message


def test_hours_read_on_one_side_keep_one_sentence(tmp_path: Path) -> None:
    from hours_docx import rewrite

    path = rewrite(tmp_path / "ccp2-deux-durees-basses.docx",
                   cover="Période(s) en entreprise : 112 heures",
                   intro=["Mon stage de 98 heures au service emploi de la mairie m'a fait "
                          "découvrir l'accueil des demandeurs d'emploi."])
    hours = next(f for f in check_file(path, "cip-ccp2").checks if f.id == "hours.minimum")
    assert "Ce serait en dessous du minimum de 175 h" in hours.message, hours.message


def test_the_checklist_quotes_the_dossier_for_a_content_told_otherwise() -> None:
    from types import SimpleNamespace

    from cipcheck.checks.content import check
    from cipcheck.content.evaluate import ItemResult
    from cipcheck.i18n import translator

    item = next(i for i in load("ops-memoire").content if i.id == "monographie")
    told = ItemResult(item, found=False, partial=True, hints=("ses freins", "$personne ~ suivi*"),
                      hint_quotes=((3, "…Ses freins étaient la mobilité, faute de permis…"),
                                   (3, "Je l'ai suivie pendant six semaines…")))
    for lang in ("fr", "en"):
        t = translator(lang)
        # (the content already read: the check only words it)
        ctx = SimpleNamespace(_=t._, ngettext=t.ngettext, lang=lang, content={None: [told]},
                              rules=SimpleNamespace(content=(item,), parts=()))
        listed = check(ctx)  # type: ignore[arg-type]
        message = next(f.message for f in listed if f.id == "content.checklist")
        assert "p. 3 « …Ses freins étaient la mobilité" in message, message
        assert "$personne" not in message and "~" not in message
