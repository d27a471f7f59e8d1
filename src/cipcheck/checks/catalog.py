"""Every id a report can carry, gathered from the declarations (``SPECS``) of the checks,
the readers' input errors and the starter's guides; and the id table of docs/contract.md,
written from them.

    python -m cipcheck.checks.catalog --markdown              # print the table
    python -m cipcheck.checks.catalog --write docs/contract.md
    python -m cipcheck.checks.catalog --check docs/contract.md  # exit 1 when out of date
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Iterable
from pathlib import Path
from types import UnionType
from typing import Union, get_args, get_origin, get_type_hints

from cipcheck.authoring import guides
from cipcheck.checks import CHECKS
from cipcheck.checkspec import ERROR, ITEM, CheckSpec, Emits
from cipcheck.readers import errors
from cipcheck.ruleset import RuleSet

BEGIN = "<!-- check ids: begin (written by python -m cipcheck.checks.catalog --write) -->"
END = "<!-- check ids: end -->"


def internal(spec: CheckSpec) -> CheckSpec:
    """``<key>.internal``: the check itself raised (a bug), never read as a pass."""
    return CheckSpec(spec.key, emits=(Emits(
        f"{spec.key}.internal", (ERROR,), "the check itself failed (a bug in cipcheck)"),))


def all_specs() -> tuple[CheckSpec, ...]:
    """Every maker of findings: input errors first, then the checks in report order."""
    return (*errors.SPECS, *CHECKS, *guides.SPECS, *(internal(s) for s in CHECKS))


def declared() -> tuple[Emits, ...]:
    return tuple(e for spec in all_specs() for e in spec.emits)


def content_items(rules: Iterable[RuleSet]) -> frozenset[str]:
    """The item ids a ``content.<item>`` finding may carry under these rule sets."""
    return frozenset(item.id for rs in rules
                     for item in (*rs.content, *(i for p in rs.parts for i in p.content)))


def lookup(finding_id: str, items: frozenset[str] = frozenset()) -> Emits | None:
    """The declaration of an id (exact ids first: ``content.checklist`` is not an item)."""
    exact = [e for e in declared() if ITEM not in e.id]
    families = [e for e in declared() if ITEM in e.id]
    return next((e for e in (*exact, *families) if e.matches(finding_id, items)), None)


def schema_keys(model: type = RuleSet, prefix: str = "") -> set[str]:
    """Every key of the rule-set schema as a dotted path (``parts.pages.max``); lists and
    mappings of models are walked through (``parts.content`` for a part's items)."""
    out: set[str] = set()
    hints = get_type_hints(model)
    for info in dataclasses.fields(model):
        path = prefix + info.name
        out.add(path)
        for sub in _models_in(hints[info.name]):
            out |= schema_keys(sub, path + ".")
    return out


def _models_in(annotation: object) -> list[type]:
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return [annotation]
    if get_origin(annotation) in (Union, UnionType, tuple, list, dict) or get_args(annotation):
        return [m for arg in get_args(annotation) for m in _models_in(arg)]
    return []


def _statuses(e: Emits) -> str:
    return ", ".join(s.value for s in e.statuses)


def markdown() -> str:
    """The table of every id, its statuses, and the rule-set keys each check reads."""
    lines = ["| id | statuses | meaning |", "|----|----------|---------|"]
    lines += [f"| `{e.id}` | {_statuses(e)} | {e.what} |"
              for spec in all_specs() if not _is_internal(spec) for e in spec.emits]
    keys = ", ".join(f"`{s.key}`" for s in CHECKS)
    lines += ["", f"Each check that raises is reported as `<check>.internal`, status `error`, "
              f"where `<check>` is one of {keys}.", "",
              "| check | rule-set keys it reads |", "|-------|------------------------|"]
    lines += [f"| `{s.key}` | {', '.join(f'`{k}`' for k in s.reads) or '—'} |" for s in CHECKS]
    return "\n".join(lines) + "\n"


def _is_internal(spec: CheckSpec) -> bool:
    return all(e.id.endswith(".internal") for e in spec.emits)


def with_table(text: str) -> str:
    """``text`` (docs/contract.md) with the generated table between its markers."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"markers not found: {BEGIN} … {END}")
    return text[:start + len(BEGIN)] + "\n" + markdown() + text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--markdown", action="store_true", help="print the table")
    group.add_argument("--write", type=Path, metavar="CONTRACT_MD")
    group.add_argument("--check", type=Path, metavar="CONTRACT_MD")
    args = parser.parse_args(argv)
    if args.markdown:
        sys.stdout.write(markdown())
        return 0
    path: Path = args.write or args.check
    text = path.read_text(encoding="utf-8")
    fresh = with_table(text)
    if args.check:
        if fresh != text:
            print(f"{path}: check id table out of date; run python -m cipcheck.checks.catalog "
                  f"--write {path}", file=sys.stderr)
            return 1
        return 0
    path.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
