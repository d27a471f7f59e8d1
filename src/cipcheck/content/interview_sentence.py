"""One sentence (or one line of a paragraph) read for interviews: each noun of a meeting,
label, ordinal, meeting verb or leading date becomes a candidate with its rank, date,
purpose and status, for the timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cipcheck.content.interview_arranged import call_head, call_topic
from cipcheck.content.interview_mentions import (
    Mention,
    before_it,
    demonstrative,
    elliptic_rank,
    find_mentions,
    indefinite,
    is_last,
    is_last_before,
    is_new,
    item_label,
    label_rank,
    label_words,
    list_rank,
    medium_event,
    noun_text,
    nth_time_that,
    purpose_of,
    rank_of,
    ranked_dates_after,
    time_led,
    times_announced,
    times_rank,
    times_series,
    weekday_led,
)
from cipcheck.content.interview_paragraphs import ELAPSED, date_led, period, seen_or_long
from cipcheck.content.interview_status import (
    came_otherwise,
    future_told,
    replaced_by_writing,
    status_of,
)
from cipcheck.content.interview_timeline import REPEATABLE
from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.content.interview_verbs import date_chain, listed_meetings, meeting_verb
from cipcheck.content.interview_whose import (
    after_my_placement,
    did_not_come,
    group_told,
    held_by_someone_else,
    in_a_group,
    led_by_someone_else,
    me_away,
    not_ours,
    placement_ends,
    prepares_ours,
    solo_task,
    told_at_a_distance,
    without_person,
)
from cipcheck.content.interview_words import (
    AGAIN_STEMS,
    COLLEAGUES,
    DEMONSTRATIVE,
    DIGIT,
    NOUN_HINT,
    OTHERS,
    PREPARING,
    SELF,
    SUBJECTS,
    VERB_HINT,
    apart,
    dates_in,
    main_clause,
    prev_words,
    short,
)
from cipcheck.reading import Sentence, Token
from cipcheck.reading.tense import future_at, past_at


def _told_by_someone_else(rest: Sequence[Token]) -> bool:
    """« (Le 5 décembre,) son conseiller m'a informée qu'il avait déménagé »: someone
    else is the subject of what the dated line tells, without me."""
    words = [t.word for t in rest[:6]]
    return len(words) > 1 and words[0] in {"son", "sa", "le", "la", "l", "un", "une", "ses"} \
        and (words[1] in COLLEAGUES or words[1] in OTHERS) \
        and not any(w in {"moi", "nous", "je", "j"} for w in words)


# « 23/09 – Point avec ma tutrice sur son dossier », « Réunion avec l'assistante sociale »
_HER_AFTER = frozenset({"elle", "lui", "mme", "m", "madame", "monsieur", "mr", "mlle", "nous",
                        "eux"})
_COLLEAGUE_DETS = frozenset({"ma", "mon", "la", "le", "l", "notre", "sa", "son"})


def _with_a_colleague(rest: Sequence[Token]) -> bool:
    words = [t.word for t in rest[:8] if t.text not in {"'", "’"}]
    if "avec" not in words[:3]:
        return False
    after = words[words.index("avec") + 1:]
    return len(after) > 1 and after[0] in _COLLEAGUE_DETS and after[1] in COLLEAGUES \
        and not _HER_AFTER & set(after[2:]) and "presence" not in after


def line_event(s: Sentence, toks: Sequence[Token], k: int) -> str:
    """What a line led by its date tells after the date (« Mardi 11 février : texto de
    Mme L. ; elle annule », « Vendredi 28 février : fin de mon stage »): "other" for a
    message or a call, or the placement's end; "cancelled" / "not-held" for a no-show;
    else "meeting"."""
    head = next((j + 1 for j in range(k + 1, min(len(toks), k + 6))
                 if toks[j].text in {":", "–", "—", "-", ","}), None)
    if head is None or head >= len(toks):
        return "meeting"
    rest = toks[head:]
    if k > 0 and told_at_a_distance(toks[:k]) and not seen_or_long(toks):
        return "other"  # « Réponse le 09/01 : … », « Appel le 12/02 : sa fille répond »
    if told_at_a_distance(rest) and not did_not_come(rest) and not seen_or_long(rest) \
            or placement_ends(s.norm[rest[0].start:]) or _told_by_someone_else(rest) \
            or solo_task(rest) or _with_a_colleague(rest):
        return "other"
    if me_away(s.norm[rest[0].start:]):
        return "not-held"  # « Il passe à l'accueil déposer son CV, je ne suis pas là »
    if did_not_come(rest):
        return "cancelled" if any(t.word.startswith("annul") for t in rest) else "not-held"
    return "meeting"


# « Le troisième, le 31 mars, elle l'a annulé », « La troisième fois, elle a oublié le
# rendez-vous »: the meeting an ordinal stands for, said not to have taken place.
_FORGOT_IT = frozenset({"l", "le", "notre", "ce", "son", "rendez", "rdv", "entretien"})


def _elliptic_status(toks: Sequence[Token], k: int) -> str:
    status = status_of(toks, k, k)
    if status != "held":
        return status
    rest = toks[k + 1:]
    words = [t.word for t in rest]
    # (not « elle n'est pas venue seule / avec son fils / les mains vides »: she came)
    if replaced_by_writing(words):
        return "cancelled"
    if did_not_come(rest) and not came_otherwise(words):
        return "cancelled" if any(w.startswith("annul") for w in words) else "not-held"
    if any(w.startswith("oubli") and ("l" in words[max(0, i - 5):i] or words[i + 1:i + 2]
                                      and words[i + 1] in _FORGOT_IT)
           for i, w in enumerate(words)):
        return "not-held"
    return status


def _negated(toks: Sequence[Token], k: int) -> bool:
    """« Je n'ai pas revu Mme N. », « je ne l'ai plus revue », « il n'est jamais venu »:
    the meeting verb at ``k`` negated (not « nous ne nous sommes revues que deux fois »)."""
    before = [t.word for t in toks[max(0, k - 6):k]]
    return bool(before) and before[-1] in {"pas", "jamais", "plus"} or (
        len(before) > 1 and before[-2] in {"pas", "jamais", "plus"}
        and before[-1] in {"ete", "pu", "su"}) and any(w in {"ne", "n"} for w in before)


def _someone_else_meets(toks: Sequence[Token], mentions: list[Mention], k: int) -> bool:
    """« Les entretiens suivants ont été conduits par ma tutrice ; elle l'a revue le 22
    avril »: the interviews of the sentence are someone else's, and the meeting verb's
    subject is not « je » or « nous » — hers, not mine."""
    if not any((held_by_someone_else(toks, m) or led_by_someone_else(toks, m))
               and not m.first <= k <= m.last for m in mentions):
        return False  # (« rencontre » read as the noun is the verb itself)
    return not any(p in {"je", "j", "nous", "on"} or p in SELF for p in prev_words(toks, k, 4))


def _colleague_subject(toks: Sequence[Token], k: int) -> bool:
    """The meeting verb at ``k`` has a colleague or a partner as its subject (« ma
    tutrice a reçu Mme D. », « sa conseillère l'a revue »), not « je » or « nous »."""
    before = prev_words(toks, k, 5)
    if any(p in {"je", "j", "nous", "on"} or p in SELF for p in before):
        return False  # (« la conseillère stagiaire » is the candidate)
    return any(p in COLLEAGUES or p in OTHERS for p in before[:4]) and any(
        p in {"ma", "sa", "la", "le", "son", "mon", "l", "notre", "leur"} for p in before[:5])


# The participle whose object is the meeting held: « nous avons eu / mené / tenu un
# entretien », « nous l'avons remplacé par un échange téléphonique ».
_HELD_VERBS = frozenset({"eu", "mene", "conduit", "tenu", "realise", "remplace",
                         "remplacee"})
_TO_OBJECT = frozenset({"un", "une", "par", "avec", "d", "de", "'", "lui", "elle"})


def _we_did(toks: Sequence[Token], m: Mention) -> bool:
    """The noun at ``m`` is the object of a compound past of holding it, by « nous », « je »
    or « on » (« nous l'avons remplacé par un échange téléphonique », « j'ai eu un
    entretien avec elle »); not « j'ai appris à structurer un entretien »."""
    j = m.first - 1
    while j >= 0 and m.first - j <= 4 and toks[j].word in _TO_OBJECT:
        j -= 1
    if j < 1 or toks[j].word not in _HELD_VERBS:
        return False
    lo = max(0, j - 5)
    return any(t.word in {"nous", "je", "j", "on"} for t in toks[lo:j]) and any(
        past_at(toks, i) for i in range(lo, j))


def _refers_back(toks: Sequence[Token], o: Mention) -> bool:
    """« C'est au cours de ce second rendez-vous que j'ai mené un entretien
    d'explicitation »: the meeting the sentence is set in, told before — what follows is
    done in it, not one more."""
    before = prev_words(toks, o.first, 4)
    return demonstrative(toks, o) or any(w in DEMONSTRATIVE for w in before[:2]) or any(
        w in {"lors", "cours", "pendant", "durant"} for w in before)


def _together(toks: Sequence[Token]) -> bool:
    """« nous faisons ensemble… », « nous avons rempli ensemble… »: the two of us, at the
    same table (not « nous avons convenu ensemble de… », a plan)."""
    words = [t.word for t in toks]
    if "ensemble" not in words or "nous" not in words:
        return False
    k = words.index("ensemble")
    return "nous" in words[max(0, k - 4):k] and not any(
        w.startswith(("conven", "decid", "prevoi", "prevu", "fix")) for w in words[k - 3:k + 2]) \
        and not apart(words)


_OURS_WORDS = frozenset({"je", "j", "nous", "notre", "nos", "on", "moi", "mon", "ma", "mes"})


def _goes_on_theirs(toks: Sequence[Token], mentions: list[Mention], mi: int) -> bool:
    """« il a passé trois entretiens d'embauche, dont un chez un transporteur qui l'a
    rappelé pour un deuxième entretien »: a noun that goes on telling the person's job
    interviews named before it in the sentence, nothing of ours in between."""
    m = mentions[mi]
    before = [p for p in mentions[:mi] if not_ours(toks, p)]
    if not before:
        return False
    between = toks[before[-1].last + 1:m.first]
    return not any(t.word in _OURS_WORDS or t.text in {".", ";"} for t in between)


_VERB_WORDS = frozenset({"a", "ai", "as", "avons", "avez", "ont", "est", "sont", "etait",
                         "avait", "sommes", "etes", "sera", "aura", "fut"})


def _verb_before_a_person(toks: Sequence[Token], k: int) -> bool:
    """« (l'auteure de ce dossier) rencontre Mme V. le 2 octobre »: no article before it, the
    person right after it — the verb, not the noun."""
    return 0 < k < len(toks) - 1 and toks[k - 1].kind == "punct" and toks[k - 1].text in {
        ")", ","} and toks[k + 1].word in {"madame", "monsieur", "mme", "m", "mlle"}


def complement_gap(toks: Sequence[Token], last: int, dk: int) -> bool:
    """« L'entretien de préparation à l'immersion, le 17 février »: the noun's complement
    (« de … », no verb, no subject, up to 12 words) then its date after one comma."""
    between = toks[last + 1:dk]
    if not between or len(between) > 12 or between[0].word not in {"de", "d", "du", "a", "au"}:
        return False
    commas = [j for j, t in enumerate(between) if t.text == ","]
    if len(commas) != 1 or commas[0] < len(between) - 3:
        return False  # the comma that sets off the date, just before « le 17 février »
    return not any(t.word in SUBJECTS or (t.word in _VERB_WORDS and t.text.lower() != "à")
                   or t.word in {"qui", "que", "qu"}
                   or (t.kind == "punct" and t.text not in {",", "'", "’", "-"})
                   for t in between)


# Over the complexity limit (39 > 10): a listed exception, to split.
def read_sentence(s: Sentence, toks: Sequence[Token], table: int | None  # noqa: C901
              ) -> tuple[list[_Candidate], int | None]:
    out: list[_Candidate] = []
    announced: int | None = None
    # Most sentences hold no date and no word of a meeting: a glance at the folded text
    # spares them the token walks (the reader must stay within a few hundredths of a
    # second on a 50-page dossier).
    dates = dates_in(s, toks) if DIGIT.search(s.norm) else []
    mentions = find_mentions(toks) if NOUN_HINT.search(s.norm) else []
    ours: list[Mention] = []
    listed = listed_meetings(s, toks, dates, table)
    # The dates of a list (« reçu le 6 janvier pour le premier entretien, le 20
    # janvier… ») are the list's: a mention inside it is one of them, not the next one.
    taken: set[int] = {di for di, d in enumerate(dates) if any(c.date == d[1] for c in listed)}
    # Pair each date with the nearest mention of the sentence: after it (« entretien du
    # 12 mars ») is closer than before it (« Le 12 mars, lors d'un entretien »).
    pairs = []
    for di, (dk, *_) in enumerate(dates):
        for mi, m in enumerate(mentions):
            if dk > m.last and (dk - m.last <= (20 if m.plural else 8)
                                or complement_gap(toks, m.last, dk)):
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
    calls = call_head(toks, dates) if mentions else None
    for mi, m in enumerate(mentions):
        if call_topic(toks, m.first, calls):
            continue  # « 22/01 — appel de rappel (RDV du lendemain) »
        if not_ours(toks, m) or _goes_on_theirs(toks, mentions, mi):
            # « 27/03 : préparation à l'entretien avec le cabinet »: their interview,
            # prepared in ours — the dated line still tells our meeting.
            theirs = theirs or not any(w in PREPARING for w in prev_words(toks, m.first, 4))
            continue
        ours.append(m)
        status = status_of(toks, m.first, m.last)
        own = [dates[di] for di in sorted(date_of.get(mi, []))]
        if not own and status == "held" and (m.plural or indefinite(toks, m)):
            # « Chaque temps a fait l'objet d'un entretien… : le 3, le 17 et le 31
            # mars »: a list of dates further on in the sentence, one interview each.
            later = [d for di, d in enumerate(dates) if di not in taken and d[0] > m.last]
            if later and len(date_chain(toks, later[:1])) >= 3:
                own = later[:1]
        if len(own) == 1:
            # « reçu en entretien le 15 octobre, puis le 29 octobre »: the dates joined
            # to its own are meetings too.
            days = date_chain(toks, [d for d in dates if d[0] >= own[0][0]])
            if len(days) > 1:
                own = [(own[0][0], d, own[0][2], own[0][3]) for d in days]
        own_dates = [d[1] for d in own]
        if m.plural:
            before = toks[max(0, m.first - 2):m.first]
            num = next((t for t in reversed(before) if t.kind == "number"), None)
            if num is not None and num.value and 2 <= num.value <= 30 and status == "held" \
                    and not _a_norm(toks, num, m.last):
                announced = max(announced or 0, int(num.value))
                later = [d for d in dates if d[0] > m.last]
                if len(own) < num.value == len({d[1] for d in later}):
                    # « Nous avons eu trois entretiens : un premier le 3 mai…, un deuxième
                    # le 17 mai…, un dernier le 31 mai… »: as many dates as announced.
                    own = list({d[1]: d for d in later}.values())
                    own_dates = [d[1] for d in own]
            if len(own_dates) < 2:
                continue  # « les entretiens permettent… »: interviews in general
        rank = None if m.plural else rank_of(toks, m, s.text)
        if not own_dates and before_it(toks, m):
            # « avant notre troisième rendez-vous »: named, not told as held; it counts
            # only where it is told (« Troisième entretien – 2 avril »).
            continue
        label = label_words(s, toks, m.first, m.last, (own[0][0], own[0][2], own[0][3])
                       if len(own) == 1 else None, wide=status != "held")
        if m.plural:
            label = ""  # each date of « les entretiens du 9 et du 23 janvier » names one
        base = _Candidate(toks[m.first].index, page=toks[m.first].page, table=table,
                          status=status, words=label,
                          bare=s.heading or s.in_table or item_label(s, toks, m))
        if own_dates:
            spans = [(start, end) for _, _, start, end in own]
            for _, d, start, end in own:
                # (a date read from its chain, « le 3 et le 17 mai », shares the span of
                # the one written in full: written by its numbers)
                words = noun_text(toks, m) + " du " + s.text[start:end] \
                    if m.plural and spans.count((start, end)) == 1 \
                    else f"{noun_text(toks, m)}, {d[0]:02d}/{d[1]:02d}" if m.plural \
                    else label if len(own) == 1 else f"{label}, {d[0]:02d}/{d[1]:02d}"
                out.append(replace(base, rank=rank, date=d, words=words,
                                   purpose=None if m.plural else purpose_of(toks, m)))
            continue
        purpose = None if m.plural else purpose_of(toks, m)
        if rank is not None:
            out.append(replace(base, rank=rank, purpose=purpose))
        elif purpose is not None and (base.bare or purpose != "cloture") \
                and not is_last_before(toks, m):
            # A heading names one interview; in a sentence, a purpose told in the past
            # is one (« l'entretien de diagnostic a permis… »), else it only refers to
            # one (« lors de l'entretien de suivi »), as does a follow-up, which repeats.
            named = base.bare or (
                purpose not in REPEATABLE and not demonstrative(toks, m)
                and any(past_at(toks, j) for j in range(len(toks))))
            out.append(replace(base, purpose=purpose,
                               kind="purpose" if named else "purpose-ref"))
        elif is_last(toks, m):
            out.append(replace(base, kind="last",
                               led=time_led(toks, m) or bool(ELAPSED.match(s.norm))))
        elif is_new(toks, m) or (status == "held" and not base.bare
                                  and (medium_event(toks, m) or weekday_led(toks, m))):
            out.append(replace(base, kind="again"))
        elif list_rank(s) is not None and m.first <= 3:
            out.append(replace(base, rank=list_rank(s)))
        elif status != "held" and demonstrative(toks, m):
            out.append(replace(base, kind="ref"))
        elif status == "held" and indefinite(toks, m) and _we_did(toks, m) \
                and not any(o.first < m.first and _refers_back(toks, o) for o in mentions):
            # « nous l'avons remplacé par un échange téléphonique », « j'ai eu un
            # entretien avec elle »: one more, told in the past by the two of us.
            out.append(replace(base, kind="again", doubt="un de plus"))
        elif status != "held" or indefinite(toks, m):
            out.append(replace(base, kind="weak"))
    if ours and out and len(out) == len(ours):
        # « Premier entretien le 9 octobre, deuxième le 23 octobre »
        for k, rank, day in ranked_dates_after(toks, ours):
            at = next((d for d in dates if d[0] == day), None)
            if at is not None and not any(c.date == at[1] for c in out):
                out.append(replace(out[-1], order=toks[k].index, rank=rank, date=at[1],
                                   words=short(s.text[toks[k].start:], 6), purpose=None))
    out[:0] = listed
    if not out and (labelled := label_rank(toks)) is not None:
        k, rank = labelled
        near = [d for d in dates if d[0] - k <= 4]
        status = status_of(toks, k, k + 1)
        if status == "held" and any(t.word in {"non", "pas"} for t in toks[k + 2:k + 4]):
            status = "not-held"  # « E3 non réalisé »
        out.append(_Candidate(toks[k].index, page=toks[k].page, rank=rank, kind="label",
                              date=near[0][1] if near else None, table=table, status=status,
                              words=short(s.text.lstrip("-–•*▪ "), 6), bare=True))
    # (« Le deuxième, le 20 janvier, nous a permis… entre les deux rendez-vous… »: the
    # plural noun further on is no interview of its own)
    for k, rank in elliptic_rank(toks, s.text) if not out or all(m.plural for m in ours) \
            else []:
        if any(k >= m.first for m in mentions):
            continue  # « ses entretiens d'embauche : le premier… » are theirs
        # « Le premier, le 13 janvier, … »: its date, set off right after it.
        own_date = next((d[1] for d in dates if 0 < d[0] - k <= 4), None)
        out.append(_Candidate(toks[k].index, page=toks[k].page, rank=rank if rank > 0 else None,
                              kind={0: "last", -1: "again"}.get(rank, "elliptic"), series=True,
                              doubt="ellipse",
                              status=_elliptic_status(toks, k), date=own_date,
                              words=short(s.text[toks[k - 1 if k else 0].start:], 6)))
    verbish = bool(VERB_HINT.search(s.norm))
    times = times_announced(toks) if verbish or ours else None
    verb = meeting_verb(toks) if times and verbish else None
    if times and (verb is not None or ours):
        # « Nous nous sommes vues quatre fois »: announced, each still to be told; with
        # their dates (« à deux reprises, le 4 et le 18 octobre », « reçue en entretien à
        # trois reprises, les 4, 18 mars et 1er avril »), each one is told.
        announced = max(announced or 0, times)
        k = verb[0] if verb is not None else ours[0].first
        # (« revue deux fois, le 17 avril seulement, …, le rendez-vous du 2 mai n'a pas
        # eu lieu »: a date said not held is none of them)
        after = [d for d in dates if d[0] > k and status_of(toks, d[0], d[0]) == "held"]
        chain = date_chain(toks, after) if after else []
        if len(chain) != times and len(set(d[1] for d in after)) == times:
            # « deux fois : le 11 avril pour revenir sur son parcours et le 25 avril pour
            # préparer une candidature »: as many dates as announced, each told with what
            # was done, are the meetings announced.
            chain = list(dict.fromkeys(d[1] for d in after))
        if status_of(toks, k, k) == "held" and len(chain) == times:
            # The dates, not the noun, tell each one — but « Après un premier entretien le
            # 3 mai, nous nous sommes revues à deux reprises, le 17 et le 31 mai »: the
            # one told before the verb « again » is one more.
            again = toks[k].word.startswith(AGAIN_STEMS)
            out = [c for c in out if again and c.date is not None and c.date not in chain
                   and c.status == "held" and c.order < toks[k].index]
            for d in chain:
                out.append(_Candidate(toks[k].index, page=toks[k].page, table=table, date=d,
                                      words=f"{label_words(s, toks, k, k)}, {d[0]:02d}/{d[1]:02d}"))
    elif not ours or not out:
        # (a job interview in the sentence does not hide « revues le 20 », nor does
        # « le rythme des rendez-vous », interviews in general, hide « Le 9 décembre,
        # nous avons formalisé… », nor « l'entretien » that only refers back to the
        # meeting the verb tells: « On l'a revu le 23 mai, c'est moi qui ai conduit
        # l'entretien »)
        verb = meeting_verb(toks) if verbish else None
        grouped = verb is not None and in_a_group(toks, verb[0], dates)
        if grouped:
            verb = None  # « je l'ai retrouvée à chaque séance du groupe : le 15 mars… »
        if verb is not None and any(m.first <= verb[0] <= m.last for m in mentions) \
                and not _verb_before_a_person(toks, verb[0]):
            verb = None  # « Les rencontres avec M. M. »: the noun, not the verb
        if verb is not None and (_someone_else_meets(toks, mentions, verb[0])
                                 or _colleague_subject(toks, verb[0])):
            verb = None  # « ma tutrice a reçu Mme D. ; j'étais présente en observation »
        if verb is not None and after_my_placement(s.norm):
            verb = None  # « Il est revenu en juillet, après la fin de mon stage »: not me
        if verb is not None:
            k, again = verb
            # « nous nous retrouverons le 4 mai »: the verb itself is in the future.
            status = "planned" if future_at(toks, k) else "not-held" if _negated(toks, k) \
                else status_of(toks, k, k)
            lo = k
            while lo > 0 and k - lo < 4 and (toks[lo - 1].kind != "punct"
                                              or toks[lo - 1].text == "'"):
                lo -= 1
            lo += toks[lo].word in {"que", "qu"}  # « (M. J.,) que j'ai reçu »
            first_date = (dates[0][0], dates[0][2], dates[0][3]) if dates else None
            base = _Candidate(toks[k].index, page=toks[k].page, table=table, status=status,
                              words=label_words(s, toks, lo, k, first_date, wide=status != "held"))
            series = times_series(toks)
            if len(series) >= 2 and status == "held":
                # « reçu une première fois en mars, puis une deuxième fois début avril et
                # enfin une dernière fois fin avril »: one meeting each.
                for j, rank in series:
                    out.append(replace(base, rank=rank, order=toks[j].index,
                                       words=short(s.text[toks[max(0, j - 1)].start:], 6)))
            elif dates:
                # « Mme H. a rencontré sa conseillère les 3 et 17 mars ; de mon côté, je
                # l'ai reçue le 10 mars puis le 31 mars »: the verb's own dates, after the
                # clause that ends the other one's.
                after_verb = [d for d in dates if d[0] > k]
                chain = date_chain(toks, after_verb if after_verb and any(
                    t.text == ";" for t in toks[dates[0][0]:k]) else dates)
                for d in chain:
                    # « reçu pour la première fois le 6 mai »: its rank as well
                    out.append(replace(base, date=d, rank=times_rank(toks)
                                       if len(chain) == 1 else None,
                                       words=base.words if len(chain) == 1 else
                                       f"{label_words(s, toks, lo, k)}, {d[0]:02d}/{d[1]:02d}"))
            elif (rank := times_rank(toks)) is not None:
                out.append(replace(base, rank=rank))
            elif any(a.word in {"derniere", "ultime"} and b.word == "fois"
                     for a, b in zip(toks, toks[1:], strict=False)):
                # « Nous nous revoyons une dernière fois début mars »: the indefinite
                # article brings a new meeting; « la dernière fois » points at one told.
                fresh = any(p.word == "une" and a.word in {"derniere", "ultime"}
                            and b.word == "fois"
                            for p, a, b in zip(toks, toks[1:], toks[2:], strict=False))
                out.append(replace(base, kind="again" if fresh and again else "last"))
            else:
                out.append(replace(base, kind="again" if again else "weak", told=True))
        elif (times_that := nth_time_that(toks)) is not None:
            k, rank = times_that
            out.append(_Candidate(toks[k].index, page=toks[k].page, rank=rank, table=table,
                                  status=status_of(toks, k, k),
                                  words=short(s.text.strip(), 8)))
        elif dates and (s.heading or date_led(toks, dates)) and table is None \
                and not theirs and not group_told(toks) and not grouped \
                and not without_person(toks) \
                and not any(prepares_ours(toks, m) for m in mentions) \
                and not period(toks, dates[0][0]) \
                and not (table is None and not s.heading and apart([t.word for t in toks])) \
                and (event := line_event(s, toks, dates[0][0])) != "other":
            k, d = dates[0][0], dates[0][1]
            clause = main_clause(toks)
            future = future_told(clause)
            status = "planned" if future else event if event != "meeting" \
                else status_of(toks, k, k)
            out.append(_Candidate(toks[k].index, page=toks[k].page, date=d,
                                  kind="dated-heading", status=status,
                                  words=short(s.text.lstrip("-–•*▪ ")), bare=s.heading))
    if not out and dates and table is None and _together(toks) and not period(toks, dates[0][0]):
        # « Il reprend contact le 18 novembre et nous faisons ensemble son inscription »:
        # a dated sentence that tells something the two of us did together.
        k, d = dates[0][0], dates[0][1]
        out.append(_Candidate(toks[k].index, page=toks[k].page, date=d, kind="dated-heading",
                              status="planned" if future_told(main_clause(toks)) else "held",
                              words=short(s.text.strip()), doubt="ensemble"))
    return out, announced


# A count of meetings that states a norm, not what was held: « les trois entretiens
# requis / demandés », « on recommande de mener au moins trois entretiens », « le RE
# demande a minima 3 rendez-vous » (devset, devset7b) — not « j'ai mené au moins trois
# entretiens »: « au moins » is a norm only where the sentence says who asks for it.
_AT_LEAST = frozenset({"moins", "minima", "minimum"})
_NORM_AFTER = frozenset({"requis", "demandes", "exiges", "obligatoires", "attendus",
                         "minimaux", "recommandes", "imposes"})
_ASKS = ("recommand", "demand", "exig", "impos", "requi", "doit", "doiv", "faut", "prevoi",
         "referentiel")


def _a_norm(toks: Sequence[Token], num: Token, last: int) -> bool:
    k = next(i for i, t in enumerate(toks) if t is num)
    after = [t.word for t in toks[last + 1:last + 3]]
    if any(w in _NORM_AFTER for w in after):
        return True
    at_least = any(t.word in _AT_LEAST for t in toks[max(0, k - 2):k]) or any(
        w in _AT_LEAST for w in after)
    return at_least and any(t.word.startswith(_ASKS) or t.word == "re" for t in toks)
