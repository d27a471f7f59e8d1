"""CSV summary, one row per dossier, for a spreadsheet of the cohort.

Semicolon separator and decimal comma by default: that is what a French Excel opens
without an import wizard (``outputs.write_text`` adds the BOM it needs to read UTF-8).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

from cipcheck.findings import Report
from cipcheck.i18n import N_, translator
from cipcheck.render.labels import label

# Column titles for a person in a spreadsheet, in the report's language. The English ones
# for file, candidate, rules, route and hours are the manifest's column names, so that the
# CSV can be edited and given back as a manifest (the French ones are accepted there too).
# « heures » holds only hours declared or read surely: fed back, that column is a
# declaration, and a reading still to confirm must not become one (blind16: a doubtful
# 224 h went back as declared and the dossier passed without a warning). Those go beside.
# « heures » stays in hours for a rule counted in days too (OPS mémoire: 29 jours): that is
# the unit of --hours and of the manifest, so the CSV fed back declares the same duration;
# « jours » says it in the rule's unit (hours ÷ the rule's hours a day) and is not read
# back (blind19 F10: « 210 » beside a report saying « 30 jours (210 h) »).
HEADER = [N_("candidat"), N_("fichier"), N_("règles"), N_("verdict"), N_("parcours"),
          N_("heures"), N_("heures lues à confirmer"), N_("jours (règle en jours)"),
          N_("pages hors annexes"),
          N_("pages d'annexes"),
          N_("méthode des pages"), N_("échecs"), N_("avertissements"),
          N_("à corriger en premier"), N_("doublon probable de")]


def number(value: float | None, decimal: str = ",") -> str:
    """``37.0`` → ``37``, ``4.5`` → ``4,5`` (or ``4.5``); ``None`` → empty cell."""
    if value is None:
        return ""
    rounded = round(float(value), 1)
    text = str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
    return text.replace(".", decimal)


def first_fix(report: Report) -> str:
    """The first thing to fix: the most serious finding's message, with its part."""
    todo = report.to_fix()
    if not todo:
        return ""
    f = todo[0]
    # A checklist is a list, one point a line: one spreadsheet cell keeps one line, its
    # points joined (a cell of five lines makes the whole row five lines high in Excel).
    head, *points = f.message.splitlines()
    message = head
    if points:
        message += " " + " ; ".join(p.strip().lstrip("-•").strip() for p in points if p.strip())
    where = f"{label(report.lang, 'part')} {f.part}" if f.part is not None else ""
    if not where or message.startswith(where):  # "Partie 4 : 4 pages…" says it already
        return message
    return f"{where} : {message}"


def _hours_cells(report: Report, dec: str) -> tuple[str, str]:
    """(« heures », « heures lues à confirmer »): a reading to confirm goes to the second."""
    if report.hours_source == "to_confirm":
        return "", number(report.hours, dec)
    return number(report.hours, dec), ""


def short_names(files: list[str]) -> list[str]:
    """File names relative to the folder they share: the table is read on a terminal."""
    if len(files) < 2:
        return [Path(f).name for f in files]
    try:
        common = os.path.commonpath(files)
    except ValueError:  # mixed absolute and relative paths, or drives
        return files
    if common in files:  # one of them is the folder: not a common folder
        common = os.path.dirname(common)
    return [os.path.relpath(f, common) if common else f for f in files]


def render_batch(reports: Sequence[Report], sep: str = ";", decimal: str | None = None,
                 lang: str | None = None, note: str | None = None) -> str:
    """One row per report; column titles in ``lang`` (default: the reports' language).

    ``note`` (a batch stopped before its end) is a last row of its own, in the first
    column: its « fichier » cell is empty, so the CSV fed back as a manifest skips it."""
    language = lang or (reports[0].lang if reports else "fr")
    t = translator(language)
    # A comma separator goes with a decimal point (an English spreadsheet), and so does an
    # English report, whose messages write « 4.8 pages » (blind15: « 6,5 » cells beside
    # « 4.8 » in the same row); else a decimal comma.
    dec = decimal or ("." if sep == "," or language == "en" else ",")
    parts = sorted({p.number for r in reports for p in r.parts})
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    writer.writerow([t._(h) for h in HEADER] + [t._("partie {n} (pages)", n=n) for n in parts])
    for r in reports:
        by_number = {p.number: p for p in r.parts}
        # The verdict in the reader's words (« non conforme »), as the summary table says
        # it; route, rules and hours stay as the manifest writes them (fed back as one).
        row = [r.candidate or "", r.file, r.rules or "", label(language, r.verdict.value),
               r.route,
               *_hours_cells(r, dec), number(r.days, dec), number(r.pages_body, dec),
               number(r.pages_annexes, dec),
               r.pages_method or "", str(len(r.failures)), str(len(r.warnings)),
               first_fix(r), " ; ".join(short_names([*r.duplicates, r.file])[:-1])
               if r.duplicates else ""]
        row += [number(by_number[n].pages, dec) if n in by_number else "" for n in parts]
        writer.writerow(row)
    if note:
        writer.writerow([note] + [""] * (len(HEADER) - 1 + len(parts)))
    return buf.getvalue()
