"""An upload on disk: in a private temporary folder, under a name we choose.

The name the browser sends is never used as a path (« ../../etc/passwd.docx »): only its
extension picks between ``dossier.pdf`` and ``dossier.docx``, and its last component,
cleaned, is what the report shows as the file. The folder is removed when the check is
done, whatever happened.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024
# The shown name is only shown (escaped in HTML, a string in JSON), never a path: a
# platform matches reports by the name it sent, so only what cannot be shown goes
# (blind16: « Mérigot – version finale (2).pdf » came back as « Mérigot _ version… »).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")


class UploadTooLarge(Exception):
    pass


def display_name(sent: str | None) -> str:
    """The last component of the sent name, without anything that could mean a path."""
    name = (sent or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip(" ._") or "dossier"
    return name[:120]


def _suffix(sent: str | None) -> str:
    lower = (sent or "").lower()
    for ext in (".docx", ".pdf"):
        if lower.endswith(ext):
            return ext
    # The readers sniff the content anyway: a wrong or missing extension still gets
    # the true reason (not a PDF, not a DOCX…) from the same code as the command line.
    return ".bin"


@contextmanager
def saved(stream: BinaryIO, sent_name: str | None, limit: int,
          tmp_dir: str | None = None) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="cipcheck-upload-", dir=tmp_dir))
    try:
        target = folder / f"dossier{_suffix(sent_name)}"
        size = 0
        with target.open("wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise UploadTooLarge
                out.write(chunk)
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)
