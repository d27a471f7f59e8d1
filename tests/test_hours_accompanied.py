"""An immersion of a person the candidate accompanied, named by a first name only (no
« M. », « Mme », no pronoun), is the person's time, not the candidate's placement: the
hours reader must not fail a dossier on it (content/hours.py, ``_person_accompanied``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))

from cases import blocks_of  # noqa: E402

from cipcheck.api import Options, check_document  # noqa: E402
from cipcheck.document import Document, PagesMethod  # noqa: E402
from cipcheck.ruleset import load  # noqa: E402


def _check(text: str, rules: str) -> tuple[float | None, str]:
    blocks = blocks_of(text, page=2)
    doc = Document(path="accompanied", kind="docx", page_count=3,
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    report = check_document(doc, load(rules), Options(privacy=False))
    f = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, f.status.value


@pytest.mark.parametrize(("text", "rules"), [
    ("J'ai accompagné Paul, présent trois semaines et deux jours en immersion au garage.",
     "cip-ccp2"),
    ("Lors de mon stage, j'ai accompagné Karim, présent deux jours en immersion au garage.",
     "cip-ccp1"),
    ("J'ai orienté Inès vers une immersion de quatre jours dans une crèche du quartier.",
     "cip-ccp1"),
])
def test_an_immersion_of_someone_accompanied_never_fails(text: str, rules: str) -> None:
    _, status = _check(text, rules)
    assert status != "fail"


def test_the_candidates_own_placement_beside_a_person_still_counts() -> None:
    # The person is named, but the figure is the candidate's own stage, stated plainly.
    hours, status = _check("Mon stage au CCAS a duré 385 heures. J'y ai accompagné Paul "
                           "dans sa recherche d'emploi.", "cip-titre")
    assert hours == 385 and status == "pass"
