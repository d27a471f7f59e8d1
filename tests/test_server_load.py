"""A burst of uploads (compliant, failing and hostile files) against a real
``cipcheck serve``: every request answered, none lost, reports identical to the command
line's, the server still answering and nothing left in its temporary folder."""

from __future__ import annotations

from pathlib import Path

import hostile
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from live_server import serving  # noqa: E402
from load_client import comparable, run_load  # noqa: E402

from cipcheck.api import Options, check_file  # noqa: E402

DOSSIERS = Path(__file__).resolve().parent / "fixtures" / "dossiers"


def test_burst_of_mixed_uploads(tmp_path: Path) -> None:
    files = [DOSSIERS / n for n in ("ccp1-ok.pdf", "ccp3-fail-hours.pdf", "ccp2-ok.pdf",
                                    "titre-fail-calibri.pdf")]
    files += [hostile.zip_bomb_docx(tmp_path), hostile.entity_bomb_docx(tmp_path),
              hostile.text_as_pdf(tmp_path), hostile.truncated_pdf(tmp_path)]
    server_tmp = tmp_path / "server-tmp"
    server_tmp.mkdir()
    # Room for 2 + 2 at once: 8 clients overflow it, get 429 and retry as told.
    with serving("--workers", "2", "--queue", "2", tmp_dir=server_tmp) as base:
        result = run_load(base, files, total=40, clients=8, retries=400, wait_cap=0.5)
        import httpx
        assert httpx.get(f"{base}/health").json()["status"] == "ok"
    assert result.lost == 0 and len(result.answers) == 40
    assert result.by_status == {200: 40}  # every upload got its report in the end
    assert result.busy > 0  # and the burst did meet the bound: « busy, retry »
    expected = {f: comparable(check_file(f, None, Options(pages="estimate")).to_dict())
                for f in files}
    for answer in result.answers:
        if answer.report is not None:
            assert comparable(answer.report) == expected[answer.file], answer.file.name
    assert [p.name for p in server_tmp.iterdir() if p.name.startswith("cipcheck-")] == []
