"""A plan told in the introduction is not the parts, and a series of numbered headings
is (issue 8, item 6: headings only when they are unambiguous).

Candidates announce their plan in many ways before the first part (« Partie 1 : … /
Parties 2 et 3 : … », bullets, ordinals) and then title their parts with bold numbered
lines that need not repeat the rule set's words (« 2. MONSIEUR K. »). Each plan form
below is a different voice; the same parts must be found on the same pages.
"""

from __future__ import annotations

import pytest
from builders import STANDARD_STARTS, block, doc, filler, titre_dossier

from cipcheck.ruleset import load
from cipcheck.segmenter import segment

TITRE = load("cip-titre")
CCP2 = load("cip-ccp2")

# Bold numbered lines of the body size, in capitals or not, none with a part's words.
OWN_TITLES = {1: "1. LE GIP DE BÉTHUNE", 2: "2. MONSIEUR K.", 3: "3. Le projet de Mme T.",
              4: "4. « MON CV EN UNE HEURE »", 5: "5. SUR LE TERRAIN",
              6: "6. UN RECRUTEMENT DE CARISTES", 7: "7. L'ARRIVÉE DE SAMIA"}

PLANS = {
    "grouped": ["Partie 1 : la Maison de l'emploi.", "Parties 2 et 3 : deux accompagnements.",
                "Partie 4 : un atelier.", "Parties 5 à 7 : les actions avec les employeurs."],
    "bulleted": ["• Partie 1 – la structure ;", "• Parties 2 et 3 – deux personnes suivies ;",
                 "• Partie 4 – l'atelier ;", "• Parties 5, 6 et 7 – les employeurs."],
    "ordinals": ["- Première partie : le territoire et le GIP.",
                 "- Deuxième et troisième parties : deux parcours.",
                 "- Quatrième partie : un atelier collectif.",
                 "- Cinquième, sixième et septième parties : l'entreprise."],
    "romans": ["Partie I : ma structure d'accueil", "Parties II et III : les accompagnements",
               "Partie IV : l'atelier", "Parties V à VII : le travail avec les employeurs"],
}


def _with_plan(plan: list[str], **look: object) -> tuple:
    titles = {n: (OWN_TITLES[n], page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, **({"bold": True, "size": 11.0} | look))
    intro = [block("Mon dossier s'organise ainsi :", 3, 0.5)]
    intro += [block(line, 3, 0.55 + 0.03 * k) for k, line in enumerate(plan)]
    blocks = sorted([*base.blocks, *intro], key=lambda b: (b.page, b.y))
    return doc(blocks, base.page_count)


@pytest.mark.parametrize("form", sorted(PLANS))
def test_a_plan_in_the_introduction_does_not_open_the_parts(form: str) -> None:
    d = segment(_with_plan(PLANS[form]), TITRE)
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS
    assert d.duplicates == {} and d.out_of_order == ()
    assert d.parts[2].heading.block.text == OWN_TITLES[2]


def test_numbered_headings_without_the_parts_words_are_parts_as_a_series() -> None:
    titles = {n: (OWN_TITLES[n], page) for n, page in STANDARD_STARTS.items()}
    d = segment(titre_dossier(titles, bold=True, size=11.0), TITRE)
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS


def test_a_series_with_one_number_left_out_still_counts_and_the_gap_is_reported() -> None:
    titles = {n: (OWN_TITLES[n], page) for n, page in STANDARD_STARTS.items() if n != 5}
    d = segment(titre_dossier(titles, bold=True, size=11.0), TITRE)
    assert set(d.parts) == {1, 2, 3, 4, 6, 7}


def test_bold_numbered_steps_on_one_page_are_not_parts() -> None:
    # A CCP 2 dossier whose part headings are missing: the steps of a method listed in
    # bold on one page (1, 2, 3) must not be taken for its three parts.
    blocks = [block("Dossier professionnel – CCP 2", 1, 0.2, size=16, bold=True),
              block("Introduction", 2, 0.1, bold=True, size=14, first=True), *filler(2)]
    for k, step in enumerate(("1. Accueil et écoute", "2. Diagnostic partagé",
                              "3. Plan d'action signé")):
        blocks += [block(step, 4, 0.2 + 0.2 * k, bold=True), block("texte", 4, 0.3 + 0.2 * k)]
    for page in (3, 5, 6, 7, 8):
        blocks += filler(page)
    blocks.sort(key=lambda b: (b.page, b.y))
    assert segment(doc(blocks, 8), CCP2).parts == {}


def test_sub_headings_numbered_again_in_each_part_are_not_a_series() -> None:
    # Parts written « Partie N » in Heading 1, each with bold « 1. … 2. … » inside.
    titles = {n: (f"Partie {n} – Intitulé", page) for n, page in STANDARD_STARTS.items()}
    base = titre_dossier(titles, level=1)
    subs = [block(f"{k}. Sous-titre {k}", page + 1, 0.1 + 0.2 * k, bold=True)
            for page in STANDARD_STARTS.values() for k in (1, 2, 3)]
    blocks = sorted([*base.blocks, *subs], key=lambda b: (b.page, b.y))
    d = segment(doc(blocks, base.page_count), TITRE)
    assert {n: s.start_page for n, s in d.parts.items()} == STANDARD_STARTS
    assert d.duplicates == {}
