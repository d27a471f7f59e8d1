"""Each pass of the segmenter on its own, on a few blocks as a CCP 2 dossier lays them out.

``test_segmenter.py`` proves the whole on complete dossiers; here each pass is pinned
alone so that a change to one shows where it broke.
"""

from __future__ import annotations

from builders import block, filler

from cipcheck.ruleset import load
from cipcheck.segmenter import (
    Heading,
    annexes,
    body_start,
    boundary_heading,
    candidate_headings,
    choose_parts,
    confirm_plain_parts,
    numbered_parts,
    out_of_order,
    part_spans,
)

CCP2 = load("cip-ccp2")


def heading(index: int, text: str, page: int, number: int | None = None, kind: str = "part",
            how: str = "partie-n", *, sure: bool = True, **look: object) -> Heading:
    b = block(text, page, first=True, **look)  # type: ignore[arg-type]
    return Heading(index, number, kind, how, b, text, sure=sure)


def test_candidates_skip_the_sommaire_and_read_each_way_of_titling() -> None:
    blocks = tuple([
        block("Dossier professionnel – CCP 2", 1, 0.2, size=16, bold=True),
        block("Sommaire", 2, 0.1, bold=True),
        block("Partie 1 – Contractualisation et suivi .......... 3", 2, 0.2, toc=True),
        block("PREMIÈRE PARTIE : le suivi d'un parcours", 3, 0.1, size=14, bold=True),
        *filler(3),
        block("2. Élaboration du projet professionnel", 5, 0.1, bold=True, level=1),
        *filler(5),
        block("CONCEPTION ET ANIMATION D'UN ATELIER THÉMATIQUE", 7, 0.1, bold=True),
        block("Conclusion", 9, 0.1),
        block("Annexes", 10, 0.0, first=True),
    ])
    found = candidate_headings(blocks, (1, 2), CCP2, 11.0)
    got = [(h.number, h.kind, h.how, h.block.page) for h in found.headings]
    assert got == [(1, "part", "ordinal", 3), (2, "part", "numbered-heading", 5),
                   (3, "part", "title", 7), (None, "conclusion", "conclusion", 9),
                   (None, "annexes", "annexes", 10)]
    assert found.alone == frozenset()


def test_candidates_leave_a_part_named_inside_a_sentence() -> None:
    blocks = (block("Deuxième partie : le suivi. Elle raconte comment j'ai travaillé.", 4),
              block("Partie 3", 6, 0.1))
    found = candidate_headings(blocks, (), CCP2, 11.0)
    # The sentence is body text; the plain « Partie 3 » line alone on its line is kept,
    # not sure, and remembered as standing alone.
    assert [(h.number, h.sure) for h in found.headings] == [(3, False)]
    assert found.alone == frozenset({1})


def test_one_boundary_branch_keeps_a_wrapped_heading_whole() -> None:
    head = block("Conclusion", 9, 0.1, bold=True, size=14)
    h = boundary_heading(4, head, "Conclusion générale", looks=True)
    assert h is not None and (h.kind, h.title) == ("conclusion", "Conclusion générale")
    # A plain « Annexes » at the top of its page opens the annexes; a long plain line
    # that starts with the word does not.
    assert boundary_heading(0, block("Annexes", 12, first=True), "Annexes", False) is not None
    long_line = "Annexes jointes au dossier pour illustrer le propos de la deuxième partie"
    assert boundary_heading(0, block(long_line, 12, 0.5), long_line, False) is None
    # « Conclusion de l'accompagnement » is a sub-heading inside a part.
    sub = "Conclusion de l'accompagnement"
    assert boundary_heading(0, block(sub, 6, bold=True), sub, True) is None


def test_numbered_parts_drop_bare_numbers_once_parts_are_worded() -> None:
    heads = [heading(0, "Partie 1 – Le suivi", 3, 1, size=14, bold=True),
             heading(1, "1. Présentation de la structure", 3, 1, how="numbered-heading",
                     bold=True),
             heading(5, "Partie 2 – Le projet", 6, 2, size=14, bold=True),
             heading(9, "Conclusion", 9, None, "conclusion", "conclusion")]
    kept = numbered_parts(heads, page_count=12)
    assert [h.index for h in kept] == [0, 5, 9]


def test_numbered_parts_drop_a_plan_listed_in_the_introduction() -> None:
    # Two part lines one below the other on the introduction's page, counting up.
    plan = [Heading(1, 1, "part", "ordinal", block("Première partie : le suivi", 2, 0.3),
                    sure=False),
            Heading(2, 2, "part", "ordinal", block("Deuxième partie : le projet", 2, 0.35),
                    sure=False)]
    real = [heading(8, "Partie 1 – Le suivi", 3, 1, bold=True),
            heading(20, "Partie 2 – Le projet", 6, 2, bold=True)]
    assert [h.index for h in numbered_parts(plan + real, 12)] == [8, 20]


def test_annexes_open_after_the_last_part_and_cut_the_headings() -> None:
    heads = [heading(0, "Annexe 1 : grille", 1, None, "annexes", "annexes"),
             heading(3, "Partie 1", 3, 1), heading(9, "Partie 2", 6, 2),
             heading(15, "Annexes", 10, None, "annexes", "annexes"),
             heading(16, "Annexe 2 : compte rendu", 11, None, "annexes", "annexes")]
    annex, before = annexes(heads, front_end=1.0)
    assert annex is not None and annex.index == 15
    assert [h.index for h in before] == [0, 3, 9, 15]
    # With a part after every « annexes » line (a mention in the text), no annexes.
    mention = heading(12, "Annexes", 8, None, "annexes", "annexes")
    late = heading(14, "Partie 3", 9, 3)
    none, same = annexes([*heads[1:3], mention, late], front_end=1.0)
    assert none is None and [h.index for h in same] == [3, 9, 12, 14]


def test_plain_part_lines_are_sure_only_when_no_part_is_styled() -> None:
    plain = [heading(2, "Partie 1", 3, 1, sure=False), heading(7, "Partie 2", 6, 2, sure=False)]
    assert all(h.sure for h in confirm_plain_parts(plain, frozenset({2, 7})))
    mixed = [heading(2, "Partie 1", 3, 1), plain[1]]
    assert [h.sure for h in confirm_plain_parts(mixed, frozenset({7}))] == [True, False]


def test_choice_keeps_the_first_and_reports_repeats() -> None:
    heads = [heading(2, "Partie 1", 3, 1), heading(6, "Partie 2", 5, 2),
             heading(9, "Partie 2", 7, 2), heading(11, "Partie 9", 8, 9),
             heading(12, "projet professionnel", 8, 2, how="title")]
    choice = choose_parts(heads, CCP2)
    assert [h.index for h in choice.chosen] == [2, 6]
    # Both announcements of part 2, the chosen one included; the title match and the
    # number the rule set does not have are neither parts nor duplicates.
    assert {n: [h.index for h in hs] for n, hs in choice.duplicates.items()} == {2: [6, 9]}


def test_a_plain_line_losing_to_a_heading_is_reported_but_ends_nothing() -> None:
    styled = heading(2, "Partie 1 – Le suivi", 3, 1)
    echo = Heading(5, 1, "part", "partie-n", block("Partie 1", 4, 0.5), sure=False)
    second = heading(9, "Partie 2 – Le projet", 6, 2)
    heads = [styled, echo, second]
    choice = choose_parts(heads, CCP2)
    assert [h.index for h in choice.chosen] == [2, 9]
    assert [h.index for h in choice.duplicates[1]] == [2, 5]
    spans = part_spans(choice, heads, end_of_body=10.0)
    assert (spans[1].start, spans[1].end) == (2.0, 5.0)  # to part 2, not to the echo
    assert (spans[2].start, spans[2].end) == (5.0, 10.0)


def test_out_of_order_names_the_late_numbers() -> None:
    heads = [heading(2, "Partie 1", 3, 1), heading(5, "Partie 3", 5, 3),
             heading(9, "Partie 2", 7, 2)]
    assert out_of_order(heads) == (2,)
    in_order = [heading(2, "Partie 1", 3, 1), heading(5, "Partie 2", 5, 2),
                heading(9, "Partie 3", 7, 3)]
    assert out_of_order(in_order[::-1]) == ()  # document order, not list order
    swapped = [heading(2, "Partie 2", 3, 2), heading(5, "Partie 1", 5, 1),
               heading(9, "Partie 3", 7, 3)]
    assert out_of_order(swapped) == (1,)


def test_body_starts_after_cover_and_sommaire_unless_counted() -> None:
    assert body_start((1, 2), CCP2) == 2.0
    assert body_start((), CCP2) == 0.0
    counted = CCP2.model_copy(update={"pages": CCP2.pages.model_copy(
        update={"count_front_matter": True})})
    assert body_start((1, 2), counted) == 0.0
