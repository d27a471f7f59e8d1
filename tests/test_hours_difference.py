"""A target and a gap are not periods (issue 8, session 13).

« Heures réalisées : 364 h — Objectif : 385 h — Écart : – 21 h »: the objective is what was
planned, the gap is the difference between the two; neither is a period to add. Main read
the cover line « 378 h … Objectif : 385 h — Écart : – 7 h » as 385 h and PASSED a title
dossier short of its minimum. A dash that opens a bullet (« - 140 h à la Mission locale »)
or a clock range (« 9h-12h ») is no minus sign. Passages in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of

_COVER = """Dossier professionnel — Titre professionnel CIP
Candidat : Youssef Benali
Heures de stage réalisées : 364 h
Objectif : 385 h — Écart : – 21 h (trois journées de grève des transports)"""


def _read(text: str, rules: str, page: int = 2,
          table: bool = False) -> tuple[float | None, str, str]:
    blocks = blocks_of(text, page=page, table=table)
    return hours_of(blocks, rules)


def test_the_objective_and_the_gap_on_a_cover_leave_the_hours_done() -> None:
    hours, status, message = _read(_COVER, "cip-titre", page=1)
    assert hours == 364 and status == "fail", message
    assert "21 h" not in message.split("«")[0], message


def test_a_gap_told_in_prose_adds_nothing() -> None:
    hours, status, message = _read(
        "Introduction\nMon stage à l'Espace Emploi de Millau a compté 147 heures ; l'écart "
        "de 7 heures avec la convention tient à la fermeture du 1er mai.", "cip-ccp3")
    assert hours == 147 and status == "pass", message


def test_a_negative_cell_is_not_a_period() -> None:
    text = """Heures de stage | Réalisées
CCAS de Rodez | 126 h
Manque | – 14 h"""
    hours, status, message = _read(text, "cip-ccp3", table=True)
    assert hours != 140, message


def test_bullets_and_clock_ranges_are_not_minus_signs() -> None:
    hours, _, message = _read(
        "Introduction\nMes heures en entreprise :\n- 210 h à la Mission locale de Rodez ;\n"
        "- 182 h au PLIE du Grand Rodez.", "cip-titre")
    assert hours == 392, message
