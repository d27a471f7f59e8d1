"""The candidate's own restrictive count: « je n'ai donc tenu que deux entretiens », « nous
ne nous sommes vus que deux fois », « je présente cette situation avec deux entretiens
seulement », « je n'ai jamais tenu d'entretien avec M. T. », « aucun entretien n'a pu
avoir lieu ».

A part that says it held only N interviews is read as a ceiling: the events counted
beyond it (a cancelled meeting told as « notre troisième rendez-vous », a call, a
meeting the person missed) are not counted but kept as hints, so a count under the
minimum warns and lists them rather than passing on a misreading. Only a plain statement
of what was held is taken: not what is presented or described (« je ne présente que
deux entretiens »), not a count up to some moment (« après seulement deux entretiens »,
« je n'avais eu que deux entretiens quand… »), nor a plan (« il ne reste que deux
rendez-vous prévus »).
"""

from __future__ import annotations

import re

from cipcheck.reading import Reading

_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
            "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_N = r"(?P<n>une?|deux|trois|quatre|cinq|[1-5])"
_MEETINGS = r"(?:entretiens?|rendez-vous|rdv|rencontres?|seances?)"
_APOS = r"['’]\s?"

# « je n'ai (donc) tenu que deux entretiens », « nous n'avons eu que deux rendez-vous »,
# « je ne l'ai reçue que deux fois », « nous ne nous sommes vus qu'à deux reprises ».
_ONLY = re.compile(
    rf"\b(?:ne\s|n{_APOS})(?:[\w-]+(?:{_APOS}|\s)){{0,5}}?qu(?:e\s|{_APOS})(?:a\s)?{_N}\s"
    rf"(?:seul(?:e|s|es)?\s)?(?P<noun>{_MEETINGS}|fois|reprises)\b")
# « avec deux entretiens seulement », « seulement deux entretiens ont eu lieu ».
_ONLY_AFTER = re.compile(rf"\b{_N}\s(?:{_MEETINGS})\s(?:seulement|uniquement)\b")
_ONLY_BEFORE = re.compile(rf"(?P<lead>\b[\w-]+\s)?\b(?:seulement|uniquement)\s{_N}\s"
                          rf"(?:{_MEETINGS})\b")
# « je n'ai jamais tenu d'entretien avec M. T. », « je n'ai jamais pu le recevoir »,
# « aucun entretien n'a (pu) avoir lieu ».
_NEVER = re.compile(
    rf"\bjamais\s(?:pu\s)?(?:(?:tenu|mene|eu|conduit|realise|fait)\s(?:d{_APOS}|de\s|un\s)"
    rf"(?:entretien|rendez-vous|rdv)\savec\b|pu\s(?:le|la|l{_APOS})\s?(?:recevoir|rencontrer"
    rf"|voir)\b)|\baucun\s(?:entretien|rendez-vous|rdv)\sn{_APOS}(?:a|ont)\s(?:pu\s)?"
    rf"(?:eu|avoir)\slieu\b")
# Seen, received, met: « deux fois » counts meetings only with such a verb.
_MET = re.compile(r"\b(?:vus?|vues?|recue?s?|rencontree?s?|revue?s?|revus|accueillie?s?)\b")
_WE = re.compile(rf"\b(?:je|j{_APOS}|nous|on)\b")
# A count up to some moment, a plan: not a ceiling (read in the clause of the count).
_NOT_CEILING = re.compile(
    r"\b(?:avant|apres|quand|lorsqu|lorsque|jusqu|jusque|moment|des|bout|depuis|prevue?s?"
    r"|rest\w*|devai\w*|aur\w*|ser\w*|sauf|hormis|outre"
    # only some kind of them: « qu'un entretien en présentiel (, les autres par téléphone) »
    r"|autres|suivants|suivantes|telephon\w*|visio\w*|presentiel|face|physiques?|distance"
    # with someone else: « je n'ai eu qu'un entretien avec sa conseillère »
    r"|avec (?:sa|son|la|le|l['’]\s?|leur|ses|les) ?(?:conseill\w*|tut\w*|referent\w*"
    r"|employeu\w*|educat\w*|assistant\w*|famille|mere|pere|parents|collegue\w*|equipe"
    r"|partenaire\w*|medecin|psycholog\w*|encadrant\w*|responsable\w*))\b")
# What is told rather than held: « je ne présente que deux entretiens », « je n'en
# détaille que deux ».
_TOLD = re.compile(r"\b(?:present\w*|decri\w*|racont\w*|detaill\w*|retenu|retiens|resum\w*"
                   r"|expos\w*|develop\w*)\b")


# A glance that spares most sentences the three patterns (the reader's time budget).
_GLANCE = re.compile(rf"qu(?:e\s|{_APOS})(?:a\s)?{_N}\s|seulement|uniquement|jamais|aucun")


def only_held(view: Reading) -> int | None:
    """The fewest interviews the part says were held, all told (None when it never
    says so)."""
    ceiling: int | None = None
    for s in view.sentences:
        norm = s.norm
        if s.heading:
            # A heading read with its paragraph (« Mon analyse⏎Je n'ai donc… »): the
            # title itself is no statement.
            norm = norm.partition("\n")[2]
        if s.in_table or not norm or not _GLANCE.search(norm):
            continue
        said = _said(norm)
        if said is not None:
            ceiling = said if ceiling is None else min(ceiling, said)
    return ceiling


def _said(norm: str) -> int | None:
    if _NEVER.search(norm):
        return 0
    for pattern in (_ONLY, _ONLY_AFTER, _ONLY_BEFORE):
        m = pattern.search(norm)
        if m is None:
            continue
        lo = max(norm.rfind(c, 0, m.start()) for c in ":;.")
        hi = min((i for i in (norm.find(c, m.end()) for c in ":;,.") if i >= 0),
                 default=len(norm))
        clause = norm[lo + 1:hi]
        if not _WE.search(clause) and "avec" not in clause:
            continue
        if m.groupdict().get("noun") in {"fois", "reprises"} and not _MET.search(clause):
            continue
        if _NOT_CEILING.search(clause) or (pattern is _ONLY and _TOLD.search(m.group(0))):
            continue
        return _NUMBERS[m.group("n")]
    return None
