"""A passage's blocks checked as a dossier for its placement hours: what the hours tests of
each mechanism assert on (the hours read, the status and message of ``hours.minimum``)."""

from __future__ import annotations

from cipcheck.api import Options, check_document
from cipcheck.document import Block, Document, PagesMethod
from cipcheck.ruleset import load


def hours_of(blocks: list[Block], rules: str) -> tuple[float | None, str, str]:
    doc = Document(path="hours:passage", kind="docx", page_count=2,
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    report = check_document(doc, load(rules), Options(privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, finding.status.value, finding.message
