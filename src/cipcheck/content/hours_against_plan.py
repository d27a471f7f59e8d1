"""Hours done, told against the hours planned or required.

« Au final 350 h au lieu des 385 réglementaires », « mon total est descendu à 315 heures au
lieu des 385 prévues », « J'aurais dû faire 420 heures, mais … je n'en ai fait que 322 »,
« Sur les 420 heures prévues, j'en ai perdu 42 … ; mon attestation porte donc 378 heures »,
« La convention avait prévu 210 heures ; une semaine de trente-cinq heures a été annulée …,
soit 175 heures »: a jury member reads the smaller figure as the hours the placement had —
the sentence sets it against the plan or the rule, which only the placement's own total is
measured against (and the plan minus what was lost, when the sentence spells it, is the
same figure). The sentence names no placement and is often not in the first person, so
the main walk (``content.hours``) leaves it unread or to confirm.

Read only in one sentence that holds both figures in hours, the planned one tied to a plan
or the rule (« prévues », « réglementaires », « requises », « de la convention », « aurais
dû faire »), the done one smaller and a placement's size. Not read: a hypothesis (« si »),
time still to come, someone else's (a third person, an accompanied person, an immersion or a
PMSMP), training, a contract or a workshop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cipcheck.reading import Token

# Words that make the figure beside them the plan or the rule's.
_PLAN_AFTER = frozenset({"prevues", "prevue", "prevus", "prevu", "reglementaires",
                         "reglementaire", "requises", "requis", "demandees", "demandes",
                         "exigees", "exiges", "obligatoires", "initiales", "initialement",
                         "attendues", "theoriques", "convention", "conventionnelles"})
_PLAN_BEFORE_STEMS = ("prevu", "prevoy", "convention")
# « aurais dû faire », « devait durer »: the plan told by its modal.
_SHOULD = frozenset({"du", "devais", "devait", "devions", "deviez", "devaient"})
# Time that was lost: the plan minus it is what was done.
_LOST = frozenset({"perdu", "perdues", "perdus", "perdue", "annule", "annulee", "annulees",
                   "annules", "manque", "manquees", "manques", "supprime", "supprimee",
                   "supprimees", "retire", "retirees", "deduit", "deduites", "enleve",
                   "enlevees", "amputee", "ampute", "arret", "absence", "absences"})
# Someone else's time, training, a job, an activity: not the placement's total.
_NOT_THE_PLACEMENT = frozenset({
    "il", "elle", "ils", "elles", "personne", "personnes", "beneficiaire", "beneficiaires",
    "jeune", "jeunes", "usager", "usagers", "salarie", "salaries", "immersion", "immersions",
    "pmsmp", "msp", "formation", "cours", "contrat", "cdd", "cdi", "atelier", "ateliers",
    "entretien", "entretiens", "si", "reste", "restent", "restera", "ferai", "effectuerai",
    "rattraperai", "sera", "seront", "aurai", "pourrai", "devrai", "terminerai", "finirai",
    "realiserai", "completerai", "annuel", "annuelles", "annuels", "hebdomadaires", "hebdomadaire"})
_HOURS = frozenset({"h", "heure", "heures", "hrs", "hr", "hres"})
_LIMITS = (7.0, 3000.0)


@dataclass(frozen=True)
class AgainstPlan:
    """The hours done and the hours planned, as one sentence sets them against each other."""

    done: float
    planned: float
    at: int  # index of the done figure's number in the sentence's tokens
    end: int  # index after it
    how: str = ""  # how it was read, when not in hours (« 25 jours faits sur 30 … »)


def against_plan(toks: Sequence[Token], days_unit: bool = False,
                 hours_per_day: float = 7.0) -> AgainstPlan | None:
    """The hours done that the sentence ``toks`` sets against a larger plan, or None.
    ``days_unit``: a rule counted in days, where « Trente jours étaient prévus ; j'en ai
    fait vingt-cinq » is the same contrast in days (read at the rule's day)."""
    words = [t.word for t in toks]
    if _NOT_THE_PLACEMENT.intersection(words) or any(
            w in {"par", "chaque", "/"} and nxt in {"semaine", "jour", "mois", "an", "sem"}
            for w, nxt in zip(words, words[1:], strict=False)):
        return None
    numbers = [(k, t.value) for k, t in enumerate(toks)
               if t.kind == "number" and t.value is not None and _LIMITS[0] <= t.value
               <= _LIMITS[1]]
    plans = [(k, v) for k, v in numbers if _planned(toks, k)]
    if len(plans) != 1:
        return None
    p_at, planned = plans[0]
    in_days = days_unit and _days_at(toks, p_at)
    if _other_unit(toks, p_at) and not in_days:
        return None
    unit_at = _days_at if in_days else _hours_at
    done = [(k, v) for k, v in numbers if k != p_at and v < planned - 0.5
            and (unit_at(toks, k) or _anaphora(toks, k))]
    found = _instead_of(toks, done, p_at) or _only_after_should(toks, done, p_at) \
        or _done_after_plan(toks, done, p_at) or _plan_minus_lost(toks, done, planned, p_at)
    if found is None or not (unit_at(toks, found[0]) or unit_at(toks, p_at)):
        return None
    k, value = found
    per = hours_per_day if in_days else 1.0
    return AgainstPlan(value * per, planned * per, k, k + 2 if unit_at(toks, k) else k + 1,
                       f"{_num(value)} jours faits sur {_num(planned)} jours prévus"
                       if in_days else "")


def _days_at(toks: Sequence[Token], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].word in {"jour", "jours", "journees"}


def _num(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def _done_after_plan(toks: Sequence[Token], done: list[tuple[int, float]],
                     p_at: int) -> tuple[int, float] | None:
    """« Trente jours étaient prévus … ; j'en ai fait vingt-cinq »: the plan, then the
    candidate's own « j'en ai fait / effectué / réalisé » on a smaller figure."""
    for k, v in done:
        before = [t.word for t in toks[max(p_at + 1, k - 5):k]]
        if k > p_at and "en" in before and ("j" in before or "je" in before) and any(
                w in {"fait", "effectue", "effectuees", "realise", "realisees", "accompli"}
                for w in before):
            return k, v
    return None


def _planned(toks: Sequence[Token], k: int) -> bool:
    """« 385 prévues », « les 385 heures réglementaires », « 210 heures de la convention »,
    « La convention avait prévu 210 heures », « J'aurais dû faire 420 heures »."""
    after = [t.word for t in toks[k + 1:k + 5]]
    if _PLAN_AFTER.intersection(after):
        return True
    before = toks[max(0, k - 4):k]
    return any(t.stem.startswith(_PLAN_BEFORE_STEMS) or _should(t) for t in before)


def _should(t: Token) -> bool:
    """« dû » (not the article « du »), « devait », « devais »."""
    return t.word in _SHOULD and (t.word != "du" or "û" in t.text.lower())


def _hours_at(toks: Sequence[Token], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].word in _HOURS


def _other_unit(toks: Sequence[Token], k: int) -> bool:
    """« 29 jours prévus », « 12 semaines prévues »: not hours (« les 385 prévues » after
    a figure in hours are)."""
    return k + 1 < len(toks) and toks[k + 1].word in _NOT_HOURS


_NOT_HOURS = frozenset({"jour", "jours", "journee", "journees", "semaine", "semaines", "mois",
                        "an", "ans", "annee", "annees", "demi", "min", "minutes", "euros", "%"})


def _anaphora(toks: Sequence[Token], k: int) -> bool:
    """« je n'en ai fait que 322 », « j'en ai perdu 42 »: the unit taken up by « en »."""
    return k + 1 >= len(toks) or toks[k + 1].kind == "punct" and any(
        t.word == "en" for t in toks[max(0, k - 6):k])


def _instead_of(toks: Sequence[Token], done: list[tuple[int, float]],
                p_at: int) -> tuple[int, float] | None:
    """« 350 h au lieu des 385 réglementaires »: the figure just before « au lieu de »."""
    for k, v in done:
        words = [t.word for t in toks[k + 1:p_at]]
        if k < p_at and len(words) <= 5 and "lieu" in words and "au" in words:
            return k, v
    return None


def _only_after_should(toks: Sequence[Token], done: list[tuple[int, float]],
                       p_at: int) -> tuple[int, float] | None:
    """« J'aurais dû faire 420 heures, mais … je n'en ai fait que 322 »: ``ne … que`` on
    the figure after the plan told by its modal."""
    if not any(_should(t) for t in toks[max(0, p_at - 4):p_at]):
        return None
    for k, v in done:
        if k > p_at and toks[k - 1].word in {"que", "qu"} and any(
                t.word in {"n", "ne"} for t in toks[max(p_at, k - 6):k]):
            return k, v
    return None


def _plan_minus_lost(toks: Sequence[Token], done: list[tuple[int, float]], planned: float,
                     p_at: int) -> tuple[int, float] | None:
    """« Sur les 420 heures prévues, j'en ai perdu 42 … ; mon attestation porte donc 378
    heures », « deux journées de 7 heures ont été annulées, soit 406 heures »: a loss told
    between the plan and the last figure, which is the plan minus it."""
    if not any(t.word in _LOST for t in toks):
        return None
    later = [(k, v) for k, v in done if k > p_at]
    if not later:
        return None
    k, v = later[-1]
    between = [t.value for t in toks[p_at + 1:k] if t.kind == "number" and t.value]
    if not between or len(between) > 2:
        return None
    product = between[0] * (between[1] if len(between) == 2 else 1.0)
    return (k, v) if any(abs(planned - lost - v) < 0.5 for lost in (*between, product)) \
        else None
