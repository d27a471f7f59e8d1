"""What a check declares: the ids it can emit, with their statuses, and the rule-set keys
it reads (yamllint's ``ID``/``CONF`` module constants, as data).

Every module that makes findings declares them here, in one ``SPECS`` tuple; the catalog
(``cipcheck.checks.catalog``) gathers them, a test fails on a finding whose id or status
is not declared, and the id list of docs/contract.md is written from them. This module
imports nothing heavy: the readers declare their ``input.*`` ids with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cipcheck.findings import Finding, Status

# The one placeholder an id may carry: the id of a required-content item of the rule set
# (``content.entretiens``), so that a trainer's new item needs no code.
ITEM = "<item>"

PASS, WARN, FAIL, SKIP, ERROR = (Status.PASS, Status.WARN, Status.FAIL, Status.SKIP,
                                 Status.ERROR)


@dataclass(frozen=True)
class Emits:
    """One id (or the ``content.<item>`` family) and the statuses it can carry."""

    id: str
    statuses: tuple[Status, ...]
    what: str  # one line for docs/contract.md, in its language (English)

    def matches(self, finding_id: str, items: frozenset[str] = frozenset()) -> bool:
        if ITEM not in self.id:
            return finding_id == self.id
        head, tail = self.id.split(ITEM)
        if not (finding_id.startswith(head) and finding_id.endswith(tail)):
            return False
        return finding_id[len(head):len(finding_id) - len(tail)] in items


@dataclass(frozen=True)
class CheckSpec:
    """A check (``run`` set) or another maker of findings (``run`` None: the readers'
    input errors, the starter's guides). ``key`` is the id, or the prefix before a dot
    of every id it emits; a check that raises is reported as ``<key>.internal``."""

    key: str
    emits: tuple[Emits, ...]
    run: Callable[[Any], list[Finding]] | None = None
    # Rule-set keys read, as dotted paths of the schema (``parts.pages``, ``format.font``).
    reads: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for e in self.emits:
            if e.id != self.key and not e.id.startswith(self.key + "."):
                raise ValueError(f"{self.key}: declares {e.id}, outside its prefix")
