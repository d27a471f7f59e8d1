"""The ``cipcheck`` program: a plain ``check`` runs before Typer is even imported.

Typer's import is ~10 % of a 51-page PDF's check (issue 10). A ``check`` command line that
:mod:`cipcheck.plainargs` reads exactly as Typer would is run here, with
``CHECK_LINE``, the table of ``check``'s options; anything else — ``--help``, another
command, a typo, a missing value — goes to the Typer application (cipcheck/cli.py), which
says what Typer says. ``CHECK_LINE`` copies what ``plainargs.table(cli.check)`` reads
from the command's declaration; tests/test_plainargs.py keeps the two equal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cipcheck.plainargs import Param, Table, parse_with

_RULES = Param("rules", str, False)
_FMT = Param("fmt", str, True)
_OUTPUT = Param("output", Path, False)
_STRICT = Param("strict", bool, False)
_EXPLAIN = Param("explain", bool, False)
CHECK_LINE: Table = (
    {"--rules": (_RULES, None), "-r": (_RULES, None),
     "--route": (Param("route", str, False), None),
     "--hours": (Param("hours", float, False), None),
     "--format": (_FMT, None), "-f": (_FMT, None),
     "--output": (_OUTPUT, None), "-o": (_OUTPUT, None),
     "--lang": (Param("lang", str, False), None),
     "--strict": (_STRICT, True), "--no-strict": (_STRICT, False),
     "--pages": (Param("pages", str, False), None),
     "--explain": (_EXPLAIN, True), "--no-explain": (_EXPLAIN, False),
     "--no-privacy": (Param("no_privacy", bool, False), True)},
    Param("files", Path, True),
    {"rules": None, "route": "formation", "hours": None, "fmt": None, "output": None,
     "lang": "fr", "strict": False, "pages": "auto", "explain": False, "no_privacy": False},
)


def main() -> None:
    from cipcheck import startcache

    # Commands that check compile ~450 patterns and data-class methods, the others ~100,
    # --help ~30: one cache file for each group, so that none loads what it never uses.
    args = sys.argv[1:]
    startcache.prime("check" if args[:1] in (["check"], ["batch"], ["serve"])
                     else "help" if not args or args[:1] in (["--help"], ["-h"]) else "cli")
    if os.environ.get("NO_COLOR") is not None:
        os.environ.setdefault("TERM", "dumb")
    if sys.argv[1:2] == ["check"]:
        # A check is a short process whose objects nearly all live to its end, and it
        # leaves ~1,000 objects of cyclic garbage a file: the cyclic collector only
        # costs time there (~15 % of a 51-page PDF's check, CPU). serve, batch and the
        # library keep it.
        import gc

        gc.disable()
        values = parse_with(CHECK_LINE, sys.argv[2:])
        if values is not None:
            _run_check(values)
    from cipcheck.cli import main as typer_main

    typer_main()


def run() -> None:
    """The program (console script, ``python -m cipcheck``): :func:`main`, and after a
    check the process ends as soon as the report is out.

    Python's own ending frees every object of the ~250 modules a check imports, one by
    one: ~10 ms of a 51-page PDF's check (2 %, issue 10), for memory the system takes
    back at once. So, as Python would, the exit handlers run and the output is flushed,
    then ``os._exit`` with the same code. Only after a plain check ran (not Typer's
    commands, ``check --help`` included); anything unusual keeps the usual ending: a
    code that is a message, an output that cannot be flushed (a closed pipe: Python
    then prints its own warning and exits 120), a thread still running, a profiler or a
    tracer (cProfile, coverage) that reports after the program. :func:`main` itself
    raises ``SystemExit`` as before, for the tests that call it."""
    global _program
    _program = True
    from cipcheck import stopping

    # kill, a CI timeout or a service stop (SIGTERM) cleans up as Ctrl-C does (blind19 F2).
    # Here, not in main(): a program's choice, not one for code that calls main().
    stopping.stop_like_ctrl_c()
    try:
        main()
    except SystemExit as exc:
        if _checked and (exc.code is None or type(exc.code) is int):
            _end(exc.code or 0)
        raise


_checked = False  # a plain check ran (``_run_check``): run() may end the process
_program = False  # run() is the entry (not a test calling main()): the process ends there


def _end(code: int) -> None:
    """``os._exit(code)`` after what Python does before ending, when nothing else needs
    the interpreter's own ending (see :func:`run`); else returns."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    import atexit

    atexit._run_exitfuncs()  # type: ignore[attr-defined]  # as Python's ending does
    try:
        for stream in (sys.stdout, sys.stderr):  # what the handlers printed
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _run_check(values: dict) -> None:
    """Run ``check`` as the Typer command would, and exit with its code."""
    from cipcheck import api
    from cipcheck.check_command import run_check, stderr_console

    global _checked
    _checked = True
    if _program and len(values.get("files") or ()) == 1:
        api.keep_until_exit()  # run() ends the process without freeing them (api._kept)

    try:
        run_check(**values)
    except KeyboardInterrupt as exc:
        from cipcheck.stopping import exit_code

        stderr_console().print("Interrompu.")
        sys.exit(exit_code(exc))
    except BrokenPipeError:  # ``| head`` closed stdout: exit 1 quietly, as Typer does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    finally:
        # Python ends by one full collection of every object, the collector off or not:
        # ~36 M instructions after a 51-page check (1.3 %), for the few cycles a check
        # leaves (see main). Frozen objects are not examined; all are freed as usual.
        import gc

        gc.freeze()
    sys.exit(0)
