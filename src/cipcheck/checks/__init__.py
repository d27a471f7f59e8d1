"""The checks, in the order a report lists them.

One kind of check per module; each declares in ``SPECS`` the ids it emits and the rule-set
keys it reads (``cipcheck.checkspec``). The rule set's data says which apply and with which
figures (a check whose section is absent from the rule set returns nothing). A new check:
a module with a ``check(ctx)`` and its ``SPECS``, added to ``CHECKS`` below.
"""

from __future__ import annotations

from cipcheck.checks import (
    competences,
    content,
    font,
    hours,
    line_spacing,
    page_ranges,
    privacy,
    size,
    structure,
)
from cipcheck.checks.base import Check, Context
from cipcheck.checkspec import CheckSpec

CHECKS: tuple[CheckSpec, ...] = (
    *structure.SPECS,
    *page_ranges.SPECS,
    *font.SPECS,
    *size.SPECS,
    *line_spacing.SPECS,
    *hours.SPECS,
    *content.SPECS,
    *competences.SPECS,
    *privacy.SPECS,
)

# Key: the id, or the prefix of the ids, the check emits (``<key>.internal`` when it raises).
REGISTRY: dict[str, Check] = {spec.key: spec.run for spec in CHECKS if spec.run is not None}

__all__ = ["CHECKS", "REGISTRY", "Context"]
