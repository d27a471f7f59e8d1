"""Plain frozen data classes for the rule sets and referentials, without pydantic.

Every check reads five rule sets and a referential. As pydantic models they cost ~100 ms
a run (importing pydantic, building each model class, validating ~150 KB of data) before
a page is read (issue 10). The classes are plain dataclasses instead; pydantic validates
a YAML only when it is new or changed (:mod:`cipcheck.schema` builds the pydantic models
from these classes, with the same names, fields, constraints and checks, so a bad YAML
gets the same messages), and what it accepted is kept, by the text's hash, in the
parsed-data cache (:func:`cipcheck.resources.cached`) and rebuilt here by :func:`build`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

T = TypeVar("T")
Convert = Callable[[Any], Any]


def rule(default: Any = dataclasses.MISSING, *, factory: Any = dataclasses.MISSING,
         **constraints: Any) -> Any:
    """A field and the constraints pydantic checks on it (``ge=0``, ``pattern=…``)."""
    return dataclasses.field(default=default, default_factory=factory,
                             metadata={"constraints": constraints})


class Plain:
    """What code written for the pydantic models used of them."""

    def model_copy(self: T, update: dict[str, Any] | None = None) -> T:
        return dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]

    def model_dump(self, exclude: set[str] | None = None) -> dict[str, Any]:
        data = dataclasses.asdict(self)  # type: ignore[call-overload]
        return {k: v for k, v in data.items() if k not in (exclude or ())}


def build(cls: type[T], data: dict[str, Any]) -> T:
    """An instance of ``cls`` from validated data (a pydantic model's JSON dump): nested
    mappings become their classes, lists the tuples the fields declare."""
    plan = _plan(cls)  # type: ignore[arg-type]  # a class is hashable
    return cls(**{k: (v if (conv := plan[k]) is None else conv(v))  # KeyError: unknown key
                  for k, v in data.items()})


@cache
def _plan(cls: Any) -> dict[str, Convert | None]:
    hints = typing.get_type_hints(cls)
    return {f.name: _converter(hints[f.name]) for f in dataclasses.fields(cls)}


def _converter(tp: Any) -> Convert | None:
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return lambda v: build(tp, v)
    origin, args = get_origin(tp), get_args(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        inner = _converter(members[0]) if len(members) == 1 else None
        return None if inner is None else (lambda v: None if v is None else inner(v))
    if origin is tuple:
        item = _converter(args[0])
        return tuple if item is None else (lambda v: tuple(map(item, v)))
    if origin is dict:
        value = _converter(args[1])
        return None if value is None else (lambda v: {k: value(x) for k, x in v.items()})
    return None
