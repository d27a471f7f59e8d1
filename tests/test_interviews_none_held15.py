"""Issue 8, interviews15: a zero the writer states, in the ways it is written.

Parts written for this round in voices of my own (not taken from any devset).

1. A zero told with the kind of meeting or a verb of holding (« aucun entretien individuel
   n'a pu se tenir », « aucun entretien n'a été mené », « aucune rencontre n'a pu avoir
   lieu », « aucun entretien n'a donc eu lieu ») is the writer's count of none: the missed
   appointments told around it are not interviews (unread in devset7, devset9b,
   devset13a, devset13b; the part passed or warned in the last two).
2. A zero tied to one moment (« Le 3 mars, aucun entretien n'a pu se tenir ») says nothing
   of the other days: a part that tells its three interviews around it never fails.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

MISSED_APPOINTMENTS = """\
# Qui est M. K.
M. K., 22 ans, sorti de l'aide sociale à l'enfance à sa majorité, vit en foyer de jeunes
travailleurs. Son éducatrice l'a orienté vers moi pour un projet de formation en cuisine.

# Ce qui s'est passé
Le 7 janvier, il passe à l'accueil et prend un rendez-vous pour le 14 janvier. Le 14
janvier, il ne s'est pas présenté. Le 21 janvier, rendez-vous de nouveau manqué ; il
m'envoie un message le soir pour s'excuser. Le 28 janvier, je l'aperçois à l'atelier CV
collectif, avec quinze autres jeunes, et nous convenons d'un rendez-vous le 4 février.
Le 4 février, il a appelé pour annuler : il commençait une mission d'intérim.

# Mon analyse
{zero} Je présente quand même cette situation : elle m'a appris à proposer un entretien
le jour même, quand la personne est devant moi.
"""


@pytest.mark.parametrize("zero", [
    "Aucun entretien individuel n'a pu se tenir.",
    "Aucun entretien n'a été mené avec lui.",
    "Aucune rencontre n'a pu avoir lieu.",
    "Aucun entretien n'a donc eu lieu.",
])
def test_a_zero_told_by_a_verb_of_holding_is_the_writer_s_count(zero: str) -> None:
    counted = count_interviews(part_blocks(MISSED_APPOINTMENTS.replace("{zero}", zero)))
    assert counted.count == 0, counted.interviews
    assert counted.own is not None and counted.own.reason == "0"
    assert counted.verdict(3) == "fail"


def test_the_part_of_none_fails_and_quotes_the_writer() -> None:
    f = _part2(MISSED_APPOINTMENTS.replace("{zero}", "Aucun entretien n'a été tenu."))
    assert f.status is Status.FAIL
    assert "Aucun entretien n'a été tenu" in f.message


THREE_AND_A_CLOSED_DAY = """\
# Premier entretien, 6 janvier
Mme L. raconte ses quinze ans de caisse. Elle veut un poste où l'on ne reste pas debout.

# Deuxième entretien, 20 janvier
Nous faisons la liste de ses compétences : le contact, l'encaissement, la gestion des
litiges avec les clients.

{closed}

# Troisième entretien, 10 février
Elle revient de son immersion à l'accueil d'une clinique, ravie ; nous préparons sa
candidature.
"""


@pytest.mark.parametrize("closed", [
    "Le 3 février, aucun entretien n'a pu se tenir : l'agence était fermée pour inventaire.",
    "Le 03/02, aucun entretien n'a eu lieu, l'agence était fermée.",
    "Cette semaine-là, aucun entretien individuel n'a été mené : c'était la semaine des "
    "ateliers collectifs.",
])
def test_a_zero_of_one_day_never_fails_a_part_of_three(closed: str) -> None:
    counted = count_interviews(part_blocks(THREE_AND_A_CLOSED_DAY.replace("{closed}", closed)))
    assert counted.count == 3 and counted.verdict(3) == "pass", counted.interviews
    f = _part2(THREE_AND_A_CLOSED_DAY.replace("{closed}", closed))
    assert f.status is Status.PASS
