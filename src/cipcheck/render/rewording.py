"""Advice written for the command line, said in other words to someone without it.

The web page (``server.form_words``: its form has the fields) and the pages a batch writes
for each candidate (``render.candidate_words``: the trainer reruns the check) each hold a
table: a pattern and its words, French then English, applied in order (the longest forms
first). This module applies one to a report's messages, hints and notes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cipcheck.findings import Finding, Report

# A number as the messages write it (« 392 », « 70,5 »): the tables capture it as \1.
NUMBER = r"(\d+(?:[.,]\d+)?)"
Table = tuple[tuple[re.Pattern[str], str], ...]


def reword(text: str | None, table: Table) -> str | None:
    """``text`` (a message, a hint or a note) with the table's words."""
    if not text or ("--" not in text and "cipcheck fix" not in text):
        return text
    for pattern, words in table:
        text = pattern.sub(words, text)
    return text


def reworded(report: Report, fr: Table, en: Table) -> Report:
    """The report with its advice in the table's words, in the report's language."""
    table = en if report.lang == "en" else fr

    def said(f: Finding) -> Finding:
        message, hint = reword(f.message, table), reword(f.hint, table)
        if message == f.message and hint == f.hint:
            return f
        return replace(f, message=message or f.message, hint=hint)

    # The notes too: « S'il ne convient pas, précisez-le avec --rules » under a rule set
    # recognised from the cover (blind18).
    return replace(report, checks=tuple(said(f) for f in report.checks),
                   notes=tuple(reword(n, table) or n for n in report.notes))
