"""``cipcheck fix``: a copy of a DOCX with the rule set's format applied, nothing else.

Fonts of the text and headings (run properties, styles, document defaults and the theme's
fonts) become the rule set's family; body paragraphs outside tables get the body size
and line spacing, as the format checks measure them (headings and tables keep their
size and spacing). Text, tables, images, tracked changes (the former formatting kept in
``w:rPrChange`` / ``w:pPrChange``), comments, headers, footers and footnotes are left
as they are: their parts are copied byte for byte. The original is opened read-only and
never written; the copy is written to a temporary file, then moved in place.
"""

from __future__ import annotations

import contextlib
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from cipcheck.authoring import wordformat as wf
from cipcheck.errors import system_reason
from cipcheck.i18n import N_
from cipcheck.readers.errors import InputProblem
from cipcheck.readers.ooxml import Package
from cipcheck.readers.sniff import sniff
from cipcheck.readers.zipguard import check_zip
from cipcheck.ruleset import RuleSet
from cipcheck.segmenter import part_number
from cipcheck.textnorm import fold

# Comments and processing instructions are kept: this parser writes the part back.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False)
# Styles whose size and spacing are not the body's (the checks leave them out too).
_NOT_BODY = re.compile(r"heading|titre|title|toc|caption|l[ée]gende|footnote|endnote|"
                       r"note de bas|header|footer|en-t[êe]te|pied de page|table|"
                       r"tableau|sommaire|index|comment|balloon", re.IGNORECASE)


class FixError(Exception):
    """The copy cannot be written (exit 2); the message says why and what to do."""


@dataclass
class FixReport:
    source: Path
    target: Path
    family: str
    size: float | None
    spacing: float | None
    runs_font: int = 0
    runs_size: int = 0
    paragraphs_spacing: int = 0
    styles: list[str] = field(default_factory=list)
    theme: bool = False
    defaults: bool = False
    # The theme's fonts already are ``family``: references to them need no change.
    theme_is_family: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.runs_font or self.runs_size or self.paragraphs_spacing or
                    self.styles or self.theme or self.defaults)


def _w(tag: str) -> str:
    return wf.w(tag)


def _inside_change(el: etree._Element) -> bool:
    """Properties inside a tracked change record the former formatting: keep them."""
    parent = el.getparent()
    while parent is not None:
        if etree.QName(parent).localname in ("rPrChange", "pPrChange"):
            return True
        parent = parent.getparent()
    return False


def _style_names(styles: etree._Element | None) -> dict[str, tuple[str, str | None]]:
    """styleId -> (name, basedOn)."""
    out: dict[str, tuple[str, str | None]] = {}
    if styles is None:
        return out
    for st in styles.iter(_w("style")):
        name = st.find(_w("name"))
        based = st.find(_w("basedOn"))
        out[st.get(_w("styleId"), "")] = (
            name.get(_w("val"), "") if name is not None else "",
            based.get(_w("val")) if based is not None else None)
    return out


def _is_body_style(style_id: str | None, names: dict[str, tuple[str, str | None]]) -> bool:
    seen = 0
    while style_id and seen < 20:
        name, based = names.get(style_id, (style_id, None))
        if _NOT_BODY.search(name) or _NOT_BODY.search(style_id):
            return False
        style_id, seen = based, seen + 1
    return True


def _fix_styles(root: etree._Element, rules: RuleSet, report: FixReport) -> None:
    names = _style_names(root)
    defaults = root.find(_w("docDefaults"))
    if defaults is not None:
        report.defaults = _fix_defaults(defaults, report)
    for st in root.iter(_w("style")):
        sid = st.get(_w("styleId"), "")
        label = names.get(sid, (sid, None))[0] or sid
        if _fix_style(st, sid, names, report):
            report.styles.append(label)


def _fix_defaults(defaults: etree._Element, report: FixReport) -> bool:
    """The document's default run and paragraph properties (w:docDefaults)."""
    rpr_default = wf.child(defaults, "rPrDefault", ("rPrDefault", "pPrDefault"))
    rpr = wf.child(rpr_default, "rPr", ("rPr",))
    changed = wf.set_font(rpr, report.family, theme_is_family=report.theme_is_family)
    if report.size is not None:
        changed |= wf.set_size(rpr, report.size)
    ppr_default = wf.child(defaults, "pPrDefault", ("rPrDefault", "pPrDefault"))
    ppr = wf.child(ppr_default, "pPr", ("pPr",))
    if report.spacing is not None:
        changed |= wf.set_line_spacing(ppr, report.spacing)
    return changed


def _fix_style(st: etree._Element, sid: str, names: dict[str, tuple[str, str | None]],
               report: FixReport) -> bool:
    changed = False
    # The style's own run properties and those of a table style's regions
    # (w:tblStylePr: header row, first column…), where Word keeps fonts too.
    for fonts_rpr in st.iter(_w("rPr")):
        if fonts_rpr.find(_w("rFonts")) is not None and not _inside_change(fonts_rpr):
            changed |= wf.set_font(fonts_rpr, report.family,
                                   theme_is_family=report.theme_is_family)
    rpr = st.find(_w("rPr"))
    if st.get(_w("type")) == "paragraph" and _is_body_style(sid, names):
        if rpr is not None and rpr.find(_w("sz")) is not None and report.size is not None:
            changed |= wf.set_size(rpr, report.size)
        ppr = st.find(_w("pPr"))
        spacing = ppr.find(_w("spacing")) if ppr is not None else None
        if (ppr is not None and spacing is not None and spacing.get(_w("line"))
                and report.spacing is not None):
            changed |= wf.set_line_spacing(ppr, report.spacing)
    return changed


def _paragraph_is_body(p: etree._Element, names: dict[str, tuple[str, str | None]]) -> bool:
    if any(etree.QName(a).localname == "tc" for a in p.iterancestors()):
        return False
    ppr = p.find(_w("pPr"))
    if ppr is not None and ppr.find(_w("outlineLvl")) is not None:
        return False
    style = ppr.find(_w("pStyle")) if ppr is not None else None
    return _is_body_style(style.get(_w("val")) if style is not None else None, names)


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(_w("t")))


def _body_window(paragraphs: list[etree._Element]) -> tuple[int, int]:
    """Where the body runs, as the checks count it: from the first part heading (or the
    introduction) to the annexes; the cover page and the annexes keep their sizes."""
    start, end = 0, len(paragraphs)
    for i, p in enumerate(paragraphs):
        text = _text(p).strip()
        if len(text) < 200 and (part_number(text) or _INTRO.match(fold(text))):
            start = i
            break
    for i in range(start + 1, len(paragraphs)):
        text = fold(_text(paragraphs[i]).strip())
        if len(text) < 60 and _ANNEXES.match(text):
            end = i
            break
    return start, end


def _fix_document(root: etree._Element, names: dict[str, tuple[str, str | None]],
                  report: FixReport) -> None:
    for rpr in root.iter(_w("rPr")):
        if _inside_change(rpr):
            continue
        if rpr.find(_w("rFonts")) is not None and wf.set_font(
                rpr, report.family, theme_is_family=report.theme_is_family):
            report.runs_font += 1
    paragraphs = list(root.iter(_w("p")))
    start, end = _body_window(paragraphs)
    for p in paragraphs[start:end]:
        if _paragraph_is_body(p, names):
            _fix_paragraph(p, report)


def _fix_paragraph(p: etree._Element, report: FixReport) -> None:
    """Line spacing and body-text sizes of one body paragraph."""
    ppr = p.find(_w("pPr"))
    spacing = ppr.find(_w("spacing")) if ppr is not None else None
    if (report.spacing is not None and ppr is not None and spacing is not None
            and spacing.get(_w("line")) and wf.set_line_spacing(ppr, report.spacing)):
        report.paragraphs_spacing += 1
    if report.size is None or _all_bold(p):
        return
    for r in p.iter(_w("r")):
        rpr = r.find(_w("rPr"))
        sz = rpr.find(_w("sz")) if rpr is not None else None
        if rpr is None or sz is None or _inside_change(rpr):
            continue
        # Body text set a size or two off (10, 12 pt); a cover title in 20 pt or a
        # heading made by hand in 14 pt is not body text and keeps its size.
        if _BODY_SIZES[0] <= _points(sz) <= _BODY_SIZES[1] and \
                wf.set_size(rpr, report.size):
            report.runs_size += 1


_BODY_SIZES = (8.0, 13.0)
_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_INTRO = re.compile(r"^(?:[ivx\d]{1,3}\s*[-.–:)]\s*)?introduction\b")
_ANNEXES = re.compile(r"^(?:liste des )?annexes?\b")


def _points(sz: etree._Element) -> float:
    try:
        return int(sz.get(_w("val"), "0")) / 2
    except ValueError:
        return 0.0


def _all_bold(p: etree._Element) -> bool:
    """A paragraph whose text is all bold is a heading made by hand (as the checks
    read it), not body text."""
    runs = [r for r in p.iter(_w("r")) if "".join(t.text or "" for t in r.iter(_w("t"))).strip()]
    if not runs:
        return True
    for r in runs:
        rpr = r.find(_w("rPr"))
        b = rpr.find(_w("b")) if rpr is not None else None
        if b is None or b.get(_w("val"), "true") in ("0", "false"):
            return False
    return True


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _parse(data: bytes, name: str) -> etree._Element:
    if b"<!ENTITY" in data[:4096]:
        raise InputProblem(
            "hostile_xml",
            N_("La partie « {name} » déclare des entités XML."),
            N_("Enregistrez une nouvelle copie depuis Word au format .docx."),
            values={"name": name})
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputProblem(
            "corrupt",
            N_("Partie « {name} » illisible."),
            N_("Ouvrez le fichier dans Word et enregistrez-le de nouveau."),
            values={"name": name}) from exc


_WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
# Word refuses a file whose extension does not match its main part's content type (a
# document with macros named .docx): the copy keeps the kind of the original.
_SUFFIX_OF_TYPE = {"document.macroEnabled.main+xml": ".docm",
                   "template.main+xml": ".dotx", "template.macroEnabledTemplate.main+xml": ".dotm"}


def _main_content_type(data: dict[str, bytes], main: str) -> str:
    try:
        types = etree.fromstring(data.get("[Content_Types].xml", b""), _PARSER)
    except etree.XMLSyntaxError:
        return ""
    for override in types:
        if (override.get("PartName") or "").lstrip("/") == main:
            return override.get("ContentType") or ""
    return ""


def _check_suffix(source: Path, target: Path, content_type: str) -> None:
    wanted = next((suffix for end, suffix in _SUFFIX_OF_TYPE.items()
                   if content_type.endswith(end)), ".docx")
    if target.suffix.lower() in (wanted, source.suffix.lower()):
        return
    raise FixError(f"ce document est un {_KIND[wanted]} : Word n'ouvrirait pas une copie "
                   f"nommée en {target.suffix or '(sans extension)'}. Nommez-la en {wanted} "
                   f"(par exemple {source.stem}-corrige{wanted}).")


_KIND = {".docx": "document Word", ".docm": "document Word avec macros",
         ".dotx": "modèle Word", ".dotm": "modèle Word avec macros"}


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def fix(source: Path, target: Path, rules: RuleSet, *, dry_run: bool = False,
        force: bool = False) -> FixReport:
    """Apply the rule set's format to a copy of ``source``; raise ``FixError`` or
    ``InputProblem`` (bad input) without writing anything."""
    _check_paths(source, target, dry_run=dry_run, force=force)
    check_zip(source)
    fmt = rules.format
    report = FixReport(source, target, fmt.font.family if fmt.font else "Arial",
                       fmt.size.points if fmt.size else None,
                       fmt.line_spacing.multiple if fmt.line_spacing else None)
    with Package(source) as pkg:
        main = pkg.main
        styles_name = next(iter(pkg.related("styles")), None)
        theme_name = next(iter(pkg.related("theme")), None)
    with zipfile.ZipFile(source) as zin:
        members = zin.infolist()
        data = {i.filename: zin.read(i.filename) for i in members}
    new: dict[str, bytes] = {}
    names: dict[str, tuple[str, str | None]] = {}
    report.theme_is_family = bool(theme_name and theme_name in data
                                  and wf.theme_is(data[theme_name], report.family))
    if styles_name and styles_name in data:
        styles = _parse(data[styles_name], styles_name)
        names = _style_names(styles)
        _fix_styles(styles, rules, report)
        if report.styles or report.defaults:
            new[styles_name] = _serialise(styles)
    document = _main_document(data, main)
    _fix_document(document, names, report)
    if report.runs_font or report.runs_size or report.paragraphs_spacing:
        new[main] = _serialise(document)
    if not dry_run:
        _check_suffix(source, target, _main_content_type(data, main))
    if theme_name and theme_name in data:
        theme, changed = wf.theme_fonts(data[theme_name], report.family)
        if changed:
            report.theme = True
            new[theme_name] = theme
    if not dry_run:
        _write_copy(target, members, {**data, **new})
    return report


def _check_paths(source: Path, target: Path, *, dry_run: bool, force: bool) -> None:
    """A DOCX to read, and a copy that may be written: never over the original."""
    if not source.is_file():
        raise InputProblem("not_found", N_("Fichier introuvable : {source}"),
                           values={"source": source})
    kind = sniff(source)
    if kind == "pdf":
        raise FixError("seul un document Word (.docx) peut être corrigé : un PDF ne se "
                       "modifie pas. Corrigez le .docx d'origine, puis exportez-le de "
                       "nouveau en PDF.")
    if not dry_run:
        if _same_file(source, target):
            raise FixError("la copie corrigée ne peut pas remplacer l'original : choisissez "
                           "un autre nom avec -o (par exemple dossier-corrige.docx).")
        if target.suffix.lower() not in _WORD_SUFFIXES:
            raise FixError(f"la copie est un document Word : nommez-la en .docx ({target}).")
        if target.exists() and not force:
            raise FixError(f"{target} existe déjà : choisissez un autre nom ou ajoutez "
                           "--force.")


def _main_document(data: dict[str, bytes], main: str) -> etree._Element:
    """The main part, parsed: WordprocessingML, not Strict Open XML."""
    if main not in data:
        raise InputProblem(
            "corrupt",
            N_("Le document Word n'a pas de texte principal."),
            N_("Ouvrez-le dans Word et enregistrez-le de nouveau."))
    document = _parse(data[main], main)
    if etree.QName(document).namespace == _STRICT_W:
        raise FixError("ce document est enregistré au format « Document Word Strict Open "
                       "XML », que cipcheck fix ne sait pas encore corriger. Dans Word : "
                       "Fichier > Enregistrer sous > « Document Word (*.docx) », puis "
                       "relancez cipcheck fix sur cette copie.")
    if etree.QName(document).namespace != wf.W:
        raise InputProblem(
            "corrupt",
            N_("Le texte principal du document n'est pas du WordprocessingML."),
            N_("Ouvrez-le dans Word et enregistrez-le de nouveau en .docx."))
    return document


def _write_copy(target: Path, members: list[zipfile.ZipInfo], data: dict[str, bytes]) -> None:
    """The copy, member by member in the original's order and compression, written to a
    temporary name first so that a failure leaves no half-written file."""
    tmp = target.with_name(f".{target.name}.cipcheck-tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w") as zout:
            for info in members:
                zout.writestr(info, data[info.filename], compress_type=info.compress_type)
        tmp.replace(target)
    except OSError as exc:
        # A folder named like the copy, a read-only or full disk: say so, not a traceback.
        raise FixError(f"impossible d'écrire la copie {target} ({system_reason(exc)}) : "
                       "choisissez un autre emplacement avec -o.") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
