"""A meeting named as what is arranged, called off or reminded of — not as held: « je
l'ai appelé pour fixer un premier rendez-vous », « il m'a écrit pour annuler notre
troisième rendez-vous », « il a accepté un rendez-vous le 19 janvier », « 22/01 — appel
de rappel (RDV du lendemain) »; and the plan that did take place after all (« reporté,
son fils étant malade, au 6 février, où il a bien eu lieu »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.interview_whose import told_at_a_distance
from cipcheck.reading import Token

# Infinitives that arrange or call off a meeting (« pour fixer », « de reporter »).
_ARRANGE = ("fixer", "caler", "programmer", "planifier", "proposer", "convenir", "prendre",
            "accepter", "confirmer", "rappeler", "organiser", "obtenir", "demander")
_CALL_OFF = ("annuler", "reporter", "decaler", "deplacer", "decommander", "repousser")
# Participles, after « a / ont / avait »: « il a accepté un rendez-vous », « elle a
# annulé notre rendez-vous ».
_ACCEPTED = ("accepte",)
_CALLED_OFF = ("annule", "decommande", "repousse")
_LEADS = frozenset({"un", "une", "le", "la", "les", "l", "d", "de", "des", "du", "notre",
                    "nos", "mon", "ma", "son", "sa", "ce", "cet", "cette", "nouvel",
                    "nouveau", "nouvelle", "prochain", "prochaine", "autre", "premier",
                    "premiere", "second", "seconde", "deuxieme", "troisieme", "quatrieme",
                    "dernier", "derniere", "'", "lui", "leur", "nous", "me", "m", "se", "s"})
_AUX = frozenset({"a", "ont", "avait", "avaient", "aurait"})
# The present or imperfect of a verb that arranges a meeting, told as the story goes
# (« Nous convenons d'un second rendez-vous », « on fixe le suivant au 3 mars », « nous
# calions un entretien »): the meeting is arranged then, held (if ever) later. (The past
# participles are plans already, see ``cipcheck.reading.tense``.)
# (not « programme », « planifie » alone: « Au programme : un entretien… » is a noun)
_ARRANGING = re.compile(r"^(?:conv(?:enons|enez|ient|iennent|enions|enait|enaient)"
                        r"|(?:fix|cal)(?:ons|ez|e|ent|ions|ait|aient)"
                        r"|(?:programm|planifi)(?:ons|ez|ent|ions|ait|aient))$")


def arranged(toks: Sequence[Token], first: int) -> str | None:
    """"planned" or "cancelled" when the noun at ``first`` is the object of a verb that
    arranges or calls off the meeting; None else (« nous avons préparé le rendez-vous »
    is not arranging one)."""
    j = first - 1
    while j >= 0 and first - j <= 5 and (toks[j].word in _LEADS or toks[j].kind == "ordinal"):
        j -= 1
    if j < 0 or first - j > 5:
        return None
    w = toks[j].word
    before = toks[j - 1].word if j else ""
    infinitive = before in {"pour", "de", "d", "afin"} or (
        j >= 2 and toks[j - 2].word in {"pour", "de", "d"} and before in {"lui", "leur", "nous"})
    if infinitive and w in _CALL_OFF:
        return "cancelled"
    if infinitive and w in _ARRANGE:
        return "planned"
    if _ARRANGING.match(w) and not toks[j].text[:1].isupper():
        return "planned"
    if w.startswith(_CALLED_OFF) and len(w) <= 12 and before in _AUX:
        return "cancelled"
    if w.startswith(_ACCEPTED) and len(w) <= 9 and before in _AUX:
        return "planned"
    return None


def arranged_list(toks: Sequence[Token], first: int) -> bool:
    """The meeting at ``first`` is an item of what was arranged, listed after a colon in
    the same clause (« Nous avons convenu de deux choses : une enquête auprès de la
    supérette, et un deuxième rendez-vous le 28 janvier »): planned, not held."""
    colon = next((j for j in range(first - 1, -1, -1)
                  if toks[j].text in {":", ";", ".", "!", "?"}), None)
    if colon is None or toks[colon].text != ":":
        return False
    return any(_ARRANGING.match(t.word) or t.word in _ARRANGED
               for t in toks[max(0, colon - 8):colon])


# Participles of arranging (« Nous avons convenu de deux choses : »; not « le
# calendrier », « au programme »).
_ARRANGED = frozenset({"convenu", "convenue", "convenus", "convenues", "fixe", "fixes",
                       "fixee", "fixees"})


def aside_to(toks: Sequence[Token], j: int) -> int | None:
    """The index of « au » / « à » giving the new date of the meeting moved at ``j``:
    right after it, or after an aside between commas (« reporté, son fils étant malade,
    au 6 février »)."""
    if j + 1 < len(toks) and toks[j + 1].word in {"au", "a"}:
        return j + 1
    if j + 1 >= len(toks) or toks[j + 1].text != ",":
        return None
    for k in range(j + 2, min(len(toks) - 1, j + 10)):
        if toks[k].text in {".", ";", "!", "?"}:
            return None
        if toks[k].text == "," and toks[k + 1].word in {"au", "a"}:
            return k + 1
    return None


_TOOK_PLACE = re.compile(r"^(?:a|ont|s|est|se)$")


def took_place(toks: Sequence[Token]) -> bool:
    """« (au 6 février,) où il a bien eu lieu », « et s'est finalement tenu »: told as
    held, not negated."""
    words = [t.word for t in toks[:12]]
    for k in range(len(words) - 1):
        if toks[k].text in {".", ";"}:
            break
        if words[k] == "eu" and words[k + 1] == "lieu" or words[k] in {"tenu", "tenue",
                                                                       "deroule", "derouler"}:
            lo = words[max(0, k - 4):k]
            return not any(w in {"pas", "jamais", "n", "ne"} for w in lo) and any(
                _TOOK_PLACE.match(w) for w in lo)
    return False


def call_topic(toks: Sequence[Token], first: int, head: int | None) -> bool:
    """The meeting at ``first`` is the topic of a call or a message that leads its dated
    line (« 22/01 — appel de rappel (RDV du lendemain) », « 3/02 : SMS pour confirmer le
    rendez-vous de jeudi »), not a meeting itself — unless it is the head of the line
    (« 12/03 — entretien téléphonique »)."""
    return head is not None and first > head + 1 and (
        any(t.text == "(" for t in toks[head:first])
        or any(t.word in _TOPIC_LEADS for t in toks[first - 2:first]))


_TOPIC_LEADS = frozenset({"de", "du", "pour", "le", "la", "l", "notre"})


def call_head(toks: Sequence[Token], dates: Sequence[tuple[int, object, int, int]]
              ) -> int | None:
    """Where the event of a line led by its date starts, when it is a call or a message
    (« 22/01 — appel de rappel… », « 3/02 : SMS… »); None else."""
    if not dates or dates[0][0] > 2:
        return None
    k = dates[0][0]
    head = next((j + 1 for j in range(k + 1, min(len(toks), k + 6))
                 if toks[j].text in {":", "–", "—", "-", ","}), None)
    if head is None or head >= len(toks) or not told_at_a_distance(toks[head:]):
        return None
    return head
