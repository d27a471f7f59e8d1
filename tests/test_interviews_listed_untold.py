"""Three interviews announced and listed as sub-headings only (« Entretien 1 : diagnostic
partagé. », nothing told under them) leave the count a doubt, said as none told — not
« n'en décrit que 0 » (blind17's file, built by bench/blind17/make_variants17.py)."""

from __future__ import annotations

from pathlib import Path

from cipcheck.api import Options, check_file

LISTED = Path(__file__).parents[1] / "bench" / "blind17" / "variants" / "i_A_liste.docx"


def test_interviews_listed_without_their_story_say_none_is_told() -> None:
    report = check_file(LISTED, "cip-ccp2", Options(pages="estimate"))
    part = next(c for c in report.checks if c.id == "content.entretiens" and c.part == 2)
    assert part.status.value == "warn"
    assert "annonce 3 mais n'en raconte aucun" in part.message
    assert "que 0" not in part.message
