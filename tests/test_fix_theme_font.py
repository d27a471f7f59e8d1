"""``cipcheck fix`` on a dossier whose text is in Arial through its theme (Word's « Police
du corps : Arial »): references to the theme show in Arial already, so they are not
listed as changes (blind16: 56 styles « to change » on a dossier that passes)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

from cipcheck.authoring.fixer import fix
from cipcheck.ruleset import load


def _themed(tmp_path: Path, typeface: str) -> Path:
    """python-docx's template with its theme's major and minor Latin fonts set."""
    path = tmp_path / f"theme-{typeface}.docx"
    doc = docx.Document()
    doc.add_heading("Première partie : la structure", level=1)
    doc.add_paragraph("La mission locale accueille des jeunes de seize à vingt-cinq ans.")
    doc.save(str(path))
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in parts if n.startswith("word/theme/"))
    xml = parts[name].decode("utf-8")
    xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"',
                 rf'\g<1>{typeface}"', xml)
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


def _themed_styles(path: Path) -> int:
    doc = docx.Document(str(path))
    return sum(1 for s in doc.styles.element.iter(qn("w:rFonts"))
               if s.get(qn("w:asciiTheme")) or s.get(qn("w:hAnsiTheme")))


def test_styles_that_follow_an_arial_theme_are_not_changes(tmp_path: Path) -> None:
    path = _themed(tmp_path, "Arial")
    assert _themed_styles(path) > 10  # the template's headings follow the theme
    report = fix(path, tmp_path / "copie.docx", load("cip-titre"), dry_run=True)
    assert not report.theme
    assert not any(name.lower().startswith("heading") for name in report.styles)


def test_styles_that_follow_a_calibri_theme_are_fixed(tmp_path: Path) -> None:
    path = _themed(tmp_path, "Calibri")
    report = fix(path, tmp_path / "copie.docx", load("cip-titre"), dry_run=True)
    assert report.theme
    assert any(name.lower().startswith("heading") for name in report.styles)
