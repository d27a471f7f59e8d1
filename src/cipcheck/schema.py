"""The pydantic models that validate a rule set or referential YAML, made from the plain
classes of :mod:`cipcheck.ruleset` and :mod:`cipcheck.referential`.

Imported only when a YAML is new or changed (see :mod:`cipcheck.plainmodel`). Each model
has its class's name, fields (same order, types, defaults, ``rule(...)`` constraints),
``extra="forbid"`` and ``frozen``; its methods marked ``@model_validator(mode="after")``
(cipcheck.plainmodel's marker) are its after-validators, as they were on the pydantic
models, so a ``ValueError`` they raise is reported like pydantic's own errors.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import types
import typing
from functools import cache
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def validate(cls: type, data: object, context: dict[str, Any] | None = None) -> dict[str, Any]:
    """``data`` checked against ``cls``'s model (raises pydantic's ``ValidationError``),
    returned as the JSON-able mapping :func:`cipcheck.plainmodel.build` reads."""
    model = model_of(cls).model_validate(data, context=context)
    # Not ``mode="json"``: that writes an unvalidated default of a float field (``7``)
    # as ``7.0``; json gives the values as the model holds them, tuples as lists.
    dumped: dict[str, Any] = json.loads(json.dumps(model.model_dump()))
    return dumped


@cache
def model_of(cls: Any) -> type[BaseModel]:
    hints = typing.get_type_hints(cls)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        kwargs = dict(f.metadata.get("constraints", {}))
        if f.default_factory is not dataclasses.MISSING:
            kwargs["default_factory"] = f.default_factory
        elif f.default is not dataclasses.MISSING:
            default: Any = f.default
            if dataclasses.is_dataclass(default) and not isinstance(default, type):
                # ``detect: Detect = Detect()``: the model's own default instance
                default = model_of(type(default))(**dataclasses.asdict(default))
            kwargs["default"] = default
        fields[f.name] = (_model_type(hints[f.name]), Field(**kwargs))
    # The class's own methods and properties (parents' first), so that a check written
    # as a method may call another; its checks become the model's after-validators.
    methods: dict[str, Any] = {"__module__": cls.__module__}
    validators: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if not dataclasses.is_dataclass(klass):
            continue
        for name, value in vars(klass).items():
            if getattr(value, "__after_validation__", False):
                validators[name] = model_validator(mode="after")(value)
            elif not name.startswith("__") and (inspect.isfunction(value)
                                               or isinstance(value, property)):
                methods[name] = value
    base = type(f"{cls.__name__}Methods", (_Model,), methods)
    model: type[BaseModel] = create_model(  # type: ignore[call-overload]
        cls.__name__, __base__=base, __module__=cls.__module__,
        __validators__=validators, **fields)
    return model


def _model_type(tp: Any) -> Any:
    """``tp`` with each plain class in it replaced by its model."""
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return model_of(tp)
    origin, args = get_origin(tp), get_args(tp)
    if origin is None or origin is Literal or not args:
        return tp
    swapped = tuple(a if a is Ellipsis else _model_type(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[swapped]  # noqa: UP007 - built from a tuple
    return origin[swapped]
