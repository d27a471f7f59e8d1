"""The catalogue of French forms of personal data (tests/fixtures/content/privacy12_forms,
see its README): every form scores its label. The forms the detectors do not read yet
are listed in KNOWN_MISSES with the reason, so a fix shows up as an XPASS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "fixtures" / "content"
sys.path.insert(0, str(HERE))

from cases import privacy_cases  # noqa: E402

from cipcheck.privacy import KINDS, scan  # noqa: E402

CATALOGUE = HERE / "privacy12_forms"
# Forms not read yet, with why (strict xfail: reading one makes the test fail, so the
# list is kept true).
KNOWN_MISSES: dict[str, str] = {}
CASES = privacy_cases(CATALOGUE)


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.name, marks=pytest.mark.xfail(reason=KNOWN_MISSES[c.name],
                                                       strict=True))
    if c.name in KNOWN_MISSES else pytest.param(c, id=c.name) for c in CASES])
def test_each_form_scores_its_label(case) -> None:
    located = scan(case.blocks, case.front)
    found = {k: len({loc.hit.value for loc in located if loc.hit.kind == k}) for k in KINDS}
    assert found == {k: case.expect.get(k, 0) for k in KINDS}


def test_the_catalogue_covers_every_kind_with_forms_and_decoys() -> None:
    kinds = {k for c in CASES for k in c.expect}
    assert {"phone", "email", "birth_date", "address", "name"} <= kinds
    assert sum(1 for c in CASES if not c.expect) >= 40  # decoys: precision is measured too
