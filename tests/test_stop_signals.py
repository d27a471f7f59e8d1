"""A stop asked by the system (SIGTERM: ``kill``, a CI timeout, a service stop) cleans up
as Ctrl-C does: no LibreOffice, service or profile left behind, the dossiers already
checked written, the shell's code for the signal (blind19 F2, F6).

The two process tests start real LibreOffices (about 5 s each): they need LibreOffice,
its ``uno`` module and unoserver, and run wherever those are installed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import hostile
import jsonschema
import pytest

from cipcheck import batch, stopping
from cipcheck.batch.manifest import read_manifest
from cipcheck.readers import lo_server
from cipcheck.render import summary

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"
needs_office = pytest.mark.skipif(not lo_server.available(),
                                  reason="LibreOffice, its Python uno module or unoserver "
                                         "absent")


def test_a_stop_by_the_system_is_an_interrupt_with_its_own_code() -> None:
    assert issubclass(stopping.Stopped, KeyboardInterrupt)  # every Ctrl-C cleanup runs
    assert stopping.exit_code(stopping.Stopped(signal.SIGTERM)) == 143
    assert stopping.exit_code(KeyboardInterrupt()) == 130


def _ours(marker: str) -> list[str]:
    """Processes whose command line names ``marker`` (this test's temporary folder)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            args = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone meanwhile, or not a process
            continue
        if marker in args:
            found.append(f"{proc.name} {args}")
    return found


def _start(args: list[str], tmp: Path, stderr: Path) -> subprocess.Popen[bytes]:
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "CIPCHECK_NO_CACHE": "1", "NO_COLOR": "1"}
    with stderr.open("wb") as err:
        return subprocess.Popen([sys.executable, "-m", "cipcheck", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=err)


def _until(condition, seconds: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _stop_and_look(proc: subprocess.Popen[bytes], tmp: Path) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 143
    # Nothing of ours is left: no lo_service.py, no soffice.bin (they name their profile,
    # which lives under this TMPDIR), no profile folder.
    assert _until(lambda: not _ours(str(tmp)), 5), _ours(str(tmp))
    assert not list(tmp.glob("cipcheck-*")), list(tmp.iterdir())


@needs_office
def test_sigterm_during_a_batch_leaves_no_libreoffice_and_keeps_what_was_done(
        tmp_path: Path) -> None:
    cohort = tmp_path / "cohorte"
    for i in range(8):
        folder = cohort / f"candidat {i}"
        folder.mkdir(parents=True)
        source = FIXTURES / ("ccp1-ok.docx" if i % 2 else "ccp3-ok.docx")
        (folder / f"dossier{i}.docx").write_bytes(source.read_bytes())
    out, tmp, err = tmp_path / "rapports", tmp_path / "tmp", tmp_path / "stderr.txt"
    proc = _start(["batch", str(cohort), "--jobs", "2", "-o", str(out), "-f", "json,csv,html"],
                  tmp, err)
    # A service per worker is running and one dossier at least is done.
    assert _until(lambda: "[1/8]" in err.read_text(errors="replace")
                  and len([p for p in _ours(str(tmp)) if "lo_service" in p]) == 2, 120), (
        err.read_text(errors="replace"), _ours(str(tmp)))
    _stop_and_look(proc, tmp)
    said = err.read_text()
    assert "Interrompu après" in said and "non vérifié" in said
    data = json.loads((out / "cipcheck.json").read_text())
    stopped = data["interrupted"]
    assert stopped["checked"] == len(data["files"]) >= 1
    assert stopped["total"] == 8 == stopped["checked"] + len(stopped["not_checked"])
    assert stopped["not_checked"]
    csv_rows = (out / "cipcheck.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_rows[-1].startswith("Interrompu après")
    assert "Interrompu après" in (out / "index.html").read_text()


@needs_office
def test_sigterm_during_a_check_leaves_no_soffice(tmp_path: Path) -> None:
    dossier = tmp_path / "dossier.docx"
    dossier.write_bytes((FIXTURES / "titre-fail-order.docx").read_bytes())
    tmp, err = tmp_path / "tmp", tmp_path / "stderr.txt"
    proc = _start(["check", str(dossier)], tmp, err)
    assert _until(lambda: any("soffice" in p for p in _ours(str(tmp))), 60), (
        err.read_text(errors="replace"))
    _stop_and_look(proc, tmp)


def _plan(tmp_path: Path, n: int) -> batch.Plan:
    fast = batch.Options(pages="estimate")
    return batch.Plan(jobs=[batch.Job(hostile.dossier_pdf(tmp_path, f"d{i}.pdf"), None, fast)
                            for i in range(n)])


def test_an_interrupted_batch_keeps_the_dossiers_done(tmp_path: Path) -> None:
    seen: list[str] = []

    def stop_after_two(job: batch.Job, outcome: batch.Outcome) -> None:
        seen.append(str(job.path))
        if len(seen) == 2:
            raise KeyboardInterrupt  # Ctrl-C while the third waits

    result = batch.run(_plan(tmp_path, 3), 1, batch.Limits(timeout=60),
                       on_done=stop_after_two)
    assert result.interrupted and result.stop_code == 130
    assert [o.report.file for o in result.outcomes] == sorted(seen, key=lambda p: p[-5])
    assert len(result.not_checked) == 1 and result.not_checked[0] not in seen
    assert summary.stop_note(result) == ("Interrompu après 2/3 dossiers : 1 dossier non "
                                         "vérifié.")
    assert summary.stop_note(result, "en") == "Stopped after 2/3 files: 1 file not checked."
    data = json.loads(batch.render_format(result, "json"))
    schema = json.loads((Path(__file__).parents[1] / "docs" / "report.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)  # the contract's own schema
    assert data["interrupted"]["not_checked"] == result.not_checked
    assert data["summary"]["files"] == 2
    # The CSV says it on a row of its own, that a manifest reading it back skips.
    csv_text = batch.render_format(result, "csv")
    manifest = tmp_path / "relance.csv"
    manifest.write_text(csv_text, encoding="utf-8")
    assert csv_text.splitlines()[-1].startswith("Interrompu après 2/3")
    assert [row.file for row in read_manifest(manifest)] == [o.report.file
                                                             for o in result.outcomes]
    for fmt in ("markdown", "rich", "html"):
        assert "Interrompu après 2/3" in batch.render_format(result, fmt), fmt


def test_a_batch_run_to_its_end_says_nothing_of_a_stop(tmp_path: Path) -> None:
    result = batch.run(_plan(tmp_path, 2), 1, batch.Limits(timeout=60))
    assert not result.interrupted and summary.stop_note(result) is None
    assert "interrupted" not in json.loads(batch.render_format(result, "json"))
    assert "Interrompu" not in batch.render_format(result, "csv")


@needs_office
def test_sigterm_stops_the_server_after_the_check_in_progress(tmp_path: Path) -> None:
    """``serve`` stops as a service should: the check under way gets its answer, then the
    process exits 0, leaving no worker nor LibreOffice (uvicorn's own handling of SIGTERM,
    which cipcheck's must not break)."""
    import threading
    import urllib.request

    from live_server import free_port

    tmp, err = tmp_path / "tmp", tmp_path / "stderr.txt"
    port = free_port()
    proc = _start(["serve", "--port", str(port)], tmp, err)
    base = f"http://127.0.0.1:{port}"
    assert _until(lambda: _answers(f"{base}/health"), 60), err.read_text(errors="replace")
    body, boundary = _upload(FIXTURES / "titre-fail-order.docx")
    answers: list[int] = []

    def post() -> None:
        request = urllib.request.Request(
            f"{base}/api/v1/check", data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        with urllib.request.urlopen(request, timeout=120) as response:
            answers.append(response.status)

    sender = threading.Thread(target=post)
    sender.start()
    assert _until(lambda: any("soffice" in p for p in _ours(str(tmp))), 60)
    proc.send_signal(signal.SIGTERM)
    sender.join(120)
    assert answers == [200]
    assert proc.wait(60) == 0
    assert _until(lambda: not _ours(str(tmp)), 5), _ours(str(tmp))


def _answers(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:
        return False


def _upload(path: Path) -> tuple[bytes, str]:
    boundary = "cipcheck-test-boundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{path.name}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
    return head.encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode(), boundary
