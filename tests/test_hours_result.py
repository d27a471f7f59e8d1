"""« ça fait 90 heures »: the result of the count just told, not one more period (issue 8,
session 13).

« J'ai fait 3 semaines, 6 heures par jour, 5 jours par semaine, ça fait 90 heures »: spoken
French gives the result of a count with « ça fait » / « cela fait » / « ça donne », as
written French with « soit » or « ce qui donne ». The figure after it is the total of the
sentence, not a period added to the product before it (main read 105 + 90 = 195).
Passages in my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _hours(text: str, rules: str) -> tuple[float | None, str]:
    blocks = blocks_of(f"Introduction\n{text}", page=2)
    hours, _, message = hours_of(blocks, rules)
    return hours, message


@pytest.mark.parametrize(("text", "rules", "want"), [
    ("Au CCAS, j'étais là 4 semaines, 5 heures par jour, 5 jours par semaine, ça fait 100 "
     "heures.", "cip-ccp1", 100),
    ("On m'a gardée 12 jours de 6 heures au PLIE, cela fait 72 heures en tout.", "cip-ccp1",
     72),
    ("Stage au Point Emploi : 5 semaines à 30 heures, ça donne 150 heures.", "cip-ccp3", 150),
])
def test_the_result_of_a_count_is_its_total(text: str, rules: str, want: float) -> None:
    hours, message = _hours(text, rules)
    assert hours == want, message
    assert "+" not in message.split("«")[0], message


def test_ca_fait_without_a_count_before_is_not_a_total() -> None:
    # nothing counted before « ça fait »: an ordinary figure, read as before
    hours, message = _hours("Mon stage à la Mission locale de Sète, ça fait 175 heures en "
                            "tout.", "cip-ccp2")
    assert hours == 175, message
