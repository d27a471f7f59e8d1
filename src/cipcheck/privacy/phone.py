"""French phone numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78.

The structure's own public numbers are not personal data: a number in a sentence about
the structure's reception ("accueil", "standard", "secrétariat", the structure's name)
is left alone unless that sentence is about a person. Special-rate and free numbers
(08…) are services, never a person's.
"""

from __future__ import annotations

import re

from cipcheck.privacy.base import Hit, fold_keep_length, mask_digits, sentence_around

PHONE = re.compile(
    r"(?<![\d+])(?:\(?(?:\+|00)\s?33\)?[\s.]?(?:\(0\)\s?)?([1-9])|0([1-9]))"
    r"((?:[\s.\-/]?\d{2}){4})(?![\d])")
STRUCTURE = re.compile(
    r"\b(accueil|standard|secretariat|joignable|numero unique|numero vert|plateforme|"
    r"permanence|siege|agence|antenne|locaux|structure|association|mission locale|"
    r"france travail|pole emploi|cap emploi|ccas|mairie|plie|maison de l'emploi|cio|"
    r"service|services|entreprise|societe|etablissement|horaires|du lundi|tel\.? ?:|"
    r"telephone ?:|contact ?:|coordonnees de la)\b")
PERSONAL = re.compile(
    r"\b(mme|madame|monsieur|mlle|son (numero|portable|telephone|mobile)|"
    r"sa (ligne|fille|mere|s(oe|œ)ur)|son (fils|pere|frere|conjoint|mari)|portable personnel|"
    r"personnel(le)?|beneficiaire|la personne|le salarie|la salariee|candidat(e)?)\b|"
    r"\bm\.\s")


def find_any(text: str) -> list[Hit]:
    """Every phone number, whatever the sentence (the cover page's own details)."""
    return [Hit("phone", _digits(m), m.start(), m.end(), m.group(0))
            for m in PHONE.finditer(text)]


def _digits(m: re.Match[str]) -> str:
    return "0" + (m.group(1) or m.group(2)) + re.sub(r"\D", "", m.group(3))


def find(text: str) -> list[Hit]:
    folded = ""
    out: list[Hit] = []
    for m in PHONE.finditer(text):
        folded = folded or fold_keep_length(text)
        lead = m.group(1) or m.group(2)
        digits = _digits(m)
        if lead == "8":
            continue  # 08…: free or special-rate service numbers
        around = sentence_around(folded, m.start(), m.end())
        if STRUCTURE.search(around) and not PERSONAL.search(around):
            continue
        raw = m.group(0)
        out.append(Hit("phone", digits, m.start(), m.end(), mask_digits(raw, 2, 2)))
    return out
