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

import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

try:  # the interpreter's own SHA-256 (same digests): hashlib loads OpenSSL first, ~15 M
    from _sha2 import sha256  # instructions at every start (issue 10). Python >= 3.12
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        from hashlib import sha256

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
    key = sha256(text.encode("utf-8")).hexdigest()
    if folder is not None:
        try:
            return json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    data = _parse_yaml(text)
    if folder is not None:
        _keep(folder, key, data)
    return data


@cache
def _source_hash(source: str) -> bytes:
    try:
        return sha256(Path(source).read_bytes()).digest()
    except OSError:
        return os.urandom(32)  # unreadable: nothing cached under it is ever found again


def _validated_key(key: str, sources: tuple[str, ...]) -> str:
    digest = sha256(b"validated\0" + key.encode("utf-8", "surrogatepass"))
    for source in sources:
        digest.update(_source_hash(source))
    return "v-" + digest.hexdigest()


def cached(key: str, *sources: str) -> Any:
    """What :func:`keep_cached` kept for ``key`` (a text and what it was read as) under
    the same ``sources`` (the modules that validate it: a change to them is a new key);
    None when there is nothing."""
    folder = _parsed_cache()
    if folder is None:
        return None
    try:
        return json.loads((folder / f"{_validated_key(key, sources)}.json")
                          .read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def keep_cached(key: str, data: Any, *sources: str) -> None:
    folder = _parsed_cache()
    if folder is not None:
        _keep(folder, _validated_key(key, sources), data)


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
