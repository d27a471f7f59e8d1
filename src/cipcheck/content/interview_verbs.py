"""Meetings told by their verb, without the noun (« je l'ai revue le 12 mai », « nous nous
sommes retrouvées », « elle est venue me voir le 2 puis le 16 février »), and the dates
joined to one another that each tell a meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cipcheck.content.interview_mentions import label_words, times_announced
from cipcheck.content.interview_status import status_of
from cipcheck.content.interview_timeline import Candidate as _Candidate
from cipcheck.content.interview_whose import colleague_subject
from cipcheck.content.interview_words import (
    AGAIN_STEMS,
    AGAIN_WORDS,
    COLLEAGUES,
    GROUP,
    MEET_STEMS,
    MONTHS,
    OTHERS,
    PERSON,
    SELF,
    SUBJECTS,
    VERB_HINT,
    WEEKDAYS,
    prev_words,
    short,
)
from cipcheck.reading import Reading, Sentence, Token
from cipcheck.reading.tense import future_at

# « le 6 mai, le 13 mai et le 20 mai », « …, puis le 20 mai »: the list's last date.
_LAST_OF_A_LIST = frozenset({"et", "puis", "ensuite", "enfin"})


def listed_meetings(s: Sentence, toks: Sequence[Token],
                     dates: list[tuple[int, tuple[int, int], int, int]],
                     table: int | None) -> list[_Candidate]:
    """« Je l'ai reçu le 6 janvier pour le premier entretien, le 20 janvier pour faire
    le point…, le 3 février pour préparer… »: a meeting verb, then dates each opening
    a clause of a list — one meeting a date."""
    if len(dates) < 2 or not VERB_HINT.search(s.norm):
        return []
    verb = meeting_verb(toks)
    if verb is None or future_at(toks, verb[0]) or status_of(toks, verb[0], verb[0]) != "held":
        return []
    k = verb[0]
    first_person = any(w in {"je", "j", "nous"} for w in prev_words(toks, k, 4))
    after = [d for d in dates if d[0] > k]
    listed = after[:1]
    for d in after[1:]:
        j = d[0]
        between = toks[listed[-1][0] + 1:j]
        joined = toks[j - 2].text == "," if j >= 2 else False
        if not joined and j >= 2 and toks[j - 2].word in _LAST_OF_A_LIST:
            # « …, le 13 mai et le 20 mai »: the list's last date — only when I met
            # (« je l'ai reçu »), not « elle l'a revue le 22 avril et le 6 mai ».
            joined = first_person
        if j < 2 or toks[j - 1].word not in {"le", "du"} or not joined \
                or len(between) > 14 or any(t.text in {".", ";", "!", "?"} for t in between):
            break
        listed.append(d)
    if len(listed) < 2 or listed[0][0] - k > 6:
        return []
    lo = k
    while lo > 0 and k - lo < 4 and (toks[lo - 1].kind != "punct" or toks[lo - 1].text == "'"):
        lo -= 1
    base = _Candidate(toks[k].index, page=toks[k].page, table=table,
                      words=label_words(s, toks, lo, k))
    return [replace(base, date=d, words=f"{base.words}, {s.text[a:b]}")
            for _, d, a, b in listed]


_CHAIN = frozenset({"puis", "et", "le", "du", "au", ",", "ensuite", "enfin", "l"})


def date_chain(toks: Sequence[Token], dates: list[tuple[int, tuple[int, int], int, int]]
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
                and (toks[j - 1].word in _CHAIN | {"les"} or toks[j - 1].text in {"(", ":"}):
            # (« (2 et 16 mai) », « : 4, 11 et 18 mars »)
            out.insert(0, (int(t.value or 0), dates[0][1][1]))
            j -= 1
            continue
        break
    for (k0, _, _, _), (k1, d1, _, _) in zip(dates, dates[1:], strict=False):
        between = toks[k0 + 1:k1]
        # The month or year of the previous date, then only joining words.
        rest = [t for t in between if not (t.word in MONTHS or t.kind == "number"
                                            or t.text == "/")]
        # « rencontrées le 12 avril, puis revues le 26 avril »
        if (len(between) > 6 or any(t.word not in _CHAIN and not t.word.startswith(AGAIN_STEMS)
                                    for t in rest)) and not _again_later(between, toks[k1:k1 + 5]):
            break
        out.append(d1)
    return list(dict.fromkeys(out))


# At a distance: « je l'ai eue au téléphone (pendant une demi-heure) », « en visio ».
_MEDIUM_AFTER = (["au", "telephone"], ["par", "telephone"], ["en", "visio"],
                 ["en", "visioconference"], ["en", "ligne"])
# A call only to remind, arrange or call off (« pour lui rappeler son rendez-vous »).
_ERRAND = ("rappel", "confirm", "fix", "annul", "report", "decal", "preven", "relanc")


_OTHER_VERBS = frozenset({"entretenu", "entretenue", "entretenus", "entretenues",
                          "connaissance", "eu", "eue", "retourne", "retournee", "retournes",
                          "retournees", "repasse", "repassee", "repasses", "repassees"})


def _met_otherwise(toks: Sequence[Token], k: int) -> bool:
    """Meetings told by other verbs: « nous nous sommes entretenus », « je me suis
    entretenue avec lui » (not « un lien entretenu »); « nous avons fait connaissance »,
    « j'ai fait sa connaissance »; « je l'ai eue au téléphone » (not to remind her of a
    meeting)."""
    t = toks[k]
    prev = prev_words(toks, k, 6)
    if t.word.startswith(("retourne", "repasse")):
        # « je suis retournée chez elle le 22 novembre »: a home visit, again
        return _at_their_home(toks, k + 1) and any(p in {"je", "j", "nous", "suis", "sommes"}
                                                   for p in prev[:3])
    if t.word.startswith("entretenu"):
        # (« je me suis à nouveau entretenue avec lui »: an adverb in between)
        return prev.count("nous") >= 2 or ("suis" in prev and "me" in prev) \
            or (prev[:1] in (["est"], ["sont"]) and "s" in prev[:3])
    if t.word == "connaissance":
        return any(p in {"fait", "faire"} for p in prev[:3]) and any(
            p in {"nous", "je", "j", "on"} for p in prev)
    nxt = [x.word for x in toks[k + 1:k + 3]]
    if nxt not in _MEDIUM_AFTER or not (any(p in {"l", "la", "le"} for p in prev[:3])
                                        and any(p in SUBJECTS for p in prev)):
        return False
    clause = [x.word for x in toks[k + 3:k + 12] if x.text not in {".", ";"}]
    return not any(w.startswith(_ERRAND) for w in clause)


_THEN = frozenset({"puis", "ensuite", "enfin", "et"})


def _again_later(between: Sequence[Token], date: Sequence[Token]) -> bool:
    """« (revenue le 13 avril) avec ses bulletins de salaire, puis le 27 avril »: what
    she came with, then the next date led by « puis le / et le » — the same verb again
    (no subject, no verb, no other clause in between)."""
    after = next((t.word for t in date if t.kind == "word" and t.word not in MONTHS), "")
    if after in SUBJECTS:
        return False  # « puis le 27 avril elle commençait sa formation »: another event
    words = [t.word for t in between]
    if len(words) > 14 or words[-2:-1] == [] or words[-1] != "le" or words[-2] not in _THEN:
        return False
    return not any(w in SUBJECTS or w in {"qui", "que", "qu", "mais", "ou"} for w in words) \
        and not any(t.kind == "punct" and t.text not in {",", "'", "’"} for t in between)


def meeting_verb(toks: Sequence[Token]) -> tuple[int, bool] | None:
    """A meeting told by its verb, with the person as object or the two of us as
    subject: « je l'ai revue », « nous nous sommes revues », « je reçois Mme B. »;
    (position, whether it is « again »)."""
    again_words = any((toks[k].word, toks[k + 1].word) in AGAIN_WORDS
                      for k in range(len(toks) - 1))
    for k, t in enumerate(toks):
        if t.kind != "word" or t.text[:1].isupper() and k > 0:
            continue
        if t.word in _OTHER_VERBS and _met_otherwise(toks, k):
            return k, again_words or t.word.startswith(("retourne", "repasse"))
        again = t.word.startswith(AGAIN_STEMS)
        meet = not again and t.word.startswith(MEET_STEMS) and len(t.word) > 3 or \
            t.word in {"vu", "vue", "vus", "vues", "venu", "venue", "venus", "venues", "venir"} \
            or t.word in _ARRIVED or t.word in {"vient", "viennent"}
        if not (again or meet):
            continue
        if t.word.endswith(("r", "re")) and not t.word.endswith("rencontre") \
                and not _past_said_by_infinitive(toks, k):
            continue  # an infinitive: « convenu de nous revoir » (a plan, not a fact)
        prev = prev_words(toks, k, 4)
        nxt = [x.word for x in toks[k + 1:k + 4]]
        person_object = any(p in {"l", "la", "le", "les"} for p in prev[:3]) and \
            any(p in SUBJECTS or p in SELF for p in prev) or (
                # « M. J., que j'ai reçu pour la première fois le 6 mai »
                prev[:3] in (["ai", "j", "que"], ["avais", "j", "que"])
                and any(toks[j].word == "que" and toks[j - 1].text == ","
                        for j in range(max(1, k - 5), k)))
        reflexive = prev[:3].count("nous") >= 2 or ("sommes" in prev[:2] and "nous" in prev) \
            or ("s" in prev[:2] and any(p in {"on", "nous"} for p in prev[:3]))
        came = _came(toks, k, prev, nxt)
        # « je rencontre Mathis », « nous recevons Mme B. »: a name as its object
        named = k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
            and toks[k + 1].kind == "word" and (
                any(p in {"je", "j", "nous", "on"} for p in prev[:2])
                or bool(SELF & set(prev_words(toks, k, 9))))
        # (« je reçois elle », « on voit lui »: second-language French, the pronoun after)
        person_after = any(w in PERSON for w in nxt) or named or (
            nxt[:1] in (["elle"], ["lui"]) and prev[:1] in (["je"], ["on"], ["nous"]))
        # « elle est revenue (me voir) », not « la question est revenue ».
        # (not « elle est revenue du refuge avec des mots à elle »: back from elsewhere)
        came_back = t.word.startswith(("revenu", "revien")) and nxt[:1] not in (
            ["du"], ["de"], ["des"], ["d"]) and (
            prev[:2] in (["est", "elle"], ["est", "il"], ["etait", "elle"], ["etait", "il"])
            or nxt[:2] in (["me", "voir"], ["nous", "voir"])
            or (t.word.startswith("revien") and prev[:1] in (["elle"], ["il"])))
        if t.word.startswith(("revenu", "revien")) and not came_back:
            continue
        if nxt[:1] == ["voir"] and any(w in COLLEAGUES | OTHERS for w in nxt[1:3]):
            continue  # « il est revenu voir ma tutrice »: not me
        if (t.word.startswith("venu") or t.word in _ARRIVED or t.word.startswith("vien")
                or t.word == "venir") and not came:
            continue
        # (not « ma tutrice a reçu Mme D. le 6 mai… »: not me)
        if (person_object or reflexive or person_after or came_back or came) and (
                reflexive or not (person_object or person_after)
                or not colleague_subject(toks, k)):
            return k, again or again_words
    return None


def _at_their_home(toks: Sequence[Token], j: int) -> bool:
    """« chez elle », « chez lui », « à son domicile », « au domicile de M. E. »."""
    words = [t.word for t in toks[j:j + 3]]
    return (words[:1] == ["chez"] and words[1:2] in (["elle"], ["lui"], ["eux"], ["elles"])) \
        or words[:2] in (["a", "son"], ["a", "leur"], ["au", "domicile"]) and "domicile" in words


_FLE_SUBJECTS = frozenset({"il", "elle", "je", "nous", "on"})


def _past_said_by_infinitive(toks: Sequence[Token], k: int) -> bool:
    """« Elle venir la première fois le 9 janvier », « Le 23 janvier elle revenir » —
    second-language French, an infinitive for a past: the subject right before it (no
    modal, no « de » or « pour »), a date or « fois » in the sentence."""
    return k > 0 and toks[k - 1].word in _FLE_SUBJECTS and any(
        x.word == "fois" or x.word in MONTHS or (x.kind == "number" and "/" in x.text)
        for x in toks)


def _came(toks: Sequence[Token], k: int, prev: list[str], nxt: list[str]) -> bool:
    """The person came to see me: « elle est venue me voir », « venue à l'agence le 12
    novembre », « il est venu le 2 février (avec son CV) », « après il venu le 2 février »
    (not « venu en France en 2019 », « venue le 3 à l'atelier »), « est arrivée à l'agence
    le 6 avril »."""
    w = toks[k].word
    if w in _ARRIVED:
        return prev[:1] == ["est"] and any(x.word in _OUR_PLACE for x in toks[k + 1:k + 5])
    if w in {"vient", "viennent"}:
        # « Le 24 juin, elle vient à l'agence », « il vient me voir »: told in the present.
        return prev[:1] in (["elle"], ["il"], ["ils"], ["elles"]) and (
            nxt[:2] in (["me", "voir"], ["nous", "voir"])
            or any(x.word in _OUR_PLACE for x in toks[k + 1:k + 5]))
    if w in {"venir", "revenir"}:
        return _past_said_by_infinitive(toks, k)  # « Le 23 janvier elle venir seule »
    if w not in {"venu", "venue", "venus", "venues"}:
        return False
    she = prev[:2] in (["est", "elle"], ["est", "il"], ["etait", "elle"], ["etait", "il"]) or (
        # « Mme C. est venue », « Karim est venu »: the person by name
        prev[:1] in (["est"], ["etait"]) and k >= 2 and (
            any(t.word in {"madame", "monsieur", "mademoiselle", "m", "mme", "mlle"}
                for t in toks[max(0, k - 6):k - 1] if t.kind != "punct")
            or (toks[k - 2].text[:1].isupper() and toks[k - 2].kind == "word")))
    # (« elle était venue avec ses questions », « il est venu avec son CV »: to us)
    return nxt[:2] in (["me", "voir"], ["nous", "voir"], ["me", "rencontrer"]) \
        or (she and (nxt[:1] == ["avec"] or any(x.word == "fois" for x in toks[k + 2:k + 5])
                     or any(x.word in _OUR_PLACE for x in toks[k + 1:k + 5]))) \
        or ((she or prev[:1] in (["il"], ["elle"])) and _on_a_day(toks, k + 1)
            and not any(x.word in GROUP or x.word in _GROUP_WORDS for x in toks[k + 1:k + 9]))


_GROUP_WORDS = frozenset({"groupe", "collectif", "collective", "ateliers", "information"})


def _on_a_day(toks: Sequence[Token], j: int) -> bool:
    """« le 2 février », « le 2/02 », « lundi », « ce mardi » at ``j``."""
    words = [t.word for t in toks[j:j + 3]]
    if words[:1] and words[0] in WEEKDAYS:
        return True
    if words[:1] in (["le"], ["ce"]) and words[1:2] and words[1] in WEEKDAYS:
        return True
    return words[:1] == ["le"] and len(toks) > j + 1 and toks[j + 1].kind == "number" \
        and 1 <= (toks[j + 1].value or 0) <= 31


_ARRIVED = frozenset({"arrive", "arrivee", "arrives", "arrivees"})
_OUR_PLACE = frozenset({"agence", "bureau", "permanence", "association", "locaux",
                        "antenne", "accueil"})


_REPEAT_HINT = ("reprises", "fois")


def repeats(view: Reading) -> list[tuple[int, int, int, str]]:
    """« Nous nous sommes revus à trois reprises », « je l'ai revue deux fois »: meetings
    again, counted without being told one by one — (sentence, how many, page, words) of
    each, held (not « nous nous reverrons à deux reprises »). The counter adds them to
    the ones told before, when the part tells fewer."""
    out: list[tuple[int, int, int, str]] = []
    for s in view.sentences:
        if s.in_table or not any(h in s.norm for h in _REPEAT_HINT) \
                or not VERB_HINT.search(s.norm):
            continue
        toks = view.tokens_of(s)
        times = times_announced(toks)
        verb = meeting_verb(toks) if times else None
        if times is None or verb is None or not toks[verb[0]].word.startswith(AGAIN_STEMS):
            continue
        k = verb[0]
        if future_at(toks, k) or status_of(toks, k, k) != "held" \
                or any(t.word in {"ne", "n"} for t in toks[max(0, k - 4):k]):
            continue  # a plan; « nous ne nous sommes revus qu'à deux reprises »: a ceiling
        out.append((s.index, times, toks[k].page, short(s.text.strip(), 8)))
    return out
