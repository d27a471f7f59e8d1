"""``cipcheck check`` given several files: one report each, the worst exit code, and one
LibreOffice for all their DOCX (issue 10), as batch keeps one per worker."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cipcheck.api import Options, check_file, check_files
from cipcheck.cli import app
from cipcheck.readers import lo_server

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"
runner = CliRunner()


def test_several_pdfs_give_one_json_document_with_each_report() -> None:
    files = [FIXTURES / "ccp1-ok.pdf", FIXTURES / "titre-ok-heading1.pdf"]
    result = runner.invoke(app, ["check", *map(str, files), "--format", "json"])
    data = json.loads(result.stdout)
    assert [Path(f["file"]).name for f in data["files"]] == [f.name for f in files]
    # Each report is the one a check of that file alone gives.
    alone = [check_file(f).to_dict() for f in files]
    assert data["files"] == alone
    assert result.exit_code == max(check_file(f).exit_code for f in files)


def test_a_missing_file_among_several_costs_only_its_own_report(tmp_path: Path) -> None:
    files = [FIXTURES / "ccp1-ok.pdf", tmp_path / "absent.pdf"]
    result = runner.invoke(app, ["check", *map(str, files), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["files"][0]["verdict"] == check_file(files[0]).verdict.value
    assert data["files"][1]["verdict"] == "error"
    assert result.exit_code == 2


def test_several_files_in_another_format_need_an_output_folder(tmp_path: Path) -> None:
    files = [str(FIXTURES / "ccp1-ok.pdf"), str(FIXTURES / "titre-ok-heading1.pdf")]
    assert runner.invoke(app, ["check", *files, "--format", "markdown"]).exit_code == 2
    out = tmp_path / "rapports"
    result = runner.invoke(app, ["check", *files, "--format", "markdown,json", "-o", str(out)])
    assert result.exit_code in (0, 1)
    assert sorted(p.name for p in out.iterdir()) == [
        "ccp1-ok.json", "ccp1-ok.md", "titre-ok-heading1.json", "titre-ok-heading1.md"]


def test_two_files_of_the_same_name_keep_both_reports(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(FIXTURES / "ccp1-ok.pdf", tmp_path / folder / "dossier.pdf")
    out = tmp_path / "rapports"
    result = runner.invoke(app, ["check", str(tmp_path / "a" / "dossier.pdf"),
                                 str(tmp_path / "b" / "dossier.pdf"), "-f", "json", "-o",
                                 str(out)])
    assert result.exit_code in (0, 1)
    assert sorted(p.name for p in out.iterdir()) == ["dossier-2.json", "dossier.json"]


class _FakeServer:
    """Stands for the LibreOffice service: counts starts, hands out a socket path."""

    instances: list[_FakeServer] = []

    def __init__(self, memory_mb: int | None = None) -> None:
        self.started = 0
        self.stopped = 0
        _FakeServer.instances.append(self)

    def ensure(self) -> str:
        self.started += 1
        return "/tmp/fake-socket"

    def stop(self) -> None:
        self.stopped += 1


def test_docx_files_share_one_service_and_a_lone_docx_starts_none(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _FakeServer.instances.clear()
    monkeypatch.setattr(lo_server, "Server", _FakeServer)
    monkeypatch.setattr(lo_server.Pool, "needed",
                        staticmethod(lambda path, pages: path.suffix == ".docx"))
    seen: list[str | None] = []

    def fake_check(path: Path, rules: object, opts: Options) -> object:
        import os

        from cipcheck.findings import Report, Status
        seen.append(os.environ.get(lo_server.ENV))
        return Report(file=str(path), rules=None, verdict=Status.PASS, route="formation",
                      hours=None, pages_body=None, pages_annexes=None, pages_method=None)

    monkeypatch.setattr("cipcheck.api.check_file", fake_check)
    monkeypatch.delenv(lo_server.ENV, raising=False)
    files = [tmp_path / "a.docx", tmp_path / "b.pdf", tmp_path / "c.docx"]
    check_files(files)
    assert len(_FakeServer.instances) == 1  # one service for the two DOCX
    assert seen == ["/tmp/fake-socket", None, "/tmp/fake-socket"]
    assert _FakeServer.instances[0].stopped == 1  # stopped at the end
    import os
    assert lo_server.ENV not in os.environ  # the environment is left as it was
    _FakeServer.instances.clear()
    check_files([tmp_path / "a.docx", tmp_path / "b.pdf"])
    assert _FakeServer.instances == []  # a lone DOCX: its own soffice, as before


@pytest.mark.skipif(not lo_server.available(),
                    reason="LibreOffice, its Python uno module or unoserver absent")
def test_two_docx_through_one_real_service_give_the_reports_of_one_off_checks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path / "cache"))
    files = [Path(shutil.copy(FIXTURES / name, tmp_path / name))
             for name in ("ccp1-ok.docx", "ccp3-ok.docx")]
    starts: list[int] = []
    real_stop = lo_server.Server.stop

    def stop(self: lo_server.Server) -> None:
        starts.append(self.starts)
        real_stop(self)

    monkeypatch.setattr(lo_server.Server, "stop", stop)
    together = [r.to_dict() for r in check_files(files)]
    assert starts and starts[-1] == 1  # one LibreOffice for both files
    monkeypatch.setenv("CIPCHECK_NO_CACHE", "1")
    alone = [check_file(f).to_dict() for f in files]
    assert together == alone
