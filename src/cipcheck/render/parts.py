"""The status shown beside a part in the parts table of every report.

The table gives each part's pages against its range: its status is the part's layout
(found, pages, place), not the worst finding of the part. A part whose interviews fail
showed « 5 pages, 5–6, ✘ non conforme » and a candidate read a page count to fix (blind13);
its contents are in their own section of the report."""

from __future__ import annotations

from cipcheck.findings import PartResult, Report, Status

_LAYOUT = ("part.", "structure.")


def layout_status(report: Report, part: PartResult) -> Status:
    if not part.found:
        return Status.FAIL
    statuses = {f.status for f in report.checks
                if f.part == part.number and f.id.startswith(_LAYOUT)}
    if statuses & {Status.FAIL, Status.ERROR}:
        return Status.FAIL
    return Status.WARN if Status.WARN in statuses else Status.PASS
