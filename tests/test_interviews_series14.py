"""Issue 8, interviews14: one record per meeting, each paragraph led by the same label, its
running number and its date (« Étape n° 2 (20 mars). … », « Troisième relevé — 3 avril : »),
read as the interviews where the part says how many were held and the series holds that
many told as held. Seen in devset7, devset9 and devset11b (three authors). Parts written
for this round in voices of my own (not taken from any devset).
"""

from __future__ import annotations

from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

STEPS = """\
# Le cadre
À la Mission locale de Montluçon, j'ai suivi Mme H., 24 ans, serveuse en saison, qui veut
un métier « aux horaires de bureau ». J'ai conduit quatre entretiens avec elle.

# Le déroulé
Étape n° 1 (6 mars). Accueil et parcours : trois saisons en brasserie, un BTS commencé.

Étape n° 2 (20 mars). Questionnaire d'intérêts, commenté ensemble ; deux pistes retenues.

Étape n° 3 (3 avril). Retour d'enquête auprès d'une assistante d'agence immobilière.

Étape n° 4 (17 avril). Choix de la formation et dossier d'inscription au GRETA.
"""


def test_a_numbered_dated_series_is_the_announced_interviews() -> None:
    counted = count_interviews(part_blocks(STEPS))
    assert counted.count == 4
    assert set(counted.dates) == {(6, 3), (20, 3), (3, 4), (17, 4)}
    assert [i.rank for i in counted.interviews] == [1, 2, 3, 4]
    assert counted.verdict(3) == "pass"


def test_a_record_told_as_not_held_is_listed_apart() -> None:
    text = STEPS.replace("Étape n° 4 (17 avril). Choix de la formation et dossier "
                         "d'inscription au GRETA.",
                         "Étape n° 4 (10 avril). Le rendez-vous n'a pas eu lieu : elle "
                         "était malade.\n\nÉtape n° 5 (17 avril). Choix de la formation et "
                         "dossier d'inscription au GRETA.")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 4
    assert [i.rank for i in counted.interviews] == [1, 2, 3, 5]
    assert any(p.reason == "non tenu" and "10 avril" in p.words for p in counted.planned)


def test_a_series_the_candidate_only_observed_is_left_as_read() -> None:
    text = STEPS.replace("J'ai conduit quatre entretiens avec elle.",
                         "Ma tutrice a conduit quatre entretiens avec elle, auxquels j'ai "
                         "assisté en observatrice.")
    assert count_interviews(part_blocks(text)).count < 3


def test_a_series_of_another_length_than_announced_is_left_as_read() -> None:
    text = STEPS.replace("quatre entretiens", "cinq entretiens")
    assert count_interviews(part_blocks(text)).count < 4
