"""Where the bundled rule sets and referentials are.

In a wheel they are inside the package; in a source checkout (editable install, tests)
they are the top-level ``rules/`` and ``referentials/`` folders a trainer edits.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    for parent in _PACKAGE.parents:
        candidate = parent / name
        if candidate.is_dir() and (parent / "pyproject.toml").is_file():
            return candidate
    raise FileNotFoundError(f"dossier '{name}' introuvable dans l'installation de cipcheck")


def rules_dir() -> Path:
    return data_dir("rules")


def referentials_dir() -> Path:
    return data_dir("referentials")


def package_data(*parts: str) -> Path:
    return _PACKAGE.joinpath("data", *parts)


# libyaml's loader when PyYAML was built with it: the rule files are long and the pure
# Python loader was a third of a check's time.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
