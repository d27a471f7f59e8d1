"""Full names of accompanied persons, found as a reader would find them.

A light named-entity reader on the shared reading layer (sentences of tokens), no model:
a person's full name is a given name (from INSEE's « fichier des prénoms »,
``data/names/prenoms.txt``, and given names from abroad under its cut,
``prenoms_monde.txt``) followed by a capitalised surname, or a civility followed by
two capitalised words (« M. Rémi Vasseur », « Mme Patricia Lemaire », « Patricia
Lemaire m'a rappelée »). A civility with a surname alone (« Mme Bernard ») only counts
where the dossier anonymises with initials and uses that initial: it is then probably
the same person named once in full.

Kept apart, because they are not accompanied persons or not names:
- professionals introduced by their role, before (« ma tutrice, Mme Sandrine Morel »,
  « la conseillère France Travail, Mme Roux ») or after (« M. Durand, directeur de
  l'agence »); a surname seen once with a role is a professional everywhere;
- structures and places named after someone (« Mission Locale Jean Moulin », « rue
  Victor Hugo », « lycée Louis Pasteur »): a place noun or another capitalised word
  just before;
- authors (« Selon Carl Rogers (1951) », « le modèle de Guy Le Boterf », « comme l'écrit
  Claude Dubar », the field's reading list ``data/names/auteurs.txt``, a bibliography);
- the candidate's own name (read on the cover page), an initial (« Sophie B. »), a name
  said to be changed (« prénom modifié »).

Names whose given name is in neither list are read from what surrounds them: an item of a
list of people named by their initials (« Mme K., M. B., Gulnara Abenova et M. S. »), kin,
an age or an accompaniment verb next to them (« son cousin, Olufemi Adeyemi », « Nurzhan
Baimukhanov, 38 ans »), or the family name first for the commonest Vietnamese, Chinese and
Korean names (« Nguyen Thi Thu »); or from two larger lists (``name_lexicon``: INSEE's
common surnames and rare given names), two of three signs — a rare given name, a common
surname, a verb said of a person (« Tahirou Sangaré s'est présenté »). Notes typed without
capitals (« rdv : j'ai rappelé léa martin ») are read for a given name and a surname.

Forms and messages (« Nom : Morin – Prénom : Dylan », « c jordan moreau ») are read by
``name_forms``, whose hits go through the same filters.

The work is one pass over the tokens with fixed windows: linear in the text length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from cipcheck.privacy.base import MASK, Hit, fold_keep_length
from cipcheck.privacy.name_lexicon import is_rare_given, is_surname, ligatures
from cipcheck.resources import package_data

if TYPE_CHECKING:
    from cipcheck.reading import Reading, Sentence, Token

_CIVILITY = r"(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mlle\.?|Madame|Monsieur|Mademoiselle)"
_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LOWER = "a-zàâäçéèêëîïôöùûüÿœ"
_NAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
INITIAL = re.compile(rf"\b{_CIVILITY}\s+([{_UPPER}])\.(?![{_LOWER}{_UPPER}])")
FIRST_INITIAL = re.compile(rf"\b({_NAME})\s+([{_UPPER}])\.(?![{_LOWER}{_UPPER}])")

# Folded words (the reading layer reads "M." as "monsieur", "Mme" as "madame").
# With the English ones, written as such about people from abroad (« I met Mrs Fatou
# Diallo », « Ms Grace Mensah ») — read in their own case only (« MS Office » is not one).
_ENGLISH_CIVILITIES = frozenset({"Mrs", "Ms"})
CIVILITIES = frozenset({"monsieur", "madame", "mademoiselle", "mme", "mlle", "mr", "mrs", "ms"})
_ROLES_TEXT = """
tuteur tutrice tuteurs tutrices directeur directrice directeurs directrices direction
responsable responsables collegue collegues conseiller conseillere conseillers
conseilleres referent referente referents referentes charge chargee coordinateur
coordinatrice coordonnateur coordonnatrice dirigeant dirigeante gerant gerante president
presidente drh manager managers chef cheffe formateur formatrice formateurs formatrices
psychologue psychologues assistant assistante educateur educatrice educateurs
animateur animatrice infirmier infirmiere maire elu elue employeur employeuse recruteur
recruteuse medecin docteur professeur professeure enseignant enseignante interlocuteur
interlocutrice partenaire encadrant encadrante adjoint adjointe auteur autrice
ecrivain depute deputee ministre senateur patron patronne intervenant intervenante
secretaire juriste avocat avocate juge agent agente technicien technicienne cadre
fondateur fondatrice benevole maitre maitresse ergonome ergotherapeute orthophoniste
sophrologue curateur curatrice mandataire gestionnaire superviseur superviseure
homologue binome sociologue chercheur chercheuse cip proviseur principal principale
delegue deleguee commercial commerciale comptable contact signature visa cachet
soussigne soussignee cesf accompagnateur accompagnatrice moniteur monitrice mediateur
mediatrice parrain marraine coach rh rrh dr pr
"""
# Added by the privacy10 helper: professions met in the story, and the plural labels of
# a list of professionals (« Intervenants : … »).
_MORE_ROLES_TEXT = """
inspecteur inspectrice dieteticien dieteticienne notaire huissier magistrat magistrate
greffier greffiere pharmacien pharmacienne kinesitherapeute intervenants intervenantes
"""
ROLES = frozenset((_ROLES_TEXT + _MORE_ROLES_TEXT).split())
# The accompanied person named by what they are in the dossier (a form's field, a
# signature line, a table's column): « Signature du bénéficiaire : », « Stagiaire | ».
_PERSONS_TEXT = """
personne beneficiaire beneficiaires interesse interessee stagiaire stagiaires participant
participante participants participantes salarie salariee usager usagere jeune jeunes
accompagne accompagnee demandeur demandeuse allocataire apprenant apprenante
"""
PERSONS = frozenset(_PERSONS_TEXT.split())
# Role words that are a document's fields, whoever fills them.
_FIELDS_OF = frozenset({"signature", "visa", "cachet", "soussigne", "soussignee"})
_ROLES_NOT_FIELDS = ROLES - _FIELDS_OF
# Role words that are also common surnames (« Mme Chantal Maire », « Sébastien Chef »).
_ROLE_SURNAMES = frozenset({"maire", "juge", "chef", "patron", "cadre", "avocat",
                            "principal", "maitre", "parrain", "docteur", "medecin"})
# Nouns that name a place or a structure called after someone ("rue Victor Hugo").
_PLACES_TEXT = """
rue avenue av boulevard bd place allee impasse chemin route quai square cours lycee
college ecole universite faculte iut institut centre maison espace residence foyer cite
quartier hopital clinique stade gymnase salle mediatheque bibliotheque association
fondation agence mission locale pole parc pont gare station metro arret tram campus
hotel musee theatre complexe pavillon batiment ehpad creche esat cfa greta afpa ccas mjc
promotion promo prix entreprise entreprises magasin enseigne societe groupe cabinet
collectif club residence hameau lotissement zone zac rond point boutique restaurant
pharmacie cinema piscine marche halle halles campus groupement fondation
chez laboratoire laboratoires marque usine entrepot franchise salon forum plateforme chaine
concession garage supermarche hypermarche recruteurs aeroport aerogare terminal
epicerie boulangerie boucherie patisserie charcuterie traiteur pressing librairie
quincaillerie menuiserie carrosserie
"""
PLACES = frozenset(_PLACES_TEXT.split())
_AUTHOR_CUES_TEXT = """
selon apres cf modele theorie theories pyramide concept approche methode travaux ouvrage
livre article these citant cite lu lire definition video videos conference podcast
emission film documentaire ted citait citaient citer cites citons
acteur actrice chanteur chanteuse rappeur rappeuse footballeur footballeuse humoriste
sportif sportive champion championne artiste idole fan fans admire admirait admirent
citation citations discours chanson chansons interview biographie autobiographie roman
romans poeme poemes slogan reportage reportages match matchs concert concerts album
albums serie series influenceur influenceuse youtubeur youtubeuse chantait chante
chantent chantaient lit lisait lisent lisaient feuillete feuilletait
relu relire relis relit phrase phrases texte textes ecrits oeuvre oeuvres essai essais
pensee formule
"""
_AUTHOR_CUES = ligatures(frozenset(_AUTHOR_CUES_TEXT.split()))
# What one reads right after the verb: a publication or an author (« elle lit Marie
# Claire »).
_READS = frozenset({"lit", "lisait", "lisent", "lisaient", "feuillete", "feuilletait"})
# Capitalised words that follow a given name in the names of structures and brands.
_NOT_SURNAMES_TEXT = """
travail emploi locale local formation formations insertion conseil services service
entreprise entreprises avenir solidarite solidaires habitat sante social sociale
association nord sud est ouest interim france europe centre ville metropole departement
region agglomeration communaute partie annexe tableau figure chapitre page
nationale national populaire solidaire connect jeunes jeune rocher vuitton merlin provost
dior cardin dessange albane blachere
logement logements secours restos coeur apprentis solidarites
nouvelles initiative initiatives actif actives avenirs chances emplois competences
commune business mutuelle mutuelles bank banque assurance assurances immobilier proprete
transports transport automobiles automobile btp batiment industrie industries logistique
distribution market medical sarl sas eurl fils freres soeurs associes cie handicap
construction constructions consulting group groupe energie energies environnement
recyclage nettoyage securite solutions systemes technologies renovation paysage paysages
travaux developpement numerique digital informatique telecom express pro auto autos
motors immo ingenierie maintenance electricite plomberie peinture agricole multiservices
soins domicile nature
"""
# A message's greeting before the name of whom it greets (« Bonjour Patrick, je vous
# confirme… »): a pasted e-mail whose lines a PDF joins into one sentence.
_GREETINGS_TEXT = """
bonjour bonsoir coucou hello
"""
# The labels of a form's fields (« NOM : DUPUIS  Prénom : Kevin  Situation : … »).
_FIELD_LABELS_TEXT = """
nom prenom prenoms situation adresse tel telephone portable courriel mail email date age
statut niveau objectif objectifs orientation prescripteur domicile profession nationalite
diplome diplomes experience experiences permis observations commentaires remarques motif
ne nee nes nees
"""
NOT_SURNAMES = ligatures(frozenset(_NOT_SURNAMES_TEXT.split())
                         | frozenset(_FIELD_LABELS_TEXT.split())
                         | frozenset(_GREETINGS_TEXT.split()))
NOT_A_NAME = frozenset({"le", "la", "les", "de", "du", "des", "x", "y", "z", "partie",
                        "annexe", "tableau"})
_PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "ben", "el", "da",
                        "dos", "di", "mac", "mc", "do", "das", "der", "den", "ter", "della",
                        "bin", "ibn", "ould"})
# Particles written with a capital inside a surname (« Le Gall », « Da Costa », « Van Damme »).
_CAPITAL_PARTICLES = frozenset({"le", "la", "du", "de", "des", "da", "di", "do", "dos", "van",
                                "von", "del", "della", "ter"})
_DETERMINERS = frozenset({"le", "la", "l", "les", "son", "sa", "ses", "notre", "nos", "mon",
                          "ma", "mes", "leur", "leurs", "un", "une", "qui", "est", "etait",
                          "'", "’", "notamment", "aussi"})
# A name said to be changed (« prénom modifié », « les prénoms ont été changés », « un
# pseudonyme »); « mon numéro a changé » is not about names.
_CHANGED = re.compile(r"\b(fictif|fictive|fictifs|fictives|pseudonymes?|d'emprunt|"
                      r"anonymise|anonymisee|anonymises|anonymisees)\b|"
                      r"\b(prenoms?|noms?)\b[^.;]{0,30}?\b(modifie|change|invente|remplace)|"
                      r"\b(modifie|change|invente|remplace)\w*\s+(?:(?:le|les|son|leur|"
                      r"leurs|ses)\s+)?(prenoms?|noms?)\b|"
                      # A name given by the writer: « que j'appellerai Martin », « nommons-le
                      # Martin », « appelons-la Claire », « ce n'est pas son vrai nom ».
                      r"\b(?:appell?er(?:ai|ons)|appelons|nommer(?:ai|ons)|nommons|"
                      r"baptiser(?:ai|ons)|baptisons|surnommer(?:ai|ons)|surnommons)\b|"
                      r"\b(?:pas\s+(?:son|leur|sa)\s+vrai|(?:son|leur)\s+veritable)\s+"
                      r"(?:nom|prenom|identite)\b|\banonymat\b")
_BIBLIOGRAPHY = re.compile(r"^\W*(?:[ivx\d]{1,3}\s*[-.–:)]\s*)?(bibliographie|sitographie|"
                           r"webographie|references( bibliographiques)?|sources|ouvrages "
                           r"consultes)\b")
_THANKS_HEADING = re.compile(r"^\W*remerciements?\b")
_THANKS = re.compile(r"\b(remerci\w*|merci)\b")
# The candidate thanked, not thanking: « Nathan Perez me remercie », « elle m'a remerciée »,
# « « Merci », me dit Sabrina Lopez ». The person who thanks is the one accompanied.
_THANKED_BY = re.compile(r"\b(?:me|m['’]\s*(?:a|avait|ont|avaient)?|nous\s+(?:a|ont)|"
                         r"(?:me|m['’])\s*(?:dit|dire|disant|lance|souffle|ecrit))\s*"
                         r"(?:encore\s+|beaucoup\s+|chaleureusement\s+)?(?:remerci\w*|merci)\b|"
                         r"[«“\"]\s*merci\b")


def thanks_given(norm: str) -> bool:
    """The sentence thanks someone (« je remercie », « merci à »), not only tells that the
    candidate was thanked."""
    return any(_THANKED_BY.search(norm[max(0, m.start() - 25):m.end()]) is None
               for m in _THANKS.finditer(norm))
_END_OF_BIBLIOGRAPHY = re.compile(r"^\W*(annexes?|partie|conclusion|introduction)\b")
# Two capitalised words in a row, or with a particle of a name from abroad between them
# (« Karim ould Ahmed », « Ana das Neves »).
_TWO_CAPITALS = re.compile(rf"[{_UPPER}][^\s]*[ \t\u00a0]+(?:(?:da|do|dos|das|di|van|von|der|"
                           rf"den|ter|ben|el|bin|ibn|ould|de|du|de la)[ \t\u00a0]+)?[{_UPPER}]")
# « Carl Rogers et à Gerard Egan, mais aussi à Maela Paul… ainsi qu'à Guy Le Bouëdec »: the
# preposition repeated before each item of the list.
_LISTING = frozenset({"et", "ou", "de", "d", "'", "’", ",", "ainsi", "que", "qu", "puis",
                      "a", "mais", "aussi"})
_ROMAN = re.compile(r"^[IVXL]{2,6}$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@cache
def given_names() -> frozenset[str]:
    """Folded given names: INSEE's (given more than 100 times in France since 1900) and
    those of people who came from abroad that INSEE's cut leaves out."""
    out: set[str] = set()
    for name in ("prenoms.txt", "prenoms_monde.txt"):
        text = package_data("names", name).read_text("utf-8")
        # (str.strip mapped in C: ~10,000 lines at every check)
        out.update(map(str.strip, [line for line in text.splitlines()
                                   if not line.startswith("#")]))
    out.discard("")  # blank lines
    return frozenset(out)


@dataclass
class Convention:
    """How the dossier anonymises: the initials it uses, first names seen with one."""

    initials: set[str] = field(default_factory=set)
    first_names: dict[str, set[str]] = field(default_factory=dict)  # initial -> first names
    own: set[str] = field(default_factory=set)  # the candidate's name words (folded)
    text: str = ""  # the dossier's text, read again only when a name needs it
    _surnames: set[str] | None = None

    @property
    def surnames(self) -> set[str]:
        """Surnames the dossier writes after a civility (« Mme Houmadi », « M. Paul
        Eze »), folded; read on the first name that asks (a regular-expression pass over
        the whole text costs most of a millisecond)."""
        if self._surnames is None:
            self._surnames = {fold_keep_length(m.group(1))
                              for m in _AFTER_CIVILITY.finditer(self.text)}
        return self._surnames

    @property
    def active(self) -> bool:
        return bool(self.initials)


# An initial ("B."), then the word before it read backwards: the same readings as INITIAL
# and FIRST_INITIAL, found from the rare initials rather than tried at every word.
# (The capital first, the space behind it checked after: with the look-behind first the
# search tried it at every character, three times slower.)
_BARE_INITIAL = re.compile(rf"([{_UPPER}])(?<=\s[{_UPPER}])\.(?![{_LOWER}{_UPPER}])")
_BEFORE_INITIAL = re.compile(rf"(?:\b{_CIVILITY}|\b({_NAME}))\s+$")


# « Mme Houmadi », « M. Paul Eze »: the word a civility ends with is a surname.
# (The literal « M » first, the word boundary checked behind it: with « \b » first the
# search tried the alternation at every character, ten times slower.)
_AFTER_CIVILITY = re.compile(rf"M(?<![\w]M)(?:\.|r\.?|me\.?|lle\.?|adame|onsieur|ademoiselle)"
                             rf"\s+(?:{_NAME}\s+)?({_NAME})\b(?![-'’.])")


def convention(texts: Sequence[str], own_names: set[str]) -> Convention:
    conv = Convention(own=own_names)
    for text in texts:
        for m in _BARE_INITIAL.finditer(text):
            before = _BEFORE_INITIAL.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                continue
            initial, first = m.group(1), before.group(1)
            if first is None or re.fullmatch(_CIVILITY, first):
                conv.initials.add(initial)
                continue
            if fold_keep_length(first) in NOT_A_NAME:
                continue
            conv.initials.add(initial)
            conv.first_names.setdefault(initial, set()).add(first)
    conv.text = "\n".join(texts)
    return conv


@dataclass(frozen=True)
class NameHit:
    """A full name found in a sentence: its tokens ``[first, last)`` and the hit."""

    sentence: Sentence
    first: int  # token indices inside the sentence
    last: int
    surname: str  # folded: "Madame Sophie Bernard" and "Mme Bernard" are one person
    masked: str


# --- tokens -------------------------------------------------------------------------


def is_word(t: Token) -> bool:
    return t.kind == "word"


def _capitalised(t: Token) -> bool:
    """A word that can be part of a name: "Vasseur", "MOREAU" (not "B" of "B.")."""
    return is_word(t) and len(t.text) >= 2 and t.text[0].isupper()


def initial_at(toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` is an initial: one capital letter and a dot ("B."), or the consonants
    that open a name (« M. Th. », « Mme Ch. », « Chr. »); not « Mme Li. », a surname."""
    if not (i + 1 < len(toks) and is_word(toks[i]) and toks[i + 1].text == "."
            and toks[i + 1].start == toks[i].end):
        return False
    text = toks[i].text
    return (len(text) == 1 and text.isupper()) or (
        len(text) <= 3 and text[0].isupper() and text[1:].islower()
        and not any(c in "aeiouyàâäéèêëîïôöùûü" for c in text.lower()))


def _civility_at(toks: Sequence[Token], i: int) -> int:
    """Index after the civility at ``i`` ("M.", "Mme", "Madame"…), or -1."""
    t = toks[i]
    if not is_word(t) or t.word not in CIVILITIES or not t.text[0].isupper() or (
            t.word in ("mrs", "ms") and t.text not in _ENGLISH_CIVILITIES):
        return -1
    nxt = i + 1
    has_dot = nxt < len(toks) and toks[nxt].text == "." and toks[nxt].start == t.end
    if t.text == "M" and not has_dot:
        return -1
    return nxt + 1 if has_dot else nxt


def _word_at(toks: Sequence[Token], i: int) -> int:
    """End index of the name word at ``i`` ("Jean-Marc", "Le" + "Goff" is two), or -1."""
    if i >= len(toks):
        return -1
    # An elided particle: "N'Diaye", "O'Connor", "D'Almeida" are one word.
    if (i + 2 < len(toks) and is_word(toks[i]) and len(toks[i].text) == 1
            and toks[i].text.isupper() and toks[i + 1].text in "'’"
            and toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end
            and _capitalised(toks[i + 2])):
        i += 2
    elif not _capitalised(toks[i]) or initial_at(toks, i):
        return -1
    j = i + 1
    # Hyphenated: "Jean-Marc", "Marie-Claire", "Benali-Martin".
    while (j + 1 < len(toks) and toks[j].text in "-‑" and toks[j].start == toks[j - 1].end
           and toks[j + 1].start == toks[j].end and (
               _capitalised(toks[j + 1]) or _lower_compound(toks, i, j))):
        j += 2
    return j


def _lower_compound(toks: Sequence[Token], i: int, j: int) -> bool:
    """« Jean-pierre », « Marie-claire »: a compound given name whose second part lost its
    capital (autocorrect, haste), the whole a known given name."""
    nxt = toks[j + 1]
    return (j == i + 1 and is_word(nxt) and nxt.text.islower()
            and f"{toks[i].word}-{nxt.word}" in given_names())


def name_words(toks: Sequence[Token], i: int) -> list[tuple[int, int]]:
    """The run of name words starting at ``i`` (with particles: "Le Goff", "de Souza")."""
    out: list[tuple[int, int]] = []
    while i < len(toks) and len(out) < 4:
        t = toks[i]
        if (out and is_word(t) and t.word in _PARTICLES and t.text.islower()
                and _word_at(toks, i + 1) > 0):
            i += 1
            continue
        end = _word_at(toks, i)
        if end < 0:
            break
        out.append((i, end))
        i = end
    return out


def _line_between(toks: Sequence[Token], i: int, s: Sentence) -> bool:
    """A line ends between ``toks[i - 1]`` and ``toks[i]`` (a DOCX line break inside a
    paragraph: a pasted e-mail's lines, a heading typed above its text)."""
    return i > 0 and "\n" in s.text[toks[i - 1].end:toks[i].start]


def span_text(toks: Sequence[Token], a: int, b: int, sentence: Sentence) -> str:
    return sentence.text[toks[a].start:toks[b - 1].end]


def name_key(toks: Sequence[Token], a: int, b: int, sentence: Sentence) -> str:
    return fold_keep_length(span_text(toks, a, b, sentence)).replace("‑", "-")


# --- context ------------------------------------------------------------------------


def _role_before(toks: Sequence[Token], i: int) -> bool:
    """« ma tutrice, Mme Morel », « la conseillère France Travail, Mme Roux », « le
    directeur Mme… »: a role just before, joined by a comma, a colon or nothing."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if is_word(prev) and prev.word in ROLES:
        # « en binôme », « en tant que… »: a manner of working, not the next person's role.
        return not (i >= 2 and toks[i - 2].word == "en")
    # « l'atelier animé par Karine Lopez », « une information présentée par … »: who leads
    # a session is a professional.
    if (prev.word == "par" and i >= 2 and toks[i - 2].word in _LEADS):
        return True
    if _role_phrase_before(toks, i):
        return True
    if (prev.text == ":" and i >= 3 and toks[i - 2].word == "par"
            and toks[i - 3].word in _LEADS):
        return True  # « Rédigé par : … »
    # « | »: a table row read as one line (« Tuteur | Marc Delorme »).
    if prev.text not in (",", ":", "(", "–", "-", "—", "|"):
        return False
    return _role_in_label(toks, i)


_OF = frozenset({"de", "du", "des", "d"})
# Prepositions that make the name the role's complement (« la référente de Kevin Martin »,
# « le tuteur pour Léa Roy »): the name is then the person the role serves.
_BEFORE_A_COMPLEMENT = frozenset({"de", "du", "des", "d", "a", "au", "aux", "par", "pour",
                                  "avec", "chez", "sur", "'", "’"})


def _role_phrase_before(toks: Sequence[Token], i: int) -> bool:
    """« la psychologue du travail Anne Morel », « le chargé de relations entreprises Hervé
    Gallais »: a determiner, a role, its complement, then the name in apposition (not
    « la référente du jeune Kevin Martin »: the complement names the person)."""
    if i < 3 or toks[i - 1].word in _BEFORE_A_COMPLEMENT or not is_word(toks[i - 1]):
        return False
    for k in range(i - 1, max(0, i - 6), -1):
        t = toks[k]
        if not (is_word(t) or t.text in "'’") or (is_word(t) and not t.text.islower()):
            return False
        if t.word in PERSONS or t.word in _KIN or t.word in _AUXILIARIES or t.word in (
                "est", "sont", "etait", "qui", "que", "et", "ou"):
            return False
        if t.word in _ROLES_NOT_FIELDS:
            return (toks[k + 1].word in _OF and k >= 1
                    and (toks[k - 1].word in _DETERMINERS or toks[k - 1].text in "'’"))
    return False


_COPULAS = frozenset({"est", "etait", "sera", "fut", "appelle", "appelait", "nomme",
                      "nommait"})
# What a structure's staff does, said in a relative clause after the name (« Nadia
# Cherif, qui anime l'atelier CV »), or to the writer as a trainee (« X m'a accueillie,
# formée, encadrée », « m'a confié le suivi de… », « m'a laissé mener… »).
_STAFF_DOES = frozenset({"anime", "animait", "dirige", "dirigeait", "encadre", "encadrait",
                         "coordonne", "coordonnait", "supervise", "supervisait", "preside",
                         "presidait", "gere", "gerait", "pilote", "pilotait", "forme",
                         "formait", "recoit", "recevait", "tient", "tenait"})
_HOSTS_ME = frozenset({"accueilli", "accueillie", "forme", "formee", "encadre", "encadree",
                       "supervise", "supervisee", "tutore", "tutoree", "integre", "integree"})
_STAFF_WORK = frozenset({"atelier", "ateliers", "reunion", "reunions", "session", "sessions",
                         "formation", "formations", "information", "informations",
                         "permanence", "permanences", "equipe", "service", "structure",
                         "dispositif", "association", "agence", "pole", "plateforme",
                         "module", "modules", "accueil", "antenne", "chantier"})
_LETS_ME = frozenset({"mener", "animer", "conduire", "observer", "assister", "participer"})


def _next_item(toks: Sequence[Token], prev_end: int, first: int) -> bool:
    """The name at ``first`` is the next item of a list after the name ending at
    ``prev_end`` (« Jérôme Vidal (Cap emploi) et Sonia Benali »): only listing words
    between, past the previous item's brackets."""
    k = prev_end
    if k < first and toks[k].text == "(":
        while k < first and toks[k].text != ")":
            k += 1
        k += 1
    return k < first and all(t.word in _LISTING and t.word != "a" for t in toks[k:first])


def _staff(toks: Sequence[Token], first: int, end: int) -> bool:
    """The name is a professional's by what is said around it: a role as the subject of
    « est / était / s'appelle » before it (« Mon tuteur de stage était Franck Delattre »),
    « en binôme avec X », a relative clause of leading (« X, qui anime l'atelier »), or
    what a host does to the trainee who writes (« X m'a accueillie le premier jour »)."""
    k = first - 1
    if k >= 0 and toks[k].word in _COPULAS and toks[k].text.islower():
        for t in toks[max(0, k - 6):k]:
            if t.text in ".;!?":
                return False
        if any(t.word in _ROLES_NOT_FIELDS for t in toks[max(0, k - 6):k]):
            return True
    if k >= 2 and toks[k].word == "avec" and toks[k - 1].word == "binome":
        return True
    n = end
    if n < len(toks) and toks[n].text == ",":
        n += 1
    if (n + 1 < len(toks) and toks[n].word == "qui" and toks[n + 1].word in _STAFF_DOES
            and any(t.word in _STAFF_WORK for t in toks[n + 2:n + 6])):
        return True
    return _hosts_me(toks, n)


def _hosts_me(toks: Sequence[Token], n: int) -> bool:
    """« m'a accueillie / formée », « m'a laissé mener… », « m'a confié le suivi… » at
    ``n``: what a host does to the trainee who writes (not « m'a accueillie chez elle »)."""
    if not (n + 3 < len(toks) and toks[n].word == "m" and toks[n + 1].text in "'’"
            and toks[n + 2].word in ("a", "avait")):
        return False
    n += 3
    if toks[n].word in _HOSTS_ME:
        return not any(t.word == "chez" for t in toks[n + 1:n + 4])
    if n + 1 < len(toks) and toks[n].word in ("laisse", "laissee"):
        return toks[n + 1].word in _LETS_ME
    return (n + 2 < len(toks) and toks[n].word == "confie"
            and toks[n + 1].word in ("le", "la", "les", "l")
            and toks[n + 2].word in ("suivi", "animation", "accompagnement", "dossier",
                                     "dossiers", "accueil"))


def _role_in_label(toks: Sequence[Token], i: int) -> bool:
    """A role among the few words before the separator at ``i - 1``."""
    lowercase = 0
    person = False
    # The window counts words, not the tokens of initials read on the way (« le patron de
    # Mme K., Thierry Garnier », « la tutrice de M. O. chez le paysagiste, M. Lemonnier »).
    stop = max(-1, i - 8)
    for k in range(i - 2, -1, -1):
        if k <= stop:
            break
        t = toks[k]
        if t.text == "." and k >= 1 and (initial_at(toks, k - 1) or (
                toks[k - 1].word in CIVILITIES and toks[k - 1].end == t.start)):
            stop = max(-1, stop - 2)
            continue
        if is_word(t) and t.word in PERSONS:
            if not _complement(toks, k):
                return False  # « Le stagiaire : Jordan Lefebvre » labels the person
            person = True
        elif is_word(t) and t.word in ROLES:
            # « Signature du bénéficiaire : » is the person's own field; « la référente
            # de la jeune, Mme Roux » is a professional.
            return not (person and t.word in _FIELDS_OF)
        if t.text in ".;!?":
            return False
        if is_word(t) and t.text.islower() and not t.stop:
            lowercase += 1
            if lowercase > 3:
                return False
    return False


def _complement(toks: Sequence[Token], k: int) -> bool:
    """The word at ``k`` completes another (« la référente de la jeune », « signature du
    bénéficiaire »): « de / du / des / d' » before it, past an article."""
    k -= 1
    while k >= 0 and (toks[k].word in ("la", "le", "l", "les") or toks[k].text in "'’"):
        k -= 1
    return k >= 0 and toks[k].word in ("de", "du", "des", "d")


# Roles that are also the jobs accompanied persons hold or look for (« Mohamed Ait-Ali –
# Agent de propreté » heads a CV): after a name they make a professional only when the
# words after them name a structure (« agent d'accueil à la CAF », « assistante sociale
# du Département ») or a determiner stands before them (« Mme Roux, l'assistante… »).
_JOB_ROLES = frozenset({"agent", "agente", "assistant", "assistante", "secretaire",
                        "technicien", "technicienne", "commercial", "commerciale",
                        "comptable", "cadre", "animateur", "animatrice", "educateur",
                        "educatrice", "infirmier", "infirmiere", "moniteur", "monitrice",
                        "mediateur", "mediatrice", "gestionnaire", "benevole"})
_SOCIAL = frozenset({"social", "sociale", "sociaux", "sociales", "specialise", "specialisee",
                     "territorial", "territoriale", "administratif", "administrative"})


_LEADS = frozenset({"redige", "redigee", "etabli", "etablie",
                    "anime", "animee", "animes", "animees", "co-anime", "co-animee",
                    "presente", "presentee", "dispense", "dispensee", "encadre", "encadree",
                    "assure", "assuree", "conduit", "conduite", "organise", "organisee",
                    # Who heads, founded or runs a structure (« présidé par Julien L. »).
                    "preside", "presidee", "dirige", "dirigee", "fonde", "fondee",
                    "coordonne", "coordonnee", "pilote", "pilotee"})
# Structures a professional is « of » (« Karine Lopez, de l'association Solidarité
# Femmes », « M. Roux, du CCAS »); not the places where people live (quartier, cité).
_STRUCTURES = frozenset({"association", "agence", "mission", "centre", "cabinet", "service",
                         "entreprise", "societe", "mairie", "departement", "region", "ccas",
                         "caf", "cpam", "afpa", "greta", "plie", "esat", "ehpad", "cfa", "pole",
                         "france", "cap", "maison", "structure", "organisme", "chantier",
                         "reseau", "cidff", "mdph", "spip", "udaf", "apec", "cio", "direction",
                         "plateforme", "dispositif", "equipe", "institut", "federation"})


# Services whose staff a name is given with, even without a comma (« Karine Lopez de
# l'association… », « M. Roux du CCAS »); not the chantier, the ESAT or the firm, whose
# workers may be the persons accompanied (« Moussa Diallo du chantier d'insertion »).
_SERVICES = frozenset({"association", "agence", "mission", "cabinet", "service", "mairie",
                       "departement", "region", "ccas", "caf", "cpam", "plie", "pole",
                       "france", "cap", "maison", "organisme", "reseau", "cidff", "mdph",
                       "spip", "udaf", "apec", "cio", "direction", "plateforme",
                       "federation"})


def _affiliated_after(toks: Sequence[Token], k: int,
                      structures: frozenset[str] = _STRUCTURES) -> bool:
    """« , de l'association… », « , du CCAS »: the name is given with its structure."""
    if k < len(toks) and toks[k].word in ("de", "du", "d", "des"):
        k += 1
        while k < len(toks) and (toks[k].word in ("l", "la", "le", "les")
                                 or toks[k].text in "'’"):
            k += 1
        return k < len(toks) and is_word(toks[k]) and toks[k].word in structures
    return False


def _after_as(toks: Sequence[Token], k: int) -> int:
    """Past « comme » or « en tant que » at ``k`` (« recrutée comme coordinatrice », « en
    tant qu'agente… »): the role follows the same way."""
    if k < len(toks) and toks[k].word == "comme":
        return k + 1
    if (k + 2 < len(toks) and toks[k].word == "en" and toks[k + 1].word == "tant"
            and toks[k + 2].word in ("que", "qu")):
        k += 3
        return k + 1 if k < len(toks) and toks[k].text in "'’" else k
    return k


_ITEM_OPENERS = frozenset({"la", "le", "les", "l", "un", "une", "son", "sa", "ses", "leur",
                           "leurs", "mon", "ma", "mes", "notre", "nos"})


def _enumerated(toks: Sequence[Token], k: int) -> bool:
    """The role at ``k`` after a name and a comma is an item of a list of people, not an
    apposition: its group ends with a comma followed by another item (a determiner), and
    the list closes with « et » before the sentence ends (« Mathis Guérin, son chef
    d'atelier, la gérante de la menuiserie, et moi »). An apposition is followed by its
    verb (« Sabine Rocher, ma tutrice, m'a présentée »)."""
    n = k + 1
    while n < len(toks) and n < k + 10 and toks[n].text not in ",.;!?:":
        n += 1
    if n + 1 >= len(toks) or toks[n].text != "," or toks[n + 1].word not in _ITEM_OPENERS:
        return False
    if not toks[n + 1].text.islower():
        return False
    for t in toks[n + 2:n + 25]:
        if t.text in ".;!?":
            return False
        if t.word == "et":
            return True
    return False


# Titles abbreviated before a name (« Dr Morel », « Pr Lenoir »), never a role said after it.
_TITLES_BEFORE = frozenset({"dr", "pr"})


def role_after(toks: Sequence[Token], j: int) -> bool:
    """« M. Durand, directeur de l'agence », « Mme Caron, ma tutrice », « (tutrice) »,
    « Karine Lopez, de l'association… »."""
    k = j
    separated = k < len(toks) and toks[k].text in (",", "(", "–", "-", "—", ":")
    k += separated
    # « Karine Lopez, de l'association… »; without the comma, a service's staff only.
    if _affiliated_after(toks, k, _STRUCTURES if separated else _SERVICES):
        return True
    determiner = False
    k = _after_as(toks, k)
    for _ in range(3):
        if k < len(toks) and (toks[k].word in _DETERMINERS or toks[k].text in "'’"):
            k += 1
            determiner = True
    # A field word (« Jordan Meyer – Visa de l'encadrant : … ») opens the next field.
    if not (k < len(toks) and is_word(toks[k]) and toks[k].word in _ROLES_NOT_FIELDS):
        return False
    if toks[k].word in _TITLES_BEFORE:
        return False  # « Dr », « Pr » stand before a name; texted after one, « pr » is « pour »
    if separated and toks[j].text == "," and _enumerated(toks, k):
        return False  # « il y avait Mathis Guérin, son chef d'atelier, la gérante… et moi »
    if toks[k].word not in _JOB_ROLES or determiner:
        return True
    return _post_beside(toks, k + 1)


def _post_beside(toks: Sequence[Token], k: int) -> bool:
    """After a trade that anyone may hold (« secrétaire », « agente »): a post beside the
    candidate (« secrétaire de l'association », « assistante sociale »), not the person's
    own career (« infirmière diplômée en Algérie »)."""
    staff = False
    for t in toks[k:k + 8]:
        if t.text in ".;!?()«»":
            break
        if t.word in _OWN_CAREER:
            return False
        if t.word in _SOCIAL or t.word in _SOCIAL_SERVICES or (
                is_word(t) and t.text[0].isupper()):
            staff = True
    return staff


# Where the candidate's colleagues and partners work; not « entreprise », « agence »,
# « service », where the person's own past jobs were too (« agente de service dans une
# entreprise de nettoyage »).
_SOCIAL_SERVICES = frozenset({"association", "mission", "ccas", "caf", "cpam", "plie", "pole",
                              "mdph", "spip", "udaf", "apec", "cio", "cidff", "esat", "afpa",
                              "greta", "mairie", "structure"})
# Words that make a trade the person's own career, not a post held beside the candidate:
# « agente d'entretien licenciée », « comptable au chômage », « diplômée en Algérie ».
_OWN_CAREER = frozenset({"diplome", "diplomee", "licencie", "licenciee", "licenciement",
                         "reconversion", "chomage", "retraite", "retraitee", "interimaire",
                         "demandeur", "demandeuse", "originaire", "invalidite"})


# Military ranks, abbreviated as the army writes them before a name (« Sdt LEBRETON
# Maxime », « Cpl DIAS Hugo »): a title like a civility, not a proper noun's first word.
_RANKS = frozenset({"sdt", "cpl", "cch", "cc1", "sgt", "sch", "adj", "adc", "maj", "asp",
                    "slt", "ltn", "cne", "cdt", "brigadier", "caporal", "soldat", "sergent",
                    "adjudant", "matelot", "quartier-maitre", "second-maitre"})


def _place_before(toks: Sequence[Token], i: int, s: Sentence | None = None) -> bool:
    """A place or structure noun, or another capitalised word, just before: the name is
    part of a longer proper noun ("Mission Locale Jean Moulin", "lycée Louis Pasteur")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    # « Mission Locale Jean Moulin », « ESAT Jean Moulin »; not « SUIVI DE TAHIROU… », a
    # title in capitals whose function words are capitalised too.
    if (_capitalised(prev) and prev.word not in CIVILITIES and prev.word not in _AGENDA
            and prev.word not in _RANKS and i - 1 > 0
            and not (prev.stop and prev.text.isupper())
            and not (s is not None and _row_break(toks, i, s))):
        return True
    seen = 0
    for k in range(i - 1, max(-1, i - 4), -1):
        t = toks[k]
        if not is_word(t):
            if t.text in ",.;:!?()":
                return False
            continue
        if s is not None and "\n" in s.text[t.end:toks[k + 1].start]:
            return False  # another row: « Entreprise | Dates⏎Aminata Coulibaly | … »
        place = _place_word(t, seen)
        if place is not None:
            return place
        if not t.stop:
            seen += 1
            if seen >= 2:
                return False
    return prev.word in ("a", "au") and _cared_at(toks, i - 1)


# Words that put a person after a place noun, not the place's own name (« je suis allée
# à Pôle emploi avec Chantal Dubreuil », « la mission locale qui suit Kévin Martin »).
_NOT_OF_A_PLACE = frozenset({"avec", "pour", "par", "sans", "contre", "que", "qu", "qui",
                             "dont"})
# Auxiliaries and verbs a structure is the subject of before the person it takes in.
_VERBS_AFTER_PLACE = frozenset({"a", "ont", "avait", "avaient", "est", "sont", "etait",
                                "etaient", "compte", "accueille", "recoit", "emploie",
                                "embauche", "recrute", "reunit", "forme", "suit", "aide"})


# Place nouns that are also a verb form or a common noun (« je suis allée chercher
# Kevin Berhe », « après le cours, Inès… »): a place only right before the name.
_PLACES_ALSO_WORDS = frozenset({"allee", "cours", "marche", "place", "promo", "chez"})
_NAMING = ("appel", "nomm", "baptis", "intitul", "surnomm")


def _place_word(t: Token, seen: int) -> bool | None:
    """True: ``t`` makes the name after it a place; False: it ends the search (a verb);
    None: read on. ``seen``: lowercase words already read between ``t`` and the name."""
    if t.word in _NOT_OF_A_PLACE:
        return False  # « à Pôle emploi avec Chantal Dubreuil »: who came along
    if t.word in PLACES and (t.word not in _PLACES_ALSO_WORDS or seen == 0):
        # « a placé X »: the participle, not « place Bellecour ».
        return not (t.word == "place" and t.text.lower() != "place")
    if t.word in _CARE or t.word.startswith("hospitalis"):
        return True
    if _verb_like(t) and not t.word.startswith(_NAMING):
        # « le groupe comptait Fatoumata Camara »: the place is a subject; « le collège
        # s'appelait Jean Moulin » still names the place.
        return False
    return None


# « Chez X » is a shop or a brand (« chez Franck Provost »), or the person's case: a sentence
# that opens with it and a comma (« Chez Mélanie Roussel, la peur de l'échec domine »), or
# what a CIP notices in someone (« j'ai observé chez Mélanie Roussel une grande fatigue »).
_NOTICING = frozenset({"observe", "observee", "remarque", "remarquee", "constate",
                       "constatee", "note", "notee", "repere", "reperee", "percu", "percue",
                       "senti", "sentie", "ressenti", "ressentie", "decele", "decelee",
                       "identifie", "identifiee", "retrouve", "retrouvee", "vois", "voit"})


def _in_the_case_of(toks: Sequence[Token], start: int, end: int, surname: str) -> bool:
    """At a sentence's start, only a common surname (« Chez Paul Bocuse, les apprentis… »
    is a restaurant)."""
    if start < 1 or toks[start - 1].word != "chez":
        return False
    k = start - 2
    if k < 0 or toks[k].text in ":;—–(":
        return end < len(toks) and toks[end].text == "," and is_surname(surname)
    return toks[k].word in _NOTICING and toks[k].text.islower()


def _verb_like(t: Token) -> bool:
    """A conjugated verb (« comptait », « réunissaient », « a » as written, not « à »)."""
    w = t.word
    return (t.text == w and w in _VERBS_AFTER_PLACE) or (
        len(w) > 4 and w.endswith(("ait", "aient")))


def _cared_at(toks: Sequence[Token], k: int) -> bool:
    """« suivi à Sainte-Anne et à Paul Guiraud », « au CHU Pellegrin puis à Charles
    Perrens »: places listed after where one is cared for. Read back over the list (its
    capitalised words, « et », « puis », « à ») to the care word or the hospital."""
    for n in range(k - 1, max(-1, k - 11), -1):
        t = toks[n]
        if t.word in _CARE or t.word.startswith("hospitalis") or t.word in ("hopital",
                                                                           "clinique"):
            return True
        # « suivi à … » is where, « suivi par … » who.
        if t.word in ("suivi", "suivie") and toks[n + 1].word in ("a", "au"):
            return True
        if t.text in ".;:!?()":
            return False
        if is_word(t) and t.text.islower() and not t.stop and t.word not in ("puis", "et"):
            return False
    return False


# Where one is cared for names a hospital, often without its noun: « hospitalisé à
# Édouard Herriot », « elle a accouché à Jeanne de Flandre », « opéré à Georges Pompidou ».
_CARE = frozenset({"accouche", "accouchee", "opere", "operee", "soigne", "soignee",
                   "urgences", "admis", "admise", "transfere", "transferee", "interne",
                   "internee", "chu", "chru", "chr", "maternite"})


def _row_break(toks: Sequence[Token], i: int, s: Sentence) -> bool:
    """Tokens ``i - 1`` and ``i`` are on two rows or in two cells of a table (« …|
    Formation⏎Grégory Lemaire | 2/6 »): the capitalised word before ends another cell."""
    gap = s.text[toks[i - 1].end:toks[i].start]
    return "\n" in gap or "|" in gap or (s.in_table and toks[i - 1].block != toks[i].block)


# Cues after which a person's own story is told as well as an author's thesis (« selon
# Kévin Martin, le chantier l'a remis debout », « une phrase de Léa Martin : « je… » »).
_TOLD_BY = frozenset({"selon", "apres", "phrase", "phrases", "texte", "textes", "formule"})
# What a writer wrote, said of its author right after (« une phrase d'Annie Ernaux »).
_WORKS = ligatures(frozenset({"phrase", "phrases", "texte", "textes", "ecrits", "oeuvre",
                              "oeuvres", "essai", "essais", "pensee", "formule"}))


def _cue_holds(toks: Sequence[Token], k: int, i: int, j: int) -> bool:
    """The author cue at ``k`` makes the name ``i``–``j`` an author's."""
    if toks[k].word == "apres" and not (k >= 1 and toks[k - 1].text in "'’"):
        return False  # « Après Léa Dupont, j'ai reçu M. B. »: a time, not « d'après »
    if toks[k].word in _READS and k != i - 1:
        return False  # « il lit avec Kevin Martin les offres »: who reads along
    if toks[k].word in _WORKS and not (
            toks[k + 1].word in ("de", "d") and i - k - 1 <= 2
            and all(t.word in ("de", "d") or t.text in "'’" for t in toks[k + 1:i])):
        return False  # « une phrase d'Annie Ernaux », not « [Zone de texte] Témoignage de… »
    if toks[k].word in _TOLD_BY and _private_after(toks, j):
        return False  # « Selon Kévin Martin, le chantier l'a remis debout »
    # « l'article que Mélanie Roussel m'a montré »: she showed it.
    return not ((toks[i - 1].word in ("que", "qu") or (
        i >= 2 and toks[i - 1].text in "'’" and toks[i - 2].word == "qu"))
        and _person_verb_after(toks, j) and toks[j].word in _FIRST_PERSON)


def _author(toks: Sequence[Token], i: int, j: int) -> bool:
    """« Selon Carl Rogers (1951) », « le modèle de Guy Le Boterf », « Boutinet, 2010 »,
    « comme l'écrit Claude Dubar »."""
    for k in range(max(0, i - 3), i):
        if is_word(toks[k]) and toks[k].word in _AUTHOR_CUES and _cue_holds(toks, k, i, j):
            return True
    # « comme le rappelle X », « comme l'écrit X », « comme le disait X »: the verb before
    # its subject is how a quotation is introduced.
    for k in range(max(0, i - 5), i - 2):
        if (toks[k].word == "comme" and toks[k + 1].word in ("le", "l", "la", "les")
                and all(is_word(t) or t.text in "'’" for t in toks[k + 1:i])):
            return True
    for k in range(j, min(len(toks), j + 3)):
        if toks[k].is_number and _YEAR.match(toks[k].text):
            return True
    if _work_then_author(toks, i):
        return True
    if _notion_then_author(toks, i):
        return True
    # « sur Jacques Limoges pour la notion de maintien », « X et son modèle des… »: what
    # the name is drawn on for.
    return (j + 2 < len(toks) and toks[j].word in ("pour", "et", "avec")
            and toks[j + 1].word in ("la", "le", "sa", "son", "ses", "les", "l")
            and toks[j + 2 + (toks[j + 2].text in "'’")].word in _DRAWN_ON)


# A person's own papers (« la Lettre de motivation de Kevin Martin »): not a work.
_PAPERS_OF_ONE = frozenset({"lettre", "cv", "dossier", "fiche", "message", "courrier", "mail",
                            "attestation", "contrat", "candidature", "projet", "parcours",
                            "bilan", "compte", "rapport"})


def _work_then_author(toks: Sequence[Token], i: int) -> bool:
    """« Elle a lu La Vie devant soi de Romain Gary », « la méthode de Recherche d'Emploi
    de Marc Tournier »: a cue, a title in capitals, then « de » and the name — the work's
    author (not « j'ai lu le CV de Kevin Martin »: no title between)."""
    if i < 3 or toks[i - 1].word not in _OF and not (
            toks[i - 1].text in "'’" and toks[i - 2].word == "d"):
        return False
    title = False
    for k in range(i - 2, max(-1, i - 12), -1):
        t = toks[k]
        if t.text in ".;:!?()«»" or t.word in _PAPERS_OF_ONE:
            return False
        if (is_word(t) and t.text[0].isupper() and not t.text.isupper()
                and t.word not in CIVILITIES):
            title = True
        elif is_word(t) and t.word in _AUTHOR_CUES:
            return title and toks[k + 1].text[0].isupper() or (
                title and toks[k + 1].word in _OF | {"l", "la", "le", "les"})
    return False


def _notion_then_author(toks: Sequence[Token], i: int) -> bool:
    """« la notion d'empowerment de Yann Le Bossé », « le concept de résilience de Boris
    Cyrulnik », « la théorie de l'engagement de … »: a notion, its name in lower case, then
    « de » and the author it is drawn from (« La notion de projet, Mélissa Caron l'a… »:
    a comma between, not an author)."""
    if i < 3 or not (toks[i - 1].word in _OF or (
            toks[i - 1].text in "'’" and toks[i - 2].word == "d")):
        return False
    for k in range(i - 2, max(-1, i - 11), -1):
        t = toks[k]
        if is_word(t) and t.word in _DRAWN_ON:
            return k >= 0
        if not (t.text in "'’" or (is_word(t) and t.text.islower())):
            return False
    return False


# Not « définition », « modèle », « méthode »: « pour la définition de son projet », « pour
# le modèle de CV » are a person's.
_DRAWN_ON = frozenset({"notion", "notions", "concept", "concepts", "theorie", "theories",
                       "pyramide", "typologie", "paradigme"})


# What an author's claim does not hold and a person's account does: a clitic object or
# dative before an auxiliary (« le chantier l'a remis debout », « m'a dit », « lui avait
# promis »), kin or a past job of their own (« sa fille », « son ancien patron »), a
# quotation in the first person.
_PRIVATE_CLITICS = frozenset({"l", "m", "lui", "leur"})
_PRIVATE_AUX = frozenset({"a", "avait", "aurait", "ont", "avaient", "auraient", "est",
                          "etait", "serait"})
_PAST_OF_ONE = frozenset({"ancien", "ancienne", "ex", "ex-employeur", "ex-patron",
                          "dernier", "derniere", "premier", "premiere"})


def _private_after(toks: Sequence[Token], j: int) -> bool:
    """The clause after a name introduced by « selon » / « d'après » tells the person's own
    story, not an author's thesis (up to the sentence's end, 18 tokens at most)."""
    for k in range(j, min(len(toks) - 1, j + 18)):
        t, nxt = toks[k], toks[k + 1]
        if t.text in ".;!?":
            return False
        if t.word in _PRIVATE_CLITICS and t.text.islower() and (
                nxt.word in _PRIVATE_AUX or (nxt.text in "'’" and k + 2 < len(toks)
                                             and toks[k + 2].word in _PRIVATE_AUX)):
            return True
        if t.word in ("son", "sa", "ses") and (nxt.word in _KIN or nxt.word in _PAST_OF_ONE
                                               or nxt.word in ("patron", "employeur")):
            return True
        if t.text in "«“\"" and nxt.word in ("je", "j", "moi", "ma", "mon"):
            return True
    return False


@cache
def cited_authors() -> frozenset[str]:
    """Folded full names of the authors CIP dossiers cite (« Carl Rogers », « Bertrand
    Schwartz »): a name of the field's reading list is an author wherever it appears."""
    text = package_data("names", "auteurs.txt").read_text("utf-8")
    # « Paul Ricœur » as Word types it is the list's « paul ricoeur ».
    return ligatures(frozenset(line.strip() for line in text.splitlines()
                               if line.strip() and not line.startswith("#")))


def mask_name(words: list[str]) -> str:
    return " ".join(w[:1] + MASK * 3 for w in words)


# --- the reader ---------------------------------------------------------------------


@dataclass
class _Candidate:
    hit: NameHit
    civility: bool
    given: bool  # a given name was read before the surname


# Over the complexity limit (17 > 10): a listed exception, to split.
def _candidates(reading: Reading, conv: Convention, professionals: set[str]  # noqa: C901
                ) -> list[_Candidate]:
    out: list[_Candidate] = []
    given = given_names()
    worth_reading = _with_two_capitals(reading)
    in_bibliography = False
    thanks_page: int | None = None  # people thanked are the team and the tutors
    initial_items = [len(s.text) <= 16 and bool(_INITIAL_ITEM.match(s.text))
                     for s in reading.sentences]
    previous: Sentence | None = None
    for s in reading.sentences:
        before, previous = previous, s
        norm = s.norm.lstrip()
        if len(norm) < 60 and _BIBLIOGRAPHY.match(norm):
            in_bibliography = True
            continue
        if in_bibliography:
            if len(norm) < 80 and _END_OF_BIBLIOGRAPHY.match(norm):
                in_bibliography = False
            else:
                continue
        if len(norm) < 40 and _THANKS_HEADING.match(norm):
            thanks_page = s.page
            continue
        if thanks_page is not None:
            # Thanks fill a page at most: they end at a heading or on the next page.
            if s.heading or s.page != thanks_page:
                thanks_page = None
            else:
                continue
        if s.index not in worth_reading:
            continue
        toks = reading.tokens_of(s)
        lone = _lone_item(reading, s, toks, initial_items, before)
        if lone is not None:
            out.append(_Candidate(lone, False, True))
            continue
        author_end = -1
        place_end = -1
        staff_end = -1
        i = 0
        while i < len(toks):
            found = None
            if toks[i].text[0].isupper():
                found = _read_name(toks, i, s, given, conv)
            if found is None:
                i += 1
                continue
            start, end, surname_at, civility, has_given, surname_end = found
            surname = name_key(toks, surname_at, surname_end, s)
            words = [span_text(toks, a, b, s) for a, b in name_words(toks, start) if b <= end]
            first = _civility_start(toks, start) if civility else start
            # "les travaux de Boutinet et de Maela Paul": a name listed with an author's
            # is an author too.
            author = (not civility and name_key(toks, start, end, s) in cited_authors()) or (
                _author(toks, first, end)) or (
                author_end >= 0 and all(t.word in _LISTING for t in toks[author_end:first]))
            if author:
                author_end = end
                # « Michel Dupont et Anne Leroy (2019) »: the name listed just before an
                # author's is an author's too.
                last = out[-1].hit if out else None
                if (last is not None and last.sentence is s and not civility
                        and all(t.word in _LISTING for t in toks[last.last:first])):
                    out.pop()
            # "chez Jacques Dessange ou Franck Provost": a name listed with a brand's or
            # a place's is one too.
            place = not civility and (_place_before(toks, start, s) or (
                place_end >= 0 and all(t.word in _LISTING for t in toks[place_end:first]))
            ) and not (has_given and _in_the_case_of(toks, start, end, surname))
            if place:
                place_end = end
            # A name said to be changed, or people thanked ("je remercie…"), read in
            # the part of the sentence that speaks of this name.
            cue_norm = cue_text(toks, first, end, s)
            thanks = thanks_given(cue_norm)
            changed = bool(_CHANGED.search(cue_norm)) or thanks
            if (_role_before(toks, first) or role_after(toks, end) or _staff(toks, first, end)
                    or (first == 0 and _labelled_with_a_role(reading, s, before))
                    or (staff_end >= 0 and _next_item(toks, staff_end, first))):
                professionals.add(surname)
                staff_end = end
            elif changed and not (author or place) and not thanks:
                # A pseudonym announced once stands for the person everywhere after.
                professionals.add(surname)
            elif not (author or place) and (not changed or _thanked_kin(toks, first, s)
                                             or _signed(toks, first, end, s)):
                head = span_text(toks, first, start, s) + " " if civility else ""
                hit = NameHit(s, first, end, surname, head + mask_name(words))
                out.append(_Candidate(hit, civility, has_given))
            i = end
    return out


# A bracket that says the word just before it is a pseudonym (« Lucas (prénom changé) »):
# one name, the singular; « (les prénoms sont modifiés) » speaks of them all.
_OWN_PSEUDONYM = re.compile(r"\(\s*(?:son\s+|le\s+)?(?:pre)?nom\s+(?:a\s+ete\s+|est\s+)?"
                            r"(?:modifie|change|invente|remplace|fictif|d'emprunt)e?\s*\)")


def cue_text(toks: Sequence[Token], first: int, end: int, s: Sentence) -> str:
    """The part of ``s`` (folded) whose cues speak of the name at ``toks[first:end]``.

    A sentence run over several lines (a message's header: « De : … ⏎ Objet : merci »,
    a form) is read from the top down: a line below the name's does not qualify it. A
    bracket that says another word is a pseudonym (« Lucas (prénom changé) … son vrai
    nom, Mathis Guilloteau ») speaks of that word only."""
    norm = s.norm
    if "\n" in norm:
        line_end = norm.find("\n", toks[end - 1].end)
        if line_end >= 0:
            norm = norm[:line_end]
    if "(" in norm:
        for m in reversed(list(_OWN_PSEUDONYM.finditer(norm))):
            k = next((k for k, t in enumerate(toks) if t.start == m.start()), 0)
            if k > 0 and not first <= k - 1 < end and _capitalised(toks[k - 1]):
                norm = norm[:m.start()] + norm[m.end():]
    return norm


_INITIAL_ITEM = re.compile(rf"^\W*{_CIVILITY}\s+[{_UPPER}]\.\W*$")


def _lone_item(reading: Reading, s: Sentence, toks: Sequence[Token],
               initial_items: list[bool], before: Sentence | None) -> NameHit | None:
    """A list item (its own paragraph) that holds only a name, among items that are
    people named by their initials (« Mme R. » / « Aigerim Nurlanova » / « M. O. »): a
    person, whatever the origin of the name. Not a table cell: the cells around it may be
    other columns (« Contact | Structure »)."""
    k = s.index
    if s.in_table or len(s.text) > 60 or sum(initial_items[max(0, k - 3):k + 4]) < 2:
        return None
    first = next((n for n, t in enumerate(toks) if is_word(t)), -1)
    if first < 0 or any(is_word(t) for t in toks[:first]):
        return None
    words = name_words(toks, first)
    if not (2 <= len(words) <= 3) or any(is_word(t) for t in toks[words[-1][1]:]):
        return None
    if not (all(toks[a].text[1:].islower() for a, _ in words)
            and plain_words(toks, words, s)):
        return None
    if _civility_at(toks, first) >= 0 or _labelled_with_a_role(reading, s, before):
        return None
    if name_key(toks, words[0][0], words[-1][1], s) in cited_authors():
        return None
    surname = name_key(toks, words[-1][0], words[-1][1], s)
    return NameHit(s, words[0][0], words[-1][1], surname,
                   mask_name([span_text(toks, a, b, s) for a, b in words]))


def _thanked_kin(toks: Sequence[Token], first: int, s: Sentence) -> bool:
    """« je remercie Mme T. et son mari, Pascal Thibault »: kin thanked is the person's
    private circle, not the team (a name said to be changed stays silent)."""
    if _CHANGED.search(s.norm):
        return False
    k = first - 1 if first >= 1 and toks[first - 1].text == "," else first
    return k >= 1 and toks[k - 1].word in _KIN and toks[k - 1].text.islower()


def _signed(toks: Sequence[Token], first: int, end: int, s: Sentence) -> bool:
    """A name alone on the last line of a message that thanks (« Merci encore,⏎Julie
    Marchand »): who signs it, not who is thanked (a name said to be changed stays
    silent)."""
    if first < 1 or _CHANGED.search(s.norm):
        return False
    if toks[first - 1].word in ("signe", "signee") and toks[first - 1].text.islower():
        return True  # « Merci pour tout, signé Kevin Dupuis »
    if "\n" not in s.text[toks[first - 1].end:toks[first].start]:
        return False
    return all(t.text in ".!" for t in toks[end:])


def _labelled_with_a_role(reading: Reading, s: Sentence, prev: Sentence | None) -> bool:
    """A table cell that holds only a name, next to a label cell that gives a role
    (« Tuteur | Pascal Lefèvre »)."""
    if not s.in_table or prev is None or not prev.in_table or len(prev.text) > 60:
        return False
    here, left = reading.blocks[s.blocks[0]], reading.blocks[prev.blocks[-1]]
    if (here.page, round(here.y, 4)) != (left.page, round(left.y, 4)):
        return False  # the last cell of the row above (a header), not this cell's label
    return any(is_word(t) and t.word in ROLES for t in reading.tokens_of(prev))


def _with_two_capitals(reading: Reading) -> set[int]:
    """Indices of the sentences with two capitalised words in a row ("M. Rémi", "Mme
    Bernard", "Patricia Lemaire"): every name read here has them, most sentences have
    none. One regular-expression pass over the whole text, not one per sentence."""
    starts, pos = [], 0
    for s in reading.sentences:
        starts.append(pos)
        pos += len(s.text) + 1
    text = "\n".join(s.text for s in reading.sentences)
    return {reading.sentences[bisect.bisect_right(starts, m.start()) - 1].index
            for m in _TWO_CAPITALS.finditer(text)}


_NAMING_VERBS = frozenset({"appelle", "appellent", "appelait", "appelaient", "nomme",
                           "nomment", "nommait", "prenomme", "prenommait"})
_NAMED = frozenset({"prenomme", "prenommee", "prenommes", "prenommees", "nommee", "nommees"})


def _named_by(toks: Sequence[Token], a: int) -> bool:
    """A reflexive verb of naming (« s'appelle », « se prénomme », « je m'appelle ») or a
    participle (« une jeune femme prénommée ») right before the name at ``a``. Not « je
    l'appelle F. », a name the writer gives."""
    if a < 2 or not toks[a - 1].text.islower():
        return False
    verb = toks[a - 1].word
    if verb in _NAMED:
        return True
    if verb not in _NAMING_VERBS:
        return False
    before = toks[a - 2]
    if before.text in "'’":
        return a >= 3 and toks[a - 3].word in ("s", "m", "t")
    return before.word in ("se", "me", "te")


def _civility_start(toks: Sequence[Token], start: int) -> int:
    k = start - 1
    if k >= 0 and toks[k].text == ".":
        k -= 1
    return max(0, k)


# Over the complexity limit (11 > 10): a listed exception, to split.
def _read_name(toks: Sequence[Token], i: int, s: Sentence, given: frozenset[str],  # noqa: C901
               conv: Convention) -> tuple[int, int, int, bool, bool, int] | None:
    """A name starting at token ``i``: (first name-word, end, surname start, after a
    civility, with a given name, surname end), or None."""
    if i > 0 and toks[i - 1].text in "-‑" and toks[i - 1].end == toks[i].start:
        return None  # the tail of a compound read before (« Saint-Pol de Léon »)
    after = _civility_at(toks, i)
    civility = after > 0
    start = after if civility else i
    if civility and start < len(toks) and _line_between(toks, start, s):
        # « Projet professionnel de Mme M.⏎Je suis né… »: a civility ends its line (a
        # heading, a pasted header); the next line opens a sentence, not a surname.
        return None
    words = name_words(toks, start)
    # A name ends with its line (« Rachida Benkhelifa⏎Prescripteur : … »).
    for n in range(1, len(words)):
        if "\n" in s.text[toks[words[n - 1][1] - 1].end:toks[words[n][0]].start]:
            words = words[:n]
            break
    if not words:
        return None
    end = words[-1][1]
    if initial_at(toks, end):
        return None  # "Madame Sophie B.": anonymised
    first_key = name_key(toks, words[0][0], words[0][1], s)
    if first_key in _SAINTS or (first_key.split("-", 1)[0] in _SAINTS and len(words) > 1
                                and words[1][0] > words[0][1]):
        # « Saint Denis », « Sainte Marie »: a town, a church, a school; « Saint-Pol de
        # Léon », « Saint-Jean de Luz » too (not « Saint-Ange Mbemba », a given name).
        return None
    has_given = first_key in given or all(
        part in given for part in first_key.split("-"))
    if not civility and 2 <= len(words) <= 3:
        # « LEROY Sandrine »: the surname in capitals, then the given name (forms,
        # lists, the way offices write names); « DIALLO Mamadou Oury »: the second
        # given name kept when we know it, else the name is read up to the first.
        for n in (len(words), 2):
            if n <= len(words) and _surname_first(toks, words[:n], s, given):
                return start, words[n - 1][1], words[0][0], False, True, words[0][1]
    if not civility and len(words) == 2 and _surname_then_given(toks, words, s, given):
        # « nous avons reçu Perrin Lucas » : mid-sentence, the surname in mixed case first.
        return start, end, words[0][0], False, True, words[0][1]
    if not civility and len(words) == 2:
        at = _all_capitals(toks, words, s, given)
        if at >= 0:
            # « KEVIN DURAND », « DURAND KEVIN »: a list or a form in capitals.
            return start, end, words[at][0], False, True, words[at][1]
    if not civility and 2 <= len(words) <= 3:
        if _family_name_first(toks, words, s):
            # « Nguyen Thi Thu », « Wang Fang »: the family name first, the way Vietnam,
            # China and Korea write names.
            return start, end, words[0][0], False, True, words[0][1]
        # People listed by their initials (« Mme K., M. B., Tran Van Hung et M. S. »): a
        # capitalised run listed among them is a person, whatever the origin of the name.
        if _listed(toks, words, s) and len(INITIAL.findall(s.text)) >= 2:
            return start, end, words[-1][0], False, True, end
        if _named_by(toks, words[0][0]) and plain_words(toks, words, s):
            # « Le jeune s'appelle Faissoili Ahmed Soilihi », « une femme prénommée… »: a
            # verb of naming says the words are a person's name, whatever their origin.
            return start, end, words[-1][0], False, True, end
        if (_person_cue(toks, words) or _before_an_address(toks, words, s)) and plain_words(
                toks, words, s) and all(toks[a].text[1:].islower() for a, _ in words):
            # A given name in neither list, but the words around say it is a person:
            # « son cousin Adewale Ogunleye », « Aigerim Nurlanova, 31 ans ».
            return start, end, words[-1][0], False, True, end
        if not has_given and len(words) == 2 and _unlisted_pair(toks, words, s, conv):
            # « Tahirou Sangaré s'est présenté »: a rare given name, a surname, a verb said
            # of a person — two of the three.
            return start, end, words[-1][0], False, True, end
    if civility and len(words) >= 2 and first_key in _PARTICLES and not has_given:
        # « Mme Le Goff », « M. De Souza »: one surname with its particle, no given name.
        words = [(words[0][0], words[1][1])]
        end = words[0][1]
    if civility and len(words) == 1:
        given_after = _given_after_comma(toks, end, s, given)
        if given_after > 0:
            # « M. DIALLO, Ousmane »: a form's order, the surname then the given name.
            return start, given_after, start, True, True, end
    if len(words) >= 2:
        surname_at = words[1][0]
        head = span_text(toks, words[0][0], words[0][1], s)
        if (civility and len(words) == 2 and head.isupper() and len(head) >= 3
                and fold_keep_length(head) not in _ACRONYMS
                and name_key(toks, words[1][0], words[1][1], s) in given
                and toks[words[1][0]].text[1:].islower()):
            # « M. ROUSSEL Kévin »: the surname in capitals first, as forms write it.
            surname_at = words[0][0]
            if name_key(toks, words[0][0], words[0][1], s) in NOT_SURNAMES:
                return None
            return start, end, surname_at, civility, True, words[0][1]
        surname = name_key(toks, surname_at, end, s)
        keys = [name_key(toks, a, b, s) for a, b in words]
        # A role word after a known given name is a surname (« Mme Chantal Maire »,
        # « Sébastien Chef »); anywhere else it is a role (« Directrice Générale »).
        role_surname = (has_given and len(keys) == 2 and keys[0] not in ROLES
                        and keys[1] in _ROLE_SURNAMES)
        if surname in NOT_A_NAME or any(
                k in NOT_SURNAMES or (k in ROLES and not (role_surname and n == 1))
                or k in PLACES for n, k in enumerate(keys)):
            return None
        if not civility and len(words) - _capital_particles(toks, words) > 3:
            # A run of capitalised words: a title, a table row, a brand; not « Yannick Le
            # Gall de Noyal », a surname with its particle and where the family is from.
            return None
        if not civility and not (has_given and toks[words[0][0]].text[1:].islower()):
            return None
        second = span_text(toks, words[1][0], words[1][1], s)
        if not civility and second.isupper() and len(second) < 3:
            return None  # « Awa CV », « Lucas RH »; not « N'Diaye » (an elided particle)
        if _ROMAN.match(toks[words[-1][0]].text):
            return None  # « Louis XIV », « Jean-Paul II »: a king, a pope
        return start, end, surname_at, civility, has_given, end
    if not civility:
        return None
    # "Mme Bernard", "Madame Lemaire": a surname alone, judged only where initials are
    # the convention (the dossier anonymises, and this one slipped through).
    surname = name_key(toks, start, end, s)
    if surname in NOT_A_NAME or surname in ROLES or not conv.active:
        return None
    return start, end, start, True, False, end


def _capital_particles(toks: Sequence[Token], words: list[tuple[int, int]]) -> int:
    """How many of ``words`` after the first are a capitalised particle that opens the
    next one (« Le » of « Le Gall », « Da » of « Da Costa »)."""
    return sum(1 for n, (a, b) in enumerate(words[1:-1], 1)
               if toks[a].word in _CAPITAL_PARTICLES and b == a + 1
               and toks[a].text[0].isupper() and toks[a].text[1:].islower()
               and words[n + 1][0] == b)


def _given_after_comma(toks: Sequence[Token], end: int, s: Sentence,
                       given: frozenset[str]) -> int:
    """End of a known given name written after the surname and a comma (« M. DIALLO,
    Ousmane — 34 ans »), the clause closing after it; else -1."""
    if end + 1 >= len(toks) or toks[end].text != ",":
        return -1
    words = name_words(toks, end + 1)
    if len(words) != 1:
        return -1
    a, b = words[0]
    key = name_key(toks, a, b, s)
    if not (key in given or all(p in given for p in key.split("-"))):
        return -1
    if not toks[a].text[1:].islower() or key in NOT_SURNAMES or key in ROLES:
        return -1
    if b < len(toks) and (is_word(toks[b]) or toks[b].text in "-‑"):
        return -1  # « M. Martin, Julie et moi »: a list goes on
    return b


# Capitals that are not surnames: acronyms of the field a given name may follow.
_ACRONYMS_TEXT = """
ccas caf rsa cv pmsmp cip afpa greta cfa ehpad siae plie qpv rqth mdph cpam cmu css apl
ase pole cdi cdd cddi rome cap bep bts dut but bac esat iae ada aah ars epci
btp sarl sas sasu eurl sci scop scic geiq gie ett tpe pme eti cse drh chr e2c epide spip
cidff apec pij bij cio ea ei aci
"""
# (the second line: companies and structures named by their form or trade — « BTP Roya »,
# « SARL Maëlys », « GEIQ Léa » in a prospection table are firms, not persons: blind15)
# What heads a line of an agenda, a logbook or a mail's subject before the person met
# (« RDV Kévin Da Costa », « 14h RDV DUBOIS Mélanie », « Tel Amandine Roche »): neither a
# surname nor the start of a longer proper noun.
_AGENDA_TEXT = """
rdv rv rdz entr ent entretien tel tél appel appele visio sms mail relance rappel
convocation convoque suivi am pm
"""
_AGENDA = frozenset(_AGENDA_TEXT.split())
_ACRONYMS = frozenset(_ACRONYMS_TEXT.split()) | _AGENDA
ACRONYMS = _ACRONYMS  # shared with name_forms (no module imports another's private names)


_SAINTS = frozenset({"saint", "sainte", "st", "ste", "saints", "saintes"})
# The commonest family names of Vietnam, China and Korea, written first. Left out: those
# that are French words or articles once capitalised (« Le », « Ma », « Do », « Ho »).
_FAMILY_FIRST_TEXT = """
nguyen tran pham hoang huynh phan vu vo dang bui duong ngo truong dinh trinh luong
wang zhang liu chen yang huang zhao zhou xu zhu guo xie
kim choi jeong
"""
_FAMILY_FIRST = frozenset(_FAMILY_FIRST_TEXT.split())


# Employers and agencies of the field whose names open a sentence without an article
# (« Adecco Lens s'est présentée au forum »): not the first word of an unknown name.
_EMPLOYERS_TEXT = """
adecco manpower randstad synergie crit proman samsic onet elior sodexo lidl aldi auchan
carrefour intermarche decathlon ikea amazon sncf ratp keolis transdev veolia suez vinci
bouygues eiffage colas spie derichebourg atalian kiabi norauto monoprix franprix
casino castorama brico mcdonald kfc actiris interim ergalis temporis supplay
"""
_EMPLOYERS = frozenset(_EMPLOYERS_TEXT.split())


def plain_words(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence) -> bool:
    """None of the words is a word of the field, a role, a place, an acronym or a saint,
    nor the first an employer of the field."""
    if name_key(toks, words[0][0], words[0][1], s) in _EMPLOYERS:
        return False
    return not any(k in NOT_SURNAMES or k in ROLES or k in PLACES or k in _ACRONYMS
                   or k in NOT_A_NAME or k in _SAINTS or k in _AUTHOR_CUES
                   for k in (name_key(toks, a, b, s) for a, b in words))


def _family_name_first(toks: Sequence[Token], words: list[tuple[int, int]],
                       s: Sentence) -> bool:
    key = name_key(toks, words[0][0], words[0][1], s)
    return (key in _FAMILY_FIRST
            and all(toks[a].text[1:].islower() for a, _ in words[1:])
            and plain_words(toks, words, s))


# Words that make the capitalised words next to them a person: kin, and what a CIP does to
# the person accompanied.
_KIN_TEXT = """
fils fille mari femme epouse epoux frere soeur cousin cousine mere pere compagnon compagne
conjoint conjointe ami amie voisin voisine oncle tante neveu niece enfant copain copine
fiance fiancee belle-soeur beau-frere petit-fils petite-fille
"""
_KIN = KIN = ligatures(frozenset(_KIN_TEXT.split()))
_ACCOMPANIED = frozenset({"accompagne", "accompagnee", "accompagnons", "accompagner",
                          "accompagnais", "accompagnait", "recu", "recue", "recevoir",
                          "revu", "orientee", "oriente"})


# A mail header's « Name <address> » (« On Mon, … Olena Shevchenko <olena.sh@…> wrote: »,
# « De : "Bakary Diallo" <…> »): who writes or receives the mail.
_THEN_ADDRESS = re.compile(r"\s*[\"”»]?\s*<[^<>@\s]+@")


def _before_an_address(toks: Sequence[Token], words: list[tuple[int, int]],
                       s: Sentence) -> bool:
    return _THEN_ADDRESS.match(s.text, toks[words[-1][1] - 1].end) is not None


# What may stand between a kin word and the comma before the name: an adjective of rank or
# age (« son fils aîné », « sa fille cadette »), where they live (« sa voisine de palier »).
_KIN_COMPLEMENTS = frozenset({"aine", "ainee", "cadet", "cadette", "benjamin", "benjamine",
                              "jumeau", "jumelle", "majeur", "majeure", "mineur", "mineure",
                              "grand", "grande", "petit", "petite", "ado", "adolescent",
                              "adolescente", "actuel", "actuelle", "ancien", "ancienne",
                              "de", "d", "palier", "'", "’"})
_KIN_OWNERS = frozenset({"son", "sa", "ses", "leur", "leurs", "le", "la", "les", "l", "un",
                         "une", "mon", "ma", "notre"})


def _kin_phrase_before(toks: Sequence[Token], comma: int) -> bool:
    """The words before ``comma`` are a kin noun with its determiner, then at most three
    words of rank, age or place, or « de » and a given name (« sa fille aînée », « sa
    voisine de palier », « la mère de Mathis »): the name after the comma is that person's."""
    for k in range(comma - 1, max(-1, comma - 5), -1):
        t = toks[k]
        if t.word in _KIN and t.text.islower():
            return k == comma - 1 or (k > 0 and toks[k - 1].word in _KIN_OWNERS)
        if t.word in _KIN_COMPLEMENTS and (t.text.islower() or not is_word(t)):
            continue
        # « la mère de Mathis, X »: a given name after « de », the person it is kin to.
        if not (t.text[:1].isupper() and t.word in given_names() and k > 0
                and toks[k - 1].word in ("de", "d")):
            return False
    return False


def _person_cue(toks: Sequence[Token], words: list[tuple[int, int]]) -> bool:
    """Kin or an accompaniment verb just before (« son cousin X », « j'ai reçu X »), kin
    before « de » (« la mère de X »), or an age, kin or the person's status in apposition
    after (« X, 31 ans », « X (24 ans) », « X, son frère », « X, demandeur d'emploi »)."""
    a, b = words[0][0], words[-1][1]
    if a >= 1 and toks[a - 1].word in _KIN | _ACCOMPANIED and toks[a - 1].text.islower():
        return True
    if _speaker(toks, a) or _hired(toks, a) or _kept(toks, a, b):
        return True
    if a >= 2 and toks[a - 1].text == "," and _kin_phrase_before(toks, a - 1):
        return True  # « sa voisine, Wang Fang, », « son fils aîné, X », « la mère de Léo, X »
    if _after_of(toks, a, _KIN):
        return True  # « la mère de X », « la sœur d'X »
    if b + 2 < len(toks) and toks[b].text in ",(":
        nxt = toks[b + 1]
        if nxt.is_number and toks[b + 2].word == "ans":
            # « X, 31 ans, » is an age; « Bâti Concept, 20 ans d'existence » is not.
            return not (b + 3 < len(toks) and toks[b + 3].word in ("de", "d"))
        if nxt.word in ("son", "sa") and toks[b + 2].word in _KIN:
            return True
        if (nxt.word in ("un", "une") and toks[b].text == "," and toks[b + 2].word in _ONE_OF_US
                and (b + 3 >= len(toks) or toks[b + 3].word not in _NOT_PEOPLE)):
            return True  # « X, un jeune Gantois de vingt ans », « X, une mère isolée »
        if nxt.word in _SAID_OF_A_PERSON and nxt.text.islower() and toks[b].text == ",":
            return True  # « X, arrivé de Nouméa en 2024 », « X, mère de trois enfants »
        # « X, demandeur d'emploi depuis 2023 », « X (bénéficiaire du RSA) »; not « jeune »,
        # « personne », adjectives too (« Bati Nord, jeune entreprise »).
        return (nxt.word in PERSONS and nxt.text.islower()
                and nxt.word not in ("jeune", "jeunes", "personne", "interesse",
                                     "interessee"))
    return False


# A person in apposition, with its article (« X, un jeune Gantois », « X, une femme de
# cinquante ans »); not « Bati Nord, une jeune entreprise ».
_ONE_OF_US = frozenset({"jeune", "homme", "femme", "garcon", "fille", "dame", "monsieur",
                        "adolescent", "adolescente", "ado", "mere", "pere", "maman", "papa",
                        "grand-mere", "grand-pere", "veuve", "veuf", "retraite", "retraitee",
                        "ancien", "ancienne", "ex", "etudiant", "etudiante", "lyceen",
                        "lyceenne", "habitant", "habitante"})
_NOT_PEOPLE = frozenset({"entreprise", "association", "structure", "societe", "agence",
                         "marque", "enseigne", "startup", "start-up", "cooperative", "scop",
                         "commune", "ville", "quartier", "magasin", "boutique", "usine",
                         "site", "chantier", "atelier", "club", "equipe", "collectif"})


# What is said in apposition of a person and not of a structure: where they come from,
# their birth, age, family situation (« X, arrivée du Mali en 2023 », « X, père de deux
# enfants », « X, ancien militaire »).
_SAID_OF_A_PERSON_TEXT = """
originaire arrive arrivee arrives arrivees ne nee nes nees age agee ages agees mere pere
maman papa veuve veuf celibataire divorce divorcee mariee enceinte refugie refugiee
primo-arrivant primo-arrivante ancien ancienne retraite retraitee
"""
_SAID_OF_A_PERSON = frozenset(_SAID_OF_A_PERSON_TEXT.split())
# Verbs of speech a quotation puts before its speaker (« « Ça ira », a murmuré Zeynep
# Yilmaz », « m'a expliqué Dounia Achour »): only people speak. Not « écrit »: authors.
_SPEECH_TEXT = """
dit explique confie repete declare murmure soupire precise ajoute lance repond raconte
avoue assure affirme demande insiste conclu conclut souligne glisse confirme reconnu
admis annonce exclame plaisante ironise lache souffle poursuivi poursuit continue
indique signale objecte proteste rigole sourit rit retorque tranche resume
jure promis promet regrette repondu souri reagi interrompu interroge questionne reprend repris
"""
_SPEECH = frozenset(_SPEECH_TEXT.split())
_QUOTE_ENDS = frozenset({",", "»", "”", '"', "—", "–", "!", "?", "…"})
_AUXILIARIES = frozenset({"a", "avait", "aura", "ont", "avaient"})


def _speaker(toks: Sequence[Token], a: int) -> bool:
    """A verb of speech, inverted after a quotation or an incise, just before ``a``: « »,
    a répété X », « , m'a expliqué X », « , me confie X »."""
    if a < 2 or toks[a - 1].word not in _SPEECH or not toks[a - 1].text.islower():
        return False
    k = a - 2
    for _ in range(4):
        t = toks[k] if k >= 0 else None
        if t is not None and (t.text in "'’" or (
                t.text.islower() and (t.word in _AUXILIARIES or t.word in _CLITICS))):
            k -= 1
    return k >= 0 and toks[k].text in _QUOTE_ENDS


# Participles of hiring after an auxiliary (« l'entreprise a embauché X », « l'agence a
# finalement placé X »): a structure hires people, not other structures.
_HIRING = frozenset({"embauche", "embauchee", "embauches", "recrute", "recrutee", "recrutes",
                     "engage", "engagee", "retenu", "retenue", "garde", "gardee", "place",
                     "placee", "pris", "prise", "titularise", "titularisee"})


def _hired(toks: Sequence[Token], a: int) -> bool:
    if a < 2 or toks[a - 1].word not in _HIRING or not toks[a - 1].text.islower():
        return False
    k = a - 2
    if toks[k].word.endswith("ment") and k >= 1:
        k -= 1  # « a finalement recruté »
    return toks[k].word in _AUXILIARIES and toks[k].text.islower()


# An employer's words at the end of a trial (« Je garde Lucas Martin », « On garde le petit
# X », « X, je la prends à l'essai lundi »): who is kept or taken on is a person.
_KEEPS = frozenset({"garde", "gardons", "gardera", "prends", "prenons", "prendrai",
                    "embauche", "embauchons", "recrute", "recrutons"})
_WHO_KEEPS = frozenset({"je", "j", "on", "nous"})


def _kept(toks: Sequence[Token], a: int, b: int) -> bool:
    """``toks[a:b]`` is kept or taken on by the speaker: « je garde X », « on garde le petit
    X », « X, je le garde », « X, je la prends »."""
    k = a - 1
    if k >= 2 and toks[k].word in ("petit", "petite", "jeune") and toks[k - 1].word in (
            "le", "la"):
        k -= 2
    if (k >= 1 and toks[k].word in _KEEPS and toks[k].text.islower()
            and toks[k - 1].word in _WHO_KEEPS):
        return True
    n = b
    if n + 3 < len(toks) and toks[n].text == "," and toks[n + 1].word in _WHO_KEEPS:
        n += 2  # the object pronoun: « le », « la », « l' »
        if toks[n].word not in ("le", "la", "l"):
            return False
        n += 2 if n + 2 < len(toks) and toks[n + 1].text in "'’" else 1
        return toks[n].word in _KEEPS and toks[n].text.islower()
    return False


def _after_of(toks: Sequence[Token], a: int, nouns: frozenset[str]) -> bool:
    """One of ``nouns`` then « de » / « d' » just before token ``a``."""
    if a >= 2 and toks[a - 1].word == "de":
        return toks[a - 2].word in nouns
    return (a >= 3 and toks[a - 1].text in "'’" and toks[a - 2].word == "d"
            and toks[a - 3].word in nouns)


# What a CIP does with someone, just before them (« j'ai rencontré X », « proposé à X »):
# a sign, not a proof (« j'ai contacté Adecco Lens »).
_MET_TEXT = """
rencontre rencontree rencontres presente presentee contacte contactee rappele rappelee
appele appelee relance relancee convoque convoquee propose inscrit inscrite positionne
positionnee
"""
_MET = frozenset(_MET_TEXT.split())


def _met(toks: Sequence[Token], a: int) -> bool:
    if a >= 1 and toks[a - 1].word in _MET and toks[a - 1].text.islower():
        return True
    return (a >= 2 and toks[a - 1].word in ("a", "au") and toks[a - 2].word in _MET
            and toks[a - 2].text.islower())


# What belongs to the person accompanied (« l'accompagnement de X », « le parcours de X »):
# a sign, not a proof (« le contrat de Sécurisation Professionnelle »).
_OF_A_PERSON = frozenset({"accompagnement", "suivi", "parcours", "dossier", "candidature",
                          "cv", "inscription", "situation", "orientation", "embauche",
                          "recrutement", "projet", "demande", "convention", "contrat"})


# A meeting held with someone (« l'entretien avec X », « rendez-vous avec X »), the way
# « le parcours de X » says whose it is: a sign, not a proof (« entretien avec Cap Emploi »).
_MEETINGS = frozenset({"entretien", "entretiens", "rdv", "echange", "echanges",
                       "bilan", "seance", "rencontre", "point", "visite", "appel", "diagnostic"})


def _met_with(toks: Sequence[Token], a: int) -> bool:
    if a < 2 or toks[a - 1].word != "avec" or not toks[a - 1].text.islower():
        return False
    # « rendez-vous » is read as three tokens.
    return toks[a - 2].word in _MEETINGS or (
        a >= 4 and toks[a - 2].word == "vous" and toks[a - 4].word == "rendez")


# Endings that make a surname of the countries many accompanied persons come from
# (Ukraine, Russia, Central Asia, the Balkans, Romania, the Caucasus, Turkey, Greece, Iran,
# Afghanistan): « Kovalenko », « Nazarov », « Abenova », « Popescu », « Grigoryan »,
# « Beridze », « Petrovic »; INSEE's list of common surnames in France holds few of them.
# No French word or structure name of six letters or more ends so (« Royan », « Rénov »
# are shorter; « Florian », « Ludovic » are given names, read before this).
_SURNAME_ENDINGS = ("enko", "escu", "eanu", "ovic", "evic", "ovich", "shvili", "dze", "oglu",
                    "poulos", "akis", "idis", "zadeh", "nejad", "ov", "ova", "ev", "eva",
                    "yan", "chuk", "czuk", "ski", "ska", "sky", "zai", "zay", "bekov")


def surname_shape(word: str) -> bool:
    """``word`` (folded) is shaped like a surname from abroad (see _SURNAME_ENDINGS)."""
    return (len(word) >= 6 and word.isalpha() and word.endswith(_SURNAME_ENDINGS)
            and word not in given_names() and not is_rare_given(word))


def title_case(text: str) -> bool:
    """« Sangaré », « Sangaré-Keïta »: each part a capital then lower case."""
    return all(p[:1].isupper() and p[1:].islower() for p in text.split("-"))


def _unlisted_pair(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence,
                   conv: Convention) -> bool:
    """Two words in title case whose first is in neither given-name list: a person when
    two of three say so — the first is a rare given name (INSEE, under the cut), the
    second a common surname or one the dossier writes after a civility (« Mme Houmadi »),
    a verb said of a person follows (« s'est présenté », « m'a rappelée », « est
    arrivée »)."""
    texts = [span_text(toks, a, b, s) for a, b in words]
    # « Tahirou Sangaré », « Tahirou SANGARÉ » (the surname in capitals, as forms write it).
    if not (title_case(texts[0]) and (title_case(texts[1]) or texts[1].isupper())
            and plain_words(toks, words, s)):
        return False
    first, second = (name_key(toks, a, b, s) for a, b in words)
    rare = is_rare_given(first) or all(is_rare_given(p) or p in given_names()
                                       for p in first.split("-"))
    a = words[0][0]
    shaped = not is_surname(second) and surname_shape(second)
    if not rare and (a == 0 or not (is_word(toks[a - 1]) or toks[a - 1].text == ",")) and not (
            shaped and first not in _OPENERS and not toks[a].stop):
        # « Puis Mathis est reparti »: at a sentence's start, an adverb first; unless the
        # first word is nothing the dossier writes in lower case, and only a person does
        # what follows.
        return (a == 0 and conv.active and _only_a_person_after(toks, words[-1][1])
                and _never_lower_case(first, toks[a].stop, conv))
    surname = is_surname(second) or shaped
    signs = rare + surname + (_person_verb_after(toks, words[-1][1])
                              or _only_a_person_after(toks, words[-1][1])
                              or _after_of(toks, a, _OF_A_PERSON) or _met(toks, a)
                              or _met_with(toks, a))
    if signs >= 2:
        return True
    if conv.active and _only_a_person_after(toks, words[-1][1]):
        # In a dossier that writes « Mme B. », what only a person does or undergoes
        # (« X s'est présentée », « X est revenue le lendemain », « X s'est excusé »)
        # says enough, whatever the origin of the name.
        return True
    # A surname the dossier writes after a civility, read only when it decides.
    return signs == 1 and not surname and second in conv.surnames


# Clitics before the verb of which a person is the subject (« m'a rappelée », « nous a
# apporté », « s'est présenté », « lui a dit »); participles of coming and going after
# « est » (« est arrivée », « est revenu »), which a structure is not said to do.
_CLITICS = frozenset({"m", "me", "nous", "vous", "t", "te", "s", "se", "lui", "leur"})
_FIRST_PERSON = frozenset({"m", "me", "nous"})
_PERSON_PARTICIPLES = frozenset({"arrive", "venu", "revenu", "reparti", "parti", "passe",
                                 "entre", "sorti", "reste", "tombe", "ne", "nee", "decede",
                                 "alle", "retourne"})


# Words that open a sentence before a given name (« Puis Mathis est reparti »).
_OPENERS_TEXT = """
puis ensuite enfin hier demain aujourd alors lundi mardi mercredi jeudi vendredi samedi
dimanche finalement apres avant depuis donc mais ainsi aussi desormais parfois souvent
toujours jamais deja bientot maintenant seul seule ici la voila voici quand comme
"""
_OPENERS = frozenset(_OPENERS_TEXT.split())


def _never_lower_case(word: str, stop: bool, conv: Convention) -> bool:
    """``word`` (folded) is no function word, no usual opener, and the dossier never writes
    it in lower case (one search of its text, only for the rare name that asks)."""
    if stop or word in _OPENERS or not word.isalpha():
        return False
    text = conv.text
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalpha()) and (
                at + len(word) >= len(text) or not text[at + len(word)].isalpha()):
            return False
        at = text.find(word, at + 1)
    return True


# Reflexive verbs only a person is the subject of (« s'est présentée », « s'est excusé »).
_PERSON_REFLEXIVES = frozenset({"presente", "presentee", "excuse", "excusee", "confie",
                                "confiee", "inscrit", "inscrite", "effondre", "effondree",
                                "mise", "remise", "reveille", "reveillee", "trompe",
                                "trompee", "perdu", "perdue", "blesse", "blessee", "marie",
                                "mariee"})


def _only_a_person_after(toks: Sequence[Token], k: int) -> bool:
    """« s'est présentée / excusée / inscrite », « est revenue / arrivée / née »: what a
    structure is not said to do."""
    if (k + 3 < len(toks) and toks[k].word == "s" and toks[k + 1].text in "'’"
            and toks[k + 2].word == "est" and toks[k].text.islower()):
        return toks[k + 3].word.rstrip("s") in _PERSON_REFLEXIVES
    # « X m'a confié / raconté / expliqué… », « X nous a dit… »: told me, as a person does.
    n = k
    if n < len(toks) and toks[n].word in ("m", "nous") and toks[n].text.islower():
        n += 2 if n + 1 < len(toks) and toks[n + 1].text in "'’" else 1
        if (n + 1 < len(toks) and toks[n].word in ("a", "avait")
                and toks[n + 1].word in _SPEECH and toks[n + 1].text.islower()):
            return True
    if k + 1 < len(toks) and toks[k].word in ("est", "etait") and toks[k].text.islower():
        return _person_participle(toks, k + 1)
    return _job_seeker_after(toks, k)


# An adverb or the negation's second word between « est » and its participle (« n'est
# pas venue », « est finalement revenu », « est déjà reparti »).
_BETWEEN = frozenset({"pas", "jamais", "plus", "toujours", "deja", "bien", "finalement",
                      "enfin", "vite", "encore"})


def _person_participle(toks: Sequence[Token], k: int) -> bool:
    if k + 1 < len(toks) and toks[k].word in _BETWEEN and toks[k].text.islower():
        k += 1
    w = toks[k].word.rstrip("s")  # « arrivées » -> « arrivee » -> « arrive »
    return w in _PERSON_PARTICIPLES or w.removesuffix("e") in _PERSON_PARTICIPLES


# What a job seeker does and a structure does not: look for a job (« cherche un emploi »),
# get or sign their own (« a décroché un CDI », « a obtenu son permis », « a apporté son
# CV »). Not « a signé une convention », « a obtenu un financement ».
_SEEK = frozenset({"cherche", "recherche", "cherchait", "recherchait"})
_GOT = frozenset({"obtenu", "decroche", "trouve", "signe", "reussi", "passe", "rate",
                  "perdu", "apporte", "ramene", "oublie", "refait", "envoye", "depose"})
_OWN_THINGS = frozenset({"cdi", "cdd", "emploi", "travail", "job", "boulot", "permis", "code",
                         "contrat", "diplome", "titre", "stage", "logement", "poste", "caces",
                         "cv", "apprentissage", "alternance", "formation"})


def _job_seeker_after(toks: Sequence[Token], k: int) -> bool:
    if k + 2 < len(toks) and toks[k].word in _SEEK and toks[k].text.islower():
        return toks[k + 1].word in ("un", "une", "du") and toks[k + 2].word in _OWN_THINGS
    if (k + 3 < len(toks) and toks[k].word in ("a", "avait") and toks[k].text.islower()
            and toks[k + 1].word in _GOT and toks[k + 1].text.islower()):
        det, noun = toks[k + 2].word, toks[k + 3].word
        return (det in ("son", "sa", "ses") or (det in ("un", "une") and noun != "formation")
                ) and noun in _OWN_THINGS
    return False


def _person_verb_after(toks: Sequence[Token], k: int) -> bool:
    if k < len(toks) and toks[k].word in ("ne", "n"):
        k += 1
        if k < len(toks) and toks[k].text in "'’":
            k += 1
    if k + 1 < len(toks) and toks[k].word in _CLITICS and toks[k].text.islower():
        nxt = toks[k + 1]
        if nxt.text in "'’":
            return k + 2 < len(toks) and is_word(toks[k + 2]) and toks[k + 2].text.islower()
        return is_word(nxt) and nxt.text.islower() and not nxt.stop
    if k + 1 < len(toks) and toks[k].word in ("est", "etait") and toks[k].text.islower():
        return _person_participle(toks, k + 1)
    return False


_LIST_SEPARATORS = frozenset({",", ";", "/", ":", "et", "-", "–", "•"})


def _listed(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence) -> bool:
    """A run of two or three capitalised words that is one item of a list of people: a
    separator on both sides (or the sentence's end after it)."""
    a, b = words[0][0], words[-1][1]
    if a == 0 or toks[a - 1].word not in _LIST_SEPARATORS and \
            toks[a - 1].text not in _LIST_SEPARATORS:
        return False
    if b < len(toks) and toks[b].word not in _LIST_SEPARATORS and \
            toks[b].text not in _LIST_SEPARATORS | {".", "(", ")"}:
        return False
    if not (all(toks[k].text[1:].islower() or toks[k].text.isupper() for k, _ in words)
            and plain_words(toks, words, s)):
        return False
    given = given_names()
    if any(name_key(toks, x, y, s) in given for x, y in words):
        return True
    # No given name we know: a person only when the list holds nothing else but people
    # (« Invités : M. A., Mme B., Harmonie Mutuelle, Orange Bank » lists companies).
    return not _other_items(toks, a, s)


def _other_items(toks: Sequence[Token], a: int, s: Sentence) -> bool:
    """The list around token ``a`` has another item that is not « civility + initial » nor
    a person's name: a capitalised word or an article after a separator."""
    for k in range(1, len(toks)):
        if k == a or not (toks[k - 1].word in _LIST_SEPARATORS
                          or toks[k - 1].text in _LIST_SEPARATORS):
            continue
        t = toks[k]
        if t.word in ("la", "le", "les", "l", "un", "une", "des"):
            return True
        if (_capitalised(t) and _civility_at(toks, k) < 0 and t.word not in _LIST_SEPARATORS
                and not _named_item(toks, k, s)):
            return True
    return False


def _named_item(toks: Sequence[Token], k: int, s: Sentence) -> bool:
    """The item at ``k`` is another person named in full (« M. H., Mme A., Oumar Diallo,
    Nguyen Thi Lan et M. Z. »: two names from abroad, each the other's « other item »): two
    or three plain name words, one of them a listed surname or given name or shaped like a
    surname, the item ending at a separator."""
    words = name_words(toks, k)
    if not 2 <= len(words) <= 3 or not plain_words(toks, words, s):
        return False
    b = words[-1][1]
    if b < len(toks) and toks[b].word not in _LIST_SEPARATORS and \
            toks[b].text not in _LIST_SEPARATORS | {"."}:
        return False
    given = given_names()
    return any(key in given or is_rare_given(key) or is_surname(key) or surname_shape(key)
               for key in (name_key(toks, x, y, s) for x, y in words))


def _all_capitals(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence,
                  given: frozenset[str]) -> int:
    """Index (0 or 1) of the surname of two words in capitals, one of them a given name
    and the other not, neither a word of the field; -1 otherwise."""
    texts = [toks[a].text for a, _ in words]
    if not all(t.isupper() and len(t) >= 3 for t in texts):
        return -1
    keys = [name_key(toks, a, b, s) for a, b in words]
    if any(k in NOT_SURNAMES or k in ROLES or k in PLACES or k in _ACRONYMS
           or k in NOT_A_NAME or k in _SAINTS for k in keys):
        return -1
    known = [k in given or all(p in given for p in k.split("-")) for k in keys]
    if known == [True, False]:
        return 1
    if known == [False, True]:
        return 0
    if known == [False, False]:
        # « TAHIROU SANGARÉ »: a rare given name and a common surname, in either order.
        for at in (0, 1):
            if is_surname(keys[at]) and is_rare_given(keys[1 - at]) and not is_rare_given(
                    keys[at]):
                return at
    return -1


def _surname_first(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence,
                   given: frozenset[str]) -> bool:
    """« LEROY Sandrine », « DIALLO Mamadou Oury », « MARTINEZ Ana Sofia »: the surname in
    capitals, then one or two given names in mixed case (the first a known one)."""
    first, second = toks[words[0][0]], toks[words[1][0]]
    key = name_key(toks, words[0][0], words[0][1], s)
    second_key = name_key(toks, words[1][0], words[1][1], s)
    if len(words) == 3:
        # Two given names after it (« Mamadou Oury »), not a structure's words (« APF
        # France Handicap »).
        third = name_key(toks, words[2][0], words[2][1], s)
        if not (toks[words[2][0]].text[1:].islower() and plain_words(toks, words[2:], s)
                and all(p in given for p in third.split("-"))):
            return False
    if not (first.text.isupper() and len(first.text) >= 3
            and key not in _ACRONYMS and key not in ROLES and key not in PLACES
            and second.text[1:].islower() and second_key not in NOT_SURNAMES):
        return False
    if second_key in given:
        return True
    # A rare given name (« KOUASSI Affoué »), but not after an article: « à l'ACI
    # Emmaüs », « le PLIE Lens » are a structure's acronym and its name.
    a = words[0][0]
    return is_rare_given(second_key) and not (a > 0 and (toks[a - 1].word in _ARTICLES
                                                          or toks[a - 1].word in ("au", "aux")
                                                          or toks[a - 1].text in "'’"))


# Makers whose models bear given names (« Renault Clio », « Renault Zoé »).
_CAR_MAKERS = frozenset({"renault", "peugeot", "citroen", "dacia", "toyota", "opel", "ford",
                         "fiat", "seat", "skoda", "nissan"})
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "◦", "▪", "●", "o"})


def _list_item(toks: Sequence[Token], a: int, b: int, s: Sentence) -> bool:
    """The words ``[a, b)`` open a list item, alone or before a colon or a dash (« - Diallo
    Mariama : CDD d'agent de service »): a bullet (or nothing) before them at the start of
    the sentence or of a line."""
    if a >= 1:
        bullet = toks[a - 1]
        if not (bullet.text in _BULLETS or bullet.text.rstrip(".)").isdigit()):
            return False
        # The bullet opens the sentence or a line (« Sorties : ⏎- Diallo Mariama : CDI »).
        if a >= 2 and "\n" not in s.text[toks[a - 2].end:bullet.start]:
            return False
    if b == len(toks):
        return a == 1  # a paragraph « Perrin Lucas » alone may be a place: a bullet says
    return toks[b].text in (":", "–", "-", "—", "(", ",", "|", ";")


# Words before which a capitalised word is more likely a place than a surname (« à Lyon
# Inès a trouvé… »).
_PLACE_PREPOSITIONS = frozenset({"a", "en", "au", "aux", "de", "du", "des", "d", "vers",
                                 "sur", "dans", "depuis", "pour", "sous", "pres", "par",
                                 "entre", "jusqu", "l", "le", "la", "les"})


def _surname_then_given(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence,
                        given: frozenset[str]) -> bool:
    """Two words in mixed case, a surname known as none of the field's words then a given
    name, after a verb or a comma: never at a sentence's start, where « Hier Lucas » or
    « Ensuite Inès » are an adverb and a given name."""
    a = words[0][0]
    item = _list_item(toks, a, words[-1][1], s)
    if (a == 0 or _line_between(toks, a, s)) and not item:
        # A line's start is a sentence's: « Objet : RE: tes heures⏎Bonjour Nadège, … »
        # (a pasted message), « …salarié du chantier⏎Alors Jean-Hugues il a 52 ans ».
        return False
    prev = toks[a - 1] if a else toks[a]
    if not (item or (is_word(prev) and prev.text.islower()
                     and prev.word not in _PLACE_PREPOSITIONS) or prev.text == ","):
        return False
    first, second = toks[a], toks[words[1][0]]
    if not (first.text[1:].islower() and second.text[1:].islower()):
        return False
    key = name_key(toks, a, words[0][1], s)
    second_key = name_key(toks, words[1][0], words[1][1], s)
    if second_key not in given or key in given or "-" in key:
        return False
    if item and (not is_surname(key) or key in _CAR_MAKERS):
        return False  # « - Hier Lucas… », « Renault Clio : »: not a surname first
    return not (key in NOT_SURNAMES or key in ROLES or key in PLACES or key in _ACRONYMS
                or key in NOT_A_NAME or key in _SAINTS or key in _AUTHOR_CUES
                or key in _CARE)


# Given names that are words once written in lower case (« rose », « pierre », « claire »,
# « marine », « mai », « ange ») and determiners before a noun (« la rose rouge »).
_WORD_GIVEN_NAMES_TEXT = """
rose pierre claire marine ange france jade ambre olive violette perle fleur reine blanche
aime ami mari mai avril janvier juste grace honore line promesse remise venus manuel
urbain urbaine constant modeste prosper victoire patience capucine marguerite colombe
maxime serge paris lorraine florence nancy lourdes charlotte madeleine noel celeste
aurore cerise gaspard melodie elegance prudence clementine rosalie amande cannelle sage
max guy my may can come sem si else many lies laid any seven aura court mercedes
"""
_WORD_GIVEN_NAMES = frozenset(_WORD_GIVEN_NAMES_TEXT.split())
_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "ce", "cette", "mon",
                       "ma", "mes", "ton", "ta", "son", "sa", "ses", "leur", "leurs", "notre"})


_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _typed_in_lower_case(reading: Reading, professionals: set[str],
                         cues: Cues) -> list[NameHit]:
    """« rdv : j'ai rappelé léa martin pour… », « appel de nadia belkacem, elle… », « vu
    diallo aminata »: notes typed without capitals. In a sentence that does not open with
    a capital, a known given name and a common surname (or another given name), in either
    order, both in lower case."""
    out: list[NameHit] = []
    given = given_names()
    read: set[int] = set()
    for s in reading.sentences:
        begin = _lower_case_from(reading, s)
        if begin < 0:
            continue
        read.add(s.index)
        toks = reading.tokens_of(s)
        for i in range(begin, len(toks) - 1):
            t, nxt = toks[i], toks[i + 1]
            if t.word not in given and nxt.word not in given:
                continue  # most pairs: two set lookups
            if _lower_word(t) and _lower_word(nxt):
                _lower_pair(toks, i, s, out, professionals)
            elif nxt.word in _PARTICLES and _lower_word(t) and nxt.text.islower():
                _lower_particle_name(toks, i, s, out, professionals)
    _after_contact(reading, cues, read, out, professionals)
    return out


def _after_contact(reading: Reading, cues: Cues, read: set[int], out: list[NameHit],
                   professionals: set[str]) -> None:
    """Right after a verb of contact, in any sentence: « Hier, j'ai rappelé léa martin »,
    « J'ai reçu Kevin martin » (one word typed without its capital), and the list it may
    open (« présents : emma leroy, théo garcia »)."""
    given = given_names()
    for s, k in _after_contact_verbs(reading, cues):
        if s.index in read:
            continue
        toks = reading.tokens_of(s)
        for i in range(k, min(k + 2, len(toks) - 1)):
            t, nxt = toks[i], toks[i + 1]
            if (t.word in given or nxt.word in given) and _mixed_pair(t, nxt):
                before = len(out)
                _lower_pair(toks, i, s, out, professionals)
                if len(out) > before:
                    _listed_after(toks, i + 2, s, out, professionals)
                break


def _listed_after(toks: Sequence[Token], j: int, s: Sentence, out: list[NameHit],
                  professionals: set[str]) -> None:
    """The next items of a list that opened with a name typed in lower case (« présents :
    emma leroy, théo garcia et mme S. »): each a pair after « , », « et » or « / »."""
    given = given_names()
    while j + 2 < len(toks) and toks[j].text in (",", "/", "et"):
        t, nxt = toks[j + 1], toks[j + 2]
        if not ((t.word in given or nxt.word in given) and _mixed_pair(t, nxt)):
            return
        before = len(out)
        _lower_pair(toks, j + 1, s, out, professionals)
        if len(out) == before:
            return
        j += 3


def _lower_particle_name(toks: Sequence[Token], i: int, s: Sentence, out: list[NameHit],
                         professionals: set[str]) -> None:
    """« kevin da silva », « yanis ben salah », « marie de lattre »: a known given name, a
    particle, a surname, in lower case."""
    if i + 2 >= len(toks) or not _lower_given(toks[i]):
        return
    last = toks[i + 2]
    if not (_lower_word(last) and _surname_like(toks, i + 2)):
        return
    if i > 0 and toks[i - 1].word in _ARTICLES:
        return
    if _role_before(toks, i) or role_after(toks, i + 3):
        professionals.add(last.word)
        return
    out.append(NameHit(s, i, i + 3, f"{toks[i + 1].word} {last.word}",
                       mask_name([toks[i].text, toks[i + 1].text, last.text])))


def _surname_like(toks: Sequence[Token], k: int) -> bool:
    """``toks[k]`` is a common surname, or one part of a compound whose other part is one
    (« dupont-moreau », read as three tokens)."""
    if is_surname(toks[k].word) or surname_shape(toks[k].word):
        return True  # « madame irena wisniewska »: shaped like one from abroad, as in title case
    if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end \
            and toks[k + 2].start == toks[k + 1].end:
        return is_surname(toks[k + 2].word)
    return False


def _lower_pair(toks: Sequence[Token], i: int, s: Sentence, out: list[NameHit],
                professionals: set[str]) -> None:
    """Tokens ``i`` and ``i + 1``, in lower case (or one of them), as a name: a known
    given name and a common surname (or another given name), in either order."""
    t, nxt = toks[i], toks[i + 1]
    if nxt.start <= t.end:
        return
    if i > 0 and toks[i - 1].word in _ARTICLES:
        return  # « la rose »
    first, second = _lower_given(t), _lower_given(nxt)
    if not ((first and (second or _surname_like(toks, i + 1)))
            or (second and is_surname(t.word))):
        return
    surname = nxt if first else t
    if _role_before(toks, i) or role_after(toks, i + 2):
        professionals.add(surname.word)
        return
    out.append(NameHit(s, i, i + 2, surname.word, mask_name([t.text, nxt.text])))


def _mixed_pair(t: Token, nxt: Token) -> bool:
    """Two words of a name, at least one typed in lower case, neither a short or a stop
    word (« léa martin », « Kevin martin », « kevin Martin »)."""
    if not (is_word(t) and is_word(nxt) and len(t.text) >= 3 and len(nxt.text) >= 3
            and not t.stop and not nxt.stop):
        return False
    lower = t.text.islower() + nxt.text.islower()
    capital = (t.text[0].isupper() and t.text[1:].islower()) + (
        nxt.text[0].isupper() and nxt.text[1:].islower())
    return lower == 2 or (lower == 1 and capital == 1)


# Stems of contact verbs and of messages after which a person is named (folded): found by
# substring searches over the whole text. Each search costs ~0.1 ms on a 50-page dossier
# (about a nanosecond a character), hence few stems, shared with ``name_forms`` (a
# message quoted without quotation marks).
_CONTACT_CUES = ("appel", " vu ", "recu", "rencontr", "sms", "texto", "message", "mail",
                 # A list of who came (« présents : emma leroy, théo garcia »); not every
                 # « présente », « présentation » (read after each cue: a third of a ms).
                 "presents", "presentes")
MESSAGE_CUES = ("sms", "texto", "message", "mail")
_CIVILITY_CUES = ("monsieur ", "madame ", "mademoiselle ", "mme ", "mlle ", "mr ")


@dataclass
class Cues:
    """Where the contact and message stems occur: (sentence index, offset after the
    stem's word) each."""

    found: dict[str, list[tuple[int, int]]]

    def sentences(self, cues: Sequence[str]) -> list[int]:
        return sorted({n for cue in cues for n, _ in self.found.get(cue, ())})


def joined_norm(reading: Reading) -> tuple[str, list[int]]:
    """The sentences' folded text joined by newlines, and where each starts."""
    starts, pos = [], 0
    for s in reading.sentences:
        starts.append(pos)
        pos += len(s.norm) + 1
    return "\n".join(s.norm for s in reading.sentences), starts


def find_cues(joined: tuple[str, list[int]]) -> Cues:
    text, starts = joined
    found: dict[str, list[tuple[int, int]]] = {}
    for cue in _CONTACT_CUES:
        at = text.find(cue)
        while at >= 0:
            n = bisect.bisect_right(starts, at) - 1
            end = at + len(cue.rstrip())
            while end < len(text) and text[end].isalpha():
                end += 1  # the whole word: « rappelee », « messages »
            found.setdefault(cue, []).append((n, end - starts[n]))
            at = text.find(cue, end)
    # A civility before a name typed in lower case (« Je reçois monsieur paul lefort », « Mme
    # sandrine petit est venue »): the civility is the cue. A whole word only: « mme » ends
    # « comme », « femme », « programme ».
    for cue in _CIVILITY_CUES:
        at = text.find(cue)
        while at >= 0:
            end = at + len(cue) - 1
            if at == 0 or not text[at - 1].isalpha():
                n = bisect.bisect_right(starts, at) - 1
                found.setdefault("civility", []).append((n, end - starts[n]))
            at = text.find(cue, end)
    return Cues(found)


def _after_contact_verbs(reading: Reading, cues: Cues) -> list[tuple[Sentence, int]]:
    """(sentence, index of the token after the cue) for each contact cue of the text."""
    out: list[tuple[Sentence, int]] = []
    for places in cues.found.values():
        for n, offset in places:
            s = reading.sentences[n]
            toks = reading.tokens_of(s)
            k = bisect.bisect_left(toks, offset, key=lambda t: t.start)
            if k < len(toks) and toks[k].word in ("de", "a", "avec"):
                k += 1  # « appel de nadia belkacem », « sms à kevin », « rdv avec … »
            if k < len(toks):
                out.append((s, k))
    return out


def _lower_case_from(reading: Reading, s: Sentence) -> int:
    """Index of the token from which ``s`` is read for names typed in lower case: 0 for a
    sentence that does not open with a capital, the opening quotation mark for a message
    quoted inside one (« Il m'a écrit : « jai vu kevin durand » »); -1: not read."""
    if s.text[:1].isupper():
        # Most sentences: one or two substring tests.
        if "«" not in s.text and "“" not in s.text:
            return -1
        return next((k for k, t in enumerate(reading.tokens_of(s)) if t.text in "«“"), -1)
    head = _FIRST_LETTER.search(s.text)
    return 0 if head is not None and head.group().islower() else -1


def _lower_word(t: Token) -> bool:
    return is_word(t) and t.text.islower() and len(t.text) >= 3 and not t.stop


def _lower_given(t: Token) -> bool:
    """A known given name that is not a word once in lower case (« rose », « marié »)."""
    return (t.word in given_names() and t.word not in _WORD_GIVEN_NAMES
            and not t.text.endswith(("é", "ée", "és", "ées")))


# How candidates name themselves in their own dossier: the title line (« Dossier
# professionnel — Inès Morel — TP CIP », « Inès Morel, stagiaire CIP au GRETA »), the
# sworn statement (« Moi, Inès Morel, je certifie… »).
_SELF_CUES = re.compile(r"\b(?:dossier professionnel|stagiaire cip|tp cip|candidate? au titre "
                        r"(?:professionnel )?(?:de )?(?:cip\b|conseill))")
# Between the name and the words that present the dossier: punctuation only.
_TITLE_GAP = re.compile(r"^[\s,—–\-|:()/]{1,5}$")
_SWORN = re.compile(r"\bmoi\s*,")
# What those lines hold, found in the dossier's joined text by plain search (a pattern
# tried on every sentence cost a fifth of the name reader).
_SELF_WORDS = ("moi,", "moi ,", "dossier professionnel", "stagiaire cip", "tp cip", "candidat")
_TITLE_EDGES = frozenset({"", ",", "—", "–", "-", "|", ":", "(", ")", "/"})


def _sentences_with(joined: tuple[str, list[int]], words: Sequence[str]) -> list[int]:
    """Indices (in the reading) of the sentences that hold one of ``words``, in order."""
    text, starts = joined
    out: set[int] = set()
    for w in words:
        at = text.find(w)
        while at >= 0:
            out.add(bisect.bisect_right(starts, at) - 1)
            at = text.find(w, at + len(w))
    return sorted(out)


def _quoted(norm: str, at: int) -> bool:
    """``at`` is inside a quotation (« Moi, Nadia B…, je ne lâche rien », someone else's
    words): more quotes opened than closed before it."""
    head = norm[:at]
    return head.count("«") + head.count("“") > head.count("»") + head.count("”") or (
        head.count('"') % 2 == 1)


def _self_named(reading: Reading, joined: tuple[str, list[int]]) -> set[str]:
    """Words of the candidate's own name, read where the body names its author: a short
    line that presents the dossier, the name set apart in it by punctuation, or « Moi,
    <name>, je … ». The cover gives the name too; this reads it when there is none, or
    when the body spells it another way."""
    out: set[str] = set()
    given = given_names()
    conv = Convention()
    for n in _sentences_with(joined, _SELF_WORDS):
        s = reading.sentences[n]
        norm = s.norm
        lines = [(0, len(norm))]
        if _SWORN.search(norm) is None and _SELF_CUES.search(norm) is None:
            continue
        if "\n" in norm:
            lines, at = [], 0
            for piece in norm.split("\n"):
                lines.append((at, at + len(piece)))
                at += len(piece) + 1
        toks = reading.tokens_of(s)
        for i, t in enumerate(toks):
            if not t.text[:1].isupper():
                continue
            found = _read_name(toks, i, s, given, conv)
            if found is None:
                continue
            start, end = found[0], found[1]
            first = _civility_start(toks, start) if found[3] else start
            lo, hi = next((a, b) for a, b in lines if a <= t.start <= b)
            line = [k for k, x in enumerate(toks) if lo <= x.start < hi]
            before = toks[first - 1].text if first > line[0] else ""
            after = toks[end].text if end <= line[-1] else ""
            left, right = toks[first].start, toks[end - 1].end
            sworn = (first >= 2 and toks[first - 2].word == "moi" and before == ","
                     and after == "," and end + 1 < len(toks)
                     and toks[end + 1].word in ("je", "j") and not _quoted(norm, left))
            titled = hi - lo <= 200 and before in _TITLE_EDGES and after in _TITLE_EDGES and any(
                _TITLE_GAP.match(norm[right:m.start()]) or _TITLE_GAP.match(norm[m.end():left])
                for m in _SELF_CUES.finditer(norm, lo, hi))
            if sworn or titled:
                out.update(name_key(toks, a, b, s) for a, b in name_words(toks, start)
                           if b <= end)
    return out


def find_names(reading: Reading, own: set[str]) -> list[NameHit]:
    """Full names of accompanied persons in ``reading`` (see the module's docstring)."""
    joined = joined_norm(reading)
    own = own | _self_named(reading, joined)
    # One text, two regular-expression passes: the initials the dossier uses.
    conv = convention(["\n".join(s.text for s in reading.sentences)], own)
    professionals: set[str] = set()
    from cipcheck.privacy import name_forms  # it builds on this module's readers

    out = []
    cues = find_cues(joined)
    found = [c.hit for c in _candidates(reading, conv, professionals)]
    found += _typed_in_lower_case(reading, professionals, cues)
    found += name_forms.find(reading, joined, cues)
    found += _couples(reading, found)
    changed_from = _all_names_changed(reading)
    for hit in found:
        if hit.surname in professionals or hit.surname in own:
            continue
        if changed_from is not None and hit.sentence.index > changed_from:
            continue  # « Tous les noms ont été changés. »: every name after is made up
        if any(part in own for part in hit.surname.split()):
            continue
        out.append(hit)
    return out


# The dossier says that every name in it is made up (« les noms ont été changés », « noms
# et prénoms modifiés », « tous les noms sont fictifs »): not only given names (« les
# prénoms ont été modifiés » leaves the surnames real).
_ALL_CHANGED = re.compile(r"\b(?:(?:les|tous les|des) )?(?:noms et prenoms|prenoms et noms|"
                          r"noms de famille|noms)\b[^.;]{0,40}?\b(?:modifies|changes|"
                          r"inventes|remplaces|fictifs|d'emprunt)\b")


def _all_names_changed(reading: Reading) -> int | None:
    """Index of the sentence that says every name is made up (a view's sentences keep
    their index in the whole dossier), or None."""
    for s in reading.sentences:
        if "nom" in s.norm and _ALL_CHANGED.search(s.norm):
            return s.index
    return None


def _couples(reading: Reading, found: list[NameHit]) -> list[NameHit]:
    """« chez Thierry et Nadine Vasseur », « Kevin et Jessica Moreau », « M. et Mme Gérald
    et Nadine Poupard »: a known given name then « et » before a full name is a second
    person of that family."""
    out: list[NameHit] = []
    given = given_names()
    for h in found:
        toks = reading.tokens_of(h.sentence)
        k = h.first - 2
        if k < 0 or toks[k + 1].word != "et" or not _capitalised(toks[k]):
            continue
        if toks[k].word not in given or not toks[k].text[1:].islower():
            continue
        if k > 0 and (_capitalised(toks[k - 1]) or toks[k - 1].text in "-‑") and not (
                _civility_at(toks, k - 1) == k or (
                    k > 1 and toks[k - 1].text == "." and _civility_at(toks, k - 2) == k)):
            continue  # « Jean-Marie et … », a longer proper noun; not « Mme Nadine et … »
        out.append(NameHit(h.sentence, k, k + 1, h.surname, mask_name([toks[k].text])))
    return out


def _given_of(reading: Reading, h: NameHit) -> str:
    """The given name a hit reads with its surname (folded), or ""."""
    parts = set(h.surname.split())
    for t in reading.tokens_of(h.sentence)[h.first:h.last]:
        if (is_word(t) and len(t.text) > 1 and t.word not in CIVILITIES
                and t.word not in parts and t.word not in _PARTICLES):
            return t.word
    return ""


def _values(reading: Reading, found: list[NameHit]) -> list[str]:
    """Each hit's value: its surname (« Mme Sylvie Garnier » and « Mme Garnier » are one
    person), or its given name and surname when the dossier names two people of that
    family (« son compagnon, Thierry Bessières, et leur fils Lucas Bessières »)."""
    givens = [_given_of(reading, h) for h in found]
    family: dict[str, list[str]] = {}
    for h, g in zip(found, givens, strict=True):
        if g and g not in family.setdefault(h.surname, []):
            family[h.surname].append(g)
    out = []
    for h, g in zip(found, givens, strict=True):
        names = family.get(h.surname, [])
        if len(names) < 2:
            out.append(h.surname)
        else:
            out.append(f"{g or names[0]} {h.surname}")
    return out


def block_hits(reading: Reading, found: list[NameHit]) -> dict[int, list[Hit]]:
    """The names as hits in the text of their block (keyed by ``id(block)``)."""
    out: dict[int, list[Hit]] = {}
    for h, value in zip(found, _values(reading, found), strict=True):
        toks = reading.tokens_of(h.sentence)
        first, last = toks[h.first], toks[h.last - 1]
        block = reading.blocks[first.block]
        start = _offset_in_block(reading, h.sentence, first)
        if start < 0:
            continue
        length = (last.end - first.start) if last.block == first.block else \
            len(block.text) - start
        end = min(len(block.text), start + length)
        out.setdefault(id(block), []).append(Hit("name", value, start, end, h.masked))
    return out


def _offset_in_block(reading: Reading, s: Sentence, t: Token) -> int:
    """Where token ``t`` of sentence ``s`` starts in its block's own text."""
    block = reading.blocks[t.block]
    k = s.blocks.index(t.block)
    local = t.start - s.starts[k]
    stripped = block.text.strip()
    lead = len(block.text) - len(block.text.lstrip())
    if k == 0:
        # The sentence may start inside its first block: find where.
        piece_end = s.starts[1] - 1 if len(s.blocks) > 1 else len(s.text)
        piece = s.text[:piece_end]
        at = stripped.find(piece) if len(s.blocks) == 1 else len(stripped) - len(piece)
        if at < 0:
            return -1
        local += at
    pos = lead + local
    word = t.text
    if block.text[pos:pos + len(word)] != word:
        found = block.text.find(word)
        return found
    return pos
