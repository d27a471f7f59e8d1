"""A firm named by its legal form or trade and a given name-like word (« BTP Roya », « SARL
Maëlys ») is a company of a prospection table, not a person accompanied (blind15: a
masked « B••• R••• » the candidate could not even find); persons stay found."""

from __future__ import annotations

from builders import block

from cipcheck.privacy import scan


def _names(cells: list[str]) -> set[str]:
    blocks = [block(t, 17, 0.1 + 0.05 * (i // 3), table=True) for i, t in enumerate(cells)]
    return {loc.hit.value for loc in scan(blocks, []) if loc.hit.kind == "name"}


def test_firms_in_a_prospection_table_are_not_persons() -> None:
    assert _names(["Entreprise", "Secteur", "Suite donnée",
                   "BTP Roya", "Bâtiment", "Immersion",
                   "SARL Maëlys", "Coiffure", "Offre transmise",
                   "GEIQ Léa", "Propreté", "Rendez-vous"]) == set()


def test_a_person_in_the_same_table_is_still_found() -> None:
    found = _names(["Entreprise", "Contact", "Suite donnée",
                    "BTP Roya", "Rémi Vasseur", "Embauché le 17 mars"])
    assert found == {"vasseur"} or any("vasseur" in v for v in found)
