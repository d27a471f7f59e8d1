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


F = TypeVar("F", bound=Callable[..., Any])


def Field(default: Any = dataclasses.MISSING, *,  # noqa: N802 - pydantic's name and form
          default_factory: Any = dataclasses.MISSING, **constraints: Any) -> Any:
    """A field and the constraints pydantic checks on it when it validates a YAML
    (``ge=0``, ``pattern=…``): written as the pydantic models wrote it."""
    return dataclasses.field(default=default, default_factory=default_factory,
                             metadata={"constraints": constraints})


def model_validator(*, mode: str) -> Callable[[F], F]:
    """Marks a check pydantic runs after validating a YAML (``mode="after"``, the only
    one): ``self`` is then the pydantic model, with this class's methods (cipcheck.schema)."""
    if mode != "after":
        raise ValueError("only after-validators are supported")

    def mark(func: F) -> F:
        func.__after_validation__ = True  # type: ignore[attr-defined]
        return func
    return mark


@typing.dataclass_transform(frozen_default=True, kw_only_default=True,
                            field_specifiers=(Field,))
class Plain:
    """Base of the plain classes: each subclass is made a dataclass as it is created, a
    frozen keyword-only one (a required field may follow inherited defaults, as in
    pydantic) whose ``__init__``, ``==``, ``hash``, ``repr`` and refusal to change are
    written here once. The dataclass decorator compiles six methods per class at every
    start: ~4 M instructions a class, 83 M for the 18 rule and referential classes (2 %
    of a check), 12.5 M this way, same results. Also what code written for the pydantic
    models used of them (``model_copy``, ``model_dump``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__doc__:
            cls.__doc__ = cls.__name__  # else dataclass computes a signature for it
        dataclasses.dataclass(init=False, repr=False, eq=False)(cls)

    def __init__(self, **values: Any) -> None:
        cls: Any = type(self)
        for name, default, factory in _defaults(cls):
            if name in values:
                value = values.pop(name)
            elif default is not dataclasses.MISSING:
                value = default
            elif factory is not dataclasses.MISSING:
                value = factory()
            else:
                raise TypeError(f"{cls.__qualname__}.__init__() missing required "
                                f"keyword-only argument: '{name}'")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"{type(self).__qualname__}.__init__() got an unexpected "
                            f"keyword argument '{next(iter(values))}'")

    def _values(self) -> tuple[Any, ...]:
        cls: Any = type(self)
        return tuple(getattr(self, name) for name in _names(cls))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        cls: Any = type(self)
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _names(cls))
        return f"{cls.__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field '{name}'")

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
def _names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _defaults(cls: Any) -> tuple[tuple[str, Any, Any], ...]:
    return tuple((f.name, f.default, f.default_factory) for f in dataclasses.fields(cls))


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
