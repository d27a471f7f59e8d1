"""The privacy scan on blocks that hold many data (a contact table or an annex read as one
block): every datum found once, masked in every excerpt, results identical whether the
lines come as one block or one block each. The scan's cost is linear in the text
(bench/check_speed.py prints the slope); here only behaviour is asserted."""

from __future__ import annotations

import re

from cipcheck.document import Block
from cipcheck.privacy.base import Hit, excerpt, excerpts
from cipcheck.privacy.scan import scan

FIRST = ("Sophie", "Karim", "Nadia", "Julien")
SURNAME = ("Bernard", "Benali", "Brunet", "Boyer")


def line(i: int) -> str:
    phone = f"06 {10 + i % 89:02d} {20 + i % 71:02d} {30 + i % 53:02d} {40 + i % 47:02d}"
    return (f"{i % 28 + 1} mars : Mme B. rappelle. Entretien avec Madame {FIRST[i % 4]} "
            f"{SURNAME[i % 4]}, son portable {phone}, demeurant {i + 1} rue des Lilas.")


def test_a_block_of_many_data_reports_each_datum_masked() -> None:
    lines = [line(i) for i in range(240)]
    found = scan([Block(text="\n".join(lines), page=4)], [])
    kinds = [loc.hit.kind for loc in found]
    assert kinds.count("phone") == 240 and kinds.count("address") == 240
    assert kinds.count("name") == 240
    for loc in found:
        assert not re.search(r"06 \d\d \d\d", loc.excerpt), loc.excerpt
        assert not re.search(r"Madame (Sophie|Karim|Nadia|Julien) B[a-z]", loc.excerpt)


def test_one_block_or_one_block_per_line_gives_the_same_data() -> None:
    lines = [line(i) for i in range(60)]
    whole = scan([Block(text="\n".join(lines), page=4)], [])
    split = scan([Block(text=t, page=4) for t in lines], [])
    assert sorted((x.hit.kind, x.hit.value) for x in whole) == sorted(
        (x.hit.kind, x.hit.value) for x in split)


def test_excerpts_match_the_excerpt_of_each_hit() -> None:
    text = "Appeler le 06 11 22 33 44 puis écrire à a.b@mail.fr ou au 07 55 66 77 88 demain."
    hits = [Hit("phone", "0611223344", 11, 25, "06 •• •• •• 44"),
            Hit("email", "a.b@mail.fr", 40, 51, "a•••@m•••.fr"),
            Hit("phone", "0755667788", 58, 72, "07 •• •• •• 88")]
    together = excerpts(text, hits, width=20)
    assert together == [excerpt(text, hits, h, width=20) for h in hits]
    assert all("33" not in e and "a.b@" not in e for e in together)
    assert together[1].startswith("…") and together[1].endswith("…")
