# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""A part written as a log (issue 8, interviews10): each entry — a line led by its date or
its record number, a CSV row pasted from a spreadsheet, a record heading over « Date : … »
— is one event, held or not as its own line says, with the person or not; whether the
entries are interviews is said by the section that holds them, or, in a log of mixed
events, by each entry (an entry that names no meeting and has nobody with me is another
event). Written in several voices, none of them taken from the tuning sets.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews


def _count(text: str, kind: str = "docx") -> tuple[int, list[str]]:
    c = count_interviews(part_blocks(text, kind), kind=kind)
    return c.count, [i.words for i in c.interviews]


SPREADSHEET = """# Le suivi de Mme T.
Ancien préparateur en pharmacie, j'ai fait mon stage dans une association intermédiaire de Dole. Mme T., 52 ans, cherche un poste d'agente de service.

# Tableau des rendez-vous (copié depuis le fichier de la structure)
date;mode;min;sujet;réalisé ?
04/02;face à face;45;premier contact, parcours;oui
11/02;groupe;90;atelier CV collectif;oui
18/02;face à face;60;mise en situation, essais de postes;oui
25/02;tél;30;retour sur la mise en situation;oui
04/03;face à face;60;bilan;annulé

# Ce que j'en retiens
Mme T. a pris confiance."""


def test_a_pasted_spreadsheet_counts_its_held_individual_rows() -> None:
    n, words = _count(SPREADSHEET)
    assert n == 3, words  # not the workshop, not the cancelled one


RECORD_LINES = """## 2. Mise en œuvre de l'accompagnement
Voici mes notes d'entretien, telles que je les ai saisies pour ma tutrice.

# 2.1 Notes d'entretien
N° 1 – 9 mars – Motif : accueil, histoire du parcours scolaire ; M. D. vient avec sa mère.
N° 2 – 16 mars – Motif : tests d'intérêts, restitution.
N° 3 – 23 mars – Motif : préparation de la visite au CFA ; statut : annulé, M. D. malade.
N° 4 – 30 mars – Motif : la visite a eu lieu, on en parle ; choix du bac pro.

# 2.2 Bilan
Le jeune a choisi sa voie."""


def test_numbered_record_lines_are_one_event_each_and_the_cancelled_one_is_not_held() -> None:
    n, words = _count(RECORD_LINES)
    assert n == 3, words


RECORD_HEADINGS = """# Accompagnement de Mme V.
J'ai rédigé une fiche après chaque rencontre, sur le modèle de la structure.

# Fiche 1
Date : 5/01. Lieu : permanence de Lons. Contenu : accueil, demande de Mme V. (reprendre un emploi après un congé parental).

# Fiche 2
Date : 19/01. Lieu : permanence. Contenu : ses compétences d'ancienne caissière, ce qu'elle veut garder.

# Fiche 3
Date : 2/02 (visio). Contenu : choix d'une formation d'employée administrative.

# Mon analyse
Je n'ai pas assez parlé de la garde de ses enfants."""


def test_record_headings_over_their_date_are_the_interviews() -> None:
    n, words = _count(RECORD_HEADINGS)
    assert n == 3, words


BULLETS = """# Situation 1 : M. H.
M. H., 33 ans, ancien livreur, veut se former à la conduite de bus.

# Entretiens menés
- 3 février, 45 min, au bureau : son parcours, le permis D, le financement.
- 17 février, 1 h, au bureau : simulation de l'entretien de sélection de l'école.
- 3 mars, 30 min, en visio : résultats des tests, il est admis.

# Ce que j'ai appris
Un projet clair demande surtout de lever les freins financiers."""


def test_dated_bullets_under_a_heading_that_names_interviews_are_interviews() -> None:
    n, words = _count(BULLETS)
    assert n == 3, words


JOURNAL = """# Mon carnet de stage
Je recopie mon carnet, tenu au jour le jour.

# Février
Mar 03/02 — 1er RDV avec Mlle S. (19 ans, sans diplôme). Envie de travailler avec les chevaux.
Jeu 05/02 — forum de l'alternance à la halle aux grains, beaucoup de monde.
Lun 09/02 — 2e entretien Mlle S. : enquête métier de palefrenière préparée ensemble.
Mer 11/02 — réunion de service, présentation des nouveaux dispositifs.
Ven 13/02 — dernier jour de stage, rangement du bureau.

# Bilan
Deux entretiens seulement avec Mlle S. : le stage était trop court."""


def test_a_journal_that_names_its_meetings_does_not_count_its_other_days() -> None:
    n, words = _count(JOURNAL)
    assert n == 2, words


def test_a_journal_whose_days_tell_the_two_of_us_counts_them() -> None:
    text = ("# Journal\n10/03 — premier entretien avec M. K., ancien boucher.\n"
            "17/03 — il revient me voir avec deux offres.\n"
            "24/03 — nous préparons ensemble son entretien d'embauche.\n"
            "26/03 — atelier collectif sur les réseaux sociaux.")
    n, words = _count(text)
    assert n == 3, words


def test_a_record_named_by_its_number_among_dated_ones_is_a_doubt_not_a_third() -> None:
    # « le RDV n°3 » after a calendar whose rows carry the dates: perhaps one of them
    # again — never counted plainly, so a part of two interviews does not pass silently.
    text = ("# Calendrier des rendez-vous\nN° | Date | Objet | Suite\n"
            "1 | 02/03/2026 | accueil et diagnostic | tenu\n"
            "2 | 09/03/2026 | projet | reporté (grève)\n"
            "3 | 16/03/2026 | projet, enquête métier | tenu\n\n"
            "# Commentaire\nLe RDV n°3 a repris ce qui était prévu au n°2 ; depuis, Mme E. ne "
            "répond plus.")
    c = count_interviews(part_blocks(text), kind="docx")
    assert c.sure < 3, [(i.words, i.doubt) for i in c.interviews]


FORM = """# B. Rendez-vous individuels
☑ Premier accueil — 06/10/2025 — 50 min — au local de l'association
☑ Bilan de compétences simplifié — 13/10/2025 — 1 h 30
☐ Point d'étape — 20/10/2025 — non honoré, M. N. au tribunal pour son divorce
☑ Construction du plan d'action — 27/10/2025 — 1 h
☐ Entretien de clôture — à caler avec la référente

# C. Déroulé
M. N. a 39 ans ; il était couvreur."""


def test_a_form_counts_its_ticked_boxes_not_the_empty_ones() -> None:
    n, words = _count(FORM)
    assert n == 3, words


NUMBERED = """# Entretiens
1) 05/01 — bureau — premier contact, sa demande de formation.
2) 12/01 — reporté par la structure au 14/01 — bureau, tenu le 14/01 : tests et intérêts.
3) 26/01 — téléphone, 40 min — résultat des tests, choix d'une piste.
4) 09/02 — bureau — dossier d'inscription, à planifier

# Analyse
Le rythme hebdomadaire a été tenu malgré le report du 12."""


def test_numbered_dated_entries_the_moved_one_held_when_its_line_says_so() -> None:
    n, words = _count(NUMBERED)
    assert n == 3, words


SET_APART = """# Les entretiens
Le 3 novembre, premier entretien avec Mme J. : sa situation, son envie de reprendre la couture.
Le 17 novembre, deuxième entretien : nous préparons une immersion dans un atelier de retouche.
Le 1er décembre, troisième entretien, par téléphone : bilan de l'immersion.

# Non comptés
Le 24 novembre, je l'ai croisée à la sortie de l'atelier collectif et nous avons parlé dix minutes.
Un échange de mails le 5 décembre pour lui transmettre une offre."""


def test_a_section_that_says_its_events_are_not_counted_is_read_so() -> None:
    n, words = _count(SET_APART)
    assert n == 3, words


@pytest.mark.parametrize("text", [
    "# Suivi de M. C.\nPremier entretien le 10 mars, deuxième entretien le 24 mars. Le 31 mars, un échange rapide dans le couloir, qui ne constitue pas un entretien.\n\n# Bilan\nM. C. poursuit avec sa conseillère.",
    "# Mme U.\nNotre premier rendez-vous a eu lieu le 2 juin et le second le 16 juin. Le 20 juin, je l'ai vue à la fête du quartier ; ce n'était pas un rendez-vous.",
])
def test_an_event_the_writer_says_is_no_interview_is_not_counted(text: str) -> None:
    n, words = _count(text)
    assert n == 2, words


def test_a_day_the_writer_says_is_no_interview_keeps_the_interview_told_after_it() -> None:
    text = ("# M. G.\nPremier entretien le 6 mai, deuxième entretien le 13 mai. Le 20 mai, il "
            "visite l'entreprise seul : ce n'est pas un entretien, mais il me la raconte au "
            "troisième entretien, le 27 mai.")
    n, words = _count(text)
    assert n == 3, words


def test_a_calendar_led_by_labels_gives_each_row_its_own_date() -> None:
    text = ("# Calendrier\nRDV | Date | Objet | Statut\nR1 | 07/04 | accueil | fait\n"
            "R2 | 14/04 | tests | fait\nR3 | 28/04 | immersion | fait\nR4 | 12/05 | bilan | "
            "à planifier")
    n, words = _count(text)
    assert n == 3, words
