"""The candidate written in the third person: « L'auteure de ce dossier … Elle y a passé
six semaines », « La stagiaire a été accueillie …, où elle a réalisé 399 heures ».

Some candidates write their dossier about themselves as « l'auteur(e) de ce dossier / de ce
mémoire », « la stagiaire », « le candidat ». A jury member reads the « elle » and « sa
période en entreprise » that follow as the candidate's own. The hours reader decides whose
a figure is from first-person words (« je », « mon ») and third-person ones (« elle »,
« son »); for a sentence in that voice it reads the words as the candidate's: the pronouns
and possessives are read as « je » / « mon », nothing else changes (the quote shown is the
sentence as written).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.reading import Reading, Sentence, Token

# « l'auteure de ce dossier », « l'auteur du mémoire »: anywhere; « La stagiaire … »,
# « Le candidat … » only opening a sentence (elsewhere they may be someone else).
_AUTHOR_ANYWHERE = re.compile(r"\bl['’]auteure? (?:de ce|du|de cet) (?:dossier|memoire|document|"
                              r"ecrit|rapport)\b")
_AUTHOR_OPENING = re.compile(r"^\W*(?:la|le) (?:stagiaire|candidate?) (?:a|est|s['’]|n['’]|ne|"
                             r"y|avait|etait)\b")
_FIRST = frozenset({"je", "j", "mon", "ma", "mes", "me", "m", "moi", "nous", "notre", "nos"})
_AS_MINE = {"il": "je", "elle": "je", "son": "mon", "sa": "ma", "ses": "mes",
            "lui": "moi", "auteur": "je", "auteure": "je", "stagiaire": "je",
            "candidat": "je", "candidate": "je"}


def _author_in(s: Sentence) -> bool:
    return bool(_AUTHOR_ANYWHERE.search(s.norm) or _AUTHOR_OPENING.search(s.norm)
                or "stagiaire" in s.norm and re.search(
                    r"\n\W*(?:la|le) stagiaire (?:a|est|s['’]|n['’]|ne|y|avait|etait)\b", s.norm))


def as_author(reading: Reading, s: Sentence, toks: Sequence[Token]) -> Sequence[Token]:
    """``toks`` with the candidate's third-person words read as first-person ones, when the
    sentence or one of the two before it on its page names the candidate so and this one
    does not speak in the first person; else ``toks`` unchanged."""
    if any(t.word in _FIRST for t in toks):
        return toks
    here = _author_in(s)
    if not here and not any(
            _author_in(p) for p in reading.sentences[max(0, s.index - 2):s.index]
            if p.page == s.page):
        return toks
    return [t._replace(word=_AS_MINE[t.word], stem=_AS_MINE[t.word])
            if t.word in _AS_MINE else t for t in toks]


_OWN = frozenset({"mon", "ma", "mes", "notre", "nos"})
_PLACEMENT_NOUNS = frozenset({"stage", "periode", "pae", "pfmp", "pmsmp", "immersion", "pmap",
                              "alternance"})
_LASTED = frozenset({"dure", "deroule", "deroulee", "etale", "etalee", "compte", "represente",
                     "totalise", "ete", "etendu", "etendue", "porte"})


def pronoun_for_placement(reading: Reading, s: Sentence,
                          toks: Sequence[Token]) -> Sequence[Token]:
    """« J'ai réalisé mon stage au service de prévention … . Il a duré cent nonante-six
    heures »: a sentence opening on « Il / Elle » and a verb of duration, right after a
    sentence that names the candidate's own placement, tells that placement's length — the
    pronoun is read as the placement it takes up."""
    if len(toks) < 3 or toks[0].word not in {"il", "elle"} or s.index < 1:
        return toks
    verb = [t.word for t in toks[1:5]]
    if not any(w in _LASTED for w in verb):
        return toks
    prev = reading.sentences[s.index - 1]
    if prev.page != s.page:
        return toks
    words = [t.word for t in reading.tokens_of(prev)]
    own = [k for k, w in enumerate(words[:-1]) if w in _OWN and words[k + 1] in _PLACEMENT_NOUNS]
    if not own:
        # « La période en entreprise s'est déroulée au sein de l'association … . Elle a
        # totalisé 350 heures »: the placement named with its article, as the subject of a
        # verb in the past, in a sentence about nobody else.
        own = [k for k, w in enumerate(words[:-2]) if w in {"la", "le", "l"}
               and words[k + 1] in _PLACEMENT_NOUNS and _past_subject(words, k + 2)]
    if not own or any(w in {"il", "elle", "ils", "elles", "mme", "monsieur", "madame"}
                      for w in words):
        return toks
    noun = words[own[-1] + 1]
    return [toks[0]._replace(word=noun, stem=noun), *toks[1:]]


def _past_subject(words: Sequence[str], k: int) -> bool:
    """« la période en entreprise s'est déroulée », « le stage a eu lieu »: a verb in the
    past a few words after the noun (its complement « en entreprise » between)."""
    while k < len(words) and words[k] in {"en", "entreprise", "de", "d", "pratique",
                                          "professionnel", "professionnelle"}:
        k += 1
    if k < len(words) and words[k] == "s":
        k += 2 if k + 1 < len(words) and words[k + 1] == "'" else 1
        return k < len(words) and words[k] in {"est", "etait"}
    return k + 1 < len(words) and words[k] in {"a", "est", "avait", "etait"} and (
        words[k + 1] in {"est", "a", "eu", "ete", "deroule", "deroulee", "dure", "lieu",
                         "commence", "debute", "etale", "etalee"})


_HONORIFICS = frozenset({"madame", "monsieur", "mme", "m", "mr", "mlle", "mademoiselle"})
_AUTHOR_LEADS = frozenset({"redige", "redigee", "presente", "presentee", "realise", "realisee",
                           "ecrit", "ecrite", "soutenu", "soutenue"})


def cover_author(toks: Sequence[Token]) -> Sequence[Token]:
    """« Rédigé par Mme Claire-Marie Daubigny », « Candidate : Mme Inès B. », « Nom : M.
    Achard »: on a cover page, the honorific of the author line is the candidate, not
    someone else in a story (the cover's lines run into one sentence)."""
    out = list(toks)
    for k in range(1, len(out)):
        if out[k].word not in _HONORIFICS:
            continue
        prev = out[k - 1].word
        lead = prev == "par" and k >= 2 and out[k - 2].word in _AUTHOR_LEADS
        label = prev == ":" and k >= 2 and out[k - 2].word in {
            "candidat", "candidate", "nom", "auteur", "auteure", "stagiaire"}
        if lead or label:
            out[k] = out[k]._replace(word="moi", stem="moi")
    return out
