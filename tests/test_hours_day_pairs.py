"""A length written in days and in the hours they make (issue 8, stop 28).

« Du 3 au 28 mars, soit 20 jours (140 heures) » under a structure on the cover, « Période
en entreprise : 8 jours / 56h », « Durée : 10 jours ouvrés (70 h) »: the hours written are
the placement's, a statement (under the minimum it fails). Training, a rate, a plan, an
immersion, a pair whose hours are not a working day's, or prose with no label stay unread
by this form. Passages in my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _cover(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(text, page=1) + blocks_of("Introduction\nMon parcours.", page=2),
                    rules)


def _body(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(f"Introduction\n{text}", page=2), rules)


@pytest.mark.parametrize(("text", "rules", "hours", "status"), [
    ("Dossier CCP 3\nAurélien Maréchal\nGroupement d'employeurs du Pays de Vitré\nDu 2 au 27 "
     "février, soit 19 jours (133 heures)", "cip-ccp3", 133, "fail"),
    ("Dossier professionnel — CCP 2\nMme LEROUX Sandrine\nCIDFF de l'Orne, Alençon\n"
     "189 heures (27 jours) du 5 janvier au 13 février", "cip-ccp2", 189, "pass"),
    ("CCP 1\nM. Yanis Cherki\nPoint information jeunesse de Dreux\nPériode en entreprise : "
     "9 jours / 63h", "cip-ccp1", 63, "fail"),
])
def test_days_and_their_hours_on_the_cover_are_read(text: str, rules: str, hours: float,
                                                    status: str) -> None:
    got, got_status, message = _cover(text, rules)
    assert got == hours and got_status == status, message
    assert "h écrites" in message, message


def test_days_and_their_hours_on_a_label_line_are_read() -> None:
    got, status, message = _body("Cadre de l'observation. Durée : 11 jours ouvrés (77 h), du "
                                 "3 au 17 mars. Lieu : l'accueil du CCAS de Lisieux.",
                                 "cip-ccp1")
    assert got == 77 and status == "pass", message


@pytest.mark.parametrize(("text", "rules", "body"), [
    # training on the cover
    ("Titre professionnel CIP\nM. Paul Ravel\nFormation : 120 jours (840 heures)",
     "cip-titre", False),
    # a rate
    ("CCP 1\nMme Sophie Klein\nStage : 5 jours par semaine (35 h)", "cip-ccp1", False),
    # not a working day's hours
    ("CCP 1\nMme Sophie Klein\nMission locale de Sens\nDu 3 au 14 mars, 10 jours (12 h)",
     "cip-ccp1", False),
    # an immersion on a label line in the body: most often an accompanied person's
    ("Immersion proposée : 5 jours (35 h) chez un paysagiste de Sens.", "cip-ccp1", True),
    # prose with no label: someone else's stay
    ("Mme K. a passé 5 jours (35 h) chez un boulanger de Sens.", "cip-ccp1", True),
])
def test_pairs_that_are_not_the_placement_never_fail(text: str, rules: str,
                                                     body: bool) -> None:
    _, status, message = (_body if body else _cover)(text, rules)
    assert status != "fail", message
    assert "h écrites" not in message, message
