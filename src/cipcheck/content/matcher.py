"""Evidence phrases, compiled once and searched in a part's token stream.

Syntax of a phrase (rule-set data, see ``rules/*.yaml``):

- ``offre de services``: these words in a row (stop words ignored), each compared on
  its stem, so "offres de service" and "l'offre des services" match;
- ``démograph*``: a word starting with "demograph" (accents ignored);
- ``bilan ~ accompagnement``: every ``~``-separated piece in the same sentence, within a
  few words, in any order ("le bilan de cet accompagnement", "l'accompagnement … son
  bilan");
- ``mission !locale``: "!" marks a word that must NOT come at that place ("missions" of
  the structure, not "Mission locale"); ``!structure/association``: none of them;
- ``orienté* vers ~ !par``: a last piece ``!word`` (one word, small words too, ``x*``
  a prefix) that must not be anywhere in the match's sentence (« elle est orientée vers
  le PLIE par son conseiller » is how she came, not a relay);
- ``# ans``: ``#`` is any number, in digits or in words ("29 ans", "quarante-deux ans");
- ``$personne ~ # ans``: ``$personne`` is one person designated the way dossiers do —
  a civility (« Mme », « M. », « Monsieur »), an initial (« B. »), a given name
  (« Julien », « Aïcha ») — so "Mme L., 52 ans", "Julien, 22 ans", "M. B. (34 ans)" are
  a portrait of someone, « des jeunes de 16 à 25 ans » is not;
- ``$lieu``: a place named after « à », « au », « en » (« à Saint-Dizier », « au Havre »,
  « en Seine-Saint-Denis »), capitalised and not an acronym (« au CCAS ») nor a person;
- ``$résolution``: the candidate's resolution — a verb in the future or conditional
  after « je » / « nous » (« je veillerai », « nous commencerions »), or in the present
  after an opening « depuis » / « désormais » (« Depuis, je note après l'entretien »);
  not a regret (« j'aurais ») nor a possibility (« je pourrais »);
- ``limites :``: a phrase ending with a colon is a label opening a sentence (« Limites :
  je connaissais mal… », « Ma limite : … », « À améliorer : … »), or a title or table
  cell that is only those words, the way candidates lay out an analysis; only small
  words may come before it, not « ses »/« sa »/« son » (« Ses limites : » speaks of the
  person, not of the candidate).

Phrases are searched in the content tokens of the reading layer (``cipcheck.reading``):
the same sentences and stems every reader of prose uses.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from cipcheck.content.normalize import ascii_fold, is_stopword, stem, words
from cipcheck.reading.negation import Said, said, said_of_it
from cipcheck.reading.tense import is_future_form

if TYPE_CHECKING:
    from cipcheck.reading.text import Reading, Sentence

# How far apart (in content words) the pieces of a "a ~ b" phrase may be: about a
# sentence, once articles and prepositions are left out.
WINDOW = 12


class Tok(Protocol):
    """What the index needs of a token: the reading layer's ``Token`` (or the older
    ``normalize.Token``, which has no ``kind`` nor ``text``)."""

    # Read-only: the reading layer's tokens are named tuples.
    @property
    def stem(self) -> str: ...
    @property
    def word(self) -> str: ...
    @property
    def page(self) -> int: ...
    @property
    def sentence(self) -> int: ...


NUMBER = "#"
PERSON = "$personne"
PLACE = "$lieu"
RESOLVE = "$résolution"
# A person told without a name: a noun of one person after a singular determiner.
_ONE_PERSON = frozenset({"femme", "homme", "dame"})
_ONE = frozenset({"une", "un", "cette", "cet"})
_SPECIAL = (PERSON, PLACE, RESOLVE)
# Civilities that designate one person (« Mmes » is several).
_CIVILITIES = frozenset({"mme", "madame", "monsieur", "mademoiselle", "mlle", "mr"})
# Given names that are as often a month or a place in a dossier (« Avril 2024 : … »,
# « France Travail », « Paris 13e »).
_NOT_PERSONS = frozenset({"janvier", "avril", "mai", "france", "paris", "lorraine",
                          "alsace", "nancy", "lourdes", "florence", "ocean", "prince"})


# What may come before a label: numbering, an article, the candidate's possessive —
# not « ses »/« sa » (« Ses limites : » speaks of the person) nor a subject (« Il a des
# limites : »).
_LABEL_SMALL = frozenset({"ma", "mon", "mes", "notre", "nos", "le", "la", "les", "l", "un",
                          "une", "des", "du", "de", "d", "a", "en", "et", "'"})
_POSSESSIVES = frozenset({"mon", "ma", "mes", "son", "sa", "ses", "notre", "nos", "leur",
                          "leurs", "votre", "vos"})


@lru_cache(maxsize=65536)
def _alpha_key(text: str) -> tuple[str, str]:
    """(stem, folded word) of a word the reading layer read as a number or an ordinal
    ("premier", "deuxième", "deux"): phrases compare it on its stem like any word."""
    low = text.lower()
    return stem(low), ascii_fold(low)


@dataclass(frozen=True, slots=True)
class Term:
    """One word of a phrase, as it is compared with a token."""

    value: str
    prefix: bool = False
    negate: bool = False
    number: bool = False  # "#": any number token
    special: str = ""  # "$personne", "$lieu": only the index knows where they are
    others: tuple[str, ...] = ()  # "!a/b/c": excluded stems

    def hit(self, key: str, word: str, is_number: bool) -> bool:
        if self.special:
            return self.negate  # only the index can tell (``Index._matches``)
        if self.others:
            found = key in self.others
        elif self.number:
            found = is_number
        elif self.prefix:
            found = word.startswith(self.value)
        else:
            found = key == self.value
        return found != self.negate


@dataclass(frozen=True)
class Pattern:
    """An evidence phrase, compiled into pieces of terms."""

    text: str
    pieces: tuple[tuple[Term, ...], ...]
    # A phrase of one word and a possessive (« son parcours », « mes limites »): without
    # the possessive it would be that one word anywhere (any « parcours »), so the small
    # words are checked too, as written (folded), when the index has the reading.
    literal: tuple[str, ...] = ()
    anchor: int = 0  # position of the word itself in ``literal``
    label: bool = False  # « limites : » — opens its sentence, a colon right after
    # « ~ !par »: words (folded, « x* » a prefix) that must not be in the match's sentence.
    excluded: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """Where a phrase was found, and the words it matched."""

    pattern: str
    page: int
    start: int  # token index
    end: int


class PatternError(ValueError):
    pass


def compile_pattern(text: str) -> Pattern:
    if text.rstrip().endswith(":"):
        return _label_pattern(text)
    pieces: list[tuple[Term, ...]] = []
    excluded: list[str] = []
    for raw in text.split("~"):
        bare = raw.strip()
        if bare.startswith("!") and " " not in bare and "/" not in bare and pieces:
            # « orienté* vers ~ !par »: a word (small words too) that must not be in
            # the sentence — « elle est orientée vers le PLIE par son conseiller » is
            # how she came, not a relay.
            excluded.append(ascii_fold(bare[1:].lower()))
            continue
        terms = _terms(raw)
        if terms and all(t.negate or t.number or t.special for t in terms) and not (
                len(terms) == 1 and terms[0].special):
            raise PatternError(f"phrase sans mot positif : « {text} »")
        if terms:
            pieces.append(tuple(terms))
    if not pieces:
        raise PatternError(f"phrase sans mot significatif : « {text} »")
    literal: tuple[str, ...] = ()
    anchor = 0
    # (its words are read only for a phrase of one term: few are)
    if (len(pieces) == 1 and len(pieces[0]) == 1 and not pieces[0][0].number
            and not pieces[0][0].special and "*" not in text and "!" not in text):
        written = words(text)
        if len(written) > 1 and _POSSESSIVES.intersection(written):
            literal = tuple(ascii_fold(w) for w in written)
            anchor = next((k for k, w in enumerate(written) if not is_stopword(w)), 0)
    return Pattern(text, tuple(pieces), literal, anchor, excluded=tuple(excluded))


def _terms(raw: str) -> list[Term]:
    """The terms of one ``~``-separated piece of a phrase."""
    return [t for chunk in raw.split() for t in _chunk_terms(chunk)]


# A check compiles ~600 phrases, and they share most of their words (a lexicon's verbs
# times its nouns, « entretien* » in many items): each written word is read once.
@lru_cache(maxsize=8192)
def _chunk_terms(chunk: str) -> tuple[Term, ...]:
    """The terms of one space-separated word of a phrase (one or more: « l'offre »)."""
    if chunk == NUMBER:
        return (Term("", number=True),)
    if chunk in _SPECIAL:
        return (Term("", special=chunk),)
    prefix, negate = chunk.endswith("*"), chunk.startswith("!")
    if negate and "/" in chunk:
        # « monograph* !structure/association »: none of these words at that place.
        return (Term("", negate=True, others=tuple(
            stem(w) for w in words(chunk.strip("*!").replace("/", " ")))),)
    written = words(chunk.strip("*!"))
    if prefix and not negate and len(written) > 1:
        # « d'activité* », « n'arriv* »: the star ends the last word; the elided small
        # word before it is dropped like any stop word (kept as a prefix « d* », it
        # matched nothing, since content tokens hold no stop word).
        return tuple(Term(ascii_fold(w), True) if k == len(written) - 1 else Term(stem(w))
                     for k, w in enumerate(written)
                     if k == len(written) - 1 or not is_stopword(w))
    return tuple(Term(ascii_fold(w) if prefix else stem(w), prefix, negate)
                 for w in written
                 if not (is_stopword(w) and not (prefix or negate)))


def _label_pattern(text: str) -> Pattern:
    """« limites : »: the words of the phrase, as a label opening a sentence."""
    bare = compile_pattern(text.rstrip()[:-1].rstrip())
    return Pattern(text.rstrip(), bare.pieces, label=True)


def _fold_ligatures(values: list[str], at: dict[str, list[int]]) -> None:
    """The reading layer keeps « œ » (one letter for one), phrases are compiled with
    « oe » (« mise en œuvre », « cœur », « main-d'œuvre »): the few distinct words that
    have one are renamed, in place, rather than every token being tested."""
    for key in [k for k in at if "œ" in k or "æ" in k]:
        new = key.replace("œ", "oe").replace("æ", "ae")
        positions = at.pop(key)
        for i in positions:
            values[i] = new
        at[new] = sorted(at.get(new, []) + positions)


_ARTICLES = frozenset({"le", "la", "les", "l"})
_SHORT = 16  # words of a sentence that names one actor and its role
# Items of a bulleted list of partners under a title.
_BULLETS = frozenset("-–•*·▪►✓")
_LIST_ITEMS = 3
# Cells of a table of partners (a header row and two rows of three cells).
_TABLE_CELLS = 6
# More words than a title has: the heading block holds the content's text.
_TITLE_WORDS = 14
# A section that only holds a placeholder: the content is not in the mémoire.
_TODO = re.compile(r"(?:(?:partie |section )?(?:en cours(?: de (?:redaction|realisation|"
                   r"construction|finalisation|elaboration))?|a (?:completer|venir|faire|"
                   r"rediger|realiser|finaliser|terminer)|non (?:realisee?s?|faite?s?|"
                   r"redigee?s?|traitee?s?)|pas (?:encore )?(?:realisee?|faite?|"
                   r"redigee?)|neant|todo|tbd|xxx+|vide)(?: \w+){0,3})")
# Only a reference to an annex: the content may be a picture there, or missing.
_ANNEX = re.compile(r"(?:cf|voir|se (?:reporter|referer) a|en|ci joint(?:e)?)? ?"
                    r"(?:l |en )?annexes?(?: n)?(?: \w+)?")


# The candidate as subject (« j'ai construit », « nous avons animé », « on a testé »)
# or owner (« mon livret »), in the sentence of a mention of a made content.
_FIRST_PERSON = frozenset({"je", "j", "nous", "on"})
_MY = frozenset({"mon", "ma", "mes", "notre", "nos"})
_THEIR = frozenset({"son", "sa", "ses", "leur", "leurs"})
# Whose a thing is, after « de »: « le questionnaire de l'association ».
_OWNERS = frozenset({"structure", "association", "service", "centre", "tutrice", "tuteur",
                     "animatrice", "animateur", "conseillere", "conseiller", "collegue",
                     "equipe", "organisme", "formatrice", "formateur", "referente",
                     "referent", "entreprise",
                     # a public body's (« la plaquette du Département », « le simulateur
                     # en ligne de l'État »): put to use, not the candidate's own
                     "departement", "region", "etat", "mairie", "prefecture", "caf"})
# Verbs of making or putting to use (« conçu », « utilisé », « fabriqué », « mis en
# place »), as written (folded).
_MAKING_WORDS = ("concu", "concev", "cree", "creai", "realis", "construi", "elabor",
                 "fabriqu", "redig", "utilis", "adapt", "imagin", "prepar", "mis", "mett",
                 "fait", "dessin", "test", "invent", "bricol", "developp")
# Before a plural that names things in general: « des outils », « les outils de la
# formation », « d'outils », « aux supports ».
_GENERIC_BEFORE = frozenset({"des", "les", "d", "de", "aux", "ces", "'", "plusieurs",
                             "quelques", "nombreux", "differents"})


# How far before a match its clause is read for « je n'ai pas … », and what ends a
# clause going back (a turn: « mais », a colon, a semicolon).
_DEALT_WINDOW = 20
_CLAUSE_CUTS = frozenset({",", ";", ":", "(", ")", "—", "–"})
_CLAUSE_WORDS = frozenset({"mais", "cependant", "pourtant", "toutefois", "car", "puis",
                           "ensuite", "alors"})
_NOT_WORDS = frozenset({"pas", "jamais", "rien", "aucun", "aucune", "guere", "ni"})
# Between the negation and the verb of dealing: « pas pu », « pas eu le temps de »,
# « pas encore eu l'occasion de ».
_DEAL_SKIP = frozenset({"pu", "eu", "encore", "le", "la", "l", "'", "temps", "occasion",
                        "possibilite", "de", "d", "vraiment", "ete", "en", "y", "me",
                        "m", "moyen", "moyens"})
_DEAL_VERBS = ("travaill", "trait", "abord", "fai", "fait", "realis", "cherch", "etudi",
               "present", "decri", "decriv", "parl", "evoqu", "men", "analys", "collect",
               "recueill", "rassembl", "redig", "ecri", "approfond", "regard", "document",
               "renseign", "explor", "creus", "rencontr", "contact", "sollicit", "mobilis",
               "construi", "elabor", "dress", "etabl", "conc", "mis", "mett")


# Subject pronouns of someone else than the candidate.
_THIRD_PERSON = frozenset({"il", "elle", "ils", "elles"})


def _doing_without(before: list[str]) -> bool:
    """Whether the « sans » that ends ``before`` (the words of a sentence up to a match)
    is the candidate going without (« j'ai travaillé seule, sans grille ni méthode »): the
    nearest subject before it is theirs. The person's state (« il risquait de se
    retrouver sans ressources », « elle vit sans permis ») is what the text describes."""
    for w in reversed(before):
        if w in _THIRD_PERSON:
            return False
        if w in _FIRST_PERSON:
            return True
    return False


# What announces a document's plan: the document as subject of a verb of presenting or
# of being made up (« ce mémoire présente / aborde / se compose de / s'articule »), the
# candidate's future of such a verb (« je présenterai », « j'aborderai »), or a part
# numbered in prose (« dans une première partie »).
# (« ce dossier », « mon mémoire » — not « le dossier de surendettement, présenté à la
# commission », the person's file.)
_PLAN_SUBJECTS = frozenset({"memoire", "dossier", "document", "rapport", "ecrit"})
_PLAN_VERBS = ("present", "abord", "trait", "expos", "decri", "decriv", "compos", "compren",
               "compor", "articul", "organis", "structur", "suit", "retrac", "deroul",
               "propos", "rend", "developp", "contient", "contien", "detaill")
_PLAN_FUTURES = ("presenterai", "aborderai", "exposerai", "decrirai", "traiterai",
                 "retracerai", "developperai", "detaillerai", "presenterons",
                 "aborderons", "exposerons", "decrirons", "traiterons", "retracerons")
_PLAN_ORDINALS = frozenset({"premiere", "deuxieme", "seconde", "troisieme", "derniere",
                            "quatrieme", "cinquieme", "sixieme", "septieme"})
_PLAN_SPAN = 6  # words between the document and its verb (« ce mémoire, rédigé…, présente »)


@lru_cache(maxsize=4096)
def _plan_sentence(words: tuple[str, ...]) -> bool:
    for k, w in enumerate(words):
        if w in _PLAN_FUTURES:
            return True
        if w in _PLAN_SUBJECTS and k > 0 and words[k - 1] in {"ce", "cet", "mon"} \
                and any(x.startswith(_PLAN_VERBS) for x in words[k + 1:k + 1 + _PLAN_SPAN]):
            return True
        if w == "partie" and k > 0 and words[k - 1] in _PLAN_ORDINALS and k > 1 \
                and words[k - 2] in {"une", "la"} and k > 2 and words[k - 3] in {"dans", "en"}:
            return True
    return False


def _designates(full: Sequence[Tok], m: int, given: frozenset[str]) -> bool:
    """Whether reading token ``m`` designates one person: « Mme », « Monsieur », « M. »,
    an initial (« B. »), a given name written with its capital (« Aïcha »)."""
    t = full[m]
    text = getattr(t, "text", "")
    if getattr(t, "word", "") in _ONE_PERSON:
        # « cette jeune femme », « un homme de 52 ans » — not « des femmes ».
        k = m - 1
        while k >= 0 and getattr(full[k], "word", "") in {"jeune", "vieille", "vieil"}:
            k -= 1
        return k >= 0 and getattr(full[k], "word", "") in _ONE
    if getattr(t, "kind", "") != "word" or not text[:1].isupper():
        return False
    dotted = m + 1 < len(full) and getattr(full[m + 1], "text", "") == "."
    if len(text) == 1:
        # « M. », « B. » — not « A. », « I. » opening a sentence: a numbering.
        opens = m == 0 or getattr(full[m - 1], "sentence", -1) != getattr(t, "sentence", -2)
        return dotted and not opens
    if t.word in _CIVILITIES:
        return True
    return (not text.isupper() or len(text) <= 3) and t.word in given and (
        t.word not in _NOT_PERSONS)


# Between a subject and its verb: « je ne », « je le », « je lui », « j'y », « nous en ».
_CLITIC_WORDS = frozenset({"ne", "n", "le", "la", "les", "l", "lui", "leur", "y", "en",
                           "me", "m", "se", "s", "'"})
_I = frozenset({"je", "j", "nous"})
# Opening a sentence on what has changed since: « Depuis, je note après l'entretien ».
_SINCE = frozenset({"depuis", "desormais", "dorenavant", "aujourd", "maintenant"})
# Futures and conditionals that are no resolution: regrets and mere possibility.
_NOT_RESOLVING = frozenset({"aurais", "aurait", "aurions", "pourrais", "pourrions",
                            "pourrai", "pourrons", "serais", "serait", "saurais"})


def _resolves(full: Sequence[Tok], m: int, given: frozenset[str]) -> bool:
    """Whether reading token ``m`` is the candidate's resolution: a verb in the future or
    conditional after « je » / « nous » (« je veillerai à… », « je proposerais… », « la
    prochaine fois, nous commencerons par… »), or in the present after « depuis » /
    « désormais » opening the sentence (« Depuis, je note après, en cinq minutes »)."""
    t = full[m]
    if getattr(t, "kind", "") != "word" or t.word in _NOT_RESOLVING:
        return False
    k = m - 1
    while k >= 0 and getattr(full[k], "word", "") in _CLITIC_WORDS and k > m - 4:
        k -= 1
    if k < 0 or full[k].word not in _I or full[k].sentence != t.sentence:
        return False
    if is_future_form(t.word, getattr(t, "text", "")):
        return True
    opening = [x.word for x in full[max(0, k - 3):k] if x.sentence == t.sentence
               and getattr(x, "kind", "") == "word"]
    return bool(opening) and opening[0] in _SINCE


_BEFORE_PLACE = frozenset({"a", "au", "aux", "en"})
# Capitalised after « à », « en » and no place: « en France » (the country is no
# implantation), « à Mme… », « en Mission locale », months.
_NOT_PLACES = frozenset({"france", "europe", "mission", "internet", "janvier", "fevrier",
                         "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                         "octobre", "novembre", "decembre", "noel"}) | _CIVILITIES


def _place_at(full: Sequence[Tok], m: int, given: frozenset[str]) -> bool:
    """Whether reading token ``m`` names a place: « à Lens », « au Havre »."""
    t = full[m]
    text = getattr(t, "text", "")
    if (getattr(t, "kind", "") != "word" or len(text) < 2 or not text[0].isupper()
            or text.isupper() or t.word in _NOT_PLACES or m == 0):
        return False
    before = full[m - 1]
    return (getattr(before, "word", "") in _BEFORE_PLACE
            and getattr(before, "sentence", -1) == getattr(t, "sentence", -2)
            and getattr(before, "text", "")[:1].islower())


def _sentence(reading: Reading, i: int) -> Sentence | None:
    """Sentence number ``i`` of the document (a view keeps only some of them)."""
    ss = reading.sentences
    if 0 <= i < len(ss) and ss[i].index == i:
        return ss[i]
    k = bisect.bisect_left([x.index for x in ss], i)
    return ss[k] if k < len(ss) and ss[k].index == i else None


class Index:
    """A token stream with a stem → positions index, searched by many patterns.

    With the document's ``reading``, a match can be read in its sentence (``said``):
    whether the text says that content was done, not done or left unfinished."""

    def __init__(self, toks: Sequence[Tok], reading: Reading | None = None) -> None:
        self.tokens = toks
        self.reading = reading
        keys: list[str] = []
        folded: list[str] = []
        numbers: list[bool] = []
        # One pass over the tokens (an index is built per part on thousands of them).
        by_stem: dict[str, list[int]] = defaultdict(list)
        by_word: dict[str, list[int]] = defaultdict(list)
        add_key, add_folded, add_number = keys.append, folded.append, numbers.append
        for i, t in enumerate(toks):
            kind = getattr(t, "kind", "word")
            if kind == "word":
                k, w = t.stem, t.word
                is_number = w.isdigit()  # the older tokens have no kind
            else:
                text = getattr(t, "text", "")
                k, w = _alpha_key(text) if text[:1].isalpha() else (t.stem, t.word)
                is_number = kind == "number"
            add_key(k)
            add_folded(w)
            add_number(is_number)
            by_stem[k].append(i)
            by_word[w].append(i)
        _fold_ligatures(keys, by_stem)
        _fold_ligatures(folded, by_word)
        self._keys, self._folded, self._numbers = keys, folded, numbers
        self._by_stem, self._by_word = by_stem, by_word
        self._number_at = [i for i, n in enumerate(numbers) if n]
        # Distinct words in sorted order, so a prefix ("démograph*") is a bisected range
        # rather than a scan of every token.
        self._words = sorted(self._by_word)
        # "$personne", "$lieu": positions, read on first use.
        self._special: dict[str, tuple[list[int], frozenset[int]]] = {}
        # Sentence number -> whether it announces the document's plan (read once).
        self._plan: dict[int, bool] = {}
        # Sentence number -> the title of its section (read once, see ``section_title``).
        self._titles: dict[int, str | None] = {}

    def _special_positions(self, name: str) -> tuple[list[int], frozenset[int]]:
        """Content tokens that designate one person (or a place), or come right after a
        designation made of small words (« M. L., 52 ans »: « M », « L » are not content
        words)."""
        if name in self._special:
            return self._special[name]
        out: list[int] = []
        full = self.reading.tokens if self.reading is not None else None
        if full is not None:
            from cipcheck.privacy.names import given_names  # the privacy check's list

            given = given_names()
            if name == RESOLVE:
                out = self._resolutions(full, given)
                self._special[name] = (out, frozenset(out))
                return self._special[name]
            test = _designates if name == PERSON else _place_at
            prev = -1
            for k, t in enumerate(self.tokens):
                j = getattr(t, "index", None)
                if not isinstance(j, int):
                    continue
                lo = max(prev + 1, j - 4) if prev >= 0 else max(0, j - 4)
                if name != PERSON:
                    lo = j  # the place, the verb is a content word itself
                if any(test(full, m, given) for m in range(lo, j + 1)):
                    out.append(k)
                prev = j
        self._special[name] = (out, frozenset(out))
        return self._special[name]

    def _resolutions(self, full: Sequence[Tok], given: frozenset[str]) -> list[int]:
        """Content tokens that are a resolution (``_resolves``): looked for only after
        the few « je » / « nous » of the text, not at every token."""
        at = {getattr(t, "index", -1): k for k, t in enumerate(self.tokens)}
        if not self.tokens:
            return []
        lo = getattr(self.tokens[0], "index", 0)
        hi = getattr(self.tokens[-1], "index", -1) + 1
        out = []
        for j in [j for j in range(lo, hi) if full[j].word in _I]:
            for m in range(j + 1, min(j + 5, hi)):
                if m in at:
                    if _resolves(full, m, given):
                        out.append(at[m])
                    break  # the first content word after the subject is its verb
        return sorted(set(out))

    def _matches(self, term: Term, i: int) -> bool:
        if i >= len(self._keys):  # past the end of the text
            return term.negate
        if term.special:
            return (i in self._special_positions(term.special)[1]) != term.negate
        return term.hit(self._keys[i], self._folded[i], self._numbers[i])

    def _starts(self, term: Term) -> list[int]:
        if term.special:
            return self._special_positions(term.special)[0]
        if term.number:
            return self._number_at
        if not term.prefix:
            return self._by_stem.get(term.value, [])
        lo = bisect.bisect_left(self._words, term.value)
        hi = bisect.bisect_left(self._words, term.value + "\uffff")
        if hi - lo == 1:
            return self._by_word[self._words[lo]]
        return sorted(i for w in self._words[lo:hi] for i in self._by_word[w])

    def _piece(self, piece: tuple[Term, ...]) -> list[int]:
        if piece[0].negate:
            raise PatternError("une phrase ne peut pas commencer par un mot exclu (!)")
        sentence_of = self.tokens
        out = []
        for i in self._starts(piece[0]):
            # The words of a piece follow each other in one sentence.
            if all(self._matches(piece[k], i + k)
                   and (i + k >= len(sentence_of)
                        or sentence_of[i + k].sentence == sentence_of[i].sentence
                        or piece[k].negate)
                   for k in range(1, len(piece))):
                out.append(i)
        return out

    def said(self, match: Match, follow: bool = True) -> Said:
        """What the sentence of ``match`` says of it (``Said.DONE`` without a reading);
        with ``follow``, what the next sentence says of it through a pronoun."""
        if self.reading is None:
            return Said.DONE
        first = self.tokens[match.start]
        last = self.tokens[match.end - 1]
        index, sentence = getattr(first, "index", None), getattr(first, "sentence", None)
        end = getattr(last, "index", None)
        if not isinstance(index, int) or not isinstance(end, int) or sentence is None:
            return Said.DONE
        s = _sentence(self.reading, sentence)
        if s is None or getattr(last, "sentence", None) != sentence:
            return Said.DONE
        verdict = said(self.reading.tokens[s.first:s.last], index - s.first,
                       end - s.first + 1)
        after = _sentence(self.reading, sentence + 1)
        if (verdict is Said.DONE and follow and after is not None
                and (after.blocks[0] == s.blocks[-1] or s.heading and not after.heading)):
            # The next sentence of the paragraph (or the first under a title) may say
            # it through a pronoun.
            verdict = said_of_it(self.reading.tokens[after.first:after.last])
        return verdict

    def in_heading(self, match: Match) -> bool:
        """Whether ``match`` is in a title (a title names a content, it does not show
        it was done) — not in a heading block that holds text of its own (« # La
        monographie » and its paragraph typed in one styled block)."""
        if self.reading is None:
            return False
        s = _sentence(self.reading, getattr(self.tokens[match.start], "sentence", -1))
        if s is None or not s.heading:
            return False
        block = self.reading.block(s)
        if "\n" not in block.text.strip() and len(block.text.split()) <= _TITLE_WORDS:
            return True
        # The title is the block's first line: the match is on it.
        at = getattr(self.tokens[match.start], "start", 0)
        first_line = block.text.strip().split("\n", 1)[0]
        return "\n" not in s.text[:at] and s.text.split("\n", 1)[0].strip() in first_line

    def under_heading(self, match: Match) -> str | None:
        """What the section under the heading of ``match`` says, when that heading names
        the content: "text" (some text), "empty" (nothing before the next heading of the
        same level: a picture, or nothing), "annex" (only a reference, « Cf. annexe »),
        "todo" (only a placeholder: « En cours », « (à compléter) », « Non réalisée »).
        None when ``match`` is not in a heading."""
        if self.reading is None:
            return None
        start = getattr(self.tokens[match.start], "sentence", -1)
        s = _sentence(self.reading, start)
        if s is None or not s.heading:
            return None
        block = self.reading.block(s)
        if self._title_says_todo(match, s):
            return "todo"  # « Monographie (non réalisée) », « Cartographie : à venir »
        if "\n" in block.text.strip() or len(block.text.split()) > _TITLE_WORDS:
            return "text"  # a heading block that holds text of its own
        words = self._section_words(start, block.heading_level)
        if words is None:
            return "text"
        text = " ".join(words)
        if not words:
            return "empty"
        if _TODO.fullmatch(text):
            return "todo"
        return "annex" if _ANNEX.fullmatch(text) else "text"

    def sentence_words(self, match: Match) -> set[str]:
        """The folded words of the sentence of ``match``, small words included."""
        n = getattr(self.tokens[match.start], "sentence", -1)
        s = _sentence(self.reading, n) if self.reading is not None else None
        if s is None or self.reading is None:
            return {t.word for t in self.tokens if t.sentence == n}
        return {t.word for t in self.reading.tokens[s.first:s.last]}

    def section_title(self, match: Match) -> str | None:
        """The title line of the section ``match`` is in: the nearest heading at or
        before its sentence (the heading block's first line, when the block also holds
        the section's text); None before the first heading or without a reading."""
        if self.reading is None:
            return None
        number = getattr(self.tokens[match.start], "sentence", -1)
        if number not in self._titles:
            self._titles[number] = self._title_before(number)
        return self._titles[number]

    def sentences_under(self, names: Callable[[str], bool]) -> list[Sentence]:
        """The sentences of the index whose section title ``names`` says is a content's
        own (« # L'outil », « 5. Outils »), a heading block's own text included."""
        if self.reading is None or not self.tokens:
            return []
        lo = getattr(self.tokens[0], "sentence", -1)
        hi = getattr(self.tokens[-1], "sentence", -1)
        out = []
        for s in self.reading.sentences:
            if not lo <= s.index <= hi:
                continue
            if s.index not in self._titles:
                self._titles[s.index] = self._title_before(s.index)
            title = self._titles[s.index]
            if title is not None and names(title):
                out.append(s)
        return out

    def _title_before(self, number: int) -> str | None:
        assert self.reading is not None
        first = self.reading.sentences[0].index if self.reading.sentences else 0
        for k in range(number, max(first, 0) - 1, -1):
            if k in self._titles and k != number:
                return self._titles[k]
            s = _sentence(self.reading, k)
            if s is not None and s.heading:
                return self.reading.block(s).text.strip().split("\n", 1)[0]
        return None

    def announces_plan(self, match: Match) -> bool:
        """Whether ``match`` is in a sentence that announces the document's plan (« Ce
        mémoire présente la structure, la cartographie de son réseau, la monographie…,
        l'outil que j'ai créé… », « Dans une première partie, je présenterai… », « Il
        s'articule en sept parties : … »): it names every content, it shows none."""
        if self.reading is None:
            return False
        number = getattr(self.tokens[match.start], "sentence", -1)
        if number not in self._plan:
            self._plan[number] = self._announces(number)
        return self._plan[number]

    def _announces(self, number: int) -> bool:
        assert self.reading is not None
        s = _sentence(self.reading, number)
        if s is None or s.heading:
            return False
        words = tuple(t.word for t in self.reading.tokens[s.first:s.last])
        if _plan_sentence(words):
            return True
        # « Ce mémoire rend compte de mon stage. Il présente la structure, … »: the
        # document, named just before, taken up by a pronoun.
        prev = _sentence(self.reading, s.index - 1)
        return (prev is not None and bool(words) and words[0] in {"il", "elle"}
                and any(x.startswith(_PLAN_VERBS) for x in words[1:4]
                        if x not in {"se", "s", "'"})
                and bool(_PLAN_SUBJECTS.intersection(
                    t.word for t in self.reading.tokens[prev.first:prev.last])))

    def label_says_todo(self, match: Match) -> bool:
        """Whether ``match`` opens a sentence of the text as a label whose answer is a
        placeholder: « (Développement durable : non traité dans ce dossier.) »,
        « Évaluation : à venir »."""
        if self.reading is None:
            return False
        first = self.tokens[match.start]
        s = _sentence(self.reading, getattr(first, "sentence", -1))
        j = getattr(first, "index", None)
        if s is None or s.heading or not isinstance(j, int):
            return False
        before = self.reading.tokens[s.first:j]
        if len(before) > 3 or any(t.kind == "word" and t.word not in _LABEL_SMALL
                                  for t in before):
            return False
        return self._title_says_todo(match, s)

    def _title_says_todo(self, match: Match, s: Sentence) -> bool:
        """Whether the title itself ends on a placeholder after a bracket, a colon or a
        dash: « Partie 3 — Monographie (non réalisée) », « Cartographie : à venir »."""
        assert self.reading is not None
        end = getattr(self.tokens[match.end - 1], "index", -1)
        if end < 0:
            return False
        after = self.reading.tokens[end + 1:s.last]
        cut = max((k for k, t in enumerate(after) if t.text in "(:–—-"), default=-1)
        if cut < 0:
            return False
        words = " ".join(t.word for t in after[cut + 1:] if t.kind != "punct")
        return bool(words) and _TODO.fullmatch(words) is not None

    def _section_words(self, start: int, level: int | None) -> list[str] | None:
        """The first words under heading sentence ``start``, up to the next heading;
        None when there are more than a placeholder's or sub-sections follow."""
        assert self.reading is not None
        words: list[str] = []
        for i in range(start + 1, start + 40):
            nxt = _sentence(self.reading, i)
            if nxt is None:
                break
            if nxt.heading:
                deeper = self.reading.block(nxt).heading_level
                if level is not None and deeper is not None and deeper > level:
                    return None  # sub-sections: the content is told under them
                break
            words += [t.word for t in self.reading.tokens[nxt.first:nxt.last]
                      if t.kind != "punct"]
            if len(words) > 8:
                return None
        return words

    def names_several(self, match: Match) -> bool:
        """Whether the words after ``match`` list several actors: « gravitent de
        nombreux intervenants : le PLIE, la Mission locale, l'épicerie solidaire et les
        employeurs », « ne travaille jamais seule. En amont, les lycées, la PJJ et les
        CCAS… » (the next sentence of its paragraph), a title over a table of partners —
        not « il travaille en lien avec France Travail pour le recrutement »."""
        if self.reading is None:
            return False
        last = self.tokens[match.end - 1]
        i, end = getattr(last, "sentence", -1), getattr(last, "index", -1)
        s = _sentence(self.reading, i)
        if s is None or end < 0:
            return False
        if s.heading or s.in_table:
            # A title or a cell over a table: its rows are the list.
            rows = items = 0
            for k in range(i + 1, i + 30):
                nxt = _sentence(self.reading, k)
                if nxt is None or nxt.heading:
                    break
                rows += nxt.in_table
                # « - CCAS : aides d'urgence », « CAF : prestations. »
                items += (nxt.text.lstrip()[:1] in _BULLETS
                          or ":" in nxt.text.split()[1:4])
            return rows >= _TABLE_CELLS or items >= _LIST_ITEMS
        tokens = list(self.reading.tokens[end + 1:s.last])
        nxt = _sentence(self.reading, i + 1)
        if nxt is not None and not nxt.heading and nxt.blocks[0] == s.blocks[-1]:
            tokens += self.reading.tokens[nxt.first:nxt.last]
        separators = sum(t.text in {",", ";", ":"} or t.word in {"et", "ou"}
                         for t in tokens)
        names, run = 0, False
        for t in tokens:
            capital = t.kind == "word" and t.text[:1].isupper()
            names += capital and not run
            run = capital
        # « Le CCAS oriente les familles. La CAF finance le poste. France Travail… »:
        # short sentences of the same section that each open on an actor's name.
        return (separators >= 3 or (names >= 3 and separators >= 2)
                or self._actor_sentences(i) >= _LIST_ITEMS)

    def _actor_sentences(self, i: int) -> int:
        assert self.reading is not None
        count = 0
        for k in range(i + 1, i + 7):
            nxt = _sentence(self.reading, k)
            if nxt is None or nxt.heading:
                break
            words = [t for t in self.reading.tokens[nxt.first:nxt.last] if t.kind == "word"]
            if words and words[0].word in _ARTICLES:
                words = words[1:]
            if words and len(words) <= _SHORT and words[0].text[:1].isupper():
                count += 1
        return count

    def owner(self, match: Match) -> str:
        """Whose thing a mention of a made content is: "mine" when its sentence has the
        candidate as subject or owner (« j'ai conçu une grille », « nous avons utilisé le
        livret », « mon questionnaire »), "generic" for a plural with no one's mark (« la
        formation m'a donné des outils », « les outils de la formation »), else "other"
        (« le questionnaire de satisfaction a été rempli », « l'animatrice utilisait ses
        supports »)."""
        if self.reading is None:
            return "mine"
        first = self.tokens[match.start]
        j = getattr(first, "index", None)
        s = _sentence(self.reading, getattr(first, "sentence", -1))
        if s is None or not isinstance(j, int):
            return "mine"
        full = self.reading.tokens
        words = [t.word for t in full[s.first:s.last]]
        before = [t.word for t in full[max(s.first, j - 2):j]]
        if _MY.intersection(before):
            return "mine"
        word = full[j].word
        # Whose it is, said right after it (« les fiches de l'animatrice », « le livret
        # de l'association »), wins over who used it: someone else's thing put to use.
        after = [t.word for t in full[j + 1:min(s.last, j + 8)] if t.kind != "punct"]
        if any(w in {"de", "du", "d"} and _OWNERS.intersection(after[k + 1:k + 3])
               for k, w in enumerate(after[:4])):
            return "other"
        plural = word.endswith(("s", "x")) and (not before or before[-1] in _GENERIC_BEFORE)
        mine = bool(_FIRST_PERSON.intersection(words))
        if plural:
            # « je repars avec beaucoup d'outils »: the candidate, but nothing made.
            near = [t.word for t in full[max(s.first, j - 5):min(s.last, j + 6)]]
            making = any(w.startswith(_MAKING_WORDS) for w in near)
            return "mine" if mine and making else "generic"
        if mine:
            return "mine"
        # Someone else's only when the text says whose (« son questionnaire », « le
        # livret de l'association »): « un questionnaire a été rempli » may be the
        # candidate's.
        after = [t.word for t in full[j + 1:min(s.last, j + 8)] if t.kind != "punct"]
        theirs = bool(_THEIR.intersection(before)) or any(
            w in {"de", "du", "d"} and _OWNERS.intersection(after[k + 1:k + 3])
            for k, w in enumerate(after))
        return "other" if theirs else "mine"

    def not_dealt_with(self, match: Match) -> bool:
        """Whether the candidate says, in the sentence of ``match``, that they did not
        deal with it: a negated verb of theirs before it in the same clause (« Je n'ai
        pas travaillé sur la question de l'environnement », « je n'ai pas eu l'occasion
        de travailler avec les partenaires », « je n'ai pas pu faire l'analyse de
        l'action »), or « sans » right before it (« j'ai travaillé seule, sans grille ni
        méthode »). A topic named that way is not shown there."""
        if self.reading is None:
            return False
        # « Le territoire — nous n'avons pas pu rassembler de chiffres »: any word of
        # the phrase in the negated clause.
        # « sans rendez-vous » is the phrase's own « sans » (a way of receiving people),
        # not the candidate going without.
        own = "sans" in match.pattern.lower().split()
        return any(self._left_out_at(k, own) for k in {match.start, match.end - 1})

    def _left_out_at(self, k: int, own_sans: bool = False) -> bool:
        assert self.reading is not None
        first = self.tokens[k]
        j = getattr(first, "index", None)
        s = _sentence(self.reading, getattr(first, "sentence", -1))
        if s is None or not isinstance(j, int):
            return False
        full = self.reading.tokens
        clause: list[str] = []
        for t in reversed(full[max(s.first, j - _DEALT_WINDOW):j]):
            if t.text in _CLAUSE_CUTS or t.word in _CLAUSE_WORDS:
                break
            clause.append(t.word)
        clause.reverse()
        if not own_sans and "sans" in clause[-4:] and _doing_without(
                [t.word for t in full[s.first:j]]):
            return True
        negated = next((k for k, w in enumerate(clause) if w in _NOT_WORDS), None)
        if negated is None:
            return False
        # The candidate is the subject of the negated verb: « je n' », « nous n' »,
        # « on ne » right before the negation.
        subject = clause[max(0, negated - 5):negated]
        # The verb negated is one of dealing with a thing (« travaillé sur », « pu
        # faire », « eu le temps / l'occasion de travailler », « abordé », « cherché »)
        # — not « je ne connaissais pas la CAF » (it exists), nor « je n'ai pas su faire
        # participer la plus timide » (tried: a limit told, not a topic left out).
        verb = next((w for w in clause[negated + 1:] if w not in _DEAL_SKIP), "")
        if not verb.startswith(_DEAL_VERBS):
            return False
        return bool(_FIRST_PERSON.intersection(subject)) and bool(
            {"n", "ne"}.intersection(subject))

    def excerpt(self, match: Match, width: int = 70) -> str:
        """A few words of the sentence of ``match``, to quote it."""
        if self.reading is None:
            return ""
        tok = self.tokens[match.start]
        s = _sentence(self.reading, getattr(tok, "sentence", -1))
        if s is None:
            return ""
        text = " ".join(s.text.split())
        return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"

    def quote(self, match: Match, width: int = 60) -> str:
        """The words of the dossier ``match`` stands on, with a little of their sentence
        around them: what a report shows as found (never the search phrase)."""
        if self.reading is None:
            return ""
        first, last = self.tokens[match.start], self.tokens[max(match.end - 1, match.start)]
        s = _sentence(self.reading, getattr(first, "sentence", -1))
        lo, hi = getattr(first, "start", None), getattr(last, "end", None)
        if (s is None or getattr(last, "sentence", -1) != s.index
                or not isinstance(lo, int) or not isinstance(hi, int)):
            return self.excerpt(match, width)
        room = max(width - (hi - lo), 0)
        a, b = max(lo - room // 2, 0), min(hi + room - room // 2, len(s.text))
        # Whole words only: cut back to the space nearest each end.
        if a > 0:
            a = s.text.find(" ", a, lo) + 1 or lo
        if b < len(s.text):
            b = s.text.rfind(" ", hi, b) if s.text.rfind(" ", hi, b) > 0 else hi
        text = " ".join(s.text[a:b].split()).strip(" ,;:")
        return ("…" if a > 0 else "") + text + ("…" if b < len(s.text) else "")

    def _literal_at(self, pattern: Pattern, i: int) -> bool:
        """Whether the small words of a one-word phrase surround its word at ``i``."""
        tok = self.tokens[i]
        j = getattr(tok, "index", None)
        if self.reading is None or not isinstance(j, int):
            return True
        full = self.reading.tokens
        lit, at = pattern.literal, pattern.anchor
        k = j
        for w in reversed(lit[:at]):  # the small words before, right to left
            k -= 1
            while k >= 0 and full[k].kind == "punct" and full[k].text in "'’":
                k -= 1
            if k < 0 or full[k].word != w:
                return False
        k = j
        for w in lit[at + 1:]:
            k += 1
            while k < len(full) and full[k].kind == "punct" and full[k].text in "'’":
                k += 1
            if k >= len(full) or full[k].word != w:
                return False
        return True

    def _label_at(self, i: int, size: int) -> bool:
        """Whether the words at ``i`` (``size`` of them) open their sentence and are
        followed by a colon: « Limites : … », « 8. Ma limite : … »."""
        first, last = self.tokens[i], self.tokens[i + size - 1]
        j, k = getattr(first, "index", None), getattr(last, "index", None)
        if self.reading is None or not isinstance(j, int) or not isinstance(k, int):
            return False
        full = self.reading.tokens
        s = _sentence(self.reading, first.sentence)
        if s is None:
            return False
        colon = k + 1 < len(full) and full[k + 1].text == ":"
        # A title or a table cell that is only the label (« Limites », « Points forts »
        # in the first column of a table) names the content as well.
        alone = (s.heading or s.in_table) and (
            all(t.kind == "punct" for t in full[k + 1:s.last])
            # a title line, its text on the next lines of the same block
            or (s.heading and k + 1 < s.last
                and "\n" in s.text[full[k].end:full[k + 1].start]))
        if not (colon or alone):
            return False
        before = full[s.first:j]
        return len(before) <= 4 and all(
            t.kind in ("punct", "number", "ordinal") or t.word in _LABEL_SMALL
            for t in before)

    def find(self, pattern: Pattern) -> list[Match]:
        found = self._find(pattern)
        if pattern.excluded and found:
            found = [m for m in found if not self._sentence_has(m, pattern.excluded)]
        return found

    def _sentence_has(self, match: Match, excluded: tuple[str, ...]) -> bool:
        """Whether the sentence of ``match`` has one of ``excluded`` (folded words,
        « x* » a prefix), small words included when the reading is there."""
        n = getattr(self.tokens[match.start], "sentence", -1)
        s = _sentence(self.reading, n) if self.reading is not None else None
        if s is not None:
            words = [t.word for t in self.reading.tokens[s.first:s.last]]  # type: ignore[union-attr]
        else:
            words = [t.word for t in self.tokens if t.sentence == n]
        return any(w.startswith(x[:-1]) if x.endswith("*") else w == x
                   for x in excluded for w in words)

    def _find(self, pattern: Pattern) -> list[Match]:
        first = self._piece(pattern.pieces[0])
        if pattern.literal and self.reading is not None:
            first = [i for i in first if self._literal_at(pattern, i)]
        if pattern.label:
            size = len(pattern.pieces[0])
            first = [i for i in first if self._label_at(i, size)]
        if len(pattern.pieces) == 1:
            size = len(pattern.pieces[0])
            # « monograph* !structure »: the word excluded after it is no part of the match.
            while size > 1 and pattern.pieces[0][size - 1].negate:
                size -= 1
            return [Match(pattern.text, self.tokens[i].page, i, i + size) for i in first]
        others = [self._piece(p) for p in pattern.pieces[1:]]
        out = []
        for i in first:
            sentence = self.tokens[i].sentence
            near = [next((j for j in occ if abs(j - i) <= WINDOW
                          and self.tokens[j].sentence == sentence), None) for occ in others]
            if all(j is not None for j in near):
                positions = [i, *(j for j in near if j is not None)]
                start, end = min(positions), max(positions) + 1
                out.append(Match(pattern.text, self.tokens[start].page, start, end))
        return out
