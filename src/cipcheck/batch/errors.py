"""What stops a batch before any file is checked."""

from __future__ import annotations


class BatchUsageError(Exception):
    """The batch cannot start (bad folder, unreadable manifest, unknown rule set)."""
