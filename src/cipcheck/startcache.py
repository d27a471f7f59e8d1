"""What every start of a check compiles, compiled once per machine instead.

Before a page is read, a check compiled ~180 regular expressions (the readers', the
detectors', the rule sets') and the methods of ~70 data classes, which ``dataclasses``
writes as source text and compiles: ~45 and ~25 ms of a 51-page PDF's check, together
as long as reading 30 of its pages (issue 10). Python keeps neither across processes
(pickling a pattern just compiles it again). Both outputs are kept here, in the user's
cache, and used again at the next start:

- **regular expressions**: the costly part is the pure-Python parser and compiler that
  turn the pattern into the regex engine's code; the engine's constructor
  (``_sre.compile``) is fast. The code is kept, and at start-up each pattern is built
  from it straight into ``re``'s own cache, where every ``re.compile``/``re.search`` of
  the program finds it: no call site changes, and the object is the one ``re.compile``
  makes (a recipe is kept only after the pattern rebuilt from it compared equal to
  ``re``'s: flags, engine code, groups).
- **data classes**: ``dataclasses`` runs ``exec`` on the text of each method. Its
  module's name ``exec`` is pointed at a function that compiles each text once (as
  ``exec`` would: file ``<string>``, no inherited ``__future__`` flags) and keeps the
  code object, which ``marshal`` stores as a ``.pyc`` does.

The file is keyed by the exact Python build and the regex engine's version; anything
unexpected (another Python, a damaged file, a private name gone) means compiling as
usual, never an error. ``CIPCHECK_NO_CACHE=1`` turns it off like the other caches.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
import re
import sys
from pathlib import Path
from types import CodeType
from typing import Any

Recipe = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]

# A check of one dossier compiles ~400 patterns (398 for the 51-page example, 27 Nov):
# with room for the readers still to come, so that a new pattern never pushes an old one
# out (each run would then compile what the last one dropped and rewrite the file).
MOST_PATTERNS = 1000
_MOST_CODES = 1000
# re keeps 512 patterns and drops the oldest beyond: room for every kept pattern and for
# the ones the program makes as it runs.
RE_CACHE = 2 * MOST_PATTERNS
_compile = builtins.compile
_exec = builtins.exec


class _State:
    def __init__(self, path: Path, sre: Any) -> None:
        self.path, self.sre = path, sre
        self.patterns: dict[tuple[Any, int], Recipe] = {}
        self.codes: dict[str, CodeType] = {}
        self.known: set[tuple[type, Any, int]] = set()  # re's cache keys already kept
        self.fresh_codes = False

    def exec_text(self, source: Any, globals: Any = None, locals: Any = None, /,
                  **kwargs: Any) -> None:
        """``exec`` for the dataclasses module: a text is compiled once per machine."""
        if type(source) is str and not kwargs:
            code = self.codes.get(source)
            if code is None:
                code = self.codes[source] = _compile(source, "<string>", "exec",
                                                     dont_inherit=True)
                self.fresh_codes = True
            source = code
        _exec(source, globals, locals, **kwargs)


def _file(kind: str) -> Path | None:
    if os.environ.get("CIPCHECK_NO_CACHE"):
        return None
    base = os.environ.get("CIPCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "cipcheck")
    tag = sys.implementation.cache_tag or "python"
    return Path(base) / "parsed" / f"start-{kind}-{tag}.marshal"


def _stamp(sre: Any) -> tuple[Any, ...]:
    return (sys.version, sys.implementation.cache_tag, marshal.version, sre.MAGIC,
            sre.CODESIZE)


def prime(kind: str = "check") -> None:
    """Use what earlier runs of this ``kind`` of command kept, and keep at exit what this
    run compiled anew. Call it first thing, before the modules that compile patterns and
    make data classes. ``kind``: one file per kind, so that ``--help`` does not load what
    only a check uses."""
    path = _file(kind)
    try:
        import _sre
        import dataclasses

        cache = re._cache  # type: ignore[attr-defined]
        if path is None or not isinstance(cache, dict) or not hasattr(dataclasses, "field"):
            return
    except (ImportError, AttributeError):
        return
    state = _State(path, _sre)
    if isinstance(getattr(re, "_MAXCACHE", None), int) and re._MAXCACHE < RE_CACHE:  # type: ignore[attr-defined]
        re._MAXCACHE = RE_CACHE  # type: ignore[attr-defined]
    try:
        stamp, patterns, codes = marshal.loads(path.read_bytes())
        if stamp == _stamp(_sre) and isinstance(patterns, dict) and isinstance(codes, dict):
            for (pattern, flags), recipe in patterns.items():
                key = (type(pattern), pattern, flags)
                if key not in cache:
                    cache[key] = _sre.compile(pattern, *recipe)
                state.known.add(key)
            state.patterns, state.codes = patterns, codes
    except Exception:  # noqa: BLE001 - no file yet, another format: compile as usual
        state.patterns, state.codes = {}, {}
    dataclasses.exec = state.exec_text  # type: ignore[attr-defined]
    atexit.register(_keep, state)


def _recipe(sre: Any, pattern: Any, flags: int, compiled: re.Pattern[Any]) -> Recipe | None:
    """What re's compiler hands to the engine for ``pattern`` (as
    ``re._compiler.compile`` does), or None when the pattern rebuilt from it would not be
    the very one ``re`` made."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(p, flags)]  # named opcodes: ints, to marshal
    groupindex = dict(p.state.groupdict)
    indexgroup: list[Any] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    recipe = (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    rebuilt = sre.compile(pattern, *recipe)
    if (rebuilt != compiled or rebuilt.groupindex != compiled.groupindex
            or rebuilt.groups != compiled.groups):
        return None
    return recipe


def _keep(state: _State) -> None:
    try:
        import dataclasses

        if getattr(dataclasses, "exec", None) == state.exec_text:
            del dataclasses.exec  # type: ignore[attr-defined]
        fresh = [(key, p) for key, p in list(re._cache.items())  # type: ignore[attr-defined]
                 if key not in state.known and isinstance(key[1], (str, bytes))
                 and isinstance(key[2], int) and not key[2] & re.DEBUG]
        if not fresh and not state.fresh_codes:
            return
        patterns = dict(state.patterns)
        for (_, pattern, flags), compiled in fresh:
            recipe = _recipe(state.sre, pattern, flags, compiled)
            if recipe is not None:
                patterns[pattern, flags] = recipe
        codes = state.codes
        for kept, most in ((patterns, MOST_PATTERNS), (codes, _MOST_CODES)):
            while len(kept) > most:  # the oldest first: marshal keeps a dict's order
                del kept[next(iter(kept))]
        import tempfile

        state.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=state.path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps((_stamp(state.sre), patterns, codes)))
            os.replace(tmp, state.path)  # atomic: a parallel run reads all or none
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001 - the cache only saves time
        return
