"""privacy.*: personal data that should have been anonymised (RGPD).

The RE asks that no personal or medical data of the persons accompanied be passed on.
Each distinct datum found is a warning with its page and a masked excerpt (the report
never repeats the datum itself); a detector that finds nothing passes. The cover page
is not scanned: the candidate's own name and contact details belong there.
"""

from __future__ import annotations

from cipcheck.checks.base import Context
from cipcheck.checkspec import PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.findings import Finding, Status
from cipcheck.i18n import N_
from cipcheck.privacy import KINDS, LABELS, Located, scan

DISABLED = "no-privacy"

# French source texts (cipcheck.i18n), translated where the report's language is known.
HINTS = {
    "phone": N_("Supprimez ce numéro ou remplacez-le par « 06 XX XX XX XX »."),
    "email": N_("Supprimez cette adresse ou remplacez-la par « x@x.fr »."),
    "nir": N_("Un numéro de sécurité sociale ne doit jamais figurer dans le dossier : "
              "supprimez-le (y compris dans les annexes)."),
    "iban": N_("Supprimez les coordonnées bancaires (y compris dans les annexes)."),
    "birth_date": N_("Remplacez la date de naissance par un âge (« 34 ans »)."),
    "address": N_("Remplacez l'adresse par le quartier ou la commune."),
    "name": N_("Désignez la personne par son initiale (« Mme B. »), comme dans le reste du "
               "dossier."),
}


# The labels' grammatical gender: « aucune adresse… repérée », « aucun numéro… repéré »
# (« aucun(e)… repéré(e) » read like a form to fill in).
_FEMININE = frozenset({"email", "birth_date", "address"})


def _scope(ctx: Context) -> tuple[list, list]:
    d = ctx.dossier
    front_pages = set(d.front_matter_pages)
    blocks = [b for b in d.document.blocks if b.page not in front_pages and not b.is_toc]
    front = [b for b in d.document.blocks if b.page in front_pages]
    return blocks, front


def check(ctx: Context) -> list[Finding]:
    if DISABLED in ctx.options:
        return [Finding(id="privacy.disabled", status=Status.SKIP,
                        message=ctx._("Données personnelles : vérification désactivée "
                                      "(--no-privacy)."))]
    blocks, front = _scope(ctx)
    found = scan(blocks, front, ctx.reading.view(blocks))
    groups: dict[tuple[str, str], list[Located]] = {}
    for loc in found:
        groups.setdefault((loc.hit.kind, loc.hit.value), []).append(loc)
    out: list[Finding] = []
    for kind in KINDS:
        fr, en = LABELS[kind]
        mine = [locs for (k, _), locs in groups.items() if k == kind]
        if not mine:
            none = (ctx._("Aucune {fr} à anonymiser repérée.", fr=fr, en=en)
                    if kind in _FEMININE else
                    ctx._("Aucun {fr} à anonymiser repéré.", fr=fr, en=en))
            out.append(Finding(id=f"privacy.{kind}", status=Status.PASS, message=none))
            continue
        for locs in mine:
            first = locs[0]
            pages = sorted({loc.page for loc in locs})
            more = ""
            if len(pages) > 1:
                others = ", ".join(str(p) for p in pages[1:])
                more = ctx._(" (aussi p. {others})", others=others)
            out.append(Finding(
                id=f"privacy.{kind}", status=Status.WARN, page=first.page,
                actual=first.hit.masked,
                message=(ctx._("Page {page} : {fr} non anonymisée{more} : « {excerpt} ».",
                               page=first.page, fr=fr, more=more, excerpt=first.excerpt,
                               en=en) if kind in _FEMININE else
                         ctx._("Page {page} : {fr} non anonymisé{more} : « {excerpt} ».",
                               page=first.page, fr=fr, more=more, excerpt=first.excerpt,
                               en=en)),
                hint=ctx._(HINTS[kind]) + ctx._(
                        " Le référentiel demande de ne transmettre aucune donnée personnelle ou "
                        "médicale des personnes accompagnées (RGPD).")))
    return out


SPECS = (CheckSpec(
    "privacy", run=check,
    emits=(*(Emits(f"privacy.{kind}", (PASS, WARN), f"{LABELS[kind][1]} not anonymised")
             for kind in KINDS),
           Emits("privacy.disabled", (SKIP,), "the check was turned off (`--no-privacy`)"))),)
