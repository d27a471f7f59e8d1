"""Issue 8, interviews18: the writer counts one or two « entretiens » and exactly that
many of the meetings read are told as interviews — by the noun (« Premier entretien »,
« Entretien du 6 mars ») or as a numbered series (« Séance 1 — … ») — while the others
read beyond the count are told otherwise (a dated paragraph of a team meeting, a
rendez-vous set that came to nothing). Parts written for this round in voices of my own.

Two readings agree, and the scene of each other moment says something did not happen:
the part of two fails, quoting the writer's line and listing the other moments « pas
nommé entretien », instead of warning on three. Without the writer's count, when three
are told as interviews, or when the third is told plainly as held, nothing changes. Seen
in devset13a (S), devset14a (W), devset14b (X).
"""

from __future__ import annotations

from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

TWO_AND_A_TEAM_MEETING = """\
# Mme D., 44 ans
Mme D. a été caissière vingt ans dans un supermarché de Lons-le-Saunier. Elle souhaite
travailler dans l'accueil d'un établissement de santé.

# Le 3 mars, premier entretien
Nous reprenons son parcours et ce qu'elle aime dans le contact avec le public. Elle
accepte de rencontrer l'hôtesse d'accueil de la clinique du Jura.

# Le 10 mars
Commission du PLIE sur les parcours, sans les participants. Ma tutrice y présente le
projet de Mme D. pour une aide au permis.

# Le 17 mars, deuxième entretien, au téléphone
Elle me raconte la rencontre à la clinique : l'accueil des urgences lui fait peur, pas
celui des consultations. Nous cherchons une formation courte de secrétariat médical.

# Mon regard
Deux entretiens, c'est peu : j'aurais voulu la revoir après son immersion.
"""


def test_two_told_as_interviews_and_the_writer_s_count_fail() -> None:
    counted = count_interviews(part_blocks(TWO_AND_A_TEAM_MEETING))
    assert counted.count == 2 and counted.sure == 2
    assert counted.dates == [(3, 3), (17, 3)]
    assert any(p.reason == "pas nommé entretien" and "10 mars" in p.words
               for p in counted.planned)
    assert counted.verdict(3) == "fail"
    f = _part2(TWO_AND_A_TEAM_MEETING)
    assert f.status is Status.FAIL
    assert "Deux entretiens, c'est peu" in f.message and "pas nommé entretien" in f.message


def test_without_the_writer_s_count_the_dated_paragraph_stays_counted() -> None:
    text = TWO_AND_A_TEAM_MEETING.split("# Mon regard")[0]
    counted = count_interviews(part_blocks(text))
    assert counted.count == 3
    assert counted.verdict(3) != "fail"


def test_three_told_as_interviews_are_never_cut_to_the_writer_s_two() -> None:
    text = TWO_AND_A_TEAM_MEETING.replace(
        "# Le 10 mars\nCommission du PLIE",
        "# Le 10 mars, entretien bref\nAprès la commission du PLIE")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 3
    assert counted.verdict(3) != "fail"
    assert not any(p.reason == "pas nommé entretien" for p in counted.planned)


NUMBERED_SESSIONS = """\
# Séance 1 — 5 mai
Premier échange avec M. K., 23 ans, au bureau de l'association. Il veut conduire des
engins de chantier ; nous listons ce qu'il sait déjà faire sur le tracteur de son oncle.

# Le 12 mai
Il devait passer signer la convention de stage ; son scooter n'a pas démarré et il m'a
prévenue par un message vocal.

# Séance 2 — 19 mai
Il a choisi la formation de conducteur de pelle. Nous montons le dossier de financement.

# Bilan
Deux entretiens seulement, la fin de mon stage est arrivée trop vite.
"""


def test_a_numbered_series_stands_for_the_noun() -> None:
    counted = count_interviews(part_blocks(NUMBERED_SESSIONS))
    assert counted.count == 2 and counted.dates == [(5, 5), (19, 5)]
    assert counted.verdict(3) == "fail"


def test_a_third_told_plainly_as_held_stays_a_doubt() -> None:
    # Nothing in its scene says it did not happen: the two readings disagree.
    text = NUMBERED_SESSIONS.replace(
        "Il devait passer signer la convention de stage ; son scooter n'a pas démarré et il "
        "m'a\nprévenue par un message vocal.",
        "Nous avons visité ensemble le centre de formation et rencontré le formateur.")
    assert "visité ensemble" in text
    counted = count_interviews(part_blocks(text))
    assert counted.count == 3
    assert counted.verdict(3) == "unsure"
