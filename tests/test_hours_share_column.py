"""A column headed « dont … » is a share of another column (« Jours de stage | dont journées
collectives »): never the placement's whole. Its total (3 days) was read as 21 h and a
compliant OPS mémoire of 27 days failed (devset13b). Tables in my own voices."""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(text, page=2, table=True), rules)


def test_a_days_column_with_a_share_beside_it_is_read_whole() -> None:
    table = """Semaine | Jours en structure | dont jours en visite d'entreprise
du 6 au 10 janvier | 5 | 1
du 13 au 17 janvier | 5 | 2
du 20 au 24 janvier | 5 | 0
du 27 au 31 janvier | 5 | 1
du 3 au 7 février | 5 | 0
du 10 au 14 février | 5 | 2
Total | 30 | 6"""
    hours, status, message = _read(table, "ops-memoire")
    assert hours == 30 * 7, message
    assert status != "fail", message


def test_an_hours_column_with_a_share_beside_it_is_read_whole() -> None:
    table = """Lieu de stage | Heures effectuées | dont heures à distance
Mission locale de Redon | 105 | 14
Point accueil emploi de Guémené | 77 | 0
Total | 182 | 14"""
    hours, status, message = _read(table, "cip-ccp2")
    assert hours == 182, message
    assert status == "pass", message
