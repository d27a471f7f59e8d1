"""Dates of birth: "né(e) le 12/03/1985", "née à Lyon le 3 mars 1990", "date de
naissance : 12/03/1985". An age ("34 ans") is not a date of birth and is not reported."""

from __future__ import annotations

import re

from cipcheck.content.dates import MONTHS
from cipcheck.privacy.base import MASK, Hit, fold_keep_length

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = (rf"(\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?\d{{2,4}}|(?:1er|\d{{1,2}})\s+(?:{_MONTH})"
         rf"\.?(?:\s+\d{{4}})?)")
BIRTH = re.compile(
    rf"\b(?:nee?s?(?:\s*\(e\))?(?:\s+a\s+[\w' -]{{1,40}}?)?\s+le|"
    rf"date\s+de\s+naissance\s*(?::|-)?\s*(?:le\s+)?|ddn\s*:?)\s*{_DATE}")


def find(text: str) -> list[Hit]:
    folded = fold_keep_length(text)
    out: list[Hit] = []
    for m in BIRTH.finditer(folded):
        start, end = m.span(1)
        date = re.sub(r"\s+", " ", folded[start:end])
        masked = re.sub(r"[0-9]", MASK, text[start:end])
        masked = re.sub(rf"(?i)\b({_MONTH})\b", MASK * 4, fold_keep_length(masked))
        out.append(Hit("birth_date", date, start, end, masked))
    return out
