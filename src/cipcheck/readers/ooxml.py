"""Safe access to the parts of a DOCX package (zip + XML), guarded against hostile input."""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from cipcheck.readers.errors import InputProblem

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS = {"w": W, "a": A, "r": R, "wp": WP}


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# No entity expansion, no network, no DTD, bounded depth: a DOCX never needs any of it.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
    remove_comments=True, remove_pis=True,
)


class Package:
    """The XML parts of a DOCX, read on demand from the zip."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip = zipfile.ZipFile(path)
        self._names = set(self._zip.namelist())
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

    def xml(self, name: str) -> etree._Element | None:
        if name not in self._names:
            return None
        try:
            # Not ZipFile.read(): it inflates a member in one unbounded call and only then
            # cuts it to the declared size, so a member that lies about its size costs
            # ~1000x its compressed size in memory. read(n) inflates at most n bytes.
            with self._zip.open(name) as fh:
                data = fh.read(self._zip.getinfo(name).file_size)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise _corrupt(name) from exc
        if b"<!ENTITY" in data[:4096]:
            raise InputProblem(
                "hostile_xml",
                f"La partie « {name} » du document déclare des entités XML : "
                "construction anormale refusée (risque de « bombe » XML).",
                "Enregistrez une nouvelle copie du document depuis Word au format .docx.",
            )
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise _corrupt(name) from exc

    def _main_part(self) -> str:
        root = self.xml("_rels/.rels")
        if root is not None:
            for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    return rel.get("Target", "word/document.xml").lstrip("/")
        return "word/document.xml"

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
            out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], full)
        return out

    def related(self, kind: str) -> list[str]:
        return [name for (k, name) in self.rels.values() if k == kind]

    def related_xml(self, kind: str) -> etree._Element | None:
        names = self.related(kind)
        return self.xml(names[0]) if names else None


def _corrupt(name: str) -> InputProblem:
    return InputProblem(
        "corrupt",
        f"Le document Word est endommagé (partie « {name} » illisible).",
        "Ouvrez-le dans Word : s'il s'ouvre, enregistrez-le de nouveau au format .docx ; "
        "sinon reprenez une sauvegarde précédente.",
    )
