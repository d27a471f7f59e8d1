"""Hours quoted from a record of the placement: a pasted e-mail, an SMS, an attestation.

« Ma tutrice m'a écrit par SMS : « j'ai bien noté 77 h sur ta feuille » », « L'attestation de
la directrice indique : « … a effectué une période en entreprise …, d'une durée totale de
soixante-dix heures » », « copié du mail envoyé à ma formatrice : « j'ai fait 3 semaines,
soit 105 h au total » », a mail pasted with its « De : » and « Objet : » lines: the candidate
quotes the person or the paper that counts their placement's hours. A jury member reads
the figure quoted as the placement's hours; the sentence that holds it names no placement
and is not in the candidate's voice, so the main walk (``content.hours``) leaves it unread
or to confirm.

A quote is read here only when the words that introduce it name a message or a record of
attendance (mail, SMS, attestation, carnet de bord, feuille de présence…) and the quote
itself holds one duration only, tied to the placement or to the candidate (« stage »,
« au total », « ta feuille », « chez nous »). Not read: a quote with a rate, a schedule or
clock times (« de 9 h à 17 h », « 35 h par semaine »), several different durations, a plan
(« prévu », « convention »), training hours, an immersion or a PMSMP (most often an
accompanied person's), or a message about someone the candidate accompanies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cipcheck.document import Block
from cipcheck.reading import Reading, Token, read

# The words that say what is quoted is a message or a record of the placement.
_MESSAGES = frozenset({"message", "messages", "mail", "mails", "email", "courriel", "sms",
                       "texto", "attestation", "carnet", "feuille", "releve", "certificat",
                       "objet", "recapitulatif", "bilan"})
# Words inside the quote that tie its duration to the placement or to the candidate.
_TIES = frozenset({"stage", "stages", "periode", "pae", "pfmp", "total", "totale", "bilan",
                   "tu", "ta", "tes", "ton", "nous", "je", "j", "mes", "ma", "mon"})
# Words that make the quote something else: a plan, a rate or schedule, training, someone
# else's placement, time still to come.
_NOT_THE_PLACEMENT = frozenset({
    "prevu", "prevue", "prevus", "prevues", "convention", "devra", "devrait", "devait",
    "hebdomadaire", "hebdomadaires", "hebdo", "quotidien", "quotidienne", "horaires",
    "formation", "cours", "immersion", "immersions", "pmsmp", "msp", "atelier",
    "ateliers", "entretien", "entretiens", "reste", "restent", "manque", "manquent",
    "contrat"})
# Someone the candidate accompanies, named in the words that introduce the quote.
_ACCOMPANIED = frozenset({"personne", "personnes", "beneficiaire", "beneficiaires", "jeune",
                          "jeunes", "usager", "usagers", "accompagne", "accompagnee",
                          "candidat", "candidate", "salarie", "salariee", "employeur", "son",
                          "sa", "ses", "leur", "leurs"})
# A mail pasted with its header lines.
_HEADER = re.compile(r"^\s*(?:de|from|objet|subject|a|à|to)\s*:", re.IGNORECASE | re.MULTILINE)
_QUOTES = re.compile(r"«([^«»]{8,}?)»|“([^“”]{8,}?)”")


@dataclass(frozen=True)
class QuotedHours:
    """One duration quoted from a record of the placement, in hours."""

    hours: float
    days: float | None  # the count of days the quote states, when it states days only
    block: int  # index of the block in ``Reading.blocks``
    quote: str  # the quoted words around the figure
    introducer: str  # the words that say what is quoted (« SMS de ma tutrice »)


def quoted_hours(reading: Reading, hours_per_day: float) -> list[QuotedHours]:
    """Every duration quoted from a message or record of the placement, in reading order."""
    out: list[QuotedHours] = []
    for k, b in enumerate(reading.blocks):
        if b.in_table or b.is_toc:
            continue
        for intro, quote in _quotes(reading.blocks, k):
            found = _read_quote(intro, quote, b, hours_per_day)
            if found is not None:
                out.append(QuotedHours(found[0], found[1], k, found[2], _short(intro)))
    return out


def _quotes(blocks: Sequence[Block], k: int) -> list[tuple[str, str]]:
    """(introducer, quoted text) pairs of block ``k``: « … » quotes, with the words before
    them in the block and the block before; a pasted mail, with its header lines."""
    text = blocks[k].text
    quoted = "«" in text or "“" in text
    if not quoted and ":" not in text:
        return []
    before = blocks[k - 1].text if k >= 1 and not blocks[k - 1].in_table else ""
    out: list[tuple[str, str]] = []
    for m in (_QUOTES.finditer(text) if quoted else ()):
        quote = m.group(1) or m.group(2) or ""
        out.append((before[-200:] + " " + text[:m.start()][-200:], quote))
    if not out and ("objet" in text.lower() or "subject" in text.lower()) \
            and (headers := list(_HEADER.finditer(text))):
        # « De : tutrice Mission locale / Objet : RE: tes heures / Bonjour … »
        end_of_header = text.find("\n", headers[-1].end())
        if end_of_header > 0:
            out.append((text[:end_of_header], text[end_of_header:]))
    return out


def _read_quote(intro: str, quote: str, block: Block,
                hours_per_day: float) -> tuple[float, float | None, str] | None:
    """(hours, days or None, the words around the figure) of a quote that states one
    duration of the candidate's placement, or None."""
    intro_words = set(_words(intro))
    if not intro_words & _MESSAGES or intro_words & _ACCOMPANIED:
        return None
    r = read([Block(text=quote, page=block.page)])
    toks = r.tokens
    words = {t.word for t in toks}
    if _excluded(toks, words, intro_words):
        return None
    from cipcheck.content.hours import PLACEMENT_LIMITS, hour_mentions, quote_around

    hours: set[float] = set()
    days: set[float] = set()
    at: list[int] = []
    for s in r.sentences:
        stoks = r.tokens_of(s)
        for m in hour_mentions(stoks, months=False):
            if m.unit == "h" and not _clock(stoks, m.at, m.end):
                hours.add(m.value)
                at.append(stoks[m.at].index)
            elif m.unit == "d":
                days.add(m.value)
                at.append(stoks[m.at].index)
            elif m.unit != "w":
                return None  # months, half days: not one count a jury adds up at a glance
    if len(hours) > 1 or (not hours and len(days) != 1) or not at:
        return None
    value = next(iter(hours)) if hours else next(iter(days)) * hours_per_day
    if not PLACEMENT_LIMITS[0] <= value <= PLACEMENT_LIMITS[1]:
        return None
    t = toks[min(at)]
    where = r.sentences[t.sentence]
    return value, None if hours else next(iter(days)), quote_around(where.text, t.start,
                                                                     toks[max(at)].end)


def _excluded(toks: Sequence[Token], words: set[str], intro_words: set[str]) -> bool:
    """A plan, a rate, training, nothing tying the quote to the candidate, or someone
    else named in it (unless an attestation of the placement names the candidate so)."""
    if words & _NOT_THE_PLACEMENT or not (words | intro_words) & _TIES or _rate(toks) \
            or any(a.word == "en" and b.word == "centre"
                   for a, b in zip(toks, toks[1:], strict=False)):
        return True  # (« 28 h en centre »: training; « l'attestation part au centre »: not)
    # « Kevin a fait 35 h chez nous »: someone else's, unless attested
    return _someone(toks) and not (_attested(intro_words | words) and bool(words & _PLACEMENT))


_THIRD = frozenset({"il", "elle", "m", "mme", "monsieur", "madame", "mr", "mlle"})
_PLACEMENT = frozenset({"stage", "periode", "pae", "pfmp"})


def _someone(toks: Sequence[Token]) -> bool:
    """A third person in the quote: « il », « Mme … », « Kevin a fait … »."""
    return any(t.word in _THIRD or (
        k > 0 and t.text[:1].isupper() and k + 2 < len(toks)
        and toks[k + 1].word in {"a", "avait"} and toks[k + 2].word in _DID)
        for k, t in enumerate(toks))


_DID = frozenset({"fait", "effectue", "realise", "termine", "passe", "accompli", "cumule"})


def _attested(words: set[str]) -> bool:
    """An attestation or a certificate of the placement (« atteste », « certifie »)."""
    return any(w.startswith(("attest", "certifi")) for w in words)


def _rate(toks: Sequence[Token]) -> bool:
    """« 35 h par semaine », « 7 h / jour », « chaque jour »: a rhythm, not a total."""
    return any(t.word in {"par", "/", "chaque", "tous", "toutes"} and k + 1 < len(toks)
               and toks[k + 1].word in _PERIODS for k, t in enumerate(toks))


_PERIODS = frozenset({"semaine", "semaines", "jour", "jours", "journee", "mois", "an", "annee",
                      "sem", "j", "matin", "soir", "apres"})


def _clock(toks: Sequence[Token], at: int, end: int) -> bool:
    """« de 9 h à 17 h », « à 8 h 30 », « vers 18 h »: a time of day, not a duration
    (a figure over 24 hours never is: « tu es bien à 385 h »)."""
    if (toks[at].value or 0) > 24:
        return False
    before = toks[at - 1].word if at >= 1 else ""
    after = toks[end].word if end < len(toks) else ""
    return before in {"de", "a", "vers", "des", "jusqu", "avant", "apres"} and (
        before != "de" or after == "a") or (after == "a" and before not in {"", "soit"})


def _short(intro: str) -> str:
    """The last words that introduce the quote, cut at a word: « Ma tutrice m'a écrit par
    SMS », « copié du mail que j'ai envoyé à ma formatrice »."""
    words = " ".join(intro.split()).strip(" :").split(" ")
    out: list[str] = []
    while words and len(" ".join([words[-1], *out])) <= 70:
        out.insert(0, words.pop())
    return ("…" if words else "") + " ".join(out)


def _words(text: str) -> list[str]:
    from cipcheck.textnorm import fold

    return re.findall(r"[a-z0-9]+", fold(text).lower())

