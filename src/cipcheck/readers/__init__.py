"""Readers: one file in, one :class:`~cipcheck.document.Document` out."""

from __future__ import annotations

from pathlib import Path

from cipcheck.document import Document
from cipcheck.readers.errors import InputProblem
from cipcheck.readers.sniff import sniff


def read_document(path: Path, pages: str = "auto") -> Document:
    kind = sniff(path)
    if kind == "pdf":
        from cipcheck.readers.pdf import read_pdf

        return read_pdf(path)
    from cipcheck.readers.docx import read_docx

    return read_docx(path, pages)


__all__ = ["InputProblem", "read_document"]
