"""Whose phone number or e-mail address it is, read from the noun phrase the sentence
attaches it to, before any list of cue words:

- a possessive on the number's own noun: « son nouveau numéro, le 07… », « je note son
  06… » — the person's;
- the owner after the number's noun: « le numéro de l'épicerie solidaire : 05… »,
  « contact de la famille d'accueil : 06… », « les coordonnées de Mme K. : … »;
- the one called or written to: « contacter l'ADIL au 02… », « elle l'appelle au 07… »,
  « écrire à la Mission locale à ml…@… »;
- the subject that can be reached: « le garage solidaire est joignable au 06… »,
  « la plateforme répond au 03… »;
- the noun phrase just before a bracket: « l'auto-école sociale (04…) », « Mme A. (06…) ».

The owner is a person when the phrase opens with a civility or an initial, or names a
person by kin or by what they are in the accompaniment (« sa mère », « la bénéficiaire »,
« le jeune »), or by a given name; a structure when it is a thing, a place or a body
(« l'épicerie », « le CFA », « le cabinet Adecco »). Professionals (« sa conseillère »,
« le tuteur ») are left undecided: the cue words of the caller decide, as before.
"""

from __future__ import annotations

import re
from typing import Literal

Owner = Literal["person", "structure"] | None

# A person by kin, by what they are in the accompaniment, or by their home (« le fixe de
# la maison »).
_PERSON_NOUNS_TEXT = """
beneficiaire beneficiaires personne personnes jeune jeunes stagiaire candidat candidate
salarie salariee usager usagere participant participante demandeur demandeuse interesse
interessee accompagne accompagnee allocataire locataire habitant habitante mere pere
soeur sœur frere fils fille oncle tante cousin cousine ami amie amis copain copine
voisin voisine conjoint conjointe mari femme epouse epoux compagnon compagne parents
parent enfant enfants famille maman papa grand-mere grand-pere grands-parents belle-mere
beau-pere belle-soeur beau-frere neveu niece homme dame monsieur madame mademoiselle
couple filleul filleule hebergeant hebergeante proche proches entourage maison domicile
logement appartement studio chambre
"""
_PERSON_NOUNS = frozenset(_PERSON_NOUNS_TEXT.split())
# Bodies, services and businesses, by their common noun: what a number is owned by when
# it is not a person's. Any other noun (« un fixe », « le soir ») says nothing; nor do the
# places a person lives or works on their own (« la ferme », « l'exploitation », « le
# foyer », « l'hôtel » where they are housed): their numbers may be the person's.
_STRUCTURE_NOUNS_TEXT = """
association associations structure structures epicerie creche garage auto-ecole centre
cabinet agence antenne service services secretariat accueil standard mairie prefecture
sous-prefecture entreprise entreprises societe magasin boutique restaurant ecole college
lycee universite organisme plateforme permanence bureau guichet club ressourcerie
recyclerie atelier chantier banque clinique hopital pharmacie commissariat gendarmerie
tribunal caisse mutuelle assurance syndicat federation collectif cooperative reseau
dispositif ehpad institut office fondation groupe enseigne usine entrepot salon
transporteur bus camion unite equipe pole mission boulangerie supermarche hypermarche
cantine laverie mediatheque bibliotheque
"""
STRUCTURE_NOUNS = frozenset(_STRUCTURE_NOUNS_TEXT.split())
# Professionals and employers: their numbers are not the accompanied person's, but a
# structure's cue words decide them as before (a tutor's mobile, a boss's line).
_PROFESSIONALS_TEXT = """
conseiller conseillere referent referente tuteur tutrice educateur educatrice assistante
assistant medecin psychologue formateur formatrice employeur patron patronne directeur
directrice responsable collegue collegues manager gerant gerante chef cheffe infirmiere
infirmier avocat avocate juge mandataire curateur curatrice
"""
_PROFESSIONALS = frozenset(_PROFESSIONALS_TEXT.split())
_CIVILITY = re.compile(r"^(?:m\.|mme\b|mlle\b|madame\b|monsieur\b|mademoiselle\b|mr\b|dr\b)")
_INITIAL = re.compile(r"^[A-Z]\.")
# A determiner or a civility, ended by a space, an apostrophe or a dot (not « le » of
# « Lens », not « au » of « auto-école »).
_DET = (r"(?:le|la|les|l'|l’|du|des|de la|de l'|de l’|au|aux|un|une|sa|son|ses|leur|leurs|"
        r"mon|ma|mes|notre|nos|ce|cette|m\.|mme|mlle|madame|monsieur)(?:(?<=['’.])|\s)")
_POSSESSIVE = frozenset(("sa", "son", "ses", "leur", "leurs", "mon", "ma", "mes", "notre",
                         "nos"))
_PREPOSITION = re.compile(r"^(?:de|du|des|d'|d’|a|au|aux|chez)\s*(?<=['’\s])")
_WORD = re.compile(r"[\w'’.-]+")

# The nouns of a number or an address, and adjectives that come before them.
_CONTACT_NOUN = (r"(?:numero|numeros|portable|telephone|tel\.?|mobile|fixe|ligne|contact|"
                 r"coordonnees|adresse(?: electronique| mail| e-mail| courriel)?|courriel|"
                 r"e-?mail|mail|messagerie)")
_ADJ = r"(?:(?:nouveau|nouvel|nouvelle|ancien|ancienne|propre|seul|seule|unique|vrai|"\
       r"autre|dernier|derniere|meme|vieux|vieille)\s+)"
# The tail between the noun and the datum: « : », « , le », « est le », « (portable) ».
_LINK = (r"(?:\s*\([^()]{0,20}\))?\s*(?:[:,–—-]\s*)?(?:(?:c'est|est|etait|reste)\s+)?"
         r"(?:(?:le|au|a|l')\s*)?$")
_POSSESSED = re.compile(rf"\b(?:son|sa|ses|leur|leurs)\s+{_ADJ}?{_CONTACT_NOUN}"
                        rf"(?:\s+(?:de\s+)?(?:portable|telephone|mobile|fixe|perso|"
                        rf"personnel(?:le)?|domicile|messagerie))?{_LINK}")
_ANY_CONTACT_NOUN = re.compile(rf"\b{_CONTACT_NOUN}\b")
_POSSESSOR = re.compile(rf"\b(?:son|sa|leur)\s+{_ADJ}?$")
_POSSESSIVE_BARE = re.compile(r"\b(?:son|sa|leur)\s*$")
# « le numéro de l'épicerie : », « contact de la famille d'accueil : »; the owner must
# open with a determiner or a capital (« numéro de portable » names no owner).
# An apposition may follow the owner (« le portable de Mme Koné, embauchée par
# l'entreprise Vinci : 07… »): the owner is the phrase before its comma.
_OF = re.compile(rf"\b{_CONTACT_NOUN}(?:\s+(?:personnel(?:le)?|directe?|fixe|portable|pro))?"
                 rf"\s+(?P<np>(?:de|d'|d’|du|des)\s*[^:;(),]{{1,40}}?)(?:,[^:;()]{{1,60}})?"
                 rf"{_LINK}")
# The caller, subject of the clause, an apposition between commas after it: « M. R., agent
# de tri dans une entreprise, m'a rappelée du 06… », « Mme K. m'écrit depuis … ».
_CALLER = re.compile(r"^\s*(?P<np>[^,;]{1,40}?)\s*(?:,[^;]{1,80}?,)?\s+(?:m'|m’|nous\s+|"
                     r"l'|l’|les\s+|me\s+)?(?:a\s+|avait\s+|ont\s+)?(?:rappel\w*|appel\w*|"
                     r"ecri\w*|envoy\w*|texte\w*|contact\w*|telephon\w*)\s+(?:[^\s,;]+\s+)"
                     r"{0,3}?(?:du|depuis le|depuis son|depuis|de son|avec le|avec son)\s*$")
# The one called: the object of a verb of calling or writing, then « au », « sur le »,
# « à » (an address). Only the object: « appeler sa mère à la maison au 04… » is hers.
_CALLED = re.compile(r"\b(?:appel\w*|rappel\w*|contact\w*|joindre|joint|joins|telephon\w*|"
                     r"ecri\w*|sollicit\w*|signal\w*)\s+(?:(?:ensuite|aussi|alors|donc|"
                     rf"directement|lui-meme|elle-meme)\s+)?(?P<np>{_DET}\s*[^,;:()]{{1,50}}?)"
                     r"\s+(?:au|sur le|sur son|via le|par le|a l'adresse|a|par courriel a|"
                     r"par mail a|par e-mail a)\s*$")
# The one written to or called, after « par courriel / par téléphone à » and before a
# colon: « Les inscriptions se font par courriel à l'association : jardins…@… ».
_BY_WAY_OF = re.compile(rf"\bpar\s+(?:courriel|mail|e-mail|telephone|tel\.?|sms)\s+"
                        rf"(?:a|aupres d[eu])\s+(?P<np>{_DET}\s*[^,;:()]{{1,50}}?)\s*[:,]\s*$")
# A pronoun object of a verb of calling: « elle l'appelle au », « on le joint au ».
_PRONOUN_CALLED = re.compile(r"\b(?:l'|l’|la|le|les|lui|leur)\s*(?:a\s+|avait\s+|peut\s+|"
                             r"doit\s+)?(?:appel\w*|rappel\w*|contact\w*|joindre|joint|"
                             r"telephon\w*|ecri\w*|envoy\w*)\s+(?:\w+\s+){0,2}?"
                             r"(?:au|sur le|sur son|a)\s*$")
# The subject that can be reached: « X est joignable (par téléphone) au ».
_REACHED = re.compile(r"^(?:.*[,;]\s*)?(?P<np>[^,;]{1,60}?)\s+(?:est|sont|reste|restent|"
                      r"etait|sera)\s+(?:joignables?|disponibles?|accessibles?)\s+"
                      r"(?:[^,;]{0,30}?\s)?(?:au|sur le|via le|a|par courriel a|"
                      r"par mail a)\s*$|^(?:.*[,;]\s*)?(?P<np2>[^,;]{1,60}?)\s+repond"
                      r"(?:ent)?\s+(?:[^,;]{0,30}?\s)?(?:au|sur le|a)\s*$")
_BRACKET = re.compile(rf"^.*\b(?P<np>{_DET}\s*[^,;:()]{{1,50}}?)\s*\(\s*(?:(?:tel\.?|telephone|"
                      r"portable|mobile|courriel|mail|e-mail)\s*:?\s*)?$")
_PERSON_PRONOUN = frozenset(("il", "elle", "ils", "elles", "on"))


_LEADING = frozenset(("le", "la", "les", "l", "du", "des", "de", "d", "au", "aux", "un", "une",
                      "ce", "cette", *_POSSESSIVE))


def _head(words: list[str], raw: list[str]) -> tuple[str | None, str, str, list[str]]:
    """(determiner, head folded, head as written, the folded words after the head)."""
    det = None
    rest = list(zip(words, raw, strict=False))
    while rest and rest[0][0].rstrip("'’") in _LEADING:
        det = rest[0][0]
        rest = rest[1:]
    if not rest:
        return det, "", "", []
    head, head_raw = rest[0]
    # « l'épicerie », « d'accueil »: the article is glued to the noun.
    for glued in ("l'", "l’", "d'", "d’"):
        if head.startswith(glued) and len(head) > 2:
            det, head, head_raw = glued, head[2:], head_raw[2:]
    return det, head, head_raw, [w for w, _ in rest[1:]]


def _classify(np_raw: str, np_folded: str) -> Owner:
    """Person, structure, or undecided, for a noun phrase (raw and folded, same length)."""
    words = _WORD.findall(np_folded)
    if not words:
        return None
    # « de M. D. », « à Mme K. »: the civility after its preposition.
    bare = _PREPOSITION.sub("", np_folded.strip())
    bare_raw = np_raw.strip()[len(np_folded.strip()) - len(bare):]
    if _CIVILITY.match(bare) or _INITIAL.match(bare_raw):
        return "person"
    if words[0] in _PERSON_PRONOUN and len(words) == 1:
        return "person"
    det, head, head_raw, after = _head(words, _WORD.findall(np_raw))
    if head == "maison" and after[:1] and after[0] in {"de", "des", "du"}:
        return "structure"  # « la maison de l'emploi », « la maison des solidarités »
    if head in _PERSON_NOUNS or head.rstrip("s") in _PERSON_NOUNS:
        return "person"
    if not head or head in _PROFESSIONALS or head.rstrip("s") in _PROFESSIONALS:
        return None
    if head_raw[:1].isupper():
        return _capitalised(det, head, head_raw)
    if det is None or det in _POSSESSIVE:
        return None  # « portable », « son agence »: nothing to judge the owner by
    return "structure" if head in STRUCTURE_NOUNS else None


def _capitalised(det: str | None, head: str, head_raw: str) -> Owner:
    """A name: a given name is a person (« de Karim »); after an article, a body (« l'ADIL »,
    « la CAF », « du Secours populaire »); after a bare « de » or none, undecided (« le
    numéro de Kwame », whose given name no list holds; a capital opening a sentence)."""
    from cipcheck.privacy.names import given_names  # loaded once, only when needed

    if head in given_names() and not head_raw.isupper():
        return "person"
    if det is None or (det in {"de", "d", "d'", "d’"} and not head_raw.isupper()):
        return None
    return "structure"


def owner(text: str, folded: str, lo: int, start: int) -> Owner:
    """The owner of the datum at ``start`` said by the clause ``folded[lo:start]``: the
    first phrase found, in the order of the module's docstring."""
    left = folded[lo:start]
    if _POSSESSED.search(left) or _POSSESSIVE_BARE.search(left):
        return "person"
    for step in _STEPS:
        if step is None:
            if _PRONOUN_CALLED.search(left):
                return "person"
            continue
        m = step(left)
        if m is None:
            continue
        g = "np" if m.group("np") is not None else "np2"
        found = _classify(text[lo + m.start(g):lo + m.end(g)], m.group(g))
        if found is not None or step is not _REACHED.match:
            return found
    # « Elle a laissé son numéro à l'accueil de l'agence : 06… »: the last noun of a number
    # in the clause is a possessed one, whatever place is said between.
    nouns = list(_ANY_CONTACT_NOUN.finditer(left))
    if nouns and _POSSESSOR.search(left, max(0, nouns[-1].start() - 30), nouns[-1].start()):
        return "person"
    return None


# The phrases that attach a datum to its owner, in turn (None: a pronoun called).
_STEPS = (_OF.search, _BRACKET.search, None, _REACHED.match, _CALLED.search,
          _BY_WAY_OF.search, _CALLER.match)
