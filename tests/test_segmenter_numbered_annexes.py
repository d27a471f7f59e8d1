"""The annexes' heading numbered after the parts, as a Word multilevel list renders it
(« 8. Annexes ») or as a candidate types it (« VIII – Annexes »): the annexes start there
(blind18: a compliant titre had its two annex pages counted in part 7, which failed)."""

from __future__ import annotations

import dataclasses

import pytest
from builders import STANDARD_STARTS, block, titre_dossier

from cipcheck.document import Document
from cipcheck.ruleset import load
from cipcheck.segmenter import segment

TITRE = load("cip-titre")


def _renamed_annexes(document: Document, title: str) -> Document:
    blocks = tuple(dataclasses.replace(b, text=title) if b.text == "Annexes" else b
                   for b in document.blocks)
    return dataclasses.replace(document, blocks=blocks)


@pytest.mark.parametrize("title", ["8. Annexes", "VIII – Annexes", "8) Annexes"])
def test_numbered_annexes_heading_opens_the_annexes(title: str) -> None:
    numbered = {n: (f"{n}. Intitulé de la partie", p) for n, p in STANDARD_STARTS.items()}
    d = segment(_renamed_annexes(titre_dossier(numbered, level=1), title), TITRE)
    assert d.annex_start is not None and d.annex_pages == 10.0
    assert d.parts[7].pages == 3.0


def test_a_numbered_list_line_about_an_annex_in_the_body_opens_nothing() -> None:
    numbered = {n: (f"{n}. Intitulé de la partie", p) for n, p in STANDARD_STARTS.items()}
    document = titre_dossier(numbered, level=1)
    listed = block("2. Annexe 3", 40, 0.6)  # a plain list line inside part 7
    blocks = tuple(sorted((*document.blocks, listed), key=lambda b: (b.page, b.y)))
    d = segment(dataclasses.replace(document, blocks=blocks), TITRE)
    assert d.annex_pages == 10.0 and d.parts[7].pages == 3.0
