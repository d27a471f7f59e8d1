"""Interviews counted although their own sentence says they were not held.

The counter reads an interview from its label or its sentence (« Entretien du 26
février. », « Le troisième, le 23 janvier, … », « trois entretiens, le 13 janvier, le 27
janvier et le 10 février »); the words that undo it may come later in that sentence, or
later in its scene — the next sentences of its paragraph, up to one that tells another
interview or a line led by its own date (« RDV 3 le 28/01 : rappel par SMS la veille. Il
ne s'est pas présenté. ») — in forms the counter does not know yet:
the person did not come (« il m'a posé un lapin »), the meeting did not take place or is
to come (« n'a pas eu lieu », « il aura lieu avec sa conseillère », « pour fixer une
nouvelle date »), the candidate only observed (« auxquels j'ai assisté en
observatrice »), or a session was collective (« Les séances collectives »). Such an
interview stays counted, but on weak evidence (``doubt``): a part that reaches the
minimum only with them warns instead of passing — never a failure either way. Words
that often come with a held interview (« reporté », « annulé » said of another one, an
« atelier collectif » beside individual interviews) are left out: on the 392 compliant
tuning parts they cost warnings for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_timeline import Slot
from cipcheck.reading import Reading, Sentence
from cipcheck.textnorm import fold

# On folded text. Each is a way a held interview is undone: the person did not come, the
# meeting did not take place or is still to come, someone else led it.
_UNDONE = re.compile(
    r"\b(?:pose (?:un|des) lapins?|"
    # (not « elle n'est pas venue seule / avec son fils »: she came)
    r"(?:n'est|ne sont|n'etait) (?:pas|jamais) venue?s?(?! (?:seule?s?|avec|les|sans)\b)|"
    r"ne s'est pas presentee?|n'a pas eu lieu|ne vien(?:t|nent|dra) pas|"
    # « Mme J., malade, n'a pas pu venir » (a doubt: « …, nous avons fait l'entretien
    # par téléphone » may follow)
    r"n'(?:a|avait|ont) pas pu (?:venir|etre presente?s?)|n'ont pas eu lieu|pas pu avoir lieu|"
    r"aura lieu|auront lieu|(?:pour )?(?:fixer|trouver) une (?:nouvelle|autre) date|"
    r"en (?:tant qu')?observat(?:rice|eur)|j'(?:y )?ai assiste|"
    r"(?:a|ont) ete annulee?s?|(?:il|elle|on|nous|je) (?:l'|les )?(?:a|avons|ai) annulee?s?|"
    r"(?:il|elle|on|nous|je) (?:l'|les )?annulon?s?e?|sans (?:lui|elle)(?! meme))\b")
# A session counted as an interview (« Première séance (13 janvier) ») under a heading or
# in a sentence that says it was collective.
_SESSION = re.compile(r"\b(?:seance|session|atelier)s?\b")
_GROUP = re.compile(r"\b(?:collecti(?:f|fs|ve|ves)|en groupe)\b")
_BULLET = re.compile(r"^\s*[•\-–—*▪·]")


def _told(view: Reading, s: Sentence, others: set[int]) -> list[str]:
    """The sentence an interview is read in and the rest of its scene: the next sentences
    of its paragraph, up to one that tells another interview (``others``), which say what
    happened (« RDV 3 (28/01) : rappel par SMS la veille. Il n'est pas venu. »)."""
    out = [s.norm]
    at = view.sentences.index(s) + 1
    while at < len(view.sentences) and len(out) < 4:
        nxt = view.sentences[at]
        if not set(s.blocks) & set(nxt.blocks) or nxt.index in others \
                or _BULLET.match(nxt.text) or find_dates(nxt.norm[:24]):
            break  # (a line led by its own date or bullet is another event)
        out.append(nxt.norm)
        at += 1
    return out


def _heading_over(view: Reading, s: Sentence) -> Sentence | None:
    before = view.sentences[:view.sentences.index(s)]
    return next((t for t in reversed(before) if t.heading), None)


def mark_contradicted(view: Reading, slots: Sequence[Slot]) -> None:
    """Give ``doubt`` « à confirmer » to the plainly counted interviews whose own
    sentence (or the one after its label) says the person did not come, the meeting did
    not take place, is to come or was led by someone else, and to the sessions counted
    under a heading that says they were collective."""
    by_index = {s.index: s for s in view.sentences}
    told = {slot.sentence for slot in slots}
    for slot in slots:
        s = by_index.get(slot.sentence)
        if slot.doubt is not None or s is None:
            continue
        undone = any(_UNDONE.search(text) for text in _told(view, s, told - {s.index}))
        if not undone and _SESSION.search(fold(slot.words)):
            heading = _heading_over(view, s)
            undone = bool(_GROUP.search(s.norm) or (
                heading is not None and _GROUP.search(heading.norm)))
        if undone:
            slot.doubt = "à confirmer"
