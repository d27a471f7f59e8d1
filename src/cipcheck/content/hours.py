"""Placement hours as a reader adds them up, with how sure the reading is.

A jury member reads « Période(s) en entreprise : 392 heures » on a cover, « Total | 392 h »
in a table, « deux périodes en entreprise de 42 heures chacune » (84 h) or « 11 semaines à
35 h » (385 h) in prose, and knows that « de 14h à 16h », « 24 h par semaine », « un
atelier de 2 heures », « J+15 » or « Élément 2 » are not placement hours. This module
does the same on the shared reading layer (``cipcheck.reading``): each quantity is a
number token followed by a unit token (hours, days, weeks); its neighbours say whether it
is a clock time, a schedule, the duration of something else, or a placement; quantities
then multiply (weeks × weekly hours, periods × hours each, days × hours per day) and add
up (labelled periods, the same period quoted twice counting once).

Every reading carries a certainty: ``certain`` only for an explicit statement tied to the
placement (a label, a cover line, a table row, « j'ai effectué un stage de 392 heures »)
or a clean sum of labelled periods. Products and sums inferred from prose, competing
figures, and figures read only from the surrounding text are uncertain: the check warns
instead of failing on them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from cipcheck.content.hours_said import other_time, said_done
from cipcheck.content.normalize import is_stopword
from cipcheck.privacy.base import fold_keep_length
from cipcheck.reading import Reading, Sentence, Token
from cipcheck.reading.tense import past_at
from cipcheck.reading.when import earlier_in, planned_near

# With the usual typos (« 175 heurs »).
HOUR_UNITS = frozenset({"h", "heure", "heures", "hrs", "hr", "hres", "hre", "hh", "heurs",
                        "heur", "heueres", "heuers"})
# « jrs », « jr. »: the abbreviations of a hurried cover page.
# « journés », « semène », « semaines » spelt by ear (« jai fait 6 semène de 35 heure »).
DAY_UNITS = frozenset({"jour", "jours", "j", "jr", "jrs", "journee", "journees", "journe",
                       "journes"})
WEEK_UNITS = frozenset({"semaine", "semaines", "sem", "semene", "semenes", "semmaine",
                        "semmaines", "semainnes", "semainne"})
# A schedule: « par semaine », « / semaine », « hebdomadaires », « chaque jour ».
_RATE_WORDS = frozenset({"hebdomadaire", "hebdomadaires", "hebdo", "quotidien",
                         "quotidiens", "quotidiennes", "mensuel", "mensuels", "journalier",
                         "journaliers", "hebdos"})
_PER = frozenset({"par", "/", "chaque", "tous", "toutes"})
_PERIOD_OF = frozenset({"semaine", "semaines", "sem", "jour", "jours", "j", "mois", "an",
                        "annee", "week", "matin", "matinee", "apres", "soir"})
# Words that tie a figure to the placement.
# « PMAP »: the OPS candidate's own placement (période de mise en application).
# « stg »: the placement written short.
_PLACEMENT = frozenset({"stage", "stages", "stg", "stgs", "stagiaire", "pae", "pfmp", "pmsmp",
                        "immersion", "pmap", "pmaps", "immersions", "alternance", "periode",
                        "periodes", "msp", "terrain"})
# Words that make a figure the duration of something else.
_OTHER = frozenset({
    "atelier", "ateliers", "entretien", "entretiens", "rendez", "rdv", "module", "modules",
    "seance", "seances", "reunion", "reunions", "cours", "theorique", "theoriques",
    "contrat", "contrats", "cdd", "cdi", "cui", "cdii", "interim", "travail",
    "partiel", "plein", "vae", "experience", "experiences", "benevolat", "benevole",
    "salarie", "salariee", "poste", "trajet", "transport", "permanence", "permanences",
    "information", "visite", "visites", "bilan", "validation", "examen", "epreuve",
    "jury", "sommeil", "garde", "sensibilisation", "webinaire", "conference", "session",
    "sessions", "animation",
    "accompagnement", "essai", "chomage", "retard", "preavis", "delai", "delais",
    "minutes", "min", "ans", "age", "enseignement", "soutien", "tutorat", "benevoles",
    "salaries", "volontariat", "civique", "job", "extra", "extras", "preparation",
    "redaction", "lecture", "saisie", "organisation", "consacre", "consacree", "consacrees",
    "consacres", "absence", "absences", "absent", "absente", "conge", "conges", "maladie",
    "ferie", "feries", "recuperation", "deduites", "deduits", "retire", "retirees",
    # « (arrêt 3 semaines) », « un arrêt de travail de trois semaines »: sick leave
    "arret", "arrets", "greve", "greves", "fermeture",
})
# Left out on purpose: « mission », « emploi », « action », « centre », « service » name the
# structures where placements happen (« Mission locale », « Maison de l'emploi », « Centre
# communal d'action sociale »); « en centre » is handled in ``cue_of``.
# « formation » is someone else's figure, except « période de formation en entreprise ».
_TRAINING = frozenset({"formation", "formations"})
# People a duration may belong to, in the words before it: staff, roles, the persons
# accompanied (singular or plural).
_PEOPLE = frozenset({w + e for w in (
    "tutrice", "tuteur", "collegue", "conseillere", "conseiller", "referente", "referent",
    "formatrice", "formateur", "directrice", "directeur", "responsable", "encadrante",
    "encadrant", "employeur", "agent", "salarie", "salariee", "animateur", "animatrice",
    "educateur", "educatrice", "intervenant", "intervenante", "benevole", "equipe",
    "jeune", "personne", "beneficiaire", "usager", "usagere", "participant", "participante",
    "demandeur", "demandeuse", "stagiaire", "apprenti", "apprentie", "eleve", "etudiant",
    "etudiante", "candidat", "candidate") for e in ("", "s")})
_CUTS = frozenset({",", ":", ";", "(", ")", "mais", "que", "qu", "«", "»", "—", "–", "?",
                   "!", "|", "car", "parce", "alors"})
# Words of the training side of a course (« en centre », « module », « BTS »): hours there
# are never the placement's best guess.
_SCHOOLING = frozenset({"parcours", "module", "modules", "cours", "bts", "ccp",
                        "cursus", "distance"})
_TOTAL = frozenset({"total", "totale", "soit", "cumul", "cumule", "cumulees", "totalisant",
                    "totalise", "totalisent", "=", "tout", "global", "globale"})
_EACH = frozenset({"chacune", "chacun", "chaque", "chacunes"})
# « jai », « jme »: the apostrophe left out.
_FIRST_PERSON = frozenset({"je", "j", "mon", "ma", "mes", "m", "me", "moi", "nous", "notre",
                           "nos", "jai", "jme", "jy"})
_THIRD_PERSON = frozenset({"il", "elle", "ils", "elles", "monsieur", "madame", "mademoiselle",
                           "beneficiaire", "beneficiaires", "jeune", "jeunes", "personne",
                           "personnes", "stagiaires",
                           "usager", "usagere", "participant", "participants", "lui",
                           "mme", "mlle", "mr"})
# The rule quoted, not the candidate's placement: « une durée minimum de 385 heures ».
_REQUIREMENT = frozenset({"minimum", "minimale", "minimal", "minimales", "requis", "requise",
                          "requises", "exige", "exigees", "exigee", "obligatoire",
                          "obligatoires", "imposee", "imposees", "referentiel", "faut",
                          "fallait", "demandees", "demandee", "necessaires", "attendues"})
# The rule's own verbs: « Le titre exige / impose / prévoit une période de 385 heures ».
_RULE_VERBS = frozenset({"exige", "exigent", "impose", "imposent", "prevoit", "prevoient",
                         "requiert", "requierent", "doit", "doivent",
                         # « Le CCP demandait 175 heures de stage »
                         "exigeait", "imposait", "requerait", "demandait",
                         "demandent"})
# Someone named in the sentence (not « j'ai suivi 18 personnes »: an object, not a story).
_SOMEONE_ELSE = frozenset({"il", "elle", "ils", "elles", "monsieur", "madame",
                           "mademoiselle", "beneficiaire", "mme", "mlle", "mr"})
# Anyone else the sentence may be about, possessives included (« son projet »).
_THIRD_PARTY = _SOMEONE_ELSE | {"son", "sa", "ses", "leur", "leurs", "personne", "jeune",
                                "jeunes", "participant", "participante", "participants",
                                "beneficiaires", "salarie", "salariee", "usager", "usagere",
                                "stagiaires"}
# Placements an accompanied person makes (a CIP proposes them), not the candidate's own.
THEIR_PLACEMENT = frozenset({"immersion", "immersions", "pmsmp", "msp"})
# Verbs of the candidate's own hours (folded Snowball stems): « effectué », « réalisé »,
# « accompli », « cumulé », « totalisé ».
DID_STEMS = frozenset({"effectu", "realis", "accompl", "cumul", "totalis"})
# « Je suis restée 400 heures à la Maison de l'emploi », « j'ai passé 180 heures à… »,
# « j'ai consacré 150 heures à la prospection »: time the candidate spent somewhere, read
# as the placement only to confirm (an activity of it, or the whole of it, the verb does
# not say).
_SPENT_STEMS = frozenset({"pass", "rest", "consacr"})
# « j'ai été présente / accueillie 21 jours »: the candidate's own attendance.
_PRESENT_WORDS = frozenset({"present", "presente", "presents", "presentes", "accueilli",
                            "accueillie", "accueillis", "accueillies", "fait", "recu",
                            "recue", "recus", "recues"})
_CLOCK_BEFORE = frozenset({"a", "vers", "des", "jusqu", "jusque", "avant", "apres", "entre",
                           "partir", "depuis", "puis"})
_DELAY_BEFORE = frozenset({"sous", "dans", "apres", "avant", "ici", "delai", "bout", "tous",
                           "toutes", "chaque", "plus", "moins", "tard", "depuis", "il",
                           "pendant", "durant"})
_LABEL_PUNCT = frozenset({":", "|", "=", "–", "—", "-"})
_BULLETS = frozenset("•·●▪◦‣*>")
_CLAUSE_PUNCT = frozenset({",", ";", "(", ")", ".", "!", "?", "…"})
# A table of contents whose lines run into one sentence (« Partie 7 ........ 42 »).
_LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\. ){3,}")
PLACEMENT_LIMITS = (7.0, 3000.0)  # hours: below a day or above two years is not a placement


@dataclass(frozen=True)
class Figure:
    """One figure read as placement hours (possibly a product or a sum)."""

    value: float
    page: int
    quote: str
    how: str = ""  # "11 semaines × 35 h", "210 h + 182 h"
    total: bool = False  # stated as a total (« soit », « Total », « = »)
    stated: bool = False  # a label, a cover line, a table row or an explicit first-person
    inferred: bool = False  # a product or a conversion the text does not spell out
    label: str = ""  # which period (« stage 1 », « pae 2 », a date): periods add up
    sentence: int = -1
    row: str = ""  # a table row or label line: the words that name it (« CCAS », « Stage : »)
    plan: bool = False  # what was planned (« prévu pour 210 h »), not what was done
    sequel: bool = False  # the next period(s) of a list told sentence after sentence
    # The sentence's first words (« Le second, à l'association … »): the quote may cut them.
    lead: str = ""
    # « mes 140 heures », « ces 210 heures »: a figure named as one already known.
    definite: bool = False
    # « Pendant mon stage de trois semaines », « mes 29 jours de stage »: the one placement
    # of the candidate named as a whole (no ordinal, no next period), so its length is
    # the same time as any other whole figure, told again, never a part to add.
    whole: bool = False
    # Told in a sentence about someone else, not in the first person (« Après une immersion
    # de deux semaines, Kevin a confirmé son projet »).
    theirs: bool = False
    # Stated by a rule of session 9 (« J'ai été accueillie huit journées de 7 heures au PIJ »,
    # « La durée effectuée s'élève à … »): ranks after figures stated the older ways.
    promoted: bool = False
    # Why failing on this figure would be a guess although it reads as stated (a sum of
    # several figures, a rate and a count far apart): under the minimum it only warns.
    doubt: str = ""
    # A count of the candidate's days turned into hours at the rule's day, the only thing
    # the reader assumed (``_Amount.standard_day``): as sure as the count itself.
    standard_day: bool = False
    # A duration of the candidate's story that no placement word ties (« on recompte
    # ensemble : 385 heures », « Donc soixante-treize heures, pour être exacte »): never a
    # statement — the reader's best guess when the dossier states nothing else (``read_hours``).
    untied: bool = False


@dataclass(frozen=True)
class HoursReading:
    """The placement hours and how they were read."""

    value: float
    certain: bool
    source: str  # "declared" | "document"
    page: int | None = None
    how: str = ""
    quote: str = ""
    others: tuple[Figure, ...] = field(default=())  # competing figures, for the message
    # The most the placement figures read anywhere could add up to (each period once):
    # a sure reading under the minimum fails only if even this is under it.
    ceiling: float | None = None
    # The pages of the other placement figures that ceiling adds, so a reading to
    # confirm can say where they are.
    ceiling_pages: tuple[int, ...] = ()
    # Why a reading under the minimum is not sure enough to fail (« somme de 2 périodes,
    # sans total écrit »): it warns, saying what was read and how, instead.
    doubt: str = ""


@dataclass
class _Mention:
    """A duration in a sentence: its value, unit and place among the tokens."""

    at: int  # index of the number in the sentence's tokens
    value: float
    unit: str  # "h" | "d" | "w"
    end: int  # index after the unit
    used: bool = False
    anaphora: bool = False  # « j'en ai effectué 154 »: the unit comes from « en »
    share: bool = False  # « Sur les 1 260 heures …, 406 … en entreprise »: named after it
    article: bool = False  # « …, puis une semaine à temps plein »: one more week
    listed: bool = False  # « Mes heures de stage : 98 au CCAS, 70 à l'EPIDE et 56 … »
    gap: bool = False  # « ; l'autre moitié, au PLIE, 105 »: the next period, verb left out


_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰*"


def _unit(tok: Token) -> str | None:
    if tok.kind != "word":
        return None
    word = tok.word
    if tok.text[-1:] in _SUPERSCRIPTS:
        # « 126 heures¹ »: a footnote call glued to the unit.
        word = word.rstrip("0123456789*")
    if word in HOUR_UNITS:
        return "h"
    if word in DAY_UNITS:
        return "d"
    if word in WEEK_UNITS:
        return "w"
    return None


def _half_day(toks: Sequence[Token], i: int) -> int:
    """The index after « demi-journées » / « demi journées » at ``i``, else 0."""
    if i < len(toks) and toks[i].word == "demi":
        k = i + 2 if i + 1 < len(toks) and toks[i + 1].word == "-" else i + 1
        if k < len(toks) and toks[k].word in {"journee", "journees", "jour", "jours"}:
            return k + 1
    return 0


_NOT_THOUSANDS_AFTER = frozenset({"n", "no", "°", "numero", "#", "/", "-", "–", "—", "+",
                                  "x", "et", "ou"})


def _thousands(toks: Sequence[Token], i: int) -> float:
    """« 1 050 heures », « 1 200 heures »: the thousands written before a group of three
    digits, not « PAE 1 » then « 210 » (a number that names a period)."""
    t = toks[i]
    if i < 1 or len(t.text) != 3 or not t.text.isdigit():
        return 0.0
    prev = toks[i - 1]
    if prev.kind != "number" or prev.value is None or not prev.text.isdigit() \
            or len(prev.text) > 3 or prev.text.startswith("0") or t.start - prev.end > 1:
        return 0.0
    if t.text.startswith("0"):
        return 1000 * prev.value
    before = toks[i - 2] if i >= 2 else None
    if before is not None and (before.word in _PLACEMENT or before.kind == "number"
                               or before.word in _NOT_THOUSANDS_AFTER):
        return 0.0  # « PAE 1 210 h », « 03/02 – 07/03 175 »
    return 1000 * prev.value


def hour_mentions(toks: Sequence[Token], months: bool = True) -> list[_Mention]:
    """The figures of a sentence with their unit (``months``: whether « mois » may be in
    it — a caller that knows it does not saves a walk over the words)."""
    out: list[_Mention] = []
    hours_seen = False
    for i, t in enumerate(toks):
        if t.kind != "number" or t.value is None:
            continue
        if i + 1 < len(toks) and toks[i + 1].kind == "number" and _thousands(toks, i + 1):
            continue  # the thousands of the next group
        unit, end = _unit_after(toks, i)
        if unit is None and (half := _half_day(toks, i + 1)):
            unit, end = "hd", half
        if unit is None and i + 1 < len(toks) and toks[i + 1].word == "mois":
            value, end = _and_a_half(toks, i, end)
            out.append(_Mention(i, value, "m", end))
            continue
        if unit is None:
            _add_bare(out, _bare_mention(toks, i, out, hours_seen))
            continue
        if i + 3 < len(toks) and toks[i + 2].word == "/" and toks[i + 3].kind == "number" \
                and not (i + 4 < len(toks) and _unit(toks[i + 4])):
            continue  # « 24h/24 », « 7j/7 »: opening hours (not « 12h / 13h30 »)
        if unit == "h" and _day_rate_in_brackets(toks, i):
            continue
        value, end = _with_minutes(toks, i, unit, end)
        if unit in {"w", "d"} or (unit == "h" and value == toks[i].value):
            # « deux semaines et demie », « dix jours et demi », « 52 heures et demie »
            # (blind17: read 52) — not after minutes already read (« 17 h 30 »)
            with_half, end = _and_a_half(toks, i, end)
            value += with_half - (toks[i].value or 0.0)
        hours_seen = hours_seen or unit == "h"
        out.append(_Mention(i, value + _thousands(toks, i), unit, end))
    more = _with_articles(toks, bool(out), months)
    return sorted(out + more, key=lambda n: n.at) if more else out


def _unit_after(toks: Sequence[Token], i: int) -> tuple[str | None, int]:
    """The unit of the figure at ``i`` and the index after it."""
    if i + 1 < len(toks) and (unit := _unit(toks[i + 1])) is not None:
        return unit, i + 2
    if _restated_in_brackets(toks, i):
        # « 399 (trois cent quatre-vingt-dix-neuf) heures », « soixante-dix-sept (77)
        # heures »: the figure written twice, its unit after both.
        return _unit(toks[i + 4]), i + 5
    return None, i + 2


def _restated_in_brackets(toks: Sequence[Token], i: int) -> bool:
    """« 399 (trois cent quatre-vingt-dix-neuf) heures »: the same figure in brackets right
    after, then a unit."""
    return i + 4 < len(toks) and toks[i + 1].word == "(" and toks[i + 3].word == ")" \
        and toks[i + 2].kind == "number" and toks[i + 2].value == toks[i].value \
        and _unit(toks[i + 4]) is not None


def _with_articles(toks: Sequence[Token], others: bool, months: bool) -> list[_Mention]:
    """Spans named with their article: « …, puis une semaine à temps plein » (one more
    week, only beside other figures: a second walk over the few sentences that have
    some); « Mon stage n'a duré qu'un mois » (not « par mois »)."""
    more = [_Mention(i, 1.0, "w", i + 2, article=True) for i, t in enumerate(toks)
            if t.word == "une" and _one_more_week(toks, i)] if others else []
    if others:
        # « puis une journée de plus à l'antenne de Dax », « auxquels s'ajoute la journée
        # du forum »: one more day of the placement told after the others.
        more += [_Mention(i, 1.0, "d", i + 2, article=True) for i, t in enumerate(toks)
                 if t.word in {"une", "la", "un"} and _one_more_day(toks, i)]
    if not months:
        return more
    return more + [_Mention(i, v, "m", e, article=True)
                   for i, t in enumerate(toks[:-1]) if t.word == "un"
                   and toks[i + 1].word == "mois"
                   and not (i >= 1 and toks[i - 1].word in {"par", "chaque", "/"})
                   for v, e in (_and_a_half(toks, i, i + 2),)]


def _and_a_half(toks: Sequence[Token], i: int, end: int) -> tuple[float, int]:
    """« 1 mois et demi », « deux mois et demi »: the value and the index after it."""
    value = toks[i].value or 0.0
    if end + 1 < len(toks) and toks[end].word == "et" and toks[end + 1].word in {"demi",
                                                                                "demie"}:
        return value + 0.5, end + 2
    return value, end


def _day_rate_in_brackets(toks: Sequence[Token], i: int) -> bool:
    """« Nb de jours (7h) », « Jours de stage (7 h/jour) »: the hours of a day a header
    gives its days in, not a duration (« 20 jours (140 h) » is one: a count of days
    stands before it)."""
    return i >= 2 and toks[i - 1].word == "(" and (
        (toks[i].value or 0) <= 10 and toks[i - 2].word in {"jour", "jours", "j", "journees"}
        and not (i >= 3 and toks[i - 3].kind == "number")
        # « 5 jours par semaine (35 h) »: the hours of the week a rhythm makes
        or i >= 3 and toks[i - 3].word in {"par", "chaque", "/"}
        and toks[i - 2].word in {"semaine", "sem", "jour", "mois"})


def _with_minutes(toks: Sequence[Token], i: int, unit: str, end: int) -> tuple[float, int]:
    """The value of the number at ``i`` with the minutes written after its unit (« 392 h
    30 », « 17h30 par semaine »), and the index after it."""
    value = toks[i].value or 0.0
    after = toks[i + 2] if i + 2 < len(toks) else None
    if unit == "h" and value > 24 and after is not None and after.kind == "number" \
            and after.value is not None and after.value < 60 and len(after.text) == 2:
        return value + after.value / 60, end  # « 392 h 30 »
    if unit == "h" and (minutes := _minutes_of_rate(toks, i)):
        return value + minutes / 60, i + 3
    return value, end


def _bare_mention(toks: Sequence[Token], i: int, out: list[_Mention],
                  hours_seen: bool) -> _Mention | None:
    """A number without its unit that a label or the words around give one."""
    value = toks[i].value or 0.0
    if _days_in_label(toks, i):
        return _Mention(i, value, "d", i + 1)
    if _listed_after_label(toks, i, out):
        return _Mention(i, value, "h", i + 1, listed=True)
    return _bare_hours(toks, i, hours_seen)


def _add_bare(out: list[_Mention], bare: _Mention | None) -> None:
    if bare is None:
        return
    if bare.share:
        for n in out:  # the whole the share is taken from is not the placement
            n.used = n.used or n.unit == "h"
    out.append(bare)


_GAP_PRONOUNS = frozenset({"celui", "celle", "ceux", "celles", "autre"})


def _gapped(toks: Sequence[Token], i: int) -> bool:
    """« Mon stage au CCAS a duré 105 heures ; celui à la Mission Locale, 98. », « Le
    premier stage a duré 105 heures, le second 98. »: a clause that opens on a pronoun for
    the period before and ends on a bare number leaves out the verb and the unit — both
    are the first clause's."""
    if i + 1 < len(toks) and toks[i + 1].word not in {".", ";", "!", "…", ")"}:
        return False
    for k in range(i - 1, max(-1, i - 12), -1):
        t = toks[k]
        if t.word in {";", ".", "!", "?", ":"} and not _opens_gap(toks, k + 1):
            return False
        if not _opens_gap(toks, k):
            continue
        before = toks[k - 1].word if k >= 1 else ""
        if before not in {";", ",", "et", "puis", "("}:
            return False
        return not _someone_in(toks, k, i)
    return False


def _someone_in(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """« celui de ma collègue, 210 »: someone else is named (not « au Foyer de jeunes
    travailleurs », a structure's name); « celle de mon binôme »: a pronoun for a period
    owned by someone (the candidate's own is never « celle de mon … »; « celui de Pôle
    emploi » may be a place, so a capital does not say someone)."""
    owned = any(toks[n].word in {"celui", "celle", "ceux", "celles"} and n + 2 < hi
                and toks[n + 1].word in {"de", "d"} and (
                    toks[n + 2].word in {"mon", "ma", "mes", "son", "sa", "ses", "notre",
                                         "leur", "leurs", "un", "une"})
                for n in range(lo, hi))
    return owned or any((u.word in _ROLES or u.word in _THIRD_PARTY) and not (
        u.word not in _SOMEONE_ELSE and any(_capitalised(toks[j]) for j in (n - 1, n - 2)
                                            if j >= 0))
        for n, u in enumerate(toks[lo:hi], lo))


def _opens_gap(toks: Sequence[Token], k: int) -> bool:
    """« celui », « celle », « l'autre », « le second » used as a pronoun (not « le second
    entretien »): where a gapped clause starts."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.word in {"celui", "celle", "ceux", "celles"}:
        return True
    if t.word not in {"l", "le", "la"}:
        return False
    rest = [u for u in toks[k + 1:k + 5] if u.word != "'"]
    if len(rest) < 2 or not (rest[0].word == "autre" or rest[0].kind == "ordinal"):
        return False
    # the pronoun stands alone: a comma, a place or the number follows, not a noun —
    # unless the noun names a share of the same time (« l'autre moitié, au PLIE, 105 »,
    # « la deuxième partie dans l'association Emmaüs, 84 »), never « le second entretien ».
    if rest[1].word in _SHARE_NOUNS and len(rest) >= 3:
        rest = rest[1:]
    return rest[1].word in _AFTER_PRONOUN or rest[1].kind == "number"


# Nouns for a share of the placement's time, told after « l'autre », « la seconde ».
_SHARE_NOUNS = frozenset({"partie", "parties", "moitie", "part", "periode", "stage", "volet",
                          "temps", "phase", "quinzaine", "tranche", "etape", "portion"})


def _mine_after(toks: Sequence[Token], i: int) -> bool:
    """« Le CCP 2 impose 175 heures de stage ; les miennes : 182 », « … ; pour ma part,
    182 »: « les miennes » stands for the hours named before, and the bare number after
    it takes their unit."""
    if i + 1 < len(toks) and toks[i + 1].kind != "punct" and toks[i + 1].word not in _AT_PLACE:
        return False  # « pour ma part, 12 jeunes »: a count of something else
    before = [t.word for t in toks[max(0, i - 4):i] if t.word not in {":", ",", "'"}]
    return bool(before) and (before[-1] in _MINE or tuple(before[-2:]) in _MINE_PAIRS) or (
        len(before) >= 2 and before[-2] in _MINE
        and before[-1] in {"etaient", "sont", "ont", "font", "furent", "totalisent"})


# « les miennes », and the candidate's own side told against the rule's figure: « pour ma
# part », « de mon côté », « en ce qui me concerne », « quant à moi ».
_MINE = frozenset({"miennes", "miens", "notres"})
_MINE_PAIRS = frozenset({("ma", "part"), ("mon", "cote"), ("me", "concerne"), ("a", "moi"),
                         ("notre", "part"), ("notre", "cote"), ("nous", "concerne")})


# The words of ``_MINE`` / ``_MINE_PAIRS`` in a sentence's folded text: most sentences
# are turned away before their tokens are walked.
_MINE_TEXT = re.compile(r"mien|notre|\bpart\b|\bcote\b|concerne|\bmoi\b")


def _mine_sentence(reading: Reading, s: Sentence) -> Figure | None:
    """« Le référentiel demande 140 heures en entreprise. Les miennes : 161. », « Le titre
    impose 385 heures de stage. Pour ma part : 392. »: a sentence that opens on the
    candidate's own side and a bare number, right after a sentence that gives placement
    hours, takes their unit. The reader supplies it: a reading to confirm."""
    if s.index < 1 or not _MINE_TEXT.search(s.norm[:40]):
        return None
    prev_s = reading.sentences[s.index - 1]
    toks = reading.tokens_of(s)
    words = [t for t in toks if t.word not in {":", ",", "'", "!"}]
    n = next((k for k, t in enumerate(words[:5]) if t.kind == "number"), None)
    if n is None or n < 1 or prev_s.page != s.page or not (
            words[n - 1].word in _MINE or tuple(t.word for t in words[n - 2:n]) in _MINE_PAIRS
            or (n >= 2 and words[n - 2].word in _MINE)):
        return None
    num_tok = words[n]
    k = toks.index(num_tok) if num_tok in toks else -1
    if k < 0 or not _mine_after(toks, k) or num_tok.value is None \
            or not PLACEMENT_LIMITS[0] <= num_tok.value <= PLACEMENT_LIMITS[1]:
        return None
    prev = reading.tokens_of(prev_s)
    if not any(_unit(t) == "h" for t in prev) or not _has_cue(prev):
        return None  # « La formation compte 1 200 heures en centre. Les miennes : 1 200 »
    return Figure(float(num_tok.value), reading.page_at(s, num_tok.start),
                  quote_around(s.text, 0, num_tok.end), "", stated=False, inferred=True,
                  sentence=s.index, lead=" ".join(t.word for t in toks[:4]))


def _bare_hours(toks: Sequence[Token], i: int, hours_seen: bool) -> _Mention | None:
    """A number without its unit that still counts hours: after a label that names them
    (« Nombre d'heures : 392 »), or standing for hours named before (« dont 385 en
    entreprise », « j'en ai effectué 154 », « Sur les 1 260 heures …, 406 … »)."""
    share = hours_seen and _share_in_placement(toks, i)
    if not (_unit_in_label(toks, i) or _sum_in_label(toks, i) or _hours_are(toks, i)
            or share or (hours_seen and (
            _dont_in_placement(toks, i) or _en_did(toks, i) or _gapped(toks, i)
            or _mine_after(toks, i)))):
        return None
    return _Mention(i, (toks[i].value or 0) + _thousands(toks, i), "h", i + 1,
                    anaphora=_en_did(toks, i) or share, share=share,
                    gap=hours_seen and _gapped(toks, i))


def _minutes_of_rate(toks: Sequence[Token], i: int) -> float:
    """« 10 semaines à 17h30 par semaine », « 20 jours à 7 heures 30 par jour »: the minutes
    of a rate, not a time of day (a clock time is never « par semaine »); else 0."""
    after = toks[i + 2] if i + 2 < len(toks) else None
    # (« dix-sept heures trente hebdomadaires »: the minutes in words too)
    if after is None or (toks[i].value or 0) > 48 or after.kind != "number" \
            or after.value is None or not 0 < after.value < 60 \
            or (len(after.text) != 2 and after.text[:1].isdigit()) \
            or not _rate_after(toks, i + 3):
        return 0.0
    return after.value


def _each_in_brackets(toks: Sequence[Token], m: _Mention) -> _Mention | None:
    """« 18 demi-journées (3 h 30 chacune) », « 20 jours (7 h chacun) »: each one's hours
    in brackets, which the clock-time filter leaves out of the mentions."""
    k = m.end
    if k + 3 >= len(toks) or toks[k].word != "(" or toks[k + 1].kind != "number" \
            or toks[k + 2].word not in {"h", "heures", "heure"}:
        return None
    end = k + 3
    if toks[end].kind == "number":
        end += 1
    if end >= len(toks) or toks[end].word not in {"chacune", "chacun"}:
        return None
    value = toks[k + 1].value or 0.0
    return _Mention(k + 1, value, "h", k + 3) if 1 <= value <= 12 else None


def _hours_and_minutes(toks: Sequence[Token], n: _Mention) -> float:
    """« 3 h 30 », « trois heures et demie », « 3,5 h »: a length of a few hours, its
    minutes or its half written after the unit."""
    k = n.end
    minutes = toks[k].value if k < len(toks) and toks[k].kind == "number" else None
    if minutes is not None and 0 < minutes < 60 and len(toks[k].text) == 2 \
            and n.value == int(n.value):
        return n.value + minutes / 60
    if k + 1 < len(toks) and toks[k].word == "et" and toks[k + 1].word in {"demi", "demie"}:
        return n.value + 0.5
    return n.value


def _one_more_day(toks: Sequence[Token], i: int) -> bool:
    if i + 1 >= len(toks) or toks[i + 1].word not in {"journee", "jour"} or any(
            u.word == "sur" or u.word.startswith(("reparti", "etale"))
            for u in toks[max(0, i - 6):i]):
        return False  # (« réparties sur deux semaines et une journée »: the span)
    after = [t.word for t in toks[i + 2:i + 4]]
    return (after[:2] == ["de", "plus"] or bool(after) and after[0].startswith("supplementaire")
            or any(u.word in _ONE_MORE for u in toks[max(0, i - 2):i])
            and toks[i].word != "la") or any(
        u.text.lower().startswith(("ajout", "s'ajout")) or u.stem == "ajout"
        for u in toks[max(0, i - 3):i])


def _one_more_week(toks: Sequence[Token], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].word in {
        "semaine", "sem"} and (any(u.word in _ONE_MORE for u in toks[max(0, i - 2):i])
                               or _prolonged(toks, i))


def _prolonged(toks: Sequence[Token], i: int) -> bool:
    """« prolongé d'une semaine », « rallongée d'une semaine »."""
    return any(u.text.lower().startswith(("prolong", "rallong")) for u in toks[max(0, i - 3):i])


# « six semaines de cinq jours, moins le lundi de Pâques …, soit 29 jours »: time taken
# off between a figure and its « soit »: the « soit » gives a new figure, not the same.
_TAKEN_OFF = frozenset({"moins", "sauf", "hors", "excepte", "retire", "retires", "deduit",
                        "deduits", "ferie", "feries", "absence", "absences", "plus"})


# Words between a placement and its months: « stage à temps plein de 2 mois », « période
# de mise en situation réalisée sur un mois ».
_MONTH_LINKS = frozenset({"temps", "plein", "complet", "pendant", "durant", "sur", "ete",
                          "est", "etait", "entreprise", "structure", "realise", "realisee",
                          "effectue", "effectuee", "qu", "que", "n", "ne", "a", "total",
                          "totale", "duree", "mi", "demi", "fait", "faite", "deroule",
                          "deroulee", "passe", "passee"})


# Time added to what a sentence's figures count (« + 2 semaines », « et 10 jours »,
# « prolongé », « à ajouter », « s'ajoutent »).
_ADDED = frozenset({"+", "et", "puis", "plus", "ensuite", "enfin"})
_MORE_STEMS = ("prolong", "rallong", "ajout", "s'ajout")


# « …, puis une semaine », « plus une semaine », « et encore une semaine »: one more week
# of the placement told after others.
_ONE_MORE = frozenset({"puis", "plus", "et", "encore", "ensuite", "enfin"})


def _another_period(toks: Sequence[Token], a: _Mention, b: _Mention) -> bool:
    """« 5 semaines à la régie de quartier, puis j'ai fait 20 heures au CCAS », « 5
    semaines à la mission locale + 21 h au CCAS », « 105 h au CCAS et 3 semaines au
    PLIE », « 20 heures au CCAS ; j'ai aussi passé 5 semaines à la Mission locale »: two
    figures of one sentence joined as two periods (« + », « puis », « ensuite », « enfin »;
    « et », « plus », « aussi », « également », « encore » with a place between them) —
    the later is not what the earlier came to (« 4 semaines, soit 140 h », « 52 heures
    réparties sur trois semaines ») nor its rate (« 11 semaines à 35 h »)."""
    first, last = (a, b) if a.at < b.at else (b, a)
    between = toks[first.end:last.at]
    if not between or any(t.word in {"soit", "=", "(", "total", "dont", "sur", "x", "×"}
                          for t in between):
        return False
    return any(t.word in {"+", "puis", "ensuite", "enfin"} for t in between) or (
        any(t.word in {"et", "plus", "aussi", "egalement", "encore"} for t in between)
        and any(_structure_at(toks, k) for k in range(first.end, last.at)))


# Time the placement did not have, around a count of days or weeks (« la structure ayant
# fermé deux semaines », « trois semaines d'arrêt », « deux jours fériés »).
# (« J'ai été arrêté 5 jours en février »: on sick leave, the participle of « arrêt »)
_OFF_WORDS = frozenset({"vacances", "malade", "hospitalisation", "hospitalisee", "hospitalise",
                        "fermeture", "fermetures", "interruption", "ferma", "fermait",
                        "arrete", "arretee", "arretes", "arretees"})
_FARM_BEFORE = frozenset({"la", "une", "l", "cette", "sa", "ma", "notre"})


def _off_word(toks: Sequence[Token], k: int) -> bool:
    t = toks[k]
    if t.word in {"ferme", "fermes"} and k >= 1 and toks[k - 1].word in _FARM_BEFORE:
        return False  # « à la ferme pédagogique »: a farm, not a closure
    return t.word in _TIME_OFF or t.word in _OFF_WORDS


def _time_off(toks: Sequence[Token], m: _Mention) -> bool:
    """« la ressourcerie a fermé deux semaines », « un arrêt maladie de trois semaines »,
    « trois semaines d'arrêt », « 2 jours fériés », « deux jours de congé »: days or weeks
    of closure, sick leave, holidays or absence — never placement time, neither added nor
    counted as what the placement could reach. Not « 20 jours hors congés » (the placement's
    own count) nor a closure told in another clause."""
    for k in range(m.at - 1, max(-1, m.at - 5), -1):
        t = toks[k]
        if t.word in _CUTS or t.word in _CLAUSE_PUNCT or t.kind == "number" \
                or t.word in _FIRST_PERSON or t.stem in DID_STEMS:
            break
        if _off_word(toks, k):
            return True
    k = m.end
    if k < len(toks) and toks[k].word in {"de", "d"}:
        k += 1
        while k < len(toks) and toks[k].word in {"'", "mon", "ma", "mes", "son", "sa", "la",
                                                  "l"}:
            k += 1
    return k < len(toks) and _off_word(toks, k)


def _en_did(toks: Sequence[Token], i: int) -> bool:
    """« 140 heures de stage étaient demandées ; j'en ai effectué 154 »: « en » stands for
    the hours named before, and the bare number after the verb takes their unit."""
    v = i - 1  # « j'en ai fait que 168 », « j'en ai effectué seulement 154 »
    while v > 0 and i - v <= 2 and toks[v].word in {"que", "seulement", "finalement",
                                                     "exactement", "environ"}:
        v -= 1
    # « mon stage en a compté / représenté 147 »: verbs of a count, with « en ».
    # « j'en ai passé 84 dans l'entreprise »: time spent, told with « en » too.
    if v < 3 or not (toks[v].stem in DID_STEMS | {"compt", "represent", "pass"}
                     or toks[v].word == "fait"):
        return False
    return any(t.word == "en" for t in toks[max(0, v - 3):v]) and (
        i + 1 >= len(toks) or _unit(toks[i + 1]) is None)


def _share_in_placement(toks: Sequence[Token], i: int) -> bool:
    """« Sur les 1 260 heures de ma formation, 406 se sont déroulées en entreprise », « De
    mes 1 050 heures de formation, 406 se sont passées en stage »: the sentence opens on a
    whole (« sur », « parmi », « de mes »), and a bare number after the comma is the share
    of it its own words put in the placement."""
    if i < 1 or toks[i - 1].word not in {",", ";", ":"}:
        return False
    opening = [t.word for t in toks[:3]]
    if not ({"sur", "parmi"} & set(opening) or opening[:1] in (["de"], ["des"])):
        return False
    for k in range(i + 1, min(len(toks), i + 8)):
        if toks[k].kind == "punct" and toks[k].word != "'" or toks[k].kind == "number":
            return False
        if cue_of(toks, k) > 0 or (toks[k - 1].word == "en" and toks[k].word in {
                "entreprise", "entreprises", "stage", "structure"}):
            return True
        if cue_of(toks, k) < 0:
            return False
    return False


def _dont_in_placement(toks: Sequence[Token], i: int) -> bool:
    """« 1 200 heures dont 385 en entreprise »: a bare number after « dont » takes the unit
    of the figure it is part of, when the words after it name the placement."""
    if not (i >= 1 and toks[i - 1].word == "dont"):
        return False
    k = i + 1
    while k < len(toks) and toks[k].word in {"de", "d", "'", "en", "du", "des", "la", "le",
                                             "l", "effectuees", "realisees", "passees"}:
        k += 1
    return k < len(toks) and (cue_of(toks, k) > 0 or (
        toks[k - 1].word == "en" and toks[k].word in {"entreprise", "entreprises",
                                                       "stage", "structure"}))


_AT_PLACE = frozenset({"au", "aux", "a", "chez", "dans"})


def _announced(toks: Sequence[Token]) -> int:
    """« J'ai fait deux périodes : … », « trois séquences … »: how many periods the
    sentence announces (0 if none)."""
    return max((int(t.value or 0) for j, t in enumerate(toks[:-1])
                if t.kind == "number" and 2 <= (t.value or 0) <= 12
                and (toks[j + 1].word in _COUNTED_SPANS or toks[j + 1].word in _PLACEMENT
                     and toks[j + 1].word.endswith("s"))), default=0)


def _announced_before(toks: Sequence[Token], at: int) -> bool:
    """The figure at ``at`` opens a list after « deux périodes : »."""
    return at >= 3 and toks[at - 1].word == ":" and _announced(toks[max(0, at - 5):at]) > 0


def _listed_after_label(toks: Sequence[Token], i: int, out: list[_Mention]) -> bool:
    """« Mes heures de stage : 98 au CCAS et 98 au PLIE »: the next bare number of a list
    that opened on a label naming the hours."""
    if not out or not (out[-1].listed or _unit_in_label(toks, out[-1].at)
                       or _announced_before(toks, out[-1].at)) or out[-1].at >= i:
        return False
    between = toks[out[-1].end:i]
    return 0 < len(between) <= 8 and not any(t.kind == "number" for t in between) \
        and toks[i - 1].word in {"et", ",", "+", "puis"} \
        and (i + 1 >= len(toks) or toks[i + 1].kind == "punct" or toks[i + 1].word in _AT_PLACE)


def _unit_in_label(toks: Sequence[Token], i: int) -> bool:
    """« Nombre d'heures de stage : 392 », « Durée (en heures) | 392 »: the unit is in the
    label before the colon, and the number stands alone after it."""
    if i < 2 or toks[i - 1].word not in {":", "|"}:
        return False
    if i + 1 < len(toks) and toks[i + 1].kind != "punct" and toks[i + 1].word not in _AT_PLACE:
        return False  # « Heures de stage : 98 au CCAS »: a place may follow
    label = toks[max(0, i - 8):i - 1]
    return any(t.word in {"heures", "heure", "h"} and not (k and label[k - 1].kind == "number")
               for k, t in enumerate(label))


def _hours_are(toks: Sequence[Token], i: int) -> bool:
    """« Le total de mes heures est 182 », « Le total d'heures que j'ai fait c'est 182 »,
    « mes heures s'élèvent à 182 »: hours named as the subject, the bare number after its
    verb ending the clause."""
    if i + 1 < len(toks) and toks[i + 1].kind != "punct":
        return False
    k = i - 1
    if k >= 1 and toks[k].word == "a" and toks[k - 1].word.startswith(("elev", "montent")):
        k -= 2  # « s'élèvent à 182 », « se montent à 182 »
    elif k >= 0 and toks[k].word in {"est", "sont", "font", "fait", "etait", "etaient",
                                     "totalisent", "atteignent"}:
        k -= 1
    else:
        return False
    subject = toks[max(0, k - 8):k + 1]
    return any(t.word in {"heures", "heure"} for t in subject) and not any(
        t.kind == "number" for t in subject)


def _sum_in_label(toks: Sequence[Token], i: int) -> bool:
    """« Total heures de stage : 3 x 70 = 210 », « Mes heures : CCAS 70 + PLIE 105 = 175 »:
    the result of bare arithmetic on a line whose label names the hours."""
    if i < 3 or toks[i - 1].word != "=" or toks[i - 2].kind != "number" \
            or (i + 1 < len(toks) and toks[i + 1].kind != "punct"):
        return False
    colon = next((k for k in range(i - 2, max(-1, i - 12), -1) if toks[k].word == ":"), None)
    return colon is not None and any(t.word in {"heures", "heure"}
                                     for t in toks[max(0, colon - 6):colon])


def _days_in_label(toks: Sequence[Token], i: int) -> bool:
    """« Nombre de jours en PMAP : 30 », « Jours de stage : 26 »: days named in the label
    before the colon, the number alone after it."""
    if i < 2 or toks[i - 1].word not in {":", "|"}:
        return False
    # a place may follow, or the next line of a cover page (« Structure : … »)
    if i + 1 < len(toks) and toks[i + 1].kind != "punct" and toks[i + 1].word not in _AT_PLACE \
            and not toks[i + 1].text[:1].isupper():
        return False
    label = toks[max(0, i - 8):i - 1]
    return any(t.word in {"jours", "jour", "j"} and not (k and label[k - 1].kind == "number")
               for k, t in enumerate(label)) and not any(t.word in HOUR_UNITS for t in label)


def _is_clock(toks: Sequence[Token], m: _Mention, mentions: list[_Mention]) -> bool:
    """« 9h30 », « de 14h à 16h », « à 10 h », « 8h-12h »: a time of day."""
    if m.unit != "h":
        return False
    nxt = toks[m.end] if m.end < len(toks) else None
    if nxt is not None and nxt.kind == "number" and (nxt.value or 0) < 60 and (
            nxt.start == toks[m.end - 1].end or len(nxt.text) == 2) and m.value <= 24:
        return True  # minutes
    if m.value > 24 or m.value != int(m.value):
        return False
    before = toks[m.at - 1].word if m.at >= 1 else ""
    if before in _CLOCK_BEFORE or (m.at >= 2 and toks[m.at - 2].word in {"jusqu", "a"}
                                   and before == "partir"):
        return True
    # A range of two times: « de 9 h à 12 h », « 8h-12h ».
    for other in mentions:
        if other is m or other.unit != "h" or other.value > 24:
            continue
        gap = other.at - m.end if other.at > m.at else m.at - other.end
        if 0 <= gap <= 2:
            # « 8h-12h », « 13h30-17h »: the minutes of the first time may stand between.
            between = [t for k, t in enumerate(toks[min(m.end, other.end):max(m.at, other.at)])
                       if not (k == 0 and t.kind == "number" and len(t.text) == 2)]
            if len(between) <= 1 and all(t.word in {"a", "-", "–", "et", "/"}
                                         for t in between):
                return True
    return before == "de" and m.value <= 24 and any(
        t.word in {"a", "-"} and i + 2 < len(toks) and toks[i + 1].kind == "number"
        and _unit(toks[i + 2]) == "h" for i, t in enumerate(toks[m.end:m.end + 2], m.end))


def _rate_after(toks: Sequence[Token], end: int) -> bool:
    """« … par semaine », « …/sem », « … hebdomadaires »: a schedule, not a duration."""
    # « quinze heures d'activités par semaine »: the little words do not count in the span.
    window = [t for t in toks[end:end + 7] if t.word not in {"de", "d", "'", "en"}][:4]
    for k, t in enumerate(window[:3]):
        if t.word in _RATE_WORDS:
            return True
        if t.word in _PER and k + 1 < len(window) and window[k + 1].word in _PERIOD_OF:
            return True
        if t.word == "a" and k + 2 < len(window) and window[k + 1].word in {"la", "l"} \
                and window[k + 2].word in _PERIOD_OF:
            return True
        if t.kind == "punct" and t.word not in {"/"}:
            break
    return False


# Two words that name the placement or something else together: (word before, word).
_PAIRS = {("en", "entreprise"): 1, ("en", "entreprises"): 1, ("milieu", "professionnel"): 1,
          ("d", "application"): 1, ("de", "application"): 1,
          # « 140 h en structure », « stage en structure »: the host structure
          ("en", "structure"): 1, ("en", "structures"): 1,
          ("en", "centre"): -1}  # « heures en centre »: the training centre
_STRUCTURE_NAMES = frozenset({("france", "travail"), ("pole", "travail"),
                              ("inspection", "travail"), ("medecine", "travail")})
# « période d'essai », « période de chômage », « période sans emploi »: not a placement.
_NOT_A_PLACEMENT_AFTER = frozenset({"essai", "chomage", "inactivite", "carence", "sans",
                                    "scolaire"})


# Over the complexity limit (11 > 10): a listed exception, to split.
def cue_of(toks: Sequence[Token], i: int) -> int:  # noqa: C901
    """+1 when token ``i`` ties a figure to the placement, -1 to something else, else 0."""
    w = toks[i].word
    nxt = toks[i + 1].word if i + 1 < len(toks) else ""
    nxt2 = toks[i + 2].word if i + 2 < len(toks) else ""
    prev = toks[i - 1].word if i >= 1 else ""
    if w in _PLACEMENT:
        if w in {"periode", "periodes"}:
            if nxt in _NOT_A_PLACEMENT_AFTER or nxt2 in _NOT_A_PLACEMENT_AFTER - {"sans"}:
                return -1
            if nxt2 in _TRAINING:
                return 0  # « période de formation (en entreprise) »: the next words decide
        return 1
    if (prev, w) in _PAIRS:
        return _PAIRS[(prev, w)]
    if w == "application" and prev == "en" and i >= 2 and toks[i - 2].word == "mise":
        return 1  # « la mise en application » (OPS): the placement
    if w == "situation" and prev == "en" and nxt.startswith("professionnel"):
        return 1
    if w == "accueil":
        k = i - 2 if prev == "'" else i - 1
        if k >= 1 and toks[k].word in {"d", "de"} and toks[k - 1].word in _HOSTS:
            return 1  # « structure d'accueil », « mes lieux d'accueil » (not « agent d'accueil »)
    if w in _TRAINING:
        # « formation en entreprise », « formation pratique » name the placement.
        return 0 if nxt == "en" and nxt2 in {"entreprise", "milieu"} or nxt == "pratique" \
            else -1
    if w in _OTHER:
        if w == "accompagnement" and prev in {"d", "de"}:
            return 0
        if w == "cours" and prev == "au":
            return 0  # « au cours des 24 jours de mon stage »: a preposition, not lessons
        if w in {"interim", "travail"} and toks[i].text[:1].isupper() and i >= 1 \
                and toks[i - 1].kind == "word" and toks[i - 1].text[:1].isupper():
            # A structure's name: « Tremplin Intérim », « Maison Emploi Travail » (not
            # any capital: table cells run together, « Numérique Atelier numérique »).
            return 0
        if _in_a_name(toks, i):
            return 0  # « aux Ateliers de la Garonne », « chez Atelier Vélo Solidaire »
        if w in {"arret", "arrets"} and _a_place_of_stopping(toks, i):
            return 0  # « la maison d'arrêt de Nice », « l'arrêt de bus »: a place
        if w in {"plein", "partiel"} and prev == "temps":
            return 0  # « en stage à temps plein »: how, not what (a job has its own word)
        # Names of structures where placements happen: « France Travail », « Point
        # Information Jeunesse », « Centre d'information » (not « information collective »).
        if (prev, w) in _STRUCTURE_NAMES or (
                w == "information" and not nxt.startswith("collective")):
            return 0
        return -1
    return 0


def _a_place_of_stopping(toks: Sequence[Token], i: int) -> bool:
    """« maison d'arrêt » (where placements with prisoners happen), « arrêt de bus »: the
    word names a place, not a sick leave."""
    before = [t.word for t in toks[max(0, i - 3):i] if t.word != "'"]
    after = [t.word for t in toks[i + 1:i + 3]]
    return before[-2:] in (["maison", "d"], ["maisons", "d"]) or (
        after[:1] == ["de"] and after[1:2] in (["bus"], ["tram"], ["car"], ["metro"]))


# A job told, not a placement: « comme agent d'accueil », « en CDD », « embauchée ».
_JOB_WORDS = frozenset({"comme", "poste", "contrat", "cdd", "cdi", "interim", "salarie",
                        "salariee", "embauche", "embauchee", "benevole", "emploi", "job"})
# Labels of a record's place line (« Lieu : », « Structure : »).
_PLACE_LABELS = frozenset({"lieu", "lieux", "structure", "structures", "etablissement",
                           "organisme", "employeur"})
# Nouns that with « d'accueil » name where the placement was made.
_HOSTS = frozenset({"structure", "structures", "lieu", "lieux", "entreprise", "entreprises",
                    "organisme", "organismes", "etablissement", "etablissements", "site",
                    "sites", "tuteur", "tutrice", "employeur"})
# Words that open a row as a structure's name: « CCAS de Lens : 105 h », « Mission Locale
# d'Arras 03/03 – 28/03 140 h » (an acronym of three capitals counts too).
_STRUCTURE_WORDS = frozenset({"mission", "association", "maison", "centre", "ccas", "plie",
                              "epide", "agence", "foyer", "regie", "chantier", "mairie",
                              "relais", "point", "espace", "entreprise", "cap", "france",
                              "pole", "cidff", "siae", "ml", "cias", "ehpad", "gip",
                              "fjt", "geiq", "aci", "esat", "ea", "ei", "etti", "afpa",
                              "secours", "restos", "emmaus", "croix", "armee", "rsma",
                              "smv", "e2c", "ecole", "epicerie", "ressourcerie",
                              # and overseas or public ones: « Cité des métiers »,
                              # « Antenne de Kourou », « Conseil départemental »
                              "cite", "antenne", "service", "conseil", "departement",
                              "commune", "communaute", "sma", "direction", "pij", "bij",
                              "cada", "chrs", "groupement", "siao", "huda", "cph",
                              "sao", "csapa"})
# Acronyms of courses, certificates, the rules and aid schemes: « CCP 1 : 70 h », « BTS :
# 140 h », « RSA : 12 mois » are not a structure's hours.
_NOT_STRUCTURES = frozenset({"bts", "dut", "bac", "bep", "deug", "iut", "cfa", "sst", "caces",
                             "toeic", "delf", "dalf", "vae", "rncp", "ccp", "cip", "tp",
                             "dwwm", "smic", "rsa", "cdi", "cdd", "rqth", "cpf", "ops",
                             "are", "ass", "aah", "cej", "pacea", "garantie", "greta"})
# Row labels that are times, not structures: « Lundi : 7 h », « Mars : 70 h ».
_CALENDAR = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                       "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
                       "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
                       "semaine", "semaines", "mois", "jour", "jours", "total", "sous",
                       "matin", "apres", "soir", "horaires", "horaire"})


_HOST_BEFORE = frozenset({"aux", "chez", "sein", "association", "entreprise", "structure",
                          "chantier", "regie", "lieu", "adaptee", "employeur", "cooperative"})


def _capitalised(t: Token) -> bool:
    return t.kind == "word" and t.text[:1].isupper() and not is_stopword(t.text.lower())


def _in_a_name(toks: Sequence[Token], i: int) -> bool:
    """A word of something else that is part of a structure's proper name, inside a
    sentence: capitalised with a capitalised word after it (« Atelier Vélo Solidaire »,
    « Ateliers de la Garonne »), or in capitals among other words in capitals in a line
    that is not all capitals (« les ATELIERS DU BOCAGE »). Not a cell or a line that opens
    on it (« Atelier CV | 2 h »), nor a capital before a lower-case word (cells run
    together: « Numérique Atelier numérique »)."""
    t = toks[i]
    if t.text[:1].isupper() and _in_quotes(toks, i):
        return True  # « l'ESAT « Les Ateliers du Taurion » »: a name between guillemets
    if i == 0 or toks[i - 1].kind == "punct" and toks[i - 1].word != "'" \
            or not t.text[:1].isupper():
        return False
    # Only where a host is named: « aux Ateliers… », « chez Atelier… », « l'entreprise
    # adaptée Ateliers… », « Lieu du stage : Les Ateliers… » — not « j'ai animé l'Atelier
    # Recherche d'Emploi », a workshop's own title.
    if not any(u.word in _HOST_BEFORE for u in toks[max(0, i - 6):i]):
        return False
    if t.text.isupper() and len(t.text) >= 3:
        near = [u for u in toks[max(0, i - 2):i + 3] if u is not t and u.kind == "word"]
        return any(u.text.isupper() and len(u.text) >= 2 for u in near) and any(
            u.kind == "word" and u.text.islower() and len(u.text) > 2 for u in toks)
    k = i + 1
    while k < len(toks) and k - i <= 3 and toks[k].word in {"de", "du", "des", "la", "l",
                                                             "'", "d"}:
        k += 1
    return k < len(toks) and _capitalised(toks[k]) and not toks[k].text.isupper() or (
        k == i + 1 and k < len(toks) and _capitalised(toks[k]))


def _in_structure_name(toks: Sequence[Token], k: int) -> bool:
    """« foyer de jeunes travailleurs », « Maison des jeunes »: people named in a
    structure's name, not someone in the story."""
    return k >= 2 and toks[k - 1].word in {"de", "des", "du", "d", "'"} and any(
        toks[j].word in _STRUCTURE_WORDS for j in range(max(0, k - 3), k - 1))


def _in_quotes(toks: Sequence[Token], i: int) -> bool:
    """The token sits between « and » (or straight quotes) opened before it."""
    opened = 0
    for t in toks[:i]:
        if t.text in {"«", "“"}:
            opened += 1
        elif t.text in {"»", "”"}:
            opened = max(0, opened - 1)
    return opened > 0


def _cue_before(toks: Sequence[Token], m: _Mention, lo: int) -> int:
    """The closest cue before the number in its clause (« stage de 70 h »), 0 if none."""
    own_clause = False
    j = m.at
    while j > lo:
        j -= 1
        if toks[j].word == ")":
            # « Si je compte bien (les jours fériés de mai m'ont embrouillée), j'ai passé à
            # peu près 180 heures … »: an aside in brackets does not say what the figure is.
            opening = next((k for k in range(j - 1, lo - 1, -1) if toks[k].word == "("), j)
            if any(cue_of(toks, k) > 0 for k in range(opening + 1, j)):
                return 1  # « Durée (période en entreprise) : 392 h »: a label in brackets
            j = opening
            continue
        if toks[j].word == "soit" and j == m.at - 1 and _negative_before(toks, j, lo):
            # « … amputée de 14 heures d'absence, soit 196 heures effectuées »: the result
            # of the clause before, not what its last words name.
            return 0
        if toks[j].word == ":" and any(t.word in {"je", "j", "nous"} for t in toks[j:m.at]):
            # « La formation longue ne me concernait pas : ici, j'ai passé 154 heures à
            # l'EPIDE »: after the colon the candidate speaks in a clause of its own;
            # something else named before it does not rule the figure out (« Mon stage
            # … a été écourté : j'ai réalisé 168 heures » still ties it).
            own_clause = True
        if toks[j].kind == "ordinal" and j + 1 < m.at and toks[j + 1].word in {
                "semaine", "periode", "partie", "quinzaine", "stage", "moitie"} \
                and any(t.word in _OWN_WORDS and k + 1 < len(toks)
                        and toks[k + 1].word in _PLACEMENT for k, t in enumerate(toks[:j])):
            # « Mon stage a été coupé en deux : une première semaine … (35 h), puis, après
            # le retour en centre, une seconde semaine au même endroit (35 h également) »:
            # the figure is the next part of the candidate's placement; what the words
            # before that part name (« en centre ») is not what it measures.
            return 1
        if (c := cue_of(toks, j)) != 0:
            if c < 0 and own_clause:
                break
            if c < 0 and any(toks[q].kind == "number" for q in range(max(lo, j - 3), j)):
                continue  # « conseillère depuis 15 ans, m'a accueillie 182 heures »: the
                # unit of another number, not what this figure measures
            return c
    return 0


_OWN_WORDS = frozenset({"mon", "ma", "mes", "notre", "nos"})


def _negative_before(toks: Sequence[Token], j: int, lo: int) -> bool:
    """The nearest cue before ``j`` names something else (an absence, a workshop)."""
    return next((c for k in range(j - 1, lo - 1, -1) if (c := cue_of(toks, k)) != 0), 0) < 0


def _nearest_cue(toks: Sequence[Token], m: _Mention, bounds: tuple[int, int]) -> int:
    """The tie of a figure from the words nearest to it.

    The word right after the unit decides first (« 70 heures de stage », « 2 heures
    d'atelier »); then the closest cue before the number in its clause (« stage de 70 h »,
    « un atelier de 2 h »); then the closest cue after it in its clause.
    """
    lo, hi = bounds
    # A PDF cover whose lines run into one sentence (« Volume du stage pratique : 406 H
    # Session de validation : juillet »): a new line opening on a capital is another item.
    hi = next((k for k in range(m.end, hi) if toks[k].block != toks[m.end - 1].block
               and toks[k].text[:1].isupper()), hi)
    k = m.end
    if k < hi and toks[k].word == "." and _abbreviated_unit(toks, m):
        k += 1  # « 52 j. de stage »: the dot of the abbreviation
    # « 189 heures sur le terrain », « 77 heures dans l'entreprise »: where the hours were.
    while k < hi and toks[k].word in {"de", "d", "'", "en", "du", "des", "la", "le", "l",
                                      "sur", "dans"}:
        k += 1
    if k < hi and (c := cue_of(toks, k)) != 0:
        return 2 * c
    if (c := _cue_before(toks, m, lo)) != 0:
        return c
    for j in range(m.end, hi):
        if toks[j].kind == "number":
            break
        if (c := cue_of(toks, j)) != 0:
            # « 392 heures d'activité en entreprise » names it; « 30 heures à la
            # préparation de l'action pendant ma période en entreprise » only sets the
            # scene further on. Something else named there always rules the figure out.
            return c if c < 0 or j - m.end <= 4 else 0
    return _relative_to_placement(toks, m, lo)


def _relative_to_placement(toks: Sequence[Token], m: _Mention, lo: int) -> int:
    """« … une période d'application en entreprise au sein de …, laquelle s'est déroulée
    sur cinq semaines »: the clause of the figure opens on a relative pronoun whose
    antecedent, a few words back, names the placement."""
    rel = next((k for k in range(m.at - 1, max(lo, m.at - 16) - 1, -1)
                if toks[k].word in {"laquelle", "lequel", "lesquelles", "lesquels"}), None)
    if rel is None:
        return 0
    return 1 if any(cue_of(toks, k) > 0 for k in range(max(0, rel - 24), rel)) else 0


_ACTIVITY = frozenset({"entretien", "entretiens", "atelier", "ateliers", "permanence",
                       "permanences", "visite", "visites", "reunion", "reunions",
                       "accompagnement", "animation", "seance", "seances", "information"})


def _activity_after(toks: Sequence[Token], end: int, hi: int) -> bool:
    k = end
    while k < hi and toks[k].word in {"de", "d", "'", "en", "du", "des", "la", "le", "l"}:
        k += 1
    return k < hi and toks[k].word in _ACTIVITY


# Verbs of a CIP arranging a placement for someone (folded Snowball stems).
_SET_UP_STEMS = frozenset({"propos", "mont", "organis", "negoci", "prescr", "prescriv",
                           "decroch", "sollicit", "trouv", "cherch", "conseil", "suggr",
                           "suger", "orient", "envisag", "prepar", "planifi", "arrang",
                           "obten", "obtenu", "construit", "constru",
                           # « J'ai accompagné Yanis vers une immersion de 35 heures »
                           "accompagn", "dirig"})
_OWN = frozenset({"mon", "ma", "mes", "notre", "nos"})
# « ce stage », « cette période »: in the candidate's own story, the one just told.
_OWN_OR_THIS = _OWN | {"ce", "cette", "cet"}


def _denied(toks: Sequence[Token], lo: int, first: int) -> bool:
    """« je n'ai pas (pu) effectuer 175 heures »: the verb before the figure is negated
    (« ne … que » is a restriction, not a negation: « je n'ai effectué que 50 heures »)."""
    for k in range(first - 1, max(lo, first - 6) - 1, -1):
        if toks[k].kind == "punct" and toks[k].word != "'":
            return False
        if toks[k].word in {"pas", "jamais", "aucunement"}:
            return any(t.word in {"ne", "n"} for t in toks[max(lo, k - 4):k])
    return False


def _placement_of_named(toks: Sequence[Token]) -> bool:
    """« Le stage de Nadia », « la PMSMP de Karim »: a placement named after a person (a
    capitalised word that is not an acronym like « CCAS »)."""
    for k, t in enumerate(toks[:-2]):
        if t.word not in _PLACEMENT or toks[k + 1].word not in {"de", "d"}:
            continue
        j = k + 3 if toks[k + 2].word == "'" else k + 2
        if j < len(toks) and toks[j].kind == "word" and toks[j].text[:1].isupper() \
                and not toks[j].text.isupper() and not is_stopword(toks[j].text.lower()):
            return True
    return False


def _someone_who_did(toks: Sequence[Token], lo: int, first: int) -> bool:
    """« J'ai accompagné Nadia, qui a effectué un stage de 70 heures »: the figure belongs
    to a relative clause whose subject is someone else (not « qui m'a accueillie »)."""
    for k in range(first - 1, max(lo, first - 8) - 1, -1):
        if toks[k].word == "qui" and k + 1 < first and toks[k + 1].word in _AUX \
                and toks[k + 1].text.lower() != "à":
            return True
        if toks[k].word in {",", ";"} and k < first - 6:
            break
    return False


def _set_up_for_someone(toks: Sequence[Token], lo: int, first: int) -> bool:
    """The placement the figure measures is the object of a verb of arranging (« j'ai
    proposé à Léa un stage de 105 heures »), not « mon stage »."""
    for k in range(first - 1, max(lo, first - 6) - 1, -1):
        t = toks[k]
        if t.word in _OWN or t.kind == "punct" and t.word != "'":
            return False
        if t.word in _PLACEMENT:
            for j in range(k - 1, max(lo, k - 8) - 1, -1):
                w = toks[j]
                if w.word in _OWN or w.word in {";", "."}:
                    return False
                if w.stem in _SET_UP_STEMS:
                    return True
            return False
    return False


_APPROX = frozenset({"environ", "approximativement", "quasiment", "presque", "pres",
                     "approx", "env", "~", "≈", "grosso", "plus", "moins", "centaine", "autour",
                     "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                     # « aux alentours de », « aux environs de », « de l'ordre de »,
                     # « quelque 150 heures », « estimé à », « quasi »
                     "alentours", "environs", "ordre", "quelque", "quelques", "estime",
                     "estimees", "estimes", "estimee", "quasi", "approximatif",
                     "approximative", "grossierement"})


def _approximate(toks: Sequence[Token], lo: int, at: int, end: int) -> bool:
    """An approximate figure: a word of approximation just before it or « environ »
    right after its unit."""
    return any(t.word in _APPROX and not (t.word in {"plus", "moins"} and (
        k + 1 >= len(toks) or toks[k + 1].word not in {"de", "d"}))
        for k, t in enumerate(toks[lo:at], lo)) or (
        end < len(toks) and toks[end].word in {"environ", "approximativement"})


# « Il me reste 42 heures à faire », « les 35 heures restantes », « il manquait 14 h »:
# what is still to do, neither the placement's length nor what was done.
_STILL_VERBS = frozenset({"reste", "restait", "restent", "restaient", "restera", "resteront",
                          "manque", "manquait", "manquent", "manquaient", "manquera"})
_STILL_AFTER = frozenset({"restantes", "restants", "restante", "restant", "manquantes",
                          "manquants", "manquante", "manquant"})
_ETRE_FORMS = frozenset({"suis", "es", "est", "sommes", "etes", "sont", "etais", "etait",
                         "etions", "etiez", "etaient", "ete", "etre"})
_TO_DO = frozenset({"faire", "effectuer", "realiser", "accomplir", "rattraper", "valider",
                    "terminer", "finir", "completer"})


def _still_to_do(toks: Sequence[Token], lo: int, first: int, end: int, hi: int) -> bool:
    """The figure counts hours left to do: « il me reste 42 heures de stage à faire »."""
    for k in range(first - 1, max(lo, first - 4) - 1, -1):
        # « reste », not « je suis resté » (nor « je suis reste », typed without accents)
        if toks[k].text.lower() in _STILL_VERBS and not (
                k >= 1 and toks[k - 1].word in _ETRE_FORMS):
            return True
        if toks[k].kind == "punct" and toks[k].word != "'":
            break
    after = [t.word for t in toks[end:min(len(toks), end + 6)]]
    for k, w in enumerate(after):
        if w in _STILL_AFTER:
            return True
        if w == "a" and k + 1 < len(after) and after[k + 1] in _TO_DO:
            return True
        if w in {",", ";", ".", "(", ")"}:
            break
    return False


def _never_made_up(toks: Sequence[Token], n: _Mention) -> bool:
    """« les 21 heures manquantes n'ont pas pu être rattrapées avant la session »: what was
    missing will not be done — the hours done are the placement's, final."""
    for k in range(n.end, min(len(toks), n.end + 10)):
        if toks[k].word in {";", ".", "!", "?"}:
            return False
        if toks[k].word in {"pas", "jamais", "plus"} and any(
                t.word in {"ne", "n"} for t in toks[max(n.end, k - 3):k]):
            return True
    return False


def _clause(toks: Sequence[Token], m: _Mention) -> tuple[int, int]:
    lo = m.at
    while lo > 0 and toks[lo - 1].word not in {";", ".", "!", "?"} and m.at - lo < 24:
        lo -= 1
    hi = m.end
    if hi + 1 < len(toks) and toks[hi].word == "." and _abbreviated_unit(toks, m) \
            and toks[hi + 1].word in {"de", "d"}:
        hi += 1  # « 52 j. de stage »: the dot of the abbreviation goes on with its words
    while hi < len(toks) and toks[hi].word not in _CLAUSE_PUNCT and hi - m.end < 8:
        hi += 1
    return lo, hi


def _abbreviated_unit(toks: Sequence[Token], m: _Mention) -> bool:
    return toks[m.end - 1].word in {"j", "jr", "jrs", "sem", "h", "hr", "hrs"}


# Nouns an ordinal turns into the name of a period: « 2e stage », « ce premier temps »,
# « la seconde phase », « le deuxième volet ».
_PERIOD_NOUNS = _PLACEMENT | {"temps", "phase", "phases", "volet", "volets"}


# Spans of time a placement is told in (« deux quinzaines », « trois temps »).
_SPANS = frozenset({"quinzaine", "quinzaines", "periode", "periodes", "temps", "phase",
                    "phases", "volet", "volets", "etape", "etapes", "sequence", "sequences",
                    "semaines", "mois"})


_AFTER_PRONOUN = frozenset({"(", ",", ":", "de", "d", "a", "au", "en", "chez", "dans", "="})


def _pronoun_ordinal(toks: Sequence[Token], j: int) -> bool:
    return toks[j].kind == "ordinal" and j >= 1 and toks[j - 1].word in {"le", "la", "l"} \
        and j + 1 < len(toks) and toks[j + 1].word in _AFTER_PRONOUN


def _label(toks: Sequence[Token], m: _Mention) -> str:
    """Which period a figure belongs to: « stage 1 », « pae 2 », « 2e stage », a date."""
    # « Mon premier stage, à l'EPIDE, a duré 70 heures »: an ordinal period name may
    # stand a little further back than a number.
    for j in range(m.at - 1, max(-1, m.at - 13), -1):
        t = toks[j]
        if m.at - j > 8 and t.kind != "ordinal":
            continue
        if t.word in {".", ";", "?", "!"}:
            break
        if t.kind == "number" and j >= 1:
            k = j - 1
            while k > 0 and toks[k].word in {"n", "no", "°", "numero", "#"}:
                k -= 1  # « Stage n°1 »
            if toks[k].word in _PLACEMENT:
                return f"{toks[k].word.rstrip('s')} {int(t.value or 0)}"
        if t.kind == "ordinal" and j + 1 < len(toks) and toks[j + 1].word in _PERIOD_NOUNS:
            return f"{toks[j + 1].word.rstrip('s')} {int(t.value or 0)}"
        if _pronoun_ordinal(toks, j) and sum(
                1 for k in range(len(toks)) if _pronoun_ordinal(toks, k)) >= 2:
            # « deux stages : le premier de 105 heures …, le second de 105 heures »,
            # « la première (35 heures) … la seconde (35 heures) »: ordinals that stand
            # for the periods just counted, together in one sentence (one alone is the
            # next of a list told over several sentences, which ``_sequence`` reads).
            return f"periode {int(t.value or 0)}"
        if t.word in {"du", "au", "le"} and j + 1 < m.at and toks[j + 1].kind == "number":
            return f"date {toks[j + 1].text}"
    return ""


def _label_in(toks: Sequence[Token]) -> str:
    """An explicit period name anywhere in a row's cells: « PAE 1 », « 2e stage »."""
    for j, t in enumerate(toks):
        if t.kind == "ordinal" and j + 1 < len(toks) and toks[j + 1].word in _PERIOD_NOUNS:
            return f"{toks[j + 1].word.rstrip('s')} {int(t.value or 0)}"
        if t.word in _PLACEMENT:
            k = j + 1
            while k < len(toks) and toks[k].word in {"n", "no", "°", "numero", "#"}:
                k += 1
            if k < len(toks) and toks[k].kind == "number":
                return f"{t.word.rstrip('s')} {int(toks[k].value or 0)}"
    return ""


def _owner_is_other(toks: Sequence[Token]) -> bool:
    """The sentence tells someone else's story (« Elle a effectué un stage de 70 h »)."""
    # « Il a été effectué une période de 175 heures », « il faut »: the impersonal « il »
    # is nobody.
    words = {t.word for k, t in enumerate(toks)
             if t.word not in {"il", "elle"} or not _impersonal_il(toks, k)}
    return bool(words & _THIRD_PERSON) and not (words & _FIRST_PERSON) or _subject_is_other(toks)


def _own_placement(toks: Sequence[Token]) -> bool:
    """« mon stage », « ma période », « mes PAE »: the candidate's own placement named."""
    return any(t.word in {"mon", "ma", "mes", "notre", "nos"} and toks[k + 1].word in _PLACEMENT
               for k, t in enumerate(toks[:-1]))


# Other professionals and relatives who may open a sentence as its subject.
_ROLES = frozenset({"tutrice", "tuteur", "collegue", "collegues", "conseillere", "conseiller",
                    "referente", "referent", "formatrice", "formateur", "directrice",
                    "directeur", "responsable", "encadrante", "encadrant", "cheffe", "chef",
                    "employeur", "employeuse", "patron", "patronne", "mari", "epouse",
                    "compagnon", "compagne", "fils", "fille", "soeur", "frere", "amie",
                    "ami", "promotion", "camarade", "camarades"})
_IMPERSONAL = frozenset({"faut", "fallait", "faudra", "faudrait", "y", "s", "est", "etait",
                         "reste", "restait", "manque", "manquait", "semble"})
# « il a été possible / convenu / décidé … de / que »: nobody (not « il a été accompagné de
# sa mère », someone).
_IMPERSONAL_BEEN = frozenset({"possible", "impossible", "necessaire", "convenu", "decide",
                              "difficile", "utile", "question", "prevu", "entendu", "juge",
                              "demande", "propose", "indispensable", "donne", "permis",
                              "loisible"})
_DETERMINERS = frozenset({"le", "la", "l", "les", "un", "une", "ce", "cet", "cette", "ces",
                          "mon", "ma", "mes", "notre", "nos", "'"})


def _subject_is_other(toks: Sequence[Token]) -> bool:
    """The sentence opens on someone else as its subject, even when the candidate speaks
    in it: « Le jeune que j'ai suivi a effectué une PMSMP de 70 heures », « La personne
    que j'ai accompagnée a fait… », « Elle a effectué un stage… »."""
    words = [t.word for t in toks if t.kind != "punct" or t.word == "'"][:4]
    if not words:
        return False
    if words[0] in {"il", "elle", "ils", "elles"}:
        # « Il fallait 140 heures », « Il y a eu… », « Il m'a fallu »: the impersonal
        # « il » is nobody.
        first = next(k for k, t in enumerate(toks) if t.kind != "punct" or t.word == "'")
        return not _impersonal_il(toks, first)
    k = 0
    while k < len(words) and words[k] in _DETERMINERS:
        k += 1
    if 0 < k + 1 < len(words) and words[k] in _PEOPLE_NOUNS and (
            words[k + 1] in {"que", "qu"} or words[k + 1] in {"de", "du", "d"}
            and any(t.word in _FIRST_PERSON for t in toks)):
        # « Le stagiaire que j'ai encadré a fait… », « La stagiaire de ma tutrice a
        # effectué… »: someone the candidate met, told by the candidate
        return True
    if 0 < k < len(words) and (words[k] in _THIRD_PERSON - {"il", "elle", "ils", "elles",
                                                            "lui"} or words[k] in _ROLES):
        # « Ma tutrice a effectué un stage de 70 heures »: « ma » does not make it mine;
        # « Ma tutrice m'a accueillie pour mon stage de 70 heures » still is.
        return words[k] not in _ROLES or not _own_placement(toks)
    return _named_subject(toks)


_CLITICS = frozenset({"m", "me", "nous", "n", "ne", "t", "te", "y", "'"})


# People a sentence may open on (« Le stagiaire que j'ai encadré », « La jeune que je
# suivais »): with a relative clause where the candidate acts, someone else.
_PEOPLE_NOUNS = frozenset({"stagiaire", "jeune", "personne", "beneficiaire", "candidat",
                           "candidate", "participant", "participante", "usager", "usagere",
                           "salarie", "salariee", "demandeur", "demandeuse", "femme", "homme",
                           "etudiant", "etudiante", "apprenti", "apprentie"})


def _impersonal_il(toks: Sequence[Token], k: int) -> bool:
    """« il » whose verb, after its clitics, is impersonal (« il m'a fallu », « il y a »,
    « il me reste »); « il / elle » that takes up the placement just named (« Quant au
    stage, il a duré 385 heures », « Ma PAE, elle s'est déroulée… »): nobody either."""
    if toks[k].word in {"il", "elle"} and _resumes_placement(toks, k):
        return True
    if toks[k].word != "il":
        return False
    j = k + 1
    # (« parce qu'il le fallait »: an object clitic before the verb too)
    while j < len(toks) and toks[j].word in _CLITICS - {"y"} | {"le", "l"}:
        j += 1
    if j < len(toks) and toks[j].word in {"a", "avait", "aura", "aurait", "eut"}:
        j += 1
    if j + 2 < len(toks) and toks[j].word == "ete" and toks[j + 2].word == ",":
        # « Il a été procédé, dans le cadre de la formation, à une période … »: an incise.
        close = next((n for n in range(j + 3, min(len(toks), j + 14)) if toks[n].word == ","),
                     None)
        if close is not None and close + 1 < len(toks) and toks[close + 1].word in {
                "a", "au", "aux", "un", "une", "des"}:
            return True
    if j + 2 < len(toks) and toks[j].word == "ete" and (
            toks[j + 2].word in {"un", "une", "des", "a"} or toks[j + 2].word == "par" and any(
                t.word in _AUTHOR for t in toks[j + 3:j + 6])):
        # The administrative passive: « Il a été effectué par la candidate une période
        # de 175 heures », « Il a été réalisé un stage de 182 heures ».
        return True
    if j + 2 < len(toks) and toks[j].word == "ete" and toks[j + 1].word in _IMPERSONAL_BEEN \
            and toks[j + 2].word in {"de", "d", "que", "qu"}:
        return True  # « il a été possible de … », « il a été convenu que … »
    return j < len(toks) and (toks[j].word in _IMPERSONAL | {"fallu", "agit", "agissait"})


def _resumes_placement(toks: Sequence[Token], k: int) -> bool:
    """The pronoun at ``k`` follows a comma after a placement named in the few words before
    it, with nobody else there (« Quant au stage, il … », « Ma PAE, elle … »)."""
    if k < 2:
        return False
    if toks[k - 1].word != ",":
        # « Alors mon stage à l'agence APEC de Clermont-Ferrand il a été court »: spoken
        # French puts the pronoun right after the noun phrase it takes up.
        p = next((j for j in range(k - 1, max(-1, k - 13), -1) if toks[j].word in _PLACEMENT),
                 None)
        return p is not None and p >= 1 and toks[p - 1].word in _OWN and all(
            t.stop or t.kind == "punct" or t.text[:1].isupper() or t.word in _STRUCTURE_WORDS
            for t in toks[p + 1:k])
    before = toks[max(0, k - 6):k - 1]
    # « Après une immersion de deux semaines, il a confirmé son projet »: « il » cannot
    # take up « immersion » — someone else is the subject.
    agrees = _MASCULINE_PLACEMENT if toks[k].word == "il" else _PLACEMENT - _MASCULINE_PLACEMENT
    return any(t.word in agrees for t in before) and not any(
        t.word in _SOMEONE_ELSE or t.word in _ROLES or t.word in {"son", "sa", "ses", "leur"}
        for t in before) and not _placement_of_named(before)


# Placement nouns an « il » can take up (« la période », « l'immersion » take « elle »).
_MASCULINE_PLACEMENT = frozenset({"stage", "stages", "stg", "stgs", "terrain", "stagiaire"})


# Who the administrative passive names as the doer when it is the candidate.
_AUTHOR = frozenset({"candidate", "candidat", "moi", "nous", "stagiaire", "auteur", "auteure",
                     "soussigne", "soussignee", "apprenant", "apprenante"})


_AUX = frozenset({"a", "avait", "aura", "ont", "avaient", "est", "etait", "sont", "etaient"})


def _named_subject(toks: Sequence[Token]) -> bool:
    """« Nadia a effectué un stage… », « Karim, 24 ans, a réalisé… », « Stéphanie, ma
    collègue, a fait… »: a first name opens the sentence as the subject of its verb (its
    auxiliary comes before any « je » or « nous »)."""
    if not toks or toks[0].kind != "word" or not toks[0].text[:1].isupper() \
            or toks[0].text.isupper() or is_stopword(toks[0].text.lower()) \
            or toks[0].word in _PLACEMENT or toks[0].word in _DETERMINERS:
        return False
    if len(toks) > 1 and toks[1].word in _AUX and toks[1].text.lower() != "à":
        return True
    if len(toks) < 2 or toks[1].word != ",":
        return False
    k = 2
    while k < min(len(toks), 20):
        t = toks[k]
        if t.word in {"que", "qu", "qui", "dont"}:
            # « Nadia, que j'accompagne depuis mars, a fait un stage »: the relative
            # clause between commas is about her; her verb comes after it.
            k = next((j for j in range(k, len(toks)) if toks[j].word == ","), len(toks)) + 1
            continue
        if t.word in {"je", "j", "nous", "on", ";", "."}:
            return False
        if t.word in _AUX and t.text.lower() != "à":
            return True
        k += 1
    return False


def _out_of_required(toks: Sequence[Token], m: _Mention) -> bool:
    """« 154 heures sur les 175 demandées », « 119 heures sur les 147 prévues par la
    convention »: the figure is what was done out of what was asked or planned."""
    after = [t.word for t in toks[m.end:m.end + 6]]
    # « Heures de stage : 392 / 385 requises », « 161 pour 140 exigées »
    if len(after) < 3 or after[0] not in {"sur", "/", "pour"}:
        return False
    k = 2 if after[1] in {"les", "des", "mes"} else 1
    rest = after[k + 1:k + 3]
    return k < len(after) and toks[m.end + k].kind == "number" and any(
        w in _REQUIREMENT or w.startswith(("prevu", "demand", "exig", "requis", "attendu"))
        for w in rest)


def _sum_equals(toks: Sequence[Token], k: int) -> bool:
    """« 196 h + 196 h = 392 h », « 11 sem x 35 h = 385 h »: « = » after arithmetic gives
    its result; after a name (« le 1er = 105h, le 2nd = 98h ») it only labels a figure."""
    return k >= 1 and (_unit(toks[k - 1]) is not None or toks[k - 1].kind == "number" and not (
        k >= 2 and (toks[k - 2].word in _PLACEMENT or toks[k - 2].word in {"n", "no", "°"})))


def _total_before(toks: Sequence[Token], m: _Mention, lo: int) -> bool:
    for j in range(m.at - 1, max(lo, m.at - 5) - 1, -1):
        w = toks[j].word
        if toks[j].kind == "number" and j + 1 < len(toks) and _unit(toks[j + 1]):
            break
        if w in _TOTAL and not (w == "tout" and j >= 1 and toks[j - 1].word != "en") \
                and not (w == "=" and not _sum_equals(toks, j)):
            return True
        if w == "duree" and j + 1 < len(toks) and toks[j + 1].word in {"totale", "globale"}:
            return True
        if w in {"donne", "fait", "represente", "font", "donnent"} and j >= 2 \
                and toks[j - 1].word == "qui" and toks[j - 2].word == "ce" and any(
                    t.kind == "number" for t in toks[max(lo, j - 12):j - 2]):
            return True  # « neuf journées de sept heures ce qui donne soixante-trois heures »
        if w in {"fait", "font", "donne", "donnent"} and j >= 1 \
                and toks[j - 1].word in {"ca", "cela"} and any(
                    t.kind == "number" for t in toks[max(lo, j - 14):j - 1]):
            return True  # « J'ai fait 3 semaines, 6 heures par jour, …, ça fait 90 heures »
    # « 392 heures au total », « … en tout », « … cumulées »; a bare « Total » after the
    # figure starts the next row of a table.
    after = [t.word for t in toks[m.end:m.end + 3]]
    return any(w in {"cumulees", "cumules"} or (w in {"au", "en"} and k + 1 < len(after)
               and after[k + 1] in {"total", "tout"}) for k, w in enumerate(after))


# What the rule owns, not the candidate: « le titre complet et ses 385 heures de stage ».
_RULE_OWNERS = frozenset({"titre", "referentiel", "diplome", "certification", "rncp",
                          "reglement"})


def _owned_by_the_rule(toks: Sequence[Token], m: _Mention) -> int | None:
    """« le titre complet et ses 385 heures de stage », « Contrairement au titre et à ses
    385 h … »: a possessive right before the figure whose owner, a few words back, is the
    title or its référentiel — the rule's hours, not the candidate's."""
    poss = next((k for k in range(m.at - 1, max(-1, m.at - 4), -1)
                 if toks[k].word in {"ses", "son", "sa"}), None)
    if poss is None and m.at >= 2 and toks[m.at - 1].word == "(":
        # « Dans le cadre du titre (385 heures de stage au total), ce CCP 2 s'appuie sur
        # mes 175 heures »: the figure in brackets right after the title is the title's.
        return next((k for k in range(m.at - 2, max(-1, m.at - 5), -1)
                     if toks[k].word in _RULE_OWNERS), None)
    return None if poss is None else _rule_owner_of(toks, poss)


def _rule_owner_of(toks: Sequence[Token], poss: int,
                   owners: frozenset[str] = _RULE_OWNERS) -> int | None:
    """Where the title or référentiel that the possessive at ``poss`` refers to stands."""
    for k in range(poss - 1, max(-1, poss - 8), -1):
        t = toks[k]
        if t.word in {";", ".", ":"} or t.kind == "number" or t.word in _FIRST_PERSON:
            return None
        if t.word in owners:
            return k
    return None


# Things, not people, a possessive may refer to (« la formation et ses 385 heures »).
_THING_OWNERS = _RULE_OWNERS | {"formation", "cursus", "programme", "parcours"}


def _requirement_at(toks: Sequence[Token], m: _Mention, lo: int, hi: int) -> int | None:
    """Where the rule is quoted around the figure (« une durée minimum de 385 heures »),
    or its verb further back in the clause with nobody doing anything in between (« Le
    titre exige une période en entreprise d'au moins 385 heures »)."""
    # (not « parce qu'il le fallait : 140 heures … »: « le » is what was needed, said
    # before — the figure is not the rule's)
    req = next((k for k in range(max(lo, m.at - 6), min(hi, m.end + 4))
                if toks[k].word in _REQUIREMENT and not (
                    toks[k].word in {"faut", "fallait"} and k >= 1
                    and toks[k - 1].word in {"le", "l", "'"})), None)
    if req is not None:
        return req
    owned = _owned_by_the_rule(toks, m)
    if owned is not None:
        return owned
    # A verb, not a noun after its article (« l'exigence », « la demande »), and in the
    # same stretch of words (a PDF cover runs its lines into one sentence).
    req = next((k for k in range(m.at - 1, max(lo, m.at - 14) - 1, -1)
                if toks[k].word in _RULE_VERBS and not (k and toks[k - 1].word in {
                    "la", "le", "l", "une", "un", "sa", "son", "cette", "leur", "de", "d"})),
               None)
    if req is not None and any(t.word in _FIRST_PERSON or t.word == ";"
                               for t in toks[req:m.at]):
        return None
    return req


def _each_after(toks: Sequence[Token], m: _Mention) -> bool:
    """« 35 heures chacune », « 35 h chaque semaine »: the figure given for each of what
    was counted before it."""
    return any(t.word in _EACH for t in toks[m.end:m.end + 2])


def _each_near(toks: Sequence[Token], m: _Mention) -> bool:
    return any(t.word in _EACH for t in toks[m.end:m.end + 4]) or any(
        t.word in _EACH for t in toks[max(0, m.at - 3):m.at])


def _placement_leader(text: str, toks: Sequence[Token], m: _Mention) -> bool:
    """« Stage ............ 12/01/2026 → 20/03/2026    350 h »: a cover's line of leaders
    that opens on the placement and ends on a figure with its unit — a record, not a table
    of contents (whose lines end on a bare page number)."""
    line = next((ln for ln in text.splitlines() if toks[m.at].text in ln), text)
    head = fold_keep_length(line.strip().lower()).split(" ", 1)[0].strip(".:")
    return head in _PLACEMENT and m.end == len(toks) or (
        m.end < len(toks) and toks[m.end].kind == "punct")


_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")


def _weekdays_named(toks: Sequence[Token]) -> int:
    """How many days of each week the sentence names: « du lundi au jeudi » (4), « chaque
    lundi, mardi et mercredi » (3); 0 when it names none or one."""
    words = [t.word.rstrip("s") if t.word.rstrip("s") in _WEEKDAYS else t.word for t in toks]
    for k, w in enumerate(words[:-3]):
        if w == "du" and words[k + 1] in _WEEKDAYS and words[k + 2] == "au" \
                and words[k + 3] in _WEEKDAYS:
            n = _WEEKDAYS.index(words[k + 3]) - _WEEKDAYS.index(words[k + 1]) + 1
            return n if 2 <= n <= 6 else 0
    listed = {w for k, w in enumerate(words) if w in _WEEKDAYS and (
        k >= 1 and words[k - 1] in {"chaque", "les", ",", "et", "le"})}
    joined = any(words[k] == "et" and words[k + 1] in _WEEKDAYS for k in range(len(words) - 1))
    return len(listed) if len(listed) >= 2 and joined else 0


def _spoken_result(toks: Sequence[Token], first: int) -> bool:
    """« Au final ça fait 133 heures », « Bref, en tout, cela représente 98 heures »: a
    result (« ça / cela fait, donne, représente ») right before the figure, opened on a
    word of the end (« au final », « finalement », « au total », « en tout », « bref »)."""
    k = first - 1
    if k >= 1 and toks[k].word == "a" and toks[k - 1].stem in {"arriv", "parven"}:
        k -= 1  # « on arrivait à 350 heures »: the count reached the figure
    elif k < 0 or toks[k].word not in {"fait", "faisait", "donne", "donnait", "represente",
                                        "font", "atteint", "atteignait", "totalise"}:
        return False
    if k < 1 or toks[k - 1].word not in {"ca", "cela", "on", "nous", "j", "je", "ce"}:
        return False
    head = [t.word for t in toks[:k - 1]]
    # « Quand j'ai refait les comptes avec ma tutrice, on arrivait à 350 heures »: the
    # result of counting the hours, not a story's « on arrivait à 8 h ».
    return any(w in {"final", "finalement", "bref", "total", "comptes", "compte",
                     "recompte", "recomptons", "recompter", "calcul", "calculs", "addition",
                     "cumul"} for w in head) or any(
        a == "en" and b == "tout" for a, b in zip(head, head[1:], strict=False))


def _duration_amounts_to(toks: Sequence[Token], first: int) -> bool:
    """« La durée effectuée s'élève à 371 heures », « La durée totale est de 350 heures »,
    after a sentence about the placement: the sentence opens on its duration, and the
    figure is what it amounts to."""
    head = [t.word for t in toks[:first]]
    if "duree" not in head[:3] or any(w in _PLAN_WORDS or w in THEIR_PLACEMENT for w in head):
        return False  # (not « La durée de l'immersion s'élève à 35 heures »: theirs)
    verbs = {"eleve", "monte", "atteint", "represente", "totalise", "porte", "est", "etait",
             "fut", "a"}
    return any(w in verbs for w in head[-4:]) and all(
        w not in {"prevue", "prevu", "theorique", "minimale", "minimum", "requise", "demandee"}
        for w in head)


_PLAN_WORDS = frozenset({"prevue", "prevu", "prevues", "convention", "initialement", "devait"})
# Words that tell how long a day was, or which part of it (« de 9 h à 12 h », « à
# mi-temps », « les matins », « en soirée »).
def _a_moment(toks: Sequence[Token], k: int) -> bool:
    """« le troisième matin », « dès le premier matin », « un soir », « signée chaque soir »:
    a moment of the story, not the part of the day the placement took."""
    return toks[k].word in {"matin", "soir", "apres", "midi"} and k >= 1 and (
        toks[k - 1].kind == "ordinal"
        or toks[k - 1].word in {"premier", "dernier", "un", "ce", "chaque", "ces", "quel"})


# Words that say the days were whole (« dix journées complètes de 7 heures »).
_WHOLE_DAYS = frozenset({"complete", "completes", "complet", "complets", "pleine", "pleines",
                         "plein", "pleins", "entiere", "entieres", "entier", "entiers",
                         "travaillee", "travaillees", "travaille", "travailles", "effective",
                         "effectives", "effectif", "effectifs"})
_DAY_LENGTH = frozenset({"h", "heure", "heures", "mi", "partiel", "partielle", "demi", "demie",
                         "matin", "matins", "matinee", "matinees", "midi", "soir", "soirs",
                         "soiree", "soirees", "horaires", "horaire"})
# The words between « y » and the figure in « j'y ai passé », « je n'ai pu y faire que »,
# « nous y sommes restées » (auxiliaries, verbs of doing and staying, « ne … que »).
_TIME_THERE_WORDS = frozenset({
    "ai", "as", "a", "avons", "avez", "ont", "suis", "es", "est", "sommes", "etes", "sont",
    "ete", "pu", "faire", "fait", "faits", "reste", "restee", "restes", "restees", "rester",
    "passe", "passee", "passes", "passees", "passer", "travaille", "travaillee", "travailler",
    "que", "qu", "n", "ne", "finalement", "donc", "ainsi", "seulement", "en", "tout",
    "au", "total", "bien", "effectivement", "reellement", "uniquement"})


# A record of the hours done (not the convention, which plans them).
_RECORDS = frozenset({"attestation", "feuille", "feuilles", "releve", "releves", "emargement",
                      "recapitulatif", "certificat"})
_REPORTS = frozenset({"indique", "indiquent", "mentionne", "mentionnent", "fait", "font",
                      "porte", "portent", "recense", "comptabilise", "comptabilisent",
                      "totalise", "totalisent", "confirme", "confirment", "atteste",
                      "attestent", "certifie", "affiche", "donne", "recapitule"})


def _a_record(toks: Sequence[Token], first: int) -> bool:
    """« l'attestation en annexe 4 porte donc 126 heures »: a record of attendance tells
    the whole placement's hours again (never a period to add)."""
    head = toks[:first]
    k = next((k for k, t in enumerate(head) if t.word in _RECORDS), None)
    return k is not None and any(t.word in _REPORTS for t in head[k + 1:])


def _attendance_record(toks: Sequence[Token], first: int) -> bool:
    """« la feuille de présence signée par le GEIQ affiche 154 heures », « mon relevé
    d'émargement totalise … », « l'attestation de stage indique … »: a record of the
    placement's attendance (not « la feuille de route », not a convention, which plans)
    tells the figure with its verb."""
    head = toks[:first]
    k = next((k for k, t in enumerate(head) if t.word in _RECORDS), None)
    if k is None or not any(t.word in _REPORTS for t in head[k + 1:]):
        return False
    what = {t.word for t in head[k:k + 4]}
    return bool(what & {"presence", "presences", "emargement", "emargements", "stage"}) \
        or head[k].word == "emargement"


def _own_record(toks: Sequence[Token], first: int) -> bool:
    """« L'attestation de stage (jointe en annexe) indique 112 heures », « Mon relevé
    d'heures totalise … »: the candidate's record of attendance tells the figure — theirs
    when it is « mon / ma » record, or the one in their annexes."""
    head = toks[:first]
    k = next((k for k, t in enumerate(head) if t.word in _RECORDS), None)
    if k is None or not any(t.word in _REPORTS for t in head[k + 1:]):
        return False
    det = next((t.word for t in reversed(head[:k]) if t.word != "'"), "")
    annexed = any(t.word in {"annexe", "jointe", "joint", "annexee", "annexes"} for t in head)
    return det in {"mon", "ma", "mes"} or (annexed and det in {"l", "la", "le", "les"})


def _looking_back(toks: Sequence[Token], lo: int, first: int) -> bool:
    """« la période en entreprise n'aura duré que ces trois semaines », « voilà ce qu'aura
    été, au total, mon immersion »: a future perfect that looks back on what was done
    (« ne … que », « au total », « en définitive »), not a plan."""
    zone = toks[lo:first]
    k = next((k for k, t in enumerate(zone) if t.word in {"aura", "auront"}), None)
    if k is None or k + 1 >= len(zone) or zone[k + 1].word not in {
            "dure", "ete", "represente", "compte", "totalise", "atteint", "fait", "duree"}:
        return False
    words = [t.word for t in toks]
    # (not « Au total, mon stage aura duré 140 heures fin juin »: that one is still ahead)
    restrictive = any(w in {"n", "ne"} for w in words[max(0, lo + k - 3):lo + k]) \
        and "que" in words[lo + k:first + 1]
    if any(w in {"si", "quand", "lorsque", "sinon"} for w in words):
        return False  # « … n'aura duré que 112 heures si la structure ferme en mars »
    return restrictive or "voila" in words[:lo + k]


def _so_far(toks: Sequence[Token]) -> bool:
    """« déjà », « encore », « à ce jour », « pour l'instant », « jusqu'ici », « à
    présent »: what is told is the part done so far."""
    words = [t.word for t in toks if t.word != "'"]
    pairs = set(zip(words, words[1:], strict=False))
    return any(w in {"deja", "encore", "jusqu", "actuellement", "provisoirement"}
               for w in words) or bool(pairs & {("ce", "jour"), ("l", "instant"),
                                                 ("le", "moment"), ("a", "present")})


def _same_rhythm_after(toks: Sequence[Token], end: int) -> bool:
    """« …, accomplie selon le même rythme », « au même rythme », « à la même cadence »
    within a few words after the count."""
    words = [t.word for t in toks[end:end + 9]]
    return any(w == "meme" and k + 1 < len(words) and words[k + 1] in {
        "rythme", "cadence", "regime", "volume", "horaire", "base"}
        for k, w in enumerate(words))


def _would_have(toks: Sequence[Token], lo: int, first: int) -> bool:
    """« Mon stage aurait dû durer trois semaines », « aurait pu compter 175 heures »: the
    conditional of what was meant to be, not what was done."""
    # « Si la période avait pu être prolongée …, elle aurait atteint 455 heures »: any
    # past conditional of the figure's own verb (« aurait atteint / totalisé / représenté »).
    return any(t.word in {"aurait", "auraient", "aurais"} and k + 1 < first
               and (toks[k + 1].word in {"du", "pu", "ete", "dure", "compte"}
                    or toks[k + 1].word in _CONDITIONAL_REACH)
               for k, t in enumerate(toks[lo:first], lo)) or any(
        # « Si j'avais fait 350 h au lieu des 385, … »: a past that did not happen.
        t.word == "si" and any(u.word in _PLUPERFECT for u in toks[k + 1:k + 4])
        for k, t in enumerate(toks[:first]))


_PLUPERFECT = frozenset({"avais", "avait", "avions", "aviez", "avaient"})


_CONDITIONAL_REACH = frozenset({"atteint", "totalise", "represente", "cumule", "fait",
                                "depasse", "porte", "permis", "donne", "effectue",
                                "realise", "accompli"})


def _never_done(words: Sequence[str], k: int) -> bool:
    """« le reste de mon stage n'a pas pu se faire », « … n'a jamais eu lieu »: what was
    left out will not be made up — the hours read are the whole."""
    after = words[k:k + 8]
    return ("pas" in after or "jamais" in after) and any(w in {"n", "ne"} for w in after)


def _every_other_at(toks: Sequence[Token], k: int) -> bool:
    """« une semaine sur deux », « 1 sem. sur 2 » at ``k``."""
    if k + 3 >= len(toks) or toks[k].word not in {"une", "1"} \
            or toks[k + 1].word not in {"semaine", "sem"}:
        return False
    j = k + 3 if toks[k + 2].word == "." else k + 2
    return j + 1 < len(toks) and toks[j].word == "sur" and toks[j + 1].value == 2


def _apart(toks: Sequence[Token], a: _Mention, b: _Mention) -> bool:
    """Two figures a product joins stand more than a few words apart, with a clause or
    other figures between them (« 8 semaines au CCAS, où j'ai surtout animé des ateliers,
    à raison de 35 h par semaine », « 4 semaines, du 3 au 28 mars, à raison de 35 h »): the
    reader joined them, the text did not — never enough to fail on. A place between them
    (« 20 jours au PLIE de Nîmes, à raison de 7 heures par jour ») is not a clause."""
    lo, hi = (a.end, b.at) if b.at >= a.end else (b.end, a.at)
    return hi - lo > 5 and any(t.kind == "number" or t.word in _CLAUSE_WORDS
                               for t in toks[lo:hi])


# Words that open another clause between two figures.
_CLAUSE_WORDS = frozenset({"ou", "qui", "que", "qu", "dont", ";", "puis", "mais", "et",
                           "est", "ai", "avons", "ont", "sont", "etait", "avait",
                           "etaient", "avaient", "fait", "fut", "lorsque", "quand"})


def _count_before(toks: Sequence[Token], m: _Mention,
                  lo: int) -> tuple[float, str, int] | None:
    """« deux périodes en entreprise de 42 heures (chacune) »: the count of periods."""
    for j in range(m.at - 1, max(lo, m.at - 9) - 1, -1):
        t = toks[j]
        if t.kind == "number" and j + 1 < len(toks) and _unit(toks[j + 1]):
            return None
        # « deux stages », « 2 PMSMP », « deux PAE »: an acronym takes no plural « s »;
        # « trois séquences identiques de 133 heures »: spans counted, an adjective between.
        if (t.word in _PLACEMENT or t.word in _COUNTED_SPANS) and (
                t.word.endswith("s") or t.text.isupper()) and j >= 1:
            c = toks[j - 1]
            # « Mes deux périodes de stage, de 105 heures chacune »: a comma may stand
            # between when « chacune » says the figure is each one's.
            between = _SAME_SIZE | ({","} if _each_after(toks, m) else set())
            if c.kind == "number" and c.value is not None and 2 <= c.value <= 12 and all(
                    u.word in between for u in toks[j + 1:m.at]):
                return c.value, f"{c.text} {t.text}", j - 1
            return None
    return None


# Spans a placement is cut into, counted before their common length.
_COUNTED_SPANS = frozenset({"sequences", "periodes", "phases", "etapes", "tranches", "blocs",
                            "parties", "quinzaines", "volets", "sessions", "fois"})
_SAME_SIZE = frozenset({"identiques", "egales", "equivalentes", "successives", "consecutives",
                        "distinctes", "separees", "semblables", "pareilles", "chacune",
                        "chacun", "en", "entreprise", "stage", "de", "d", "'"})


def _rest_of_time(words: Sequence[str], k: int) -> bool:
    """« le reste du temps, j'étais en formation », « le reste de la semaine »: the time
    outside the placement, not the rest of the placement."""
    after = [w for w in words[k:k + 3] if w not in {"du", "de", "des", "la", "l", "mon", "ma",
                                                   "mes", "'"}]
    return bool(after) and after[0].rstrip("s") in {"temp", "semaine", "journée", "journee",
                                                    "jour", "moi", "année", "annee",
                                                    "formation"}


@dataclass
class _Amount:
    """What a mention amounts to, before deciding whether it is the placement."""

    value: float
    how: str
    inferred: bool
    first: int  # the token where it starts (« 11 semaines à 35 h », « deux périodes … »)
    tie: int  # see ``_nearest_cue``
    # Hours assumed, not written (days or weeks at the rule set's hours per day): stays a
    # reading to confirm even on a label line.
    guess: bool = False
    # A product whose two figures stand far apart in the sentence (« 8 semaines au CCAS,
    # où j'ai animé …, à raison de 35 heures par semaine »): the reader joined them.
    far: bool = False
    # Days of the placement at the rule's day, the only assumption made (see ``duration``).
    standard_day: bool = False
    # No placement word ties it (``Figure.untied``): only a best guess.
    untied: bool = False


@dataclass
class _Scan:
    """One sentence being read: its tokens, its mentions and what the context says."""

    reading: Reading
    s: Sentence
    toks: Sequence[Token]
    mentions: list[_Mention]
    context_cue: bool  # the sentence, its caption or its table names the placement
    stated_row: bool  # a table row or a short label line
    cells: Sequence[Token]
    hours_per_day: float
    days_unit: bool
    accepted: list[tuple[Figure, _Mention]] = field(default_factory=list)
    sub_parts: bool = False  # after « dont »: the parts of a figure already read

    def __post_init__(self) -> None:
        toks = self.toks
        self.first_person = any(t.word in _FIRST_PERSON for t in toks)
        self.mixed = _mixed(toks)
        # « Durée du stage : 175 heures. Dont 140 heures effectuées au 15 mai. »: a
        # sentence opening on « dont » tells the parts of the figure before it.
        self.sub_parts = bool(toks) and toks[0].word == "dont"
        # « J'ai proposé à Mme L. une PMSMP de 35 heures »: the candidate tells what an
        # accompanied person did; a figure there is not the candidate's placement for sure.
        # « Il m'a fallu 10 jours… », « il me restait 35 heures »: the impersonal « il »
        # is nobody.
        people = [t for k, t in enumerate(toks) if not _impersonal_il(toks, k)]
        self.someone = any(t.word in _SOMEONE_ELSE for t in people) \
            or _placement_of_named(toks)
        # « le titre et ses 385 heures »: the title's possessive is nobody's story.
        self.third_party = any(t.word in _THIRD_PARTY and not (
            t.word in {"ses", "son", "sa"} and _rule_owner_of(toks, k, _THING_OWNERS)
            is not None) and not _in_structure_name(toks, k)
            for k, t in enumerate(toks) if not _impersonal_il(toks, k))

    def weeks_times_hours(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« 11 semaines à 35 h », « 12 semaines (35 h/semaine) », « 11 semaines de 35
        heures »; « 16 semaines à 24 h »: right after the weeks, « à 24 h » is a weekly
        rate, not midnight."""
        toks, mentions = self.toks, self.mentions
        if m.article:
            return self.one_more_week(m, lo, hi)
        if m.value > 60:
            return None
        # (« 4 semaines au PLIE + 35 heures à l'AFPA »: another period, not the rate)
        weekly = next((n for n in mentions if n.unit == "h" and 0 < n.at - m.end <= 4
                       and 15 <= n.value <= 48 and not _another_period(toks, m, n)
                       and (n.at - m.end <= 1 or not _is_clock(toks, n, mentions))), None)
        if weekly is None:
            # « cinq semaines en stage, à raison de trente-cinq heures par semaine »: the
            # weekly rate stated elsewhere in the sentence.
            # In a list (« – 8 semaines en centre – 6 semaines de stage (35h/sem) »), the
            # rate belongs to the count of weeks nearest before it.
            # « six semaines à temps plein, de 35 heures chacune »: « chacune » after the
            # hours, the weeks being the last count before them, is a weekly rate too.
            weekly = next((n for n in mentions if n.unit == "h" and not n.used
                           and 15 <= n.value <= 48 and (_rate_after(toks, n.end) or (
                               m.end <= n.at and _each_after(toks, n)))
                           and not any(o.unit == "w" and o is not m and (
                               m.at < o.at < n.at or (n.at < m.at and o.at < n.at))
                               for o in mentions)), None)
        if weekly is None and _same_rhythm_after(toks, m.end):
            # « La première séquence … sur six semaines à raison de 35 heures hebdomadaires
            # …, d'une seconde séquence de cinq semaines, accomplie selon le même rythme »:
            # the weekly rate of the weeks counted before, in the same sentence.
            weekly = next((n for n in reversed(mentions) if n.unit == "h" and n.at < m.at
                           and 15 <= n.value <= 48 and _rate_after(toks, n.end)), None)
            if weekly is not None:
                value = m.value * weekly.value
                return _Amount(value, f"{num(m.value)} semaines × {num(weekly.value)} h, "
                               "au même rythme", True, m.at,
                               max(_nearest_cue(toks, m, (lo, hi)), 0))
        if weekly is None:
            return self.days_a_week(m, lo, hi) or self.weekdays_over(m, lo, hi) \
                or self.more_weeks(m, lo, hi) or self.weeks_only(m, lo, hi)
        weekly.used = True
        ties = (_nearest_cue(toks, m, (lo, hi)),
                _nearest_cue(toks, weekly, _clause(toks, weekly)))
        # « Douze semaines à 35 heures en centre de formation »: something else named
        # after either figure rules the product out.
        tie = min(ties) if min(ties) < 0 else max(ties)
        value, how = m.value * weekly.value, f"{num(m.value)} semaines × {num(weekly.value)} h"
        days = self.and_days(m)
        if days is not None:
            # « onze semaines et deux jours, chaque semaine comptant trente-cinq heures et
            # chaque jour sept heures »: the days too, at a day's hours (written or the rule's).
            days.used = True
            daily = next((n for n in mentions if n.unit == "h" and not n.used
                          and 3 <= n.value <= 12 and any(t.word in {"jour", "journee"}
                                                         for t in toks[max(0, n.at - 3):n.at])),
                         None)
            per = daily.value if daily is not None else self.hours_per_day
            if daily is not None:
                daily.used = True
            value += days.value * per
            how += f" + {num(days.value)} jours × {num(per)} h"
        return self.times_count(m, lo, _Amount(
            value, how, True, m.at, tie, far=_apart(toks, m, weekly)))

    def weekdays_over(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« du lundi au jeudi, 8 heures par jour, pendant 12 semaines », « soit 9 semaines,
        j'ai été chaque lundi, mardi et mercredi à l'École …, pour des journées de 7
        heures »: the weekdays named, times the weeks, at the hours of a day written (else
        the rule set's) — arithmetic the words leave to the reader: to confirm."""
        toks = self.toks
        days = _weekdays_named(toks)
        if not days or not 1 <= m.value <= 52 or self.third_party or self.someone:
            return None
        tie = _nearest_cue(toks, m, (0, len(toks)))
        if tie < 0 or (tie == 0 and not self.first_person and not self.context_cue):
            return None
        daily = next((n for n in self.mentions if n.unit == "h" and not n.used
                      and 3 <= n.value <= 12 and (
                          _rate_after(toks, n.end) and any(
                              t.word in {"jour", "j", "journee"} for t in toks[n.end:n.end + 3])
                          or n.at >= 2 and toks[n.at - 1].word == "de"
                          and toks[n.at - 2].word in {"journees", "journee", "jours"})), None)
        per = daily.value if daily is not None else self.hours_per_day
        if daily is not None:
            daily.used = True
        return _Amount(m.value * days * per, f"{num(m.value)} semaines × {days} jours × "
                       f"{num(per)} h", True, m.at, max(tie, 0), guess=daily is None)

    def more_weeks(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« 4 semaines de 35 heures au CCAS, après encore 2 semaines à la même place »,
        « …, puis 3 semaines au PLIE »: more weeks told after weeks at a rate in the same
        sentence, at that rate — carried over, not written: a reading to confirm."""
        toks = self.toks
        if self.third_party or not any(u.word in _ONE_MORE | {"apres"}
                                       for u in toks[max(0, m.at - 3):m.at]):
            return None
        rates = [f.how for f, n in self.accepted
                 if n.unit == "w" and f.how.count("×") == 1 and "semaines ×" in f.how]
        tie = _nearest_cue(toks, m, (lo, hi))
        if not rates or tie < 0 or not 1 <= m.value <= 52:
            return None
        per = float(rates[-1].split("×")[1].split("h")[0].replace(",", "."))
        return _Amount(m.value * per, f"{num(m.value)} semaines × {num(per)} h", True, m.at,
                       max(tie, 0), guess=True)

    def times_count(self, m: _Mention, lo: int, a: _Amount | None) -> _Amount | None:
        """« Deux stages de 3 semaines (35h/sem) », « trois périodes de quatre semaines
        chacune, à 35 heures »: weeks counted for each of several periods (not « deux
        périodes : 3 semaines au CCAS et 2 semaines au PLIE », listed one by one)."""
        count = _count_before(self.toks, m, lo) if a is not None else None
        if a is None or count is None or any(
                o.unit == "w" and o is not m and o.at > count[2] and not o.article
                for o in self.mentions):
            return a
        return replace(a, value=a.value * count[0], how=f"{count[1]} × {a.how}", first=count[2])

    def one_more_week(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« quatre semaines à 35 heures au PLIE, puis une semaine supplémentaire à temps
        plein », « plus une semaine à mi-temps »: one more week after weeks already read
        in the sentence, at the rate its words give (full time, half time) or the weeks'
        own; always a reading to confirm."""
        weeks = [f for f, n in self.accepted if n.unit == "w" and "semaines ×" in f.how]
        if not (weeks or self.accepted and _prolonged(self.toks, m.at)) or self.third_party:
            return None
        written = next((n for n in self.mentions if n.unit == "h" and not n.used
                        and 0 < n.at - m.end <= 3 and 15 <= n.value <= 48), None)
        if written is not None:
            # « puis une semaine supplémentaire de 35 heures »: its hours are written.
            written.used = True
            return _Amount(written.value, f"1 semaine × {num(written.value)} h", True, m.at,
                           1)
        after = {t.word for t in self.toks[m.end:m.end + 5]}
        per_week = 5 * self.hours_per_day
        if "mi" in after or "demi" in after:
            per_week /= 2
        elif "partiel" in after:
            return None  # part time, hours unknown
        elif not {"plein", "complet", "complete"} & after:
            rates = [float(f.how.split("×")[1].split("h")[0].replace(",", "."))
                     for f in weeks if f.how.count("×") == 1]
            per_week = rates[-1] if rates else per_week
        return _Amount(per_week, f"1 semaine × {num(per_week)} h", True, m.at, 1,
                       guess=True)

    def days_a_week(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« six semaines de cinq jours », « 10 semaines de 3 jours »: the days of each week
        right after the weeks; the hours a day are the rule set's (written for a rule
        counted in days, assumed otherwise: a reading to confirm)."""
        toks = self.toks
        # (« 6 sem. de 5 j. »: the dot of the abbreviation between them)
        days = next((n for n in self.mentions if n.unit == "d" and not n.used
                     and 0 < n.at - m.end <= 3 and 1 <= n.value <= 7 and all(
                         t.word in {"de", "d", "'", "a"} or (t.word == "." and k == 0
                                                             and _abbreviated_unit(toks, m))
                         for k, t in enumerate(toks[m.end:n.at]))), None)
        if days is None:
            # « six semaines, à raison de cinq jours par semaine », « 7 semaines, 4
            # jours/semaine »: the days of each week as a schedule further on, before any
            # other count of weeks.
            days = next((n for n in self.mentions if n.unit == "d" and not n.used
                         and 0 < n.at - m.end <= 10 and 1 <= n.value <= 6
                         and _rate_after(toks, n.end) and not any(
                             o.unit == "w" and m.at < o.at < n.at for o in self.mentions)),
                        None)
        if days is None or not 1 <= m.value <= 52 or self.third_party:
            return None
        tie = max(_nearest_cue(toks, m, (lo, hi)), _nearest_cue(toks, days, (lo, hi)))
        if tie <= 0 and not (self.first_person or self.context_cue):
            return None
        days.used = True
        m.end = max(m.end, days.end)  # « …, soit trente jours » converts the whole
        # « 7 semaines, 4 jours/semaine, 7 h/jour »: the hours of a day written.
        daily = self.daily_rate(days)
        per_day = daily.value if daily is not None else self.hours_per_day
        if daily is not None:
            daily.used = True
        value = m.value * days.value * per_day
        how = f"{num(m.value)} semaines × {num(days.value)} jours × {num(per_day)} h"
        if (more := self.and_days(days)) is not None:
            # « 5 semaines de 5 jours, plus 2 jours pour le bilan »: the days added.
            more.used = True
            value += more.value * per_day
            how += f" + {num(more.value)} jours × {num(per_day)} h"
        return self.times_count(m, lo, _Amount(
            value, how, True, m.at, tie, guess=not self.days_unit and daily is None,
            far=_apart(toks, m, days) or (daily is not None and _apart(toks, days, daily))))

    def weeks_only(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« Période de stage : 10 semaines »: weeks without their hours, read at five days
        of the rule set's hours per day, a reading to confirm; only when the words name
        the placement (« ces 5 semaines » alone do not)."""
        tie = _nearest_cue(self.toks, m, (lo, hi))
        if tie == 0 and self.full_time_mine(m):
            tie = 1  # « J'ai passé l'équivalent de 11 semaines à temps plein au CCAS »
        if tie <= 0 or not 1 <= m.value <= 52 or _rate_after(self.toks, m.end):
            return None
        added = any(t.word in _ADDED for t in self.toks[max(0, m.at - 2):m.at])
        if any(n.unit == "h" and not _is_clock(self.toks, n, self.mentions)
               and not (added and n.at < m.at) and not _another_period(self.toks, m, n)
               for n in self.mentions):
            # « 4 semaines (140 h) »: hours written in the sentence say it; not « 105 h
            # au CCAS + 2 semaines au PLIE », weeks added after them, nor « 5 semaines à
            # la régie, puis 20 heures au CCAS », hours added after them.
            return None
        if any(n is not m and _rate_after(self.toks, n.end) for n in self.mentions) or any(
                t.word in {"partiel", "partiels"} for t in self.toks):
            # « 3 demi-journées par semaine pendant 10 semaines », « à temps partiel »: not
            # full weeks; a reader cannot assume 35 h.
            return None
        per_week = 5 * self.hours_per_day
        if any(t.word == "mi" and "temps" in {u.word for u in self.toks[k + 1:k + 3]}
               for k, t in enumerate(self.toks)):
            per_week /= 2  # « Stage à mi-temps pendant 12 semaines »: half a full week
        value, how = m.value * per_week, f"{num(m.value)} semaines × {num(per_week)} h"
        days = self.and_days(m)
        if days is not None:
            # « onze semaines et deux jours »: the days after the weeks, at a day's hours.
            days.used = True
            value += days.value * self.hours_per_day
            how += f" + {num(days.value)} jours × {num(self.hours_per_day)} h"
        return self.times_count(m, lo, _Amount(value, how, True, m.at, tie, guess=True))

    def and_days(self, m: _Mention) -> _Mention | None:
        """The days told after weeks and added to them: « 11 semaines et 2 jours », « 5
        semaines de 5 jours, plus 2 jours pour le bilan », « 5 semaines de 35 h + 2 jours »,
        « quatre semaines…, auxquelles se sont ajoutés deux jours », « une semaine…, à
        laquelle s'était ajoutée une journée de sept heures ». Not days that are a rhythm
        (« 2 jours par semaine »), time off (« moins 2 jours fériés ») or training
        (« et 2 jours en centre de formation »), nor days past other weeks."""
        toks = self.toks
        n = next((n for n in self.mentions if n.unit == "d" and not n.used
                  and m.end <= n.at <= m.end + 12), None)
        if n is None or not 1 <= n.value <= 6 or any(
                o.unit == "w" and m.at < o.at < n.at for o in self.mentions):
            return None
        before = toks[max(m.end, n.at - 4):n.at]
        added = n.at == m.end + 1 and toks[m.end].word == "et" or any(
            t.word in _ADDED - {"et", "ensuite", "enfin"} for t in before[-2:]) or any(
            t.text.lower().startswith(_MORE_STEMS[2:]) or t.stem == "ajout" for t in before)
        around = {t.word for t in toks[max(0, n.at - 3):n.end + 5]}
        # (« et 3 jours la semaine suivante »: days of another week, a period of its own)
        # (not « et deux jours, chaque semaine comptant 35 heures »: the rates of both)
        later_week = any(t.word in WEEK_UNITS and toks[k - 1].word in {"la", "cette", "une"}
                         for k, t in enumerate(toks[n.end:n.end + 3], n.end))
        # (« puis trois jours (21 h) »: days given in hours, read as those hours)
        in_hours = any(o.unit == "h" and n.end <= o.at and all(
            t.word in {"(", "["} for t in toks[n.end:o.at]) for o in self.mentions)
        if not added or later_week or in_hours or _rate_after(toks, n.end) or around & (
                _TIME_OFF | _TAKEN_OFF - {"plus"} | _TRAINING
                | {"centre", "regroupement", "regroupements"}):
            return None
        return n

    def full_time_mine(self, m: _Mention) -> bool:
        """Weeks « à temps plein / complet » the candidate spent at a structure: the
        placement told without its name (a job would be named: « contrat », « poste »)."""
        toks = self.toks
        after = [t.word for t in toks[m.end:m.end + 4]]
        return "temps" in after and bool({"plein", "complet"} & set(after)) \
            and self.first_person and not self.third_party and not self.someone and any(
                _structure_at(toks, k) for k in range(m.end, min(len(toks), m.end + 8))) \
            and not any(t.stem.startswith("travaill") or t.word in _JOB_WORDS for t in toks)

    def months(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« Mon stage a duré 1 mois à temps plein », « Durée du stage : 2 mois »: months
        of the placement, read at a full-time month (35 h a week over 52 weeks / 12, half
        of it at « mi-temps ») — a month's hours are never written, so always a reading to
        confirm that says what it assumed; part time without hours is not read."""
        toks = self.toks
        if not 1 <= m.value <= 24 or self.third_party or self.someone \
                or _rate_after(toks, m.end) or (m.at >= 1 and toks[m.at - 1].word in (
                    _DELAY_BEFORE - {"pendant", "durant"}) | {"y", "a"}):
            return None  # « depuis 3 mois », « il y a 2 mois », « tous les 2 mois »
        if any(n.unit in {"h", "d", "w"} and not _is_clock(toks, n, self.mentions)
               for n in self.mentions):
            return None  # « 217 heures, réparties sur deux mois »: the hours written say it
        # The placement named right after the months or before them in the clause (not
        # « Le suivi dure 6 mois après le stage »).
        tie = _nearest_cue(toks, m, (lo, hi))
        if tie <= 0 or (tie == 1 and not self.named_before(m, lo)):
            return None
        words = {t.word for t in toks[lo:hi]}
        if words & {"partiel", "partiels"}:
            return None
        per_month = 5 * self.hours_per_day * 52 / 12
        if words & {"mi", "demi"} - {t.word for t in toks[m.at:m.end]}:
            per_month /= 2
        value = round(m.value * per_month, 2)
        return _Amount(value, f"{num(m.value)} mois × {num(round(per_month, 2))} h", True,
                       m.at, tie, guess=True)

    def named_before(self, m: _Mention, lo: int) -> bool:
        """The placement is what the months measure: « stage de 2 mois », « Mon stage n'a
        duré qu'un mois », « Durée du stage : 2 mois » — only little words, a verb of
        duration or a label between them (not « Ma structure d'accueil accompagne des
        demandeurs d'emploi pendant 6 mois »)."""
        toks = self.toks
        # (« s'est faite à mi-temps durant trois mois »: ten words back at most)
        for k in range(m.at - 1, max(lo, m.at - 10) - 1, -1):
            t = toks[k]
            if cue_of(toks, k) > 0:
                return True
            if not (t.stop or t.word in _MONTH_LINKS or t.stem in {"dur", "etal", "deroul"}
                    or t.word in {":", ",", "(", "|", "'", "-", "–"}):
                return False
        return False

    def rate_over_dates(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« du 6 janvier au 14 février 2025, à raison de 35 heures par semaine », « du 6
        au 31 janvier, 7 heures par jour »: a weekly or daily rate over the working days
        (Monday to Friday) of the dates written — arithmetic the words leave to the reader,
        holidays unknown: always a reading to confirm that shows its sum."""
        weekly = 15 <= m.value <= 48
        if not (weekly or 2 <= m.value <= 12) or self.third_party or self.someone:
            return None
        after = {t.word for t in self.toks[m.end:m.end + 4]}
        if weekly == bool(after & {"jour", "j", "journee", "quotidien", "quotidiennes"}):
            return None  # « 35 h par jour », « 7 h par semaine »: not what they say
        span = _date_span(self.s.norm)
        if span is None:
            return None
        days, text = span
        tie = _nearest_cue(self.toks, m, (0, len(self.toks)))
        if tie <= 0 and not self.first_person:
            return None
        if weekly:
            return _Amount(days / 5 * m.value, f"{text} : {num(days)} jours ouvrés ÷ 5 × "
                           f"{num(m.value)} h", True, m.at, max(tie, 0), guess=True)
        return _Amount(days * m.value, f"{text} : {num(days)} jours ouvrés × {num(m.value)} h",
                       True, m.at, max(tie, 0), guess=True)

    def rate_times_weeks(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« 35 h par semaine pendant 11 semaines »: the weeks come after the rate."""
        weeks = next((n for n in self.mentions if n.unit == "w" and 0 < n.at - m.end <= 10
                      and not n.used), None)
        if weeks is None and m.unit == "h" and not any(n.unit in {"w", "d"}
                                                      for n in self.mentions):
            return self.rate_over_dates(m, lo, hi)
        if weeks is not None and m.unit == "d":
            return self.days_a_week_over(m, weeks, lo, hi)
        if weeks is None or m.unit != "h" or not 15 <= m.value <= 48:
            return None
        weeks.used = True
        tie = max(_nearest_cue(self.toks, m, (lo, hi)),
                  _nearest_cue(self.toks, weeks, (lo, hi)))
        return _Amount(m.value * weeks.value,
                       f"{num(weeks.value)} semaines × {num(m.value)} h", True, m.at, tie,
                       far=_apart(self.toks, m, weeks))

    def week_split(self, m: _Mention) -> _Mention | None:
        """« 3 jours en structure et 2 jours en centre pendant 12 semaines »: a week shared
        between the placement and the centre (days that make at most a week), over a count
        of weeks told with « pendant / durant / sur »: the weeks; ``m`` itself when the
        week is shared but no count of weeks follows; else None."""
        toks, mentions = self.toks, self.mentions
        if not 1 <= m.value <= 6 or (_nearest_cue(toks, m, (0, len(toks))) <= 0
                                     and not _structure_at(toks, m.end)):
            return None  # « 3 jours en structure », « 2 jours au CCAS »
        other = next((n for n in mentions if n.unit == "d" and n is not m and 0 < n.at - m.end <= 8
                      and toks[n.at - 1].word in {"et", ",", "/"}), None)
        if other is None or m.value + other.value > 7 or (_nearest_cue(
                toks, other, (0, len(toks))) >= 0 and not any(
                t.word in {"centre", "formation", "cours"} for t in toks[other.end:other.end + 3])):
            return None  # (« 3 jours au centre »: « centre » alone may be a structure's)
        weeks = next((n for n in mentions if n.unit == "w" and n.at > other.end and not n.used
                      and toks[n.at - 1].word in {"pendant", "durant", "sur"}), None)
        other.used = True
        return weeks if weeks is not None else m

    def alternate_weeks(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """« en alternance, une semaine sur deux, pendant 22 semaines »: every other week of
        the span at the placement — half the weeks at a full week's hours, to confirm."""
        toks = self.toks
        if m.at < 1 or toks[m.at - 1].word not in {"pendant", "durant", "sur"} \
                or not 4 <= m.value <= 52 or self.third_party or self.someone:
            return None
        every_other = any(_every_other_at(toks, k) for k in range(len(toks)))
        tie = _nearest_cue(toks, m, (0, len(toks)))
        if not every_other or (tie <= 0 and not self.context_cue and not any(
                cue_of(toks, k) > 0 for k in range(len(toks)))):
            return None
        per_week = 5 * self.hours_per_day
        return _Amount(m.value / 2 * per_week, f"{num(m.value)} semaines ÷ 2 × {num(per_week)} h"
                       f" (une semaine sur deux)", True, m.at, max(tie, 0), guess=True)

    def days_a_week_over(self, m: _Mention, weeks: _Mention, lo: int,
                         hi: int) -> _Amount | None:
        """« 4 jours par semaine pendant 8 semaines », « 3 jours en structure par semaine
        pendant 10 semaines »: days of each week times the weeks, at the rule set's hours a
        day (assumed unless the rule counts days) — a reading to confirm. A rhythm alone
        (« 3 jours par semaine ») stays no figure; half days too (how long is not said)."""
        if not 1 <= m.value <= 6 or not 1 <= weeks.value <= 52 \
                or self.third_party or self.someone:
            return None
        tie = max(_nearest_cue(self.toks, m, (lo, hi)),
                  _nearest_cue(self.toks, weeks, (lo, hi)))
        if tie < 0 or (tie == 0 and not (self.first_person or self.context_cue)):
            return None
        weeks.used = True
        per = self.hours_per_day
        return _Amount(weeks.value * m.value * per,
                       f"{num(weeks.value)} semaines × {num(m.value)} jours × {num(per)} h",
                       True, m.at, max(tie, 0), guess=not self.days_unit,
                       far=_apart(self.toks, m, weeks))

    def duration(self, m: _Mention, lo: int, hi: int) -> _Amount | None:
        """Hours or days, times a count of periods when there is one."""
        toks = self.toks
        if m.at >= 1 and toks[m.at - 1].word in _DELAY_BEFORE and m.unit in {"d", "hd"} \
                and not (toks[m.at - 1].word in {"pendant", "durant"} and m.value >= 5
                         and not self.third_party and (
                             _nearest_cue(toks, m, (lo, hi)) > 0
                             or (m.unit == "d" and self.daily_rate(m) is not None))):
            # « sous 15 jours », « au bout de 10 jours »; not « ma période en entreprise
            # … pendant 11 jours ».
            return None
        # « 392 heures, dont 196 h à la Mission locale et 196 h au CCAS »: the parts of a
        # figure already read, unless named as the placement itself (« 1 050 heures, dont
        # 385 heures en entreprise »).
        after_dont = self.sub_parts or (self.accepted and any(
            t.word == "dont" for t in toks[self.accepted[-1][1].end:m.at]))
        if after_dont and _nearest_cue(toks, m, (m.at, hi)) < 2:
            self.sub_parts = True
            return None
        # A share of a whole is tied by the words after it, not by the whole's own
        # (« Sur les 1 260 heures de ma formation, 406 … en entreprise »).
        amount = _Amount(m.value, "", False, m.at, 1 if m.share else _nearest_cue(
            toks, m, (lo, hi)))
        if amount.tie < 0 and m.unit in {"d", "hd"} and self.stated_row and self.context_cue \
                and _activity_after(toks, m.end, hi):
            # « Déroulé du stage : – 5 jours d'entretiens en binôme »: days of the
            # placement spent on an activity (an interview lasts hours, not days).
            amount.tie = 0
        daily = (self.daily_rate(m) or _each_in_brackets(toks, m)) \
            if m.unit in {"d", "hd"} else None
        if daily is not None and m.unit == "hd":
            self.half_days_at(m, daily, amount, (lo, hi))
        elif daily is not None:
            # « 26 jours à raison de 7 heures par jour », « 20 journées de 7 h », « 12 jours
            # (6 h par jour) »: the hours a day are written, the product is arithmetic.
            daily.used = True
            amount.value = m.value * daily.value
            amount.how = f"{num(m.value)} jours × {num(daily.value)} h"
            amount.tie = max(amount.tie, _nearest_cue(toks, daily, (lo, hi)))
            amount.far = _apart(toks, m, daily)
        elif m.unit == "d":
            amount.value = m.value * self.hours_per_day
            amount.how = f"{num(m.value)} jours × {num(self.hours_per_day)} h"
            amount.inferred = not self.days_unit
            amount.guess = not self.days_unit
            # A jury member counts a placement's days at the rule's day (7 h, the day of a
            # 35-hour week) when nothing else in the sentence gives hours: that conversion
            # alone does not make a plain count of days a guess (« mes dix-huit jours de
            # stage »). Hours written beside it (« à raison de 6 heures par jour » too far
            # to be tied, « 154 heures, 22 jours ») leave it to confirm as before.
            amount.standard_day = amount.guess and not any(
                n.unit in {"h", "hd"} and n is not m for n in self.mentions) \
                and not self.day_length_near()
        elif m.unit == "hd":
            amount.value = m.value * self.hours_per_day / 2
            amount.how = f"{num(m.value)} demi-journées × {num(self.hours_per_day / 2)} h"
            amount.inferred = amount.guess = True
        if m.at >= 2 and toks[m.at - 1].word in {"x", "×", "*", "fois"} \
                and toks[m.at - 2].kind == "number":
            # « 2 x 196 h », « en deux fois 91 heures »: written arithmetic, not an
            # inference.
            amount.value *= toks[m.at - 2].value or 1
            amount.how = f"{toks[m.at - 2].text} × {num(m.value)} h"
        count = None if amount.how else _count_before(toks, m, lo)
        # « Mes deux périodes de stage : 210 h et 175 h »: the periods listed one by one.
        # « deux périodes : 105 heures au CCAS, et trois semaines au PLIE »: the periods
        # may be told in different units.
        listed = sum(1 for n in self.mentions if n.at > count[2] and (
            n.unit == m.unit or n.unit in {"w", "d"} and not _rate_after(toks, n.end)
            and any(t.word in _ADDED for t in toks[max(0, n.at - 2):n.at]))
                     and not _is_clock(toks, n, self.mentions)) if count else 0
        if count is not None and (_each_near(toks, m) or (
                not _total_before(toks, m, lo) and listed < 2)):
            amount.value *= count[0]
            amount.how = f"{count[1]} × {amount.how or num(m.value) + ' h'}"
            amount.inferred = True
            amount.first = count[2]
        return amount

    def day_length_near(self) -> bool:
        """Hours or a part of the day told in the sentences around (« de 9 h à 12 h »,
        « à mi-temps », « les matins ») : the days may be shorter than the rule's."""
        here = self.s.index
        for k in range(max(0, here - 2), min(len(self.reading.sentences), here + 3)):
            s = self.reading.sentences[k]
            toks = self.reading.tokens_of(s)
            if s.page == self.s.page and any(
                    t.word in _DAY_LENGTH and not _a_moment(toks, k) for k, t in enumerate(toks)):
                return True
        return False

    def half_days_at(self, m: _Mention, each: _Mention, amount: _Amount,
                     bounds: tuple[int, int]) -> None:
        """« 40 demi-journées de 3,5 h », « 48 demi-journées (3 h 30 chacune) »: the hours
        of each half day are written, the product is arithmetic, not a guess."""
        toks = self.toks
        each.used = True
        hours = _hours_and_minutes(toks, each)
        amount.value = m.value * hours
        amount.how = f"{num(m.value)} demi-journées × {num(hours)} h"
        amount.tie = max(amount.tie, _nearest_cue(toks, each, bounds))
        amount.far = _apart(toks, m, each)

    def daily_rate(self, m: _Mention) -> _Mention | None:
        """The hours a day written right after a count of days: « à raison de 7 heures par
        jour », « de 7 h », « (6 h par jour) », « à 7h/jour »."""
        for n in self.mentions:
            if n.unit != "h" or n.at <= m.end or not 2 <= n.value <= 12:
                continue
            between = {t.word for t in self.toks[m.end:n.at]}
            per_day = (_rate_after(self.toks, n.end) or any(
                t.word in {"quotidiennes", "quotidien", "quotidiens"}
                for t in self.toks[n.end:n.end + 2])) and any(
                t.word in {"jour", "journee", "j", "quotidiennes", "quotidien", "quotidiens"}
                for t in self.toks[n.end:n.end + 3])
            if m.unit == "hd" and n.value > 6:
                continue  # a half day holds a few hours
            # « 48 demi-journées (3 h 30 chacune) »: each one's hours, in brackets; « 84
            # jours en structure, de 7 heures chacun »: « chacun » takes up the days
            # whatever the words of place between, in the same clause.
            each = any(t.word in {"chacune", "chacun", "chaque"}
                       for t in self.toks[n.end:n.end + 2]) and (
                between <= {"(", ",", "de", "d", "'"} or (
                    n.at - m.end <= 8 and not any(
                        t.kind == "number" or t.word in {";", ".", ":"}
                        for t in self.toks[m.end:n.at])))
            # « 20 journées de 7 h », « 25 jours de stage de 7h chacun », « dix journées
            # complètes de 7 heures ».
            if n.at - m.end <= 4 and (per_day or each or (
                    between <= {"de", "d", "'", "a"} | _PLACEMENT | _WHOLE_DAYS
                    and between & {"de", "a"})
                    or between in ({"x"}, {"×"}, {"*"})):  # « 25 jrs x 7h »
                return n
            if each:
                return n
            # « 30 jours à la Mission Locale, à raison de 7 heures quotidiennes »: the rate
            # further on, with no other count of days before it.
            if per_day and n.at - m.end <= 12 and not any(
                    o.unit == "d" and m.at < o.at < n.at for o in self.mentions):
                return n
        return None

    def amount(self, m: _Mention) -> tuple[_Amount, int, int] | None:
        toks = self.toks
        if m.used or _is_clock(toks, m, self.mentions) \
                or (m.unit in {"d", "hd", "w", "m"} and _time_off(toks, m)):
            return None
        if _LEADERS.search(self.reading.blocks[toks[m.at].block].text) \
                and not _placement_leader(self.reading.blocks[toks[m.at].block].text, toks, m):
            return None
        if m.at >= 1 and toks[m.at - 1].word in {"+", "j", "d"} \
                and toks[m.at - 1].end == toks[m.at].start:
            return None  # « J+15 », « J15 »
        lo, hi = _clause(toks, m)
        # « 35 h par semaine », « Durée hebdomadaire : 35 h »: a schedule.
        rate = _rate_after(toks, m.end) or any(
            t.word in _RATE_WORDS for t in toks[max(lo, m.at - 4):m.at])
        if m.unit in {"d", "hd", "w", "m"} and self.accepted and any(
                t.word in {"soit", "(", "environ"} for t in toks[max(0, m.at - 2):m.at]) \
                and (m.at - self.accepted[-1][1].end <= 3 or toks[m.at - 1].word == "soit"
                     and self.accepted[-1][1].unit == "h" and not self.accepted[-1][0].how
                     and not any(t.kind == "number" or t.word in _TAKEN_OFF
                                 for t in toks[self.accepted[-1][1].end:m.at])):
            # (« 56 heures de stage à la Mission locale de Mamoudzou, soit huit journées »)
            # « 392 heures, soit 56 jours »: the same figure, converted — not « du 3 mars
            # au 11 avril (6 semaines) puis du 2 au 27 juin (4 semaines) ».
            last = self.accepted[-1][0]
            if not (self.days_unit and m.unit == "d" and "semaines ×" in last.how
                    and toks[m.at - 1].word == "soit"):
                if m.unit == "d" and (its_rate := self.daily_rate(m)) is not None:
                    its_rate.used = True  # « soit 24 jours de 7 heures »: its rate too
                return None
            # « Stage pratique : 4 semaines soit 20 jours » for a rule counted in days: the
            # days written say what the weeks (at an assumed rate) only guessed.
            self.accepted.pop()
        if m.unit == "h" and self.accepted \
                and self.accepted[-1][1].unit in {"d", "hd", "w", "m"} \
                and self.accepted[-1][0].how.count("×") == 1 \
                and 0 < m.at - self.accepted[-1][1].end <= 5 and all(
                    t.word in {"(", "soit", ",", "=", "de", "d", "'", "en", ":", "."}
                    or t.word in _PLACEMENT or t.word in {"entreprise", "entreprises"}
                    for t in toks[self.accepted[-1][1].end:m.at]) and any(
                    t.word in {"(", "soit", ",", "=", ":"}
                    for t in toks[self.accepted[-1][1].end:m.at]):
            # « 29 jours (203 heures) », « 4 semaines, soit 140 h », « 8 jours de stage (56
            # heures) »: the hours written say
            # what the days or weeks were only converted to.
            self.accepted.pop()
        found = self.by_unit(m, lo, hi, rate)
        return (found, lo, hi) if found is not None else None

    def by_unit(self, m: _Mention, lo: int, hi: int, rate: bool) -> _Amount | None:
        """What the mention amounts to, by its unit and whether it is a rate."""
        toks = self.toks
        if m.unit == "h" and m.value <= 12 and m.at >= 2 and toks[m.at - 1].word == "de" \
                and toks[m.at - 2].word in {"journees", "journee"} \
                and not (m.at >= 3 and toks[m.at - 3].kind == "number"):
            return None  # « pour des journées de 7 heures »: a day's length, not a duration
        if m.article and m.unit == "d" and not (self.accepted and all(
                n.unit in {"w", "d"} for _, n in self.accepted)):
            # one more day only after days or weeks read (« 77h00 …, réparties sur deux
            # semaines et une journée »: the hours written say it all)
            return None
        if m.unit == "w" and _every_other_at(toks, m.at):
            return None  # « 1 sem. sur 2 »: a rhythm, its weeks are counted after it
        if m.unit == "m":
            return self.months(m, lo, hi)
        if m.unit == "w":
            return self.alternate_weeks(m, lo, hi) or self.weeks_times_hours(m, lo, hi)
        if m.unit == "d" and (split := self.week_split(m)) is not None:
            # « 3 jours en structure et 2 jours en centre chaque semaine »: without a count
            # of weeks, a rhythm — no figure.
            return self.days_a_week_over(m, split, lo, hi) if split is not m else None
        if rate:
            return self.rate_times_weeks(m, lo, hi)
        return self.duration(m, lo, hi)

    def figure(self, m: _Mention) -> Figure | None:  # noqa: C901
        """The placement figure a mention makes, or None when it is something else."""
        read = self.amount(m)
        if read is None:
            return None
        a, lo, hi = read
        toks = self.toks
        if m.anaphora and a.tie == 0 and not _so_far(toks):
            # « … accomplir 385 heures en structure ; je n'en ai accompli que 364 »: « en »
            # takes up hours the words tied to the placement — so are these.
            prev = next((n for n in reversed(self.mentions) if n.at < m.at and n.unit == "h"
                         and not n.anaphora), None)
            if prev is not None and _nearest_cue(toks, prev, _clause(toks, prev)) > 0:
                a.tie = 1
        # « Total | 392 h », « Période en entreprise : 105 heures »: a label just before.
        label_near = any(t.word in _LABEL_PUNCT or t.word == "total"
                         for t in toks[max(lo, m.at - 3):m.at])
        # A line that opens on its label (« Durée du stage : 12 semaines …, soit 420 h »,
        # « Stage d'une durée de 392 heures … ») says whose figure it is.
        colon = next((k for k, t in enumerate(toks[:m.at]) if t.word in {":", "|"}), None)
        opens_on_label = (colon is not None and colon <= 6) or (
            bool(toks) and toks[0].word in _PLACEMENT and a.tie > 0)
        labelled_line = self.stated_row or label_near or (
            opens_on_label and not self.third_party)
        if a.inferred and not a.guess and m.unit != "d" and a.tie > 0 and (self.s.in_table or any(
                t.word in {":", "|"} for t in toks[max(0, a.first - 3):a.first])
                or any(t.word == "duree" for t in toks[max(0, a.first - 4):a.first])
                or self.lasted(lo, a.first)):
            # « Période en entreprise : 11 semaines à 35 h », « Le stage, d'une durée de 3
            # semaines de 35 heures, … » are statements, not prose a reader has to
            # interpret; days stay a guess (the hours per day are assumed).
            a.inferred = False
        if not self._tied(m, a, lo, hi, label_near):
            return None
        if not self.when_and_whose(a, m, lo, hi):
            return None
        if a.untied:
            return self.untied_figure(m, a, lo)
        # Tied by its own words, or a label line or table row under a placement caption.
        stated = a.tie > 0 or (self.context_cue and labelled_line)
        if not labelled_line and not self.first_person and (
                a.tie <= 0 or self.third_party
                or any(t.word in THEIR_PLACEMENT for t in toks[lo:hi])
                or (a.tie == 1 and not any(past_at(toks, k) for k in range(len(toks))))):
            # « Le stage de découverte de 35 heures a confirmé son projet »: prose that does
            # not say whose placement it is reads as a guess; « 392 heures de stage » or
            # « Le stage, réalisé au CIDFF, a duré 56 heures » with nobody else in the
            # sentence does not. An immersion or a PMSMP told impersonally is most often
            # an accompanied person's: a guess. The placement named before its figure is
            # the candidate's when told in the past (« a duré », « s'est déroulé »); in
            # the present (« Le stage collectif dure 40 heures ») it describes a programme.
            stated = False
        after_semi = self.own_clause(m)
        mixed = self.mixed
        if after_semi is not None:
            # « Ma tutrice arrivait à 8h30 ; le stage a duré 175 heures »: the clause after
            # the semicolon has its own subject; someone else's placement told before it
            # still makes « le stage » a reading to confirm.
            before = toks[:len(toks) - len(after_semi)]
            mixed = _mixed(after_semi) or (
                not any(t.word in _FIRST_PERSON for t in after_semi)
                and any(t.word in _PLACEMENT for t in before) and _owner_is_other(before))
        if mixed and not labelled_line:
            stated = False
        if not labelled_line and (self.not_yet(m) or (
                not self.first_person and self.after_someone_elses())
                or self.mine_only_in_passing()):
            # « 70 heures de stage, que je n'ai pas encore commencé »; « Mme K. a fait un
            # stage. Le stage, réalisé chez Leclerc, a duré 35 heures. »: « le stage » is
            # hers. A reading to confirm, never a failure.
            stated = False
        if stated and not labelled_line and not self.first_person and not _own_placement(
                toks) and any(
                t.word in THEIR_PLACEMENT for t in toks[lo:hi]) and not any(
                t.stem in DID_STEMS for t in toks[lo:a.first]):
            # « Immersion de 35 heures chez un boulanger pour Yanis »: an immersion or a
            # PMSMP told by nobody is most often an accompanied person's — never a failure.
            stated = False
        if self.someone and not self.first_person and not (self.s.in_table or self.s.page == 1):
            # « Le stage de M. B. s'est bien passé : 35 heures en boulangerie »: a short
            # line, but about someone else.
            stated = False
        # « Au total, j'ai effectué 392 heures. »: a first-person total is a statement;
        # « J'ai effectué 385 heures au sein de la Mission locale » reads as the placement
        # but does not name it: a reading to confirm.
        did = a.tie == 0 and not self.context_cue and self.did(m, a)
        if a.tie == 0 and self.context_cue and not self.someone and not self.third_party \
                and self.opens_on_own_placement() and not self.own_frame(0, len(toks)) \
                and self.did(m, a) and not a.guess:
            # « Alors mon stage à l'agence APEC … du coup j'ai fait neuf journées de sept
            # heures ce qui donne soixante-trois heures »: the sentence is about the
            # candidate's own placement, and the verb of hours done is theirs.
            stated = True
        if a.tie == 0 and m.at >= 1 and toks[m.at - 1].word == "soit" and self.done_after(m) \
                and self.first_person and not self.third_party and not self.someone:
            # « j'ai dû poser 2 jours de congé, soit 196 heures réalisées »: the hours the
            # candidate did, as the sentence's result.
            stated = True
        if did:
            # « 143,5 heures effectuées », « 91 heures réalisées »: the words of a record
            # of attendance, a statement.
            stated = any(t.word in {"total", "tout"} or t.stem in {"cumul", "totalis"}
                         for t in toks[lo:m.end + 3]) or self.done_after(m)
            if self.spent_after(m) and self.whole_opened(a.first) and not self.someone:
                # « Sur les vingt-quatre jours passés à l'association …, j'ai consacré les
                # six premiers à … »: the time spent there is the whole the sentence then
                # shares out — the placement itself.
                stated = True
            elif self.spent_only(m) or self.spent_after(m):
                # Time spent somewhere is the placement or an activity of it: to confirm.
                a.inferred = True
        if not stated and a.tie == 0 and m.unit == "h" and not a.inferred \
                and self.first_person and not self.someone and not self.third_party \
                and said_done(toks, a.first, m.end, self.hours_per_day) and not _so_far(toks) \
                and not other_time(toks) \
                and not self.placed_elsewhere():
            # « J'ai effectué 168 heures sur les 175 demandées », « Donc j'ai fait 8 jours
            # seulement, 56 heures »: the candidate says, in the first person and the past,
            # that they did these hours — a statement, with or without the word « stage ».
            stated = True
        last_colon = next((k for k in range(m.at - 1, -1, -1) if toks[k].word == ":"), None)
        if stated and last_colon is not None and not self.first_person and any(
                t.word in {"sa", "son", "ses", "leur", "leurs"}
                for t in toks[max(0, last_colon - 6):last_colon]):
            # « Tutrice : Madame O. F. — Sa période d'immersion : 35 heures »: a line about
            # someone else's placement, even on a cover.
            stated = False
        if stated and labelled_line and colon is not None and not self.first_person \
                and not (self.s.in_table or self.s.page == 1) \
                and any(t.word in THEIR_PLACEMENT for t in toks[:colon]) \
                and any(t.word in {"immersions", "pmsmps"} or t.word.startswith((
                    "propos", "prescri", "organis", "orient", "accompagn", "negoci"))
                        for t in toks[:colon]):
            # « Immersions proposées : 35 h au CCAS et 35 h chez Leclerc »: immersions
            # under a label nobody owns are most often those a CIP arranges for others.
            stated = False
        # What follows makes statements of forms read as guesses until session 9; a figure
        # so promoted never outranks one stated by the older rules (a cover's label line):
        # beside it, it only makes the reading one to confirm (``_rivals``).
        was_stated = stated
        if not stated and self.s.page == 1 and a.tie == 0 and not a.guess \
                and not self.someone and not self.third_party and self.hours_done_label(m):
            # « Heures effectuées : 105 h (au lieu de 140 – arrêt maladie 1 sem.) » on a
            # dossier's cover: its record of the placement's hours.
            stated, a.inferred = True, False
        if not stated and (not a.inferred or a.standard_day) and self.first_person \
                and not self.someone and not self.third_party \
                and not self.own_frame(0, len(toks)) and (
                    (self.context_cue and self.did(m, a) and self.after_own_placement())
                    or self.hosted_at_structure(a.first)
                    or (self.context_cue and self.time_there(m, a))
                    # « Franchement, ce stage m'a ouvert les yeux. J'ai fait 119 heures à
                    # la Mission locale de Bourges »: the candidate's hours done at a
                    # structure right after a sentence about their own placement.
                    or (self.context_cue and self.did(m, a) and _structure_at(toks, m.end)
                        and self.after_own_placement(anywhere=True, own=_OWN_OR_THIS))):
            # « Mon stage à l'entreprise d'insertion … a été interrompu … . J'ai finalement
            # effectué 147 heures sur les 175 prévues »: the verb of hours done right after
            # a sentence about the candidate's own placement; « Je n'ai pu être accueillie
            # que huit journées de 7 heures au Point Information Jeunesse »: hosted by a
            # structure, the placement itself.
            stated = True
        if not stated and not a.guess and self.first_person and not self.someone \
                and not self.third_party and self.weeks_at_structure(m) \
                and self.after_own_placement(anywhere=True):
            # « Mon employeur a accepté que mon stage se fasse au rythme de mon contrat … .
            # J'ai ainsi passé 12 semaines à 32 heures au PLIE »: whole weeks at a
            # structure right after the candidate's placement is named — that placement.
            stated, a.inferred = True, False
        if not stated and self.context_cue and not a.inferred and not self.someone \
                and not self.third_party and (_spoken_result(toks, a.first)
                                              or _duration_amounts_to(toks, a.first)):
            # « Alors pour mon stage, je l'ai fait au CCAS. Au final ça fait 133 heures »:
            # the sum of the placement just told, as its result.
            stated = True
        if not stated and a.tie >= 0 and not a.inferred and not self.someone \
                and not self.third_party and (_attendance_record(toks, a.first) or (
                    a.tie > 0 and _own_record(toks, a.first))):
            # « L'attestation de stage, jointe en annexe 2, indique 112 heures effectuées »,
            # « Ma feuille de présence totalise 126 heures »: the candidate's own record of
            # attendance, quoted in their dossier.
            stated = True
        promoted = stated and not was_stated
        if _would_have(toks, lo, a.first):
            return None  # « Mon stage aurait dû durer trois semaines »: it did not
        plan = (planned_near(toks, a.first, m.end, lo) or self.agreed(a.first, m.end)) \
            and not _looking_back(toks, lo, a.first)
        row = ""
        if self.stated_row:
            # A bulleted line (« • 105 h au CIDFF ») is named by the words after its figure.
            prefix = self.s.norm[:toks[m.at].start].strip(" :|-–•·*●▪◦‣>")
            row = (" ".join(t.word for t in self.cells) if self.cells
                   else prefix or " ".join(t.word for t in toks[m.end:m.end + 4]))
        # A table cell: « Total » or « PAE 2 » stands in the cells before it.
        total = _total_before(toks, m, lo) or any(
            t.word in {"total", "totale", "cumul"} for t in self.cells)
        return Figure(a.value, self.reading.page_at(self.s, toks[m.at].start),
                      quote_around(self.s.text, toks[a.first].start, toks[m.end - 1].end), a.how,
                      total=total, stated=stated, inferred=a.inferred,
                      label=_label(toks, m) or _label_in(self.cells), sentence=self.s.index,
                      row=row, plan=plan, definite=a.first >= 1 and toks[a.first - 1].word in {
                          "mes", "les", "ces", "nos"},
                      whole=_whole_placement(toks, a.first, m.end) or _a_record(toks, a.first),
                      promoted=promoted,
                      theirs=not self.first_person and (
                          self.someone or self.third_party or _named_subject(toks)
                          or _a_placement(toks, m.at)),
                      doubt="chiffres éloignés dans la phrase, multipliés" if a.far else "",
                      standard_day=a.standard_day and a.how.count("×") == 1)

    def untied_figure(self, m: _Mention, a: _Amount, lo: int) -> Figure | None:
        """A duration no placement word ties, kept as a best guess (never a statement)
        only when it reads as the candidate's own time: told in their voice (this sentence
        or its paragraph), nobody else in it, longer than a working week (35 h is a
        schedule, an interview or a workshop is shorter), not a delay, a task, training,
        a contract's months or a length that did not happen."""
        toks = self.toks
        if m.unit == "m" or a.value <= 5 * self.hours_per_day or _would_have(toks, lo, a.first):
            return None
        # Its own clause, cut at commas, colons and subordinators (« elle sort la feuille,
        # on recompte ensemble : 385 heures »; « je crois qu'on arrive à 400 heures »).
        start = next((k + 1 for k in range(a.first - 1, -1, -1) if toks[k].word in _CUTS), 0)
        stop = next((k for k in range(m.end, len(toks)) if toks[k].word in _CUTS), len(toks))
        subject = [t.word for t in toks[:5]] + [t.word for t in toks[start:a.first]]
        if any(t.word in _SOMEONE_ELSE or t.word in _THIRD_PARTY for k, t in enumerate(
                toks[start:stop], start) if not _impersonal_il(toks, k)) \
                or _subject_is_other(toks) or (toks and toks[0].word in _THIRD_PERSON) \
                or any(w in _PEOPLE for w in subject):
            # someone else's time (« Mme B., que j'accompagnais, a été … », « Les
            # conseillers de l'équipe font 39 heures »)
            return None
        own_voice = self.first_person or any(t.word == "on" for t in toks)
        if not own_voice and (self.someone or self.third_party):
            return None  # a sentence about someone else
        if not (own_voice or self.voice_beside()):
            return None
        if any(t.word in THEIR_PLACEMENT or t.word in _TRAINING or t.word in _SCHOOLING
               or (t.word == "centre" and (k >= 1 and toks[k - 1].word == "en" or (
                   k + 2 < len(toks) and toks[k + 2].word in _TRAINING)))
               for k, t in enumerate(toks)):
            return None  # (« au centre social » is a structure; « en centre » is training)
        if a.first >= 1 and (toks[a.first - 1].word in _DELAY_BEFORE - {"pendant", "durant"} or (
                a.first >= 2 and toks[a.first - 2].word in {"sur", "tous", "toutes"}
                and toks[a.first - 1].word == "les")):
            return None  # « sous 48 h », « sur les 40 heures », « tous les quinze jours »
        after = [t.word for t in toks[m.end:m.end + 2]]
        if after[:1] in (["plus"], ["apres"], ["avant"], ["auparavant"], ["par"]) or (
                len(after) == 2 and after[0] in {"a", "pour"}
                and after[1].endswith(("er", "ir", "re"))):
            return None  # « 40 heures passées à préparer le forum »: a task
        return Figure(a.value, self.reading.page_at(self.s, toks[m.at].start),
                      quote_around(self.s.text, toks[a.first].start, toks[m.end - 1].end),
                      a.how, inferred=True, sentence=self.s.index, untied=True,
                      plan=planned_near(toks, a.first, m.end, lo))

    def voice_beside(self) -> bool:
        """The paragraph around is told in the first person (« Donc soixante-treize
        heures, pour être exacte. », « Sept jours. C'est tout ce que j'ai pu faire au Point
        Accueil Solidarité »): a sentence of the same block, a few before or after."""
        r, s = self.reading, self.s
        blocks = set(s.blocks)
        for k in range(max(0, s.index - 3), min(len(r.sentences), s.index + 4)):
            if k != s.index and blocks & set(r.sentences[k].blocks) \
                    and any(t.word in _FIRST_PERSON for t in r.tokens_of(r.sentences[k])):
                return True
        return False

    def attested(self, first: int) -> bool:
        """« … atteste / certifie que Mme S. B. a effectué un stage … de 392 heures »: the
        figure is in what a host structure attests, with a verb of the candidate's hours."""
        toks = self.toks
        k = next((k for k in range(first - 1, -1, -1)
                  if toks[k].word.startswith(("attest", "certifi"))
                  and k + 1 < len(toks) and toks[k + 1].word in {"que", "qu"}), None)
        return k is not None and any(t.stem in DID_STEMS for t in toks[k:first]) \
            and not any(t.word in THEIR_PLACEMENT for t in toks[k:first])

    def present_at_structure(self, m: _Mention) -> bool:
        """Days (or half days) of presence at a structure: « N journées de présence au
        … », « la présence au … a pris la forme de N demi-journées », « N journées …
        passées à l'accueil de la Maison de l'emploi »."""
        toks = self.toks
        if m.unit not in {"d", "hd"} or self.someone or self.third_party:
            return False
        window = toks[m.end:min(len(toks), m.end + 8)]
        present = any(t.word in {"presence", "passees", "passes"} for t in window[:4]) or any(
            t.word == "presence" and k + 1 < len(toks) and toks[k + 1].word in _AT_PLACE
            for k, t in enumerate(toks[:m.at]))
        return present and any(_structure_at(toks, k) or toks[k].word in _STRUCTURE_WORDS
                               for k in range(len(toks)))

    def hours_done_label(self, m: _Mention) -> bool:
        """« Heures effectuées : 105 h », « Heures réalisées : 392 », « Volume horaire
        effectué : 140 h »: the label of its line, right before the figure, is the hours
        done (not of training, not planned)."""
        toks = self.toks
        colon = next((k for k in range(m.at - 1, max(-1, m.at - 3), -1)
                      if toks[k].word == ":"), None)
        if colon is None:
            return False
        label = toks[max(0, colon - 3):colon]
        return any(t.word in {"heures", "heure", "volume"} for t in label) and any(
            t.stem in DID_STEMS for t in label) and not any(
            t.word in _TRAINING or t.word.startswith("prev") for t in label)

    def done_label(self, m: _Mention, lo: int, label_near: bool) -> bool:
        """« Heures réalisées : 392 », « Volume horaire effectué : 392 h » — or on a cover
        page « Durée : 392 heures »: a label line of hours done that does not name the
        placement; on a dossier's cover or in its record of hours it most likely is, a
        reading to confirm."""
        if not label_near or m.unit not in {"h", "d"} or self.third_party or self.someone:
            return False
        label = self.toks[lo:m.at]
        done = any(t.stem in DID_STEMS or t.word.startswith("valid") for t in label) or any(
            t.word == "volume" for t in label) and any(t.word == "horaire" for t in label) \
            or any(t.word in {"mes", "nos"} and u.word in {"heures", "jours"}
                   for t, u in zip(label, label[1:], strict=False))  # « Mes heures : … »
        return done or self.place_then_length(label) or (
            self.s.page == 1 and any(t.word in {"duree", "heures", "total"} for t in label))

    def place_then_length(self, label: Sequence[Token]) -> bool:
        """« Lieu : CCAS de Lens. Durée : 182 heures. », « Structure d'accueil : PLIE.
        Durée : 5 semaines » — a line of length right after a line of place; « Durée : 11
        sem x 35 h = 385 h » — a length worked out in weeks or days: a record of the
        placement that does not name it, most likely it (to confirm)."""
        d = next((k for k in range(len(label) - 2, -1, -1) if label[k].word in {
            "duree", "durees"} and label[k + 1].word == ":"), None)
        if d is None or any(t.kind == "word" and not t.text[:1].isupper()
                            for t in label[:d][-1:]):
            return False  # « La durée : … » inside prose is not a record's line
        after = label[d:]
        if any(t.word in {"x", "×", "*"} for t in after) and any(
                t.word in {"sem", "semaine", "semaines", "jours", "j", "jrs"} for t in after):
            return True
        # « • Lieu : CHRS Le Phare • Durée : … » on one line, or the line before.
        if any(t.word in _PLACE_LABELS and label[k + 1].word == ":"
               for k, t in enumerate(label[:d])):
            return True
        k = self.s.index - 1
        if k < 0 or self.reading.sentences[k].page != self.s.page:
            return False
        prev = [t for t in self.reading.tokens_of(self.reading.sentences[k])
                if t.kind != "punct" or t.word == ":"]
        head = [t.word for t in prev[:4]]
        return ":" in head and head[0] in _PLACE_LABELS

    def at_a_structure(self, m: _Mention, a: _Amount, lo: int) -> bool:
        """« J'ai commencé par 210 heures à la Mission Locale », « Les 182 heures au PLIE
        m'ont appris… », « À la Mission Locale, 210 heures. »: at least a week's hours put at
        a structure by the words right after or before them, nobody else in the sentence —
        most likely the placement, a reading to confirm."""
        if m.unit not in {"h", "d"} or a.value < 35 or self.third_party or self.someone:
            return False
        toks = self.toks
        if any(t.word in _NOT_A_STAY for t in toks):
            return False  # « L'action s'est déroulée sur 35 heures au centre social »
        return _structure_at(toks, m.end) or any(
            toks[k].word in _AT_PLACE and _structure_at(toks, k) for k in range(lo, m.at))

    def structure_row(self, m: _Mention, lo: int) -> bool:
        """« CCAS de Lens : 105 h ; PLIE : 98 h », « • Mission Locale d'Arras 03/03 – 28/03
        140 h »: a row or short line that opens on a structure's name and gives it hours,
        with no word naming the placement anywhere near — most likely the placement's
        periods, a reading to confirm (« Lundi : 7 h », « Atelier CV : 14 h » are not)."""
        toks = self.toks
        if m.unit not in {"h", "d"} or self.third_party or self.first_person:
            return False
        # The row starts after the last « ; » (« CCAS : 105 h ; PLIE : 98 h »), not at a
        # point of an abbreviation (« CCAS : 3 sem. (105h) »), and ends at the next one.
        lo = next((k + 1 for k in range(m.at - 1, -1, -1) if toks[k].word == ";"), 0)
        hi = next((k for k in range(m.end, len(toks)) if toks[k].word == ";"), len(toks))
        # A line of a cover (PDF lines run into one sentence) is a row of its own.
        line = self.s.text.rfind("\n", 0, toks[m.at].start)
        if line >= 0:
            lo = max(lo, next((k for k in range(lo, m.at) if toks[k].start > line), m.at))
        nxt = self.s.text.find("\n", toks[m.end - 1].end)
        if nxt >= 0:
            hi = min(hi, next((k for k in range(m.end, hi) if toks[k].start > nxt), hi))
        # « Du 5 janvier au 30 janvier 2026 : régie de quartier de Bobigny (140 h) »: the
        # dates open the row, the structure follows the colon.
        dated = lo
        if lo < m.at and toks[lo].word == "du":
            colon = next((k for k in range(lo, m.at) if toks[k].word == ":"), None)
            if colon is not None and any(t.kind == "number" for t in toks[lo:colon]):
                lo = colon + 1
        if not (self.stated_row or hi - lo <= 14 and any(
                t.word in _LABEL_PUNCT for t in toks[dated:hi])):
            return False
        ends = m.end >= len(toks) or toks[m.end].kind == "punct" and toks[m.end].word != "("
        if not ends and not any(t.word in _LABEL_PUNCT for t in toks[max(lo, m.at - 2):m.at]):
            return False
        row = [t for t in toks[lo:m.at] if t.kind != "punct" and t.word not in _BULLETS]
        if not row or any(cue_of(toks, k) < 0 for k in range(lo, m.end)):
            return False
        first = row[0]
        return first.word not in _CALENDAR | _NOT_STRUCTURES and first.kind == "word" and (
            first.word in _STRUCTURE_WORDS or (first.text.isupper() and len(first.text) >= 3))

    def lasted(self, lo: int, first: int) -> bool:
        """« Ma PMAP a duré six semaines, à raison de cinq jours par semaine », « La période
        … s'est étalée sur 5 semaines … »: the placement is the subject of a verb of
        duration right before the figure, which is then its length, not prose to
        interpret."""
        toks = self.toks
        verb = next((k for k in range(first - 1, max(lo, first - 4) - 1, -1)
                     if toks[k].stem in {"dur", "etal"}
                     and toks[k].word not in {"duree", "durees", "durant"}), None)
        return verb is not None and not self.third_party and not self.someone and any(
            cue_of(toks, k) > 0 for k in range(lo, verb))

    def likely_unnamed(self, m: _Mention, a: _Amount, lo: int) -> bool:
        """Most likely the placement though its words do not name it, so a reading to
        confirm: weeks at a full week's hours opening the sentence (« Quatre semaines à
        trente-cinq heures au GEIQ, puis … »), or spans of time counted then told one by
        one (« Deux quinzaines d'observation : la première (35 heures) …, la seconde (35
        heures) … »); never with someone else in the sentence."""
        if self.third_party or self.someone:
            return False
        weeks_at_rate = m.unit == "w" and a.how.count("×") == 1 and not a.guess
        return (weeks_at_rate and not self.first_person and a.first == lo) \
            or self.listed_spans(m)

    def listed_spans(self, m: _Mention) -> bool:
        """The sentence opens on a count of spans of time (« Deux quinzaines », « Trois
        périodes », « Deux temps ») that ordinals then take one by one, this figure among
        them."""
        toks = self.toks
        words = [t for t in toks[:4] if t.word not in _DETERMINERS]
        opens = len(words) >= 2 and words[0].kind == "number" \
            and 2 <= (words[0].value or 0) <= 6 and words[1].word in _SPANS
        return opens and _label(toks, m).startswith("periode ")

    def more_left_out(self) -> bool:
        """The sentence adds time its figures do not count: weeks or days added to them
        (« 105 h au CCAS + 2 semaines au PLIE », « … et 10 jours au PLIE »), « le reste »,
        a placement « prolongé d'une semaine », hours « à ajouter »: what was read is only
        part of the placement, a reading to confirm, never a failure."""
        toks = self.toks
        read = {id(m) for _, m in self.accepted}
        if self.restated_in_hours(read):
            return False
        for n in self.mentions:
            if id(n) in read or n.used or n.unit not in {"w", "d", "hd"}:
                continue
            before = {t.word for t in toks[max(0, n.at - 2):n.at]}
            if before & _ADDED and not _rate_after(toks, n.end):
                return True
        words = [t.text.lower() for t in toks]
        # (« …, auxquelles se sont ajoutés deux jours »: days a product already added)
        added = {k for n in self.mentions if n.used and n.unit == "d"
                 for k in range(max(0, n.at - 4), n.at)}
        return any(w.startswith(_MORE_STEMS) and k not in added
                   for k, w in enumerate(words)) or any(
            w in {"le", "du"} and words[k + 1] == "reste" and not _rest_of_time(words, k + 2)
            and not _never_done(words, k + 2)
            for k, w in enumerate(words[:-1]))

    def restated_in_hours(self, read: set[int]) -> bool:
        """« 1 semaine et 3 jours de stage, soit 56 heures au total », « 4 semaines et 2
        jours, soit 154 heures »: the weeks and days before the one figure read are that
        figure counted another way — their hours add up to it exactly (weeks of five days
        at the rule's hours per day) — not more time left out (blind17: a plain 56 h under
        the minimum only warned)."""
        if len(self.accepted) != 1:
            return False
        figure, m = self.accepted[0]
        units = {"w": 5 * self.hours_per_day, "d": self.hours_per_day,
                 "hd": self.hours_per_day / 2}
        before = [n for n in self.mentions if id(n) not in read and n.at < m.at]
        if not before or any(n.unit not in units for n in before):
            return False
        return abs(sum(n.value * units[n.unit] for n in before) - figure.value) < 0.5

    def own_clause(self, m: _Mention) -> Sequence[Token] | None:
        """The tokens after the last semicolon before the figure, when there is one."""
        semi = next((k for k in range(m.at - 1, -1, -1) if self.toks[k].word == ";"), None)
        return None if semi is None else self.toks[semi + 1:]

    def mine_only_in_passing(self) -> bool:
        """« Lors de ma formation, le stage collectif dure 40 heures »: the candidate is
        only in a possessive of something else, nobody did anything (no past tense), and
        the placement is not called theirs: a programme described, not their hours."""
        toks = self.toks
        return self.first_person and not any(
            t.word in {"je", "j", "nous", "m", "me", "moi"} for t in toks) \
            and not _own_placement(toks) and not any(past_at(toks, k) for k in range(len(toks)))

    def not_yet(self, m: _Mention) -> bool:
        """« pas encore », « jamais »: what has not been done (yet) — in the figure's part of
        the sentence (not « … : le reste n'a pas pu se faire, la convention n'ayant jamais
        été signée », another matter after a colon)."""
        toks = self.toks
        lo = next((k + 1 for k in range(m.at - 1, -1, -1) if toks[k].word in {":", ";"}), 0)
        hi = next((k for k in range(m.end, len(toks)) if toks[k].word in {":", ";"}), len(toks))
        words = [t.word for t in toks[lo:hi]]
        return "jamais" in words or any(
            w == "pas" and nxt == "encore" for w, nxt in zip(words, words[1:], strict=False))

    def after_someone_elses(self) -> bool:
        """The sentence before tells someone else's placement (« Mme K. a fait un stage »),
        so an impersonal « le stage » that follows may be hers."""
        k = self.s.index - 1
        if k < 0 or k >= len(self.reading.sentences):
            return False
        prev = self.reading.tokens_of(self.reading.sentences[k])
        return any(t.word in _PLACEMENT for t in prev) and _owner_is_other(prev)

    def when_and_whose(self, a: _Amount, m: _Mention, lo: int, hi: int) -> bool:
        """False for a placement arranged for someone else or done before the story; marks
        a moment of the placement or an approximate figure as a reading to confirm."""
        toks = self.toks
        if (_set_up_for_someone(toks, lo, a.first) or _someone_who_did(toks, lo, a.first)) \
                and not self.attested(a.first):
            # (« … atteste que la stagiaire a effectué 30 jours de stage pratique »: the
            # attestation pasted in the dossier is the candidate's — read, to confirm)
            # « J'ai proposé à Léa un stage de 105 heures », « Nous avons monté ensemble
            # un stage de 70 heures »: a placement the candidate arranged for a person.
            return False
        if a.first >= 1 and (toks[a.first - 1].word == "apres" or (
                a.first >= 2 and toks[a.first - 2].word == "bout")):
            # « Après 120 heures de stage, j'ai pu… », « Au bout de 50 heures »: a moment
            # of the placement, not its length.
            a.inferred = True
            if m.unit in {"w", "d", "m"} and len(self.mentions) == 1:
                # « Le bilan a eu lieu après 3 semaines de stage »: weeks at an assumed
                # rate on top of a moment — nothing a reader would take for the length.
                return False
        if _approximate(toks, max(lo, a.first - 3), a.first, m.end):
            # « environ 180 heures », « près de 400 heures », « à peu près 60 h »,
            # « plus de 400 h »: a figure the candidate does not vouch for, to confirm.
            a.inferred = True
        # « En 2019, j'avais déjà fait un stage de 140 heures »: a placement done before
        # the one the dossier tells, not a figure of it.
        if _denied(toks, lo, a.first):
            return False  # « Je n'ai pas effectué 70 heures de stage mais 84 »
        if _still_to_do(toks, lo, a.first, m.end, hi):
            return False
        if any(n is not m and _still_to_do(toks, _clause(toks, n)[0], n.at, n.end,
                                           _clause(toks, n)[1])
               and not _never_made_up(toks, n) for n in self.mentions):
            # « J'ai effectué 140 heures ; il me reste 35 heures à faire »: what is done so
            # far, not the placement's length — to confirm, never a failure.
            a.inferred = True
        return not earlier_in(toks, lo, a.first, hi)

    def done_after(self, m: _Mention) -> bool:
        """« 150 heures effectuées / réalisées / accomplies »: the participle after the unit."""
        return any(t.stem in DID_STEMS or t.word in {"faites", "faits"}
                   for t in self.toks[m.end:m.end + 2])

    def did(self, m: _Mention, a: _Amount) -> bool:
        """« j'ai effectué / réalisé / accompli / cumulé 385 heures », « mes 385 heures »:
        hours the candidate did, in a sentence about nobody else."""
        if m.unit in {"h", "d"} and a.value >= 35 and not self.third_party \
                and (self.first_person or not self.someone) and (
                    self.spent_after(m) or _out_of_required(self.toks, m)):
            return True
        # Days count when their hours a day are written (« 26 jours à raison de 7 h »).
        if (m.unit != "h" and (m.unit != "d" or a.guess)) or a.value < 35 \
                or not self.first_person or self.third_party:
            return False
        before = self.toks[max(0, m.at - 4):m.at]
        # « J'ai réalisé tout juste le minimum requis, soit 175 heures »: the verb a few
        # words back, in the same clause.
        # Days with their hours a day written (« Nous avons été accueillis au service
        # entreprises de l'agence pendant 21 jours, à 7 heures par jour ») take the verb of
        # the whole clause.
        reach = 16 if m.unit == "d" else 8
        verb_zone = self.toks[max(0, m.at - reach):m.at]
        cut = max((k for k, t in enumerate(verb_zone) if t.word in {";", ".", "?", "!"}),
                  default=-1)
        # « j'ai réalisé 210 heures au CCAS puis 175 heures au PLIE »: the same verb.
        # « Le total de mes heures est 182 »: the candidate's hours named as the subject.
        return (bool(before) and before[-1].word in {"mes", "nos"}) or (
            m.at + 1 == m.end and _hours_are(self.toks, m.at)) or any(
            t.stem in DID_STEMS or t.word in _PRESENT_WORDS or t.stem in _SPENT_STEMS
            for t in verb_zone[cut + 1:]) or any(
            f.sentence == self.s.index for f, _ in self.accepted) or self.done_after(m) or (
            # « J'ai été présent … 9 jours et 2 demi-journées, soit 70 heures »: the sum of
            # the candidate's own days, converted.
            bool(before) and before[-1].word == "soit" and any(
                t.word in _PRESENT_WORDS for t in self.toks[:m.at]))

    def spent_after(self, m: _Mention) -> bool:
        """« Sur les vingt-quatre jours passés à l'association … », « Des 147 heures passées
        au PLIE, … »: the time spent at a place, told by the participle after the figure
        (not « passées à préparer le forum », not « passées en formation »)."""
        after = self.toks[m.end:m.end + 10]
        # « Des 252 heures que j'ai passées au chantier … »: the same, in a relative clause
        # of the candidate's.
        if len(after) >= 4 and after[0].word in {"que", "qu"}:
            k = 1
            while k < len(after) and after[k].word in {"j", "'", "ai", "nous", "avons", "y"}:
                k += 1
            if k == 1 or not any(t.word in {"j", "nous"} for t in after[1:k]):
                return False
            after = after[k:]
        return len(after) >= 3 and after[0].stem in _SPENT_STEMS | DID_STEMS \
            and after[0].word.endswith(("e", "es", "s")) and after[1].word in _AT_PLACE \
            and not (after[2].kind == "word" and after[2].word.endswith(("er", "ir"))
                     and not after[2].text[:1].isupper()
                     and after[2].word not in _STRUCTURE_WORDS | _HOSTS) \
            and not any(t.word in _TRAINING or t.word == "centre" for t in after[1:])

    def agreed(self, first: int, end: int) -> bool:
        """« Mon stage (convention de 210 heures) s'est arrêté au bout de 168 heures »: the
        figure of the placement agreement is what was planned — unless the clause says it
        was done (« Ma convention portait sur 182 heures, que j'ai intégralement
        réalisées »)."""
        toks = self.toks
        if not any(t.word in {"convention", "conventions"}
                   for t in toks[max(0, first - 4):first]):
            return False
        return not any(t.stem in DID_STEMS or t.word in {"faites", "fait"}
                       for t in toks[end:end + 8])

    def whole_opened(self, first: int) -> bool:
        """The sentence opens on the figure as a whole it goes on to share out: « Sur les
        24 jours … », « Parmi les 31 jours … », « Des 147 heures … »."""
        before = [t.word for t in self.toks[:first]]
        return 1 <= len(before) <= 3 and before[0] in {"sur", "parmi", "des", "de"} and all(
            w in {"sur", "parmi", "des", "de", "les", "mes", "ces", "nos"} for w in before)

    def spent_only(self, m: _Mention) -> bool:
        """The verb before the figure says time spent (« je suis restée », « j'ai passé »,
        « j'ai consacré »), not a placement done."""
        zone = self.toks[max(0, m.at - 8):m.at]
        return any(t.stem in _SPENT_STEMS for t in zone) and not any(
            t.stem in DID_STEMS or t.word in _PRESENT_WORDS for t in zone)

    def after_own_placement(self, anywhere: bool = False,
                            own: frozenset[str] = _OWN) -> bool:
        """The sentence before, on the same page, opens on the candidate's own placement
        (« Mon stage à … a été interrompu … ») — or, ``anywhere``, names it (« Mon
        employeur a accepté que mon stage se fasse … »)."""
        if self.s.index < 1:
            return False
        prev = self.reading.sentences[self.s.index - 1]
        if prev.page != self.s.page:
            return False
        toks = self.reading.tokens_of(prev)
        if any(t.word in _SOMEONE_ELSE for t in toks):
            return False
        here = _places_named(self.toks)
        there = _places_named(toks)
        if here and there and not here & there or anywhere and there and not here:
            # « Mon stage s'est déroulé au CCAS. J'ai passé 10 semaines au PLIE »: maybe
            # two placements — the places must be the same one.
            return False
        words = [t.word for t in (toks if anywhere else toks[:4])]
        return any(w in own and k + 1 < len(words) and words[k + 1] in _PLACEMENT
                   for k, w in enumerate(words))

    def placed_elsewhere(self) -> bool:
        """« Mon stage au PLIE de Montauban a commencé … J'ai effectué 119 heures à la
        Mission locale de Castres »: the hours are put at another structure than the
        candidate's placement named just before — maybe one period of two."""
        here = _places_named(self.toks)
        if not here:
            return False
        for k in range(self.s.index - 1, max(-1, self.s.index - 4), -1):
            prev = self.reading.sentences[k]
            if prev.page != self.s.page:
                break
            toks = self.reading.tokens_of(prev)
            words = [t.word for t in toks]
            if any(w in _OWN_OR_THIS and j + 1 < len(words) and words[j + 1] in _PLACEMENT
                   for j, w in enumerate(words)):
                there = _places_named(toks)
                if there and not here & there:
                    return True
        return False

    def weeks_at_structure(self, m: _Mention) -> bool:
        """« J'ai ainsi passé 12 semaines à 32 heures au PLIE du Saint-Quentinois »: whole
        weeks at a structure, in the first person — a placement, not a task."""
        toks = self.toks
        return m.unit == "w" and m.value >= 2 and any(
            _structure_at(toks, k) for k in range(m.end, min(len(toks), m.end + 6)))

    def time_there(self, m: _Mention, a: _Amount) -> bool:
        """« J'y ai passé 18 jours », « je n'ai pu y faire que 63 heures », « nous y avons
        effectué 140 heures »: the candidate's own time at the place « y » takes up — the
        placement the sentences around name — the figure right after the verb, and no
        activity after it (not « j'y ai passé 20 heures à préparer le forum »)."""
        toks = self.toks
        zone = toks[max(0, a.first - 8):a.first]
        y = next((k for k in range(len(zone) - 1, -1, -1) if zone[k].word == "y"), None)
        if y is None or not any(t.word in {"j", "je", "nous", "on"} for t in zone[max(0, y - 6):y]):
            return False
        verbs = zone[y + 1:]
        if not any(t.stem in DID_STEMS | _SPENT_STEMS | {"fair", "fait", "travaill"}
                   for t in verbs) or not all(
                t.kind == "punct" or t.word in _TIME_THERE_WORDS or t.stem in DID_STEMS
                or t.stem in _SPENT_STEMS for t in verbs):
            return False
        if (m.unit == "h" and a.value < 35) or (m.unit == "d" and a.value < 5):
            return False
        after = toks[m.end:m.end + 2]
        return not (len(after) == 2 and after[0].word in {"a", "pour"}
                    and after[1].word.endswith(("er", "ir", "re")))

    def hosted_at_structure(self, first: int) -> bool:
        """« j'ai été accueillie huit journées de 7 heures au Point Information Jeunesse »:
        the candidate hosted by a structure (its placement), the figure right after."""
        toks = self.toks
        hosted = next((k for k in range(first - 1, max(-1, first - 4), -1)
                       if toks[k].word in {"accueilli", "accueillie", "accueillis",
                                           "accueillies"}), None)
        return hosted is not None and any(_structure_at(toks, k)
                                          for k in range(first, min(len(toks), first + 8)))

    def opens_on_own_placement(self) -> bool:
        """« Mon stage … », « Alors ma période en entreprise … »: the sentence's subject."""
        words = [t.word for t in self.toks[:4]]
        return any(w in _OWN and k + 1 < len(words) and words[k + 1] in _PLACEMENT
                   for k, w in enumerate(words))

    def own_frame(self, lo: int, hi: int) -> bool:
        """« … pendant mon stage », « durant ma période en entreprise »: the clause sets the
        figure inside the candidate's own placement."""
        toks = self.toks
        return any(t.word in {"pendant", "durant", "lors", "au", "tout"}
                   and any(u.word in _OWN for u in toks[k + 1:k + 4])
                   and any(u.word in _PLACEMENT for u in toks[k + 1:k + 5])
                   for k, t in enumerate(toks[lo:hi], lo))

    def did_the_minimum(self, lo: int, req: int) -> bool:
        """« J'ai réalisé tout juste le minimum requis, soit 175 heures »: the rule is the
        object of the candidate's own verb, a few words before, in the same clause."""
        if not self.first_person or self.third_party:
            return False
        for k in range(req - 1, max(lo, req - 6) - 1, -1):
            t = self.toks[k]
            if t.kind == "punct":
                return False
            if t.stem in DID_STEMS:
                return True
        return False

    def unnamed_but_placement(self, m: _Mention, a: _Amount, lo: int,
                              label_near: bool) -> bool:
        """A figure no placement word ties, that is the placement all the same: weeks in
        the first person (« j'ai effectué 11 semaines à 35 h »), the candidate's verb of
        hours; else, to confirm, the likely unnamed ones, a row, a label of hours done or
        words of place (a verb of the candidate's hours needs none of them)."""
        if self.likely_unnamed(m, a, lo) or (m.article and any(
                n.unit in {"w", "d"} for _, n in self.accepted)):
            # (« …, puis une journée de plus à l'antenne de Dax »: one more day of the
            # period just read)
            a.inferred = True
            return True
        if self.first_person and (m.unit == "w" or "semaines ×" in a.how) or self.did(m, a):
            return True
        if _attendance_record(self.toks, a.first) and not self.third_party \
                and not self.someone and m.unit in {"h", "d"} and a.value >= 35:
            # « Au final, la feuille de présence signée par le GEIQ affiche 154 heures »:
            # the record of the placement's attendance says its hours — no placement word
            # needed (stated, see ``figure``).
            return True
        if self.present_at_structure(m):
            # « vingt-deux journées de présence au GEIQ du Gers », « La présence au SIAO a
            # pris la forme de quarante-deux demi-journées »: days of attendance at a
            # structure, nobody else named — the placement, to confirm.
            a.inferred = True
            return True
        if self.structure_row(m, lo) or self.done_label(m, lo, label_near) \
                or self.at_a_structure(m, a, lo):
            a.inferred = True
            return True
        return False

    def _tied(self, m: _Mention, a: _Amount, lo: int, hi: int, label_near: bool) -> bool:
        """Whether the figure is the candidate's placement at all."""
        toks = self.toks
        other_owner = not label_near and _owner_is_other(self.own_clause(m) or toks)
        if a.tie < 0 and a.value >= 35 and self.first_person and not self.third_party \
                and self.own_frame(lo, len(toks)) and self.did(m, a):
            # « J'ai consacré près de 150 heures à la prospection pendant mon stage »: time
            # of the candidate's own placement given to an activity — the placement, or a
            # part of it: a reading to confirm.
            a.tie = 0
            a.inferred = True
        if a.tie < 0:
            return False
        if a.tie == 0 and self.spent_only(m) and m.end + 1 < len(toks) \
                and toks[m.end].word == "a" and toks[m.end + 1].word.endswith(("er", "ir", "re")):
            return False  # « j'ai passé 40 heures à préparer le forum »: a task
        if a.tie == 0 and not self.context_cue and not self.unnamed_but_placement(
                m, a, lo, label_near):
            # Nothing says it is the placement: if everything else says it could be, the
            # best guess of a dossier that states nothing surer (``Figure.untied``).
            a.untied = True
        if a.tie > 0 and self.attested(a.first):
            # « La Mission Locale certifie que M. Yanis Haddad a réalisé une période en
            # entreprise de 392 heures »: an attestation in the dossier is the candidate's
            # (who is named in it, or called « la stagiaire »): a reading to confirm.
            a.inferred = True
        elif other_owner and (a.tie == 0 or not self.stated_row):
            # « Les jeunes effectuent des stages de 70 heures en entreprise »: theirs.
            return False
        if not PLACEMENT_LIMITS[0] <= a.value <= PLACEMENT_LIMITS[1] \
                or _a_difference(toks, m, self.s.in_table, self.s.text):
            return False
        req = _requirement_at(toks, m, lo, hi)
        if req is not None and not self.did_the_minimum(lo, req) and not (
                req >= m.end and _out_of_required(toks, m)):
            return False  # (not « 154 heures sur les 175 demandées »: done out of asked)
        # An immersion or PMSMP told with someone else is the accompanied person's.
        return not (self.mixed and not (self.stated_row or label_near) and any(
            t.word in THEIR_PLACEMENT for t in toks[lo:hi]))


def _a_difference(toks: Sequence[Token], m: _Mention, in_table: bool, text: str) -> bool:
    """« Écart : – 7 h », « l'écart de 7 h », « Différence : 14 h », a table cell « – 14 h »:
    the gap between what was planned and what was done (a label before the figure, across
    its colon, or a minus sign), never a period."""
    k = m.at - 1
    if k >= 0 and toks[k].word in {"–", "-", "−"} and (
            (k == 0 and in_table) or (k > 0 and toks[k - 1].word in {":", "(", "="}
                                      and toks[k - 1].block == toks[k].block
                                      and "\n" not in text[toks[k - 1].end:toks[k].start])):
        # a negative amount — not « 9h-12h » (a number before the dash), not a bullet
        # (« - 140 h à la Mission locale », a dash opening its line)
        return True
    while k >= 0 and m.at - k <= 5 and toks[k].word in {
            "–", "-", "−", ":", "|", "de", "d", "'", "l", "un", "une", "total", "en", "heures"}:
        k -= 1
    return k >= 0 and toks[k].word in _DIFFERENCE


# Words of the gap between hours planned and hours done.
_DIFFERENCE = frozenset({"ecart", "ecarts", "difference", "manque", "manquent", "manquant",
                         "manquantes", "deficit"})


# What a CIP does to a person, whose object is then someone else than the candidate.
_ACCOMPANIED = frozenset({"accompagne", "accompagnee", "suivi", "suivie", "recu", "recue",
                          "oriente", "orientee", "rencontre", "rencontree", "aide", "aidee",
                          "conseille", "conseillee", "positionne", "positionnee"})


def _person_accompanied(toks: Sequence[Token]) -> bool:
    """« J'ai accompagné Paul, présent trois semaines en immersion »: a first name right
    after what the candidate does to a person (not an acronym like « CCAS »)."""
    return any(t.word in _ACCOMPANIED and k + 1 < len(toks) and toks[k + 1].kind == "word"
               and toks[k + 1].text[:1].isupper() and not toks[k + 1].text.isupper()
               and not is_stopword(toks[k + 1].text.lower())
               for k, t in enumerate(toks))


def _mixed(toks: Sequence[Token]) -> bool:
    """The candidate speaks, and someone else is in the sentence or its subject."""
    people = [t for k, t in enumerate(toks) if not _impersonal_il(toks, k)]
    someone = any(t.word in _SOMEONE_ELSE for t in people) or _placement_of_named(toks) \
        or _person_accompanied(toks)
    return any(t.word in _FIRST_PERSON for t in toks) and (someone or _subject_is_other(toks))


def _sentence_figures(reading: Reading, s: Sentence, context_cue: bool, stated_row: bool,
                      hours_per_day: float, days_unit: bool,
                      cells: Sequence[Token] = (), line: Sequence[Token] = ()) -> list[Figure]:
    """``line``: one line of ``s`` read on its own (``_cover_lines``), not all its tokens."""
    toks = line or reading.tokens_of(s)
    mentions = hour_mentions(toks, "mois" in s.norm)
    if not mentions:
        return []
    if "auteur" in s.norm or "stagiaire" in s.norm or "candidat" in s.norm or any(
            t.word in {"il", "elle", "son", "sa", "ses"} for t in toks):
        from cipcheck.content.hours_voice import as_author, pronoun_for_placement

        toks = pronoun_for_placement(reading, s, as_author(reading, s, toks))
    if s.page == 1 and (" par " in s.norm or "candidat" in s.norm or "nom" in s.norm):
        from cipcheck.content.hours_voice import cover_author

        toks = cover_author(toks)
    scan = _Scan(reading, s, toks, mentions, context_cue, stated_row, cells, hours_per_day,
                 days_unit)
    untied = _read_mentions(scan)
    if not scan.accepted:
        return untied
    if scan.more_left_out():
        scan.accepted = [(replace(f, stated=False, inferred=True), m)
                         for f, m in scan.accepted]
    announced = _announced(toks) if scan.accepted else 0
    if announced > len(scan.accepted) and not any("×" in f.how or f.total
                                                  for f, _ in scan.accepted) and not any(
            t.stem in {"cumul", "totalis", "addition"} or t.word in {"total", "tout", "ensemble"}
            for t in toks):  # (not « 392 heures …, en cumulant mes deux stages »)
        # « J'ai fait deux périodes : 210 heures au CCAS et … »: fewer figures read than
        # periods announced — a part, never a failure.
        scan.accepted = [(replace(f, stated=False, inferred=True), m)
                         for f, m in scan.accepted]
    if scan.accepted and _same_again(toks, scan.accepted[-1][1].end):
        # « J'ai fait 98 heures au CCAS, puis autant au PLIE », « … ; celui au PLIE, la même
        # durée »: the last period again — twice its figure, to confirm.
        f, m = scan.accepted[-1]
        scan.accepted = [(replace(g, stated=False, inferred=True), n)
                         for g, n in scan.accepted[:-1]] + [(replace(
                             f, value=2 * f.value, how=f"{f.how or num(f.value) + ' h'} × 2",
                             stated=False, inferred=True), m)]
    lead = " ".join(t.word for t in toks[:4])
    return [replace(f, lead=lead) for f in _combine(scan)]


def _read_mentions(scan: _Scan) -> list[Figure]:
    """Each mention's figure into ``scan.accepted``; the untied ones (best guesses) are
    returned apart, never added to the sentence's figures."""
    untied: list[Figure] = []
    for m in scan.mentions:
        fig = scan.figure(m)
        if fig is not None and fig.untied:
            untied.append(fig)
        elif fig is not None:
            scan.accepted.append((fig, m))
    return untied


def _kept(accepted: list[tuple[Figure, _Mention]], so_far: bool = False
          ) -> list[tuple[Figure, _Mention]]:
    """The figures of a sentence that count: « Mon stage, prévu pour 210 heures, a été
    écourté : j'ai réalisé 168 heures »: what was done replaces what was planned; « Sur les
    385 heures de stage, j'en ai déjà effectué 280 »: what « en » counts is a part of, or
    instead of, the figure it stands for — never added to it, and a part is not sure."""
    done = [(f, m) for f, m in accepted if not f.plan] or accepted
    said = [(f, m) for f, m in done if m.anaphora]
    if not said:
        return done
    if len(said) < len(done) or (so_far and len(said) < len(accepted)):
        # a part of the figure it stands for; « déjà » a part of the plan so far
        return [(replace(f, stated=False), m) for f, m in said]
    return said


def _combine(scan: _Scan) -> list[Figure]:
    """The figures of one sentence: its total, or its periods (added up when unnamed)."""
    toks, s = scan.toks, scan.s
    scan.accepted = _kept(scan.accepted, any(t.word in {"deja", "encore"} for t in toks))
    scan.accepted = _rhythm_of_hours(toks, _days_beside_hours(scan.accepted))
    totals = [f for f, _ in scan.accepted if f.total]
    parts = [f for f, _ in scan.accepted if not f.total]
    # « 196 h + 196 h = 392 h »: the result is the total.
    eq = next((k for k, t in enumerate(toks) if t.word == "=" and _sum_equals(toks, k)), None)
    if eq is not None and not totals:
        after = [f for f, m in scan.accepted if m.at > eq]
        if after:
            return [_as_total(after[-1])]
    if len(totals) == 1 and len(parts) >= 2 and not any(f.plan for f in parts) \
            and abs(sum(f.value for f in parts) - totals[0].value) >= 0.5 \
            and all(m.at < next(m2.at for f2, m2 in scan.accepted if f2 is totals[0])
                    for f, m in scan.accepted if not f.total):
        # « 210 h à la Mission Locale puis 189 h à l'EPIDE, pour un total de 392 heures »:
        # the total written is not the sum of the periods before it; both are shown and
        # neither is sure.
        written = totals[0]
        summed = " + ".join(f"{num(f.value)} h" for f in parts)
        return [replace(written, value=sum(f.value for f in parts), stated=False,
                        inferred=True, how=f"{summed}, total écrit {num(written.value)} h")]
    if len(totals) == 1 and len(parts) >= 2 and not totals[0].stated \
            and abs(sum(f.value for f in parts) - totals[0].value) < 0.5 \
            and any(f.stated for f in parts) \
            and not any(f.inferred or f.plan for f in parts):
        # « Aux 147 heures effectuées s'ajoutent 35 heures faites en juillet, ce qui me
        # permet d'atteindre 182 heures »: periods done and their written sum agree.
        return [replace(totals[0], stated=True)]
    if totals:
        return _hours_of_days_total(totals, parts) or totals
    # « 392 heures de stage (PAE 1 : 196 h ; PAE 2 : 196 h) »: one is the sum of the others.
    if len(parts) >= 3:
        big = max(parts, key=lambda f: f.value)
        if abs(sum(f.value for f in parts if f is not big) - big.value) < 0.5:
            # « Aux 147 heures effectuées s'ajoutent 35 heures faites en juillet, ce qui me
            # permet d'atteindre 182 heures »: periods done and their sum agree.
            rest = [f for f in parts if f is not big]
            sure = big.stated or (any(f.stated for f in rest)
                                  and not any(f.inferred or f.plan for f in rest))
            return [_as_total(replace(big, stated=sure))]
    # « 35 heures en février puis 35 heures en mars »: equal figures joined as a sequence
    # are two periods (« 175 heures, soit 175 h » is one, said twice).
    sequence = len(parts) >= 2 and (any(t.word in {"puis", "ensuite", "+"} for t in toks) or any(
        m.gap for _, m in scan.accepted)) and not any(t.word in {"soit", "="} for t in toks)
    # « 70 au CCAS, 70 à l'EPIDE et 56 au PLIE »: equal figures at different places are
    # different periods, not one figure said twice.
    places = [_place_after(toks, m) for f, m in scan.accepted if not f.total]
    keys = {(f.label, f.value, p if all(places) else ())
            for f, p in zip(parts, places, strict=False)}
    if len(parts) >= 2 and (sequence or len(keys) == len(parts)):
        labelled = all(f.label for f in parts) and len({f.label for f in parts}) == len(parts)
        if labelled:
            return parts  # labelled periods on one line (a PDF table): added up later
        # « 196 h + 196 h », or a list of bare figures under a label naming the hours.
        bulleted = _bulleted_under_label(toks, [m for _, m in scan.accepted])
        ordinal = _ordinal_periods(toks, scan.accepted)
        joined = any(t.word == "+" for t in toks) or all(
            m.listed for _, m in scan.accepted[1:]) or bulleted or ordinal
        first, last = scan.accepted[0][1], scan.accepted[-1][1]
        stated = (all(f.stated for f in parts) or bulleted) and joined
        inferred = any(f.inferred for f in parts) or not joined
        # « Mes heures de stage : 70 au CCAS de Lens et 56 au PLIE de Liévin »: the
        # placement's hours listed place by place under their label, every figure in
        # hours — the sum a jury member makes; sure (other placement time told elsewhere
        # still makes it a reading to confirm, ``read_hours``).
        listed = stated and not inferred and (
            _listed_places(scan.accepted, places, toks) or ordinal
            or bulleted and all(places) and len(set(places)) == len(places))
        return [Figure(sum(f.value for f in parts), parts[0].page,
                       quote_around(s.text, toks[first.at].start, toks[last.end - 1].end),
                       " + ".join(f.how or f"{num(f.value)} h" for f in parts),
                       stated=stated, inferred=inferred, sentence=s.index,
                       doubt="" if listed else _summed(len(parts), "chiffres"))]
    return parts


def _days_beside_hours(accepted: list[tuple[Figure, _Mention]]
                       ) -> list[tuple[Figure, _Mention]]:
    """« 112 heures à l'Espace Emploi (16 jours) »: days converted at the rule's day that
    give the hours written beside them are those hours, told in days — one figure, the
    hours, as sure as either reading of it."""
    days = [(f, m) for f, m in accepted if _converted(f) and "jours ×" in f.how
            and not f.total and not f.plan]
    if not days:
        return accepted
    out = list(accepted)
    for f, m in days:
        same = next((k for k, (g, n) in enumerate(out) if g is not f and m.unit == "d"
                     and n.unit == "h" and not g.inferred and not g.plan and not g.total
                     and abs(g.value - f.value) < 0.5 and abs(n.at - m.at) <= 12), None)
        if same is not None:
            g, n = out[same]
            out[same] = (replace(g, stated=g.stated or f.stated), n)
            out = [(h, o) for h, o in out if h is not f]
    return out


_AND_MORE = frozenset({"puis", "ensuite", "et", "plus", "apres", "egalement", "aussi",
                       "encore", "+", "ainsi", "enfin"})


def _rhythm_of_hours(toks: Sequence[Token], accepted: list[tuple[Figure, _Mention]]
                     ) -> list[tuple[Figure, _Mention]]:
    """« 98 heures (14 jours), à raison de trois jours par semaine pendant un peu plus de
    quatre semaines »: a rhythm over weeks told right after the hours written says how they
    were spread, it is not a second period (no « puis », « et », no other place between,
    and about as much time)."""
    if len(accepted) < 2:
        return accepted
    out = list(accepted)
    for f, m in accepted:
        if not (f.inferred and f.how.count("×") == 2 and "semaines" in f.how):
            continue
        before = [(g, n) for g, n in out if n.at < m.at and g is not f and not g.inferred
                  and n.unit == "h" and not g.plan]
        if not before:
            continue
        g, n = before[-1]
        between = toks[n.end:m.at]
        # « … au CIDFF, à raison de deux jours par semaine »: the place of the hours, then
        # how they were spread.
        spread = any(t.word in {"raison", "rythme"} for t in toks[max(n.end, m.at - 4):m.at])
        if any(t.word in _AND_MORE for t in between) or not spread and any(
                _structure_at(toks, k) for k in range(n.end, m.at)) \
                or abs(f.value - g.value) > 0.3 * g.value:
            continue
        out = [(h, o) for h, o in out if h is not f]
    return out


_PART_NOUNS = frozenset({"semaine", "quinzaine", "periode", "partie", "stage", "moitie",
                         "temps", "phase", "pae", "pfmp", "immersion"})


def _ordinal_periods(toks: Sequence[Token], accepted: list[tuple[Figure, _Mention]]) -> bool:
    """« une première quinzaine au CCAS (70 h), puis … une seconde quinzaine (63 h) »: each
    figure, in hours, is the period an ordinal just named — first, second… in order."""
    start = 0
    for n, (_, m) in enumerate(accepted, 1):
        ords = [k for k in range(start, m.at) if toks[k].kind == "ordinal"
                and k + 1 < len(toks) and toks[k + 1].word in _PART_NOUNS]
        if m.unit != "h" or not ords or toks[ords[-1]].value != n:
            return False
        start = m.end
    # (« …, enfin une troisième quinzaine au PLIE » without hours: the sum is a part)
    return len(accepted) >= 2 and not any(
        t.kind == "ordinal" or t.word in {"derniere", "dernier", "enfin"}
        for t in toks[start:])


_BULLET_WORDS = frozenset({"-", "–", "—", "•", "*", "·", "●", "▪"})


def _bulleted_under_label(toks: Sequence[Token], mentions: list[_Mention]) -> bool:
    """« Mes heures en entreprise : – 140 h à la Mission locale ; – 119 h au PLIE … »: each
    figure in hours opens a bullet of a list whose label names the placement's hours."""
    colon = next((k for k, t in enumerate(toks) if t.word == ":"), None)
    if colon is None or colon > 8 or len(mentions) < 2:
        return False
    label = [t.word for t in toks[:colon]]
    if not (any(w in _PLACEMENT for w in label) or "entreprise" in label):
        return False
    if any(w in THEIR_PLACEMENT or w in _SOMEONE_ELSE or w.startswith(("propos", "prescri"))
           for w in label):
        return False
    # Each figure in hours in its own bullet: right after the bullet (« – 140 h à … ») or at
    # the end of the bullet's line (« – CCAS de Saint-Louis ........ 42 h »).
    # A dash is a bullet where a line starts: after the label's colon, a « ; » or the unit
    # of the figure before (not the hyphen of « Saint-Nazaire »).
    start = colon
    for m in mentions:
        bullets = [k for k in range(start + 1, m.at) if toks[k].word in _BULLET_WORDS
                   and (toks[k - 1].word in {":", ";", ".", ","} or k - 1 == start)]
        if m.unit != "h" or m.at <= colon or len(bullets) != 1:
            return False
        start = m.end - 1
    # (« – PLIE : dates à venir » after the last figure: a period without hours — the sum
    # would be a part)
    return not any(t.word in _BULLET_WORDS and toks[k - 1].word in {":", ";", ".", ","}
                   for k, t in enumerate(toks[start + 1:], start + 1))


def _hours_of_days_total(totals: list[Figure], parts: list[Figure]) -> list[Figure]:
    """« ça fait 133 heures, 19 jours en tout »: the days total is the hours written beside
    it, converted — the hours are the statement. « J'ai ainsi passé 12 semaines à 32
    heures au PLIE, soit 384 heures »: the result of the candidate's own product, as sure
    as it."""
    if len(totals) == 1 and len(parts) == 1 and not totals[0].stated and parts[0].stated \
            and not parts[0].plan and abs(parts[0].value - totals[0].value) < 0.5:
        return [replace(totals[0], stated=True, inferred=parts[0].inferred,
                        promoted=parts[0].promoted)]
    if len(totals) != 1 or not totals[0].inferred or "jours ×" not in totals[0].how:
        return []
    same = [f for f in parts if not f.inferred and not f.plan
            and abs(f.value - totals[0].value) < 0.5]
    return [replace(_as_total(same[0]), stated=same[0].stated or totals[0].stated)] \
        if same else []


def _listed_places(accepted: list[tuple[Figure, _Mention]],
                   places: list[tuple[str, ...]], toks: Sequence[Token]) -> bool:
    """Figures listed under their label, each at its own place, each in hours — and the
    list ends there (not « … ; la Mission locale d'Arras suivra en juin »)."""
    end = accepted[-1][1].end
    later = [k for k in range(end, len(toks)) if _structure_at(toks, k)]
    return all(m.listed for _, m in accepted[1:]) and all(places) \
        and len(set(places)) == len(places) \
        and all(m.unit == "h" or m.listed for _, m in accepted) \
        and len(later) <= 1 and not any(t.word in {";", "puis", "ensuite"}
                                        for t in toks[end:])


_SPAN = re.compile(r"\bdu\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?(1er|\d{1,2})"
                   r"(?:\s+|/)?(?P<m1>[a-z]+|\d{1,2})?(?:/\d{2,4}|\s+\d{4})?\s+au\s+")


def _date_span(folded: str) -> tuple[int, str] | None:
    """The working days (Monday to Friday) from « du … au … » in a sentence's folded text:
    « du 6 janvier au 14 février 2025 », « du 3 au 28 mars », « du 03/03/2025 au 11/04/2025 »
    (the year written, else the current one)."""
    import datetime

    from cipcheck.content.dates import MONTHS, find_dates

    m = _SPAN.search(folded)
    if m is None:
        return None
    ends = [d for d in find_dates(folded[m.end():m.end() + 30]) if d.start == 0]
    if not ends:
        return None
    end = ends[0]
    starts = [d for d in find_dates(folded[m.start():m.end()])]
    day = 1 if m.group(1) == "1er" else int(m.group(1))
    month = starts[0].month if starts else MONTHS.get(m.group("m1") or "", end.month)
    written = end.year or (starts[0].year if starts and starts[0].year else None)
    today = datetime.date.today().year
    spans = []
    for year in ([written] if written else [today, today - 1, today + 1]):
        try:
            spans.append((datetime.date(year if month <= end.month else year - 1, month, day),
                          datetime.date(year, end.month, end.day)))
        except ValueError:
            continue
    if not spans:
        return None
    # Without a year, the one where the span runs Monday to Friday, as placements do.
    first, last = next(((f, la) for f, la in spans if (f.weekday(), la.weekday()) == (0, 4)),
                       spans[0])
    if not 0 < (last - first).days <= 366:
        return None
    days = sum(1 for k in range((last - first).days + 1)
               if (first + datetime.timedelta(k)).weekday() < 5)
    return days, f"du {first.day}/{first.month} au {last.day}/{last.month}"


# What else lasts hours at a structure: the OPS action, a project, an event.
_NOT_A_STAY = frozenset({"action", "actions", "projet", "projets", "dispositif", "programme",
                         "operation", "evenement", "forum", "salon", "dating", "chantier",
                         "comme", "contrat", "interimaire"})


def _structure_at(toks: Sequence[Token], k: int) -> bool:
    """« au CCAS », « à la Mission Locale », « chez Emmaüs », « au sein du PLIE »: a
    preposition of place at ``k`` whose noun is a structure (a structure word, or an
    acronym that is not a course or a rule's)."""
    if k >= len(toks) or toks[k].word not in _AT_PLACE:
        return False
    k += 1
    while k < len(toks) and toks[k].word in {"la", "l", "'", "le", "les", "du", "des", "de",
                                              "d", "sein"}:
        k += 1
    if k >= len(toks) or toks[k].kind != "word" or toks[k].word in _NOT_STRUCTURES:
        return False
    t = toks[k]
    return t.word in _STRUCTURE_WORDS or (t.text.isupper() and len(t.text) >= 3)


def _place_after(toks: Sequence[Token], m: _Mention) -> tuple[str, ...]:
    """« au CCAS », « à l'EPIDE », « chez Tremplin »: where the figure's words put it."""
    k = m.end
    while k < len(toks) and toks[k].word in {"de", "d", "'", "stage", "heures", "h"}:
        k += 1
    if k >= len(toks) or toks[k].word not in _AT_PLACE | {"en", "sein"}:
        return ()
    return tuple(t.word for t in toks[k:k + 4] if t.kind == "word")


def quote_around(text: str, start: int, end: int, before: int = 60, after: int = 40) -> str:
    """The words around a figure, cut at spaces: what the candidate will recognise."""
    a = max(0, start - before)
    b = min(len(text), end + after)
    if a > 0:
        a = text.find(" ", a, start) + 1 or a
    if b < len(text):
        b = text.rfind(" ", end, b) if text.rfind(" ", end, b) > 0 else b
    return ("…" if a > 0 else "") + text[a:b].strip().rstrip(".") + ("…" if b < len(text) else "")


def _as_total(f: Figure) -> Figure:
    return replace(f, total=True, row="")


def num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", ",")


_CUE_WORDS = _PLACEMENT | {"entreprise", "entreprises", "professionnel", "application",
                          "situation", "accueil"}


_UNIT_WORDS = HOUR_UNITS | DAY_UNITS | WEEK_UNITS | {"mois"}


def _has_cue(toks: Sequence[Token]) -> bool:
    # Most sentences hold none of the words: a set lookup first, the neighbours after.
    return any(t.word in _CUE_WORDS and cue_of(toks, i) > 0 for i, t in enumerate(toks))


# Over the complexity limit (12 > 10): a listed exception, to split.
def figures(reading: Reading, hours_per_day: float = 7.0,  # noqa: C901
            days_unit: bool = False) -> list[Figure]:
    """Every figure of a reading that reads as placement hours, in reading order.

    A sentence that names no placement itself is read in the light of the lines just
    above it (a table under « Périodes en entreprise », a cover line under a caption).
    """
    out: list[Figure] = []
    sentences = reading.sentences
    recent: list[tuple[int, bool]] = []  # (page, has cue) of the last sentences
    previous: list[Sentence] = []
    with_figures: set[int] = set()
    table_cue = False  # the table, or the caption just above it, names the placement
    # One pass over the words: most sentences of a dossier hold no unit and no placement
    # word, and are never walked token by token.
    units = {t.sentence for t in reading.tokens if t.word in _UNIT_WORDS}
    text = "".join(b.text for b in reading.blocks)
    if any(c in text for c in _SUPERSCRIPTS):
        # « 126 heures¹ »: a footnote call glued to a unit (looked for only in a text that
        # has one: the check on every word costs more than the whole walk)
        units |= {t.sentence for t in reading.tokens
                  if t.text[-1:] in _SUPERSCRIPTS and _unit(t) is not None}
    cues = {t.sentence for t in reading.tokens if t.word in _CUE_WORDS}
    # Tables read by their columns (« Durée (h) » over bare numbers, a « Total » row):
    # their cells are not read again one by one.
    from cipcheck.content.hours_tables import table_figures

    tables = table_figures(reading, hours_per_day, days_unit)
    in_tables = frozenset().union(*(t.sentences for t in tables))
    untied: list[Figure] = []  # best guesses only (``Figure.untied``), kept after the rest
    for s in sentences:
        if s.index in in_tables:
            recent.append((s.page, True))
            previous.append(s)
            with_figures.add(s.index)
            continue
        if s.index not in units and not s.in_table and s.index - 1 in units and (
                mine := _mine_sentence(reading, s)) is not None:
            out.append(mine)
            with_figures.add(s.index)
            recent.append((s.page, False))
            previous.append(s)
            continue
        if s.index not in units and s.index not in cues and not s.in_table:
            gap = _gapped_sentence(reading, s, out[-1]) if out and (
                s.index - 1 in with_figures) else None
            if gap is not None:
                out.append(gap)
                with_figures.add(s.index)
            recent.append((s.page, False))
            previous.append(s)
            continue
        if reading.block(s).is_toc:
            continue
        toks = reading.tokens_of(s)
        has_cue = s.index in cues and _has_cue(toks)
        if s.in_table and not (previous and previous[-1].in_table):
            table_cue = any(c for p, c in recent[-3:] if p == s.page)
        table_cue = s.in_table and (table_cue or has_cue)
        context = has_cue or table_cue or any(c for p, c in recent[-4:] if p == s.page)
        if s.index in units:
            row = s.in_table or len(toks) <= 8 or (len(toks) <= 14 and (
                s.heading or s.page == 1 or any(t.word in _LABEL_PUNCT for t in toks)
                or s.text.lstrip()[:1] in _BULLETS))
            # A DOCX table cell: its row is named by the cells just before it.
            cells: list[Token] = []
            if s.in_table:
                for p in reversed(previous[-2:]):
                    if not p.in_table or p.index in with_figures:
                        break
                    cells[:0] = reading.tokens_of(p)
            found = _sentence_figures(reading, s, context, row, hours_per_day, days_unit,
                                      cells)
            if s.page == 1 and "\n" in s.text and not s.in_table \
                    and not any(f.stated for f in found):
                found = _cover_lines(reading, s, context, hours_per_day, days_unit) or found
            if not s.in_table and _PLAN_HINT.search(s.norm) and not any(
                    f.stated for f in found) \
                    and (versus := _against_plan(reading, s, toks, days_unit,
                                                 hours_per_day)) is not None:
                found = [versus]  # « 350 h au lieu des 385 réglementaires »
            if not s.in_table and _WORKED_HINT.search(s.norm) \
                    and (worked := _worked(reading, s, toks, hours_per_day)):
                found = [worked]  # « 30 jours ouvrés de 7 heures, soit 210 heures »
            if "toujours" in s.norm and not s.in_table:
                from cipcheck.content.hours_shared_rate import shared_rate

                # « 5 semaines …, puis 4 semaines …, toujours à 35 heures par semaine »
                found = [shared] if (shared := shared_rate(reading, s, toks)) else found
            if not s.in_table and not any(
                    f.stated and not f.inferred and not f.theirs for f in found) \
                    and (s.page == 1 or ":" in s.norm and _duration_label(toks)) \
                    and (pair := _day_pair(reading, s, toks)) is not None:
                found = [pair]  # « Du 3 au 28 mars, soit 20 jours (140 heures) »
            untied.extend(f for f in found if f.untied)
            found = [f for f in found if not f.untied]
            if not found and out and "meme" in s.norm:
                from cipcheck.content.hours_same_rate import same_rate

                again = same_rate(reading, s, out)
                found = [again] if again is not None else []
            if found:
                with_figures.add(s.index)
            out.extend(found)
        elif out and s.index - 1 in with_figures and not s.in_table \
                and (gap := _gapped_sentence(reading, s, out[-1])) is not None:
            out.append(gap)  # « Stage 1 : 98 h. Stage 2 : idem. »
            with_figures.add(s.index)
        recent.append((s.page, has_cue))
        previous.append(s)
    if tables:
        out.extend(t.figure for t in tables)
        out.sort(key=lambda f: f.sentence)
    if "«" in text or "“" in text or "objet" in text.lower():
        out = _with_quoted(reading, out, hours_per_day, days_unit)
    return out + untied


def _with_quoted(reading: Reading, out: list[Figure], hours_per_day: float,
                 days_unit: bool) -> list[Figure]:
    """The hours a pasted mail, an SMS or an attestation quotes (``hours_quoted``) as the
    statements they are, in place of the same figure read as prose to confirm."""
    from cipcheck.content.hours_quoted import quoted_hours

    for q in quoted_hours(reading, hours_per_day):
        in_block = [s.index for s in reading.sentences if q.block in s.blocks]
        if not in_block:
            continue
        out = [f for f in out if not (f.sentence in in_block and abs(f.value - q.hours) < 0.5)]
        # Days quoted without hours are read at the rule's day, as a count of the
        # candidate's days elsewhere (``_Amount.standard_day``).
        by_day = q.days is not None and not days_unit
        how = (f"{num(q.days)} jours × {num(hours_per_day)} h, " if by_day and q.days else "")
        # Someone else's words: over the minimum they are the placement's hours as the
        # jury reads them; under it, whose hours they are is the reader's guess (a
        # held-out dossier failed wrongly on one), so it only warns.
        out.append(Figure(q.hours, reading.sentences[in_block[0]].page, q.quote,
                          f"{how}cité : « {q.introducer} »", total=True, stated=True,
                          inferred=by_day, sentence=in_block[0], whole=True,
                          standard_day=by_day, doubt="durée citée, à confirmer"))
    return sorted(out, key=lambda f: f.sentence)


# Cheap tests on a sentence's folded text before a closer reading: the words of a plan
# (« prévues », « réglementaires », « dû », « devait », « convention », « au lieu »), and
# of a total told with its working (« soit », « = », « c'est-à-dire », « , 161h »).
_PLAN_HINT = re.compile(r"prev|regle|requi|demand|exig|oblig|initial|attendu|theori|conven"
                        r"|\bdu\b|dev|lieu")
_WORKED_HINT = re.compile(r"soit|=|dire|donc|fait|total|tout|represent|porte|equivaut|cumul"
                          r"|, ?\d")


def _worked(reading: Reading, s: Sentence, toks: Sequence[Token],
            hours_per_day: float) -> Figure | None:
    """A total in hours the sentence writes with its working (``hours_worked``)."""
    from cipcheck.content.hours_worked import worked_total

    w = worked_total(toks, hours_per_day)
    if w is None or (toks[0].word == "elle" and not _the_period_before(reading, s)):
        return None
    return Figure(w.hours, reading.page_at(s, toks[w.at].start),
                  quote_around(s.text, toks[w.at].start, toks[w.end - 1].end, before=100),
                  w.how, total=True,
                  stated=True, sentence=s.index, whole=not w.doubt, doubt=w.doubt)


_PERIOD_WORDS = frozenset({"periode", "stage"})
_SOMEONE_WORDS = frozenset({"mme", "madame", "monsieur", "m", "personne", "jeune",
                            "beneficiaire", "immersion", "pmsmp", "elle", "il"})


def _the_period_before(reading: Reading, s: Sentence) -> bool:
    """« La période d'application fut accomplie au CHRS … . Elle représente 49 journées
    … »: « elle » is the period the sentence before names, with nobody else in it."""
    prev = reading.sentence(s.index - 1)
    if prev is None or prev.page != s.page:
        return False
    words = {t.word for t in reading.tokens_of(prev)}
    return bool(words & _PERIOD_WORDS) and not words & _SOMEONE_WORDS


# A line that opens on the label of a duration (« Durée : », « Période en entreprise : »).
_DURATION_LABELS = frozenset({"duree", "periode", "periodes", "stage", "internship", "temps",
                              "pae", "pfmp"})


def _duration_label(toks: Sequence[Token]) -> bool:
    colon = next((k for k, t in enumerate(toks[:6]) if t.word == ":"), None)
    return colon is not None and any(t.word in _DURATION_LABELS for t in toks[:colon])


def _day_pair(reading: Reading, s: Sentence, toks: Sequence[Token]) -> Figure | None:
    """A length written in days and in the hours they make, on the cover or a label line
    (``hours_day_pairs``): the hours written, a statement."""
    from cipcheck.content.hours_day_pairs import day_pair

    pair = day_pair(toks)
    if pair is None:
        return None
    return Figure(pair.hours, reading.page_at(s, toks[pair.at].start),
                  quote_around(s.text, toks[pair.at].start, toks[pair.end - 1].end),
                  f"{num(pair.days)} jours, {num(pair.hours)} h écrites", stated=True,
                  sentence=s.index, row=" ".join(t.word for t in toks[:pair.at][-4:]))


def _against_plan(reading: Reading, s: Sentence, toks: Sequence[Token], days_unit: bool,
                  hours_per_day: float) -> Figure | None:
    """The hours done that the sentence sets against the plan or the rule
    (``hours_against_plan``), as the statement of the whole placement it is."""
    if sum(t.kind == "number" for t in toks) < 2:
        return None
    from cipcheck.content.hours_against_plan import against_plan

    versus = against_plan(toks, days_unit, hours_per_day)
    if versus is None:
        return None
    quote = quote_around(s.text, toks[versus.at].start, toks[versus.end - 1].end)
    return Figure(versus.done, reading.page_at(s, toks[versus.at].start), quote,
                  versus.how or f"{num(versus.done)} h faites sur {num(versus.planned)} h "
                                "prévues",
                  total=True, stated=True, sentence=s.index, whole=True)


def _cover_lines(reading: Reading, s: Sentence, context_cue: bool, hours_per_day: float,
                 days_unit: bool) -> list[Figure]:
    """The figures of a cover whose lines ran into one sentence (a PDF's lines, soft line
    breaks), read line by line: « CCP 1 – Accueillir … des personnes », « Mme Coralie X —
    Mission locale … », « Par : Mélissa X » and « Stage : 8 jours (56 h) » are separate
    statements, and the title's « personnes » or the candidate's « Mme » do not make the
    hours line someone else's. Only for a cover with one line of durations (several —
    « Stage 1 : … (210 h) » then « Stage 2 : … (189 h) » — are periods read together), and
    kept only when that line reads as a statement on its own (a label and its figure);
    otherwise the sentence's reading stands."""
    from cipcheck.content.hours_tables import lines_of

    timed = [line for line in lines_of(s, reading.tokens_of(s))
             if any(t.word in _UNIT_WORDS for t in line)]
    if len(timed) != 1:
        return []
    line = timed[0]
    row = len(line) <= 14 and any(t.word in _LABEL_PUNCT for t in line)
    out = [f for f in _sentence_figures(reading, s, context_cue, row, hours_per_day,
                                        days_unit, line=line) if not f.untied]
    return out if any(f.stated for f in out) else []


def _same_again(toks: Sequence[Token], k: int) -> bool:
    """« autant », « idem », « la même durée », « le même nombre d'heures » after ``k``:
    the period just told, again."""
    for j in range(k, len(toks)):
        w = toks[j].word
        if w in {"pareil", "pareille"} and j == k:
            return False  # « 2 semaines pareil »: the figure's own rate, not it again
        if w in {"autant", "idem", "pareil"}:
            # not « pas autant », « d'autant », nor « autant que celui de ma binôme »
            return not (j >= 1 and toks[j - 1].word in {"pas", "d"} or j + 1 < len(toks)
                        and toks[j + 1].word in {"que", "qu"})
        if w == "meme" and j + 1 < len(toks) and toks[j + 1].word in {
                "duree", "nombre", "volume", "temps"}:
            return True
    return False


def _gapped_sentence(reading: Reading, s: Sentence, last: Figure) -> Figure | None:
    """« Premier stage : 210 heures à France Travail. Le second, à la Maison de l'Emploi,
    182. »: a sentence that opens on a pronoun for the next period and ends on a bare
    number leaves out the verb and the unit of the sentence just before — hours when that
    one gave hours. Never sure: the reader supplies what the words leave out."""
    toks = reading.tokens_of(s)
    words = [t for t in toks if t.word not in {".", "!", "…", "'"}]
    if 2 <= len(words) <= 12 and _same_again(toks, 0) and not _someone_in(toks, 0, len(toks)) \
            and (_label_in(toks) or words[0].word in _GAP_PRONOUNS | {"le", "la", "l"}):
        # « Stage 1 : 98 h. Stage 2 : idem. », « La seconde, la même durée. »
        return Figure(last.value, reading.page_at(s, toks[0].start), quote_around(s.text, 0, 0),
                      last.how, stated=False, inferred=True, sentence=s.index,
                      label=_label_in(toks), lead=" ".join(t.word for t in toks[:4]))
    if not 3 <= len(words) <= 16 or "jours" in last.how or "semaines" in last.how:
        return None
    n = words[-1]
    if n.kind != "number" or n.value is None or words[-2].word != "," \
            or not 7 <= n.value <= PLACEMENT_LIMITS[1]:
        return None
    first = [t.word for t in words[:2]]
    opens = first[0] in _GAP_PRONOUNS or first == ["l", "autre"] or (
        first[0] in {"le", "la", "l"} and words[1].kind == "ordinal")
    if not opens or _someone_in(toks, 0, len(toks)):
        return None
    return Figure(float(n.value), reading.page_at(s, n.start),
                  quote_around(s.text, 0, n.end), "", stated=False,
                  inferred=True, sentence=s.index, lead=" ".join(t.word for t in toks[:4]))


def read_hours(readings: Sequence[Reading], hours_per_day: float = 7.0,
               days_unit: bool = False, minimum: float | None = None) -> HoursReading | None:
    """The placement hours of a dossier (its body, then its headers and footers).
    ``minimum``: the route's, in hours — what could make a sure reading fail is looked
    for only under it (a walk over the dossier's spans of time saved otherwise)."""
    figs = [f for r in readings for f in figures(r, hours_per_day, days_unit)]
    untied = [f for f in figs if f.untied]
    figs = [f for f in figs if not f.untied]
    if not figs:
        return _short_by_own_words(readings, untied, _best_guess(untied), minimum, None)
    decided = _decide(figs)
    one_count = False
    if not decided.certain and minimum is not None and decided.value < minimum - 0.5 \
            and (_days_at_most(figs, decided) or (one_count := _count_at_the_rule_day(
                readings, figs, decided, hours_per_day) or _count_short_at_any_rate(
                readings, figs, decided, hours_per_day, minimum)
                or (days_unit and _weeks_of_days(readings, figs, decided, hours_per_day)))):
        # « mes dix-huit jours de stage » under a minimum in hours: days are read at the
        # rule's day (7 h, a 35-hour week), the longest a placement day usually is — under
        # the minimum even so, the count is short; over it, shorter days could leave it
        # short, so it stays to confirm there. « 22 jours et 4 demi-journées » is one
        # count in two units, not a sum of periods that could miss one. « 20 jours de
        # stage…, à raison de 7 heures par jour »: a count told with its rate, short at
        # the rule's day whichever figure the rate belongs to (blind writers label these
        # sure; a jury fails them).
        decided = replace(decided, certain=True, doubt="" if one_count else decided.doubt)
    if not decided.certain and minimum is not None and decided.value < minimum - 0.5 \
            and (not decided.doubt or decided.doubt.startswith("somme de")) \
            and _all_announced(readings, decided):
        # « Mon stage pratique s'est fait en deux périodes. La première … (6 semaines,
        # 210 h). La seconde … (4 semaines, 140 h). »: as many periods read, each in hours
        # written, as the dossier says there were — the sum a jury member makes, with
        # no period left out; under the minimum, it fails (over it, the older policy of
        # a sum to confirm stands: tests/test_hours_reading.py).
        decided = replace(decided, certain=True, doubt="")
    if decided.certain and _next_period_untold(readings, figs):
        decided = replace(decided, certain=False)
    if decided.certain and not decided.doubt and " + " in decided.how and not one_count \
            and (minimum is None or decided.value < minimum) \
            and (later := _later_period_named(readings, decided.how.count(" + ") + 1)):
        # « Stage 1 : 70 h — Stage 2 : 56 h » and, elsewhere, « Une troisième période a eu
        # lieu au PLIE »: the sum is a part.
        decided = replace(decided, doubt=later)
    if decided.certain and not decided.doubt and (minimum is None or decided.value < minimum) \
            and (several := _several_announced(readings, figs, decided)):
        # « J'ai effectué mes deux stages au CCAS et à la Mission locale. Le stage au CCAS a
        # duré 98 heures. »: one period's figure of several announced.
        decided = replace(decided, doubt=several)
    if decided.certain and not decided.doubt and (minimum is None or decided.value < minimum):
        from cipcheck.content.hours_loose import loose_spans

        loose = loose_spans(readings, figs, hours_per_day)
        # Weeks and days were turned into hours at the rule's day; longer days (10 h at
        # most, the legal maximum) could make them more.
        if loose and minimum is not None \
                and decided.value + sum(v for v, _, _ in loose) * 10 / 7 < minimum - 0.5:
            loose = []  # even added up, they leave the placement under the minimum
        if loose:
            # « Durée du stage : 140 heures » and, elsewhere, « Ensuite, quatre semaines à
            # la Mission Locale »: time of the placement no figure read accounts for.
            value, page, quote = loose[0]
            decided = replace(decided, doubt=f"d'autres durées de stage page {page} "
                                             f"(« {quote} », {num(value)} h)")
    ceiling = _ceiling(figs, decided)
    pages = tuple(sorted({f.page for f in figs if not f.plan and not _is_reading(f, decided)
                          and not (f.theirs and not f.stated)}))
    return _short_by_own_words(readings, figs, replace(decided, ceiling=ceiling,
                                                       ceiling_pages=pages), minimum, ceiling)


# Words of time off around a count (« arrêt maladie de 4 jours », « deux jours manquants »):
# days the placement did not have, not days of it.
_TIME_OFF = frozenset({"arret", "arrets", "maladie", "absence", "absences", "conge", "conges",
                       "greve", "greves", "fermeture", "ferme", "fermee", "fermes",
                       "fermees", "ferie", "feries", "manquants",
                       "manquantes", "manquant", "manquante", "annule", "annulee", "annules",
                       "annulees"})


def _counts_left_out(toks: Sequence[Token], how: str, value: float) -> bool:
    """A count of days, half days or weeks in the figure's sentence that the figure does
    not hold (« huit demi-journées … et quatre journées de 7 heures » read as 28 h): the
    figure may be a part of the placement, whatever the candidate says of its length.
    A count that a written figure is, at a length written in the same sentence (« 8 semaines …,
    35h/sem, total 280h », « 24 jours …, des journées de 7 heures, donc 168 heures »), is
    the figure's own working, not another period."""
    held = {float(n.replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)?", how)}
    mentions = hour_mentions(toks, False)
    # (a figure that is itself a product holds its own count: another one is another period)
    lengths = [] if "×" in how else [_hours_and_minutes(toks, m) for m in mentions
                                     if m.unit == "h"]
    for m in mentions:
        if m.unit not in {"d", "hd", "w"} or m.value in held \
                or any(abs(m.value * h - value) < 0.5 for h in lengths):
            continue
        around = {t.word for t in toks[max(0, m.at - 3):min(len(toks), m.end + 2)]}
        if not around & _TIME_OFF:
            return True
    return False


# Doubts the candidate's own words of a shortfall settle: whether the figure is all of the
# placement (a sum the reader made, figures far apart). Not another period named elsewhere,
# nor other durations of the placement (``read_hours``): those the words do not rule out.
_SETTLED_DOUBTS = ("somme de", "chiffres éloignés")


def _short_by_own_words(readings: Sequence[Reading], figs: list[Figure],
                        decided: HoursReading | None, minimum: float | None,
                        ceiling: float | None) -> HoursReading | None:
    """« Durée réalisée : 147 h / 175 h prévues (arrêt maladie de 4 jours, non rattrapé) »,
    « 380 h au lieu de 385, il me manque 5 h »: a reading under the minimum that was only
    to confirm is sure when the candidate says, beside it, that the placement is short
    (``hours_short``) — provided nothing else read could make it more (no other figure,
    the dossier's placement figures add up to no more), it is not a plan nor someone
    else's. A figure no placement word ties needs those words in its own sentence."""
    if decided is None or minimum is None or decided.value >= minimum - 0.5 \
            or (decided.certain and not decided.doubt) or decided.others \
            or (decided.doubt and not decided.doubt.startswith(_SETTLED_DOUBTS)) \
            or (ceiling is not None and ceiling >= minimum - 0.5):
        return decided
    best = next((f for f in figs if _is_reading(f, decided)), None)
    if best is None or best.plan or best.theirs \
            or any(abs(f.value - best.value) >= 0.5 and not f.plan for f in figs):
        return decided
    if not best.untied and (_next_period_untold(readings, figs)
                            or _later_period_named(readings, decided.how.count(" + ") + 1)
                            or _several_announced(readings, figs, decided)):
        # Another period named (« une deuxième période aura lieu en mai »): « il me manque
        # des heures » may be what that period brings.
        return decided
    from cipcheck.content.hours_short import admits_short

    r = _figure_reading(readings, best)
    if r is None or _counts_left_out(r.tokens_of(r.sentences[best.sentence]), best.how,
                                       best.value):
        return decided
    words = admits_short(r, best.sentence, best.page, best.value, same_sentence=best.untied)
    if not words:
        return decided
    how = f"{decided.how}, " if decided.how and not best.untied else ""
    return replace(decided, certain=True, doubt="",
                   how=f"{how}le dossier le dit : « {words} »")


def _best_guess(untied: list[Figure]) -> HoursReading | None:
    """What a careful reader would still put forward when no figure is tied to the
    placement: the durations of the candidate's own story (« on recompte ensemble : 385
    heures », « Donc soixante-treize heures »), what was done before what was planned,
    hours written before hours converted from days or weeks, then the largest — always a
    reading to confirm, the others shown beside it."""
    if not untied:
        return None
    best = max(untied, key=lambda f: (not f.plan, not _converted(f), f.value))
    others = tuple(f for f in untied if abs(f.value - best.value) >= 0.5)
    return HoursReading(best.value, False, "document", best.page,
                        best.how or "durée lue, le stage n'y est pas nommé", best.quote, others)


def _days_at_most(figs: list[Figure], decided: HoursReading) -> bool:
    """The reading is one count of the candidate's days at the rule's day, stated, and no
    other figure disagrees with it (``Figure.standard_day``)."""
    best = next((f for f in figs if _is_reading(f, decided)), None)
    return best is not None and best.standard_day and best.stated and not best.plan \
        and not best.theirs and not decided.others and not decided.doubt \
        and all(abs(f.value - best.value) < 0.5 for f in figs if not f.plan)


_COUNT_TERM = re.compile(
    r"^(\d+(?:[.,]\d+)?) (jours|semaines|demi-journées) × (\d+(?:[.,]\d+)?) h$")


def _count_short_at_any_rate(readings: Sequence[Reading], figs: list[Figure],
                             decided: HoursReading, hours_per_day: float,
                             minimum: float) -> bool:
    """The reading is the candidate's own stated count of days, weeks or half days, each
    times a written rate no longer than the rule's (7 h a day, 35 h a week), no other
    figure disagreeing, and the count read at the rule's day is under the minimum: short
    whatever the rate (``_days_at_most`` for a count told with its rate)."""
    best = next((f for f in figs if _is_reading(f, decided)), None)
    if best is None or not best.stated or best.plan or best.theirs or decided.others \
            or (decided.doubt and decided.doubt != "chiffres éloignés dans la phrase, "
                                                   "multipliés") \
            or any(abs(f.value - best.value) >= 0.5 for f in figs if not f.plan):
        return False
    standard = {"jours": hours_per_day, "semaines": 5 * hours_per_day,
                "demi-journées": hours_per_day / 2}
    at_rule_day = 0.0
    terms = best.how.split(" + ")
    written: set[float] = set()
    for term in terms:
        m = _COUNT_TERM.match(term.strip())
        if m is None:
            return False
        count, unit, rate = float(m.group(1).replace(",", ".")), m.group(2), \
            float(m.group(3).replace(",", "."))
        if rate > standard[unit] + 1e-9:
            return False
        if unit != "demi-journées":
            written.add(rate)
        at_rule_day += count * standard[unit]
    if at_rule_day >= minimum - 0.5:
        return False
    r = _figure_reading(readings, best)
    if r is None:
        return False
    mentions = hour_mentions(r.tokens_of(r.sentences[best.sentence]), False)
    counts = [m for m in mentions if m.unit in {"w", "d", "hd"}]
    rates = {m.value for m in mentions if m.unit == "h"}
    # Each count of the reading told once (« six semaines puis cinq semaines » are two
    # periods), and its rate written in the sentence, not assumed (« interrompu au bout
    # de 4 semaines » says nothing of its days).
    return len(counts) == len(terms) and all(rate in rates for rate in written)


_WEEKS_OF_DAYS = re.compile(r"^\d+ semaines × \d+ jours × (\d+(?:,\d+)?) h$")
_DAYS_TERM = re.compile(r"^\d+ jours × (\d+(?:,\d+)?) h$")


def _weeks_of_days(readings: Sequence[Reading], figs: list[Figure], decided: HoursReading,
                   hours_per_day: float) -> bool:
    """For a rule counted in days (the OPS mémoire, 29 jours): « sept semaines à raison de
    quatre jours par semaine », « 5 semaines de 5 jours, plus 2 jours »: weeks of so many
    days are a count of days — at most weeks × days (a public holiday only takes one
    away), read at the rule's own day. Under the minimum, short for sure, as a count of
    days is (``_days_at_most``): the candidate's own, no other figure beside it."""
    best = next((f for f in figs if _is_reading(f, decided)), None)
    if best is None or best.plan or best.theirs or decided.others \
            or (decided.doubt and not decided.doubt.startswith("somme de 2 chiffres")) \
            or any(abs(f.value - best.value) >= 0.5 for f in figs if not f.plan):
        return False
    terms = best.how.split(" + ")
    first = _WEEKS_OF_DAYS.match(terms[0])
    days = [_DAYS_TERM.match(t) for t in terms[1:]]
    if first is None or not all(days) or any(
            float(m.group(1).replace(",", ".")) != hours_per_day for m in [first, *days] if m):
        return False
    r = _figure_reading(readings, best)
    if r is None:
        return False
    toks = r.tokens_of(r.sentences[best.sentence])
    return (best.stated or any(t.word in _FIRST_PERSON for t in toks)) \
        and not any(t.word in _SOMEONE_ELSE or t.word in _THIRD_PARTY for t in toks)


def _figure_reading(readings: Sequence[Reading], fig: Figure) -> Reading | None:
    """The reading (body, or headers and footers) that holds the figure's sentence."""
    return next((r for r in readings if fig.sentence < len(r.sentences)
                 and r.sentences[fig.sentence].page == fig.page), None)


def _count_at_the_rule_day(readings: Sequence[Reading], figs: list[Figure],
                           decided: HoursReading, hours_per_day: float) -> bool:
    """« Temps de stage effectué : 10 semaines et 3 jours », « Présence en structure : 22
    jours et 4 demi-journées », « j'ai été présent quatre semaines et trois jours »: one
    count of the candidate's time in weeks, days and half days, told in one breath (its
    parts joined by « et »), with no hours told around it. Read at the rule's day (7 h, a
    35-hour week), the longest such time usually is, it is under the minimum: shorter days
    would only leave it shorter — as sure as a count of days alone (``_days_at_most``)."""
    best = next((f for f in figs if _is_reading(f, decided)), None)
    if best is None or best.plan or best.theirs or decided.others \
            or " + " not in best.how or (decided.doubt and not decided.doubt.startswith(
                "somme de 2 chiffres")) \
            or any(abs(f.value - best.value) >= 0.5 for f in figs if not f.plan):
        return False
    rule = {f"jours × {num(hours_per_day)} h", f"semaines × {num(5 * hours_per_day)} h",
            f"demi-journées × {num(hours_per_day / 2)} h"}
    terms = [t.split(" ", 1) for t in best.how.split(" + ")]
    if any(len(t) != 2 or t[1] not in rule for t in terms):
        return False
    r = _figure_reading(readings, best)
    if r is None:
        return False
    toks = r.tokens_of(r.sentences[best.sentence])
    counts = [m for m in hour_mentions(toks, False) if m.unit in {"w", "d", "hd"}]
    if len(counts) != len(terms) or any(
            [t.word for t in toks[counts[j].end:counts[j + 1].at]] != ["et"]
            for j in range(len(counts) - 1)):
        return False  # « 3 semaines au CCAS, puis 2 semaines au PLIE »: periods
    # the candidate's: a statement read as such, a label line (« Présence en
    # structure : »), or told in the first person before it (« où j'ai été présente »)
    own = best.stated or any(t.word == ":" or t.word in _FIRST_PERSON
                             for t in toks[:counts[0].at])
    if not own or any(t.word in _SOMEONE_ELSE or t.word in _THIRD_PARTY for t in toks):
        return False
    count_words = {k for m in counts for k in range(m.at, m.end)}
    for k in range(max(0, best.sentence - 2), min(len(r.sentences), best.sentence + 3)):
        if r.sentences[k].page != best.page:
            continue
        around = r.tokens_of(r.sentences[k])
        if any(t.word in _DAY_LENGTH and not (k == best.sentence and j in count_words)
               for j, t in enumerate(around)):
            return False  # « de 9 h à 12 h », « à mi-temps »: the day is told
    return True


# (« mes périodes en entreprise » alone is the official plural, not a count: only with one)
_SEVERAL = re.compile(r"\b(?:mes|nos)\s+(?:(?:deux|trois|quatre|2|3|4|differents|differentes)\s+)?"
                      r"(?:stages|pae|pfmp|lieux de stage|immersions)\b|"
                      r"\b(?:mes|nos)\s+(?:deux|trois|quatre|2|3|4|differentes)\s+periodes\b|"
                      r"\b(?:j ?'? ?ai|nous avons)\s+(?:effectue|fait|realise)\s+"
                      r"(?:deux|trois|quatre|2|3|4)\s+(?:stages|periodes|pae|pfmp)\b")


def _several_announced(readings: Sequence[Reading], figs: list[Figure],
                       decided: HoursReading) -> str:
    """« mes deux stages », « j'ai effectué trois périodes »: the dossier tells of several
    placements while the reading is one figure (not a total, not a sum of periods) — it may
    be one of them only. The words quoted, or ""."""
    best = next((f for f in figs if _is_reading(f, decided)), None)
    if best is None or best.total or best.label in {"sum", "table"} or "+" in best.how \
            or "+" in decided.how:
        return ""
    if re.search(r"\b(?:periodes?|total|ensemble|stages)\b", best.row):
        return ""  # « Période(s) en entreprise : 154 heures »: the whole of the placement
    for r in readings:
        # (the plural nouns over the whole text first: the pattern over every sentence
        # costs ~2 ms a dossier)
        if _SEVERAL_NOUNS.search("\n".join(s.norm for s in r.sentences)) is None:
            continue
        for s in r.sentences:
            if _SEVERAL_NOUNS.search(s.norm) and (hit := _SEVERAL.search(s.norm)) is not None:
                return f"le dossier parle de plusieurs périodes page {s.page} (« {hit.group(0)} »)"
    return ""


_COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "2": 2, "3": 3, "4": 4}
# « en deux périodes », « en trois temps », « mes deux stages », « deux périodes en
# entreprise »: how many periods the dossier says there were.
_ANNOUNCED = re.compile(r"\b(?:en|mes|nos|ses|les|ces)\s+(deux|trois|quatre|2|3|4)\s+"
                        r"(?:periodes|temps|stages|pae|pfmp|lieux|etapes|phases)\b")


def _all_announced(readings: Sequence[Reading], decided: HoursReading) -> bool:
    """The reading adds up hours written for each period (« 210 h + 140 h »), as many as
    the dossier announces (one announcement only, no other period named beyond them)."""
    terms = decided.how.split(" + ") if " + " in decided.how else []
    if not terms or any(not re.fullmatch(r"[\d,]+ h", t) for t in terms) or decided.others:
        return False
    counts = {_COUNT_WORDS[m.group(1)] for r in readings for s in r.sentences
              for m in _ANNOUNCED.finditer(s.norm)}
    return counts == {len(terms)} and not _later_period_named(readings, len(terms))


def _later_period_named(readings: Sequence[Reading], n: int) -> str:
    """A period beyond the ``n`` added up named anywhere (« une troisième période », « le
    3e stage », « ma dernière période »): where, quoted; "" if none."""
    for r in readings:
        toks = r.tokens
        for k, t in enumerate(toks[:-1]):
            nxt = toks[k + 1].word
            if nxt not in _PART_NOUNS and nxt not in {"stages", "periodes"}:
                continue
            if (t.kind == "ordinal" and (t.value or 0) > n) or t.word in {"derniere", "dernier"}:
                s = r.sentences[t.sentence]
                quote = quote_around(s.text, t.start, toks[k + 1].end, 20, 30)
                return f"une autre période nommée page {s.page} (« {quote} »)"
    return ""


_SEVERAL_NOUNS = re.compile(r"stages|periodes|pae|pfmp|immersions|lieux de stage")


def _next_period_untold(readings: Sequence[Reading], figs: list[Figure]) -> bool:
    """« Stage 1 : 105 h (CCAS) » then « Stage 2 : du 5 au 23 mai, PLIE »: a first period
    read, and a second one named whose hours were not — the figure is only a part."""
    # The last number read of each noun that has a first (« stage 1 », « stage 2 » → 2):
    # « Stage 3 : du 5 au 23 mai » named without hours leaves the sum a part.
    last: dict[str, int] = {}
    for f in figs:
        noun, _, n = f.label.rpartition(" ")
        if noun and n.isdigit() and not f.label.startswith("date"):
            last[noun] = max(last.get(noun, 0), int(n))
    last = {noun: n for noun, n in last.items()
            if any(f.label == f"{noun} 1" for f in figs)}
    if not last:
        return False
    for r in readings:
        toks = r.tokens
        for k, t in enumerate(toks[:-1]):
            noun = t.word.rstrip("s")
            if noun in last and toks[k + 1].kind == "number" \
                    and toks[k + 1].value == last[noun] + 1:
                return True  # « Stage 2 », « PAE 3 »
            nxt = toks[k + 1].word.rstrip("s")
            if t.kind == "ordinal" and nxt in last and t.value == last[nxt] + 1:
                return True  # « 2e stage », « seconde période »
    return False


# Nouns of the candidate's placement named as one whole (« mon stage », « ma PAE »).
_WHOLE_NOUNS = frozenset({"stage", "stg", "pae", "pfmp", "periode", "immersion", "pmap"})
_ONE_OF_SEVERAL = frozenset({"premier", "premiere", "second", "seconde", "deuxieme",
                             "troisieme", "dernier", "derniere", "autre", "nouveau",
                             "nouvelle", "ensuite", "puis", "enfin", "suite", "encore",
                             "aussi", "egalement", "apres", "1er", "1re", "2e", "2eme",
                             "suivant", "suivante", "precedent", "precedente"})


def _whole_placement(toks: Sequence[Token], first: int, end: int) -> bool:
    """« Pendant mon stage de trois semaines », « Ma période en entreprise a duré 16 jours »,
    « mes 29 jours de stage »: a length given to the candidate's placement named as a whole
    (« mon / ma / le / la / ce » + its noun, or « mes N jours de stage »), in a sentence
    that names no other period (no ordinal, no « ensuite », no « autre »)."""
    if any(t.word in _ONE_OF_SEVERAL or t.kind == "ordinal" for t in toks):
        return False
    if first >= 1 and toks[first - 1].word in {"mes", "nos"} and end < len(toks) and any(
            t.word in _WHOLE_NOUNS for t in toks[end:end + 3]):
        return True
    # The noun at most five words before the figure, its determiner right before it, and
    # between them only the placement's own words (« en entreprise », « a duré », « de »).
    for k in range(first - 1, max(-1, first - 6), -1):
        t = toks[k]
        if t.kind == "number" or t.word in _CLAUSE_PUNCT:
            return False
        if t.word in _WHOLE_NOUNS:
            return k >= 1 and toks[k - 1].word in {"mon", "ma", "le", "la", "l", "ce",
                                                   "cette", "cet", "notre"} \
                and all(w.word in _WHOLE_LINK for w in toks[k + 1:first])
    return False


def _places_named(toks: Sequence[Token]) -> set[str]:
    """The structures a sentence puts something at (« au CCAS » → {"ccas"})."""
    out = set()
    for k in range(len(toks)):
        if _structure_at(toks, k):
            j = k + 1
            while j < len(toks) and toks[j].word in {"la", "l", "'", "le", "les", "du", "des",
                                                      "de", "d", "sein"}:
                j += 1
            if j < len(toks):
                out.add(toks[j].word)
    return out


def _a_placement(toks: Sequence[Token], first: int) -> bool:
    """« un stage de découverte … de deux semaines », « Une période d'intégration de quatre
    semaines permet … »: a placement named with an indefinite article, in a sentence where
    the candidate does not speak and no next period is named — a kind of placement, or
    someone's, not the candidate's own."""
    if any(t.word in _ONE_OF_SEVERAL or t.kind == "ordinal" or t.word in _MORE_TIME
           or t.word.startswith("complet") for t in toks):
        return False
    k = next((k for k in range(first - 1, max(-1, first - 10), -1)
              if toks[k].word in _PLACEMENT), None)
    return k is not None and k >= 1 and toks[k - 1].word in {"un", "une"}


# « une semaine supplémentaire », « un stage de plus »: time added, never someone else's.
_MORE_TIME = frozenset({"supplementaire", "supplementaires", "plus", "prolonge", "prolongee",
                        "complementaire", "complement"})


_WHOLE_LINK = frozenset({"de", "d", "en", "entreprise", "a", "dure", "s", "est", "etale",
                         "etalee", "deroule", "deroulee", "sur", "pratique", "professionnel",
                         "professionnelle", "m", "pris", "compte", "comptait", "representait",
                         "duree", "fait", "durait"})


def _ceiling(figs: list[Figure], decided: HoursReading | None = None) -> float:
    """Every placement figure read, added up, the same figure quoted again elsewhere
    (cover, then introduction) counting once: equal figures count apart only when they
    sit together (one sentence, rows of one table or list)."""
    kept: list[Figure] = []
    # What was planned does not add to what was done (« Stage effectué : 140 h » then
    # « Stage prévu : 210 h »).
    done = [f for f in figs if not f.plan] or figs
    for f in done:
        if f.total or (f.theirs and not f.stated):
            # (someone else's placement, read only to confirm, adds nothing)
            continue
        # A sum read in prose (« 150 h + 150 h ») equal to a figure is that figure again.
        # « Période en entreprise : 140 heures. Au CCAS, j'ai effectué mes 140 heures »:
        # a figure named as known (« mes », « ces ») is the one just given, not another.
        # « 154 heures, 22 jours »: a length converted at the rule's day that gives a
        # figure of the same sentence is that figure, told in days.
        # « mes dix-huit jours de stage … Dix-huit jours, c'est court »: the candidate's
        # whole placement told again a little later, not a second period.
        again = any(abs(k.value - f.value) < 0.5 and (not (
            k.page == f.page and abs(k.sentence - f.sentence) <= 3) or "+" in k.how + f.how
            or f.definite or (k.sentence == f.sentence and k.page == f.page and (
                _converted(f) or _converted(k)))
            or (k.whole and not (f.label or f.row or f.sequel))) for k in kept)
        if not again:
            kept.append(f)
    whole = sum(k.value for k in kept)
    told = [k for k in kept if not k.whole]
    if told and all(_is_reading(k, decided) for k in told) and len(told) < len(kept) \
            and not any(f.label or f.sequel for f in figs):
        # « Période en entreprise : 112 heures » and, in a story, « pendant mon stage de
        # trois semaines »: one placement told twice (as hours, as a length), not two to
        # add — the most either says. Weeks and months are the calendar the hours
        # written fill (« 161 heures … pendant mon stage de cinq semaines »): they do not
        # contradict hours the dossier states.
        spans = [k for k in kept if k.whole and (not _converted(k) or "jours ×" in k.how
                                                  or decided is None or decided.how)]
        return max(k.value for k in told + spans)
    # « Période(s) en entreprise : 300 heures » on the cover, then « ma première période,
    # de 150 heures … la seconde, de 150 heures »: the periods are the parts of the total.
    for k in kept:
        if len(kept) >= 3 and abs(whole - 2 * k.value) < 0.5:
            return k.value
    return whole


def _converted(f: Figure) -> bool:
    """A length in days, weeks or months turned into hours at the rule's day."""
    return f.inferred and f.how.count("×") == 1 and f.how.split(" × ")[0].split(" ")[-1] in {
        "jours", "jour", "semaines", "semaine", "mois"}


def _is_reading(f: Figure, decided: HoursReading | None) -> bool:
    """The figure the reading was made of (the statement itself)."""
    return decided is not None and abs(f.value - decided.value) < 0.5 \
        and f.page == decided.page and f.quote == decided.quote


# Words that carry a list of periods on from one sentence to the next.
_NEXT_PERIOD = re.compile(r"\b(deuxieme|seconde?|troisieme|quatrieme|enfin|puis|ensuite|"
                          r"derniere|dernier|autre|suivante?)\b")


def _sequence(figs: list[Figure]) -> list[Figure]:
    """« Ma première période, de 175 heures, … La deuxième, de 140 heures, … Enfin,
    j'ai terminé par 70 heures … »: the periods that follow a first one, told in the next
    sentences without their name, are its next periods (a sum a reader makes, not a
    statement)."""
    out = _ordinal_leads(list(figs))
    for i, f in enumerate(out):
        if not f.label and not f.total and i + 1 < len(out) and _opens_next(f, out[i + 1]):
            # « J'ai commencé par 210 heures à la Mission Locale. Ensuite, 182 heures au
            # PLIE. »: a sentence that opens on « ensuite / puis / enfin » tells the next
            # period after an unnamed first one.
            f = out[i] = replace(f, label="periode 1", stated=False)
        if not f.label.endswith(" 1") or f.label.startswith("date"):
            continue
        noun, last, k = f.label[:-2], f, 1
        for j in range(i + 1, len(out)):
            g = out[j]
            if g.page != last.page or g.sentence - last.sentence > 3 or g.total:
                break
            # « Le suivant … pendant 63 heures, puis j'ai fini par 49 heures »: two more
            # periods in one sentence, already added up.
            two = " + " in g.how and "×" not in g.how
            # « Puis 14 jours au CCAS, au même rythme »: a product opening on the next
            # period's word is the next period too.
            if g.label or (g.how and not two and not _next_lead(g)) \
                    or g.sentence == last.sentence \
                    or not _NEXT_PERIOD.search(g.lead) and not _NEXT_PERIOD.search(
                        fold_keep_length(g.quote.lower())):
                continue
            k += 1
            out[j] = replace(g, label=f"{noun} {k}", stated=False, sequel=True)
            last = g
    return out


_ORDINAL_LEADS = {"premiere": 1, "premier": 1, "1re": 1, "1ere": 1, "seconde": 2, "second": 2,
                  "deuxieme": 2, "troisieme": 3, "quatrieme": 4}
# « Le premier jour, … 7 heures », « la première fois »: a moment, not a period.
_NOT_PERIOD_AFTER_ORDINAL = frozenset({"fois", "jour", "journee", "matin", "matinee", "soir",
                                       "mois", "annee", "entretien", "rendez", "rdv"})


def _ordinal_leads(figs: list[Figure]) -> list[Figure]:
    """« La première à la Mission locale (4 semaines, 140 h). La seconde au CCAS (3
    semaines, 105 h). »: sentences a few apart that open on « la première », « la
    seconde »… each with its figure are the periods in that order (a sum to confirm)."""
    ranks: dict[int, int] = {}
    for i, f in enumerate(figs):
        words = f.lead.split(" ")
        if f.label or f.total or len(words) < 2 or words[0] not in {"la", "le", "l"}:
            continue
        rank = _ORDINAL_LEADS.get(words[1])
        if rank is not None and (len(words) < 3 or words[2] not in _NOT_PERIOD_AFTER_ORDINAL):
            ranks[i] = rank
    got = sorted(ranks.items())
    if len(got) < 2 or [r for _, r in got] != list(range(1, len(got) + 1)) or any(
            figs[b].page != figs[a].page or not 0 < figs[b].sentence - figs[a].sentence <= 3
            for (a, _), (b, _) in zip(got, got[1:], strict=False)):
        return figs
    out = list(figs)
    for i, rank in got:
        out[i] = replace(out[i], label=f"periode {rank}", stated=False)
    return out


def _opens_next(f: Figure, g: Figure) -> bool:
    return not g.label and not g.total and g.page == f.page \
        and 0 < g.sentence - f.sentence <= 2 and abs(g.value - f.value) >= 0.5 \
        and _next_lead(g)


def _next_lead(g: Figure) -> bool:
    words = g.lead.split(" ")
    if words[0] == "apres":
        # « Après, 70 heures au PLIE », « Après cela, … »; not « Après une immersion de
        # deux semaines, Kevin a confirmé son projet » (a moment of someone's story).
        return len(words) > 1 and words[1] in {",", "cela", "ca", "ceci", "quoi", "ce"} \
            and not g.theirs
    return words[0] in {"ensuite", "puis", "enfin"} and not g.theirs


def _decide(figs: list[Figure]) -> HoursReading:
    """Choose among the figures read, and say how sure the choice is."""
    figs = _sequence(figs)
    # Figures of what was planned count only when nothing done is stated, and then as a
    # reading to confirm.
    done = [f for f in figs if not f.plan]
    figs = done or [replace(f, stated=False) for f in figs]
    totals = [f for f in figs if f.total]
    if totals:
        best = max(totals, key=lambda f: (f.stated, not f.promoted, not f.inferred, f.value))
        if not best.stated or best.inferred:
            # « Période(s) en entreprise : 91 heures » on the cover, and page 3 « … puis
            # trois jours (21 h) à l'agence, soit 91 heures »: the total a reader worked
            # out is the one the dossier states plainly elsewhere — the statement decides.
            best = next((f for f in figs if not f.total and f.stated and not f.inferred
                         and abs(f.value - best.value) < 0.5), best)
        # The same hours stated first on the cover or in the body, then again in an annex
        # table (« Période(s) en entreprise : 147 heures », « SPIP 66 | 147 »): the first
        # statement is the dossier's, the table confirms it — quoting the annex made the
        # reading « read in an annex only », a warning for a plain 147 h under 175 h.
        earlier = [f for f in figs if f.stated and not f.inferred and f.page < best.page
                   and abs(f.value - best.value) < 0.5]
        if best.stated and not best.inferred and earlier:
            best = min(earlier, key=lambda f: f.page)
        rivals = _rivals(best, figs)
        certain = best.stated and not best.inferred and not rivals
        return _result(best, certain, rivals)
    # Periods: labelled ones add up, the same period quoted twice counts once.
    labelled: dict[str, Figure] = {}
    for f in figs:
        if f.label and f.label not in labelled and ("+" not in f.how or f.sequel):
            labelled[f.label] = f
    if len(labelled) < 2:
        labelled = _rows(figs)
    if len(labelled) >= 2:
        periods = _told_once(list(labelled.values()))
        value = sum(f.value for f in periods)
        how = " + ".join(f.how if f.sequel and f.how else f"{num(f.value)} h"
                         for f in periods)
        # A period read as weeks or days at an assumed rate leaves the sum a guess.
        stated = all(f.stated and not f.inferred for f in periods)
        # « Stage 1 : 70 h (CCAS) — Stage 2 : 56 h (PLIE) »: periods numbered from the
        # first, each stated, the list a jury member adds up — sure, unless a next period
        # is named elsewhere (``_next_period_untold``) or other placement time is told.
        listed = stated and _numbered_from_one(periods)
        summed = Figure(value, periods[0].page, periods[0].quote, how, stated=stated,
                        label="sum", doubt="" if listed else _summed(len(periods), "périodes"))
        others = [f for f in figs if not f.label]
        rivals = [f for f in others if f.value not in {value, *(p.value for p in periods)}]
        return _result(summed, summed.stated and not rivals, rivals)
    best = max(figs, key=lambda f: (f.stated, not f.promoted, not f.inferred, f.value))
    rivals = _rivals(best, figs)
    return _result(best, best.stated and not best.inferred and not rivals, rivals)


def _told_once(periods: list[Figure]) -> list[Figure]:
    """« Première période : 70 heures au PLIE. Seconde période : 35 heures à l'E2C » on
    the cover, and in the annex « PLIE … du 2 au 13 février, 70 heures. E2C … du 16 au
    20 février, 35 heures »: the same periods told again on another page (named
    otherwise, by dates), not two more. Only a group of two periods or more whose hours
    are the same as another page's group: one period of 70 h here and one there may be
    two periods."""
    pages: dict[int, list[Figure]] = {}
    for f in periods:
        pages.setdefault(f.page, []).append(f)
    seen: list[list[float]] = []
    kept: list[Figure] = []
    for group in pages.values():
        hours = sorted(round(f.value, 1) for f in group)
        if len(group) >= 2 and hours in seen:
            continue
        seen.append(hours)
        kept.extend(group)
    return kept


def _numbered_from_one(periods: list[Figure]) -> bool:
    """« stage 1 », « stage 2 »…: one noun, numbered 1, 2, 3… with none left out, all on
    one page a few sentences apart (one list, one table row after another)."""
    labels = [f.label.rsplit(" ", 1) for f in periods]
    if any(len(lab) != 2 or not lab[1].isdigit() for lab in labels) \
            or len({noun for noun, _ in labels}) != 1 or any(f.sequel for f in periods):
        return False
    numbers = sorted(int(n) for _, n in labels)
    pages = {f.page for f in periods}
    span = max(f.sentence for f in periods) - min(f.sentence for f in periods)
    return numbers == list(range(1, len(numbers) + 1)) and len(pages) == 1 \
        and span <= 2 * len(periods)


def _rows(figs: list[Figure]) -> dict[str, Figure]:
    """Periods listed as rows of one table or list, without a number to name them.

    Rows a few sentences apart on one page form a list; rows named alike (the same line
    quoted twice) count once. The longest list wins.
    """
    # Rows of days (« – 6 jours d'observation ») add up too, as a reading to confirm.
    rows = [f for f in figs if f.row and not f.total and not f.label and (
        not f.how or (f.how.count("×") == 1 and "jours ×" in f.how))]
    best: dict[str, Figure] = {}
    run: dict[str, Figure] = {}
    last: Figure | None = None
    for f in rows:
        if last is not None and (f.page != last.page or f.sentence - last.sentence > 3):
            run = {}
        run.setdefault(f.row, f)
        last = f
        if len(run) > len(best):
            best = dict(run)
    return best if len(best) >= 2 else {}


def _rivals(best: Figure, figs: list[Figure]) -> list[Figure]:
    """Figures as clear as a statement that disagree with the one chosen (not a part of
    it, not equal); a figure read only from its context does not make a statement doubtful."""
    parts = [f.value for f in figs if not f.total and f is not best]
    out = []
    for f in figs:
        if f is best or abs(f.value - best.value) < 0.5 or not f.stated or f.inferred:
            continue
        if not f.total and (f.value < best.value and (
                sum(parts) == best.value or f.label or "+" in best.how)):
            continue  # a period of the total
        out.append(f)
    return out


def _result(best: Figure, certain: bool, rivals: list[Figure]) -> HoursReading:
    return HoursReading(best.value, certain, "document", best.page, best.how, best.quote,
                        tuple(rivals), doubt=best.doubt)


def _summed(n: int, what: str) -> str:
    """A sum the reader made: a period left out of it (on the next page, in a row not
    read) would change it, so under the minimum it warns instead of failing."""
    return f"somme de {n} {what}, sans total écrit"


def declared(value: float) -> HoursReading:
    """Hours the candidate or trainer declared (``--hours``, the batch manifest): they win."""
    return HoursReading(value, True, "declared")


# Shared with the hours_* modules beside this one under public names (no module imports
# another's private names: tests/test_private_imports.py).
DELAY_BEFORE = _DELAY_BEFORE
REQUIREMENT = _REQUIREMENT
RULE_VERBS = _RULE_VERBS
SOMEONE_ELSE = _SOMEONE_ELSE
THIRD_PARTY = _THIRD_PARTY
another_period = _another_period
clause = _clause
is_clock = _is_clock
time_off = _time_off
nearest_cue = _nearest_cue
rate_after = _rate_after
structure_at = _structure_at
