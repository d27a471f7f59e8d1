"""cipcheck.launch.run, the program's entry: after a check it ends the process itself
(``os._exit``, no teardown of every module) with the same output, exit code and exit
handlers as Python's own ending; anything unusual keeps Python's ending."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASS = ROOT / "examples" / "dossier-titre-conforme.pdf"
FAIL = ROOT / "tests" / "fixtures" / "dossiers" / "titre-fail-hours.pdf"

# Runs the entry point given in argv[1] ("run" or "main") on argv[2:], with an exit
# handler that prints after everything else, as a library or a coverage tool would.
PROBE = r'''
import atexit, sys
atexit.register(lambda: print("exit handler ran", file=sys.stderr))
entry, sys.argv = sys.argv[1], ["cipcheck", *sys.argv[2:]]
if entry == "traced":
    sys.settrace(lambda *a: None)
from cipcheck import launch
(launch.main if entry == "main" else launch.run)()
'''


def _run(entry: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-c", PROBE, entry, *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_a_check_ends_with_the_same_report_code_and_exit_handlers() -> None:
    for pdf, code in ((PASS, 0), (FAIL, 1)):
        usual = _run("main", "check", str(pdf), "--format", "json")
        quick = _run("run", "check", str(pdf), "--format", "json")
        assert usual.returncode == quick.returncode == code
        assert quick.stdout == usual.stdout and json.loads(quick.stdout)["checks"]
        assert quick.stderr.splitlines()[-1:] == ["exit handler ran"]


def test_an_input_error_and_a_report_file_are_unchanged(tmp_path: Path) -> None:
    missing = str(tmp_path / "absent.pdf")
    usual, quick = (_run(e, "check", missing, "--format", "json") for e in ("main", "run"))
    assert usual.returncode == quick.returncode == 2
    assert quick.stdout == usual.stdout and quick.stderr == usual.stderr
    out = tmp_path / "report.json"
    done = _run("run", "check", str(PASS), "--format", "json", "--output", str(out))
    assert done.returncode == 0 and json.loads(out.read_text(encoding="utf-8"))["checks"]


def test_a_tracer_or_another_command_keeps_pythons_ending() -> None:
    traced = _run("traced", "check", str(FAIL), "--format", "json")
    assert traced.returncode == 1 and json.loads(traced.stdout)["checks"]
    assert traced.stderr.splitlines()[-1:] == ["exit handler ran"]
    helped = _run("run", "--help")
    assert helped.returncode == 0 and "check" in helped.stdout
    assert helped.stderr.splitlines()[-1:] == ["exit handler ran"]
