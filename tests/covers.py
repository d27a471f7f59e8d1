"""First pages written blind (tests/fixtures/covers10/, covers11/): the cases and the DOCX
builder shared by tests/test_covers.py and bench/covers_score.py.

Each case is the first pages of a dossier or of a look-alike document, labelled with the
rule set a careful trainer would check it against (``null``: none, or a trainer could not
tell). covers10 was written to tune recognition; covers11, by another author who read
neither the recognition code nor covers10, is held out and never tuned on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import yaml
from docx.enum.text import WD_BREAK

FIXTURES = Path(__file__).parent / "fixtures"
# Each set's case-name prefix: covers10 and covers12 tune recognition, covers11 is held out.
SETS = {"covers10": "cv-", "covers11": "cw-", "covers12": "cx-"}


def cases(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((FIXTURES / name / "covers.yaml").read_text(encoding="utf-8"))
    return list(data["cases"])


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
