"""A stop asked by the system (SIGTERM: ``kill``, a CI timeout, a service stop; SIGHUP: the
terminal closed) ends cipcheck the way Ctrl-C does.

Python's default for SIGTERM is to die on the spot: no ``finally`` runs, so a batch left
per worker a LibreOffice service (its own session, so that a file's deadline can kill its
whole group) and the service's ``soffice.bin`` orphaned, plus their /tmp profiles
(blind19 F2). Raised as :class:`Stopped`, a ``KeyboardInterrupt``, the stop goes through
the cleanup Ctrl-C already goes through, and the process then exits with the shell's
code for that signal (128 + its number: 143 for SIGTERM, 129 for SIGHUP, 130 for Ctrl-C).
"""

from __future__ import annotations

import signal
from types import FrameType

INTERRUPTED = 130  # 128 + SIGINT: what a shell reports for Ctrl-C


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the main thread was, like Ctrl-C's interrupt."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise(signum: int, _frame: FrameType | None) -> None:
    raise Stopped(signum)


def stop_like_ctrl_c() -> None:
    """From now on SIGTERM and SIGHUP raise :class:`Stopped` in the main thread. Call it
    from the main thread; a signal the parent process ignored (``nohup``) stays ignored."""
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:  # Windows has no SIGHUP
            continue
        try:
            if signal.getsignal(signum) is signal.SIG_IGN:
                continue
            signal.signal(signum, _raise)
        except (ValueError, OSError):  # not the main thread, or not allowed here
            continue


def exit_code(exc: BaseException) -> int:
    """The code a process stopped by ``exc`` exits with: 128 + the signal's number."""
    return 128 + exc.signum if isinstance(exc, Stopped) else INTERRUPTED
