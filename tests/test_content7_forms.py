"""An OPS mémoire whose mandatory content (« devant comporter ») is absent, only named as
not done, or only a title over a placeholder (issue 8, part 4, seventh round).

Each form has variants in several voices: named as not done in literary French (« n'a pu
être réalisée »), as a label (« Cartographie : non réalisée »), as a regret (« j'aurais
aimé présenter »), as the means that was missing (« pas eu accès aux données pour la
monographie »); a title over « En cours » or « (à compléter) » (fails), over nothing or
« Cf. annexe » (a picture may be there: warns); partners named elsewhere are no map when
the map is said not done. A compliant mémoire's content keeps being found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
import content_accuracy  # noqa: E402
from content_state import item_state  # noqa: E402

STRUCTURE = ("# Présentation de la structure\n\nL'association Cap Avenir, située à Agen, "
             "accompagne des allocataires du RSA. Elle travaille avec de nombreux "
             "partenaires : la CAF, France Travail, les associations caritatives.")


_state = item_state  # (text, item, table=False): ops-memoire


@pytest.mark.parametrize("sentence", [
    "Faute de temps, la cartographie n'a pu être réalisée.",
    "Cartographie : non réalisée.",
    "J'aurais aimé présenter une cartographie des partenaires, mais le stage était court.",
    "Nous n'avons pas réalisé de cartographie du réseau partenarial.",
    "La cartographie du réseau ne peut être présentée : elle n'a pu être dessinée.",
])
def test_a_map_named_as_not_done_fails_even_with_partners_named_elsewhere(
        sentence: str) -> None:
    assert _state(f"{STRUCTURE}\n\n# Le réseau\n\n{sentence}", "cartographie") == "absent"


@pytest.mark.parametrize("placeholder", ["En cours.", "(à compléter)", "À venir",
                                         "Non réalisée", "en cours de rédaction"])
def test_a_title_over_a_placeholder_fails(placeholder: str) -> None:
    text = (f"# 2. Cartographie du réseau des partenaires\n\n{placeholder}\n\n"
            "# 3. L'action\n\nUn atelier de quatre séances pour six personnes.")
    assert _state(text, "cartographie") == "absent"


@pytest.mark.parametrize("under", ["", "Cf. annexe.\n\n", "Voir annexe 2\n\n"])
def test_a_title_over_nothing_or_an_annex_reference_warns(under: str) -> None:
    # The map may be a picture: never a failure.
    text = (f"# 2. Cartographie du réseau des partenaires\n\n{under}"
            "# 3. L'action\n\nUn atelier de quatre séances pour six personnes.")
    assert _state(text, "cartographie") == "partial"


@pytest.mark.parametrize("text", [
    "# Cartographie des partenaires\n\nLa mission locale au centre, France Travail et "
    "la CAF en première couronne, les organismes de formation en deuxième.",
    "# 2. Cartographie du réseau\n\nLes partenaires de l'emploi\n\nFrance Travail, "
    "Cap emploi, les agences d'intérim.",
])
def test_a_title_over_its_text_is_found(text: str) -> None:
    assert _state(text, "cartographie") == "found"


def test_a_turn_to_what_was_done_near_the_denial_warns() -> None:
    text = ("# Le réseau\n\nLa cartographie n'a pas pu être dessinée. Voici cependant la "
            "liste des partenaires de la structure : CAF, CCAS, France Travail.")
    assert _state(text, "cartographie") == "partial"


@pytest.mark.parametrize("text", [
    "Je n'ai pas eu accès aux données pour la monographie : le dossier était "
    "confidentiel. Les freins du public sont surtout la langue.",
    "La monographie reste à écrire : j'ai choisi Mme T., mais je n'ai pas encore "
    "rassemblé les éléments de son parcours. Ses freins sont nombreux.",
    "Nous n'avons trouvé personne pour la monographie. Le public a des difficultés "
    "de logement.",
])
def test_a_monographie_named_as_not_done_fails(text: str) -> None:
    assert _state(text, "monographie") == "absent"


def test_a_wish_in_the_past_conditional_about_what_exists_is_a_limitation() -> None:
    text = ("# Cartographie des partenaires\n\nJ'ai dessiné la carte des partenaires "
            "(annexe 1). J'aurais aimé présenter une cartographie plus complète.")
    assert _state(text, "cartographie") == "found"


def test_literary_negation_is_not_a_restriction() -> None:
    text = ("# Le réseau\n\nJe n'ai pu que compléter la cartographie des partenaires "
            "commencée par ma tutrice : elle figure en annexe 2.")
    assert _state(text, "cartographie") == "found"


def test_content7_cases_meet_target() -> None:
    """The tuning cases of tests/fixtures/content/content7 (the blind third in
    content7_blind is scored by the bench only)."""
    tally, errors = content_accuracy.content_scores(False, content_accuracy.SETS["content7"])
    # The bench's gate: one known miss is left (the public's « parcours professionnels »
    # and « freins » read as a portrait — see the content7 note).
    assert tally["tp"] / (tally["tp"] + tally["fp"]) >= 0.95, errors
    assert tally["tp"] / (tally["tp"] + tally["fn"]) >= 0.95, errors
    assert tally["tp"] + tally["tn"] >= 40


@pytest.mark.parametrize("sentence", [
    "Il travaille en lien avec France Travail pour le recrutement.",
    "Il s'appuie sur ses partenaires pour orienter les personnes qu'il reçoit, souvent "
    "des seniors ou des allocataires du RSA.",
    "Les conseillers entretiennent des liens avec les acteurs du territoire.",
])
def test_partners_told_in_one_breath_are_no_map(sentence: str) -> None:
    text = ("# La structure\n\nLe chantier d'insertion Les Jardins, à Blois, emploie douze "
            f"salariés en parcours. {sentence}")
    assert _state(text, "cartographie") != "found"


@pytest.mark.parametrize("text", [
    "Autour de l'association gravitent de nombreux intervenants : le PLIE, la Mission "
    "locale, l'assistante sociale de secteur et les employeurs du bâtiment.",
    "La Mission locale ne travaille jamais seule. En amont, les lycées, la PJJ et les "
    "CCAS lui adressent des jeunes ; France Travail partage ses offres.",
])
def test_partners_listed_around_the_structure_are_a_map(text: str) -> None:
    assert _state(f"# Le réseau\n\n{text}", "cartographie") == "found"


def test_a_title_over_a_table_of_partners_is_a_map() -> None:
    text = ("# Les partenaires de la structure\n\nPartenaire | Apport\nCCAS | aides\n"
            "Département | financement\nGRETA | formation")
    assert _state(text, "cartographie", table=True) == "found"


@pytest.mark.parametrize("text", [
    "# Les partenaires\n\n- France Travail : oriente les demandeurs d'emploi.\n"
    "- Mission locale : adresse les moins de 26 ans.\n- CCAS : aide alimentaire.",
    "# Qui travaille avec qui\n\nLe chantier oriente ses salariés vers la mission locale "
    "pour les jeunes, vers le CMP pour la santé et vers l'auto-école sociale ; en retour, "
    "France Travail lui envoie des candidats.",
])
def test_partners_listed_under_a_title_or_by_orientation_are_a_map(text: str) -> None:
    assert _state(text, "cartographie") == "found"


def test_a_monographie_taken_up_by_a_pronoun_as_not_written_fails() -> None:
    text = ("Concernant la monographie, je n'ai pas eu le temps de la rédiger. J'ai suivi "
            "un jeune homme dont les freins étaient nombreux.")
    assert _state(text, "monographie") == "absent"


def test_a_monographie_told_without_its_name_is_found() -> None:
    text = ("# L'histoire de Karim\n\nKarim, 31 ans, a quitté l'école à seize ans. Je "
            "retrace son parcours, puis j'analyse ses freins : la langue écrite, la santé.")
    assert _state(text, "monographie") == "found"


@pytest.mark.parametrize("text", [
    "# Les partenaires\n\nLes partenaires de l'association sont nombreux. Le CCAS oriente "
    "les familles. La CAF finance le poste. France Travail envoie des candidats.",
    "Mon tuteur entretient des liens étroits avec les acteurs du bassin d'emploi : "
    "employeurs, organismes de formation, services sociaux.",
    "# Partenaires\n\nCCAS : aides d'urgence. CAF : prestations. France Travail : offres. "
    "Mission locale : jeunes.",
])
def test_partners_told_in_short_sentences_or_labels_are_a_map(text: str) -> None:
    # Compliant descriptions of the network: never a failure.
    assert _state(text, "cartographie") == "found"
