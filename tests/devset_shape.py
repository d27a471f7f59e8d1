"""The shape every held-out development set must have (devset2, devset3): its files load
and its labels are well formed. Never the readers' results: those are printed by
``bench/content_accuracy.py --set NAME``, not gated. Each set's test module says how big
it is (``Shape``) and calls these checks."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import docx
import pdfplumber
import yaml

from cipcheck.privacy import KINDS
from cipcheck.ruleset import load

HERE = Path(__file__).resolve().parent
RULES = {"cip-titre", "cip-ccp1", "cip-ccp2", "cip-ccp3", "ops-memoire"}
FILES = ["hours.yaml", "interviews.yaml", "content.yaml", "privacy.yaml"]
sys.path.insert(0, str(HERE / "fixtures" / "content"))


@dataclass(frozen=True)
class Shape:
    """The least a set holds: hours passages stating hours and stating none, interview
    parts (and those under three held), content cases (and OPS contents left absent),
    privacy decoys, dossiers (and PDF twins)."""

    stated: int
    unstated: int
    parts: int
    under_three: int
    content: int
    ops_absent: int
    decoys: int
    dossiers: int
    pdfs: int = 0


def cases(folder: Path, name: str) -> list[dict]:
    return yaml.safe_load((folder / name).read_text(encoding="utf-8"))["cases"]


def names_unique_and_texts_not_empty(found: list[dict]) -> None:
    names = [c["name"] for c in found]
    assert len(set(names)) == len(names), [n for n, k in Counter(names).items() if k > 1]
    for c in found:
        assert c["text"].strip(), c["name"]


def minimum(rules_id: str) -> float:
    rules = load(rules_id)
    per_day = rules.hours.hours_per_day if rules.hours.unit == "days" else 1
    return float(rules.hours.routes["formation"].min) * float(per_day)


def hours_labelled(found: list[dict], shape: Shape) -> None:
    stated = [c for c in found if c["expected_hours"] is not None]
    assert len(stated) >= shape.stated and len(found) - len(stated) >= shape.unstated
    for c in found:
        assert c["rules"] in RULES, c["name"]
        assert c["kind"] in {"cover", "intro", "table", "prose"}, c["name"]
        assert c["expected_hours"] is None or c["expected_hours"] > 0, c["name"]
        assert isinstance(c["certain"], bool), c["name"]
        assert bool(c.get("table")) == (c["kind"] == "table"), c["name"]
        if c.get("table"):
            assert " | " in c["text"], c["name"]
    # Every rule set has sure readings under its minimum (they must fail) and over it.
    under = {c["rules"] for c in stated if c["certain"]
             and c["expected_hours"] < minimum(c["rules"])}
    over = {c["rules"] for c in stated if c["expected_hours"] >= minimum(c["rules"])}
    assert under == over == RULES


def interview_parts_real(found: list[dict], shape: Shape) -> None:
    assert len(found) >= shape.parts
    for c in found:
        words = len(c["text"].split())
        assert 200 <= words <= 1200, (c["name"], words)
        assert isinstance(c["held"], int) and 0 <= c["held"] <= 6, c["name"]
        assert any(p.number == c["part"] for p in load(c["rules"]).parts), c["name"]
    assert sum(c["held"] < 3 for c in found) >= shape.under_three
    assert {c["held"] for c in found} == set(range(7))


def content_labels_real(found: list[dict], shape: Shape) -> None:
    assert len(found) >= shape.content
    for c in found:
        rules = load(c["rules"])
        items = rules.content if c["part"] is None else rules.part(c["part"]).content
        ids = {i.id for i in items}
        present, absent = set(c.get("present", [])), set(c.get("absent", []))
        assert present | absent <= ids, (c["name"], (present | absent) - ids)
        assert not present & absent, c["name"]
        if "entretiens" in ids:
            assert isinstance(c.get("interviews"), int), c["name"]
            assert ("entretiens" in present) == (c["interviews"] >= 3), c["name"]
    assert {c["rules"] for c in found} == RULES
    # Mandatory OPS contents are absent from some mémoires.
    ops_absent = {i for c in found if c["rules"] == "ops-memoire" for i in c["absent"]}
    assert len(ops_absent) >= shape.ops_absent


def privacy_labels_known(found: list[dict], shape: Shape) -> None:
    assert len(found) >= 40
    kinds: Counter[str] = Counter()
    for c in found:
        expect = c.get("expect") or {}
        assert set(expect) <= set(KINDS), c["name"]
        assert all(isinstance(v, int) and v > 0 for v in expect.values()), c["name"]
        kinds.update(expect)
    assert set(kinds) == set(KINDS)  # every detector has planted items
    assert kinds["name"] >= 10
    assert sum(1 for c in found if not c.get("expect")) >= shape.decoys


def dossier_labels_match_files(folder: Path, shape: Shape) -> None:
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["dossiers"]
    assert len(labels) >= shape.dossiers
    files = {lab["file"]: lab for lab in labels}
    assert sum(f.endswith(".pdf") for f in files) >= shape.pdfs
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
