"""Checks for the server: in the isolated worker processes of ``batch`` (time and memory
limits, a crashing file costs only its own answer), a bounded number at once, and a
bounded queue so that a burst gets a clear « busy, retry » instead of a pile-up."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from pathlib import Path

import anyio

from cipcheck.api import Options
from cipcheck.batch import Job, Limits, run_jobs
from cipcheck.findings import Report

# An upload leaves nothing behind: not even LibreOffice's render, cached by content
# for the command line.
KEEP_NOTHING = {"CIPCHECK_NO_CACHE": "1"}


class Busy(Exception):
    """Every worker is busy and the queue is full."""


@dataclass
class Gate:
    workers: int
    queue: int
    tmp_dir: str | None = None

    def __post_init__(self) -> None:
        self._slots = asyncio.Semaphore(max(1, self.workers))
        self.running = 0
        self.waiting = 0

    async def run(self, path: Path, rules: str | None, opts: Options, limits: Limits,
                  shown_as: str) -> Report:
        if self.running >= self.workers and self.waiting >= self.queue:
            raise Busy
        self.waiting += 1
        try:
            await self._slots.acquire()
        finally:
            self.waiting -= 1
        self.running += 1
        try:
            outcomes = await anyio.to_thread.run_sync(
                lambda: run_jobs([Job(path, rules, opts)], 1, limits,
                                 env_overrides=KEEP_NOTHING, tmp_root=self.tmp_dir))
        finally:
            self.running -= 1
            self._slots.release()
        # The report names the file as the candidate sent it, never our temporary path.
        return replace(outcomes[0].report, file=shown_as)
