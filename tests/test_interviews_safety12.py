"""Issue 8, safety12: never fail a part on a reader's blind spot. Parts written for this
round in voices of my own (not taken from any devset).

The counter reads meetings through precise forms; a writer who spells « rendé-vous »,
who puts no full stop at the end of her paragraphs, or whose follow-up table says
« Prévu au bureau, fait en visio » escapes them, and a compliant part would fail. The
broad net (content/interview_episodes.py) reads the part again clause by clause: dated
episodes with a meeting noun or ordinal (tolerant spellings), and meeting ranks told as
held. When they reach the minimum, the finding warns (« compte incertain ») and quotes
what it saw. The traps: parts of two held with a missed third, a colleague's meeting, a
workshop, next steps, an ellipsis for children — these keep failing.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks
from test_interviews_forms import _part2

from cipcheck.content.interviews import count_interviews
from cipcheck.findings import Status

# Compliant parts (three or four held) in forms the precise reader may miss.
DYS_DATED = """\
# la personne acompagnée
Mr B. a 41 ans il a était chauffeur livreur pendant quinze ans, il a perdu son permis et
veut changé de métier. Il est orienté par sa conseillère.

# mes rendé-vous avec lui
Le premié rendé-vous cété le 6 mars a la maison de l'emploi. Il parlé beaucoup de son
ancien travaille, il était en colère.

Le deusième cétait le 20 mars, on a fait la liste de ce quil sait faire : conduire, ranger,
parlé avec les clients.

Le 27 mars il a apelé pour dire quil avait un rendé-vous chez le médecin.

Le troisiéme cétait le 3 avril, on a regardé les métier de magasinier et de vendeur en
pièces auto, il a choisi de faire une immersion.
"""

DYS_UNDATED = """\
# Mon acompagnement
Madame R. a 33 ans elle élève seule ses deux garçon et cherche un travaille a mi-temps.

# Les rendé-vous
Le premié rendé-vou c'était pour faire connaissance, elle avait peur, je lui ai expliqué
comment sa allé se passé.

Le deusième rendé-vous on a fait son CV avec ses expériences de garde d'enfant et de
ménage chez des particuliers.

Le troisiéme rendé-vous on a cherché des offre d'agent d'entretien en école, elle a
postulé a deux.
"""

# Four dated paragraphs with no full stop, as a PDF: read as one run-on sentence.
RUN_ON_PDF = """\
# le suivi de Mme T
Mme T a 58 ans elle a travaillé en usine de conserves pendant trente ans l'usine a fermé

le 2 avril premier rdv on a parlé de son parcours et de ce qu'elle aimait à l'usine elle
aimait le contrôle qualité

le 9 avril deuxieme rdv on a fait son cv ensemble sur l'ordinateur de l'agence elle
n'avait jamais fait de cv

le 16 avril on a fait une simulation d'entretien d'embauche pour un poste de
préparatrice de commandes

le 23 avril troisieme rdv elle avait eu une réponse positive pour une mission de trois
mois on a préparé son premier jour
"""

# A follow-up table whose held row carries a plan word.
TABLE_ROW_PLANNED = """\
# Le suivi de M. D.
M. D., 27 ans, sort d'un contrat aidé en espaces verts ; je l'accompagne pour sa
recherche d'emploi dans le paysage.

# Tableau de suivi
Date | Contact | Contenu
04/03 | Entretien individuel | Premier entretien : parcours, attentes, freins (transport)
11/03 | Entretien individuel | Recherche d'entreprises du paysage autour de Dole
18/03 | Entretien en visio | Prévu au bureau, fait en visio (grève) : son appel à un paysagiste
25/03 | Réunion d'équipe | Point sur les parcours, sans les bénéficiaires
"""

# Parts of two held, with the traps a blunt net could take for a third.
TWO_WITH_TRAPS = """\
# Mon accompagnement
Mme L., 45 ans, aide-soignante en arrêt longue durée, veut se reconvertir dans le
secrétariat médical.

# Les entretiens
Le premier rendez-vous a eu lieu le 5 mai : nous avons parlé de ses limites physiques.

Le deuxième rendez-vous, le 19 mai, nous avons construit son projet de formation.

Le troisième rendez-vous était prévu le 2 juin : elle ne s'est pas présentée.

Le 9 juin, ma tutrice l'a reçue pour un entretien sur son dossier de financement.

Le 16 juin, elle a participé à l'atelier collectif « CV et lettre ».

# Prochaines étapes
• 23/06 : entretien de suivi, point sur sa candidature
• 30/06 : entretien bilan avec sa conseillère
"""

TWO_CHILDREN_ELLIPSIS = """\
# Situation
Mme N. a trois enfants. Le premier, 12 ans, est au collège. Le deuxième, 8 ans, est à
l'école du quartier. Le troisième, 2 ans, n'a pas de place en crèche.

# Nos entretiens
Premier rendez-vous le 3 février : nous faisons le point sur la garde du plus jeune.

Deuxième rendez-vous le 17 février : nous cherchons une assistante maternelle.

Le 24 février, je lui ai envoyé par mail trois offres de crèches associatives.
"""

TWO_DYS_ONE_MISSED = """\
# les rendé-vous
le premié rdv cetait le 2 mars on a parlé de son projet de caristes

le deusième rdv le 9 mars on a fait sa lettre de motivation

le 16 mars il devait venir mais il a oublier je lai apeler il a dit quil avait trouvé du travail
"""


@pytest.mark.parametrize("text,kind", [(DYS_DATED, "docx"), (DYS_UNDATED, "docx"),
                                       (RUN_ON_PDF, "pdf"), (TABLE_ROW_PLANNED, "docx")])
def test_a_compliant_part_in_forms_the_reader_misses_never_fails(text: str, kind: str) -> None:
    counted = count_interviews(part_blocks(text, kind), kind=kind)
    assert counted.verdict(3) != "fail", counted


@pytest.mark.parametrize("text", [TWO_WITH_TRAPS, TWO_DYS_ONE_MISSED])
def test_two_held_with_traps_still_fail(text: str) -> None:
    counted = count_interviews(part_blocks(text), kind="docx")
    assert counted.count < 3
    assert counted.verdict(3) == "fail", (counted.episodes, counted.ranked)


def test_an_ellipsis_and_a_mail_are_no_episode() -> None:
    # (the precise reader has its own doubt on « Le troisième, 2 ans, … »: not this net's)
    counted = count_interviews(part_blocks(TWO_CHILDREN_ELLIPSIS), kind="docx")
    assert counted.episodes == [] and counted.ranked == []


def test_misspelled_ranks_undated_are_three_episodes() -> None:
    counted = count_interviews(part_blocks(DYS_UNDATED), kind="docx")
    assert [p.words.split()[0].lower() for p in counted.ranked] == [
        "premié", "deusième", "troisiéme"]


def test_run_on_paragraphs_are_read_date_by_date() -> None:
    counted = count_interviews(part_blocks(RUN_ON_PDF, "pdf"), kind="pdf")
    told = {i.date for i in counted.interviews} | {
        d for d in [(2, 4), (9, 4), (23, 4)]
        if any(f"{d[0]} avril" in p.words for p in counted.episodes)}
    # The three « rdv » dates are told; the job-interview rehearsal of the 16th is ours
    # too but not needed for the doubt.
    assert {(2, 4), (9, 4), (23, 4)} <= told


def test_a_held_row_with_a_plan_word_is_an_episode() -> None:
    counted = count_interviews(part_blocks(TABLE_ROW_PLANNED), kind="docx")
    dated = {i.date for i in counted.interviews}
    assert (18, 3) in dated or any("18/03" in p.words for p in counted.episodes)
    # The team meeting without the person is none.
    assert not any("25/03" in p.words for p in counted.episodes)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_check_warns_and_quotes_what_it_saw(lang: str) -> None:
    f = _part2(DYS_DATED, lang)
    assert f.status is Status.WARN
    assert "rendé-vous" in f.message or "troisiéme" in f.message
    assert ("compte incertain" if lang == "fr" else "count uncertain") in f.message


def test_the_check_still_fails_two_held_with_traps() -> None:
    f = _part2(TWO_WITH_TRAPS)
    assert f.status is Status.FAIL
    assert f.actual == "2"
