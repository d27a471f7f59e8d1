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


def test_each_profile_is_private_and_seeded_with_the_version_that_runs_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import xml.etree.ElementTree as ET

    from cipcheck.readers import libreoffice

    version = libreoffice.product_version()
    assert version is not None
    # The version LibreOffice reports is the one seeded ("LibreOffice 7.4.7.2 40(Build:2)"):
    # a different one would make every start a first run after an upgrade again.
    assert (libreoffice.soffice_version() or "").split()[1].startswith(version + ".")
    assert libreoffice.new_profile(tmp_path / "a") == (tmp_path / "a").as_uri()
    seed = ET.parse(tmp_path / "a" / "user" / "registrymodifications.xcu").getroot()
    props = {p.get("{http://openoffice.org/2001/registry}name"): p.findtext("value")
             for p in seed.iter("prop")}
    assert props == {"ooSetupLastVersion": version}
    assert libreoffice.new_profile(tmp_path / "b") != libreoffice.new_profile(tmp_path / "a")
    monkeypatch.setenv("CIPCHECK_LO_FRESH_PROFILE", "1")
    libreoffice.new_profile(tmp_path / "c")
    assert not (tmp_path / "c").exists()  # left for LibreOffice to create, as before


def test_services_are_launched_ahead_for_the_first_files_that_need_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path / "cache"))
    docx = [Path(shutil.copy(FIXTURES / "ccp1-ok.docx", tmp_path / f"{i}.docx"))
            for i in range(3)]
    pdf = Path(shutil.copy(FIXTURES / "ccp1-ok.pdf", tmp_path / "x.pdf"))
    pool = lo_server.Pool(2, 1536)
    try:
        # A PDF, or a DOCX laid out without LibreOffice, needs no service.
        assert pool.prestart([(pdf, "auto"), (docx[0], "estimate")]) == 0
        assert pool.starts == 0
        files = [(pdf, "auto"), (docx[0], "auto"), (docx[1], "auto"), (docx[2], "auto")]
        assert pool.prestart(files) == 2  # one per slot, not one per DOCX
        assert [s.alive() for s in pool.servers] == [True, True]
        assert pool.acquire(docx[0], "auto") is not None
        assert pool.starts == 2  # the file got a service launched ahead, not a new one
    finally:
        pool.close()
    assert not _leftovers("cipcheck-los-")


def test_a_file_the_service_cannot_convert_gets_a_soffice_of_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The service's "cannot convert" is not the last word: the one-off soffice that
    `check` would run decides, so batch and check agree on such a file."""
    from cipcheck.readers import libreoffice

    monkeypatch.setenv("CIPCHECK_NO_CACHE", "1")
    monkeypatch.setenv(lo_server.ENV, str(tmp_path / "s"))
    asked: list[str] = []
    monkeypatch.setattr(lo_server, "convert", lambda *a, **k: asked.append("service") or False)
    real_popen = subprocess.Popen

    def soffice(cmd: list[str], **kwargs: object) -> object:
        if "--convert-to" in cmd:
            asked.append("soffice")
        return real_popen(cmd, **kwargs)  # type: ignore[call-overload]

    # A session of its own, killed as a group on a timeout or a stop (blind19 F2): Popen.
    monkeypatch.setattr(libreoffice.subprocess, "Popen", soffice)
    pdf, cached = libreoffice.render_pdf(FIXTURES / "ccp1-ok.docx")
    assert asked == ["service", "soffice"] and not cached
    assert _pages(pdf) == _pages(FIXTURES / "ccp1-ok.pdf")


@pytest.mark.slow
def test_batch_and_check_agree_on_a_file_that_stops_the_service(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # LibreOffice 7.4 dies loading this dossier through UNO; `soffice --convert-to` lays
    # it out. Before the second try it was input.render_failed in batch, pass in check.
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path / "cache"))
    dossier = Path(shutil.copy(FIXTURES / "titre-ok-flowing.docx", tmp_path / "d.docx"))
    pool = lo_server.Pool(1, 1536)
    try:
        out = batch.run_jobs([batch.Job(dossier, None, Options())], 1,
                             batch.Limits(timeout=240), offices=pool)
    finally:
        pool.close()
    assert out[0].report.pages_method == "libreoffice"
    assert out[0].report.verdict.value == "pass"
    assert not _leftovers("cipcheck-los-")
