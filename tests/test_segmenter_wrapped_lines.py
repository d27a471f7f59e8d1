"""A PDF line cut in the middle of a sentence is not a heading (issue 8, item 6: the same
care for structure).

A PDF gives one block per line. When a sentence of the body wraps just before « annexe »,
« conclusion » or « bibliographie », the tail of the sentence stands alone on its line
(« …une note de synthèse que vous trouverez en / annexe 4. ») and looks like a short
boundary heading: read as one, it opened the annexes in the middle of part 1 and failed
`part.pages` on a compliant dossier. Each wrap below is a different voice; the parts and
the annexes must stay where they are, and real boundary headings typed plainly must
still be found.
"""

from __future__ import annotations

import pytest
from builders import STANDARD_STARTS, block, doc, titre_dossier

from cipcheck.ruleset import load
from cipcheck.segmenter import segment

TITRE = load("cip-titre")
TITLES = {1: "Partie 1 : La structure", 2: "Partie 2 : Accompagnement de M. A.",
          3: "Partie 3 : Accompagnement de Mme B.", 4: "Partie 4 : L'atelier collectif",
          5: "Partie 5 : Prospection", 6: "Partie 6 : Recrutement", 7: "Partie 7 : Intégration"}

# (the line before, cut mid-sentence; the tail left alone on the next line)
WRAPS = {
    "en-annexe": ("Je lui ai remis une note de synthèse que vous trouverez en", "annexe 4."),
    "voir-annexe": ("Le plan d'action signé avec elle reprend ces trois étapes (voir",
                    "Annexe 2)."),
    "cf-annexes": ("Les comptes rendus d'entretien sont joints au dossier, cf.", "annexes."),
    "dans-l-annexe": ("La grille d'évaluation que j'ai construite figure dans l'",
                      "annexe 3 du dossier."),
    "une-conclusion": ("Au troisième entretien, nous sommes arrivés ensemble à une",
                       "conclusion."),
    "sa-bibliographie": ("Pour préparer l'atelier, la formatrice m'a conseillé de relire sa",
                         "bibliographie."),
}


def _with_wrap(before: str, tail: str, page: int) -> tuple:
    titles = {n: (TITLES[n], start) for n, start in STANDARD_STARTS.items()}
    base = titre_dossier(titles)
    lines = [block(before, page, 0.62), block(tail, page, 0.64)]
    blocks = sorted([*base.blocks, *lines], key=lambda b: (b.page, b.y))
    return doc(blocks, base.page_count)


@pytest.mark.parametrize("form", sorted(WRAPS))
@pytest.mark.parametrize("page", [13, 24])  # in part 2, in part 4
def test_a_wrapped_sentence_tail_is_not_a_boundary(form: str, page: int) -> None:
    before, tail = WRAPS[form]
    d = segment(_with_wrap(before, tail, page), TITRE)
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS
    assert d.annex_start == 42.0  # the real « Annexes » heading, top of page 43
    assert d.parts[2].pages == STANDARD_STARTS[3] - STANDARD_STARTS[2]
    assert d.parts[4].pages == STANDARD_STARTS[5] - STANDARD_STARTS[4]


def test_the_tail_wrapped_onto_the_next_page_is_not_a_boundary_either() -> None:
    titles = {n: (TITLES[n], start) for n, start in STANDARD_STARTS.items()}
    base = titre_dossier(titles)
    lines = [block("Le bilan de cet accompagnement est détaillé dans l'", 13, 0.95),
             block("annexe 5, que j'ai rédigée avec ma tutrice.", 14, 0.06, first=True)]
    blocks = sorted([*base.blocks, *lines], key=lambda b: (b.page, b.y, not b.first_on_page))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert d.annex_start == 42.0
    assert d.parts[2].pages == STANDARD_STARTS[3] - STANDARD_STARTS[2]


@pytest.mark.parametrize("before, heading", [
    ("Je remercie toute l'équipe de la Mission locale pour son accueil.", "Annexes"),
    ("Léa Martin", "ANNEXES"),  # a signature, then the annexes typed plainly
    ("Fait à Angers, le 3 juin 2026", "Annexe 1 : convention de stage"),
])
def test_a_plain_annex_heading_after_a_closed_line_still_opens_the_annexes(
        before: str, heading: str) -> None:
    titles = {n: (TITLES[n], start) for n, start in STANDARD_STARTS.items()}
    base = titre_dossier(titles, annex_page=None)
    lines = [block(before, 42, 0.9), block(heading, 43, 0.06, first=True),
             block("Convention de stage signée le 5 janvier 2026.", 43, 0.2)]
    blocks = sorted([*base.blocks, *lines], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert d.annex_start == 42.0
