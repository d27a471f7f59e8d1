"""cipcheck serve: the API answers like the command line, the limits hold, hostile
uploads are answered cleanly and nothing of an upload is left behind."""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path

import hostile
import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from cipcheck.api import Options, check_file  # noqa: E402
from cipcheck.server import runner  # noqa: E402
from cipcheck.server.app import create_app  # noqa: E402
from cipcheck.server.settings import ServerSettings  # noqa: E402

DOSSIERS = Path(__file__).resolve().parent / "fixtures" / "dossiers"


@pytest.fixture()
def private_tmp(tmp_path: Path) -> Path:
    """The server's temporary folder (uploads, workers): a test sees nothing is left."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


def _left(folder: Path) -> list[Path]:
    return list(folder.iterdir())


def _client(**kw: object) -> TestClient:
    return TestClient(create_app(ServerSettings(**kw)))  # type: ignore[arg-type]


def _post(client: TestClient, path: Path | None = None, name: str | None = None,
          data: bytes | None = None, **form: str) -> object:
    content = data if data is not None else path.read_bytes()  # type: ignore[union-attr]
    return client.post("/api/v1/check", data=form,
                       files={"file": (name or path.name, content,  # type: ignore[union-attr]
                                       "application/octet-stream")})


def _comparable(report: dict) -> dict:
    return {**report, "file": Path(report["file"]).name}


@pytest.mark.parametrize(("name", "rules", "code"), [
    ("ccp1-ok.pdf", "cip-ccp1", 0), ("ccp2-fail-part1-long.pdf", "cip-ccp2", 1),
    ("titre-fail-hours.pdf", "", 1)])
def test_api_report_is_the_command_line_report(private_tmp: Path, name: str, rules: str,
                                               code: int) -> None:
    client = _client(tmp_dir=str(private_tmp))
    answer = _post(client, DOSSIERS / name, rules=rules)
    assert answer.status_code == 200
    assert answer.headers["x-cipcheck-exit-code"] == str(code)
    cli = check_file(DOSSIERS / name, rules or None, Options()).to_dict()
    assert _comparable(answer.json()) == _comparable(cli)
    assert _left(private_tmp) == []


def test_bad_options_are_422_and_bad_files_are_reports(private_tmp: Path) -> None:
    client = _client(tmp_dir=str(private_tmp))
    pdf = DOSSIERS / "ccp1-ok.pdf"
    assert _post(client, pdf, route="bus").status_code == 422
    assert _post(client, pdf, hours="-3").status_code == 422
    assert _post(client, pdf, lang="de").status_code == 422
    answer = _post(client, pdf, rules="cip-inconnu")
    assert answer.status_code == 422 and "cip-titre" in answer.json()["detail"]
    # Every refusal says it in ``message`` too, as the other 422s do (blind16).
    assert answer.json()["message"] == answer.json()["detail"]
    # « 70,5 » as a French platform writes it, as the manifest and the page accept it.
    answer = _post(client, pdf, rules="cip-ccp1", hours="70,5")
    assert answer.status_code == 200 and answer.json()["hours"] == 70.5
    assert answer.json()["hours_source"] == "declared"
    # Not multipart at all: the file field is missing.
    assert client.post("/api/v1/check", json={"file": "x"}).status_code == 422
    # A text file sent as a PDF is a report saying what it really is.
    answer = _post(client, name="dossier.pdf", data=b"Bonjour, voici mon dossier.")
    assert answer.status_code == 200 and answer.headers["x-cipcheck-exit-code"] == "2"
    assert answer.json()["checks"][0]["id"] == "input.unsupported_format"


@pytest.mark.parametrize("make", [hostile.zip_bomb_docx, hostile.entity_bomb_docx,
                                  hostile.encrypted_pdf, hostile.truncated_docx])
def test_hostile_uploads_are_answered_like_the_command_line(private_tmp: Path,
                                                            tmp_path: Path, make) -> None:  # noqa: ANN001
    path = make(tmp_path)
    client = _client(tmp_dir=str(private_tmp))
    answer = _post(client, path)
    assert answer.status_code == 200
    data = answer.json()
    expected = check_file(path, None, Options(pages="estimate")).to_dict()
    assert data["verdict"] == "error"
    assert data["checks"][0]["id"] == expected["checks"][0]["id"]
    assert client.get("/health").json()["status"] == "ok"  # still answering
    assert _left(private_tmp) == []


def test_oversized_upload_is_refused_before_being_read(private_tmp: Path) -> None:
    client = _client(max_upload_mb=0.3, tmp_dir=str(private_tmp))
    big = b"%PDF-1.7\n" + b"0" * (2 * 1024 * 1024)
    answer = _post(client, name="gros.pdf", data=big)
    # The limit in French figures, « 0,3 Mo » (blind15 read « 0.3 Mo » as a typo).
    assert answer.status_code == 413 and "0,3 Mo" in answer.json()["detail"]
    page = client.post("/check", files={"file": ("gros.pdf", big, "application/pdf")})
    assert page.status_code == 413
    assert _post(client, DOSSIERS / "ccp1-ok.pdf").status_code == 200  # still serving
    assert _left(private_tmp) == []


@pytest.mark.parametrize("name", ["../../../etc/cipcheck-pwn.pdf",
                                  "..\\..\\windows\\system32\\x.pdf", "/tmp/abs.pdf",
                                  "dossier\x00.pdf", "ccp1 (version finale).pdf"])
def test_upload_names_never_reach_the_disk(private_tmp: Path, name: str) -> None:
    client = _client(tmp_dir=str(private_tmp))
    answer = _post(client, DOSSIERS / "ccp1-ok.pdf", name=name)
    assert answer.status_code == 200
    shown = answer.json()["file"]
    assert "/" not in shown and "\\" not in shown and ".." not in shown.replace("...", "")
    assert not Path("/etc/cipcheck-pwn.pdf").exists() and not Path("/tmp/abs.pdf").exists()
    assert _left(private_tmp) == []


@pytest.mark.parametrize("name", ["Dossier CCP2 Sophie Mérigot – version finale (2).pdf",
                                  "Rapport d'Anaïs « définitif » + annexes.pdf"])
def test_the_report_keeps_the_name_the_platform_sent(private_tmp: Path, name: str) -> None:
    # A platform matches each report to its upload by name: the name comes back as sent.
    answer = _post(_client(tmp_dir=str(private_tmp)), DOSSIERS / "ccp1-ok.pdf", name=name)
    assert answer.status_code == 200 and answer.json()["file"] == name


def test_token_is_required_when_set(private_tmp: Path) -> None:
    client = _client(token="s3cret", tmp_dir=str(private_tmp))
    pdf = DOSSIERS / "ccp1-ok.pdf"
    assert _post(client, pdf).status_code == 401
    answer = client.post("/api/v1/check", headers={"Authorization": "Bearer faux"},
                         files={"file": (pdf.name, pdf.read_bytes())})
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    answer = client.post("/api/v1/check", headers={"Authorization": "Bearer s3cret"},
                         files={"file": (pdf.name, pdf.read_bytes())})
    assert answer.status_code == 200
    assert client.get("/api/v1/rules").status_code == 401
    assert client.get("/health").status_code == 200  # for load balancers


def test_rules_health_and_openapi() -> None:
    client = _client()
    rules = {r["id"]: r for r in client.get("/api/v1/rules").json()}
    assert rules["cip-titre"]["pages"]["body"] == {"min": 32.0, "max": 42.0}
    assert len(rules["cip-titre"]["parts"]) == 7
    spec = client.get("/openapi.json").json()
    assert "/api/v1/check" in spec["paths"] and "/api/v1/rules" in spec["paths"]
    assert client.get("/health").json()["workers"] == 2


def test_page_in_french_english_and_from_the_browser_language() -> None:
    client = _client()
    assert "Vérifier mon dossier" in client.get("/").text
    assert "Check my dossier" in client.get("/?lang=en").text
    english = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"})
    assert "Check my dossier" in english.text
    page = client.get("/").text
    assert "http://" not in page.replace('href="/', "") and "https://" not in page
    assert "Rien n'est conservé" in page
    assert client.get("/static/app.js").status_code == 200


def test_page_result_shows_the_report_and_its_downloads(private_tmp: Path) -> None:
    client = _client(tmp_dir=str(private_tmp))
    pdf = DOSSIERS / "ccp2-fail-part1-long.pdf"
    answer = client.post("/check", data={"rules": "cip-ccp2", "route": "formation",
                                         "hours": "", "lang": "fr"},
                         files={"file": (pdf.name, pdf.read_bytes(), "application/pdf")})
    assert answer.status_code == 200
    assert "Partie 1" in answer.text and "data:application/json" in answer.text
    assert answer.headers["x-cipcheck-exit-code"] == "1"
    assert _left(private_tmp) == []


def test_a_full_queue_answers_429_with_retry_after(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    def slow(jobs, workers, limits, **kw):  # noqa: ANN001, ANN003, ANN202
        time.sleep(0.5)
        return [_fake_outcome(jobs[0].path)]

    def _fake_outcome(path: Path):  # noqa: ANN202
        from cipcheck.batch import Outcome, error_report
        return Outcome(error_report(path, "empty", "vide", None, Options()), 0.5)

    monkeypatch.setattr(runner, "run_jobs", slow)
    gate = runner.Gate(workers=1, queue=1)
    sample = tmp_path / "x.pdf"
    sample.write_bytes(b"%PDF")

    async def burst() -> list[object]:
        calls = [gate.run(sample, None, Options(), None, "x.pdf")  # type: ignore[arg-type]
                 for _ in range(4)]
        return await asyncio.gather(*calls, return_exceptions=True)

    results = asyncio.run(burst())
    busy = [r for r in results if isinstance(r, runner.Busy)]
    done = [r for r in results if not isinstance(r, Exception)]
    assert len(done) == 2 and len(busy) == 2  # one running, one waiting, two refused
    assert gate.running == 0 and gate.waiting == 0


def test_busy_page_and_api_say_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    async def refuse(*args: object, **kw: object) -> object:
        raise runner.Busy

    client = _client()
    monkeypatch.setattr(client.app.state.gate, "run", refuse)  # type: ignore[attr-defined]
    answer = _post(client, DOSSIERS / "ccp1-ok.pdf")
    assert answer.status_code == 429 and answer.headers["retry-after"] == "5"
    page = client.post("/check", files={"file": ("a.pdf", b"%PDF", "application/pdf")})
    assert page.status_code == 429 and "réessayez" in page.text


def test_json_report_of_the_api_validates_against_the_contract_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).resolve().parents[1] / "docs" /
                         "report.schema.json").read_text(encoding="utf-8"))
    answer = _post(_client(), DOSSIERS / "titre-ok-variants.pdf")
    jsonschema.Draft202012Validator(schema).validate(answer.json())


def test_the_page_speaks_of_its_form_not_of_command_line_options(private_tmp: Path) -> None:
    # blind15: a candidate without a terminal read « déclarez-la avec --hours (ou la colonne
    # « hours » du manifeste) ». The page names its own field; the API keeps the contract's
    # report as ``check`` writes it.
    client = _client(tmp_dir=str(private_tmp))
    pdf = DOSSIERS / "titre-warn-no-hours.pdf"
    page = client.post("/check", data={"rules": "cip-titre", "route": "formation",
                                       "hours": ""},
                       files={"file": (pdf.name, pdf.read_bytes(), "application/pdf")})
    assert page.status_code == 200
    text = re.sub(r'href="data:[^"]*"', "", page.text)  # the page, not its downloads
    at = text.find("--hours")
    assert at < 0, text[at - 200:at + 60]
    assert "Heures en entreprise" in text
    api = _post(client, pdf, rules="cip-titre").json()
    hours = next(c for c in api["checks"] if c["id"] == "hours.minimum")
    assert "--hours" in hours["hint"]
    # blind18: recognised without a chosen type, the page's note said « précisez-le avec
    # --rules »; it names the form's list.
    recognised = client.post("/check", data={"route": "formation"},
                             files={"file": (pdf.name, pdf.read_bytes(), "application/pdf")})
    shown = re.sub(r'href="data:[^"]*"', "", recognised.text)
    assert "Jeu de règles reconnu" in shown and "--rules" not in shown
    assert "« Type de dossier » du formulaire" in shown


def test_form_words_keep_a_number_and_speak_english_in_english() -> None:
    from cipcheck.findings import Finding, Status
    from cipcheck.server.form_words import form_text

    fr = ("Vérifiez la durée de vos périodes en entreprise et déclarez-la avec --hours (ou la "
          "colonne « hours » du manifeste), par exemple --hours 147.")
    assert form_text(fr, "fr") == ("Vérifiez la durée de vos périodes en entreprise et "
                               "saisissez-la dans le champ « Heures en entreprise » du "
                               "formulaire (par exemple 147), puis relancez la vérification.")
    en = "Complete the placement, or declare the right figure with --hours."
    assert form_text(en, "en") == ("Complete the placement, or enter it in the form's \"Placement "
                               "hours\" field.")
    assert Finding("x", Status.PASS, "sans option").message == form_text("sans option", "fr")


def test_an_invalid_option_keeps_fastapi_detail_and_says_it_in_french(
        private_tmp: Path) -> None:
    client = _client(tmp_dir=str(private_tmp))
    answer = _post(client, DOSSIERS / "ccp1-ok.pdf", hours="abc")
    assert answer.status_code == 422
    body = answer.json()
    assert body["detail"][0]["loc"][-1] == "hours"  # what a platform parses, unchanged
    assert body["message"] == ("Option invalide — hours : un nombre d'heures positif ou nul "
                               "est attendu (par exemple 392 ou 392,5).")
    missing = client.post("/api/v1/check", data={"rules": "cip-ccp1"})
    assert missing.status_code == 422 and "file : le fichier" in missing.json()["message"]
