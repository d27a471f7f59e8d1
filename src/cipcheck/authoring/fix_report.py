"""What ``cipcheck fix`` tells the candidate: the changes, and the pages before and after
(a font change moves pages, so the page ranges must be checked again)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from cipcheck.authoring.fixer import FixReport, fix
from cipcheck.document import Document
from cipcheck.readers import InputProblem, read_document
from cipcheck.ruleset import RuleError, RuleSet, load


@dataclass(frozen=True)
class FixRun:
    fix: FixReport
    pages_before: int | None
    pages_after: int | None
    method: str | None
    dry_run: bool


def _read(path: Path, pages: str) -> Document | None:
    try:
        return read_document(path, pages)
    except InputProblem:
        return None  # fix() itself says why the file cannot be fixed


def _rules_for(doc: Document | None, spec: str | None) -> RuleSet:
    if spec:
        return load(spec)
    from cipcheck.api import resolve_rules

    try:
        if doc is not None:
            return resolve_rules(None, doc)
    except RuleError:
        pass
    return load("cip-titre")  # every CIP rule set asks the same format


def _pages(doc: Document | None) -> tuple[int | None, str | None]:
    if doc is None:
        return None, None
    return doc.page_count, doc.pages_method.value


def run(source: Path, target: Path, rules: str | None, dry_run: bool, force: bool,
        pages: str) -> FixRun:
    # Read once: the same reading recognises the rule set and gives the pages before.
    original = _read(source, pages)
    ruleset = _rules_for(original, rules)
    report = fix(source, target, ruleset, dry_run=dry_run, force=force)
    before, method = _pages(original)
    after = None
    if not dry_run and report.changed:
        after, method = _pages(_read(target, pages))
    elif not dry_run:
        after = before
    return FixRun(report, before, after, method, dry_run)


def render(run: FixRun, console: Console) -> None:
    r = run.fix
    fmt = f"{r.family}" + (f" {r.size:g} pt" if r.size else "") + (
        f", interligne {r.spacing:g}".replace(".", ",") if r.spacing else "")
    if not r.changed:
        console.print(f"Rien à changer : le dossier est déjà en {fmt}.")
        if not run.dry_run:
            console.print(f"Copie écrite telle quelle : {r.target}")
        return
    console.print(f"Mise en forme appliquée : {fmt}")
    for line in _changes(r):
        console.print(f"  • {line}")
    console.print("  Texte, tableaux, images, modifications suivies, commentaires, en-têtes "
                  "et pieds de page : inchangés.")
    if run.dry_run:
        console.print("Simulation (--dry-run) : aucun fichier écrit.")
        return
    console.print(f"Copie corrigée : {r.target} (l'original n'a pas été modifié)")
    if run.pages_before is not None and run.pages_after is not None:
        moved = run.pages_after - run.pages_before
        note = "" if moved == 0 else " — vérifiez de nouveau les pages de chaque partie"
        console.print(f"Pages : {run.pages_before} avant, {run.pages_after} après "
                      f"(méthode : {run.method}){note}.")
    console.print(f"Vérifiez la copie : cipcheck check {r.target}")


def _changes(r: FixReport) -> list[str]:
    """What the fix changed, one line each."""
    lines: list[str] = []
    if r.runs_font:
        lines.append(f"police de {r.runs_font} passage(s) de texte (runs)")
    if r.runs_size:
        lines.append(f"taille de {r.runs_size} passage(s) du corps du texte")
    if r.paragraphs_spacing:
        lines.append(f"interligne de {r.paragraphs_spacing} paragraphe(s)")
    if r.styles:
        shown = ", ".join(r.styles[:12]) + ("…" if len(r.styles) > 12 else "")
        lines.append(f"{len(r.styles)} style(s) : {shown}")
    if r.defaults:
        lines.append("valeurs par défaut du document")
    if r.theme:
        lines.append("polices du thème")
    return lines
