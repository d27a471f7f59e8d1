"""The words the interview counter reads by (see ``cipcheck.content.interviews``): the nouns of a
meeting, subjects and clitics, months and weekdays, the people around the person, group
events, and small helpers over a sentence's tokens shared by the readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.dates import find_dates
from cipcheck.reading import Sentence, Token

NOUNS = frozenset({"entretien", "entretiens", "entretient", "entrevue", "entrevues", "rdv",
                    "rencontre", "rencontres"})
SUBJECTS = frozenset({"je", "j", "nous", "on", "il", "elle", "ils", "elles", "vous", "tu"})
CLITICS = frozenset({"la", "le", "les", "l", "'", "nous", "vous", "se", "s", "m", "me"})
PLURAL_DETS = frozenset({"les", "des", "ces", "mes", "nos", "vos", "leurs", "plusieurs",
                          "quelques", "certains", "differents", "nombreux", "ses", "aux"})
POSSESSIVE_OTHER = frozenset({"son", "sa", "ses", "leur", "leurs"})
DEMONSTRATIVE = frozenset({"ce", "cet", "cette", "ces"})
# Qualifiers of a new interview, not yet named by its rank or date.
NEW = frozenset({"nouvel", "nouveau", "nouvelle", "autre", "supplementaire", "suivant",
                  "suivante"})
# Between the noun and its number: « Entretien n°2 », « Entretien de suivi n°3 ».
RANK_GAP_AFTER = frozenset({"n", "no", "numero", "°", ".", "#", "individuel", "individuelle",
                             "de", "d", "'", "suivi", "telephonique"})
LAST = frozenset({"dernier", "derniere", "final", "finale", "cloture"})
FIRST_AFTER = frozenset({"initial", "accueil"})
# Between an ordinal and its noun: « deuxième et dernier entretien », « 2e vrai rendez-vous ».
ORDINAL_GAP = frozenset({"et", "dernier", "derniere", "vrai", "veritable", "petit", "grand",
                          "nouvel", "nouveau"})
# The person's job interview, an employer's, someone else's, or a group session.
_JOB_AFTER_TEXT = """
embauche recrutement evaluation annuel annuelle professionnel collectif collective groupe
information motivation stage embaucher medical medicale
selection admission
"""
JOB_AFTER = frozenset(_JOB_AFTER_TEXT.split())
_OTHERS_TEXT = """
employeur employeurs employeuse employeuses recruteur recruteuse recruteurs entreprise
entreprises tuteur tutrice
directeur directrice responsable responsables manager patron patronne gerant gerante dirigeant
dirigeante rh conseiller conseillere referent referente assistante assistant partenaire
partenaires medecin psychologue formateur formatrice organisme jury chef cheffe equipe
collegue collegues collegues mission pole france travail agence service
"""
OTHERS = frozenset(_OTHERS_TEXT.split())
JOB_BEFORE = frozenset({"simulation", "simulations", "preparation", "preparer", "prepare",
                         "preparee", "passer", "passe", "passee", "decroche", "decrochee",
                         "obtenu", "obtenue", "convoque", "convoquee", "repetition",
                         "simule", "simulee", "simuler", "joue", "jouer"})
# Preparing the person's job interview is a meeting with us (« 27/03 : préparation à
# l'entretien avec le cabinet », « nous préparons son entretien d'embauche par une
# simulation »); passing it (« elle passe son entretien d'embauche ») is not.
PREPARING = frozenset({"simulation", "simulations", "preparation", "preparer", "prepare",
                        "preparee", "preparons", "preparez", "preparions", "preparait",
                        "repetition", "simulons", "entrainement", "entrainons"})
JOB_BEFORE = JOB_BEFORE | PREPARING
# Meeting verbs told without the word « entretien ».
AGAIN_STEMS = ("revu", "revoi", "revoy", "retrouv", "revenu", "revien")
MEET_STEMS = ("recu", "recoi", "recev", "rencontr", "accueill", "vu", "vue")
PERSON = frozenset({"madame", "monsieur", "mademoiselle", "beneficiaire", "candidate",
                     "candidat", "personne", "jeune", "stagiaire", "usager", "usagere"})
# Who the person accompanied may be called after « avec le / la / un / une ».
PEOPLE = frozenset({"jeune", "personne", "famille", "mere", "pere", "maman", "papa", "dame",
                     "femme", "homme", "garcon", "fille", "demandeur", "demandeuse", "salarie",
                     "salariee", "couple", "interesse", "interessee", "accompagne",
                     "accompagnee", "participant", "participante"})
AGAIN_WORDS = (("a", "nouveau"), ("de", "nouveau"), ("nouvelle", "fois"), ("seconde", "fois"))
CANCELLED = ("annul", "report", "absente", "absent", "presentee", "venue", "venu")
UNITS = frozenset({"h", "heure", "heures", "min", "minutes", "mn", "ans", "an", "jours",
                    "jour", "semaines", "semaine", "mois", "fois", "personnes", "pages"})
_MONTHS_TEXT = """
janvier janv fevrier fevr fev mars avril avr mai juin juillet juil aout septembre sept
octobre oct novembre nov decembre dec
"""
MONTHS = frozenset(_MONTHS_TEXT.split())
WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                       "dimanche"})
# « Entretien I / II / III »: a rank written in roman numerals (matched as written, upper
# case, so that the pronoun « I » of an English quote or « vi » are not read as ranks).
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
          "IX": 9, "X": 10}
# What an interview is named by when it has neither rank nor date: « Entretien de
# diagnostic », « Entretien de suivi », « L'entretien d'accueil », « Bilan intermédiaire ».
# The same purpose twice is the same interview, except follow-ups, which repeat.
PURPOSES = {"accueil": "accueil", "diagnostic": "diagnostic", "suivi": "suivi",
             "bilan": "bilan", "cloture": "cloture", "synthese": "synthese",
             "orientation": "orientation", "exploration": "exploration",
             "positionnement": "positionnement", "restitution": "restitution",
             "lancement": "accueil", "tripartite": "tripartite", "final": "cloture",
             "finale": "cloture", "initial": "accueil", "fin": "cloture",
             "intermediaire": "bilan-intermediaire", "projet": "projet"}
# Topics of a row of a table of interviews (« 10 mars | Accueil, diagnostic | Réalisé »).
TOPIC_WORDS = frozenset({"accueil", "diagnostic", "bilan", "suivi", "projet", "cv",
                          "plan", "action", "synthese", "exploration", "competences",
                          "orientation", "cloture", "realise", "realisee", "objet", "theme"})
# A dated line about a group or someone else's event, not one of our interviews.
GROUP = frozenset({"atelier", "ateliers", "collectif", "collective", "reunion", "forum",
                    "salon", "dating", "jury", "comite", "commission", "visite"})


LIST_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.)\-–]\s")
CALENDAR = re.compile(r"\b(calendrier|chronologie|deroule|suivi|planning|recapitulatif)\b")
TOPIC_HEADER = re.compile(r"\b(objet|contenu|theme|motif|objectif)s?\b")
ROW_NUMBER = re.compile(r"^\d{1,2}\s+")
DIGIT = re.compile(r"\d")
NOUN_HINT = re.compile(
    # (« entr. », « entret. »: written short in notes)
    r"entr(?:eti|(?:et|t)?\.)|ent\. \d|entrevue|rdv|rencontre|rendez|seance|contact|telephon|visio"
    r"|celui|celle|echange|bilan|point|visite|appel|session|call")
VERB_HINT = re.compile(r"\b(?:rev[uoie]|retrouv|re[cç]|rencontr|accueill|vu|ven(?:u|ir)"
                       r"|arrivee?s? a|entretenue?s?|connaissance|eue? (?:au|par|en) "
                       r"|vien(?:t|nent) "
                       r"|(?:retourne|repasse)e?s? (?:chez|a son|au domicile))")
AFTER_WINDOW = 5
BEFORE_WINDOW = 5


PLANNING = frozenset({"prevu", "prevue", "prevus", "prevues", "programme", "programmee",
                       "planifie", "planifiee", "venir", "prochain", "prochaine"})


US = frozenset({"je", "j", "nous", "m", "me", "on"})
# The candidate writing of herself in the third person: « la stagiaire a reçu M. F. »,
# « la conseillère stagiaire (l'auteure de ce dossier) rencontre Mme V. ».
SELF = frozenset({"stagiaire", "stagiaires", "auteure", "auteur", "autrice"})
NOT_A_MEETING = frozenset(GROUP | {"annule", "annulee", "absent", "absente", "presente",
                                     "presentee", "licencie", "licenciee", "inscrit",
                                     "inscrite", "embauche", "embauchee", "signe", "signee",
                                     # « nous devions nous revoir le 2 »: a plan, not kept
                                     "devions", "devait", "devais", "deviez", "devaient"})


ORDINAL_WORDS = frozenset({"premier", "premiere", "deuxieme", "second", "seconde",
                            "troisieme", "quatrieme", "cinquieme", "dernier", "derniere",
                            "prochain", "prochaine", "1er", "2e", "3e", "4e", "2eme",
                            "3eme", "4eme", "2nd"})


BULLETS = ("•", "-", "–", "*", "▪", "◦", "o ", "→", "✓")


def prev_words(toks: Sequence[Token], k: int, n: int) -> list[str]:
    """The ``n`` words before ``k``, nearest first (the apostrophe skipped)."""
    out: list[str] = []
    j = k - 1
    while j >= 0 and len(out) < n:
        if toks[j].text != "'":
            out.append(toks[j].word)
        j -= 1
    return out


# Over the complexity limit (12 > 10): a listed exception, to split.
def line_ends(text: str, toks: Sequence[Token], j: int) -> bool:
    """The token ``j`` ends its line: the next one is in another block (a PDF line) or
    after a line break of the same block."""
    if j + 1 >= len(toks):
        return True
    nxt = toks[j + 1]
    return nxt.block != toks[j].block or "\n" in text[toks[j].end:nxt.start]


COLLEAGUES = frozenset({"collegue", "collegues", "tuteur", "tutrice", "conseiller",
                         "conseillere", "psychologue", "referent", "referente", "assistante",
                         "assistant", "educateur", "educatrice", "formateur", "formatrice",
                         "medecin", "infirmiere", "directrice", "directeur", "responsable",
                         "monitrice", "moniteur", "consultant", "consultante", "encadrant",
                         "encadrante", "coordinatrice", "coordinateur"})


def dates_in(s: Sentence, toks: Sequence[Token]
              ) -> list[tuple[int, tuple[int, int], int, int]]:
    """(token position, (day, month), start, end) of each date of the sentence."""
    out = []
    for d in find_dates(s.norm):
        k = next((i for i, t in enumerate(toks) if t.end > d.start), None)
        if k is not None:
            out.append((k, d.key, d.start, d.end))
    return out


def opens_paragraph(sentences: Sequence[Sentence], i: int) -> bool:
    return i == 0 or not set(sentences[i - 1].blocks) & set(sentences[i].blocks)


AT_A_DISTANCE = ("appel", "rappel", "mail", "courriel", "sms", "envoy", "ecri", "transmi",
                  "telephon", "contact", "messag", "texto", "repondeur")


_WRITTEN = frozenset({"mail", "mails", "courriel", "courriels", "sms", "message", "messages"})


def apart(words: Sequence[str]) -> bool:
    """« …ensemble le point par mail, sans nous revoir », « complété ensemble, à distance,
    chacune de notre côté »: done together, but not met."""
    return any(w in _WRITTEN for w in words) or any(
        a == "sans" and b == "nous" for a, b in zip(words, words[1:], strict=False)) or any(
        a.startswith("chacun") and b == "de" and c in {"notre", "son"}
        for a, b, c in zip(words, words[1:], words[2:], strict=False))


def main_clause(toks: Sequence[Token]) -> Sequence[Token]:
    """Up to the first relative pronoun or semicolon (« …, qui commencera le 4 septembre »
    says nothing of the meeting)."""
    end = next((j for j, t in enumerate(toks) if t.word in {"qui", "que", "qu", "ou"}
                or t.text == ";"), len(toks))
    return toks[:end]


# Words a quote must not end on (folded): cut there, « …prévu le 18 février, n'a » hides
# the « pas eu lieu » that says why the meeting is not counted. Shared by the quotes cut
# from a sentence's text (``clip``) and the labels cut from its tokens (interview_mentions).
AUX_TAIL = frozenset({"a", "n", "ne", "est", "pas", "eu", "ete", "ont", "s", "avait",
                      "jamais", "plus"})


def _dangles(word: str) -> bool:
    """« n'a », « s'est », « n' », « pas »: an auxiliary or a negation, its elision too."""
    tail = re.split(r"['’]", fold_line(word).rstrip(",;:"))[-1]
    return not tail or tail in AUX_TAIL


def clip(text: str, start: int, n: int = 40) -> str:
    """About ``n`` characters of ``text`` from ``start``, ended on a whole word and never on
    a verb's auxiliary or its negation (up to four words more to close it)."""
    end = min(len(text), start + n)
    while end < len(text) and not text[end].isspace() and end - start < n + 20:
        end += 1  # the word cut in two is kept whole
    words = text[start:end].split()
    rest = text[end:].split()
    extra = 0
    while words and _dangles(words[-1]) and rest and extra < 4:
        words.append(rest.pop(0))
        extra += 1
    return " ".join(words).strip()


def short(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def fold_line(text: str) -> str:
    from cipcheck.textnorm import fold
    return fold(text)


def mentions_text(folded: str) -> bool:
    return bool(re.search(r"\b(entretien|rendez-vous|rdv|rencontre)", folded))
