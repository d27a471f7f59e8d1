"""``cipcheck doctor``: what the machine has for DOCX pages, and what to install."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from cipcheck import doctor
from cipcheck.readers import libreoffice


@pytest.fixture
def no_soffice(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CIPCHECK_NO_LIBREOFFICE", "1")
    libreoffice.find_soffice.cache_clear()
    libreoffice.soffice_version.cache_clear()
    yield
    monkeypatch.delenv("CIPCHECK_NO_LIBREOFFICE")
    libreoffice.find_soffice.cache_clear()
    libreoffice.soffice_version.cache_clear()


def families(monkeypatch: pytest.MonkeyPatch, names: set[str] | None) -> None:
    monkeypatch.setattr(doctor, "_families_fc_list", lambda: names)


def printed(diag: dict[str, object]) -> str:
    console = Console(record=True, width=140, color_system=None)
    doctor.render(diag, console)
    return console.export_text()


def test_diagnosis_shape() -> None:
    diag = doctor.diagnose()
    assert set(diag) >= {"libreoffice", "fonts", "cache", "pages_auto", "advice"}
    assert set(diag["fonts"]) == {"Arial", "Calibri", "Times New Roman", "Cambria"}  # type: ignore[arg-type]
    lo = diag["libreoffice"]
    assert set(lo) == {"found", "path", "version"}  # type: ignore[arg-type]


def test_without_libreoffice_says_how_to_install_it(no_soffice, monkeypatch) -> None:
    monkeypatch.setattr(doctor, "_system", lambda: "linux-debian")
    families(monkeypatch, {"liberation sans", "liberation serif", "carlito", "caladea"})
    diag = doctor.diagnose()
    assert diag["libreoffice"] == {"found": False, "path": None, "version": None}
    assert "estimation" in str(diag["pages_auto"])
    hows = [a["how"] for a in diag["advice"]]  # type: ignore[union-attr]
    assert hows == ["sudo apt-get install libreoffice-writer-nogui"]
    text = printed(diag)
    assert "LibreOffice" in text and "absent" in text
    # Each source's measured agreement with Word, never « exacte » for a DOCX source.
    assert "%" in str(diag["agreement_with_word"]["estimate"])  # type: ignore[index]
    assert "exacte" not in text
    assert "sudo apt-get install libreoffice-writer-nogui" in text


def test_missing_twins_are_named_with_their_packages(monkeypatch) -> None:
    monkeypatch.setattr(doctor, "_system", lambda: "linux-debian")
    families(monkeypatch, {"dejavu sans"})
    diag = doctor.diagnose()
    fonts = diag["fonts"]
    assert fonts["Calibri"] == {"installed": False, "twin": "Carlito",  # type: ignore[index]
                                "twin_installed": False}
    how = " ".join(a["how"] for a in diag["advice"])  # type: ignore[union-attr]
    assert "fonts-crosextra-carlito" in how and "fonts-liberation2" in how
    assert "fonts-crosextra-caladea" in how
    text = printed(diag)
    assert "ni Calibri ni Carlito" in text


def test_real_fonts_or_twins_are_enough(monkeypatch) -> None:
    families(monkeypatch, {"arial", "calibri", "liberation serif", "caladea"})
    diag = doctor.diagnose()
    fonts = diag["fonts"]
    assert fonts["Arial"]["installed"] and fonts["Calibri"]["installed"]  # type: ignore[index]
    assert fonts["Times New Roman"]["twin_installed"]  # type: ignore[index]
    assert not any("police" in a["what"] for a in diag["advice"])  # type: ignore[union-attr]


def test_font_folders_are_scanned_without_fc_list(monkeypatch, tmp_path: Path) -> None:
    families(monkeypatch, None)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "Carlito-Regular.ttf").write_bytes(b"")
    (tmp_path / "arial.ttf").write_bytes(b"")
    monkeypatch.setattr(doctor, "FONT_DIRS", (str(tmp_path),))
    diag = doctor.diagnose()
    fonts = diag["fonts"]
    assert diag["fonts_source"] == "dossiers de polices"
    assert fonts["Arial"]["installed"]  # type: ignore[index]
    assert fonts["Calibri"]["twin_installed"] and not fonts["Calibri"]["installed"]  # type: ignore[index]
    assert not fonts["Times New Roman"]["twin_installed"]  # type: ignore[index]


@pytest.mark.parametrize("system, expected", [
    ("windows", doctor.LO_DOWNLOAD),
    ("macos", "brew install --cask libreoffice"),
    ("linux-fedora", "sudo dnf install libreoffice-writer"),
])
def test_advice_per_system(no_soffice, monkeypatch, system: str, expected: str) -> None:
    monkeypatch.setattr(doctor, "_system", lambda: system)
    families(monkeypatch, {"arial", "calibri", "times new roman"})
    diag = doctor.diagnose()
    assert any(expected in a["how"] for a in diag["advice"])  # type: ignore[union-attr]


def test_cache_folder_is_reported(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CIPCHECK_CACHE_DIR", str(tmp_path))
    (tmp_path / "rendered").mkdir()
    (tmp_path / "rendered" / "abc.pdf").write_bytes(b"%PDF" + b"0" * 2000)
    cache = doctor.diagnose()["cache"]
    assert cache["enabled"] and cache["files"] == 1  # type: ignore[index]
    monkeypatch.setenv("CIPCHECK_NO_CACHE", "1")
    assert doctor.diagnose()["cache"]["enabled"] is False  # type: ignore[index]
