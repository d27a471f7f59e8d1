"""Render a DOCX to PDF with LibreOffice, isolated, bounded in time, cached by content.

Two conversions sharing one LibreOffice profile collide, so each job gets its own
profile. The user's file is copied into a private temporary folder first: LibreOffice
writes lock files beside the document it opens, and nothing may be written beside the
user's file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from cipcheck.i18n import N_
from cipcheck.readers.errors import InputProblem

RENDER_TIMEOUT = 120.0
_CANDIDATES = (
    "soffice",
    "libreoffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)


@cache
def find_soffice() -> str | None:
    if os.environ.get("CIPCHECK_NO_LIBREOFFICE"):
        return None
    explicit = os.environ.get("CIPCHECK_SOFFICE")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in _CANDIDATES:
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    return None


@cache
def soffice_version() -> str | None:
    exe = find_soffice()
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30,
                             stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


# What a profile records once LibreOffice has run in it: the version it last ran. A
# profile without it is a first run after an upgrade, which runs LibreOffice's graphics
# self-tests and more (measured: start 4-5 s and ~1.3 s CPU instead of ~1.2 s and ~0.3 s
# at load 6-7). Seeding it keeps each run's profile fresh and private, only without
# that work. CIPCHECK_LO_FRESH_PROFILE=1 leaves the profile empty, as before.
_SEED = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
         'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
         '<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" '
         'oor:op="fuse"><value>{version}</value></prop></item>\n</oor:items>\n')
_VERSION = re.compile(r'oor:name="ooSetupVersion">\s*<value>(\d+\.\d+)</value>')


@cache
def product_version() -> str | None:
    """LibreOffice's "major.minor", as its profile records it, read from its installed
    configuration (no start of soffice); None when it cannot be found."""
    exe = find_soffice()
    if exe is None:
        return None
    program = Path(shutil.which(exe) or exe).resolve().parent
    for xcd in (program.parent / "share" / "registry" / "main.xcd",  # Linux, Windows
                program.parent / "Resources" / "registry" / "main.xcd"):  # macOS
        try:
            text = xcd.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = _VERSION.search(text)
        if found:
            return found.group(1)
    return None


def new_profile(folder: Path) -> str:
    """A private LibreOffice profile for one run (its file:// URL), seeded with the
    version that runs it."""
    version = None if os.environ.get("CIPCHECK_LO_FRESH_PROFILE") else product_version()
    if version:
        with contextlib.suppress(OSError):  # an empty profile only costs time
            user = folder / "user"
            user.mkdir(parents=True, exist_ok=True)
            (user / "registrymodifications.xcu").write_text(_SEED.format(version=version),
                                                            encoding="utf-8")
    return folder.as_uri()


def cache_dir() -> Path | None:
    if os.environ.get("CIPCHECK_NO_CACHE"):
        return None
    base = os.environ.get("CIPCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "cipcheck")
    return Path(base) / "rendered"


def content_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def cached_pdf(path: Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    candidate = folder / f"{content_hash(path)}.pdf"
    return candidate if candidate.is_file() else None


def _convert(exe: str, source: Path, work: Path, timeout: float) -> None:
    """Write ``work/<stem>.pdf``: through the batch's running LibreOffice when there is
    one (CIPCHECK_LO_SOCKET, see lo_server), else with a soffice of its own."""
    sock = os.environ.get("CIPCHECK_LO_SOCKET")
    if sock:
        from cipcheck.readers import lo_server

        if lo_server.convert(sock, source, work / f"{source.stem}.pdf", timeout):
            return
        # Not converted there: a soffice of its own decides, as it would without the
        # service. LibreOffice 7.4 loading tests/fixtures/dossiers/titre-ok-flowing.docx
        # through UNO dies, when `soffice --convert-to` lays it out (51 pages): without
        # this second try, that dossier was an error in batch and a pass in check.
    cmd = [exe, "--headless", "--norestore", "--nolockcheck",
           f"-env:UserInstallation={new_profile(work / 'profile')}",
           "--convert-to", "pdf", "--outdir", str(work), str(source)]
    # A session of its own, killed as a whole: ``soffice`` is a launcher whose
    # ``soffice.bin`` outlives a kill of the launcher alone (on a timeout, or when the
    # command is stopped by SIGTERM, which reaches cipcheck only, not its children).
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, start_new_session=hasattr(os, "killpg"))
    try:
        proc.wait(timeout)
    except BaseException:
        _kill_group(proc)
        raise


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(5)


def render_pdf(path: Path, timeout: float = RENDER_TIMEOUT) -> tuple[Path, bool]:
    """Return (PDF path, came from cache). The PDF lives in the cache or a temp folder."""
    exe = find_soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) introuvable")
    digest = content_hash(path)
    folder = cache_dir()
    if folder is not None:
        hit = folder / f"{digest}.pdf"
        if hit.is_file():
            return hit, True
    work = Path(tempfile.mkdtemp(prefix="cipcheck-lo-"))
    try:
        source = work / "dossier.docx"
        shutil.copyfile(path, source)
        try:
            _convert(exe, source, work, timeout)
        except (subprocess.TimeoutExpired, TimeoutError) as exc:
            raise InputProblem(
                "timeout",
                N_("La mise en page par LibreOffice a dépassé {timeout} s."),
                N_("Réessayez avec --pages estimate, ou exportez le dossier en PDF depuis Word."),
                values={"timeout": f'{timeout:.0f}'}) from exc
        produced = work / "dossier.pdf"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise InputProblem(
                "render_failed",
                N_("LibreOffice n'a pas pu mettre en page ce document Word."),
                N_("Ouvrez-le dans Word et enregistrez-le de nouveau, ou exportez-le en PDF."))
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / f"{digest}.pdf"
                tmp = folder / f".{digest}.{os.getpid()}.tmp"
                shutil.copyfile(produced, tmp)
                os.replace(tmp, target)
                return target, False
            except OSError:
                pass  # an unwritable cache only costs speed
        keep = Path(tempfile.mkdtemp(prefix="cipcheck-pdf-")) / "dossier.pdf"
        shutil.move(str(produced), keep)
        return keep, False
    finally:
        shutil.rmtree(work, ignore_errors=True)
