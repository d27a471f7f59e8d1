"""Whether a sentence says a thing was NOT done: negated, future, wished or only planned.

« Je n'ai pas eu le temps de réaliser la cartographie », « la cartographie n'a pas pu
être faite », « faute de temps, pas de cartographie », « le bilan sera fait après mon
départ », « prévue mais non réalisée », « j'aurais aimé construire un questionnaire »:
the words of the content are there, the content is not. A light reader of the clause
around a match, not a parser:

- the sentence is cut into segments at punctuation and at the words that open another
  clause (« mais », « car », « que », « qui »…); a match is judged on its own segment,
  and when that segment has no verb (« La cartographie, prévue en mars, n'a pas été
  réalisée ») on the next ones up to the verb, skipping relative incises (« la
  cartographie, que je n'ai pas pu terminer, montre… » is done: the negation is the
  incise's, not the cartographie's);
- a segment says « not done » when a negation, a future or conditional, a wish or a
  plan bears on a verb of making (« réaliser », « faire », « mener », « élaborer »…), or
  when the content is introduced by « pas de », « aucun », « sans », « ni », « absence
  de »; a plan is kept when the same segment says it was carried out (« prévue en mars
  et réalisée en avril »);
- « not finished » (« n'est pas terminée », « inachevée ») is its own answer: the content
  is partly there.

Only verbs of making count: « vous trouverez la cartographie en annexe », « le public
n'a pas le permis », « j'aurais pu approfondir la cartographie » say nothing against the
content being there.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from functools import lru_cache

from cipcheck.reading.tense import is_future_form
from cipcheck.reading.text import Token


class Said(Enum):
    DONE = "done"
    NOT_DONE = "not done"
    UNFINISHED = "unfinished"
    # A negation about the candidate's past before the placement (« je n'avais jamais
    # réalisé de cartographie avant ce stage »): not evidence, not a denial either.
    UNSURE = "unsure"


_CUT_PUNCT = frozenset(",;:()[]—–«»\"")
# Words that open another clause: the segment before them is judged apart.
_CUT_WORDS = frozenset({"mais", "car", "cependant", "pourtant", "toutefois", "neanmoins",
                        "tandis", "que", "qu", "qui", "dont", "puisque", "lorsque",
                        "quand", "parce", "sinon", "or"})
_RELATIVES = frozenset({"que", "qu", "qui", "dont", "lequel", "laquelle", "lesquels",
                        "lesquelles", "ou"})
_SUBJECTS = frozenset({"je", "j", "il", "elle", "nous", "on", "ils", "elles", "tu", "vous"})
_FINITE = frozenset({
    "ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez", "avaient",
    "suis", "es", "est", "sommes", "etes", "sont", "etais", "etait", "etions", "etiez",
    "etaient", "aura", "auront", "sera", "seront", "serait", "seraient", "aurait",
    "auraient", "ait", "soit", "sois", "fut", "eut", "reste", "restait",
    "existe", "montre", "presente", "permet", "figure", "recense", "donne",
})
_NEGATIONS = frozenset({"pas", "jamais", "rien", "aucun", "aucune", "nullement", "guere"})
# Introduce the content itself as missing: « pas de cartographie », « aucun outil ».
_MISSING_BEFORE = frozenset({"pas", "aucun", "aucune", "sans", "ni", "absence", "faute",
                             # « il manquait un support écrit », « le manque de… »
                             "manque", "manquait", "manquaient", "manquent", "manquera"})
# Small words skipped between such a word and the content (« pas encore de », « aucune
# véritable »).
_BETWEEN = frozenset({"de", "d", "'", "la", "le", "les", "l", "un", "une", "des", "du",
                      "encore", "vraiment", "reellement", "veritable", "veritablement",
                      "ma", "mon", "mes", "sa", "son", "ses", "notre", "nos", "leur",
                      "cette", "ce", "ces", "eu", "temps", "pu", "fait", "realise"})
# Verbs of making, by their folded Snowball stem (« réalisée » → realis, « conçu » →
# concu): what a negation, a future or a wish must bear on to say the content was not
# produced. Stems, not prefixes: « mis » (mise en place) is not « mission ».
_MAKING = frozenset({
    "realis", "fair", "fait", "fer", "feront", "men", "elabor", "construir", "construit",
    "produir", "produit", "dessin", "etabl", "concevoir", "concu", "cre", "redig", "dress",
    "effectu", "about", "lieu", "exist", "entam", "demarr", "mettr", "mis", "organis",
    "deroul", "ten", "tenu", "conduir", "conduit", "formalis", "trac", "commenc", "lanc",
    "ecrir", "ecrit", "construis", "elabore", "realiserai",
})
_UNFINISHED = frozenset({"termin", "achev", "finalis", "complet", "inachev", "ebauch"})
_WISHES = frozenset({
    "souhaite", "souhaitais", "souhaitait", "souhaitons", "souhaitions", "souhaitaient",
    "espere", "esperais", "esperait", "esperons", "envisage", "envisageais", "envisageait",
    "envisageons", "comptais", "comptait", "comptions", "voulais", "voulait", "voulions",
    "voulu", "intention", "projette", "projetais",
    # « Je prévois de créer un questionnaire », « je prévoyais de concevoir une fiche,
    # mais… »: an intention told with « prévoir » in any simple tense, as with
    # « envisager » (« prévu », a participle, is a plan: ``_PLANNED``).
    "prevois", "prevoit", "prevoyons", "prevoient", "prevoyais", "prevoyait",
    "prevoyions", "prevoyaient", "projetons", "projetait", "comptons",
    # « Je devais retracer le parcours… »: what was due, not what was done.
    "devais", "devait", "devions", "deviez", "devaient",
})
_PLANNED = ("prevu", "programme", "planifie", "envisage", "reporte", "repousse")
_ETRE = frozenset({"est", "sont", "etait", "etaient", "sera", "seront", "serait",
                   "seraient", "ete", "reste", "restait", "restera"})
_LATER = (("apres", "mon", "depart"), ("apres", "ma", "periode"),
          ("apres", "le", "stage"), ("plus", "tard"), ("a", "venir"), ("ulterieurement",),
          ("prochainement",), ("reste", "a"), ("restait", "a"), ("restera", "a"),
          ("en", "projet"), ("a", "faire"), ("a", "realiser"), ("a", "construire"))
# A limitation of something that exists: « j'aurais pu faire une carte plus complète ».
_COMPARATIVES = frozenset({"mieux", "davantage", "approfondi", "approfondir", "detaillee",
                           "detaille", "complete", "precise", "precis", "exhaustive",
                           "exhaustif", "enrichir", "affiner"})


def _words(tokens: Sequence[Token]) -> tuple[list[str], list[str]]:
    """Folded words (punctuation as written) and stems of a sentence's tokens."""
    words = [t.word if t.kind != "punct" else t.text for t in tokens]
    # « à » folds to « a », the auxiliary: its stem keeps it apart (« l'évaluation à
    # froid sera réalisée » is no « a été réalisée »).
    return words, [t.stem if t.text not in ("à", "À") else "à" for t in tokens]


def _segments(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each segment of a sentence's words."""
    out: list[tuple[int, int]] = []
    start = 0
    for k, w in enumerate(words):
        if w in _CUT_PUNCT:
            if k > start:
                out.append((start, k))
            start = k + 1
        elif w in _CUT_WORDS and k > start:
            # « ne … que » restricts, it does not open a clause: kept in one piece.
            if w in {"que", "qu"} and "n" in words[start:k] and not any(
                    x in _NEGATIONS for x in words[start:k]):
                continue
            out.append((start, k))
            start = k
    if start < len(words):
        out.append((start, len(words)))
    return out


def _verbs_only(words: list[str], stems: list[str]) -> list[str]:
    """The words without « à » (folded « a », the auxiliary's spelling)."""
    return [w for w, st in zip(words, stems, strict=True) if st != "à"]


def _has_verb(words: list[str]) -> bool:
    return any(w in _FINITE or w in _SUBJECTS or is_future_form(w) for w in words)


class _Scope:
    """The folded words and stems of the clause a match is judged on."""

    def __init__(self, words: list[str], stems: list[str], own: int | None = None) -> None:
        self.words, self.stems = words, stems
        self.set = set(words)
        self.making = [st in _MAKING or (w in _SEE and words[k + 1:k + 3] == ["le", "jour"])
                       for k, (w, st) in enumerate(zip(words, stems, strict=True))]
        if own is not None:
            # The verb of a subject read further on: it bears on the subject when passive
            # or intransitive (« n'a pas été réalisée », « n'a pas abouti »), not when it
            # has its own object (« M. R., 52 ans, n'a jamais rédigé de CV »).
            for k in range(own, len(words)):
                # « …, je n'ai pas eu le temps de la rédiger »: a clitic right before
                # the verb is the subject taken up again.
                if self.making[k] and not (stems[k] in _INTRANSITIVE or words[k] in _SEE or any(
                        b in _PASSIVE or b == "non" for b in words[max(own, k - 2):k])
                        or words[k - 1] in _TAKEN_UP
                        or words[k - 2:k] == ["l", "'"]):
                    self.making[k] = False
        self.unfinished = any(st in _UNFINISHED for st in stems)

    def negated(self) -> bool:
        w = self.words
        if self.set & _NEGATIONS or ("n" in self.set and "plus" in self.set):
            return True
        if w[:1] == ["ni"]:
            return True  # « je n'ai pas pu faire l'analyse, ni écrire l'histoire… »
        # « la cartographie n'a pu être réalisée », « je ne puis » : « ne » alone before
        # « pouvoir » (or « savoir », « oser ») is a negation of written French.
        if "n" in self.set or "ne" in self.set:
            for k, x in enumerate(w[:-1]):
                if x in {"n", "ne"} and any(y in _LITERARY for y in w[k + 1:k + 4]) \
                        and not {"que", "qu"} & set(w[k + 1:k + 7]):  # « n'a pu que »
                    return True
        # « non réalisée », « sans avoir pu la faire »: on a verb of making only.
        for k, x in enumerate(w[:-1]):
            if x == "non" and (self.making[k + 1] or self.stems[k + 1] in _UNFINISHED):
                return True
            if x == "sans" and (w[k + 1] == "avoir" or self.making[k + 1]):
                return True
        return False

    def verdict(self) -> Said:
        making = any(self.making)
        if self.negated():
            return self._negated_verdict(making)
        if self.set & {"inachevee", "inacheve", "ebauche", "ebauchee"}:
            return Said.UNFINISHED
        planned = self._planned()
        if self._regretted() and not (self.set & _COMPARATIVES):
            # « J'aurais aimé présenter une cartographie »: a wish in the past conditional
            # says it was not done, whatever the verb.
            return Said.NOT_DONE
        if not making:
            # « La cartographie est prévue pour mai »: a plan without a verb of making.
            # « je proposerais un support »: a proposal is no evidence — nor a sure
            # denial (« je proposerais d'enrichir la cartographie » speaks of one).
            if planned and self._plan_was_the_past():
                # « Les séances prévues le mardi soir ont été déplacées au mardi matin »:
                # the plan qualifies a noun and the clause tells, in a past of its own,
                # what became of it. What was planned then happened to it (moved,
                # cancelled, kept): not a sure « not done » — never a failure on it.
                return Said.UNSURE
            return Said.NOT_DONE if planned else (
                Said.UNSURE if self._proposal() else Said.DONE)
        if planned:
            return Said.DONE if self._carried_out() else Said.NOT_DONE
        comparative = bool(self.set & _COMPARATIVES) or (
            "plus" in self.set and "n" not in self.set)
        if comparative:
            return Said.DONE  # a limitation of what exists: « aurait pu être plus complète »
        if self._wished() or self._going_to():
            return Said.NOT_DONE
        if any(is_future_form(x) for x in self.words if x not in {"pourra", "pourrait"}) \
                and not self._carried_out():
            return Said.NOT_DONE
        return Said.DONE

    def _negated_verdict(self, making: bool) -> Said:
        if self.set & _EASE:
            # « Elle n'a pas été facile à réaliser », « ce ne fut pas simple à
            # construire »: made, with difficulty.
            return Said.DONE
        if making:
            return Said.NOT_DONE
        if self._plan_denied():
            # « Je n'avais pas prévu d'outil d'évaluation »: no evidence, but no sure
            # denial either (« pas prévu au départ, puis… »): never a failure.
            return Said.UNSURE
        return Said.UNFINISHED if self.unfinished else Said.DONE

    def _planned(self) -> bool:
        w = self.words
        for k, x in enumerate(w):
            if x.startswith(_PLANNED) and len(x) <= len("programmees"):
                if k > 0 and w[k - 1] == "comme":
                    continue  # « comme prévu »: the plan was kept
                if k > 0 and (w[k - 1] in _ETRE or w[k - 1] in {"initialement", "abord"}):
                    return True
                if k + 1 < len(w) and w[k + 1] in {"mais", "pour", "en", "le", "au"}:
                    return True
        return any(w[k:k + len(seq)] == seq for k, x in enumerate(w) if x in _LATER_FIRST
                   for seq in _LATER_FIRST[x])

    def _plan_was_the_past(self) -> bool:
        """A participle of plan after its noun (« les séances prévues le mardi »,
        « l'atelier programmé en mars »), not after « être » (« est prévue pour mai »),
        then a compound past of the clause's own verb (« ont été déplacées », « a
        eu lieu »): the plan is the past the sentence starts from, not what is to come."""
        w = self.words
        plans = [k for k, x in enumerate(w)
                 if x.startswith(_PLANNED) and len(x) <= len("programmees")]
        # Any plan word after « être » (« a été reportée ») is a plan of its own.
        if not plans or any(k == 0 or w[k - 1] in _ETRE or w[k - 1] in {
                "initialement", "abord", "comme"} for k in plans):
            return False
        if any(x.startswith(_DROPPED) for x in w[plans[0] + 1:]):
            return False  # « … a été abandonnée », « annulée »: the plan fell, not done
        return any(w[j] in _PAST_AUX and j + 1 < len(w) and w[j + 1] not in _SUBJECTS
                   and not is_future_form(w[j + 1]) and w[j + 1] != "pas"
                   for j in range(plans[0] + 2, len(w)))

    def _proposal(self) -> bool:
        return any(st.startswith(_PROPOSE_STEMS) and is_future_form(x)
                   for x, st in zip(self.words, self.stems, strict=True))

    def _plan_denied(self) -> bool:
        """« Je n'avais pas prévu d'outil d'évaluation », « rien n'a été programmé »: a
        negated plan is no content (« comme prévu » is a plan kept)."""
        w = self.words
        return any(x.startswith(_PLANNED) and len(x) <= len("programmees")
                   and not (k > 0 and w[k - 1] == "comme") for k, x in enumerate(w))

    def _regretted(self) -> bool:
        """« j'aurais aimé présenter… », « il eût été souhaitable de présenter… », « une
        cartographie aurait été bienvenue »."""
        w = self.words
        return any(x in _WOULD_HAVE and k + 1 < len(w) and w[k + 1] in _WISHED
                   or x in _WOULD_HAVE | {"eut"} and w[k + 1:k + 2] == ["ete"]
                   and w[k + 2:k + 3] and w[k + 2].startswith(_DESIRABLE)
                   for k, x in enumerate(w))

    def _wished(self) -> bool:
        """A wish or an intention (« je prévoyais de », « je souhaitais »), not one
        kept (« comme je le prévoyais », « comme nous le souhaitions »)."""
        w = self.words
        return any(x in _WISHES and "comme" not in w[max(0, k - 3):k]
                   for k, x in enumerate(w))

    def _going_to(self) -> bool:
        # « je vais créer », and « je compte concevoir » (not « le compte rendu »: the
        # verb only after its subject, with an infinitive of making).
        return any((x in _ALLER or x == "compte" and k > 0 and self.words[k - 1] in {
                    "je", "on"}) and k + 1 < len(self.words) and self.making[k + 1]
                   for k, x in enumerate(self.words))

    def _carried_out(self) -> bool:
        """A compound past or participle of making, not negated: « a été réalisée »,
        « prévue en mars et menée en avril »."""
        w = self.words
        for k, x in enumerate(w):
            if (self.making[k] and not is_future_form(x)
                    and not x.endswith(("er", "ir", "re"))
                    and any(w[b] in _DONE_BEFORE and self.stems[b] != "à"
                            for b in range(max(0, k - 3), k))):
                return True
        return False


# The phrases of « later » by their first word: a scope is scanned once.
_LATER_FIRST: dict[str, list[list[str]]] = {}
for _seq in _LATER:
    _LATER_FIRST.setdefault(_seq[0], []).append(list(_seq))
# Auxiliaries of a compound past in the third person (« ont été déplacées », « a eu
# lieu »): a clause's own past after a participle of plan that qualifies its subject.
_DROPPED = ("abandonn", "annul", "supprim", "renonc")
_PAST_AUX = frozenset({"a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"})
_INTRANSITIVE = frozenset({"exist", "about", "lieu", "deroul", "tenu"})
_PASSIVE = frozenset({"ete", "etre", "fut", "est", "sont", "sera", "seront", "etait",
                      "etaient", "soit", "serait"})
_TAKEN_UP = frozenset({"la", "le", "les"})
_EASE = frozenset({"facile", "simple", "evident", "evidente", "aise", "aisee", "simples",
                   "faciles"})
_LITERARY = frozenset({"pu", "pourra", "pourrait", "peut", "pouvait", "puis", "su",
                       "saurait", "ose", "osais"})
_WOULD_HAVE = frozenset({"aurais", "aurait", "aurions", "auriez", "auraient"})
_WISHED = frozenset({"aime", "voulu", "souhaite", "prefere"})
_DESIRABLE = ("souhaitable", "utile", "pertinent", "preferable", "judicieu", "interessant",
              "bienvenu", "necessaire", "opportun", "bon", "bien")
# « voir le jour »: to be made (« le livret n'a jamais vu le jour »).
_SEE = frozenset({"vu", "voir", "vit", "verra", "verront", "verrait"})
_ALLER = frozenset({"vais", "vas", "va", "allons", "allez", "vont"})
_DONE_BEFORE = frozenset({"a", "ai", "avons", "avez", "ont", "ete", "est", "sont", "et",
                          "bien", "finalement", "effectivement", "s"})


@lru_cache(maxsize=8192)
def _sentence_plan(words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    return tuple(_segments(list(words)))


def said(sentence: Sequence[Token], first: int, last: int) -> Said:
    """What the sentence (its tokens, stop words and punctuation included) says of the
    content matched on tokens ``first`` to ``last`` (exclusive, sentence positions)."""
    words, stems = _words(sentence)
    segments = _sentence_plan(tuple(words))
    at = next((i for i, (lo, hi) in enumerate(segments) if lo <= first < hi), None)
    if _missing_before(words, first):
        # « Il n'existait pas de cartographie : j'en ai donc construit une. »
        later = segments[at + 1:] if at is not None else []
        if _done_after_all(words, stems, later):
            return Said.DONE
        # « il manquait un support écrit » — a lack, not a sure « not done ».
        return Said.UNSURE if _lacking_before(words, first) else Said.NOT_DONE
    if at is None:
        return Said.DONE
    scope = _scope_of(words, stems, segments, at, first)
    verdict = scope.verdict()
    if verdict is not Said.NOT_DONE and _purpose_denied(words, first, scope):
        verdict = Said.NOT_DONE
    if verdict is Said.DONE:
        verdict = _done_read_again(words, stems, first, scope)
    if verdict is Said.DONE and (_later_qualifier(words, segments[at + 1:at + 2])
                                 or _plan_then_but(words, stems, segments, at, first)):
        verdict = Said.NOT_DONE
    if verdict is Said.DONE and _unfinished_after(words, stems, segments[at + 1:]):
        return Said.UNFINISHED
    if verdict is not Said.NOT_DONE:
        return verdict
    if _done_after_all(words, stems, segments[at + 1:]):
        return Said.DONE
    return Said.UNSURE if _before_placement(scope) else verdict


# The candidate's plan told in the pluperfect (« j'avais prévu », « nous avions
# programmé »): what became of it is what the sentence goes on to say.
_PLUPERFECT = frozenset({"avais", "avait", "avions", "aviez", "avaient"})
_OBJECT_OPENERS = frozenset({"un", "une", "des", "le", "la", "les", "l", "'", "mon", "ma",
                             "mes", "notre", "nos", "petit", "petite", "de", "d"})


def _plan_then_but(words: list[str], stems: list[str], segments: Sequence[tuple[int, int]],
                   at: int, first: int) -> bool:
    """« J'avais prévu une monographie du parcours de M. H., mais il a refusé… »: the
    content is the object of a plan in the pluperfect and the next clause opens with
    « mais »: the plan was not carried out (M, H, W). « J'avais prévu un questionnaire
    avant et après ; la note est passée de 3 à 6 » (no « mais ») stays done, and so does
    a « mais » clause that tells something made (« mais il a été fait avec la tutrice »,
    « mais je l'ai réalisée en avril »)."""
    lo, _ = segments[at]
    if at + 1 >= len(segments) or words[segments[at + 1][0]] != "mais":
        return False
    for b, e in segments[at + 1:]:
        tail = _Scope(words[b:e], stems[b:e])
        if tail._carried_out() and not tail.negated():
            return False
    # The plan's object itself (« prévu une monographie », « programmé un livret »), not a
    # word further on (« prévu un questionnaire de satisfaction » denies the
    # questionnaire, not every « satisfaction » of the part).
    return any(words[k] in _PLUPERFECT and words[k + 1].startswith(_PLANNED)
               and len(words[k + 1]) <= len("programmees")
               and all(x in _OBJECT_OPENERS for x in words[k + 2:first])
               for k in range(lo, first - 1))


# « La monographie sera présentée à l'oral », « je la présenterai lors de la
# soutenance », « elle sera exposée au jury »: left for the oral, not in the writing.
_ORAL = frozenset({"oral", "orale", "soutenance", "jury"})
_SHOWING = frozenset({"present", "expos", "montr", "detaill", "developp", "expliqu",
                      "remettr", "remis", "fourn", "transmettr", "transmis"})
_WILL_BE = frozenset({"sera", "seront", "serai", "serons"})


def _left_for_the_oral(words: list[str], stems: list[str], scope: _Scope) -> bool:
    """A verb of showing in the future, in the match's clause, and the oral (or the
    jury) in its sentence: the content is not in the written mémoire."""
    if not _ORAL.intersection(words):
        return False
    future = bool(scope.set & _WILL_BE) or any(is_future_form(w) for w in scope.words)
    return future and any(st in _SHOWING or st.startswith("present") for st in scope.stems)


def _done_read_again(words: list[str], stems: list[str], first: int, scope: _Scope) -> Said:
    """A content read as done, read again for what was due, proposed or left for the
    oral."""
    if _due_verb(words, first):
        return Said.NOT_DONE
    if _proposed(words, first):
        return Said.UNSURE
    if _left_for_the_oral(words, stems, scope) or (
            not _has_verb(scope.words)
            # « L'outil que j'ai conçu sera présenté lors de la soutenance »: the main
            # verb came inside the relative's segment.
            and _left_for_the_oral(words, stems, _Scope(words[first:], stems[first:]))):
        return Said.NOT_DONE
    return Said.DONE


_TURNS = frozenset({"mais", "cependant", "toutefois", "pourtant", "neanmoins"})
_ENDING = _UNFINISHED | {"fin"}  # « finir », « finie »


def _purpose_denied(words: list[str], first: int, scope: _Scope) -> bool:
    """« Je n'ai pas eu accès aux données pour la monographie », « nous n'avons trouvé
    personne pour la monographie »: what the candidate could not do is the means to the
    content, which is then not done."""
    k = first - 1
    while k >= 0 and words[k] in _BETWEEN:
        k -= 1
    if k < 0 or words[k] not in {"pour", "necessaires", "necessaire"}:
        return False
    return bool(scope.set & {"je", "j", "nous", "on"}) and (
        scope.negated() or "personne" in scope.set and "n" in scope.set)


# A clause of its own after the thing named: a relative (« qui reste à construire ») or a
# parenthesis of a few words (« (à venir) », « (en cours) »).
_QUALIFIER_WORDS = 4


def _later_qualifier(words: list[str], following: Sequence[tuple[int, int]]) -> bool:
    """« L'outil prévu, un livret d'accueil, qui reste à construire », « Mon outil : une
    grille d'entretien (à venir) »: what is said right after the thing, of the thing
    itself, is that it is still to be made — a placeholder, like « à compléter » under a
    title."""
    for lo, hi in following:
        seg = words[lo:hi]
        if not (seg[:1] == ["qui"] or (words[lo - 1:lo] == ["("]
                                        and len(seg) <= _QUALIFIER_WORDS)):
            return False
        if seg[:1] == ["qui"]:
            seg = seg[1:]
        if seg[:2] == ["en", "cours"] and len(seg) <= _QUALIFIER_WORDS:
            return True
        return any(seg[k:k + len(seq)] == seq for k, x in enumerate(seg[:3])
                   if x in _LATER_FIRST for seq in _LATER_FIRST[x])
    return False


def _unfinished_after(words: list[str], stems: list[str],
                      later: Sequence[tuple[int, int]]) -> bool:
    """« J'ai commencé la monographie de Mme S., mais je ne l'ai pas terminée »: a later
    clause turns (« mais ») to say, through a pronoun, that it was not finished."""
    for lo, hi in later:
        if words[lo] not in _TURNS:
            continue
        seg_w, seg_s = words[lo:hi], stems[lo:hi]
        for k, st in enumerate(seg_s):
            before = [w for w in seg_w[max(0, k - 5):k] if w != "'"]
            if st in _ENDING and _CLITICS.intersection(before[-4:]):
                return _Scope(seg_w, seg_s).negated()
        return False
    return False


def _coordinated(words: list[str], stems: list[str], segments: Sequence[tuple[int, int]],
                 at: int) -> _Scope | None:
    """« je proposerais une séance de plus, consacrée à…, et un support »: an object
    coordinated after incises shares the verb of the clause before them."""
    lo, hi = segments[at]
    for plo, phi in reversed(segments[max(0, at - 3):at]):
        if words[plo] in _TURNS:
            return None  # « …, mais un tableau, et un schéma »: not the verb before « mais »
        if words[plo] in _RELATIVES:
            continue
        if _has_verb(_verbs_only(words[plo:phi], stems[plo:phi])):
            return _Scope(words[plo:phi] + words[lo:hi], stems[plo:phi] + stems[lo:hi])
    return None


def _scope_of(words: list[str], stems: list[str], segments: Sequence[tuple[int, int]],
              at: int, first: int) -> _Scope:
    """The clause a match in segment ``at`` is judged on."""
    lo, hi = segments[at]
    scope_w, scope_s = words[lo:hi], stems[lo:hi]
    if _has_verb(_verbs_only(scope_w, scope_s)):
        return _Scope(scope_w, scope_s)
    if words[lo] in {"et", "ou"} and not _has_verb(words[lo:first]):
        shared = _coordinated(words, stems, segments, at)
        if shared is not None:
            return shared
    own = len(scope_w)
    # A subject without its verb: the verb comes after incises (relatives skipped,
    # participles kept: « prévue en mars » says something of the subject).
    quoted = _quoted(words)
    relative: tuple[int, int] | None = None
    for nlo, nhi in segments[at + 1:at + 4]:
        if words[nlo - 1] == ";":
            # « …, la cartographie, que je n'ai pas pu faire ; le reste m'a… »: after a
            # semicolon comes another clause, not the subject's verb.
            return _verbless(words, stems, (lo, hi), relative, _Scope(scope_w, scope_s, own))
        if words[nlo] in _RELATIVES:
            tail = _main_verb_after_relative(words, nlo, nhi)
            if tail is None:
                relative = (nlo, nhi) if _right_after(words, quoted, hi, nlo) else relative
                continue
            # « L'outil que je voulais fabriquer n'a pas été fait »: the relative is not
            # closed by a comma; its tail is the subject's own verb.
            scope_w, scope_s = scope_w + words[tail:nhi], scope_s + stems[tail:nhi]
            break
        if quoted[nlo] and not quoted[first]:
            # « un argumentaire répondant aux objections (« pas le temps de former ») »:
            # words quoted or in brackets are someone else's, or an aside; they say
            # nothing of the content outside them.
            continue
        scope_w, scope_s = scope_w + words[nlo:nhi], scope_s + stems[nlo:nhi]
        if _has_verb(words[nlo:nhi]):
            break
    else:
        return _verbless(words, stems, (lo, hi), relative, _Scope(scope_w, scope_s, own))
    return _Scope(scope_w, scope_s, own)


def _right_after(words: list[str], quoted: list[bool], hi: int, nlo: int) -> bool:
    """Whether the relative at ``nlo`` follows the content's segment (ending at ``hi``)
    straight on — not a question quoted further on (« … et une question : « Que
    ferez-vous… » »)."""
    return nlo == hi + (words[hi:hi + 1] == [","]) and not quoted[nlo]


def _verbless(words: list[str], stems: list[str], noun: tuple[int, int],
              relative: tuple[int, int] | None, scope: _Scope) -> _Scope:
    """The clause of a subject that found no verb of its own: what a relative on it
    says, when it says the content not made, else what was read."""
    if relative is None:
        return scope
    return _object_relative(words, stems, noun, relative) or scope


def _object_relative(words: list[str], stems: list[str], noun: tuple[int, int],
                     relative: tuple[int, int]) -> _Scope | None:
    """« Ce mémoire est incomplet sur un point, la cartographie, que je n'ai pas pu
    faire. »: a content that has no verb of its own is the object of the relative that
    follows it; what that relative says not made or unfinished is said of the content.
    (A verb after the relative is the content's own: « Le bilan, que nous n'avons pas pu
    faire en présentiel, s'est tenu au téléphone » was held.)"""
    (lo, hi), (rlo, rhi) = noun, relative
    if words[rlo] not in {"que", "qu"}:
        return None
    scope = _Scope(words[lo:hi] + words[rlo:rhi], stems[lo:hi] + stems[rlo:rhi])
    # Only a relative that denies it: a future or a wish there may be a question asked
    # or a plan for someone else, not the content itself unmade.
    return scope if scope.negated() and scope.verdict() in (
        Said.NOT_DONE, Said.UNFINISHED) else None


def _main_verb_after_relative(words: list[str], lo: int, hi: int) -> int | None:
    """Where the main clause's verb starts in a relative segment that runs on into it:
    a « ne / n' » after the relative's own verb (« que je voulais fabriquer | n'a pas
    été fait », « qui devait servir | n'a pas été fait »), not the relative's own
    negation (« que je n'ai pas pu terminer »)."""
    for k in range(lo + 2, hi - 1):
        if words[k] in {"n", "ne"} and words[k - 1] not in _SUBJECTS \
                and words[k - 1] not in _RELATIVES and words[k - 1] not in {"'", "se", "s"}:
            return k
    return None


_OPEN, _CLOSE = frozenset({"«", "(", "[", "“"}), frozenset({"»", ")", "]", "”"})


def _quoted(words: list[str]) -> list[bool]:
    """For each word, whether it is inside quotation marks or brackets."""
    out, depth = [], 0
    for w in words:
        if w in _OPEN:
            depth += 1
        elif w in _CLOSE:
            depth = max(0, depth - 1)
        out.append(depth > 0 and w not in _OPEN)
    return out


def _due_verb(words: list[str], first: int) -> bool:
    """« Je devais retracer le parcours… », « je voulais rédiger… »: the content matched is
    itself the verb, in the infinitive, right after what was due or wished."""
    word = words[first] if first < len(words) else ""
    if not _infinitive(word):
        # « Je comptais retracer le parcours de Mme R. »: the content is the object of
        # such an infinitive.
        k = first - 1
        while k >= 0 and words[k] in _OBJECT_SMALL:
            k -= 1
        return k >= 0 and k < first - 1 and _infinitive(words[k]) and _due_verb(words, k)
    before = [w for w in words[max(0, first - 3):first] if w not in {"'", "y", "en", "le",
                                                                      "la", "l", "les"}]
    return bool(before) and before[-1] in _DUE


_PROPOSING = frozenset({"prevoir", "envisager"})
_PROPOSE_STEMS = ("propos", "ajout", "suggér", "sugger", "conseill", "recommand", "prepar",
                  "prevoi", "integr", "instaur", "introdui")


def _proposed(words: list[str], first: int) -> bool:
    """« À améliorer : prévoir l'évaluation dès la conception »: the object of « prévoir »
    or « envisager » in the infinitive is a proposal, not what was done."""
    k = first - 1
    while k >= 0 and words[k] in _OBJECT_SMALL:
        k -= 1
    return k >= 0 and words[k] in _PROPOSING


def _infinitive(word: str) -> bool:
    return len(word) > 4 and word.endswith(("er", "ir", "re"))


_OBJECT_SMALL = frozenset({"le", "la", "les", "l", "'", "son", "sa", "ses", "un", "une",
                           "des", "du", "de", "d", "cette", "ce", "ces"})


_DUE = frozenset({"devais", "devait", "devions", "deviez", "devaient", "voulais", "voulait",
                  "voulions", "souhaitais", "souhaitait", "comptais", "comptait", "esperais",
                  "esperait"})


def _lacking_before(words: list[str], first: int) -> bool:
    k = first - 1
    while k >= 0 and words[k] in _BETWEEN:
        k -= 1
    return k >= 0 and words[k].startswith("manqu")


def _missing_before(words: list[str], first: int) -> bool:
    """« pas de cartographie », « aucun outil », « pas eu le temps de la cartographie »:
    the content itself is said to be missing."""
    k = first - 1
    while k >= 0 and words[k] in _BETWEEN:
        k -= 1
    if k < 0 or words[k] not in _MISSING_BEFORE:
        return False
    if words[k] == "sans" and _DEFINITE & set(words[k + 1:first]):
        # « Sans la cartographie, je n'aurais pas compris… »: a counterfactual about a
        # content that exists, unlike « sans cartographie ».
        return False
    # « pas de X », « pas eu le temps de X », « pas fait la X » — not « (ne maîtrise)
    # pas les outils », a negation of another verb.
    return words[k] != "pas" or bool({"de", "d", "temps", "fait", "realise"}
                                     & set(words[k + 1:first]))


def _done_after_all(words: list[str], stems: list[str],
                    later: Sequence[tuple[int, int]]) -> bool:
    """« …, j'en ai donc construit une », « mais je l'ai réalisée en semaine 4 »: a later
    clause of the sentence says it was done after all, through a pronoun."""
    for lo, hi in later:
        tail = _Scope(words[lo:hi], stems[lo:hi])
        plain = [x for x in tail.words if x != "'"]
        if any(tail.making) and not tail.negated() and tail._carried_out() and any(
                w in _CLITICS_OF_IT and nxt in _AUXILIARIES_OF_IT
                for w, nxt in zip(plain, plain[1:], strict=False)):
            return True
    return False


def _before_placement(scope: _Scope) -> bool:
    """« je n'avais jamais réalisé de cartographie (avant ce stage / auparavant) »: the
    candidate's past, neither evidence nor a denial. « avant la fin de mon stage » is
    within the placement."""
    words = scope.words
    before_it = any(x == "avant" and "fin" not in words[k + 1:k + 3]
                    for k, x in enumerate(words))
    return bool(scope.set & _BEFORE_PLACEMENT or (before_it and scope.set & {
        "stage", "periode", "formation"}) or ("jamais" in scope.set and scope.set & {
            "avais", "avait"}))


# « j'en ai construit une », « je l'ai réalisée », « nous l'avons faite »: a pronoun of the
# content right before the auxiliary (an article before a noun is not one).
_CLITICS_OF_IT = frozenset({"en", "l", "la", "le"})
_DEFINITE = frozenset({"la", "le", "les", "l", "cette", "ce", "ces", "ma", "mon", "mes",
                       "notre", "nos"})
_AUXILIARIES_OF_IT = frozenset({"ai", "a", "avons", "avez", "ont", "avais", "avait",
                                "avions", "avaient"})
_BEFORE_PLACEMENT = frozenset({"auparavant", "jusqu", "jusqualors", "jusquela"})
_CLITICS = frozenset({"la", "le", "l", "les"})
# What may come between an object pronoun and its verb: the negation, an auxiliary, a
# modal past (« je ne l'ai pas encore terminée », « je n'ai pas pu la faire »).
_PRONOUN_TO_VERB = frozenset({"n", "ne", "pas", "jamais", "plus", "point", "encore", "ai",
                              "as", "a", "avons", "avez", "ont", "avais", "avait", "avions",
                              "ete", "pu", "su", "vraiment", "meme", "toujours"})


def _object_pronoun_before(before: list[str]) -> bool:
    """« la », « l' », « les » as the object pronoun of the verb that follows (« je n'ai
    pas pu la réaliser », « je ne l'ai pas terminée »), not an article before a noun
    (« les liens à construire en pointillé » says nothing of the map named before)."""
    return any(w in _CLITICS and all(x in _PRONOUN_TO_VERB for x in before[i + 1:])
               for i, w in enumerate(before))


_FIRST_PERSON = frozenset({"je", "j", "nous", "on"})


def not_made_at(sentence: Sequence[Token]) -> int | None:
    """Where a sentence of the candidate says that what they were to make was not made,
    whatever it is called: « Je voulais créer une carte des solutions…, mais faute de
    temps elle n'a pas été réalisée », « Je devais concevoir un livret ; je ne l'ai pas
    réalisé » — the position of the verb of making so read, or None. Not their past
    before the placement (« je n'avais jamais conçu d'outil »), nor a sentence without
    the candidate (« la séance n'a pas eu lieu »), nor one that also tells something
    made (« je voulais un livret, mais faute de temps j'ai conçu une grille », « j'ai
    conçu un livret ; je prévois d'en faire une version numérique »)."""
    words, stems = _words(sentence)
    if not _FIRST_PERSON.intersection(words):
        return None
    denied = None
    for k, st in enumerate(stems):
        if st not in _MAKING:
            continue
        verdict = said(sentence, k, k + 1)
        if verdict is Said.DONE and not _infinitive(words[k]):
            return None  # a verb of making told as done, not an infinitive after a wish
        if verdict is Said.NOT_DONE and denied is None:
            denied = k
    return denied


def said_of_it(sentence: Sequence[Token]) -> Said:
    """What the sentence after a mention says of it through a pronoun: « La cartographie
    était au programme. Faute de temps, je n'ai pas pu la réaliser. » — an object
    pronoun (« la », « l' ») right before a negated verb of making (or its auxiliary)."""
    words, stems = _words(sentence)
    taken_up = _subject_taken_up(words, stems)
    if taken_up is not Said.DONE:
        return taken_up
    for k, st in enumerate(stems):
        if st not in _MAKING and st not in _UNFINISHED:
            continue
        before = [w for w in words[max(0, k - 5):k] if w != "'"]
        if not _object_pronoun_before(before[-4:]):
            continue
        segments = _sentence_plan(tuple(words))
        lo, hi = next(((a, b) for a, b in segments if a <= k < b), (0, len(words)))
        verdict = _Scope(words[lo:hi], stems[lo:hi]).verdict()
        if verdict is not Said.DONE:
            return verdict
    return Said.DONE


_SUBJECT_PRONOUNS = frozenset({"elle", "il"})


def _subject_taken_up(words: list[str], stems: list[str]) -> Said:
    """« # Monographie / Elle sera présentée à l'oral. », « Elle n'a pas pu être
    réalisée. »: a sentence opening on a subject pronoun, passive, says of the content
    named just before that it was not made — not « Elle a 34 ans », « Elle n'a pas
    terminé ses études » (the pronoun is the person: no passive of making)."""
    if not words or words[0] not in _SUBJECT_PRONOUNS:
        return Said.DONE
    segments = _sentence_plan(tuple(words))
    lo, hi = segments[0] if segments else (0, len(words))
    if not _PASSIVE.intersection(words[lo:hi]):
        return Said.DONE
    scope = _Scope(words[lo:hi], stems[lo:hi])
    verdict = scope.verdict()
    if verdict is Said.NOT_DONE:
        return verdict
    return Said.NOT_DONE if _left_for_the_oral(words, stems, scope) else Said.DONE
