"""The held-out development set (tests/fixtures/devset/) is well formed.

Only the labels are checked here, never the readers' results: the set is held out and
its figures are printed by ``bench/content_accuracy.py --set devset``, not gated."""

from __future__ import annotations

from pathlib import Path

import yaml

from cipcheck.privacy import KINDS
from cipcheck.ruleset import load

DEVSET = Path(__file__).resolve().parent / "fixtures" / "devset"
RULES = {"cip-titre", "cip-ccp1", "cip-ccp2", "cip-ccp3", "ops-memoire"}


def _cases(name: str) -> list[dict]:
    return yaml.safe_load((DEVSET / name).read_text(encoding="utf-8"))["cases"]


def test_hours_passages_are_labelled() -> None:
    cases = _cases("hours.yaml")
    assert len(cases) >= 80
    assert len({c["name"] for c in cases}) == len(cases)
    for c in cases:
        assert c["rules"] in RULES, c["name"]
        assert c["kind"] in {"cover", "intro", "table", "prose"}, c["name"]
        assert c["expected_hours"] is None or c["expected_hours"] > 0, c["name"]
        assert isinstance(c["certain"], bool), c["name"]
        if c.get("table"):
            assert " | " in c["text"], c["name"]
    assert sum(c["expected_hours"] is None for c in cases) >= 25  # traps


def test_interview_parts_are_whole_sections() -> None:
    cases = _cases("interviews.yaml")
    assert len(cases) >= 40
    for c in cases:
        words = len(c["text"].split())
        assert 300 <= words <= 1200, (c["name"], words)
        assert isinstance(c["held"], int) and c["held"] >= 0, c["name"]
        assert any(p.number == c["part"] for p in load(c["rules"]).parts), c["name"]
    assert sum(c["held"] == 2 for c in cases) >= 3


def test_content_labels_name_real_items() -> None:
    cases = _cases("content.yaml")
    assert len(cases) >= 30
    for c in cases:
        rules = load(c["rules"])
        items = rules.content if c["part"] is None else rules.part(c["part"]).content
        ids = {i.id for i in items}
        labelled = set(c.get("present", [])) | set(c.get("absent", []))
        assert labelled <= ids, (c["name"], labelled - ids)
        assert not set(c.get("present", [])) & set(c.get("absent", [])), c["name"]
    assert {c["rules"] for c in cases} == RULES


def test_privacy_labels_use_known_kinds() -> None:
    cases = _cases("privacy.yaml")
    assert len(cases) >= 40
    for c in cases:
        assert set(c.get("expect") or {}) <= set(KINDS), c["name"]
    assert sum((c.get("expect") or {}).get("name", 0) for c in cases) >= 10


def test_dossier_labels_match_the_files() -> None:
    folder = DEVSET / "dossiers"
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["dossiers"]
    assert len(labels) >= 10
    assert {lab["rules"] for lab in labels} == RULES
    for lab in labels:
        assert (folder / lab["file"]).stat().st_size > 10_000, lab["file"]
        assert lab["verdict"] in {"pass", "fail"}
        assert (lab["verdict"] == "fail") == bool(lab["failing"]), lab["file"]
    assert sum(lab["verdict"] == "pass" for lab in labels) > len(labels) / 2
