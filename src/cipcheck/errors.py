"""Errors the command line catches, in a module light enough to import at start-up."""

from __future__ import annotations


class RuleError(Exception):
    """A rule set could not be found or is malformed (exit code 2)."""


class OutputError(Exception):
    """A report cannot be written where ``--output`` says (exit code 2): the place is a
    document that would be overwritten, or the system refuses the write. Its argument is
    the French message (a :class:`~cipcheck.i18n.Msg`)."""
