"""Full names of accompanied persons in a dossier that otherwise uses initials.

When the dossier writes "Mme B." (the usual anonymisation), a "Madame Sophie Bernard",
"Mme Bernard" or "Sophie Bernard" whose surname starts with a letter the dossier uses
as an initial is probably the same person, named in full once. Professionals named
with their role (tutor, director, employer…) and the candidate's own name are left
alone; a dossier that uses no initials is not judged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from cipcheck.privacy.base import MASK, Hit, fold_keep_length

_CIVILITY = r"(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Madame|Monsieur|Mademoiselle)"
_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LOWER = "a-zàâäçéèêëîïôöùûüÿœ"
_NAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_SURNAME = rf"(?:[{_UPPER}][{_LOWER}'’]+|[{_UPPER}]{{2,}})(?:-[{_UPPER}][{_LOWER}{_UPPER}]+)?"
INITIAL = re.compile(rf"\b{_CIVILITY}\s+([{_UPPER}])\.(?![{_LOWER}{_UPPER}])")
FIRST_INITIAL = re.compile(rf"\b({_NAME})\s+([{_UPPER}])\.(?![{_LOWER}{_UPPER}])")
# Not followed by "." (an initial) nor by an initial ("Madame Sophie B." is anonymised).
_END = rf"\b(?!\.|\s+[{_UPPER}]\.)"
FULL = re.compile(rf"\b({_CIVILITY})\s+(?:({_NAME})\s+)?({_SURNAME}){_END}")
BARE = re.compile(rf"\b({_NAME})\s+({_SURNAME}){_END}")
ROLE = re.compile(
    r"\b(tuteur|tutrice|directeur|directrice|direction|responsable|collegue|conseiller|"
    r"conseillere|referent|referente|charge|chargee|coordinat\w*|dirigeant|dirigeante|gerant|"
    r"gerante|president|presidente|drh|manager|chef|formateur|formatrice|psychologue|"
    r"assistante? sociale?|maire|elu|elue|employeur|recruteur|recruteuse|medecin|docteur|"
    r"professeur|interlocut\w*|partenaire|encadrant|encadrante|adjoint|adjointe|"
    r"auteur|autrice|ecrivain|depute|deputee|ministre|senateur)\b")
NOT_A_NAME = {"le", "la", "les", "de", "du", "des", "directeur", "directrice", "maire",
              "president", "presidente", "x", "y", "z", "b", "partie", "annexe", "tableau"}


@dataclass
class Convention:
    """How the dossier anonymises: the initials it uses, first names seen with one."""

    initials: set[str] = field(default_factory=set)
    first_names: dict[str, set[str]] = field(default_factory=dict)  # initial -> first names
    own: set[str] = field(default_factory=set)  # the candidate's name words (folded)

    @property
    def active(self) -> bool:
        return bool(self.initials)


def convention(texts: list[str], own_names: set[str]) -> Convention:
    conv = Convention(own=own_names)
    for text in texts:
        for m in INITIAL.finditer(text):
            conv.initials.add(m.group(1))
        for m in FIRST_INITIAL.finditer(text):
            first, initial = m.group(1), m.group(2)
            if fold_keep_length(first) in NOT_A_NAME or re.fullmatch(_CIVILITY, first):
                continue
            conv.initials.add(initial)
            conv.first_names.setdefault(initial, set()).add(first)
    return conv


def _mask(words: list[str]) -> str:
    return " ".join(w[:1] + MASK * 3 for w in words)


_DETERMINER = re.compile(r"^[\s,(\-–]*(?:(?:son|sa|ses|le|la|l'|notre|mon|ma|leur|un|une)\s+)?")


def _professional(folded: str, start: int, end: int) -> bool:
    """Named with a role just before ("ma tutrice, Mme Martin") or just after ("M. Kessler,
    son responsable d'équipe"): a professional, not a person accompanied."""
    before = folded[max(0, start - 45): start]
    after = folded[end: end + 45]
    after = after[_DETERMINER.match(after).end():]
    return bool(ROLE.search(before) or ROLE.match(after))


def find(text: str, conv: Convention) -> list[Hit]:
    if not conv.active:
        return []
    folded = fold_keep_length(text)
    out: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for m in FULL.finditer(text):
        civility, first, surname = m.group(1), m.group(2), m.group(3)
        key = fold_keep_length(surname)
        if key in NOT_A_NAME or key in conv.own or surname[:1] not in conv.initials:
            continue
        if first and fold_keep_length(first) in conv.own:
            continue
        if _professional(folded, m.start(), m.end()):
            continue
        names = [n for n in (first, surname) if n]
        value = key  # "Madame Sophie Bernard" and "Mme Bernard": one person
        out.append(Hit("name", value, m.start(), m.end(), f"{civility} {_mask(names)}"))
        taken.append(m.span())
    starts = [s for s, _ in taken]  # sorted: finditer spans do not overlap
    for m in BARE.finditer(text):
        i = bisect_right(starts, m.start()) - 1  # not a scan of every span (issue 10)
        if i >= 0 and m.start() < taken[i][1]:
            continue
        first, surname = m.group(1), m.group(2)
        initial = surname[:1]
        if first not in conv.first_names.get(initial, set()):
            continue
        if fold_keep_length(surname) in conv.own or _professional(folded, m.start(), m.end()):
            continue
        value = fold_keep_length(surname)
        out.append(Hit("name", value, m.start(), m.end(), _mask([first, surname])))
    return out
