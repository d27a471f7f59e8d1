"""The command line as users and platforms run it: exit codes, stdout, rule sets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def cip(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cipcheck", *args], capture_output=True,
                          text=True, env={**os.environ, "NO_COLOR": "1", **(env or {})},
                          timeout=300)


def test_version() -> None:
    out = cip("--version")
    assert out.returncode == 0 and out.stdout.startswith("cipcheck ")


def test_missing_file_is_an_input_error_in_french_without_traceback(tmp_path: Path) -> None:
    out = cip("check", str(tmp_path / "absent.pdf"), "--rules", "cip-titre", "--format", "json")
    assert out.returncode == 2
    report = json.loads(out.stdout)
    assert report["verdict"] == "error"
    assert report["checks"][0]["id"] == "input.not_found"
    assert "introuvable" in report["checks"][0]["message"]
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("content,check_id", [
    (b"", "input.empty"),
    (b"Ceci est un simple fichier texte, pas un PDF.\n" * 20, "input.unsupported_format"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "input.legacy_format"),
    (b"{\\rtf1\\ansi Bonjour}", "input.legacy_format"),
    (b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", "input.corrupt"),
    (b"PK\x03\x04 tronque", "input.corrupt"),
])
def test_bad_inputs_get_their_input_finding(tmp_path: Path, content: bytes,
                                            check_id: str) -> None:
    path = tmp_path / "dossier.pdf"
    path.write_bytes(content)
    out = cip("check", str(path), "--rules", "cip-titre", "--format", "json")
    assert out.returncode == 2, out.stderr
    finding = json.loads(out.stdout)["checks"][0]
    assert finding["id"] == check_id
    assert finding.get("hint"), "an input error must say what to do"
    assert path.read_bytes() == content


def test_rich_report_rendered_without_terminal_or_colour(tmp_path: Path) -> None:
    path = tmp_path / "vide.pdf"
    path.write_bytes(b"")
    out = cip("check", str(path), "--rules", "cip-titre")
    assert out.returncode == 2
    assert "\x1b[" not in out.stdout
    assert "Le fichier est vide" in out.stdout
    assert out.stderr == ""


def test_unknown_rule_set_and_bad_options_are_usage_errors(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4")
    out = cip("check", str(path), "--rules", "cip-inconnu")
    assert out.returncode == 2 and "cip-titre" in out.stderr
    assert cip("check", str(path), "--route", "autre").returncode == 2
    assert cip("check", str(path), "--format", "pdf").returncode == 2
    assert cip("check", str(path), "--format", "json,markdown").returncode == 2  # needs --output


def test_rules_list_and_show() -> None:
    out = cip("rules", "list")
    assert out.returncode == 0
    for rid in ("cip-titre", "cip-ccp1", "cip-ccp2", "cip-ccp3"):
        assert rid in out.stdout
    show = cip("rules", "show", "cip-titre", "--competences")
    assert show.returncode == 0
    assert "32 à 42" in show.stdout and "385" in show.stdout
    assert "CP13" in show.stdout and "Apporter un appui technique" in show.stdout


def test_rules_validate_names_file_key_and_expectation(tmp_path: Path) -> None:
    good = (ROOT / "rules" / "cip-ccp3.yaml").read_text(encoding="utf-8")
    ok = tmp_path / "ok.yaml"
    ok.write_text(good.replace("max: 15", "max: 16"), encoding="utf-8")
    assert cip("rules", "validate", str(ok)).returncode == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(good.replace("min: 140", "min: beaucoup").replace(
        "    min: 12\n", "    minimum: 12\n"), encoding="utf-8")
    out = cip("rules", "validate", str(bad))
    assert out.returncode == 2
    assert "bad.yaml" in out.stderr
    assert "hours.routes.formation.min" in out.stderr
    assert "pages.body.minimum" in out.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\n  title: [", encoding="utf-8")
    out = cip("rules", "validate", str(broken))
    assert out.returncode == 2 and "YAML invalide" in out.stderr


def test_trainer_copy_of_a_rule_set_is_used_with_rules_path(tmp_path: Path) -> None:
    text = (ROOT / "rules" / "cip-titre.yaml").read_text(encoding="utf-8")
    custom = tmp_path / "mon-centre.yaml"
    custom.write_text(text.replace("id: cip-titre", "id: mon-centre"), encoding="utf-8")
    path = tmp_path / "x.pdf"
    path.write_bytes(b"")
    out = cip("check", str(path), "--rules", str(custom), "--format", "json")
    assert json.loads(out.stdout)["rules"] == "mon-centre"
