"""Personal data of the tenth privacy round, read by mechanism rather than by form:

- a birth told with where it happened between « né(e) » and the date, a label followed
  by an age or a comma, a table whose column header says « Date de naissance »;
- a surname that opens with its particle after a civility (« Mme Le Goff ») is a surname,
  not a given name and a surname; a form's « M. DIALLO, Ousmane »; a writer named after
  what they wrote (« une phrase d'Annie Ernaux »); a list of people is not an apposition;
  a table column headed « Signature du bénéficiaire »;
- an address given after a colon as someone's (« son adresse pour le courrier de la MDPH :
  … ») or as the home visited; the parts of one flat and its street are one address; a
  meeting held in a structure's premises is not a person's address."""

from __future__ import annotations

import pytest
from builders import block

from cipcheck.privacy import scan


def _kinds(paragraphs: list[str]) -> dict[str, set[str]]:
    """Distinct values per kind, one block per paragraph (a DOCX body)."""
    blocks = [block(t, 3, 0.1 + 0.05 * i) for i, t in enumerate(paragraphs)]
    out: dict[str, set[str]] = {}
    for loc in scan(blocks, []):
        out.setdefault(loc.hit.kind, set()).add(loc.hit.value)
    return out


def _table(rows: list[list[str]]) -> dict[str, set[str]]:
    """A DOCX table: one block per cell, the cells of a row on one height."""
    blocks = [block(cell, 4, 0.2 + 0.04 * r, table=True)
              for r, row in enumerate(rows) for cell in row]
    out: dict[str, set[str]] = {}
    for loc in scan(blocks, []):
        out.setdefault(loc.hit.kind, set()).add(loc.hit.value)
    return out


# --- birth dates ----------------------------------------------------------------------


@pytest.mark.parametrize("text,date", [
    # Where, then when: a town, a country, brackets, commas.
    ("Mme B., née à Casablanca (Maroc) le 3 mars 1985, est arrivée en France à vingt ans.",
     "03/03/1985"),
    ("M. K. est né au Sénégal le 12/05/1990 et vit à Rennes depuis 2016.", "12/05/1990"),
    ("Née à Pointe-à-Pitre, en Guadeloupe, le 17 juin 1994, elle a grandi à Sarcelles.",
     "17/06/1994"),
    ("Il est né en Algérie le 1er janvier 1970, « comme beaucoup de gars de la cité ».",
     "01/01/1970"),
    ("Sa fille a vu le jour le 8 août 2019 à la maternité de Roubaix.", "08/08/2019"),
    # A label, then a comma or an age before the date.
    ("Sa date de naissance, le 21 novembre 1999, ne figurait pas sur la prescription.",
     "21/11/1999"),
    ("Âge / date de naissance : 27 ans, 21/11/1999 — orientée par le CCAS.", "21/11/1999"),
])
def test_a_birth_told_with_its_place_or_after_its_label(text: str, date: str) -> None:
    assert _kinds([text]).get("birth_date") == {date}


@pytest.mark.parametrize("text", [
    # A clause that goes on after the place: the date is another event's.
    "Née à Lille et embauchée le 12 mars 2020 chez un transporteur, elle a tenu six ans.",
    "Il est né à Lens ; le 12 mars 2020 il a signé son premier CDI.",
    # A thing born, not a person.
    "L'association, née à Lens le 3 mars 1998, compte aujourd'hui douze salariés.",
    "Elle ne vient pas le 12 mars 2024 : elle a son audience au tribunal.",
])
def test_a_date_after_a_place_that_is_not_a_birth(text: str) -> None:
    assert "birth_date" not in _kinds([text])


def test_a_table_column_headed_birth_date() -> None:
    found = _table([["NOM", "Prénom", "Date de naissance", "Prescripteur"],
                    ["MARTIN", "Julie", "12/03/1990", "Mission locale"],
                    ["DURAND", "Paul", "04/07/1988", "France Travail"]])
    assert found["birth_date"] == {"12/03/1990", "04/07/1988"}


def test_a_pasted_grid_column_headed_born_on() -> None:
    found = _kinds(["Bénéficiaire | Né(e) le | Statut\nM. K. | 12/03/1990 | réalisé\n"
                    "Mme T. | 30/11/2001 | reporté"])
    assert found["birth_date"] == {"12/03/1990", "30/11/2001"}


def test_a_column_of_meeting_dates_is_no_birth_date() -> None:
    found = _table([["Date", "Objet", "Durée", "Suite"],
                    ["12/01/2026", "Accueil", "1h00", "réalisé"],
                    ["26/01/2026", "Contrat d'engagement", "45 min", "reporté"]])
    assert "birth_date" not in found


def test_a_structures_address_under_an_address_column() -> None:
    found = _table([["Partenaire", "Adresse", "Téléphone"],
                    ["CCAS de Lens", "5 place Jean Jaurès, 62300 Lens", "03 21 00 00 00"]])
    assert "address" not in found


# --- names ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # A surname with its particle, no given name: not a full name where initials are not
    # the dossier's way.
    "J'ai envoyé le CV de Mme Le Goff à la responsable de la blanchisserie.",
    "M. De Souza est revenu me voir avec son attestation de formation.",
    "Madame La Rocca m'a rappelée deux fois dans la semaine.",
])
def test_a_particle_opens_a_surname_after_a_civility(text: str) -> None:
    assert "name" not in _kinds([text])


@pytest.mark.parametrize("text", [
    "Bénéficiaire : M. DIALLO, Ousmane — 34 ans — titre de séjour depuis janvier.",
    "Orientée par le SPIP : Mme KONATÉ, Aminata (suivi depuis 2024).",
    "Reçu ce jour M. Lefebvre, Nicolas, pour la signature du contrat.",
])
def test_a_civility_surname_comma_given_name(text: str) -> None:
    assert len(_kinds([text]).get("name", set())) == 1


@pytest.mark.parametrize("text,count", [
    ("Un soir, j'ai relu une phrase d'Annie Ernaux sur la honte sociale, et j'ai pensé à "
     "M. W.", 0),
    ("Les écrits de Paulo Freire sur l'éducation populaire m'ont aidée à construire "
     "l'atelier.", 0),
    # A person's own words are not a writer's.
    ("Une phrase de Léa Martin m'a marquée : « je veux juste travailler ».", 1),
    ("[Zone de texte] Témoignage de Fatoumata Camara, 34 ans : « j'ai ma phrase prête ».", 1),
])
def test_a_writer_named_after_what_they_wrote(text: str, count: int) -> None:
    assert len(_kinds([text]).get("name", set())) == count


@pytest.mark.parametrize("text,count", [
    # A list of the people around the table: the role is the next item, not the name's.
    ("Autour de la table, il y avait Mathis Guérin, son chef d'atelier, la gérante de la "
     "menuiserie, et moi.", 1),
    ("Étaient présents Jordan Petit, sa référente, le directeur du chantier et moi-même.", 1),
    # An apposition: the role is the name's.
    ("Sabine Rocher, ma tutrice, m'a présentée à toute l'équipe.", 0),
    ("J'ai rencontré M. Durand, directeur de l'agence, et Mme Roux, sa collègue.", 0),
])
def test_a_list_of_people_is_not_an_apposition(text: str, count: int) -> None:
    assert len(_kinds([text]).get("name", set())) == count


def test_a_signature_table_names_the_person_under_its_column() -> None:
    found = _table([["Signature du bénéficiaire", "Signature du conseiller"],
                    ["Karim Haddou", "la CIP stagiaire"]])
    assert len(found.get("name", set())) == 1


def test_a_role_in_the_cell_on_the_left_still_makes_a_professional() -> None:
    assert "name" not in _table([["Tuteur", "Pascal Lefèvre"]])


# --- addresses ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Elle m'a donné son adresse pour le courrier de la MDPH : résidence Les Iris, "
    "bâtiment C, appartement 42, 3 allée des Peupliers, 61000 Alençon.",
    "Il m'a laissé sa nouvelle adresse pour les convocations du tribunal : 5 impasse des "
    "Lilas, 59000 Lille.",
    "La visite à domicile, je m'en souviens : 14 rue des Tanneurs, à Vierzon, une maison "
    "étroite avec des volets bleus.",
    "Entretien au domicile, comme convenu : 2 bis chemin des Vignes, 33500 Libourne.",
])
def test_an_address_given_after_a_colon_as_someones(text: str) -> None:
    assert len(_kinds([text]).get("address", set())) == 1


@pytest.mark.parametrize("text", [
    "Adresse : Résidence Les Tilleuls, bât. C, apt 24, 10 avenue Jean-Jaurès, 08000 "
    "Charleville-Mézières",
    "Domicile : cité Karl-Marx, bâtiment B, app. 7, 12 allée Romain-Rolland, 94400 Vitry.",
])
def test_a_flat_and_its_street_are_one_address(text: str) -> None:
    assert len(_kinds([text])["address"]) == 1


@pytest.mark.parametrize("text", [
    "Les entretiens se tenaient au bureau 3, rez-de-chaussée de la Maison France Services, "
    "1 place du Marché, 23400 Bourganeuf.",
    "Les ateliers se tenaient dans nos bureaux, 8 rue de la Gare, 19200 Ussel.",
])
def test_a_meeting_held_in_a_structures_premises(text: str) -> None:
    assert "address" not in _kinds([text])


@pytest.mark.parametrize("text,count", [
    # A role, its complement, then the name in apposition: a professional.
    ("La psychologue du travail Anne Morel a reçu M. B. deux fois en mars.", 0),
    ("Le chargé de relations entreprises Hervé Gallais a trouvé le poste.", 0),
    # The complement names the person: the name is the accompanied one.
    ("La référente du jeune Kevin Martin m'a appelée le lendemain.", 1),
    ("La référente de Kevin Martin m'a appelée le lendemain.", 1),
    ("La conseillère a reçu Anne Morel hier après-midi.", 1),
])
def test_a_role_phrase_before_a_name(text: str, count: int) -> None:
    assert len(_kinds([text]).get("name", set())) == count


@pytest.mark.parametrize("text,count", [
    # A work's title, then « de » and its author.
    ("Elle a lu La Vie devant soi de Romain Gary pendant l'été, et m'en a parlé.", 0),
    ("Nous avons utilisé la méthode Trouver son Chemin de Marc Tournier en atelier.", 0),
    # A person's own papers are no work.
    ("J'ai lu le CV de Kevin Martin avec attention.", 1),
    ("J'ai relu la Lettre de motivation de Kevin Martin avant l'envoi.", 1),
    # Authors listed with the preposition repeated.
    ("Ma posture doit beaucoup à Carl Rogers, mais aussi à Jean-Pierre Boutinet et à "
     "Gaston Pineau.", 0),
])
def test_an_author_after_a_works_title_or_in_a_list(text: str, count: int) -> None:
    assert len(_kinds([text]).get("name", set())) == count


@pytest.mark.parametrize("text", [
    "Jusqu'en juin, Mme A. logeait chez une amie, impasse des Glycines à Vierzon.",
    "M. T. est hébergé chez son frère, rue Victor-Hugo, en attendant un logement.",
])
def test_a_road_after_the_home_of_kin(text: str) -> None:
    assert len(_kinds([text]).get("address", set())) == 1


def test_a_road_after_a_foyer_stays_the_foyers() -> None:
    assert "address" not in _kinds(["Il est résident au foyer, rue Victor-Hugo, depuis mai."])


def test_a_civility_then_the_surname_in_capitals_then_the_given_name() -> None:
    # « M. ROUSSEL Kévin » on a form, « M. Roussel » in the prose: one person.
    found = _kinds(["Bénéficiaire : M. ROUSSEL Kévin, 27 ans, CAP cuisine.",
                    "J'ai revu M. Roussel en mars, après son stage."])
    assert found["name"] == {"roussel"}


@pytest.mark.parametrize("text,count", [
    ("Merci pour tout, vous m'avez redonné confiance, signé Kevin Dupuis", 1),
    # Who heads or founded a structure is no accompanied person.
    ("Le Secours populaire, présidé par Julien Lauprêtre, a aidé la famille.", 0),
    ("L'association, fondée par Germaine Tillion, aide les sortants de prison.", 0),
])
def test_who_signs_and_who_heads(text: str, count: int) -> None:
    assert len(_kinds([text]).get("name", set())) == count


@pytest.mark.parametrize("paragraphs,count", [
    # Every name said made up, once, before the story: none of the names after is real.
    (["Avertissement : les noms et prénoms des personnes accompagnées ont été changés.",
      "J'ai reçu Karine Dubois, 40 ans, orientée par le CCAS."], 0),
    (["Tous les noms cités dans ce dossier sont fictifs.",
      "Le lendemain, Dylan Mercier ne s'est pas présenté."], 0),
    # Only the given names changed: the surname is still real.
    (["Les prénoms ont été modifiés.", "J'ai reçu Karine Dubois, 40 ans."], 1),
    # Said after the name, or of one person's name at marriage: not an announcement.
    (["J'ai reçu Karine Dubois, 40 ans.", "Tous les noms sont fictifs."], 1),
    (["Son nom de famille a été changé à son mariage. Karine Dubois a 40 ans."], 1),
])
def test_every_name_announced_made_up(paragraphs: list[str], count: int) -> None:
    assert len(_kinds(paragraphs).get("name", set())) == count


@pytest.mark.parametrize("text,count", [
    # A home by its dweller's name, where the mail is sent, a person settling in.
    ("Nous sommes allés chez M. T., au 45 route de Lyon, pour remplir le dossier.", 1),
    ("Le courrier lui est adressé au 14 chemin des Prés, 24000 Périgueux.", 1),
    ("Il s'est installé 18 rue Nationale, à Tours, dans un deux-pièces.", 1),
    # A structure settling in, a meeting place.
    ("L'association s'est installée 18 rue Nationale, à Tours, l'an dernier.", 0),
    ("J'ai retrouvé Mme D. au 5 rue Victor Hugo, devant la mairie.", 0),
])
def test_a_home_said_by_its_dweller(text: str, count: int) -> None:
    assert len(_kinds([text]).get("address", set())) == count


@pytest.mark.parametrize("text", [
    # Public figures, writers and brands named after founders: world knowledge, a list.
    "À Saint-Claude, M. K. m'a raconté que Georges Simenon et Jean Gabin avaient fumé des "
    "pipes sorties de son atelier.",
    "Il rêve de cuisiner comme Cyril Lignac et regarde Philippe Etchebest le soir.",
    "Chez Louis Pion, elle a découvert la vente en bijouterie pendant sa PMSMP.",
    "Elle a été embauchée comme vendeuse chez Marie Blachère, à Arles.",
])
def test_public_figures_and_brands_are_no_persons(text: str) -> None:
    assert "name" not in _kinds([text])


def test_a_public_figures_namesake_with_a_civility_is_still_read() -> None:
    # A civility says a person met, not the figure (« M. Thierry Henry, 41 ans »).
    assert _kinds(["J'ai reçu M. Thierry Henry, 41 ans, cariste, orienté par le PLIE."])[
        "name"] == {"henry"}


@pytest.mark.parametrize("text,count", [
    # A role as the subject of « était » / « s'appelle » before the name.
    ("Mon tuteur de stage était Franck Delattre ; il m'a laissé mener les entretiens.", 0),
    ("Ma référente sur le site s'appelle Agnès Poulain, elle est là depuis 2010.", 0),
    # Working alongside, leading a workshop, hosting the trainee who writes.
    ("J'ai travaillé en binôme avec Nadia Cherif, qui anime l'atelier CV depuis dix ans.", 0),
    ("Sabrina Lopez m'a accueillie le premier jour et m'a présenté l'équipe.", 0),
    ("Yves Caron m'a laissée animer seule la deuxième séance.", 0),
    # A profession in apposition, and a list of professionals after a label.
    ("Nous avons reçu la visite de Sandrine Morel, inspectrice du travail.", 0),
    ("Intervenants : Jérôme Vidal (Cap emploi) et Sonia Benali (CAF).", 0),
    # The accompanied person: what they confide, what they lead outside, who receives them.
    ("Kevin Martin m'a confié ses doutes sur la formation.", 1),
    ("Kevin Martin, qui anime désormais un club de foot, a trouvé un CDI.", 1),
    ("Le jeune que j'accompagne est Kevin Martin, il a dix-neuf ans.", 1),
    ("Mon tuteur a reçu Kevin Martin hier après-midi.", 1),
])
def test_staff_said_by_what_they_do(text: str, count: int) -> None:
    assert len(_kinds([text]).get("name", set())) == count
