"""What a trainer running ``cipcheck batch`` on a cohort folder needs to see (blind19):
the files it does not check are named, a strict verdict says it is strict."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import hostile
import ops_memoires

from cipcheck import batch, outputs
from cipcheck.api import Options, check_file
from cipcheck.batch.candidates import family
from cipcheck.findings import Finding, Report, Status
from cipcheck.i18n import translator
from cipcheck.render import formats
from cipcheck.render.candidate_words import for_the_candidate


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "cipcheck", *args], capture_output=True,
                          text=True, env=env, timeout=300)


# --------------------------------------------------------------------------- F3 archives


def _zip(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / name, "w") as z:
        z.writestr("mon dossier.docx", b"PK")
    return folder / name


def test_an_archive_in_a_candidate_folder_is_named_not_dropped(tmp_path: Path) -> None:
    cohort = tmp_path / "cohorte"
    zipped = _zip(cohort / "Thibault Lacombe", "dossier Lacombe.zip")
    (cohort / "Thibault Lacombe" / "dossier Lacombe.7z").write_bytes(b"7z")
    (cohort / "Inès Morel").mkdir()
    (cohort / "Inès Morel" / "envoi.eml").write_text("From: x")
    (cohort / "Inès Morel" / "note du formateur.txt").write_text("relu le 3 mars")
    (cohort / "Inès Morel" / "photo.jpg").write_bytes(b"\xff\xd8")
    found, skipped = batch.discover(cohort)
    assert found == []
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons == {"dossier Lacombe.zip": "archive : décompressez-la et relancez",
                       "dossier Lacombe.7z": "archive : décompressez-la et relancez",
                       "envoi.eml": "e-mail : enregistrez la pièce jointe et relancez"}
    # On stderr and in the batch JSON, as the lock files already were.
    hostile.dossier_pdf(cohort / "Inès Morel", "dossier.pdf")
    done = _cli("batch", str(cohort), "-f", "json", "--pages", "estimate", "--no-progress")
    assert f"Ignoré : {zipped} (archive : décompressez-la et relancez)" in done.stderr
    data = json.loads(done.stdout)
    assert {"file": str(zipped), "reason": "archive : décompressez-la et relancez"} in (
        data["skipped"])
    assert not any("note du formateur" in s["file"] or "photo" in s["file"]
                   for s in data["skipped"])
    english = _cli("batch", str(cohort / "Thibault Lacombe"), "-f", "json", "--lang", "en",
                   "--no-progress")
    assert "archive: extract it and run again" in english.stderr


# --------------------------------------------------------------------------- F9 --strict


def test_a_strict_verdict_says_it_is_strict(tmp_path: Path) -> None:
    pdf = hostile.dossier_pdf(tmp_path)  # passes, with a warning only
    plain = check_file(pdf, None, Options(pages="estimate"))
    strict = check_file(pdf, None, Options(pages="estimate", strict=True))
    assert plain.verdict.value == "pass" and not strict.failures
    assert strict.verdict.value == "fail"
    assert strict.to_dict()["strict"] is True and plain.to_dict()["strict"] is False
    for fmt in ("rich", "html", "markdown"):
        assert "mode strict" in formats.render_one(strict, fmt), fmt
        assert "mode strict" not in formats.render_one(plain, fmt), fmt
    english = check_file(pdf, None, Options(pages="estimate", strict=True, lang="en"))
    assert "strict mode: warnings count as failures" in formats.render_one(english, "rich")
    done = _cli("check", str(pdf), "--strict", "-f", "json")
    assert done.returncode == 1 and json.loads(done.stdout)["strict"] is True


# --------------------------------------------------------------------------- F7 names


def _folder_cohort(tmp_path: Path) -> Path:
    promo = tmp_path / "cohorte" / "promo 2026-2027"
    hostile.dossier_pdf(_mk(promo / "Sofiane Belkacem"), "Dossier Belkacem.pdf")
    hostile.dossier_docx(promo / "Sofiane Belkacem", "Dossier Belkacem.docx")
    for version in ("v1", "v2", "« final »"):
        hostile.dossier_docx(_mk(promo / "Sandrine Aufrère"), f"CCP1 Aufrère {version}.docx")
    hostile.dossier_pdf(_mk(promo / "Lucie Azaïs"), "CCP1_Azaïs.pdf")
    return tmp_path / "cohorte"


def _mk(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_versions_of_one_dossier_are_one_family() -> None:
    same = [family(Path(n)) for n in ("CCP3 Aufrère v1.docx", "CCP3 Aufrère v2.docx",
                                       "CCP3 Aufrère « final ».docx", "ccp3 aufrere.pdf",
                                       "CCP3_Aufrère (1).pdf", "CCP3 Aufrère - version "
                                       "définitive.docx")]
    assert len(set(same)) == 1, same
    # Two CCPs of one candidate are two dossiers.
    assert family(Path("CCP1 Dupont.docx")) != family(Path("CCP2 Dupont.docx"))


def test_one_folder_per_candidate_names_the_candidate(tmp_path: Path) -> None:
    cohort = _folder_cohort(tmp_path)
    the_plan = batch.plan(cohort, None, Options(pages="estimate"))
    named = {Path(j.path).name: j.options.candidate for j in the_plan.jobs}
    assert named == {"Dossier Belkacem.pdf": "Sofiane Belkacem",
                     "Dossier Belkacem.docx": "Sofiane Belkacem",
                     "CCP1 Aufrère v1.docx": "Sandrine Aufrère",
                     "CCP1 Aufrère v2.docx": "Sandrine Aufrère",
                     "CCP1 Aufrère « final ».docx": "Sandrine Aufrère",
                     "CCP1_Azaïs.pdf": "Lucie Azaïs"}
    twins = {Path(j.path).name: sorted(Path(d).name for d in j.duplicates)
             for j in the_plan.jobs}
    assert twins["Dossier Belkacem.pdf"] == ["Dossier Belkacem.docx"]
    assert twins["CCP1 Aufrère v2.docx"] == ["CCP1 Aufrère v1.docx",
                                             "CCP1 Aufrère « final ».docx"]
    assert twins["CCP1_Azaïs.pdf"] == []


def test_no_name_is_guessed_from_a_group_folder(tmp_path: Path) -> None:
    cohort = tmp_path / "cohorte"
    hostile.dossier_pdf(_mk(cohort / "groupe A"), "dupont.pdf")
    hostile.dossier_pdf(cohort / "groupe A", "martin.pdf")
    hostile.dossier_pdf(_mk(cohort / "groupe B"), "leroy.pdf")
    assert all(j.options.candidate is None
               for j in batch.plan(cohort, None, Options(pages="estimate")).jobs)
    # Nor when dossiers sit loose beside the candidates' folders.
    loose = tmp_path / "mixte"
    hostile.dossier_pdf(_mk(loose / "Lucie Azaïs"), "a.pdf")
    hostile.dossier_pdf(_mk(loose / "Paul Martin"), "b.pdf")
    hostile.dossier_pdf(loose, "sans-dossier.pdf")
    assert all(j.options.candidate is None
               for j in batch.plan(loose, None, Options(pages="estimate")).jobs)


def test_candidates_and_duplicates_reach_the_csv_and_back(tmp_path: Path) -> None:
    cohort = _folder_cohort(tmp_path)
    out = tmp_path / "rapports"
    done = _cli("batch", str(cohort), "--pages", "estimate", "--no-progress", "-o", str(out),
                "-f", "csv,json")
    assert "doublons probables (tous vérifiés)" in done.stderr
    rows = list(csv.DictReader(io.StringIO((out / "cipcheck.csv").read_text("utf-8-sig")),
                               delimiter=";"))
    by_file = {Path(r["fichier"]).name: r for r in rows}
    assert by_file["CCP1_Azaïs.pdf"]["candidat"] == "Lucie Azaïs"
    assert by_file["CCP1_Azaïs.pdf"]["doublon probable de"] == ""
    assert by_file["Dossier Belkacem.docx"]["doublon probable de"] == "Dossier Belkacem.pdf"
    data = json.loads((out / "cipcheck.json").read_text())
    belkacem = next(f for f in data["files"] if f["file"].endswith("Belkacem.pdf"))
    assert belkacem["candidate"] == "Sofiane Belkacem"
    assert [Path(p).name for p in belkacem["duplicate_of"]] == ["Dossier Belkacem.docx"]
    # Fed back as the manifest, the names are kept.
    again = _cli("batch", str(cohort), "--manifest", str(out / "cipcheck.csv"), "--pages",
                 "estimate", "--no-progress", "-f", "json")
    names = {Path(f["file"]).name: f.get("candidate")
             for f in json.loads(again.stdout)["files"]}
    assert names["CCP1_Azaïs.pdf"] == "Lucie Azaïs"


# --------------------------------------------------------------------------- F8 pages


def _advised(lang: str) -> Report:
    """A report whose advice names command-line options, as the hours check writes it."""
    t = translator(lang)
    hint = t._("Vérifiez la durée de vos périodes en entreprise et déclarez-la avec --hours "
               "(ou la colonne « hours » du manifeste), par exemple --hours {value}.",
               value="210")
    vae = t._("Si vous passez le titre par la VAE, relancez avec --route vae ; sinon, "
              "indiquez la durée de vos périodes en entreprise (--hours).")
    finding = Finding(id="hours.minimum", status=Status.WARN, message=vae, hint=hint)
    return Report(file="Dupont.pdf", rules="cip-ccp2", verdict=Status.PASS, route="formation",
                  hours=None, pages_body=18.0, pages_annexes=2.0, pages_method="pdf",
                  checks=(finding,), lang=lang)


def test_a_candidate_page_speaks_to_the_candidate_and_stands_alone(tmp_path: Path) -> None:
    report = _advised("fr")
    outputs.write_batch(_Result([report]), ["html"], tmp_path)
    page = (tmp_path / "dossiers" / "Dupont.html").read_text(encoding="utf-8")
    assert "--hours" not in page and "--route" not in page and "manifeste" not in page
    assert "indiquez-la à votre formateur (par exemple 210 h)" in page
    assert "signalez-le à votre formateur" in page and "(sur la page de garde)" in page
    assert "index.html" not in page  # no link that breaks once the page is sent alone
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'href="dossiers/Dupont.html"' in index
    # The command line keeps its words.
    assert "--hours 210" in formats.render_one(report, "html")
    assert "--route vae" in formats.render_one(report, "rich")


def test_a_candidate_page_in_english_too() -> None:
    said = for_the_candidate(_advised("en")).checks[0]
    assert "--" not in said.message + (said.hint or "")
    assert "give them to your trainer (e.g. 210 h)" in (said.hint or "")
    assert "tell your trainer, who will check it again for VAE" in said.message


class _Result:
    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        self.skipped: list[object] = []
        self.unlisted: list[str] = []
        self.not_checked: list[str] = []
        self.interrupted = False


# --------------------------------------------------------------------------- F10 days


def test_a_rule_in_days_gets_its_days_beside_the_hours_and_round_trips(tmp_path: Path) -> None:
    cohort = _mk(tmp_path / "cohorte")
    ops_memoires.write(cohort / "memoire.docx")  # « 29 jours » on its cover
    out = tmp_path / "rapports"
    _cli("batch", str(cohort), "--pages", "estimate", "--no-progress", "-o", str(out), "-f",
         "csv,json")
    row = next(csv.DictReader(io.StringIO((out / "cipcheck.csv").read_text("utf-8-sig")),
                              delimiter=";"))
    assert row["règles"] == "ops-memoire"
    assert (row["heures"], row["jours (règle en jours)"]) == ("203", "29")
    first = json.loads((out / "cipcheck.json").read_text())["files"][0]
    assert (first["hours"], first["days"]) == (203, 29)
    # The CSV fed back as the manifest declares the same duration: 29 days, not 203.
    again = _cli("batch", str(cohort), "--manifest", str(out / "cipcheck.csv"), "--pages",
                 "estimate", "--no-progress", "-f", "json")
    back = json.loads(again.stdout)["files"][0]
    assert (back["hours"], back["hours_source"], back["days"]) == (203, "declared", 29)
    assert back["verdict"] == first["verdict"]
    # A rule in hours has no days.
    pdf = hostile.dossier_pdf(tmp_path)
    assert "days" not in check_file(pdf, None, Options(pages="estimate")).to_dict()
