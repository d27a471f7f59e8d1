"""JSON report (CONTRACT.md): the Report serialised, nothing computed here."""

from __future__ import annotations

import json
from collections.abc import Sequence

from cipcheck.findings import SCHEMA_VERSION, Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def summary(reports: Sequence[Report]) -> dict[str, object]:
    verdicts = [r.verdict.value for r in reports]
    return {
        "files": len(reports),
        "pass": verdicts.count("pass"),
        "fail": verdicts.count("fail"),
        "error": verdicts.count("error"),
        "exit_code": max((r.exit_code for r in reports), default=0),
    }


def render_batch(reports: Sequence[Report], extra: dict[str, object] | None = None) -> str:
    data: dict[str, object] = {
        "schema_version": SCHEMA_VERSION,
        "files": [r.to_dict() for r in reports],
        "summary": summary(reports),
    }
    if extra:
        data.update(extra)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
