"""Why a file could not be read: each reason becomes an ``input.*`` finding."""

from __future__ import annotations


class InputProblem(Exception):
    """The file cannot be analysed. ``code`` is the check id suffix after ``input.``."""

    def __init__(self, code: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint


def corrupt_archive() -> InputProblem:
    """The DOCX zip itself cannot be read (truncated, damaged)."""
    return InputProblem(
        "corrupt",
        "Le fichier est endommagé : l'archive du document Word est incomplète ou illisible.",
        "Ouvrez-le dans Word : s'il s'ouvre, enregistrez-le de nouveau ; sinon reprenez "
        "une sauvegarde précédente.",
    )
