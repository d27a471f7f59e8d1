"""Issue 8, interviews19: parts of none, one or two interviews that warned instead of failing.

- The writer's none told by a negated meeting (« Je n'ai jamais rencontré M. J. », « je n'ai
  pas pu faire un seul entretien avec elle »): a sure zero, where no interview is told
  plainly beside it (devset6t, devset7a, devset14a).
- Beyond the writer's own count of one or two, a meeting whose scene, wherever its date is
  told, says it was not held (« Le 4 février il est pas venu », « je n'étais pas là »,
  « calé au 3 mars, après mon stage ») is not counted (devset8, devset9, devset14b).
- The « dates » doubt of a short count no longer counts as further moments: the date of an
  undated interview told with it (devset7, devset9, devset11b), a group event, a chance
  encounter, the referral, a moment the writer says was no interview (seven authors), nor a
  date only offered (devset6t, devset7a, devset9).
- A count told kind by kind (« deux entretiens en présentiel et un par téléphone ») is the
  writer's sum: an announced count, never a failure on the first kind alone.

Parts written for this round in my own voices.
"""

from __future__ import annotations

from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

NEVER_MET = """\
# La situation de M. H.
M. H., 51 ans, ancien chauffeur-livreur, m'a été présenté par sa référente RSA comme
quelqu'un qui « ne vient jamais ». Je lui ai écrit deux fois, puis je l'ai appelé le 14
janvier : messagerie pleine.

# Ce qui a été fait
Le 21 janvier, il annule par SMS le rendez-vous fixé au lendemain. Le 4 février, il ne se
présente pas. Je n'ai jamais rencontré M. H. : tout ce que je sais de lui vient de son
dossier et de sa référente.

# Mon analyse
J'aurais dû proposer un premier contact au téléphone, sans attendre qu'il se déplace.
"""

NO_INTERVIEW_WITH_HER = """\
# Mme L., 29 ans
Mme L. a été orientée vers le PLIE pour construire un projet dans la petite enfance.

# Ce qui s'est passé
Un premier entretien était fixé au 12 mars ; elle l'a déplacé deux fois, puis le 26 mars
elle a retrouvé un emploi saisonnier. Je n'ai pas pu mener un seul entretien avec elle
avant la fin de mon stage.
"""


def test_the_writer_s_none_by_a_negated_meeting_fails() -> None:
    for text in (NEVER_MET, NO_INTERVIEW_WITH_HER):
        counted = count_interviews(part_blocks(text))
        assert counted.count == 0
        assert counted.own is not None and counted.own.reason == "0"
        assert counted.verdict(3) == "fail"
    f = _part2(NEVER_MET)
    assert f.status is Status.FAIL


THREE_AND_SOMEONE_ELSE = """\
# Le suivi de Mme P.
Le 6 janvier, premier entretien : Mme P. me raconte ses quinze ans de caisse.

Le 20 janvier, deuxième entretien : nous préparons une enquête métier en pharmacie.

Le 3 février, troisième entretien : elle a rencontré une préparatrice et veut se former.

Je n'ai jamais rencontré son ancien employeur, M. D., le gérant du magasin : elle ne
souhaitait pas qu'il soit contacté.
"""


def test_a_negated_meeting_with_someone_else_is_no_none() -> None:
    counted = count_interviews(part_blocks(THREE_AND_SOMEONE_ELSE))
    assert counted.count == 3 and counted.own is None
    assert counted.verdict(3) == "pass"
    # nor « avec sa conseillère », nor a meeting told before another moment
    for line in ("Je n'ai pas pu avoir d'entretien avec sa conseillère France Travail.",
                 "Avant le 6 janvier, je ne l'avais jamais rencontrée."):
        counted = count_interviews(part_blocks(THREE_AND_SOMEONE_ELSE + "\n" + line))
        assert counted.count == 3 and counted.verdict(3) == "pass"


def test_a_negated_meeting_beside_a_plain_interview_is_left_unread() -> None:
    # Two readings must agree: an interview told plainly makes the sentence no zero.
    text = ("# Le suivi\nLe 9 mars, premier entretien avec M. R. : nous faisons le point sur "
            "son parcours.\n\nJe n'ai jamais rencontré M. R. avant ce jour-là, il venait "
            "d'emménager.\n")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 1 and counted.own is None


ONE_AND_A_NO_SHOW = """\
# Premier entretien (le 10 mars)
Nous nous voyons une heure à l'espace jeunes. M. K. veut devenir agent de sécurité ; je lui
présente la carte professionnelle et ses conditions. Nous fixons un autre rendez-vous le 24
mars.

# La suite
Le 24 mars, il n'est pas venu et ne répond plus. Son éducateur pense qu'il est parti chez
son oncle à Lyon.

# Analyse
Un seul entretien, c'est trop peu pour parler d'un accompagnement.
"""


def test_beyond_the_writer_s_count_a_meeting_not_held_is_set_apart() -> None:
    counted = count_interviews(part_blocks(ONE_AND_A_NO_SHOW))
    assert counted.count == 1 and counted.sure == 1
    assert counted.dates == [(10, 3)]
    assert any(p.reason == "non tenu" and "24" in p.words for p in counted.planned)
    assert counted.verdict(3) == "fail"


def test_beyond_the_writer_s_count_a_meeting_told_plainly_stays_a_doubt() -> None:
    text = ONE_AND_A_NO_SHOW.replace(
        "Le 24 mars, il n'est pas venu et ne répond plus. Son éducateur pense qu'il est parti "
        "chez\nson oncle à Lyon.",
        "Le 24 mars, nous reprenons ses démarches et il apporte son CV corrigé.")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2 and counted.sure == 1


TWO_HEADED_AND_OTHER_MOMENTS = """\
# Mme A., 33 ans
Mme A. m'a été orientée le 5 janvier par la conseillère du Département.

# Le premier entretien
Le 12 janvier, nous reprenons son parcours de vendeuse et ses contraintes de garde.

# Le deuxième entretien
Le 26 janvier, nous signons le contrat et choisissons une enquête métier.

# Entre-temps
Le 19 janvier, elle a suivi l'atelier collectif « CV » avec huit autres personnes, que
j'animais avec ma tutrice. Je l'ai croisée au marché le 2 février, nous avons parlé deux
minutes. Nous avons aussi échangé par SMS le 6 février, mais ce n'était pas un entretien.
Je lui ai ensuite proposé le 16 février, puis le 23 février ; elle n'a pas répondu.
"""


def test_moments_that_are_no_meeting_leave_a_part_of_two_sure() -> None:
    counted = count_interviews(part_blocks(TWO_HEADED_AND_OTHER_MOMENTS))
    assert counted.count == 2
    assert counted.past_dates == 2
    assert counted.verdict(3) == "fail"


def test_an_undated_interview_told_with_its_date_is_one_moment() -> None:
    text = ("# Premier entretien\nLe 3 mars, nous faisons connaissance à la mission locale."
            "\n\n# Deuxième entretien\nLe 17 mars on s'est revu pour son CV.\n")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2
    assert counted.past_dates == 2 and counted.verdict(3) == "fail"


def test_a_count_told_kind_by_kind_is_the_writer_s_sum() -> None:
    text = TWO_HEADED_AND_OTHER_MOMENTS + (
        "\n# Bilan\nDeux entretiens au bureau et un par téléphone : le lien a tenu.\n")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2 and counted.announced == 3
    assert counted.verdict(3) == "announced"


def test_a_dated_paragraph_is_not_the_next_heading_s_date() -> None:
    # In a DOCX the sub-heading is a block of its own: « # Premier entretien ⏎ Le 3 mars, … ⏎
    # # Deuxième entretien ⏎ Le 17 mars, … » tells two interviews, the first on 3 March.
    text = ("# Premier entretien\nLe 3 mars, nous faisons connaissance à la mission locale."
            "\n\n# Deuxième entretien\nLe 17 mars, nous reprenons son CV ensemble.\n")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2 and counted.dates == [(3, 3), (17, 3)]
    assert counted.verdict(3) == "fail"
    # and a date alone before the ranked sentence of one paragraph is still its date
    counted = count_interviews(part_blocks(
        "7 novembre. Premier entretien : accueil et parcours de M. S.\n\n"
        "21 novembre. Deuxième entretien : nous préparons son CV.\n\n"
        "5 décembre. Troisième entretien : enquête métier en boulangerie.\n"))
    assert counted.count == 3 and set(counted.dates) == {(7, 11), (21, 11), (5, 12)}


# ---- brief calls and collective sessions (devset15a, devset15b, devset14b, devset7, W) ----

ONE_AND_A_SHORT_CALL = """\
# Suivi de M. C.
Date | Type | Objet
05/03 | Entretien individuel | Accueil, parcours, projet de cariste
19/03 | Appel (2 min) | Nouvelle date à fixer
26/03 | Entretien individuel | Annulé, il était malade

# Analyse
Un seul entretien, je le regrette.
"""


def test_beyond_the_writer_s_count_a_call_of_two_minutes_is_set_apart() -> None:
    counted = count_interviews(part_blocks(ONE_AND_A_SHORT_CALL))
    assert counted.count == 1 and counted.dates == [(5, 3)]
    assert counted.verdict(3) == "fail"
    assert any("19/03" in p.words and p.reason == "non tenu" for p in counted.planned)


TWO_AND_A_WORKSHOP = """\
# Le suivi de Mme T.
Le 4 mars, premier entretien : nous revenons sur ses années de caisse.

Le 18 mars, deuxième entretien : elle choisit une enquête métier en pharmacie.

Le 25 mars, elle est venue à l'info collective sur les métiers du soin (on était 14), elle a
posé beaucoup de questions.
"""


def test_a_collective_session_with_its_crowd_is_not_an_interview() -> None:
    counted = count_interviews(part_blocks(TWO_AND_A_WORKSHOP))
    assert counted.count == 2 and (25, 3) not in counted.dates
    assert any(p.reason == "séance collective" and "25 mars" in p.words
               for p in counted.planned)
    assert counted.verdict(3) == "fail"
    f = _part2(TWO_AND_A_WORKSHOP)
    assert f.status is Status.FAIL and "séance collective" in f.message


def test_a_session_with_our_interview_named_beside_it_stays_counted() -> None:
    # an interview named beside the session and its crowd is a meeting of ours
    for line in ("Le 25 mars, entretien après l'info collective (on était 14) : nous "
                 "reprenons ses questions.",
                 "Le 25 mars, troisième entretien, juste après l'atelier collectif (12 "
                 "participants) : nous reprenons ses questions."):
        text = TWO_AND_A_WORKSHOP.split("Le 25 mars")[0] + line + "\n"
        counted = count_interviews(part_blocks(text))
        assert counted.count == 3 and (25, 3) in counted.dates


TWO_AND_A_CALL_BETWEEN = """\
# Suivi de Mme V.
Date | Horaire | Durée | Objet
02/04 | 09:00–10:00 | 01:00 | 1er entretien : parcours, projet d'aide-comptable
07/04 | 14:10–14:12 | 00:02 | Appel : elle décale le rendez-vous
09/04 | 09:00–10:15 | 01:15 | 2e entretien : financement de la formation
16/04 | 09:00 | — | Rendez-vous manqué : elle était chez sa mère

# Analyse
Deux entretiens. Je n'ai pas pu aller jusqu'au plan d'action.
"""


def test_the_one_beyond_the_writer_s_count_is_the_call_not_the_second_interview() -> None:
    counted = count_interviews(part_blocks(TWO_AND_A_CALL_BETWEEN))
    assert counted.count == 2 and counted.sure == 2
    assert set(counted.dates) == {(2, 4), (9, 4)}
    assert any("07/04" in p.words and p.reason == "non tenu" for p in counted.planned)
    assert counted.verdict(3) == "fail"
