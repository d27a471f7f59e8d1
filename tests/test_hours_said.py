"""Hours the candidate says, in the first person, that they did (issue 8, session 13).

« J'ai effectué 150 heures sur les 175 prévues », « Bref, j'ai fait 12 jours, c'est 84
heures »: a plain first-person statement of hours done is the candidate's placement, with or
without the word « stage »; under the minimum a jury member fails it, and so does
``hours.minimum``. What is not such a statement (a plan, a part done so far, a negation,
someone else's hours, hours of training, a rate, hours put at another structure than the
placement just named) never fails. Passages in my own voices.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hours_docx import rewrite
from hours_passage import hours_of
from test_hours_forms import blocks_of

from cipcheck.api import Options, check_file
from cipcheck.findings import Status


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    blocks = blocks_of(f"Introduction\n{text}", page=2)
    return hours_of(blocks, rules)


@pytest.mark.parametrize(("text", "rules", "hours"), [
    # figures, the required number named after it
    ("J'ai effectué 150 heures sur les 175 prévues, la structure ayant fermé une semaine "
     "pour déménager.", "cip-ccp2", 150),
    # a count of days, then the same time in hours
    ("Avec les grèves de mars, rien ne s'est passé comme prévu. Bref, j'ai fait 12 jours, "
     "c'est 84 heures, et l'attestation le dit.", "cip-ccp3", 84),
    # number words, a structure after the hours, no « stage » anywhere
    ("J'ai réalisé cent vingt heures à l'Espace Emploi de Vierzon avant de reprendre mon "
     "poste.", "cip-ccp3", 120),
    # « ne … que » restricts, it does not deny
    ("Il fallait 70 heures de stage ; je n'en ai accompli que 63 au Point Jeunes de Lourdes.",
     "cip-ccp1", 63),
    # « seulement » and a count before
    ("Donc j'ai fait 6 jours seulement, 42 heures, à la Maison de l'emploi.", "cip-ccp1", 42),
])
def test_a_plain_first_person_total_under_the_minimum_fails(text: str, rules: str,
                                                            hours: float) -> None:
    got, status, message = _read(text, rules)
    assert got == hours and status == "fail", message
    # the failure quotes what was read, so the candidate finds the line
    assert "«" in message and "page 2" in message, message


def test_a_plain_first_person_total_over_the_minimum_passes() -> None:
    got, status, message = _read("J'ai effectué 196 heures au Point Emploi de Dole, entre "
                                 "janvier et mars.", "cip-ccp2")
    assert got == 196 and status == "pass", message


@pytest.mark.parametrize(("text", "rules"), [
    # a part done so far, the rest to come
    ("Pour l'instant, j'ai effectué 100 heures ; la suite est prévue en mai au même "
     "endroit.", "cip-ccp2"),
    # a negation
    ("Je n'ai pas effectué 140 heures comme prévu, mais l'attestation n'est pas encore "
     "signée.", "cip-ccp3"),
    # a hypothesis
    ("Sans le confinement, j'aurais effectué 120 heures au CCAS de Pau.", "cip-ccp3"),
    # training, not the placement
    ("J'ai effectué 40 heures de formation à distance sur la plateforme du centre.",
     "cip-ccp1"),
    # someone else's hours
    ("Mme R. a fait 56 heures d'immersion dans une boulangerie que j'avais démarchée.",
     "cip-ccp1"),
    # a rate, not a total
    ("J'ai fait 35 heures par semaine, du lundi au vendredi.", "cip-ccp2"),
    # an earlier year, nothing saying it is this placement
    ("En 2019, j'ai effectué 140 heures au CCAS de Pau, avant de changer de région.",
     "cip-ccp2"),
    # training at a distance, a job
    ("J'ai effectué 60 heures à distance sur la plateforme du centre.", "cip-ccp1"),
    ("Comme intérimaire, j'ai fait 150 heures chez un transporteur en mars.", "cip-ccp2"),
    # hours put at another structure than the placement just named: maybe one period of two
    ("Mon stage au CCAS de Niort a débuté en janvier. J'ai effectué 98 heures à la Mission "
     "locale de Parthenay.", "cip-ccp2"),
])
def test_what_is_not_a_plain_statement_never_fails(text: str, rules: str) -> None:
    _, status, message = _read(text, rules)
    assert status != "fail", message


def test_a_generated_dossier_that_says_its_short_hours_plainly_fails(tmp_path: Path) -> None:
    # No hours line on the cover: the introduction says them in the first person.
    path = rewrite(tmp_path / "said.docx", None, [
        "Je voulais faire ce stage d'un seul tenant, mais ma fille a été hospitalisée en "
        "février.",
        "Au final, j'ai effectué 161 heures sur les 175 demandées, et la structure n'a pas pu "
        "me reprendre avant la session.",
    ])
    report = check_file(path, "cip-ccp2", Options(pages="estimate", privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    assert report.hours == 161
    assert finding.status is Status.FAIL, finding.message
    assert "161 heures sur les 175" in finding.message
    assert report.verdict is Status.FAIL


def test_the_same_generated_dossier_over_the_minimum_passes(tmp_path: Path) -> None:
    path = rewrite(tmp_path / "said-ok.docx", None, [
        "Au final, j'ai effectué 182 heures à l'Espace Insertion, une semaine de plus que "
        "demandé.",
    ])
    report = check_file(path, "cip-ccp2", Options(pages="estimate", privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    assert report.hours == 182 and finding.status is Status.PASS, finding.message
