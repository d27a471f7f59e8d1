"""What required content's evaluation says of one item in a passage: « found »,
« absent » (may fail when mandatory) or « partial » (warns) — shared by the tests of
content forms."""

from __future__ import annotations

import sys
from pathlib import Path

from cipcheck.content.evaluate import Scope, evaluate
from cipcheck.ruleset import load

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
from cases import blocks_of  # noqa: E402


def item_state(text: str, item: str, table: bool = False, rules: str = "ops-memoire",
               part: int | None = None) -> str:
    """The state of content item ``item`` of ``rules`` (of its part ``part``, else of
    the whole rule set) in ``text``, read as a whole part (its own body too)."""
    rs = load(rules)
    items = rs.content if part is None else rs.part(part).content
    blocks = blocks_of(text, table=table)
    r = next(r for r in evaluate(items, Scope(blocks, blocks), rs.lexicon)
             if r.item.id == item)
    return "found" if r.found else "absent" if r.absent else "partial"
