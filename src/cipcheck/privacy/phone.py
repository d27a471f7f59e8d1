"""Phone numbers: French ones in every usual writing (06 12 34 56 78, 06.12.34.56.78,
06-12-34-56-78, 0612345678, irregular spaces « 07 5 1 32 48 90 », +33 6…, +33 (0)6…,
0033 6…, landlines 01–05 and 09) and foreign ones (+32 470 12 34 56, 00 212 6…).

The structure's own public numbers are not personal data (the CONTRACT's rule): a
number is the structure's when the nearest cue of its clause, reading back from the
number, is about a structure (« le standard du CCAS (05 55…) », « l'accueil de
l'association est ouvert au… ») rather than a person (« Mme R. (06…) », « son
portable »); with no cue before it, the nearest after it decides; with none at all, it
is flagged. Special-rate and free numbers (08…) are services, never a person's.
"""

from __future__ import annotations

import re

from cipcheck.privacy.base import Hit, fold_keep_length, mask_digits
from cipcheck.privacy.owner import owner

# Eight digits after the leading one, each after at most one separator: the usual pairs
# and the odd groupings of hand-copied numbers.
_TAIL = r"((?:[\s.\-/]?\d){8})"
PHONE = re.compile(
    r"(?<![\d+])(?:\(?(?:\+|00)\s?33\)?[\s.]?(?:\(0\)\s?)?([1-9])|0([1-9]))"
    + _TAIL + r"(?![\d])")
# A foreign number: a country code other than France's, then 7 to 12 digits.
FOREIGN = re.compile(
    r"(?<![\d+\w])(?:\+|00\s?)(?!33)([1-9]\d{0,2})[\s.\-]?(?:\(0\)\s?)?"
    r"(\d(?:[\s.\-]?\d){6,11})(?!\d|,\d)")
# The same number with wider separators, in strict pairs: « 06  12  34  56  78 » (a PDF's
# justified line), « 06 - 12 - 34 - 56 - 78 », « 06 / 12 / 34… », « 06. 12. 34… ».
WIDE = re.compile(
    r"(?<![\d+])(?:\(?(?:\+|00)\s?33\)?[\s.]{0,3}(?:\(0\)\s?)?([1-9])|0([1-9]))"
    r"((?:[ \t\u00a0\u202f.\-/]{1,3}\d\d){4})(?![\d])")
_DATE_LIKE = re.compile(r"^\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d\d|^\d\d/\d\d/\d\d(?!/)")
# Part of a longer run of digits (a NIR, a SIRET): a digit and one separator just before.
_DIGIT_BEFORE = re.compile(r"\d[\s.\-/]?$")
_DIGIT_AFTER = re.compile(r"^[\s.\-/]?\d")
_PAIRS = re.compile(r"^\d\d(?:[\s.\-/]?\d\d){4}$")
# Amounts and counts are not numbers to dial: « +12 345 678 habitants », « 0033 € ».
_QUANTITY_AFTER = re.compile(r"^\s*(?:€|eur|euros?|%|habitants|personnes|k€|m€)\b|^\s*[€%]")

# « l'accueil de l'association », not « la fiche / l'entretien / la famille d'accueil ».
_STRONG = (r"(?<!d')accueil|standard|standardiste|secretariat|numero unique|numero vert|"
           # A service on wheels or in the field (« le bus mobile est joignable au 06… »).
           r"(?:bus|camion|unite|equipe|antenne|permanence|agence|point) mobiles?|"
           r"plateforme|permanence|siege|agence|antenne|locaux|structure|association|"
           r"mission locale|france travail|pole emploi|cap emploi|ccas|caf|cpam|mairie|"
           r"plie|esat|cidff|mdph|maison de l'emploi|cio|service|services|entreprise|"
           r"societe|etablissement|horaires|du lundi|coordonnees de la(?! jeune)|numero general|"
           # Identifiers that are not numbers to dial (« n° de dossier 0123456789 »).
           r"numero de dossier|n° de dossier|dossier n°|reference|ref\.|identifiant|"
           r"matricule|siret|siren|facture|numero fiscal|numero d'allocataire|"
           r"numero allocataire|n° allocataire|"
           # A meeting's dial-in (« Participer par téléphone : +33 1 70…,,618452903# »).
           r"participer par telephone|audioconference|conference telephonique|"
           r"id de (?:reunion|conference)|teams|zoom|webex")
# A label before a number (« Tél. : ») says nothing of whose it is; on a landline it
# leans to a structure, on a mobile it does not.
_WEAK = r"tel\.?|telephone|contact"
_PERSONAL = (r"mme|madame|monsieur|mlle|m\.|son numero|son portable|son telephone|"
             r"son mobile|son fixe|sa ligne|sa box|sa fille|sa mere|sa soeur|sa sœur|"
             r"son fils|son pere|son frere|son conjoint|son mari|sa femme|sa compagne|"
             r"son compagnon|ses parents|portable personnel|personnel|personnelle|"
             r"beneficiaire|la personne|personne accompagnee|le salarie|la salariee|"
             r"candidat|candidate|il|elle|lui|m'a donne|m'a laisse|m'a communique|"
             r"joindre|portable|mobile|sms|"
             # A young person named by what they are (« la jeune », « du jeune homme »);
             # not « Point accueil jeunes », a structure.
             r"(?:la|le|du|au) jeune|jeune (?:femme|homme|fille|garcon)")
_CUE = re.compile(rf"(?<!\w)(?:(?P<s>{_STRONG})|(?P<w>{_WEAK})|(?P<p>{_PERSONAL}))"
                  r"(?![\w])")
_STRONG_CUE = re.compile(rf"(?<!\w)(?:{_STRONG})(?!\w)")
_PERSONAL_CUE = re.compile(rf"(?<!\w)(?:{_PERSONAL})(?!\w)")
# A clause ends at « ; », a line end, or a sentence end that is not an abbreviation's dot
# (« Tél. : », « M. K. », « Mme »).
_CLAUSE_END = re.compile(r";|\n|(?<!\btel)(?<!\bport)(?<!\bmob)(?<!\bfax)(?<!\bmme)"
                         r"(?<!\bdr)(?<![\s.(][a-z])(?<!^[a-z])[.!?](?=\s+[A-Za-z«]|$)")


def find_any(text: str) -> list[Hit]:
    """Every phone number, whatever the sentence (the cover page's own details)."""
    return [Hit("phone", _digits(m), m.start(), m.end(), m.group(0))
            for pattern in (PHONE, WIDE) for m in pattern.finditer(text)]


def _digits(m: re.Match[str]) -> str:
    return "0" + (m.group(1) or m.group(2)) + re.sub(r"\D", "", m.group(3))


def clause(folded: str, start: int, end: int, width: int = 110) -> tuple[str, str]:
    """The words of the number's clause before and after it."""
    lo = max(0, start - width)
    left = folded[lo:start]
    ends = [m.end() for m in _CLAUSE_END.finditer(left)]
    if ends:
        left = left[ends[-1]:]
    right = folded[end:end + width]
    m = _CLAUSE_END.search(right)
    if m:
        right = right[:m.start()]
    return left, right


# The number said to be a service's or a professional's right after it.
_SERVICE_LINE = re.compile(r"^\s*[(,–—-]?\s*(?:(?:le |la |un |une )?(?:telephone|tel\.?|"
                           r"portable|numero|ligne|mobile)\s*)?(?:de service|du service|"
                           r"professionnel(?:le)?|pro\b|d'astreinte|de permanence|"
                           r"de la structure|de l'association)")


# An incise between commas or brackets before the number (« Mme K., qui fait le ménage à
# la mairie, est joignable au… », « M. D. (suivi par la mission locale) : 06… ») says
# something of the person; the number belongs to the clause around it.
_INCISE = re.compile(r",\s*(?:qui|que|qu'|dont)\b[^,;()]*,|\([^()]*\)")


def cued_structure(left: str, right: str, mobile: bool, block: str) -> bool:
    """Whether the nearest cue of the clause is about a structure (see the docstring). A
    label alone (« Tél. : 04… ») decides for a landline only in a block that speaks of a
    structure and of no person (a structure's card, not a CV's header)."""
    if _SERVICE_LINE.match(right):
        return True  # « 06 07 08 54 12 (téléphone de service) »: said right after it
    if "," in left or "(" in left:
        left = _INCISE.sub(" ", left)
    labelled = False
    for side in (left, right):
        cues = list(_CUE.finditer(side))
        if side is left:
            cues.reverse()
        for c in cues:
            if c.group("w") is not None:
                labelled = True
                continue
            return c.group("s") is not None
    if not labelled or mobile:
        return False
    return bool(_STRONG_CUE.search(block)) and not _PERSONAL_CUE.search(block)


# Owned by a structure named right after it (« le 09 69 32 21 21 de l'ADIL », « 05 55… du
# CIDFF »): « de / du » and an acronym in capitals; a dial string with a meeting's code
# (« …,,618452903# »).
_OWNER_AFTER = re.compile(r"\s*,?\s*(?:\(\s*)?(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*)"
                          r"(?!CV\b|RSA\b|SMS\b)[A-Z]{2,}\b|,,|\s*#")


def _hits(text: str) -> list[tuple[re.Match[str], str, bool]]:
    """(match, normalised digits, is a French mobile) of every number, foreign ones last."""
    out = []
    spans = []
    for m in PHONE.finditer(text):
        raw = m.group(0)
        if _DATE_LIKE.match(raw.lstrip("(")):
            continue  # « 01/02/2024 10 h »
        if _DIGIT_BEFORE.search(text[max(0, m.start() - 2):m.start()]) or (
                not _PAIRS.match(raw) and _DIGIT_AFTER.match(text[m.end():m.end() + 2])):
            continue  # inside a longer number read in odd groups
        lead = m.group(1) or m.group(2)
        out.append((m, _digits(m), lead in "67"))
        spans.append(m.span())
    if _WIDE_GAP.search(text):
        _wide(text, out, spans)
    for m in FOREIGN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if _QUANTITY_AFTER.match(text[m.end():m.end() + 12].lower()):
            continue
        digits = "+" + m.group(1) + re.sub(r"\D", "", m.group(2))
        out.append((m, digits, True))
    return out


# Two digits, a separator of two or three characters, two digits: a WIDE number may be
# there (most blocks have none).
_WIDE_SEP = re.compile(r"[^\d]+")
_WIDE_GAP = re.compile(r"\d\d[ \t\u00a0\u202f.\-/]{2,3}\d\d")
def _wide(text: str, out: list[tuple[re.Match[str], str, bool]],
          spans: list[tuple[int, int]]) -> None:
    """Add the numbers typed with wide separators that PHONE did not read."""
    for m in WIDE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if _DATE_LIKE.match(m.group(0).lstrip("(")):
            continue
        if _DIGIT_BEFORE.search(text[max(0, m.start() - 2):m.start()]):
            continue
        if len(set(_WIDE_SEP.findall(m.group(3)))) > 1:
            continue  # « 09 - 12 / 14 - 17 »: a timetable, not one number typed evenly
        lead = m.group(1) or m.group(2)
        out.append((m, _digits(m), lead in "67"))
        spans.append(m.span())


_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,3}\d){6}")

# A number dictated and written out in words, in pairs or digit by digit (« zéro six,
# trente-deux, quatorze, quatre-vingt-huit, cinquante et un », « zéro sept douze… »): it
# opens with « zéro » and a digit; the words are turned into digits by text2num.
_UNITS = r"un|deux|trois|quatre|cinq|six|sept|huit|neuf"
_NUMBER_WORD = (rf"zero|{_UNITS}|une|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|"
                r"trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|et")
_IN_WORDS = re.compile(rf"\bzero[\s,-]+(?:{_UNITS})\b(?:[\s,.;\-]+(?:{_NUMBER_WORD})\b)+")


def spelled(text: str) -> bool:
    """Whether ``text`` may hold a number written in words (cheap test: « zéro »)."""
    return "zéro" in text or "zero" in text or "Zéro" in text or "ZÉRO" in text


def _in_words(text: str, folded: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every French number written out in words."""
    from text_to_num import alpha2digit  # already loaded by the reading layer

    out = []
    for m in _IN_WORDS.finditer(folded):
        # text2num reads « zéro » with its accent: the words as written, in lower case.
        digits = re.sub(r"\D", "", alpha2digit(text[m.start():m.end()].lower(), "fr"))
        if len(digits) == 10 and digits[1] != "0":
            out.append((m.start(), m.end(), digits))
    return out


def _theirs(text: str, folded: str, start: int, left: str, right: str, mobile: bool) -> bool:
    """Whether the number at ``start`` is a structure's: the noun phrase it is attached to
    decides (privacy/owner.py); without one, the nearest cue word of its clause."""
    said = owner(text, folded, start - len(left), start)
    if said is not None:
        return said == "structure"
    return cued_structure(left, right, mobile, folded)


def find(text: str) -> list[Hit]:
    words = spelled(text)
    if not words and not _SEVEN_DIGITS.search(text):
        return []  # most blocks: no run of digits long enough for a number
    folded = fold_keep_length(text) if words else ""
    out: list[Hit] = []
    for start, end, digits in _in_words(text, folded) if words else ():
        left, right = clause(folded, start, end)
        if digits.startswith("08") or _theirs(text, folded, start, left, right,
                                              digits[1] in "67"):
            continue
        out.append(Hit("phone", digits, start, end, mask_digits(text[start:end], 4, 0)))
    for m, digits, mobile in _hits(text):
        if digits.startswith("08"):
            continue  # 08…: free or special-rate service numbers
        if _OWNER_AFTER.match(text, m.end()):
            continue
        folded = folded or fold_keep_length(text)
        left, right = clause(folded, m.start(), m.end())
        if _theirs(text, folded, m.start(), left, right, mobile):
            continue
        out.append(Hit("phone", digits, m.start(), m.end(), mask_digits(m.group(0), 2, 2)))
    return sorted(out, key=lambda h: h.start)
