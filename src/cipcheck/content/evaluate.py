"""Which required items of a part (or of a whole production) its text shows.

Pure data in, data out: the ``content`` and ``competence`` checks format these results,
the accuracy bench scores them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations, product

from cipcheck.content.interviews import InterviewCount, count_interviews
from cipcheck.content.matcher import PERSON, Index, Match, Pattern, compile_pattern
from cipcheck.content.normalize import ascii_fold
from cipcheck.content.normalize import words as normalize_words
from cipcheck.document import Block
from cipcheck.reading import Reading, read
from cipcheck.reading.negation import Said, not_made_at
from cipcheck.ruleset import ContentItem


@dataclass(frozen=True)
class ItemResult:
    """What was found of one content item, and where."""

    item: ContentItem
    found: bool
    pages: tuple[int, ...] = ()
    evidence: tuple[str, ...] = ()  # the phrases that matched
    count: InterviewCount | None = None
    missing_all: tuple[str, ...] = ()  # "all" phrases that were not found
    # Some evidence of it, not enough to call it found (one "all" entry of three): a
    # mandatory item then warns rather than fails.
    partial: bool = False
    # Phrases of the item's wider family (``weak``) seen when it was not found: it is
    # talked about in other words, so it is not clearly absent.
    hints: tuple[str, ...] = ()
    # Sentences that name it only as not done (« je n'ai pas eu le temps de réaliser la
    # cartographie », « le bilan sera fait après mon départ »): (page, a few words).
    denied: tuple[tuple[int, str], ...] = ()
    # Its words read only under the title of another content (« difficulté » in the
    # section « Monographie »): (page, a few words of the sentence, that title).
    elsewhere: tuple[tuple[int, str, str], ...] = ()
    # The dossier's own words where ``evidence`` matched, as shown to the candidate:
    # (page, a few words of the sentence) — the search phrases are not for reading.
    quotes: tuple[tuple[int, str], ...] = ()
    # The same for ``hints``: where the words of its wider family were read.
    hint_quotes: tuple[tuple[int, str], ...] = ()

    @property
    def absent(self) -> bool:
        """Clearly absent: not a single piece of evidence."""
        return not self.found and not self.partial

    @property
    def page(self) -> int | None:
        return self.pages[0] if self.pages else None


@dataclass
class Scope:
    """The text an item is looked for in: its part, the part's headings, the body.

    ``reading`` is the document's reading layer (a check passes ``ctx.reading``); without
    it the blocks are read here (``kind`` as the document's: "pdf" lines or "docx"
    paragraphs)."""

    part: list[Block]
    body: list[Block] = field(default_factory=list)
    is_heading: Callable[[Block], bool] = lambda b: b.heading_level is not None
    _indexes: dict[str, Index] = field(default_factory=dict)
    reading: Reading | None = None
    kind: str = "docx"

    def blocks(self, where: str) -> list[Block]:
        if where == "anywhere":
            return self.body or self.part
        if where == "heading":
            return [b for b in self.part if self.is_heading(b)]
        return self.part

    # The body's index is the same for every part: parts share it through this dict.
    shared: dict[str, Index] = field(default_factory=dict)

    def index(self, where: str) -> Index:
        cache = self.shared if where == "anywhere" else self._indexes
        if where not in cache:
            blocks = self.blocks(where)
            if self.reading is not None:
                cache[where] = Index(self.reading.content_tokens_of(blocks), self.reading)
            else:
                reading = read(blocks, self.kind)
                cache[where] = Index(reading.content_tokens(), reading)
        return cache[where]


# How many matching phrases of an "any" item are searched before it is called found.
EVIDENCE_PHRASES = 3
# Sentences after one that says the content was not done where what is found may be
# what was done instead (« Voici cependant la liste des partenaires »).
NEAR_DENIAL = 3
# The first phrases of an "any" item name it (« cartograph* », « carte ~ partenaire* »).
NAMING_PHRASES = 2


@lru_cache(maxsize=4096)
def _compiled(text: str) -> Pattern:
    return compile_pattern(text)


def alternatives(entry: str, lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    """The phrases one entry stands for: ``@name`` is the lexicon's list, ``a | b`` two
    alternatives, ``@verbs ~ @things`` every pair of the two lists (« propose ~
    atelier* », « offre ~ accompagnement* »…: a paraphrase is a verb of one family near a
    noun of another), ``@things ~ @things`` every pair of two different things of the
    list (an enumeration), anything else itself."""
    out: list[str] = []
    for alt in entry.split("|"):
        alt = alt.strip()
        if "~" in alt and "@" in alt:
            parts = [p.strip() for p in alt.split("~")]
            choices = [lexicon.get(p[1:], ()) if p.startswith("@") else (p,) for p in parts]
            if len(parts) == 2 and parts[0] == parts[1]:
                # « @services ~ @services »: two different things of one family in a
                # sentence — an enumeration (« un accueil sans rendez-vous, des
                # permanences, un atelier numérique »), each pair once.
                out.extend(f"{a} ~ {b}" for a, b in combinations(choices[0], 2))
            else:
                out.extend(" ~ ".join(combo) for combo in product(*choices))
        elif alt.startswith("@"):
            out.extend(lexicon.get(alt[1:], ()))
        elif alt:
            out.append(alt)
    return out


def expand(entries: Iterable[str], lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    return [p for e in entries for p in alternatives(e, lexicon)]


_CLAUSE_STOPS = frozenset({";", ":"})
_STILL_NOT = frozenset({"pas", "jamais", "aucun", "aucune", "rien", "sans"})
_CONTRASTS = frozenset({"mais", "cependant", "toutefois", "pourtant", "revanche", "contre"})


class _Reader:
    """The matches of one item's phrases, each read in its sentence when the item is a
    thing made (``done``): a mention that says it was not done is no evidence, nor are
    the other words of that sentence (« la cartographie du réseau des partenaires n'a
    pas pu être faite »); one that says it was left unfinished is partial evidence."""

    def __init__(self, item: ContentItem, index: Index, headings: bool = True) -> None:
        self.index, self.read, self.headings = index, item.done, headings
        self.may_be_none = item.may_be_none
        # A topic's title or label over a placeholder (« Analyse de l'action (à
        # venir) », « … » then « En cours », « Développement durable : non traité »)
        # shows nothing of it.
        self.titles_read = not item.done
        # A topic of the world (the territory, the partners, a method), not the
        # candidate's look at their own practice, where « je ne connaissais pas… » is
        # the content itself: named in « je n'ai pas travaillé sur… », it is not shown.
        self.topic = not item.done and not item.across_parts and not item.shown_by
        self.denied: dict[str, tuple[int, str]] = {}  # phrase -> (page, words)
        # sentence -> where in it (reading token index) the content is said not done
        self._denied_sentences: dict[int, int] = {}
        self.unfinished: list[str] = []
        # The matches behind ``unfinished``, with what was said of each.
        self.pending: list[tuple[Match, Said]] = []
        # A topic the candidate says they did not deal with (« je n'ai pas eu le temps
        # d'analyser l'action »): a title naming it is then no evidence either.
        self.left_out = False
        # Phrases found only where the document announces its plan (« Ce mémoire
        # présente la structure, la cartographie de son réseau… »): named, not shown.
        self.announced: list[str] = []
        # The title words of the content's own section, when its text was read for a
        # thing said not made (``home_denials``).
        self.home: tuple[str, ...] | None = None

    def _in_denial(self, sentence: int, at: int) -> bool:
        """Whether a match at ``at`` is in a sentence that says the content was not done
        — and not past a « mais » that turns to what was done (« je n'ai pas eu le temps
        de réaliser la cartographie, mais j'ai listé les partenaires »)."""
        denied = self._denied_sentences.get(sentence)
        if denied is None:
            return False
        reading = self.index.reading
        if reading is None or at < 0 or denied < 0:
            return True
        lo, hi = sorted((denied, at))
        turn = next((k for k in range(lo, hi) if reading.tokens[k].word in _CONTRASTS), None)
        if turn is None:
            return True
        # « …, mais je n'ai pas encore rassemblé les éléments de son parcours »: a turn
        # to another thing not done is no turn to what was done.
        return at > denied and any(t.word in _STILL_NOT for t in reading.tokens[turn:hi])

    def home_denials(self, titles: tuple[str, ...]) -> bool:
        """Read the sentences of the content's own section (its title named by
        ``titles``) for the candidate saying what they were to make was not made, by
        whatever name (« # L'outil » then « Je voulais créer une carte des solutions de
        mobilité, mais faute de temps elle n'a pas été réalisée »): noted as denials, as
        if the content's own word had been said. True when there is one."""
        reading = self.index.reading
        if reading is None or not titles:
            return False
        found = False
        for s in self.index.sentences_under(lambda title: _names(title, titles)):
            at = not_made_at(reading.tokens[s.first:s.last])
            if at is None:
                continue
            found = True
            self._denied_sentences.setdefault(s.index, s.first + at)
            # (a heading block's own text without its title line)
            text = " ".join(s.text.split("\n", 1)[-1].split())
            words = text if len(text) <= 70 else text[:70].rsplit(" ", 1)[0] + "…"
            self.denied.setdefault(f"§{s.index}", (s.page, words))
        return found

    def home_hit(self, m: Match) -> bool:
        """Whether ``m`` is in the text (not the title) of the content's own section."""
        return self.home is not None and not self.index.in_heading(m) and (
            title := self.index.section_title(m)) is not None and _names(title, self.home)

    def denied_later(self, m: Match) -> bool:
        """Whether ``m``, kept when it was read, is in a sentence found afterwards to say
        the content was not done: its phrase came before the one that named it there
        (« Je voulais créer une fiche…, sur le modèle des grilles que j'utilisais » —
        « grille* » is read before « fiche* » says the sentence is a denial)."""
        tok = self.index.tokens[m.start]
        sentence, at = getattr(tok, "sentence", -1), getattr(tok, "index", -1)
        denied = self._denied_sentences.get(sentence)
        reading = self.index.reading
        if denied is None or reading is None or not 0 <= denied < at:
            # Only what the sentence says after the denial (« Le questionnaire que j'ai
            # créé n'a pas été rempli par tous » names a thing made first).
            return False
        if any(t.text in _CLAUSE_STOPS for t in reading.tokens[denied:at]):
            # « …, mais je n'ai pas eu le temps ; j'ai conçu à la place une grille »:
            # what comes after a semicolon is another clause.
            return False
        return self._in_denial(sentence, at)

    def near_denial(self, m: Match) -> bool:
        """Whether ``m`` is in, or within a few sentences after, a sentence that says
        the content was not done."""
        sentence = getattr(self.index.tokens[m.start], "sentence", -1)
        return any(0 <= sentence - d <= NEAR_DENIAL for d in self._denied_sentences)

    def find(self, phrase: str) -> list[Match]:
        found = self.index.find(_compiled(phrase))
        if self.titles_read and found:
            return self._topic_matches(found, phrase)
        if not self.read or not found:
            return found
        kept = []
        for m in found:
            if not self.headings and self.index.in_heading(m):
                continue
            tok = self.index.tokens[m.start]
            sentence = getattr(tok, "sentence", -1)
            verdict = self._verdict(m, phrase, sentence, getattr(tok, "index", -1))
            if verdict is not Said.NOT_DONE and self.index.announces_plan(m):
                # What the plan announces is read after what the sentence says of it
                # (« je présenterai la monographie lors de la soutenance » is a denial).
                self._not_announced([m], phrase)
                continue
            if verdict is Said.DONE:
                kept.append(m)
            elif verdict in (Said.UNFINISHED, Said.UNSURE):
                self.unfinished.append(phrase)
                self.pending.append((m, verdict))
            else:
                self._denied_sentences.setdefault(sentence, getattr(tok, "index", -1))
                if phrase not in self.denied:
                    self.denied[phrase] = (m.page, self.index.excerpt(m))
        return kept

    def _topic_matches(self, found: list[Match], phrase: str) -> list[Match]:
        """The matches of a topic that show it: not a title over a placeholder, nor one
        read without titles, nor in a clause that says it was not dealt with."""
        kept = []
        for m in found:
            if not self.headings and self.index.in_heading(m):
                continue
            if self.index.under_heading(m) == "todo" or self.index.label_says_todo(m):
                continue
            if self.topic and self.index.not_dealt_with(m):
                self.left_out = True
                continue
            kept.append(m)
        return self._not_announced(kept, phrase)

    def _not_announced(self, found: list[Match], phrase: str) -> list[Match]:
        """``found`` without the matches in a sentence that announces the document's
        plan, which are noted (``announced``)."""
        kept = [m for m in found if not self.index.announces_plan(m)]
        if len(kept) < len(found) and phrase not in self.announced:
            self.announced.append(phrase)
        return kept

    def _verdict(self, m: Match, phrase: str, sentence: int, at: int) -> Said:
        """What the text says of one match of a made item."""
        verdict = self._made_verdict(m, phrase, sentence, at)
        if verdict is Said.NOT_DONE and self.may_be_none and _none_needed(
                self.index.sentence_words(m)):
            # « Aucun ajustement n'a été nécessaire » answers the source's « éventuellement
            # nécessaires »: none was needed is the content, not a content left undone.
            return Said.DONE
        return verdict

    def _made_verdict(self, m: Match, phrase: str, sentence: int, at: int) -> Said:
        if self._in_denial(sentence, at):
            return Said.NOT_DONE
        if self.may_be_none and self.index.not_dealt_with(m):
            # « Je n'ai pas eu le temps de travailler sur les ajustements »: an item that
            # may be « none » is a topic too — a verb of dealing with it (not only of
            # making) negated, the candidate its subject.
            return Said.NOT_DONE
        # Someone's portrait (« M. A. est arrivé en France en 2019. … il n'a pas pu le
        # faire reconnaître »): the next sentence's pronoun is the person's business,
        # not the content's.
        verdict = self.index.said(m, follow=not phrase.startswith(PERSON))
        if verdict is not Said.DONE:
            return verdict
        # « # Cartographie du réseau » then « En cours. », « (à compléter) »: the title
        # names a content its section does not hold. Nothing under it, or only « Cf.
        # annexe », may be a picture: partly there, never a denial.
        under = self.index.under_heading(m)
        if under == "todo":
            return Said.NOT_DONE
        return Said.UNSURE if under in ("empty", "annex") else Said.DONE


# What says a thing was not needed rather than not done: « n'a été nécessaire », « pas eu
# besoin », « comme prévu » (the plan held) — unless the sentence blames time or means.
_NOT_NEEDED = frozenset({"necessaire", "necessaires", "besoin", "utile", "utiles",
                         "indispensable", "indispensables", "justifie", "justifies"})
_NOT_ABLE = frozenset({"faute", "temps", "manque", "pu", "reussi", "moyens"})


def _none_needed(words: set[str]) -> bool:
    if _NOT_ABLE & words:
        return False
    return bool(_NOT_NEEDED & words) or ("comme" in words and bool(
        {"prevu", "prevue", "prevus", "prevues"} & words))


def evaluate_item(item: ContentItem, scope: Scope,
                  lexicon: dict[str, tuple[str, ...]]) -> ItemResult:
    if item.count is not None:
        # The document's reading layer when the scope carries one (a check), else the
        # part is read here.
        counted = count_interviews(scope.blocks(item.where), getattr(scope, "reading", None),
                                   getattr(scope, "kind", None))
        return ItemResult(item, counted.count >= item.count.min, tuple(counted.pages),
                          count=counted)
    index = scope.index(item.where)
    result, reader = _read_item(item, _Reader(item, index), lexicon)
    if (result.found and (reader.denied or reader.unfinished or reader.left_out)) or (
            result.partial and reader.denied):
        # « # Cartographie » then « elle n'a pas pu être faite »: the title names the
        # content, the text under it says it was not done: titles are not evidence —
        # nor do they make it partly there (« # Monographie » then « La monographie
        # n'a pas été rédigée »). The same for a topic (« # Analyse de l'action » then
        # « je n'ai pas eu le temps d'analyser l'action »).
        result, reader = _read_item(item, _Reader(item, index, headings=False), lexicon)
    return result


def _read_item(item: ContentItem, reader: _Reader,  # noqa: C901
               lexicon: dict[str, tuple[str, ...]]) -> tuple[ItemResult, _Reader]:
    """The evidence of a topic item, its matches read by ``reader``."""
    pages: list[int] = []
    evidence: list[str] = []
    quotes: list[tuple[int, str]] = []
    ok = True
    named_not_done = False
    partial_evidence = False
    loose_hints: list[str] = []
    home_denied = False
    if item.any and item.done and not item.may_be_none and item.titles:
        # A thing made with a section of its own (the outil, the cartographie): the
        # candidate may say there that it was not made under another name.
        reader.home = item.titles[:1]
        home_denied = reader.home_denials(reader.home)
    if item.any:
        # Enough phrases to show what was found and where: the others are not searched.
        hits: list[tuple[Match, str]] = []
        matched = 0
        phrases = expand(item.any, lexicon)
        names = phrases[:NAMING_PHRASES]
        for rank, p in enumerate(phrases):
            found = reader.find(p)
            if found:
                hits.extend((m, p) for m in found)
                matched += 1
                # Once it is said not done (its name, or one of its kinds: « je voulais
                # faire un petit livret, mais je n'ai pas réussi »), every mention is
                # weighed (below).
                if matched >= EVIDENCE_PHRASES and not (item.done and reader.denied):
                    break
            elif p in reader.denied and not hits and rank < NAMING_PHRASES:
                # The words that name it (its first phrases) are said not done: looser
                # words found further on cannot make it found, only partly there.
                named_not_done = True
        if not hits and not named_not_done and item.loose:
            for p in expand(item.loose, lexicon):
                found = reader.find(p)
                listed = [m for m in found if reader.index.names_several(m)]
                if listed:
                    hits.extend((m, p) for m in listed)
                    break
                if found and p not in loose_hints:
                    loose_hints.append(p)
        if item.done and reader.denied:
            # The words of a sentence that says the content was not done are no evidence,
            # whatever order its phrases were read in.
            hits = [(m, p) for m, p in hits if not reader.denied_later(m)]
            if home_denied:
                # Its own section says it was not made: what is read in other sections
                # (« Proposition : construire la fiche la prochaine fois » in the
                # analysis, « un vrai support cette fois » in the conclusion) is talk of
                # the thing not made, no part of it. Only that section may show
                # something else made or used instead.
                hits = [(m, p) for m, p in hits if reader.home_hit(m)]
                if named_not_done:
                    # Its very name said not made there (« Faute de temps, la
                    # cartographie n'a pas pu être réalisée ») and the section goes on
                    # about the network in general (« le maillage local »): only what the
                    # passage turns to right after (« j'ai listé à la place… ») counts.
                    hits = [(m, p) for m, p in hits if reader.near_denial(m)]
                named_not_done = not hits
        unowned = False
        if hits and not named_not_done and item.done and reader.denied:
            hits, unowned = _owned(hits, reader)
            named_not_done = not hits
        ok = bool(hits) and not named_not_done and not unowned
        if named_not_done and not any(reader.near_denial(m) for m, _ in hits):
            # « Faute de temps, la cartographie n'a pu être réalisée » and partners named
            # elsewhere (« il travaille avec la CAF, France Travail… »): these words are
            # no part of the content said not done. Only what the same passage turns to
            # (« mais j'ai listé les partenaires ») makes it partly there.
            hits = []
        for m, phrase in sorted(hits, key=lambda h: h[0].start):
            if phrase not in evidence:
                evidence.append(phrase)
                quotes.append((m.page, reader.index.quote(m)))
            if m.page not in pages:
                pages.append(m.page)
        if unowned:
            # Mentions of someone else's tool: partly there (warns), never found.
            partial_evidence = True
    # "all": every entry must be there, each entry being one phrase or alternatives.
    missing: list[str] = []
    portrait_only = False
    for rank, entry in enumerate(item.all):
        names = alternatives(entry, lexicon)
        hit = next(((p, ms[0]) for p in names if (ms := reader.find(p))), None)
        if (hit is not None and rank == 0 and item.done and PERSON in hit[0]
                and any(p in reader.denied for p in names)):
            # « Je n'ai pas eu le temps de rédiger la monographie. J'ai cependant suivi un
            # jeune homme de 19 ans… »: someone's portrait next to the content said not
            # done is a trace of it, not the content: partly there (warns).
            missing.append(entry)
            portrait_only = True
            continue
        if hit is None:
            missing.append(entry)
            if rank == 0 and any(p in reader.denied for p in names):
                # The first entry names the content (« monographie », « retracer le
                # parcours »): said only as not done, the other entries' words found
                # elsewhere (« freins », « diagnostic ») are not a part of it.
                named_not_done = True
            continue
        evidence.append(hit[0])
        quotes.append((hit[1].page, reader.index.quote(hit[1])))
        if hit[1].page not in pages:
            pages.append(hit[1].page)
    ok = ok and not missing
    if named_not_done:
        # An "all" item's other entries are no part of it; an "any" item keeps only
        # what was found near the denial. A proposal far from it (« je proposerais
        # d'ajouter une séance » in the analysis) is no trace of the content said not
        # done; one left unfinished, or told next to the denial, is.
        partial = any(v is Said.UNFINISHED or reader.near_denial(m)
                      for m, v in reader.pending) or (bool(evidence) and not item.all)
    elif item.done and item.all and item.all[0] in missing and not reader.unfinished:
        # A thing made (« monographie ») is named or told by its first entry (the word,
        # or someone's portrait: « Mme L., 52 ans, ancienne aide à domicile »). Without
        # it, the other entries' words (« freins », « difficultés » of the public) are
        # no part of it: absent, unless its wider family says it may be told otherwise.
        partial = portrait_only
    else:
        partial = not ok and (bool(evidence) or len(missing) < len(item.all)
                              or bool(reader.unfinished) or partial_evidence)
    # A loose phrase seen without a list of actors is one word of the wider family.
    hints: list[str] = loose_hints[:1]
    hint_quotes = [(m.page, reader.index.quote(m)) for p in hints for m in reader.find(p)[:1]]
    if not ok and item.weak:
        for p in expand(item.weak, lexicon):
            if seen := reader.find(p):
                hints.append(p)
                hint_quotes.append((seen[0].page, reader.index.quote(seen[0])))
                if len(hints) == EVIDENCE_PHRASES:
                    break
    # One word of the wider family is not a topic (« âgée » is in any portrait, any
    # public); two different ones are a sign the item is there in other words.
    # Someone designated and followed (« j'ai accompagné Mme R. ») is a sign on its own.
    talked_about = (len({_family(h) for h in hints}) >= 2
                    or any(h.startswith(PERSON) for h in hints)) and not named_not_done
    denied = () if ok else tuple(dict.fromkeys(reader.denied.values()))
    # Only announced in the plan (« Ce mémoire présente… la cartographie… »): it may be
    # told where the reader does not see it — partly there (warns), unless the text says
    # it was not done (« la cartographie n'a pas pu être réalisée »): then it fails.
    announced = (not ok and bool(reader.announced) and not named_not_done
                 and not reader.denied and not reader.left_out)
    return ItemResult(item, ok, tuple(sorted(pages)) if ok else (),
                      tuple(evidence) if ok else (), missing_all=tuple(missing),
                      partial=partial or talked_about or announced,
                      hints=tuple(hints) if talked_about else (), denied=denied,
                      quotes=tuple(q for q in quotes if q[1]) if ok else (),
                      hint_quotes=tuple(q for q in hint_quotes if q[1]) if talked_about
                      else ()), reader


def _owned(hits: list[tuple[Match, str]],
           reader: _Reader) -> tuple[list[tuple[Match, str]], bool]:
    """The mentions of a made content whose name is said not done elsewhere (« je n'ai
    pas eu le temps de construire l'outil »): only the candidate's own (« j'ai conçu une
    grille », « mon livret ») show it was made after all. A plural in general (« la
    formation m'a donné des outils ») is no part of it; someone else's thing (« le
    questionnaire de la structure »), or what the same passage turns to, leaves it partly
    there. Returns the hits kept and whether only such other mentions were."""
    # « j'ai préparé », « j'ai rédigé » name no thing: next to a tool said not made,
    # they may be anything (« j'ai préparé la salle ») — partly there at most.
    kinds = [(h, "other" if h[1].startswith("j'ai ") and "~" not in h[1]
              else reader.index.owner(h[0])) for h in hits]
    mine = [h for h, kind in kinds if kind == "mine"]
    if mine:
        return mine, False
    other = [h for h, kind in kinds if kind == "other" or reader.near_denial(h[0])]
    return other, bool(other)


def _family(phrase: str) -> str:
    """« âgé », « âgée », « âgés » are one word of the family."""
    word = phrase.replace("*", "").strip().lower()
    return word.rstrip("s").rstrip("e") if len(word) > 3 else word


# How many of the items that make an item up (``shown_by``) show it.
SHOWN_BY = 2


def evaluate(items: Iterable[ContentItem], scope: Scope,
             lexicon: dict[str, tuple[str, ...]]) -> list[ItemResult]:
    results = [evaluate_item(i, scope, lexicon) for i in items]
    found = {r.item.id: r for r in results if r.found}
    results = [_shown_by_parts(r, found) if r.item.shown_by and not r.found else r
               for r in results]
    return _placed(results, scope, lexicon)


# Section titles that name a content for a production to be laid out by its contents
# (the OPS mémoire: « 1. Structure », « 2. Partenaires », « 3. Monographie »…).
LAID_OUT = 4
# The candidate as the subject of a sentence: what they did, not what the world is.
_CANDIDATE = frozenset({"je", "j", "nous", "on"})


@lru_cache(maxsize=256)
def _title_terms(words: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """An item's title words as (prefixes, whole words without a plural mark)."""
    prefixes = tuple(ascii_fold(w.rstrip("*").lower()) for w in words if w.endswith("*"))
    whole = frozenset(ascii_fold(w.lower()).rstrip("sx") for w in words if not w.endswith("*"))
    return prefixes, whole


@lru_cache(maxsize=4096)
def _names(title: str, words: tuple[str, ...]) -> bool:
    """Whether a section title names a content by one of its title ``words`` (« x* » a
    prefix, else the word or its plural)."""
    prefixes, whole = _title_terms(words)
    return any((prefixes and w.startswith(prefixes)) or w.rstrip("sx") in whole
               for w in (ascii_fold(x) for x in normalize_words(title)))


def _placed(results: list[ItemResult], scope: Scope,
            lexicon: dict[str, tuple[str, ...]]) -> list[ItemResult]:
    """In a production laid out by its contents, a content with no section of its own
    whose words are met only under other contents' titles is not there: « la difficulté
    de concilier urgence et préparation » in the monographie is no adjustment, « si la
    conseillère change » in the analysis neither. Words of the candidate's own doing
    there (« nous avons déplacé les séances » under « Analyse ») may be it told in
    another section: partly there (warns); otherwise it is absent (fails when
    mandatory), and the report says what was read and where."""
    titled = [r for r in results if r.item.titles and r.item.count is None]
    if not titled or all(not (r.found and r.item.any) for r in titled):
        return results
    index = scope.index("part")
    reading = index.reading
    if reading is None:
        return results
    # The titles of the scope's sections (not the cover's nor another part's): its
    # tokens' sentences run in order.
    if not index.tokens:
        return results
    lo = getattr(index.tokens[0], "sentence", -1)
    hi = getattr(index.tokens[-1], "sentence", -1)
    titles = [reading.block(s).text.strip().split("\n", 1)[0]
              for s in reading.sentences if s.heading and lo <= s.index <= hi]
    naming = {r.item.id: {t for t in titles if _names(t, r.item.titles)} for r in titled}
    if len(set().union(*naming.values())) < LAID_OUT:
        return results  # not laid out by its contents: where a word is says nothing
    out = []
    for r in results:
        item = r.item
        # Only what the source requires or what is made is read again: a topic's words
        # name it wherever they are.
        if (not r.found or not item.titles or not item.any or item.where != "part"
                or not (item.mandatory or item.done)):
            out.append(r)
            continue
        out.append(_read_elsewhere(r, index, naming, lexicon))
    return out


def _read_elsewhere(r: ItemResult, index: Index, naming: dict[str, set[str]],
                    lexicon: dict[str, tuple[str, ...]]) -> ItemResult:
    """``r`` (found) read again over all its phrases, those that showed it first: found
    as before when one is met outside the sections of other contents only (its own, one
    that names it among others, one that names none)."""
    home = naming.get(r.item.id, set())
    others = set().union(*(v for k, v in naming.items() if k != r.item.id)) - home
    if not others:
        return r
    reader = _Reader(r.item, index)
    seen: list[tuple[Match, str, str]] = []
    phrases = expand(r.item.any, lexicon)
    for p in [*r.evidence, *(p for p in phrases if p not in r.evidence)]:
        for m in reader.find(p):
            title = index.section_title(m)
            if title is None or title not in others:
                return r  # a word of it outside the other contents' sections
            seen.append((m, p, title))
    if not seen:
        return r
    assert index.reading is not None
    mine = any(_CANDIDATE.intersection(index.sentence_words(m)) for m, _, _ in seen)
    elsewhere = tuple(dict.fromkeys((m.page, index.excerpt(m, 60), t) for m, _, t in seen))
    return replace(r, found=False, pages=(), evidence=(), quotes=(), partial=mine, hints=(),
                   hint_quotes=(),
                   elsewhere=elsewhere[:3])


def _shown_by_parts(r: ItemResult, found: dict[str, ItemResult]) -> ItemResult:
    """« Points positifs : … Ce qui me limite : … Axes de progrès : … » is an analysis of
    one's practice: two of the items it is made of, found, show it."""
    parts = [found[i] for i in r.item.shown_by if i in found]
    if len(parts) < SHOWN_BY:
        return r
    pages = tuple(sorted({p for x in parts for p in x.pages}))
    evidence = tuple(dict.fromkeys(e for x in parts for e in x.evidence[:1]))
    quotes = tuple(dict.fromkeys(q for x in parts for q in x.quotes[:1]))
    return replace(r, found=True, pages=pages, evidence=evidence, partial=False, hints=(),
                   denied=(), quotes=quotes)
