"""A broad safety net under a short interview count: the part's dated episodes.

The counter reads meetings through many precise forms; each writer brings forms it
misses (a plan word in a row that says the meeting was held, « rendé-vous » and
« deusième » of a dyslexic writer, five dated paragraphs without a full stop read as one
sentence). Before a short count FAILS, this net reads the part again, bluntly, clause by
clause: every date told with a meeting noun (tolerant spellings) or a meeting's ordinal
near it is an episode, unless its own words say it did not happen (no-show, cancelled),
is only planned, or is someone else's. When the episodes and the undated interviews
reach the minimum, the count is uncertain: the check warns (« Never fail on a guess »)
and says which dated episodes it saw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cipcheck.content.dates import find_dates
from cipcheck.content.interview_results import Interview, Planned
from cipcheck.content.interview_words import COLLEAGUES, GROUP
from cipcheck.reading import Reading

# One meeting's noun, spelled as people write them (folded text: no accents):
# « rendez-vous », « rendé-vous », « rendez vous », « rdv », « entretien(t) », « séance »,
# « une rencontre » — singular: « ces entretiens », « les séances » name no one episode;
# « point » is left out (« point sur la formation » is everywhere).
_NOUN = (r"(?:rend[ae]?[zs]?[- ]?v[ou]+s?|rendes?[- ]?vous|rdv|r\.d\.v|entretien|entretient"
         r"|entrevue|seance|rendez|visite a domicile"
         r"|(?:la|une|cette|notre|\w+i[ea]?me|premiere) rencontre)")
# Ordinals of a meeting, tolerant: « premier », « premié », « deuxième », « deusième »,
# « 2e », « 3ème », « troisiéme », « dernier »; standing alone or before a meeting noun.
_RANKS = (("premi", 1), ("deu", 2), ("second", 2), ("troi", 3), ("quatri", 4), ("cinqui", 5))
_ORDINAL = (r"(?:premi?[ea]?r?|premie|premiere|deu[sxz]?i[ea]?me?|second[e]?|troi[sz]i[ea]?me?"
            r"|quatri[ea]?me?|cinqui[ea]?me?|[2-9] ?(?:e|eme|ieme|em)|dernier|derniere)")
_MEETING = re.compile(rf"\b{_NOUN}\b|\b{_ORDINAL}\b(?!\s+(?:semaine|jour|mois|partie|etape"
                      rf"|objectif|temps|trimestre|annee|axe|piste|frein|point|moitie"
                      rf"|enfant|fils|fille|emploi|contrat|stage|poste|atelier))")
# A meeting told by its verb, not its noun: « Je fais sa connaissance le 3 juin », « Le 17
# juin, nous nous revoyons », « je la reçois le 9 », « je l'ai rencontrée le 2 » (an object
# pronoun: « j'ai reçu son CV le 3 » is no meeting), and a « point » said to be held
# (« Un dernier point a eu lieu par téléphone le 1er juillet »; a « point sur la formation »
# is everywhere, so only with words that say it took place).
_MET = re.compile(
    r"\b(?:sa|leur) connaissance\b|\bf(?:ai[st]|aisons|aites|ont|ait) connaissance\b"
    r"|\bnous nous (?:revoyons|retrouvons|voyons|rencontrons|sommes (?:revu|vu|rencontre"
    r"|retrouve)\w*)\b"
    r"|\b(?:l'|la |le |les )(?:ai |avons )?(?:recu|recue|recois|recoit|recevons|rencontr\w+"
    r"|revu|revue|revois|revoit|revoyons)\b"
    r"|\bpoint\b(?=[^.;|\n]{0,40}?\b(?:a eu lieu|s'est (?:tenu|deroule)|par telephone"
    r"|telephonique|en visio)\b)")
# The words of an episode that did not happen with the person, or has not happened yet, or
# only might have (« aurait dû », « devait »): any negation at all, since a blunt reading
# cannot tell what it denies — the net only ever turns a failure into a warning.
_NOT_HELD = re.compile(
    r"\b(?:ne|n'|n) ?\w*'?\w* pas\b|\bpas (?:venue?|present)|\bnon (?:honore|tenu|venu)"
    r"|\babsente?s?\b|\bannul|\blapin\b|\breporte|\bdecale|\boubli|\bsans suite"
    r"|\bremplace|\bdevai[st]|\bdevions|\baurai[st]|\beut\b|\bdu avoir|\bpourrai")
_PLANNED = re.compile(
    r"\bprevue?s?\b|\bprevisionnel|\bprogramme|\bplanifi|\bfixee?s?\b|\bconvenu|\bpropos"
    r"|\bprochaine?s?\b|\breverr|\baura lieu|\bdevr[ao]|\bdoit\b|\ba venir\b|\bsuivant"
    r"|\bconfirm|\brappel|\bpreparer|\bconvoqu|\bsera\b|\bserons\b|\bferons\b|\bfera\b")
# A plan word and, in the same clause, words that say it was held all the same
# (« Prévu en présentiel, passé par téléphone »).
_HELD_ALL_THE_SAME = re.compile(
    r"\b(?:passee?|faite?|effectuee?|realisee?|tenue?|eu lieu|s'est (?:deroule|tenu))\b")
# A date that is a target, not a moment (« fixé au 3 février », « pour le 12 »).
_TARGET_BEFORE = re.compile(r"(?:\bau|\bdu|\bpour le|\bjusqu'au|\bavant le|\bd'ici le|\bdes le"
                            r"|\ba partir du|\bapres le|\bfin)\s*$")
# Someone else's meeting or a group's: a colleague, an employer, a jury, a workshop, a job
# interview (« entretien d'embauche », « de sélection »), another person we met.
_THIRD = COLLEAGUES | GROUP | frozenset({
    "employeur", "employeuse", "recruteur", "recruteuse", "jury", "embauche", "recrutement",
    "selection", "admission", "patron", "patronne", "gerant", "gerante", "autre", "cfa",
    "mail", "courriel", "sms", "appel", "appele", "appelle", "appelee", "ecrit", "groupe",
    "equipe", "stage", "fin", "objet"})
# A section of what comes next (« Prochaines étapes », « Perspectives », « Suite »).
_AHEAD = re.compile(r"\b(?:prochaine?s?|perspectives?|suites?|a venir|previsionnel|projets?)\b")
_WORD = re.compile(r"[a-z]+")
# Clause boundaries: end of sentence, line, table cell.
_CLAUSES = re.compile(r"(?:[;!?\n]|\.(?!\d))+")


def dated_episodes(view: Reading, interviews: list[Interview],
                   set_aside: set[tuple[int, int]]) -> list[Planned]:
    """The dated episodes of the part that no interview counted holds: a date told with a
    meeting noun or ordinal, in a clause that does not say it was missed, planned or
    someone else's, nor a date the reader set aside (``set_aside``: cancelled, not held)
    (one per date, the first clause that tells it)."""
    counted = {i.date for i in interviews if i.date is not None} | set_aside
    seen: dict[tuple[int, int], Planned] = {}
    for page, text, norm, after in _told(view):
        for clause_start, clause in _clauses(norm):
            dates = find_dates(clause)
            for k, d in enumerate(dates):
                key = (d.day, d.month)
                if key in counted or key in seen:
                    continue
                # The date's own window: from the previous date to the next one, so
                # that a run-on sentence of several dated moments is read moment by moment.
                lo = dates[k - 1].end if k else 0
                hi = dates[k + 1].start if k + 1 < len(dates) else len(clause)
                window = clause[lo:hi]
                told = window + " " + (after if k + 1 == len(dates) else "")
                if _TARGET_BEFORE.search(clause[lo:d.start]):
                    continue
                meeting = _MEETING.search(window) or _MET.search(window)
                if not meeting or _NOT_HELD.search(told) or _third_near(window, meeting):
                    continue
                if _PLANNED.search(told) and not _HELD_ALL_THE_SAME.search(window):
                    continue
                # Quoted from the meeting word when it comes first (« troisieme le 23
                # fevrier… »), else from the date.
                a = clause_start + min(lo + meeting.start(), d.start)
                words = " ".join(text[a:clause_start + hi].split()[:10])
                seen[key] = Planned(page, words, "indice")
    return list(seen.values())


# A clause opened by a meeting's rank: « Le deusième rendé-vous… », « La troisième fois, »,
# « Le premié cétait le 9 », « Au 2e entretien » (not a bare « Le deuxième, dans un
# garage, … »: an ellipsis may stand for anything, a placement, a child).
_RANKED = re.compile(
    rf"^\W*(?:(?:le|la|l'|lors du|lors de la|au|a la|du|de la|pour le|pour la)\s*)?"
    rf"(?P<ord>{_ORDINAL})\b\s*(?:{_NOUN}\b|fois\b|c'?etait|etait|a eu lieu|s'est"
    rf"|le \d)")


def ranked_episodes(view: Reading) -> list[Planned]:
    """The ranks of meetings told as held, clause by clause, tolerant of spellings (one
    per rank, the first clause that tells it): « Le premié rendé-vous… », « Le deusième
    cétait… », « La troisième fois, … » are three, dated or not; a clause that says the
    meeting was missed, planned or someone else's tells none."""
    seen: dict[int, Planned] = {}
    for page, text, norm, after in _told(view):
        for start, clause in _clauses(norm):
            m = _RANKED.match(clause)
            if m is None or (rank := _rank(m.group("ord"))) is None or rank in seen:
                continue
            told = clause + " " + after
            if _NOT_HELD.search(told) or _third_near(clause, m):
                continue
            if _PLANNED.search(told) and not _HELD_ALL_THE_SAME.search(clause):
                continue
            a = start + m.start("ord")
            seen[rank] = Planned(page, " ".join(text[a:start + len(clause)].split()[:10]),
                                 "indice")
    return [seen[r] for r in sorted(seen)]


def _rank(word: str) -> int | None:
    digits = re.match(r"\d", word)
    if digits:
        return int(digits.group())
    return next((r for prefix, r in _RANKS if word.startswith(prefix)), None)


def _third_near(window: str, meeting: re.Match[str]) -> bool:
    """Someone else's or a group's word before the meeting noun or within six words after
    it (« ma collègue l'a reçue le 5 pour un entretien », « un entretien avec sa
    conseillère », « l'atelier collectif du 25 mars »)."""
    before = _WORD.findall(window[:meeting.start()])
    after = _WORD.findall(window[meeting.end():])[:6]
    return bool(set(before + after) & _THIRD)


def _told(view: Reading) -> Iterator[tuple[int, str, str, str]]:
    """The part's units (page, text, folded text) outside a section of what comes next,
    each with the folded line after it when it is short: a short line (« Entretien 3 – 20
    décembre ») is told by the line after it (« Elle n'est pas venue »)."""
    units = _units(view)
    ahead = False
    for n, (page, text, norm, heading) in enumerate(units):
        if heading:
            ahead = bool(_AHEAD.search(norm))
        if ahead:
            continue
        after = units[n + 1][2] if n + 1 < len(units) and len(norm.split()) <= 8 else ""
        yield page, text, norm, after


def _units(view: Reading) -> list[tuple[int, str, str, bool]]:
    """The part's sentences (page, text, folded text, heading), a table's cells joined
    row by row: a row opens on a cell that starts with a date (« 19/02/2026 | Entretien
    téléphonique | Prévu en présentiel, passé par téléphone »)."""
    out: list[tuple[int, str, str, bool]] = []
    joining = False
    for s in view.sentences:
        if s.in_table and joining and not find_dates(s.norm[:12]):
            page, text, norm, heading = out[-1]
            out[-1] = (page, f"{text} | {s.text}", f"{norm} | {s.norm}", heading)
            continue
        joining = s.in_table
        out.append((s.page, s.text, s.norm, s.heading))
    return out


def _clauses(norm: str) -> list[tuple[int, str]]:
    """The clauses of a sentence with their offsets (cut at stops, lines and cells)."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _CLAUSES.finditer(norm):
        if m.start() > start:
            out.append((start, norm[start:m.start()]))
        start = m.end()
    if start < len(norm):
        out.append((start, norm[start:]))
    return out
