"""French social security numbers (NIR): 13 digits and a 2-digit key.

The key is 97 − (number mod 97), Corsica's 2A and 2B counting as 19 and 18, so a run of
random digits (a SIRET, an invoice number) almost never passes: only numbers whose key
is right are reported.
"""

from __future__ import annotations

import re

from cipcheck.privacy.base import Hit, mask_digits

# The department and the commune: « 75 056 », or for the overseas departments and people
# born abroad, whose department has three digits and commune two, « 973 02 », « 993 52 ».
_PLACE = r"(\d{2}|2[ABab])[\s.-]?(\d)[\s.-]?(\d{2})"
NIR = re.compile(
    r"(?<![\w])([1-478])[\s.-]?(\d{2})[\s.-]?(\d{2})[\s.-]?" + _PLACE +
    r"[\s.-]?(\d{3})(?:\s?[-–/]?\s?(?:cl[ée]\s?:?\s?)?|[\s.]?)(\d{2})(?![\w])")
# Said to be one: a number written there is one even if its key was mistyped (or made
# up by the writer), and a 13-digit number without its key too.
CUE = re.compile(r"(s[ée]curit[ée] sociale|\bs[ée]cu\b|\bnir\b|n°\s?ss\b|\bss\s?:|"
                 r"num[ée]ro d'assur[ée]|immatriculation|carte vitale)", re.IGNORECASE)
SAID_WRONG = re.compile(r"(erron|\bfau(?:x|sse)\b|erreur|mal (?:re)?copi|invalide|"
                        r"incorrect|inexact)", re.IGNORECASE)
KEYLESS = re.compile(
    r"(?<![\w])([1-478])[\s.-]?(\d{2})[\s.-]?(\d{2})[\s.-]?" + _PLACE +
    r"[\s.-]?(\d{3})(?![\w]|\s?\d)")
BUSINESS = re.compile(r"(siret|siren|tva|rcs|naf|ape)\W{0,3}[\w ]{0,12}$", re.IGNORECASE)


def _parts(groups: tuple[str, ...]) -> tuple[str, ...]:
    """The matched groups as sex, year, month, department, commune, order (and key):
    the place is matched in three pieces so that it may be grouped 2 + 3 or 3 + 2."""
    sex, year, month, dept, first, rest, *tail = groups
    return (sex, year, month, dept, first + rest, *tail)


def valid(sex: str, year: str, month: str, dept: str, commune: str, order: str,
          key: str) -> bool:
    m = int(month)
    if not (1 <= m <= 12 or 20 <= m <= 42 or 50 <= m <= 99):
        return False
    dept = dept.upper()
    dept_digits = {"2A": "19", "2B": "18"}.get(dept, dept)
    number = int(sex + year + month + dept_digits + commune + order)
    return 97 - number % 97 == int(key)


def _plausible(month: str) -> bool:
    m = int(month)
    return 1 <= m <= 12 or 20 <= m <= 42 or 50 <= m <= 99


def find(text: str) -> list[Hit]:
    out: list[Hit] = []
    if sum(map(str.isdigit, text)) < 13:
        return out  # no room for a NIR: most blocks
    # Said to be wrong (« mal recopié », « erroné »): only the key decides.
    cue = CUE.search(text) is not None and not SAID_WRONG.search(text)
    for m in NIR.finditer(text):
        ok = valid(*_parts(m.groups())) or (cue and _plausible(m.group(3)))
        if not ok or BUSINESS.search(text[max(0, m.start() - 25): m.start()]):
            continue
        value = "".join(m.groups()).upper()
        out.append(Hit("nir", value, m.start(), m.end(), mask_digits(m.group(0), 1, 0)))
    if cue:
        for m in KEYLESS.finditer(text):
            if any(h.start <= m.start() < h.end for h in out) or not _plausible(m.group(3)):
                continue
            if BUSINESS.search(text[max(0, m.start() - 25): m.start()]):
                continue
            value = "".join(m.groups()).upper()
            out.append(Hit("nir", value, m.start(), m.end(), mask_digits(m.group(0), 1, 0)))
    return out
