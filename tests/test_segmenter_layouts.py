"""Layouts found on dossiers written blind (tests/fixtures/layouts7, issue 8 item 6): each
test is one mechanism, tried on a small dossier built from blocks, where the form of the
headings or of the plan differs from the dossier that revealed it.

- parts told as « Situation 1 : … » between two numbered parts fill the gap, in order,
  when as many headings of the parts' look sit there as parts are missing;
- « Chapitre N » is a part heading when no heading says « partie »;
- a plan told as a numbered list (« 1. Partie 1 : … ») or as a table (« Partie 1 » in a
  cell beside its description) is not the parts;
- a conclusion titled in the candidate's words (« Pour conclure », « Bilan de ma
  formation ») ends the last part.
"""

from __future__ import annotations

import pytest
from builders import STANDARD_STARTS, block, doc, filler, titre_dossier

from cipcheck.ruleset import load
from cipcheck.segmenter import segment

TITRE = load("cip-titre")
CCP2 = load("cip-ccp2")


def _starts(d) -> dict[int, int]:
    return {n: s.start_page for n, s in d.parts.items()}


@pytest.mark.parametrize("names", [("Situation 1 : accompagnement de M. B.",
                                    "Situation 2 : accompagnement de Mme K."),
                                   ("Le parcours de Yanis", "LE PROJET DE SOPHIE")])
def test_unnumbered_headings_between_two_parts_are_the_missing_parts(names: tuple) -> None:
    titles = {n: (f"Partie {n} : Intitulé de la partie", page)
              for n, page in STANDARD_STARTS.items() if n not in (2, 3)}
    base = titre_dossier(titles, level=1)
    # the two accompaniments, titled like the other parts, and a group title above them
    extra = [block("Activité type 2 : Accompagner les personnes dans leur parcours", 11,
                   0.05, size=14, bold=True, level=1),
             block(names[0], 11, 0.1, size=14, bold=True, level=1),
             block(names[1], 17, 0.1, size=14, bold=True, level=1)]
    blocks = sorted([*base.blocks, *extra], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert _starts(d) == STANDARD_STARTS
    assert d.parts[2].heading.title == names[0]
    assert d.duplicates == {} and d.out_of_order == ()


def test_a_missing_part_is_not_filled_by_a_sub_heading_of_another_look() -> None:
    titles = {n: (f"Partie {n} : Intitulé", page) for n, page in STANDARD_STARTS.items()
              if n != 5}
    base = titre_dossier(titles, level=1)
    subs = [block("Analyse de ma pratique", 31, 0.1, bold=True, level=2)]
    blocks = sorted([*base.blocks, *subs], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert 5 not in d.parts and set(d.parts) == {1, 2, 3, 4, 6, 7}


def test_two_candidates_for_one_missing_part_fill_nothing() -> None:
    titles = {n: (f"Partie {n} : Intitulé", page) for n, page in STANDARD_STARTS.items()
              if n != 5}
    base = titre_dossier(titles, level=1)
    extra = [block("Mes démarches", 30, 0.1, size=14, bold=True, level=1),
             block("Mes résultats", 32, 0.1, size=14, bold=True, level=1)]
    blocks = sorted([*base.blocks, *extra], key=lambda b: (b.page, b.y))
    assert 5 not in segment(doc(blocks, base.page_count), TITRE).parts


def test_situations_opening_a_ccp_are_its_first_parts() -> None:
    blocks = [block("Dossier professionnel – CCP 2", 1, 0.2, size=16, bold=True),
              block("Sommaire", 2, 0.1, size=14, bold=True, first=True),
              block("Introduction", 3, 0.1, size=14, bold=True, first=True), *filler(3),
              block("Situation 1 : accompagnement de M. B.", 4, 0.1, size=14, bold=True,
                    first=True),
              block("Situation 2 : accompagnement de Mme K.", 9, 0.1, size=14, bold=True,
                    first=True),
              block("Partie 3 : L'atelier « Valoriser ses compétences »", 15, 0.1, size=14,
                    bold=True, first=True),
              block("Conclusion", 22, 0.1, size=14, bold=True, first=True)]
    for page in range(4, 23):
        blocks += filler(page, 2, 0.4)
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, 22), CCP2)
    assert _starts(d) == {1: 4, 2: 9, 3: 15}


def test_chapters_are_parts_when_no_heading_says_partie() -> None:
    titles = {n: (f"Chapitre {n} : Mon intitulé", page) for n, page in STANDARD_STARTS.items()}
    d = segment(titre_dossier(titles, level=1), TITRE)
    assert _starts(d) == STANDARD_STARTS


def test_chapters_inside_parts_are_not_parts() -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    subs = [block(f"Chapitre {k} : étape", page + 1, 0.1, bold=True, level=2)
            for page in STANDARD_STARTS.values() for k in (1, 2)]
    blocks = sorted([*base.blocks, *subs], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert _starts(d) == STANDARD_STARTS and d.duplicates == {}


@pytest.mark.parametrize("plan", [
    # a numbered list whose numbers the reader writes out, items cut at « M. B. »
    ["1. Partie 1 : la Mission locale et son territoire.", "2. Partie 2 : le suivi de M. B.",
     "3. Partie 3 : le projet de Mme K.", "4. Partie 4 : un atelier collectif."],
    # a table, read cell by cell: the number, then its description on its own line(s)
    ["Partie", "Contenu", "Partie 1", "La Mission locale du Val de Sambre et son",
     "territoire", "Partie 2", "Le suivi du parcours de M. B.", "Partie 3",
     "Le projet professionnel de Mme K."],
])
def test_a_plan_as_a_list_or_a_table_does_not_open_the_parts(plan: list[str]) -> None:
    romans = ["I", "II", "III", "IV", "V", "VI", "VII"]
    titles = {n: (f"{romans[n - 1]}. INTITULÉ DE LA PARTIE", page)
              for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, bold=True, size=13.0)
    table = plan[0] == "Partie"
    intro = [block(line, 3, 0.6 + 0.02 * k, table=table) for k, line in enumerate(plan)]
    blocks = sorted([*base.blocks, *intro], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert _starts(d) == STANDARD_STARTS
    assert d.duplicates == {}


@pytest.mark.parametrize("title", ["Pour conclure", "Bilan de ma formation",
                                   "Conclusion et perspectives"])
def test_a_conclusion_in_the_candidates_words_ends_the_last_part(title: str) -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    # the last part is 2 pages long (39, 40); page 41 opens the candidate's conclusion
    blocks = [b for b in base.blocks if b.text != "Conclusion"]
    blocks.append(block(title, 41, 0.1, size=14, bold=True, first=True))
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert d.parts[7].pages == 2.0


def test_a_bilan_inside_the_last_part_does_not_end_it() -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    blocks = [*base.blocks, block("Bilan de l'intégration", 40, 0.1, bold=True, level=2)]
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert d.parts[7].pages == 3.0


@pytest.mark.parametrize("again", ["Partie {n} (suite)", "PARTIE {n} – suite et fin",
                                   "Partie {n} – Intitulé (suite)"])
def test_a_part_heading_marked_as_going_on_is_not_a_second_announcement(again: str) -> None:
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    more = [block(again.format(n=n), page + 1, 0.05, size=14, bold=True, level=1, first=True)
            for n, page in STANDARD_STARTS.items()]
    blocks = sorted([*base.blocks, *more], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert _starts(d) == STANDARD_STARTS and d.duplicates == {}
    assert d.parts[1].pages == 7.0


def test_a_title_that_ends_on_the_word_suite_still_opens_its_part() -> None:
    titles = {n: (f"Partie {n} – Préparer la suite", page)
              for n, page in STANDARD_STARTS.items()}
    d = segment(titre_dossier(titles, level=1), TITRE)
    assert _starts(d) == STANDARD_STARTS
