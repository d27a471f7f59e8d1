"""Issue 8, interviews15: beyond the writer's own count of two, a meeting whose date the
part tells as moved or called off (« a été reporté au 9 avril », « Jeudi 2 avril : cars
supprimés par la grève ») or by its day alone (« nouvelle date proposée le 2 ») is not
held: set apart, and the part of two fails (devset7, devset13a). Without the writer's
count the third stays a doubt (the policy of test_interviews_own_count14).

Parts written for this round in voices of my own (not taken from any devset).
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

TWO_AND_A_THIRD = """\
# Le parcours de Mme A.
Mme A., 38 ans, agente d'entretien dans un lycée, a une allergie aux produits ménagers ;
son médecin lui demande de changer de métier. Elle pense au secrétariat médical.

# Premier entretien, 5 mars
Nous reprenons son parcours, ses contrats, ce qu'elle fait avec plaisir : l'accueil des
parents au lycée, le standard quand la secrétaire est absente.

# Deuxième entretien, 19 mars
Elle a passé une matinée avec la secrétaire d'un cabinet de radiologie. Nous cherchons
ensemble un financement pour une formation d'assistante médicale.

{third}

# Mon analyse
Deux entretiens seulement : la formation commence avant que j'aie pu faire le bilan.
"""

MOVED = ("Le troisième entretien, celui du bilan, a été reporté au 9 avril, après la fin "
         "de mon stage ; ma tutrice le mènera.")
CALLED_OFF = ("Jeudi 2 avril : grève des transports, rendez-vous annulé ; Mme A. ne pouvait "
              "pas venir de sa commune.")
DAY_ONLY = ("# Jeudi 26 mars\nMme A. ne s'est pas présentée. Le soir, elle m'écrit qu'elle a "
            "la grippe. Nouvelle date proposée le 2.\n\n# Jeudi 2 avril\nMa tutrice m'informe "
            "que Mme A. a appelé : elle entre en formation lundi et reprendra contact plus "
            "tard.")


CANCELLED = ("Jeudi 2 avril : cars scolaires supprimés par la grève, Mme A. bloquée dans sa "
             "commune. Je l'appelle, elle est déçue.")


@pytest.mark.parametrize("third", [MOVED, CALLED_OFF, CANCELLED, DAY_ONLY],
                         ids=["moved", "called-off", "cancelled", "day-only"])
def test_a_third_moved_or_called_off_beyond_the_writer_s_two_is_not_held(third: str) -> None:
    counted = count_interviews(part_blocks(TWO_AND_A_THIRD.replace("{third}", third)))
    assert counted.count == 2 and counted.sure == 2, counted.interviews
    assert counted.verdict(3) == "fail"
    assert not any(i.date == (9, 4) or i.date == (2, 4) for i in counted.interviews)


def test_the_part_of_two_fails_and_lists_the_one_not_held() -> None:
    f = _part2(TWO_AND_A_THIRD.replace("{third}", MOVED))
    assert f.status is Status.FAIL
    assert "Deux entretiens seulement" in f.message
    assert "premier entretien" in f.message.lower() and "5 mars" in f.message


def test_without_the_writer_s_count_a_moved_third_stays_a_doubt() -> None:
    """The policy kept: a date told as moved is no proof the meeting was not held at
    all (the writer may have held it on the new date), so without the writer's count
    the part warns — never passes, never fails."""
    text = TWO_AND_A_THIRD.replace("{third}", MOVED).split("# Mon analyse")[0]
    counted = count_interviews(part_blocks(text))
    assert counted.verdict(3) != "pass"
    assert _part2(text).status is not Status.PASS
