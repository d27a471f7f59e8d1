"""hours.minimum: placement hours against the route's minimum.

The hours are declared (``--hours``, a batch manifest) or read from the dossier: "Période(s)
en entreprise : 392 heures", "Durée du stage : 400 h", several periods that add up, or a
number of days for certifications that count in days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cipcheck.checks.base import Context, fmt
from cipcheck.document import Block
from cipcheck.findings import Finding, Status
from cipcheck.textnorm import fold

# No thousands separator: no placement lasts 1 000 hours, and "PAE 2 182 h" must read
# as period 2 of 182 hours.
_AMOUNT = r"(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)"
_HOURS = re.compile(
    _AMOUNT + r"\s*(?:h\b(?!\s*\d)|heures?\b|hrs?\b)(?!\s*(?:/|par|hebdo|chaque)\s*"
    r"(?:semaine|sem\b|jour|j\b|mois|hebdo))")
_DAYS = re.compile(_AMOUNT + r"\s*(?:jours?|j\b)(?!\s*(?:/|par)\s*(?:semaine|sem\b|mois))")
_CLOCK = re.compile(r"\b\d{1,2}\s*h\s*\d{2}\b")
_CONTEXT = re.compile(
    r"stage|periodes? (?:de formation )?en (?:entreprise|milieu professionnel)|en entreprise|"
    r"\bpae\b|pmsmp|immersion|alternance|mise en (?:application|situation) professionnelle|"
    r"periodes? d'application|duree totale|periode pratique")
_ENUMERATED = re.compile(
    r"(stage|periode|immersion|pae|pmsmp)\s*(n\s*[°o]\s*)?\d|"
    r"(1er|premier|premiere|2e|2eme|deuxieme|second|seconde|3e|troisieme)\s+"
    r"(stage|periode|immersion)|\bdu \d{1,2}[/ ]")
_TOTAL = re.compile(r"\b(total|au total|soit|cumul|en tout)\b")


@dataclass(frozen=True)
class Hours:
    value: float
    source: str  # "declared" | "document"
    page: int | None = None
    detail: str = ""


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _lines(blocks: list[Block]) -> list[tuple[Block, str, str]]:
    """(block, text to read amounts from, text that gives the context) for each block.

    A table row is split into cells in a DOCX ("PAE 1" | "du 3 au 14 mars" | "70 h"), and
    a table's rows often name their context only in a caption above it ("Périodes en
    entreprise", then "Total | 140 h"): a cell is read with the cell before it on its
    row, and any line with the lines just above it as context.
    """
    out = []
    for i, b in enumerate(blocks):
        before = [p for p in blocks[max(0, i - 5): i] if p.page == b.page]
        row = b.text
        if b.in_table:
            cells = [p.text for p in before[-1:] if p.in_table]
            row = " ".join([*cells, b.text])
        context = " ".join([*(p.text for p in before), b.text])
        out.append((b, row, context))
    return out


def find_hours(ctx: Context) -> Hours | None:
    rule = ctx.rules.hours
    per_day = rule.hours_per_day if rule else 7.0
    doc = ctx.dossier.document
    candidates: list[tuple[float, bool, str | None, int, str]] = []
    for b, row, context in _lines(list(doc.blocks) + list(doc.margins)):
        if b.is_toc or not _CONTEXT.search(fold(context)):
            continue
        f = fold(row)
        cleaned = _CLOCK.sub(" ", f)
        found: list[tuple[int, float]] = []
        for m in _HOURS.finditer(cleaned):
            if "dont" in cleaned[max(0, m.start() - 6): m.start()]:
                continue
            found.append((m.start(), _number(m.group(1))))
        if not found:
            found = [(m.start(), _number(m.group(1)) * per_day) for m in _DAYS.finditer(cleaned)]
        found = [(at, a) for at, a in found if 7 <= a <= 5000]
        if not found:
            continue
        amounts = [a for _, a in found]
        total = bool(_TOTAL.search(f))
        enum = _ENUMERATED.search(f)
        equals = cleaned.rfind("=")
        if equals >= 0 and any(at > equals for at, _ in found):
            # "196 h + 196 h = 392 h": the result, not the sum of every figure.
            candidates.append((next(a for at, a in found if at > equals), True, None,
                               b.page, b.text))
        elif len(amounts) > 1 and not total:
            candidates.append((sum(amounts), False, None, b.page, b.text))
        else:
            candidates.append((max(amounts), total, enum.group(0) if enum else None,
                               b.page, b.text))
    if not candidates:
        return None
    totals = [c for c in candidates if c[1]]
    if totals:
        best = max(totals, key=lambda c: c[0])
        return Hours(best[0], "document", best[3], best[4])
    # Periods listed one per line ("PAE 1 … 70 h", "PAE 2 … 70 h") add up; the same
    # period quoted twice (cover and introduction) counts once.
    periods: dict[tuple[float, str], tuple[int, str]] = {}
    for amount, _, label, where, line in candidates:
        if label is not None:
            periods.setdefault((amount, label), (where, line))
    if len(periods) >= 2:
        first_page, _ = next(iter(periods.values()))
        detail = " + ".join(fmt(ctx, v, 0) for v, _ in periods)
        return Hours(sum(v for v, _ in periods), "document", first_page, detail)
    best = max(candidates, key=lambda c: c[0])
    return Hours(best[0], "document", best[3], best[4])


def check(ctx: Context) -> list[Finding]:
    rule = ctx.rules.hours
    if rule is None:
        return []
    route_rule = rule.routes.get(ctx.route)
    if ctx.route not in rule.routes or route_rule is None or route_rule.min is None:
        return [Finding(
            id="hours.minimum", status=Status.SKIP,
            message=ctx.tr(
                f"Parcours {ctx.route.upper() if ctx.route == 'vae' else ctx.route} : pas de "
                "durée minimale de période en entreprise (dossier rédigé à partir de "
                "l'activité professionnelle).",
                f"Route {ctx.route}: no minimum placement hours."))]
    # A minimum in days (OPS: "29 jours") is compared in hours at the rule's hours per
    # day, since the text may state either ("29 jours", "203 heures").
    days = rule.unit == "days"
    minimum = route_rule.min * rule.hours_per_day if days else route_rule.min
    min_text = (ctx.tr(f"{fmt(ctx, route_rule.min, 0)} jours ({fmt(ctx, minimum, 0)} h)",
                       f"{fmt(ctx, route_rule.min, 0)} days ({fmt(ctx, minimum, 0)} h)")
                if days else f"{fmt(ctx, minimum, 0)} h")
    found = (Hours(ctx.declared_hours, "declared") if ctx.declared_hours is not None
             else find_hours(ctx))
    if found is not None:
        ctx.memo["hours"] = found.value
    expected = ctx.tr(f"au moins {min_text}", f"at least {min_text}")
    if found is None:
        return [Finding(
            id="hours.minimum", status=Status.WARN, expected=expected,
            message=ctx.tr(
                "Durée des périodes en entreprise introuvable dans le dossier : le minimum de "
                f"{min_text} n'a pas pu être vérifié.",
                f"Placement hours not found in the dossier: the {min_text} "
                "minimum could not be checked."),
            hint=ctx.tr(
                "Indiquez-la sur la page de garde (« Période(s) en entreprise : 392 heures ») "
                "ou déclarez-la avec --hours 392.",
                "State it on the cover page (\"Période(s) en entreprise : 392 heures\") or pass "
                "--hours 392."))]
    how = (ctx.tr("déclarées", "declared") if found.source == "declared"
           else ctx.tr(f"lues page {found.page}", f"read on page {found.page}"))
    if found.detail and "+" in found.detail:
        how += f" ({found.detail})"
    value = fmt(ctx, found.value, 0)
    if days:
        value_days = fmt(ctx, found.value / rule.hours_per_day, 1)
        how += ctx.tr(f", soit {value_days} jours", f", i.e. {value_days} days")
    if found.value >= minimum:
        return [Finding(
            id="hours.minimum", status=Status.PASS, expected=expected, actual=f"{value} h",
            page=found.page,
            message=ctx.tr(f"Périodes en entreprise : {value} h ({how}), minimum "
                           f"{min_text}.",
                           f"Placement: {value} h ({how}), minimum {min_text}."))]
    return [Finding(
        id="hours.minimum", status=Status.FAIL, expected=expected, actual=f"{value} h",
        page=found.page,
        message=ctx.tr(f"Périodes en entreprise : {value} h ({how}), il en faut au moins "
                       f"{min_text}.",
                       f"Placement: {value} h ({how}), at least {min_text} needed."),
        hint=ctx.tr("Complétez les périodes en entreprise avant la session, ou, si la durée lue "
                    "est fausse, déclarez la bonne avec --hours.",
                    "Complete the placement, or declare the right figure with --hours."))]
