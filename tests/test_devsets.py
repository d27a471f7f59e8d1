"""The development sets written apart (tests/fixtures/devset2/, devset3/, devset4/,
devset5/) load and are well formed.

Only the files and labels are checked here, never the readers' results: their figures are
printed by ``bench/content_accuracy.py --set NAME``, not gated (devset2, devset4 and
devset5 are held out; devset3 is now tuning material). Half of devset3's and devset4's hours,
interview and privacy passages were moved to tuning (devset3t/, devset4t/, devset5t/): a set's shape
is checked on both halves together.
"""

from __future__ import annotations

from pathlib import Path

import devset_shape as shape
import pytest
from cases import content_cases, privacy_cases

FIXTURES = shape.HERE / "fixtures"
# name -> (its tuning half, if any; the shape its author announced)
SETS = {
    "devset2": (None, shape.Shape(stated=55, unstated=35, parts=40, under_three=8,
                                  content=30, ops_absent=3, decoys=15, dossiers=10)),
    "devset3": ("devset3t", shape.Shape(stated=45, unstated=28, parts=36, under_three=12,
                                        content=28, ops_absent=2, decoys=17, dossiers=14,
                                        pdfs=3)),
    "devset4": ("devset4t", shape.Shape(stated=38, unstated=22, parts=35, under_three=12,
                                        content=20, ops_absent=1, decoys=14, dossiers=12,
                                        pdfs=3)),
    "devset5": ("devset5t", shape.Shape(stated=41, unstated=25, parts=32, under_three=12,
                                        content=20, ops_absent=2, decoys=15, dossiers=15, pdfs=3)),
    "devset6a": (None, shape.Shape(stated=35, unstated=16, parts=26, under_three=9,
                                   content=17, ops_absent=3, decoys=16, dossiers=0)),
    "devset6b": (None, shape.Shape(stated=32, unstated=17, parts=26, under_three=10,
                                   content=17, ops_absent=4, decoys=12, dossiers=0)),
    "devset7a": (None, shape.Shape(stated=34, unstated=20, parts=26, under_three=10,
                                   content=17, ops_absent=4, decoys=18, dossiers=0)),
    "devset7b": (None, shape.Shape(stated=36, unstated=18, parts=26, under_three=11,
                                   content=19, ops_absent=3, decoys=17, dossiers=0)),
    "devset6": ("devset6t", shape.Shape(stated=27, unstated=14, parts=24, under_three=10,
                                        content=20, ops_absent=2, decoys=14, dossiers=15,
                                        pdfs=3)),
    "devset7": (None, shape.Shape(stated=28, unstated=14, parts=24, under_three=10,
                                  content=21, ops_absent=2, decoys=18, dossiers=15, pdfs=3)),
    "devset7c": (None, shape.Shape(stated=38, unstated=17, parts=26, under_three=9,
                                   content=18, ops_absent=4, decoys=18, dossiers=0)),
    "devset8": (None, shape.Shape(stated=26, unstated=13, parts=21, under_three=9,
                                  content=18, ops_absent=3, decoys=16, dossiers=16,
                                  pdfs=4)),
    "devset9c": (None, shape.Shape(stated=35, unstated=17, parts=26, under_three=10,
                                   content=17, ops_absent=3, decoys=16, dossiers=0)),
    "devset9a": (None, shape.Shape(stated=33, unstated=17, parts=25, under_three=12,
                                   content=17, ops_absent=4, decoys=15, dossiers=0)),
    "devset9b": (None, shape.Shape(stated=33, unstated=19, parts=26, under_three=10,
                                   content=17, ops_absent=5, decoys=19, dossiers=0)),
    "devset9": (None, shape.Shape(stated=28, unstated=13, parts=25, under_three=8,
                                  content=21, ops_absent=3, decoys=16, dossiers=16,
                                  pdfs=4)),
    "devset10": (None, shape.Shape(stated=25, unstated=12, parts=20, under_three=7,
                                   content=18, ops_absent=3, decoys=16, dossiers=16, pdfs=4)),
    "devset11": (None, shape.Shape(stated=29, unstated=13, parts=24, under_three=8,
                                   content=20, ops_absent=3, decoys=16, dossiers=18, pdfs=4)),
    "devset11a": (None, shape.Shape(stated=39, unstated=17, parts=30, under_three=12,
                                    content=15, ops_absent=2, decoys=13, dossiers=0)),
    "devset11b": (None, shape.Shape(stated=42, unstated=16, parts=32, under_three=15,
                                    content=14, ops_absent=3, decoys=13, dossiers=13)),
    "devset12": (None, shape.Shape(stated=38, unstated=13, parts=24, under_three=8,
                                   content=22, ops_absent=3, decoys=16, dossiers=20, pdfs=4)),
    "devset13b": (None, shape.Shape(stated=39, unstated=16, parts=30, under_three=12,
                                    content=12, ops_absent=2, decoys=16, dossiers=12,
                                    pdfs=2)),
    "devset13": (None, shape.Shape(stated=35, unstated=14, parts=24, under_three=9,
                                   content=21, ops_absent=3, decoys=16, dossiers=20, pdfs=4)),
    "devset13a": (None, shape.Shape(stated=42, unstated=14, parts=30, under_three=12,
                                    content=13, ops_absent=3, decoys=16, dossiers=12,
                                    pdfs=2)),
    "devset14a": (None, shape.Shape(stated=40, unstated=17, parts=32, under_three=14,
                                    content=13, ops_absent=4, decoys=17, dossiers=13,
                                    pdfs=2)),
    "devset14": (None, shape.Shape(stated=34, unstated=13, parts=24, under_three=9,
                                   content=20, ops_absent=1, decoys=17, dossiers=20, pdfs=4)),
    "devset14b": (None, shape.Shape(stated=43, unstated=13, parts=26, under_three=11,
                                    content=21, ops_absent=5, decoys=17, dossiers=13,
                                    pdfs=2)),
    "devset15b": (None, shape.Shape(stated=39, unstated=13, parts=31, under_three=12,
                                    content=21, ops_absent=5, decoys=18, dossiers=12,
                                    pdfs=2)),
    "devset15a": (None, shape.Shape(stated=52, unstated=14, parts=35, under_three=16,
                                    content=14, ops_absent=3, decoys=17, dossiers=14,
                                    pdfs=2)),
    "devset15": (None, shape.Shape(stated=40, unstated=16, parts=25, under_three=11,
                                   content=22, ops_absent=3, decoys=17, dossiers=22, pdfs=4)),
}
NAMES = list(SETS)


def _folders(name: str) -> list[Path]:
    half = SETS[name][0]
    return [FIXTURES / name] + ([FIXTURES / half] if half else [])


def _cases(name: str, file: str) -> list[dict]:
    return [c for folder in _folders(name) for c in shape.cases(folder, file)]


@pytest.mark.parametrize("file", shape.FILES)
@pytest.mark.parametrize("name", NAMES)
def test_names_are_unique_and_texts_not_empty(name: str, file: str) -> None:
    shape.names_unique_and_texts_not_empty(_cases(name, file))


@pytest.mark.parametrize("name", NAMES)
def test_hours_passages_are_labelled(name: str) -> None:
    shape.hours_labelled(_cases(name, "hours.yaml"), SETS[name][1])


@pytest.mark.parametrize("name", NAMES)
def test_interview_parts_are_sections_of_real_parts(name: str) -> None:
    shape.interview_parts_real(_cases(name, "interviews.yaml"), SETS[name][1])


@pytest.mark.parametrize("name", NAMES)
def test_content_labels_name_real_items(name: str) -> None:
    shape.content_labels_real(_cases(name, "content.yaml"), SETS[name][1])


@pytest.mark.parametrize("name", NAMES)
def test_privacy_labels_use_known_kinds(name: str) -> None:
    shape.privacy_labels_known(_cases(name, "privacy.yaml"), SETS[name][1])


@pytest.mark.parametrize("name", NAMES)
def test_the_shared_loaders_read_the_set(name: str) -> None:
    # The bench reads content and privacy through the fixtures' loaders: they must load.
    for folder in _folders(name):
        assert len(content_cases(folder)) == len(shape.cases(folder, "content.yaml"))
        assert len(privacy_cases(folder)) == len(shape.cases(folder, "privacy.yaml"))
    assert all(c.blocks for c in content_cases(FIXTURES / name))


@pytest.mark.parametrize("name", NAMES)
def test_dossier_labels_match_the_files(name: str) -> None:
    if SETS[name][1].dossiers == 0:  # a passages-only set (devset6a, devset6b)
        pytest.skip(f"{name} has no dossiers")
    shape.dossier_labels_match_files(FIXTURES / name / "dossiers", SETS[name][1])
