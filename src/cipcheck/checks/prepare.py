"""What several checks and the report read, computed once before the checks and carried
by the Context (never a side channel filled by whichever check runs first)."""

from __future__ import annotations

from dataclasses import replace

from cipcheck.checks.base import Context
from cipcheck.checks.content import evaluate_all
from cipcheck.checks.hours import placement_hours


def prepare(ctx: Context) -> Context:
    """The context with the placement hours (the hours check judges them, the report
    carries them) and the required contents found (the content and competence checks)."""
    ctx = replace(ctx, hours=placement_hours(ctx))
    try:
        content = evaluate_all(ctx)
    except Exception:  # outside the checks' guard: each check reading it reports it
        return ctx
    return replace(ctx, content=content)
