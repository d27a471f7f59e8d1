# ruff: noqa: E501  (table rows as candidates paste them)
"""Issue 8, interviews13: in a follow-up table, the cell that arranges the next meeting (a
« Suite » column: « RDV fixé au 21/01 », « Rendez-vous fixé au 03/02 ») is the next
meeting, not this row's (``interview_tables``). Parts written for this round in voices of
my own (not taken from any devset).

The arranged cell's date was given to the row's own interview (« Premier entretien »
then read as planned on the next date), and it stood for the row of that date, so the
row that tells the meeting held was never read. Missed in devset7a, devset7c and
devset11b, three authors.
"""

from __future__ import annotations

from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

# Each row arranges the next one in its last column; the third was missed.
FOLLOW_UP = """\
# Suivi de M. R.
Date | Type | Contenu | Suite donnée
09/03/2026 | Entretien individuel | Premier entretien : son parcours de livreur, ses attentes | RDV fixé au 16/03
16/03/2026 | Entretien individuel | Repérage de ses compétences, deux pistes retenues | Enquête métier à faire
23/03/2026 | Entretien individuel | — | Absent, pas prévenu ; RDV fixé au 30/03
30/03/2026 | Entretien téléphonique | Retour de l'enquête auprès d'un magasinier | Candidature envoyée à deux entrepôts
"""

# The same, where the last arranged meeting never took place.
FOLLOW_UP_SHORT = """\
# Suivi de Mme T.
Date | Type | Contenu | Suite donnée
02/04/2026 | Entretien individuel | Premier entretien : accueil, recueil de la demande | RDV fixé au 09/04
09/04/2026 | Entretien individuel | Diagnostic et contrat d'engagement | RDV fixé au 16/04
16/04/2026 | Entretien individuel | Non venue | Relance par courrier
"""


def test_each_row_is_its_own_meeting_whatever_the_next_column_arranges() -> None:
    c = count_interviews(part_blocks(FOLLOW_UP))
    assert c.count == 3, c.interviews
    assert sorted(c.dates) == [(9, 3), (16, 3), (30, 3)]
    assert 1 in c.ranks  # « Premier entretien » is the row of 9 March, not a plan
    assert c.verdict(3) == "pass"


def test_an_arranged_meeting_not_held_stays_out() -> None:
    c = count_interviews(part_blocks(FOLLOW_UP_SHORT))
    assert c.count == 2, c.interviews
    assert sorted(c.dates) == [(2, 4), (9, 4)]
    assert c.verdict(3) != "pass"


def test_pdf_lines_of_the_same_table() -> None:
    c = count_interviews(part_blocks(FOLLOW_UP, kind="pdf"))
    assert c.count == 3, c.interviews


# A row whose plan was kept another way.
KEPT_OTHERWISE = """\
# Suivi de Mme V.
Date | Modalité | Contenu
04/05/2026 | Entretien individuel | Accueil et recueil de sa demande
11/05/2026 | Entretien individuel | Diagnostic partagé, contrat signé
18/05/2026 | Entretien téléphonique | Prévu à l'agence, passé par téléphone (enfant malade) : point sur sa candidature
25/05/2026 | Entretien individuel | Prévu à l'agence : elle ne s'est pas présentée
"""


def test_a_row_planned_then_held_another_way_is_held() -> None:
    c = count_interviews(part_blocks(KEPT_OTHERWISE))
    assert c.count == 3, c.interviews
    assert (18, 5) in c.dates and (25, 5) not in c.dates
