"""The reading layer: sentences across PDF lines, numbers in words, ordinals, views."""

from __future__ import annotations

from cipcheck.document import Block
from cipcheck.reading import read


def _pdf(*lines: str, page: int = 1) -> list[Block]:
    return [Block(text, page) for text in lines]


def test_a_sentence_runs_over_pdf_lines_but_not_docx_paragraphs() -> None:
    blocks = _pdf("La deuxième situation concerne M. F., 29 ans, ancien militaire, qui",
                  "souhaitait se reconvertir. Il a été reçu le 3 mars.")
    pdf = read(blocks, "pdf")
    assert [s.text for s in pdf] == [
        "La deuxième situation concerne M. F., 29 ans, ancien militaire, qui souhaitait "
        "se reconvertir.", "Il a été reçu le 3 mars."]
    assert pdf.sentences[0].blocks == (0, 1)
    docx = read(blocks, "docx")
    assert len(docx) == 3  # a paragraph never runs into the next one


def test_headings_table_cells_and_list_items_are_their_own_sentences() -> None:
    blocks = [Block("Entretien n°2 – 14 mars", 2, bold=True),
              Block("Nous avons repris le CV et", 2),
              Block("• préparé l'entretien d'embauche", 2),
              Block("PAE 1", 3, in_table=True), Block("70 h", 3, in_table=True)]
    r = read(blocks, "pdf")
    assert [s.text for s in r] == ["Entretien n°2 – 14 mars", "Nous avons repris le CV et",
                                   "• préparé l'entretien d'embauche", "PAE 1", "70 h"]
    assert r.sentences[0].heading and r.sentences[3].in_table and r.sentences[4].page == 3


def test_numbers_in_words_digits_and_ordinals_carry_their_value() -> None:
    r = read(_pdf("Deux périodes de quarante-deux heures, onze semaines à 35h, trois cents "
                  "heures, vingt et un jours ; le 3e et le troisième entretien."), "pdf")
    values = [(t.text, t.kind, t.value) for t in r.all_tokens()
              if t.kind in ("number", "ordinal")]
    assert values == [("Deux", "number", 2.0), ("quarante-deux", "number", 42.0),
                      ("onze", "number", 11.0), ("35", "number", 35.0),
                      ("trois cents", "number", 300.0), ("vingt et un", "number", 21.0),
                      ("3e", "ordinal", 3.0), ("troisième", "ordinal", 3.0)]
    unit = next(t for t in r.all_tokens() if t.text == "h")
    # "35h" is the number, then the unit as its own word.
    assert unit.kind == "word" and unit.start == r.sentences[0].text.index("35h") + 2


def test_initials_and_abbreviations_do_not_end_a_sentence() -> None:
    r = read(_pdf("Mme B. a signé le contrat (cf. annexe 3, p. 12). M. Rémi V. est venu."),
             "pdf")
    assert len(r) == 2
    words = [t.word for t in r.tokens_of(r.sentences[0])]
    assert words[0] == "madame"
    assert [t.word for t in r.tokens_of(r.sentences[1])][0] == "monsieur"


def test_view_keeps_the_sentences_of_some_blocks_and_pages_mid_sentence() -> None:
    blocks = _pdf("Premier bloc sur la page un qui continue", page=1) + \
        _pdf("sur la page deux. Autre phrase.", page=2) + _pdf("Troisième.", page=3)
    r = read(blocks, "pdf")
    first = r.sentences[0]
    assert r.page_at(first, first.text.index("deux")) == 2 and first.page == 1
    part = r.view(blocks[1:])
    assert [s.text for s in part] == ["Autre phrase.", "Troisième."]
    assert [t.stem for t in part.content_tokens()][:2] == ["autr", "phras"]
