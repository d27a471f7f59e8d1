"""Placement time beside a sure figure (content/hours.py, hours_loose.py).

A period in weeks or days told in the same sentence as hours of another period (« puis »,
« + », « ensuite », « et » with another place) is placement time too: the reading adds
it or, at the least, never fails on the hours alone. Days or weeks of closure, sick
leave, holidays or absence are not placement time: neither added nor a ceiling that
turns a sure failure into a warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import block
from hours_docx import rewrite

from cipcheck.api import Options, check_file
from cipcheck.content.hours import HoursReading, read_hours
from cipcheck.findings import Status
from cipcheck.reading import read


def _read(text: str, days: bool = False, minimum: float = 175.0) -> HoursReading | None:
    blocks = [block(t, 3, 0.1 + 0.02 * i) for i, t in enumerate(text.split("\n"))]
    return read_hours([read(blocks, "docx")], 7.0, days, minimum)


# Weeks or days of one place, then hours of another: the hours are not the whole.
ADDED_AFTER = [
    ("J'ai commencé mon stage par 4 semaines à l'association Le Relais, puis j'ai "
     "effectué 30 heures au PLIE de Vierzon.", 170.0),
    ("Période en entreprise : 6 semaines au CCAS de Blois + 14 h à la Maison de "
     "l'emploi.", 224.0),
    ("Mon stage a duré 5 semaines à l'épicerie sociale, ensuite 12 heures au forum de la "
     "Mission locale.", 187.0),
    ("Stage : 3 semaines au CIDFF, ensuite 2 jours au salon de l'emploi et enfin 16 heures "
     "au PLIE.", 135.0),
]


@pytest.mark.parametrize(("text", "total"), ADDED_AFTER)
def test_weeks_then_hours_of_another_place_are_added_to_confirm(text: str,
                                                                total: float) -> None:
    found = _read(text)
    assert found is not None
    assert found.value == pytest.approx(total)
    assert not found.certain or found.doubt


def test_weeks_told_as_time_added_leave_the_hours_to_confirm() -> None:
    found = _read("Durée du stage : 35 heures au Centre social ; j'ai aussi passé 4 semaines "
                  "à la Mission locale.")
    assert found is not None
    assert not found.certain or "4 semaines" in found.doubt


def test_hours_after_weeks_across_a_plus_are_not_their_weekly_rate() -> None:
    # « 4 semaines + 35 heures »: a fifth week's worth, not « 4 semaines à 35 h ».
    found = _read("Durée du stage : 4 semaines à la Régie de quartier + 35 heures au CCAS.")
    assert found is not None and found.value == pytest.approx(175.0)
    assert not found.certain or found.doubt


@pytest.mark.parametrize("text", [
    "J'ai effectué 126 heures de stage réparties sur 4 semaines à la Mission locale.",
    "Ma période en entreprise de 4 semaines au CCAS, soit 126 heures.",
])
def test_hours_that_measure_the_weeks_stay_a_sure_reading(text: str) -> None:
    found = _read(text)
    assert found is not None and found.value == pytest.approx(126.0)
    assert found.certain and not found.doubt


def test_weeks_before_hours_of_another_place_never_fail_a_dossier(tmp_path: Path) -> None:
    sentence = ("Mon stage s'est fait sur 5 semaines au Secours populaire de Tulle, puis "
                "j'ai ajouté 18 heures à l'antenne du PLIE.")
    report = check_file(rewrite(tmp_path / "two.docx", None, [sentence]), "cip-ccp2",
                        Options(pages="estimate", privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    assert finding.status is not Status.FAIL


# ---- time off --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mon immersion a duré 23 jours à la recyclerie de Vire, l'atelier ayant fermé une "
    "semaine à Pâques.",
    "Mon immersion a duré 23 jours à la recyclerie de Vire ; j'ai eu un arrêt maladie de "
    "deux semaines en mars.",
    "Mon immersion a duré 23 jours à la recyclerie de Vire, avec deux semaines de congés "
    "au milieu.",
])
def test_closure_or_leave_is_not_added_to_the_days_done(text: str) -> None:
    found = _read(text, days=True, minimum=203.0)
    assert found is not None and found.value == pytest.approx(161.0)
    assert found.certain and not found.doubt


def test_days_closed_do_not_raise_the_ceiling_of_a_sure_figure() -> None:
    found = _read("J'ai réalisé 49 heures de stage au Point information jeunesse.\n"
                  "Pendant la dernière semaine, le PIJ a fermé quatre jours pour un "
                  "déménagement.", minimum=70.0)
    assert found is not None and found.value == pytest.approx(49.0)
    assert found.certain and not found.doubt
    assert found.ceiling is None or found.ceiling < 70.0


@pytest.mark.parametrize(("text", "hours"), [
    ("Mon stage de 24 jours hors congés s'est déroulé au CCAS de Dreux.", 168.0),
    ("J'ai passé 4 semaines à la ferme pédagogique, puis 6 semaines au CCAS.", None),
])
def test_words_near_time_off_that_are_not_time_off(text: str, hours: float | None) -> None:
    found = _read(text)
    if hours is None:
        # a farm is a place: its weeks are not struck out as a closure
        assert found is None or found.value >= 210.0
    else:
        assert found is not None and found.value == pytest.approx(hours)


# ---- weeks of so many days, for a rule counted in days (OPS) -----------------------------

@pytest.mark.parametrize("text", [
    "J'ai fait mon immersion au centre social de Millau pendant six semaines, à raison de "
    "quatre jours par semaine.",
    "Mon immersion à la Mission locale de Foix : 5 semaines de 5 jours.",
])
def test_weeks_of_days_under_the_days_minimum_are_short_for_sure(text: str) -> None:
    found = _read(text, days=True, minimum=203.0)
    assert found is not None and found.value < 203.0
    assert found.certain and not found.doubt


def test_weeks_of_days_over_the_days_minimum_stay_to_confirm() -> None:
    # A public holiday could take a day away: over the minimum, not sure.
    found = _read("J'ai fait mon immersion au centre social de Millau pendant huit semaines, "
                  "à raison de quatre jours par semaine.", days=True, minimum=203.0)
    assert found is not None and found.value == pytest.approx(224.0)
    assert not found.certain


def test_weeks_of_days_of_someone_else_are_not_short_for_sure() -> None:
    found = _read("Elle a fait son immersion au centre social de Millau pendant six semaines, "
                  "à raison de quatre jours par semaine.", days=True, minimum=203.0)
    assert found is None or not found.certain or found.doubt
