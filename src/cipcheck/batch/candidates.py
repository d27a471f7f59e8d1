"""Who each file of a cohort folder belongs to, when no manifest says it, and which files
are likely the same dossier twice.

Trainers file a cohort one folder per candidate (« promo 2026/Nadège Fourmentin/Dossier
pro CIP.docx »): without a manifest the summary's « Candidat » column was empty for all
(blind19 F7). The folder's name is taken only when the layout is plainly that one: every
folder holding dossiers holds one candidate's dossier (one file, or versions of one file:
the DOCX and its PDF, « v1 », « v2 », « final »), none sits directly in the folder given,
none inside another such folder, and there are at least two. « groupe B/ » holding three
candidates' files, or dossiers loose beside the folders, and no name is guessed: an empty
cell is better than a wrong name on a report sent to a candidate.

Versions of one dossier in one folder are flagged as likely duplicates (all are checked:
the trainer decides which one counts).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

# Words that tell versions of one file apart, not two dossiers: « CCP3 Aufrère v2 »,
# « … (version définitive) », « … « final » », « … (1) » (a second download). Digits alone
# are kept: « CCP1 Dupont » and « CCP2 Dupont » are two dossiers.
_VERSION = re.compile(
    r"\(\s*\d+\s*\)|\bv\s?\d+\b|\bversion(?:\s*\d+)?\b|\bfinale?s?\b|\bdefinitif\b|"
    r"\bdefinitive\b|\bcorrigee?s?\b|\brelue?s?\b|\bcopie\b|\bcopy\b|\bnouvelle\b|"
    r"\bnouveau\b|\bnew\b|\bdernier(?:e)?\b|\bok\b")


def family(path: Path) -> str:
    """The file's name without what marks a version or a format: equal for a DOCX and its
    PDF, for « v1 », « v2 » and « final » of one dossier."""
    text = unicodedata.normalize("NFKD", path.stem.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _VERSION.sub(" ", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _by_folder(files: Iterable[Path]) -> dict[Path, list[Path]]:
    folders: dict[Path, list[Path]] = defaultdict(list)
    for f in files:
        folders[f.parent].append(f)
    return folders


def folder_candidates(files: list[Path], root: Path) -> dict[Path, str]:
    """Each file's candidate, the name of its folder, when ``root`` holds one folder per
    candidate (see the module's rule); else nothing."""
    folders = _by_folder(f for f in files if f.is_relative_to(root))
    if len(folders) < 2 or root in folders:
        return {}
    for folder, held in folders.items():
        if any(other != folder and folder.is_relative_to(other) for other in folders):
            return {}  # « Dupont/annexes/x.pdf » beside « Dupont/dossier.pdf »
        if len({family(f) for f in held}) != 1:
            return {}  # two different dossiers in one folder: a group, not a person
    return {f: folder.name for folder, held in folders.items() for f in held}


def duplicates(files: list[Path]) -> dict[Path, tuple[str, ...]]:
    """For each file that has them, the other files of its folder that look like the same
    dossier (same name but for the format or a version mark)."""
    groups: dict[tuple[Path, str], list[Path]] = defaultdict(list)
    for f in files:
        groups[(f.parent, family(f))].append(f)
    out: dict[Path, tuple[str, ...]] = {}
    for group in groups.values():
        if len(group) > 1:
            for f in group:
                out[f] = tuple(str(g) for g in group if g != f)
    return out
