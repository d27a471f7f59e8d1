"""competence.*: for each competence a part is assessed on, which of the required
items that evidence it were found.

Covered (every item found) passes. When the only items missing are topics already in
the part's ``content.checklist``, it passes too, saying so: one gap is one warning, not
two. Not covered at all, or missing an item that fails (a count, a mandatory content),
warns: the jury assesses the competence, the tool only says what the text shows.
"""

from __future__ import annotations

from cipcheck.checks.base import Context
from cipcheck.checks.content import in_checklist, results
from cipcheck.checkspec import PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.content.evaluate import ItemResult
from cipcheck.findings import Finding, Status


def _title(ctx: Context, cid: str) -> str:
    comp = ctx.referential.competence(cid) if ctx.referential else None
    if comp is None:
        return cid
    return f"{cid} ({comp.short or comp.title})"


def _labels(rs: list[ItemResult]) -> str:
    return " ; ".join(r.item.label for r in rs)


def _one(ctx: Context, part: int | None, cid: str,
         found: list[ItemResult] | None) -> Finding:
    where = ctx.tr(f"Partie {part}", f"Part {part}") if part else ctx.tr("Dossier", "Dossier")
    name = _title(ctx, cid)
    if found is None:
        return Finding(id="competence.coverage", status=Status.SKIP, part=part, competence=cid,
                       message=ctx.tr(f"{where} – {name} : partie introuvable, couverture non "
                                      "vérifiée.",
                                      f"{where} – {name}: part not found, coverage not checked."))
    mine = [r for r in found if cid in r.item.competences]
    if not mine:
        return Finding(id="competence.coverage", status=Status.SKIP, part=part, competence=cid,
                       message=ctx.tr(f"{where} – {name} : aucun élément de contenu du jeu de "
                                      "règles ne s'y rattache.",
                                      f"{where} – {name}: no content item of the rule set "
                                      "evidences it."))
    ok = [r for r in mine if r.found]
    missing = [r for r in mine if not r.found]
    share = f"{len(ok)}/{len(mine)}"
    if not missing:
        return Finding(id="competence.coverage", status=Status.PASS, part=part, competence=cid,
                       expected=_labels(mine), actual=_labels(ok),
                       message=ctx.tr(f"{where} – {name} : couverte, {share} éléments trouvés "
                                      f"({_labels(ok)}).",
                                      f"{where} – {name}: covered, {share} items found "
                                      f"({_labels(ok)})."))
    if ok and all(in_checklist(r) for r in missing):
        return Finding(
            id="competence.coverage", status=Status.PASS, part=part, competence=cid,
            expected=_labels(mine), actual=_labels(ok),
            message=ctx.tr(f"{where} – {name} : couverte en partie, {share} éléments trouvés "
                           f"({_labels(ok)}) ; les autres sont dans la liste à vérifier de "
                           "la partie.",
                           f"{where} – {name}: partly covered, {share} items found "
                           f"({_labels(ok)}); the others are in the part's checklist."))
    state = ctx.tr("partiellement couverte", "partly covered") if ok else ctx.tr(
        "non couverte", "not covered")
    found_txt = ctx.tr(f" Trouvés : {_labels(ok)}.", f" Found: {_labels(ok)}.") if ok else ""
    return Finding(
        id="competence.coverage", status=Status.WARN, part=part, competence=cid,
        expected=_labels(mine), actual=_labels(ok),
        message=ctx.tr(f"{where} – {name} : {state}, {share} éléments trouvés.{found_txt} "
                       f"Manquants : {_labels(missing)}.",
                       f"{where} – {name}: {state}, {share} items found.{found_txt} "
                       f"Missing: {_labels(missing)}."),
        hint=ctx.tr("Voir les points content.* de cette partie (et sa liste à vérifier) : "
                    "ils citent la phrase du référentiel.",
                    "See this part's content.* findings (and its checklist): they quote "
                    "the assessment rules."))


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
