"""A Word document of pictures only (scanned or photographed pages pasted in) is said to
be one, with what to send instead (blind15 got only « Vérifiez le bon fichier »); a Word
document with nothing at all keeps its own message."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx

from cipcheck.api import check_file


def _png() -> bytes:
    raw = b"".join(b"\x00" + b"\xff" * 30 for _ in range(10))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 10, 10, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def _error(report):  # noqa: ANN001, ANN202 - a Report, its input finding
    return next(c for c in report.checks if c.id.startswith("input."))


def test_pictures_only_are_said_to_be_scanned_pages(tmp_path: Path) -> None:
    d = docx.Document()
    for _ in range(3):
        d.add_picture(io.BytesIO(_png()))
    path = tmp_path / "dossier-scanne.docx"
    d.save(str(path))
    report = check_file(path, "cip-titre")
    assert report.exit_code == 2
    f = _error(report)
    assert f.id == "input.no_text" and "images" in f.message and "scann" in f.message


def test_an_empty_document_keeps_its_message(tmp_path: Path) -> None:
    path = tmp_path / "vide.docx"
    docx.Document().save(str(path))
    f = _error(check_file(path, "cip-titre"))
    assert f.id == "input.no_text" and "images" not in f.message
