"""Rule sets and referentials are parsed once, then read back from the user's cache as
JSON by the text's hash (issue 10): same data, a changed file read anew, anything JSON
cannot give back exactly never cached, a broken cache only costs a parse."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from cipcheck import resources
from cipcheck.resources import YamlSyntaxError, load_yaml
from cipcheck.ruleset import RuleError, load

RULES = Path(__file__).resolve().parents[1] / "rules"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CIPCHECK_NO_CACHE", raising=False)
    return tmp_path / "parsed"


def _no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> object:
        raise AssertionError("parsed again")
    monkeypatch.setattr(resources, "_parse_yaml", refuse)


def test_a_bundled_rule_set_is_read_back_from_the_cache_identical(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (RULES / "cip-titre.yaml").read_text(encoding="utf-8")
    first = load_yaml(text)
    assert len(list(cache.glob("*.json"))) == 1
    _no_parser(monkeypatch)
    assert load_yaml(text) == first
    assert load("cip-titre") == load("cip-titre")  # validated from the cached data


def test_a_changed_file_is_parsed_anew(cache: Path) -> None:
    assert load_yaml("a: 1\n") == {"a": 1}
    assert load_yaml("a: 2\n") == {"a": 2}
    assert len(list(cache.glob("*.json"))) == 2


@pytest.mark.parametrize("text, data", [
    ("1: un\n2: deux\n", {1: "un", 2: "deux"}),           # number keys: JSON makes strings
    ("date: 2024-03-01\n", {"date": datetime.date(2024, 3, 1)}),  # not JSON at all
])
def test_what_json_cannot_give_back_is_never_cached(cache: Path, text: str,
                                                    data: object) -> None:
    assert load_yaml(text) == data
    assert load_yaml(text) == data
    assert not cache.exists() or not list(cache.glob("*.json"))


def test_a_broken_cache_file_costs_only_a_parse(cache: Path) -> None:
    load_yaml("a: [1, 2]\n")
    (entry,) = cache.glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert load_yaml("a: [1, 2]\n") == {"a": [1, 2]}


def test_no_cache_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIPCHECK_NO_CACHE", "1")
    assert load_yaml("a: 1\n") == {"a": 1}
    assert not cache.exists()


def test_a_yaml_error_still_says_where(cache: Path, tmp_path: Path) -> None:
    with pytest.raises(YamlSyntaxError) as err:
        load_yaml("a: [1, 2\nb: 3\n")
    assert err.value.problem_mark is not None  # type: ignore[attr-defined]
    bad = tmp_path / "mine.yaml"
    bad.write_text("id: mine\ntitle: [oops\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"mine\.yaml ligne \d+ : YAML invalide"):
        load(str(bad))
