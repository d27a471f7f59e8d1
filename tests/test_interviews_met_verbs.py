"""The safety net under a short interview count also reads meetings told by their verb.

Found by a blind end-to-end test (bench/blind13): a compliant part told its three meetings
as « Je fais sa connaissance le 3 juin… », « Le 17 juin, nous nous revoyons… », « Un
dernier point a eu lieu par téléphone le 1er juillet… »; the counter read one and the part
FAILED with no doubt. A meeting told by a verb of meeting (« faire connaissance », « nous
nous revoyons », « je la reçois », « je l'ai rencontrée ») or a « point » said to be held
is a dated episode: a short count then warns instead of failing. A « point sur la
formation » with the tutor and a meeting that did not take place are none. Parts in my own voices.
"""

from __future__ import annotations

from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

MET_BY_VERBS = """\
# Le parcours de M. K.
M. K., 44 ans, ancien magasinier, veut se former au métier d'agent de médiation.

# Nos rencontres
Je fais sa connaissance le 4 mars à la permanence de la mairie. Il arrive avec une
pochette pleine de courriers de la CAF qu'il n'a pas ouverts.

Le 18 mars, nous nous revoyons : il a trié ses papiers avec sa fille et veut parler du
métier de médiateur.

Un dernier point a eu lieu par téléphone le 2 avril : il a obtenu un rendez-vous
d'information à l'AFPA et nous avons listé ses questions.
"""

TWO_AND_NOISE = """\
# Le parcours de Mme D.
Mme D., 29 ans, souhaite reprendre une formation d'aide-soignante.

# Le suivi
Je fais sa connaissance le 5 mai : elle a quitté son emploi de serveuse en avril.

Le 19 mai, nous nous revoyons pour préparer son dossier d'inscription.

Le 26 mai, j'ai fait un point sur la formation avec ma tutrice, sans elle.

Le 2 juin, nous devions nous revoir, mais elle n'est pas venue.
"""


def test_three_meetings_told_by_their_verbs_never_fail() -> None:
    counted = count_interviews(part_blocks(MET_BY_VERBS), kind="docx")
    assert counted.verdict(3) != "fail", (counted.count, counted.episodes)


def test_a_point_with_the_tutor_and_a_missed_meeting_are_no_episode() -> None:
    counted = count_interviews(part_blocks(TWO_AND_NOISE), kind="docx")
    assert not any("26 mai" in p.words or "2 juin" in p.words for p in counted.episodes)
    assert counted.verdict(3) == "fail", (counted.count, counted.episodes)


RECEIVED_THINGS = """\
# Le parcours de M. F.
M. F., 52 ans, ancien cariste, cherche un poste de magasinier à mi-temps.

# Le suivi
Le 3 mars, nous nous rencontrons pour la première fois à la permanence.

Le 17 mars, nous nous revoyons : il a listé les entrepôts de la zone.

Le 24 mars, j'ai reçu son CV par la poste, avec une lettre de sa fille.

Le 31 mars, je reçois un courriel de sa part : il a décroché un entretien d'embauche.
"""


def test_a_cv_or_an_email_received_at_my_desk_is_no_meeting() -> None:
    counted = count_interviews(part_blocks(RECEIVED_THINGS), kind="docx")
    dates = {i.date for i in counted.interviews}
    assert (24, 3) not in dates and (31, 3) not in dates, counted.interviews
    assert counted.count == 2
