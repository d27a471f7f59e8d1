"""Issue 8, interviews13: a meeting arranged as the story goes is not a meeting held
(``cipcheck.content.interview_arranged``). Parts written for this round in voices of my
own (not taken from any devset).

« Nous convenons d'un second rendez-vous », « Nous avons convenu de deux choses : …, et un
nouveau rendez-vous le 3 avril », « 2e RDV posé » in the « Suite » column of a follow-up
table: the meeting noun is what the verb arranges, in the present of the story, in a list
after a colon, or with its participle right after it. Counted as held in devset9b,
devset11a and devset11b, three authors.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

# Two interviews told; at the end of each, the next one is agreed on in the present.
TWO_AND_AGREED = """\
# Entretien du 6 mars
Accueil de M. H., 41 ans, ancien cuisinier. Il veut quitter la restauration à cause de son
dos. Nous convenons d'un second rendez-vous pour parler des métiers de la logistique.

# Entretien du 20 mars
Nous regardons ensemble trois fiches métiers. En fin d'entretien, nous fixons un troisième
rendez-vous au 3 avril ; il ne viendra pas, il a trouvé une mission d'intérim.
"""

# One interview; what was agreed, listed after a colon.
ONE_AND_A_LIST = """\
# Ce qui s'est passé
Nous nous sommes vus une fois, le 9 janvier, pendant une heure. Il m'a parlé de ses années
de maçonnerie et de son genou. Nous avons convenu de deux choses : une visite du centre de
formation de Saint-Brieuc, et un nouveau rendez-vous le 23 janvier pour en parler.

Le 22 janvier, il a laissé un message à l'accueil : il partait chez son frère à Lorient.
"""

# A follow-up table whose last column says what was arranged next.
TABLE_WITH_NEXT = """\
# Mon suivi
Date | Lieu | Objet | Suite
10/02 | au CCAS | accueil et histoire | 2e RDV posé
24/02 | au CCAS | diagnostic partagé | 3e RDV posé
10/03 | au CCAS | non venue | courrier de relance
"""

# Told as held: a calendar and a programme are not arranging a meeting.
THREE_WITH_CALENDAR = """\
# Le calendrier : trois rencontres
Le calendrier : premier entretien le 3 mars, à l'agence. Nous faisons connaissance et
parlons de son projet de reprise d'études.

Au programme du deuxième entretien, le 10 mars : la recherche d'une formation.

Troisième entretien, le 24 mars : nous avons fixé ensemble les étapes de son plan
d'action.
"""


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_meeting_agreed_in_the_present_is_not_held(kind: str) -> None:
    c = count_interviews(part_blocks(TWO_AND_AGREED, kind=kind))
    assert c.count == 2, c.interviews
    assert sorted(c.dates) == [(6, 3), (20, 3)]
    assert any("second rendez-vous" in p.words for p in c.planned), c.planned
    assert c.verdict(3) != "pass"


def test_a_meeting_listed_after_what_was_agreed_is_not_held() -> None:
    c = count_interviews(part_blocks(ONE_AND_A_LIST))
    assert c.count == 1, c.interviews
    assert c.dates == [(9, 1)]
    assert any("nouveau rendez-vous le 23 janvier" in p.words for p in c.planned), c.planned


def test_a_next_meeting_posed_in_a_table_is_not_held() -> None:
    c = count_interviews(part_blocks(TABLE_WITH_NEXT))
    assert c.count == 2, c.interviews
    assert sorted(c.dates) == [(10, 2), (24, 2)]
    assert {p.words for p in c.planned} >= {"2e RDV posé", "3e RDV posé"}, c.planned


def test_a_calendar_and_a_programme_arrange_nothing() -> None:
    c = count_interviews(part_blocks(THREE_WITH_CALENDAR))
    assert c.count == 3, c.interviews
    assert c.verdict(3) == "pass"
