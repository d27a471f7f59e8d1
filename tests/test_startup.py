"""Pay only for what runs: commands that check nothing load neither readers nor checks.

Each command runs in a fresh interpreter (as a user starts it) and reports the modules it
ended up with; timings are left to bench/check_speed.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cipcheck.ruleset import RuleError, bundled_ids, load

SRC = Path(__file__).resolve().parents[1] / "src"
READERS = {"pypdfium2", "pdfplumber", "pdfminer", "docx", "lxml", "fontTools"}
# Ours: the rule models, the segmenter, the checks and the stemmer of required content.
PIPELINE = {"cipcheck.checks", "cipcheck.segmenter", "cipcheck.ruleset", "snowballstemmer",
            "yaml"}

PROBE = """
import json, runpy, sys
sys.argv = ["cipcheck", *sys.argv[1:]]
try:
    runpy.run_module("cipcheck", run_name="__main__")
except SystemExit:
    pass
sys.__stderr__.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def loaded(*args: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, env=env, timeout=60)
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    names = set(json.loads(line[len("MODULES "):]))
    return names | {n.split(".")[0] for n in names}


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("rules", "--help"),
                                  ("check", "--help"), ("doctor",),
                                  ("check", "/nonexistent/dossier.pdf")])
def test_commands_that_check_nothing_import_no_reader(args: tuple[str, ...]) -> None:
    names = loaded(*args)
    assert not names & READERS, f"{args}: {sorted(names & READERS)}"
    assert not names & PIPELINE, f"{args}: {sorted(names & PIPELINE)}"


def test_help_imports_neither_pydantic_nor_rich() -> None:
    names = loaded("--help")
    assert "pydantic" not in names and "rich" not in names


def test_a_pdf_check_does_not_load_the_docx_reader(tmp_path: Path) -> None:
    pdf = Path(__file__).parent / "fixtures" / "dossiers" / "ccp1-ok.pdf"
    names = loaded("check", str(pdf), "--format", "json")
    assert "pypdfium2" in names and "cipcheck.checks" in names  # it did check
    assert "docx" not in names


@pytest.mark.parametrize("rule_id", bundled_ids())
def test_rules_bundled_phrases_compile(rule_id: str) -> None:
    # A check skips compiling the bundled rule sets' phrases (they are trusted): this is
    # where they are compiled, so a typo in a bundled YAML still fails here.
    rules = load(rule_id, trusted=False)
    assert rules.id == rule_id


def test_a_trainers_rule_file_has_its_phrases_compiled(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("id: mine\ntitle: x\nsource: x\ncontent:\n  - id: a\n    label: A\n"
                   "    any: ['!entretien']\n", encoding="utf-8")
    with pytest.raises(RuleError, match="mine.yaml"):
        load(str(bad))
