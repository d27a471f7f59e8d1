"""The library entry point: ``check_file(path, rules) -> Report``.

Batch mode, the CLI, tests and any other program call this; the CLI only parses options
and renders.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from cipcheck.errors import RuleError
from cipcheck.findings import Finding, PartResult, Report, Status, verdict_of
from cipcheck.i18n import N_, translator
from cipcheck.readers import InputProblem, read_document

# The rule models (pydantic), the segmenter and the checks are imported where they are
# used: a file that cannot be read is reported without loading any of them (issue 10).
if TYPE_CHECKING:
    from cipcheck.checks import Context
    from cipcheck.document import Document
    from cipcheck.referential import Referential
    from cipcheck.ruleset import RuleSet
    from cipcheck.segmenter import Dossier


@dataclass(frozen=True)
class Options:
    route: str = "formation"
    hours: float | None = None
    lang: str = "fr"
    strict: bool = False
    pages: str = "auto"
    candidate: str | None = None
    # Look for personal data to anonymise (privacy.*); --no-privacy turns it off.
    privacy: bool = True


def _input_error(path: Path, problem: InputProblem, rules: RuleSet | None,
                 opts: Options) -> Report:
    message, hint = problem.text(opts.lang)
    finding = Finding(id=f"input.{problem.code}", status=Status.ERROR,
                      message=message, hint=hint)
    return Report(
        file=str(path), rules=rules.id if rules else None, verdict=Status.ERROR,
        route=opts.route, hours=opts.hours, pages_body=None, pages_annexes=None,
        pages_method=None, checks=(finding,), lang=opts.lang,
        rules_title=rules.title if rules else None, candidate=opts.candidate,
    )


def _referential(rules: RuleSet) -> Referential | None:
    if not rules.referential:
        return None
    from cipcheck.referential import load_referential

    try:
        return load_referential(rules.referential)
    except RuleError:
        return None


def make_context(dossier: Dossier, rules: RuleSet, opts: Options) -> Context:
    from cipcheck.checks import Context
    from cipcheck.checks.hours import placement_hours

    flags = frozenset() if opts.privacy else frozenset({"no-privacy"})
    ctx = Context(dossier=dossier, rules=rules, route=opts.route, declared_hours=opts.hours,
                  lang=opts.lang, referential=_referential(rules), options=flags)
    # Read once before the checks: the hours check judges them, the report carries them.
    return replace(ctx, hours=placement_hours(ctx))


def run_checks(ctx: Context) -> list[Finding]:
    from cipcheck.checks import REGISTRY

    findings: list[Finding] = []
    for name, check in REGISTRY.items():
        try:
            findings.extend(check(ctx))
        except Exception as exc:  # a bug in one check must not hide the others
            findings.append(Finding(
                id=f"{name}.internal", status=Status.ERROR,
                message=ctx._("Erreur interne de la vérification {name} : {exc}", name=name,
                              exc=f'{exc!r}'),
                hint=ctx._("Signalez-la aux mainteneurs de cipcheck.")))
    return findings


def _parts(dossier: Dossier, rules: RuleSet, findings: list[Finding]) -> tuple[PartResult, ...]:
    out = []
    for part in rules.parts:
        span = dossier.parts.get(part.number)
        mine = [f for f in findings if f.part == part.number]
        statuses = {f.status for f in mine}
        status = (Status.FAIL if statuses & {Status.FAIL, Status.ERROR}
                  else Status.WARN if Status.WARN in statuses else Status.PASS)
        out.append(PartResult(
            number=part.number, title=part.title, found=span is not None,
            start_page=span.start_page if span else None,
            pages=span.pages if span else None,
            min=part.pages.min if part.pages else None,
            max=part.pages.max if part.pages else None,
            status=status if span else Status.FAIL,
            heading=span.heading.title if span else None,
            competences=part.competences,
        ))
    return tuple(out)


def resolve_rules(spec: str | RuleSet | None, doc: Document | None = None) -> RuleSet:
    from cipcheck.detect import detect
    from cipcheck.ruleset import RuleSet, load, load_all

    if isinstance(spec, RuleSet):
        return spec
    if spec:
        return load(spec)
    if doc is None:
        raise RuleError(N_("jeu de règles non précisé"))
    found = detect(doc, load_all())
    if found is None:
        raise RuleError(N_(
            "Impossible de reconnaître le type de dossier (titre complet ou CCP) d'après son "
            "contenu. Précisez-le avec --rules (cip-titre, cip-ccp1, cip-ccp2, cip-ccp3…)."))
    return found


def _competences(rules: RuleSet) -> dict[str, dict[str, object]]:
    ref = _referential(rules)
    if ref is None:
        return {}
    wanted = list(rules.competences) + [c for p in rules.parts for c in p.competences]
    out: dict[str, dict[str, object]] = {}
    for cid in wanted:
        comp = ref.competence(cid)
        if comp is not None and cid not in out:
            out[cid] = {"title": comp.title, "short": comp.short,
                        "criteria": list(comp.criteria)}
    return out


def check_document(doc: Document, rules: RuleSet, opts: Options) -> Report:
    from cipcheck.authoring.guides import finding as guides_finding
    from cipcheck.authoring.guides import without_guides
    from cipcheck.segmenter import segment

    doc, guides = without_guides(doc)
    dossier = segment(doc, rules)
    ctx = make_context(dossier, rules, opts)
    findings = run_checks(ctx)
    if guides:
        findings.append(guides_finding(guides, opts.lang))
    hours = ctx.hours.value if ctx.hours is not None else opts.hours
    t = translator(opts.lang)
    notes = [t._(note) for note in doc.pages_notes]
    return Report(
        file=doc.path, rules=rules.id, verdict=verdict_of(findings, opts.strict),
        route=opts.route, hours=hours,
        pages_body=dossier.body_pages, pages_annexes=dossier.annex_pages,
        pages_method=doc.pages_method.value, parts=_parts(dossier, rules, findings),
        checks=tuple(findings), rules_title=rules.title, page_count=doc.page_count,
        lang=opts.lang, notes=tuple(notes), candidate=opts.candidate,
        competences=_competences(rules), dossier_competences=rules.competences,
        reader=reader if isinstance(reader := doc.meta.get("reader"), str) else None,
    )


def check_file(path: str | Path, rules: str | RuleSet | None = None,
               options: Options | None = None) -> Report:
    """Check one dossier. Never raises for a bad input file: that is an ``input.`` error
    report. Raises :class:`RuleError` for a rule set that cannot be loaded or recognised."""
    opts = options or Options()
    path = Path(path)
    ruleset = resolve_rules(rules) if rules else None
    try:
        doc = read_document(path, opts.pages)
    except InputProblem as problem:
        return _input_error(path, problem, ruleset, opts)
    except MemoryError:
        return _input_error(path, InputProblem(
            "too_large",
            N_("Le document est trop volumineux pour être analysé."),
            N_("Vérifiez qu'il s'agit bien du dossier (sans vidéos ni images énormes).")),
            ruleset, opts)
    if ruleset is None:
        try:
            ruleset = resolve_rules(None, doc)
        except RuleError:
            # A report, not only a sentence on stderr: a platform reading --format json
            # gets an ``input.unrecognised`` error it can parse (exit 2 all the same).
            return _input_error(path, _unrecognised(opts.lang), None, opts)
    return check_document(doc, ruleset, opts)


def _unrecognised(lang: str = "fr") -> InputProblem:
    """The dossier's type could not be recognised; ``InputProblem.text(lang)`` translates
    (``lang`` is kept for callers that still pass it)."""
    return InputProblem(
        "unrecognised",
        N_("Impossible de reconnaître le type de dossier (titre complet ou CCP) d'après son "
           "contenu : ni la page de garde ni les titres des parties ne correspondent à un jeu "
           "de règles connu."),
        N_("Précisez le jeu de règles avec --rules (cip-titre, cip-ccp1, cip-ccp2, cip-ccp3, "
           "ops-memoire) ou dans la colonne « rules » d'un manifeste (--manifest)."))
