"""competence.*: for each competence a part is assessed on, which of the required
items that evidence it were found.

Covered (every item found) passes. When the only items missing are topics already in
the part's ``content.checklist``, or items that already fail on their own (a mandatory
content with no trace, a count surely short), it passes too, saying so: one gap is one
finding, not two (an absent OPS monographie touched three competences: four findings).
Otherwise — not covered at all, or missing an item that only warns — it warns: the jury
assesses the competence, the tool only says what the text shows.
"""

from __future__ import annotations

from cipcheck.checks.base import Context
from cipcheck.checks.content import fails_alone, in_checklist, results
from cipcheck.checkspec import PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.content.evaluate import ItemResult
from cipcheck.findings import Finding, Status


def _title(ctx: Context, cid: str) -> str:
    comp = ctx.referential.competence(cid) if ctx.referential else None
    if comp is None:
        return cid
    return f"{cid} ({comp.short or comp.title})"


def _labels(rs: list[ItemResult], lang: str = "fr") -> str:
    """The items' labels (French in ``expected``/``actual``, the report's language in
    messages)."""
    return (" ; " if lang == "fr" else "; ").join(r.item.label_in(lang) for r in rs)


def _one(ctx: Context, part: int | None, cid: str,
         found: list[ItemResult] | None) -> Finding:
    where = ctx._("Partie {part}", part=part) if part else ctx._(
            "Dossier")
    name = _title(ctx, cid)
    if found is None:
        return Finding(id="competence.coverage", status=Status.SKIP, part=part, competence=cid,
                       message=ctx._("{where} – {name} : partie introuvable, couverture non "
                                     "vérifiée.", where=where, name=name))
    mine = [r for r in found if cid in r.item.competences]
    if not mine:
        return Finding(id="competence.coverage", status=Status.SKIP, part=part, competence=cid,
                       message=ctx._("{where} – {name} : aucun élément de contenu du jeu de "
                                     "règles ne s'y rattache.", where=where, name=name))
    ok = [r for r in mine if r.found]
    missing = [r for r in mine if not r.found]
    share = f"{len(ok)}/{len(mine)}"
    if not missing:
        return Finding(id="competence.coverage", status=Status.PASS, part=part, competence=cid,
                       expected=_labels(mine), actual=_labels(ok),
                       message=ctx._("{where} – {name} : couverte, {share} éléments trouvés "
                                     "({ok}).", where=where, name=name, share=share,
                                     ok=_labels(ok, ctx.lang)))
    if all(fails_alone(r) for r in missing):
        # The gap is already a failure of its own (a mandatory content absent, too few
        # interviews): a warning per competence it touches would say it again, three times
        # for an OPS monographie. One gap, one finding; this one says it is the same.
        state = ctx._("partiellement couverte") if ok else ctx._("non couverte")
        return Finding(
            id="competence.coverage", status=Status.PASS, part=part, competence=cid,
            expected=_labels(mine), actual=_labels(ok),
            message=ctx._("{where} – {name} : {state}, {share} éléments trouvés ; ce qui "
                          "manque ({missing}) est déjà signalé en échec ({ids}).", where=where,
                          name=name, state=state, share=share, missing=_labels(missing, ctx.lang),
                          ids=", ".join(f"content.{r.item.id}" for r in missing)))
    if ok and all(in_checklist(r) for r in missing):
        return Finding(
            id="competence.coverage", status=Status.PASS, part=part, competence=cid,
            expected=_labels(mine), actual=_labels(ok),
            message=ctx._("{where} – {name} : couverte en partie, {share} éléments trouvés "
                          "({ok}) ; les autres sont dans la liste à vérifier de la partie.",
                          where=where, name=name, share=share, ok=_labels(ok, ctx.lang)))
    state = ctx._("partiellement couverte") if ok else ctx._(
            "non couverte")
    found_txt = ctx._(" Trouvés : {ok}.", ok=_labels(ok, ctx.lang)) if ok else ""
    return Finding(
        id="competence.coverage", status=Status.WARN, part=part, competence=cid,
        expected=_labels(mine), actual=_labels(ok),
        message=ctx._("{where} – {name} : {state}, {share} éléments trouvés.{found_txt} "
                      "Manquants : {missing}.", where=where, name=name, state=state,
                      share=share, found_txt=found_txt, missing=_labels(missing, ctx.lang)),
        hint=ctx._("Voir les points content.* de cette partie (et sa liste à vérifier) : ils "
                   "citent la phrase du référentiel."))


def check(ctx: Context) -> list[Finding]:
    rules = ctx.rules
    all_results = results(ctx)
    out: list[Finding] = []
    if rules.competences and rules.content:
        for cid in rules.competences:
            out.append(_one(ctx, None, cid, all_results.get(None)))
    for part in rules.parts:
        if not part.content:
            continue
        for cid in part.competences:
            out.append(_one(ctx, part.number, cid, all_results.get(part.number)))
    return out


SPECS = (CheckSpec(
    "competence", run=check,
    reads=("competences", "parts.competences", "referential", "content", "parts.content"),
    emits=(Emits("competence.coverage", (PASS, WARN, SKIP),
                 "which required contents that evidence one competence (`competence` holds "
                 "its id) were found"),)),)
