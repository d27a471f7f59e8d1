"""Held or not: an interview planned (future, conditional, « prévu », « prochain »,
« Prochaines étapes »), wished, cancelled or missed, read around its noun, under its
heading, or in a section of what is to come.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cipcheck.content.interview_arranged import (
    arranged,
    arranged_list,
    aside_to,
    took_place,
)
from cipcheck.content.interview_mentions import find_mentions
from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.content.interview_whose import did_not_come, not_ours
from cipcheck.content.interview_words import (
    AFTER_WINDOW,
    BEFORE_WINDOW,
    CANCELLED,
    NOUN_HINT,
    SUBJECTS,
    US,
    dates_in,
    short,
)
from cipcheck.reading import Reading, Sentence, Token
from cipcheck.reading.tense import future_at, is_future_form, past_at

_NEXT_LABEL = frozenset({"prochain", "prochaine", "suite", "perspective", "perspectives",
                         "suites", "prevision", "previsions",
                         # « Date prévue : 5 mars 2026 – entretien de préparation… »
                         "prevue", "prevu", "prevues", "prevus"})
_UNKEPT = frozenset({"devions", "devait", "devais", "deviez", "devaient", "aurions",
                     "aurait", "aurais", "auraient", "devrions", "devrait"})


# Over the complexity limit (21 > 10): a listed exception, to split.
def status_of(toks: Sequence[Token], first: int, last: int) -> str:  # noqa: C901
    """held, planned (future, conditional, « prévu », « prochain ») or cancelled, read
    around the span [first, last] in its clause."""
    n = len(toks)
    if (said := _agenda_status(toks, last)) is not None:
        return said
    if _missed(toks, last) or _attempt_failed(toks, first) or _left_before(toks) \
            or _unanswered(toks, first, last) or _did_not_take_place(toks, last) \
            or _missed_later(toks, last):
        return "not-held"
    if _advice(toks, first) or _offered(toks, first):
        return "planned"
    if _called_off_before(toks, first):
        return "cancelled"  # « il annulait donc notre rendez-vous », « a annulé l'entretien »
    if (done := arranged(toks, first)) is not None:
        return done  # « pour fixer un premier rendez-vous », « pour annuler notre… »
    if arranged_list(toks, first):
        return "planned"  # « Nous avons convenu de deux choses : …, et un rendez-vous »
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
            t.word.startswith(("present", "venu", "vien")) for t in toks[lo:first]):
        return "not-held"  # « Il ne s'est pas présenté à l'atelier ni au rendez-vous »
    clause = [t.word for t in toks[lo:first]]
    if any(a in {"convenu", "prevu", "decide"} and b in {"de", "d"} and "comme" not in clause
           for a, b in zip(clause, clause[1:], strict=False)):
        return "planned"  # « Il avait été convenu de poursuivre … lors d'un deuxième entretien »
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
    # « sans que nous ayons de nouvel entretien », « sans qu'il y ait eu d'autre rendez-vous »
    wide = [t.word for t in toks[max(0, first - 9):first]]
    if any(a == "sans" and b in {"que", "qu"} for a, b in zip(wide, wide[1:], strict=False)) \
            and any(w in {"de", "d"} for w in near[-3:]):
        return "not-held"
    # « Un troisième entretien avec M. M. devait faire le point… »: its own verb, a plan
    # not kept.
    for j in range(last + 1, min(n, last + 10)):
        t = toks[j]
        if t.text == "." and len(toks[j - 1].text) <= 3 and toks[j - 1].text[:1].isupper():
            continue  # « M. M. », « Mme B. »: an initial, not the end of the sentence
        if t.text in {".", ";", ":", "!", "?"} or t.word in {"qu", "que", "qui", "mais"}:
            break
        if t.word in _UNKEPT or (t.word in {"eut", "eussent"} and j + 1 < n
                                 and toks[j + 1].word == "du"):
            return "not-held"  # (« Un troisième entretien eût dû avoir lieu le 6 février »)
        if t.word in {"avait", "avaient", "a", "ont"} and [x.word for x in toks[j + 1:j + 3]] \
                in (["ete", "evoque"], ["ete", "evoquee"], ["ete", "envisage"],
                    ["ete", "envisagee"]):
            return "planned"  # « Une quatrième rencontre avait été évoquée pour … »
        if t.kind == "word" and past_at(toks, j):
            break
    colon = next((j for j in range(first - 1, -1, -1) if toks[j].text == ":"), None)
    if colon is not None and any(t.word in _NEXT_LABEL for t in toks[:colon]):
        return "planned"  # « Prochaine étape : un troisième entretien le 4 mai »
    if [t.word for t in toks[last + 1:last + 3]] in (["pris", "pour"], ["pris", "le"],
                                                      ["pris", "au"]):
        return "planned"  # « Rendez-vous pris pour le 31 mars »
    if last + 1 < n and toks[last + 1].word in {"pose", "posee"} and (
            last + 2 == n or toks[last + 2].kind == "punct"
            or toks[last + 2].word in {"pour", "le", "au", "a"}):
        return "planned"  # « 2e RDV posé », « rendez-vous posé au 3 mars »: arranged
    # After the noun: its verb (« aura lieu », « est prévu », « a eu lieu », « portera »).
    for j in range(last + 1, min(n, last + 1 + AFTER_WINDOW)):
        t = toks[j]
        if t.text in {".", ";", "?", "!"} or t.word in {"mais", "qu", "que"}:
            break
        if t.word.startswith((*CANCELLED[:2], "decal", "deplac")):
            if _called_off([x.word for x in toks[j:j + 3]], 0):
                return "cancelled"
            continue  # « (reporté du 2 mars) »: held on its new date
        if past_at(toks, j):
            break
        # « l'entretien prévu le 3 mai », « est prévu », not « je lui ai proposé » (a
        # proposal made during it).
        if future_at(toks, j) and (not _is_planning_participle(t) or j - last <= 2 or
                                   toks[j - 1].word in {"est", "sont", "etait", "ete", "sera"}
                                   or toks[j - 1].text in {"(", ":", "–", "—", "-", "→", "="}):
            return "planned"
    # Before it: « nous nous reverrons pour un troisième entretien », « avons prévu un… ».
    for j in range(first - 1, max(-1, first - 1 - BEFORE_WINDOW), -1):
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
        if t.word.startswith("report") and not _called_off([x.word for x in toks[j:j + 2]], 0):
            continue  # « (reporté du 2 mars) »: moved from, held on its new date
        if t.kind == "word" and future_at(toks, j) and not _is_planning_participle(t):
            return "planned"
    if cancelled(toks, last):
        return "cancelled"
    return "held"


def _agenda_status(toks: Sequence[Token], last: int) -> str | None:
    """« Objet : Entretien M. R. – Début : lun. 23/02/2026 10:00 – … – Statut : Annulé »:
    a line of an agenda export says what became of the meeting (after it, on its line)."""
    for j in range(max(0, last + 1), min(len(toks) - 2, last + 48)):
        t = toks[j]
        if t.word == "statut" and toks[j + 1].text == ":":
            w = toks[j + 2].word
            if w.startswith(("annul", "refus", "decline")):
                return "cancelled"
            if w.startswith(("provisoire", "propos", "en attente", "attente")):
                return "planned"
    return None


# « le rendez-vous manqué du 5 février », « RDV raté », « l'entretien oublié »: not held.
_MISSED = frozenset({"manque", "manquee", "manques", "rate", "ratee", "rates", "oublie",
                     "oubliee", "oublies"})


_OFF_STEMS = ("annul", "report", "decal", "deplac")


def _called_off(words: Sequence[str], i: int) -> bool:
    """« annulé », « reporté » at ``i`` — not « reporté du 2 mars » / « reporté de
    vendredi », said of the one held on its new date (moved from, not called off)."""
    w = words[i]
    if not w.startswith(_OFF_STEMS):
        return False
    if w.startswith("annul"):
        return True
    if w.startswith(("decal", "deplac")):
        # « décalé au 10 février » (not « décalé d'une semaine », « déplacé à l'agence »)
        # (or after an aside: « décalé, sa fille étant malade, au 20 juin »)
        k = i + 1
        if words[k:k + 1] == [","]:
            k = next((j + 1 for j in range(k + 1, min(len(words), k + 9))
                      if words[j] == ","), k)
        return words[k:k + 1] in (["au"], ["a"]) and words[k + 1:k + 2] != [] \
            and words[k + 1][:1].isdigit()
    return w.startswith("report") and (i + 1 >= len(words)
                                       or words[i + 1] not in {"du", "de", "d"})


# « nous avons tenté un entretien en visio : la connexion n'a jamais fonctionné »: tried,
# and it failed.
_TRIED = ("tente", "essaye", "essaie", "voulu")
_TRIED_HEADS = frozenset(w[:4] for w in _TRIED)
_FAILED = frozenset({"jamais", "echec", "echoue", "impossible", "vain", "succes", "coupe",
                     "coupee", "fonctionne", "marche"})


# What the attempt was: to talk, to meet, to connect (« essayé de nous parler en visio »).
_TRIED_TO = frozenset({"parler", "voir", "revoir", "joindre", "connecter", "appeler",
                       "echanger", "rencontrer", "entretenir", "visio", "appel", "entretien",
                       "rendez", "rdv", "echange"})


def _attempt_failed(toks: Sequence[Token], first: int) -> bool:
    """The meeting at ``first`` is the object of an attempt (« nous avons tenté un
    entretien en visio »), or the sentence tells an attempt to meet or talk (« Pour le
    troisième rendez-vous, … nous avons essayé de nous parler en visio »), that the
    sentence says failed (« n'a jamais fonctionné », « l'appel a coupé », « sans avoir pu
    parler », « en vain »)."""
    if not any(t.word[:4] in _TRIED_HEADS for t in toks):
        return False  # (most sentences: a glance, the reader's time budget)
    before = [t.word for t in toks[max(0, first - 4):first]]
    tried = next((j for j, t in enumerate(toks) if t.word.startswith(_TRIED) and any(
        x.word in _TRIED_TO for x in toks[j + 1:j + 5])), None)
    if not any(w.startswith(_TRIED) for w in before) and tried is None:
        return False
    words = [t.word for t in toks[min(first, tried if tried is not None else first):]]
    return any(w in _FAILED for w in words) or any(
        a == "pas" and b == "pu" for a, b in zip(words, words[1:], strict=False)) or any(
        a == "sans" and b in {"avoir", "pouvoir", "succes"} for a, b in zip(words, words[1:],
                                                                          strict=False))


def _left_before(toks: Sequence[Token]) -> bool:
    """« il est venu jusqu'au hall, … et est reparti avant que je descende », « elle est
    repartie sans m'attendre »: the person left before the meeting."""
    words = [t.word for t in toks]
    for i, w in enumerate(words):
        if w.startswith("reparti") and (
                words[i + 1:i + 4] in (["avant", "que", "je"], ["avant", "qu", "'"])
                or (words[i + 1:i + 2] == ["sans"] and any(
                    x in {"me", "m", "attendre", "que"} for x in words[i + 2:i + 4]))):
            return True
    return False


# « Axe : proposer d'emblée un lieu neutre, ou un premier contact par téléphone »: advice,
# a clause led by an infinitive of what to do.
_ADVICE_VERBS = frozenset({"proposer", "prevoir", "organiser", "envisager", "privilegier",
                           "favoriser", "planifier", "programmer", "fixer", "tenter",
                           "essayer", "multiplier", "espacer", "raccourcir", "offrir",
                           "mener", "conduire", "commencer", "demander", "caler",
                           "instaurer", "systematiser"})


def _advice(toks: Sequence[Token], first: int) -> bool:
    lo = first
    while lo > 0 and toks[lo - 1].text not in {":", ".", ";", "!", "?", "•", "–", "-"}:
        lo -= 1
    return lo < first and toks[lo].word in _ADVICE_VERBS


_NO_ANSWER = frozenset({"messagerie", "repondeur", "injoignable", "injoignables"})


def _unanswered(toks: Sequence[Token], first: int, last: int) -> bool:
    """« nouvel appel sans réponse », « je l'ai appelée : messagerie », « restés sans
    réponse »: a call nobody answered, in the clause of the noun."""
    lo = max(0, first - 3)
    window = [t.word for t in toks[lo:last + 8]]
    stop = next((i for i, t in enumerate(toks[lo:last + 8]) if i > first - lo
                 and t.text in {".", ";", "!", "?"}), len(window))
    window = window[:stop]
    return any(w in _NO_ANSWER for w in window) or any(
        a == "sans" and b == "reponse" for a, b in zip(window, window[1:], strict=False))


_OBJECT_GAP = frozenset({"donc", "alors", "aussi", "le", "la", "l", "les", "notre", "nos",
                         "son", "sa", "ses", "mon", "ma", "ce", "cet", "cette", "un", "une",
                         "'"})


def _called_off_before(toks: Sequence[Token], first: int) -> bool:
    """The noun is the object of « annuler » (« il annulait donc notre rendez-vous »), with
    nothing but its determiners, an ordinal or an adverb between."""
    j = first - 1
    while j >= 0 and first - j <= 4 and (toks[j].word in _OBJECT_GAP
                                         or toks[j].kind == "ordinal"):
        j -= 1
    return j >= 0 and j < first - 1 and toks[j].word.startswith("annul")


def _offered(toks: Sequence[Token], first: int) -> bool:
    """« en lui proposant un entretien par téléphone », « je lui ai proposé un rendez-vous »:
    an interview offered (its answer is told elsewhere)."""
    before = [t.word for t in toks[max(0, first - 3):first]]
    return any(w.startswith("propos") for w in before) and any(
        w in {"un", "une", "de", "d"} for w in before[-2:])


def _did_not_take_place(toks: Sequence[Token], last: int) -> bool:
    """« le troisième entretien, prévu le 18 février, n'a pas eu lieu », « …, fixé au 3 mars,
    n'a jamais eu lieu »: the noun's own verb, after a plan told in apposition, says it did
    not happen — not held (the report said « à venir » for a meeting in the past)."""
    words: list[str] = []
    for t in toks[last + 1:last + 1 + AFTER_WINDOW + 8]:
        if t.text in {".", ";", "?", "!"} or t.word in {"mais", "qu", "que", "qui"}:
            break
        words.append(t.word)
    return any(words[i:i + 3] in (["pas", "eu", "lieu"], ["jamais", "eu", "lieu"])
               or words[i:i + 4] == ["pas", "pu", "avoir", "lieu"]
               for i in range(len(words)))


def _missed(toks: Sequence[Token], last: int) -> bool:
    """« rendez-vous manqué », « RDV non honoré », « entretien raté »: the word right
    after the noun says it did not take place."""
    if last + 1 >= len(toks):
        return False
    w = toks[last + 1].word
    return w in _MISSED or (w == "non" and last + 2 < len(toks)
                            and toks[last + 2].word.startswith("honore"))


def future_told(toks: Sequence[Token]) -> bool:
    """The clause is told in the future or as a plan — not « nous avons signé le contrat
    et fixé le rythme des rendez-vous », where the participle of planning follows a past
    auxiliary: what was done."""
    return any(future_at(toks, j) and not _settled(toks, j) for j in range(len(toks)))


def _settled(toks: Sequence[Token], j: int) -> bool:
    """« (nous avons signé le contrat et) fixé le rythme », « convenu des objectifs »:
    something settled, after a past auxiliary — not « nous avions prévu une visio », nor
    « nous avons fixé un rendez-vous » (a meeting to come)."""
    t = toks[j]
    if not t.word.startswith(("fixe", "cale", "convenu", "propose", "etabli")) \
            or not any(past_at(toks, i) for i in range(j)):
        return False
    obj = next((x.word for x in toks[j + 1:j + 6] if x.word not in _OBJECT_LEAD
                and x.text != "'"), "")
    return not (NOUN_HINT.match(obj) or obj in {"date", "dates", "rdv"})


_OBJECT_LEAD = frozenset({"un", "une", "le", "la", "les", "l", "d", "de", "des", "du",
                          "nouvel", "nouveau", "nouvelle", "prochain", "prochaine", "autre",
                          "second", "seconde", "deuxieme", "troisieme", "dernier", "ensemble"})


def _is_planning_participle(t: Token) -> bool:
    return t.word.startswith(("prevu", "programm", "planifi", "fixe", "envisag", "cale",
                              "convenu", "propose"))


_AUXILIARIES = frozenset({"ete", "est", "a", "ont", "sont", "fut", "etait"})


_WEEKDAYS_CUT = frozenset({"lun", "mar", "mer", "jeu", "ven", "sam", "dim"})


def _after(toks: Sequence[Token], last: int) -> list[str]:
    """The words after ``last`` up to the end of its clause (23 at most)."""
    window = []
    for j in range(last + 1, min(len(toks), last + 24)):
        t = toks[j]
        if t.text == "." and (len(toks[j - 1].text) <= 3 and toks[j - 1].text[:1].isupper()
                              or toks[j - 1].word in _WEEKDAYS_CUT):
            continue  # « Mme Z. ne vient pas »: an initial; « RDV 2 (mer. 21/01) »
        if t.text in {".", ";", "!", "?"} or t.word == "mais" or (
                t.word == "puis" and not _date_follows(toks, j)):
            break
        if t.text in {"(", ")", "/"}:
            continue  # « RDV 3 (mer. 28/01) : annulé »: the date set off, not words
        window.append(t.word)
    return window


def _date_follows(toks: Sequence[Token], j: int) -> bool:
    """« fixés au 2 février puis au 16 février »: « puis » goes on with a list of dates,
    not with a clause of its own."""
    nxt = [t.text for t in toks[j + 1:j + 3]]
    return len(nxt) == 2 and nxt[0] in {"au", "le", "du"} and nxt[1][:1].isdigit()


def cancelled(toks: Sequence[Token], last: int) -> bool:
    """« … a été annulé », « … s'est pas présentée », « reporté »."""
    window = _after(toks, last)
    tail = window[15:]
    window = window[:15]
    # « Au rendez-vous suivant, prévu le 1er juin, il ne s'est pas présenté »
    # (and « 17/10 10h – M. F. absent, message laissé »)
    # (« RDV 2 (21/01) : lapin »: a no-show, in notes; « visite à domicile avec ma
    # tutrice, personne. »; « RDV du 28/01 – non honoré »)
    if any(_called_off(window, i) for i in range(min(8, len(window)))) or any(
            w in {"absent", "absente", "absents", "lapin"} for w in window[:10]) \
            or window[-2:] == [",", "personne"] or any(
            a == "non" and b.startswith(("honore", "tenu", "realise", "effectue"))
            for a, b in zip(window[:10], window[1:11], strict=False)):
        return True
    # « L'entretien de suivi prévu le 5 mai a été annulé », « Le rendez-vous suivant,
    # fixé au 4 mai, a été reporté par la structure »: the clause's own verb, further on
    # (up to the next subject, which would start another clause).
    # « Le rendez-vous que nous avions fixé au 7 avril a été annulé »: a relative clause
    # right after the noun is the noun's, its subject does not start another clause.
    relative = any(w in {"que", "qu", "qui"} for w in window[:2])
    if _resumed_undone(window):
        return True
    for i, w in enumerate(window):
        if (w in SUBJECTS or w in {"qu", "que", "qui"}) and not (relative and i < 4):
            break
        if _called_off(window + tail, i) and i and window[i - 1] in _AUXILIARIES:
            return True
    if relative:
        longer = window + tail
        if any(_called_off(longer, i) and longer[i - 1] in _AUXILIARIES
               for i, w in enumerate(longer[15:], 15)):
            return True
    neg = next((w for w in ("pas", "jamais") if w in window), None)
    return replaced_by_writing(window) or neg is not None and not came_otherwise(window) and (
        any(w.startswith(("present", "venu", "vien")) or w == "lieu"
            for w in window[max(0, window.index(neg) - 1):])
        # (after a long subject, the verb may fall beyond the window: « Les rendez-vous
        # suivants, fixés au 2 février puis au 16 février, n'ont pas été honorés »)
        or _not_taken_place([*window, *tail], neg))


# « a été manqué », « ont été oubliés »: the meeting missed, in the passive (not « a été
# raté », said of one held that went badly).
_MISSED_PASSIVE = frozenset({"manque", "manquee", "manques", "manquees", "oublie", "oubliee",
                             "oublies", "oubliees"})
# The verb of the one who called it off, after the noun set apart by a comma: « Le
# rendez-vous du 25 février avec moi, il l'a annulé », « …, elle l'a manqué ».
_RESUMED_BY = frozenset({"il", "elle", "on", "nous", "je", "j"})
_RESUMED_AUX = frozenset({"a", "avons", "ai", "avait", "avions", "avais"})


def _missed_later(toks: Sequence[Token], last: int) -> bool:
    """« Le rendez-vous du 6 février a été manqué », « Les rendez-vous du 5 et du 19
    février ont été manqués »: the noun's own verb, in the passive, up to the next
    subject, says the meeting was missed."""
    window = _after(toks, last)
    for i, w in enumerate(window):
        if w in SUBJECTS or w in {"qu", "que", "qui"}:
            return False
        if w in _MISSED_PASSIVE and i and window[i - 1] == "ete":
            return True
    return False


def _resumed_undone(window: Sequence[str]) -> bool:
    """The noun set apart then taken up by « l' » (a left dislocation: « Le rendez-vous
    du 25 février avec moi, il l'a annulé »): the clause's verb is the noun's, and it says
    the meeting was called off or missed. Only when no verb stands between the noun and
    the comma (not « L'entretien du 3 mars a eu lieu, elle l'a trouvé utile »)."""
    for i, w in enumerate(window[:12]):
        if w in _AUXILIARIES or w in {"s", "se"}:
            return False
        if w != "," or window[i + 1:i + 2] == [] or window[i + 1] not in _RESUMED_BY:
            continue
        rest = [x for x in window[i + 2:i + 7] if x != "'"]
        return len(rest) >= 3 and rest[0] == "l" and rest[1] in _RESUMED_AUX and (
            _called_off(rest, 2) or rest[2] in _MISSED)
    return False


_WRITING = frozenset({"courriel", "courriels", "mail", "mails", "e-mail", "e-mails", "sms",
                      "texto", "textos", "message", "messages", "ecrit", "ecrits", "lettre"})


def replaced_by_writing(words: Sequence[str]) -> bool:
    """« (Le troisième, le 12 février,) a été remplacé par un échange de courriels »: no
    meeting (not « remplacé par un entretien téléphonique »: held at a distance)."""
    return any(w.startswith("remplac") and "par" in words[i + 1:i + 6]
               and _WRITING & set(words[i + 2:i + 10]) for i, w in enumerate(words))


_HOW_SHE_CAME = frozenset({"seul", "seule", "seuls", "seules", "avec", "les", "sans"})


def came_otherwise(words: Sequence[str]) -> bool:
    """« elle n'est pas venue seule / avec son CV / les mains vides »: she came, and the
    negation is about how."""
    return any(w.startswith("venu") and words[i + 1:i + 2] != [] and words[i + 1] in _HOW_SHE_CAME
               for i, w in enumerate(words))


# « ne s'est pas tenu », « n'a pas pu se tenir / se faire », « ne s'est pas déroulé
# comme prévu »: the meeting's own verb of taking place, negated.
_TAKE_PLACE = frozenset({"tenu", "tenue", "tenus", "tenues", "tenir", "deroule", "deroulee",
                         "deroules", "deroulees", "derouler",
                         # « n'a pas été honoré », « n'ont pas été honorés »
                         "honore", "honoree", "honores", "honorees",
                         # « n'a pas pu être fixé / organisé / programmé avant la fin de
                         # mon stage »: never set, never held
                         "fixe", "fixee", "organise", "organisee", "programme",
                         "programmee", "planifie", "planifiee", "cale", "calee"})
_HAPPEN_REFLEXIVE = frozenset({"fait", "faite", "faire"})


def _not_taken_place(window: Sequence[str], neg: str = "pas") -> bool:
    k = window.index(neg)
    after = window[k + 1:k + 5]
    reflexive = "s" in window[max(0, k - 3):k] or "se" in after
    return any(w in _TAKE_PLACE or (reflexive and w in _HAPPEN_REFLEXIVE) for w in after)


_TAKES_PLACE = ("aur", "porter", "ser", "permettr", "tiendr", "deroul", "consacr", "prevu",
                "programm", "planifi", "a")  # "a": « à venir »
_PLAN_OPENERS = frozenset({"prevu", "prevue", "programme", "programmee", "planifie",
                           "planifiee", "envisage", "envisagee", "fixe", "fixee"})


# A heading over what is still to come: « Prochaines étapes », « Perspectives », « À
# venir », « Ce qui est programmé », « Suite prévue ».
_AHEAD = re.compile(r"\b(?:prochaine?s?|perspectives?|a venir|programmee?s?|prevue?s?"
                    r"|planifiee?s?|envisagee?s?)\b")


def plans_in_sections(view: Reading, cands: list[_Candidate]) -> None:
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


# The writer says the event is no interview: « Une rencontre informelle au marché ne
# constitue pas un entretien », « je ne le compte pas comme entretien », « une information
# collective qui n'en est pas un » — not « ce n'est pas un entretien comme les autres ».
_DENIED = re.compile(
    r"\bn(?:e |')\s*(?:constitu\w+|est|etait|compte|comptait|represente|vaut)\s+pas"
    r"\s+(?:comme\s+)?(?:un |une |d'|de )?(?:vrai |veritable )?(?:entretien|rendez-vous"
    r"|rdv|rencontre)s?(?:\s+(?:individuels?|a proprement parler|au sens\b[^.;]*))?"
    # (« ce n'était pas un entretien avec M. D. : », « …avec lui »)
    r"(?:\s+avec\s+(?:lui|elle|eux|(?:m|mme|mr|mlle|monsieur|madame)\b\.?(?:\s*\w+\.?)?))?"
    r"\s*(?:[.;:,)]|$)"
    r"|\bqui n'en (?:est|etait) pas une?\b"
    r"|\bne (?:le|la|les|l') (?:compte|retiens|comptabilise)\s+pas\b")
# A section of what the writer sets apart: « Éléments non comptés », « Hors décompte ».
_SET_APART = re.compile(r"\b(?:non (?:comptee?s?|retenue?s?|comptabilisee?s?)|hors (?:decompte"
                        r"|comptage)|pas comptee?s?)\b")


_OPENS = 12  # a denial that opens its sentence (« Ce n'était pas un entretien… »)


def denied(view: Reading, cands: list[_Candidate]) -> None:
    """Events the writer says are no interview, in their own sentence or by the heading
    of the section that lists them: not held (listed)."""
    # the sentences set apart, each up to where it says so (« Le 5 février, il a passé
    # une journée chez l'ébéniste : ce n'est pas un entretien, mais … au quatrième
    # entretien, le 12 février » denies what comes before, not the fourth)
    apart: dict[int, int] = {}
    inside = False
    prev: Sentence | None = None
    for s in view.sentences:
        if s.heading:
            title = s.norm.split("\n")[0]
            inside = len(title) <= 60 and bool(_SET_APART.search(title))
        if inside:
            apart[s.index] = len(s.norm)
        elif ("pas" in s.norm or "n'en" in s.norm) and (m := _DENIED.search(s.norm)):
            apart[s.index] = m.end()  # (the noun it denies too)
            if m.start() <= _OPENS and prev is not None and prev.heading:
                # « # Analyse avec ma tutrice — 28 janvier ⏎ Ce n'était pas un entretien
                # avec M. D. : … »: the text under a dated heading denies its event.
                apart[prev.index] = len(prev.norm)
        prev = s
    if not apart:
        return
    for c in cands:
        if c.status == "held" and c.sentence in apart and c.order < len(view.tokens) \
                and view.tokens[c.order].sentence == c.sentence \
                and view.tokens[c.order].start < apart[c.sentence]:
            c.status = "not-held"


def plans_under_headings(view: Reading, cands: list[_Candidate]) -> None:
    """« # RDV n°3 » then « Prévu le 8/11 : simulation… », « # Entretien de clôture »
    then « Il est prévu le 24 mai… », « # Entretien 4 » then « Nous avons convenu de nous
    revoir après son premier mois. Il aura lieu le 12 mai. »: the heading names an
    interview not held yet. Read on the first sentences under it, up to one that tells
    what was done."""
    position = {s.index: i for i, s in enumerate(view.sentences)}
    for c in cands:
        if not c.bare or c.table is not None or c.status != "held":
            continue
        i = position.get(c.sentence)
        if i is None:
            continue
        for k, (toks, text) in enumerate(_under_heading(view, view.sentences[i:i + 4])):
            said = "not-held" if _no_show(toks) else _heading_says(toks, dated=c.date is not None)
            if said in {"cancelled", "planned", "not-held"}:
                c.status = said
                c.words = f"{c.words} : {short(text, 7)}"
            # (the first line under the heading, when it says nothing of its status, is
            # no reason to stop: « Gel — 20 janvier⏎Il devait venir le 20. Il n'est pas
            # venu… » — whether that line shares the heading's block, as in a pasted
            # note, or is the next paragraph, as under a Word heading style)
            if said != "plan-made" and not (k == 0 and said == "told"):
                break


def _no_show(toks: Sequence[Token]) -> bool:
    """« # RDV 3 — 5 février ⏎ Pas venue. », « Il n'est pas venu au rendez-vous prévu »,
    « Elle ne s'est pas présentée » (devset11a, devset11b; not « Il n'est pas venu seul :
    sa mère l'accompagnait »): the first words under the heading say it was not held."""
    words = " ".join(t.word for t in toks[:10])
    # (« Cet entretien a été annulé : … » is read in its own sentence, listed once)
    return did_not_come(toks[:6]) and not _CAME_WITH.search(words) and "annul" not in words


def _under_heading(view: Reading, sentences: Sequence[Sentence]
                   ) -> Iterator[tuple[Sequence[Token], str]]:
    """The first sentences under a heading (the first one may be read with the heading
    itself: « RDV 4 — 26 février⏎Annulé. »), up to the next heading or table."""
    head = sentences[0]
    cut = head.text.find("\n")
    if head.heading and cut >= 0:
        yield [t for t in view.tokens_of(head) if t.start > cut], head.text[cut + 1:]
    for nxt in sentences[1:]:
        if nxt.heading or nxt.in_table:
            return
        yield view.tokens_of(nxt), nxt.text


# « Nous avons convenu de nous revoir… », « nous avons décidé d'un troisième rendez-vous »:
# told in the past, what was settled is still to come.
_PLAN_MADE = frozenset({"convenu", "convenus", "convenues", "decide", "decides", "decidees",
                        "prevu", "prevus", "fixe", "fixes", "programme", "planifie", "cale",
                        "propose", "envisage"})


_CAME_WITH = re.compile(r"\bvenue?s? (?:seule?s?|avec|sans|accompagne)")


def _heading_says(toks: Sequence[Token], dated: bool) -> str:
    """What a sentence under an interview heading says of it: "cancelled" (« Annulé :
    Mme T. était malade »), "planned" (« Il portera sur… », « Nous nous retrouverons le 4
    mai… »), "plan-made" (a plan told in the past: read on), "told" (what was done, or
    it names an interview of its own), or "none"."""
    head = toks[:6]
    if not head:
        return "none"
    mentions = find_mentions(toks) if NOUN_HINT.search(" ".join(t.word for t in toks)) else []
    this = next((m for m in mentions if m.first <= 1 and head[0].word in {"cet", "ce"}), None)
    if this is not None and not dated and status_of(toks, this.first, this.last) == "planned":
        # « # Entretien 3 ⏎ Cet entretien se tiendra le 3 juin »: the heading's date, to
        # come (under a dated heading, « Cet entretien sera consacré au bilan » may be
        # how the candidate tells the one held).
        return "planned"
    if any(not not_ours(toks, m) for m in mentions):
        return "told"  # « Cet entretien a été annulé » is read in its own sentence
    if head[0].word.startswith(("annul", "report")) or (
            head[0].word in {"il", "elle", "cet", "ce", "cette", "madame", "monsieur"}
            and cancelled(toks, 0)):
        return "cancelled"
    if dated:
        return "told"
    if any(past_at(head, j) for j in range(len(head))):
        # « Nous avons fixé les étapes » tells what was done in it; « nous avons convenu
        # de nous revoir » only a plan.
        return "plan-made" if any(t.word in _PLAN_MADE for t in head) else "told"
    planned = any(t.word in _PLAN_OPENERS for t in head[:4]) or any(
        t.word == "a" and u.word == "venir" for t, u in zip(head, head[1:], strict=False))
    if not planned and head[0].word in {"il", "elle"} and len(head) > 1 and (
            head[1].word in {"se", "s"} or [t.word for t in head[1:3]] == ["aura", "lieu"]):
        # « Elle se fera début juin », « Il aura lieu le 12 »: the meeting's own verb of
        # taking place, in the future (not « Elle sera embauchée en juin »).
        planned = any(future_at(head, j) for j in range(1, len(head)))
    if not planned and head[0].word in {"il", "cet", "ce", "cette"}:
        # « Il portera sur… », « Cet entretien aura lieu… »; not « Elle sera embauchée
        # en juin » (the person's future, told in a held interview).
        planned = any(future_at(head, j) and head[j].word.startswith(_TAKES_PLACE)
                      for j in range(len(head)))
    if not planned and head[0].word in {"nous", "on", "je", "j"}:
        # « Nous nous retrouverons le 4 mai… »: we, in the simple future (not « nous
        # allons revenir sur… », which candidates also write of what was done).
        planned = any(t.kind == "word" and is_future_form(t.word, t.text) for t in head[:5])
    return "planned" if planned else "none"


_MOVED = ("report", "decal", "deplac")


def moved_to(view: Reading, cands: list[_Candidate]) -> list[_Candidate]:
    """« Le rendez-vous du 4 juin a été reporté au 11 juin ; ce jour-là, nous avons
    finalisé… », « décalé au 20, où nous avons… »: the new date of a postponed meeting is
    a meeting when what follows tells the two of us there, in the past."""
    known = {c.date for c in cands if c.date is not None}
    out = list(cands)
    sentences = view.sentences
    for i, s in enumerate(sentences):
        if not any(m in s.norm for m in _MOVED):
            continue
        toks = view.tokens_of(s)
        for j, t in enumerate(toks[:-2]):
            if not t.word.startswith(_MOVED):
                continue
            # « reporté au 6 février », « reporté, son fils étant malade, au 6 février »
            to = aside_to(toks, j)
            if to is None:
                continue
            dates = [d for d in dates_in(s, toks) if to < d[0] <= to + 2] \
                or _day_alone(view, i, toks, to)
            if not dates or dates[0][1] in known:
                continue
            k, d = dates[0][0], dates[0][1]
            after = list(toks[k + 1:])
            nxt = sentences[i + 1] if i + 1 < len(sentences) else None
            # (the same paragraph, or a PDF line read as its own paragraph that goes on)
            if nxt is not None and (set(nxt.blocks) & set(s.blocks) or nxt.text[:1].islower()):
                after += view.tokens_of(nxt)
            if _us_there(after) or took_place(after):
                out.append(_Candidate(toks[k].index, page=toks[k].page, date=d,
                                      words=short(s.text[toks[j].start:], 6),
                                      sentence=s.index))
                known.add(d)
    return sorted(out, key=lambda c: c.order)


def _day_alone(view: Reading, i: int, toks: Sequence[Token], to: int
               ) -> list[tuple[int, tuple[int, int], int, int]]:
    """« devait avoir lieu le 28 ; il a été déplacé au 30 »: a day told without its
    month is in the month of the date told last before it (the next month when the day
    comes before that date's day)."""
    k = to + 1
    value = toks[k].value if k < len(toks) and toks[k].kind == "number" else None
    if value is None or not 1 <= value <= 31 or value != int(value) \
            or (k + 1 < len(toks) and toks[k + 1].word in _NOT_A_DAY):
        return []
    day = int(value)
    for s in reversed(view.sentences[max(0, i - 4):i + 1]):
        before = [d for d in dates_in(s, view.tokens_of(s))
                  if s.index != view.sentences[i].index or d[0] < k]
        if before:
            last = before[-1][1]
            month = last[1] if day >= last[0] else last[1] % 12 + 1
            return [(k, (day, month), toks[k].start, toks[k].end)]
    return []


# « reporté au 3 h », « au 30 %», « décalé au 15 du mois »: no day of a date.
_NOT_A_DAY = frozenset({"h", "heures", "heure", "min", "minutes", "ans", "an", "jours", "mois",
                        "semaines", "du", "e", "eme", "er", "%", "euros"})


def _us_there(toks: Sequence[Token]) -> bool:
    """The two of us, and no one missing, told as done (« ce jour-là, nous avons… ») or
    in the present of a story (« On le déplace au 22. Le 22, il est là, avec une photo
    qu'il me montre »), not as to come (« nous ferons le point »)."""
    near = toks[:24]
    return any(t.word in US for t in near) and not did_not_come(near) and (
        any(past_at(near, j) for j in range(len(near)))
        or not any(future_at(near, j) or t.word in _STILL_AHEAD for j, t in enumerate(near)))


# A plan in the present: « nous devons préparer », « il faudra », « prévu », « à venir ».
_STILL_AHEAD = frozenset({"devons", "doit", "dois", "devra", "devrons", "faudra", "prevu",
                          "prevue", "venir", "prochain", "prochaine", "si"})
