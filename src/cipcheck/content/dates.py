"""Dates written the French way, in folded text (see ``cipcheck.textnorm.fold``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAYNAME = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
# "12/03", "12/03/2024", "12.03.2024", "12-03-24"; not "2.2" (a section number), not
# "1 – 12" (a range): without a year only "/" makes a date.
NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/])")
WRITTEN = re.compile(
    rf"(?<!\d)(?:{_DAYNAME})?(1er|\d{{1,2}})\s+({_MONTH})\.?(?:\s+(\d{{4}}))?\b")


@dataclass(frozen=True, slots=True)
class Date:
    """A day of the year read in the text."""

    day: int
    month: int
    year: int | None
    start: int
    end: int

    @property
    def key(self) -> tuple[int, int]:
        return (self.day, self.month)


def find_dates(folded: str) -> list[Date]:
    """Day-and-month dates; a year is kept when written. Times ("9.30") are not dates."""
    out: list[Date] = []
    for m in NUMERIC.finditer(folded):
        day, month = int(m.group(1)), int(m.group(3))
        if m.group(2) != "/" and m.group(4) is None:
            continue  # "9.30" is a time, "2.2" a section, "3-4" a range
        if 1 <= day <= 31 and 1 <= month <= 12:
            year = _year(m.group(4))
            out.append(Date(day, month, year, m.start(), m.end()))
    for m in WRITTEN.finditer(folded):
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        if 1 <= day <= 31:
            out.append(Date(day, MONTHS[m.group(2)], _year(m.group(3)), m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 and len(text) == 2 else value


_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize")


def _day_words() -> dict[str, int]:
    words = {"premier": 1, **{w: n for n, w in enumerate(_UNITS, 1) if n > 1}}
    words.update({f"dix-{u}": 10 + n for n, u in enumerate(("sept", "huit", "neuf"), 7)})
    for tens, base in (("vingt", 20), ("trente", 30)):
        words[tens] = base
        for n, u in enumerate(_UNITS[:9], 1):
            if base + n > 31:
                break
            forms = ([f"{tens} et un", f"{tens}-et-un"] if n == 1 else [f"{tens}-{u}"])
            words.update(dict.fromkeys(forms, base + n))
    return words


DAY_WORDS = _day_words()
# « le douze janvier », « lundi vingt-trois mars », « au quinze avril »: a day written in
# words, led by an article or a weekday and followed by a month (a bare number word before
# a month is not read: « les deux mai… » may count something). Read backwards from each
# month name found (a plain search: the reader's time budget is tight).
_DAY_BEFORE = re.compile(
    r"\b(?:le|du|au|ce|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+("
    + "|".join(sorted(map(re.escape, DAY_WORDS), key=len, reverse=True)) + r")\s+$")
_MONTH_NAMES = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                "septembre", "octobre", "novembre", "decembre")


def days_in_digits(folded: str) -> str:
    """``folded`` with each day written in words before a month (« le douze janvier »)
    written in digits padded to the same length (« le 12    janvier »), so that offsets
    are kept and ``find_dates`` reads it. The same string when there is none."""
    spans: list[tuple[int, int, int]] = []
    for month in _MONTH_NAMES:
        i = folded.find(month)
        while i != -1:
            end = i + len(month)
            # (a day in words ends with a letter: « 12 mars » is left at once)
            if i > 1 and folded[i - 1].isspace() and folded[i - 2].isalpha() \
                    and (end == len(folded) or not folded[end].isalnum()):
                m = _DAY_BEFORE.search(folded, max(0, i - 40), i)
                if m is not None:
                    spans.append((m.start(1), m.end(1), DAY_WORDS[m.group(1)]))
            i = folded.find(month, end)
    if not spans:
        return folded
    out = []
    at = 0
    for a, b, day in sorted(spans):
        out.append(folded[at:a])
        out.append(_digits(day, b - a))
        at = b
    out.append(folded[at:])
    return "".join(out)
def _digits(day: int, width: int) -> str:
    text = "1er" if day == 1 else str(day)
    return text.ljust(width)
