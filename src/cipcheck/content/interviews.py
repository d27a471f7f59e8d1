"""Counting the interviews a part tells as held ("a minima 3 entretiens").

Read on the reading layer (sentences and tokens), as a jury member reads: an interview
is an event, told in any form — a sub-heading (« Entretien n°2 – 14 mars », « 2ème
entretien »), a dated or numbered paragraph, a table row (a DOCX cell, a PDF line led
by its date), or narrative (« lors de notre deuxième rencontre », « quinze jours plus
tard, nous nous sommes revues », « je l'ai revue le 12 mai »). Each sign of an interview
becomes a candidate with what identifies it (a date, a rank, « again », « the last
one »); candidates are then laid on a timeline where the same date or the same rank is
the same interview, so a recap table and the detailed paragraphs of the same interviews
count once.

Not counted: interviews planned or wished (« aura lieu », « est prévu », « nous nous
reverrons », conditional — see ``cipcheck.reading.tense``), kept apart and listed; the
person's own job interviews (« entretien d'embauche », « avec l'employeur »); collective
sessions; interviews in general (« l'entretien est un outil », « les entretiens
individuels permettent »). A sentence that only announces a number (« j'ai mené quatre
entretiens ») is reported, not counted: the RE asks that each one be summarised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_timeline import REPEATABLE, join_date_and_rank, timeline
from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.document import Block
from cipcheck.reading import Reading, Sentence, Token, read
from cipcheck.reading.tense import future_at, is_future_form, past_at

_NOUNS = frozenset({"entretien", "entretiens", "entretient", "entrevue", "entrevues", "rdv",
                    "rencontre", "rencontres"})
_SUBJECTS = frozenset({"je", "j", "nous", "on", "il", "elle", "ils", "elles", "vous", "tu"})
_CLITICS = frozenset({"la", "le", "les", "l", "'", "nous", "vous", "se", "s", "m", "me"})
_PLURAL_DETS = frozenset({"les", "des", "ces", "mes", "nos", "vos", "leurs", "plusieurs",
                          "quelques", "certains", "differents", "nombreux", "ses", "aux"})
_POSSESSIVE_OTHER = frozenset({"son", "sa", "ses", "leur", "leurs"})
_DEMONSTRATIVE = frozenset({"ce", "cet", "cette", "ces"})
# Qualifiers of a new interview, not yet named by its rank or date.
_NEW = frozenset({"nouvel", "nouveau", "nouvelle", "autre", "supplementaire", "suivant",
                  "suivante"})
# Between the noun and its number: « Entretien n°2 », « Entretien de suivi n°3 ».
_RANK_GAP_AFTER = frozenset({"n", "no", "numero", "°", ".", "#", "individuel", "individuelle",
                             "de", "d", "'", "suivi", "telephonique"})
_LAST = frozenset({"dernier", "derniere", "final", "finale", "cloture"})
_FIRST_AFTER = frozenset({"initial", "accueil"})
# Between an ordinal and its noun: « deuxième et dernier entretien », « 2e vrai rendez-vous ».
_ORDINAL_GAP = frozenset({"et", "dernier", "derniere", "vrai", "veritable", "petit", "grand",
                          "nouvel", "nouveau"})
# The person's job interview, an employer's, someone else's, or a group session.
_JOB_AFTER_TEXT = """
embauche recrutement evaluation annuel professionnel collectif collective groupe
information motivation stage embaucher
"""
_JOB_AFTER = frozenset(_JOB_AFTER_TEXT.split())
_OTHERS_TEXT = """
employeur employeurs employeuse employeuses recruteur recruteuse recruteurs entreprise
entreprises tuteur tutrice
directeur directrice responsable responsables manager patron patronne gerant gerante dirigeant
dirigeante rh conseiller conseillere referent referente assistante assistant partenaire
partenaires medecin psychologue formateur formatrice organisme jury chef cheffe equipe
collegue collegues collegues mission pole france travail agence service
"""
_OTHERS = frozenset(_OTHERS_TEXT.split())
_JOB_BEFORE = frozenset({"simulation", "simulations", "preparation", "preparer", "prepare",
                         "preparee", "passer", "passe", "passee", "decroche", "decrochee",
                         "obtenu", "obtenue", "convoque", "convoquee", "repetition"})
# Preparing the person's job interview is a meeting with us (« 27/03 : préparation à
# l'entretien avec le cabinet », « nous préparons son entretien d'embauche par une
# simulation »); passing it (« elle passe son entretien d'embauche ») is not.
_PREPARING = frozenset({"simulation", "simulations", "preparation", "preparer", "prepare",
                        "preparee", "preparons", "preparez", "preparions", "preparait",
                        "repetition", "simulons", "entrainement", "entrainons"})
_JOB_BEFORE = _JOB_BEFORE | _PREPARING
# Meeting verbs told without the word « entretien ».
_AGAIN_STEMS = ("revu", "revoi", "revoy", "retrouv", "revenu", "revien")
_MEET_STEMS = ("recu", "recoi", "recev", "rencontr", "accueill", "vu", "vue")
_PERSON = frozenset({"madame", "monsieur", "mademoiselle", "beneficiaire", "candidate",
                     "candidat", "personne", "jeune", "stagiaire", "usager", "usagere"})
# Who the person accompanied may be called after « avec le / la / un / une ».
_PEOPLE = frozenset({"jeune", "personne", "famille", "mere", "pere", "maman", "papa", "dame",
                     "femme", "homme", "garcon", "fille", "demandeur", "demandeuse", "salarie",
                     "salariee", "couple", "interesse", "interessee", "accompagne",
                     "accompagnee", "participant", "participante"})
_AGAIN_WORDS = (("a", "nouveau"), ("de", "nouveau"), ("nouvelle", "fois"), ("seconde", "fois"))
_CANCELLED = ("annul", "report", "absente", "absent", "presentee", "venue", "venu")
_UNITS = frozenset({"h", "heure", "heures", "min", "minutes", "mn", "ans", "an", "jours",
                    "jour", "semaines", "semaine", "mois", "fois", "personnes", "pages"})
_MONTHS_TEXT = """
janvier janv fevrier fevr fev mars avril avr mai juin juillet juil aout septembre sept
octobre oct novembre nov decembre dec
"""
_MONTHS = frozenset(_MONTHS_TEXT.split())
_WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                       "dimanche"})
# « Entretien I / II / III »: a rank written in roman numerals (matched as written, upper
# case, so that the pronoun « I » of an English quote or « vi » are not read as ranks).
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
          "IX": 9, "X": 10}
# What an interview is named by when it has neither rank nor date: « Entretien de
# diagnostic », « Entretien de suivi », « L'entretien d'accueil », « Bilan intermédiaire ».
# The same purpose twice is the same interview, except follow-ups, which repeat.
_PURPOSES = {"accueil": "accueil", "diagnostic": "diagnostic", "suivi": "suivi",
             "bilan": "bilan", "cloture": "cloture", "synthese": "synthese",
             "orientation": "orientation", "exploration": "exploration",
             "positionnement": "positionnement", "restitution": "restitution",
             "lancement": "accueil", "tripartite": "tripartite", "final": "cloture",
             "finale": "cloture", "initial": "accueil", "fin": "cloture",
             "intermediaire": "bilan-intermediaire", "projet": "projet"}
# Topics of a row of a table of interviews (« 10 mars | Accueil, diagnostic | Réalisé »).
_TOPIC_WORDS = frozenset({"accueil", "diagnostic", "bilan", "suivi", "projet", "cv",
                          "plan", "action", "synthese", "exploration", "competences",
                          "orientation", "cloture", "realise", "realisee", "objet", "theme"})
# A dated line about a group or someone else's event, not one of our interviews.
_GROUP = frozenset({"atelier", "ateliers", "collectif", "collective", "reunion", "forum",
                    "salon", "dating", "jury", "comite", "commission", "visite"})
def _group_event(toks: Sequence[Token]) -> bool:
    """A cell that names a workshop, a meeting, a forum (« Atelier collectif ») — not
    « visite à domicile », nor « inscription à l'atelier numérique » (what came of it)."""
    return any(t.word in _GROUP and not (t.word == "visite" and k + 2 < len(toks)
                                         and toks[k + 2].word == "domicile")
               for k, t in enumerate(toks[:2]))


_LIST_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.)\-–]\s")
_CALENDAR = re.compile(r"\b(calendrier|chronologie|deroule|suivi|planning|recapitulatif)\b")
_TOPIC_HEADER = re.compile(r"\b(objet|contenu|theme|motif|objectif)s?\b")
_ROW_NUMBER = re.compile(r"^\d{1,2}\s+")
_DIGIT = re.compile(r"\d")
_NOUN_HINT = re.compile(
    r"entreti|entrevue|rdv|rencontre|rendez|seance|contact|telephon|visio|celui|celle"
    r"|echange|bilan|point|visite|appel")
_VERB_HINT = re.compile(r"\b(?:rev[uoie]|retrouv|re[cç]|rencontr|accueill|vu|venu)")
_AFTER_WINDOW = 5
_BEFORE_WINDOW = 5


@dataclass(frozen=True)
class Interview:
    """One interview counted: where it is told and a few words of how."""

    page: int
    words: str
    rank: int | None = None
    date: tuple[int, int] | None = None
    implied: bool = False  # deduced from a later rank (« troisième rencontre »)


@dataclass(frozen=True)
class Planned:
    """An interview seen but not counted: planned, wished or cancelled."""

    page: int
    words: str
    reason: str  # "à venir" | "annulé" | "non tenu" | "indice" (a hint, see hints)


@dataclass
class InterviewCount:
    count: int
    pages: list[int] = field(default_factory=list)
    ranks: list[int] = field(default_factory=list)
    dates: list[tuple[int, int]] = field(default_factory=list)
    announced: int | None = None
    interviews: list[Interview] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    # Distinct dates (day, month) of the part told in the past or present, not planned:
    # more of them than interviews counted is a sign the count missed some.
    past_dates: int = 0
    # Signs of a held interview that could not be placed on the timeline (a meeting told
    # only by its verb before the first one counted, « lors de l'entretien de bilan »
    # with no such interview told, « au dernier rendez-vous » in undated prose): the
    # count may be short of them, so a count under the minimum is then uncertain.
    hints: list[Planned] = field(default_factory=list)

    @property
    def uncertain(self) -> bool:
        """The text announces more than it tells, or a count rests on a rank alone."""
        return bool((self.announced and self.announced > self.count)
                    or any(i.implied for i in self.interviews))


def count_interviews(blocks: Sequence[Block], reading: Reading | None = None,
                     kind: str | None = None) -> InterviewCount:
    """Held interviews of a part's ``blocks``; ``reading`` is the document's reading
    layer (it is cut to these blocks), else the blocks are read here (``kind``: "pdf"
    lines or "docx" paragraphs; guessed when not given)."""
    blocks = list(blocks)
    view = read(blocks, kind or _guess_kind(blocks)) if reading is None \
        else reading.view(blocks)
    cands, announced = _candidates(view)
    cands.extend(_pdf_table_rows(view))
    cands.sort(key=lambda c: c.order)
    if not any(c.rank is not None and c.kind == "anchor" for c in cands) and not (
            announced and announced >= 2):
        # « La deuxième, … » stands for an interview only where interviews are ranked
        # elsewhere or their number is announced (« je l'ai reçue trois fois »).
        cands = [c for c in cands if c.kind != "elliptic"]
    for c in cands:
        if c.kind == "elliptic":
            c.kind = "anchor"
    dated_heads = [c for c in cands if c.kind == "dated-heading"]
    speaks = announced is not None or len(dated_heads) < len(cands)
    if not speaks and len(dated_heads) < 3:
        # Dated headings in a part that never speaks of interviews: a chronology of
        # other events, unless it is a run of dated paragraphs (« 14 novembre : … »).
        cands = [c for c in cands if c.kind != "dated-heading"]
    labels = {c.rank for c in cands if c.kind == "label"}
    # « E1 », « R2 »: interview labels only where a series 1, 2… is there.
    cands = [replace(c, kind="anchor") if c.kind == "label" else c for c in cands
             if c.kind != "label" or {1, 2} <= labels]
    cands = join_date_and_rank(cands)
    for c in cands:
        if c.kind == "dated-heading":
            c.kind = "anchor"
    slots, dropped, hints = timeline(cands)
    reasons = {"cancelled": "annulé", "not-held": "non tenu"}
    planned = [Planned(c.page, c.words, reasons.get(c.status, "à venir")) for c in dropped]
    interviews = [Interview(s.page, s.words, s.rank, s.date, s.implied) for s in slots]
    return InterviewCount(
        count=len(interviews),
        pages=sorted({i.page for i in interviews if not i.implied}),
        ranks=sorted({i.rank for i in interviews if i.rank is not None}),
        dates=sorted({i.date for i in interviews if i.date is not None}),
        announced=announced, interviews=interviews, planned=_unique(planned),
        past_dates=_moments(view, interviews, dropped, cands),
        hints=_unique([Planned(c.page, c.words, "indice") for c in hints]
                      + _episodes(view, len(interviews), {c.sentence for c in cands})))


_LATER_UNITS = frozenset({"jours", "jour", "semaines", "semaine", "mois", "quinzaine"})
_NEXT = frozenset({"suivant", "suivante", "lendemain", "d", "apres"})


def _opens_an_episode(toks: Sequence[Token]) -> bool:
    """« Le mardi suivant, … », « Trois semaines plus tard, … », « La semaine suivante »,
    « Le lendemain », « Le mardi, Karim arrive… »: a paragraph told as the next moment."""
    words = [t.word for t in toks[:6] if t.kind != "punct"]
    if len(words) < 2:
        return False
    head = words[1:] if words[0] in {"le", "la", "l", "un", "une", "des"} else words
    if head and (head[0] in _WEEKDAYS or head[0] == "lendemain"):
        return True
    if head[:1] and head[0] in {"semaine", "mois"} and len(head) > 1 and head[1] in _NEXT:
        return True
    numbered = toks[0].kind == "number" or words[0] in {"un", "une", "quinze", "huit", "dix"}
    return numbered and any(w in _LATER_UNITS for w in words[:3]) and (
        "tard" in words[:5] or "apres" in words[:5])


# The group events of a dated line (a home visit is a meeting with the person), and the
# team's and the training's own days.
_GROUP_EVENTS = (_GROUP - {"visite"}) | {"reunions", "equipe", "synthese", "formation",
                                         "information", "dispositif", "seminaire"}


def _with_the_person(toks: Sequence[Token]) -> bool:
    """The moment is one with the person (« il est à l'heure », « nous faisons le point »,
    « Karim arrive »), not a workshop, a team meeting or a training day."""
    words = {t.word for t in toks}
    if words & _GROUP_EVENTS:
        return False
    named = any(t.kind == "word" and t.text[:1].isupper() and k > 0 and len(t.text) > 2
                and t.word not in _WEEKDAYS and t.word not in _MONTHS
                and toks[k - 1].word not in {".", "!", "?"} for k, t in enumerate(toks[:12]))
    return named or bool(words & {"il", "elle", "nous", "on", "lui"})


def _episodes(view: Reading, counted: int, read: set[int]) -> list[Planned]:
    """Paragraphs opened as the next moment of a story and not already read as an
    interview (``read``: their sentences), when fewer than three interviews were
    counted: the count may have missed meetings told without the word (« Le mardi
    suivant, il est à l'heure »), so a count under the minimum is a doubt."""
    if counted >= 3:
        return []
    out: list[Planned] = []
    seen: set[int] = set()
    for s in view.sentences:
        first = s.blocks[0] if s.blocks else -1
        if first in seen or s.in_table or s.heading:
            continue
        seen.add(first)
        if s.index in read:
            continue  # already an interview counted, or one seen and set aside
        toks = view.tokens_of(s)
        if _opens_an_episode(toks) and _with_the_person(toks):
            out.append(Planned(s.page, s.text[:60].strip(), "indice"))
    return out if counted + len(out) >= 3 else []


def _moments(view: Reading, interviews: list[Interview], dropped: list[_Candidate],
             cands: list[_Candidate]) -> int:
    """How many meetings the part may tell at most: the dates of the interviews counted
    and the other past dates and moments of the two of us, plus the undated interviews."""
    counted = {i.date for i in interviews if i.date}
    seen = _past_dates(view, counted, {c.date for c in dropped if c.date},
                       {c.sentence for c in cands if c.status == "held"})
    return seen + sum(1 for i in interviews if i.date is None)


_PLANNING = frozenset({"prevu", "prevue", "prevus", "prevues", "programme", "programmee",
                       "planifie", "planifiee", "venir", "prochain", "prochaine"})


_US = frozenset({"je", "j", "nous", "m", "me", "on"})
_NOT_A_MEETING = frozenset(_GROUP | {"annule", "annulee", "absent", "absente", "presente",
                                     "presentee", "licencie", "licenciee", "inscrit",
                                     "inscrite", "embauche", "embauchee", "signe", "signee",
                                     # « nous devions nous revoir le 2 »: a plan, not kept
                                     "devions", "devait", "devais", "deviez", "devaient"})


def _past_dates(view: Reading, counted: set[tuple[int, int]],
                dropped: set[tuple[int, int]], told: set[int]) -> int:
    """The dates of the interviews counted and the other dates that may be meetings not
    recognised: in a sentence with the two of us in it (« je », « nous », « m' »), not
    about the future, a cancellation or someone else's event (« le 6 janvier pour le
    premier entretien, le 20 janvier…, le 3 février… » are three; « prévu le 15 avril »,
    « je la reverrai le 2 mai », « le 3 mars, il s'est inscrit » none)."""
    seen = set(counted)
    sentences = view.sentences
    for i, s in enumerate(sentences):
        if not _DIGIT.search(s.norm) or not (dates := find_dates(s.norm)):
            if s.index not in told and _LATER.match(s.norm) and _ours_and_past(view, sentences, i):
                # « Quinze jours plus tard, nous faisons le point… », « Un mois après, je
                # la revois »: a moment of the accompaniment told by the time elapsed.
                seen.add((-1, i))
            continue
        # « Le 19 mars, retour sur l'immersion : … Nous avons étudié ensemble… »: the
        # paragraph a date opens says who was there, not always its first sentence.
        if not _ours_and_past(view, sentences, i):
            continue
        toks = view.tokens_of(s)
        if _NOUN_HINT.search(s.norm) and any(_not_ours(toks, m) for m in _mentions(toks)):
            continue
        if any(t.word in _COLLEAGUES | _OTHERS for t in toks[:4]):
            continue  # « Sa tutrice m'a reçue le 27 mars »: someone else's meeting
        if any(t.word.startswith(_AT_A_DISTANCE) for t in _main_clause(toks)):
            continue  # « Le 13 janvier, j'ai contacté l'auto-école »
        seen.update(d.key for d in dates if d.key not in dropped)
    return len(seen)


# A sentence that opens on the time elapsed since the last meeting.
_LATER = re.compile(
    r"\W*(?:(?:quelques|\w+|\d+) (?:jours?|semaines?|mois) (?:plus tard|apres)"
    r"|(?:la|une) semaine (?:suivante|d'apres|plus tard)|le mois (?:suivant|d'apres)"
    r"|(?:au|lors du) (?:rendez-vous|rdv|entretien) suivant|a la seance suivante"
    r"|(?:debut|mi|fin)[- ](?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
    r"|octobre|novembre|decembre)\b)")


_TAKING_PART = ("particip", "assist", "anim", "coanim", "co-anim", "inscri")


def _group_told(toks: Sequence[Token]) -> bool:
    """A group session is the event told: named at the head of the line, after its date
    or moment (« Jeudi 16 mai : atelier collectif… », « Le 6 mai, réunion de synthèse »),
    or with someone taking part in it (« elle a participé à l'atelier CV »); not a place
    or a subject of the meeting (« nous visitons ensemble l'atelier de retouche », « bilan
    de la visite », « nous préparons sa visite au GRETA »)."""
    if not any(t.word in _GROUP for t in toks):
        return False
    if any(t.word.startswith(_TAKING_PART) for t in toks):
        return True
    head = next((j + 1 for j, t in enumerate(toks[:10]) if t.text in {",", ":", "–", "-", "."}),
                0)
    return any(t.word in _GROUP for t in toks[head:head + 3]) or (
        not any(t.word in _US for t in toks) and any(t.word in _GROUP - {"visite"}
                                                     for t in toks))


def _ours_and_past(view: Reading, sentences: Sequence[Sentence], i: int) -> bool:
    """The sentence (or the rest of its paragraph) has the two of us in it, and it is
    neither a plan nor someone else's event."""
    toks = view.tokens_of(sentences[i])
    words = {t.word for t in toks}
    if words & (_NOT_A_MEETING - _GROUP) or _group_told(toks) \
            or any(t.word in _PLANNING for t in toks) or any(
            future_at(toks, k) for k in range(len(toks))):
        return False
    return bool(words & _US) or _us_later_in_paragraph(view, sentences, i)


def _us_later_in_paragraph(view: Reading, sentences: Sequence[Sentence], i: int) -> bool:
    """Whether the next sentences of the paragraph a dated sentence opens (up to two, and
    none with a date of its own) have the two of us in them."""
    blocks = set(sentences[i].blocks)
    for s in sentences[i + 1:i + 3]:
        if not blocks & set(s.blocks):  # a DOCX paragraph is one block
            return False
        if _DIGIT.search(s.norm) and find_dates(s.norm):
            return False
        if {t.word for t in view.tokens_of(s)} & _US:
            return True
    return False


def _guess_kind(blocks: Sequence[Block]) -> str:
    """PDF blocks are lines: many of them go on in the next one, lower case."""
    body = [b for b in blocks if not b.in_table and b.text.strip()]
    if len(body) < 3:
        return "docx"
    goes_on = sum(1 for a, b in zip(body, body[1:], strict=False)
                  if not re.search(r"[.!?:;]\W*$", a.text.strip()) and b.text.strip()[:1].islower())
    return "pdf" if goes_on >= max(2, len(body) // 5) else "docx"


def _unique(planned: list[Planned]) -> list[Planned]:
    seen: set[tuple[int, str]] = set()
    out: list[Planned] = []
    for p in planned:
        if (p.page, p.words) not in seen:
            seen.add((p.page, p.words))
            out.append(p)
    return out


# --- candidates, sentence by sentence ---------------------------------------------------

@dataclass
class _Mention:
    first: int  # token positions in the sentence
    last: int  # inclusive
    plural: bool


# Over the complexity limit (13 > 10): a listed exception, to split.
def _mentions(toks: Sequence[Token]) -> list[_Mention]:  # noqa: C901
    out: list[_Mention] = []
    n = len(toks)
    k = 0
    while k < n:
        w = toks[k].word
        end = None
        if w in _NOUNS:
            end = k
            if w.startswith("rencontre") and (_is_verb_position(toks, k) or toks[k].text.lower()
                                               .endswith(("é", "ée", "és", "ées"))):
                end = None  # « je la rencontre », « j'ai rencontré »: the verb
        elif w == "rendez" and k + 1 < n:
            j = k + 2 if toks[k + 1].text == "-" and k + 2 < n else k + 1
            if toks[j].word == "vous":
                end = j
        elif w in {"celui", "celle"} and k + 2 < n and toks[k + 1].word == "du" \
                and toks[k + 2].is_number:
            end = k  # « celui du 26 mars », after « notre rendez-vous du 12 mars »
        elif w == "bilan" and k + 1 < n and (
                toks[k + 1].word == "intermediaire" or (
                    toks[k + 1].word in {"de", "a"} and k + 2 < n
                    and toks[k + 2].word == "mi")):
            end = k  # « Bilan intermédiaire », « bilan de mi-parcours »: a meeting
        elif w == "point" and [t.word for t in toks[k + 1:k + 4]] == ["d", "'", "etape"]:
            end = k + 3
        elif w in {"visite", "visites"} and k + 2 < n and toks[k + 1].word in {"a", "au"} \
                and toks[k + 2].word == "domicile":
            end = k + 2  # « visite à domicile »: a meeting with the person at home
        elif (w in {"seance", "seances", "contact", "echange"} and (
                any(t.word.startswith("individuel") for t in toks[k + 1:k + 3])
                or _rank_follows(toks, k)
                or (k > 0 and toks[k - 1].kind == "ordinal"))) or (
                w in {"echange", "echanges", "appel", "appels", "point"}
                and any(t.word.startswith(("telephon", "visio")) for t in toks[k + 1:k + 3])) \
                or (w in {"appel", "echange"} and k > 0 and toks[k - 1].word in _NEW
                    and not (k + 1 < n and toks[k + 1].word in {"a", "aux"})):
            # « À J+30, nouvel appel : … » (not « un nouvel appel à candidatures »)
            end = k
        if end is not None and w in {"rendez", "rdv"} and _prev_words(toks, k, 1)[:1] in (
                ["pris"], ["prendre"], ["prend"], ["prends"], ["prenons"], ["prise"]):
            end = None  # « elle avait pris rendez-vous au CMP »: an appointment made
        if end is not None and w in _NOUNS and _prev_words(toks, k, 1) in (["d"], ["de"]):
            # « agent d'entretien », « grille d'entretien », « prise de rendez-vous »: the
            # complement of another noun, not a meeting.
            end = None
        if end is None:
            k += 1
            continue
        plural = toks[k].word.endswith("s") and toks[k].word not in {"rdv"}
        if plural and k > 0 and toks[k - 1].kind == "ordinal" and \
                not toks[k - 1].text.endswith("s"):
            plural = False  # « 3ème entretiens »: a typo, one interview
        if toks[k].word in {"rendez", "rdv"}:
            prev = _prev_words(toks, k, 2)
            plural = any(p in _PLURAL_DETS or p.isdigit() for p in prev)
            plural = plural or any(t.kind == "number" and (t.value or 0) > 1
                                   for t in toks[max(0, k - 2):k])
        out.append(_Mention(k, end, plural))
        k = end + 1
    return out


def _before_it(toks: Sequence[Token], m: _Mention) -> bool:
    """« avant notre troisième rendez-vous », « jusqu'au prochain entretien »."""
    prev = _prev_words(toks, m.first, 4)
    while prev and (prev[0] in {"notre", "le", "la", "l", "son", "mon", "du", "au", "un",
                                "une", "ce", "cet"} or prev[0] in _ORDINAL_WORDS):
        prev = prev[1:]
    return bool(prev) and prev[0] in {"avant", "jusqu", "precede", "preparer", "attendant"}


_ORDINAL_WORDS = frozenset({"premier", "premiere", "deuxieme", "second", "seconde",
                            "troisieme", "quatrieme", "cinquieme", "dernier", "derniere",
                            "prochain", "prochaine", "1er", "2e", "3e", "4e", "2eme",
                            "3eme", "4eme", "2nd"})


_BULLETS = ("•", "-", "–", "*", "▪", "◦", "o ", "→", "✓")


def _item_label(s: Sentence, toks: Sequence[Token], m: _Mention) -> bool:
    """« • Entretien de diagnostic : analyse de son parcours » — a list item led by the
    interview it tells, like a sub-heading."""
    if m.first > 3 or not s.text.lstrip().startswith(_BULLETS):
        return False
    return any(t.text in {":", "–", "—"} for t in toks[m.last + 1:m.last + 6])


def _rank_follows(toks: Sequence[Token], k: int) -> bool:
    """« Séance 1 », « séance n°2 », « Séance III »: a session named by its rank."""
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j].word in {"n", "no", "numero", "°"}:
        j += 1
    if j >= len(toks):
        return False
    t = toks[j]
    return (t.kind == "number" and t.text.isdigit() and 1 <= (t.value or 0) <= 20
            and (j + 1 >= len(toks) or toks[j + 1].word not in _UNITS | _MONTHS)) \
        or t.text in _ROMAN or t.kind == "ordinal"


def _purpose(toks: Sequence[Token], m: _Mention) -> str | None:
    """What the interview is named by: « entretien de diagnostic », « entretien d'accueil
    téléphonique », « entretien initial », « bilan intermédiaire », « point d'étape »."""
    w = toks[m.first].word
    if w == "bilan":
        return "bilan-intermediaire"
    if w == "point":
        # « point d'étape » names one; « point téléphonique » is a medium, it repeats.
        return "etape" if toks[m.last].word == "etape" else None
    j = m.last + 1
    while j < len(toks) and j - m.last <= 3 and toks[j].word in {
            "de", "d", "'", "individuel", "individuelle", "telephonique", "du", "en"}:
        j += 1
    if j < len(toks) and toks[j].word in _PURPOSES:
        if toks[j].word == "fin" and (j + 1 >= len(toks) or toks[j + 1].word not in {
                "d", "de", "du"}):
            return None
        if toks[j].word == "suivi" and j + 1 < len(toks) and toks[j + 1].word in {"de", "du"}:
            return None  # « entretien de suivi de sa formation »: not a name
        return _PURPOSES[toks[j].word]
    return None


def _is_verb_position(toks: Sequence[Token], k: int) -> bool:
    """« je la rencontre », « nous nous rencontrons »: the verb, not the noun."""
    prev = _prev_words(toks, k, 2)
    if not prev:
        return False
    if prev[0] in _SUBJECTS:
        return True
    return prev[0] in _CLITICS and len(prev) > 1 and prev[1] in _SUBJECTS | _CLITICS


def _prev_words(toks: Sequence[Token], k: int, n: int) -> list[str]:
    """The ``n`` words before ``k``, nearest first (the apostrophe skipped)."""
    out: list[str] = []
    j = k - 1
    while j >= 0 and len(out) < n:
        if toks[j].text != "'":
            out.append(toks[j].word)
        j -= 1
    return out


# Over the complexity limit (12 > 10): a listed exception, to split.
def _line_ends(text: str, toks: Sequence[Token], j: int) -> bool:
    """The token ``j`` ends its line: the next one is in another block (a PDF line) or
    after a line break of the same block."""
    if j + 1 >= len(toks):
        return True
    nxt = toks[j + 1]
    return nxt.block != toks[j].block or "\n" in text[toks[j].end:nxt.start]


def _rank(toks: Sequence[Token], m: _Mention, text: str = "") -> int | None:  # noqa: C901
    # Before: « deuxième entretien », « 3e et dernier rendez-vous », « notre 2nd RDV ».
    j = m.first - 1
    while j >= 0 and m.first - j <= 4:
        t = toks[j]
        if t.kind == "ordinal" and t.value:
            after = toks[j + 1].word if j + 1 < len(toks) else ""
            if after not in _MONTHS:  # « 1er mars » is a date
                return int(t.value)
            return None
        if t.word not in _ORDINAL_GAP:
            break
        j -= 1
    # After: « Entretien n°2 », « Entretien 3 – bilan », « entretien numéro 4 », « initial ».
    j = m.last + 1
    while j < len(toks) and j - m.last <= 4 and toks[j].word in _RANK_GAP_AFTER:
        j += 1
    if j < len(toks):
        t = toks[j]
        if t.word in _FIRST_AFTER or (t.text == "d" and j + 2 < len(toks)
                                      and toks[j + 2].word in _FIRST_AFTER):
            return 1
        if t.kind == "ordinal" and t.value and j == m.last + 1:
            return int(t.value)
        if t.text in _ROMAN and (j + 1 >= len(toks) or toks[j + 1].kind == "punct"
                                 or _line_ends(text, toks, j)):
            return _ROMAN[t.text]
        if t.kind == "number" and t.value and t.text.isdigit() and 1 <= t.value <= 20:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            # « Séance 1. » alone, « Entretien 2 » ending its line (a PDF line, a DOCX
            # line break before the paragraph it leads): the name of a session.
            if nxt is None or (_line_ends(text, toks, j) or (
                    nxt.text == "." and j + 2 >= len(toks))) and \
                    nxt.word not in _UNITS and nxt.word not in _MONTHS:
                return int(t.value)
            if (nxt.word not in _UNITS and nxt.word not in _MONTHS
                               and nxt.text not in {"/", ".", ",", ":", "h"}
                               or nxt.text == ":" and (j + 2 >= len(toks)
                                                       or not toks[j + 2].is_number)):
                return int(t.value)
    return None


def _is_last(toks: Sequence[Token], m: _Mention) -> bool:
    before = [t.word for t in toks[max(0, m.first - 2):m.first]]
    after = [t.word for t in toks[m.last + 1:m.last + 4]]
    if any(w in {"dernier", "derniere"} for w in before):
        # « deuxième et dernier entretien »: the last is the second.
        return not any(t.kind == "ordinal" for t in toks[max(0, m.first - 4):m.first])
    return any(w in _LAST for w in after[:3])


def _is_last_before(toks: Sequence[Token], m: _Mention) -> bool:
    """« le dernier entretien de suivi »."""
    return any(t.word in {"dernier", "derniere"} for t in toks[max(0, m.first - 2):m.first])


def _is_new(toks: Sequence[Token], m: _Mention) -> bool:
    """« un nouvel entretien », « le rendez-vous suivant », « un entretien téléphonique »
    (one more, told by its medium)."""
    near = [t.word for t in toks[max(0, m.first - 2):m.first]]
    after = [t.word for t in toks[m.last + 1:m.last + 4]]
    if any(w in _NEW for w in near + after[:2]):
        return True
    # « un échange téléphonique » may only fix a date: an interview needs its noun.
    return _indefinite(toks, m) and toks[m.first].word.startswith("entretien") and \
        any(w.startswith(("telephon", "visio")) for w in after)


_COLLEAGUES = frozenset({"collegue", "collegues", "tuteur", "tutrice", "conseiller",
                         "conseillere", "psychologue", "referent", "referente", "assistante",
                         "assistant", "educateur", "educatrice", "formateur", "formatrice",
                         "medecin", "infirmiere", "directrice", "directeur", "responsable"})


def _held_by_someone_else(toks: Sequence[Token], m: _Mention) -> bool:
    """« ma collègue l'a reçue le 5 juillet pour un entretien de suivi »: a colleague is
    the subject, and neither I nor we are in the clause before the interview."""
    lo = m.first
    while lo > 0 and m.first - lo < 14 and toks[lo - 1].text not in {".", ";", "!", "?"}:
        lo -= 1
    before = [t.word for t in toks[lo:m.first]]
    if any(w in {"je", "j", "nous", "on", "avec"} for w in before):
        return False
    return any(w in _COLLEAGUES and k > 0 and before[k - 1] in {
        "ma", "sa", "la", "le", "son", "une", "un", "notre", "mon", "l"}
        for k, w in enumerate(before))


_LED = ("men", "conduit", "realise", "assure", "anime")
_WATCHED_GAP = frozenset({"a", "aux", "au", "les", "des", "ses", "l", "la", "le", "un", "une",
                          "plusieurs", "quelques", "tous", "toutes", "d", "de"})
_OBSERVING = ("assist", "observ")


def _led_by_someone_else(toks: Sequence[Token], m: _Mention) -> bool:
    """« les entretiens menés par ma tutrice », « aux entretiens de ma collègue », « j'ai
    assisté aux entretiens… », « j'ai observé les entretiens… »: I watched them."""
    after = [t.word for t in toks[m.last + 1:m.last + 6]]
    k = 0
    while k < len(after) and after[k] in {"de", "d", "suivi", "individuel", "individuels",
                                          "accueil", "diagnostic"}:
        k += 1
    rest = after[k:]
    if rest[:1] and rest[0].startswith(_LED) and "par" in rest[1:2]:
        return "moi" not in rest[2:3]
    if after[:1] in (["de"], ["du"]) and len(after) > 2 and after[1] in {
            "ma", "mon", "la", "le", "sa", "son"} and after[2] in _COLLEAGUES:
        return True
    lo = m.first
    while lo > 0 and m.first - lo < 8 and toks[lo - 1].text not in {".", ";", "!", "?"}:
        lo -= 1
    # The interview is what was watched (« assisté aux entretiens »), not the moment
    # something was noticed (« j'ai observé, lors de l'entretien, que… »).
    return any(toks[j].word.startswith(_OBSERVING) and all(
        t.word in _WATCHED_GAP or t.kind in {"number", "ordinal"} or t.text == "'"
        for t in toks[j + 1:m.first]) for j in range(lo, m.first))


def _not_ours(toks: Sequence[Token], m: _Mention) -> bool:
    """A job interview, an interview with someone else, a collective session, one I
    only watched."""
    if _held_by_someone_else(toks, m) or _led_by_someone_else(toks, m):
        return True
    after = [t.word for t in toks[m.last + 1:m.last + 6]]
    if after[:3] and any(w in _JOB_AFTER for w in after[:3]):
        return True
    if "avec" in after[:2] and "tripartite" not in after[:2]:
        rest = after[after.index("avec") + 1:]
        # « avec ma tutrice »: mine, at my side in our meeting; « avec son employeur »,
        # « avec la tutrice »: the meeting is with someone else.
        if rest[:1] not in (["ma"], ["mon"], ["notre"]) and any(w in _OTHERS for w in rest[:3]):
            return True
        # « un entretien avec la fleuriste », « avec le chef de rayon »: a person named by
        # a job is someone else; « avec elle », « avec Mme B. », « avec la bénéficiaire »
        # are the person accompanied.
        if len(rest) > 1 and rest[0] in {"la", "le", "l", "un", "une"} and \
                rest[1] not in _PERSON | _PEOPLE and rest[1].isalpha():
            return True
    if after[:1] == ["chez"]:
        return True  # « entretien chez Lidl »
    before = _prev_words(toks, m.first, 4)
    # « son entretien », « ses entretiens », « son premier entretien ».
    if before and (before[0] in _POSSESSIVE_OTHER
                   or (len(before) > 1 and toks[m.first - 1].kind == "ordinal"
                       and before[1] in _POSSESSIVE_OTHER)):
        return True
    return any(w in _JOB_BEFORE for w in before)


_NEXT_LABEL = frozenset({"prochain", "prochaine", "suite", "perspective", "perspectives",
                         "suites", "prevision", "previsions"})
_UNKEPT = frozenset({"devions", "devait", "devais", "deviez", "devaient", "aurions",
                     "aurait", "aurais", "auraient", "devrions", "devrait"})


# Over the complexity limit (21 > 10): a listed exception, to split.
def _status(toks: Sequence[Token], first: int, last: int) -> str:  # noqa: C901
    """held, planned (future, conditional, « prévu », « prochain ») or cancelled, read
    around the span [first, last] in its clause."""
    n = len(toks)
    before = [t.word for t in toks[max(0, first - 3):first]]
    if any(w in {"prochain", "prochaine", "futur", "future", "eventuel", "eventuelle"}
           for w in before):
        return "planned"
    # « Nous devions nous revoir le 31 mars pour un troisième entretien, mais… », « nous
    # aurions dû faire le point »: planned then, not held.
    lo = first
    while lo > 0 and first - lo < 14 and toks[lo - 1].text not in {".", ";", "!", "?"}:
        lo -= 1
    if any(t.word in _UNKEPT for t in toks[lo:first]):
        return "not-held"
    if any(t.word in {"pas", "jamais"} for t in toks[lo:first]) and any(
            t.word.startswith(("present", "venu")) for t in toks[lo:first]):
        return "not-held"  # « Il ne s'est pas présenté à l'atelier ni au rendez-vous »
    clause = [t.word for t in toks[lo:first]]
    if any(a in {"pour", "afin"} and b in {"que", "qu"}
           for a, b in zip(clause, clause[1:], strict=False)) or \
            [t.word for t in toks[last + 1:last + 3]] in (["ait", "lieu"], ["aient", "lieu"]):
        return "planned"  # « pour que le troisième entretien ait lieu »: a wish
    # « il n'y a pas eu de troisième entretien », « aucun autre rendez-vous », « sans
    # nouvel entretien ».
    near = [t.word for t in toks[max(0, first - 5):first]]
    if any(w in {"pas", "plus", "jamais", "aucun", "aucune", "sans"} for w in near) and \
            any(w in {"de", "d", "aucun", "aucune", "sans"} for w in near[-3:]):
        return "not-held"
    # « Un troisième entretien avec M. M. devait faire le point… »: its own verb, a plan
    # not kept.
    for j in range(last + 1, min(n, last + 10)):
        t = toks[j]
        if t.text == "." and len(toks[j - 1].text) <= 3 and toks[j - 1].text[:1].isupper():
            continue  # « M. M. », « Mme B. »: an initial, not the end of the sentence
        if t.text in {".", ";", ":", "!", "?"} or t.word in {"qu", "que", "qui", "mais"}:
            break
        if t.word in _UNKEPT:
            return "not-held"
        if t.kind == "word" and past_at(toks, j):
            break
    colon = next((j for j in range(first - 1, -1, -1) if toks[j].text == ":"), None)
    if colon is not None and any(t.word in _NEXT_LABEL for t in toks[:colon]):
        return "planned"  # « Prochaine étape : un troisième entretien le 4 mai »
    if [t.word for t in toks[last + 1:last + 3]] in (["pris", "pour"], ["pris", "le"],
                                                      ["pris", "au"]):
        return "planned"  # « Rendez-vous pris pour le 31 mars »
    # After the noun: its verb (« aura lieu », « est prévu », « a eu lieu », « portera »).
    for j in range(last + 1, min(n, last + 1 + _AFTER_WINDOW)):
        t = toks[j]
        if t.text in {".", ";", "?", "!"} or t.word in {"mais", "qu", "que"}:
            break
        if t.word.startswith(_CANCELLED[:2]):
            return "cancelled"
        if past_at(toks, j):
            break
        # « l'entretien prévu le 3 mai », « est prévu », not « je lui ai proposé » (a
        # proposal made during it).
        if future_at(toks, j) and (not _is_planning_participle(t) or j - last <= 2 or
                                   toks[j - 1].word in {"est", "sont", "etait", "ete", "sera"}
                                   or toks[j - 1].text in {"(", ":", "–", "-"}):
            return "planned"
    # Before it: « nous nous reverrons pour un troisième entretien », « avons prévu un… ».
    for j in range(first - 1, max(-1, first - 1 - _BEFORE_WINDOW), -1):
        t = toks[j]
        if t.text in {".", ";", "?", "!", ","} or t.word in {"lors", "pendant", "durant",
                                                           "depuis", "apres", "mais"}:
            break
        if future_at(toks, j):
            return "planned"
        if past_at(toks, j):
            break
    # The main verb of the clause, further on: « Lors du troisième entretien, nous
    # ferons le bilan. »
    for j in range(last + 1, min(n, last + 10)):
        t = toks[j]
        if t.text in {".", ";", "?", "!"} or t.word in {"mais", "qu", "que", "qui"}:
            break
        if past_at(toks, j):
            break
        if t.kind == "word" and future_at(toks, j) and not _is_planning_participle(t):
            return "planned"
    if _cancelled(toks, last):
        return "cancelled"
    return "held"


def _is_planning_participle(t: Token) -> bool:
    return t.word.startswith(("prevu", "programm", "planifi", "fixe", "envisag", "cale",
                              "convenu", "propose"))


_AUXILIARIES = frozenset({"ete", "est", "a", "ont", "sont", "fut", "etait"})


def _cancelled(toks: Sequence[Token], last: int) -> bool:
    """« … a été annulé », « … s'est pas présentée », « reporté »."""
    window = []
    for j in range(last + 1, min(len(toks), last + 24)):
        t = toks[j]
        if t.text == "." and len(toks[j - 1].text) <= 3 and toks[j - 1].text[:1].isupper():
            continue  # « Mme Z. ne vient pas »: an initial
        if t.text in {".", ";", "!", "?"} or t.word in {"mais", "puis"}:
            break
        window.append(t.word)
    tail = window[15:]
    window = window[:15]
    # « Au rendez-vous suivant, prévu le 1er juin, il ne s'est pas présenté »
    # (and « 17/10 10h – M. F. absent, message laissé »)
    if any(w.startswith(("annul", "report")) for w in window[:8]) or any(
            w in {"absent", "absente", "absents"} for w in window[:10]):
        return True
    # « L'entretien de suivi prévu le 5 mai a été annulé », « Le rendez-vous suivant,
    # fixé au 4 mai, a été reporté par la structure »: the clause's own verb, further on
    # (up to the next subject, which would start another clause).
    # « Le rendez-vous que nous avions fixé au 7 avril a été annulé »: a relative clause
    # right after the noun is the noun's, its subject does not start another clause.
    relative = any(w in {"que", "qu", "qui"} for w in window[:2])
    for i, w in enumerate(window):
        if (w in _SUBJECTS or w in {"qu", "que", "qui"}) and not (relative and i < 4):
            break
        if w.startswith(("annul", "report")) and i and window[i - 1] in _AUXILIARIES:
            return True
    if relative:
        longer = window + tail
        if any(w.startswith(("annul", "report")) and longer[i - 1] in _AUXILIARIES
               for i, w in enumerate(longer[15:], 15)):
            return True
    return "pas" in window and any(w.startswith(("present", "venu", "vien")) or w == "lieu"
                                   for w in window[max(0, window.index("pas") - 1):])


_LEAD_IN = frozenset({"un", "une", "le", "la", "l", "ce", "cet", "cette", "du", "lors", "au",
                      "de", "notre", "nos", "les", "prochain", "prochaine", "il", "n", "y",
                      "a", "pas", "eu", "aucun", "aucune", "d", "autre"})
_LABEL_TAIL = frozenset({"individuel", "individuelle", "telephonique", "n", "°", "no",
                         "numero", "de", "d", "'", "suivi", "bilan", "diagnostic", "accueil",
                         "en", "visio", "visioconference", "presentiel", "initial"})


# Over the complexity limit (13 > 10): a listed exception, to split.
def _words(s: Sentence, toks: Sequence[Token], first: int, last: int,  # noqa: C901
           date: tuple[int, int, int] | None = None, wide: bool = False) -> str:
    """A few words naming the interview: a short heading as written, else the noun with
    its rank and its date (« deuxième entretien, 28 mars »), or the clause that says it
    is planned (« un troisième entretien est prévu le 15 avril »)."""
    if (s.heading or s.in_table) and len(s.text) <= 70:
        return s.text.strip(" :–-")
    lo, hi = first, last
    while lo > 0 and (toks[lo - 1].kind == "ordinal" or toks[lo - 1].word in _ORDINAL_GAP
                      or toks[lo - 1].word in {"notre", "mon"}):
        lo -= 1
    if wide:
        # The clause that says it is planned: « un troisième entretien est prévu le… ».
        while lo > 0 and first - lo < 8 and (toks[lo - 1].word in _LEAD_IN
                                             or toks[lo - 1].text == "'"):
            lo -= 1
        while hi + 1 < len(toks) and hi < last + 9 and \
                toks[hi + 1].text not in {";", "!", "?", ":"} and not (
                    toks[hi + 1].block != toks[hi].block and toks[hi + 1].text[:1].isupper()):
            hi += 1  # (a PDF cell wraps into the next line: a capital there starts anew)
    else:
        while hi + 1 < len(toks) and hi < last + 3 and (
                toks[hi + 1].word in _LABEL_TAIL
                or (toks[hi + 1].is_number and toks[hi].word in {"n", "°", "no", "numero"})):
            hi += 1
        while hi > last and toks[hi].word in {"de", "d", "'", "en", "n", "no"}:
            hi -= 1
    end = toks[hi].end
    suffix = ""
    if date is not None and not wide:
        k, d_start, d_end = date
        if hi < k <= hi + 3:
            end = d_end
        elif not (toks[lo].start <= d_start < end):
            suffix = ", " + s.text[d_start:d_end]
    while hi > lo and toks[hi].text in {",", ";", ":", "(", "–", "-", "."} \
            and end == toks[hi].end:
        hi -= 1
        end = toks[hi].end
    text = s.text[toks[lo].start:end] + suffix
    if text.count("(") > text.count(")"):
        text += ")"  # « entretien d'accueil (9 janvier) »: the date closed its bracket
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _dates_in(s: Sentence, toks: Sequence[Token]
              ) -> list[tuple[int, tuple[int, int], int, int]]:
    """(token position, (day, month), start, end) of each date of the sentence."""
    out = []
    for d in find_dates(s.norm):
        k = next((i for i, t in enumerate(toks) if t.end > d.start), None)
        if k is not None:
            out.append((k, d.key, d.start, d.end))
    return out


def _candidates(view: Reading) -> tuple[list[_Candidate], int | None]:
    out: list[_Candidate] = []
    announced: int | None = None
    table_id = 0
    prev_table = False
    method: list[_Candidate] = []
    in_general = False
    for s in view.sentences:
        if s.in_table and not prev_table:
            table_id += 1
        prev_table = s.in_table
        toks = view.tokens_of(s)
        if not toks:
            continue
        table = table_id if s.in_table else None
        for line, line_toks in _lines(s, toks):
            titled = _as_titled(line, line_toks)
            found, number = _sentence(titled, line_toks, table)
            marked = not in_general and bool(_GENERAL_HINT.search(line.norm)) and any(
                t.word in _GENERAL_MARKS for t in line_toks)
            # (read only where it may matter: the reader's time budget is tight)
            general = (bool(found) or marked) and not titled.heading and not s.in_table \
                and _general_sentence(titled, line_toks)
            in_general = in_general or (general and marked)
            for c in found:
                c.sentence = s.index
                if general and not c.bare and c.kind == "anchor" and c.date is None \
                        and c.status == "held":
                    method.append(c)
            out.extend(found)
            if number is not None:
                announced = max(announced or 0, number)
    if in_general:
        # « Le premier entretien, dit d'accueil, dure en moyenne une heure… Le deuxième
        # entretien est consacré au diagnostic… Chaque entretien donne lieu à… »: the
        # method, told in the present of what is done, not interviews held.
        out = [c for c in out if not any(c is m for m in method)]
    out = _attendance(view, _dated_paragraphs(view, _merge_table_rows(out)))
    _plans_under_headings(view, out)
    _plans_in_sections(view, out)
    return _one_per_row(view, _table_cells(view, out)), announced


def _one_per_row(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:
    """A table row is one meeting: a cell further along a row that opens on its own date
    (« 4/02 | Préparation | Entretien le 11/02 ») tells what comes next, not another
    meeting held."""
    for c in cands:
        if c.table is None or c.date is None or c.status != "held" \
                or not 0 <= c.sentence < len(view.sentences):
            continue
        s = view.sentences[c.sentence]
        if not s.in_table or not s.blocks:
            continue
        at = s.blocks[0]
        mine = view.blocks[at]
        if any(b.in_table and b.page == mine.page and abs(b.y - mine.y) < 1e-6
               and _DATE_CELL.match(b.text.strip())
               for b in view.blocks[max(0, at - 6):at]):
            c.status = "planned"
    return cands


# A cell that holds only a date: « 4/02 », « 04/02/2025 », « 12 mars », « Mardi 12 mars ».
_DATE_CELL = re.compile(r"^(?:[A-Za-zé]+\.?\s+)?\d{1,2}(?:er)?(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
                        r"|\s+[A-Za-zéû]+(?:\s+\d{4})?)$")


# Words of a practice described in general: « en moyenne », « chaque entretien », « le
# référent présente… », « généralement ».
_GENERAL_MARKS = frozenset({"chaque", "moyenne", "generalement", "habituellement",
                            "systematiquement", "referent", "referente", "referents",
                            "principe", "toujours", "usuellement", "environ",
                            "conseiller", "conseillere", "conseillers", "protocole",
                            "beneficiaire", "beneficiaires"})
_GENERAL_HINT = re.compile(r"chaque|moyenne|ment\b|referent|principe|toujours|environ"
                           r"|conseill|protocole|beneficiaire")
# Someone in particular: the two of us, the person, a name.
_PARTICULAR = frozenset({"je", "j", "nous", "m", "me", "moi", "elle", "il", "lui", "tu",
                         "t", "te", "on", "mme", "mr", "madame", "monsieur", "mlle"})


def _general_sentence(s: Sentence, toks: Sequence[Token]) -> bool:
    """A sentence in the present that names no one and no date: a description of how
    things are done (« Le deuxième entretien est consacré au diagnostic »), not a
    meeting told. « est consacré » is a present passive, not a past."""
    if _DIGIT.search(s.norm) and find_dates(s.norm):
        return False
    if any(t.word in _PARTICULAR for t in toks):
        return False
    return not any(past_at(toks, j) and t.word not in {"est", "sont"}
                   and not (j and toks[j - 1].word in {"est", "sont"})
                   and not (j + 1 < len(toks) and toks[j + 1].word == "lieu")  # « ont lieu »
                   for j, t in enumerate(toks))


# « sans Mme D. », « sans elle », « en son absence »: a meeting about the person.
_WITHOUT = re.compile(r"\b(?:sans (?:mme|m|monsieur|madame|mlle|elle|lui|la personne|le jeune"
                      r"|la jeune|le beneficiaire|la beneficiaire)\b|en son absence"
                      r"|hors de sa presence)")


def _without_person(toks: Sequence[Token]) -> bool:
    return bool(_WITHOUT.search(" ".join(t.word for t in toks)))


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


def _attendance(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:
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
        dates = [d for d in _dates_in(label, view.tokens_of(label)) if d[0] < len(ltoks)]
        rank = _number_sign(ltoks) if ranked else None
        if not dates and rank is None:
            continue
        t = ltoks[0]
        out.append(_Candidate(t.index, page=t.page, rank=rank,
                              date=dates[0][1] if dates else None,
                              words=_short(label.text[:ltoks[-1].end].strip()),
                              sentence=label.index))
    return sorted(out, key=lambda c: c.order)


def _period(toks: Sequence[Token], k: int) -> bool:
    """« (du 30 janvier au 3 février) », « du 2 au 6 mai »: a period (an immersion, a
    training), not a meeting."""
    return k > 0 and toks[k - 1].word == "du" and any(
        t.word == "au" for t in toks[k + 1:k + 4])


def _opens_paragraph(sentences: Sequence[Sentence], i: int) -> bool:
    return i == 0 or not set(sentences[i - 1].blocks) & set(sentences[i].blocks)


def _dated_paragraphs(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:
    """Paragraphs opened by their date (« Le 9 mars, … », « Jeudi 7 novembre. … »): a
    meeting when the paragraph has the two of us in it, told in the past or present
    (« Le 2 mars, je fais la connaissance de Mme K. »); not when its next sentence tells
    a workshop, a team meeting or someone else's event (« Jeudi 7 novembre. Ahmed
    participe à l'atelier collectif »)."""
    sentences = view.sentences
    position = {s.index: i for i, s in enumerate(sentences)}
    by_sentence = {c.sentence for c in cands}
    out: list[_Candidate] = []
    for c in cands:
        i = position.get(c.sentence)
        if c.kind == "dated-heading" and not c.bare and i is not None \
                and i + 1 < len(sentences) and len(view.tokens_of(sentences[i])) <= 6:
            nxt = sentences[i + 1]
            words = [t.word for t in view.tokens_of(nxt)[:8]]
            if set(sentences[i].blocks) & set(nxt.blocks) and (
                    any(w in _GROUP or w == "equipe" for w in words)
                    or any(w in _COLLEAGUES for w in words[:3])):
                continue
        out.append(c)
    first_held = min((c.order for c in out if c.status == "held"), default=None)
    for i, s in enumerate(sentences):
        if s.index in by_sentence or s.in_table or s.heading \
                or not _opens_paragraph(sentences, i):
            continue
        if not _DIGIT.search(s.norm):
            if first_held is not None and _ELAPSED.match(s.norm) \
                    and view.tokens_of(s)[0].index > first_held \
                    and _elapsed_meeting(view, sentences, i, by_sentence):
                # « La semaine suivante, nous avons listé… », « Quinze jours plus tard,
                # nous faisons le point »: a paragraph opened by the time elapsed since
                # the last meeting, the two of us in it — the next meeting.
                t = view.tokens_of(s)[0]
                out.append(_Candidate(t.index, page=t.page, kind="again",
                                      words=_short(s.text.strip(), 8), sentence=s.index))
            continue
        toks = view.tokens_of(s)
        dates = _dates_in(s, toks)
        if not dates or dates[0][0] > 2 or len(toks) <= dates[0][0] + 2 \
                or _period(toks, dates[0][0]):
            continue
        clause = _main_clause(toks)
        if any(t.word.startswith(_AT_A_DISTANCE) for t in clause) \
                or any(t.word in _COLLEAGUES | _OTHERS for t in clause[:8]) \
                or (_NOUN_HINT.search(s.norm) and _mentions(toks)) \
                or not _ours_and_past(view, sentences, i):
            continue
        k, d = dates[0][0], dates[0][1]
        out.append(_Candidate(toks[k].index, page=toks[k].page, date=d, kind="dated-heading",
                              words=_short(s.text.lstrip("-–•*▪ ")), sentence=s.index))
    return sorted(out, key=lambda c: c.order)


# The time elapsed since the last meeting, opening a sentence (not « début mars »: a
# moment, not a step of the accompaniment).
_ELAPSED = re.compile(
    r"\W*(?:(?:quelques|\w+|\d+) (?:jours?|semaines?|mois) (?:plus tard|apres)"
    r"|(?:la|une) semaine (?:suivante|d'apres|plus tard)|le mois (?:suivant|d'apres)"
    r"|le lendemain|la quinzaine suivante"
    r"|(?:le|la) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|semaine|seance) suivante?"
    r"|le (?:deuxieme|second|troisieme|quatrieme|cinquieme|dernier) "
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|rendez-vous))\b")


def _elapsed_meeting(view: Reading, sentences: Sequence[Sentence], i: int,
                     told: set[int]) -> bool:
    """The paragraph a time-elapsed sentence opens tells a meeting of the two of us in
    the past or present, at no distance (« Un mois après, je l'ai appelée » is a call),
    and no other sentence of it already tells one (« …, nous faisons le point. Elle est
    revenue avec trois offres » is one meeting)."""
    toks = view.tokens_of(sentences[i])
    clause = _main_clause(toks)
    words = {t.word for t in clause}
    # Read on the main clause: « …, nous préparons sa visite, qu'elle fera seule » is
    # told in the present.
    # A call or a mail between us (« je l'ai appelée », « elle m'a écrit »), not one she
    # made (« il a appelé lui-même un plombier »).
    if any(t.word.startswith(_AT_A_DISTANCE) and any(
            u.word in _US for u in clause[max(0, k - 5):k]) for k, t in enumerate(clause)) \
            or any(t.word in _COLLEAGUES | _OTHERS for t in clause[:8]) \
            or words & (_NOT_A_MEETING - _GROUP) or _group_told(clause) \
            or words & _PLANNING or any(future_at(clause, k) for k in range(len(clause))) \
            or not (words & _US or _us_later_in_paragraph(view, sentences, i)):
        return False
    for j in range(i + 1, min(len(sentences), i + 6)):
        if _opens_paragraph(sentences, j):
            break
        if sentences[j].index in told:
            return False
    return True


def _lines(s: Sentence, toks: Sequence[Token]
           ) -> list[tuple[Sentence, Sequence[Token]]]:
    """A paragraph with line breaks (« Entretien 1 – 10 avril⏎Elle raconte… ») read
    line by line: the first line names the interview, as a heading would; the lines
    after it are text."""
    if "\n" not in s.text:
        return [(s, toks)]
    out: list[tuple[Sentence, Sequence[Token]]] = []
    a = 0
    for piece in s.text.split("\n"):
        b = a + len(piece)
        part = [t._replace(start=t.start - a, end=t.end - a) for t in toks
                if a <= t.start < b]
        if part:
            out.append((s._replace(text=s.text[a:b], norm=s.norm[a:b],
                                   heading=s.heading and not out), part))
        a = b + 1
    return out


_TITLE_TOKENS = 16  # a title is short: a long bold sentence is text set in bold


def _as_titled(s: Sentence, toks: Sequence[Token]) -> Sentence:
    return s._replace(heading=False) if s.heading and len(toks) > _TITLE_TOKENS else s


_TAKES_PLACE = ("aur", "porter", "ser", "permettr", "tiendr", "deroul", "consacr", "prevu",
                "programm", "planifi", "a")  # "a": « à venir »
_PLAN_OPENERS = frozenset({"prevu", "prevue", "programme", "programmee", "planifie",
                           "planifiee", "envisage", "envisagee", "fixe", "fixee"})


# A heading over what is still to come: « Prochaines étapes », « Perspectives », « À
# venir », « Ce qui est programmé », « Suite prévue ».
_AHEAD = re.compile(r"\b(?:prochaine?s?|perspectives?|a venir|programmee?s?|prevue?s?"
                    r"|planifiee?s?|envisagee?s?)\b")


def _plans_in_sections(view: Reading, cands: list[_Candidate]) -> None:
    """Interviews listed under a heading of what is to come (« # Prochaines étapes ⏎ •
    14/03 : entretien de suivi ») are planned, unless a sentence tells them in the past."""
    ahead: set[int] = set()
    inside = False
    for s in view.sentences:
        if s.heading:
            title = s.norm.split("\n")[0]
            inside = len(title) <= 60 and bool(_AHEAD.search(title))
        if inside:
            ahead.add(s.index)
    if not ahead:
        return
    for c in cands:
        if c.status == "held" and c.sentence in ahead and c.table is None:
            c.status = "planned"


# Over the complexity limit (11 > 10): a listed exception, to split.
def _plans_under_headings(view: Reading, cands: list[_Candidate]) -> None:  # noqa: C901
    """« # RDV n°3 » then « Prévu le 8/11 : simulation… », « # Entretien de clôture »
    then « Il est prévu le 24 mai… »: the heading names an interview not held yet."""
    position = {s.index: i for i, s in enumerate(view.sentences)}
    for c in cands:
        if not c.bare or c.table is not None or c.status != "held":
            continue
        i = position.get(c.sentence)
        if i is None or i + 1 >= len(view.sentences):
            continue
        nxt = view.sentences[i + 1]
        if nxt.heading or nxt.in_table:
            continue
        toks = view.tokens_of(nxt)
        head = toks[:6]
        if _NOUN_HINT.search(nxt.norm) and any(not _not_ours(toks, m)
                                                for m in _mentions(toks)):
            continue  # « Cet entretien a été annulé » is read in its own sentence
        if head and (head[0].word.startswith(("annul", "report")) or (
                head[0].word in {"il", "elle", "cet", "ce", "cette", "madame", "monsieur"}
                and _cancelled(toks, 0))):
            c.status = "cancelled"  # « Annulé : Mme T. était malade. »
            c.words = f"{c.words} : {_short(nxt.text, 7)}"
            continue
        if c.date is not None or any(past_at(head, j) for j in range(len(head))):
            continue  # « Nous avons fixé les étapes » tells what was done in it
        planned = any(t.word in _PLAN_OPENERS for t in head[:4]) or any(
            t.word == "a" and u.word == "venir" for t, u in zip(head, head[1:], strict=False))
        if not planned and head and head[0].word in {"il", "cet", "ce", "cette"}:
            # « Il portera sur… », « Cet entretien aura lieu… »; not « Elle sera embauchée
            # en juin » (the person's future, told in a held interview).
            planned = any(future_at(head, j) and head[j].word.startswith(_TAKES_PLACE)
                          for j in range(len(head)))
        if not planned and head and head[0].word in {"nous", "on", "je", "j"}:
            # « Nous nous retrouverons le 4 mai… »: we, in the simple future (not « nous
            # allons revenir sur… », which candidates also write of what was done).
            planned = any(t.kind == "word" and is_future_form(t.word, t.text)
                          for t in head[:5])
        if planned:
            c.status = "planned"
            c.words = f"{c.words} : {_short(nxt.text, 7)}"


# Over the complexity limit (39 > 10): a listed exception, to split.
def _sentence(s: Sentence, toks: Sequence[Token], table: int | None  # noqa: C901
              ) -> tuple[list[_Candidate], int | None]:
    out: list[_Candidate] = []
    announced: int | None = None
    # Most sentences hold no date and no word of a meeting: a glance at the folded text
    # spares them the token walks (the reader must stay within a few hundredths of a
    # second on a 50-page dossier).
    dates = _dates_in(s, toks) if _DIGIT.search(s.norm) else []
    mentions = _mentions(toks) if _NOUN_HINT.search(s.norm) else []
    ours: list[_Mention] = []
    listed = _listed_meetings(s, toks, dates, table)
    # The dates of a list (« reçu le 6 janvier pour le premier entretien, le 20
    # janvier… ») are the list's: a mention inside it is one of them, not the next one.
    taken: set[int] = {di for di, d in enumerate(dates) if any(c.date == d[1] for c in listed)}
    # Pair each date with the nearest mention of the sentence: after it (« entretien du
    # 12 mars ») is closer than before it (« Le 12 mars, lors d'un entretien »).
    pairs = []
    for di, (dk, *_) in enumerate(dates):
        for mi, m in enumerate(mentions):
            if dk > m.last and dk - m.last <= (20 if m.plural else 8):
                pairs.append((dk - m.last, di, mi))
            elif dk < m.first and m.first - dk <= 12:
                pairs.append((m.first - dk + 3, di, mi))
    date_of: dict[int, list[int]] = {}
    for _, di, mi in sorted(pairs):
        if di in taken:
            continue
        if mi in date_of and not mentions[mi].plural:
            continue
        taken.add(di)
        date_of.setdefault(mi, []).append(di)
    theirs = False
    for mi, m in enumerate(mentions):
        if _not_ours(toks, m):
            # « 27/03 : préparation à l'entretien avec le cabinet »: their interview,
            # prepared in ours — the dated line still tells our meeting.
            theirs = theirs or not any(w in _PREPARING for w in _prev_words(toks, m.first, 4))
            continue
        ours.append(m)
        status = _status(toks, m.first, m.last)
        own = [dates[di] for di in sorted(date_of.get(mi, []))]
        if not own and status == "held" and (m.plural or _indefinite(toks, m)):
            # « Chaque temps a fait l'objet d'un entretien… : le 3, le 17 et le 31
            # mars »: a list of dates further on in the sentence, one interview each.
            later = [d for di, d in enumerate(dates) if di not in taken and d[0] > m.last]
            if later and len(_date_chain(toks, later[:1])) >= 3:
                own = later[:1]
        if len(own) == 1:
            # « reçu en entretien le 15 octobre, puis le 29 octobre »: the dates joined
            # to its own are meetings too.
            days = _date_chain(toks, [d for d in dates if d[0] >= own[0][0]])
            if len(days) > 1:
                own = [(own[0][0], d, own[0][2], own[0][3]) for d in days]
        own_dates = [d[1] for d in own]
        if m.plural:
            before = toks[max(0, m.first - 2):m.first]
            num = next((t for t in reversed(before) if t.kind == "number"), None)
            if num is not None and num.value and 2 <= num.value <= 30 and status == "held":
                announced = max(announced or 0, int(num.value))
            if len(own_dates) < 2:
                continue  # « les entretiens permettent… »: interviews in general
        rank = None if m.plural else _rank(toks, m, s.text)
        if not own_dates and _before_it(toks, m):
            # « avant notre troisième rendez-vous »: named, not told as held; it counts
            # only where it is told (« Troisième entretien – 2 avril »).
            continue
        label = _words(s, toks, m.first, m.last, (own[0][0], own[0][2], own[0][3])
                       if len(own) == 1 else None, wide=status != "held")
        if m.plural:
            label = ""  # each date of « les entretiens du 9 et du 23 janvier » names one
        base = _Candidate(toks[m.first].index, page=toks[m.first].page, table=table,
                          status=status, words=label,
                          bare=s.heading or s.in_table or _item_label(s, toks, m))
        if own_dates:
            for _, d, start, end in own:
                words = _noun_text(toks, m) + " du " + s.text[start:end] if m.plural \
                    else label if len(own) == 1 else f"{label}, {d[0]:02d}/{d[1]:02d}"
                out.append(replace(base, rank=rank, date=d, words=words,
                                   purpose=None if m.plural else _purpose(toks, m)))
            continue
        purpose = None if m.plural else _purpose(toks, m)
        if rank is not None:
            out.append(replace(base, rank=rank, purpose=purpose))
        elif purpose is not None and (base.bare or purpose != "cloture") \
                and not _is_last_before(toks, m):
            # A heading names one interview; in a sentence, a purpose told in the past
            # is one (« l'entretien de diagnostic a permis… »), else it only refers to
            # one (« lors de l'entretien de suivi »), as does a follow-up, which repeats.
            named = base.bare or (
                purpose not in REPEATABLE and not _demonstrative(toks, m)
                and any(past_at(toks, j) for j in range(len(toks))))
            out.append(replace(base, purpose=purpose,
                               kind="purpose" if named else "purpose-ref"))
        elif _is_last(toks, m):
            out.append(replace(base, kind="last",
                               led=_time_led(toks, m) or bool(_ELAPSED.match(s.norm))))
        elif _is_new(toks, m) or (status == "held" and not base.bare
                                  and (_medium_event(toks, m) or _weekday_led(toks, m))):
            out.append(replace(base, kind="again"))
        elif _list_rank(s) is not None and m.first <= 3:
            out.append(replace(base, rank=_list_rank(s)))
        elif status != "held" and _demonstrative(toks, m):
            out.append(replace(base, kind="ref"))
        elif status != "held" or _indefinite(toks, m):
            out.append(replace(base, kind="weak"))
    out[:0] = listed
    if not out and (labelled := _label_rank(toks)) is not None:
        k, rank = labelled
        near = [d for d in dates if d[0] - k <= 4]
        status = _status(toks, k, k + 1)
        if status == "held" and any(t.word in {"non", "pas"} for t in toks[k + 2:k + 4]):
            status = "not-held"  # « E3 non réalisé »
        out.append(_Candidate(toks[k].index, page=toks[k].page, rank=rank, kind="label",
                              date=near[0][1] if near else None, table=table, status=status,
                              words=_short(s.text.lstrip("-–•*▪ "), 6), bare=True))
    elliptic = _elliptic_rank(toks)
    if elliptic is not None and not mentions:
        k, rank = elliptic
        out.append(_Candidate(toks[k].index, page=toks[k].page, rank=rank or None,
                              kind="elliptic" if rank else "last",
                              status=_status(toks, k, k), words=_words(s, toks, k, k)))
    verbish = bool(_VERB_HINT.search(s.norm))
    times = _times_announced(toks) if verbish or ours else None
    verb = _meeting_verb(toks) if times and verbish else None
    if times and (verb is not None or ours):
        # « Nous nous sommes vues quatre fois »: announced, each still to be told; with
        # their dates (« à deux reprises, le 4 et le 18 octobre », « reçue en entretien à
        # trois reprises, les 4, 18 mars et 1er avril »), each one is told.
        announced = max(announced or 0, times)
        k = verb[0] if verb is not None else ours[0].first
        after = [d for d in dates if d[0] > k]
        chain = _date_chain(toks, after) if after else []
        if _status(toks, k, k) == "held" and len(chain) == times:
            out = []  # the dates, not the noun, tell each one
            for d in chain:
                out.append(_Candidate(toks[k].index, page=toks[k].page, table=table, date=d,
                                      words=_words(s, toks, k, k) + f" ({len(chain)} dates)"))
    elif not ours:  # (a job interview in the sentence does not hide « revues le 20 »)
        verb = _meeting_verb(toks) if verbish else None
        if verb is not None and _in_a_group(toks, verb[0], dates):
            verb = None  # « je l'ai retrouvée à chaque séance du groupe : le 15 mars… »
        if verb is not None:
            k, again = verb
            # « nous nous retrouverons le 4 mai »: the verb itself is in the future.
            status = "planned" if future_at(toks, k) else _status(toks, k, k)
            lo = k
            while lo > 0 and k - lo < 4 and (toks[lo - 1].kind != "punct"
                                              or toks[lo - 1].text == "'"):
                lo -= 1
            lo += toks[lo].word in {"que", "qu"}  # « (M. J.,) que j'ai reçu »
            first_date = (dates[0][0], dates[0][2], dates[0][3]) if dates else None
            base = _Candidate(toks[k].index, page=toks[k].page, table=table, status=status,
                              words=_words(s, toks, lo, k, first_date, wide=status != "held"))
            if dates:
                chain = _date_chain(toks, dates)
                for d in chain:
                    # « reçu pour la première fois le 6 mai »: its rank as well
                    out.append(replace(base, date=d, rank=_times_rank(toks)
                                       if len(chain) == 1 else None))
            elif (rank := _times_rank(toks)) is not None:
                out.append(replace(base, rank=rank))
            elif any(a.word in {"derniere", "ultime"} and b.word == "fois"
                     for a, b in zip(toks, toks[1:], strict=False)):
                out.append(replace(base, kind="last"))
            else:
                out.append(replace(base, kind="again" if again else "weak", told=True))
        elif (times_that := _nth_time_that(toks)) is not None:
            k, rank = times_that
            out.append(_Candidate(toks[k].index, page=toks[k].page, rank=rank, table=table,
                                  status=_status(toks, k, k),
                                  words=_short(s.text.strip(), 8)))
        elif dates and (s.heading or _date_led(toks, dates)) and table is None \
                and not theirs and not _group_told(toks) \
                and not _without_person(toks) \
                and not any(_prepares_ours(toks, m) for m in mentions) \
                and not _period(toks, dates[0][0]):
            k, d = dates[0][0], dates[0][1]
            clause = _main_clause(toks)
            future = any(future_at(clause, j) for j in range(len(clause)))
            out.append(_Candidate(toks[k].index, page=toks[k].page, date=d,
                                  kind="dated-heading",
                                  status="planned" if future else _status(toks, k, k),
                                  words=_short(s.text.lstrip("-–•*▪ ")), bare=s.heading))
    return out, announced


_GROUP_TAIL = frozenset({"groupe", "collectif", "collective", "atelier", "ateliers",
                         "reunion", "forum", "information"})


def _in_a_group(toks: Sequence[Token], k: int, dates: list[tuple[int, tuple[int, int], int, int]]
                ) -> bool:
    """The meeting verb is followed, before its dates, by a group session (« je l'ai
    retrouvée à chaque séance du groupe », « revue à l'atelier CV le 3 mai »): she was
    met in a group, not in an interview."""
    end = min(next((d[0] for d in dates if d[0] > k), len(toks)), k + 9)
    for t in toks[k + 1:end]:
        if t.kind == "punct" and t.text not in {"'", "’", "«", "»"}:
            return False  # « elle est revenue avec une idée : la restauration collective »
        if t.word in _GROUP_TAIL:
            return True
    return False


_LABEL_LETTERS = frozenset({"E", "R", "S"})  # Entretien, Rencontre / Rendez-vous, Séance


def _prepares_ours(toks: Sequence[Token], m: _Mention) -> bool:
    """« Le 18 février, ma tutrice m'a aidée à préparer le troisième entretien »: a date
    spent preparing one of our interviews (ranked, « prochain », « suivant ») — without
    the person; « nous avons préparé son entretien d'embauche » is not this."""
    if not any(w in _JOB_BEFORE for w in _prev_words(toks, m.first, 4)):
        return False
    if any(t.word in _JOB_AFTER | _OTHERS for t in toks[m.last + 1:m.last + 4]):
        return False
    near = toks[max(0, m.first - 2):m.last + 2]
    return _rank(toks, m) is not None or any(
        t.word in {"prochain", "prochaine", "suivant", "notre", "nos"} for t in near)


def _label_rank(toks: Sequence[Token]) -> tuple[int, int] | None:
    """« E1 (le 2 février) : accueil », « - R2, 18/09 : … »: a line led by a short label
    of the interview and its number (kept only where labels 1 and 2 both appear)."""
    k = 1 if toks and toks[0].kind == "punct" else 0
    if k + 1 >= len(toks):
        return None
    t, n = toks[k], toks[k + 1]
    if t.text in _LABEL_LETTERS and n.kind == "number" and n.text.isdigit() \
            and n.start == t.end and 1 <= (n.value or 0) <= 20:
        return k, int(n.value or 0)
    return None


def _listed_meetings(s: Sentence, toks: Sequence[Token],
                     dates: list[tuple[int, tuple[int, int], int, int]],
                     table: int | None) -> list[_Candidate]:
    """« Je l'ai reçu le 6 janvier pour le premier entretien, le 20 janvier pour faire
    le point…, le 3 février pour préparer… »: a meeting verb, then dates each opening
    a clause of a list — one meeting a date."""
    if len(dates) < 2 or not _VERB_HINT.search(s.norm):
        return []
    verb = _meeting_verb(toks)
    if verb is None or future_at(toks, verb[0]) or _status(toks, verb[0], verb[0]) != "held":
        return []
    k = verb[0]
    after = [d for d in dates if d[0] > k]
    listed = after[:1]
    for d in after[1:]:
        j = d[0]
        between = toks[listed[-1][0] + 1:j]
        if j < 2 or toks[j - 1].word not in {"le", "du"} or toks[j - 2].text != "," \
                or len(between) > 14 or any(t.text in {".", ";", "!", "?"} for t in between):
            break
        listed.append(d)
    if len(listed) < 2 or listed[0][0] - k > 6:
        return []
    lo = k
    while lo > 0 and k - lo < 4 and (toks[lo - 1].kind != "punct" or toks[lo - 1].text == "'"):
        lo -= 1
    base = _Candidate(toks[k].index, page=toks[k].page, table=table,
                      words=_words(s, toks, lo, k))
    return [replace(base, date=d, words=f"{base.words}, {s.text[a:b]}")
            for _, d, a, b in listed]


_CHAIN = frozenset({"puis", "et", "le", "du", "au", ",", "ensuite", "enfin", "l"})


def _date_chain(toks: Sequence[Token], dates: list[tuple[int, tuple[int, int], int, int]]
                ) -> list[tuple[int, int]]:
    """The first date, and the ones joined to it (« le 2 février puis le 16 février »,
    « les 3, 17 et 31 mai »): each a meeting; a date further on is something else
    (« je l'ai revue le 12 mai ; elle commence le 3 juin »)."""
    out = [dates[0][1]]
    # « le 4 et le 18 octobre », « les 3, 17 et 31 mai »: days before the first date
    # share its month.
    j = dates[0][0] - 1
    while j >= 1:
        t = toks[j]
        if t.word in _CHAIN or t.word == "les":
            j -= 1
            continue
        if t.kind == "number" and t.text.isdigit() and 1 <= (t.value or 0) <= 31 \
                and toks[j - 1].word in _CHAIN | {"les"}:
            out.insert(0, (int(t.value or 0), dates[0][1][1]))
            j -= 1
            continue
        break
    for (k0, _, _, _), (k1, d1, _, _) in zip(dates, dates[1:], strict=False):
        between = toks[k0 + 1:k1]
        # The month or year of the previous date, then only joining words.
        rest = [t for t in between if not (t.word in _MONTHS or t.kind == "number"
                                            or t.text == "/")]
        # « rencontrées le 12 avril, puis revues le 26 avril »
        if len(between) > 6 or any(t.word not in _CHAIN and not t.word.startswith(_AGAIN_STEMS)
                                   for t in rest):
            break
        out.append(d1)
    return list(dict.fromkeys(out))


def _noun_text(toks: Sequence[Token], m: _Mention) -> str:
    """The noun as written, singular: « entretien », « rendez-vous »."""
    text = "".join(t.text for t in toks[m.first:m.last + 1]).lower()
    return text[:-1] if text.endswith("s") and not text.endswith("vous") else text


def _elliptic_rank(toks: Sequence[Token]) -> tuple[int, int] | None:
    """« Au deuxième, nous avons travaillé son CV »: an ordinal standing for the noun
    (counted only where ranked interviews are named elsewhere)."""
    for k in range(1, min(len(toks) - 1, 4)):
        t = toks[k]
        if t.kind == "ordinal" and t.value and toks[k - 1].word in {"au", "du", "le", "la"} \
                and (toks[k + 1].text in {",", ":", "–", "("} or (
                    toks[k + 1].word == "fois" and k + 2 < len(toks)
                    and toks[k + 2].text in {",", ":", "–"})):
            # « Au deuxième, … », « La première fois, nous avons parlé de… »
            return k, int(t.value)
        if t.word in {"dernier", "derniere"} and toks[k - 1].word in {"au", "du", "le", "la"} \
                and toks[k + 1].text in {",", ":", "–"}:
            return k, 0  # « Lors du dernier, … »: the last one (rank 0)
    return None


def _nth_time_that(toks: Sequence[Token]) -> tuple[int, int] | None:
    """« La première fois que j'ai vu Kevin, … », « la deuxième fois que nous nous
    sommes rencontrés »: the n-th meeting, told by the two of us."""
    for k in range(min(len(toks) - 3, 4)):
        t = toks[k]
        value = t.value
        if t.kind == "ordinal" and value and toks[k + 1].word == "fois" \
                and toks[k + 2].word in {"que", "qu", "ou"} \
                and any(x.word in {"je", "j", "nous", "on"} for x in toks[k + 3:k + 6]):
            return k, int(value)
    return None


def _times_announced(toks: Sequence[Token]) -> int | None:
    """« nous nous sommes vus à trois reprises », « quatre fois »."""
    for k in range(len(toks) - 1):
        t = toks[k]
        if t.kind == "number" and t.value and 2 <= t.value <= 30 \
                and toks[k + 1].word in {"reprises", "fois"}:
            return int(t.value)
    return None


_MOMENTS = frozenset({"semaine", "lendemain", "mois", "quinzaine"})


def _time_led(toks: Sequence[Token], m: _Mention) -> bool:
    """The mention follows, at the head of its sentence, the moment it happened: a
    weekday, a week, a month (« Semaine 5 – Vendredi, dernier rendez-vous… »)."""
    head = toks[:m.first]
    return 0 < m.first <= 6 and any(t.word in _WEEKDAYS or t.word in _MONTHS
                                    or t.word in _MOMENTS for t in head)


def _weekday_led(toks: Sequence[Token], m: _Mention) -> bool:
    """« - Mercredi 4 : entretien individuel avec Mme P. »: a diary line led by its day
    (a weekday, its number without the month), the interview its event."""
    head = [t for t in toks[:m.first] if t.kind != "punct"]
    return 0 < len(head) <= 3 and head[0].word in _WEEKDAYS and any(
        t.text == ":" for t in toks[:m.first])


def _medium_event(toks: Sequence[Token], m: _Mention) -> bool:
    """« À J+15, point téléphonique avec lui », « …avec ma tutrice : visite à domicile »:
    a meeting named by its medium, without article, after a comma or a colon — one
    more told in the chronology."""
    if m.first < 2 or toks[m.first - 1].text not in {",", ":", "–"}:
        return False
    after = [t.word for t in toks[m.last + 1:m.last + 3]]
    return toks[m.last].word == "domicile" or any(
        w.startswith(("telephon", "visio")) for w in after)


def _demonstrative(toks: Sequence[Token], m: _Mention) -> bool:
    """« cet entretien », « ce rendez-vous »: the one just told."""
    prev = _prev_words(toks, m.first, 1)
    return bool(prev) and prev[0] in _DEMONSTRATIVE


def _indefinite(toks: Sequence[Token], m: _Mention) -> bool:
    """« un entretien téléphonique », « j'ai eu un rendez-vous » — one more meeting,
    unnamed; not « l'entretien » (the one being told) nor « chaque entretien »."""
    prev = _prev_words(toks, m.first, 1)
    return bool(prev) and prev[0] in {"un", "une"}


def _list_rank(s: Sentence) -> int | None:
    m = _LIST_ITEM.match(s.text)
    return int(m.group(1)) if m else None


def _date_led(toks: Sequence[Token], dates: list[tuple[int, tuple[int, int], int, int]]
              ) -> bool:
    """« 12/03 : diagnostic… », « Mardi 14 mars – … »: a paragraph led by its date; or
    « Le 5 mai, M. F. m'explique… », when the sentence has the two of us in it (« je »,
    « nous », « m' »): a meeting, not « Le 15 avril, elle a commencé sa formation »."""
    k = dates[0][0]
    if k > 2:
        return False
    if len(toks) <= k + 5 and toks[-1].text in {".", ":"} and len(dates) == 1 and all(
            t.kind != "word" or t.word in _MONTHS or t.word in _WEEKDAYS
            or t.word in {"le", "du"} for t in toks):
        return True  # « Lundi 6 novembre. » alone: the date of the paragraph it leads
    rest = toks[k:k + 6]
    if any(t.text in {":", "–", "—", "-"} for t in rest):
        return True
    clause = _main_clause(toks)
    # « Le 5 mai, M. F. m'explique… », « Le 9 avril, nous faisons le point »; not « Le 24
    # mars, j'ai appelé l'employeur », « je lui ai envoyé trois offres » (I, alone, at a
    # distance) nor « elle m'a rappelée pour… » (a call).
    return any(t.text == "," for t in rest) and \
        any(t.word in {"nous", "m", "me", "on"} for t in clause) and \
        not any(t.word.startswith(_AT_A_DISTANCE) for t in clause)


_AT_A_DISTANCE = ("appel", "rappel", "mail", "courriel", "sms", "envoy", "ecri", "transmi",
                  "telephon", "contact", "messag", "texto", "repondeur")


def _main_clause(toks: Sequence[Token]) -> Sequence[Token]:
    """Up to the first relative pronoun or semicolon (« …, qui commencera le 4 septembre »
    says nothing of the meeting)."""
    end = next((j for j, t in enumerate(toks) if t.word in {"qui", "que", "qu", "ou"}
                or t.text == ";"), len(toks))
    return toks[:end]


def _times_rank(toks: Sequence[Token]) -> int | None:
    """« je l'ai reçue pour la troisième fois »."""
    for k in range(len(toks) - 1):
        value = toks[k].value
        if toks[k].kind == "ordinal" and toks[k + 1].word == "fois" and value:
            return int(value)
    return None


def _meeting_verb(toks: Sequence[Token]) -> tuple[int, bool] | None:
    """A meeting told by its verb, with the person as object or the two of us as
    subject: « je l'ai revue », « nous nous sommes revues », « je reçois Mme B. »;
    (position, whether it is « again »)."""
    again_words = any((toks[k].word, toks[k + 1].word) in _AGAIN_WORDS
                      for k in range(len(toks) - 1))
    for k, t in enumerate(toks):
        if t.kind != "word" or t.text[:1].isupper() and k > 0:
            continue
        again = t.word.startswith(_AGAIN_STEMS)
        meet = not again and t.word.startswith(_MEET_STEMS) and len(t.word) > 3 or \
            t.word in {"vu", "vue", "vus", "vues", "venu", "venue", "venus", "venues"}
        if not (again or meet):
            continue
        if t.word.endswith(("r", "re")) and not t.word.endswith("rencontre"):
            continue  # an infinitive: « convenu de nous revoir » (a plan, not a fact)
        prev = _prev_words(toks, k, 4)
        nxt = [x.word for x in toks[k + 1:k + 4]]
        person_object = any(p in {"l", "la", "le", "les"} for p in prev[:3]) and \
            any(p in _SUBJECTS for p in prev) or (
                # « M. J., que j'ai reçu pour la première fois le 6 mai »
                prev[:3] in (["ai", "j", "que"], ["avais", "j", "que"])
                and any(toks[j].word == "que" and toks[j - 1].text == ","
                        for j in range(max(1, k - 5), k)))
        reflexive = prev[:3].count("nous") >= 2 or ("sommes" in prev[:2] and "nous" in prev) \
            or ("s" in prev[:2] and any(p in {"on", "nous"} for p in prev[:3]))
        # « elle est venue me voir le 2 février »: she came to see me.
        came = t.word in {"venu", "venue", "venus", "venues"} and (
            nxt[:2] in (["me", "voir"], ["nous", "voir"], ["me", "rencontrer"])
            # « elle est venue à l'agence le 12 novembre »: to our place
            or (prev[:2] in (["est", "elle"], ["est", "il"])
                and any(x.word in _OUR_PLACE for x in toks[k + 1:k + 5])))
        # « je rencontre Mathis », « nous recevons Mme B. »: a name as its object
        named = k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
            and toks[k + 1].kind == "word" and any(p in {"je", "j", "nous"} for p in prev[:2])
        person_after = any(w in _PERSON for w in nxt) or named
        # « elle est revenue (me voir) », not « la question est revenue ».
        came_back = t.word.startswith(("revenu", "revien")) and (
            prev[:2] in (["est", "elle"], ["est", "il"], ["etait", "elle"], ["etait", "il"])
            or nxt[:2] in (["me", "voir"], ["nous", "voir"])
            or (t.word.startswith("revien") and prev[:1] in (["elle"], ["il"])))
        if t.word.startswith(("revenu", "revien")) and not came_back:
            continue
        if t.word.startswith("venu") and not came:
            continue
        if person_object or reflexive or person_after or came_back or came:
            return k, again or again_words
    return None


_OUR_PLACE = frozenset({"agence", "bureau", "permanence", "association", "locaux",
                        "antenne", "accueil"})


def _merge_table_rows(cands: list[_Candidate]) -> list[_Candidate]:
    """In a table, a cell « Entretien 2 » and the cell « 14/03 » next to it are one row:
    one interview."""
    out: list[_Candidate] = []
    for c in cands:
        p = out[-1] if out else None
        if (p is not None and c.table is not None and p.table == c.table
                and ((p.rank is not None and p.date is None and c.date is not None
                      and c.rank is None)
                     or (p.date is not None and p.rank is None and c.rank is not None
                         and c.date is None))):
            p.rank = p.rank if p.rank is not None else c.rank
            p.date = p.date if p.date is not None else c.date
            if c.status != "held":
                p.status = c.status
            continue
        out.append(c)
    return out


# Over the complexity limit (14 > 10): a listed exception, to split.
def _table_cells(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:  # noqa: C901
    """Dated cells of a DOCX table that speaks of interviews (a header « Entretien »,
    « RDV », « Date »): each date is a row; the row's other cells say if it was held."""
    tables: dict[int, list[Sentence]] = {}
    table_id = 0
    prev = False
    for s in view.sentences:
        if s.in_table and not prev:
            table_id += 1
        prev = s.in_table
        if s.in_table:
            tables.setdefault(table_id, []).append(s)
    dated = {(c.table, c.date) for c in cands if c.table is not None and c.date}
    for tid, cells in tables.items():
        words = {t.word for s in cells for t in view.tokens_of(s)}
        # Or its caption says it is the calendar of the interviews.
        before = [x for x in view.sentences if x.index < cells[0].index][-1:]
        caption = before[0].norm if before else ""
        # A « Date » column whose rows are topics of interviews (« Accueil, diagnostic »,
        # « Bilan ») is the calendar of the interviews even when none is named.
        topical = bool(words & {"date", "dates"}) and len(words & _TOPIC_WORDS) >= 2
        if not (words & (_NOUNS | {"rendez", "rdv"}) or topical or _CALENDAR.search(caption)
                or _mentions_text(caption)):
            continue
        rows: list[tuple[Sentence, int, tuple[int, int]]] = []
        for s in cells:
            toks = view.tokens_of(s)
            for k, d, _, _ in _dates_in(s, toks)[:1]:
                rows.append((s, k, d))
        if not rows:
            cands.extend(_numbered_rows(view, cells, tid))
            continue
        for i, (s, k, d) in enumerate(rows):
            if (tid, d) in dated:
                continue
            toks = view.tokens_of(s)
            # The row: this cell and the ones up to the next dated cell.
            end = rows[i + 1][0].index if i + 1 < len(rows) else cells[-1].index + 1
            row = [x for x in cells if s.index <= x.index < end]
            status = "held"
            for x in row:
                xt = view.tokens_of(x)
                # « Immersion proposée » in a row is what came out of it, not a plan.
                if any(future_at(xt, j) and not xt[j].word.startswith(
                        ("propos", "convenu", "fixe", "cale", "envisag")) for j in range(len(xt))):
                    status = "planned"
                if _cancelled(xt, -1) or _ROW_NOT_HELD.match(x.norm):
                    status = "cancelled"
            if status != "held":
                # « RDV n°2 | 20/01 | Non »: the label cell just before the date is the
                # same row's.
                for c in cands:
                    if c.table == tid and c.date is None and c.sentence == s.index - 1:
                        c.status = status
            if any(_group_event(view.tokens_of(x)) or _without_person(view.tokens_of(x))
                   for x in row):
                continue  # « 10 avril | Atelier collectif | CV », « … (sans Mme D.) »
            words_ = " : ".join(x.text.strip() for x in row[:2] if x.text.strip())
            cands.append(_Candidate(toks[k].index, page=toks[k].page, date=d, table=tid,
                                    status=status, words=_short(words_)))
            dated.add((tid, d))
    return cands


def _numbered_rows(view: Reading, cells: list[Sentence], tid: int) -> list[_Candidate]:
    """Rows numbered 1, 2, 3… in the first column of a table of interviews without
    dates: one interview a row."""
    out: list[_Candidate] = []
    for i, s in enumerate(cells):
        toks = view.tokens_of(s)
        if len(toks) == 1 and toks[0].is_number and toks[0].value == len(out) + 1:
            row = " ".join(x.text for x in cells[i:i + 2])
            out.append(_Candidate(toks[0].index, page=toks[0].page, rank=len(out) + 1,
                                  table=tid, words=_short(row), bare=True))
    return out if len(out) >= 2 else []


def _short(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


# Over the complexity limit (16 > 10): a listed exception, to split.
def _pdf_table_rows(view: Reading) -> list[_Candidate]:  # noqa: C901
    """A PDF table is lines: under a header line with « Date » that names the interviews
    (or a caption just above it), each row starts with its date (or its number, then the
    date: « 2 24 février … »). Wrapped lines of the other cells come in between."""
    blocks = view.blocks
    sentence_of: dict[int, Sentence] = {}
    for s in view.sentences:
        for b in s.blocks:
            sentence_of.setdefault(b, s)
    in_view = sorted(sentence_of)

    def first_token(k: int) -> Token | None:
        return next((t for t in view.tokens_of(sentence_of[k]) if t.block == k), None)

    out: list[_Candidate] = []
    for pos, k in enumerate(in_view):
        head = blocks[k]
        if head.in_table or "date" not in head.text.lower():
            continue
        text = _fold_line(head.text)
        if "date" not in text or find_dates(text):
            continue
        caption = " ".join(_fold_line(blocks[x].text) for x in in_view[max(0, pos - 2):pos + 1])
        named = bool(_mentions_text(caption) or _CALENDAR.search(caption)
                     or "seance" in caption)
        # « Date  Objet » over rows of interview topics (« 12/01  Accueil et diagnostic »).
        if not (named or _TOPIC_HEADER.search(text)):
            continue
        rows: list[tuple[int, tuple[int, int]]] = []
        for n in in_view[pos + 1:pos + 80]:
            line = blocks[n]
            if rows and (line.bold or line.heading_level is not None):
                break
            f = _fold_line(line.text)
            dates = find_dates(f)
            lead = _ROW_NUMBER.match(f)
            if dates and dates[0].start <= (lead.end() if lead else 2):
                rows.append((n, dates[0].key))
        if not named:
            topics = {w for n, _ in rows for w in _fold_line(blocks[n].text).split()}
            if len(rows) < 2 or len(topics & _TOPIC_WORDS) < 2:
                continue
        for i, (n, d) in enumerate(rows):
            end = rows[i + 1][0] if i + 1 < len(rows) else n + 3
            row_text = " ".join(_fold_line(blocks[x].text) for x in range(n, end)
                                if x in sentence_of)
            status = "planned" if re.search(r"\b(a venir|prevu|programme|planifie)\b",
                                            row_text) else "held"
            if _ROW_CANCELLED.search(row_text) or _ROW_NO.search(row_text):
                status = "cancelled"
            after_date = _fold_line(blocks[n].text)[find_dates(_fold_line(blocks[n].text))[0].end:]
            if _ROW_GROUP.match(after_date) or _WITHOUT.search(row_text):
                continue  # « 10 avril  Atelier collectif  CV »: not an interview
            t = first_token(n)
            if t is None:
                continue
            out.append(_Candidate(t.index, page=t.page, date=d, table=-k, status=status,
                                  words=_short(blocks[n].text.strip())))
        if rows:
            break
    return out


_ROW_CANCELLED = re.compile(r"\b(annulee?s?|reportee?s?|non honoree?|non realisee?"
                            r"|pas venue?|absente?|pas presentee?|excusee?)\b")
# The « Réalisé » cell of a PDF row, read on its line: « … Recherche d'offres  Non –
# excusé », « … Bilan  Non ».
_ROW_NO = re.compile(r"\snon\s*(?:$|[,.;:(–-])")
# A « Réalisé » cell that says no: « Non », « Non, Mme P. était malade », « Non tenu ».
_ROW_NOT_HELD = re.compile(r"\W*non\b(?!-)\s*(?:$|[,.;:(–-]|realise|tenu|honore|venu|fait)")
_ROW_GROUP = re.compile(r"\W*(?:\w+\W+)?(atelier|reunion|forum|salon|information collective"
                        r"|comite|commission|jury)\b")


def _fold_line(text: str) -> str:
    from cipcheck.textnorm import fold
    return fold(text)


def _mentions_text(folded: str) -> bool:
    return bool(re.search(r"\b(entretien|rendez-vous|rdv|rencontre)", folded))


# --- the timeline ------------------------------------------------------------------------
