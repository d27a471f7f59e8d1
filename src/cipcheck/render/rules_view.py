"""``cipcheck rules show``: a rule set as a readable table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cipcheck.referential import Referential, load_referential
from cipcheck.ruleset import ContentItem, RuleError, RuleSet

# How many evidence phrases to show per item (the YAML has them all).
SHOWN_PHRASES = 4


def _content_table(rules: RuleSet, title: str, items: tuple[ContentItem, ...]) -> Table:
    """The required content of a part: what the jury reads, and how it is looked for."""
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("Élément", overflow="fold", ratio=3)
    table.add_column("Compétences", no_wrap=True)
    table.add_column("Repéré par", overflow="fold", ratio=2)
    table.add_column("Si absent", no_wrap=True)
    for item in items:
        label = Text(item.label, style="bold")
        if item.source:
            label.append(f"\n{item.source}", style="dim")
        if item.count is not None:
            how = f"au moins {item.count.min} entretiens distincts (numérotés, datés, tableau)"
        else:
            phrases: list[str] = []
            for p in item.any + item.all:
                phrases.extend(rules.lexicon.get(p[1:], ()) if p.startswith("@") else [p])
            how = ", ".join(phrases[:SHOWN_PHRASES]) + (
                f"… (+{len(phrases) - SHOWN_PHRASES})" if len(phrases) > SHOWN_PHRASES else "")
        where = {"heading": " [dans un titre]", "anywhere": " [tout le dossier]"}.get(
            item.where, "")
        severity = {"fail": "échec",
                    "fail-if-absent": "obligatoire :\néchec si aucune trace,\nsinon avertissement"
                    }.get(item.when_missing, "avertissement")
        table.add_row(label, ", ".join(item.competences) or "–", how + where, severity)
    return table


def render(rules: RuleSet, console: Console, competences: bool = False) -> None:
    console.print(Text(f"{rules.id} — {rules.title}", style="bold"))
    console.print(Text(f"Source : {rules.source}", style="dim"))
    console.print(_facts(rules))
    ref = _referential(rules)
    if rules.parts:
        console.print(_parts_table(rules, ref, competences))
        if competences:
            for part in rules.parts:
                if part.content:
                    console.print(_content_table(
                        rules, f"Contenu attendu – partie {part.number} : {part.title}",
                        part.content))
    if rules.competences:
        console.print(_competences_table(rules, ref, competences))
    if competences and rules.content:
        console.print(_content_table(rules, "Contenu attendu – dossier", rules.content))


def _facts(rules: RuleSet) -> Table:
    """Pages, format, hours and mandatory contents: the figures of the rule set."""
    facts = Table(show_header=False, box=None, padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column(overflow="fold")
    p = rules.pages
    if p.body:
        facts.add_row("Pages hors annexes", f"{p.body.min:g} à {p.body.max:g}  ({p.body.source})")
    if p.annexes:
        facts.add_row("Annexes", f"au plus {p.annexes.max:g}  ({p.annexes.source})")
    facts.add_row("Page de garde et sommaire",
                  "comptés" if p.count_front_matter else "non comptés dans les pages")
    f = rules.format
    if f.font and f.size and f.line_spacing:
        facts.add_row("Mise en forme", f"{f.font.family} {f.size.points:g}, interligne "
                      f"{f.line_spacing.multiple:g}  ({f.font.source})")
    if rules.hours:
        unit = "jours" if rules.hours.unit == "days" else "heures"
        for route, r in rules.hours.routes.items():
            text = f"au moins {r.min:g} {unit}" if r and r.min is not None else "pas de minimum"
            facts.add_row(f"Période en entreprise ({route})",
                          text + (f"  ({r.source})" if r and r.source else ""))
    mandatory = [(None, i) for i in rules.content if i.mandatory] + [
        (p.number, i) for p in rules.parts for i in p.content if i.mandatory]
    if mandatory:
        facts.add_row("Contenus obligatoires",
                      "\n".join(f"{'partie ' + str(n) + ' – ' if n else ''}{i.label}"
                                 for n, i in mandatory)
                      + "\n(échec si aucune trace n'en est trouvée, sinon avertissement)")
    return facts


def _referential(rules: RuleSet) -> Referential | None:
    if not rules.referential:
        return None
    try:
        return load_referential(rules.referential)
    except RuleError:
        return None


def _parts_table(rules: RuleSet, ref: Referential | None, competences: bool) -> Table:
    table = Table(title="Parties", title_justify="left", show_lines=competences)
    table.add_column("N°", justify="right")
    table.add_column("Partie", overflow="fold")
    table.add_column("Pages", justify="center")
    table.add_column("Compétences", overflow="fold")
    for part in rules.parts:
        comp_text = Text()
        for cid in part.competences:
            comp = ref.competence(cid) if ref else None
            comp_text.append(f"{cid} ", style="bold")
            comp_text.append((comp.title if comp else "") + "\n")
            if competences and comp:
                for crit in comp.criteria:
                    comp_text.append(f"  • {crit}\n", style="dim")
        pages = f"{part.pages.min:g}–{part.pages.max:g}" if part.pages else "–"
        table.add_row(str(part.number), part.title, pages, comp_text)
    return table


def _competences_table(rules: RuleSet, ref: Referential | None, competences: bool) -> Table:
    table = Table(title="Compétences évaluées sur le dossier", title_justify="left")
    table.add_column("Id")
    table.add_column("Compétence", overflow="fold")
    for cid in rules.competences:
        comp = ref.competence(cid) if ref else None
        cell = Text(comp.title if comp else cid)
        if competences and comp:
            for crit in comp.criteria:
                cell.append(f"\n  • {crit}", style="dim")
        table.add_row(cid, cell)
    return table
