"""``cipcheck rules show``: a rule set as a readable table."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cipcheck.i18n import Translator, translator
from cipcheck.referential import Referential, referential_of
from cipcheck.ruleset import ContentItem, RuleSet

# How many evidence phrases to show per item (the YAML has them all).
SHOWN_PHRASES = 4


def _content_table(rules: RuleSet, title: str, items: tuple[ContentItem, ...],
                   t: Translator) -> Table:
    """The required content of a part: what the jury reads, and how it is looked for."""
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column(t._("Élément"), overflow="fold", ratio=3)
    table.add_column(t._("Compétences"), no_wrap=True)
    table.add_column(t._("Repéré par"), overflow="fold", ratio=2)
    table.add_column(t._("Si absent"), no_wrap=True)
    for item in items:
        label = Text(item.label_in(t.lang), style="bold")
        if item.source:
            label.append(f"\n{item.source}", style="dim")
        if item.count is not None:
            how = t._("au moins {n} entretiens distincts (numérotés, datés, tableau)",
                      n=item.count.min)
        else:
            phrases: list[str] = []
            for p in item.any + item.all:
                phrases.extend(rules.lexicon.get(p[1:], ()) if p.startswith("@") else [p])
            how = ", ".join(phrases[:SHOWN_PHRASES]) + (
                f"… (+{len(phrases) - SHOWN_PHRASES})" if len(phrases) > SHOWN_PHRASES else "")
        where = {"heading": t._(" [dans un titre]"), "anywhere": t._(" [tout le dossier]")}.get(
            item.where, "")
        severity = {"fail": t._("échec"),
                    "fail-if-absent": t._("obligatoire :\néchec si aucune trace,\nsinon "
                                          "avertissement")
                    }.get(item.when_missing, t._("avertissement"))
        table.add_row(label, ", ".join(item.competences) or "–", how + where, severity)
    return table


def render(rules: RuleSet, console: Console, competences: bool = False,
           lang: str = "fr") -> None:
    t = translator(lang)
    console.print(Text(f"{rules.id} — {rules.title}", style="bold"))
    console.print(Text(t._("Source : {source}", source=rules.source), style="dim"))
    console.print(_facts(rules, t))
    ref = referential_of(rules)
    if rules.parts:
        console.print(_parts_table(rules, ref, competences, t))
        if competences:
            for part in rules.parts:
                if part.content:
                    console.print(_content_table(
                        rules, t._("Contenu attendu – partie {number} : {title}",
                                   number=part.number, title=part.title),
                        part.content, t))
    if rules.competences:
        console.print(_competences_table(rules, ref, competences, t))
    if competences and rules.content:
        console.print(_content_table(rules, t._("Contenu attendu – dossier"), rules.content, t))


def _facts(rules: RuleSet, t: Translator) -> Table:
    """Pages, format, hours and mandatory contents: the figures of the rule set."""
    facts = Table(show_header=False, box=None, padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column(overflow="fold")
    p = rules.pages
    if p.body:
        facts.add_row(t._("Pages hors annexes"),
                      t._("{min} à {max}", min=f"{p.body.min:g}", max=f"{p.body.max:g}")
                      + f"  ({p.body.source})")
    if p.annexes:
        facts.add_row(t._("Annexes"), t._("au plus {max}", max=f"{p.annexes.max:g}")
                      + f"  ({p.annexes.source})")
    facts.add_row(t._("Page de garde et sommaire"),
                  t._("comptés") if p.count_front_matter else t._("non comptés dans les pages"))
    f = rules.format
    if f.font and f.size and f.line_spacing:
        facts.add_row(t._("Mise en forme"),
                      t._("{family} {points}, interligne {multiple}", family=f.font.family,
                          points=f"{f.size.points:g}", multiple=f"{f.line_spacing.multiple:g}")
                      + f"  ({f.font.source})")
    if rules.hours:
        days = rules.hours.unit == "days"
        for route, r in rules.hours.routes.items():
            if r and r.min is not None:
                text = (t._("au moins {min} jours", min=f"{r.min:g}") if days
                        else t._("au moins {min} heures", min=f"{r.min:g}"))
            else:
                text = t._("pas de minimum")
            facts.add_row(t._("Période en entreprise ({route})", route=route),
                          text + (f"  ({r.source})" if r and r.source else ""))
    mandatory = [(None, i) for i in rules.content if i.mandatory] + [
        (p.number, i) for p in rules.parts for i in p.content if i.mandatory]
    if mandatory:
        facts.add_row(t._("Contenus obligatoires"),
                      "\n".join((t._("partie {n} – ", n=n) if n else "") + i.label_in(t.lang)
                                 for n, i in mandatory)
                      + "\n" + t._("(échec si aucune trace n'en est trouvée, sinon "
                                   "avertissement)"))
    return facts


def _parts_table(rules: RuleSet, ref: Referential | None, competences: bool,
                 t: Translator) -> Table:
    table = Table(title=t._("Parties"), title_justify="left", show_lines=competences)
    table.add_column(t._("N°"), justify="right")
    table.add_column(t._("Partie"), overflow="fold")
    table.add_column(t._("Pages"), justify="center")
    table.add_column(t._("Compétences"), overflow="fold")
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


def _competences_table(rules: RuleSet, ref: Referential | None, competences: bool,
                       t: Translator) -> Table:
    table = Table(title=t._("Compétences évaluées sur le dossier"), title_justify="left")
    table.add_column("Id")
    table.add_column(t._("Compétence"), overflow="fold")
    for cid in rules.competences:
        comp = ref.competence(cid) if ref else None
        cell = Text(comp.title if comp else cid)
        if competences and comp:
            for crit in comp.criteria:
                cell.append(f"\n  • {crit}", style="dim")
        table.add_row(cid, cell)
    return table
