"""``cipcheck batch``: discovery, isolation of each file, manifest, outputs, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import hostile
import pytest

from cipcheck import batch
from cipcheck.api import Options

FAST = Options(pages="estimate")  # no LibreOffice: these tests are about the batch


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "cipcheck", "batch", *args],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def _flat(text: str) -> str:
    return " ".join(text.split())  # usage errors are wrapped at the terminal width


def _cohort(tmp_path: Path) -> Path:
    cohort = tmp_path / "cohorte"
    (cohort / "groupe B").mkdir(parents=True)
    hostile.dossier_docx(cohort, "dupont.docx", candidate="Jeanne Dupont")
    hostile.dossier_docx(cohort / "groupe B", "court.docx", paragraphs=20)
    hostile.dossier_pdf(cohort, "martin.pdf")
    return cohort


# --------------------------------------------------------------------------- discovery


def test_discover_skips_locks_hidden_and_links_outside(tmp_path: Path) -> None:
    root = tmp_path / "cohorte"
    (root / "sous").mkdir(parents=True)
    (root / ".git").mkdir()
    outside = tmp_path / "ailleurs.pdf"
    outside.write_bytes(b"%PDF-1.4")
    for name in ("a.docx", "sous/b.PDF", "sous/c.doc", "~$a.docx", ".cache.pdf",
                 ".git/x.pdf", "notes.txt", "cohorte.csv"):
        (root / name).write_bytes(b"x")
    (root / "lien-dehors.pdf").symlink_to(outside)
    (root / "lien-dedans.docx").symlink_to(root / "a.docx")
    (root / "lien-casse.pdf").symlink_to(tmp_path / "rien.pdf")
    (root / "dossier-lie").symlink_to(tmp_path, target_is_directory=True)
    found, skipped = batch.discover(root)
    rel = [p.relative_to(root).as_posix() for p in found]
    assert rel == ["a.docx", "lien-dedans.docx", "sous/b.PDF", "sous/c.doc"]
    reasons = {Path(s.path).relative_to(root).as_posix(): s.reason for s in skipped}
    assert reasons == {
        ".git": "dossier caché",
        "dossier-lie": "lien symbolique menant hors du dossier",
        ".cache.pdf": "fichier caché",
        "lien-casse.pdf": "lien symbolique cassé",
        "lien-dehors.pdf": "lien symbolique menant hors du dossier",
        "~$a.docx": "fichier de verrouillage de Word (~$)",
    }


# --------------------------------------------------------------------------- isolation


def _jobs(folder: Path, names: list[str]) -> list[batch.Job]:
    jobs = []
    for name in names:
        path = hostile.dossier_pdf(folder, name)
        jobs.append(batch.Job(path, None, FAST))
    return jobs


def _ids(outcome: batch.Outcome) -> list[str]:
    return [f.id for f in outcome.report.checks if f.status.value == "error"]


def test_a_hanging_file_times_out_and_the_others_go_on(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, ["lent.pdf", "a.pdf", "b.pdf"])
    started = time.monotonic()
    out = batch.run_jobs(jobs, 1, batch.Limits(timeout=2), check=hostile.sleepy_check)
    elapsed = time.monotonic() - started
    assert _ids(out[0]) == ["input.timeout"]
    assert "2 s" in out[0].report.checks[0].message
    assert [o.report.verdict.value for o in out[1:]] == ["pass", "pass"]
    assert elapsed < 15  # one worker killed at 2 s and replaced, not a 3600 s wait


def test_a_file_that_explodes_is_too_large(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, ["gros.pdf", "a.pdf"])
    out = batch.run_jobs(jobs, 2, batch.Limits(timeout=60, memory_mb=600),
                         check=hostile.hog_check)
    assert _ids(out[0]) == ["input.too_large"]
    assert "mémoire" in out[0].report.checks[0].message
    assert out[1].report.verdict.value == "pass"


def test_a_worker_that_dies_becomes_an_error_report(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, ["plante.pdf", "a.pdf"])
    out = batch.run_jobs(jobs, 1, batch.Limits(timeout=60), check=hostile.abort_check)
    assert _ids(out[0]) == ["input.crashed"]
    assert "signal 6" in out[0].report.checks[0].message
    assert out[1].report.verdict.value == "pass"


def test_timeout_kills_the_whole_process_group(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, ["x.pdf"])
    out = batch.run_jobs(jobs, 1, batch.Limits(timeout=2), check=hostile.spawning_check)
    assert _ids(out[0]) == ["input.timeout"]
    pid = int((tmp_path / "x.pid").read_text())
    time.sleep(0.2)
    # The grandchild (LibreOffice in real life) is gone too: no such process, or a zombie
    # left to whichever init reaps orphans in this container.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        state = "gone"
    assert state in ("gone", "Z", "X")
    scratch = Path((tmp_path / "x.tmp").read_text())
    assert scratch.parent.name.startswith("cipcheck-job-")  # the worker's own TMPDIR...
    assert not scratch.parent.exists()  # ...removed with all it held


def test_real_pdf_that_never_ends_is_stopped(tmp_path: Path) -> None:
    """Form XObjects nested 12 deep, each drawn 4 times: pdfium would draw 16 million
    texts, for minutes and gigabytes. Whichever limit comes first stops it."""
    slow = hostile.nested_forms_pdf(tmp_path, depth=12, fanout=4)
    jobs = [batch.Job(slow, None, FAST), batch.Job(hostile.dossier_pdf(tmp_path), None, FAST)]
    started = time.monotonic()
    out = batch.run_jobs(jobs, 2, batch.Limits(timeout=6, memory_mb=1024))
    assert time.monotonic() - started < 20
    assert _ids(out[0])[0] in ("input.timeout", "input.too_large")
    assert out[1].report.verdict.value == "pass"


def test_workers_run_in_parallel(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, [f"d{i}.pdf" for i in range(4)])
    out = batch.run_jobs(jobs, 4, batch.Limits(timeout=60), check=hostile.nap_check)
    assert [o.report.verdict.value for o in out] == ["pass"] * 4
    assert all(o.seconds >= 1.5 for o in out)
    naps = [o.report.candidate.split() for o in out if o.report.candidate]
    assert len(naps) == 4 and len({pid for pid, _, _ in naps}) >= 2
    # Side by side, not in a row: some naps overlap in time (whatever the machine's load).
    spans = sorted((float(start), float(end)) for _, start, end in naps)
    assert any(later[0] < earlier[1] for earlier, later in pairwise(spans))


def test_results_keep_the_input_order(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, ["a.pdf", "b.pdf", "c.pdf"])
    out = batch.run_jobs(jobs, 3, batch.Limits())
    assert [Path(o.report.file).name for o in out] == ["a.pdf", "b.pdf", "c.pdf"]
    assert all(o.peak_rss_mb and o.peak_rss_mb > 10 for o in out)


def test_worker_sees_the_environment_of_the_run(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    batch.run_jobs(_jobs(tmp_path, ["a.pdf"]), 1, batch.Limits())  # fork server started
    monkeypatch.setenv("CIPCHECK_TEST_MARK", "vu")
    out = batch.run_jobs(_jobs(tmp_path, ["env.pdf"]), 1, batch.Limits(),
                         check=hostile.env_check)
    assert out[0].report.candidate == "vu"


# --------------------------------------------------------------------------- command


def test_cli_exit_codes_are_the_worst_file(tmp_path: Path) -> None:
    cohort = tmp_path / "c"
    cohort.mkdir()
    hostile.dossier_docx(cohort, "ok.docx")
    assert _cli(str(cohort), "--pages", "estimate").returncode == 0
    hostile.dossier_docx(cohort, "court.docx", paragraphs=20)
    assert _cli(str(cohort), "--pages", "estimate").returncode == 1
    hostile.empty_file(cohort, "vide.pdf")
    done = _cli(str(cohort), "--pages", "estimate", "-f", "json")
    assert done.returncode == 2
    data = json.loads(done.stdout)
    assert data["summary"]["exit_code"] == 2
    assert {Path(f["file"]).name: f["verdict"] for f in data["files"]} == {
        "ok.docx": "pass", "court.docx": "fail", "vide.pdf": "error"}


def test_cli_json_on_stdout_summary_and_progress_on_stderr(tmp_path: Path) -> None:
    cohort = _cohort(tmp_path)
    (cohort / "~$dupont.docx").write_bytes(b"lock")
    done = _cli(str(cohort), "--pages", "estimate", "--format", "json", "--jobs", "2")
    data = json.loads(done.stdout)  # nothing else on stdout
    assert len(data["files"]) == 3
    assert data["skipped"] == [{"file": str(cohort / "~$dupont.docx"),
                                "reason": "fichier de verrouillage de Word (~$)"}]
    assert "[3/3]" in done.stderr  # plain progress lines: stderr is not a terminal
    assert "Ignoré" in done.stderr and "~$dupont.docx" in done.stderr
    assert "Candidat" in done.stderr and "Jeanne Dupont" not in done.stderr  # no manifest


def test_cli_rich_summary_on_stdout(tmp_path: Path) -> None:
    cohort = _cohort(tmp_path)
    done = _cli(str(cohort), "--pages", "estimate")
    assert done.returncode == 1
    assert "3 dossier(s) : 2 conforme(s), 1 non conforme(s), 0 en erreur" in done.stdout
    assert "court.docx" in done.stdout and "Pages hors annexes" in done.stdout


def test_cli_every_format_into_a_folder(tmp_path: Path) -> None:
    cohort = _cohort(tmp_path)
    hostile.dossier_pdf(cohort / "groupe B", "dupont.pdf")  # same stem as dupont.docx
    out = tmp_path / "rapports"
    done = _cli(str(cohort), "--pages", "estimate", "-f", "json,junit,html,csv",
                "-f", "markdown", "--output", str(out))
    assert done.returncode == 1, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "cipcheck.csv", "cipcheck.json", "cipcheck.md", "cipcheck.xml", "dossiers",
        "index.html"]
    pages = sorted(p.name for p in (out / "dossiers").iterdir())
    assert pages == ["court.html", "dupont-pdf.html", "dupont.html", "martin.html"]
    suites = ET.parse(out / "cipcheck.xml").getroot().findall("testsuite")
    assert len(suites) == 4
    index = (out / "index.html").read_text(encoding="utf-8")
    for name in pages:
        assert f'href="dossiers/{name}"' in index
    assert (out / "cipcheck.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "| Candidat |" in (out / "cipcheck.md").read_text(encoding="utf-8")
    assert "Candidat" in done.stdout  # the summary table, since nothing else is on stdout


def test_cli_several_formats_need_a_folder(tmp_path: Path) -> None:
    done = _cli(str(_cohort(tmp_path)), "-f", "json,csv")
    assert done.returncode == 2 and "--output" in _flat(done.stderr)


def test_cli_unknown_rules_is_a_usage_error(tmp_path: Path) -> None:
    done = _cli(str(_cohort(tmp_path)), "--rules", "cip-inexistant")
    assert done.returncode == 2
    assert "cip-inexistant" in _flat(done.stderr) and "[1/" not in done.stderr  # nothing ran


def test_cli_not_a_folder(tmp_path: Path) -> None:
    done = _cli(str(tmp_path / "absent"))
    assert done.returncode == 2 and "introuvable" in _flat(done.stderr)


def test_unrecognised_dossier_says_to_pass_rules(tmp_path: Path) -> None:
    cohort = tmp_path / "c"
    cohort.mkdir()
    hostile.unrecognisable_docx(cohort)
    done = _cli(str(cohort), "--pages", "estimate", "-f", "json")
    assert done.returncode == 2
    finding = json.loads(done.stdout)["files"][0]["checks"][0]
    assert finding["id"] == "input.unrecognised"
    assert "--rules" in finding["hint"] and "manifeste" in finding["hint"]
    # With --rules, the same file is checked against that rule set.
    done = _cli(str(cohort), "--pages", "estimate", "-f", "json", "--rules", "cip-ccp1")
    assert json.loads(done.stdout)["files"][0]["rules"] == "cip-ccp1"


def test_cli_manifest_end_to_end(tmp_path: Path) -> None:
    cohort = _cohort(tmp_path)
    hostile.unrecognisable_docx(cohort)
    manifest = tmp_path / "cohorte.csv"
    manifest.write_bytes(  # as a French Excel saves "CSV UTF-8": BOM, ';', CRLF, '\\'
        ("fichier;candidat;règles;parcours;heures\r\n"
         "dupont.docx;Jeanne Dupont;;formation;\"50,5\"\r\n"
         "groupe B\\court.docx;Léo Court;cip-ccp1;vae;\r\n"
         "inconnu.docx;Ana Inconnue;cip-ccp1;;\r\n"
         "absent.pdf;Sans Fichier;;;\r\n").encode("utf-8-sig"))
    done = _cli(str(cohort), "--manifest", str(manifest), "--pages", "estimate", "-f", "json")
    assert done.returncode == 2
    files = {Path(f["file"]).name: f for f in json.loads(done.stdout)["files"]}
    assert list(files) == ["dupont.docx", "court.docx", "inconnu.docx", "absent.pdf",
                           "martin.pdf"]  # manifest order, then the files it forgot
    assert files["dupont.docx"]["candidate"] == "Jeanne Dupont"
    assert files["dupont.docx"]["hours"] == 50.5  # declared: below the CCP's 70 h
    assert files["dupont.docx"]["verdict"] == "fail"
    assert files["court.docx"]["route"] == "vae" and files["court.docx"]["rules"] == "cip-ccp1"
    assert files["inconnu.docx"]["rules"] == "cip-ccp1"  # the manifest says what it is
    assert files["absent.pdf"]["checks"][0]["id"] == "input.not_found"
    assert "candidate" not in files["martin.pdf"]
    assert "absent(s) du manifeste" in done.stderr and "martin.pdf" in done.stderr


def test_the_batch_csv_fed_back_as_manifest_from_the_parent_folder(tmp_path: Path) -> None:
    # The README's round trip: run from the folder above, complete the CSV, feed it back.
    # Its « fichier » column holds the paths as given (« cohorte/dupont.docx »).
    cohort = _cohort(tmp_path)
    first = _cli("cohorte", "--pages", "estimate", "-f", "csv", "-o", "rapports", cwd=tmp_path)
    assert first.returncode in (0, 1), first.stderr
    csv = tmp_path / "rapports" / "cipcheck.csv"
    assert "cohorte/dupont.docx" in csv.read_text(encoding="utf-8-sig")
    again = _cli("cohorte", "--manifest", str(csv.relative_to(tmp_path)), "--pages",
                 "estimate", "-f", "json", cwd=tmp_path)
    files = json.loads(again.stdout)["files"]
    assert not [f["file"] for f in files if f["checks"][0]["id"] == "input.not_found"]
    assert "absent(s) du manifeste" not in again.stderr
    assert len(files) == len(list(cohort.rglob("*.*")))


# --------------------------------------------------------------------------- platforms

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_hook_points_to_a_real_entry(tmp_path: Path) -> None:
    import re
    import shlex

    import tomllib
    import typer.main
    import yaml

    from cipcheck.cli import app

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "cipcheck")
    assert hook["language"] == "python" and hook["require_serial"] is True
    files = re.compile(hook["files"])
    assert files.search("dossiers/dupont.docx") and files.search("martin.pdf")
    assert not files.search("ancien.doc") and not files.search("dupont.docx.bak")
    program, command = shlex.split(hook["entry"])
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts[program] == "cipcheck.launch:run"
    assert command in typer.main.get_command(app).commands  # type: ignore[attr-defined]
    # Called as pre-commit does: the entry, then the staged file names.
    ok = hostile.dossier_docx(tmp_path, "ok.docx")
    short = hostile.dossier_docx(tmp_path, "court.docx", paragraphs=20)
    done = _cli(str(ok), "--pages", "estimate")
    assert done.returncode == 0, done.stdout + done.stderr
    assert _cli(str(ok), str(short), "--pages", "estimate").returncode == 1


def test_github_format_on_stdout(tmp_path: Path) -> None:
    cohort = _cohort(tmp_path)
    done = _cli(str(cohort), "--pages", "estimate", "--format", "github")
    lines = done.stdout.splitlines()
    assert any(ln.startswith(f"::error file={cohort}/groupe B/court.docx,") for ln in lines)
    assert all(ln.startswith("::") for ln in lines)


def test_strict_makes_warnings_fail(tmp_path: Path) -> None:
    cohort = tmp_path / "c"
    cohort.mkdir()
    hostile.dossier_pdf(cohort)  # passes, with a warning (Liberation Sans for Arial)
    done = _cli(str(cohort), "-f", "json")
    data = json.loads(done.stdout)["files"][0]
    assert done.returncode == 0 and any(c["status"] == "warn" for c in data["checks"])
    assert _cli(str(cohort), "--strict").returncode == 1
