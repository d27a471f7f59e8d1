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
from cipcheck.privacy import KINDS, LABELS, Located, scan

DISABLED = "no-privacy"

HINTS = {
    "phone": ("Supprimez ce numéro ou remplacez-le par « 06 XX XX XX XX ».",
              "Remove the number or replace it with \"06 XX XX XX XX\"."),
    "email": ("Supprimez cette adresse ou remplacez-la par « x@x.fr ».",
              "Remove the address or replace it with \"x@x.fr\"."),
    "nir": ("Un numéro de sécurité sociale ne doit jamais figurer dans le dossier : "
            "supprimez-le (y compris dans les annexes).",
            "A social security number must never appear in the dossier: remove it "
            "(annexes included)."),
    "iban": ("Supprimez les coordonnées bancaires (y compris dans les annexes).",
             "Remove the bank details (annexes included)."),
    "birth_date": ("Remplacez la date de naissance par un âge (« 34 ans »).",
                   "Replace the date of birth with an age (\"34 ans\")."),
    "address": ("Remplacez l'adresse par le quartier ou la commune.",
                "Replace the address with the district or town."),
    "name": ("Désignez la personne par son initiale (« Mme B. »), comme dans le reste du "
             "dossier.", "Refer to the person by an initial (\"Mme B.\"), as elsewhere."),
}


def _scope(ctx: Context) -> tuple[list, list]:
    d = ctx.dossier
    front_pages = set(d.front_matter_pages)
    blocks = [b for b in d.document.blocks if b.page not in front_pages and not b.is_toc]
    front = [b for b in d.document.blocks if b.page in front_pages]
    return blocks, front


def check(ctx: Context) -> list[Finding]:
    if DISABLED in ctx.options:
        return [Finding(id="privacy.disabled", status=Status.SKIP,
                        message=ctx.tr("Données personnelles : vérification désactivée "
                                       "(--no-privacy).",
                                       "Personal data: check disabled (--no-privacy)."))]
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
            out.append(Finding(id=f"privacy.{kind}", status=Status.PASS,
                               message=ctx.tr(f"Aucun(e) {fr} à anonymiser repéré(e).",
                                              f"No {en} to anonymise found.")))
            continue
        for locs in mine:
            first = locs[0]
            pages = sorted({loc.page for loc in locs})
            more = ""
            if len(pages) > 1:
                others = ", ".join(str(p) for p in pages[1:])
                more = ctx.tr(f" (aussi p. {others})", f" (also p. {others})")
            out.append(Finding(
                id=f"privacy.{kind}", status=Status.WARN, page=first.page,
                actual=first.hit.masked,
                message=ctx.tr(f"Page {first.page} : {fr} non anonymisé(e){more} : "
                               f"« {first.excerpt} ».",
                               f"Page {first.page}: {en} not anonymised{more}: "
                               f"\"{first.excerpt}\"."),
                hint=ctx.tr(HINTS[kind][0], HINTS[kind][1]) + ctx.tr(
                    " Le référentiel demande de ne transmettre aucune donnée personnelle ou "
                    "médicale des personnes accompagnées (RGPD).",
                    " Personal or medical data of the persons accompanied must not be "
                    "passed on (GDPR).")))
    return out


SPECS = (CheckSpec(
    "privacy", run=check,
    emits=(*(Emits(f"privacy.{kind}", (PASS, WARN), f"{LABELS[kind][1]} not anonymised")
             for kind in KINDS),
           Emits("privacy.disabled", (SKIP,), "the check was turned off (`--no-privacy`)"))),)
