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
from cipcheck.i18n import N_, english_typography, translator
from cipcheck.readers import InputProblem, read_document
from cipcheck.readers.errors import unrecognised

# The rule models (pydantic), the segmenter and the checks are imported where they are
# used: a file that cannot be read is reported without loading any of them (issue 10).
if TYPE_CHECKING:
    from cipcheck.checks import Context
    from cipcheck.content.hours import HoursReading
    from cipcheck.document import Document
    from cipcheck.referential import Referential
    from cipcheck.ruleset import RuleSet
    from cipcheck.segmenter import Dossier


# What a one-shot process keeps to its end (cipcheck/launch.py: a plain ``check``, which
# ends by os._exit): the document, its reading (tens of thousands of tokens) and the
# checks' context would otherwise be freed object by object as the report is made, ~1 %
# of a 51-page PDF's check, for memory the system takes back at once. None (the library,
# batch, serve): freed as usual.
_kept: list[object] | None = None


def keep_until_exit() -> None:
    """Keep every checked document and context alive until the process ends."""
    global _kept
    if _kept is None:
        _kept = []


def kept() -> tuple[object, ...]:
    """What :func:`keep_until_exit` made this process keep (nothing by default)."""
    return tuple(_kept or ())


@dataclass(frozen=True)
class Options:
    """How a dossier is checked: the options of ``cipcheck check``."""

    route: str = "formation"
    hours: float | None = None
    lang: str = "fr"
    strict: bool = False
    pages: str = "auto"
    candidate: str | None = None
    # Look for personal data to anonymise (privacy.*); --no-privacy turns it off.
    privacy: bool = True


def input_report(path: Path | str, finding: Finding, opts: Options,
                 rules: RuleSet | str | None = None) -> Report:
    """The report of a file that could not be checked: its one ``input.*`` error."""
    if rules is None or isinstance(rules, str):
        rules_id, title = rules, None
    else:
        rules_id, title = rules.id, rules.title
    return Report(
        file=str(path), rules=rules_id, verdict=Status.ERROR,
        route=opts.route, hours=opts.hours, pages_body=None, pages_annexes=None,
        pages_method=None, checks=(finding,), lang=opts.lang,
        rules_title=title, candidate=opts.candidate, strict=opts.strict,
    )


def problem_report(path: Path | str, problem: InputProblem, opts: Options,
                   rules: RuleSet | str | None = None) -> Report:
    message, hint = problem.text(opts.lang)
    finding = Finding(id=f"input.{problem.code}", status=Status.ERROR,
                      message=message, hint=hint)
    return input_report(path, finding, opts, rules)


def _referential(rules: RuleSet) -> Referential | None:
    from cipcheck.referential import referential_of

    return referential_of(rules)


def make_context(dossier: Dossier, rules: RuleSet, opts: Options) -> Context:
    from cipcheck.checks import Context
    from cipcheck.checks.prepare import prepare

    flags = frozenset() if opts.privacy else frozenset({"no-privacy"})
    ctx = Context(dossier=dossier, rules=rules, route=opts.route, declared_hours=opts.hours,
                  lang=opts.lang, referential=_referential(rules), options=flags)
    return prepare(ctx)  # hours and contents, read once before the checks


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
        raise RuleError(unrecognised().message)
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


def check_document(doc: Document, rules: RuleSet, opts: Options,
                   segmented: Dossier | None = None) -> Report:
    """``segmented``: ``doc`` already segmented by ``rules`` (while recognising them)."""
    from cipcheck.authoring.guides import finding as guides_finding
    from cipcheck.authoring.guides import without_guides
    from cipcheck.segmenter import segment

    doc, guides = without_guides(doc)
    fits = segmented is not None and segmented.document is doc and segmented.rules is rules
    dossier = segmented if fits and segmented is not None else segment(doc, rules)
    ctx = make_context(dossier, rules, opts)
    if _kept is not None:
        _kept.append(ctx)
    findings = run_checks(ctx)
    if guides:
        findings.append(guides_finding(guides, opts.lang))
    if opts.lang == "en":
        findings = [_in_english_typography(f) for f in findings]
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
        hours_source=_hours_source(ctx.hours, findings), strict=opts.strict,
        days=_days(rules, hours),
    )


def _days(rules: RuleSet, hours: float | None) -> float | None:
    """``hours`` in days when the rule set counts its placement in days (OPS mémoire)."""
    rule = rules.hours
    if hours is None or rule is None or rule.unit != "days":
        return None
    return round(hours / rule.hours_per_day, 1)


def _in_english_typography(f: Finding) -> Finding:
    """An English report's finding with English quotes and colons (its messages quote
    the dossier and the RE, both French, and join lists in code)."""
    return replace(f, message=english_typography(f.message),
                   hint=english_typography(f.hint) if f.hint else f.hint)


def _hours_source(found: HoursReading | None, findings: list[Finding]) -> str | None:
    if found is None:
        return None
    if found.source == "declared":
        return "declared"
    judged = next((f for f in findings if f.id == "hours.minimum"), None)
    return "to_confirm" if judged is not None and judged.status is Status.WARN else "read"


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
        return problem_report(path, problem, opts, ruleset)
    except MemoryError:
        return problem_report(path, InputProblem(
            "too_large",
            N_("Le document est trop volumineux pour être analysé."),
            N_("Vérifiez qu'il s'agit bien du dossier (sans vidéos ni images énormes).")),
            opts, ruleset)
    if _kept is not None:
        _kept.append(doc)
    if ruleset is not None:
        return check_document(doc, ruleset, opts)
    from cipcheck.detect import recognise
    from cipcheck.ruleset import load_all

    found = recognise(doc, load_all())
    if found is None:
        # A report, not only a sentence on stderr: a platform reading --format json
        # gets an ``input.unrecognised`` error it can parse (exit 2 all the same).
        return problem_report(path, unrecognised(), opts)
    ruleset = found.rules
    report = check_document(doc, ruleset, opts, found.dossier)
    # Recognition can be wrong on an odd cover: the report says which rule set it chose,
    # so that a candidate checked against the wrong one knows how to ask for the right one.
    note = translator(opts.lang)._(
        "Jeu de règles reconnu d'après le document : {rules} ({title}). S'il ne convient "
        "pas, précisez-le avec --rules.", rules=ruleset.id,
        title=ruleset.short_title or ruleset.title)
    return replace(report, notes=(*report.notes, note))


def check_files(paths: list[Path], rules: str | RuleSet | None = None,
                options: Options | None = None) -> list[Report]:
    """Check several dossiers one after another, as ``check_file`` does each. The DOCX
    that LibreOffice lays out share one running LibreOffice instead of starting one
    each (1–2 s a start); a file that crashes or stalls it costs only its own report."""
    from cipcheck.readers.lo_server import Shared

    opts = options or Options()
    paths = [Path(p) for p in paths]
    reports: list[Report] = []
    with Shared(paths, opts.pages) as office:
        for path in paths:
            with office.serving(path):
                report = check_file(path, rules, opts)
            if any(f.id == "input.timeout" for f in report.checks):
                office.restart()
            reports.append(report)
    return reports

