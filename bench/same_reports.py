"""Every PDF and DOCX dossier in reach, checked, its JSON report saved; then compared.

    python bench/same_reports.py save DIR      # before a change
    python bench/same_reports.py compare DIR   # after it: lists every report that moved

Files: tests/fixtures, examples, ../shared/real-files and ../shared/word-truth (when
present). A speed change must leave every verdict and every report identical (issue 10);
this is how that is verified. DOCX are laid out by LibreOffice once (CIPCHECK_CACHE_DIR,
default a folder under /tmp kept between the two runs) so both runs read the same PDF.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared next to a checkout, ../../shared next to a helper's worktree
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")
FOLDERS = (ROOT / "tests" / "fixtures", ROOT / "examples", SHARED / "real-files",
           SHARED / "word-truth")
# Held-out sets are never read by a bench (their figures would leak into the code), and the
# validation set is only scored by bench/devset_accuracy.py: both are left out here.
HELD_OUT = frozenset({"devset2", "devset4", "devset5", "devset6", "devset7", "devset8",
                      "devset9", "devset9c", "devset10", "devset11", "devset12", "covers11"})


def files() -> list[Path]:
    out: list[Path] = []
    for folder in FOLDERS:
        if folder.is_dir():
            out += sorted(p for p in folder.rglob("*")
                          if p.suffix.lower() in (".pdf", ".docx") and p.is_file()
                          and not HELD_OUT & set(p.relative_to(folder).parts))
    return out


def report(path: Path) -> str:
    from cipcheck.api import check_file
    from cipcheck.errors import RuleError
    from cipcheck.render import json_report

    try:
        return json_report.render(check_file(path))
    except RuleError as exc:
        return f"RuleError: {exc}\n"


def key(path: Path) -> str:
    return str(path.resolve()).strip("/").replace("/", "__") + ".json"


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("CIPCHECK_CACHE_DIR",
                          str(Path(tempfile.gettempdir()) / "cipcheck-same-reports-cache"))
    folder.mkdir(parents=True, exist_ok=True)
    moved = 0
    all_files = files()
    for path in all_files:
        text = report(path)
        target = folder / key(path)
        if mode == "save":
            target.write_text(text, encoding="utf-8")
        elif not target.is_file() or target.read_text(encoding="utf-8") != text:
            moved += 1
            before = json.loads(target.read_text()) if target.is_file() else {}
            verdicts = (before.get("verdict"), json.loads(text).get("verdict")
                        if text.startswith("{") else text.strip())
            print(f"CHANGED {path}  verdict {verdicts[0]} -> {verdicts[1]}")
    print(f"{len(all_files)} files, {moved} report(s) changed" if mode == "compare"
          else f"{len(all_files)} reports saved in {folder}")
    return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main())
