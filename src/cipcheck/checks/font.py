"""format.font: the family of the body text."""

from __future__ import annotations

from collections import Counter

from cipcheck.checks.base import Context, body_text, percent, share_status
from cipcheck.checkspec import FAIL, PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.findings import Finding, Status
from cipcheck.readers.fonts import same_family


def check(ctx: Context) -> list[Finding]:
    rule = ctx.rules.format.font
    if rule is None:
        return []
    chars: Counter[str] = Counter()
    for b in body_text(ctx):
        for s in b.spans:
            chars[s.font or "?"] += s.chars
    total = sum(chars.values())
    if not total:
        return [Finding(id="format.font", status=Status.SKIP,
                        message=ctx._("Aucun texte courant pour vérifier la police."))]
    exact = sum(n for f, n in chars.items() if same_family(f, rule.family))
    twins = sum(n for f, n in chars.items()
                if any(same_family(f, e) for e in rule.equivalents))
    share, with_twins = exact / total, (exact + twins) / total
    others = ", ".join(f"{f} {percent(ctx, n / total)}" for f, n in chars.most_common(3)
                       if not same_family(f, rule.family))
    status = share_status(share, rule.pass_share, rule.fail_share)
    if status is Status.PASS:
        return [Finding(
            id="format.font", status=status,
            message=ctx._("{share} du texte en {family}.", share=percent(ctx, share),
                          family=rule.family),
            expected=rule.family, actual=f"{rule.family} {percent(ctx, share)}")]
    if share_status(with_twins, rule.pass_share, rule.fail_share) is Status.PASS:
        twin = next(f for f, _ in chars.most_common()
                    if any(same_family(f, e) for e in rule.equivalents))
        return [Finding(
            id="format.font", status=Status.WARN,
            message=ctx._("{with_twins} du texte en {twin}, le jumeau métrique d'{family} (mêmes "
                          "largeurs, donc mêmes pages) : le PDF a sans doute été produit sur un "
                          "ordinateur sans {family}.", with_twins=percent(ctx, with_twins),
                          twin=twin, family=rule.family),
            expected=rule.family, actual=twin,
            hint=ctx._("Si possible, exportez le PDF depuis Word avec la police {family}.",
                       family=rule.family))]
    return [Finding(
        id="format.font", status=status,
        message=ctx._("Seulement {share} du texte en {family} (autres : {others}).",
                      share=percent(ctx, share), family=rule.family, others=others),
        expected=rule.family, actual=others,
        hint=ctx._("Sélectionnez tout le texte (Ctrl+A) et choisissez {family}, ou mieux : "
                   "modifiez le style « Normal » pour qu'il utilise {family} (et non la police "
                   "du thème).", family=rule.family))]


SPECS = (CheckSpec("format.font", run=check, reads=("format.font",),
                   emits=(Emits("format.font", (PASS, WARN, FAIL, SKIP),
                                "font family of the body text"),)),)
