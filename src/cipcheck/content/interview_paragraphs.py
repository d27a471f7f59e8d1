"""Paragraphs that tell a meeting without naming it: opened by their date (« Le 9 mars, je
fais la connaissance de Mme K. ») or by the time elapsed since the last one (« Quinze
jours plus tard, nous faisons le point »), with the two of us in them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_mentions import find_mentions
from cipcheck.content.interview_status import future_told
from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.content.interview_whose import (
    after_my_placement,
    after_the_date,
    did_not_come,
    group_told,
    me_away,
    placement_ends,
    solo_task,
    told_at_a_distance,
    without_person,
)
from cipcheck.content.interview_words import (
    AT_A_DISTANCE,
    COLLEAGUES,
    DIGIT,
    GROUP,
    MONTHS,
    NOT_A_MEETING,
    NOUN_HINT,
    OTHERS,
    PLANNING,
    US,
    WEEKDAYS,
    apart,
    dates_in,
    main_clause,
    opens_paragraph,
    short,
)
from cipcheck.reading import Reading, Sentence, Token


def ours_and_past(view: Reading, sentences: Sequence[Sentence], i: int) -> bool:
    """The sentence (or the rest of its paragraph) has the two of us in it, and it is
    neither a plan nor someone else's event."""
    toks = view.tokens_of(sentences[i])
    words = {t.word for t in toks}
    if words & (NOT_A_MEETING - GROUP) or group_told(toks) or did_not_come(toks) \
            or after_my_placement(sentences[i].norm) \
            or any(t.word in PLANNING for t in toks) or future_told(toks):
        return False
    return bool(words & US) or _us_later_in_paragraph(view, sentences, i)


def _us_later_in_paragraph(view: Reading, sentences: Sequence[Sentence], i: int) -> bool:
    """Whether the next sentences of the paragraph a dated sentence opens (up to two, and
    none with a date of its own) have the two of us in them."""
    blocks = set(sentences[i].blocks)
    for s in sentences[i + 1:i + 3]:
        if not blocks & set(s.blocks):  # a DOCX paragraph is one block
            return False
        if DIGIT.search(s.norm) and find_dates(s.norm):
            return False
        if {t.word for t in view.tokens_of(s)} & US:
            return True
    return False


_WE = frozenset({"nous", "on"})
# « Fin mai, … », « Début juin, … », « En avril, … »: a sentence led by another moment.
_MOMENT_LEAD = frozenset({"fin", "debut", "mi", "en", "courant", "le", "au"})


def _new_times(view: Reading, sentences: Sequence[Sentence], i: int) -> set[int]:
    """The sentences after ``i`` in its paragraph led by a moment of their own (a date,
    a month, the time elapsed): they tell another meeting, not this one's."""
    out: set[int] = set()
    for s in sentences[i + 1:i + 6]:
        words = [t.word for t in view.tokens_of(s)[:3]]
        if ELAPSED.match(s.norm) or (words[:1] and words[0] in _MOMENT_LEAD
                                     and any(w in MONTHS for w in words[1:3])) \
                or (words[:1] and words[0] in MONTHS) or (DIGIT.search(s.norm[:12])
                                                          and find_dates(s.norm[:20])):
            out.add(s.index)
    return out


def period(toks: Sequence[Token], k: int) -> bool:
    """« (du 30 janvier au 3 février) », « du 2 au 6 mai »: a period (an immersion, a
    training), not a meeting."""
    return k > 0 and toks[k - 1].word == "du" and any(
        t.word == "au" for t in toks[k + 1:k + 4])


def dated_paragraphs(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:
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
                and len(view.tokens_of(sentences[i])) <= 6 and not _date_kept(view, c, i):
            continue
        out.append(c)
    first_held = min((c.order for c in out if c.status == "held"), default=None)
    for i, s in enumerate(sentences):
        if s.index in by_sentence or s.in_table or s.heading:
            continue
        if not opens_paragraph(sentences, i):
            # « (Nous avons commencé le 3 avril par un entretien de diagnostic.) Deux
            # semaines plus tard, nous avons travaillé son CV. »: inside a paragraph, the
            # time elapsed since the meeting told before it, and « nous » in the sentence.
            if first_held is not None and _no_date(s.norm) and ELAPSED.match(s.norm) \
                    and view.tokens_of(s)[0].index > first_held \
                    and {t.word for t in main_clause(view.tokens_of(s))} & _WE \
                    and _elapsed_meeting(view, sentences, i, by_sentence - _new_times(
                        view, sentences, i)):
                t = view.tokens_of(s)[0]
                out.append(_Candidate(t.index, page=t.page, kind="again",
                                      words=short(s.text.strip(), 8), sentence=s.index))
            continue
        if _no_date(s.norm):
            # (« La fois suivante, le lundi 19, il arrive… »: a day without its month is
            # no date of its own)
            if first_held is not None and ELAPSED.match(s.norm) \
                    and view.tokens_of(s)[0].index > first_held \
                    and _elapsed_meeting(view, sentences, i, by_sentence):
                # « La semaine suivante, nous avons listé… », « Quinze jours plus tard,
                # nous faisons le point »: a paragraph opened by the time elapsed since
                # the last meeting, the two of us in it — the next meeting.
                t = view.tokens_of(s)[0]
                out.append(_Candidate(t.index, page=t.page, kind="again",
                                      words=short(s.text.strip(), 8), sentence=s.index))
            continue
        dated = _dated_sentence(view, sentences, i)
        if dated is not None:
            out.append(dated)
    return sorted(out, key=lambda c: c.order)


def _no_date(norm: str) -> bool:
    return not DIGIT.search(norm) or not find_dates(norm)


def _dated_sentence(view: Reading, sentences: Sequence[Sentence], i: int
                    ) -> _Candidate | None:
    """A paragraph opened by its date (« Le 9 mars, je fais la connaissance de Mme K. »):
    a meeting of the two of us in the past or present; a no-show (« Le 14 mars, il n'est
    pas venu ») listed as not held; else nothing (a call, someone else's event, the
    placement's end)."""
    s = sentences[i]
    toks = view.tokens_of(s)
    dates = dates_in(s, toks)
    if not dates or (dates[0][0] > 2 and not (dates[0][0] <= 6 and ELAPSED.match(s.norm))) \
            or len(toks) <= dates[0][0] + 2 \
            or period(toks, dates[0][0]) \
            or placement_ends(after_the_date(s.norm, toks, dates[0][0])):
        return None  # « Vendredi 20 juin : dernier jour de mon stage, je transmets… »
    k, d = dates[0][0], dates[0][1]
    named = bool(NOUN_HINT.search(s.norm) and find_mentions(toks))
    if did_not_come(toks) and not named:
        called_off = any(t.word.startswith("annul") for t in toks)
        return _Candidate(toks[k].index, page=toks[k].page, date=d, kind="dated-heading",
                          status="cancelled" if called_off else "not-held",
                          words=short(s.text.lstrip("-–•*▪ ")), sentence=s.index)
    clause = main_clause(toks)
    head = next((j + 1 for j in range(k + 1, min(len(toks), k + 6))
                 if toks[j].text in {":", "–", "—", "-", ","}), k + 1)
    if solo_task(toks[head:]) or me_away(s.norm):
        return None  # « 8 mai : je recherche des offres pour elle »
    if (any(t.word.startswith(AT_A_DISTANCE) for t in clause) and not seen_or_long(clause)) \
            or any(t.word in COLLEAGUES | OTHERS for t in clause[:8]) \
            or named or apart([t.word for t in toks]) or without_person(toks) \
            or not ours_and_past(view, sentences, i) or one_of_us_away(view, sentences, i):
        return None  # (« Le 1er mars, nous avons complété ensemble, chacune de notre côté… »)
    return _Candidate(toks[k].index, page=toks[k].page, date=d, kind="dated-heading",
                      words=short(s.text.lstrip("-–•*▪ ")), sentence=s.index)


# « M. Weber n'y était pas », « elle n'était pas là », « je n'y étais pas »: one of the
# two was not at the event the paragraph tells.
_AWAY = re.compile(r"\bn'y (?:etai[st]|est|etions) pas\b|\bn'(?:etai[st]|est) pas (?:la|present"
                   r"|presente|presents)\b")


def one_of_us_away(view: Reading, sentences: Sequence[Sentence], i: int) -> bool:
    """The paragraph a dated sentence opens says one of the two was not there."""
    blocks = set(sentences[i].blocks)
    for s in sentences[i:i + 6]:
        if not blocks & set(s.blocks):
            break
        if _AWAY.search(s.norm):
            return True
    return False


def _date_kept(view: Reading, c: _Candidate, i: int) -> bool:
    """A date alone leading its paragraph (« Jeudi 7 novembre. … ») is a meeting unless
    the paragraph tells a workshop, a team meeting, someone else's event, a call
    (« Appel de sa part : … ») or the placement's end (« Dernier jour de mon stage. »); a
    no-show (« Il n'est pas venu. », « elle annule ») is kept, as not held, and listed."""
    entry, said = date_entry(view, i)
    if entry in {"not-held", "cancelled"}:
        c.status = entry
        c.words = f"{c.words} {said}"
    return entry != "other"


_SEEN = frozenset({"video", "visio", "visioconference", "camera", "webcam", "teams", "zoom"})
_LENGTH = frozenset({"heure", "heures", "minutes", "min", "demi"})


def seen_or_long(toks: Sequence[Token]) -> bool:
    """« un appel vidéo WhatsApp », « un appel d'une heure pour travailler son CV »: a call
    seen on a screen, or long enough to be an interview at a distance (not a reminder)."""
    words = [t.word for t in toks]
    return any(w in _SEEN for w in words) or any(
        w in _LENGTH and p in {"une", "d", "demi", "heure"} | {str(n) for n in range(10, 121)}
        for p, w in zip(words, words[1:], strict=False)) or any(
        # « tél. 1h », « appel 1h30 » (not « à 10h », « vers 9h »: a time)
        w == "h" and n in {"1", "2", "3"} and p not in _AT_TIME
        for p, n, w in zip(["", "", *words], ["", *words], words, strict=False))


_AT_TIME = frozenset({"a", "vers", "de", "jusqu", "des", "avant", "apres", "entre", "et"})


_CALLING = ("appel", "telephon", "contact", "ecri", "envoi", "mail")
_OTHER_ENDS = OTHERS | {"centre", "cfa", "ecole", "mairie", "caf", "structure", "mere", "pere",
                        "famille", "association", "etablissement", "lycee", "college"}


def _i_call_others(words: Sequence[str]) -> bool:
    """« J'appelle l'organisme de formation pour… », « je contacte le centre… »: the day's
    entry is a call of mine to someone else, not a meeting with the person."""
    k = next((i for i, w in enumerate(words[:3]) if w.startswith(_CALLING)), None)
    return k is not None and any(w in {"je", "j"} for w in words[:k]) \
        and any(w in _OTHER_ENDS for w in words[k + 1:k + 5])


def date_entry(view: Reading, i: int) -> tuple[str, str]:
    """What the paragraph a date alone leads tells: "meeting", "not-held" or "cancelled"
    (with a few words of it), or "other"."""
    body = _body(view, view.sentences, i)
    if not body:
        return "meeting", ""
    words = [t.word for t in view.tokens_of(body[0])[:8]]
    if any(w in GROUP or w == "equipe" for w in words) \
            or any(w in COLLEAGUES for w in words[:3]) or _i_call_others(words) \
            or any(placement_ends(x.norm) for x in body):
        return "other", ""
    no_show = [x for x in body if did_not_come(view.tokens_of(x))]
    if no_show:
        called_off = any("annul" in x.norm for x in no_show)
        return ("cancelled" if called_off else "not-held"), short(no_show[0].text, 6)
    return ("other" if told_at_a_distance(view.tokens_of(body[0])) else "meeting"), ""


def _body(view: Reading, sentences: Sequence[Sentence], i: int) -> list[Sentence]:
    """The sentences after ``i`` in its paragraph (up to two)."""
    blocks = set(sentences[i].blocks)
    return [x for x in sentences[i + 1:i + 3] if blocks & set(x.blocks)]


# The time elapsed since the last meeting, opening a sentence (not « début mars »: a
# moment, not a step of the accompaniment).
ELAPSED = re.compile(
    r"\W*(?:(?:quelques|\w+|\d+) (?:jours?|semaines?|mois) (?:plus tard|apres|plus tot|avant)"
    r"|(?:la|une) semaine (?:suivante|d'apres|plus tard)|le mois (?:suivant|d'apres)"
    r"|le lendemain|la quinzaine suivante|la fois (?:suivante|d'apres|d'ensuite)"
    r"|(?:le|la) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|semaine|seance) suivante?"
    r"|le (?:deuxieme|second|troisieme|quatrieme|cinquieme|dernier) "
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|rendez-vous))\b")


# The person comes to the meeting (« La fois suivante, le mardi 13, elle arrive avec son
# CV »): the two of us there, told from her side.
_COMES = frozenset({"arrive", "arrivee", "revient", "revenue", "revenu", "vient", "venue",
                    "venu", "presente"})


def _elapsed_meeting(view: Reading, sentences: Sequence[Sentence], i: int,
                     told: set[int]) -> bool:
    """The paragraph a time-elapsed sentence opens tells a meeting of the two of us in
    the past or present, at no distance (« Un mois après, je l'ai appelée » is a call),
    and no other sentence of it already tells one (« …, nous faisons le point. Elle est
    revenue avec trois offres » is one meeting)."""
    toks = view.tokens_of(sentences[i])
    clause = main_clause(toks)
    words = {t.word for t in clause}
    # Read on the main clause: « …, nous préparons sa visite, qu'elle fera seule » is
    # told in the present.
    # A call or a mail between us (« je l'ai appelée », « elle m'a écrit »), not one she
    # made (« il a appelé lui-même un plombier »).
    if any(t.word.startswith(AT_A_DISTANCE) and any(
            u.word in US for u in clause[max(0, k - 5):k]) for k, t in enumerate(clause)) \
            or any(t.word in COLLEAGUES | OTHERS for t in clause[:8]) \
            or words & (NOT_A_MEETING - GROUP) or group_told(clause) \
            or words & PLANNING or future_told(clause) \
            or not (words & US or words & _COMES or _us_later_in_paragraph(view, sentences, i)):
        return False
    for j in range(i + 1, min(len(sentences), i + 6)):
        if opens_paragraph(sentences, j):
            break
        if sentences[j].index in told:
            return False
    return True


# « À l'agence, le 12 septembre, … », « En visio, le 10 octobre, … »: where or how the
# meeting took place, before its date.
_PLACE_LEAD = frozenset({"agence", "bureau", "visio", "visioconference", "telephone",
                         "domicile", "permanence", "presentiel", "chez", "locaux", "mairie"})


def _placed_lead(toks: Sequence[Token], k: int) -> bool:
    lead = toks[:k]
    return k <= 6 and any(t.word in _PLACE_LEAD for t in lead) and any(
        t.text == "," for t in lead[-2:]) and not any(t.word in US for t in lead)


def date_led(toks: Sequence[Token], dates: list[tuple[int, tuple[int, int], int, int]]
              ) -> bool:
    """« 12/03 : diagnostic… », « Mardi 14 mars – … »: a paragraph led by its date; or
    « Le 5 mai, M. F. m'explique… », when the sentence has the two of us in it (« je »,
    « nous », « m' »): a meeting, not « Le 15 avril, elle a commencé sa formation »."""
    k = dates[0][0]
    if k > 2 and not _placed_lead(toks, k):
        return False
    if len(toks) <= k + 5 and toks[-1].text in {".", ":"} and len(dates) == 1 and all(
            t.kind != "word" or t.word in MONTHS or t.word in WEEKDAYS
            or t.word in {"le", "du"} for t in toks):
        return True  # « Lundi 6 novembre. » alone: the date of the paragraph it leads
    rest = toks[k:k + 6]
    if any(t.text in {":", "–", "—", "-"} for t in rest):
        return True
    clause = main_clause(toks)
    # « Le 5 mai, M. F. m'explique… », « Le 9 avril, nous faisons le point »; not « Le 24
    # mars, j'ai appelé l'employeur », « je lui ai envoyé trois offres » (I, alone, at a
    # distance) nor « elle m'a rappelée pour… » (a call).
    return any(t.text == "," for t in rest) and \
        any(t.word in {"nous", "m", "me", "on"} for t in clause) and \
        (not any(t.word.startswith(AT_A_DISTANCE) for t in clause) or seen_or_long(clause))
