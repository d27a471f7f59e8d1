"""format.size: the size of the body text (headings may differ; tables are reported apart)."""

from __future__ import annotations

from collections import Counter

from cipcheck.checks.base import Context, body_text, fmt, percent, share_status
from cipcheck.checkspec import FAIL, PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.findings import Finding, Status


def check(ctx: Context) -> list[Finding]:
    rule = ctx.rules.format.size
    if rule is None:
        return []
    sizes: Counter[float] = Counter()
    for b in body_text(ctx, tables=False):
        for s in b.spans:
            if s.size:
                sizes[round(s.size * 2) / 2] += s.chars
    total = sum(sizes.values())
    if not total:
        return [Finding(id="format.size", status=Status.SKIP,
                        message=ctx.tr("Aucun texte courant pour vérifier la taille.",
                                       "No running text to check the size."))]
    ok = sum(n for z, n in sizes.items() if abs(z - rule.points) <= rule.tolerance)
    share = ok / total
    status = share_status(share, rule.pass_share, rule.fail_share)
    expected = f"{fmt(ctx, rule.points)} pt"
    if status is Status.PASS:
        msg = ctx.tr(f"{percent(ctx, share)} du texte courant en taille {expected} "
                     "(titres et tableaux non comptés).",
                     f"{percent(ctx, share)} of the running text at {expected} "
                     "(headings and tables not counted).")
        return [Finding(id="format.size", status=status, message=msg, expected=expected,
                        actual=f"{expected} {percent(ctx, share)}")]
    others = ", ".join(f"{fmt(ctx, z)} pt {percent(ctx, n / total)}"
                       for z, n in sizes.most_common(3) if abs(z - rule.points) > rule.tolerance)
    return [Finding(
        id="format.size", status=status,
        message=ctx.tr(f"Seulement {percent(ctx, share)} du texte courant en {expected} "
                       f"(autres : {others}).",
                       f"Only {percent(ctx, share)} of the running text at {expected} "
                       f"(others: {others})."),
        expected=expected, actual=others,
        hint=ctx.tr(f"Réglez le style « Normal » (et les styles de paragraphe du texte) sur "
                    f"{expected}.", f"Set the Normal style to {expected}."))]


SPECS = (CheckSpec("format.size", run=check, reads=("format.size",),
                   emits=(Emits("format.size", (PASS, WARN, FAIL, SKIP),
                                "font size of the body text"),)),)
