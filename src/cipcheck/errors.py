"""Errors the command line catches, in a module light enough to import at start-up."""

from __future__ import annotations


class RuleError(Exception):
    """A rule set could not be found or is malformed (exit code 2)."""
