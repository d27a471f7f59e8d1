"""Segmentation: parts found under the headings candidates write, never in the sommaire."""

from __future__ import annotations

import pytest
from builders import STANDARD_STARTS, block, doc, filler, titre_dossier

from cipcheck.ruleset import load
from cipcheck.segmenter import part_number, segment

TITRE = load("cip-titre")

FORMS = {
    "partie-n": "Partie {n} – Intitulé de la partie",
    "ordinal": "{ordinal} PARTIE : Intitulé de la partie",
    "n-partie": "{n}{suffix} partie : Intitulé de la partie",
    "roman": "Partie {roman} – Intitulé",
}
ORDINALS = ["PREMIÈRE", "DEUXIÈME", "TROISIÈME", "QUATRIÈME", "CINQUIÈME", "SIXIÈME", "SEPTIÈME"]
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII"]


def headings(form: str) -> dict[int, tuple[str, int]]:
    out = {}
    for n, page in STANDARD_STARTS.items():
        text = FORMS[form].format(n=n, ordinal=ORDINALS[n - 1], roman=ROMANS[n - 1],
                                  suffix="ère" if n == 1 else "e")
        out[n] = (text, page)
    return out


@pytest.mark.parametrize("form", sorted(FORMS))
def test_parts_found_in_every_heading_form_with_exact_start_pages(form: str) -> None:
    d = segment(titre_dossier(headings(form)), TITRE)
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS
    assert d.parts[1].pages == 7.0
    assert d.parts[7].pages == 3.0  # ends at the conclusion, not at the annexes


def test_sommaire_entries_are_front_matter_not_parts() -> None:
    d = segment(titre_dossier(headings("partie-n")), TITRE)
    assert d.toc_pages == (2,)
    assert d.front_matter_pages == (1, 2)
    assert all(s.start_page > 2 for s in d.parts.values())


def test_body_excludes_cover_sommaire_and_annexes() -> None:
    d = segment(titre_dossier(headings("partie-n")), TITRE)
    assert d.body_pages == 40.0  # pages 3 to 42
    assert d.annex_pages == 10.0  # pages 43 to 52


def test_count_front_matter_option_counts_cover_and_sommaire() -> None:
    rules = TITRE.model_copy(update={"pages": TITRE.pages.model_copy(
        update={"count_front_matter": True})})
    d = segment(titre_dossier(headings("partie-n")), rules)
    assert d.body_pages == 42.0


def test_part_starting_mid_page_has_fractional_pages() -> None:
    h = headings("partie-n")
    d0 = titre_dossier(h)
    blocks = [b for b in d0.blocks if b.text != h[3][0]]
    # Part 3 starts half-way down page 16 instead of at the top of page 17.
    blocks.append(block(h[3][0], 16, 0.5, size=14, bold=True))
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, d0.page_count), TITRE)
    assert d.parts[2].pages == pytest.approx(5.5, abs=0.01)
    assert d.parts[3].pages == pytest.approx(6.5, abs=0.01)
    assert d.parts[3].start_page == 16


def test_missing_part_is_not_guessed() -> None:
    h = headings("partie-n")
    del h[6]
    d = segment(titre_dossier(h), TITRE)
    assert 6 not in d.parts
    assert d.parts[5].pages == 9.0  # part 5 runs on to part 7: reported, not re-split


def test_out_of_order_parts_are_reported() -> None:
    h = headings("partie-n")
    h[2], h[3] = (h[2][0], 17), (h[3][0], 11)
    d = segment(titre_dossier(h), TITRE)
    assert d.out_of_order == (2,)


def test_duplicated_part_is_reported() -> None:
    d0 = titre_dossier(headings("partie-n"))
    blocks = list(d0.blocks) + [block("Partie 4 – Encore l'atelier", 26, 0.1, size=14,
                                      bold=True, first=True)]
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, d0.page_count), TITRE)
    assert [h.block.page for h in d.duplicates[4]] == [23, 26]


def test_running_text_mentioning_a_part_is_not_a_heading() -> None:
    d0 = titre_dossier(headings("partie-n"))
    blocks = list(d0.blocks) + [block(
        "partie 2 du parcours, la personne a repris contact avec la mission locale et nous "
        "avons fixé un nouveau rendez-vous pour faire le point sur ses démarches.", 8, 0.8)]
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, d0.page_count), TITRE)
    assert d.parts[2].start_page == 11


def test_numbered_heading_1_and_bare_competence_titles() -> None:
    h = {n: (f"{n}. Intitulé", p) for n, p in STANDARD_STARTS.items()}
    d = segment(titre_dossier(h, level=1), TITRE)
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS
    bare = {6: ("Apporter un appui technique aux employeurs en matière de recrutement", 35)}
    d = segment(titre_dossier(bare), TITRE)
    assert d.parts[6].start_page == 35


def test_sub_headings_are_not_parts() -> None:
    d0 = titre_dossier(headings("partie-n"))
    blocks = list(d0.blocks) + [block("1.1 La structure", 5, 0.1, bold=True, level=2),
                                block("2. Le territoire", 6, 0.1, bold=True, level=2)]
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, d0.page_count), TITRE)
    assert d.parts[2].start_page == 11


def test_annexe_headings_and_references() -> None:
    d = segment(titre_dossier(headings("partie-n"), annex_page=None, pages=42), TITRE)
    assert d.annex_start is None
    assert d.annex_pages == 0.0


@pytest.mark.parametrize("text,expected", [
    ("Partie 1 – Présentation", 1), ("PARTIE 2 : Accompagnement", 2), ("Partie III", 3),
    ("PREMIÈRE PARTIE", 1), ("Septième partie : intégration", 7), ("1ère partie", 1),
    ("2e partie", 2), ("3ème partie – Projet", 3), ("Partie n°4", 4), ("1re partie", 1),
])
def test_part_number_forms(text: str, expected: int) -> None:
    found = part_number(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("text", ["Particulièrement", "La partie prenante", "Partiel",
                                  "Parties prenantes du projet"])
def test_not_part_headings(text: str) -> None:
    assert part_number(text) is None


def test_filler_helper_is_running_text() -> None:
    assert all(not b.bold for b in filler(3))


def test_numbered_sub_headings_inside_worded_parts_are_not_parts() -> None:
    d0 = titre_dossier(headings("partie-n"))
    blocks = list(d0.blocks) + [
        block("1. Présentation de la structure", 4, 0.2, bold=True, size=12),
        block("2. Le territoire et ses acteurs", 6, 0.2, bold=True, size=12),
        block("3. Les acteurs du projet professionnel", 8, 0.2, bold=True, size=12)]
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, d0.page_count), TITRE)
    assert d.duplicates == {}
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS


def test_numbered_parts_keep_only_the_biggest_numbered_headings() -> None:
    h = {n: (f"{n}. Intitulé", p) for n, p in STANDARD_STARTS.items()}
    d0 = titre_dossier(h)  # 14 pt bold numbered headings, no heading styles (a PDF)
    blocks = list(d0.blocks) + [block("1. Contexte de la structure", 12, 0.5, bold=True)]
    blocks.sort(key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, d0.page_count), TITRE)
    assert d.parts[1].start_page == 4 and d.duplicates == {}


def test_plain_annex_title_at_the_top_of_a_page_is_found() -> None:
    d0 = titre_dossier(headings("partie-n"))
    blocks = [b if b.text != "Annexes" else block("ANNEXES", b.page, 0.1, first=True)
              for b in d0.blocks]
    d = segment(doc(blocks, d0.page_count), TITRE)
    assert d.annex_start == 42.0


def _with(extra: list, form: str = "partie-n"):  # type: ignore[no-untyped-def]
    d0 = titre_dossier(headings(form))
    blocks = list(d0.blocks) + extra
    blocks.sort(key=lambda b: (b.page, b.y))
    return doc(blocks, d0.page_count)


@pytest.mark.parametrize("lines", [
    ["Deuxième partie : le suivi. Elle raconte comment j'ai accompagné Mme B. et M. K."],
    ["Dans cette troisième partie, je présente les deux accompagnements menés."],
    ["Comme vu en partie 2, la personne avait besoin d'un cadre rassurant."],
])
def test_a_sentence_that_names_a_part_is_not_a_second_heading(lines: list[str]) -> None:
    extra = [block(t, 13, 0.4 + 0.03 * k) for k, t in enumerate(lines)]
    d = segment(_with(extra), TITRE)
    assert d.duplicates == {} and d.out_of_order == ()
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS


def _structure(document):  # type: ignore[no-untyped-def]
    from cipcheck.api import Options, check_document

    report = check_document(document, TITRE, Options(privacy=False))
    return {f.id: f for f in report.checks if f.id in ("structure.duplicate",
                                                       "structure.order")}


def test_a_plain_line_repeating_a_part_warns_with_both_places() -> None:
    from cipcheck.findings import Status

    # A plain (not bold, no heading style) short line on page 26 announces part 4 again.
    document = _with([block("Partie 4 – Retour sur l'atelier", 26, 0.5)])
    d = segment(document, TITRE)
    assert d.parts[4].start_page == 23 and d.parts[4].pages == 7.0  # not cut at page 26
    f = _structure(document)["structure.duplicate"]
    assert f.status is Status.WARN
    assert "page 23" in f.message and "page 26" in f.message
    assert "Retour sur l'atelier" in f.message


def test_a_repeated_part_heading_written_as_a_heading_fails() -> None:
    from cipcheck.findings import Status

    document = _with([block("Partie 4 – Encore l'atelier", 26, 0.1, size=14, bold=True,
                            first=True)])
    assert _structure(document)["structure.duplicate"].status is Status.FAIL


def test_parts_out_of_order_fail_on_headings_and_warn_on_plain_lines() -> None:
    from cipcheck.findings import Status

    h = headings("partie-n")
    h[2], h[3] = (h[2][0], 17), (h[3][0], 11)
    assert _structure(titre_dossier(h))["structure.order"].status is Status.FAIL
    # The same order, part headings typed as plain lines that run on into the text.
    plain = titre_dossier(h, bold=False, size=11.0)
    blocks = []
    for b in plain.blocks:
        blocks.append(b)
        if part_number(b.text) is not None and not b.is_toc and b.page > 2:
            blocks.append(block("suite du texte de la partie, en minuscules", b.page, 0.12))
    document = doc(blocks, plain.page_count)
    f = _structure(document)["structure.order"]
    assert f.status is Status.WARN and "page 11" in f.message and "page 17" in f.message


def test_a_pdf_line_that_opens_on_a_part_and_runs_on_only_warns() -> None:
    from cipcheck.findings import Status

    lines = ["Partie 2 : le suivi des personnes accompagnées, que j'ai mené avec ma tutrice et",
             "l'équipe de la structure pendant mes deux périodes de stage."]
    document = _with([block(t, 13, 0.4 + 0.03 * k) for k, t in enumerate(lines)])
    d = segment(document, TITRE)
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS
    assert d.parts[2].pages == 6.0
    assert _structure(document)["structure.duplicate"].status is Status.WARN
