"""What a deployment chooses, with defaults that keep a small machine up."""

from __future__ import annotations

import os
from dataclasses import dataclass

TOKEN_ENV = "CIPCHECK_TOKEN"


@dataclass(frozen=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    # Checks run at once, each in its own worker process (time and memory limits of
    # ``batch``); further uploads wait in a queue of ``queue`` places, then get a 429.
    workers: int = 2
    queue: int = 8
    max_upload_mb: float = 50.0
    timeout: float = 60.0
    memory_mb: int | None = 1536
    # Bearer token required by the API when set (``--token`` or CIPCHECK_TOKEN).
    token: str | None = None
    retry_after: int = 5
    # Where uploads and workers get their private folders (default: the system's).
    tmp_dir: str | None = None  # seconds a client is told to wait when the queue is full

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @staticmethod
    def token_from_env() -> str | None:
        value = os.environ.get(TOKEN_ENV, "").strip()
        return value or None
