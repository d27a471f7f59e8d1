"""A plain command line for a Typer command, read without Typer's per-run machinery.

Typer builds a pydantic validator for every parameter of the command it runs, at every
run: ~60 ms of a 51-page ``check`` that takes ~650 (issue 10). The command's own
declaration (its ``Annotated[..., typer.Option(...)]`` parameters) stays the only
definition of the command line; :func:`parse` reads it and accepts only what it can read
exactly as Typer would: known options with an ordinary value, each at most once, string,
number, path, list and on/off parameters without callbacks or constraints. Anything else
— ``--help``, a typo, a missing value, ``--`` — returns None and Typer parses the command
line as usual, so every usage message stays Typer's.
"""

from __future__ import annotations

import inspect
import os
import re
import typing
from collections.abc import Callable, Iterator
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

if TYPE_CHECKING:
    from typer.models import OptionInfo

# Typer's defaults for what changes how a value is read or checked: a parameter that sets
# any of them (a callback, a minimum, "the file must exist"…) is left to Typer.
_BEHAVIOUR = ("callback", "parser", "min", "max", "clamp", "envvar", "is_eager",
              "expose_value", "default_factory", "prompt", "confirmation_prompt",
              "hide_input", "count", "exists", "file_okay", "dir_okay", "writable",
              "readable", "resolve_path", "allow_dash", "path_type", "case_sensitive",
              "formats", "mode", "encoding", "errors", "lazy", "atomic")
_NUMBER = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?\Z")  # read alike by any parser


class Param(NamedTuple):
    name: str
    kind: type  # str, float, Path or bool
    many: bool  # a list: the option may be repeated, the argument takes every file


def _kind(hint: Any) -> tuple[type, bool] | None:
    """(str | float | Path | bool, is a list) of an annotation, None for anything else."""
    if type(None) in typing.get_args(hint):  # X | None
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) != 1:
            return None
        hint = args[0]
    many = typing.get_origin(hint) is list
    if many:
        (hint,) = typing.get_args(hint)
    if hint in (str, float, Path) or (hint is bool and not many):
        return hint, many
    return None


def _declared(command: Callable[..., Any]) -> Iterator[tuple[str, Any, Any, Any]]:
    """(name, type, its ``typer.Option(...)`` or ``typer.Argument(...)``, default — ``...``
    when required) of each parameter declared ``Annotated[type, typer.Option(...)] =
    default``; the declaration object is None for any other form."""
    from typer.models import ArgumentInfo, OptionInfo

    hints = typing.get_type_hints(command, include_extras=True)
    for name, param in inspect.signature(command).parameters.items():
        hint = hints.get(name)
        declared = None
        if typing.get_origin(hint) is Annotated:
            hint, *meta = typing.get_args(hint)
            found = [m for m in meta if isinstance(m, OptionInfo | ArgumentInfo)]
            declared = copy(found[0]) if len(found) == 1 else None
            if isinstance(declared, OptionInfo) and declared.default is not ...:
                # In Annotated, Option's first positional is a name, not a default:
                # Typer moves it to the names, and so does this.
                declared.param_decls = (str(declared.default), *(declared.param_decls or ()))
                declared.default = ...
        empty = param.default is inspect.Parameter.empty
        yield name, hint, declared, ... if empty else param.default


Table = tuple[dict[str, tuple[Param, Any]], Param | None, dict[str, Any]]


def table(command: Callable[..., Any]) -> Table | None:
    """Option name -> (parameter, value it sets), the argument, and the defaults; read
    from the command's signature, as Typer reads it."""
    from typer.models import ArgumentInfo, OptionInfo

    options: dict[str, tuple[Param, Any]] = {}
    argument: Param | None = None
    defaults: dict[str, Any] = {}
    plain_option, plain_argument = OptionInfo(), ArgumentInfo()
    for name, annotation, info, default in _declared(command):
        kind = _kind(annotation)
        if info is None or info.default is not ... or kind is None:
            return None  # another form of declaration: Typer reads it
        plain = plain_option if isinstance(info, OptionInfo) else plain_argument
        if any(getattr(info, a, None) != getattr(plain, a, None) for a in _BEHAVIOUR):
            return None
        param = Param(name, *kind)
        if isinstance(info, ArgumentInfo):
            if argument is not None or not param.many or default is not ...:
                return None  # only a required list of files, as ``check`` has
            argument = param
            continue
        names = _names(param, info)
        if names is None or default is ...:  # a required option: Typer says so
            return None
        options.update(names)
        defaults[name] = default
    return options, argument, defaults


def _names(param: Param, info: OptionInfo) -> dict[str, tuple[Param, Any]] | None:
    """What an option is written as on the command line, as Typer declares it, and the
    value each name sets (a flag's True or False; None: the value that follows)."""
    decls = list(info.param_decls or ())
    if param.kind is not bool:
        return {decl: (param, None) for decl in decls or ["--" + param.name.replace("_", "-")]}
    if not decls:  # Typer's --name/--no-name pair
        flag = param.name.replace("_", "-")
        return {f"--{flag}": (param, True), f"--no-{flag}": (param, False)}
    if len(decls) == 1 and "/" not in decls[0]:
        return {decls[0]: (param, True)}
    return None


def _value(param: Param, text: str) -> Any:
    """The value as Typer reads it, or None when Typer should read it (and may refuse it)."""
    if not text or text.startswith("-"):
        return None
    if param.kind is float:
        return float(text) if _NUMBER.match(text) else None
    if param.kind is Path:
        # Typer refuses a file that exists but cannot be read: let it say so.
        if os.path.exists(text) and not os.access(text, os.R_OK):
            return None
        return Path(text)
    return text


def parse(command: Callable[..., Any], args: list[str]) -> dict[str, Any] | None:
    """The keyword arguments Typer would call ``command`` with for ``args``, or None when
    the command line is not a plain one (see the module's docstring)."""
    read = table(command)
    return None if read is None else parse_with(read, args)


def parse_with(read: Table, args: list[str]) -> dict[str, Any] | None:
    """:func:`parse` with the command's table already read (cipcheck/launch.py keeps
    ``check``'s, so that a plain check never imports Typer)."""
    options, argument, defaults = read
    values = dict(defaults)
    lists: dict[str, list[Any]] = {}
    given: set[str] = set()
    rest = iter(args)
    for arg in rest:
        if arg.startswith("-"):
            found = _option(options, arg, rest, given)
            if found is None:
                return None
            param, value = found
            if param.many:
                lists.setdefault(param.name, []).append(value)
            else:
                values[param.name] = value
        elif argument is not None and (value := _value(argument, arg)) is not None:
            lists.setdefault(argument.name, []).append(value)
        else:
            return None
    if argument is not None and argument.name not in lists:
        return None  # Typer says the argument is missing
    return {**values, **lists}


def _option(options: dict[str, tuple[Param, Any]], arg: str, rest: Iterator[str],
            given: set[str]) -> tuple[Param, Any] | None:
    """The parameter ``arg`` (``--name``, ``--name=value``, ``-n``) sets, and its value,
    taken from ``rest`` when it is not attached; None when Typer should read it."""
    name, eq, attached = arg.partition("=")
    if name not in options or (eq and not name.startswith("--")):
        return None
    param, sets = options[name]
    if param.name in given and not param.many:
        return None  # Typer keeps the last one; rare enough to leave to it
    given.add(param.name)
    if param.kind is bool:
        return None if eq else (param, sets)
    value = _value(param, attached if eq else next(rest, ""))
    return None if value is None else (param, value)
