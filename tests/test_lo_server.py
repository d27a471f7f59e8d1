"""One LibreOffice kept running for a batch (readers/lo_server.py): it converts like a
one-off soffice, survives a file it cannot convert, and is restarted when a file leaves
it stuck, without costing any other file its result."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import hostile
import pytest

from cipcheck import batch
from cipcheck.api import Options
from cipcheck.readers import lo_server

pytestmark = pytest.mark.skipif(not lo_server.available(),
                                reason="LibreOffice, its Python uno module or unoserver absent")
FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"


def _pages(pdf: Path) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(str(pdf)))


def test_the_service_converts_and_survives_a_file_it_cannot_convert(tmp_path: Path) -> None:
    server = lo_server.Server(memory_mb=1536)
    try:
        sock = server.ensure()
        assert sock is not None
        good = shutil.copy(FIXTURES / "ccp1-ok.docx", tmp_path / "a.docx")
        done = lo_server.convert(sock, Path(good), tmp_path / "a.pdf", 120)
        assert done is True, server.log()
        # Same layout as the PDF the fixtures were made with (one soffice per file).
        assert _pages(tmp_path / "a.pdf") == _pages(FIXTURES / "ccp1-ok.pdf")
        broken = tmp_path / "b.docx"
        broken.write_bytes(b"PK\x03\x04" + b"\x00" * 4000)
        assert lo_server.convert(sock, broken, tmp_path / "b.pdf", 120) is False
        assert not (tmp_path / "b.pdf").exists()
        again = shutil.copy(FIXTURES / "ccp3-ok.docx", tmp_path / "c.docx")
        assert lo_server.convert(sock, Path(again), tmp_path / "c.pdf", 120) is True
        assert server.starts == 1  # one LibreOffice for the three files
    finally:
        server.stop()
    assert not server.alive()


def test_no_service_means_a_one_off_soffice(tmp_path: Path) -> None:
    assert lo_server.convert(str(tmp_path / "absent"), tmp_path / "a.docx",
                             tmp_path / "a.pdf", 5) is None


def _leftovers(folder: str) -> list[str]:
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    return [line for line in ps.splitlines() if folder in line]


def test_a_stuck_service_costs_its_file_only_and_is_restarted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path / "cache"))
    # Largest first: the stuck file runs first, the normal one after it on the same slot.
    stuck = shutil.copy(FIXTURES / "titre-ok-heading1.docx", tmp_path / "fige.docx")
    normal = shutil.copy(FIXTURES / "ccp1-ok.docx", tmp_path / "normal.docx")
    jobs = [batch.Job(Path(stuck), None, Options()), batch.Job(Path(normal), None, Options())]
    pool = lo_server.Pool(1, 1536)
    try:
        out = batch.run_jobs(jobs, 1, batch.Limits(timeout=20), check=hostile.office_hang_check,
                             offices=pool)
        first_socket = pool.servers[0].starts
    finally:
        pool.close()
    assert [f.id for f in out[0].report.checks] == ["input.timeout"]
    assert out[1].report.verdict.value == "pass"
    assert out[1].report.pages_method == "libreoffice"
    assert first_socket == 2  # restarted after the stuck file, used for the next one
    assert not _leftovers("cipcheck-los-")


def test_doctor_says_how_to_share_libreoffice_when_the_bridge_is_missing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cipcheck import doctor

    monkeypatch.setattr(lo_server, "available", lambda: False)
    monkeypatch.setattr(doctor, "_system", lambda: "linux-debian")
    diag = doctor.diagnose()
    assert diag["batch_libreoffice"] == {"shared": False, "python": None}
    assert any("python3-uno" in a["how"] for a in diag["advice"])  # type: ignore[union-attr]
    monkeypatch.undo()
    diag = doctor.diagnose()
    assert diag["batch_libreoffice"]["shared"] is True  # type: ignore[index]
    assert not any("python3-uno" in a["how"] for a in diag["advice"])  # type: ignore[union-attr]
