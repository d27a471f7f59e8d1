"""Record every fixture's segmentation, and compare it with a record made earlier.

The segmenter is refactored without changing a verdict: before, record; after, compare.

    python bench/segment_parity.py --record /tmp/seg-before.json
    python bench/segment_parity.py --compare /tmp/seg-before.json

Every DOCX/PDF of tests/fixtures (devset dossiers included), examples and the shared real
files is read once (``--pages``, default ``auto`` like ``check``) and segmented against
every bundled rule set, not only its own: more headings, more branches exercised. Read
documents are cached in a pickle (``--cache``) so that a second run only segments.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

from cipcheck.readers import InputProblem, read_document
from cipcheck.ruleset import load_all
from cipcheck.segmenter import Dossier, Heading, segment

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "tests" / "fixtures", ROOT / "examples", Path("/work/shared/real-files")]


def fixture_files() -> list[Path]:
    files: list[Path] = []
    for folder in FOLDERS:
        if folder.is_dir():
            files += [p for p in folder.rglob("*") if p.suffix.lower() in (".pdf", ".docx")]
    return sorted(files)


def summary(d: Dossier) -> dict[str, object]:
    def head(h: Heading) -> list[object]:
        return [h.index, h.number, h.kind, h.how, h.sure, h.title, h.block.page]

    return {
        "front": list(d.front_matter_pages), "toc": list(d.toc_pages),
        "body_start": d.body_start, "body_end": d.body_end, "annex_start": d.annex_start,
        "parts": {str(n): [s.start, s.end, s.start_page, s.heading.title]
                  for n, s in sorted(d.parts.items())},
        "headings": [head(h) for h in d.headings],
        "duplicates": {str(n): [head(h) for h in hs] for n, hs in sorted(d.duplicates.items())},
        "out_of_order": list(d.out_of_order), "body_size": d.body_size,
    }


def record(cache: Path, pages: str) -> dict[str, object]:
    docs = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    rulesets = load_all()
    out: dict[str, object] = {}
    for path in fixture_files():
        key = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
        if key not in docs:
            try:
                docs[key] = read_document(path, pages)
            except InputProblem as problem:
                docs[key] = problem.code
            except Exception as exc:  # noqa: BLE001 - a fixture meant to break readers
                docs[key] = f"crash: {type(exc).__name__}"
        doc = docs[key]
        if isinstance(doc, str):
            out[key] = doc
            continue
        out[key] = {rs.id: summary(segment(doc, rs)) for rs in rulesets}
    cache.write_bytes(pickle.dumps(docs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--record", type=Path)
    group.add_argument("--compare", type=Path)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/cipcheck-segment-docs.pickle"))
    ap.add_argument("--pages", default="auto")
    args = ap.parse_args()
    now = record(args.cache, args.pages)
    read = sum(1 for v in now.values() if isinstance(v, dict))
    if args.record:
        args.record.write_text(json.dumps(now, ensure_ascii=False, indent=1))
        print(f"{len(now)} files ({read} read, {len(now) - read} input errors) recorded")
        return 0
    before = json.loads(args.compare.read_text())
    now = json.loads(json.dumps(now))  # tuples and float keys as JSON has them
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ:
        b, n = before.get(key), now.get(key)
        if isinstance(b, dict) and isinstance(n, dict):
            for rid in sorted(b.keys() | n.keys()):
                if b.get(rid) != n.get(rid):
                    print(f"DIFFERS {key} [{rid}]\n  before {b.get(rid)}\n  now    {n.get(rid)}")
        else:
            print(f"DIFFERS {key}: {b!r} -> {n!r}")
    same = len(now) - len(differ)
    print(f"{same}/{len(now)} files identical ({read} read × {len(load_all())} rule sets)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
