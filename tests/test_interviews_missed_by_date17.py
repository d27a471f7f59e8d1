"""Issue 8, interviews17: a meeting named by its date whose own verb, further on, says it
did not take place — in the passive (« Le rendez-vous du 3 mars a été manqué »), in the
plural over a list of dates (« Les rendez-vous du 3 et du 17 mars ont été manqués »,
« Les rendez-vous suivants, fixés au 3 mars puis au 17 mars, n'ont pas été honorés »), or
taken up by « l' » after a comma (« Le rendez-vous du 3 mars avec moi, il l'a annulé »).

Such a meeting is not held: it is listed among those not counted, and a part that tells
two interviews besides fails instead of passing (or warning « à confirmer »). Seen in
devset8 (P), devset9 (Q), devset11b (N) and devset13a (S). Parts written for this round in
voices of my own (not taken from any devset).
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

TWO_AND_THEN = """\
# Qui est M. D.
M. D., 47 ans, cariste pendant vingt ans dans un entrepôt de Saint-Quentin, a été licencié
en novembre. Il veut un poste moins physique, peut-être dans la logistique administrative.

# Premier entretien, 8 janvier
Nous faisons le tour de son parcours et de ses certificats (CACES 1, 3 et 5). Il connaît
bien le logiciel de gestion de stocks de son ancien employeur.

# Deuxième entretien, 22 janvier
Nous préparons une enquête auprès d'un gestionnaire de stocks de la zone industrielle et
reprenons son CV autour de la saisie informatique.

# La suite
{after}

# Mon analyse
J'ai sans doute laissé trop de temps entre les rendez-vous.
"""

UNDONE = [
    pytest.param("Le rendez-vous du 5 février a été manqué ; je l'ai rappelé le lendemain, il "
                 "avait confondu les dates.", id="passive"),
    pytest.param("Les rendez-vous du 5 et du 19 février ont été manqués sans qu'il prévienne.",
                 id="plural-passive"),
    pytest.param("Les rendez-vous suivants, fixés au 5 février puis au 19 février, n'ont pas "
                 "été honorés, M. D. ayant repris une mission d'intérim.",
                 id="plural-not-honoured"),
    pytest.param("Le rendez-vous du 5 février avec moi, il l'a annulé : on l'appelait pour une "
                 "mission de trois jours.", id="taken-up-by-l"),
]


def _part(after: str) -> str:
    return TWO_AND_THEN.replace("{after}", after)


@pytest.mark.parametrize("after", UNDONE)
def test_a_meeting_undone_by_its_own_verb_is_not_counted(after: str) -> None:
    counted = count_interviews(part_blocks(_part(after)))
    assert counted.count == 2
    assert any("février" in p.words or "/02" in p.words for p in counted.planned)
    assert counted.verdict(3) == "fail"


@pytest.mark.parametrize("after", UNDONE)
def test_the_part_of_two_fails(after: str) -> None:
    assert _part2(_part(after)).status is Status.FAIL


HELD = [
    pytest.param("Le rendez-vous du 5 février a eu lieu au PLIE, il l'a trouvé utile : nous "
                 "avons reçu ensemble un employeur.", id="held-then-taken-up"),
    pytest.param("Le rendez-vous du 5 février a été raté de mon côté : j'ai trop parlé, mais "
                 "nous avons fixé son plan d'action.", id="went-badly"),
    pytest.param("Les entretiens suivants, fixés au 5 février puis au 19 février, se sont tenus "
                 "au PLIE : nous avons monté son dossier de formation.", id="plural-held"),
]


@pytest.mark.parametrize("after", HELD)
def test_a_meeting_held_keeps_its_place(after: str) -> None:
    counted = count_interviews(part_blocks(_part(after)))
    assert counted.count >= 3
    assert any(i.date == (5, 2) for i in counted.interviews)
    assert _part2(_part(after)).status is not Status.FAIL
