"""cipcheck: validator for the written dossiers of the CIP title and its CCPs."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # Looked up on first use only: importlib.metadata costs ~35 ms at every start-up,
    # which `--help` and `rules` should not pay.
    if name != "__version__":
        raise AttributeError(f"module 'cipcheck' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("cipcheck")
    except PackageNotFoundError:  # running from a source tree that is not installed
        value = "0.0.0+src"
    globals()["__version__"] = value
    return value
