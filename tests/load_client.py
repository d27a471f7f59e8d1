"""Concurrent uploads against a running ``cipcheck serve``: every request must be
answered (a report, or a 429 « busy, retry »), none lost, within a time bound."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx


@dataclass
class Answer:
    file: Path
    status: int
    seconds: float
    report: dict | None = None
    retry_after: str | None = None
    busy: int = 0  # 429 answers received before this final one


@dataclass
class LoadResult:
    answers: list[Answer] = field(default_factory=list)
    seconds: float = 0.0
    lost: int = 0  # requests that got no HTTP answer at all (error, timeout)

    @property
    def by_status(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for a in self.answers:
            out[a.status] = out.get(a.status, 0) + 1
        return out

    def latency(self, q: float) -> float:
        values = sorted(a.seconds for a in self.answers if a.status == 200)
        if not values:
            return 0.0
        return values[min(len(values) - 1, int(q * len(values)))]

    @property
    def busy(self) -> int:
        return sum(a.busy for a in self.answers) + self.by_status.get(429, 0)

    @property
    def per_second(self) -> float:
        done = sum(1 for a in self.answers if a.status == 200)
        return done / self.seconds if self.seconds else 0.0

    @property
    def median(self) -> float:
        values = [a.seconds for a in self.answers if a.status == 200]
        return statistics.median(values) if values else 0.0


def _one(client: httpx.Client, base: str, path: Path, retries: int,
         wait_cap: float) -> Answer | None:
    """One upload; on 429, wait as told (capped) and retry, as a platform would."""
    started = time.perf_counter()
    busy = 0
    while True:
        try:
            answer = client.post(f"{base}/api/v1/check", data={"pages": "estimate"},
                                 files={"file": (path.name, path.read_bytes())})
        except httpx.HTTPError:
            return None
        retry_after = answer.headers.get("retry-after")
        if answer.status_code != 429 or busy >= retries:
            break
        busy += 1
        time.sleep(min(wait_cap, float(retry_after or 1)))
    seconds = time.perf_counter() - started
    report = answer.json() if answer.status_code == 200 else None
    return Answer(path, answer.status_code, seconds, report, retry_after, busy)


def run_load(base: str, files: list[Path], total: int, clients: int,
             timeout: float = 180.0, retries: int = 0, wait_cap: float = 5.0) -> LoadResult:
    """``total`` uploads cycling over ``files``, ``clients`` at a time; a 429 is retried
    up to ``retries`` times after its Retry-After (at most ``wait_cap`` seconds)."""
    plan = [files[i % len(files)] for i in range(total)]
    result = LoadResult()
    started = time.perf_counter()
    with httpx.Client(timeout=timeout) as client, ThreadPoolExecutor(clients) as pool:
        for answer in pool.map(lambda p: _one(client, base, p, retries, wait_cap), plan):
            if answer is None:
                result.lost += 1
            else:
                result.answers.append(answer)
    result.seconds = time.perf_counter() - started
    return result


def comparable(report: dict) -> tuple:
    """What must match the command line: verdict, hours, pages, every check's status."""
    return (report["verdict"], report["rules"], report["hours"], report["pages"]["body"],
            tuple((c["id"], c["status"], c.get("part")) for c in report["checks"]))
