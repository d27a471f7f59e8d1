"""Recognise a file's format from its bytes, never from its extension."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from cipcheck.readers.errors import InputProblem, corrupt_archive
from cipcheck.readers.ooxml import PARSER, main_part_name

EXPORT_HINT = (
    "Ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx "
    "(Fichier > Enregistrer sous > Document Word) ou exportez-le en PDF."
)


def sniff(path: Path) -> str:
    """Return ``"pdf"`` or ``"docx"``, or raise :class:`InputProblem`."""
    if not path.exists():
        raise InputProblem(
            "not_found",
            f"Fichier introuvable : {path}",
            "Vérifiez le chemin et le nom du fichier (les espaces doivent être entre guillemets).",
        )
    if path.is_dir():
        raise InputProblem("not_a_file", f"{path} est un dossier, pas un fichier.",
                           "Pour vérifier tout un dossier, utilisez « cipcheck batch ».")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        raise InputProblem("unreadable", f"Impossible de lire le fichier : {exc.strerror}.",
                           "Vérifiez les droits d'accès du fichier.") from exc
    if size == 0:
        raise InputProblem("empty", "Le fichier est vide (0 octet).",
                           "Enregistrez de nouveau le dossier depuis Word puis renvoyez-le.")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # OLE2: a legacy .doc, or a DOCX protected by a password (Word wraps those in OLE).
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00" in _read_all_small(path):
            raise InputProblem(
                "encrypted",
                "Le document Word est protégé par un mot de passe : son contenu est chiffré.",
                "Retirez le mot de passe (Fichier > Informations > Protéger le document) et "
                "enregistrez une copie non protégée.",
            )
        raise InputProblem(
            "legacy_format",
            "Format Word 97-2003 (.doc) non pris en charge.",
            EXPORT_HINT,
        )
    if head.startswith(b"{\\rtf"):
        raise InputProblem("legacy_format", "Format RTF non pris en charge.", EXPORT_HINT)
    if head.startswith(b"PK"):
        return _zip_kind(path)
    raise InputProblem(
        "unsupported_format",
        "Ce fichier n'est ni un PDF ni un document Word (.docx) : son contenu ne correspond "
        "à aucun des deux formats, quelle que soit son extension.",
        "Exportez le dossier en PDF ou enregistrez-le au format .docx.",
    )


def _read_all_small(path: Path, limit: int = 4 * 1024 * 1024) -> bytes:
    with path.open("rb") as fh:
        return fh.read(limit)


_RELS_LIMIT = 1024 * 1024
_WORD_MAIN = re.compile(rb"wordprocessingml\.document\.main\+xml|ms-word\.(document|template)"
                        rb"\.macroEnabled\.main\+xml|wordprocessingml\.template\.main\+xml",
                        re.IGNORECASE)


def _main_part(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    """The Word main part the package's relationships name (any part name, Transitional or
    Strict), or ``word/document.xml``; None when the package holds no Word document."""
    rels = None
    if "_rels/.rels" in names:
        with zf.open("_rels/.rels") as fh:
            data = fh.read(_RELS_LIMIT)
        try:
            rels = etree.fromstring(data, PARSER)
        except etree.XMLSyntaxError:
            rels = None
    main = main_part_name(rels, names)
    if main not in names:
        return None
    if main == "word/document.xml" or "[Content_Types].xml" not in names:
        return main
    with zf.open("[Content_Types].xml") as fh:
        types = fh.read(_RELS_LIMIT)
    # A spreadsheet or a presentation also has an officeDocument part: its content type
    # says what it is.
    return main if _WORD_MAIN.search(types) else None


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = b""
            if "mimetype" in names:
                with zf.open("mimetype") as fh:  # bounded: never inflate more than we use
                    mimetype = fh.read(100)
            main = _main_part(zf, names)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        raise corrupt_archive() from exc
    if b"opendocument" in mimetype or "content.xml" in names and main is None:
        raise InputProblem(
            "legacy_format",
            "Format OpenDocument (.odt) non pris en charge.",
            "Dans LibreOffice : Fichier > Enregistrer sous > Word 2007-365 (.docx), "
            "ou Fichier > Exporter au format PDF.",
        )
    if main is not None:
        return "docx"
    raise InputProblem(
        "unsupported_format",
        "Archive ZIP qui n'est pas un document Word (.docx).",
        "Envoyez le dossier au format .docx ou PDF.",
    )
