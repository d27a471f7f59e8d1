"""Safe access to the parts of a DOCX package (zip + XML), guarded against hostile input.

Parts are found the way Word finds them, through the package relationships
(``_rels/.rels`` then the main part's own ``.rels``), never by fixed names. A document
saved as *Strict Open XML* (Word: Enregistrer sous > Document Strict Open XML) uses other
namespaces and measures with units (``612pt``); both are mapped at parse time to the
Transitional form, so every reader downstream sees one vocabulary.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from cipcheck.i18n import N_
from cipcheck.readers.errors import InputProblem
from cipcheck.readers.zipguard import MAX_XML_BYTES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS = {"w": W, "a": A, "r": R, "wp": WP}

_T = "http://schemas.openxmlformats.org/"
# Strict namespace (after http://purl.oclc.org/ooxml/) -> Transitional namespace.
STRICT = {
    "wordprocessingml/main": _T + "wordprocessingml/2006/main",
    "officeDocument/relationships": _T + "officeDocument/2006/relationships",
    "officeDocument/math": _T + "officeDocument/2006/math",
    "officeDocument/sharedTypes": _T + "officeDocument/2006/sharedTypes",
    "officeDocument/extendedProperties": _T + "officeDocument/2006/extended-properties",
    "officeDocument/customProperties": _T + "officeDocument/2006/custom-properties",
    "officeDocument/docPropsVTypes": _T + "officeDocument/2006/docPropsVTypes",
    "drawingml/main": _T + "drawingml/2006/main",
    "drawingml/wordprocessingDrawing": _T + "drawingml/2006/wordprocessingDrawing",
    "drawingml/picture": _T + "drawingml/2006/picture",
    "drawingml/chart": _T + "drawingml/2006/chart",
    "drawingml/diagram": _T + "drawingml/2006/diagram",
}
# Only where a namespace ends (a quote) or a relationship type goes on (a slash).
_STRICT_URI = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+/[A-Za-z]+)(?=[\"'/])")
_MEASURE = re.compile(r"^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)$")
_PT_PER = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12.0, "pi": 12.0}
# Measures in half-points (ST_HpsMeasure); every other universal measure is in twips.
_HALF_POINTS = {"sz", "szCs", "kern", "position"}
_ALIGN = {"start": "left", "end": "right"}


def _strict_to_transitional(data: bytes) -> tuple[bytes, bool]:
    if b"purl.oclc.org/ooxml/" not in data:
        return data, False

    def swap(m: re.Match[bytes]) -> bytes:
        target = STRICT.get(m.group(1).decode("ascii"))
        return target.encode("ascii") if target else m.group(0)

    return _STRICT_URI.sub(swap, data), True


def _strict_values(root: etree._Element) -> None:
    """Strict writes measures with units and a few values under other names: turn them
    into the numbers Transitional uses (twips, half-points, fiftieths of a percent)."""
    for el in root.iter(f"{{{W}}}*"):
        local = el.tag.rsplit("}", 1)[-1]
        for key, value in el.attrib.items():
            if not key.startswith(f"{{{W}}}"):
                continue
            m = _MEASURE.match(value)
            if m:
                points = float(m.group(1)) * _PT_PER[m.group(2)]
                scale = 2 if local in _HALF_POINTS and key == f"{{{W}}}val" else 20
                el.set(key, str(round(points * scale)))
            elif value.endswith("%") and value[:-1].replace(".", "", 1).isdigit():
                el.set(key, str(round(float(value[:-1]) * 50)))
            elif local == "jc" and value in _ALIGN:
                el.set(key, _ALIGN[value])


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# No entity expansion, no network, no DTD, bounded depth: a DOCX never needs any of it.
PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
    remove_comments=True, remove_pis=True,
)


class Package:
    """The XML parts of a DOCX, read on demand from the zip."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip = zipfile.ZipFile(path)
        self._names = set(self._zip.namelist())
        self.strict = False  # set once a part in Strict Open XML has been read
        self.main = self._main_part()
        self.rels = self._rels(self.main)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, name: str) -> bool:
        return name in self._names

    def has_media(self) -> bool:
        """Pictures in the package (« word/media/image1.png »): a document of scans."""
        return any(n.startswith("word/media/") for n in self._names)

    def xml(self, name: str) -> etree._Element | None:
        if name not in self._names:
            return None
        size = self._zip.getinfo(name).file_size
        if size > MAX_XML_BYTES:
            # zipguard caps members named *.xml; a part found through the relationships
            # may be named anything, so the cap is applied here too.
            raise InputProblem(
                "too_large",
                N_("Partie « {name} » démesurée ({value} Mo)."),
                N_("Enregistrez une nouvelle copie du document depuis Word au format .docx."),
                values={"name": name, "value": size // (1024 * 1024)})
        try:
            # Not ZipFile.read(): it inflates a member in one unbounded call and only then
            # cuts it to the declared size, so a member that lies about its size costs
            # ~1000x its compressed size in memory. read(n) inflates at most n bytes.
            with self._zip.open(name) as fh:
                data = fh.read(size)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error,
                NotImplementedError, RuntimeError) as exc:
            # NotImplementedError: a compression method zipfile cannot inflate;
            # RuntimeError: an encrypted member (a password-protected archive).
            raise _corrupt(name) from exc
        if b"<!ENTITY" in data[:4096]:
            raise InputProblem(
                "hostile_xml",
                N_("La partie « {name} » du document déclare des entités XML : construction "
                   "anormale refusée (risque de « bombe » XML)."),
                N_("Enregistrez une nouvelle copie du document depuis Word au format .docx."),
                values={"name": name})
        data, strict = _strict_to_transitional(data)
        try:
            root = etree.fromstring(data, PARSER)
        except etree.XMLSyntaxError as exc:
            raise _corrupt(name) from exc
        if strict:
            self.strict = True
            _strict_values(root)
        return root

    def _main_part(self) -> str:
        return main_part_name(self.xml("_rels/.rels"), self._names)

    def package_part(self, kind: str) -> str | None:
        """A part the package itself points to (``extended-properties``, ``core-properties``)."""
        root = self.xml("_rels/.rels")
        if root is None:
            return None
        for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
            suffix = rel.get("Type", "").rsplit("/", 1)[-1]
            if _kind(suffix) == _kind(kind) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "").lstrip("/")
                if target in self._names:
                    return target
        return None

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type suffix, part name) for one part."""
        folder, name = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", name + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
            out[rel.get("Id", "")] = (_kind(rel.get("Type", "").rsplit("/", 1)[-1]), full)
        return out

    def related(self, kind: str) -> list[str]:
        return [name for (k, name) in self.rels.values() if k == _kind(kind)]

    def related_xml(self, kind: str) -> etree._Element | None:
        names = self.related(kind)
        return self.xml(names[0]) if names else None


def _kind(suffix: str) -> str:
    """Transitional and Strict name some relationship types differently
    (``extended-properties`` / ``extendedProperties``): compare them without case or dash."""
    return suffix.replace("-", "").lower()


def main_part_name(package_rels: etree._Element | None, names: set[str]) -> str:
    """The main document part named by the package relationships (``officeDocument``,
    Transitional or Strict), else Word's usual name."""
    if package_rels is not None:
        for rel in package_rels.iter(f"{{{PKG_REL}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                target = posixpath.normpath(target) if target else ""
                if target in names:
                    return target
    return "word/document.xml"


def _corrupt(name: str) -> InputProblem:
    return InputProblem(
        "corrupt",
        N_("Le document Word est endommagé (partie « {name} » illisible)."),
        N_("Ouvrez-le dans Word : s'il s'ouvre, enregistrez-le de nouveau au format .docx ; "
           "sinon reprenez une sauvegarde précédente."),
        values={"name": name})
