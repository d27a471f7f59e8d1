"""The start-up cache (cipcheck.startcache): regular expressions and data-class methods
compiled by one run are used by the next, and give the very objects compiling gives.

Each case runs in a fresh interpreter, as ``cipcheck check`` does: priming changes
process-wide state (re's cache, the dataclasses module's ``exec``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PDF = Path(__file__).parent / "fixtures" / "dossiers" / "ccp1-ok.pdf"

# Compiles patterns and makes data classes as the program's modules do, after priming;
# prints what was compiled anew and a description of every object made.
PROBE = r'''
import json, re, sys
from re import _compiler
compiled = []
_real = _compiler.compile
def counting(p, flags=0):
    compiled.append(p)
    return _real(p, flags)
_compiler.compile = counting
from cipcheck import startcache
startcache.prime()
import dataclasses
from typing import ClassVar

PATTERNS = [
    (r"(?P<hours>\d{1,4})\s*h(?:eures?)?\b", re.IGNORECASE),
    (r"^(page\s*)?[-–(]?\s*\d{1,3}\s*([/|]|sur|of)?\s*\d{0,3}\s*[-–)]?$", re.I | re.M),
    (r"(?<![\w@])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", 0),
    (rb"wordprocessingml\.document\.main\+xml", re.IGNORECASE),
    (r"stage (?:de|en) (?P<place>entreprise|structure)s?", 0),
]
out = {"patterns": []}
for text, flags in PATTERNS:
    p = re.compile(text, flags)
    sample = "Stage en entreprise : 140 heures, page 3 sur 40, a.b@c.fr"
    m = p.search(sample if isinstance(text, str) else b"x wordprocessingml.document.main+xml")
    out["patterns"].append([repr(p), p.flags, p.groups, dict(p.groupindex),
                            m.group(0).decode() if isinstance(m and m.group(0), bytes)
                            else (m and m.group(0))])

@dataclasses.dataclass(frozen=True, slots=True)
class Span:
    font: "str | None"
    size: float | None
    chars: int
    bold: bool = False
    kind: ClassVar[str] = "span"

@dataclasses.dataclass(order=True)
class Line:
    text: str
    page: int = 1
    spans: list = dataclasses.field(default_factory=list)

s, t = Span("Arial", 11.0, 3), Line("x", 2)
out["objects"] = [repr(s), hash(s) == hash(Span("Arial", 11.0, 3)), s == Span("Arial", 11.0, 3),
                  repr(t), t < Line("y"), repr(dataclasses.replace(t, page=4)),
                  sorted((k, repr(v)) for k, v in Span.__init__.__annotations__.items()),
                  [f.name for f in dataclasses.fields(Line)]]
try:
    s.size = 3
except dataclasses.FrozenInstanceError as exc:
    out["objects"].append(str(exc))
out["code"] = [list(Span.__init__.__code__.co_code), Span.__init__.__code__.co_filename,
               list(Line.__lt__.__code__.co_code), Line.__init__.__code__.co_flags]
out["compiled"] = [p if isinstance(p, str) else p.decode() for p in compiled]
print(json.dumps(out))
'''


def probe(cache: Path | None, **extra: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(SRC), **extra}
    env.pop("CIPCHECK_NO_CACHE", None)
    if cache is None:
        env["CIPCHECK_NO_CACHE"] = "1"
    else:
        env["CIPCHECK_CACHE_DIR"] = str(cache)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def kept(cache: Path) -> list[Path]:
    return list((cache / "parsed").glob("start-check-*.marshal"))


def test_a_second_run_compiles_nothing_and_makes_the_same_objects(tmp_path: Path) -> None:
    plain = probe(None)  # no cache: what Python itself gives
    assert len(plain["compiled"]) >= 5
    first = probe(tmp_path)
    assert kept(tmp_path), "the first run keeps what it compiled"
    second = probe(tmp_path)
    # the five patterns of the probe come from the cache: compiled by no one
    assert not {text for text in second["compiled"]} & {text for text in first["compiled"]
                                                       if "heures" in text or "stage" in text}
    assert len(second["compiled"]) < len(first["compiled"])
    for run in (first, second):
        assert run["patterns"] == plain["patterns"]
        assert run["objects"] == plain["objects"]
        assert run["code"] == plain["code"]


def test_no_cache_means_nothing_written(tmp_path: Path) -> None:
    probe(None, CIPCHECK_CACHE_DIR=str(tmp_path))
    assert not kept(tmp_path)


def test_a_damaged_or_foreign_cache_is_compiled_again(tmp_path: Path) -> None:
    plain = probe(None)
    probe(tmp_path)
    (path,) = kept(tmp_path)
    good = path.read_bytes()
    for damaged in (b"", b"\x00garbage", good[: len(good) // 2]):
        path.write_bytes(damaged)
        run = probe(tmp_path)
        assert run["patterns"] == plain["patterns"] and run["objects"] == plain["objects"]
        assert len(run["compiled"]) == len(plain["compiled"])  # compiled as usual
    # kept by another Python build: ignored, then replaced
    import marshal
    stamp, patterns, codes = marshal.loads(good)
    path.write_bytes(marshal.dumps((("another python", *stamp[1:]), patterns, codes)))
    run = probe(tmp_path)
    assert len(run["compiled"]) == len(plain["compiled"])
    assert marshal.loads(path.read_bytes())[0] == stamp


def test_a_check_report_is_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    """The whole program: a check's JSON report, cache off, cold, then warm."""
    reports = []
    for cache in (None, tmp_path, tmp_path):
        env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
        env.pop("CIPCHECK_NO_CACHE", None)
        if cache is None:
            env["CIPCHECK_NO_CACHE"] = "1"
        else:
            env["CIPCHECK_CACHE_DIR"] = str(cache)
        done = subprocess.run([sys.executable, "-m", "cipcheck", "check", str(PDF),
                               "--format", "json"], capture_output=True, text=True,
                              env=env, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        reports.append(done.stdout)
    assert kept(tmp_path)
    assert json.loads(reports[0])["checks"]
    assert reports[0] == reports[1] == reports[2]


def test_other_commands_keep_their_own_smaller_file(tmp_path: Path) -> None:
    """``--help`` compiles ~30 things, a check ~400: --help must not load the check's."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1",
           "CIPCHECK_CACHE_DIR": str(tmp_path)}
    env.pop("CIPCHECK_NO_CACHE", None)
    outputs = [subprocess.run([sys.executable, "-m", "cipcheck", "--help"], capture_output=True,
                              text=True, env=env, timeout=120) for _ in range(2)]
    assert outputs[0].returncode == outputs[1].returncode == 0
    assert outputs[0].stdout == outputs[1].stdout and "check" in outputs[0].stdout
    assert list((tmp_path / "parsed").glob("start-help-*.marshal"))
    assert not kept(tmp_path) and not list((tmp_path / "parsed").glob("start-cli-*"))


def test_a_warm_check_rewrites_nothing_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A pattern whose text follows a set's order (``"|".join(a_set)``) is another text
    at each run: it was compiled at every check, the file rewritten at every exit, and
    its variants filled the file until they pushed the useful patterns out."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1",
           "CIPCHECK_CACHE_DIR": str(tmp_path)}
    env.pop("CIPCHECK_NO_CACHE", None)
    files = []
    for seed in ("1", "2", "3"):
        done = subprocess.run([sys.executable, "-m", "cipcheck", "check", str(PDF),
                               "--format", "json"], capture_output=True, text=True,
                              env={**env, "PYTHONHASHSEED": seed}, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        (path,) = kept(tmp_path)
        files.append(path.read_bytes())
    assert files[0] == files[1] == files[2]
