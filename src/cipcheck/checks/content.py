"""content.*: what the RE says the candidate "décrit" or "présente", part by part.

A countable requirement ("a minima 3 entretiens") that is not met fails and says how
many were found and where. A content the source makes mandatory (« doit comporter »,
« le candidat présente ») fails when nothing at all of it is found. Any other topic not
found only warns, since wording varies and the candidate is the judge: the topics of one
part not found are gathered in one checklist (``content.checklist``), each with the RE
sentence and what to add, so a good dossier gets a short report. Found items pass, so
the report shows what was verified. A criterion the RE sets for a competence over the
whole dossier (the analysis of one's practice: limits, strengths, improvements…) is met
in every part once one part shows it, and listed once when none does.
"""

from __future__ import annotations

from dataclasses import replace

from cipcheck.checks.base import ContentResults, Context, is_heading
from cipcheck.checkspec import FAIL, ITEM, PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.content.evaluate import ItemResult, Scope, evaluate
from cipcheck.content.interviews import InterviewCount
from cipcheck.content.matcher import Index
from cipcheck.findings import Finding, Status


def results(ctx: Context) -> ContentResults:
    """Item results per part number (None: the whole production); None when the part
    was not found. Computed once before the checks (``Context.content``)."""
    return ctx.content if ctx.content is not None else evaluate_all(ctx)


def evaluate_all(ctx: Context) -> ContentResults:
    d = ctx.dossier
    body = d.body_blocks()
    reading = ctx.reading
    shared: dict[str, Index] = {}
    out: ContentResults = {}
    rules = ctx.rules
    if rules.content:
        out[None] = evaluate(rules.content, Scope(body, body, lambda b: is_heading(ctx, b),
                                                  shared=shared, reading=reading),
                             rules.lexicon)
    for part in rules.parts:
        if not part.content:
            continue
        span = d.parts.get(part.number)
        if span is None:
            out[part.number] = None
            continue
        # The part's own title repeats the RE's words: it is not evidence.
        blocks = [b for b in d.part_blocks(part.number) if b is not span.heading.block]
        out[part.number] = evaluate(part.content, Scope(blocks, body,
                                                        lambda b: is_heading(ctx, b),
                                                        shared=shared, reading=reading),
                                    rules.lexicon)
    return _met_across_parts(out)


def _met_across_parts(out: ContentResults) -> ContentResults:
    """A criterion assessed over the dossier (``across_parts``) shown in one part is met
    in every part that repeats it: its result there becomes found, with the pages and
    words of where it was shown."""
    shown: dict[str, ItemResult] = {}
    for found in out.values():
        for r in found or ():
            if r.item.across_parts and r.found and r.item.id not in shown:
                shown[r.item.id] = r
    if not shown:
        return out
    return {part: None if found is None else [
        replace(r, found=True, pages=shown[r.item.id].pages,
                evidence=shown[r.item.id].evidence, quotes=shown[r.item.id].quotes,
                partial=False)
        if r.item.across_parts and not r.found and r.item.id in shown else r
        for r in found] for part, found in out.items()}


_LISTED = 6  # interviews listed in a finding, then « … »


def _where(ctx: Context, part: int | None) -> str:
    return ctx._("Partie {part}", part=part) if part else ctx._(
            "Dossier")


def _pages(ctx: Context, pages: tuple[int, ...] | list[int]) -> str:
    if not pages:
        return ""
    word = ctx._("p.")
    return f"{word} {', '.join(str(p) for p in pages[:8])}" + ("…" if len(pages) > 8 else "")


def _quote(source: str | None) -> str:
    return source or ""


def _interview_list(ctx: Context, c: InterviewCount) -> str:
    """« p. 12 : entretien du 14 mars ; p. 13 : deuxième entretien, 28 mars »."""
    colon, sep = (": ", "; ") if ctx.lang == "en" else (" : ", " ; ")
    shown = []
    for i in c.interviews[:_LISTED]:
        if i.implied:
            shown.append(ctx._("un entretien déduit du rang cité plus loin"))
            continue
        # « Entretien du 14 mars » reads « entretien du 14 mars » inside the sentence.
        words = i.words[:1].lower() + i.words[1:] if i.words[1:2].islower() else i.words
        shown.append(f"p. {i.page}{colon}{words}")
    return sep.join(shown) + ("…" if len(c.interviews) > _LISTED else "")


def _count_finding(ctx: Context, part: int | None, r: ItemResult, fid: str,
                   where: str) -> Finding:
    """The interviews counted, each with its page and a few words, and the ones seen but
    not counted (planned, cancelled), so the candidate sees what was read."""
    item, c = r.item, r.count
    assert c is not None and item.count is not None
    need = item.count.min
    found = ctx.ngettext("{n} entretien décrit", "{n} entretiens décrits", c.count)
    listed = f" ({_interview_list(ctx, c)})" if c.interviews else ""
    skipped = ""
    if c.planned:
        reasons = {"à venir": ctx._("à venir"),
                   "annulé": ctx._("annulé"),
                   "non tenu": ctx._("non tenu"),
                   # (a dated moment between two numbered interviews: not one of them)
                   "hors série": ctx._("hors série"),
                   # (beyond the writer's count, a moment not told as an interview)
                   "pas nommé entretien": ctx._("pas nommé entretien"),
                   # (a collective session with the crowd told: not an interview)
                   "séance collective": ctx._("séance collective")}
        shown = [ctx._("p. {page} « {words} » ({get})", page=p.page, words=p.words,
                       get=reasons.get(p.reason, p.reason))
                 for p in c.planned[:_LISTED]]
        skipped = ctx._(" Non comptés : {shown}.", shown=' ; '.join(shown),
                        shown_2='; '.join(shown))
    doubt = ""
    if c.announced and c.announced > c.count and c.verdict(item.count.min) != "fail":
        # (a sure failure is no « compte incertain »: there the rank announced is one
        # told as not held, listed above)
        # (« n'en décrit que 0 » for three « Entretien n : … » lines without their story,
        # blind17: said as none told)
        doubt = (ctx._(" Le texte en annonce {announced} mais n'en décrit que {count} : "
                       "résumez chacun d'eux (compte incertain).", announced=c.announced,
                       count=c.count) if c.count else
                 ctx._(" Le texte en annonce {announced} mais n'en raconte aucun : résumez "
                       "chacun d'eux, ce qui s'y est dit et décidé (compte incertain).",
                       announced=c.announced))
    elif any(i.implied for i in c.interviews):
        doubt = ctx._(" Un entretien est déduit d'un rang cité (« troisième… ») sans être "
                      "raconté : vérifiez que chacun est décrit.")
    expected = ctx._("au moins {need}", need=need)
    why = c.verdict(need)
    if why == "unsure":
        # Never pass on a guess either: the minimum is reached only through interviews
        # read on weak evidence (an ordinal standing for the noun, a meeting deduced from a
        # rank, « j'ai eu un entretien avec elle » after the ones told, « revus à trois
        # reprises »): the candidate confirms each one.
        unsure = " ; ".join(f"p. {i.page} « {i.words} »" if i.words else
                            ctx._("p. {page} : un entretien déduit du rang cité plus loin",
                                  page=i.page) for i in c.unsure[:_LISTED])
        if c.stated is not None:
            # The writer's own count is why the ones beyond it are doubts: say where.
            skipped = ctx._(" Le texte lui-même en compte {n} (p. {page} « {words} »).",
                            n=c.stated.reason, page=c.stated.page,
                            words=c.stated.words) + skipped
        return Finding(
            id=fid, status=Status.WARN, part=part, page=r.page, expected=expected,
            actual=str(c.count),
            message=ctx._("{where} – {label} : {found}{listed}, dont {n_unsure} sur un indice "
                          "faible ({unsure}) : {sure} sûr(s) pour {need} demandés (compte "
                          "incertain).{skipped}", where=where,
                          label=item.label_in(ctx.lang), found=found, listed=listed,
                          n_unsure=len(c.unsure), unsure=unsure, sure=c.sure, need=need,
                          skipped=skipped),
            hint=ctx._("{source} Vérifiez que chacun de ces entretiens a bien eu lieu et "
                       "racontez-le sous un titre numéroté ou daté (« Entretien 3 – 2 avril ») "
                       "avec son contenu.", source=_quote(item.source)))
    if why == "pass":
        return Finding(id=fid, status=Status.PASS, part=part, page=r.page,
                       expected=expected, actual=str(c.count),
                       message=ctx._("{where} – {label} : {found}{listed}, au moins {need} "
                                     "demandés.{skipped}{doubt}", where=where,
                                     label=item.label_in(ctx.lang),
                                     found=found, listed=listed, need=need, skipped=skipped,
                                     doubt=doubt))
    status = Status.FAIL if item.when_missing == "fail" else Status.WARN
    skipped = _own_count(ctx, c) + skipped
    if status is Status.FAIL and why in ("hints", "episodes"):
        # Never fail on a guess: meetings are told that could not be placed among the
        # interviews counted (« je la reçois… », « lors de l'entretien de bilan »), or
        # dated meetings a blunter reading sees clause by clause (« le deusième rdv le
        # 16 fevrier »).
        status = Status.WARN
        seen = c.hints if why == "hints" else (
            c.ranked if len(c.ranked) > len(c.episodes) else c.episodes)
        hinted = " ; ".join(f"p. {h.page} « {h.words} »" for h in seen[:_LISTED])
        shown_en = "; ".join(f"p. {h.page} \"{h.words}\"" for h in seen[:_LISTED])
        doubt += ctx._(" Le texte évoque aussi des rencontres non comptées ({hinted}) : si ce "
                       "sont d'autres entretiens, donnez à chacun un titre daté ou numéroté pour "
                       "qu'il soit compté (compte incertain).", hinted=hinted,
                       shown_en=shown_en)
    elif status is Status.FAIL and why == "announced":
        # Never fail on a guess: the text says it held enough (« J'ai mené quatre
        # entretiens », « Trois séances… ») while telling fewer — the forms disagree.
        status = Status.WARN
    elif status is Status.FAIL and why == "dates":
        # Never fail on a guess: the part dates more past events than interviews were
        # recognised (« je l'ai reçu le 6 janvier…, le 20 janvier…, le 3 février… »).
        status = Status.WARN
        doubt += ctx._(" Le texte date {past_dates} moments passés de l'accompagnement : s'ils "
                       "sont des entretiens, donnez à chacun un titre daté ou numéroté pour "
                       "qu'il soit compté (compte incertain).", past_dates=c.past_dates)
    return Finding(
        id=fid, status=status, part=part, page=r.page, expected=expected,
        actual=str(c.count),
        message=ctx._("{where} – {label} : {found}{listed} — le RE en demande au moins "
                      "{need}.{skipped}{doubt}", where=where,
                      label=item.label_in(ctx.lang), found=found,
                      listed=listed, need=need, skipped=skipped, doubt=doubt),
        hint=ctx._("{source} Décrivez chaque entretien sous un titre numéroté ou daté (« "
                   "Entretien 3 – 2 avril ») et résumez son contenu ; un entretien seulement "
                   "prévu ne compte pas.", source=_quote(item.source)))


def _own_count(ctx: Context, c: InterviewCount) -> str:
    """The writer's own count that makes a short count sure, quoted so the candidate sees
    why it fails (empty when there is none)."""
    if c.own is None:
        return ""
    return ctx._(" Le texte lui-même en compte {n} (p. {page} « {words} »).",
                 n=c.own.reason, page=c.own.page, words=c.own.words)


def _finding(ctx: Context, part: int | None, r: ItemResult) -> Finding:
    item = r.item
    fid = f"content.{item.id}"
    where = _where(ctx, part)
    if r.count is not None and item.count is not None:
        return _count_finding(ctx, part, r, fid, where)
    if r.found:
        if r.quotes:
            # The candidate's own words where it was found, never the search phrases.
            quotes = list(dict.fromkeys(r.quotes))[:2]
            shown = " ; ".join(f"p. {page} « {words} »" for page, words in quotes)
            return Finding(
                id=fid, status=Status.PASS, part=part, page=r.page,
                message=ctx._("{where} – {label} : trouvé ({shown}).", where=where,
                              label=item.label_in(ctx.lang), shown=shown))
        return Finding(
            id=fid, status=Status.PASS, part=part, page=r.page,
            message=ctx._("{where} – {label} : trouvé ({pages}).", where=where,
                          label=item.label_in(ctx.lang), pages=_pages(ctx, r.pages)))
    place = _place(ctx, item.where)
    if item.when_missing == "fail-if-absent":
        if r.denied:
            # Named, but only as not done: « no trace found » would contradict the quote.
            message = ctx._("{where} – {label} : contenu obligatoire absent{place}. Le "
                            "référentiel demande : {source}", where=where,
                            label=item.label_in(ctx.lang),
                            place=place, source=_quote(item.source))
        elif r.elsewhere:
            message = ctx._("{where} – {label} : contenu obligatoire absent{place}, aucune "
                            "section ne le traite. Le référentiel demande : {source}",
                            where=where, label=item.label_in(ctx.lang), place=place,
                            source=_quote(item.source))
        else:
            message = ctx._("{where} – {label} : contenu obligatoire absent{place}, aucune "
                            "trace trouvée. Le référentiel demande : {source}", where=where,
                            label=item.label_in(ctx.lang), place=place, source=_quote(item.source))
        return Finding(
            id=fid, status=Status.FAIL, part=part,
            # The source's quotation ends the sentence: a stop before what is said next.
            message=message + (f".{said}" if (said := _denied(ctx, r)) else ""),
            hint=ctx._("Ajoutez ce contenu sous un intertitre qui le nomme ; s'il est déjà là "
                       "sous d'autres mots, nommez-le comme le référentiel."))
    status = Status.FAIL if item.when_missing == "fail" else Status.WARN
    return Finding(
        id=fid, status=status, part=part,
        message=ctx._("{where} – {label} : non trouvé{place}. Le référentiel demande : {source}",
                      where=where,
                      label=item.label_in(ctx.lang), place=place, source=_quote(item.source)),
        hint=ctx._("Vérifiez que ce point est traité et nommé clairement (un intertitre aide le "
                   "jury à le repérer)."))


def _elsewhere(ctx: Context, r: ItemResult) -> str:
    """« Seul « difficult* » a été lu, p. 3 sous « Monographie » »: its words met only in
    the sections of other contents, so the candidate sees what was read and where."""
    if not r.elsewhere:
        return ""
    shown = " ; ".join(f"p. {page} « {words} » sous « {title} »"
                       for page, words, title in r.elsewhere[:2])
    return ctx._(" Ses mots ne sont lus que dans les sections d'autres contenus : {shown}.",
                 shown=shown)


def _denied(ctx: Context, r: ItemResult) -> str:
    """« Nommé seulement comme non réalisé (p. 4 : « … ») »: the sentences that name the
    content as not done, future or wished, so the candidate sees why it is not counted."""
    if r.elsewhere and not r.denied:
        return _elsewhere(ctx, r)
    if not r.denied:
        return ""
    shown = " ; ".join(f"p. {page} « {words} »" for page, words in r.denied[:2])
    return ctx._(" Il n'est nommé que comme non réalisé, à venir ou souhaité : {shown}.",
                 shown=shown)


def _place(ctx: Context, where: str) -> str:
    return {"heading": ctx._(" dans un titre"),
            "anywhere": ctx._(" dans le dossier")}.get(where, "")


def fails_alone(r: ItemResult) -> bool:
    """A topic not found whose own finding fails surely (``_finding`` words it): a
    mandatory content with no trace, a count short on readings that agree, an item whose
    absence fails."""
    item = r.item
    if r.found:
        return False
    if r.count is not None and item.count is not None:
        return item.when_missing == "fail" and r.count.verdict(item.count.min) == "fail"
    if item.when_missing == "fail-if-absent":
        return r.absent
    return item.when_missing == "fail"


def in_checklist(r: ItemResult) -> bool:
    """A topic not found that does not fail: listed in its part's checklist."""
    if r.found or r.count is not None:
        return False
    how = r.item.when_missing
    return how == "warn" or (how == "fail-if-absent" and not r.absent)


def _checklist(ctx: Context, part: int | None, missing: list[ItemResult]) -> Finding:
    """One warning for the topics of a part not found: a list to go through, each line
    the item, what was seen of it, the RE sentence."""
    where = _where(ctx, part)
    n = len(missing)
    lines = []
    for r in missing:
        item = r.item
        seen = ""
        if r.partial and not r.evidence and r.hints:
            # The dossier's words, not the search phrases (« frein* » means nothing to her).
            said = (" ; ".join(f"p. {page} « {words} »" for page, words in
                               list(dict.fromkeys(r.hint_quotes))[:2])
                    or ", ".join(f"« {e} »" for e in r.hints[:2]))
            seen = ctx._(" (peut-être dit autrement : {said} lu)", said=said)
        elif r.partial:
            evidence = ", ".join(f"« {e} »" for e in r.evidence[:2])
            seen = (ctx._(" (en partie : {evidence} trouvé, pas le reste)", evidence=evidence)
                    if r.evidence else "" if r.elsewhere else ctx._(" (en partie)"))
        must = ctx._(" [obligatoire]") if item.mandatory else ""
        if item.across_parts:
            must += ctx._(" (dans aucune partie)")
        lines.append(f"- {item.label_in(ctx.lang)}{must}{seen}{_place(ctx, item.where)} — "
                     f"{_quote(item.source)}{_denied(ctx, r)}")
    head = ctx.ngettext(
        "{where} – {n} point du référentiel non repéré dans le texte, à vérifier :",
        "{where} – {n} points du référentiel non repérés dans le texte, à vérifier :",
        n, where=where)
    return Finding(
        id="content.checklist", status=Status.WARN, part=part,
        actual=", ".join(r.item.id for r in missing),
        message=head + "\n" + "\n".join(lines),
        hint=ctx._("Si un point est traité avec d'autres mots, rien à corriger ; sinon "
                   "ajoutez-le, sous un intertitre qui le nomme pour que le jury le repère."))


def check(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    all_results = results(ctx)
    groups: list[tuple[int | None, tuple]] = []
    if ctx.rules.content:
        groups.append((None, ctx.rules.content))
    groups.extend((p.number, p.content) for p in ctx.rules.parts if p.content)
    listed: set[str] = set()
    for number, items in groups:
        found = all_results.get(number)
        if found is None:
            for item in items:
                out.append(Finding(
                    id=f"content.{item.id}", status=Status.SKIP, part=number,
                    message=ctx._("{where} – {label} : partie introuvable, contenu non vérifié.",
                                  where=_where(ctx, number), label=item.label_in(ctx.lang))))
            continue
        out.extend(_finding(ctx, number, r) for r in found if not in_checklist(r))
        # A dossier-wide criterion missing everywhere is listed once, in the first part.
        missing = [r for r in found if in_checklist(r)
                   and not (r.item.across_parts and r.item.id in listed)]
        listed.update(r.item.id for r in missing if r.item.across_parts)
        if missing:
            out.append(_checklist(ctx, number, missing))
    return out


SPECS = (CheckSpec(
    "content", run=check, reads=("content", "parts.content", "lexicon"),
    emits=(
        Emits(f"content.{ITEM}", (PASS, WARN, FAIL, SKIP),
              "one required content of the rule set, under its item id (e.g. "
              "`content.entretiens`: at least three interviews described); skip when its "
              "part was not found"),
        Emits("content.checklist", (WARN,),
              "the required contents of one part not spotted, in one list (their ids in "
              "`actual`)"),
    )),)
