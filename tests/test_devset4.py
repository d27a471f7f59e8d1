"""The fourth held-out development set (tests/fixtures/devset4/) loads and is well formed.

Only the files and labels are checked here, never the readers' results: the set is held
out for the final measure, and its figures are printed by
``bench/content_accuracy.py --set devset4``, not gated.
"""

from __future__ import annotations

import devset_shape as shape
import pytest
from cases import content_cases, privacy_cases

SET = shape.HERE / "fixtures" / "devset4"
# Half of the hours, interview and privacy passages were moved to tuning (devset4t/)
# after the set's first measures: its shape is checked on both halves together.
TUNING = shape.HERE / "fixtures" / "devset4t"
SIZE = shape.Shape(stated=38, unstated=22, parts=35, under_three=12, content=20,
                   ops_absent=1, decoys=14, dossiers=12, pdfs=3)


def _cases(name: str) -> list[dict]:
    return shape.cases(SET, name) + shape.cases(TUNING, name)


@pytest.mark.parametrize("name", shape.FILES)
def test_names_are_unique_and_texts_not_empty(name: str) -> None:
    shape.names_unique_and_texts_not_empty(_cases(name))


def test_hours_passages_are_labelled() -> None:
    shape.hours_labelled(_cases("hours.yaml"), SIZE)


def test_interview_parts_are_sections_of_real_parts() -> None:
    shape.interview_parts_real(_cases("interviews.yaml"), SIZE)


def test_content_labels_name_real_items() -> None:
    shape.content_labels_real(_cases("content.yaml"), SIZE)


def test_privacy_labels_use_known_kinds() -> None:
    shape.privacy_labels_known(_cases("privacy.yaml"), SIZE)


def test_the_shared_loaders_read_the_set() -> None:
    # The bench reads content and privacy through the fixtures' loaders: they must load.
    assert len(content_cases(SET)) == len(shape.cases(SET, "content.yaml"))
    assert len(privacy_cases(SET)) == len(shape.cases(SET, "privacy.yaml"))
    assert len(privacy_cases(TUNING)) == len(shape.cases(TUNING, "privacy.yaml"))
    assert all(c.blocks for c in content_cases(SET))


def test_dossier_labels_match_the_files() -> None:
    shape.dossier_labels_match_files(SET / "dossiers", SIZE)
