"""Progress of a batch on stderr, so that stdout holds only the report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from cipcheck.batch.plan import Job
from cipcheck.batch.worker import Outcome
from cipcheck.findings import Status


class Progress:
    """Progress on stderr: a Rich bar on a terminal, one plain line per file otherwise."""

    def __init__(self, total: int, enabled: bool) -> None:
        from rich.console import Console
        self.console = Console(file=sys.stderr, highlight=False, soft_wrap=True)
        self.total = total
        self.done = 0
        self.failures = 0
        self.enabled = enabled and total > 0
        self.bar: Any = None
        self.task: Any = None
        self.active: list[str] = []

    def __enter__(self) -> Progress:
        if self.enabled and self.console.is_terminal:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )
            self.bar = Progress(TextColumn("[bold]cipcheck[/]"), BarColumn(),
                                MofNCompleteColumn(), TextColumn("{task.fields[fails]}"),
                                TimeElapsedColumn(), TextColumn("{task.description}"),
                                console=self.console, transient=True)
            self.task = self.bar.add_task("", total=self.total, fails="")
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def _fails(self) -> str:
        return f"[red]{self.failures} en échec[/]" if self.failures else ""

    def start(self, job: Job) -> None:
        self.active.append(Path(job.path).name)
        if self.bar is not None:
            self.bar.update(self.task, description=", ".join(self.active[-3:]))

    def finish(self, job: Job, outcome: Outcome) -> None:
        from rich.markup import escape

        from cipcheck.render.labels import label
        self.done += 1
        name = Path(job.path).name
        if name in self.active:
            self.active.remove(name)
        report = outcome.report
        if report.verdict is not Status.PASS:
            self.failures += 1
        if self.bar is not None:
            self.bar.update(self.task, advance=1, fails=self._fails(),
                            description=", ".join(self.active[-3:]))
        elif self.enabled:
            self.console.print(f"[{self.done}/{self.total}] {escape(str(job.path))} : "
                               f"{label(report.lang, report.verdict.value)}",
                               markup=True, highlight=False)
