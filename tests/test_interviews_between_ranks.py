"""Issue 8, interviews13: a dated moment told between two numbered interviews is not one
of them (``cipcheck.content.interview_ranked``). Parts written for this round in voices of
my own (not taken from any devset).

A writer who numbers the interviews has counted them: « Le 14 février, je passe à la
boulangerie où elle fait son immersion » told between the second and the third is, by the
writer's own ranks, something else. Misread as one more in devset6a, devset7c (twice) and
devset11a, three authors. Only a whole dated series 1, 2, 3… is read so: the ranked ones
alone reach three, so the moment left out never makes a part fail.
"""

from __future__ import annotations

from pathlib import Path

from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

# Four numbered interviews; between the second and the third, a visit to the placement
# where the candidate only spoke with the employer; between the third and the fourth, a
# lunch with the team.
FOUR_AND_A_VISIT = """\
# Les rencontres avec Mme D.
Premier entretien, le 3 février : Mme D., 47 ans, ancienne caissière, raconte ses vingt ans
de grande surface et son envie de « faire quelque chose de ses mains ».

Deuxième entretien, le 10 février : nous préparons ensemble une immersion dans une
boulangerie artisanale du quartier.

Le 14 février, je passe à la boulangerie pendant son immersion ; elle est au fournil, je
discute dix minutes avec le patron à la caisse.

Troisième entretien, le 21 février : retour sur l'immersion, elle a aimé le façonnage mais
redoute les horaires de nuit.

Le 25 février, je déjeune avec l'équipe de la structure et deux bénévoles du jardin
partagé, où Mme D. passe nous saluer.

Quatrième entretien, le 4 mars : elle choisit de viser la vente en boulangerie et nous
listons les démarches pour un CAP en un an.
"""

# The same series, a phone call between the third and the fourth told as an interview.
FOUR_AND_A_CALL = """\
# Déroulement
1er entretien – 6 janvier : accueil de M. F., recueil de sa situation.

2e entretien – 13 janvier : diagnostic, freins et atouts.

3e entretien – 20 janvier : contrat d'engagement signé.

27 janvier – entretien téléphonique de vingt minutes : il confirme sa visite à l'entreprise
d'insertion.

4e entretien – 3 février : bilan de la visite et choix de la formation.
"""

# Two ranked only: the writer's ranks do not make a series long enough to judge by.
TWO_RANKED_AND_A_MEETING = """\
# Le suivi
Premier entretien, le 5 mars : Mme P. présente son parcours d'aide-soignante.

Le 12 mars, nous nous revoyons au bureau pour préparer son enquête métier.

Deuxième entretien, le 19 mars : retour sur l'enquête et choix d'une formation.
"""

# After the last ranked one: not between two ranks, left as read.
THREE_AND_ONE_AFTER = """\
# Les entretiens
Premier entretien, le 2 avril : accueil de M. L.

Deuxième entretien, le 9 avril : ses compétences de magasinier.

Troisième entretien, le 16 avril : le plan d'action.

Le 30 avril, nous nous retrouvons pour faire le bilan de ses candidatures.
"""


def test_a_visit_and_a_lunch_between_ranks_are_not_interviews() -> None:
    c = count_interviews(part_blocks(FOUR_AND_A_VISIT))
    assert c.count == 4, c.interviews
    assert [i.rank for i in c.interviews] == [1, 2, 3, 4]
    aside = [p for p in c.planned if p.reason == "hors série"]
    assert [p.words[:9] for p in aside] == ["Le 14 fév", "Le 25 fév"], c.planned
    assert c.verdict(3) == "pass"


def test_an_unranked_moment_that_names_itself_an_interview_stays_counted() -> None:
    c = count_interviews(part_blocks(FOUR_AND_A_CALL))
    assert c.count == 5, c.interviews
    assert (27, 1) in c.dates
    assert not [p for p in c.planned if p.reason == "hors série"]


def test_two_ranks_are_not_a_series_to_judge_by() -> None:
    c = count_interviews(part_blocks(TWO_RANKED_AND_A_MEETING))
    assert not [p for p in c.planned if p.reason == "hors série"]
    assert (12, 3) in c.dates, c.interviews


def test_a_meeting_after_the_last_rank_is_left_as_read() -> None:
    c = count_interviews(part_blocks(THREE_AND_ONE_AFTER))
    assert not [p for p in c.planned if p.reason == "hors série"]
    assert c.count == 4, c.interviews


def test_a_pdf_part_reads_the_same() -> None:
    c = count_interviews(part_blocks(FOUR_AND_A_VISIT, kind="pdf"))
    assert c.count == 4, c.interviews


def test_dossier_lists_the_moment_apart_and_passes(tmp_path: Path) -> None:
    from interview_dossier import ccp2_interviews_dossier

    from cipcheck.api import Options, check_file
    from cipcheck.findings import Status

    part2: list[tuple[str, object]] = [
        ("h", "2.1 Contexte de l'accompagnement"),
        ("p", "J'ai accompagné M. G., 36 ans, ancien livreur, qui veut devenir agent de "
              "maintenance des bâtiments. Il m'a été orienté par sa conseillère."),
        ("h", "2.2 Les entretiens"),
        ("p", "Premier entretien, le 7 mai : nous reprenons son parcours et ses envies."),
        ("p", "Deuxième entretien, le 14 mai : nous préparons une enquête auprès du service "
              "technique de la mairie."),
        ("p", "Le 18 mai, il passe à l'accueil sans rendez-vous déposer son attestation "
              "d'immersion ; je le croise entre deux personnes."),
        ("p", "Troisième entretien, le 28 mai : retour d'enquête et choix d'une formation "
              "qualifiante."),
        ("h", "2.3 Analyse de ma pratique"),
        ("p", "J'ai appris à laisser M. G. conduire ses propres démarches."),
    ]
    path = ccp2_interviews_dossier(tmp_path / "ccp2.docx", part2)
    report = check_file(path, "cip-ccp2", Options(pages="estimate", privacy=False))
    found = next(f for f in report.checks if f.id == "content.entretiens" and f.part == 2)
    assert found.status is Status.PASS, found.message
    assert found.actual == "3", found.message
    assert "(hors série)" in found.message, found.message
    assert "Le 18 mai" in found.message
