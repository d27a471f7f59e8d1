"""Shared pytest configuration (kept minimal: generators live in tests/hostile.py)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: long variants (fuzzing at length, cohort runs); "
        "deselect with -m 'not slow'")
