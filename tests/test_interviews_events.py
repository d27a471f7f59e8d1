# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""An interview is one event held with the person (issue 8, interviews10): what the
sentence of the event itself says decides — « je n'ai mené aucun entretien » (none was
held), a meeting moved to a day told without its month and then told as done (« déplacé
au 30 …, et on l'a fait en visio »), a scene led by the time elapsed and its date
(« Quinze jours plus tard, le 13 février, on se revoit »), a dated scene where one of the
two was not there (« M. Weber n'y était pas »). Several voices each; none taken from the
tuning sets.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews


def _count(text: str) -> tuple[int, list[str]]:
    c = count_interviews(part_blocks(text))
    return c.count, [i.words for i in c.interviews]


@pytest.mark.parametrize("text", [
    "# Une situation inachevée\nJ'ai rencontré M. P. une fois à l'atelier collectif du 4 mars, où nous avons convenu d'un premier entretien individuel le 11 mars. Le 11, il n'est pas venu ; le 18, il était malade.\n\n# Bilan\nJe n'ai finalement tenu aucun entretien avec lui : je présente donc une autre situation en annexe.",
    "# Le parcours de Mme R.\nMme R. a été orientée vers moi le 2 février et nous avons fixé un premier rendez-vous le 9 février. Elle a trouvé un emploi entre-temps et a annulé.\n\n# Ce que j'en retiens\nNous n'avons donc eu aucun rendez-vous ensemble, mais j'ai appris à préparer un accueil.",
    "# Une accompagnée que je n'ai pas accompagnée\nJe la vois pour la première fois le 6 mai, au fond de la salle, à la réunion d'information collective. À la fin, on fixe un premier entretien individuel au mardi 13. Le mardi 13, elle ne vient pas. La semaine suivante, j'en parle en réunion d'équipe avec ma tutrice.\n\n# Ce que je retiens\nJe n'ai donc mené aucun entretien avec elle.",
])
def test_none_held_is_a_count_of_zero(text: str) -> None:
    n, words = _count(text)
    assert n == 0, words


@pytest.mark.parametrize("text", [
    "# Accompagnement de Karim\nNotre premier entretien a lieu le 6 mars : il me parle de son BTS abandonné. Le deuxième entretien, le 13 mars, porte sur ses intérêts.\n\nLe troisième entretien devait se tenir le 20 ; il a été reporté au 24 parce que Karim passait un entretien d'embauche, et ce jour-là nous avons travaillé sa lettre de motivation.\n\n# Analyse\nJ'ai appris à suivre son rythme.",
    "# Le suivi de Mme O.\nLe 3 avril, premier entretien : son parcours de vendeuse, son envie de travailler avec des enfants. Le 10 avril, deuxième entretien, avec les fiches métiers.\n\nLe troisième rendez-vous, fixé au 17, a été décalé au 22 à cause des vacances scolaires ; nous nous sommes vues à la médiathèque et nous avons préparé son dossier de CAP.",
])
def test_a_meeting_moved_to_a_day_without_its_month_and_told_as_done_is_held(text: str) -> None:
    n, words = _count(text)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# Mme D.\nNotre premier entretien a lieu le 5 janvier, dans le petit bureau du fond. Elle parle peu.\n\nLe 12 janvier, je la reçois à nouveau : elle a apporté son CV.\n\nTrois semaines plus tard, le 2 février, nous nous retrouvons pour préparer sa visite d'entreprise.",
    "# M. B.\nJe le rencontre pour la première fois le 14 mars. Le 21 mars, nous faisons le point sur ses démarches.\n\nUn mois après, le 22 avril, on se revoit pour le bilan de son stage.",
])
def test_a_scene_led_by_the_time_elapsed_and_its_date_is_a_meeting(text: str) -> None:
    n, words = _count(text)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# M. A. et le chantier\nPremier entretien le 3 mars : M. A. veut travailler dans le bâtiment. Deuxième entretien le 10 mars : nous préparons une immersion.\n\nLe 17 mars, je vais avec ma tutrice rencontrer le chef de chantier de l'entreprise Martin. L'échange est riche, mais M. A. n'y était pas : je le raconte dans la partie sur les employeurs.",
    "# Mme S.\nPremier entretien le 8 avril, deuxième entretien le 15 avril.\n\nLe 22 avril, nous rencontrons la directrice de la crèche pour parler des postes ouverts. Mme S. n'était pas là, elle gardait sa fille malade.",
])
def test_a_dated_scene_without_the_person_is_no_interview(text: str) -> None:
    n, words = _count(text)
    assert n == 2, words


@pytest.mark.parametrize("text", [
    "# M. Chardon\nLe deuxième rendez-vous était fixé au 9 décembre. Avant, le 2 décembre, premier entretien : il me parle de ses années de mineur. Le 8 au soir, il m'appelle : sa fille accouche. On le décale au 16. Le 16, il est là, il me montre une photo de la petite.\n\nLe 6 janvier, troisième entretien : nous remplissons ensemble son dossier de formation.",
    "# Mme Ferhat\nPremier entretien le 4 mars, dans mon bureau. Le deuxième était prévu le 11 ; elle a dû garder son fils et nous l'avons déplacé au 13. Ce jour-là elle arrive avec trois offres qu'elle a entourées.\n\nLe 25 mars, troisième entretien : simulation d'entretien d'embauche.",
])
def test_a_meeting_moved_and_told_in_the_present_of_a_story_is_held(text: str) -> None:
    n, words = _count(text)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# Le suivi de Nadia\nJe rencontre Nadia le mardi 6 janvier. Elle parle vite, elle veut un travail tout de suite.\n\nLa fois suivante, le mardi 13, elle arrive avec son CV imprimé.\n\nQuinze jours plus tard, nous nous retrouvons pour préparer sa candidature à la crèche.",
    "# M. Roux\nPremier entretien le jeudi 5 février : son parcours de maçon, son dos.\n\nLa fois d'après, le jeudi 12, on regarde ensemble les métiers du contrôle technique.\n\nLa semaine suivante, nous préparons sa visite au centre de Vesoul.",
])
def test_a_scene_led_by_la_fois_suivante_and_a_day_without_its_month_is_a_meeting(text: str) -> None:
    n, words = _count(text)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# Accompagnement\nJ'ai mené trois entretiens avec M. V. Le premier a porté sur son parcours. Le deuxième sur ses compétences. Le troisième sur son plan d'action.",
    "# Accompagnement de Mme T.\nNous avons eu trois rendez-vous. Le premier a servi à poser sa demande. Le deuxième à explorer les métiers du soin. Le troisième à préparer son inscription.",
])
def test_a_series_whose_verb_is_left_out_counts_each_ordinal(text: str) -> None:
    n, words = _count(text)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# Mme G.\nJe reçois Mme G. pour la première fois un mardi matin. Je la revois la semaine suivante, avec ses bulletins de salaire. Nous nous revoyons une dernière fois début mars pour faire le bilan.",
    "# M. E.\nJe rencontre M. E. en janvier. Je le revois en février pour son CV. Je le retrouve une dernière fois en mars, juste avant son entrée en formation.",
])
def test_une_derniere_fois_is_one_more_meeting(text: str) -> None:
    n, words = _count(text)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# L'entretien d'accueil (12 janvier)\nJ'ai reçu M. T. pour la première fois.\n\n# L'entretien de diagnostic\nUne semaine plus tard, nous avons fait le bilan de ses compétences.\n\n# L'entretien de suivi\nLe 2 février, nous avons revu son CV ensemble.",
    "# Entretien de contractualisation\nLe 9 mars, nous signons le contrat d'engagement réciproque.\n\n# Entretien de suivi\nQuinze jours plus tard, nous faisons le point sur ses candidatures.",
])
def test_the_scene_told_under_a_heading_that_names_the_interview_is_that_interview(text: str) -> None:
    n, words = _count(text)
    assert n == text.count("# "), words


@pytest.mark.parametrize("text", [
    "# M. E.\nJe rencontre M. E. le 5 janvier, puis je le revois le 19 janvier pour son CV. Le 2 février, nous nous retrouvons pour le bilan.",
    "# Mme Z.\nJ'ai accueilli Mme Z. le 3 octobre ; nous nous sommes revues le 17 octobre pour ses tests. Le 7 novembre, troisième entretien, consacré à sa candidature.",
])
def test_two_clauses_of_one_sentence_each_with_its_meeting_and_date_are_two_meetings(text: str) -> None:
    n, words = _count(text)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# Suivi de Mme Q.\nPremier entretien le 6 janvier : son parcours d'agent d'entretien. Le 20 janvier, deuxième entretien : ses intérêts.\n\n# Les outils\nPour l'enquête métier, je la reçois pour lui expliquer la grille et nous la remplissons ensemble.",
    "# M. W.\nLe 3 février, premier entretien ; le 17 février, deuxième entretien.\n\n# Analyse\nUn entretien a surtout compté : celui où il a parlé de son père, et j'ai compris son refus du bâtiment.",
])
def test_a_meeting_with_no_date_no_rank_cannot_alone_make_the_third(text: str) -> None:
    # It may be one of the dated ones told again: never counted plainly.
    c = count_interviews(part_blocks(text))
    assert c.sure < 3, [(i.words, i.doubt) for i in c.interviews]
