"""hours.minimum: placement hours against the route's minimum.

The hours are declared (``--hours``, a batch manifest) or read from the dossier by
``cipcheck.content.hours`` (once, before the checks: ``Context.hours``). This check only
judges: it fails only on a reading that is certain, and warns — saying what was read,
where and how it was added up — when the reading is a guess.
"""

from __future__ import annotations

import re

from cipcheck.checks.base import Context, fmt
from cipcheck.checkspec import FAIL, PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.content.hours import HoursReading, declared, read_hours
from cipcheck.findings import Finding, Status
from cipcheck.reading import read
from cipcheck.textnorm import fold

# The cover naming the VAE route (« Parcours : VAE », « validation des acquis de
# l'expérience »): a dossier written from professional activity, with no placement.
_VAE = re.compile(r"\bvae\b|validation des acquis de l ?experience")


def _route_minimum(ctx: Context) -> float | None:
    rule = ctx.rules.hours
    if rule is None or ctx.route not in rule.routes:
        return None
    route_rule = rule.routes[ctx.route]
    return route_rule.min if route_rule is not None else None


def placement_hours(ctx: Context) -> HoursReading | None:
    """The hours declared, or read from the dossier when its rule set has a minimum for
    the route (body, then headers and footers); None when nothing is stated."""
    if ctx.declared_hours is not None:
        return declared(ctx.declared_hours)
    return document_hours(ctx)


def document_hours(ctx: Context) -> HoursReading | None:
    """The hours the dossier itself states (also when others were declared: the jury reads
    the dossier, so a declaration that contradicts it must be said)."""
    rule = ctx.rules.hours
    if rule is None or _route_minimum(ctx) is None:
        return None
    doc = ctx.dossier.document
    try:
        readings = [ctx.reading]
        if doc.margins:
            readings.append(read(doc.margins, doc.kind))
        minimum = _route_minimum(ctx) or 0.0
        per_day = rule.hours_per_day if rule.unit == "days" else 1.0
        return read_hours(readings, rule.hours_per_day, rule.unit == "days", minimum * per_day)
    except Exception:  # read before the checks, outside their guard: never a traceback
        # A reading bug leaves the hours unread: a warning asking for --hours, not a crash.
        return None


def _how(ctx: Context, found: HoursReading, days: bool, per_day: float) -> str:
    """« lues page 3 (11 semaines × 35 h) », « déclarées »."""
    if found.source == "declared":
        return ctx._("déclarées")
    how = ctx._("lues page {page}", page=found.page)
    # The amount says the days of a rule counted in days (« 22 jours (154 h) »): a
    # reading that is those days at the rule's day (« 22 jours × 7 h ») says nothing more.
    value_days = fmt(ctx, found.value / per_day, 1)
    if found.how and not (days and found.how.startswith(f"{value_days} jour")):
        how += ctx._(" : {how}", how=found.how)
    return how


def _amount(ctx: Context, hours: float) -> str:
    """« 154 h », or for a rule counted in days « 22 jours (154 h) »: the unit the
    candidate wrote and the jury counts first (blind16, blind17: an OPS mémoire of « 22
    jours » was told « 154 h »)."""
    rule = ctx.rules.hours
    if rule is None or rule.unit != "days":
        return f"{_hours_text(ctx, hours)} h"
    return ctx._("{days} jours ({hours} h)", days=fmt(ctx, hours / rule.hours_per_day, 1),
                 hours=_hours_text(ctx, hours))


def check(ctx: Context) -> list[Finding]:
    rule = ctx.rules.hours
    if rule is None:
        return []
    minimum_of_route = _route_minimum(ctx)
    if minimum_of_route is None:
        return [Finding(
            id="hours.minimum", status=Status.SKIP,
            message=ctx._("Parcours {route} : pas de durée minimale de période en entreprise "
                          "(dossier rédigé à partir de l'activité professionnelle).",
                          route=ctx.route.upper() if ctx.route == "vae" else ctx.route))]
    days = rule.unit == "days"
    minimum, min_text = _minimum(ctx, minimum_of_route, days, rule.hours_per_day)
    found = ctx.hours
    expected = ctx._("au moins {min_text}", min_text=min_text)
    unjudged = _unjudged(ctx, found, minimum, expected, min_text)
    if unjudged is not None or found is None:
        return [unjudged] if unjudged is not None else []
    how = _how(ctx, found, days, rule.hours_per_day)
    value = _hours_text(ctx, found.value)
    contradiction = _contradicted(ctx, found, minimum, min_text, value, expected)
    if contradiction is not None:
        return [contradiction]
    if not found.certain:
        return [_uncertain(ctx, found, value, how, expected, min_text, minimum)]
    if found.value < minimum and found.doubt:
        # Read as stated, but put together by the reader (a sum without its total, a rate
        # and a count far apart): under the minimum, a warning that shows how.
        return [_uncertain(ctx, found, value, f"{how}, {found.doubt}", expected, min_text,
                           minimum)]
    if found.value < minimum and _in_annexes(ctx, found):
        # Read only in an annex (an attestation, a convention de stage): one document of
        # the placement, often one period of several — not the dossier's statement.
        return [_uncertain(ctx, found, value, how + ctx._(", en annexe"), expected, min_text,
                           minimum)]
    if found.value < minimum and found.ceiling is not None and found.ceiling >= minimum:
        # Other placement figures of the dossier would reach the minimum if they add up
        # (« la deuxième, de 140 heures… ») : that is not sure enough to fail on.
        return [_uncertain(ctx, found, value, how, expected, min_text, minimum,
                           ceiling=found.ceiling)]
    if found.value >= minimum:
        return [Finding(
            id="hours.minimum", status=Status.PASS, expected=expected, actual=f"{value} h",
            page=found.page,
            message=ctx._("Périodes en entreprise : {amount} ({how}), minimum {min_text}.",
                          amount=_amount(ctx, found.value), how=how, min_text=min_text))]
    # What was read, quoted, so the candidate can find the line that fails.
    quote = f" : « {found.quote} »" if found.quote else ""
    return [Finding(
        id="hours.minimum", status=Status.FAIL, expected=expected, actual=f"{value} h",
        page=found.page,
        message=ctx._("Périodes en entreprise : {amount} ({how}), il en faut au moins "
                      "{min_text}{quote}.", amount=_amount(ctx, found.value), how=how,
                      min_text=min_text, quote=quote),
        hint=ctx._("Complétez les périodes en entreprise avant la session, ou, si la durée lue "
                   "est fausse, déclarez la bonne avec --hours."))]


def _minimum(ctx: Context, of_route: float, days: bool, per_day: float) -> tuple[float, str]:
    """The minimum in hours, and as said. A minimum in days (OPS: "29 jours") is compared
    in hours at the rule's hours per day, since the text may state either ("29 jours",
    "203 heures")."""
    if not days:
        return of_route, f"{fmt(ctx, of_route, 0)} h"
    minimum = of_route * per_day
    return minimum, ctx._("{minimum_of_route} jours ({minimum} h)",
                          minimum_of_route=fmt(ctx, of_route, 0), minimum=fmt(ctx, minimum, 0))


def _unjudged(ctx: Context, found: HoursReading | None, minimum: float, expected: str,
              min_text: str) -> Finding | None:
    """Nothing read, or a cover that says VAE under the training route's minimum: what
    to state or confirm, never a judgement on the hours."""
    vae = _vae_cover(ctx) if found is None or found.value < minimum else None
    if vae is not None:
        return _vae_on_cover(ctx, found, vae, expected, min_text)
    return _not_found(ctx, expected, min_text) if found is None else None


def _not_found(ctx: Context, expected: str, min_text: str) -> Finding:
    return Finding(
        id="hours.minimum", status=Status.WARN, expected=expected,
        message=ctx._("Durée des périodes en entreprise introuvable dans le dossier : le "
                      "minimum de {min_text} n'a pas pu être vérifié.", min_text=min_text),
        hint=ctx._("Indiquez-la sur la page de garde (« Période(s) en entreprise : 392 "
                   "heures ») ou déclarez-la avec --hours 392."))


def _vae_cover(ctx: Context) -> str | None:
    """The cover's line that names the VAE, when the route checked is the training's."""
    if ctx.route != "formation" or (ctx.declared_hours is not None):
        return None
    return next((b.text.strip() for b in ctx.dossier.document.blocks
                 if b.page == 1 and _VAE.search(fold(b.text).replace("'", " "))), None)


def _vae_on_cover(ctx: Context, found: HoursReading | None, line: str, expected: str,
                  min_text: str) -> Finding:
    """The training route's minimum, unmet or unstated, on a dossier whose cover says VAE:
    a VAE candidate has no placement hours to state (blind16: told to « déclarez-la avec
    --hours 392 »), so the route is what to confirm — never a failure on that guess."""
    read_ = (ctx._(" ; durée lue : {value} h page {page}", value=_hours_text(ctx, found.value),
                   page=found.page) if found is not None else "")
    return Finding(
        id="hours.minimum", status=Status.WARN, expected=expected,
        actual=f"{_hours_text(ctx, found.value)} h" if found is not None else None,
        page=found.page if found is not None else 1,
        message=ctx._("La page de garde indique une VAE (« {line} ») : ce parcours n'a pas "
                      "de minimum de périodes en entreprise, mais le dossier est vérifié pour "
                      "la formation (minimum {min_text}){read_}.", line=line[:80],
                      min_text=min_text, read_=read_),
        hint=ctx._("Si vous passez le titre par la VAE, relancez avec --route vae ; sinon, "
                   "indiquez la durée de vos périodes en entreprise (--hours)."))


def _hours_text(ctx: Context, value: float) -> str:
    # « 182,5 h » declared is not « 182 h »: a half hour shows when there is one.
    return fmt(ctx, value, 0 if float(value).is_integer() else 1)


def _contradicted(ctx: Context, found: HoursReading, minimum: float, min_text: str,
                  value: str, expected: str) -> Finding | None:
    """Declared hours that pass while the dossier plainly states hours under the minimum:
    the jury reads the dossier, not the declaration, so that cannot pass silently (and a
    declaration under the minimum fails whatever the dossier says: the reader may be
    wrong, the declaration is the candidate's own)."""
    if found.source != "declared" or found.value < minimum:
        return None
    read_ = document_hours(ctx)
    if read_ is None or not read_.certain or read_.doubt or read_.value >= minimum:
        return None
    if read_.ceiling is not None and read_.ceiling >= minimum:
        return None
    stated = _hours_text(ctx, read_.value)
    quote = f" « {read_.quote} »" if read_.quote else ""
    return Finding(
        id="hours.minimum", status=Status.WARN, expected=expected, actual=f"{value} h",
        page=read_.page,
        message=ctx._("Périodes en entreprise : {value} h déclarées, mais le dossier indique "
                      "{stated} h page {page} :{quote}, en dessous du minimum de {min_text}. "
                      "Le jury lit le dossier.", value=value, stated=stated, page=read_.page,
                      quote=quote, min_text=min_text),
        hint=ctx._("Si la déclaration est juste, corrigez la durée écrite dans le dossier ; "
                   "sinon, les périodes en entreprise n'atteignent pas le minimum."))


def _in_annexes(ctx: Context, found: HoursReading) -> bool:
    annexes = ctx.dossier.annex_start
    return (found.source != "declared" and annexes is not None and found.page is not None
            and found.page > annexes)


def _uncertain(ctx: Context, found: HoursReading, value: str, how: str, expected: str,
               min_text: str, minimum: float, ceiling: float | None = None) -> Finding:
    """A reading that is not sure enough to judge on: say what was read, ask to confirm."""
    others = ", ".join(f"{fmt(ctx, o.value, 0)} h (p. {o.page})" for o in found.others[:3])
    also_fr = f" ; autres durées lues : {others}" if others else ""
    also_en = f"; other figures read: {others}" if others else ""
    if ceiling is not None:
        total = fmt(ctx, ceiling, 0)
        # Where those other figures are, so the candidate can find them (« p. 3, 7 »).
        where = ", ".join(str(p) for p in found.ceiling_pages[:5])
        where_fr = f"p. {where} ; " if where else ""
        where_en = f"p. {where}; " if where else ""
        also_fr += (f" ; d'autres durées de stage figurent dans le dossier ({where_fr}jusqu'à "
                    f"{total} h en tout si elles s'ajoutent)")
        also_en += (f"; other placement figures appear in the dossier ({where_en}up to {total} "
                    "h in all if they add up)")
    quote = f" « {found.quote} »" if found.quote else ""
    # Exactly the minimum is no margin to be « above » (« 175 h » for 175 h required).
    def level(hours: float) -> int:
        return (hours > minimum + 0.5) - (hours < minimum - 0.5)

    side_fr = {1: "au-dessus", 0: "au niveau", -1: "en dessous"}
    side_en = {1: "above", 0: "at", -1: "below"}
    values = list(dict.fromkeys([found.value, *(o.value for o in found.others[:3])]))
    if len({level(v) for v in values}) > 1:
        # The figures read disagree about the minimum (350 h in the introduction, 392 h
        # on the cover): say what each would mean, not only the one retained.
        sides_fr = ", ".join(f"{fmt(ctx, v, 0)} h serait {side_fr[level(v)]}"
                             for v in values)
        sides_en = ", ".join(f"{fmt(ctx, v, 0)} h would be {side_en[level(v)]}"
                             for v in values)
        message = ctx._("Périodes en entreprise : {amount} ({how}), lecture à confirmer "
                        ":{quote}{also_fr}. Ces durées ne disent pas la même chose : "
                        "{sides_fr} du minimum de {min_text}.",
                        amount=_amount(ctx, found.value), how=how, quote=quote,
                        also_fr=also_fr, sides_fr=sides_fr, min_text=min_text,
                        also_en=also_en, sides_en=sides_en)
    else:
        message = ctx._("Périodes en entreprise : {amount} ({how}), lecture à confirmer "
                        ":{quote}{also_fr}. Ce serait {side_fr} du minimum de {min_text}.",
                        amount=_amount(ctx, found.value), how=how, quote=quote,
                        also_fr=also_fr, side_fr=side_fr[level(found.value)],
                        min_text=min_text, also_en=also_en,
                        side_en=side_en[level(found.value)])
    return Finding(
        id="hours.minimum", status=Status.WARN, expected=expected, actual=f"{value} h",
        page=found.page, message=message,
        hint=ctx._("Vérifiez la durée de vos périodes en entreprise et déclarez-la avec --hours "
                   "(ou la colonne « hours » du manifeste), par exemple --hours {value}.",
                   value=f'{found.value:g}'))


SPECS = (CheckSpec("hours", run=check, reads=("hours.routes", "hours.unit", "hours.hours_per_day"),
                   emits=(Emits("hours.minimum", (PASS, WARN, FAIL, SKIP),
                                "placement hours against the route's minimum (warns when "
                                "they are not found or the reading is uncertain; skip on a "
                                "route without a minimum)"),)),)
