"""Dates of birth: "né(e) le 12/03/1985", "née à Lyon le 3 mars 1990", "date de
naissance : 12/03/1985". An age ("34 ans") is not a date of birth and is not reported."""

from __future__ import annotations

import re

from cipcheck.content.dates import MONTHS
from cipcheck.privacy.base import MASK, Hit, fold_keep_length

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (rf"(\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?\d{{2,4}}|(?:1er|\d{{1,2}})\s+(?:{_MONTH})"
         rf"\.?(?:\s+\d{{4}})?)")
# « né en mars 1985 » is a date of birth to the month; « né en 1985 » alone is an age
# said otherwise (the RE's advice: give an age) and is not reported.
_MONTH_YEAR = rf"((?:{_MONTH})\.?\s+\d{{4}})"
BIRTH = re.compile(
    rf"\b(?:nee?s?(?:\s*\(e\))?(?:\s+a\s+[\w' -]{{1,40}}?)?\s+le\s*:?|"
    rf"date\s+de\s+naiss(?:ance|\.)\s*(?::|-)?\s*(?:le\s+)?|d\.?d\.?n\.?\s*:|ddn\s*:?|"
    rf"naissance\s*:)\s*{_DATE}|"
    rf"\bnee?s?(?:\s*\(e\))?(?:\s+a\s+[\w' -]{{1,40}}?)?\s+en\s+{_MONTH_YEAR}")


# « L'association est née en 1998 », « le dispositif, né le 1er mars 2019 »: a thing was
# born, not a person.
_THING = re.compile(r"\b(association|structure|dispositif|projet|idee|entreprise|action|"
                    r"mission locale|service|atelier|chantier|plie|centre|reseau|"
                    r"partenariat|collectif|programme|societe|agence|club)\b[^.;]*$")


def find(text: str) -> list[Hit]:
    folded = fold_keep_length(text)
    out: list[Hit] = []
    for m in BIRTH.finditer(folded):
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        if _THING.search(folded[max(0, m.start() - 60):m.start()]):
            continue
        date = re.sub(r"\s+", " ", folded[start:end])
        masked = re.sub(r"[0-9]", MASK, text[start:end])
        masked = re.sub(rf"(?i)\b({_MONTH})\b", MASK * 4, fold_keep_length(masked))
        out.append(Hit("birth_date", date, start, end, masked))
    return out
