"""E-mail addresses, except role addresses of a structure (contact@, accueil@…) and
the placeholder addresses of a workshop ("prenom.nom@…")."""

from __future__ import annotations

import re

from cipcheck.privacy.base import MASK, Hit

EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})(?![\w-])")
ROLE = re.compile(
    r"^(contact|accueil|info|infos|information|secretariat|direction|rh|recrutement|emploi|"
    r"candidature|candidatures|service|admin|administration|communication|standard|noreply|"
    r"no-reply|bonjour|hello|entreprises?|formation|insertion|inscription|inscriptions|"
    r"courrier|mail|support|compta|comptabilite|partenariat|ml|mission-?locale)([._-]?\w*)?$",
    re.IGNORECASE)
PLACEHOLDER = re.compile(r"(prenom|nom|exemple|example|xxx|votre|adresse|identifiant)",
                         re.IGNORECASE)
PLACEHOLDER_DOMAIN = re.compile(r"^(exemple|example|domaine|mail)\.", re.IGNORECASE)


def mask(local: str, domain: str) -> str:
    name, _, tld = domain.rpartition(".")
    return f"{local[:1]}{MASK * 3}@{name[:1]}{MASK * 3}.{tld}"


def find(text: str) -> list[Hit]:
    out: list[Hit] = []
    if "@" not in text:
        return out  # most lines: the pattern's look-behind is tried at every character
    for m in EMAIL.finditer(text):
        local, domain = m.group(1), m.group(2)
        if ROLE.match(local) or PLACEHOLDER.search(local) or PLACEHOLDER_DOMAIN.match(domain):
            continue
        out.append(Hit("email", m.group(0).lower(), m.start(), m.end(), mask(local, domain)))
    return out
