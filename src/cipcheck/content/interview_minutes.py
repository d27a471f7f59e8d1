"""Minutes (« Compte rendu n°2 – 23 janvier ⏎ Présents : Mme F., moi-même »): the list of
those present says whether the meeting was with the person or about her.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.content.interview_words import dates_in, short
from cipcheck.reading import Reading, Sentence, Token

_ATTENDING = frozenset({"presents", "presentes", "present", "presente", "participants",
                        "participantes", "presence"})
# Who may attend without being the person accompanied.
_STAFF = frozenset({"moi", "meme", "moi-meme", "ma", "mon", "tutrice", "tuteur", "referente",
                    "referent", "collegue", "conseillere", "conseiller", "stagiaire", "cip",
                    "la", "le", "de", "du", "et", "l", "directrice", "directeur", "cheffe",
                    "chef", "service", "equipe", "psychologue", "assistante", "sociale",
                    "educatrice", "educateur", "ft", "rsa", "structure", "responsable"})


_ATTENDING_HINT = re.compile(r"\b(?:presente?s?|participante?s|presence)\s*:")
_CIVILITY = frozenset({"mme", "m", "mr", "monsieur", "madame", "mlle", "mademoiselle"})


def _person_present(toks: Sequence[Token], start: int) -> bool:
    """Whether the list of those present, from ``start``, names the person: « Mme F. »,
    « M. A. », « Julien » — a civility or a name, not a role (« ma tutrice »,
    « l'encadrante technique », « équipe de la régie »)."""
    for j in range(start, len(toks)):
        t = toks[j]
        if t.text in {";", "!", "?"} or t.word == "sans" or (t.text == "." and not (
                len(toks[j - 1].text) <= 3 and toks[j - 1].text[:1].isupper())):
            return False  # « Présents : équipe de la régie, sans Mme F. »: not her
        if t.kind == "word" and (t.word in _CIVILITY or (
                t.text[:1].isupper() and t.word not in _STAFF)):
            return True
    return False


def _number_sign(toks: Sequence[Token]) -> int | None:
    """« Compte rendu n°3 » → 3."""
    return next((int(t.value) for k, t in enumerate(toks[1:], 1)
                 if t.kind == "number" and t.value and 1 <= t.value <= 20
                 and toks[k - 1].word in {"n", "no", "numero", "°"}), None)


def _attendance_lists(view: Reading) -> list[tuple[Sentence, Sequence[Token], bool]]:
    """Each list of those present: the label it follows (the line above, or the words
    before it in the same sentence), and whether the person is among them."""
    sentences = view.sentences
    found: list[tuple[Sentence, Sequence[Token], bool]] = []
    for i, s in enumerate(sentences):
        if not _ATTENDING_HINT.search(s.norm):
            continue
        toks = view.tokens_of(s)
        p = next((j for j, t in enumerate(toks[:15]) if t.word in _ATTENDING
                  and j + 1 < len(toks) and toks[j + 1].text == ":"), None)
        if p is None or (p == 0 and i == 0):
            continue
        label = s if p else sentences[i - 1]
        found.append((label, toks[:p] if p else view.tokens_of(label),
                      _person_present(toks, p + 2)))
    return found


def attendance(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:
    """Minutes: « Compte rendu n°2 – 23 janvier ⏎ Présents : Mme F., moi-même. … » — the
    line above a list of those present (or the words before it, when PDF lines run into
    one sentence) is a meeting when the person is among them (one more interview, with
    its date and number), and is not one when only the staff were there (« Présents : ma
    tutrice, moi »)."""
    by_sentence: dict[int, list[_Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    out = list(cands)
    found = _attendance_lists(view)
    # Minutes numbered over meetings with and without the person: their numbers are not
    # the interviews' ranks.
    ranked = all(person for *_, person in found)
    for label, ltoks, person in found:
        if not ltoks or len(ltoks) > 14 or label.in_table:
            continue
        if not person:
            for c in by_sentence.get(label.index, []):
                c.status = "not-held"  # the staff only: a meeting about the person
            continue
        if label.index in by_sentence:
            continue  # « Entretien n°2 – 14 mars » is already counted
        dates = [d for d in dates_in(label, view.tokens_of(label)) if d[0] < len(ltoks)]
        rank = _number_sign(ltoks) if ranked else None
        if not dates and rank is None:
            continue
        t = ltoks[0]
        out.append(_Candidate(t.index, page=t.page, rank=rank,
                              date=dates[0][1] if dates else None,
                              words=short(label.text[:ltoks[-1].end].strip()),
                              sentence=label.index))
    return sorted(out, key=lambda c: c.order)
