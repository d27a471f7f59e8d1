"""Days « arrêté(e) » are sick leave, not placement days (issue 8, stop 28).

« J'ai été arrêtée 4 jours en mars (angine), non rattrapés : j'ai donc réalisé 357 h »:
the four days are out of the placement, not a period added to the hours done. Passage in
my own voice.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def test_days_on_sick_leave_are_not_added_to_the_hours_done() -> None:
    got, status, message = hours_of(blocks_of(
        "Introduction\nMa période en entreprise au CCAS de Lunel devait durer onze semaines. "
        "J'ai été arrêtée 4 jours en mars (angine), non rattrapés : j'ai donc réalisé 357 h.",
        page=2), "cip-titre")
    assert got == 357, message
    assert "4 jours" not in message.split("lecture")[0], message
