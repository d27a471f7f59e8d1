"""poppler-utils, the second PDF reader: asked only when pdfium refuses a file or finds
almost no text in it.

pdfium says « incorrect password » for files that are not encrypted at all, and cannot
open AES-256 files whose owner password is empty; poppler (Debian's ``poppler-utils``,
installed by ``.ci/run``) opens them, tells whether a password is really needed, and
rebuilds files without a ``%PDF-`` header or with a broken cross-reference table. Its
tools run as child processes, bounded in time and memory, on a read-only input.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 60  # seconds per tool; a real dossier takes well under one
MEMORY = 1536 * 1024 * 1024  # address space of each tool


@dataclass(frozen=True)
class Info:
    """What ``pdfinfo`` says about a file."""

    opened: bool
    pages: int | None
    encrypted: bool
    password_needed: bool
    # poppler's own words when it does not support the file's security handler
    unsupported_security: str | None


def available() -> bool:
    return all(shutil.which(tool) for tool in ("pdfinfo", "pdftotext", "pdftocairo",
                                                   "pdffonts"))


def _limits() -> None:  # pragma: no cover - runs in the child
    import resource

    # Never above a hard limit set by the caller (batch): raising it would fail the start.
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = MEMORY if hard == resource.RLIM_INFINITY else min(MEMORY, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _run(args: list[str]) -> subprocess.CompletedProcess[bytes] | None:
    try:
        return subprocess.run(
            args, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT, check=False,
            env={**os.environ, "LC_ALL": "C"},
            preexec_fn=_limits if os.name == "posix" else None,  # noqa: PLW1509
        )
    except (OSError, subprocess.SubprocessError):
        return None


_SECURITY = re.compile(r"Unsupported version/revision[^\n]*security handler|"
                       r"Unsupported security handler[^\n]*", re.IGNORECASE)


def info(path: Path) -> Info | None:
    done = _run(["pdfinfo", str(path.resolve())])
    if done is None:
        return None
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    pages = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    encrypted = re.search(r"^Encrypted:\s+yes", out, re.MULTILINE) is not None
    security = _SECURITY.search(err)
    return Info(
        opened=done.returncode == 0 and pages is not None,
        pages=int(pages.group(1)) if pages else None,
        encrypted=encrypted,
        password_needed="Incorrect password" in err,
        unsupported_security=security.group(0).strip() if security else None,
    )


def text_chars(path: Path, last_page: int) -> int | None:
    """Characters of text (spaces not counted) poppler reads, annotations included."""
    done = _run(["pdftotext", "-q", "-l", str(last_page), str(path.resolve()), "-"])
    if done is None or done.returncode != 0:
        return None
    text = done.stdout.decode("utf-8", "replace")
    return sum(1 for ch in text if not ch.isspace())


def clean_copy(path: Path, folder: Path, last_page: int) -> Path | None:
    """A new PDF drawn by poppler from the file (decrypted, repaired, annotations and form
    fields drawn into the page), in ``folder``: pdfium then reads fonts and sizes from it
    as from any PDF. The user's file is only read."""
    out = folder / "poppler-copy.pdf"
    done = _run(["pdftocairo", "-q", "-pdf", "-l", str(last_page), str(path.resolve()),
                 str(out)])
    if done is None or done.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        return None
    return out


def embedded_families(path: Path) -> set[str] | None:
    """Names of the fonts embedded in the file (``pdffonts``), subset prefix included."""
    done = _run(["pdffonts", str(path.resolve())])
    if done is None or done.returncode != 0:
        return None
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    if len(lines) < 2 or not lines[1].startswith("-"):
        return None
    # Columns are fixed width: the dashes under the header give them.
    widths = [len(d) for d in lines[1].split(" ")]
    name_end = widths[0]
    emb_start = sum(w + 1 for w in widths[:3])
    out = set()
    for line in lines[2:]:
        if line[emb_start:emb_start + 3].strip() == "yes":
            out.add(line[:name_end].strip())
    return out
