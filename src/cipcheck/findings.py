"""The immutable finding every check produces, and the report that gathers them.

The JSON report of docs/contract.md is this module serialised: renderers present, they
never compute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

SCHEMA_VERSION = 1


class Status(str, Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIP = "skip"
    ERROR = "error"


# Order used to sort the "à corriger" list: what stops the dossier first.
SEVERITY = {Status.ERROR: 0, Status.FAIL: 1, Status.WARN: 2, Status.SKIP: 3, Status.PASS: 4}


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of a check: an id, a status and what to tell."""

    id: str
    status: Status
    message: str
    part: int | None = None
    competence: str | None = None
    expected: str | None = None
    actual: str | None = None
    hint: str | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "status": self.status.value,
            "message": self.message,
            "part": self.part,
            "competence": self.competence,
        }
        for key in ("expected", "actual", "hint", "page"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d


@dataclass(frozen=True, slots=True)
class PartResult:
    """One part of the rule set as found (or not) in the dossier."""

    number: int
    title: str
    found: bool
    start_page: int | None
    pages: float | None
    min: float | None
    max: float | None
    status: Status
    heading: str | None = None
    competences: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "found": self.found,
            "start_page": self.start_page,
            "pages": self.pages,
            "min": self.min,
            "max": self.max,
            "status": self.status.value,
            "heading": self.heading,
            "competences": list(self.competences),
        }


@dataclass(frozen=True)
class Report:
    """The report of one file: its verdict, parts and findings."""

    file: str
    rules: str | None
    verdict: Status
    route: str
    hours: float | None
    pages_body: float | None
    pages_annexes: float | None
    pages_method: str | None
    parts: tuple[PartResult, ...] = ()
    checks: tuple[Finding, ...] = ()
    rules_title: str | None = None
    page_count: int | None = None
    lang: str = "fr"
    notes: tuple[str, ...] = ()
    candidate: str | None = None
    # Competences of the rule set, from the referential: id -> title, short, criteria.
    competences: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Competences assessed on the whole dossier (a production without parts).
    dossier_competences: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    # Which library read a PDF's text: "pdfium", or "poppler" when pdfium could not.
    reader: str | None = None
    # Where ``hours`` comes from: "declared" (--hours, the manifest), "read" (the dossier,
    # judged on), "to_confirm" (read but not sure enough to judge: hours.minimum warns).
    # A spreadsheet fed back as a manifest must not turn a guess into a declaration.
    hours_source: str | None = None
    # ``--strict`` (API ``strict=true``): warnings made the verdict fail. Said in every
    # report, or a « fail » with no failing check reads as a bug (blind19 F9).
    strict: bool = False
    # In a batch: other files of the candidate's folder that look like the same dossier
    # (its PDF, another version). All are checked; the trainer says which one counts.
    duplicates: tuple[str, ...] = ()
    # The hours in days, for a rule counted in days (OPS mémoire: 29 jours of 7 h): the
    # report says « 30 jours (210 h) », the CSV's « heures » column keeps hours (what
    # --hours and a manifest take), its « jours » column these (blind19 F10).
    days: float | None = None

    @property
    def exit_code(self) -> int:
        return {Status.ERROR: 2, Status.FAIL: 1}.get(self.verdict, 0)

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.checks if f.status in (Status.FAIL, Status.ERROR))

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.checks if f.status is Status.WARN)

    def to_fix(self) -> list[Finding]:
        """Failures first, then warnings, in the order of the rule set (the layout's format
        first within each)."""
        todo = [f for f in self.checks if f.status in (Status.ERROR, Status.FAIL, Status.WARN)]
        # Among failures, the font and its size first: they move every page count, so
        # « Partie 1 : 12 pages » was not the thing to fix first (blind17, a dossier in
        # 12 pt at 65 pages whose font size came ninth).
        return sorted(todo, key=lambda f: (SEVERITY[f.status], not f.id.startswith("format.")))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "file": self.file,
            "rules": self.rules,
            "verdict": self.verdict.value,
            "route": self.route,
            "hours": (int(self.hours) if self.hours is not None and self.hours == int(self.hours)
                      else self.hours),
            "hours_source": self.hours_source,
            "strict": self.strict,
            "pages": {
                "body": self.pages_body,
                "annexes": self.pages_annexes,
                "method": self.pages_method,
                "total": self.page_count,
                **({"reader": self.reader} if self.reader else {}),
            },
            "parts": [p.to_dict() for p in self.parts],
            "checks": [f.to_dict() for f in self.checks],
            "rules_title": self.rules_title,
            "lang": self.lang,
            "notes": list(self.notes),
            "competences": self.competences,
        }
        if self.candidate is not None:
            d["candidate"] = self.candidate
        if self.duplicates:
            d["duplicate_of"] = list(self.duplicates)
        if self.days is not None:
            d["days"] = self.days
        d.update(self.extra)
        return d


def verdict_of(findings: tuple[Finding, ...] | list[Finding], strict: bool = False) -> Status:
    statuses = {f.status for f in findings}
    if Status.ERROR in statuses and any(f.id.startswith("input.") for f in findings):
        return Status.ERROR
    # A check that crashed did not verify its rule: never let that read as a pass.
    if statuses & {Status.FAIL, Status.ERROR} or (strict and Status.WARN in statuses):
        return Status.FAIL
    return Status.PASS


__all__ = ["Finding", "PartResult", "Report", "Status", "SCHEMA_VERSION", "verdict_of"]
