"""Hostile and odd files: each gets its own ``input.*`` finding in French and exit 2,
never a traceback, never a hang, never a change to the folder it came from."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import hostile
import pypdfium2
import pytest

from cipcheck.api import Options, check_file
from cipcheck.findings import Status

FAST = Options(pages="estimate")
FRENCH_WORDS = (" le ", " la ", " les ", " de ", " du ", " est ", " pas ", " un ", " une ",
                " au ", " ou ", " des ")


def _error(report: object) -> object:
    errors = [f for f in report.checks if f.status is Status.ERROR]  # type: ignore[attr-defined]
    assert len(errors) == 1, errors
    return errors[0]


@pytest.mark.parametrize("kind", list(hostile.HOSTILE))
def test_hostile_file_gives_its_input_finding(kind: str, tmp_path: Path) -> None:
    make, expected = hostile.HOSTILE[kind]
    path = make(tmp_path)
    started = time.monotonic()
    report = check_file(path, None, FAST)
    assert time.monotonic() - started < 10
    finding = _error(report)
    assert report.verdict is Status.ERROR and report.exit_code == 2
    assert finding.id == expected
    text = f" {finding.message} {finding.hint} ".lower()
    assert finding.hint and any(w in text for w in FRENCH_WORDS), text


@pytest.mark.parametrize("kind", ["legacy_doc", "odt", "rtf"])
def test_legacy_formats_say_how_to_export(kind: str, tmp_path: Path) -> None:
    make, _ = hostile.HOSTILE[kind]
    finding = _error(check_file(make(tmp_path), None, FAST))
    assert "non pris en charge" in finding.message
    assert ".docx" in finding.hint and "PDF" in finding.hint


def test_zip_bomb_is_refused_from_the_directory(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = hostile.zip_bomb_docx(tmp_path)
    with zipfile.ZipFile(bomb) as zf:
        info = zf.getinfo("word/document.xml")
    assert info.file_size > 50 * 1024 * 1024 and bomb.stat().st_size < 200_000
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kw: object) -> object:
        opened.append(getattr(name, "filename", name))  # type: ignore[arg-type]
        return real_open(self, name, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    tracemalloc.start()
    report = check_file(bomb, None, FAST)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert _error(report).id == "input.zip_bomb"
    assert "word/document.xml" not in opened  # never inflated, not even in part
    assert peak < 5 * 1024 * 1024


def test_zip_that_lies_about_sizes_is_not_inflated_past_them(tmp_path: Path) -> None:
    bomb = hostile.lying_zip_docx(tmp_path)  # declares 2 kB, holds 20 MB
    tracemalloc.start()
    report = check_file(bomb, None, FAST)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert _error(report).id == "input.corrupt"
    assert peak < 5 * 1024 * 1024  # zipfile stops at the declared size (then bad CRC)


def test_two_thousand_pages_refused_before_reading_pages(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = hostile.many_pages_pdf(tmp_path)
    loaded: list[int] = []
    real = pypdfium2.PdfDocument.__getitem__

    def spy(self: pypdfium2.PdfDocument, index: int) -> object:
        loaded.append(index)
        return real(self, index)

    monkeypatch.setattr(pypdfium2.PdfDocument, "__getitem__", spy)
    started = time.monotonic()
    finding = _error(check_file(pdf, None, FAST))
    assert time.monotonic() - started < 1.0
    assert finding.id == "input.too_large" and "2000 pages" in finding.message
    assert loaded == []


def test_deep_nesting_under_the_parser_limit_does_not_crash(tmp_path: Path) -> None:
    report = check_file(hostile.deep_sdt_docx(tmp_path), None, FAST)
    assert report.verdict in (Status.PASS, Status.FAIL)
    assert not any(f.id.startswith("input.") for f in report.checks)


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_batch_of_hostile_files_isolates_each(tmp_path: Path) -> None:
    cohort = tmp_path / "cohorte"
    cohort.mkdir()
    expected: dict[str, str] = {}
    for kind, (make, check_id) in hostile.HOSTILE.items():
        sub = cohort / kind  # one folder each: generators reuse some names
        sub.mkdir()
        path = make(sub)
        expected[str(path.relative_to(cohort))] = check_id
    valid_docx = hostile.dossier_docx(cohort, "valide.docx")
    valid_pdf = hostile.dossier_pdf(cohort, "valide.pdf")
    before = _hashes(cohort)
    env = dict(os.environ, CIPCHECK_CACHE_DIR=str(tmp_path / "cache"), NO_COLOR="1")
    done = subprocess.run(
        [sys.executable, "-m", "cipcheck", "batch", str(cohort), "-f", "json",
         "--timeout", "30", "--jobs", "2"],
        capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    files = {str(Path(f["file"]).relative_to(cohort)): f
             for f in json.loads(done.stdout)["files"]}
    got = {name: f["checks"][0]["id"] for name, f in files.items()
           if f["verdict"] == "error"}
    assert got == expected
    assert files[valid_docx.name]["verdict"] == "pass"
    assert files[valid_pdf.name]["verdict"] == "pass"
    assert _hashes(cohort) == before  # nothing written, renamed or removed in the input
    assert not list(cohort.rglob("~lock*")) and not list(cohort.rglob(".~lock*"))
