"""Issue 8, interviews13: a dated entry whose event is a letter, a message or a call is not
an interview (``interview_log._at_a_distance``, ``interview_whose.told_at_a_distance``).
Parts written for this round in voices of my own (not taken from any devset).

« 15/01 : appel, numéro non attribué » in a log under « Tentatives de RDV », « Jeudi 26
février. Je lui envoie un courrier avec les dates… » in a liaison book: the entry's event,
right after its date, is something written or a call, with nobody met. Counted as held in
devset7a, devset11a and devset11b, three authors. A call long enough to be an interview
(« appel de 40 min avec elle ») stays one.
"""

from __future__ import annotations

from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

# A log of attempts: two meetings, the rest calls and letters.
ATTEMPTS = """\
# Suivi des rendez-vous
- 08/03 : premier rendez-vous au CCAS, elle raconte son départ de l'usine de Vire.
- 15/03 : appel, pas de réponse, messagerie pleine.
- 22/03 : deuxième rendez-vous au CCAS, nous listons ses compétences de conditionneuse.
- 29/03 : courrier pour lui proposer le 5 avril.
- 03/04 : elle m'appelle pour dire qu'elle a trouvé une mission d'intérim.
- 10/04 : je lui envoie la liste des formations du GRETA.
"""

# The same log, where one call is an interview held at a distance.
ATTEMPTS_AND_A_LONG_CALL = ATTEMPTS + """\
- 17/04 : appel de 40 min avec elle : bilan de sa mission et choix d'une formation.
"""

# A liaison book: dated lines, the writer's letter at the end.
LIAISON_BOOK = """\
# Cahier de suivi de M. O.
Mardi 6 janvier, 14 h. Premier rendez-vous avec M. O., 27 ans, sorti du lycée sans diplôme.
Il veut « travailler dehors ». Je lui présente le dispositif.

Mardi 13 janvier, 14 h. Absent, sa mère a appelé : il était malade.

Mardi 20 janvier, 14 h. Deuxième rendez-vous. Nous regardons les métiers du paysage et de
l'entretien des espaces verts ; il est intéressé par un CAPa.

Vendredi 30 janvier. Je lui envoie un courrier avec les dates des journées portes ouvertes
du lycée agricole. Pas de réponse avant la fin de mon stage.

# Ce que je retiens
Deux rendez-vous, c'est trop peu pour construire un projet avec lui.
"""


def test_calls_and_letters_in_a_log_of_meetings_are_not_interviews() -> None:
    c = count_interviews(part_blocks(ATTEMPTS))
    assert c.count == 2, c.interviews
    assert sorted(c.dates) == [(8, 3), (22, 3)]
    # (the entries set aside stay hints: a short count read so warns, never passes)
    assert c.verdict(3) in {"fail", "hints"}


def test_a_call_long_enough_is_an_interview_at_a_distance() -> None:
    c = count_interviews(part_blocks(ATTEMPTS_AND_A_LONG_CALL))
    assert c.count == 3, c.interviews
    assert (17, 4) in c.dates


def test_my_letter_in_a_liaison_book_is_not_a_meeting() -> None:
    c = count_interviews(part_blocks(LIAISON_BOOK))
    assert c.count == 2, c.interviews
    assert (30, 1) not in c.dates
    # the writer's own count agrees: a sure failure, not a « compte incertain »
    assert c.verdict(3) == "fail"


def test_my_letter_in_a_pdf_liaison_book_is_not_a_meeting() -> None:
    c = count_interviews(part_blocks(LIAISON_BOOK, kind="pdf"))
    assert (30, 1) not in c.dates, c.interviews
    assert c.count == 2


def test_a_video_call_in_the_log_is_an_interview() -> None:
    text = ATTEMPTS + "- 24/04 : appel visio, bilan de sa mission et choix d'une formation.\n"
    c = count_interviews(part_blocks(text))
    assert (24, 4) in c.dates, c.interviews
    assert c.count == 3
