"""Personal data of the eleventh privacy round, read by mechanism rather than by form:

- a full name whose given name is rare or in no list and whose surname is not among
  INSEE's common surnames, but shaped like a surname of the countries many accompanied
  persons come from (« Umarov », « Dumitrescu », « Papadopoulos »), or said as a meeting
  held with someone (« l'entretien avec X ») or as what only a person does (« X s'est
  présentée », « X cherche un emploi »)."""

from __future__ import annotations

import pytest
from builders import block

from cipcheck.privacy import scan


def _kinds(paragraphs: list[str], front: list[str] | None = None) -> dict[str, set[str]]:
    """Distinct values per kind, one block per paragraph (a DOCX body)."""
    blocks = [block(t, 3, 0.1 + 0.05 * i) for i, t in enumerate(paragraphs)]
    cover = [block(t, 1, 0.1 + 0.05 * i) for i, t in enumerate(front or [])]
    out: dict[str, set[str]] = {}
    for loc in scan(blocks, cover):
        out.setdefault(loc.hit.kind, set()).add(loc.hit.value)
    return out


# --- names from abroad --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # A given name in no list, a surname shaped like one from abroad, a person's frame.
    "Je rencontre Dzhamal Umarov pour la deuxième fois, cette fois sans interprète.",
    "Lors du bilan, Ravshan Tursunov s'est présenté avec son projet de chauffeur.",
    "Dimitrios Papadopoulos a trouvé un emploi de serveur dans une brasserie du port.",
    "Le dossier de Aygerim Nurbekova était incomplet : il manquait l'attestation CAF.",
    "Mardi, Tamaz Gelashvili m'a montré la traduction de son diplôme de soudeur.",
    # A rare given name with a shaped surname, wherever it stands.
    "Ioana Dumitrescu souhaite faire reconnaître son diplôme d'infirmière.",
    "J'ai préparé la simulation d'entretien pour Ardita Hoxhaj et Ruslan Ibragimov.",
    # A meeting held with someone, a rare given name and a surname in no list.
    "Le premier entretien avec Tsiory Rakotoarisoa a eu lieu en visio depuis Tamatave.",
    "Rendez-vous avec Ardit Krasniqi le 14 mars : point sur la recherche de stage.",
])
def test_a_name_from_abroad_is_read_from_its_shape_or_its_frame(text: str) -> None:
    assert len(_kinds([text]).get("name", set())) >= 1


@pytest.mark.parametrize("text", [
    # Shapes that are not people: a town, a brand, a composer, a structure met with.
    "La session de recrutement a eu lieu à Royan, dans les locaux de l'agence.",
    "Il utilise l'antivirus Kaspersky Premium sur l'ordinateur prêté par l'association.",
    "Elle écoute du Tchaïkovski et lit Dostoïevski le soir pour travailler son français.",
    "L'entretien avec Pôle Emploi Mazargues a été reporté à la semaine suivante.",
    "Rendez-vous avec Action Logement le 3 mai pour le dossier de garantie Visale.",
    "Le bilan avec Cap Emploi a confirmé l'orientation vers une formation qualifiante.",
    "Je l'ai orientée vers Solidarité Ukraine, une association d'entraide de Lviv.",
])
def test_shapes_and_meetings_that_are_no_person(text: str) -> None:
    assert "name" not in _kinds([text])


def test_a_shaped_surname_of_the_candidate_is_kept_apart() -> None:
    cover = ["Dossier professionnel", "Candidate : Oksana Melnychuk", "Session 2025"]
    text = "Je m'appelle Oksana Melnychuk et je suis stagiaire CIP à Lyon."
    assert "name" not in _kinds([text], cover)


# --- phone numbers typed with wide separators ---------------------------------------


@pytest.mark.parametrize("text,digits", [
    ("Mme K. : 06  12  34  56  78 (un PDF justifié double les espaces)", "0612345678"),
    ("Portable de Mme K. : 06 - 12 - 34 - 56 - 78, à rappeler lundi.", "0612345678"),
    ("Son numéro : 07 / 81 / 22 / 45 / 90, noté sur la fiche d'accueil.", "0781224590"),
    ("Le numéro de M. B. est le 07. 81. 22. 45. 90 ; il préfère les SMS.", "0781224590"),
    ("Sa sœur, en Belgique, le joint au +33  6  45  12  78  90.", "0645127890"),
])
def test_a_number_typed_with_wide_separators(text: str, digits: str) -> None:
    assert _kinds([text]).get("phone") == {digits}


@pytest.mark.parametrize("text", [
    "Horaires de l'atelier : 09 - 12 / 14 - 17 / 09 - 12 le samedi.",
    "Du 06 / 01 / 2025 au 14 / 02 / 2025, stage en entreprise chez un paysagiste.",
    "Le standard de la Mission locale : 05  55  12  34  56, du lundi au vendredi.",
])
def test_wide_separators_that_are_no_persons_number(text: str) -> None:
    assert "phone" not in _kinds([text])


# --- addresses up to their postcode line ---------------------------------------------


@pytest.mark.parametrize("text", [
    # Whatever names the place between a word of living and the postcode line.
    "Mme T. habite quartier Bellevue, 97150 Saint-Martin, dans une case en tôle.",
    "Elle réside Les Hauts de Bel Air, 97412 Bras-Panon, avec ses trois enfants.",
    "Adresse : Le Bourg, 23200 Aubusson — pas de bus avant 8 h.",
    "Adresse : La Guérinière – 85680 La Guérinière",
    "Sa nouvelle adresse : Résidence du Parc, entrée 3, 69120 Vaulx-en-Velin.",
    "Il vit dans un mobil-home au camping Les Pins, route de la Plage, 40200 Mimizan.",
    # « lieu dit » without its hyphen; a road without a number after a word of living.
    "Il vit au lieu dit Kerléo, 56300 Pontivy, à huit kilomètres de la gare.",
    "Elle est hébergée chemin de la Croix-Blanche à Saint-Priest chez son oncle.",
    "Il loge quai de la Fosse depuis sa sortie du foyer.",
])
def test_an_address_read_up_to_its_postcode_line(text: str) -> None:
    assert len(_kinds([text]).get("address", set())) == 1


@pytest.mark.parametrize("text", [
    # A town or a region with its postcode; a structure's premises; a structure's card.
    "Elle vit à Lyon, 69003, depuis son divorce.",
    "Elle habite en Seine-Saint-Denis, 93200 Saint-Denis, depuis 2019.",
    "Il vit dans la région, 33000 Bordeaux, avec sa mère.",
    "Il réside au foyer Les Tilleuls, 59000 Lille, depuis janvier.",
    "Adresse : Mission Locale du Bassin, 59300 Valenciennes",
    "Adresse : CCAS de Guéret – 23000 Guéret",
])
def test_a_town_or_a_structure_before_a_postcode_is_no_address(text: str) -> None:
    assert "address" not in _kinds([text])


def test_a_birth_date_in_brackets_after_its_label() -> None:
    text = "Sa date de naissance (12/11/1983) figure sur le titre de séjour qu'elle m'a montré."
    assert _kinds([text]).get("birth_date") == {"12/11/1983"}


@pytest.mark.parametrize("text", [
    "Mme D.\n3 rue Émile Zola\nAppartement 21\n76600 Le Havre",
    "Fiche de liaison — M. R., 8 allée des Pins, bât. C, 2e étage, 35000 Rennes.",
    "Coordonnées de la jeune : 14 avenue Foch, escalier B, porte 12 – 69006 Lyon.",
])
def test_a_flat_or_a_floor_between_the_street_and_the_postcode(text: str) -> None:
    assert len(_kinds([text]).get("address", set())) == 1
