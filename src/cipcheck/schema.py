"""The pydantic models that validate a rule set or referential YAML, made from the plain
classes of :mod:`cipcheck.ruleset` and :mod:`cipcheck.referential`.

Imported only when a YAML is new or changed (see :mod:`cipcheck.plainmodel`). Each model
has its class's name, fields (same order, types, defaults, ``rule(...)`` constraints),
``extra="forbid"`` and ``frozen``; a class's ``_validate(context)`` runs as its
after-validator, so a ``ValueError`` it raises is reported like pydantic's own errors.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, create_model, model_validator


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
    validators: dict[str, Any] = {}
    check = cls.__dict__.get("_validate")
    if check is not None:
        def after(self: BaseModel, info: ValidationInfo) -> BaseModel:
            check(self, info.context or {})
            return self
        validators["_validate"] = model_validator(mode="after")(after)
    model: type[BaseModel] = create_model(  # type: ignore[call-overload]
        cls.__name__, __base__=_Model, __module__=cls.__module__,
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
