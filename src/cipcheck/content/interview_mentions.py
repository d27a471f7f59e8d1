"""A noun of a meeting in a sentence (« entretien », « rendez-vous », « RDV », « séance 2 »,
« point d'étape ») and what names it: its rank (« deuxième », « n°3 », « II »), its purpose
(« de diagnostic »), « the last », « a new one », its article, and the few words that
list it in the finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cipcheck.content.interview_words import (
    AUX_TAIL,
    BULLETS,
    CLITICS,
    DEMONSTRATIVE,
    FIRST_AFTER,
    LAST,
    LIST_ITEM,
    MONTHS,
    NEW,
    NOUNS,
    ORDINAL_GAP,
    ORDINAL_WORDS,
    PLURAL_DETS,
    PURPOSES,
    RANK_GAP_AFTER,
    ROMAN,
    SUBJECTS,
    UNITS,
    WEEKDAYS,
    line_ends,
    prev_words,
    short,
)
from cipcheck.reading import Sentence, Token
from cipcheck.reading.tense import past_at

# --- candidates, sentence by sentence ---------------------------------------------------

@dataclass
class Mention:
    """The words of a sentence that name a meeting (one, or several when plural)."""

    first: int  # token positions in the sentence
    last: int  # inclusive
    plural: bool


# Over the complexity limit (13 > 10): a listed exception, to split.
def find_mentions(toks: Sequence[Token]) -> list[Mention]:  # noqa: C901
    out: list[Mention] = []
    n = len(toks)
    k = 0
    while k < n:
        w = toks[k].word
        end = None
        if w in NOUNS:
            end = k
            if w.startswith("rencontre") and (_is_verb_position(toks, k) or toks[k].text.lower()
                                               .endswith(("é", "ée", "és", "ées"))):
                end = None  # « je la rencontre », « j'ai rencontré »: the verb
        elif w == "rendez" and k + 1 < n:
            j = k + 2 if toks[k + 1].text == "-" and k + 2 < n else k + 1
            if toks[j].word == "vous":
                end = j
        elif w in _SHORT_NOUNS and k + 1 < n and toks[k + 1].text == ".":
            end = k + 1  # « 17/10 entr. diag », « 2e entr. » : notes written short
        elif w == "ent" and k + 2 < n and toks[k + 1].text == "." and (
                toks[k + 2].kind in {"number", "ordinal"} or toks[k + 2].word.startswith("indiv")
                or (k > 0 and toks[k - 1].kind in {"number", "ordinal"})):
            end = k + 1  # « Ent. 1 (13/01, E2C, 1 h) », « 08/01 → ent. 2, tel. »: shorter still
        elif w in {"echange", "point", "contact"} and k + 2 < n and toks[k + 1].word == "du" \
                and toks[k + 2].kind == "number" and 1 <= (toks[k + 2].value or 0) <= 31:
            end = k  # « notre échange du 17 mars », « le point du 31 mars »
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
                and (home := k + 2 + (toks[k + 2].word in {"son", "sa", "leur"})) < n \
                and toks[home].word == "domicile":
            end = home  # « visite à domicile », « visite à son domicile »: a meeting at home
        elif (w in {"seance", "seances", "contact", "echange", "session", "call"} and (
                any(t.word.startswith("individuel") for t in toks[k + 1:k + 3])
                or _rank_follows(toks, k)
                or (k > 0 and (toks[k - 1].kind == "ordinal"
                               or toks[k - 1].word in {"dernier", "derniere"})))) or (
                w in {"echange", "echanges", "appel", "appels", "point"}
                and any(t.word.startswith(("telephon", "visio")) for t in toks[k + 1:k + 3])) \
                or (w in {"appel", "echange"} and k > 0 and toks[k - 1].word in NEW
                    and not (k + 1 < n and toks[k + 1].word in {"a", "aux"})) \
                or (w == "point" and k > 0 and toks[k - 1].kind == "ordinal"
                    and _dated_next(toks, k + 1)):
            # « À J+30, nouvel appel : … » (not « un nouvel appel à candidatures »);
            # « au deuxième point (20 janvier, en visio) » (not « le deuxième point abordé »)
            end = k
        if end is not None and w in {"rendez", "rdv"} and prev_words(toks, k, 1)[:1] in (
                ["pris"], ["prendre"], ["prend"], ["prends"], ["prenons"], ["prise"],
                ["sans"]):
            # (« arrivée sans rendez-vous »: a walk-in, no meeting named)
            end = None  # « elle avait pris rendez-vous au CMP »: an appointment made
        if end is not None and w in NOUNS and prev_words(toks, k, 1) in (["d"], ["de"]):
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
            prev = prev_words(toks, k, 2)
            # « 3 RDV », « les RDV » — not the end of a date before it (« 03/02 ; RDV 2 »)
            count_before = k >= 1 and toks[k - 1].text.isdigit() and not (
                k >= 2 and toks[k - 2].text in {"/", ".", "-"})
            plural = count_before or any(p in PLURAL_DETS for p in prev)
            plural = plural or any(t.kind == "number" and (t.value or 0) > 1
                                   and not (j >= 1 and toks[j - 1].text in {"/", ".", "-"})
                                   and not (j + 1 < k and toks[j + 1].text in {"/", ".", "-"})
                                   for j, t in enumerate(toks[max(0, k - 2):k], max(0, k - 2)))
        out.append(Mention(k, end, plural))
        k = end + 1
    return out


# « entr. », « entret. »: « entretien » written short in notes (followed by its point).
_SHORT_NOUNS = frozenset({"entr", "entret", "entrt"})


def _dated_next(toks: Sequence[Token], j: int) -> bool:
    """A date right after: « (20 janvier, … », « , le 27 janvier », « du 3 février »."""
    while j < len(toks) and (toks[j].text in {"(", ","} or toks[j].word in {"le", "du"}):
        j += 1
    return j + 1 < len(toks) and toks[j].kind == "number" and 1 <= (toks[j].value or 0) <= 31 \
        and (toks[j + 1].word in MONTHS or toks[j + 1].text == "/")


def before_it(toks: Sequence[Token], m: Mention) -> bool:
    """« avant notre troisième rendez-vous », « jusqu'au prochain entretien »."""
    prev = prev_words(toks, m.first, 4)
    while prev and (prev[0] in {"notre", "le", "la", "l", "son", "mon", "du", "au", "un",
                                "une", "ce", "cet"} or prev[0] in ORDINAL_WORDS):
        prev = prev[1:]
    if prev and prev[0] == "pour":
        # « Pour notre troisième rendez-vous, j'avais préparé une liste… »: the pluperfect
        # tells what came before it, not the meeting (« Pour le deuxième, nous avons
        # travaillé son CV » tells it).
        return any(t.word in _PLUPERFECT for t in toks[m.last + 1:m.last + 8])
    return bool(prev) and prev[0] in {"avant", "jusqu", "precede", "preparer", "attendant"}


_PLUPERFECT = frozenset({"avais", "avait", "avions", "aviez", "avaient"})


def item_label(s: Sentence, toks: Sequence[Token], m: Mention) -> bool:
    """« • Entretien de diagnostic : analyse de son parcours » — a list item led by the
    interview it tells, like a sub-heading."""
    if m.first > 3 or not s.text.lstrip().startswith(BULLETS):
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
            and (j + 1 >= len(toks) or toks[j + 1].word not in UNITS | MONTHS)) \
        or t.text in ROMAN or t.kind == "ordinal"


def purpose_of(toks: Sequence[Token], m: Mention) -> str | None:
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
    if j < len(toks) and toks[j].word in PURPOSES:
        if toks[j].word == "fin" and (j + 1 >= len(toks) or toks[j + 1].word not in {
                "d", "de", "du"}):
            return None
        if toks[j].word == "suivi" and j + 1 < len(toks) and toks[j + 1].word in {"de", "du"}:
            return None  # « entretien de suivi de sa formation »: not a name
        return PURPOSES[toks[j].word]
    return None


def _is_verb_position(toks: Sequence[Token], k: int) -> bool:
    """« je la rencontre », « nous nous rencontrons »: the verb, not the noun."""
    prev = prev_words(toks, k, 2)
    if not prev:
        return False
    if prev[0] in SUBJECTS:
        return True
    return prev[0] in CLITICS and len(prev) > 1 and prev[1] in SUBJECTS | CLITICS


def rank_of(toks: Sequence[Token], m: Mention, text: str = "") -> int | None:  # noqa: C901
    # Before: « deuxième entretien », « 3e et dernier rendez-vous », « notre 2nd RDV ».
    j = m.first - 1
    while j >= 0 and m.first - j <= 4:
        t = toks[j]
        if t.kind == "ordinal" and t.value:
            after = toks[j + 1].word if j + 1 < len(toks) else ""
            if after not in MONTHS:  # « 1er mars » is a date
                return int(t.value)
            return None
        if t.word not in ORDINAL_GAP:
            break
        j -= 1
    # After: « Entretien n°2 », « Entretien 3 – bilan », « entretien numéro 4 », « initial ».
    j = m.last + 1
    while j < len(toks) and j - m.last <= 4 and toks[j].word in RANK_GAP_AFTER:
        j += 1
    if j < len(toks):
        t = toks[j]
        if t.word in FIRST_AFTER or (t.text == "d" and j + 2 < len(toks)
                                      and toks[j + 2].word in FIRST_AFTER):
            return 1
        if t.kind == "ordinal" and t.value and j == m.last + 1:
            return int(t.value)
        if t.text in ROMAN and (j + 1 >= len(toks) or toks[j + 1].kind == "punct"
                                 or line_ends(text, toks, j)):
            return ROMAN[t.text]
        if t.kind == "number" and t.value and t.text.isdigit() and 1 <= t.value <= 20:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            # « Séance 1. » alone, « Entretien 2 » ending its line (a PDF line, a DOCX
            # line break before the paragraph it leads): the name of a session.
            if nxt is None or (line_ends(text, toks, j) or (
                    nxt.text == "." and j + 2 >= len(toks))) and \
                    nxt.word not in UNITS and nxt.word not in MONTHS:
                return int(t.value)
            if (nxt.word not in UNITS and nxt.word not in MONTHS
                               and nxt.text not in {"/", ".", ",", ":", "h"}
                               or nxt.text == ":" and (j + 2 >= len(toks)
                                                       or not toks[j + 2].is_number)):
                return int(t.value)
    return None


def is_last(toks: Sequence[Token], m: Mention) -> bool:
    before = [t.word for t in toks[max(0, m.first - 2):m.first]]
    after = [t.word for t in toks[m.last + 1:m.last + 4]]
    if any(w in {"dernier", "derniere"} for w in before):
        # « deuxième et dernier entretien »: the last is the second.
        return not any(t.kind == "ordinal" for t in toks[max(0, m.first - 4):m.first])
    return any(w in LAST for w in after[:3])


def is_last_before(toks: Sequence[Token], m: Mention) -> bool:
    """« le dernier entretien de suivi »."""
    return any(t.word in {"dernier", "derniere"} for t in toks[max(0, m.first - 2):m.first])


def is_new(toks: Sequence[Token], m: Mention) -> bool:
    """« un nouvel entretien », « le rendez-vous suivant », « un entretien téléphonique »
    (one more, told by its medium)."""
    near = [t.word for t in toks[max(0, m.first - 2):m.first]]
    after = [t.word for t in toks[m.last + 1:m.last + 4]]
    if any(w in NEW for w in near + after[:2]):
        return True
    # « un échange téléphonique » may only fix a date: an interview needs its noun.
    return indefinite(toks, m) and toks[m.first].word.startswith("entretien") and \
        any(w.startswith(("telephon", "visio")) for w in after)


_LEAD_IN = frozenset({"un", "une", "le", "la", "l", "ce", "cet", "cette", "du", "lors", "au",
                      "de", "notre", "nos", "les", "prochain", "prochaine", "il", "n", "y",
                      "a", "pas", "eu", "aucun", "aucune", "d", "autre"})
_LABEL_TAIL = frozenset({"individuel", "individuelle", "telephonique", "n", "°", "no",
                         "numero", "de", "d", "'", "suivi", "bilan", "diagnostic", "accueil",
                         "en", "visio", "visioconference", "presentiel", "initial"})


# Over the complexity limit (13 > 10): a listed exception, to split.
def label_words(s: Sentence, toks: Sequence[Token], first: int, last: int,  # noqa: C901
           date: tuple[int, int, int] | None = None, wide: bool = False) -> str:
    """A few words naming the interview: a short heading as written, else the noun with
    its rank and its date (« deuxième entretien, 28 mars »), or the clause that says it
    is planned (« un troisième entretien est prévu le 15 avril »)."""
    if (s.heading or s.in_table) and len(s.text) <= 70:
        return s.text.strip(" :–-")
    lo, hi = first, last
    while lo > 0 and (toks[lo - 1].kind == "ordinal" or toks[lo - 1].word in ORDINAL_GAP
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
        # Never end on an auxiliary or its negation: « …prévu le 18 février, n'a » hid
        # the « pas eu lieu » that says why it is not counted.
        extra = 0
        while extra < 5 and hi + 1 < len(toks) and (toks[hi].word in AUX_TAIL
                                                      or toks[hi].text in {"'", "’"}) \
                and toks[hi + 1].text not in {";", "!", "?", ":", "."}:
            hi += 1
            extra += 1
    else:
        while hi + 1 < len(toks) and hi < last + 3 and (
                toks[hi + 1].word in _LABEL_TAIL
                or (toks[hi + 1].is_number and toks[hi].word in {"n", "°", "no", "numero"})):
            hi += 1
        while hi > last and toks[hi].word in {"de", "d", "'", "en", "n", "no"}:
            hi -= 1
    topic = ""
    if not wide and date is None:
        hi, topic = _rank_and_topic(s, toks, hi)
    end = toks[hi].end
    suffix = topic
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


def _rank_and_topic(s: Sentence, toks: Sequence[Token], hi: int) -> tuple[int, str]:
    """« Entretien 2 : exploration de trois métiers… »: the rank written after the noun,
    and the first words of what the interview was about after a colon or a dash."""
    j = hi + 1
    if j < len(toks) and (toks[j].text in ROMAN or (
            toks[j].kind == "number" and toks[j].text.isdigit()
            and 1 <= (toks[j].value or 0) <= 20)):
        hi, j = j, j + 1
    if j + 1 < len(toks) and toks[j].text in {":", "–", "—"} and toks[j + 1].kind == "word":
        rest = s.text[toks[j + 1].start:].split(".")[0].split(";")[0]
        return hi, " : " + short(rest, 5)
    return hi, ""


_LABEL_LETTERS = frozenset({"E", "R", "S"})  # Entretien, Rencontre / Rendez-vous, Séance


def label_rank(toks: Sequence[Token]) -> tuple[int, int] | None:
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


def noun_text(toks: Sequence[Token], m: Mention) -> str:
    """The noun as written, singular: « entretien », « rendez-vous »."""
    text = "".join(t.text for t in toks[m.first:m.last + 1]).lower()
    return text[:-1] if text.endswith("s") and not text.endswith("vous") else text


def elliptic_rank(toks: Sequence[Token], text: str = "") -> list[tuple[int, int]]:
    """« Au deuxième, nous avons travaillé son CV », « La première fois, … ; la deuxième,
    nous… »: an ordinal standing for the noun, at the head of the sentence or of a clause
    after a semicolon (counted only where ranked interviews are named elsewhere, their
    number is announced, or these ordinals make a series 1, 2…)."""
    out: list[tuple[int, int]] = []
    heads = [0]
    if text and (";" in text or "–" in text or "—" in text):
        heads += [j + 1 for j, t in enumerate(toks) if t.text in {";", "–", "—"}]
    for h in heads:
        if h + 2 < len(toks) and toks[h].kind == "ordinal" and toks[h].value \
                and toks[h + 1].word == "fois" and _told_next(toks, h + 2):
            # « Deuxième fois nous vu le 19 janvier », « Troisième fois, il a apporté… »
            # (notes, second-language French: no article)
            out.append((h, int(toks[h].value or 0)))
            continue
        for k in range(h + 1, min(len(toks) - 1, h + 4)):
            t = toks[k]
            if t.kind == "ordinal" and t.value and toks[k - 1].word in {"au", "du", "le", "la"} \
                    and (toks[k + 1].text in {",", ":", "–", "("} or (
                        # « Le cinquième enfin, le 24 février, … »
                        toks[k + 1].word in _ASIDE_ADVERBS and k + 2 < len(toks)
                        and toks[k + 2].text == ",") or (
                        # « Le premier a porté sur son parcours, le deuxième, … »
                        toks[k - 1].word == "le" and _its_verb(toks, k + 1)) or (
                        toks[k + 1].word == "fois" and k + 2 < len(toks)
                        and _told_next(toks, k + 2))):
                # « Au deuxième, … », « La première fois, nous avons parlé de… »
                out.append((k, int(t.value)))
                break
            if t.word in {"dernier", "derniere"} and toks[k - 1].word in {"au", "du", "le", "la"} \
                    and toks[k + 1].text in {",", ":", "–"}:
                out.append((k, 0))  # « Lors du dernier, … »: the last one (rank 0)
                break
            if t.word in {"suivant", "suivante"} and toks[k - 1].word in {"au", "du", "le", "la"} \
                    and toks[k + 1].text in {",", ":", "–"}:
                out.append((k, -1))  # « Le suivant, nous avons… »: the next one (rank -1)
                break
    if out:
        out.extend(_listed_after_commas(toks, out))
    return out


# What an interview does, as the subject of its compound past: « a porté sur », « a été
# consacré à », « s'est déroulé », « a permis de », « a servi à », « a duré ».
_ITS_VERBS = ("port", "consacr", "deroul", "permis", "servi", "dur", "eu", "tenu", "centr",
              "axe", "ete")


def _its_verb(toks: Sequence[Token], j: int) -> bool:
    """« (Le premier) a porté sur… », « s'est déroulé », not « a été retenu »."""
    if toks[j].word == "s" and j + 2 < len(toks) and toks[j + 1].text in {"'", "’"}:
        j += 2  # « s'est déroulé »
    if [t.word for t in toks[j:j + 3]] in (["a", "eu", "lieu"], ["avait", "eu", "lieu"]):
        return True
    if j >= len(toks) or not past_at(toks, j):
        return False
    rest = [t.word for t in toks[j + 1:j + 4] if t.word not in {"'", "est", "bien"}]
    if rest[:1] == ["ete"]:
        rest = rest[1:]  # « a été consacré »
    return bool(rest) and rest[0].startswith(_ITS_VERBS) and rest[0] != "ete"


_ASIDE_ADVERBS = frozenset({"enfin", "ensuite", "alors", "donc", "aussi", "quant"})


def _listed_after_commas(toks: Sequence[Token], found: list[tuple[int, int]]
                         ) -> list[tuple[int, int]]:
    """« Le premier, le 5 mars, a porté sur son parcours, le deuxième, le 19 mars, sur ses
    compétences, et le troisième… »: a series begun at the head goes on after commas,
    each ordinal set off by its own comma."""
    out: list[tuple[int, int]] = []
    seen = {k for k, _ in found}
    ranks = {r for _, r in found}
    for k in range(2, len(toks) - 1):
        t = toks[k]
        if k in seen or t.kind != "ordinal" or not t.value or int(t.value) in ranks:
            continue
        lead = toks[k - 1].word in {"au", "du", "le", "la"}
        after_comma = toks[k - 2].text == "," or toks[k - 2].word in {"et", "puis"}
        if lead and after_comma and (toks[k + 1].text in {",", ":", "–"} or _its_verb(toks, k + 1)):
            out.append((k, int(t.value)))
            ranks.add(int(t.value))
    return out


def _told_next(toks: Sequence[Token], j: int) -> bool:
    """After « la deuxième fois »: a pause (« , », « : ») or the clause that tells it
    (« nous avons cherché… », « il a apporté… », « le 19 janvier, … ») — not « que »
    (« la deuxième fois que… », read by ``nth_time_that``)."""
    t = toks[j]
    return t.text in {",", ":", "–", "("} or t.word in {"nous", "je", "j", "on", "il", "elle"} \
        or (t.word == "le" and j + 1 < len(toks) and toks[j + 1].kind == "number") \
        or (t.word == "c" and j + 2 < len(toks) and toks[j + 2].word in {"etait", "est"})
    # (« Et la deuxième fois c'était le 28 janvier et on a regardé… »: told aloud)


def nth_time_that(toks: Sequence[Token]) -> tuple[int, int] | None:
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


def times_announced(toks: Sequence[Token]) -> int | None:
    """« nous nous sommes vus à trois reprises », « quatre fois »."""
    for k in range(len(toks) - 1):
        t = toks[k]
        if t.kind == "number" and t.value and 2 <= t.value <= 30 \
                and toks[k + 1].word in {"reprises", "fois"}:
            return int(t.value)
    return None


_MOMENTS = frozenset({"semaine", "lendemain", "mois", "quinzaine"})


def time_led(toks: Sequence[Token], m: Mention) -> bool:
    """The mention follows, at the head of its sentence, the moment it happened: a
    weekday, a week, a month (« Semaine 5 – Vendredi, dernier rendez-vous… »)."""
    head = toks[:m.first]
    return 0 < m.first <= 6 and any(t.word in WEEKDAYS or t.word in MONTHS
                                    or t.word in _MOMENTS for t in head)


def weekday_led(toks: Sequence[Token], m: Mention) -> bool:
    """« - Mercredi 4 : entretien individuel avec Mme P. »: a diary line led by its day
    (a weekday, its number without the month), the interview its event."""
    head = [t for t in toks[:m.first] if t.kind != "punct"]
    return 0 < len(head) <= 3 and head[0].word in WEEKDAYS and any(
        t.text == ":" for t in toks[:m.first])


def medium_event(toks: Sequence[Token], m: Mention) -> bool:
    """« À J+15, point téléphonique avec lui », « …avec ma tutrice : visite à domicile »:
    a meeting named by its medium, without article, after a comma or a colon — one
    more told in the chronology."""
    if m.first < 2 or toks[m.first - 1].text not in {",", ":", "–"}:
        return False
    after = [t.word for t in toks[m.last + 1:m.last + 3]]
    return toks[m.last].word == "domicile" or any(
        w.startswith(("telephon", "visio")) for w in after)


def demonstrative(toks: Sequence[Token], m: Mention) -> bool:
    """« cet entretien », « ce rendez-vous »: the one just told."""
    prev = prev_words(toks, m.first, 1)
    return bool(prev) and prev[0] in DEMONSTRATIVE


def indefinite(toks: Sequence[Token], m: Mention) -> bool:
    """« un entretien téléphonique », « j'ai eu un rendez-vous » — one more meeting,
    unnamed; not « l'entretien » (the one being told) nor « chaque entretien »."""
    prev = prev_words(toks, m.first, 1)
    return bool(prev) and prev[0] in {"un", "une"}


def list_rank(s: Sentence) -> int | None:
    m = LIST_ITEM.match(s.text)
    return int(m.group(1)) if m else None


def times_series(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """« une première fois en mars, puis une deuxième fois… et enfin une dernière fois »:
    (position, rank) of each n-th time of the sentence, the last one after the others
    ranked one more; fewer than two is no series."""
    out: list[tuple[int, int]] = []
    for k in range(len(toks) - 1):
        t = toks[k]
        if toks[k + 1].word != "fois":
            continue
        if t.kind == "ordinal" and t.value:
            out.append((k, int(t.value)))
        elif t.word in {"derniere", "ultime"} and out:
            out.append((k, max(r for _, r in out) + 1))
    ranks = [r for _, r in out]
    return out if len(out) >= 2 and len(set(ranks)) == len(ranks) else []


def times_rank(toks: Sequence[Token]) -> int | None:
    """« je l'ai reçue pour la troisième fois »."""
    for k in range(len(toks) - 1):
        value = toks[k].value
        if toks[k].kind == "ordinal" and toks[k + 1].word == "fois" and value:
            return int(value)
    return None


# Plural nouns counted that an ordinal may stand for and that are no meeting: not the
# meetings themselves, nor the times, ages and sums around them.
_NOT_A_REFERENT = frozenset({
    "entretiens", "rendez", "rencontres", "rdv", "echanges", "seances", "fois", "reprises",
    "entrevues", "points", "contacts", "visites", "appels", "semaines", "jours", "mois", "ans",
    "annees", "heures", "minutes", "euros", "h", "min", "premiers", "premieres",
    "autres", "reprise", "de", "d", "des", "les", "ou", "et", "a", "en", "sur", "par"})


def counts_other(toks: Sequence[Token], start: int = 0) -> bool:
    """« Nous avons dégagé trois pistes », « il a enchaîné plusieurs stages »: a count of
    things other than meetings (« trois entretiens », « à deux reprises », « deux
    semaines plus tard » are not), from token ``start`` on."""
    for k in range(start, len(toks) - 1):
        t = toks[k]
        if not (t.word == "plusieurs" or (t.kind == "number" and t.text.isalpha()
                                           and t.value and 2 <= t.value <= 10)):
            continue
        noun = toks[k + 1].word
        if len(noun) > 3 and noun.endswith(("s", "x")) and noun not in _NOT_A_REFERENT \
                and toks[k + 1].kind == "word":
            return True
    return False


def ranked_dates_after(toks: Sequence[Token], mentions: list[Mention]
                       ) -> list[tuple[int, int, int]]:
    """« Premier entretien le 9 octobre, deuxième le 23 octobre », « 1er RDV le 3/02 puis
    2e le 17/02 »: after a ranked noun, an ordinal alone set off by a comma (or « puis »,
    « et ») and followed by its date names the next one — (position, rank, position of the
    date's day) of each."""
    out: list[tuple[int, int, int]] = []
    if not mentions:
        return out
    for k in range(mentions[0].last + 2, len(toks) - 2):
        t = toks[k]
        if t.kind != "ordinal" or not t.value or any(m.first <= k <= m.last for m in mentions):
            continue
        j = k - 1 - (toks[k - 1].word in {"le", "la"})  # (« , le deuxième le 26 janvier »)
        lead = toks[j].text == "," or toks[j].word in {"puis", "et"}
        day = k + 2 if toks[k + 1].word in {"le", "du"} else k + 1 if toks[k + 1].text == "(" \
            else -1
        if day > 0 and toks[k + 1].text == "(":
            day = k + 2
        if lead and 0 < day < len(toks) and toks[day].kind == "number":
            out.append((k, int(t.value), day))
    return out
