"""cipcheck: validator for the written dossiers of the CIP title and its CCPs."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cipcheck")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+src"

__all__ = ["__version__"]
