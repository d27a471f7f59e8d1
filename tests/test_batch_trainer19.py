"""What a trainer running ``cipcheck batch`` on a cohort folder needs to see (blind19):
the files it does not check are named, a strict verdict says it is strict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import hostile

from cipcheck import batch
from cipcheck.api import Options, check_file
from cipcheck.render import formats


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
