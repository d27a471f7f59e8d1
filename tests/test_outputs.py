"""The outputs platforms read: JSON batch, JUnit, CSV, HTML, GitHub annotations, and the
cohort manifest they start from."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cipcheck import batch
from cipcheck.cli import app, render_one
from cipcheck.findings import Finding, PartResult, Report, Status
from cipcheck.outputs import write_text as _write
from cipcheck.render import csv_report, github, html, junit


def _report(file: str, verdict: Status, checks: tuple[Finding, ...], **kw: object) -> Report:
    base: dict[str, object] = dict(
        file=file, rules="cip-titre", verdict=verdict, route="formation", hours=392.0,
        pages_body=37.5, pages_annexes=11.0, pages_method="pdf", checks=checks,
        rules_title="Titre professionnel CIP", page_count=50)
    base.update(kw)
    return Report(**base)  # type: ignore[arg-type]


PARTS = (
    PartResult(1, "Présentation de la structure", True, 4, 7.0, 6, 8, Status.PASS, "Partie 1"),
    PartResult(4, "Atelier", True, 20, 4.5, 6, 8, Status.FAIL, "Partie 4 – Atelier"),
)
FAIL = _report(
    "cohorte/dupont.pdf", Status.FAIL,
    (Finding("part.pages", Status.FAIL, "Partie 4 : 4,5 pages, attendu entre 6 et 8.", part=4,
             hint="Développez la partie 4."),
     Finding("format.font", Status.WARN, "Liberation Sans, 100 % : jumeau d'Arial.",
             hint="Exportez avec Arial."),
     Finding("pages.body", Status.PASS, "Pages hors annexes : 37,5 pages.")),
    parts=PARTS, candidate="Jeanne Dupont")
PASS = _report("cohorte/martin.docx", Status.PASS,
               (Finding("pages.body", Status.PASS, "Pages hors annexes : 37 pages."),),
               candidate="Paul Martin", pages_body=37.0, pages_method="libreoffice")
ODD = _report(  # everything a renderer must escape
    "cohorte/o'brien; \"x\", <b>.pdf", Status.ERROR,
    (Finding("input.corrupt", Status.ERROR, "Ligne 1\nligne 2 : 100 % <script>alert(1)"
             "</script>, fin", hint="Réexportez ; merci."),),
    rules=None, pages_body=None, pages_annexes=None, pages_method=None, hours=None,
    candidate="Zoé <O'Brien>")
REPORTS = [FAIL, PASS, ODD]


# --------------------------------------------------------------------------- JSON


def test_json_batch_follows_the_contract() -> None:
    result = batch.BatchResult([batch.Outcome(r, 0.1) for r in REPORTS],
                               skipped=[batch.Skipped("cohorte/~$x.docx", "verrou")])
    data = json.loads(batch.render_format(result, "json"))
    assert data["schema_version"] == 1
    assert [f["file"] for f in data["files"]] == [r.file for r in REPORTS]
    assert data["summary"] == {"files": 3, "pass": 1, "fail": 1, "error": 1, "exit_code": 2}
    assert data["skipped"] == [{"file": "cohorte/~$x.docx", "reason": "verrou"}]
    one = data["files"][0]
    for key in ("schema_version", "file", "rules", "verdict", "route", "hours", "pages",
                "parts", "checks"):
        assert key in one
    assert one["pages"]["body"] == 37.5 and one["pages"]["method"] == "pdf"
    assert one["checks"][0] == {"id": "part.pages", "status": "fail", "message":
                                "Partie 4 : 4,5 pages, attendu entre 6 et 8.", "part": 4,
                                "competence": None, "hint": "Développez la partie 4."}


# --------------------------------------------------------------------------- JUnit


def test_junit_one_suite_per_file_and_failures() -> None:
    root = ET.fromstring(junit.render_batch(REPORTS))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.file for r in REPORTS]
    first = suites[0]
    failures = first.findall("testcase/failure")
    assert len(failures) == 1 and failures[0].get("type") == "part.pages"
    assert first.get("failures") == "1" and first.get("tests") == "3"
    assert suites[2].find("testcase/error") is not None  # an unreadable file is an error
    assert suites[1].find(".//failure") is None


# --------------------------------------------------------------------------- CSV


def _csv_rows(text: str, sep: str = ";") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=sep))


def test_csv_semicolon_decimal_comma_and_part_columns() -> None:
    rows = _csv_rows(csv_report.render_batch(REPORTS))
    header = rows[0]
    assert header[:4] == ["candidat", "fichier", "règles", "verdict"]
    assert header[-2:] == ["partie 1 (pages)", "partie 4 (pages)"]
    assert len(rows) == 4 and all(len(r) == len(header) for r in rows)
    dupont = dict(zip(header, rows[1], strict=True))
    assert dupont["pages hors annexes"] == "37,5"
    assert dupont["partie 4 (pages)"] == "4,5"
    assert dupont["échecs"] == "1" and dupont["avertissements"] == "1"
    assert dupont["verdict"] == "non conforme"  # the summary table's words (blind15)
    assert dupont["à corriger en premier"].startswith("Partie 4 : 4,5 pages")
    odd = dict(zip(header, rows[3], strict=True))
    assert odd["fichier"] == ODD.file  # quotes, semicolons and commas survive
    assert odd["partie 1 (pages)"] == ""


def test_csv_comma_separator_uses_decimal_point() -> None:
    rows = _csv_rows(csv_report.render_batch(REPORTS, sep=","), ",")
    header = rows[0]
    assert dict(zip(header, rows[1], strict=True))["pages hors annexes"] == "37.5"


def test_csv_in_english_writes_decimal_points_and_english_verdicts() -> None:
    # blind15: « 6,5 » page cells beside « 4.8 pages » in the English message of the row.
    rows = _csv_rows(csv_report.render_batch(REPORTS, lang="en"))
    first = dict(zip(rows[0], rows[1], strict=True))
    assert (first["body pages"], first["part 4 (pages)"]) == ("37.5", "4.5")
    assert first["verdict"] == "fail"


def test_csv_file_has_bom_and_opens_in_csv_module(tmp_path: Path) -> None:
    target = tmp_path / "cipcheck.csv"
    _write(target, csv_report.render_batch(REPORTS))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[1][0] == "Jeanne Dupont" and rows[2][3] == "conforme"


# --------------------------------------------------------------------------- HTML

_EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|
                           @import""", re.IGNORECASE | re.VERBOSE)


def test_html_page_is_self_contained_and_escaped() -> None:
    page = html.render(FAIL)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    assert not _EXTERNAL.search(page)
    assert "@media print" in page and "Jeanne Dupont" in page
    assert "À corriger" in page and "Développez la partie 4." in page
    assert 'class="bar"' in page and "Partie 4 – Atelier" in page  # parts with bars
    odd = html.render(ODD)
    assert "<script>" not in odd and "&lt;script&gt;" in odd
    assert "Zoé &lt;O&#x27;Brien&gt;" in odd


def test_html_index_links_each_candidate() -> None:
    links = batch.page_names(REPORTS)
    index = html.render_index(REPORTS, [f"dossiers/{n}" for n in links])
    assert not _EXTERNAL.search(index)
    for report, name in zip(REPORTS, links, strict=True):
        assert f'href="dossiers/{name}"' in index
        assert html.escape(report.candidate or "") in index
    assert index.count("<tr>") == 1 + len(REPORTS)


def test_page_names_are_distinct() -> None:
    reports = [_report(f, Status.PASS, ()) for f in ("a/dupont.pdf", "b/dupont.pdf",
                                                     "dupont.docx", "x/é t;é.pdf")]
    names = batch.page_names(reports)
    assert len(set(names)) == 4 and names[0] == "dupont.html"
    assert all(re.fullmatch(r"[\w.-]+\.html", n) for n in names)


def test_short_names_drop_the_shared_folder() -> None:
    assert csv_report.short_names(["c/a.pdf", "c/sous/b.pdf"]) == ["a.pdf", "sous/b.pdf"]
    assert csv_report.short_names(["/x/c/a.pdf"]) == ["a.pdf"]
    assert csv_report.short_names(["a.pdf", "b.pdf"]) == ["a.pdf", "b.pdf"]


def test_html_all_in_one_uses_anchors() -> None:
    page = html.render_all(REPORTS)
    assert 'href="#dossier-1"' in page and 'id="dossier-3"' in page


# --------------------------------------------------------------------------- GitHub


def test_github_annotations() -> None:
    lines = github.render_batch(REPORTS).splitlines()
    assert lines[0].startswith("::error file=cohorte/dupont.pdf,title=cipcheck part.pages "
                               "partie 4::Partie 4 : 4,5 pages")
    assert any(ln.startswith("::warning file=cohorte/dupont.pdf,") for ln in lines)
    assert any(ln.startswith("::notice file=cohorte/martin.docx,") for ln in lines)
    odd = [ln for ln in lines if "o'brien" in ln]
    assert len(odd) == 1
    # Properties escape ':' and ','; data escapes '%' and newlines: one line per finding.
    assert "file=cohorte/o'brien; \"x\"%2C <b>.pdf," in odd[0]
    assert "Ligne 1%0Aligne 2 : 100 %25" in odd[0]
    for ln in lines:
        assert re.fullmatch(r"::(error|warning|notice) file=[^,]+,title=[^:]+::.+", ln)


# --------------------------------------------------------------------------- check


@pytest.mark.parametrize("fmt", ["html", "csv", "github", "json", "junit", "markdown"])
def test_render_one_supports_every_format(fmt: str) -> None:
    text = render_one(FAIL, fmt)
    assert "dupont" in text


def test_check_command_writes_new_formats(tmp_path: Path) -> None:
    import hostile

    docx = hostile.dossier_docx(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["check", str(docx), "--pages", "estimate",
                                      "-f", "html,csv,github", "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    assert (out / "dossier.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / "dossier.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (out / "dossier.txt").read_text(encoding="utf-8").startswith("::")


# --------------------------------------------------------------------------- manifest


def test_manifest_excel_french(tmp_path: Path) -> None:
    text = ("fichier;Candidat;Règles;Parcours;Heures\r\n"
            "dupont.pdf;Jeanne Dupont;cip-titre;formation;392,5\r\n"
            "sous/martin.docx;Paul Martin;;VAE;1 200 h\r\n"
            ";;;;\r\n")
    path = tmp_path / "cohorte.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    rows = batch.read_manifest(path)
    assert [r.file for r in rows] == ["dupont.pdf", "sous/martin.docx"]
    assert rows[0].candidate == "Jeanne Dupont" and rows[0].hours == 392.5
    assert rows[0].rules == "cip-titre" and rows[0].route == "formation"
    assert rows[1].route == "vae" and rows[1].hours == 1200 and rows[1].rules is None


def test_manifest_cp1252_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes("file,candidate,hours\ndupont.pdf,Zoé Léger,\"392,5\"\n"
                     .encode("cp1252"))
    rows = batch.read_manifest(path)
    assert rows[0].candidate == "Zoé Léger" and rows[0].hours == 392.5


def test_manifest_bad_values_become_row_problems(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("file;route;hours\na.pdf;alternance;beaucoup\n", encoding="utf-8")
    row = batch.read_manifest(path)[0]
    assert row.route is None and row.hours is None
    assert len(row.problems) == 2 and "alternance" in row.problems[0]


def test_manifest_without_file_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("nom;heures\nDupont;392\n", encoding="utf-8")
    with pytest.raises(batch.BatchUsageError, match="file"):
        batch.read_manifest(path)


@pytest.mark.parametrize("text,value", [("392", 392.0), ("392,5", 392.5), (" 1\u00a0200 h ", 1200),
                                        ("70 heures", 70.0)])
def test_parse_hours(text: str, value: float) -> None:
    assert batch.parse_hours(text) == value


@pytest.mark.parametrize("text", ["", "abc", "-3", "12,5,5"])
def test_parse_hours_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        batch.parse_hours(text)


def test_manifest_missing_file_and_unlisted_file(tmp_path: Path) -> None:
    cohort = tmp_path / "cohorte"
    cohort.mkdir()
    (cohort / "listed.pdf").write_bytes(b"%PDF-1.4\n")
    (cohort / "extra.pdf").write_bytes(b"%PDF-1.4\n")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file;candidate;hours\nlisted.pdf;A;70\nabsent.docx;B;\n",
                        encoding="utf-8")
    plan = batch.plan(cohort, None, batch.Options(), manifest)
    by_name = {Path(j.path).name: j for j in plan.jobs}
    assert by_name["listed.pdf"].options.candidate == "A"
    assert by_name["listed.pdf"].options.hours == 70
    missing = by_name["absent.docx"]
    assert missing.error is not None and missing.error.id == "input.not_found"
    assert "absent.docx" in missing.error.message
    assert plan.unlisted == [str(cohort / "extra.pdf")]
    assert by_name["extra.pdf"].options.candidate is None


def test_the_parts_table_shows_each_parts_layout_not_its_contents() -> None:
    # blind13: a part of the right length whose interviews fail read « 5 pages, 5–6,
    # ✘ non conforme », and the candidate looked for a page count to fix.
    from cipcheck.render.parts import layout_status

    parts = (PartResult(3, "Projet", True, 16, 5.0, 5, 6, Status.FAIL, "Partie 3 – Projet"),
             PartResult(4, "Atelier", True, 21, 4.5, 6, 8, Status.FAIL, "Partie 4"),
             PartResult(5, "Prospection", False, None, None, 4, 6, Status.FAIL, None))
    report = _report("t.pdf", Status.FAIL, (
        Finding("content.entretiens", Status.FAIL, "2 entretiens décrits.", part=3),
        Finding("part.pages", Status.PASS, "Partie 3 : 5 pages.", part=3),
        Finding("part.pages", Status.FAIL, "Partie 4 : 4,5 pages.", part=4)), parts=parts)
    assert [layout_status(report, p) for p in parts] == [Status.PASS, Status.FAIL,
                                                         Status.FAIL]


def test_csv_first_fix_of_a_checklist_stays_on_one_line() -> None:
    checklist = _report(
        "cohorte/leroy.docx", Status.PASS,
        (Finding("content.checklist", Status.WARN,
                 "Partie 2 – 2 points du référentiel non repérés dans le texte, à vérifier :\n"
                 "- Contexte de l'accompagnement — RE 3.1\n- Méthodologie de projet — RE 3.1",
                 part=2),),
        candidate="Inès Leroy")
    rows = _csv_rows(csv_report.render_batch([checklist]))
    cell = dict(zip(rows[0], rows[1], strict=True))["à corriger en premier"]
    assert "\n" not in cell
    assert cell == ("Partie 2 – 2 points du référentiel non repérés dans le texte, à vérifier "
                    ": Contexte de l'accompagnement — RE 3.1 ; Méthodologie de projet — RE 3.1")
