"""Where the bundled rule sets and referentials are: one rule, no search.

- Run from the source tree (this package is ``src/cipcheck`` next to cipcheck's
  ``pyproject.toml``: the tests, an editable install, ``PYTHONPATH=src``): the top-level
  ``rules/`` and ``referentials/`` folders, the ones a trainer reads, copies and edits.
- Installed from a wheel: the copy the build put inside the package
  (``cipcheck/rules``, ``cipcheck/referentials``; pyproject's ``force-include``).

Never both: a stray copy inside ``src/cipcheck`` (an old build) is not read, and an
installed cipcheck does not pick up a ``rules/`` folder of whatever project surrounds it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_PACKAGE = Path(__file__).resolve().parent
DATA_DIRS = ("rules", "referentials")


def source_root(package: Path = _PACKAGE) -> Path | None:
    """The repository when ``package`` is its ``src/cipcheck``, else None (installed)."""
    root = package.parent.parent
    if package.parent.name != "src":
        return None
    try:
        project = (root / "pyproject.toml").read_text(encoding="utf-8")
    except OSError:
        return None
    return root if 'name = "cipcheck"' in project else None


def locate(name: str, package: Path = _PACKAGE) -> Path:
    """The one folder ``name`` (``rules`` or ``referentials``) is read from."""
    root = source_root(package)
    folder = (root if root is not None else package) / name
    if not folder.is_dir():
        raise FileNotFoundError(f"dossier '{name}' introuvable dans l'installation de "
                                f"cipcheck (attendu : {folder})")
    return folder


@cache
def data_dir(name: str) -> Path:
    return locate(name)


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
