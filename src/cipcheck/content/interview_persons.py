"""Whom each interview was held with, when a part names several people by their civility
(« Mme K. », « M. T. »): a logbook or an agenda pasted into the part may list the
candidate's meetings with other people (« 05/03 | M. T. | Entretien de suivi », « Mardi 7
mai : entretien avec un autre jeune, M. R. »). An interview that names only someone else
than the person the part follows is not one of hers: left out when its sentence says so
(« un autre jeune », « que je ne présente pas ici »), else counted on weak evidence
(« autre personne »: a short part warns instead of passing — the other may be an employer
met with her, « entretien tripartite avec M. P. »).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from cipcheck.content.interview_timeline import Slot
from cipcheck.reading import Reading

# « Mme K. », « M. Tavares », « Madame Karima K. ».
# (led by its literal « M », checked a word start behind it: a fast search)
_NAMED = re.compile(r"M(?<=\bM)(?:\.|r\.?|me\.?|lle\.?|adame|onsieur|ademoiselle)\s+"
                    r"((?:[A-ZÀ-Ý][\w'’-]*\.?[ \t]?){1,3})")
_ANOTHER = re.compile(r"\b(?:un(?:e)? autre (?:jeune|personne|beneficiaire|usager|usagere|"
                      r"demandeu(?:r|se)|candidate?|stagiaire|participante?|salariee?)|"
                      r"que je ne presente pas)\b")


def _keys(text: str, met: bool = False) -> list[str]:
    """The people named (« Mme K. », « Madame Karima K. » → « k », « M. Tavares » →
    « tavares »); with ``met``, not the ones named as a place or an owner (« chez M.
    Durand », « l'entreprise de M. Carvalho », « orienté par M. L. »)."""
    out = []
    for m in _NAMED.finditer(text):
        words = m.group(1).split()
        if met and _NOT_MET.search(text[max(0, m.start() - 6):m.start()]):
            continue
        key = words[0]
        if not key.endswith(".") and len(words) > 1 and re.fullmatch(r"[A-ZÀ-Ý]{1,2}\.", words[1]):
            key = words[1]  # « Karima K. »
        key = key.strip(".'’-").lower()
        if key:
            out.append(key)
    return out


_NOT_MET = re.compile(r"(?:\bchez|\bde|\bd'|\bd’|\bdu|\bpar)\s*$", re.IGNORECASE)


def _said_other(view: Reading) -> set[str]:
    """« entretien avec un autre jeune, M. R., que je ne présente pas ici »: R."""
    out: set[str] = set()
    joined = "\n".join(s.norm for s in view.sentences)
    if "autre" in joined or "presente pas" in joined:
        for s in view.sentences:
            if ("autre" in s.norm or "presente pas" in s.norm) \
                    and (m := _ANOTHER.search(s.norm)) is not None:
                out.update(_keys(s.text[m.start():]))
    return out


def others_met(view: Reading, slots: Sequence[Slot]) -> list[Slot]:
    """Drop the slots held with someone else when that is plain, mark as doubt the ones
    that name only someone else; returns the slots kept."""
    if not slots:
        return list(slots)
    # (one pass over the part, sentences apart: the reader's time budget is tight)
    named = _keys("\n".join(s.text for s in view.sentences))
    if len(set(named)) < 2:
        return list(slots)
    # « entretien avec un autre jeune, M. R., que je ne présente pas ici »
    said_other = _said_other(view)
    top = Counter(k for k in named if k not in said_other).most_common(2)
    if not top:
        return list(slots)
    main = top[0][0]
    sure_main = bool(said_other) or len(top) == 1 or top[0][1] > top[1][1]
    by_index = {s.index: s for s in view.sentences}
    told = {id(slot): _keys(((by_index[slot.sentence].text + " ") if slot.sentence in by_index
                             else "") + slot.words, met=True) for slot in slots}
    # A table whose rows name the person and others is an agenda: its rows of others are
    # other people's meetings.
    # (the table readers' rows are read from their cells, not from one sentence)
    agenda = any(main in told[id(x)] and x.sentence < 0 for x in slots)
    kept: list[Slot] = []
    for slot in slots:
        keys = set(told[id(slot)])
        if slot.implied or not keys or main in keys:
            kept.append(slot)
            continue
        if sure_main and (keys <= said_other or (agenda and slot.sentence < 0)):
            continue
        if slot.doubt is None:
            slot.doubt = "autre personne"
        kept.append(slot)
    return kept
