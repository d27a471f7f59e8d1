"""docs/contract.md is the public interface: every JSON outcome validates against
docs/report.schema.json, and the contract's own examples and id table stay true."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import hostile
import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
CONTRACT = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
DOSSIERS = ROOT / "tests" / "fixtures" / "dossiers"


def _validate(data: object) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cipcheck", *args], capture_output=True,
                          text=True, timeout=180, cwd=ROOT)


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("name", sorted(p.name for p in DOSSIERS.glob("*.pdf")))
def test_every_fixture_report_validates(name: str) -> None:
    done = _cli("check", str(DOSSIERS / name), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    data = json.loads(done.stdout)
    _validate(data)
    assert data["verdict"] == ("pass" if done.returncode == 0 else "fail")


@pytest.mark.parametrize("make", [hostile.unrecognisable_docx, hostile.encrypted_pdf,
                                  hostile.scanned_pdf, hostile.truncated_docx,
                                  hostile.empty_file, hostile.text_as_pdf,
                                  hostile.legacy_doc, hostile.zip_bomb_docx])
def test_every_input_error_is_a_json_report_on_stdout(tmp_path: Path, make) -> None:  # noqa: ANN001
    path = make(tmp_path)
    for lang in ("fr", "en"):
        done = _cli("check", str(path), "--format", "json", "--pages", "estimate",
                    "--lang", lang)
        assert done.returncode == 2
        data = json.loads(done.stdout)  # a report, never only a sentence on stderr
        _validate(data)
        assert data["verdict"] == "error" and data["checks"][0]["id"].startswith("input.")


def test_unrecognised_dossier_is_reported_in_the_chosen_language(tmp_path: Path) -> None:
    path = hostile.unrecognisable_docx(tmp_path)
    done = _cli("check", str(path), "--format", "json", "--pages", "estimate", "--lang", "en")
    finding = json.loads(done.stdout)["checks"][0]
    assert finding["id"] == "input.unrecognised"
    assert "could not be recognised" in finding["message"] and "--rules" in finding["hint"]


def test_batch_report_validates(tmp_path: Path) -> None:
    cohort = tmp_path / "cohorte"
    cohort.mkdir()
    (cohort / "ok.pdf").write_bytes((DOSSIERS / "ccp1-ok.pdf").read_bytes())
    hostile.unrecognisable_docx(cohort)
    hostile.empty_file(cohort)
    done = _cli("batch", str(cohort), "--format", "json", "--pages", "estimate",
                "--no-progress")
    assert done.returncode == 2
    data = json.loads(done.stdout)
    _validate(data)
    assert data["summary"]["files"] == 3 and data["summary"]["error"] == 2


def test_contract_lists_the_exit_codes_and_rule_sets_that_exist() -> None:
    from cipcheck.ruleset import load_all

    for rules in load_all():
        assert f"`{rules.id}`" in CONTRACT
    codes = re.findall(r"^\| (\d) \|", CONTRACT, flags=re.MULTILINE)
    assert codes == ["0", "1", "2"]
    assert "report.schema.json" in CONTRACT
