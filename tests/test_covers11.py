"""The covers11 set (tests/fixtures/covers11/covers.yaml, written blind): first pages of
dossiers and of look-alike documents, each labelled with the rule set a careful trainer
would check it against (``null``: none, or a trainer could not tell).

A HELD-OUT set: written without reading the recognition code nor the covers10 tuning set,
and never to be tuned on (see tests/fixtures/covers11/README.md).

These tests only keep the set well-formed and the DOCX builder honest. How well
recognition does on it is measured by ``tests/fixtures/covers11/score.py``, never asserted
here: a held-out set that the tests pin would stop measuring anything.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from docx.enum.text import WD_BREAK

from cipcheck.readers import read_document
from cipcheck.ruleset import load_all

FOLDER = Path(__file__).parent / "fixtures" / "covers11"
CASES: list[dict[str, Any]] = yaml.safe_load(
    (FOLDER / "covers.yaml").read_text(encoding="utf-8"))["cases"]
REQUIRED = {"name", "rules", "cover", "next", "note"}
OPTIONAL = {"header", "footer", "table"}

# Neutral filler: no word of any rule set, so that only the first pages can tell.
_FILLER = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
    "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure "
    "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
    "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt "
    "mollit anim id est laborum."
)
FILLER_PAGES = 3
PARAGRAPHS_PER_PAGE = 7


def _page_break(document: Any) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(case: dict[str, Any], path: Path) -> Path:
    """A DOCX as the candidate would send it: the cover (in a one-column table when the
    case says so, running header/footer from the centre's template), a page break, the
    lines of pages 2-3, then neutral filler pages so the document has a dossier's length."""
    document = docx.Document()
    section = document.sections[0]
    for line in case.get("header") or ():
        section.header.add_paragraph(line)
    for line in case.get("footer") or ():
        section.footer.add_paragraph(line)
    if case.get("table"):
        table = document.add_table(rows=len(case["cover"]), cols=1)
        table.style = "Table Grid"
        for row, line in zip(table.rows, case["cover"], strict=True):
            row.cells[0].text = line
    else:
        for line in case["cover"]:
            document.add_paragraph(line)
    _page_break(document)
    for line in case["next"]:
        document.add_paragraph(line)
    for _ in range(FILLER_PAGES):
        _page_break(document)
        for _ in range(PARAGRAPHS_PER_PAGE):
            document.add_paragraph(_FILLER)
    document.save(str(path))
    return path


def _squash(text: str) -> str:
    # The reader folds runs of spaces (a cover's « Nom :     Prénom : ») into one.
    return " ".join(text.split())


def _breaks(paragraph: Any) -> bool:
    return 'w:type="page"' in paragraph._p.xml


def test_fields_and_types() -> None:
    assert len(CASES) >= 60
    for case in CASES:
        keys = set(case)
        assert keys >= REQUIRED, (case.get("name"), REQUIRED - keys)
        assert keys <= REQUIRED | OPTIONAL, (case["name"], keys - REQUIRED - OPTIONAL)
        assert case["name"].startswith("cw-"), case["name"]
        for field in ("cover", "next", "header", "footer"):
            lines = case.get(field)
            if field in ("cover", "next") or lines is not None:
                assert isinstance(lines, list) and lines, (case["name"], field)
                assert all(isinstance(x, str) and x.strip() for x in lines), (case["name"], field)
        assert isinstance(case["note"], str) and case["note"].strip(), case["name"]
        assert case.get("table", False) in (True, False), case["name"]


def test_names_unique() -> None:
    names = Counter(case["name"] for case in CASES)
    assert [n for n, k in names.items() if k > 1] == []


def test_labels_are_rule_sets_and_all_present() -> None:
    ids = {rs.id for rs in load_all()}
    labels = Counter(case["rules"] for case in CASES)
    assert set(labels) - {None} <= ids, set(labels) - {None} - ids
    for rule_set in ids:
        assert labels[rule_set] >= 10, (rule_set, labels[rule_set])
    assert labels[None] >= 10


@pytest.mark.parametrize("case", [c for c in CASES if c.get("table") or c.get("header")
                                  or c.get("footer")] + CASES[:3],
                         ids=lambda c: c["name"])
def test_build_places_cover_then_break_then_next(case: dict[str, Any], tmp_path: Path) -> None:
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


@pytest.mark.parametrize("case", [c for c in CASES if c.get("table") or c.get("header")
                                  or c.get("footer")] + CASES[:3],
                         ids=lambda c: c["name"])
def test_reader_sees_cover_on_page_one_and_next_on_page_two(case: dict[str, Any],
                                                            tmp_path: Path) -> None:
    # What score.py hands to recognition: the cover alone on page 1, pages 2-3 after it,
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
