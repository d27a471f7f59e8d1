"""Why a file could not be read: each reason becomes an ``input.*`` finding."""

from __future__ import annotations


class InputProblem(Exception):
    """The file cannot be analysed. ``code`` is the check id suffix after ``input.``."""

    def __init__(self, code: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
