"""Command line: parse options, call the library, pick renderers, set the exit code."""

# No ``from __future__ import annotations`` here: Typer reads every command's type hints
# at each run, and string annotations are compiled by ``eval`` each time (~250 of them,
# ~10 % of ``--help``, issue 10); evaluated once as the module loads they cost little.
import sys
from pathlib import Path
from typing import Annotated

import typer

# Only what parsing the command line needs is imported here: `--help`, `rules`, `doctor`
# and an input error must not pay for the readers, the checks or pydantic (issue 10).
from cipcheck.check_command import (  # FORMATS and render_one: for the tests and plugins
    FORMATS,  # noqa: F401
    check_choices,
    fail_usage,
    messages,
    parse_formats,
    render_one,  # noqa: F401
    rule_error,
    run_check,
    stderr_console,
    stdout_console,
)
from cipcheck.i18n import N_

app = typer.Typer(
    name="cipcheck",
    help="Vérifie les dossiers écrits du Titre professionnel CIP et de ses CCP.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
rules_app = typer.Typer(help="Jeux de règles : lister, afficher, valider.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

def _version(value: bool) -> None:
    if value:
        from cipcheck import __version__

        typer.echo(f"cipcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Affiche la version et quitte.")] = False,
) -> None:
    """cipcheck : validateur des dossiers CIP (titre et CCP)."""


@app.command()
def check(
    files: Annotated[list[Path], typer.Argument(
        metavar="FILE", help="Le dossier à vérifier (.docx ou .pdf) ; ou plusieurs.")],
    rules: Annotated[str | None, typer.Option(
        "--rules", "-r", help="Jeu de règles (cip-titre, cip-ccp1…) ou chemin d'un YAML. "
        "Reconnu d'après le dossier s'il est omis.")] = None,
    route: Annotated[str, typer.Option(help="Parcours : formation ou vae.")] = "formation",
    hours: Annotated[float | None, typer.Option(
        help="Heures de période en entreprise déclarées (sinon lues dans le dossier).")] = None,
    fmt: Annotated[list[str] | None, typer.Option(
        "--format", "-f", help="rich, json, junit, html, markdown, csv (liste séparée par des "
        "virgules ou option répétée).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Fichier (un format) ou dossier (plusieurs formats).")] = None,
    lang: Annotated[str, typer.Option(help="Langue du rapport : fr ou en.")] = "fr",
    strict: Annotated[bool, typer.Option(help="Les avertissements font échouer.")] = False,
    pages: Annotated[str, typer.Option(
        help="Source des pages d'un DOCX : auto, libreoffice, word, estimate.")] = "auto",
    explain: Annotated[bool, typer.Option(
        help="Affiche les critères de chaque compétence.")] = False,
    no_privacy: Annotated[bool, typer.Option(
        "--no-privacy", help="Ne cherche pas les données personnelles à anonymiser.")] = False,
) -> None:
    """Vérifie un dossier (ou plusieurs) et affiche le rapport."""
    run_check(files, rules, route, hours, fmt, output, lang, strict, pages, explain,
              no_privacy)


@app.command()
def batch(
    paths: Annotated[list[Path], typer.Argument(
        metavar="DIR", help="Dossier de la cohorte (parcouru récursivement) ; ou des "
        "fichiers, comme les passe pre-commit.")],
    rules: Annotated[str | None, typer.Option(
        "--rules", "-r", help="Jeu de règles par défaut (sinon reconnu d'après chaque "
        "dossier ou lu dans le manifeste).")] = None,
    manifest: Annotated[Path | None, typer.Option(
        help="CSV des dossiers : colonnes file, candidate, rules, route, hours.")] = None,
    fmt: Annotated[list[str] | None, typer.Option(
        "--format", "-f", help="rich, json, junit, html, markdown, csv, github (liste "
        "séparée par des virgules ou option répétée).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Dossier qui reçoit un fichier par format.")] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Fichiers vérifiés en parallèle (défaut : nombre de "
        "cœurs).")] = None,
    timeout: Annotated[float, typer.Option(
        min=1, help="Temps maximal par fichier, en secondes.")] = 60.0,
    memory: Annotated[int, typer.Option(
        "--memory", min=0, help="Mémoire maximale par fichier, en Mo (0 : sans limite).")
    ] = 1536,
    route: Annotated[str, typer.Option(help="Parcours par défaut : formation ou vae.")
                     ] = "formation",
    lang: Annotated[str, typer.Option(help="Langue des rapports : fr ou en.")] = "fr",
    strict: Annotated[bool, typer.Option(help="Les avertissements font échouer.")] = False,
    pages: Annotated[str, typer.Option(
        help="Source des pages d'un DOCX : auto, libreoffice, word, estimate.")] = "auto",
    csv_sep: Annotated[str, typer.Option(
        "--csv-sep", help="Séparateur du CSV (« ; » par défaut, pour Excel en français).")
    ] = ";",
    progress: Annotated[bool, typer.Option(help="Progression sur la sortie d'erreur.")
                        ] = True,
) -> None:
    """Vérifie tous les dossiers (.docx, .pdf) d'un dossier, chacun isolé."""
    from cipcheck import batch as runner
    from cipcheck.api import Options

    check_choices(route, lang, pages)
    if csv_sep not in (";", ",", "\t", "tab"):
        raise fail_usage(N_("--csv-sep : « ; », « , » ou « tab »."), lang)
    settings = runner.Settings(
        paths=tuple(paths), rules=rules, manifest=manifest, formats=tuple(parse_formats(fmt)),
        output=output, jobs=jobs, limits=runner.Limits(timeout, memory or None),
        options=Options(route=route, lang=lang, strict=strict, pages=pages),
        csv_sep="\t" if csv_sep == "tab" else csv_sep, progress=progress)
    from cipcheck.errors import OutputError

    try:
        code = runner.run_command(settings)
    except (runner.BatchUsageError, OutputError) as exc:
        raise rule_error(exc, lang) from None  # its French text, a Msg: translated
    raise typer.Exit(code)


LANG_OPTION = typer.Option(help="Langue : fr ou en.")


@rules_app.command("list")
def rules_list(lang: Annotated[str, LANG_OPTION] = "fr") -> None:
    """Liste les jeux de règles fournis."""
    from rich.table import Table

    from cipcheck.ruleset import RuleError, load_all
    check_choices("formation", lang, "auto")
    t = messages(lang)
    table = Table(title=t._("Jeux de règles"))
    for col in ("id", t._("titre"), t._("parties"), t._("pages hors annexes"),
                t._("annexes max"), t._("heures (formation)")):
        table.add_column(col)
    try:
        for r in load_all():
            body = r.pages.body
            hours = r.hours.routes.get("formation") if r.hours else None
            unit = t._("j") if r.hours and r.hours.unit == "days" else "h"
            table.add_row(
                r.id, r.short_title or r.title, str(len(r.parts) or "–"),
                f"{body.min:g}–{body.max:g}" if body and body.min is not None and body.max
                else "–",
                f"{r.pages.annexes.max:g}" if r.pages.annexes and r.pages.annexes.max is not None
                else "–",
                f"{hours.min:g} {unit}" if hours and hours.min is not None else "–")
    except RuleError as exc:
        raise rule_error(exc, lang) from None
    stdout_console().print(table)


@rules_app.command("show")
def rules_show(
    rule_id: Annotated[str, typer.Argument(help="Identifiant ou chemin du jeu de règles.")],
    competences: Annotated[bool, typer.Option(
        "--competences", help="Affiche les critères de chaque compétence.")] = False,
    lang: Annotated[str, LANG_OPTION] = "fr",
) -> None:
    """Affiche un jeu de règles : parties, pages, mise en forme, heures, compétences."""
    from cipcheck.render import rules_view
    from cipcheck.ruleset import RuleError, load
    check_choices("formation", lang, "auto")
    try:
        rules = load(rule_id)
    except RuleError as exc:
        raise rule_error(exc, lang) from None
    rules_view.render(rules, stdout_console(), competences, lang)


@rules_app.command("validate")
def rules_validate(path: Annotated[Path, typer.Argument(help="Fichier YAML à valider.")],
                   lang: Annotated[str, LANG_OPTION] = "fr") -> None:
    """Valide un fichier de règles (exit 0 s'il est valide, 2 sinon)."""
    from cipcheck.ruleset import RuleError, load
    check_choices("formation", lang, "auto")
    try:
        rules = load(str(path), trusted=False)
    except RuleError as exc:
        raise rule_error(exc, lang) from None
    stdout_console().print("[green]✔[/] " + messages(lang)._(
        "{path} : jeu de règles « {id} » valide ({n} parties).", path=path, id=rules.id,
        n=len(rules.parts)))


@app.command()
def new(
    rules: Annotated[str, typer.Option(
        "--rules", "-r", help="Jeu de règles du dossier à écrire (cip-titre, cip-ccp1…).")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Le fichier .docx à créer.")] = Path("mon-dossier.docx"),
    lang: Annotated[str, typer.Option(help="Langue des consignes : fr ou en.")] = "fr",
    force: Annotated[bool, typer.Option(help="Remplace le fichier s'il existe.")] = False,
) -> None:
    """Écrit un dossier de départ conforme : page de garde, sommaire, parties, annexes."""
    from cipcheck.authoring import starter
    from cipcheck.errors import RuleError
    from cipcheck.ruleset import load

    check_choices("formation", lang, "auto")
    try:
        target = starter.write(load(rules), output, lang, force)
    except (RuleError, starter.StarterError) as exc:
        raise rule_error(exc, lang) from None
    stderr_console().print(messages(lang)._(
        "Dossier de départ écrit : {target}\nRemplissez la page de garde, rédigez sous chaque "
        "partie et supprimez les consignes en italique au fur et à mesure ; puis : cipcheck "
        "check {target}", target=target))


@app.command()
def fix(
    file: Annotated[Path, typer.Argument(help="Le dossier Word (.docx) à corriger.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="La copie corrigée (.docx) ; l'original n'est jamais "
        "modifié.")] = None,
    rules: Annotated[str | None, typer.Option(
        "--rules", "-r", help="Jeu de règles dont la mise en forme s'applique "
        "(défaut : reconnu d'après le dossier, sinon cip-titre).")] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Montre ce qui serait changé sans rien écrire.")] = False,
    force: Annotated[bool, typer.Option(help="Remplace la copie si elle existe.")] = False,
    pages: Annotated[str, typer.Option(
        help="Source des pages comparées avant/après : auto, libreoffice, word, estimate.")
    ] = "auto",
) -> None:
    """Copie un DOCX en Arial 11, interligne 1,15 (sans toucher au texte)."""
    from cipcheck.authoring import fix_report
    from cipcheck.authoring.fixer import FixError
    from cipcheck.errors import RuleError
    from cipcheck.readers import InputProblem

    check_choices("formation", "fr", pages)
    if output is None and not dry_run:
        kept = file.suffix.lower() if file.suffix.lower() in (".docm", ".dotx", ".dotm") \
            else ".docx"  # Word opens a copy only under its own kind's extension
        output = file.with_name(f"{file.stem}-corrige{kept}")
    try:
        result = fix_report.run(file, output or file, rules, dry_run, force, pages)
    except (RuleError, FixError) as exc:
        raise fail_usage(str(exc)) from None
    except InputProblem as problem:
        raise fail_usage(f"{problem.message} {problem.hint or ''}".strip()) from None
    fix_report.render(result, stdout_console())


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Adresse d'écoute.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(
        min=1, help="Dossiers vérifiés en même temps (un processus isolé chacun).")] = 2,
    queue: Annotated[int, typer.Option(
        min=0, help="Dossiers en attente au plus ; au-delà, réponse 429 « réessayez ».")] = 8,
    max_upload: Annotated[float, typer.Option(
        "--max-upload", min=0.1, help="Taille maximale d'un fichier envoyé, en Mo.")] = 50.0,
    timeout: Annotated[float, typer.Option(
        min=1, help="Temps maximal par dossier, en secondes.")] = 60.0,
    memory: Annotated[int, typer.Option(
        min=0, help="Mémoire maximale par dossier, en Mo (0 : sans limite).")] = 1536,
    token: Annotated[str | None, typer.Option(
        help="Jeton exigé par l'API (en-tête Authorization: Bearer …) ; aussi par la "
        "variable CIPCHECK_TOKEN.")] = None,
) -> None:
    """Page web pour les candidats et API HTTP pour les plateformes."""
    try:
        import uvicorn

        from cipcheck.server.app import create_app
        from cipcheck.server.settings import ServerSettings
    except ImportError:
        raise fail_usage("le serveur web demande des paquets en plus : "
                         "pip install 'cipcheck[web]'.") from None
    settings = ServerSettings(host=host, port=port, workers=workers, queue=queue,
                              max_upload_mb=max_upload, timeout=timeout,
                              memory_mb=memory or None,
                              token=token or ServerSettings.token_from_env())
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    stderr_console().print(f"cipcheck : ouvrez http://{shown}:{port}/ dans un navigateur "
                    f"(API : http://{shown}:{port}/api/v1/check ; Ctrl+C pour arrêter).")
    if settings.token is None and host not in ("127.0.0.1", "localhost", "::1"):
        stderr_console().print("Attention : l'API est ouverte sans jeton (--token) sur le réseau.")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@app.command()
def doctor(lang: Annotated[str, LANG_OPTION] = "fr") -> None:
    """Ce que cette machine sait faire (LibreOffice, polices) et quoi installer."""
    from cipcheck import doctor as doc

    check_choices("formation", lang, "auto")
    doc.render(doc.diagnose(), stdout_console(), lang)


def main() -> None:
    """The Typer application. The console script is cipcheck.launch, which runs a plain
    ``check`` before Typer is imported and hands every other command line to this."""
    try:
        app()
    except KeyboardInterrupt as exc:
        from cipcheck.stopping import exit_code

        stderr_console().print("Interrompu.")
        sys.exit(exit_code(exc))
