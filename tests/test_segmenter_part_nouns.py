"""Part headings written with other words than « Partie N » (issue 8 item 6), and the
safety of the structure and page checks when a part heading cannot be read.

A dossier written blind titled its parts « Volet 1 – », « AXE 1 : », « A. », « Partie
1 / 3 » and « PARTIE DEUX » (another, later, « Situation 1 – » for every part); none was
read, and three compliant dossiers failed `structure.parts` — one also `part.pages`, its
first part measured over the two it could not see. Each test is one mechanism, on a small
dossier built from blocks, in forms of our own.
"""

from __future__ import annotations

import pytest
from builders import STANDARD_STARTS, block, doc, titre_dossier

from cipcheck.api import Options, check_document
from cipcheck.findings import Status
from cipcheck.ruleset import load
from cipcheck.segmenter import segment

TITRE = load("cip-titre")
WORDS = ["UN", "DEUX", "TROIS", "QUATRE", "CINQ", "SIX", "SEPT"]
LETTERS = "ABCDEFG"


def _starts(d) -> dict[int, int]:
    return {n: s.start_page for n, s in d.parts.items()}


@pytest.mark.parametrize("form", [
    lambda n: f"Volet {n} – Mon intitulé",
    lambda n: f"VOLET {n} : MON INTITULÉ",
    lambda n: f"Axe {n} : ce que j'ai fait",
    lambda n: f"Section {n}. Intitulé",
    lambda n: f"SITUATION {n} – INTITULÉ",
    lambda n: f"Partie {n}/7 – Intitulé",
    lambda n: f"PARTIE {WORDS[n - 1]} – INTITULÉ",
    lambda n: f"Partie {WORDS[n - 1].lower()} : intitulé",
    lambda n: f"{LETTERS[n - 1]}. Intitulé de la partie",
    lambda n: f"{LETTERS[n - 1]} – Intitulé de la partie",
])
def test_parts_named_with_other_words_are_parts(form) -> None:  # noqa: ANN001
    titles = {n: (form(n), page) for n, page in STANDARD_STARTS.items()}
    d = segment(titre_dossier(titles, level=1), TITRE)
    assert _starts(d) == STANDARD_STARTS
    assert d.duplicates == {} and d.out_of_order == ()


def test_axes_inside_volets_are_sub_headings() -> None:
    titles = {n: (f"Volet {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    # each volet has its own « Axe 1 », « Axe 2 » one level down — and, in a PDF without
    # styles, of the same look: the noun that counts the parts wins
    subs = [block(f"Axe {k} : une étape", page + 1, 0.1 * k, size=14, bold=True)
            for page in STANDARD_STARTS.values() for k in (1, 2)]
    blocks = sorted([*base.blocks, *subs], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert _starts(d) == STANDARD_STARTS and d.duplicates == {}


def test_other_nouns_under_worded_parts_are_sub_headings() -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    subs = [block(f"Volet {k} : le diagnostic", page + 1, 0.1 * k, bold=True, level=2)
            for page in STANDARD_STARTS.values() for k in (1, 2, 3)]
    blocks = sorted([*base.blocks, *subs], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert _starts(d) == STANDARD_STARTS and d.duplicates == {}


@pytest.mark.parametrize("line", ["Volet 2 de la convention : l'emploi", "axe 2 du projet",
                                  "A la suite de ce premier entretien, nous avons convenu"])
def test_a_plain_sentence_with_these_words_opens_nothing(line: str) -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    blocks = sorted([*base.blocks, block(line, 13, 0.5)], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert _starts(d) == STANDARD_STARTS and d.duplicates == {}


def _finding(report, check_id: str, part: int):  # noqa: ANN001, ANN202
    return next(f for f in report.checks if f.id == check_id and f.part == part)


def test_a_part_under_a_heading_that_cannot_be_read_warns_and_shows_the_line() -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()
              if n != 5}
    base = titre_dossier(titles, level=1)
    # two lines written like the part headings where part 5 should open: which one opens
    # it (if either) cannot be told, so the part is not filled — and not failed either
    extra = [block("Ma démarche de prospection", 30, 0.1, size=14, bold=True, level=1),
             block("Les entreprises rencontrées", 32, 0.1, size=14, bold=True, level=1)]
    blocks = sorted([*base.blocks, *extra], key=lambda b: (b.page, b.y))
    report = check_document(doc(blocks, base.page_count), TITRE, Options(privacy=False))
    missing = _finding(report, "structure.parts", 5)
    assert missing.status is Status.WARN
    assert "Ma démarche de prospection" in missing.message and missing.page == 30
    # part 4 runs over where part 5 should open: too long, but not surely
    assert _finding(report, "part.pages", 4).status is Status.WARN
    assert "partie 5 n'a pas été trouvée" in _finding(report, "part.pages", 4).message


def test_a_part_with_nothing_where_it_should_be_still_fails() -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()
              if n != 5}
    report = check_document(titre_dossier(titles, level=1), TITRE, Options(privacy=False))
    assert _finding(report, "structure.parts", 5).status is Status.FAIL


def _hours_stated(where: int, text: str):  # noqa: ANN202
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    blocks = [b for b in base.blocks if "heures" not in b.text]
    blocks.append(block(text, where, 0.4))
    blocks.sort(key=lambda b: (b.page, b.y))
    report = check_document(doc(blocks, base.page_count), TITRE, Options(privacy=False))
    return next(f for f in report.checks if f.id == "hours.minimum")


@pytest.mark.parametrize("text", ["Attestation de stage – Durée : 210 heures",
                                  "Convention de stage n° 2 : 175 heures en entreprise"])
def test_hours_read_only_in_an_annex_under_the_minimum_are_to_confirm(text: str) -> None:
    # an attestation in the annexes is one document of the placement, often one period
    # of several: under the minimum it asks to confirm instead of failing
    annexed = _hours_stated(45, text)
    assert annexed.status is Status.WARN and "en annexe" in annexed.message
    # the same words in the body are the dossier's own statement, and fail
    assert _hours_stated(3, text).status is Status.FAIL


def test_a_ccp_titled_situation_by_situation() -> None:
    # CCP 2: two accompaniments and the workshop, each « Situation N – … » in Heading 1
    from builders import filler

    blocks = [block("Dossier professionnel – CCP 2", 1, 0.2, size=16, bold=True),
              block("Sommaire", 2, 0.1, size=14, bold=True, first=True),
              block("Introduction", 3, 0.1, size=14, bold=True, first=True, level=1),
              *filler(3),
              block("Situation 1 – Le parcours de M. D.", 4, 0.1, size=14, bold=True,
                    first=True, level=1),
              block("Situation 2 – Le projet de Mme R.", 10, 0.1, size=14, bold=True,
                    first=True, level=1),
              block("Situation 3 – L'atelier « Mes atouts »", 16, 0.1, size=14, bold=True,
                    first=True, level=1),
              block("Conclusion", 22, 0.1, size=14, bold=True, first=True, level=1)]
    for page in range(4, 23):
        blocks += filler(page, 2, 0.4)
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, 22), load("cip-ccp2"))
    assert _starts(d) == {1: 4, 2: 10, 3: 16}


def test_one_unread_line_cannot_stand_for_two_missing_parts() -> None:
    # parts 4 and 5 missing, one line of the parts' look between 3 and 6, and a « Table
    # of contents » heading in the front matter: not enough to doubt either absence
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()
              if n not in (4, 5)}
    base = titre_dossier(titles, level=1)
    extra = [block("Table of contents", 2, 0.05, size=14, bold=True, level=1),
             block("Mes démarches", 26, 0.1, size=14, bold=True, level=1)]
    blocks = sorted([*base.blocks, *extra], key=lambda b: (b.page, b.y))
    report = check_document(doc(blocks, base.page_count), TITRE, Options(privacy=False))
    assert _finding(report, "structure.parts", 4).status is Status.FAIL
    assert _finding(report, "structure.parts", 5).status is Status.FAIL
