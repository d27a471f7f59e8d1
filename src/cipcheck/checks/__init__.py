"""The checks, in the order a report lists them.

One kind of check per module; the rule set's data says which apply and with which
figures (a check whose section is absent from the rule set returns nothing).
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

REGISTRY: dict[str, Check] = {
    "structure": structure.check,
    "part.pages": page_ranges.check_parts,
    "pages.body": page_ranges.check_body,
    "pages.annexes": page_ranges.check_annexes,
    "format.font": font.check,
    "format.size": size.check,
    "format.line_spacing": line_spacing.check,
    "hours": hours.check,
    "content": content.check,
    "competence": competences.check,
    "privacy": privacy.check,
}

__all__ = ["REGISTRY", "Context"]
