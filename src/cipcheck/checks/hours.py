"""hours.minimum: placement hours against the route's minimum.

The hours are declared (``--hours``, a batch manifest) or read from the dossier: "Période(s)
en entreprise : 392 heures", "Durée du stage : 400 h", several periods that add up, or a
number of days for certifications that count in days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cipcheck.checks.base import Context, fmt
from cipcheck.findings import Finding, Status
from cipcheck.textnorm import fold

_AMOUNT = r"(\d{1,4}(?:[ .]\d{3})?(?:[.,]\d{1,2})?)"
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
    t = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}\.\d{3}", t):  # "1.200" is a thousand separator
        t = t.replace(".", "")
    return float(t.replace(",", "."))


def find_hours(ctx: Context) -> Hours | None:
    rule = ctx.rules.hours
    per_day = rule.hours_per_day if rule else 7.0
    doc = ctx.dossier.document
    candidates: list[tuple[float, bool, bool, int, str]] = []
    for b in list(doc.blocks) + list(doc.margins):
        f = fold(b.text)
        if not _CONTEXT.search(f) or b.is_toc:
            continue
        cleaned = _CLOCK.sub(" ", f)
        amounts: list[float] = []
        for m in _HOURS.finditer(cleaned):
            before = cleaned[max(0, m.start() - 6): m.start()]
            if "dont" in before:
                continue
            amounts.append(_number(m.group(1)))
        if not amounts:
            for m in _DAYS.finditer(cleaned):
                amounts.append(_number(m.group(1)) * per_day)
        amounts = [a for a in amounts if 7 <= a <= 5000]
        if not amounts:
            continue
        total = bool(_TOTAL.search(f))
        enumerated = bool(_ENUMERATED.search(f))
        if len(amounts) > 1 and not total:
            candidates.append((sum(amounts), False, True, b.page, b.text))
        else:
            candidates.append((max(amounts), total, enumerated, b.page, b.text))
    if not candidates:
        return None
    totals = [c for c in candidates if c[1]]
    if totals:
        best = max(totals, key=lambda c: c[0])
        return Hours(best[0], "document", best[3], best[4])
    periods: dict[float, tuple[int, str]] = {}
    for amount, _, enum, where, line in candidates:
        if enum and amount not in periods:
            periods[amount] = (where, line)
    if len(periods) >= 2:
        first_page, _ = next(iter(periods.values()))
        detail = " + ".join(fmt(ctx, v, 0) for v in periods)
        return Hours(sum(periods), "document", first_page, detail)
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
