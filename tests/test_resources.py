"""The bundled rule sets and referentials: one folder read, chosen by one rule, and the
wheel carries exactly the top-level ``rules/`` and ``referentials/``."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from cipcheck import resources
from cipcheck.ruleset import bundled_ids

ROOT = Path(__file__).resolve().parents[1]


def _tree(base: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = base / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_source_tree_reads_the_top_level_folders() -> None:
    assert resources.source_root() == ROOT
    assert resources.data_dir("rules") == ROOT / "rules"
    assert resources.data_dir("referentials") == ROOT / "referentials"
    assert sorted(bundled_ids()) == sorted(p.stem for p in (ROOT / "rules").glob("*.yaml"))


def test_a_stray_copy_inside_the_source_package_is_not_read(tmp_path: Path) -> None:
    _tree(tmp_path, {"pyproject.toml": '[project]\nname = "cipcheck"\n',
                     "rules/cip-titre.yaml": "id: cip-titre\n",
                     "src/cipcheck/__init__.py": "",
                     "src/cipcheck/rules/cip-titre.yaml": "id: stale\n"})
    package = tmp_path / "src" / "cipcheck"
    assert resources.locate("rules", package) == tmp_path / "rules"


def test_an_installed_package_reads_its_own_copy_only(tmp_path: Path) -> None:
    # Installed in a virtual environment inside some project that has its own rules/.
    _tree(tmp_path, {"pyproject.toml": '[project]\nname = "cipcheck"\n',
                     "rules/cip-titre.yaml": "id: theirs\n",
                     "lib/site-packages/cipcheck/__init__.py": "",
                     "lib/site-packages/cipcheck/rules/cip-titre.yaml": "id: cip-titre\n"})
    package = tmp_path / "lib" / "site-packages" / "cipcheck"
    assert resources.source_root(package) is None
    assert resources.locate("rules", package) == package / "rules"


def test_another_projects_src_is_not_cipchecks_source_tree(tmp_path: Path) -> None:
    _tree(tmp_path, {"pyproject.toml": '[project]\nname = "plateforme"\n',
                     "rules/x.yaml": "id: x\n", "src/cipcheck/__init__.py": ""})
    package = tmp_path / "src" / "cipcheck"
    with pytest.raises(FileNotFoundError, match="rules"):
        resources.locate("rules", package)  # neither theirs nor a silent fallback


def test_the_wheel_carries_the_top_level_data_unchanged(tmp_path: Path) -> None:
    wheel_builder = pytest.importorskip("hatchling.builders.wheel")
    started = time.perf_counter()
    builder = wheel_builder.WheelBuilder(str(ROOT))
    built = [Path(p) for p in builder.build(directory=str(tmp_path), versions=["standard"])]
    print(f"wheel built in {time.perf_counter() - started:.1f} s")
    with zipfile.ZipFile(built[0]) as wheel:
        names = set(wheel.namelist())
        for folder in resources.DATA_DIRS:
            source = {p.name: p.read_bytes() for p in (ROOT / folder).iterdir() if p.is_file()}
            inside = {n.rsplit("/", 1)[1]: wheel.read(n) for n in names
                      if n.startswith(f"cipcheck/{folder}/")}
            assert inside == source, folder
        # Package data that the readers, privacy checks and the server need.
        assert {"cipcheck/data/names/prenoms.txt", "cipcheck/server/static/app.js",
                "cipcheck/data/metrics/liberation-sans.json",
                "cipcheck/batch/pool.py"} <= names
        assert not any(n.startswith(("tests/", "rules/", "src/")) for n in names)
