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
