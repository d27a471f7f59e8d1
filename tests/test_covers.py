"""The cover sets (tests/covers.py): kept well-formed, and the DOCX builder honest.

How well recognition does on them is measured by ``bench/covers_score.py``, never asserted
here: a development set that the tests pin would stop measuring anything, and covers11 is
held out.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import docx
import pytest
from covers import FILLER_PAGES, OPTIONAL, REQUIRED, SETS, build, cases

from cipcheck.readers import read_document
from cipcheck.ruleset import load_all

CASES = {name: cases(name) for name in SETS}
# The cases the builder is checked on: those with a table or running lines, and a few.
SAMPLE = [(name, c) for name, all_cases in CASES.items()
          for c in [c for c in all_cases if c.get("table") or c.get("header")
                    or c.get("footer")] + all_cases[:3]]


def _breaks(paragraph: Any) -> bool:
    return 'w:type="page"' in paragraph._p.xml


def _squash(text: str) -> str:
    # The reader folds runs of spaces (a cover's « Nom :     Prénom : ») into one.
    return " ".join(text.split())


@pytest.mark.parametrize("name", SETS)
def test_fields_and_types(name: str) -> None:
    assert len(CASES[name]) >= 60
    for case in CASES[name]:
        keys = set(case)
        assert keys >= REQUIRED, (case.get("name"), REQUIRED - keys)
        assert keys <= REQUIRED | OPTIONAL, (case["name"], keys - REQUIRED - OPTIONAL)
        assert case["name"].startswith(SETS[name]), case["name"]
        for field in ("cover", "next", "header", "footer"):
            lines = case.get(field)
            if field in ("cover", "next") or lines is not None:
                assert isinstance(lines, list) and lines, (case["name"], field)
                assert all(isinstance(x, str) and x.strip() for x in lines), (case["name"], field)
        assert isinstance(case["note"], str) and case["note"].strip(), case["name"]
        assert case.get("table", False) in (True, False), case["name"]


def test_names_unique_across_sets() -> None:
    names = Counter(case["name"] for all_cases in CASES.values() for case in all_cases)
    assert [n for n, k in names.items() if k > 1] == []


@pytest.mark.parametrize("name", SETS)
def test_labels_are_rule_sets_and_all_present(name: str) -> None:
    ids = {rs.id for rs in load_all()}
    labels = Counter(case["rules"] for case in CASES[name])
    assert set(labels) - {None} <= ids, set(labels) - {None} - ids
    for rule_set in ids:
        assert labels[rule_set] >= 10, (rule_set, labels[rule_set])
    assert labels[None] >= 10


@pytest.mark.parametrize(("name", "case"), SAMPLE, ids=lambda v: v if isinstance(v, str)
                         else v["name"])
def test_build_places_cover_then_break_then_next(name: str, case: dict[str, Any],
                                                 tmp_path: Path) -> None:
    path = build(case, tmp_path / f"{case['name']}.docx")
    document = docx.Document(str(path))
    body = [p.text for p in document.paragraphs]
    if case.get("table"):
        cells = [row.cells[0].text for row in document.tables[0].rows]
        assert cells == case["cover"]
    else:
        assert body[:len(case["cover"])] == case["cover"]
    # The first page break closes the cover; the next lines follow it in order.
    first_break = next(i for i, p in enumerate(document.paragraphs) if _breaks(p))
    after = body[first_break + 1:first_break + 1 + len(case["next"])]
    assert after == case["next"]
    section = document.sections[0]
    header = [p.text for p in section.header.paragraphs if p.text]
    footer = [p.text for p in section.footer.paragraphs if p.text]
    assert header == (case.get("header") or [])
    assert footer == (case.get("footer") or [])
    breaks = sum(1 for p in document.paragraphs if _breaks(p))
    assert breaks == 1 + FILLER_PAGES


@pytest.mark.parametrize(("name", "case"), SAMPLE, ids=lambda v: v if isinstance(v, str)
                         else v["name"])
def test_reader_sees_cover_on_page_one_and_next_on_page_two(name: str, case: dict[str, Any],
                                                            tmp_path: Path) -> None:
    # What the scorer hands to recognition: the cover alone on page 1, pages 2-3 after it,
    # the centre's running lines kept in the margins, not in the body.
    document = read_document(build(case, tmp_path / f"{case['name']}.docx"), pages="estimate")
    page_one = [_squash(b.text) for b in document.blocks if b.page == 1 and b.text.strip()]
    assert page_one == [_squash(x) for x in case["cover"]]
    first_next = next(b for b in document.blocks
                      if _squash(b.text) == _squash(case["next"][0]))
    assert first_next.page == 2
    margins = " ".join(b.text for b in document.margins)
    for line in (case.get("header") or []) + (case.get("footer") or []):
        assert line in margins, line
        assert all(b.text != line for b in document.blocks), line
