"""``cipcheck check`` with a plain command line skips Typer's per-run validators
(cipcheck.plainargs, issue 10): it must call the command exactly as Typer does, and
leave every other command line to Typer."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any

import pytest
import typer
from typer.testing import CliRunner

from cipcheck import cli
from cipcheck.plainargs import parse

SRC = Path(__file__).resolve().parents[1] / "src"
FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"

PLAIN = [
    ["dossier.pdf"],
    ["dossier.pdf", "--format", "json"],
    ["--format=json", "dossier.pdf"],
    ["a.docx", "b.pdf", "-f", "json", "-f", "csv", "--output", "out"],
    ["dossier.pdf", "-f", "json,html", "-o", "rapports", "--lang", "en"],
    ["dossier.pdf", "-r", "cip-ccp2", "--route", "vae", "--hours", "280"],
    ["--rules=cip-titre", "--hours=12.5", "dossier.docx", "--pages", "estimate"],
    ["dossier.pdf", "--strict", "--explain", "--no-privacy"],
    ["dossier.pdf", "--no-strict", "--no-explain", "--lang=fr"],
    ["dossier.pdf", "--hours", "0", "--format", "rich"],
    ["mon dossier (v2).pdf", "--rules", "règles à moi.yaml"],
]
FOR_TYPER = [
    [],  # the missing argument: Typer's message
    ["--format", "json"],
    ["dossier.pdf", "--help"],
    ["dossier.pdf", "--version"],
    ["dossier.pdf", "--formats", "json"],  # a typo
    ["dossier.pdf", "-fjson"],
    ["dossier.pdf", "-f=json"],
    ["dossier.pdf", "--format"],  # no value
    ["dossier.pdf", "--rules", "--strict"],
    ["dossier.pdf", "--hours", "1e3"],
    ["dossier.pdf", "--hours", "12,5"],
    ["dossier.pdf", "--hours", "-3"],
    ["dossier.pdf", "--strict", "--no-strict"],
    ["dossier.pdf", "--lang", "en", "--lang", "fr"],
    ["dossier.pdf", "--strict=yes"],
    ["--", "dossier.pdf"],
    ["-", "--format", "json"],
    ["dossier.pdf", "--rules", ""],
]


def typer_call(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any] | None:
    """The keyword arguments Typer calls ``check`` with, None when it refuses ``argv``."""
    seen: dict[str, Any] = {}

    @functools.wraps(cli.check)
    def record(**kwargs: Any) -> None:
        seen.update(kwargs)

    command = next(c for c in cli.app.registered_commands if c.callback is cli.check)
    monkeypatch.setattr(command, "callback", record)
    result = CliRunner().invoke(cli.app, ["check", *argv])
    monkeypatch.undo()
    return seen if result.exit_code == 0 and seen else None


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_a_plain_command_line_is_read_as_typer_reads_it(
        argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    expected = typer_call(argv, monkeypatch)
    assert expected is not None
    got = parse(cli.check, argv)
    assert got == expected
    assert {k: type(v) for k, v in got.items()} == {k: type(v) for k, v in expected.items()}


@pytest.mark.parametrize("argv", FOR_TYPER, ids=" ".join)
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert parse(cli.check, argv) is None


def test_a_command_with_a_required_option_or_a_callback_is_left_to_typer() -> None:
    def required(rules: Annotated[str, typer.Option("--rules")],
                 files: Annotated[list[Path], typer.Argument()]) -> None: ...

    def called_back(files: Annotated[list[Path], typer.Argument()],
                    lang: Annotated[str, typer.Option(callback=str.lower)] = "fr") -> None: ...

    assert parse(required, ["a.pdf"]) is None
    assert parse(called_back, ["a.pdf"]) is None


def test_an_unreadable_file_is_left_to_typer(tmp_path: Path) -> None:
    locked = tmp_path / "verrouille.pdf"
    locked.write_bytes(b"%PDF-1.4\n")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who reads every file")
        assert parse(cli.check, [str(locked)]) is None
    finally:
        locked.chmod(0o644)


def _cipcheck(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "cipcheck", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.parametrize("args", [
    ["--format", "json"],
    ["--format", "json", "--strict", "--lang", "en"],
    ["--format", "markdown", "--rules", "cip-ccp1"],
    ["--format", "json", "--rules", "no-such-rules"],  # a usage error found by the check
    ["--format", "json", "--lang", "de"],
    ["--format", "json,csv"],  # several formats need --output
])
def test_the_quick_path_prints_and_exits_as_typer(args: list[str]) -> None:
    pdf = str(FIXTURES / "ccp1-ok.pdf")
    lang = args[args.index("--lang") + 1] if "--lang" in args else "fr"
    # The same command with its language given twice more: Typer keeps the last one,
    # plainargs leaves a repeated option to Typer.
    slow = [pdf, *args, "--lang", lang, "--lang", lang]
    assert parse(cli.check, [pdf, *args]) is not None and parse(cli.check, slow) is None
    quick, typers = _cipcheck("check", pdf, *args), _cipcheck("check", *slow)
    assert quick.stdout or quick.stderr
    assert (quick.returncode, quick.stdout, quick.stderr) == (
        typers.returncode, typers.stdout, typers.stderr)


def test_the_launchers_table_is_what_typer_reads_from_check() -> None:
    """cipcheck/launch.py runs a plain check before Typer is imported, with its own copy
    of ``check``'s options: it must be what the declaration says, option by option."""
    from cipcheck import cli, plainargs
    from cipcheck.launch import CHECK_LINE

    assert plainargs.table(cli.check) == CHECK_LINE


def test_a_plain_check_never_imports_typer(tmp_path: Path) -> None:
    """The launcher's path: a JSON check of an example dossier, in a fresh interpreter,
    exits with the report's code and never imports Typer nor click; ``--help`` goes to
    Typer."""
    import subprocess
    import sys

    example = Path(__file__).parents[1] / "examples" / "dossier-titre-conforme.pdf"
    probe = ("import sys\n"
             "sys.argv = ['cipcheck', 'check', sys.argv[1], '--format', 'json']\n"
             "from cipcheck.launch import main\n"
             "try:\n    main()\n"
             "except SystemExit as e:\n"
             "    print('typer' in sys.modules, 'click' in sys.modules, e.code,\n"
             "          file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe, str(example)], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert done.stderr.strip().splitlines()[-1] == "False False 0", done.stderr[-500:]
    assert '"verdict"' in done.stdout
    help_probe = probe.replace("'--format', 'json'", "'--help'")
    done = subprocess.run([sys.executable, "-c", help_probe, str(example)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.stderr.strip().splitlines()[-1].startswith("True "), done.stderr[-500:]
    assert "Usage" in done.stdout
