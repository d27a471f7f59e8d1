"""The third held-out development set (tests/fixtures/devset3/) loads and is well formed.

Only the files and labels are checked here, never the readers' results: the set is held
out for the final measure, and its figures are printed by
``bench/content_accuracy.py --set devset3``, not gated.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml

from cipcheck.privacy import KINDS
from cipcheck.ruleset import load

HERE = Path(__file__).resolve().parent
SET = HERE / "fixtures" / "devset3"
# Half of the hours, privacy and unused interview passages were moved to tuning
# (devset3t/): the set's shape is checked on both halves together.
TUNING = HERE / "fixtures" / "devset3t"
RULES = {"cip-titre", "cip-ccp1", "cip-ccp2", "cip-ccp3", "ops-memoire"}
sys.path.insert(0, str(HERE / "fixtures" / "content"))

from cases import content_cases, privacy_cases  # noqa: E402


def _held(name: str, folder: Path = SET) -> list[dict]:
    return yaml.safe_load((folder / name).read_text(encoding="utf-8"))["cases"]


def _cases(name: str) -> list[dict]:
    return _held(name) + _held(name, TUNING)


@pytest.mark.parametrize("name", ["hours.yaml", "interviews.yaml", "content.yaml",
                                  "privacy.yaml"])
def test_names_are_unique_and_texts_not_empty(name: str) -> None:
    cases = _cases(name)
    names = [c["name"] for c in cases]
    assert len(set(names)) == len(names), [n for n, k in Counter(names).items() if k > 1]
    for c in cases:
        assert c["text"].strip(), c["name"]


def test_hours_passages_are_labelled() -> None:
    cases = _cases("hours.yaml")
    stated = [c for c in cases if c["expected_hours"] is not None]
    assert len(stated) >= 45 and len(cases) - len(stated) >= 28
    for c in cases:
        assert c["rules"] in RULES, c["name"]
        assert c["kind"] in {"cover", "intro", "table", "prose"}, c["name"]
        assert c["expected_hours"] is None or c["expected_hours"] > 0, c["name"]
        assert isinstance(c["certain"], bool), c["name"]
        assert bool(c.get("table")) == (c["kind"] == "table"), c["name"]
        if c.get("table"):
            assert " | " in c["text"], c["name"]
    # Every rule set has sure readings under its minimum (they must fail) and over it.
    under = {c["rules"] for c in stated if c["certain"]
             and c["expected_hours"] < _minimum(c["rules"])}
    over = {c["rules"] for c in stated if c["expected_hours"] >= _minimum(c["rules"])}
    assert under == over == RULES


def _minimum(rules_id: str) -> float:
    rules = load(rules_id)
    per_day = rules.hours.hours_per_day if rules.hours.unit == "days" else 1
    return float(rules.hours.routes["formation"].min) * float(per_day)


def test_interview_parts_are_sections_of_real_parts() -> None:
    cases = _cases("interviews.yaml")
    assert len(cases) >= 36
    for c in cases:
        words = len(c["text"].split())
        assert 200 <= words <= 1200, (c["name"], words)
        assert isinstance(c["held"], int) and 0 <= c["held"] <= 6, c["name"]
        assert any(p.number == c["part"] for p in load(c["rules"]).parts), c["name"]
    assert sum(c["held"] < 3 for c in cases) >= 12
    assert {c["held"] for c in cases} == set(range(7))


def test_content_labels_name_real_items() -> None:
    cases = _cases("content.yaml")
    assert len(cases) >= 28
    for c in cases:
        rules = load(c["rules"])
        items = rules.content if c["part"] is None else rules.part(c["part"]).content
        ids = {i.id for i in items}
        present, absent = set(c.get("present", [])), set(c.get("absent", []))
        assert present | absent <= ids, (c["name"], (present | absent) - ids)
        assert not present & absent, c["name"]
        if "entretiens" in ids:
            assert isinstance(c.get("interviews"), int), c["name"]
            assert ("entretiens" in present) == (c["interviews"] >= 3), c["name"]
    assert {c["rules"] for c in cases} == RULES
    # Every mandatory OPS content is absent from at least one mémoire.
    ops_absent = {i for c in cases if c["rules"] == "ops-memoire" for i in c["absent"]}
    assert len(ops_absent) >= 2


def test_privacy_labels_use_known_kinds() -> None:
    cases = _cases("privacy.yaml")
    assert len(cases) >= 40
    kinds: Counter[str] = Counter()
    for c in cases:
        expect = c.get("expect") or {}
        assert set(expect) <= set(KINDS), c["name"]
        assert all(isinstance(v, int) and v > 0 for v in expect.values()), c["name"]
        kinds.update(expect)
    assert set(kinds) == set(KINDS)  # every detector has planted items
    assert kinds["name"] >= 10
    assert sum(1 for c in cases if not c.get("expect")) >= 17  # decoys


def test_the_shared_loaders_read_the_set() -> None:
    # The bench reads content and privacy through the fixtures' loaders: they must load.
    assert len(content_cases(SET)) == len(_held("content.yaml"))
    assert len(privacy_cases(SET)) == len(_held("privacy.yaml"))
    assert len(privacy_cases(TUNING)) == len(_held("privacy.yaml", TUNING))
    assert all(c.blocks for c in content_cases(SET))


def test_dossier_labels_match_the_files() -> None:
    folder = SET / "dossiers"
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["dossiers"]
    assert len(labels) >= 14
    files = {lab["file"]: lab for lab in labels}
    assert sum(f.endswith(".pdf") for f in files) >= 3
    assert {lab["rules"] for lab in labels} == RULES
    for lab in labels:
        path = folder / lab["file"]
        assert path.stat().st_size > 10_000, lab["file"]
        assert lab["verdict"] in {"pass", "fail"}
        assert (lab["verdict"] == "fail") == bool(lab["failing"]), lab["file"]
        rules = load(lab["rules"])
        assert set(lab["interviews"]) <= {p.number for p in rules.parts}, lab["file"]
        if path.suffix == ".pdf":  # LibreOffice's conversion of a DOCX of the set
            twin = path.with_suffix(".docx")
            assert twin.name in files, lab["file"]
            assert {k: v for k, v in lab.items() if k not in ("file", "note")} == {
                k: v for k, v in files[twin.name].items() if k not in ("file", "note")}
            with pdfplumber.open(str(path)) as pdf:
                assert len(pdf.pages) >= 5, lab["file"]
                assert (pdf.pages[0].extract_text() or "").strip(), lab["file"]
            continue
        # A real Word file: a cover paragraph and Arial body text.
        d = docx.Document(str(path))
        assert d.paragraphs[0].text.strip(), lab["file"]
        assert d.styles["Normal"].font.name == "Arial", lab["file"]
    for rules_id in RULES:
        assert {lab["verdict"] for lab in labels if lab["rules"] == rules_id} == {"pass", "fail"}
    assert sum(lab["verdict"] == "pass" for lab in labels) > len(labels) / 2
