"""Recognise which rule set a dossier is written for, from its own words."""

from __future__ import annotations

import re

from cipcheck.document import Document
from cipcheck.ruleset import RuleSet
from cipcheck.segmenter import part_number
from cipcheck.textnorm import fold


def detect(doc: Document, candidates: list[RuleSet]) -> RuleSet | None:
    """The rule set whose ``detect`` patterns best match the first pages, or None.

    Cover page wording ("CCP 2", "Titre professionnel") weighs most; the number of parts
    found breaks ties (a dossier with a "Partie 7" is the title's).
    """
    head = fold(" ".join(b.text for b in doc.blocks if b.page <= 3))
    head += " " + fold(" ".join(b.text for b in doc.margins[:20]))
    # Exclusions ("CCP 2" rules out the full title) are read on the cover only: a list
    # of acronyms on page 3 defines "CCP" in every title dossier.
    cover = fold(" ".join(b.text for b in doc.blocks if b.page == 1))
    numbers = {found[0] for b in doc.blocks if (found := part_number(b.text)) is not None}
    scores: list[tuple[float, RuleSet]] = []
    for rules in candidates:
        d = rules.detect
        if not d.any:
            continue
        if any(re.search(p, cover) for p in d.none):
            continue
        hits = sum(1 for p in d.any if re.search(p, head))
        if not hits:
            continue
        score = hits * d.weight
        if rules.parts:
            expected = len(rules.parts)
            if numbers and max(numbers) == expected:
                score += 2
            elif numbers and max(numbers) > expected:
                score -= 3
        scores.append((score, rules))
    if not scores:
        return None
    scores.sort(key=lambda s: -s[0])
    if len(scores) > 1 and scores[0][0] == scores[1][0]:
        return None
    return scores[0][1]
