"""`cipcheck fix` on what real Word documents contain beyond plain runs: symbol-font
bullets, equations, East Asian font slots, tracked format changes and extension elements
in run properties, table style regions, list numbering, Strict OOXML. Small documents are
generated here; the slow test runs the fix over real Word files when they are present."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from lxml import etree

from cipcheck.authoring import wordformat as wf
from cipcheck.authoring.fixer import FixError, fix
from cipcheck.ruleset import load

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Lors du deuxième entretien, nous avons repris ensemble les pistes de formation "
        "et les contraintes de garde d'enfants de Mme R. ")


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _dossier(path: Path, extra=None) -> Path:  # noqa: ANN001
    """A short dossier in Calibri 12 at 1,5; ``extra(doc)`` adds the feature tested."""
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.add_heading("Partie 1 – Situation de Mme R. et diagnostic partagé", level=1)
    for _ in range(6):
        p = doc.add_paragraph()
        run = p.add_run(TEXT * 2)
        run.font.name, run.font.size = "Calibri", Pt(12)
        p.paragraph_format.line_spacing = 1.5
    if extra is not None:
        extra(doc)
    doc.save(str(path))
    return path


def _fonts(el: etree._Element) -> dict[str, str]:
    fonts = el.find(_w("rFonts"))
    return {etree.QName(k).localname: v for k, v in fonts.attrib.items()} if fonts is not None \
        else {}


def _fixed(tmp_path: Path, original: Path) -> tuple[etree._Element, zipfile.ZipFile]:
    target = tmp_path / "corrige.docx"
    fix(original, target, load("cip-titre"))
    z = zipfile.ZipFile(target)
    return etree.fromstring(z.read("word/document.xml")), z


def _run(p, text: str, fonts: dict[str, str]) -> etree._Element:  # noqa: ANN001
    run = p.add_run(text)
    rfonts = run._r.get_or_add_rPr().get_or_add_rFonts()  # noqa: SLF001
    for k, v in fonts.items():
        rfonts.set(_w(k), v)
    return run._r  # noqa: SLF001


def _runs_with(root: etree._Element, text: str) -> list[etree._Element]:
    return [r for r in root.iter(_w("r")) if "".join(r.itertext()) == text]


def test_symbol_font_bullets_and_arrows_keep_their_font(tmp_path: Path) -> None:
    def extra(doc) -> None:  # noqa: ANN001
        for font, char in (("Wingdings", "\uf0d8"), ("Symbol", "\uf0b7"),
                           ("Wingdings 2", "\uf050"), ("Webdings", "\uf034")):
            p = doc.add_paragraph()
            _run(p, char, {"ascii": font, "hAnsi": font, "hint": "default"})
            _run(p, " Mobilité : permis B en cours", {"ascii": "Calibri",
                                                        "hAnsi": "Calibri"})
    root, _ = _fixed(tmp_path, _dossier(tmp_path / "d.docx", extra))
    for font, char in (("Wingdings", "\uf0d8"), ("Symbol", "\uf0b7"),
                       ("Wingdings 2", "\uf050"), ("Webdings", "\uf034")):
        (run,) = _runs_with(root, char)
        assert _fonts(run.find(_w("rPr")))["ascii"] == font
    for run in _runs_with(root, " Mobilité : permis B en cours"):
        assert _fonts(run.find(_w("rPr")))["ascii"] == "Arial"


def test_equations_keep_cambria_math(tmp_path: Path) -> None:
    def extra(doc) -> None:  # noqa: ANN001
        p = doc.add_paragraph()._p  # noqa: SLF001
        math = etree.SubElement(p, f"{{{M}}}oMath")
        mr = etree.SubElement(math, f"{{{M}}}r")
        rpr = etree.SubElement(mr, _w("rPr"))
        etree.SubElement(rpr, _w("rFonts"), {_w("ascii"): "Cambria Math",
                                             _w("hAnsi"): "Cambria Math"})
        etree.SubElement(mr, f"{{{M}}}t").text = "35×4=140"
    root, _ = _fixed(tmp_path, _dossier(tmp_path / "d.docx", extra))
    (mr,) = list(root.iter(f"{{{M}}}r"))
    assert _fonts(mr.find(_w("rPr")))["ascii"] == "Cambria Math"


def test_east_asian_and_complex_script_slots_keep_their_own_fonts(tmp_path: Path) -> None:
    def extra(doc) -> None:  # noqa: ANN001
        p = doc.add_paragraph()
        _run(p, "研修 (stage)", {"ascii": "Calibri", "hAnsi": "Calibri",
                                "eastAsia": "MS Mincho", "cs": "Arabic Typesetting",
                                "hint": "eastAsia"})
        _run(p, "Bilan intermédiaire", {"asciiTheme": "minorHAnsi", "hAnsiTheme": "minorHAnsi",
                                        "eastAsiaTheme": "minorHAnsi", "cstheme": "minorBidi"})
        _run(p, "Suivi", {"ascii": "Times New Roman", "hAnsi": "Times New Roman",
                          "eastAsia": "Times New Roman", "cs": "Times New Roman"})
        _run(p, " (hint only)", {"hint": "eastAsia"})
    root, _ = _fixed(tmp_path, _dossier(tmp_path / "d.docx", extra))
    (cjk,) = _runs_with(root, "研修 (stage)")
    assert _fonts(cjk.find(_w("rPr"))) == {"ascii": "Arial", "hAnsi": "Arial",
                                          "eastAsia": "MS Mincho", "cs": "Arabic Typesetting",
                                          "hint": "eastAsia"}
    (themed,) = _runs_with(root, "Bilan intermédiaire")
    # The Latin theme reference would win over the name: it goes; the East Asian slot
    # named the same theme font as the Latin text, so it follows; the bidi one stays.
    assert _fonts(themed.find(_w("rPr"))) == {"ascii": "Arial", "hAnsi": "Arial",
                                             "eastAsia": "Arial", "cstheme": "minorBidi"}
    (same,) = _runs_with(root, "Suivi")
    assert set(_fonts(same.find(_w("rPr"))).values()) == {"Arial"}
    (hint,) = _runs_with(root, " (hint only)")
    assert _fonts(hint.find(_w("rPr")))["ascii"] == "Arial"


def _children(rpr: etree._Element) -> list[str]:
    return [etree.QName(c).localname for c in rpr]


def test_new_properties_go_before_tracked_changes_and_extensions(tmp_path: Path) -> None:
    def extra(doc) -> None:  # noqa: ANN001
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = 1.5
        r = _run(p, "Texte reformaté avec suivi", {"ascii": "Calibri", "hAnsi": "Calibri"})
        rpr = r.find(_w("rPr"))
        etree.SubElement(rpr, _w("sz"), {_w("val"): "24"})
        etree.SubElement(rpr, f"{{{W14}}}ligatures", {f"{{{W14}}}val": "standardContextual"})
        change = etree.SubElement(rpr, _w("rPrChange"), {_w("id"): "7", _w("author"): "F"})
        old = etree.SubElement(change, _w("rPr"))
        etree.SubElement(old, _w("rFonts"), {_w("ascii"): "Times New Roman"})
        ppr = p._p.get_or_add_pPr()  # noqa: SLF001
        pchange = etree.SubElement(ppr, _w("pPrChange"), {_w("id"): "8", _w("author"): "F"})
        etree.SubElement(pchange, _w("pPr"))
    root, _ = _fixed(tmp_path, _dossier(tmp_path / "d.docx", extra))
    (run,) = _runs_with(root, "Texte reformaté avec suivi")
    rpr = run.find(_w("rPr"))
    assert _children(rpr) == ["rFonts", "sz", "szCs", "ligatures", "rPrChange"]
    assert rpr.find(_w("sz")).get(_w("val")) == "22"
    # The former formatting recorded by the tracked change is kept as it was.
    assert _fonts(rpr.find(_w("rPrChange")).find(_w("rPr"))) == {"ascii": "Times New Roman"}
    ppr = run.getparent().find(_w("pPr"))
    assert _children(ppr)[-1] == "pPrChange"
    assert ppr.find(_w("spacing")).get(_w("line")) == "276"


def test_table_style_regions_follow_and_numbering_is_untouched(tmp_path: Path) -> None:
    def extra(doc) -> None:  # noqa: ANN001
        styles = doc.styles.element
        style = etree.SubElement(styles, _w("style"), {_w("type"): "table",
                                                       _w("styleId"): "Suivi"})
        etree.SubElement(style, _w("name"), {_w("val"): "Suivi des entretiens"})
        region = etree.SubElement(style, _w("tblStylePr"), {_w("type"): "firstRow"})
        rpr = etree.SubElement(region, _w("rPr"))
        etree.SubElement(rpr, _w("rFonts"), {_w("ascii"): "Georgia", _w("hAnsi"): "Georgia"})
        etree.SubElement(rpr, _w("b"))
        doc.add_paragraph("Atelier CV", style="List Bullet")
    original = _dossier(tmp_path / "d.docx", extra)
    _, z = _fixed(tmp_path, original)
    styles = etree.fromstring(z.read("word/styles.xml"))
    region = next(s for s in styles.iter(_w("style")) if s.get(_w("styleId")) == "Suivi")
    assert _fonts(region.find(_w("tblStylePr")).find(_w("rPr")))["ascii"] == "Arial"
    with zipfile.ZipFile(original) as a:  # the bullets' Symbol font stays with them
        assert z.read("word/numbering.xml") == a.read("word/numbering.xml")
    assert b"Symbol" in z.read("word/numbering.xml")


def _rewrite(path: Path, name: str, edit) -> None:  # noqa: ANN001
    """Rewrite one part of a saved package through ``edit(root)``."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename == name:
                root = etree.fromstring(data)
                edit(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            z.writestr(info, data)


def test_theme_latin_fonts_change_and_other_scripts_stay(tmp_path: Path) -> None:
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    original = _dossier(tmp_path / "d.docx")

    def office_2013_theme(root: etree._Element) -> None:
        for latin in root.iter(f"{{{a}}}latin"):
            latin.set("typeface", "Calibri Light")
            latin.set("panose", "020F0302020204030204")

    _rewrite(original, "word/theme/theme1.xml", office_2013_theme)
    _, z = _fixed(tmp_path, original)
    with zipfile.ZipFile(original) as before:
        old = etree.fromstring(before.read("word/theme/theme1.xml"))
    new = etree.fromstring(z.read("word/theme/theme1.xml"))
    for scheme in ("majorFont", "minorFont"):
        latin = next(new.iter(f"{{{a}}}{scheme}")).find(f"{{{a}}}latin")
        assert dict(latin.attrib) == {"typeface": "Arial"}  # no Calibri Light PANOSE left
    scripts = [(e.get("script"), e.get("typeface")) for e in old.iter(f"{{{a}}}font")]
    assert len(scripts) > 20 and ("Jpan", "ＭＳ ゴシック") in scripts
    assert [(e.get("script"), e.get("typeface")) for e in new.iter(f"{{{a}}}font")] == scripts
    assert [e.get("typeface") for e in new.iter(f"{{{a}}}ea", f"{{{a}}}cs")] == \
        [e.get("typeface") for e in old.iter(f"{{{a}}}ea", f"{{{a}}}cs")]


def test_a_document_with_macros_keeps_its_extension(tmp_path: Path) -> None:
    docx = _dossier(tmp_path / "d.docx")
    original = tmp_path / "dossier.docm"
    macro = b"application/vnd.ms-word.document.macroEnabled.main+xml"
    with zipfile.ZipFile(docx) as a, zipfile.ZipFile(original, "w") as b:
        for info in a.infolist():
            data = a.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument."
                                    b"wordprocessingml.document.main+xml", macro)
            b.writestr(info, data)
    # Word refuses a .docx whose content is a document with macros.
    with pytest.raises(FixError, match=r"\.docm"):
        fix(original, tmp_path / "corrige.docx", load("cip-titre"))
    assert not (tmp_path / "corrige.docx").exists()
    fix(original, tmp_path / "corrige.docm", load("cip-titre"))
    with zipfile.ZipFile(tmp_path / "corrige.docm") as z:
        assert macro in z.read("[Content_Types].xml")
    done = subprocess.run([sys.executable, "-m", "cipcheck", "fix", str(original),
                           "--pages", "estimate"], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "dossier-corrige.docm").is_file()


def test_strict_ooxml_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    plain = _dossier(tmp_path / "plain.docx")
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(plain) as a, zipfile.ZipFile(strict, "w") as b:
        for info in a.infolist():
            data = a.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(W.encode(),
                                    b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            b.writestr(info, data)
    before = strict.read_bytes()
    with pytest.raises(FixError, match="Strict"):
        fix(strict, tmp_path / "out.docx", load("cip-titre"))
    assert strict.read_bytes() == before and not (tmp_path / "out.docx").exists()


def test_an_unwritable_copy_is_a_clear_error(tmp_path: Path) -> None:
    original = _dossier(tmp_path / "d.docx")
    before = original.read_bytes()
    folder = tmp_path / "corrige.docx"
    folder.mkdir()  # a folder where the copy should go
    with pytest.raises(FixError, match="impossible d'écrire"):
        fix(original, folder, load("cip-titre"), force=True)
    assert original.read_bytes() == before and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corrige.docx", "d.docx"]


# ---- slow: real Word documents ----------------------------------------------------------

WORD_FILES = Path(os.environ.get("CIPCHECK_WORD_FILES", "/work/shared/word-truth/files"))
_TRACKED = ("ins", "del", "rPrChange", "pPrChange", "moveFrom", "moveTo")
_KEPT = (*_TRACKED, "sym", "oMath", "txbxContent", "sdt", "fldChar", "fldSimple", "drawing",
         "pict", "footnoteReference", "tbl")


def _docx_texts(path: Path) -> list[str]:
    """Paragraphs and table cells as python-docx reads them (it refuses the content
    types of templates and macro-enabled documents: the XML paragraphs cover those)."""
    try:
        doc = Document(str(path))
    except ValueError:
        return []
    out = [p.text for p in doc.paragraphs]

    def cells(tables) -> None:  # noqa: ANN001
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)
    cells(doc.tables)
    return out


def _out_of_order(root: etree._Element) -> int:
    """Run and paragraph properties whose Word children break the schema order."""
    bad = 0
    for tag, order in (("rPr", wf.RPR_ORDER), ("pPr", wf.PPR_ORDER)):
        for props in root.iter(_w(tag)):
            ranks = [order.index(etree.QName(c).localname) for c in props
                     if isinstance(c.tag, str) and etree.QName(c).namespace == W
                     and etree.QName(c).localname in order]
            bad += ranks != sorted(ranks)
    return bad


def _inventory(xml: bytes) -> tuple[list[str], dict[str, int]]:
    root = etree.fromstring(xml)
    # Paragraph by paragraph, text boxes, deleted text and field codes included.
    texts = ["".join(e.text or "" for e in p.iter(_w("t"), _w("delText"), _w("instrText")))
             for p in root.iter(_w("p"))]
    counts = {n: 0 for n in _KEPT}
    for e in root.iter():
        if isinstance(e.tag, str) and etree.QName(e).localname in counts:
            counts[etree.QName(e).localname] += 1
    symbols = sorted(f"{_fonts(r)}" for r in root.iter(_w("rPr"))
                     if any(wf.is_symbol_font(v) for v in _fonts(r).values()))
    return texts + symbols, counts


@pytest.mark.slow
@pytest.mark.skipif(not WORD_FILES.is_dir(), reason="real Word files not present")
def test_fix_over_real_word_documents(tmp_path: Path) -> None:
    from cipcheck.api import Options, check_file

    files = sorted(WORD_FILES.glob("*.docx"))
    assert files
    low_arial = []
    for source in files:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        target = tmp_path / f"{source.stem}-corrige.docx"
        fix(source, target, load("cip-titre"))
        assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
        assert _docx_texts(target) == _docx_texts(source), source.name
        with zipfile.ZipFile(source) as a, zipfile.ZipFile(target) as b:
            assert b.testzip() is None and a.namelist() == b.namelist()
            for name in a.namelist():
                if a.read(name) == b.read(name):
                    continue
                assert name in ("word/document.xml", "word/styles.xml") or \
                    name.startswith("word/theme/"), (source.name, name)
                old, new = etree.fromstring(a.read(name)), etree.fromstring(b.read(name))
                assert _out_of_order(new) <= _out_of_order(old), (source.name, name)
                if not name.startswith("word/theme/"):
                    assert _inventory(a.read(name)) == _inventory(b.read(name)), source.name
        report = check_file(target, "cip-titre", Options(pages="estimate", privacy=False))
        font = [f for f in report.checks if f.id == "format.font"]
        if font and font[0].status.value not in ("pass", "skip"):
            low_arial.append((source.name, font[0].actual))
    # Text in fonts no fix should change (symbols, equations) can keep a rare file short.
    assert len(low_arial) <= len(files) // 20, low_arial
    if shutil.which("soffice"):
        out = tmp_path / "pdf"
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", "pdf", "--outdir", str(out),
                        *map(str, sorted(tmp_path.glob("*-corrige.docx")))],
                       capture_output=True, timeout=1800, check=False)
        made = {p.stem for p in out.glob("*.pdf")}
        assert made == {f"{s.stem}-corrige" for s in files}
