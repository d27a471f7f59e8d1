"""Recognise which rule set a dossier is written for, from its own words.

Recognition needs evidence, not one word: a document is recognised as a rule set's
dossier only when its cover page (page 1, or the running headers) carries that rule set's
wording, and something else confirms it: a second, distinct wording in the first pages,
a wording that confirms it (the CIP title's name beside « CCP 2 »), part headings that
fit the rule set's parts (by their numbers or by their words), or, for the OPS mémoire,
two of its own headings. Evidence against it weighs too: another title named on the
cover (« Titre professionnel Formateur… »), a cover or a template's header that lists
the CCPs (a CV, a title's cover, a centre's template), and first pages that neither call
the document a dossier nor show its parts (a convention de stage and its avenant, a
bilan de stage, a job offer). A CCP named only on page 2 (« Sommaire (production CCP
1) ») under a cover that shows the title's name counts when the document's numbered
parts stop at three. A cover that says nothing of the rule set counts when the sommaire
of a document that calls itself a dossier lists every part of one rule set in the parts'
own words (the title's seven hold the blocks' three), and a short document under the
title's name whose sommaire lists one block's parts only is that block's dossier.
One acronym met in passing (« software (OPS) » in an English notice) is not a dossier:
the command then says it cannot recognise the document (exit 2) rather than checking it
against the wrong rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from cipcheck.document import Block, Document
from cipcheck.ruleset import RuleSet
from cipcheck.segmenter import Dossier, heading_like, keyword_score, part_number, segment, text_size
from cipcheck.textnorm import fold

# Feminine and inclusive forms of the job names, read as the masculine the rule sets are
# written in: « Conseillère », « Conseiller(ère) », « conseiller·ère », « Chargé·e ».
_GENDERED = (
    (re.compile(r"\bconseill(?:ere|er(?:\s*\(\s*e(?:re)?\s*\)|[·.\-‧•/]e(?:re)?)?)(s?)(?!\w)"),
     r"conseiller\1"),
    (re.compile(r"\bcharge(?:e|\s*\(\s*e\s*\)|[·.\-‧•/]e)?(s?)(?!\w)"), r"charge\1"),
)


def ungender(folded: str) -> str:
    for pattern, masculine in _GENDERED:
        folded = pattern.sub(masculine, folded)
    return folded


# « CCP (3) », « CCP-3 », « CCP n 2 », « CCP numéro 1 »: the block's number as « ccp 3 ».
_CCP_NUMBER = re.compile(
    r"\bccp\s*(?:[-–_]\s*)?(?:n\s*°|no\b\.?|num(?:ero)?\b\.?)?\s*[(\[]\s*([123])\s*[)\]]"
    r"|\bccp\s*[-–_]\s*([123])\b|\bccp\s*(?:no\b\.?|numero)\s*([123])\b")
# Several blocks in one breath (« CCP 1, CCP 2, CCP 3 validés », « CCP 1, 2 et 3 »,
# « CCP1/CCP2 »): a CV, a title's cover, a team's minutes — none of the blocks' dossier.
_CCP_LIST = re.compile(
    r"\bccp\s*(?:n°\s*)?[123]\b(?:\s*(?:,|;|et\b|&|/|\+|·|•|\||-|–|—|à)\s*"
    r"(?:ccp\s*(?:n°\s*)?)?[123]\b)+")


def _blocks_named(folded: str) -> str:
    """The text with the blocks' numbers written one way, and lists of blocks made one
    word (« ccp-liste-23 ») that no single block's wording matches."""
    folded = _CCP_NUMBER.sub(lambda m: f"ccp {next(g for g in m.groups() if g)}", folded)
    return _CCP_LIST.sub(
        lambda m: " ccp-liste-" + "".join(sorted(set(re.findall(r"[123]\b", m.group(0))))) + " ",
        folded)


# What a dossier calls itself, or shows, on its first pages. A convention de stage, a
# bilan de stage, a job offer or a CV may carry the title's or a block's name; it does not
# call itself a dossier nor open on a sommaire.
_A_DOSSIER = re.compile(r"\b(dossiers?|memoires?|rapport|production|projet|ecrit|sommaire"
                        r"|table des matieres|epreuve)\b")


# What a document that is no dossier calls itself in the first lines of its first page:
# the documents of a training's daily life that name the title, its blocks and « le
# dossier de production » as often as a dossier does.
_OTHER_KIND = re.compile(
    r"^(grille|fiche|note (aux|de|d'information)|compte[- ]rendu|convention|avenant"
    r"|attestation|programme|plaquette|brochure|etude de cas|consignes?|offre d'emploi"
    r"|curriculum|lettre|courrier|planning|emploi du temps|support de cours|questionnaire"
    r"|formulaire|bordereau|feuille d'emargement|proces[- ]verbal|devenez)\b")
# A printed e-mail opens on its headers.
_MAIL_HEADER = re.compile(r"^(de|from|objet|subject|a|to|envoye|cc)\s*:")


def another_kind(doc: Document) -> bool:
    """The first lines of page 1 say the document is something else than a dossier: a
    grille d'évaluation, a fiche, a note, an e-mail (two of its headers)."""
    lines = [fold(b.text).strip() for b in doc.blocks if b.page == 1 and b.text.strip()]
    if sum(1 for t in lines[:6] if _MAIL_HEADER.match(t)) >= 2:
        return True
    return any(_OTHER_KIND.match(t) for t in lines[:3])


@dataclass(frozen=True)
class Evidence:
    """What a document shows of one rule set."""

    rules: RuleSet
    cover: tuple[str, ...]  # detect patterns found on the cover page or running headers
    head: tuple[str, ...]  # detect patterns found in the first three pages
    parts: int  # explicit part headings whose number belongs to the rule set
    context: tuple[str, ...] = ()  # confirming wordings found in the first pages
    titled: int = 0  # parts found under headings that carry the part's own words
    headings: tuple[str, ...] = ()  # the rule set's heading wordings found in headings
    kind: bool = True  # the first pages call the document a dossier, mémoire, rapport…
    other: bool = False  # the cover's title names another kind of document (a grille…)

    @property
    def confirmed(self) -> bool:
        """Something beside one cover wording says it is this rule set's dossier."""
        return (len(set(self.cover) | set(self.head)) >= 2 or bool(self.confirming)
                or self.structured)

    @property
    def confirming(self) -> set[str]:
        # A confirming wording that is also the cover's only wording confirms nothing.
        return set(self.context) - set(self.cover) - set(self.head)

    @property
    def structured(self) -> bool:
        """The document is built like the rule set's dossier: its parts or headings."""
        return self.parts >= 2 or self.titled >= 2 or len(self.headings) >= 2

    @property
    def sufficient(self) -> bool:
        if not self.cover or not self.confirmed:
            return False
        if self.other:
            # « Grille d'évaluation du dossier de production », « Objet : dossier CCP 3 à
            # rendre »: about a dossier, and only its parts would make it one.
            return self.structured
        # The names of the title and of its blocks are on every document about them
        # (conventions and their avenants, bilans de stage, job offers, CVs): a dossier
        # also says what it is (dossier, mémoire, sommaire…), or is built like one, or
        # shows two of a block's own wordings (« CCP 1 » and its activity's title).
        return self.kind or self.structured or (
            not self.rules.detect.named_everywhere and len(set(self.cover) | set(self.head)) >= 2)

    @property
    def score(self) -> float:
        return len(set(self.cover) | set(self.head)) * self.rules.detect.weight


def evidence(doc: Document, rules: RuleSet, cover: str, head: str,
             numbers: set[int], other: bool = False) -> Evidence:
    d = rules.detect
    on_cover = tuple(p for p in d.any if re.search(p, cover))
    in_head = tuple(p for p in d.any if re.search(p, head))
    context = tuple(p for p in d.context if re.search(p, head))
    fitting = {n for n in numbers if rules.part(n) is not None}
    return Evidence(rules, on_cover, in_head, len(fitting), context,
                    kind=bool(_A_DOSSIER.search(head)), other=other)


def titled_parts(dossier: Dossier) -> int:
    """Parts of the dossier's rule set found under headings that carry the part's own
    words (« Accueillir… », « Le diagnostic partagé »): a number alone fits every rule
    set, the words fit one."""
    rules = dossier.rules
    return sum(1 for n, span in dossier.parts.items()
               if (part := rules.part(n)) is not None
               and (span.heading.how == "title" or keyword_score(span.heading.title, part) >= 1))


def named_headings(doc: Document, rules: RuleSet) -> tuple[str, ...]:
    patterns = rules.detect.headings
    if not patterns:
        return ()
    size = text_size(doc.blocks)
    # The headings, and the sommaire that lists them in plain lines.
    texts = [fold(b.text) for b in doc.blocks
             if heading_like(b, size) or _sommaire_line(b, doc.page_count)]
    return tuple(p for p in patterns if any(re.search(p, t) for t in texts))


def _listed(candidates: list[RuleSet], cover: str) -> set[str]:
    """Sibling rule sets (same referential, same weight: the three CCPs) whose wordings
    stand on one cover: the cover lists them (« CCP 1, 2 et 3 », a title's cover that
    names its blocks), so it is none of them, and it rules nothing out — unless one of
    them has more wordings there than every other (« dossier présenté pour le CCP 2
    Accompagner… »)."""
    siblings: dict[tuple[str | None, int], dict[str, int]] = {}
    for rules in candidates:
        hits = sum(1 for p in rules.detect.any if re.search(p, cover))
        if hits:
            siblings.setdefault((rules.referential, rules.detect.weight), {})[rules.id] = hits
    listed: set[str] = set()
    for found in siblings.values():
        if len(found) < 2:
            continue
        ranked = sorted(found.values(), reverse=True)
        listed |= {i for i, n in found.items() if n < ranked[0] or ranked[0] == ranked[1]}
    return listed


def _ruled_out(rules: RuleSet, cover: str, head: str, listed: set[str]) -> bool:
    d = rules.detect
    if not d.any or rules.id in listed:
        return True
    if not listed and any(re.search(p, cover) for p in d.none):
        return True
    # « Titre professionnel Formateur… » without the CIP's name: another title's dossier.
    return (any(re.search(p, cover) for p in d.foreign)
            and not any(re.search(p, head) for p in d.context))


class _Segments:
    """The document segmented by each rule set asked for, once: recognition reads parts
    for evidence, to check that they fit, and the check reuses the winner's. It also
    holds what the cover says the document is (``another_kind``), read once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._by_rules: dict[str, Dossier] = {}
        self.other = another_kind(doc)  # read once, whatever the rule set

    def __call__(self, rules: RuleSet) -> Dossier:
        if rules.id not in self._by_rules:
            self._by_rules[rules.id] = segment(self.doc, rules)
        return self._by_rules[rules.id]


def _full_evidence(doc: Document, rules: RuleSet, cover: str, head: str,
                   numbers: set[int], segments: _Segments) -> Evidence:
    ev = evidence(doc, rules, cover, head, numbers, segments.other)
    if not ev.cover or ev.sufficient:
        return ev
    # Dearer evidence, read only when the cover's wording is not enough on its own.
    return replace(ev, titled=titled_parts(segments(rules)) if rules.parts else 0,
                   headings=named_headings(doc, rules))


def _names_certification(rules: RuleSet, cover: str) -> bool:
    """The cover names the certification the rule set belongs to (its ``context``)."""
    return any(re.search(p, cover) for p in rules.detect.context)


@dataclass(frozen=True)
class Recognised:
    """The rule set recognised, and the dossier segmented by it while recognising (None
    when recognition did not need it): the check reuses it instead of segmenting again."""

    rules: RuleSet
    dossier: Dossier | None = None


def detect(doc: Document, candidates: list[RuleSet]) -> RuleSet | None:
    """The rule set the document gives evidence for (see ``recognise``), or None."""
    found = recognise(doc, candidates)
    return found.rules if found is not None else None


def _folded(blocks: Iterable[Block]) -> str:
    return _blocks_named(ungender(fold(" ".join(b.text for b in blocks))))


def _structure_score(rules: RuleSet, numbers: set[int]) -> int:
    """Parts numbered up to the rule set's count fit it; beyond it, they do not."""
    if not rules.parts or not numbers:
        return 0
    expected = len(rules.parts)
    return 2 if max(numbers) == expected else -3 if max(numbers) > expected else 0


def recognise(doc: Document, candidates: list[RuleSet]) -> Recognised | None:
    """The rule set the document gives evidence for (see ``Evidence``), or None.

    Cover page wording ("CCP 2", "Titre professionnel") weighs most; the number of parts
    found breaks ties (a dossier with a "Partie 7" is the title's).
    """
    margins = _folded(doc.margins[:20])
    head = _folded(b for b in doc.blocks if b.page <= 3) + " " + margins
    # Exclusions ("CCP 2" rules out the full title) are read on the cover only: a list
    # of acronyms on page 3 defines "CCP" in every title dossier.
    cover = _folded(b for b in doc.blocks if b.page == 1)
    listed = _listed(candidates, cover)
    segments = _Segments(doc)
    scores = _scores(doc, candidates, cover, head, margins, listed, segments)
    # Read only when the cover's evidence is not enough (dearer: every sommaire line
    # against every part of every rule set).
    planned = None
    if not scores:
        planned = _planned_by_sommaire(doc, candidates, cover, head, listed, segments.other)
        if planned is None:
            return None
        scores = [(0.0, planned)]
    scores.sort(key=lambda s: -s[0])
    if len(scores) > 1 and scores[0][0] == scores[1][0]:
        return None
    best = scores[0][1]
    if len(best.parts) < 2:
        return Recognised(best)
    dossier = segments(best)
    if _parts_fit(dossier):
        return Recognised(best, dossier)
    if planned is None:
        planned = _planned_by_sommaire(doc, candidates, cover, head, listed, segments.other)
    if planned is not None and planned is not best:
        # The cover names the title (on every block's cover too) but the sommaire lists
        # one block's parts only, in their own words.
        best = planned
        if _parts_fit(dossier := segments(best)):
            return Recognised(best, dossier)
    block = _block_by_its_parts(doc, candidates, best, cover + " " + margins, head, listed,
                                segments)
    if block is not None:
        return block
    # Too short to hold the parts (a cover page and its sommaire): the cover decides.
    return Recognised(best) if doc.page_count < 2 * len(best.parts) else None


def _scores(doc: Document, candidates: list[RuleSet], cover: str, head: str, margins: str,
            listed: set[str], segments: _Segments) -> list[tuple[float, RuleSet]]:
    """Each rule set the evidence suffices for, with its score."""
    numbers = {found[0] for b in doc.blocks if (found := part_number(b.text)) is not None}
    outline = numbers | _outline_numbers(doc)
    # A centre's template naming every block in its running header (« CCP1 Accueil •
    # CCP2 Accompagnement • CCP3 Employeurs ») says nothing of which one this dossier is.
    templated = _listed(candidates, margins) if margins.strip() else set()
    scores: list[tuple[float, RuleSet]] = []
    for rules in candidates:
        if _ruled_out(rules, cover, head, listed):
            continue
        shown = cover if rules.id in templated else cover + " " + margins
        ev = _full_evidence(doc, rules, shown, head, numbers, segments)
        if not ev.cover and _first_pages_say(rules, ev, shown, outline, listed):
            ev = replace(ev, cover=ev.head)
        if ev.sufficient:
            scores.append((ev.score + _structure_score(rules, numbers), rules))
    return scores


def _block_by_its_parts(doc: Document, candidates: list[RuleSet], best: RuleSet, cover: str,
                        head: str, listed: set[str], segments: _Segments
                        ) -> Recognised | None:
    """The one block whose parts the document holds, under their own words, when the
    rule set its cover names (the title, whose name is on every CCP's cover) finds fewer
    than half of its own: a CCP 3 dossier under « Titre professionnel Conseiller en
    insertion professionnelle » shows « Action de prospection… », « Appui technique… »,
    « Intégration et maintien… ». Only a document no longer than the block's dossier can
    be (a title's dossier is twice as long), and only when one block fits."""
    found = []
    for rules in candidates:
        body, annexes = rules.pages.body, rules.pages.annexes
        if (rules is best or len(rules.parts) < 2 or not rules.detect.first_pages
                or _ruled_out(rules, cover, head, listed) or body is None or body.max is None
                or not _names_certification(rules, cover)):
            continue
        longest = body.max + ((annexes.max or 0) if annexes else 0) + 3  # cover, sommaire
        if doc.page_count > longest:
            continue
        dossier = segments(rules)
        if _parts_fit(dossier) and titled_parts(dossier) >= 2:
            found.append(Recognised(rules, dossier))
    return found[0] if len(found) == 1 else None


# « 1. La structure », « 2 – Le territoire », « Partie 3 : … » in a sommaire: what the
# document numbers, whatever it calls its parts.
_NUMBERED = re.compile(r"^\s*(?:partie\s*)?(\d{1,2})\s*(?:[-.:)/–—]|$)")


def _outline_numbers(doc: Document) -> set[int]:
    """The numbers that lead lines of the first pages (a sommaire, a plan)."""
    return {int(m.group(1)) for b in doc.blocks
            if b.page <= 3 and (m := _NUMBERED.match(fold(b.text))) is not None}


def _first_pages_say(rules: RuleSet, ev: Evidence, cover: str, outline: set[int],
                     listed: set[str]) -> bool:
    """A block's wording met on pages 2-3 only (« Sommaire (production CCP 1) ») under a
    cover naming the certification it belongs to, in a document whose numbered parts
    stop at the block's own count: the block's dossier. Without numbered parts it stays
    unsure — a title's introduction may name one of its blocks."""
    d = rules.detect
    if not (d.first_pages and ev.head and outline) or rules.id in listed:
        return False
    if not _names_certification(rules, cover) or "ccp-liste" in cover:
        return False  # a cover naming several blocks: one named on page 2 is no answer
    return max(outline) <= max(3, len(rules.parts))


def _sommaire_line(b: Block, page_count: int) -> bool:
    """A line a sommaire could hold: on pages 2-3 (the cover's lines are no sommaire,
    unless the document is one page), short, no sentence of the first part's prose."""
    first = 2 if page_count > 1 else 1
    return first <= b.page <= 3 and len(b.text) <= 120 and len(b.text.split()) <= 16


def _sommaire_parts(rules: RuleSet, lines: list[str]) -> set[int]:
    """The rule set's parts that a line of the first pages names in the part's own words,
    a line naming one part more than any other (« Partie 2 — L'appui technique au
    recrutement »): a sentence listing every part (« trois parties : prospection, appui,
    intégration ») names none of them."""
    named: set[int] = set()
    for line in lines:
        scores = {p.number: keyword_score(line, p) for p in rules.parts}
        top = max(scores.values(), default=0)
        best = [n for n, v in scores.items() if v == top]
        if top >= 1 and len(best) == 1:
            named.add(best[0])
    return named


def _planned_by_sommaire(doc: Document, candidates: list[RuleSet], cover: str, head: str,
                         listed: set[str], other: bool) -> RuleSet | None:
    """The rule set whose every part (all but one of the title's seven) the first pages
    of a document that calls itself a dossier list in the parts' own words, and that
    holds the parts of every other rule set so listed (a title's sommaire lists the
    blocks' parts too): what a trainer reads on a silent cover. None when two rule sets
    of the same size fit, or when the document does not call itself a dossier."""
    if not _A_DOSSIER.search(head) or other:
        return None
    lines = [b.text for b in doc.blocks if _sommaire_line(b, doc.page_count)]
    named: dict[str, set[str]] = {}  # each rule set's part titles the lines name
    for r in candidates:
        if len(r.parts) >= 3:
            found = _sommaire_parts(r, lines)
            named[r.id] = {fold(p.title) for p in r.parts if p.number in found}
    full = []
    for rules in candidates:
        if len(rules.parts) < 3 or _ruled_out(rules, cover, head, listed - {rules.id}):
            continue
        own = {fold(p.title) for p in rules.parts}
        if len(named[rules.id]) < len(own) - (1 if len(own) > 3 else 0):
            continue
        # A part listed that is not one of its own (« Présentation de la structure »
        # above a block's three parts) says the sommaire is another rule set's, cut short.
        if all(titles <= own for titles in named.values()):
            full.append(rules)
    full.sort(key=lambda r: -len(r.parts))
    if not full or (len(full) > 1 and len(full[0].parts) == len(full[1].parts)):
        return None
    return full[0]


def _parts_fit(dossier: Dossier) -> bool:
    """A document long enough to hold the rule set's parts (two pages each), in which
    the segmenter finds fewer than half of them, is not surely the rule set's dossier: a
    CCP dossier whose cover only names the title would fail every part of the title it
    does not have. Refused (« précisez --rules ») rather than checked against rules it
    may not be written for."""
    return 2 * len(dossier.parts) >= len(dossier.rules.parts)
