"""Whether a French clause speaks of the future (or of what might be), read on tokens.

A light reader of verb forms, not a parser: enough to tell « un troisième entretien est
prévu le 15 avril » or « nous nous reverrons » (not happened yet) from « le troisième
entretien a eu lieu » (happened). Three kinds of evidence:

- future and conditional endings (« aura », « reverrons », « serait ») on the infinitive
  or the irregular future stem, with the imperfect look-alikes kept out (« espérait »,
  « tirait », « encadrait » are past);
- « aller » + infinitive (« nous allons faire le point », « elle va commencer »), and its
  imperfect (« nous allions nous revoir »: planned at the time);
- words of planning (« prévu », « programmé », « à venir », « prochainement »).

And the opposite: a compound past (« a eu lieu », « nous avons fait », « s'est déroulé »)
says something happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from cipcheck.reading.text import Token

_FUTURE_ENDINGS = ("aient", "ions", "iez", "ais", "ait", "ons", "ont", "ai", "ez", "a")
# Future stems that are not the infinitive (« aura », « sera », « pourra », « viendra »);
# matched as the end of the stem so that prefixed verbs (« reviendra », « reverra ») are in.
_IRREGULAR_TEXT = """
ser aur fer pourr devr verr enverr voudr faudr vaudr saur courr mourr tiendr viendr
recevr cevr suivr vivr prendr tendr endr ondr erdr indr oudr ttr aitr ir
"""
_IRREGULAR = tuple(sorted(_IRREGULAR_TEXT.split(), key=len, reverse=True))
# -irer verbs: their imperfect (« tirait », « désirait ») looks like a future of -ir.
_IRER_TEXT = "tir retir attir desir inspir admir aspir soupir expir vir respir chavir"
_IRER = frozenset(_IRER_TEXT.split())
_NOT_VERBS = frozenset({"environs", "vrai", "vrais", "frais", "mira", "ultra"})
_ALLER = frozenset({"vais", "vas", "va", "allons", "allez", "vont", "allais", "allait",
                    "allions", "alliez", "allaient"})
_ALLER_SKIP = frozenset({"ne", "pas", "nous", "vous", "se", "s", "me", "m", "te", "t",
                         "la", "le", "les", "l", "lui", "leur", "y", "en", "'", "bientot",
                         "donc", "alors", "ensuite", "certainement", "probablement"})
# Planning words (folded); participles are checked on the written form, with the accent,
# since « programme » and « fixe » are also a noun and an adjective.
_PLANNING_WORDS = frozenset({
    "prochainement", "ulterieurement", "bientot", "prevoir", "prevoyons", "prevoit",
    "prevoient", "prevoyait", "programmer", "planifier", "envisager", "convenir",
    # Typed without accents: « prevu(e)(s) » is never a noun; the « -ee » participles
    # (« programmee », « planifiees ») never a present tense.
    "prevu", "prevue", "prevus", "prevues", "programmee", "programmees", "planifiee",
    "planifiees", "envisagee", "envisagees", "fixee", "fixees", "reportee", "reportees",
    # « Entretien n°3 (prévisionnel) – 15 juin », « date prévisionnelle »
    "previsionnel", "previsionnelle", "previsionnels", "previsionnelles",
})
_PLANNING_PARTICIPLES = ("prévu", "programmé", "planifié", "fixé", "envisagé", "calé",
                         "convenu", "reporté", "proposé")
_AUXILIARIES = frozenset({
    "ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez",
    "avaient", "suis", "es", "est", "sommes", "etes", "sont", "etais", "etait", "etions",
    "etiez", "etaient", "eu", "ete",
})
_ETRE = frozenset({"suis", "es", "est", "sommes", "etes", "sont", "etais", "etait", "etions",
                   "etiez", "etaient", "ete"})
_PARTICIPLE_ENDINGS = ("e", "ee", "es", "ees", "i", "ie", "is", "ies", "u", "ue", "us",
                       "ues", "it", "ite", "its", "ert", "erte", "eint", "einte")


@lru_cache(maxsize=16384)
def is_future_form(word: str, text: str = "") -> bool:
    """A future or conditional verb form (folded ``word``, ``text`` as written)."""
    if len(word) < 4 or word in _NOT_VERBS or not word.isalpha():
        return False
    for ending in _FUTURE_ENDINGS:
        if not word.endswith("r" + ending):
            continue
        base = word[: -len(ending)]
        if len(base) < 3:
            return False
        if base.endswith("er"):
            # « espérait » is an imperfect (stem « espér »), « espérera » a future.
            written = text[: len(base)].lower() if len(text) == len(word) else ""
            return not written.endswith("ér")
        if base.endswith("ir"):
            return base not in _IRER and base[:-2] not in _IRER
        return base.endswith(_IRREGULAR) and not base.endswith(("cadr", "livr", "oeuvr"))
    return False


def _is_infinitive(t: Token) -> bool:
    return t.kind == "word" and len(t.word) > 3 and t.word.endswith(("er", "ir", "re", "oir"))


def _is_participle(t: Token) -> bool:
    return t.kind == "word" and len(t.word) > 2 and t.word.endswith(_PARTICIPLE_ENDINGS)


def future_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` starts an expression of the future or of a plan."""
    t = tokens[k]
    if t.kind != "word":
        return False
    if t.word in _PLANNING_WORDS or t.text.lower().startswith(_PLANNING_PARTICIPLES):
        # « Comme prévu, le troisième entretien a eu lieu »: the plan was kept.
        return not (k > 0 and tokens[k - 1].word == "comme")
    if t.text.lower() in {"à", "a"} and k + 1 < len(tokens) and tokens[k + 1].word == "venir":
        return True  # « à venir » (folded « a »: the preposition, not the auxiliary)
    if t.word in _ALLER:
        j = k + 1
        while j < len(tokens) and j <= k + 4 and tokens[j].word in _ALLER_SKIP:
            j += 1
        return j < len(tokens) and _is_infinitive(tokens[j])
    if t.word in {"devais", "devait", "devions", "deviez", "devaient", "doit", "doivent",
                  "devrait", "devraient"}:
        return True  # « devait avoir lieu »: expected, not done
    first = k == 0 or tokens[k - 1].kind == "punct"
    if t.text[:1].isupper() and not first:
        return False  # a name (« Sandra »), not a verb
    return is_future_form(t.word, t.text)


def past_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` starts a compound past (« a eu lieu », « nous avons
    fait », « s'est déroulé », « l'ai reçue »)."""
    t = tokens[k]
    if t.word not in _AUXILIARIES or t.kind != "word" or t.text.lower() == "à":
        return False
    for j in range(k + 1, min(len(tokens), k + 3)):
        nxt = tokens[j]
        if nxt.word in {"pas", "ne", "jamais", "deja", "bien", "ensuite", "alors", "aussi"}:
            continue
        if nxt.text.lower().startswith(_PLANNING_PARTICIPLES) and t.word in _ETRE:
            return False  # « est prévu »: a plan; « j'ai proposé » is a fact
        if nxt.word == "ete" and j + 1 < len(tokens) \
                and tokens[j + 1].text.lower().startswith(_PLANNING_PARTICIPLES):
            return False  # « a été fixé au 19 », « avait été programmé »: a plan made
        if nxt.word == "lieu" and t.word not in {"eu", "eut"}:
            return False  # « a lieu » is the present of « avoir lieu »; « a eu lieu » is past
        return _is_participle(nxt)
    return False
