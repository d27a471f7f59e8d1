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
                        message=ctx.tr("Aucun texte courant pour vérifier la police.",
                                       "No running text to check the font."))]
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
            message=ctx.tr(f"{percent(ctx, share)} du texte en {rule.family}.",
                           f"{percent(ctx, share)} of the text in {rule.family}."),
            expected=rule.family, actual=f"{rule.family} {percent(ctx, share)}")]
    if share_status(with_twins, rule.pass_share, rule.fail_share) is Status.PASS:
        twin = next(f for f, _ in chars.most_common()
                    if any(same_family(f, e) for e in rule.equivalents))
        return [Finding(
            id="format.font", status=Status.WARN,
            message=ctx.tr(
                f"{percent(ctx, with_twins)} du texte en {twin}, le jumeau métrique "
                f"d'{rule.family} (mêmes largeurs, donc mêmes pages) : le PDF a sans doute été "
                f"produit sur un ordinateur sans {rule.family}.",
                f"{percent(ctx, with_twins)} of the text in {twin}, the metric twin of "
                f"{rule.family}: the PDF was probably made on a computer without {rule.family}."),
            expected=rule.family, actual=twin,
            hint=ctx.tr(f"Si possible, exportez le PDF depuis Word avec la police {rule.family}.",
                        f"If possible, export the PDF from Word with {rule.family}."))]
    return [Finding(
        id="format.font", status=status,
        message=ctx.tr(
            f"Seulement {percent(ctx, share)} du texte en {rule.family} (autres : {others}).",
            f"Only {percent(ctx, share)} of the text in {rule.family} (others: {others})."),
        expected=rule.family, actual=others,
        hint=ctx.tr(
            f"Sélectionnez tout le texte (Ctrl+A) et choisissez {rule.family}, ou mieux : "
            f"modifiez le style « Normal » pour qu'il utilise {rule.family} (et non la police "
            "du thème).",
            f"Select all (Ctrl+A) and choose {rule.family}, or set the Normal style's font."))]


SPECS = (CheckSpec("format.font", run=check, reads=("format.font",),
                   emits=(Emits("format.font", (PASS, WARN, FAIL, SKIP),
                                "font family of the body text"),)),)
