"""Issue 8, interviews14: the writer's own count of one or two, and the meetings read beyond
it whose date the part tells only as a plan or an offer. Parts written for this round in
voices of my own (not taken from any devset).

« Deux entretiens seulement » and a third read beyond it: the third stays a doubt (the
part warns) unless the part tells its date only as a plan (« était prévu le 26 mars »,
« je vous propose le jeudi 9 avril », « est resté prévu »): then the two readings agree
and the part of two fails, the third listed as not held. Seen beyond a writer's count in
devset7, devset9 and devset11b (three authors).
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

THIRD_PLANNED = ("Un troisième entretien, dans nos locaux, était prévu le 31 mars pour choisir "
                 "une formation : M. V. a repris une mission d'intérim la veille.")

TWO_THEN_A_PLAN = """\
# La situation de M. V.
M. V., 44 ans, chauffeur-livreur depuis quinze ans, a le dos abîmé ; il veut un métier
assis et pense à la comptabilité. Il est suivi par la Maison de l'emploi de Bourges.

# Premier entretien, 3 mars
Nous reprenons son parcours et ses restrictions médicales. Il a déjà tenu la caisse de
son club de pétanque et aime « quand les chiffres tombent juste ».

# Deuxième entretien, 17 mars
Il a rencontré une aide-comptable du cabinet voisin. Nous listons ce qu'il lui manque :
la saisie sur logiciel, les bases du plan comptable.

# La suite
{third}

# Mon analyse
Deux entretiens seulement : je n'ai pas pu l'accompagner jusqu'au choix d'une formation.
"""


def _with_third(third: str) -> str:
    return TWO_THEN_A_PLAN.replace("{third}", third)


def test_a_third_told_only_as_planned_is_set_apart_by_the_writer_s_count() -> None:
    counted = count_interviews(part_blocks(_with_third(THIRD_PLANNED)))
    assert counted.count == 2 and counted.sure == 2
    assert any(p.reason == "non tenu" and "31" in p.words for p in counted.planned) \
        or not any(i.date == (31, 3) for i in counted.interviews)
    assert counted.verdict(3) == "fail"


def test_the_check_fails_and_quotes_the_writer_s_count() -> None:
    f = _part2(_with_third(THIRD_PLANNED))
    assert f.status is Status.FAIL
    assert "Deux entretiens seulement" in f.message


# A message pasted in the part, an offer of a date that never became a meeting.
ONE_AND_OFFERS = """\
# Le premier entretien
Le 6 février, nous nous sommes rencontrées une heure au CCAS de Châteauroux. Mme N., 29
ans, vendeuse en boulangerie, veut travailler auprès des enfants.

# Nos échanges ensuite
« Objet : RDV du 20/02 — Bonjour Madame, je vous confirme notre rendez-vous du vendredi
20 février à 14 h. »
« Objet : RDV du 6/03 — Bonjour, je vous propose le vendredi 6 mars à 14 h. »
Elle ne m'a pas répondu.

# Bilan
Un seul entretien a donc eu lieu ; les autres dates sont restées sans suite.
"""


def test_offers_pasted_beyond_a_count_of_one_are_not_interviews() -> None:
    counted = count_interviews(part_blocks(ONE_AND_OFFERS))
    assert counted.count == 1
    assert counted.verdict(3) == "fail"


@pytest.mark.parametrize("third", [
    # told as held, as planned: it happened as arranged
    "Le 31 mars, comme prévu, nous avons choisi ensemble une formation au GRETA.",
    # told as held, without any plan word near its date
    "Troisième entretien le 31 mars : nous avons choisi ensemble une formation au GRETA.",
])
def test_a_third_told_as_held_stays_a_doubt_beside_the_writer_s_count(third: str) -> None:
    text = _with_third(third)
    assert third in text
    counted = count_interviews(part_blocks(text))
    # two readings disagree: never fail on a guess
    assert counted.verdict(3) != "fail"


# A compliant part in a formal layout: its section numbers are no count.
SECTION_NUMBERS = """\
# 2.1 Contexte
Mme R., 52 ans, ancienne agente d'entretien, souhaite devenir assistante de vie.

# 2.2 Entretiens réalisés
Le 9 janvier, premier entretien : nous faisons le point sur son parcours et ses envies.

Le 23 janvier, deuxième entretien : elle revient d'une journée d'observation en EHPAD.

Le 6 février, troisième entretien : nous montons son dossier d'entrée en formation.
"""


def test_a_section_number_is_no_count_of_the_writer() -> None:
    counted = count_interviews(part_blocks(SECTION_NUMBERS))
    assert counted.stated is None and counted.own is None
    assert counted.count == 3 and counted.verdict(3) == "pass"
