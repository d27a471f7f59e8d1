"""Full names written as forms and messages write them, where the capitalised-words
reader of ``names`` cannot tell a surname from a given name or sees no capitals:

- form fields on one line: « Nom : Morin – Prénom : Dylan », « Nom et prénom : Lemoine
  Audrey », « NOM : DUPUIS  Prénom : Kevin », « Identité : … »;
- the same fields as table cells: « Nom | Morin », « Prénom | Dylan »;
- a document made out « au nom de Brunet Hélène »; a table cell « Perrin Lucas »;
- a person introducing themself in a quoted message, often without capitals: « slt c
  jordan moreau », « Bonjour, c'est Priya Raman », « bjr cé … » (texting spelling);
- the sender or the recipient of a pasted e-mail's header (« De : Soilihi Madi ⏎ Objet :
  … »), whatever the origin of the name.

Each is a ``NameHit`` like the reader's, so the same filters apply (the candidate's own
name, professionals). One pass over the sentences, a fixed window each: linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from cipcheck.privacy.base import fold_keep_length
from cipcheck.privacy.name_lexicon import is_rare_given, is_surname
from cipcheck.privacy.names import (
    ACRONYMS,
    CIVILITIES,
    KIN,
    MESSAGE_CUES,
    NOT_SURNAMES,
    PLACES,
    ROLES,
    Cues,
    NameHit,
    cited_authors,
    given_names,
    initial_at,
    is_word,
    mask_name,
    name_key,
    name_words,
    plain_words,
    role_after,
    span_text,
    surname_shape,
    title_case,
)

if TYPE_CHECKING:
    from cipcheck.reading import Reading, Sentence, Token

# Labels of a surname field, of a given-name field, of a field holding both.
_SURNAME = ("nom",), ("nom", "de", "famille"), ("nom", "d", "usage"), ("nom", "de", "naissance")
_GIVEN = ("prenom",), ("prenoms",)
_BOTH = (("nom", "et", "prenom"), ("nom", "prenom"), ("nom", "prenoms"), ("prenom", "nom"),
         ("nom", "et", "prenoms"), ("noms", "et", "prenoms"), ("identite",),
         ("nom", "/", "prenom"), ("nom", ",", "prenom"))
# Words after which a person names themself in a message.
_SELF = (("c", "'", "est", "moi"), ("c", "’", "est", "moi"), ("cest", "moi"), ("c", "moi"),
         ("c", "'", "est"), ("c", "’", "est"), ("cest",), ("c",), ("ici",),
         ("je", "m", "'", "appelle"), ("je", "m", "’", "appelle"), ("moi", "c", "'", "est"),
         ("jsui",), ("jsuis",), ("chui",),
         # « c'est » as texted with its accent (« bjr cé nadia … », « sé »): matched on the
         # text, since the folded « ce », « se » are every demonstrative and pronoun.
         ("cé",), ("sé",))
# Words that announce a message quoted without quotation marks, up to a colon or a dash
# (« SMS reçu à 7 h 42 — bjr c yanis bouchard… », « Message vocal : oui bonjour c'est… »).
_MESSAGE_CUES = frozenset({"sms", "texto", "textos", "message", "messages", "whatsapp",
                           "vocal", "messagerie", "repondeur", "mail", "courriel", "snap"})
_QUOTES = "«“\""
# Words that follow a name in a short message, spelt as texted.
_MESSAGE_WORDS_TEXT = """
demain hier aujourd aujourdhui ce ca bien encore merci desole desolee moi toujours pas
plus ok okay svp stp jsuis jserai jpeux jvais jai jvien jviens serai suis peux vais viens
arrive arriverai retard absent absente malade dispo disponible bonjour bonsoir slt salut
cordialement bisous madame monsieur mdm mr mme votre ton tes vos
"""
_MESSAGE_WORDS = frozenset(_MESSAGE_WORDS_TEXT.split())
# « jpeu », « jsp », « jvai », « jme » : « je » glued to the next word as texts write it; no
# surname opens with « j » and a consonant.
_TEXTED_JE = re.compile(r"j[bcdfgjklmnpqrstvwxz]")


def texted_clitic(word: str) -> bool:
    """``word`` (folded) is « je » glued to a verb, as texted (« jpeu », « jsuis »)."""
    return _TEXTED_JE.match(word) is not None


def _label_at(toks: Sequence[Token], i: int, labels: Sequence[tuple[str, ...]]) -> int:
    """Index after ``label :`` starting at ``i`` (the longest label), or -1."""
    best = -1
    for label in labels:
        end = i + len(label)
        if end < len(toks) and toks[end].text == ":" and all(
                toks[i + k].word == w or toks[i + k].text == w for k, w in enumerate(label)):
            best = max(best, end + 1)
    return best


def _value(toks: Sequence[Token], i: int, s: Sentence) -> list[tuple[int, int]]:
    """The name words of a field's value (not an initial, a civility or a label)."""
    words = name_words(toks, i)
    if not words or initial_at(toks, words[-1][1]):
        return []
    keep = []
    for a, b in words:
        k = name_key(toks, a, b, s)
        if k in NOT_SURNAMES or k in ROLES or k in PLACES or k in _FIELD_WORDS:
            break
        keep.append((a, b))
    return keep


_FIELD_WORDS = frozenset({"nom", "prenom", "prenoms", "ne", "nee", "date", "adresse", "tel",
                          "telephone", "portable", "courriel", "mail", "email", "situation",
                          "age", "statut", "niveau", "domicile", "mme", "madame", "monsieur",
                          "mr", "m"})


def _hit(toks: Sequence[Token], s: Sentence, words: list[tuple[int, int]],
         surname: tuple[int, int]) -> NameHit:
    first, last = words[0][0], words[-1][1]
    texts = [span_text(toks, a, b, s) for a, b in words]
    return NameHit(s, first, last, name_key(toks, surname[0], surname[1], s), mask_name(texts))


def _office_order(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence,
                  keys: list[str]) -> bool:
    """Two words, the first in capitals (three letters or more, no acronym), the second in
    title case, neither a structure's, a role's or a place's word, one of them listed."""
    if len(words) != 2 or keys[0] in ACRONYMS or not plain_words(toks, words, s):
        return False
    first, second = (span_text(toks, a, b, s) for a, b in words)
    if not (first.isupper() and len(first) >= 3 and title_case(second)):
        return False
    # A listed surname in capitals (« SOULIER »), or a listed given name after it: « Nom :
    # ADIL Gironde » is a structure's field.
    return is_surname(keys[0]) or keys[1] in given_names() or is_rare_given(keys[1])


def _fields(toks: Sequence[Token], s: Sentence) -> list[NameHit]:
    """Form fields on one line (see the module's docstring)."""
    out: list[NameHit] = []
    surname: list[tuple[int, int]] = []
    given = False
    for i, t in enumerate(toks):
        if t.word not in ("nom", "noms", "prenom", "prenoms", "identite"):
            continue
        end = _label_at(toks, i, _BOTH)
        if end > 0:
            words = _value(toks, end, s)
            if len(words) >= 2:
                # « Lemoine Audrey » or « Audrey Lemoine »: the surname is the word that is
                # not a given name, else the first (the way offices write them).
                keys = [name_key(toks, a, b, s) for a, b in words]
                at = next((k for k, key in enumerate(keys) if key not in given_names()), 0)
                out.append(_hit(toks, s, words, words[at]))
            continue
        end = _label_at(toks, i, _SURNAME)
        if end > 0:
            words = _value(toks, end, s)[:3]
            keys = [name_key(toks, a, b, s) for a, b in words]
            known = [k in given_names() for k in keys]
            if len(words) >= 2 and any(known) and not all(known):
                # « Nom : Ferrand Lucie »: the whole name written in the surname's field,
                # in capitals or not, as « Nom et prénom : » holds it; a given name among
                # the words says they are a person's (« Nom : Ferrand Conseil » is not).
                out.append(_hit(toks, s, words, words[known.index(False)]))
                continue
            if _office_order(toks, words, s, keys):
                # « Nom : SOULIER Mathéo »: the surname in capitals then a given name, the
                # way offices write a name, whatever the given name's origin.
                out.append(_hit(toks, s, words, words[0]))
                continue
            surname = words[:2]
            continue
        end = _label_at(toks, i, _GIVEN)
        if end > 0 and _value(toks, end, s):
            given = True
    if surname and given:
        out.append(_hit(toks, s, surname, surname[-1]))
    return out


# Labels of a field that holds the person accompanied (« Bénéficiaire : … », « Personne
# accompagnée : … », « Volontaire concerné : … », « Demandeur : … »): a form, a convention,
# a ticket or a report line fills it with that person's name, whatever its origin.
_PERSON_LABELS = (("beneficiaire",), ("personne", "accompagnee"), ("personne", "accompagne"),
                  ("personne", "suivie"), ("personne", "suivi"), ("situation", "suivie"),
                  ("volontaire",), ("volontaire", "concerne"), ("volontaire", "concernee"),
                  ("demandeur",), ("demandeuse",), ("usager",), ("usagere",),
                  ("participant",), ("participante",))
# Read on the few characters before each colon of the text (a pattern that opens on an
# alternation is tried at every character: a millisecond on a 50-page dossier).
_PERSON_LABEL_HINT = re.compile(r"(?:beneficiaire|personne (?:accompagnee?|suivie?)|"
                                r"situation suivie|volontaire|demandeu(?:r|se)|usager|"
                                r"participant)e?(?: concernee?)?\s*$")
# What may open the line before such a label (« - Personne accompagnée : », « Fiche de
# liaison — Volontaire : »): the label starts the line or follows a dash or a bullet.
_BEFORE_LABEL = frozenset({"-", "–", "—", "•", "*", "·", "|", ";", ":"})
# What may follow the name in its field: the field's end, another field, an age.
_AFTER_VALUE = frozenset({",", "(", "–", "-", "—", ";", "|", ".", ":"})


def _labelled_person(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence,
                     label: tuple[str, ...]) -> bool:
    """``words`` (a field's value) are a person's full name: two or three words in title
    case or in capitals, none a structure's, a role's or a place's; and, after a bare
    « Nom », one of them in capitals (« SOULIER Mathéo ») or in a name list."""
    if not 2 <= len(words) <= 3 or not plain_words(toks, words, s):
        return False
    texts = [span_text(toks, a, b, s) for a, b in words]
    if not all(title_case(t) or (t.isupper() and len(t) >= 2) for t in texts):
        return False
    if label != ("nom",):
        return True
    keys = [name_key(toks, a, b, s) for a, b in words]
    return any(t.isupper() and len(t) >= 3 for t in texts) or any(
        is_surname(k) or k in given_names() or is_rare_given(k) for k in keys)


def _surname_of(toks: Sequence[Token], words: list[tuple[int, int]], s: Sentence
                ) -> tuple[int, int]:
    """The word in capitals (« BERTHOMIER Alain »), else the last."""
    return next(((a, b) for a, b in words if span_text(toks, a, b, s).isupper()
                 and b - a == 1 and len(toks[a].text) >= 3), words[-1])


def _person_fields(toks: Sequence[Token], s: Sentence) -> list[NameHit]:
    """« Bénéficiaire : Tiago Mendes », « - Personne accompagnée : BERTHOMIER Alain, 47
    ans », « Volontaire : Maëlys Carpentier — Section 3 »: the value of a field that
    holds the person accompanied, on one line."""
    out: list[NameHit] = []
    for i, t in enumerate(toks):
        if not is_word(t) or t.word not in _PERSON_FIRST:
            continue
        if i > 0 and toks[i - 1].text not in _BEFORE_LABEL and "\n" not in s.text[
                toks[i - 1].end:t.start]:
            continue
        end = _label_at(toks, i, _PERSON_LABELS)
        if end < 0:
            continue
        words = name_words(toks, end)
        if words and initial_at(toks, words[-1][1]):
            continue
        last = words[-1][1] if words else end
        if (last < len(toks) and toks[last].text not in _AFTER_VALUE
                and "\n" not in s.text[toks[last - 1].end:toks[last].start]):
            continue  # « Bénéficiaire : Lucas Perrin et sa mère… »: prose, not a field
        label = tuple(toks[k].word for k in range(i, end - 1))
        if _labelled_person(toks, words, s, label):
            out.append(_hit(toks, s, words, _surname_of(toks, words, s)))
    return out


_PERSON_FIRST = frozenset(label[0] for label in _PERSON_LABELS)
# A label cell of a form written as a table (« Bénéficiaire | Tiago Mendes », « Nom, prénom
# | HAMON Christelle »), folded, without its colon.
_PERSON_CELLS = frozenset({" ".join(label) for label in _PERSON_LABELS}) | frozenset({
    "nom et prenom", "nom, prenom", "nom prenom", "nom / prenom", "nom et prenoms",
    "prenom et nom", "prenom nom", "identite", "nom"})


def _person_cells(reading: Reading) -> list[NameHit]:
    """A table cell right after a label cell of the person (same row): the name it holds."""
    out: list[NameHit] = []
    for row in _table_rows(reading):
        for label_cell, value in pairwise(row):
            label = label_cell.norm.strip().rstrip(":").strip()
            if label not in _PERSON_CELLS:
                # « Bénéficiaire : nom, prénom »: the field, then how to fill it in.
                label = label.split(":", 1)[0].strip()
                if label not in _PERSON_CELLS:
                    continue
            toks = reading.tokens_of(value)
            words = name_words(toks, 0)
            if not words or words[-1][1] < len(toks) - 1 or initial_at(toks, words[-1][1]):
                continue  # a cell that holds more than a name
            if toks[0].word in CIVILITIES:
                continue
            key = tuple(w for w in label.replace(",", " ").split())
            if _labelled_person(toks, words, value, key if key == ("nom",) else ("",)):
                out.append(_hit(toks, value, words, _surname_of(toks, words, value)))
    return out


def _in_the_name_of(toks: Sequence[Token], s: Sentence) -> list[NameHit]:
    """« au nom de Brunet Hélène », « établi au nom de M. … »: a document made out to
    a person, whichever word comes first."""
    out: list[NameHit] = []
    for i in range(len(toks) - 3):
        if not (toks[i].word == "au" and toks[i + 1].word == "nom"
                and toks[i + 2].word in ("de", "d")):
            continue
        k = i + 3
        if k < len(toks) and toks[k].text in "'’":
            k += 1
        words = _value(toks, k, s)
        keys = [name_key(toks, a, b, s) for a, b in words]
        if len(words) >= 2 and any(key in given_names() for key in keys):
            at = next((n for n, key in enumerate(keys) if key not in given_names()), 0)
            out.append(_hit(toks, s, words, words[at]))
    return out


_SURNAME_CELLS = frozenset({"nom", "nom de famille", "nom d'usage", "nom de naissance"})


def _surname_given_cell(reading: Reading, s: Sentence) -> list[NameHit]:
    """A table cell that holds only « Perrin Lucas »: in a list of people a cell is one
    person, whichever word comes first (the reader takes « Lucas Perrin » already)."""
    toks = reading.tokens_of(s)
    words = _value(toks, 0, s)
    if len(words) != 2 or words[-1][1] != len(toks):
        return []
    first, second = (name_key(toks, a, b, s) for a, b in words)
    given = given_names()
    if first in given or second not in given or not toks[words[1][0]].text[1:].islower():
        return []
    if first in KIN or first in ROLES or first in ACRONYMS:
        # « Mère de Kevin », « Tuteur de Lucas »: who they are to the person; « GEIQ Léa »,
        # « BTP Roya »: a firm named by its form or trade (blind15)
        return []
    return [_hit(toks, s, words, words[0])]


def _cell_fields(reading: Reading) -> list[NameHit]:
    """« Nom | Morin » and « Prénom | Dylan » as table cells: the surname cell counts when a
    given-name cell follows or precedes within a few cells."""
    out: list[NameHit] = []
    sentences = [s for s in reading.sentences if s.in_table]
    labels: list[str] = []
    for s in sentences:
        labels.append(s.norm.strip().rstrip(":").strip())
    for k, s in enumerate(sentences[1:], start=1):
        label = labels[k - 1]
        if label not in _SURNAME_CELLS:
            continue
        toks = reading.tokens_of(s)
        words = _value(toks, 0, s)
        if not words or words[-1][1] < len(toks) - 1:
            continue  # a cell that holds more than a name
        near = range(max(0, k - 4), min(len(sentences) - 1, k + 4))
        if any(labels[n] in ("prenom", "prenoms") and _value(
                reading.tokens_of(sentences[n + 1]), 0, sentences[n + 1]) for n in near):
            out.append(_hit(toks, s, words, words[-1]))
    return out


def _plain_cell(reading: Reading, s: Sentence) -> bool:
    """A cell of one word in title case that is none of the field's words."""
    toks = reading.tokens_of(s)
    words = _value(toks, 0, s)
    return (len(words) == 1 and title_case(span_text(toks, *words[0], s))
            and plain_words(toks, words, s))


# Particles a surname cell may open with in lower case (« de la Tour », « van Damme »,
# « d'Almeida »).
_LOWER_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "den", "da",
                              "do", "dos", "das", "di", "el", "ben", "ibn", "ould", "d"})


def _particles(toks: Sequence[Token]) -> int:
    """How many tokens of lower-case particles open a cell (at most three)."""
    n = 0
    while n < min(3, len(toks) - 1) and (
            (toks[n].word in _LOWER_PARTICLES and toks[n].text.islower())
            or (n > 0 and toks[n].text in "'’" and toks[n - 1].word == "d")):
        n += 1
    return n


def _surname_words(toks: Sequence[Token], s: Sentence) -> list[tuple[int, int]]:
    return _value(toks, _particles(toks), s)


def _surname_cell(reading: Reading, s: Sentence) -> str | None:
    """The folded surname a cell holds: one to three name words (« LE GUENNEC », « Da
    Silva », « de la Tour »), nothing else."""
    toks = reading.tokens_of(s)
    words = _surname_words(toks, s)
    if not 1 <= len(words) <= 3 or words[-1][1] < len(toks) - 1:
        return None
    return name_key(toks, 0, words[-1][1], s)


def _one_word(reading: Reading, s: Sentence) -> str | None:
    """The folded word a cell holds when it holds one capitalised word, else None."""
    toks = reading.tokens_of(s)
    words = _value(toks, 0, s)
    if len(words) != 1 or words[0][1] < len(toks) - 1:
        return None
    return name_key(toks, words[0][0], words[0][1], s)


def _column_pairs(reading: Reading) -> list[NameHit]:
    """A table headed « Nom | Prénom | … » (or « Prénom | Nom »), one person a row: the
    cell under « Nom » and the one under « Prénom » in the same row are a full name, unless
    a cell of the row gives a role (« MOREL | Sandrine | Tutrice »: a professional). The
    header says which is the given name, known or not (« KERDONCUFF | Yann-Vari »)."""
    out: list[NameHit] = []
    given = given_names()
    columns: tuple[int, int] | None = None
    width = 0
    for row in _table_rows(reading):
        if not row:
            columns = None
            continue
        found = _name_header([c.norm.strip().rstrip(":").strip() for c in row])
        if found is not None:
            columns, width = found, len(row)
            # Cells without a layout (every cell on one line): read on in the same row,
            # each pair of cells, the given name a known one.
            out += _flat_pairs(reading, row, found)
            continue
        if columns is None or len(row) != width:
            continue
        at, other = columns
        surname, first = _surname_cell(reading, row[at]), _one_word(reading, row[other])
        # « Martin », « Benali » are given names too: the header says which is which.
        if (surname is None or first is None
                or not (first in given or _plain_cell(reading, row[other]))
                or surname in NOT_SURNAMES or surname in ROLES or surname in PLACES):
            continue
        if any(is_word(t) and t.word in ROLES for c in row for t in reading.tokens_of(c)):
            continue
        toks = reading.tokens_of(row[at])
        words = _surname_words(toks, row[at])
        out.append(_hit(toks, row[at], words, (0, words[-1][1])))
    return out


def _name_header(labels: list[str]) -> tuple[int, int] | None:
    """(surname column, given-name column) of a header row « Nom | Prénom » (either order)."""
    for k in range(len(labels) - 1):
        pair = (labels[k], labels[k + 1])
        if pair in (("nom", "prenom"), ("nom", "prenoms")):
            return k, k + 1
        if pair in (("prenom", "nom"), ("prenoms", "nom")):
            return k + 1, k
    return None


def _flat_pairs(reading: Reading, cells: list[Sentence], header: tuple[int, int]
                ) -> list[NameHit]:
    out: list[NameHit] = []
    given = given_names()
    step = 1 if header[1] > header[0] else -1
    for n in range(max(header) + 1, len(cells) - 1):
        at, other = (n, n + 1) if step == 1 else (n + 1, n)
        surname, first = _one_word(reading, cells[at]), _one_word(reading, cells[other])
        if (surname is None or first is None or first not in given
                or surname in NOT_SURNAMES or surname in ROLES or surname in PLACES):
            continue
        near = cells[max(0, n - 3):n + 5]
        if any(is_word(t) and t.word in ROLES for c in near for t in reading.tokens_of(c)):
            continue
        toks = reading.tokens_of(cells[at])
        words = _value(toks, 0, cells[at])
        out.append(_hit(toks, cells[at], words, words[0]))
    return out


# Headers of a column that holds the people accompanied (« Participant », « Bénéficiaire »,
# « Nom Prénom »), folded, without punctuation.
_PERSON_HEADERS = frozenset({
    "participant", "participante", "participants", "participantes", "participant e",
    "beneficiaire", "beneficiaires", "stagiaire", "stagiaires", "personne", "personnes",
    "personne accompagnee", "personnes accompagnees", "jeune", "jeunes", "candidat",
    "candidate", "candidats", "candidat e", "salarie", "salariee", "salaries", "usager",
    "usagers", "apprenant", "apprenante", "apprenants", "inscrit", "inscrits",
    "nom prenom", "nom et prenom", "prenom nom", "nom prenoms", "noms et prenoms",
    "nom et prenoms", "identite", "demandeur d emploi", "personne suivie",
    "personnes suivies"})
_NOT_LETTERS = re.compile(r"[^a-z]+")
# A header whose first word names the people (« Bénéficiaires accompagnés », « Stagiaire
# (prénom NOM) »), not a count (« Nombre de participants ») nor their status or age.
_PERSON_HEAD_WORDS = frozenset({
    "participant", "participante", "participants", "participantes", "beneficiaire",
    "beneficiaires", "stagiaire", "stagiaires", "personne", "personnes", "jeune", "jeunes",
    "candidat", "candidate", "candidats", "candidates", "salarie", "salariee", "salaries",
    "usager", "usagers", "apprenant", "apprenante", "apprenants", "inscrit", "inscrits",
    "demandeur", "demandeurs", "demandeuse", "accompagne", "accompagnes", "accompagnee"})


_FIELDS_OF_A_PERSON = frozenset({"signature", "visa", "nom", "identite", "coordonnees"})


def _header_key(text: str) -> str:
    return _NOT_LETTERS.sub(" ", text).strip()


def _person_header(key: str) -> bool:
    """A column header that names the people: one of the usual ones, or up to four words
    opening with a word for them."""
    if key in _PERSON_HEADERS:
        return True
    words = key.split()
    # « Signature du bénéficiaire », « Nom du stagiaire »: a field of the person's.
    if len(words) >= 3 and words[0] in _FIELDS_OF_A_PERSON and words[1] in ("du", "de", "des"):
        words = words[2:] if words[2] not in ("la", "l") else words[3:]
    return (1 <= len(words) <= 4 and words[0] in _PERSON_HEAD_WORDS
            and not any(w in ("nombre", "nb", "age", "statut", "situation", "date")
                        for w in words))


def _person_cell(reading: Reading, s: Sentence) -> NameHit | None:
    """A cell that holds two or three name words and nothing else (« Ikechukwu Eze »,
    « DIOP Awa »): not an initial, a civility, a structure's or an author's name."""
    toks = reading.tokens_of(s)
    first = next((k for k, t in enumerate(toks) if is_word(t)), -1)
    if first < 0 or toks[first].word in CIVILITIES:
        return None
    words = name_words(toks, first)
    if not 2 <= len(words) <= 3 or any(is_word(t) for t in toks[words[-1][1]:]):
        return None
    texts = [span_text(toks, a, b, s) for a, b in words]
    if not all(title_case(t) or (t.isupper() and len(t) >= 2) for t in texts):
        return None
    if not plain_words(toks, words, s) or initial_at(toks, words[-1][1] - 1):
        return None
    if name_key(toks, words[0][0], words[-1][1], s) in cited_authors():
        return None
    at = next((n for n, t in enumerate(texts) if t.isupper() and len(t) >= 3), len(words) - 1)
    return _hit(toks, s, words, words[at])


def _table_rows(reading: Reading) -> list[list[Sentence]]:
    """The table cells, row by row (cells that share a page and a height); an empty row
    where a new table starts."""
    rows: list[list[Sentence]] = []
    key: tuple[int, float] | None = None
    previous_table = False
    for s in reading.sentences:
        if not s.in_table:
            previous_table = False
            continue
        block = reading.blocks[s.blocks[0]]
        here = (block.page, round(block.y, 4))
        if not previous_table:
            rows.append([])
        if not previous_table or here != key:
            rows.append([s])
        else:
            rows[-1].append(s)
        key, previous_table = here, True
    return rows


def _person_columns(reading: Reading) -> list[NameHit]:
    """A DOCX table whose header names the people (« Participant | Séances | Sortie »):
    the cell under that header, row after row, is a person, whatever the origin of the
    name. Rows are the cells that share a line (page and height); a row that gives a
    role (« Tuteur », « Conseillère ») is a professional's."""
    out: list[NameHit] = []
    column = -1
    width = 0
    header: list[str] = []
    for row in _table_rows(reading):
        if not row:
            column = -1
            continue
        labels = [_header_key(c.norm) for c in row]
        at = next((n for n, label in enumerate(labels) if _person_header(label)), -1)
        if at >= 0:
            column, width, header = at, len(row), labels
            continue
        if column < 0 or len(row) != width:
            continue
        # A role in the row makes it a professional's; not a role in a column that is
        # itself a professional's (« Signature du bénéficiaire | Signature du conseiller »).
        if any(is_word(t) and t.word in ROLES for n, c in enumerate(row)
               if n == column or not _role_column(header[n]) for t in reading.tokens_of(c)):
            continue
        hit = _person_cell(reading, row[column])
        if hit is not None:
            out.append(hit)
    return out


def _role_column(label: str) -> bool:
    """A column header that names a professional (« Signature du conseiller »)."""
    return any(w in ROLES and w not in ("signature", "visa", "cachet") for w in label.split())


def _cells_of(line: str, offset: int) -> list[tuple[int, int]]:
    """The character spans (in the sentence) of the cells of a line « a | b | c »."""
    spans, start = [], 0
    for part in line.split("|"):
        spans.append((offset + start, offset + start + len(part)))
        start += len(part) + 1
    return spans


def _words_in(toks: Sequence[Token], lo: int, hi: int, s: Sentence
              ) -> list[tuple[int, int]] | None:
    """The name words that fill the span ``[lo, hi)`` of ``s`` and nothing else, or None."""
    inside = []
    for k in range(bisect.bisect_left(toks, lo, key=lambda t: t.start), len(toks)):
        if toks[k].end > hi:
            break
        inside.append(k)
    if not inside:
        return None
    words = name_words(toks, inside[0])
    if not words or words[-1][1] != inside[-1] + 1 or initial_at(toks, words[-1][1] - 1):
        return None
    return words


def _pipe_rows(reading: Reading) -> list[NameHit]:
    """A table written as lines of cells « a | b | c » (a PDF table, a pasted grid), under
    a header that names the people (« Participant | Séances ») or the name's two parts
    (« NOM | Prénom »): the cells of that column, row after row, unless the row gives a
    role."""
    out: list[NameHit] = []
    for s in reading.sentences:
        if s.in_table or "|" not in s.text or "\n" not in s.text:
            continue
        toks = reading.tokens_of(s)
        starts = [t.start for t in toks]
        person, pair, width = -1, (-1, -1), 0
        offset = 0
        for line in s.text.split("\n"):
            cells = _cells_of(line, offset)
            offset += len(line) + 1
            if len(cells) < 2:
                continue
            keys = [_header_key(s.norm[a:b].strip()) for a, b in cells]
            found = _pipe_header(keys)
            if found is not None:
                person, pair, width = *found, len(cells)
                continue
            row = toks[bisect.bisect_left(starts, cells[0][0]):
                       bisect.bisect_left(starts, cells[-1][1])]
            if len(cells) != width or any(t.word in ROLES for t in row):
                continue
            hit = _pipe_row(toks, s, cells, person, pair)
            if hit is not None:
                out.append(hit)
    return out


def _pipe_header(keys: list[str]) -> tuple[int, tuple[int, int]] | None:
    """(the people's column, (surname column, given-name column)) of a header line."""
    for n, key in enumerate(keys[:-1]):
        if key in ("nom", "noms") and keys[n + 1] in ("prenom", "prenoms"):
            return -1, (n, n + 1)
        if key in ("prenom", "prenoms") and keys[n + 1] in ("nom", "noms"):
            return -1, (n + 1, n)
    person = next((n for n, key in enumerate(keys) if _person_header(key)), -1)
    return (person, (-1, -1)) if person >= 0 else None


def _pipe_row(toks: Sequence[Token], s: Sentence, cells: list[tuple[int, int]],
              person: int, pair: tuple[int, int]) -> NameHit | None:
    if person >= 0:
        words = _words_in(toks, *cells[person], s)
        if words is None or not 2 <= len(words) <= 3:
            return None
        texts = [span_text(toks, a, b, s) for a, b in words]
        if not (all(title_case(t) or (t.isupper() and len(t) >= 2) for t in texts)
                and plain_words(toks, words, s)):
            return None
        if name_key(toks, words[0][0], words[-1][1], s) in cited_authors():
            return None
        at = next((n for n, t in enumerate(texts) if t.isupper() and len(t) >= 3),
                  len(words) - 1)
        return _hit(toks, s, words, words[at])
    surname = _words_in(toks, *cells[pair[0]], s)
    first = _words_in(toks, *cells[pair[1]], s)
    if surname is None or first is None or len(surname) != 1 or len(first) != 1:
        return None
    if not (plain_words(toks, surname + first, s)
            and title_case(span_text(toks, *first[0], s))):
        return None
    both = sorted(surname + first)
    return NameHit(s, both[0][0], both[-1][1], name_key(toks, *surname[0], s),
                   mask_name([span_text(toks, a, b, s) for a, b in both]))


_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_LOW = "a-zàâäçéèêëîïôöùûüÿœ"
# « Mme Kerjean (Nolwenn) », « M. DIALLO (Mamadou) », « KERJEAN (Nolwenn) »: the surname,
# then the given name in brackets, the way notes and files write it.
_GIVEN_IN_BRACKETS = re.compile(
    rf"(?:\b(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Madame|Monsieur)\s+)?"
    rf"\b((?:(?:Le|La|De|Du|Des|Van|Von|Da|Di|El|Ben)\s+)?[{_UP}][{_LOW}{_UP}'’-]+)"
    rf"\s*\(\s*([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)\s*\)")


def _given_in_brackets(reading: Reading, s: Sentence) -> list[NameHit]:
    out: list[NameHit] = []
    toks = reading.tokens_of(s)
    given = given_names()
    for m in _GIVEN_IN_BRACKETS.finditer(s.text):
        surname, first = fold_keep_length(m.group(1)), fold_keep_length(m.group(2))
        civility = m.group(0)[:1] == "M" and m.start(1) > m.start()
        if not (first in given or is_rare_given(first)) or surname in given:
            continue
        if not civility and not m.group(1).isupper():
            continue  # « Lyon (Rhône) », « Paris (Marie) »: a capitalised word alone
        if surname in NOT_SURNAMES or surname in ROLES or surname in PLACES:
            continue
        a = next((k for k, t in enumerate(toks) if t.start >= m.start()), -1)
        b = next((k for k, t in enumerate(toks) if t.end >= m.end()), -1)
        if a < 0 or b < 0 or role_after(toks, b + 1):
            continue
        out.append(NameHit(s, a, b + 1, surname, mask_name([*m.group(1).split(), m.group(2)])))
    return out


def _unlisted_given(first: Token, last: Token) -> bool:
    """« c'est Tsiorimé Lemaire »: a first word in neither given-name list before a listed
    surname, the first no word of a message (« c'est pas Lemaire », « c'est chez Moreau »),
    both in title case unless the first is a rare given name."""
    if not (len(first.word) >= 3 and not first.stop and first.word not in _MESSAGE_WORDS
            and first.word not in _FIELD_WORDS and not texted_clitic(first.word)
            and first.word.isalpha() and is_surname(last.word)):
        return False
    # Both in title case (« c'est trop petit » is prose), or a rare given name of INSEE's.
    return (title_case(first.text) and title_case(last.text)) or is_rare_given(first.word)


def _introduced(toks: Sequence[Token], s: Sentence) -> list[NameHit]:
    """« c'est jordan moreau », « ici Priya Raman », inside a quoted message."""
    quote = next((k for k, t in enumerate(toks) if t.text in _QUOTES), -1)
    if quote < 0:
        quote = _message_start(toks)
    if quote < 0:
        return []
    given = given_names()
    out: list[NameHit] = []
    for i in range(quote + 1, len(toks)):
        for cue in _SELF:
            end = i + len(cue)
            if end + 1 >= len(toks) or any(toks[i + k].word != w and toks[i + k].text.lower() != w
                                           for k, w in enumerate(cue)):
                continue
            first, last = toks[end], toks[end + 1]
            # The second word may be a given name too (« samia bouzid »: Bouzid is both),
            # but not a word of the message (« c samia demain », « c marie jserai… »).
            if not (is_word(first) and is_word(last)
                    and (first.word in given or _unlisted_given(first, last))
                    and len(last.word) >= 3 and not last.stop
                    and last.word not in _MESSAGE_WORDS and not texted_clitic(last.word)
                    and (last.word not in given or last.text.islower())
                    and last.word not in _FIELD_WORDS and last.start > first.end):
                continue
            out.append(NameHit(s, end, end + 2, last.word, mask_name([first.text, last.text])))
            break
    return out


# The fields of a pasted e-mail's header: who sent it, to whom (« De : », « À : »), and the
# fields that say it is a header (« Objet : », « Envoyé : »…). The person's name is the
# whole value of the sender's or recipient's field.
_PARTY_LABELS = frozenset({"de", "a", "expediteur", "destinataire", "from", "to"})
_HEADER_LABELS = frozenset({"objet", "envoye", "date", "cc", "subject", "sent", "recu"})
_HEADER_LINE = re.compile(r"(?:^|\n)\s*([a-z]+)\s*:")


def _header_labels(norm: str) -> set[str]:
    return {m.group(1) for m in _HEADER_LINE.finditer(norm)}


def _in_a_header(reading: Reading, at: int) -> bool:
    """The sentence at ``at`` or one next to it (a header's lines may be paragraphs) holds
    a field that only an e-mail's header has."""
    near = reading.sentences[max(0, at - 2):at + 3]
    return any(_header_labels(x.norm) & _HEADER_LABELS for x in near)


def _lexical_sign(keys: list[str]) -> bool:
    """One of the words is a given name or a surname of some list, or shaped like one."""
    given = given_names()
    return any(k in given or is_rare_given(k) or is_surname(k) or surname_shape(k)
               for k in keys)


def _mail_parties(reading: Reading, at: int) -> list[NameHit]:
    """« De : Soilihi Madi », « À : Ravaka RAKOTO <…> » at a line's start, in a header
    (``at``: the sentence's place in the reading)."""
    s = reading.sentences[at]
    if not _header_labels(s.norm) & _PARTY_LABELS or not _in_a_header(reading, at):
        return []
    toks = reading.tokens_of(s)
    out: list[NameHit] = []
    for i, t in enumerate(toks[:-2]):
        if t.word not in _PARTY_LABELS or toks[i + 1].text != ":" or not (
                i == 0 or "\n" in s.text[toks[i - 1].end:t.start]):
            continue
        line_end = s.text.find("\n", t.end)
        line_end = len(s.text) if line_end < 0 else line_end
        words = [(a, b) for a, b in _value(toks, i + 2, s) if toks[a].start < line_end]
        if not 2 <= len(words) <= 3:
            continue
        end = words[-1][1]
        rest = s.text[toks[end - 1].end:toks[end].start if end < len(toks) else len(s.text)]
        # The whole field (up to the line's end or the mailbox), not the start of a
        # structure's name (« De : Accueil Espace Emploi Sud »).
        if not ("\n" in rest or end == len(toks) or toks[end].text in "<(["):
            continue
        keys = [name_key(toks, a, b, s) for a, b in words]
        texts = [span_text(toks, a, b, s) for a, b in words]
        if not all(title_case(x) or x.isupper() for x in texts) or not plain_words(
                toks, words, s) or not _lexical_sign(keys) or role_after(toks, end):
            continue
        # The surname: the first word that is no given name of either list.
        at = next((n for n, k in enumerate(keys)
                   if k not in given_names() and not is_rare_given(k)), len(keys) - 1)
        out.append(_hit(toks, s, words, words[at]))
    return out


# The closing formulas of a letter or a message, folded (« Cordialement, X »,
# « Respectueusement, X », « Best, X »): the words after them sign it.
_CLOSINGS = frozenset({"cordialement", "respectueusement", "amicalement", "bisous", "bises",
                       "merci", "best", "regards", "sincerement", "salutations"})
_CLOSE_QUOTES = frozenset({"»", "”", '"'})


def _signatures(reading: Reading, s: Sentence) -> list[NameHit]:
    """« …Cordialement. Samia Belkacem » », « …Respectueusement, Zohra Zerrouki. » »: the
    two or three name words that close a quoted message right after its closing formula
    sign it; one of them listed or shaped like a surname, not a role's or a structure's.
    ``s`` holds the formula; the name may open the next sentence (« Cordialement. X »)."""
    toks = reading.tokens_of(s)
    for f, t in enumerate(toks[:-1]):
        if t.word not in _CLOSINGS or toks[f + 1].text not in (",", ".", "!"):
            continue
        if f + 2 < len(toks):
            named, at = s, f + 2
        elif s.index + 1 < len(reading.sentences):
            named, at = reading.sentences[s.index + 1], 0
        else:
            return []
        hit = _signature_at(reading, named, at)
        return [hit] if hit is not None else []
    return []


def _signature_at(reading: Reading, s: Sentence, at: int) -> NameHit | None:
    """The name that opens at ``at`` in ``s`` and closes its quotation, or None."""
    toks = reading.tokens_of(s)
    words = name_words(toks, at)
    if not 2 <= len(words) <= 3:
        return None
    end = words[-1][1]
    # Only a full stop between the name and the closing quote, in this sentence or the next.
    after = [x.text for x in reading.tokens[toks[end - 1].index + 1:toks[end - 1].index + 3]]
    if not (after[:1] and (after[0] in _CLOSE_QUOTES
                           or (after[0] == "." and after[1:2] and after[1] in _CLOSE_QUOTES))):
        return None
    keys = [name_key(toks, a, b, s) for a, b in words]
    texts = [span_text(toks, a, b, s) for a, b in words]
    if not (all(title_case(x) or x.isupper() for x in texts) and plain_words(toks, words, s)
            and _lexical_sign(keys)):
        return None
    surname = next((n for n, k in enumerate(keys) if is_surname(k)), len(keys) - 1)
    return _hit(toks, s, words, words[surname])


def _party_lines(joined: tuple[str, list[int]]) -> list[int]:
    """Places (in the reading) of the sentences where a line opens with « De : », « À : »…
    From each colon back to its line's start: a pattern that opens on a line's start was
    tried at every character (2.5 ms on a 50-page dossier; the colons, a few dozen, cost
    nothing)."""
    text, starts = joined
    found: set[int] = set()
    at = text.find(":")
    while at >= 0:
        line = text[max(0, at - 16):at]
        head = line[line.rfind("\n") + 1:].strip() if "\n" in line or at < 16 else ""
        if head in _PARTY_LABELS:
            found.add(bisect.bisect_right(starts, at) - 1)
        at = text.find(":", at + 1)
    return sorted(found)


def _message_start(toks: Sequence[Token]) -> int:
    """Index of the colon or dash after a word that announces a message (« SMS de 9 h : »),
    or -1."""
    cue = next((k for k, t in enumerate(toks[:12]) if t.word in _MESSAGE_CUES), -1)
    if cue < 0:
        return -1
    return next((k for k in range(cue + 1, min(len(toks), cue + 10))
                 if toks[k].text in (":", "—", "–", "-")), -1)


# The sentences worth reading: a field's label, « au nom de », a quoted message with a
# word a person names themself with. One search each, in C.
# (« nom » inside « prénom » and « au nom de » included; no leading \b, which made the
# search try the alternation at every word: four times slower.)
_FIELD_HINT = re.compile(r"nom(?:s?\s*(?::|et\b|/|,|d'|de\b)| d)")
# Apart: a pattern that opens with one literal is searched for that literal in C; with
# the two alternatives in one, it was tried at every character (four times slower).
_IDENTITY_HINT = re.compile(r"identite\s*:")
# Read before each closing quotation mark, as the labels before each colon.
_CLOSING_HINT = re.compile(r"(?:cordialement|respectueusement|amicalement|bisous|bises|"
                           r"merci|best|regards|sincerement|salutations)[,.!]")


def _sentences_before(reading: Reading, joined: tuple[str, list[int]], marks: str,
                      pattern: re.Pattern[str], reach: int) -> list[Sentence]:
    """The sentences where ``pattern`` matches within ``reach`` characters before one of
    the characters ``marks`` (colons, closing quotes: a few dozen a dossier), and the
    sentence before a match that ends one (« Cordialement. ⏎ X Y » »)."""
    text, starts = joined
    found: set[int] = set()
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            m = pattern.search(text, max(0, at - reach), at)
            if m is not None:
                found.add(bisect.bisect_right(starts, m.start()) - 1)
            at = text.find(mark, at + 1)
    return [reading.sentences[k] for k in sorted(found)]
_SELF_HINT = re.compile(r"[«“\"][^»”\"\n]{0,300}?\b(?:c|cest|ici|appelle|jsuis?|chui)\b")



def _sentences_with(reading: Reading, pattern: re.Pattern[str],
                    joined: tuple[str, list[int]]) -> list[Sentence]:
    """The sentences where ``pattern`` matches: one search over the whole text."""
    text, starts = joined
    found = sorted({bisect.bisect_right(starts, m.start()) - 1
                    for m in pattern.finditer(text)})
    return [reading.sentences[k] for k in found]


def find(reading: Reading, joined: tuple[str, list[int]], cues: Cues) -> list[NameHit]:
    """Names in forms and messages; ``joined`` and ``cues``: the sentences' folded text and
    where the message words are (``names.joined_norm``, ``names.find_cues``)."""
    out: list[NameHit] = []
    fields = {s.index: s for pattern in (_FIELD_HINT, _IDENTITY_HINT)
              for s in _sentences_with(reading, pattern, joined)}
    for s in (fields[k] for k in sorted(fields)):
        toks = reading.tokens_of(s)
        out += _fields(toks, s)
        if "au nom d" in s.norm:
            out += _in_the_name_of(toks, s)
    for s in _sentences_before(reading, joined, ":", _PERSON_LABEL_HINT, 30):
        out += _person_fields(reading.tokens_of(s), s)
    for s in _sentences_before(reading, joined, "»”\"", _CLOSING_HINT, 90):
        out += _signatures(reading, s)
    for at in _party_lines(joined):
        out += _mail_parties(reading, at)
    quoted = _sentences_with(reading, _SELF_HINT, joined)
    seen = {s.index for s in quoted}
    for s in quoted + [reading.sentences[n] for n in cues.sentences(MESSAGE_CUES)
                       if n not in seen]:
        out += _introduced(reading.tokens_of(s), s)
    for s in reading.sentences:
        if "(" in s.text and not s.in_table:
            out += _given_in_brackets(reading, s)
    out += _in_tables(reading)
    out += _pipe_rows(reading)
    return out


def _in_tables(reading: Reading) -> list[NameHit]:
    """Names in the table cells of a DOCX: each reading only where a cell asks for it."""
    out: list[NameHit] = []
    cells = [s for s in reading.sentences if s.in_table and len(s.text) < 60]
    for s in cells:
        out += _surname_given_cell(reading, s)
    if any(s.norm.strip().rstrip(":").strip() in _SURNAME_CELLS for s in cells):
        out += _cell_fields(reading)
        out += _column_pairs(reading)
    if any(_person_header(_header_key(s.norm)) for s in cells):
        out += _person_columns(reading)
    if any(s.norm.split(":", 1)[0].strip() in _PERSON_CELLS for s in cells):
        out += _person_cells(reading)
    return out
