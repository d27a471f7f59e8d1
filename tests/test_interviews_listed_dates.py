"""Meetings told as one verb and a list of dates (issue 8: interviews told in prose).

« Je l'ai reçu le 6 mai, le 13 mai et le 20 mai »: one meeting a date, the last one joined
by « et » or « puis » as well as by a comma — when I (or we) met; « elle l'a revue le 22
avril et le 6 mai », said of the tutor, is not the candidate's. Each sentence is another
voice.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

LISTS = {
    "et-le": ("Je l'ai reçu en entretien individuel le 6 mai, le 13 mai et le 20 mai.", 3),
    "puis-le": ("Je l'ai reçu le 6 mai pour l'accueil, le 13 mai pour son CV, puis le 20 mai "
                "pour préparer son entretien d'embauche.", 3),
    "nous-et-le": ("Nous nous sommes vues le 3 février, le 17 février et le 2 mars.", 3),
    "ensuite-le": ("Je l'ai rencontrée le 9 janvier au CCAS, le 23 janvier à l'agence, "
                   "ensuite le 6 février chez elle.", 3),
    "la-tutrice": ("Je n'ai reçu Mme U. qu'une fois, le 8 avril, pour l'accueil. Les "
                   "entretiens suivants ont été conduits par ma tutrice ; elle l'a revue le "
                   "22 avril et le 6 mai.", 1),
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_one_meeting_per_listed_date(name: str) -> None:
    text, held = LISTS[name]
    counted = count_interviews(part_blocks(f"# Le suivi\n{text}", "docx"))
    assert counted.count == held, [i.words for i in counted.interviews]
