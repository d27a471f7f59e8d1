"""What the speed work of issue 10 keeps or folds differently gives the same results:
``ascii_fold`` by a table, ``Dossier.part_blocks`` kept per part, the start-up cache's
room for patterns, and a plain check keeping its objects to the end of the process."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

from builders import STANDARD_STARTS, titre_dossier

from cipcheck import api, startcache
from cipcheck.content.normalize import ascii_fold
from cipcheck.ruleset import load
from cipcheck.segmenter import segment

SRC = Path(__file__).resolve().parents[1] / "src"
PDF = Path(__file__).parent / "fixtures" / "dossiers" / "ccp1-ok.pdf"


def _nfkd_without_marks(text: str) -> str:
    """The definition: the whole text decomposed, its combining marks dropped."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


def test_ascii_fold_is_nfkd_without_marks_on_french_and_odd_text() -> None:
    samples = ["Préparée à l'entretien, elle a rédigé son CV",
               "cœur, Œuvre, ÆSOP, naïveté, Noël, où, çà",
               "ﬁche ﬂash ½ ① ²",  # compatibility characters: several letters or digits
               "e\u0301te\u0301 (accents written apart) and a\u0328\u0301 two marks",
               "한국어 Ωmega İstanbul ß"]
    for text in samples:
        assert ascii_fold(text) == _nfkd_without_marks(text)
    assert ascii_fold("Préparée") == "Preparee"
    assert ascii_fold("plain ascii") == "plain ascii"


def test_part_blocks_gives_the_same_blocks_each_time_and_a_list_of_its_own() -> None:
    starts = {n: (f"Partie {n} : le sujet de la partie {n}", page)
              for n, page in STANDARD_STARTS.items()}
    dossier = segment(titre_dossier(starts), load("cip-titre"))
    first = dossier.part_blocks(2)
    assert first and first[0].text.startswith("Partie 2")
    first.clear()  # a caller changing its list changes nothing for the next one
    again = dossier.part_blocks(2)
    assert again and again == dossier.part_blocks(2)
    assert dossier.part_blocks(99) == []


def test_start_cache_has_room_for_more_patterns_than_a_check_compiles() -> None:
    # A check of the 51-page example compiled 398 patterns (27 Nov): kept ones must not
    # be pushed out by the next readers' patterns, nor by re's own cache.
    assert startcache.MOST_PATTERNS >= 800
    assert startcache.RE_CACHE >= startcache.MOST_PATTERNS


def test_only_the_program_keeps_a_checks_objects_to_its_end() -> None:
    # The library (and every test calling it) frees them as usual.
    assert api.kept() == ()
    probe = ("import sys\n"
             "from cipcheck import api, launch\n"
             "import atexit\n"
             "atexit.register(lambda: print('kept', len(api.kept()), file=sys.stderr))\n"
             f"sys.argv = ['cipcheck', 'check', {str(PDF)!r}, '--format', 'json']\n"
             "launch.run()\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={"PYTHONPATH": str(SRC), "CIPCHECK_NO_CACHE": "1",
                               "PATH": "/usr/bin:/bin"}, timeout=300)
    assert '"verdict"' in done.stdout
    assert "kept 2" in done.stderr  # the document and the checks' context
