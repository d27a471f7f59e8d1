"""A LibreOffice kept running across the files of a batch, and the client that uses it.

Starting LibreOffice costs 1–2 s per file (profile, fonts, filters), often more than the
conversion itself. ``batch`` starts one service per worker (``lo_service.py``, run by
the Python that has LibreOffice's ``uno`` module) and each worker's checks send their
DOCX to it through ``CIPCHECK_LO_SOCKET``. Isolation is kept: each service has its own
profile and the batch's memory limit; the per-file time limit still kills the worker,
after which the batch restarts that service; a file that crashes LibreOffice costs its
own row only. Wherever the service cannot run (no ``uno``, no unoserver, LibreOffice
refusing to start) conversion falls back to one ``soffice`` per file.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

ENV = "CIPCHECK_LO_SOCKET"
_SERVICE = Path(__file__).with_name("lo_service.py")
_UNO_PYTHONS = ("/usr/bin/python3", "/usr/lib/libreoffice/program/python",
                "/opt/libreoffice/program/python",
                "/Applications/LibreOffice.app/Contents/Resources/python")


@cache
def uno_python() -> str | None:
    """A Python that can import ``uno`` (CIPCHECK_UNO_PYTHON, else the usual places)."""
    if os.environ.get("CIPCHECK_NO_LO_SERVER"):
        return None
    explicit = os.environ.get("CIPCHECK_UNO_PYTHON")
    for exe in ((explicit,) if explicit else _UNO_PYTHONS):
        if not Path(exe).is_file():
            continue
        try:
            done = subprocess.run([exe, "-c", "import uno"], capture_output=True, timeout=20,
                                  stdin=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            return exe
    return None


@cache
def _unoserver_path() -> str | None:
    spec = importlib.util.find_spec("unoserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(Path(next(iter(spec.submodule_search_locations))).parent)


def available() -> bool:
    from cipcheck.readers.libreoffice import find_soffice

    return bool(find_soffice() and _unoserver_path() and uno_python())


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


class Server:
    """One service: its LibreOffice, private profile and socket. Started on demand."""

    def __init__(self, memory_mb: int | None = None) -> None:
        self.memory_mb = memory_mb
        self.proc: subprocess.Popen[bytes] | None = None
        self.folder: Path | None = None
        self.starts = 0

    @property
    def socket_path(self) -> str | None:
        return str(self.folder / "s") if self.folder else None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> bool:
        """Launch the service without waiting for it: its LibreOffice comes up while the
        batch does other things. False when the service cannot run here."""
        if self.alive():
            return True
        self.stop()
        from cipcheck.readers.libreoffice import find_soffice, new_profile

        python, soffice, path = uno_python(), find_soffice(), _unoserver_path()
        if not (python and soffice and path):
            return False
        self.folder = Path(tempfile.mkdtemp(prefix="cipcheck-los-"))
        sock = self.folder / "s"
        memory = self.memory_mb
        # LibreOffice's own temporary files (lu*.tmp) go in the service's folder, removed
        # by stop(): a LibreOffice killed mid-way leaves them behind.
        tmp = self.folder / "tmp"
        tmp.mkdir()
        env = {**os.environ, "TMPDIR": str(tmp)}
        with (self.folder / "service.log").open("wb") as log:  # kept until stop()
            self.proc = subprocess.Popen(
                [python, str(_SERVICE), "--socket", str(sock), "--soffice", soffice,
                 "--profile", new_profile(self.folder / "profile"), "--path", path],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env,
                start_new_session=True,  # its own group: stop() reaches LibreOffice too
                preexec_fn=(lambda: _limit_memory(memory)) if memory else None)
        self.starts += 1
        return True

    def ensure(self) -> str | None:
        """The socket of a running service, starting one if needed; None if impossible."""
        if not self.start() or self.folder is None:
            return None
        sock = self.folder / "s"
        deadline = time.monotonic() + 10
        while not sock.exists() and self.alive() and time.monotonic() < deadline:
            time.sleep(0.01)  # the socket is bound before LibreOffice starts: quick
        if not sock.exists():
            self.stop()
            return None
        return str(sock)

    def log(self) -> str:
        """What the service wrote (why LibreOffice did not start, which file failed)."""
        try:
            return (self.folder / "service.log").read_text(errors="replace")  # type: ignore[operator]
        except (OSError, TypeError):
            return ""

    def stop(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(5)
            self.proc = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def convert(sock: str, source: Path, target: Path, timeout: float) -> bool | None:
    """Ask the service to render ``source`` into ``target``: True when done, False when
    LibreOffice could not convert this file, None when the service is not usable (the
    caller then runs a one-off soffice). A service too slow raises TimeoutError."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect(sock)
            conn.sendall((json.dumps({"src": str(source), "out": str(target)}) + "\n")
                         .encode())
            data = b""
            while not data.endswith(b"\n"):
                chunk = conn.recv(4096)
                if not chunk:
                    return None  # the service died without answering
                data += chunk
    except TimeoutError:
        raise  # the caller's time limit: not a reason to start another LibreOffice
    except OSError:
        return None
    try:
        answer = json.loads(data)
    except ValueError:
        return None
    if answer.get("ok"):
        return True
    return False if answer.get("error") == "convert" else None


class Pool:
    """One service per batch worker, each started when a DOCX first needs it."""

    def __init__(self, slots: int, memory_mb: int | None) -> None:
        self.servers = [Server(memory_mb) for _ in range(max(1, slots))]
        self.busy: set[int] = set()

    @staticmethod
    def needed(path: Path, pages: str) -> bool:
        """A DOCX that LibreOffice will lay out and whose rendering is not cached."""
        if path.suffix.lower() != ".docx" or pages not in ("auto", "libreoffice"):
            return False
        from cipcheck.readers.libreoffice import cached_pdf

        try:
            if cached_pdf(path) is not None:
                return False
        except OSError:
            return False  # unreadable: the worker reports it without LibreOffice
        return available()

    def prestart(self, files: Iterable[tuple[Path, str]]) -> int:
        """Launch, without waiting, one service per slot that the first of ``files`` (path
        and pages mode, in the order they will start) will need: LibreOffice's start (2-3
        s, much of it waiting) then overlaps the batch's own start instead of delaying
        the first conversions. Returns how many were launched."""
        launched = 0
        for path, pages in files:
            if launched == len(self.servers):
                break
            if self.needed(path, pages):
                if not self.servers[launched].start():
                    break
                launched += 1
        return launched

    def acquire(self, path: Path, pages: str) -> tuple[int, str] | None:
        """(slot, socket) of a free running service for this file, or None."""
        if not self.needed(path, pages):
            return None
        for slot, server in enumerate(self.servers):
            if slot in self.busy:
                continue
            sock = server.ensure()
            if sock is None:
                return None
            self.busy.add(slot)
            return slot, sock
        return None

    def release(self, slot: int, restart: bool) -> None:
        """Give the slot back; ``restart`` after a timeout or a crash, when LibreOffice may
        still be busy with, or broken by, the file (it restarts on next use)."""
        self.busy.discard(slot)
        if restart or not self.servers[slot].alive():
            self.servers[slot].stop()

    @property
    def starts(self) -> int:
        return sum(s.starts for s in self.servers)

    def close(self) -> None:
        for server in self.servers:
            server.stop()


class Shared:
    """One service for the DOCX of a ``check`` given several files, as ``batch`` keeps one
    per worker: started only when at least two files need LibreOffice (a lone file is
    converted by a soffice of its own, as before), restarted when a file killed it or
    ran out of time, stopped at the end.

        with Shared(paths, pages) as office:
            for path in paths:
                with office.serving(path):
                    check_file(path, ...)
    """

    def __init__(self, paths: list[Path], pages: str) -> None:
        wanted = sum(1 for p in paths if Pool.needed(p, pages)) if len(paths) > 1 else 0
        self.server = Server() if wanted > 1 else None
        self.pages = pages

    def __enter__(self) -> Shared:
        return self

    def __exit__(self, *_: object) -> None:
        if self.server is not None:
            self.server.stop()

    @contextlib.contextmanager
    def serving(self, path: Path) -> Iterator[None]:
        """While checking ``path``: CIPCHECK_LO_SOCKET names the running service when
        this file needs LibreOffice (the reader falls back to soffice without it)."""
        sock = (self.server.ensure() if self.server is not None
                and Pool.needed(path, self.pages) else None)
        before = os.environ.get(ENV)
        if sock:
            os.environ[ENV] = sock
        try:
            yield
        finally:
            if sock:
                if before is None:
                    os.environ.pop(ENV, None)
                else:
                    os.environ[ENV] = before

    def restart(self) -> None:
        """After a file that ran out of time: LibreOffice may still be busy with it."""
        if self.server is not None:
            self.server.stop()
