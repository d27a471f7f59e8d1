"""Recognise a file's format from its bytes, never from its extension."""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from cipcheck.errors import system_reason
from cipcheck.i18n import N_
from cipcheck.readers.errors import InputProblem, corrupt_archive

if TYPE_CHECKING:
    import zipfile

EXPORT_HINT = N_(
    "Ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx "
    "(Fichier > Enregistrer sous > Document Word) ou exportez-le en PDF."
)


def sniff(path: Path) -> str:
    """Return ``"pdf"`` or ``"docx"``, or raise :class:`InputProblem`."""
    if not path.exists():
        raise InputProblem(
            "not_found",
            N_("Fichier introuvable : {path}"),
            N_("Vérifiez le chemin et le nom du fichier (les espaces doivent être entre "
               "guillemets)."),
            values={"path": path})
    if path.is_dir():
        raise InputProblem(
            "not_a_file",
            N_("{path} est un dossier, pas un fichier."),
            N_("Pour vérifier tout un dossier, utilisez « cipcheck batch »."),
            values={"path": path})
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
            fh.seek(max(0, size - 2048))
            tail = fh.read(2048)
    except OSError as exc:
        raise InputProblem(
            "unreadable",
            N_("Impossible de lire le fichier : {strerror}."),
            N_("Vérifiez les droits d'accès du fichier."),
            values={"strerror": system_reason(exc)}) from exc
    if size == 0:
        raise InputProblem(
            "empty",
            N_("Le fichier est vide (0 octet)."),
            N_("Enregistrez de nouveau le dossier depuis Word puis renvoyez-le."))
    if _looks_like_pdf(head, tail):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # OLE2: a legacy .doc, or a DOCX protected by a password (Word wraps those in OLE).
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00" in _read_all_small(path):
            raise InputProblem(
                "encrypted",
                N_("Le document Word est protégé par un mot de passe : son contenu est chiffré."),
                N_("Retirez le mot de passe (Fichier > Informations > Protéger le document) et "
                   "enregistrez une copie non protégée."))
        raise InputProblem(
            "legacy_format",
            N_("Format Word 97-2003 (.doc) non pris en charge."),
            EXPORT_HINT)
    if head.startswith(b"{\\rtf"):
        raise InputProblem(
            "legacy_format",
            N_("Format RTF non pris en charge."),
            EXPORT_HINT)
    if head.startswith(b"PK"):
        return _zip_kind(path)
    raise _unsupported(path)


def _unsupported(path: Path) -> InputProblem:
    if path.name.startswith("~$"):
        # Word writes « ~$nom.docx » beside a document it has open (the owner's name, not
        # the text): batch skips it; checked alone it is not « neither PDF nor Word ».
        return InputProblem(
            "unsupported_format",
            N_("Ce fichier est le fichier de verrouillage que Word crée à côté d'un document "
               "ouvert (nom en « ~$ ») : il ne contient pas le dossier."),
            N_("Vérifiez le document lui-même ({name}), de préférence après l'avoir fermé dans "
               "Word.", name=path.name[2:]))
    return InputProblem(
        "unsupported_format",
        N_("Ce fichier n'est ni un PDF ni un document Word (.docx) : son contenu ne correspond "
           "à aucun des deux formats, quelle que soit son extension."),
        N_("Exportez le dossier en PDF ou enregistrez-le au format .docx."))


_HEAD = 64 * 1024
_PDF_OBJECT = re.compile(rb"(?:^|[\r\n])\s*\d{1,10}\s+\d{1,5}\s+obj\b")


def _looks_like_pdf(head: bytes, tail: bytes) -> bool:
    """``%PDF-`` anywhere near the start (readers accept junk before it: a mail header, a
    byte-order mark), or, without it, numbered objects up front and the cross-reference
    keywords at the end: poppler opens such files, so do we."""
    if head.startswith((b"PK", b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        return False
    if b"%PDF-" in head[:1024]:
        return True
    # Further in, or absent: only with a PDF's ending too, so that a text or web page that
    # merely mentions « %PDF- » stays « neither a PDF nor a Word document ».
    ends_like_pdf = b"startxref" in tail or b"%%EOF" in tail
    return ends_like_pdf and (b"%PDF-" in head or bool(_PDF_OBJECT.search(head[:4096])))


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
    # Here, not at the top: sniffing a PDF (or `doctor`) must not load lxml (issue 10).
    from lxml import etree

    from cipcheck.readers.ooxml import PARSER, main_part_name

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
    import zipfile  # here: a PDF's check never opens an archive (~1 % of it, issue 10)

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = b""
            if "mimetype" in names:
                with zf.open("mimetype") as fh:  # bounded: never inflate more than we use
                    mimetype = fh.read(100)
            main = _main_part(zf, names)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error,
            NotImplementedError) as exc:
        # NotImplementedError: what zipfile says of an archive « spanning multiple
        # disks » (a damaged end record can claim it) or of a method it cannot read.
        raise corrupt_archive() from exc
    if b"opendocument" in mimetype or "content.xml" in names and main is None:
        raise InputProblem(
            "legacy_format",
            N_("Format OpenDocument (.odt) non pris en charge."),
            N_("Dans LibreOffice : Fichier > Enregistrer sous > Word 2007-365 (.docx), ou "
               "Fichier > Exporter au format PDF."))
    if main is not None:
        return "docx"
    raise InputProblem(
        "unsupported_format",
        N_("Archive ZIP qui n'est pas un document Word (.docx)."),
        N_("Envoyez le dossier au format .docx ou PDF."))
