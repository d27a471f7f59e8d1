"""The method chapter: interviews described in general, in the present, naming no one and
no date (« Le deuxième entretien est consacré au diagnostic »; « chaque entretien dure
en moyenne une heure »), not interviews held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_words import DIGIT
from cipcheck.reading import Sentence, Token
from cipcheck.reading.tense import past_at

# Words of a practice described in general: « en moyenne », « chaque entretien », « le
# référent présente… », « généralement ».
_GENERAL_MARKS = frozenset({"chaque", "moyenne", "generalement", "habituellement",
                            "systematiquement", "referent", "referente", "referents",
                            "principe", "toujours", "usuellement", "environ",
                            "conseiller", "conseillere", "conseillers", "protocole",
                            "beneficiaire", "beneficiaires"})
_GENERAL_HINT = re.compile(r"chaque|moyenne|ment\b|referent|principe|toujours|environ"
                           r"|conseill|protocole|beneficiaire")
# Someone in particular: the two of us, the person, a name.
_PARTICULAR = frozenset({"je", "j", "nous", "m", "me", "moi", "elle", "il", "lui", "tu",
                         "t", "te", "on", "mme", "mr", "madame", "monsieur", "mlle"})


def general_sentence(s: Sentence, toks: Sequence[Token]) -> bool:
    """A sentence in the present that names no one and no date: a description of how
    things are done (« Le deuxième entretien est consacré au diagnostic »), not a
    meeting told. « est consacré » is a present passive, not a past."""
    if DIGIT.search(s.norm) and find_dates(s.norm):
        return False
    if any(t.word in _PARTICULAR for t in toks):
        return False
    return not any(past_at(toks, j) and t.word not in {"est", "sont"}
                   and not (j and toks[j - 1].word in {"est", "sont"})
                   and not (j + 1 < len(toks) and toks[j + 1].word == "lieu")  # « ont lieu »
                   for j, t in enumerate(toks))


# Roles mark a description of the practice with a generic article (« le référent
# présente… », « chaque bénéficiaire »), not someone's own (« Sa conseillère référente,
# le médecin du travail… » lists the people around the person).
_ROLE_MARKS = frozenset({"referent", "referente", "referents", "conseiller", "conseillere",
                         "conseillers", "beneficiaire", "beneficiaires"})
_GENERIC = frozenset({"le", "la", "les", "l", "chaque", "un", "une", "du", "des", "au", "aux",
                      "tout", "tous", "toute", "toutes"})


def marks_method(s: Sentence, toks: Sequence[Token]) -> bool:
    """Words of a practice described in general (« en moyenne », « chaque entretien »,
    « le référent présente… », « généralement »)."""
    if not _GENERAL_HINT.search(s.norm):
        return False
    return any(t.word in _GENERAL_MARKS and (
        t.word not in _ROLE_MARKS or (k and toks[k - 1].word in _GENERIC))
        for k, t in enumerate(toks))
