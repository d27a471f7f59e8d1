"""Full names by mechanism (tests/fixtures/privacy18_forms): a person naming themself in a
texted message (« bjr cé … », « pr » for « pour »), the sender or recipient of a pasted
e-mail header, an author named after the notion drawn from them, a numbered room of a
shelter as a person's address; with as many decoys. Scored as the devsets are (distinct
data per kind), with thresholds, so a change that loses the forms or adds false names
fails here."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(HERE / "content"))

from cases import privacy_cases  # noqa: E402

from cipcheck.privacy import KINDS, scan  # noqa: E402

CASES = privacy_cases(HERE / "privacy18_forms")


def _scores() -> tuple[dict[str, Counter[str]], int]:
    per: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    clean_flagged = 0
    for case in CASES:
        located = scan(case.blocks, case.front)
        for kind in KINDS:
            got = len({loc.hit.value for loc in located if loc.hit.kind == kind})
            want = case.expect.get(kind, 0)
            per[kind]["tp"] += min(got, want)
            per[kind]["fp"] += max(0, got - want)
            per[kind]["fn"] += max(0, want - got)
        if not case.expect and located:
            clean_flagged += 1
    return per, clean_flagged


def test_the_fixture_holds_forms_and_decoys() -> None:
    names = [c for c in CASES if c.expect.get("name")]
    decoys = [c for c in CASES if not c.expect]
    assert len(CASES) >= 40 and len(names) >= 20 and len(decoys) >= 20


def test_names_recall_and_precision() -> None:
    per, _ = _scores()
    c = per["name"]
    # Two forms are not read (a recipient whose name is in no list, a person listed after
    # a role and an initial): 41 of 43.
    assert c["tp"] / (c["tp"] + c["fn"]) >= 0.9
    assert c["tp"] / (c["tp"] + c["fp"]) >= 0.95


def test_shelter_rooms_are_addresses_and_the_shelter_is_not() -> None:
    per, _ = _scores()
    assert per["address"]["fn"] == 0 and per["address"]["fp"] == 0


def test_decoys_stay_quiet() -> None:
    _, clean_flagged = _scores()
    assert clean_flagged <= 1  # « l'approche … de Steve de Shazer » (not read as an author)


@pytest.mark.parametrize("name", ["f18-sms-ce-accent", "f18-sms-c-pr", "f18-mail-de-prenom-rare",
                                  "f18b-mail-transfere", "f18-adresse-fjt-chambre"])
def test_each_new_mechanism_reads_its_form(name: str) -> None:
    case = next(c for c in CASES if c.name == name)
    kinds = Counter(loc.hit.kind for loc in scan(case.blocks, case.front))
    assert set(kinds) == set(case.expect)


@pytest.mark.parametrize("name", ["f18-sms-leurre-prenom-seul", "f18-auteur-notion-inconnu",
                                  "f18-auteur-theorie-de", "f18-mail-leurre-structure",
                                  "f18b-mail-leurre-entreprise",
                                  "f18-adresse-leurre-foyer-standard",
                                  "f18b-adresse-leurre-standard-chrs"])
def test_each_decoy_of_a_new_mechanism_is_quiet(name: str) -> None:
    case = next(c for c in CASES if c.name == name)
    assert scan(case.blocks, case.front) == []
