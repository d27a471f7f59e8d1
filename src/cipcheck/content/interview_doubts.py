"""Signs that a short count may have missed meetings: paragraphs told as the next moment of
a story, and the past dates of the two of us, so that a count under the minimum warns
instead of failing (« Never fail on a guess »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_mentions import find_mentions
from cipcheck.content.interview_paragraphs import date_entry, one_of_us_away, ours_and_past
from cipcheck.content.interview_results import Interview, Planned
from cipcheck.content.interview_sentence import line_event
from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.content.interview_whose import after_the_date, did_not_come, not_ours, placement_ends
from cipcheck.content.interview_words import (
    AT_A_DISTANCE,
    COLLEAGUES,
    DIGIT,
    GROUP,
    MONTHS,
    NOUN_HINT,
    OTHERS,
    WEEKDAYS,
    main_clause,
)
from cipcheck.reading import Reading, Sentence, Token
from cipcheck.textnorm import fold

_LATER_UNITS = frozenset({"jours", "jour", "semaines", "semaine", "mois", "quinzaine"})
_NEXT = frozenset({"suivant", "suivante", "lendemain", "d", "apres"})


def _opens_an_episode(toks: Sequence[Token]) -> bool:
    """« Le mardi suivant, … », « Trois semaines plus tard, … », « La semaine suivante »,
    « Le lendemain », « Le mardi, Karim arrive… »: a paragraph told as the next moment."""
    words = [t.word for t in toks[:6] if t.kind != "punct"]
    if len(words) < 2:
        return False
    head = words[1:] if words[0] in {"le", "la", "l", "un", "une", "des"} else words
    if head and (head[0] in WEEKDAYS or head[0] == "lendemain"):
        return True
    if head[:1] and head[0] in {"semaine", "mois"} and len(head) > 1 and head[1] in _NEXT:
        return True
    numbered = toks[0].kind == "number" or words[0] in {"un", "une", "quinze", "huit", "dix"}
    return numbered and any(w in _LATER_UNITS for w in words[:3]) and (
        "tard" in words[:5] or "apres" in words[:5])


# The group events of a dated line (a home visit is a meeting with the person), and the
# team's and the training's own days.
_GROUP_EVENTS = (GROUP - {"visite"}) | {"reunions", "equipe", "synthese", "formation",
                                         "information", "dispositif", "seminaire"}


def _with_the_person(toks: Sequence[Token]) -> bool:
    """The moment is one with the person (« il est à l'heure », « nous faisons le point »,
    « Karim arrive »), not a workshop, a team meeting or a training day."""
    words = {t.word for t in toks}
    if words & _GROUP_EVENTS:
        return False
    named = any(t.kind == "word" and t.text[:1].isupper() and k > 0 and len(t.text) > 2
                and t.word not in WEEKDAYS and t.word not in MONTHS
                and toks[k - 1].word not in {".", "!", "?"} for k, t in enumerate(toks[:12]))
    return named or bool(words & {"il", "elle", "nous", "on", "lui"})


def _not_a_meeting(s: Sentence, toks: Sequence[Token]) -> bool:
    """« Lundi 9 juin : SMS de M. Z. ; il annule », « Vendredi 20 juin : dernier jour de
    mon stage », « Mardi 9, il n'est pas venu »: an entry that is no meeting."""
    lead = next((j for j, t in enumerate(toks[:4]) if t.kind == "number"), None)
    return did_not_come(toks) or (lead is not None and line_event(s, toks, lead) != "meeting")


def episodes(view: Reading, counted: int, read: set[int]) -> list[Planned]:
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
        if _opens_an_episode(toks) and _with_the_person(toks) and not _not_a_meeting(s, toks):
            out.append(Planned(s.page, s.text[:60].strip(), "indice"))
    return out if counted + len(out) >= 3 else []


def moments(view: Reading, interviews: list[Interview], dropped: list[_Candidate],
             cands: list[_Candidate]) -> int:
    """How many meetings the part may tell at most: the dates of the interviews counted
    and the other past dates and moments of the two of us, plus the undated interviews."""
    counted = {i.date for i in interviews if i.date}
    seen = _past_dates(view, counted, {c.date for c in dropped if c.date},
                       {c.sentence for c in cands if c.status == "held"})
    return len(seen) + len(_undated_elsewhere(view, [i for i in interviews if i.date is None],
                                              seen - counted))


def _undated_elsewhere(view: Reading, undated: list[Interview],
                       dates: set[tuple[int, int]]) -> list[Interview]:
    """The undated interviews whose own sentence tells none of ``dates`` (the past dates
    seen beyond the interviews counted). « # Le deuxième entretien ⏎ Le 2 février on s'est
    revu. » is one meeting, told under its heading with its date: that date is its own,
    not a further moment beside it (a part of two warned « dates » on it in devset7,
    devset9 and devset11b). Each date stands for one interview only."""
    left = set(dates)
    out: list[Interview] = []
    for i in undated:
        words = fold(i.words).strip(" .,;:«»…")
        at = next((s for s in view.sentences if s.page == i.page and words
                   and words in s.norm), None)
        own = [d.key for d in find_dates(at.norm)] if at is not None and DIGIT.search(
            at.norm) else []
        mine = next((d for d in own if d in left), None)
        if mine is None:
            out.append(i)
        else:
            left.discard(mine)
    return out


def _past_dates(view: Reading, counted: set[tuple[int, int]],
                dropped: set[tuple[int, int]], told: set[int]) -> set[tuple[int, int]]:
    """The dates of the interviews counted and the other dates that may be meetings not
    recognised: in a sentence with the two of us in it (« je », « nous », « m' »), not
    about the future, a cancellation or someone else's event (« le 6 janvier pour le
    premier entretien, le 20 janvier…, le 3 février… » are three; « prévu le 15 avril »,
    « je la reverrai le 2 mai », « le 3 mars, il s'est inscrit » none)."""
    seen = set(counted)
    sentences = view.sentences
    for i, s in enumerate(sentences):
        if not DIGIT.search(s.norm) or not (dates := find_dates(s.norm)):
            if s.index not in told and _LATER.match(s.norm) and ours_and_past(view, sentences, i):
                # « Quinze jours plus tard, nous faisons le point… », « Un mois après, je
                # la revois »: a moment of the accompaniment told by the time elapsed.
                seen.add((-1, i))
            continue
        # « Le 19 mars, retour sur l'immersion : … Nous avons étudié ensemble… »: the
        # paragraph a date opens says who was there, not always its first sentence.
        if not ours_and_past(view, sentences, i):
            continue
        if len(view.tokens_of(s)) <= 6 and date_entry(view, i)[0] != "meeting":
            continue  # « Le 3 juin. Appel de l'agence… », « Mardi 9. Il n'est pas venu. »
        if not _not_of_us_two(view, sentences, i):
            seen.update(d.key for d in dates if d.key not in dropped
                        and not _OFFERED.search(s.norm[max(0, d.start - _OFFER_REACH):d.start]))
    return seen


# A date offered or confirmed, not a meeting held: « j'ai proposé le 30 janvier puis le 6
# février, il a pas répondu », « Je vous propose le 22/01 », « je vous confirme notre
# rendez-vous du jeudi 29 janvier » (pasted messages; devset6t, devset7a, devset9): the
# offer word shortly before the date.
_OFFERED = re.compile(r"\b(?:propos(?:e|ee|es|ees|ait|ons|ez)|confirme)\b")
_OFFER_REACH = 40


def _not_of_us_two(view: Reading, sentences: Sequence[Sentence], i: int) -> bool:
    """The dated sentence ``i`` tells no moment of the two of us: the placement's end,
    someone else's meeting, a contact at a distance, a moment one of us was not at."""
    s = sentences[i]
    toks = view.tokens_of(s)
    lead = next((j for j, t in enumerate(toks[:4]) if t.kind == "number"), None)
    return bool(
        # « Vendredi 28 février : fin de mon stage ; je lui laisse… »
        (lead is not None and placement_ends(after_the_date(s.norm, toks, lead)))
        or (NOUN_HINT.search(s.norm) and any(not_ours(toks, m) for m in find_mentions(toks)))
        # « Sa tutrice m'a reçue le 27 mars »: someone else's meeting
        or any(t.word in COLLEAGUES | OTHERS for t in toks[:4])
        # « Le 13 janvier, j'ai contacté l'auto-école »
        or any(t.word.startswith(AT_A_DISTANCE) for t in main_clause(toks))
        # « Le 18 février, j'ai fait le point avec sa référente, sans elle »
        or _WITHOUT_THE_PERSON.search(s.norm) or one_of_us_away(view, sentences, i)
        or no_meeting_of_ours(s.norm, toks))


# Dated moments that are no meeting of the two of us, seen beside parts of none, one or
# two interviews, where they made the « dates » doubt of a short count (a part of two
# warned instead of failing): a group event — a workshop, a forum, the team's or a
# commission's meeting (« je l'ai vue à l'atelier collectif », « réunion d'équipe des
# encadrants, … sans lui bien sûr », « forum des métiers, toute la promo »; devset7a,
# devset8, devset9a, devset11b, devset13a, devset14a, devset14b) —, a chance encounter
# (« je l'ai croisé au marché », « il est passé à l'accueil dire bonjour »; devset8,
# devset11b, devset13a, devset14a) and the referral (« m'a été orienté le 8 janvier par
# la PJJ », « ma tutrice m'a confié la situation de M. P. »; devset4t, devset7, devset7b,
# devset9b, devset13a).
_GROUP_MOMENT = (GROUP - {"visite"}) | {"equipe", "synthese", "pluridisciplinaire", "promo",
                                       "section"}
# A group event told with our own interview (« après l'atelier collectif, nous avons fait
# notre entretien ») is a meeting; one told as none (« ce n'était pas un entretien ») is not.
_OUR_MEETING = re.compile(r"\b(?:entretiens?|entretients?|rendez-vous|rdv|tripartite)\b")
_SAID_NONE = re.compile(r"\b(?:pas|plus|jamais) (?:un |une |d')?(?:vrai |veritable )?"
                        r"(?:entretiens?|entretients?|rendez-vous|rdv)\b")
_CHANCE = re.compile(r"\b(?:croise|croisee|apercu|apercue)\b|\bpassee? a l'accueil\b"
                     r"|\barretee? dans le couloir\b")
_REFERRED = re.compile(r"\bm'a (?:ete )?(?:oriente|confie|adresse|transmis)e?s?\b")


def no_meeting_of_ours(norm: str, toks: Sequence[Token]) -> bool:
    """The dated sentence tells a group event, a chance encounter or the referral."""
    if _REFERRED.search(norm) or _CHANCE.search(norm) or _SAID_NONE.search(norm):
        # (« Le 23 janvier, nous avons échangé par SMS … : ce n'était pas un entretien »,
        # « c'est pas un entretient »: told as none by the writer)
        return True
    return bool(_GROUP_MOMENT.intersection(t.word for t in toks)) and (
        not _OUR_MEETING.search(norm) or _SAID_NONE.search(norm) is not None)


# A moment of the accompaniment one of the two was not at: « sans lui. », « sans Mme K. »,
# « en son absence », « j'étais en cours », « je suis au centre de formation », « je ne
# suis pas là », « c'est ma tutrice qui l'a reçue » (not « sans lui imposer… »: a verb
# follows). Seen in the short parts of devset6a, devset7a, voices8, voices9_weak.
_WITHOUT_THE_PERSON = re.compile(
    r"\bsans (?:lui|elle|eux|elles)(?=\s*(?:[,.;:)(]|$))"
    r"|\bsans (?:m|mr|mme|mlle|monsieur|madame)\b\.?\s*\w"
    r"|\bsans la personne\b|\ben (?:son|leur) absence\b|\bhors de (?:sa|leur) presence\b"
    r"|\b(?:j'etais|je suis|j'etais alors|je me trouvais) (?:en|au) (?:cours|formation"
    r"|centre)\b|\b(?:je|j') ?(?:ne|n') ?(?:suis|etais) pas (?:la|presente?)\b(?! pour)"
    r"|\bc'est (?:ma|mon|sa|son|la|le|l'|leur) ?(?:" + "|".join(sorted(COLLEAGUES))
    + r")\b[^.;]{0,30}\bqui\b", re.MULTILINE)


# A sentence that opens on the time elapsed since the last meeting.
_LATER = re.compile(
    r"\W*(?:(?:quelques|\w+|\d+) (?:jours?|semaines?|mois) (?:plus tard|apres)"
    r"|(?:la|une) semaine (?:suivante|d'apres|plus tard)|le mois (?:suivant|d'apres)"
    r"|(?:au|lors du) (?:rendez-vous|rdv|entretien) suivant|a la seance suivante"
    r"|(?:debut|mi|fin)[- ](?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
    r"|octobre|novembre|decembre)\b)")
