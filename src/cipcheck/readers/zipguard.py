"""Refuse hostile DOCX archives from the zip directory, before anything is inflated.

python-docx reads each part whole into memory with no size or ratio check, so a zip
bomb renamed ``.docx`` must be stopped here.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from cipcheck.readers.errors import InputProblem, corrupt_archive

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_XML_BYTES = 60 * 1024 * 1024
MAX_RATIO = 200  # real DOCX XML compresses 5-20x; bombs go to 1000x and more

_BOMB_HINT_EN = ("This file does not look like a normal Word document. Open it in Word, save a "
                 "new copy as .docx and check it again.")
_BOMB_HINT = (
    "Ce fichier ne ressemble pas à un document Word normal. Ouvrez-le dans Word, "
    "enregistrez une nouvelle copie au format .docx et vérifiez-la de nouveau."
)


def check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise corrupt_archive() from exc
    if len(infos) > MAX_MEMBERS:
        raise InputProblem("too_large", f"Archive anormale : {len(infos)} éléments "
                           f"(au plus {MAX_MEMBERS} attendus).", _BOMB_HINT,
                           en=(f"Abnormal archive: {len(infos)} members (at most "
                               f"{MAX_MEMBERS} expected).", _BOMB_HINT_EN))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or (
            info.filename.endswith(".xml") and info.file_size > MAX_XML_BYTES
        ):
            raise InputProblem("too_large", f"Élément « {info.filename} » démesuré "
                               f"({info.file_size // (1024 * 1024)} Mo une fois décompressé).",
                               _BOMB_HINT,
                               en=(f"Member « {info.filename} » is oversized "
                                   f"({info.file_size // (1024 * 1024)} MB uncompressed).",
                                   _BOMB_HINT_EN))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise InputProblem("zip_bomb", f"Élément « {info.filename} » compressé {ratio:.0f} "
                               "fois : archive piégée (bombe de décompression).", _BOMB_HINT,
                               en=(f"Member « {info.filename} » compressed {ratio:.0f} times: "
                                   "a booby-trapped archive (decompression bomb).",
                                   _BOMB_HINT_EN))
    if total > MAX_TOTAL_BYTES:
        raise InputProblem("too_large", f"Document démesuré ({total // (1024 * 1024)} Mo une "
                           "fois décompressé).", _BOMB_HINT,
                           en=(f"Oversized document ({total // (1024 * 1024)} MB "
                               "uncompressed).", _BOMB_HINT_EN))
