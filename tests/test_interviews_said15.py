"""What the interview finding says of the meetings it did not count (blind14): a meeting
« prévu le 18 février » that « n'a pas eu lieu » is not held, not « à venir », and its
quote runs to the words that say so; a sure failure says no « compte incertain »; a habit
told in general (« avant la fin de chaque entretien ») is no meeting left out."""

from __future__ import annotations

from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

PART = """\
# Le parcours de Mme R.
Mme R., 52 ans, aide à domicile, ne peut plus porter de charges et cherche un poste
d'accueil. Elle est orientée par le CCAS de Figeac.

# Premier entretien, 14 janvier
Nous faisons le point sur ses restrictions et sur ce qu'elle aime dans son métier : le
contact, l'organisation des plannings.

# Second entretien, 28 janvier
Elle a visité l'accueil de la maison de santé. Nous préparons une candidature spontanée.

# La suite
{third}

# Mon analyse
Je n'ai tenu que deux entretiens avec Mme R. Je fixe d'habitude le rendez-vous suivant
avant la fin de chaque entretien, ce que je n'ai pas pu faire la dernière fois.
"""

NOT_TAKEN_PLACE = ("Le troisième entretien, prévu le 11 février, n'a pas eu lieu : Mme R. "
                   "a été hospitalisée.")


def _part(third: str) -> str:
    return PART.replace("{third}", third)


def test_a_meeting_planned_then_said_not_to_have_taken_place_is_not_held() -> None:
    counted = count_interviews(part_blocks(_part(NOT_TAKEN_PLACE)))
    assert counted.count == 2
    third = [p for p in counted.planned if "11 février" in p.words]
    assert [p.reason for p in third] == ["non tenu"]
    assert third[0].words.endswith("n'a pas eu lieu")


def test_a_habit_told_in_general_is_not_listed_as_a_meeting_left_out() -> None:
    counted = count_interviews(part_blocks(_part(NOT_TAKEN_PLACE)))
    assert not any("chaque" in p.words for p in counted.planned)


def test_a_sure_failure_does_not_call_its_count_uncertain() -> None:
    f = _part2(_part(NOT_TAKEN_PLACE))
    assert f.status is Status.FAIL
    assert "incertain" not in f.message
    assert "(non tenu)" in f.message and "(à venir)" not in f.message
