"""Where the bundled rule sets and referentials are.

In a wheel they are inside the package; in a source checkout (editable install, tests)
they are the top-level ``rules/`` and ``referentials/`` folders a trainer edits.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

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


class YamlSyntaxError(ValueError):
    """A YAML file that does not parse: PyYAML's message, and where (``problem_mark``)."""

    def __init__(self, original: Exception) -> None:
        super().__init__(str(original))
        for name in ("problem", "problem_mark"):  # what PyYAML's marked errors carry
            if hasattr(original, name):
                setattr(self, name, getattr(original, name))


def _parse_yaml(text: str) -> Any:
    import yaml

    # libyaml's loader when PyYAML was built with it: the rule files are long and the
    # pure Python loader was a third of a check's time.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(exc) from exc


def _parsed_cache() -> Path | None:
    if os.environ.get("CIPCHECK_NO_CACHE"):
        return None
    base = os.environ.get("CIPCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "cipcheck")
    return Path(base) / "parsed"


def load_yaml(text: str) -> Any:
    """The data of a YAML text. Every check reads ~150 KB of rule sets and referentials,
    and parsing them was ~40 ms a run (plus importing PyYAML): the data is kept as JSON
    by the text's hash, only when JSON gives it back exactly (no dates, no number keys);
    any problem with the cache just means parsing again. Raises YamlSyntaxError."""
    folder = _parsed_cache()
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if folder is not None:
        try:
            return json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    data = _parse_yaml(text)
    if folder is not None:
        _keep(folder, key, data)
    return data


def _keep(folder: Path, key: str, data: Any) -> None:
    try:
        dumped = json.dumps(data, ensure_ascii=False)
        if json.loads(dumped) != data:
            return
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(dumped)
        os.replace(tmp, folder / f"{key}.json")  # atomic: a parallel run reads all or none
    except (OSError, TypeError, ValueError):
        return
