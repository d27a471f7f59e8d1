"""One LibreOffice kept running for a batch: converts DOCX to PDF on request.

Run as a script by the Python that can import LibreOffice's ``uno`` module (Debian:
``/usr/bin/python3`` with the ``python3-uno`` package), never imported by cipcheck, so it
uses the standard library, ``uno`` and unoserver's connection only. The parent
(``cipcheck.readers.lo_server``) gives it a Unix socket path; each connection carries one
request, a JSON line ``{"src": ..., "out": ...}``, and gets one JSON line back:
``{"ok": true}``, ``{"ok": false, "error": "convert", ...}`` (this file could not be
converted) or ``{"ok": false, "error": "startup"}`` (LibreOffice did not come up: the
client converts with a one-off ``soffice`` instead).

The socket is listened on before LibreOffice starts, so a client that connects early
just waits. When LibreOffice dies (a hostile file crashed it) the service answers the
request in progress and exits: the parent starts a fresh one for the next file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time

STARTUP_TIMEOUT = 120.0  # a first start (new profile) on a loaded machine is slow


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_office(soffice: str, profile: str, port: int) -> subprocess.Popen[bytes]:
    accept = f"socket,host=127.0.0.1,port={port},tcpNoDelay=1;urp;StarOffice.ComponentContext"
    return subprocess.Popen(
        [soffice, "--headless", "--invisible", "--nocrashreport", "--nodefault", "--nologo",
         "--nofirststartwizard", "--norestore", "--nolockcheck",
         f"-env:UserInstallation={profile}", f"--accept={accept}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _connect(port: int, office: subprocess.Popen[bytes]) -> object | None:
    from unoserver.converter import UnoConverter

    deadline = time.monotonic() + STARTUP_TIMEOUT
    error: Exception | None = None
    while time.monotonic() < deadline and office.poll() is None:
        try:
            return UnoConverter(interface="127.0.0.1", port=str(port))
        except Exception as exc:  # noqa: BLE001 - "connection refused" until it listens
            error = exc
            time.sleep(0.1)
    print(f"LibreOffice did not start (exit {office.poll()}): {error!r}", file=sys.stderr)
    return None


def _reply(conn: socket.socket, **payload: object) -> None:
    with contextlib.suppress(OSError):  # the client gave up (its time limit)
        conn.sendall((json.dumps(payload) + "\n").encode())


def _request(conn: socket.socket) -> dict[str, str] | None:
    data = b""
    while not data.endswith(b"\n"):
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    return json.loads(data)


def _export_pdf(converter: object, src: str, out: str) -> None:
    """The DOCX laid out and written as PDF by the running LibreOffice.

    Loaded hidden (no view to build, nothing done on idle) and written with Writer's PDF
    filter named, instead of unoserver's ``convert`` (a view in the default frame, the
    export filter looked up among all of them at every file): measured on 8 dossiers of
    60 pages, paired, ~15 % less LibreOffice CPU per file, and the same text on every page
    of 79 DOCX (word-truth and the devsets' dossiers)."""
    import uno
    from com.sun.star.beans import PropertyValue

    def prop(name: str, value: object) -> object:
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    desktop = converter.desktop  # type: ignore[attr-defined]
    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
        (prop("Hidden", True), prop("ReadOnly", True)))
    if document is None:
        raise RuntimeError(f"LibreOffice could not load {src}")
    try:
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)),
                            (prop("FilterName", "writer_pdf_Export"), prop("Overwrite", True)))
    finally:
        document.close(True)


def serve(listener: socket.socket, converter: object | None,
          office: subprocess.Popen[bytes]) -> None:
    while True:
        conn, _ = listener.accept()
        with conn:
            request = _request(conn)
            if request is None:
                continue
            if converter is None:
                _reply(conn, ok=False, error="startup")
                return
            try:
                _export_pdf(converter, request["src"], request["out"])
            except Exception as exc:  # noqa: BLE001 - any UNO error is this file's failure
                print(f"conversion failed: {exc!r}", file=sys.stderr)
                _reply(conn, ok=False, error="convert", detail=type(exc).__name__)
                if type(exc).__name__ == "DisposedException":
                    # The bridge to LibreOffice is gone: it died on that file, perhaps
                    # not yet reaped (poll() below would still say it runs, and the next
                    # file would fail on a dead bridge). The parent starts a fresh one.
                    return
            else:
                _reply(conn, ok=True)
            if office.poll() is not None:
                return  # LibreOffice died on that file: the parent restarts the service


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--socket", required=True)
    parser.add_argument("--soffice", required=True)
    parser.add_argument("--profile", required=True, help="file:// URL of a private profile")
    parser.add_argument("--path", action="append", default=[],
                        help="where unoserver is installed (appended to sys.path)")
    args = parser.parse_args()
    sys.path.extend(args.path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(args.socket)
    listener.listen(4)
    port = _free_port()
    office = _start_office(args.soffice, args.profile, port)

    def stop(*_: object) -> None:
        office.kill()
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    try:
        serve(listener, _connect(port, office), office)
    finally:
        if office.poll() is None:
            office.kill()
        office.wait()
        listener.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
