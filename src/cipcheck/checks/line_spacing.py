"""format.line_spacing: the line spacing of the body text.

A DOCX declares it per paragraph. A PDF only shows it: the baseline pitch divided by the
size times the font's own line height gives back the multiple. Only the pitch after a
full line counts, because the last line of a paragraph is followed by the paragraph's
spacing, not by the line spacing.
"""

from __future__ import annotations

import re

from cipcheck.checks.base import Context, body_text, fmt, percent, share_status
from cipcheck.checkspec import FAIL, PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.findings import Finding, Status

_SENTENCE_END = re.compile(r"[.:!?»)…;]\s*$")


def _samples(ctx: Context) -> list[tuple[float, int]]:
    blocks = body_text(ctx, tables=False)
    if ctx.dossier.document.kind != "pdf":
        return [(b.line_spacing, len(b.text)) for b in blocks if b.line_spacing]
    lengths = sorted(len(b.text) for b in blocks)
    if not lengths:
        return []
    full = 0.8 * lengths[int(0.9 * (len(lengths) - 1))]
    # A long line that ends a sentence may end its paragraph: the pitch after it then
    # includes the paragraph spacing. Lines that stop mid-sentence are safe samples.
    return [(b.line_spacing, 1) for b in blocks
            if b.line_spacing and len(b.text) >= full and 0.7 <= b.line_spacing <= 2.6
            and not _SENTENCE_END.search(b.text)]


def check(ctx: Context) -> list[Finding]:
    rule = ctx.rules.format.line_spacing
    if rule is None:
        return []
    samples = _samples(ctx)
    total = sum(w for _, w in samples)
    if not total:
        return [Finding(id="format.line_spacing", status=Status.SKIP,
                        message=ctx._("Pas assez de texte courant pour mesurer l'interligne."))]
    ok = sum(w for v, w in samples if abs(v - rule.multiple) <= rule.tolerance)
    share = ok / total
    status = share_status(share, rule.pass_share, rule.fail_share)
    expected = fmt(ctx, rule.multiple, 2)
    measured = ctx._("mesuré") if ctx.dossier.document.kind == "pdf" else ""
    if status is Status.PASS:
        return [Finding(
            id="format.line_spacing", status=status,
            message=ctx._("Interligne {expected} {measured} sur {share} du texte courant.",
                          expected=expected, measured=measured,
                          share=percent(ctx, share)).replace("  ", " "),
            expected=expected, actual=f"{expected} {percent(ctx, share)}")]
    buckets: dict[float, int] = {}
    for v, w in samples:
        if abs(v - rule.multiple) > rule.tolerance:
            key = round(v * 20) / 20
            buckets[key] = buckets.get(key, 0) + w
    others = ", ".join(f"{fmt(ctx, k, 2)} ({percent(ctx, n / total)})"
                       for k, n in sorted(buckets.items(), key=lambda kv: -kv[1])[:3])
    return [Finding(
        id="format.line_spacing", status=status,
        message=ctx._("Interligne {expected} sur seulement {share} du texte courant (trouvé : "
                      "{others}).", expected=expected, share=percent(ctx, share), others=others),
        expected=expected, actual=others,
        hint=ctx._("Sélectionnez le texte, Paragraphe > Interligne : Multiple, {expected} (ou "
                   "réglez-le dans le style « Normal »).", expected=expected) + (
            # Another spacing moves every page: a dossier written at 1,5 may fall under its
            # page minimum once at 1,15 (blind15), so the advice says to check them again.
            ctx._(" Pour un DOCX, « cipcheck fix » en fait une copie corrigée. Le nombre de "
                  "pages change avec l'interligne : vérifiez de nouveau le dossier corrigé.")
            if ctx.dossier.document.kind == "docx" else
            ctx._(" Le nombre de pages change avec l'interligne : vérifiez de nouveau le dossier "
                  "corrigé.")))]


SPECS = (CheckSpec("format.line_spacing", run=check, reads=("format.line_spacing",),
                   emits=(Emits("format.line_spacing", (PASS, WARN, FAIL, SKIP),
                                "line spacing of the body text"),)),)
