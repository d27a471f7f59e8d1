"""Lint, types and complexity are part of the test suite, so that CI (``.ci/run``, the
README's test command) runs them: ``ruff check src tests`` (with the complexity limit of
10, ``[tool.ruff.lint.mccabe]``) and ``mypy src``, configured in pyproject.toml. Both are
pinned dev dependencies (``pip install -e .[dev]``)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(tool: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} is not installed: pip install -e '.[dev]' to run it here")
    return subprocess.run([sys.executable, "-m", tool, *args], cwd=ROOT, text=True,
                          input=stdin, capture_output=True, timeout=600, check=False)


def test_ruff_check_is_clean() -> None:
    done = _run("ruff", "check", "--no-cache", "src", "tests")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean() -> None:
    done = _run("mypy", "src")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_complexity_limit_is_on() -> None:
    """A function above 10 fails ``ruff check``: the limit is configured, not assumed."""
    branches = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(11))
    sample = f"def too_many(x: int) -> int:\n{branches}    return -1\n"
    done = _run("ruff", "check", "--no-cache", "--stdin-filename", "src/cipcheck/sample.py",
                "-", stdin=sample)
    assert done.returncode == 1 and "C901" in done.stdout, done.stdout + done.stderr
