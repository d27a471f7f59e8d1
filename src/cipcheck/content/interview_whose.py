"""Whose interview it is: the person's own job interview, a colleague's or a tutor's, one I
only watched, a workshop or a group session, a meeting about the person without her —
not one of our interviews.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cipcheck.content.interview_mentions import Mention, rank_of
from cipcheck.content.interview_words import (
    COLLEAGUES,
    GROUP,
    JOB_AFTER,
    JOB_BEFORE,
    MONTHS,
    OTHERS,
    PEOPLE,
    PERSON,
    POSSESSIVE_OTHER,
    SELF,
    US,
    main_clause,
    prev_words,
)
from cipcheck.reading import Token


def group_event(toks: Sequence[Token]) -> bool:
    """A cell that names a workshop, a meeting, a forum (« Atelier collectif ») — not
    « visite à domicile », nor « inscription à l'atelier numérique » (what came of it)."""
    return any(t.word in GROUP and not (t.word == "visite" and any(
        x.word == "domicile" for x in toks[k + 2:k + 4])) for k, t in enumerate(toks[:2]))


_TAKING_PART = ("particip", "assist", "anim", "coanim", "co-anim", "inscri")


def group_told(toks: Sequence[Token]) -> bool:
    """A group session is the event told: named at the head of the line, after its date
    or moment (« Jeudi 16 mai : atelier collectif… », « Le 6 mai, réunion de synthèse »),
    or with someone taking part in it (« elle a participé à l'atelier CV »); not a place
    or a subject of the meeting (« nous visitons ensemble l'atelier de retouche », « bilan
    de la visite », « nous préparons sa visite au GRETA »)."""
    if not any(t.word in GROUP for t in toks):
        return False
    if any(t.word.startswith(_TAKING_PART) for t in toks):
        return True
    head = next((j + 1 for j, t in enumerate(toks[:10]) if t.text in {",", ":", "–", "-", "."}),
                0)
    return any(t.word in GROUP for t in toks[head:head + 3]) or (
        not any(t.word in US for t in toks) and any(t.word in GROUP - {"visite"}
                                                     for t in toks))


def held_by_someone_else(toks: Sequence[Token], m: Mention) -> bool:
    """« ma collègue l'a reçue le 5 juillet pour un entretien de suivi »: a colleague is
    the subject, and neither I nor we are in the clause before the interview."""
    lo = m.first
    while lo > 0 and m.first - lo < 14 and toks[lo - 1].text not in {".", ";", "!", "?"}:
        lo -= 1
    before = [t.word for t in toks[lo:m.first]]
    if any(w in {"je", "j", "nous", "on", "avec", "moi"} for w in before):
        return False
    return any(w in COLLEAGUES and k > 0 and before[k - 1] in {
        "ma", "sa", "la", "le", "son", "une", "un", "notre", "mon", "l"}
        for k, w in enumerate(before))


_LED = ("men", "conduit", "realise", "assure", "anime")
_WATCHED_GAP = frozenset({"a", "aux", "au", "les", "des", "ses", "l", "la", "le", "un", "une",
                          "plusieurs", "quelques", "tous", "toutes", "d", "de"})
_OBSERVING = ("assist", "observ")


_DETS = frozenset({"ma", "sa", "la", "le", "son", "une", "un", "notre", "mon", "l", "leur"})
_FIRST_PERSON = frozenset({"je", "j", "nous", "on", "moi"})


def colleague_subject(toks: Sequence[Token], k: int) -> bool:
    """« Ma tutrice a reçu Mme D. le 6 mai, le 13 mai et le 20 mai », « son conseiller
    l'a vu le 4 mars »: the subject of the meeting verb at ``k`` is a colleague (with
    its determiner), and neither I nor we are in the clause before it."""
    lo = k
    while lo > 0 and k - lo < 10 and toks[lo - 1].text not in {".", ";", "!", "?", ":"}:
        lo -= 1
    before = [t.word for t in toks[lo:k] if t.text not in {"'", "’"}]
    if any(w in _FIRST_PERSON or w == "avec" for w in before):
        return False
    return any(w in COLLEAGUES and j > 0 and before[j - 1] in _DETS
               for j, w in enumerate(before))


# « L'entretien du 7 avril s'est tenu avec ma tutrice, sans moi », « …, en son absence »
_WITHOUT_AFTER = re.compile(r"\b(?:sans moi|en mon absence|en son absence|hors de sa presence)\b")


def _without_me_after(toks: Sequence[Token], m: Mention) -> bool:
    rest = []
    for t in toks[m.last + 1:m.last + 16]:
        if t.text in {".", ";", "!", "?"}:
            break
        rest.append(t.word)
    return bool(rest) and bool(_WITHOUT_AFTER.search(" ".join(rest)))


# « c'est ma tutrice qui a mené l'échange », « ma collègue a conduit l'entretien »
_WATCHING = ("observ", "assist", "ecout")


def watched_told_after(toks: Sequence[Token], m: Mention) -> bool:
    """« Lors du premier entretien, le 12 janvier, c'est ma tutrice qui a mené
    l'échange ; j'observais »: the rest of the sentence says a colleague led it, and I
    only watched (or did nothing it says)."""
    rest = [t for t in toks[m.last + 1:m.last + 30] if t.text not in {"'", "’"}]
    led = None
    for j, t in enumerate(rest):
        if t.word in COLLEAGUES and j and rest[j - 1].word in _DETS:
            tail = [x.word for x in rest[j + 1:j + 5]]
            v = next((i for i, w in enumerate(tail) if w.startswith(_LED)), None)
            if v is not None and not _FIRST_PERSON & set(tail[:v]):
                led = j + 1 + v
                break
    if led is None:
        return False
    after = [x.word for x in rest[led + 1:]]
    if "moi" in after[:4] or "relais" in after:
        return False  # « …a mené l'entretien avec moi », « puis j'ai pris le relais »
    mine = [i for i, w in enumerate(after) if w in {"je", "j"}]
    return all(any(w.startswith(_WATCHING) or w == "notes" for w in after[i + 1:i + 5])
               for i in mine)


def led_by_someone_else(toks: Sequence[Token], m: Mention) -> bool:
    """« les entretiens menés par ma tutrice », « aux entretiens de ma collègue », « j'ai
    assisté aux entretiens… », « j'ai observé les entretiens… »: I watched them."""
    after = [t.word for t in toks[m.last + 1:m.last + 8]]
    k = 0
    while k < len(after) and after[k] in {"de", "d", "suivi", "individuel", "individuels",
                                          "accueil", "diagnostic", "suivants", "suivantes",
                                          "ulterieurs", "autres", "d'apres"}:
        k += 1
    rest = after[k:]
    while rest[:1] and rest[0] in {"ont", "ete", "sont", "a", "avaient", "etaient", "furent"}:
        rest = rest[1:]  # « les autres entretiens ont été menés par ma tutrice »
    if rest[:1] and rest[0].startswith(_LED) and "par" in rest[1:2]:
        # (« mené par moi », « mené par la stagiaire » — the candidate writing of herself)
        return "moi" not in rest[2:3] and not SELF & set(rest[2:5])
    if after[:1] in (["de"], ["du"]) and len(after) > 2 and after[1] in {
            "ma", "mon", "la", "le", "sa", "son"} and after[2] in COLLEAGUES:
        return True
    lo = m.first
    while lo > 0 and m.first - lo < 8 and toks[lo - 1].text not in {".", ";", "!", "?"}:
        lo -= 1
    # The interview is what was watched (« assisté aux entretiens »), not the moment
    # something was noticed (« j'ai observé, lors de l'entretien, que… »).
    return any(toks[j].word.startswith(_OBSERVING) and all(
        t.word in _WATCHED_GAP or t.kind in {"number", "ordinal"} or t.text == "'"
        for t in toks[j + 1:m.first]) for j in range(lo, m.first))


_MINE = frozenset({"mon", "ma", "notre"})


_IN_GROUP = frozenset({"groupe", "groupes", "sous", "collectif", "collective", "collectifs",
                       "collectives", "atelier", "ateliers", "pairs"})


def _group_session(toks: Sequence[Token], m: Mention) -> bool:
    """« Séance 2, le 19 janvier : portefeuille de compétences en sous-groupes »: a
    session of a group (not « séance individuelle »)."""
    if not toks[m.first].word.startswith("seance"):
        return False
    words = [t.word for t in toks]
    return not any(w.startswith("individuel") for w in words) and bool(_IN_GROUP & set(words))


# « entretien chez elle / chez lui / chez Mme H. »: at the person's home, ours.
_AT_HOME = (["elle"], ["lui"], ["eux"], ["elles"], ["moi"], ["nous"], ["madame"],
            ["monsieur"])
# « entretien d'évaluation initiale / des besoins / de sa situation »: ours, assessing.
_ASSESSING = frozenset({"initiale", "intermediaire", "finale", "des", "de", "du"})


_TEMPLATES = frozenset({"trame", "trames", "grille", "grilles", "guide", "canevas", "modele",
                        "modeles", "fiche", "fiches", "support", "supports"})


_DESK = frozenset({"saisie", "saisir", "saisi", "archivage", "classement", "relecture"})


def not_ours(toks: Sequence[Token], m: Mention) -> bool:
    """A job interview, an interview with someone else, a collective session, one I
    only watched."""
    if held_by_someone_else(toks, m) or led_by_someone_else(toks, m) or _group_session(toks, m) \
            or watched_told_after(toks, m) or _without_me_after(toks, m):
        return True
    after = [t.word for t in toks[m.last + 1:m.last + 6]]
    if after[:3] and any(w in JOB_AFTER and not (k and after[k - 1] in _MINE)
                         and not (w == "evaluation" and after[k + 1:k + 2] != []
                                  and after[k + 1] in _ASSESSING)
                         for k, w in enumerate(after[:3])):
        # (not « dernier entretien pendant mon stage »: the placement is mine; nor
        # « l'entretien d'évaluation initiale »: our diagnostic)
        return True
    if "avec" in after[:2] and "tripartite" not in after[:2]:
        rest = after[after.index("avec") + 1:]
        # « avec ma tutrice »: mine, at my side in our meeting; « avec son employeur »,
        # « avec la tutrice »: the meeting is with someone else.
        if rest[:1] not in (["ma"], ["mon"], ["notre"]) and any(w in OTHERS | COLLEAGUES
                                                                for w in rest[:3]):
            return True
        # « un entretien avec la fleuriste », « avec le chef de rayon »: a person named by
        # a job is someone else; « avec elle », « avec Mme B. », « avec la bénéficiaire »
        # are the person accompanied.
        if len(rest) > 1 and rest[0] in {"la", "le", "l", "un", "une"} and \
                rest[1] not in PERSON | PEOPLE and rest[1].isalpha():
            return True
    if after[:1] == ["chez"] and after[1:2] not in _AT_HOME:
        return True  # « entretien chez Lidl » (not « cinquième entretien chez elle »)
    before = prev_words(toks, m.first, 4)
    # « une trame de premier entretien », « une grille d'entretien »: a document for one
    # (« la trame du premier entretien » may be the one held)
    lead = [w for w in before if toks[m.first - 1].kind != "ordinal" or w != before[0]]
    if len(lead) > 1 and (lead[0] in {"de", "d"} and lead[1] in _TEMPLATES
                          or lead[0] in {"des", "de", "d", "du", "les"} and lead[1] in _DESK):
        return True  # (« saisie des entr. de la semaine dans le logiciel »)
    # « son entretien », « ses entretiens », « son premier entretien ».
    if before and (before[0] in POSSESSIVE_OTHER
                   or (len(before) > 1 and toks[m.first - 1].kind == "ordinal"
                       and before[1] in POSSESSIVE_OTHER)):
        return True
    return any(w in JOB_BEFORE for w in before)


# What I do alone on a day of a logbook: « 8 mai : je recherche des offres pour elle »,
# « 15 mai : je rédige la synthèse » (not « je la reçois », « je prépare avec elle… »,
# « nous préparons… », « je complète son dossier ensemble »).
_SOLO = ("recherch", "cherch", "redig", "prepar", "envoi", "envoy", "contact", "transm",
         "ecri", "saisi", "consult", "reli", "relu", "complet", "rempli", "tap", "lis")
_HER_WORDS = frozenset({"elle", "lui", "eux", "elles", "mme", "m", "madame", "monsieur", "mr",
                        "mlle", "la", "le", "l"})
_TOGETHER = frozenset({"nous", "ensemble", "on"})
_DETERMINERS = frozenset({"son", "sa", "ses", "un", "une", "le", "la", "les", "des", "du",
                          "leur"})
_THINGS = frozenset({"cv", "courrier", "courriel", "mail", "mails", "message", "messages",
                     "sms", "texto", "candidature", "reponse", "attestation", "document",
                     "documents", "papiers", "lettre", "convocation", "justificatif",
                     "justificatifs", "photo", "photos", "colis", "fax"})


def solo_task(rest: Sequence[Token]) -> bool:
    """The dated line's first clause is mine alone: « je » + a verb of desk work, no
    object pronoun for her before it, not with her (« avec elle »), not « nous »."""
    words = [t.word for t in rest[:14] if t.text not in {"'", "’"}]
    if words[:1] not in (["je"], ["j"]) or len(words) < 2:
        return False
    k = 1
    while k < len(words) and words[k] in {"ne", "n", "me", "m", "y", "en", "ai", "avais"}:
        k += 1
    if k >= len(words):
        return False
    # « j'ai reçu son CV par la poste », « je reçois un courriel de sa part »: a thing
    # received at my desk, not the person.
    received = words[k].startswith(("recu", "recoi")) and len(words) > k + 2 \
        and words[k + 1] in _DETERMINERS and words[k + 2] in _THINGS
    if not (received or words[k].startswith(_SOLO)):
        return False
    with_her = any(w == "avec" and _HER_WORDS & set(words[i + 1:i + 3])
                   for i, w in enumerate(words))
    return not with_her and not _TOGETHER & set(words)


_ME_AWAY = re.compile(r"\bje (?:ne suis|n'etais|n'etait) pas (?:la|presente?)\b")


def me_away(norm: str) -> bool:
    """« Il passe à l'accueil déposer son CV, je ne suis pas là »: I was not there."""
    return bool(_ME_AWAY.search(norm))


# « sans Mme D. », « sans elle », « en son absence »: a meeting about the person.
WITHOUT = re.compile(r"\b(?:sans (?:mme|m|mr|monsieur|madame|mlle|elle|lui|la personne|le jeune"
                      r"|la jeune|le beneficiaire|la beneficiaire)\b|en son absence"
                      r"|hors de sa presence"
                      # « (avec l'encadrant, sans moi) »: a meeting I was not at
                      r"|sans moi\b|en mon absence)")


def without_person(toks: Sequence[Token]) -> bool:
    return bool(WITHOUT.search(" ".join(t.word for t in toks)))


_GROUP_TAIL = frozenset({"groupe", "collectif", "collective", "atelier", "ateliers",
                         "reunion", "forum", "information",
                         # met at an event or in passing (« je l'ai retrouvé au
                         # déjeuner-réseau des cadres », « vu juste dans le couloir »)
                         "dejeuner", "reseau", "soiree", "salon", "evenement", "couloir"})


def in_a_group(toks: Sequence[Token], k: int, dates: list[tuple[int, tuple[int, int], int, int]]
                ) -> bool:
    """The meeting verb is followed, before its dates, by a group session (« je l'ai
    retrouvée à chaque séance du groupe », « revue à l'atelier CV le 3 mai »): she was
    met in a group, not in an interview."""
    end = min(next((d[0] for d in dates if d[0] > k), len(toks)), k + 9)
    for t in toks[k + 1:end]:
        if t.kind == "punct" and t.text not in {"'", "’", "«", "»", "-"}:
            return False  # « elle est revenue avec une idée : la restauration collective »
        if t.word in _GROUP_TAIL:
            return True
    return False


def prepares_ours(toks: Sequence[Token], m: Mention) -> bool:
    """« Le 18 février, ma tutrice m'a aidée à préparer le troisième entretien »: a date
    spent preparing one of our interviews (ranked, « prochain », « suivant ») — without
    the person; « nous avons préparé son entretien d'embauche » is not this."""
    if not any(w in JOB_BEFORE for w in prev_words(toks, m.first, 4)):
        return False
    if any(t.word in JOB_AFTER | OTHERS for t in toks[m.last + 1:m.last + 4]):
        return False
    near = toks[max(0, m.first - 2):m.last + 2]
    return rank_of(toks, m) is not None or any(
        t.word in {"prochain", "prochaine", "suivant", "notre", "nos"} for t in near)


_NEGATIONS = frozenset({"pas", "jamais", "plus"})
_COMING = ("venu", "vien", "present", "rendu", "honor")


def did_not_come(toks: Sequence[Token]) -> bool:
    """The person did not come: « il n'est pas venu », « elle ne viendra pas », « ne
    s'est pas présentée », « pas venue, pas prévenu », « absente », « elle annule »
    (said in the main clause: « …, qu'elle a annulée ensuite » is about something else)."""
    words = [t.word for t in toks]
    for i, w in enumerate(words):
        if w in _NEGATIONS and (any(x.startswith(_COMING) for x in words[i + 1:i + 3])
                                or (i and words[i - 1].startswith(("vien", "viendr")))):
            return True
    clause = [t.word for t in main_clause(toks)]
    # « RDV 2 (21/01) : lapin », « visite à domicile, personne. »: a no-show in notes
    if any(w == "lapin" or w == "personne" and 0 < i < len(toks) - 1
           and toks[i - 1].text == "," and toks[i + 1].kind == "punct"
           for i, w in enumerate(words)):
        return True
    return any(w in {"absent", "absente", "absents", "absentes"}
               or w.startswith("annul") for w in clause) or any(
        a == "arret" and b == "maladie" for a, b in zip(clause, clause[1:], strict=False))


# The story goes on after the candidate left: « après la fin de mon stage », « mon stage
# était terminé », « j'étais partie », « après mon départ » (not « avant la fin de mon
# stage », nor « mon stage se termine la semaine prochaine » told in a meeting).
_AFTER_ME = re.compile(
    r"\b(?:apres la fin de (?:mon|ma) (?:stage|periode|immersion)"
    r"|(?:mon|ma) (?:stage|periode) (?:etait|s'etait|est|avait) (?:deja )?"
    r"(?:fini|finie|termine|terminee|acheve|achevee|clos|close)\b"
    r"|(?:mon|ma) (?:stage|periode) (?:se terminait|s'achevait|prenait fin)"
    r"|j.etais (?:alors |deja )?(?:partie?|plus la)|apres mon depart"
    r"|j.avais (?:deja )?(?:termine|fini|quitte) (?:mon|ma|la))")
# A diary entry that is the placement's end: « Dernier jour de mon stage », « Fin de mon
# stage », « Mon stage se termine ; je passe le relais ».
_MY_END = re.compile(
    r"\b(?:fin de (?:mon|ma) (?:stage|periode)|dernier jour de (?:mon|ma) (?:stage|periode)"
    r"|^\W*(?:c.est )?ma derniere semaine\b"
    r"|(?:mon|ma) (?:stage|periode) (?:se termine|s'acheve|prend fin))")


def after_my_placement(norm: str) -> bool:
    return bool(_AFTER_ME.search(norm))


def placement_ends(norm: str) -> bool:
    """An entry (``norm``: its text after the date) that is the placement's end, or
    after it: not a meeting of its own."""
    return bool(_MY_END.match(norm.lstrip(" .:;,–—-"))) or after_my_placement(norm)


def after_the_date(s_norm: str, toks: Sequence[Token], k: int) -> str:
    """The text of an entry after its leading date (« Vendredi 20 juin : dernier jour… »
    → « dernier jour… »)."""
    j = k + 1
    while j < len(toks) and (toks[j].kind in {"punct", "number"} or toks[j].word in MONTHS
                             or toks[j].word in {"er"}):
        j += 1
    return s_norm[toks[j].start:] if j < len(toks) else ""


# Told at a distance, heading its sentence: « Appel de sa part : … », « SMS de M. K. »,
# « Message sur mon répondeur », « Un courriel de Mme S. ».
_DISTANCE_HEADS = frozenset({"appel", "appels", "message", "messages", "sms", "mail", "mails",
                            "courriel", "courriels", "texto", "textos", "repondeur", "mot",
                            "lettre", "rappel", "coup", "e-mail", "email", "tel", "relance",
                            # « 07/01 : courrier de convocation pour le 14/01 », « Réponse
                            # le 09/01 : « D'accord pour le 15 » »
                            "courrier", "courriers", "convocation", "reponse"})


# « 11/02 : il appelle l'accueil », « elle m'envoie un SMS »: the person calls or writes.
_SHE_CALLS = ("appel", "rappel", "telephon", "ecri", "envoi", "envoy", "laiss", "repond")


# « Je lui envoie un courrier », « nous lui avons écrit », « j'adresse un mail »: I write
# to the person.
_I_WRITE = ("envoi", "envoy", "ecri", "adress")
_I_WE = frozenset({"je", "j", "nous", "on"})
_TO_HER = frozenset({"lui", "leur", "l", "ai", "avons", "a", "avions", "avais"})


def told_at_a_distance(toks: Sequence[Token]) -> bool:
    words = [t.word for t in toks[:3] if t.kind != "punct"]
    mine = [t.word for t in toks[:6] if t.kind != "punct"]
    if mine[:1] and mine[0] in _I_WE:
        k = 1
        while k < len(mine) and mine[k] in _TO_HER:
            k += 1
        if k < len(mine) and mine[k].startswith(_I_WRITE):
            return True
    if words[:1] in (["il"], ["elle"]) and len(words) > 1 and (
            words[1].startswith(_SHE_CALLS) or words[1] in {"m", "me", "nous"}
            and len(words) > 2 and words[2].startswith(_SHE_CALLS)):
        return True
    if words[:1] in (["un"], ["une"], ["le"], ["la"], ["l"]):
        words = words[1:]
    return bool(words) and words[0] in _DISTANCE_HEADS and not (
        words[0] == "coup" and words[1:2] != ["de"])
