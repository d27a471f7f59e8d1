"""An input error is one report, built in one place, whichever command meets it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cipcheck.api import Options, problem_report
from cipcheck.batch import Job, check_one
from cipcheck.batch import worker as batch_worker
from cipcheck.errors import RuleError
from cipcheck.readers.errors import unrecognised


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_batch_and_check_say_the_same_when_the_dossier_is_not_recognised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    path = tmp_path / "lettre.docx"
    opts = Options(lang=lang, candidate="Léa Bernard", hours=140.0)

    def refuse(*args: object) -> None:
        raise RuleError("unrecognised")

    monkeypatch.setattr(batch_worker, "check_file", refuse)
    report = check_one(Job(path, None, opts))
    assert report == problem_report(path, unrecognised(), opts)
    finding = report.checks[0]
    assert finding.id == "input.unrecognised" and report.exit_code == 2
    assert (finding.message, finding.hint) == unrecognised().text(lang)
    assert report.candidate == "Léa Bernard" and report.hours == 140.0
    assert "--rules" in (finding.hint or "") and "manifest" in (finding.hint or "")


def test_a_rule_set_given_by_name_is_named_in_the_error_report(tmp_path: Path) -> None:
    report = check_one(Job(tmp_path / "absent.pdf", "cip-ccp1", Options()))
    assert report.rules == "cip-ccp1" and report.checks[0].id.startswith("input.")
