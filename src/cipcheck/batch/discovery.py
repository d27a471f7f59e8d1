"""Which files of a cohort folder are dossiers, and which are left out (and why)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cipcheck.i18n import N_, translator

# Formats a candidate actually sends. Beyond DOCX and PDF, the legacy/other word
# processor formats are checked too, so that the candidate gets "export it as DOCX/PDF"
# instead of being silently left out of the cohort.
DOSSIER_SUFFIXES = frozenset({".docx", ".pdf"})
OTHER_DOCUMENT_SUFFIXES = frozenset({".doc", ".docm", ".dotx", ".odt", ".rtf", ".wps", ".pages"})
# Files that may hold a candidate's dossier without being one: not checked, but named on
# stderr and in the JSON ``skipped`` list, so that a candidate who sent only « dossier
# Lacombe.zip » is not silently missing from the cohort (blind19 F3). Anything else (a
# .txt note, a spreadsheet, photos, the trainer's own files) stays silent: naming every
# file of a cohort folder would bury the few lines that matter.
ARCHIVE_SUFFIXES = frozenset({".zip", ".rar", ".7z", ".tar", ".tgz", ".gz", ".bz2", ".xz"})
MAIL_SUFFIXES = frozenset({".eml", ".msg"})


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str  # French, N_-marked: shown in the batch's language

    def to_dict(self, lang: str = "fr") -> dict[str, str]:
        return {"file": self.path, "reason": translator(lang)._(self.reason)}


def discover(root: Path) -> tuple[list[Path], list[Skipped]]:
    """Dossier files under ``root`` (sorted, as ``root / relative``), and what was skipped.

    Never follows a symlinked folder (its files are either already under ``root`` or
    outside it) and never reads a file a symlink leads to outside ``root``.
    """
    real_root = root.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        _prune(here, dirnames, real_root, skipped)
        for name in sorted(filenames):
            path = here / name
            suffix = path.suffix.lower()
            if suffix in ARCHIVE_SUFFIXES | MAIL_SUFFIXES and not name.startswith((".", "~$")):
                skipped.append(Skipped(str(path), N_("archive : décompressez-la et relancez")
                                       if suffix in ARCHIVE_SUFFIXES else
                                       N_("e-mail : enregistrez la pièce jointe et relancez")))
                continue
            if suffix not in DOSSIER_SUFFIXES | OTHER_DOCUMENT_SUFFIXES:
                continue
            reason = _reason_to_skip(path, real_root)
            if reason is None:
                found.append(path)
            else:
                skipped.append(Skipped(str(path), reason))
    return found, skipped


def _prune(here: Path, dirnames: list[str], real_root: Path, skipped: list[Skipped]) -> None:
    """Remove from ``dirnames`` (in place, for os.walk) the folders not to go into."""
    for name in sorted(dirnames):
        sub = here / name
        if name.startswith(".") or name == "__MACOSX":
            skipped.append(Skipped(str(sub), N_("dossier caché")))
            dirnames.remove(name)
        elif sub.is_symlink():
            if not sub.resolve().is_relative_to(real_root):
                skipped.append(Skipped(str(sub), N_("lien symbolique menant hors du dossier")))
            dirnames.remove(name)  # os.walk does not follow it; say nothing if inside
    dirnames.sort()


def _reason_to_skip(path: Path, real_root: Path) -> str | None:
    if path.name.startswith("~$"):
        return N_("fichier de verrouillage de Word (~$)")
    if path.name.startswith("."):
        return N_("fichier caché")
    if path.is_symlink():
        target = path.resolve()
        if not target.exists():
            return N_("lien symbolique cassé")
        if not target.is_relative_to(real_root):
            return N_("lien symbolique menant hors du dossier")
    return None
