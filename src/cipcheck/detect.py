"""Recognise which rule set a dossier is written for, from its own words.

Recognition needs evidence, not one word: a document is recognised as a rule set's
dossier only when its cover page (page 1, or the running headers) carries that rule set's
wording, and either a second, distinct wording of it appears in the first pages or the
document's part headings fit the rule set's parts. One acronym met in passing (« software
(OPS) » in an English notice) is not a dossier: the command then says it cannot
recognise the document (exit 2) rather than checking it against the wrong rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cipcheck.document import Document
from cipcheck.ruleset import RuleSet
from cipcheck.segmenter import part_number
from cipcheck.textnorm import fold


@dataclass(frozen=True)
class Evidence:
    """What a document shows of one rule set."""

    rules: RuleSet
    cover: tuple[str, ...]  # detect patterns found on the cover page or running headers
    head: tuple[str, ...]  # detect patterns found in the first three pages
    parts: int  # explicit part headings whose number belongs to the rule set

    @property
    def sufficient(self) -> bool:
        if not self.cover:
            return False
        return len(set(self.cover) | set(self.head)) >= 2 or self.parts >= 2

    @property
    def score(self) -> float:
        return len(set(self.cover) | set(self.head)) * self.rules.detect.weight


def evidence(doc: Document, rules: RuleSet, cover: str, head: str,
             numbers: set[int]) -> Evidence:
    d = rules.detect
    on_cover = tuple(p for p in d.any if re.search(p, cover))
    in_head = tuple(p for p in d.any if re.search(p, head))
    fitting = {n for n in numbers if rules.part(n) is not None}
    return Evidence(rules, on_cover, in_head, len(fitting))


def detect(doc: Document, candidates: list[RuleSet]) -> RuleSet | None:
    """The rule set the document gives evidence for (see ``Evidence``), or None.

    Cover page wording ("CCP 2", "Titre professionnel") weighs most; the number of parts
    found breaks ties (a dossier with a "Partie 7" is the title's).
    """
    head = fold(" ".join(b.text for b in doc.blocks if b.page <= 3))
    margins = fold(" ".join(b.text for b in doc.margins[:20]))
    head += " " + margins
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
        ev = evidence(doc, rules, cover + " " + margins, head, numbers)
        if not ev.sufficient:
            continue
        score = ev.score
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
