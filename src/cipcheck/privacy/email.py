"""E-mail addresses, except role addresses of a structure (contact@, accueil@…) and
the placeholder addresses of a workshop ("prenom.nom@…")."""

from __future__ import annotations

import re

from cipcheck.privacy.base import MASK, Hit
from cipcheck.privacy.names import given_names

EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})(?![\w-])")
# Words of a structure's mailbox: its services, what one writes about, who reads it. An
# address that opens on one of them (« stages.e2c@… », « alternance-cfa@… »,
# « ateliers.cahors@… ») is a role address.
_ROLE_WORDS_TEXT = """
contact contacts accueil info infos information informations secretariat direction rh drh
recrutement recrutements emploi emplois job jobs candidature candidatures service services
admin administration communication standard noreply no reply bonjour hello entreprise
entreprises formation formations insertion inscription inscriptions courrier mail support
compta comptabilite partenariat partenariats partenaires ml mission missionlocale locale
stage stages alternance apprentissage atelier ateliers benevolat benevoles adherents adhesion
dons orientation offre offres rdv rendezvous planning permanence permanences scolarite
pedagogie pedagogique relations presse equipe bureau reception facturation paie
asso association associations amicale club collectif cooperative coop
accompagnement accompagnements conseil conseillers referent referents suivi coordination
gestion agence antenne projet projets jeunes jeunesse mobilite logement sante handicap
social familles ecoute aide aides solidarite benevole
"""
ROLE_WORDS = frozenset(_ROLE_WORDS_TEXT.split())
# The field's structures, by the acronyms their mailboxes use.
_STRUCTURES_TEXT = """
cfa btp ml mlj e2c epide geiq siae aci ei etti ccas cias cidff plie apec afpa greta caf cpam
cma cci cap pe ft mdph esat ea chrs chu ase spip crous cio ufr iut lycee college
"""
STRUCTURES = frozenset(_STRUCTURES_TEXT.split())
_PARTS = re.compile(r"[._+-]+")


def is_role(local: str, domain: str = "") -> bool:
    """A structure's mailbox: a service word first, then at most one word (« stages.e2c@… »,
    « ateliers.cahors@… »), or service words and words of the structure's own domain in
    any order (« e2c.alternance@e2c-metz.fr », « cfa.stages@… »). Never with a given name
    or an initial among the parts (« info.samir75@gmail.com » is Samir's,
    « l.garnier.ml@… » Ms Garnier's).
    A service word after a word the domain does not hold (« sow.job@gmail.com ») may be a
    person's own address: it is flagged, a warning too many costs less than an address
    left in."""
    written = [seg for seg in _PARTS.split(local.lower()) if seg.strip("0123456789")]
    parts = [seg.strip("0123456789") for seg in written]
    if not parts or not any(p in ROLE_WORDS for p in parts):
        return False
    if any(len(p) == 1 for p in parts):
        return False  # an initial: « j.accueil », a person's own address
    given = given_names()  # loaded once per process, only when a role word is read
    if any(len(p) >= 3 and p not in ROLE_WORDS and p in given for p in parts):
        return False
    if parts[0] in ROLE_WORDS and len(parts) <= 2:
        return True
    own = set(re.split(r"[.-]+", domain.lower())) | STRUCTURES
    return all(p in ROLE_WORDS or seg in own or any(c.isdigit() for c in seg)
               for p, seg in zip(parts, written, strict=True))


PLACEHOLDER = re.compile(r"(prenom|nom|exemple|example|xxx|votre|adresse|identifiant)|^x+$",
                         re.IGNORECASE)
# « x@x.fr », the mask the report itself suggests.
PLACEHOLDER_DOMAIN = re.compile(r"^(exemple|example|domaine|mail|x+)\.", re.IGNORECASE)


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


def _names_someone(local: str) -> bool:
    """The local part holds an initial or a given name (« k.benali », « sophie_b »)."""
    parts = [seg.strip("0123456789") for seg in _PARTS.split(local.lower())]
    if any(len(p) == 1 for p in parts):
        return True
    given = given_names()
    return any(len(p) >= 3 and p in given for p in parts)


def _structure_mailbox(text: str, start: int, local: str) -> bool:
    """A mailbox that names nobody (« mlnord@… », « lesjardinssolidaires@… ») in a clause
    about a structure (« La Mission locale est joignable à… », « écrire à l'association
    à… »): the structure's, as its phone number would be (phone.py's owner reading)."""
    if _names_someone(local):
        return False
    from cipcheck.privacy.base import fold_keep_length
    from cipcheck.privacy.owner import STRUCTURE_NOUNS, owner
    from cipcheck.privacy.phone import clause, cued_structure

    folded = fold_keep_length(text)
    left, right = clause(folded, start, start + len(local))
    said = owner(text, folded, start - len(left), start)
    if said is not None:
        return said == "structure"
    # No phrase attaches it: a structure's word in the mailbox itself (« ccas.lens@ »)
    # and a structure's cue in its clause. A cue alone is not enough (« Mme K., inscrite
    # à la Mission locale, m'écrit depuis lapetiteetoile59@… » is hers).
    words = {p.strip("0123456789") for p in _PARTS.split(local.lower())}
    return bool(words & (STRUCTURES | STRUCTURE_NOUNS)) and cued_structure(left, right, True,
                                                                       folded)


def find(text: str) -> list[Hit]:
    out: list[Hit] = []
    seen: list[tuple[int, int]] = []
    if not _HINT.search(text):
        return out  # most lines: the patterns' look-behind is tried at every character
    for m in EMAIL.finditer(text):
        seen.append(m.span())
        local, domain = m.group(1), m.group(2)
        if is_role(local, domain) or PLACEHOLDER.search(local) or PLACEHOLDER_DOMAIN.match(domain):
            continue
        if _structure_mailbox(text, m.start(), local):
            continue
        out.append(Hit("email", m.group(0).lower(), m.start(), m.end(), mask(local, domain)))
    for m in ODD_EMAIL.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in seen):
            continue
        local, domain = m.group(1), _plain(m.group(2))
        if is_role(local, domain) or PLACEHOLDER.search(local) or PLACEHOLDER_DOMAIN.match(domain):
            continue
        if _structure_mailbox(text, m.start(), local):
            continue
        out.append(Hit("email", f"{local}@{domain}".lower(), m.start(), m.end(),
                       mask(local, domain)))
    return out
