"""Postal addresses of persons: "demeurant 12 rue …", "domiciliée au 5 avenue …",
"habite 3 bis allée …". The structure's own address ("située 12 rue …") is not a
person's and is not reported; a town alone ("domiciliée à Vénissieux") is not either."""

from __future__ import annotations

import re

from cipcheck.privacy.base import Hit, fold_keep_length

_STREET = (r"rue|avenue|av\.|boulevard|bd|chemin|impasse|allee|place|route|cours|quai|square|"
           r"residence|lotissement|hameau|cite|passage|voie|chaussee|sentier|montee|traverse")
_LINK = r"\s+(?:au\s+|a\s+l'|a\s+|aux\s+|le\s+|la\s+|,\s*)?"
_NUMBERED = rf"\d{{1,4}}\s*(?:bis|ter)?,?\s+(?:{_STREET})\b[^.;\n]{{0,60}}"
# "demeurant rue des Lilas": without a number, only after the legal words.
ADDRESS = re.compile(
    rf"\b(?:demeurant|domicilie(?:e)?s?|habitant|habite|reside|residant|residente?|vit|"
    rf"vivant){_LINK}({_NUMBERED})|\b(?:demeurant|domicilie(?:e)?s?){_LINK}"
    rf"((?:{_STREET})\s+(?:de|du|des|d')[^.;\n]{{1,50}})")


def find(text: str) -> list[Hit]:
    folded = fold_keep_length(text)
    out: list[Hit] = []
    for m in ADDRESS.finditer(folded):
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        # Up to the postcode and town if written, not the rest of the sentence.
        tail = re.match(r"[^,]*(?:,\s*\d{5}\s+[\w' -]+)?", folded[start:end])
        if tail:
            end = start + len(tail.group(0).rstrip())
        value = re.sub(r"\s+", " ", folded[start:end])
        out.append(Hit("address", value, start, end, "[adresse masquée]"))
    return out
