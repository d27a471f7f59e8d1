"""Rule sets and referentials are plain frozen classes; pydantic validates a YAML only when
its text is new or changed, and what it accepted is rebuilt from the cache without it
(issue 10: importing pydantic and building its models was ~100 ms of every check)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cipcheck.referential import load_referential
from cipcheck.ruleset import Range, RuleError, RuleSet, bundled_ids, load
from cipcheck.schema import model_of

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CIPCHECK_NO_CACHE", raising=False)
    return tmp_path / "parsed"


def _validated(cache: Path) -> list[Path]:
    return sorted(cache.glob("v-*.json")) if cache.exists() else []


@pytest.mark.parametrize("rules_id", bundled_ids())
def test_a_bundled_rule_set_rebuilt_from_the_cache_is_what_pydantic_gave(
        cache: Path, rules_id: str) -> None:
    validated = load(rules_id)
    assert len(_validated(cache)) == 1
    again = load(rules_id)
    assert again == validated
    # repr shows the value types too: 7 and 7.0 are equal but print differently
    assert repr(again) == repr(validated)
    # and the very model pydantic builds from the YAML holds the same values
    import yaml

    raw = yaml.safe_load((ROOT / "rules" / f"{rules_id}.yaml").read_text(encoding="utf-8"))
    model = model_of(RuleSet).model_validate({**raw, "path": validated.path},
                                             context={"trusted": True})
    assert model.model_dump() == dataclasses.asdict(validated)


def test_a_check_with_a_warm_cache_never_imports_pydantic(tmp_path: Path) -> None:
    code = ("import sys\n"
            "from cipcheck.ruleset import load_all\n"
            "from cipcheck.referential import referential_of\n"
            "sets = load_all()\n"
            "assert all(referential_of(s) for s in sets if s.referential)\n"
            "print('pydantic' in sys.modules)\n")
    env = {**os.environ, "CIPCHECK_CACHE_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT / "src")}
    env.pop("CIPCHECK_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, check=True).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]  # validated the first time only


def test_a_changed_yaml_is_validated_again(cache: Path, tmp_path: Path) -> None:
    text = (ROOT / "rules" / "cip-ccp1.yaml").read_text(encoding="utf-8")
    mine = tmp_path / "mes-regles.yaml"
    mine.write_text(text, encoding="utf-8")
    assert load(str(mine)).pages.body == Range(min=6.0, max=8.0, source=load(
        "cip-ccp1").pages.body.source)  # type: ignore[union-attr]
    mine.write_text(text.replace("min: 6", "min: 9"), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load(str(mine))
    assert "min (9.0) est supérieur à max (8.0)" in str(err.value)
    assert "pages.body" in str(err.value)


def test_what_was_validated_for_a_bundled_id_is_not_taken_for_a_trainers_copy(
        cache: Path, tmp_path: Path) -> None:
    # Bundled rule sets skip compiling their phrases (the suite does it); a copy given
    # by path is compiled, so a bad phrase in it is reported even if its text matches.
    text = (ROOT / "rules" / "cip-ccp1.yaml").read_text(encoding="utf-8")
    load("cip-ccp1")
    mine = tmp_path / "copie.yaml"
    mine.write_text(text, encoding="utf-8")
    assert load(str(mine)).id == "cip-ccp1"
    assert len(_validated(cache)) == 2


def test_a_broken_or_foreign_cache_entry_only_costs_a_validation(cache: Path) -> None:
    first = load("cip-ccp2")
    (entry,) = _validated(cache)
    entry.write_text("{not json", encoding="utf-8")
    assert load("cip-ccp2") == first
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["no_such_key"] = 1
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert load("cip-ccp2") == first
    assert json.loads(entry.read_text(encoding="utf-8")) != data  # written anew


def test_a_bundled_referential_is_the_same_from_the_cache(cache: Path) -> None:
    first = load_referential.__wrapped__("cip")
    again = load_referential.__wrapped__("cip")
    assert again == first and repr(again) == repr(first)
    assert first.competence("CP5") is not None


def test_copies_and_dumps_work_as_they_did_on_the_models(cache: Path) -> None:
    rules = load("cip-titre")
    counted = rules.model_copy(update={"pages": rules.pages.model_copy(
        update={"count_front_matter": True})})
    assert counted.pages.count_front_matter and not rules.pages.count_front_matter
    body = rules.pages.body
    assert body is not None
    assert body.model_dump(exclude={"source"}) == {"min": body.min, "max": body.max}
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules.id = "autre"  # type: ignore[misc]


def test_a_whole_check_with_a_warm_cache_never_imports_pydantic(tmp_path: Path) -> None:
    # Typer builds pydantic validators for a command's parameters; a plain command line
    # is read by cipcheck.launch (the console script) instead, so a check pays for
    # pydantic only when a rule set or referential is new or changed.
    pdf = ROOT / "tests" / "fixtures" / "dossiers" / "ccp1-ok.pdf"
    code = ("import atexit, sys\n"
            "atexit.register(lambda: sys.stderr.write("
            "'pydantic imported: %s\\n' % ('pydantic' in sys.modules)))\n"
            f"sys.argv = ['cipcheck', 'check', {str(pdf)!r}, '--format', 'json']\n"
            "from cipcheck.launch import main\n"
            "main()\n")
    env = {**os.environ, "CIPCHECK_CACHE_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT / "src")}
    env.pop("CIPCHECK_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True) for _ in range(2)]
    assert [json.loads(r.stdout)["verdict"] for r in runs] == ["pass", "pass"]
    assert [r.stderr.strip().splitlines()[-1] for r in runs] == [
        "pydantic imported: True", "pydantic imported: False"]


def test_plain_classes_behave_as_frozen_keyword_only_dataclasses() -> None:
    # plainmodel.plain writes __init__, ==, hash, repr and the refusal to change once
    # for every class (the dataclass decorator compiles them per class at each start):
    # they must answer as a stdlib frozen keyword-only dataclass with the same fields.
    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Twin:
        min: float | None = None
        max: float | None = None
        source: str | None = None

    cases = [{}, {"min": 1.0}, {"min": 1, "max": 2.5, "source": "RE « 6 à 8 pages »"},
             {"max": float("nan")}]
    for values in cases:
        mine, twin = Range(**values), Twin(**values)
        assert repr(mine) == repr(twin).split(".<locals>.")[-1].replace("Twin", "Range")
        assert hash(mine) == hash(twin)
        assert (mine == Range(**values)) == (twin == Twin(**values))
        assert mine != twin and mine != dataclasses.astuple(twin)
        assert dataclasses.replace(mine, source="x") == Range(**{**values, "source": "x"})
        with pytest.raises(dataclasses.FrozenInstanceError):
            mine.min = 3.0  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            del mine.max  # type: ignore[misc]
    nan = float("nan")
    assert Range(max=nan) == Range(max=nan)  # the same object: equal, as in a tuple
    with pytest.raises(TypeError, match="unexpected keyword argument 'mini'"):
        Range(mini=1.0)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing required keyword-only argument: 'title'"):
        RuleSet(id="x", source="y")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Range(1.0)  # type: ignore[misc]
    assert RuleSet(id="a", title="b", source="c").lexicon == {}
    assert RuleSet(id="a", title="b", source="c").lexicon is not \
        RuleSet(id="a", title="b", source="c").lexicon  # a new dict each, as a factory
