"""``--output`` never costs the candidate a file and never ends in a traceback: a report
aimed at an existing dossier is refused before anything is written, and a place the
system will not let us write in is a clear message with exit code 2 (found by a blind
end-to-end test, bench/blind14: ``-o dossier.docx`` replaced the dossier with JSON, and
an unwritable place gave a traceback and exit 1, the code of a dossier that fails)."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cipcheck.cli import app
from cipcheck.errors import system_reason
from cipcheck.i18n import translator

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"
runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", ["ccp1-ok.pdf", "ccp3-ok.docx"])
def test_a_report_aimed_at_the_dossier_itself_is_refused_and_the_dossier_kept(
        tmp_path: Path, name: str) -> None:
    dossier = tmp_path / name
    shutil.copy(FIXTURES / name, dossier)
    before = _digest(dossier)
    result = runner.invoke(app, ["check", str(dossier), "--format", "json",
                                 "--output", str(dossier)])
    assert result.exit_code == 2
    assert _digest(dossier) == before
    assert "écraserait" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_report_aimed_at_another_existing_dossier_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "dossier-de-camille.pdf"
    shutil.copy(FIXTURES / "titre-ok-heading1.pdf", other)
    before = _digest(other)
    result = runner.invoke(app, ["check", str(FIXTURES / "ccp1-ok.pdf"), "--format",
                                 "markdown", "-o", str(other)])
    assert result.exit_code == 2
    assert _digest(other) == before


def test_a_new_report_file_with_a_report_name_is_written(tmp_path: Path) -> None:
    target = tmp_path / "rapports" / "ccp1.json"
    result = runner.invoke(app, ["check", str(FIXTURES / "ccp1-ok.pdf"), "--format", "json",
                                 "-o", str(target)])
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize("formats", ["json", "json,junit"])
def test_a_place_that_cannot_be_written_is_a_message_and_exit_2(
        tmp_path: Path, formats: str) -> None:
    # A regular file where a folder should be: the system refuses, whoever runs us (root
    # included, so this stands for a read-only folder too).
    blocker = tmp_path / "notes.txt"
    blocker.write_text("pas un dossier", encoding="utf-8")
    result = runner.invoke(app, ["check", str(FIXTURES / "ccp1-ok.pdf"), "--format", formats,
                                 "-o", str(blocker / "rapports" / "r.json")])
    assert result.exit_code == 2
    assert "impossible d'écrire le rapport" in result.output
    # The system's reason in the message's language, not its English strerror (blind16).
    assert "une partie du chemin n'est pas un dossier" in " ".join(result.output.split())
    assert "Not a directory" not in result.output
    assert not isinstance(result.exception, OSError)
    assert blocker.read_text(encoding="utf-8") == "pas un dossier"


def test_batch_refuses_an_unwritable_output_before_checking_anything(tmp_path: Path) -> None:
    folder = tmp_path / "cohorte"
    folder.mkdir()
    shutil.copy(FIXTURES / "ccp1-ok.pdf", folder / "a.pdf")
    blocker = tmp_path / "sorties"
    blocker.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(folder), "--format", "csv", "--no-progress",
                                 "-o", str(blocker / "csv")])
    assert result.exit_code == 2
    assert "impossible d'écrire le rapport" in result.output
    # Refused up front: no dossier was analysed, so no summary table was printed.
    assert "a.pdf" not in result.output


def test_the_message_is_translated_with_lang_en(tmp_path: Path) -> None:
    dossier = tmp_path / "d.pdf"
    shutil.copy(FIXTURES / "ccp1-ok.pdf", dossier)
    result = runner.invoke(app, ["check", str(dossier), "--format", "json", "-o",
                                 str(dossier), "--lang", "en"])
    assert result.exit_code == 2
    assert "would overwrite" in result.output


@pytest.mark.parametrize(("code", "fr", "en"), [
    (errno.EROFS, "emplacement en lecture seule", "read-only location"),
    (errno.ENOSPC, "disque plein", "disk full"),
    (errno.EACCES, "accès refusé", "access denied")])
def test_system_refusals_are_said_in_the_reports_language(code: int, fr: str, en: str) -> None:
    reason = system_reason(OSError(code, os.strerror(code)))
    assert reason == fr and translator("en")._(reason) == en
