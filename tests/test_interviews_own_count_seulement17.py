"""Issue 8, interviews17: the writer's own count of one or two told mid-line with
« seulement » (« …un suivi resté à mi-chemin : deux entretiens seulement, le reste par
courrier »), or with the noun misspelt (« Un seul entretient. »). Parts written for this
round in voices of my own (not taken from any devset).

The count agrees with the meetings read: the part of two (or one) fails, quoting the
writer's line, instead of warning on dated moments or hints. The count never lowers what
is read (the ones read beyond stay doubts), and a part that tells three meetings with
« seulement » elsewhere (« après deux entretiens seulement, il… ») still passes.
Seen missed in devset9b, devset13a (and devset11b in another form): the own-count reader
already knew the line that opens on it (devset6a, devset7, devset9, devset13a…).
"""

from __future__ import annotations

from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

TWO_THEN_SILENCE = """\
# M. R. et le permis poids lourd
M. R., 38 ans, manutentionnaire en entrepôt à Vierzon, veut passer le permis C. Il est
orienté par le PLIE en décembre.

# Ce que dit mon carnet
Mar 06/01 — 1er entretien avec M. R. au PLIE. Parcours, contraintes, le financement du
permis. 1 h.
Mer 14/01 — réunion d'équipe, dossier de M. R. présenté par ma tutrice, sans lui.
Mar 20/01 — 2e entretien. Devis de l'auto-école, dossier pour le Fonds d'aide. 45 min.
Ven 30/01 — message laissé, pas de réponse.
Ven 13/02 — fin de mon stage.

# Mon regard
Le carnet montre un suivi resté à mi-chemin : deux entretiens seulement, le reste par
messages laissés. J'aurais dû fixer la date suivante avant qu'il ne parte.
"""

ONE_MISSPELT = """\
# Qui est Mme A.
Mme A., 45 ans, a travaillé vingt ans dans une conserverie de Douarnenez qui a fermé. Elle
veut rester près de chez elle.

# Ce qui s'est passé
Le 9 janvier on a fait un vrai entretien d'une heure au bureau du CCAS. On a parlé de la
conserverie, de ce qu'elle sait faire, de la préparation de commandes.

Le 16 janvier elle devait revenir mais elle a téléphoné le matin pour dire qu'elle gardait
son petit-fils. Le 23 janvier la structure était fermée pour l'inventaire.

Le 30 janvier elle est venue à la réunion d'information collective sur les métiers de la
logistique, avec une dizaine d'autres personnes, on n'a pas pu parler seules.

# Mon analyse
Un seul entretient. Je pense que j'aurais dû lui proposer le téléphone plus tôt.
"""

THREE_WITH_SEULEMENT = """\
# Premier entretien, 8 avril
Mme L., 31 ans, aide-soignante en arrêt, veut quitter l'hôpital. Nous reprenons son
parcours et ce qu'elle ne veut plus vivre.

# Deuxième entretien, 22 avril
Elle a fait une enquête auprès d'une secrétaire médicale. Après deux entretiens seulement,
elle sait ce qu'elle cherche : un poste assis, au contact des patients.

# Troisième entretien, 6 mai
Nous montons son dossier de formation et son CV.
"""


def test_a_count_with_seulement_after_a_colon_makes_the_part_of_two_fail() -> None:
    counted = count_interviews(part_blocks(TWO_THEN_SILENCE))
    assert counted.count == 2
    assert counted.own is not None and counted.own.reason == "2"
    assert counted.verdict(3) == "fail"


def test_the_check_fails_quoting_the_line_of_the_count() -> None:
    f = _part2(TWO_THEN_SILENCE)
    assert f.status is Status.FAIL
    assert "deux entretiens seulement" in f.message


def test_the_same_carnet_without_the_writer_s_count_is_not_sure_of_itself() -> None:
    # Without the writer's line, what the part tells is read as before (no failure made up
    # from the dated lines: the verdict is whatever the reader alone gives).
    text = TWO_THEN_SILENCE.replace(" : deux entretiens seulement, le reste par", ", le "
                                    "reste par")
    assert "seulement" not in text
    counted = count_interviews(part_blocks(text))
    assert counted.own is None


def test_a_misspelt_noun_in_the_writer_s_count_is_read() -> None:
    counted = count_interviews(part_blocks(ONE_MISSPELT))
    assert counted.own is not None and counted.own.reason == "1"
    assert counted.verdict(3) == "fail"


def test_seulement_after_apres_is_a_moment_not_the_count() -> None:
    counted = count_interviews(part_blocks(THREE_WITH_SEULEMENT))
    assert counted.own is None
    assert counted.count == 3 and counted.verdict(3) == "pass"


def test_a_count_of_one_kind_of_meeting_only_is_no_count_of_all() -> None:
    text = TWO_THEN_SILENCE.replace(
        "deux entretiens seulement, le reste",
        "deux entretiens seulement en présentiel et un par téléphone le 3 février, le reste")
    counted = count_interviews(part_blocks(text))
    assert counted.own is None or counted.own.reason != "2"
