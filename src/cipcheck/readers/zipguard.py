"""Refuse hostile DOCX archives from the zip directory, before anything is inflated.

python-docx reads each part whole into memory with no size or ratio check, so a zip
bomb renamed ``.docx`` must be stopped here.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from cipcheck.i18n import N_
from cipcheck.readers.errors import InputProblem, corrupt_archive

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_XML_BYTES = 60 * 1024 * 1024
MAX_RATIO = 200  # real DOCX XML compresses 5-20x; bombs go to 1000x and more

_BOMB_HINT = N_(
    "Ce fichier ne ressemble pas à un document Word normal. Ouvrez-le dans Word, "
    "enregistrez une nouvelle copie au format .docx et vérifiez-la de nouveau."
)


def check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise corrupt_archive() from exc
    if len(infos) > MAX_MEMBERS:
        raise InputProblem(
            "too_large",
            N_("Archive anormale : {n_infos} éléments (au plus {max_members} attendus)."),
            _BOMB_HINT,
            values={"n_infos": len(infos), "max_members": MAX_MEMBERS})
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or (
            info.filename.endswith(".xml") and info.file_size > MAX_XML_BYTES
        ):
            raise InputProblem(
                "too_large",
                N_("Élément « {filename} » démesuré ({value} Mo une fois décompressé)."),
                _BOMB_HINT,
                values={"filename": info.filename, "value": info.file_size // (1024 * 1024)})
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise InputProblem(
                "zip_bomb",
                N_("Élément « {filename} » compressé {ratio} fois : archive piégée (bombe de "
                   "décompression)."),
                _BOMB_HINT,
                values={"filename": info.filename, "ratio": f'{ratio:.0f}'})
    if total > MAX_TOTAL_BYTES:
        raise InputProblem(
            "too_large",
            N_("Document démesuré ({value} Mo une fois décompressé)."),
            _BOMB_HINT,
            values={"value": total // (1024 * 1024)})
