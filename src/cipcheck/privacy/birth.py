"""Dates of birth: "né(e) le 12/03/1985", "née à Lyon le 3 mars 1990", "date de
naissance : 12/03/1985". An age ("34 ans") is not a date of birth and is not reported."""

from __future__ import annotations

import re

from cipcheck.content.dates import MONTHS as _FRENCH_MONTHS
from cipcheck.privacy.base import MASK, Hit, fold_keep_length

# With the three letters of the international and military date (« 07 JUN 2006 », the
# NATO date-time group « 081000JAN26 »), which French forms and soldiers also write.
MONTHS = {**_FRENCH_MONTHS, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Numbers in words, for dates written out (« le douze juin mille neuf cent
# soixante-dix-huit »): the day, then a year that starts with « mille » or « deux mille ».
_NUMBER_WORD = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
                r"treize|quatorze|quinze|seize|vingt|vingts|trente|quarante|cinquante|"
                r"soixante|cent|cents|et)")
_DAY_WORDS = rf"(?:premier|{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,3}})"
_YEAR_WORDS = rf"(?:(?:deux\s+)?mil(?:le)?(?:[\s-]+{_NUMBER_WORD}(?!\w)){{0,7}})"
# The year first too, as software and ISO write it (« DDN 1991-11-23 », « 1991/11/23 »).
_DATE = (rf"((?:19|20)\d\d\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?\d{{1,2}}(?!\d)|"
         rf"\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?\d{{2,4}}|(?:1er|\d{{1,2}})\s+(?:{_MONTH})"
         rf"\.?(?:\s+\d{{4}})?|{_DAY_WORDS}\s+(?:{_MONTH})(?:\s+(?:\d{{4}}|{_YEAR_WORDS}))?)")
# « né en mars 1985 » is a date of birth to the month; « né en 1985 » alone is an age
# said otherwise (the RE's advice: give an age) and is not reported.
_MONTH_YEAR = rf"((?:{_MONTH})\.?\s+\d{{4}})"
# A label, then a few words before the colon: « Date de naissance de M. B. (fiche
# d'inscription) : 21/11/1999 », « Date de naissance (JJ/MM/AAAA) : 08/11/2003 ».
_LABEL = (r"date\s+(?:de\s+)?naiss(?:ance|\.)(?:[^\d\n;:]{0,60}?(?::|-|–))?|d\.?d\.?n\.?|ddn|"
          r"d\.\s?n\.|"
          # Forms in a hurry or from abroad: « Naissance le 5 octobre 1983 », « D.O.B. : … »
          # (an English form copied), « ° 12/05/1975 » (the genealogists' sign for born).
          r"naissance\s*[:|]|naissance\s+le|d\.?o\.?b\.?(?=\s*:)|"
          r"nee?s?(?:\s*\(e\))?\s+le|"
          # « née 14.05.1983 à Cracovie », « Né(e) : 12/03/1985 »: the article left out.
          r"nee?s?(?:\s*\(e\))?(?=\s*:?\s*\d)")
# What may stand between a label and its date: a comma, a bracket (« sa date de naissance
# (12/11/1983) »), « le », an age given with it (« Âge / date de naissance : 32 ans,
# 17/06/1994 »).
_GAP = r"\s*[:|,(]?\s*(?:\d{1,3}\s*ans\b[\s,;/()–-]*)?(?:le\s+)?"
BIRTH = re.compile(
    # « | »: a table row read as one line (a PDF's columns): « Date de naissance | 12/04/1990 ».
    # « ° » is not a word: no « \b » before it, and not the « ° » of « n° 12/05/19 ».
    rf"(?:\b(?:{_LABEL})|(?<![\w°])°(?=\s*(?:le\s+)?\d)){_GAP}{_DATE}(?![\w])|"
    rf"\bnee?s?(?:\s*\(e\))?(?:\s+a\s+[\w' -]{{1,40}}?)?\s+en\s+{_MONTH_YEAR}|"
    # The date, then what it is: « 03/04/1987 (né à Alger) », « 03/04/1987 (née) », « le
    # 14 juillet 1989, jour de sa naissance ».
    rf"(?<![\d/.])(\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?(?:19|20)?\d\d|"
    rf"(?:1er|\d{{1,2}})\s+(?:{_MONTH})\.?\s+\d{{4}})\s*"
    rf"(?:\(\s*nee?s?\b|,?\s*\(?(?:date|jour) de (?:sa |son )?naissance\b)")


# Born, then where, then when: « née à Casablanca (Maroc) le 3 mars 1985 », « né au
# Sénégal le 12/05/1990 », « Née à Lille, le 17/06/1994 », « a vu le jour à Arras le… ».
# The words between are read by ``_places_only`` (places are capitalised), so a clause
# that goes on (« née à Lille et embauchée le 12 mars 2020 ») is not read as one.
BORN_THEN_DATE = re.compile(rf"\b(?:nee?s?(?:\s*\(e\))?|vu le jour)(?!\w)([^.;:\n\d]{{0,80}}?)"
                            rf"[\s,]le\s+{_DATE}(?![\w])")
# The year first, then the day: « Né en Turquie en 1975, le 18 mai », « née en 1996, le 12
# juin » (the words before the year are places, as above).
YEAR_THEN_DAY = re.compile(rf"\bnee?s?(?:\s*\(e\))?(?!\w)([^.;:\n\d]{{0,60}}?)\s+en\s+"
                           rf"((?:19|20)\d\d),?\s+(?:le\s+)?(1er|\d{{1,2}})\s+({_MONTH})(?!\w)")
_PLACES = re.compile(
    r"(?:\s*,?\s*(?:(?:à|a|au|aux|en|dans)\s+(?:l[ae]\s+|l['’]\s*)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:(?:de|du|des|sur|en|la|le|les)\s+|d['’]\s*)?[A-ZÀ-Ý][\w'’-]*){0,3}|"
    # A town typed in haste, one word (« née à lyon le… »).
    r"(?:à|a)\s+[\w'’-]+|"
    r"\([^()]{1,40}\)))*\s*,?\s*")


def _places_only(raw: str) -> bool:
    return _PLACES.fullmatch(raw) is not None


# « L'association est née en 1998 », « le dispositif, né le 1er mars 2019 »: a thing was
# born, not a person.
_THING = re.compile(r"\b(association|structure|dispositif|projet|idee|entreprise|action|"
                    r"mission locale|service|atelier|chantier|plie|centre|reseau|"
                    r"partenariat|collectif|programme|societe|agence|club)\b[^.;]*$")


# A person named between the thing and « né(e) » is who was born (« Fiche d'entrée PLIE —
# Mme Josiane C., née le… »).
_PERSON_BETWEEN = re.compile(r"\b(?:mme|mlle|madame|monsieur|mademoiselle|m\.|elle|il|"
                             r"[a-z]\.)(?:\s|$)")


def _a_thing_born(folded: str, at: int) -> bool:
    """What was born just before ``at`` is a structure, not a person (see _THING)."""
    m = _THING.search(folded[max(0, at - 60):at])
    return m is not None and _PERSON_BETWEEN.search(m.group(0)) is None


# Every form above holds one of these words: most blocks hold none, and one search in C
# spares the long pattern (tried at each « ne » of « ne … pas »).
_HINT = re.compile(r"(?i)\bn[ée]{1,2}s?\b(?:\s*\(e\))?(?:[\s,]+(?:le|à|a|au|aux|en)\b|\s*:?\s*\d)|"
                   r"naiss|"
                   r"vu le jour|\bd\.?d\.?n\b|\bd\.\s?n\.|\(\s*n[ée]|\bd\.?o\.?b\b|"
                   r"(?<![\w°])°\s*(?:le\s+)?\d")


def find(text: str) -> list[Hit]:
    if not _HINT.search(text):
        return []
    folded = fold_keep_length(text)
    out: list[Hit] = []
    for m in BIRTH.finditer(folded):
        group = next(g for g in (1, 2, 3) if m.group(g))
        start, end = m.span(group)
        if _a_thing_born(folded, m.start()):
            continue
        date = _canonical(re.sub(r"\s+", " ", folded[start:end]))
        masked = re.sub(r"[0-9]", MASK, text[start:end])
        # Every word of the date (its month, its numbers written out) is hidden too.
        masked = re.sub(r"[^\W\d_]+", MASK * 4, masked)
        out.append(Hit("birth_date", date, start, end, masked))
    for m in BORN_THEN_DATE.finditer(folded):
        start, end = m.span(2)
        if any(h.start == start for h in out) or not _places_only(text[m.start(1):m.end(1)]):
            continue
        if _a_thing_born(folded, m.start()):
            continue
        date = _canonical(re.sub(r"\s+", " ", folded[start:end]))
        masked = re.sub(r"[^\W\d_]+", MASK * 4, re.sub(r"[0-9]", MASK, text[start:end]))
        out.append(Hit("birth_date", date, start, end, masked))
    for m in YEAR_THEN_DAY.finditer(folded):
        if any(h.start <= m.start(2) < h.end for h in out) or not _places_only(
                text[m.start(1):m.end(1)]):
            continue
        if _a_thing_born(folded, m.start()):
            continue
        day = 1 if m.group(3) == "1er" else int(m.group(3))
        date = f"{day:02d}/{MONTHS[m.group(4)]:02d}/{m.group(2)}"
        masked = re.sub(r"[^\W\d_]+", MASK * 4, re.sub(r"[0-9]", MASK, text[m.start(2):m.end(4)]))
        out.append(Hit("birth_date", date, m.start(2), m.end(4), masked))
    return out


_NUMERIC = re.compile(r"^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2,4})$")
_ISO = re.compile(r"^((?:19|20)\d\d)\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{1,2})$")
_WRITTEN = re.compile(rf"^(1er|\d{{1,2}})\s+({_MONTH})\.?\s+(\d{{4}})$")


def _canonical(date: str) -> str:
    """One value for one date however written (« 21 novembre 1969 », « 21/11/1969 »),
    so that a date repeated in another form is one datum."""
    m = _ISO.match(date)
    if m:
        return f"{int(m.group(3)):02d}/{int(m.group(2)):02d}/{m.group(1)}"
    m = _NUMERIC.match(date)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = _WRITTEN.match(date)
        if not m:
            return date
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        month, year = MONTHS[m.group(2)], m.group(3)
    if len(year) == 2:
        year = ("20" if int(year) <= 30 else "19") + year
    return f"{day:02d}/{month:02d}/{year}"
