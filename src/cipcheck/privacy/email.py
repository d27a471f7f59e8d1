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


# Written to dodge robots or by a hurried hand: « m.karim [at] gmail [dot] com »,
# « sophie_b @ hotmail.fr », « jean.dupont(arobase)free.fr ». The domain must end in a
# known mail suffix so prose (« 3 at home dot ») is not read as an address.
_AT = r"(?:\s?@\s?|\s?[\[({]\s?(?:at|arobase|@)\s?[\])}]\s?|\s(?:at|arobase)\s)"
_DOT = r"(?:\.|\s?[\[({]\s?(?:dot|point)\s?[\])}]\s?|\s(?:dot|point)\s)"
ODD_EMAIL = re.compile(
    rf"(?<![\w.+-])([\w][\w.+-]*){_AT}((?:[\w-]+{_DOT})+(?:fr|com|net|org|eu|be|ch|info|io))"
    r"(?![\w-])", re.IGNORECASE)


def _plain(domain: str) -> str:
    return re.sub(rf"{_DOT}", ".", domain, flags=re.IGNORECASE)


# Most blocks hold no address at all: one cheap search spares the two patterns.
_HINT = re.compile(r"@|arobase|[\[({]\s?at\s?[\])}]|\sat\s", re.IGNORECASE)


def find(text: str) -> list[Hit]:
    out: list[Hit] = []
    seen: list[tuple[int, int]] = []
    if not _HINT.search(text):
        return out  # most lines: the patterns' look-behind is tried at every character
    for m in EMAIL.finditer(text):
        seen.append(m.span())
        local, domain = m.group(1), m.group(2)
        if ROLE.match(local) or PLACEHOLDER.search(local) or PLACEHOLDER_DOMAIN.match(domain):
            continue
        out.append(Hit("email", m.group(0).lower(), m.start(), m.end(), mask(local, domain)))
    for m in ODD_EMAIL.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in seen):
            continue
        local, domain = m.group(1), _plain(m.group(2))
        if ROLE.match(local) or PLACEHOLDER.search(local) or PLACEHOLDER_DOMAIN.match(domain):
            continue
        out.append(Hit("email", f"{local}@{domain}".lower(), m.start(), m.end(),
                       mask(local, domain)))
    return out
