"""Personal data in the forms of the ninth privacy round: numbers dictated in words or cut
by a PDF line end, foreign numbers followed by a comma, Belgian, Swiss and Luxembourg
addresses (number after the street, four-digit postcodes), a road or a lieu-dit named
without its number, postal boxes; and the names' leftovers (« Selon X », « Chez X »,
appositions, ages in words)."""

from __future__ import annotations

import pytest
from builders import block

from cipcheck.privacy import address, phone, scan


def _kinds(paragraphs: list[str]) -> dict[str, set[str]]:
    """Distinct values per kind, one block per paragraph (a DOCX body)."""
    blocks = [block(t, 3, 0.1 + 0.05 * i) for i, t in enumerate(paragraphs)]
    out: dict[str, set[str]] = {}
    for loc in scan(blocks, []):
        out.setdefault(loc.hit.kind, set()).add(loc.hit.value)
    return out


@pytest.mark.parametrize("text,digits", [
    # Dictated in pairs, with commas, run on, capitalised after full stops.
    ("Alors il m'a dicté son numéro, zéro six, quarante et un, douze, soixante-dix-sept, "
     "zéro deux, et je l'ai rappelé le soir même.", "0641127702"),
    ("Son portable c'est le zéro sept douze vingt-deux quatre-vingt-dix-neuf zéro trois "
     "mais elle répond jamais", "0712229903"),
    ("Numéro noté sur le cahier : Zéro six. Trente. Quinze. Quatre-vingts. Onze.",
     "0630158011"),
])
def test_a_number_dictated_in_words(text: str, digits: str) -> None:
    assert [h.value for h in phone.find(text)] == [digits]


@pytest.mark.parametrize("text", [
    # « zéro » that opens no number, and a service's number in words.
    "Elle a fait zéro faute à la dictée et six exercices sur huit.",
    "Le standard de la mission locale : zéro trois, vingt et un, quarante, douze, douze.",
    "Objectif zéro six mois sans emploi : trente jeunes, douze sorties positives.",
])
def test_words_that_are_not_a_persons_number(text: str) -> None:
    assert phone.find(text) == []


def test_a_foreign_number_followed_by_a_comma_is_read_whole() -> None:
    found = phone.find("Son numéro suisse, le +41 79 123 45 67, et au Luxembourg le "
                       "+352 621 123 456, sa messagerie.")
    assert [h.value for h in found] == ["+41791234567", "+352621123456"]


def _pdf_lines(lines: list[str]) -> list:
    return [block(t, 3, 0.1 + 0.02 * i) for i, t in enumerate(lines)]


@pytest.mark.parametrize("lines,kind,count", [
    (["Lors du premier entretien, Mme K. m'a laissé son numéro, le 06 12",
      "34 56 78, pour que je la rappelle après son rendez-vous."], "phone", 1),
    (["Mme R. me donne un 07 78 91",
      "23 45 en me demandant de ne pas appeler avant midi."], "phone", 1),
    (["Pour les convocations, écrire chez ses parents : 8 allée des Tilleuls",
      "93200 Saint-Denis, boîte aux lettres au nom de la mère."], "address", 1),
    # Two lines that only look joined: a count, then a year; a structure's address.
    (["Il a travaillé 10 ans dans le BTP et cherche depuis 2023",
      "35 heures par semaine, près de chez lui."], "phone", 0),
    (["L'association, 12 rue des Lilas",
      "59000 Lille, accueille le public le lundi."], "address", 0),
])
def test_a_datum_cut_by_a_pdf_line_end(lines: list[str], kind: str, count: int) -> None:
    found = {loc.hit.value for loc in scan(_pdf_lines(lines), [], kind="pdf")
             if loc.hit.kind == kind}
    assert len(found) == count


@pytest.mark.parametrize("text,count", [
    # Belgium, Switzerland, Luxembourg: the number after the street, four-digit postcodes.
    ("Avant de venir à Mulhouse, il vivait Chemin des Vignes 8, 1009 Pully, chez son "
     "parrain.", 1),
    ("Sa famille loge avenue Brugmann 117, 1190 Forest, au deuxième étage.", 1),
    ("Courrier à renvoyer chez elle : 12, rue de la Gare, L-4011 Esch-sur-Alzette.", 1),
    ("Il habite 12-14 rue Gambetta, 59100 Roubaix, avec sa grand-mère.", 1),
    # Overseas: an estate with its postcode, a postal box given as one's address.
    ("Elle habite lot. Les Flamboyants, 97190 Le Gosier, chez sa tante.", 1),
    ("Son adresse : BP 45, 97300 Cayenne — le facteur ne passe pas au quartier.", 1),
    # A road or a lieu-dit named without a number, after where one lives.
    ("Il habite rue Pasteur à Lens, au-dessus de la boulangerie.", 1),
    ("Elle vit au lieu-dit La Croix Blanche, à huit kilomètres du bourg.", 1),
    ("Depuis janvier, le couple réside avenue de la Libération, à Riom.", 1),
])
def test_addresses_in_their_other_forms(text: str, count: int) -> None:
    assert len(address.find(text)) == count


@pytest.mark.parametrize("text", [
    # A residence or a cité named alone is a place like a district.
    "Sa mère vit dans la résidence Louise Michel, près du collège.",
    "Elle vit dans la cité avec ses deux enfants depuis 2019.",
    # A structure's premises, a meeting place, a span of years, a count.
    "Le foyer se trouve rue des Lilas, à deux pas de la gare.",
    "Les jeunes résident au foyer, rue des Lilas, pendant six mois.",
    "L'entretien a eu lieu à la mairie, place Communale 1, 1332 Genval, en présence de "
    "l'interprète.",
    "Il habite à deux rues de la gare depuis 12 ans et connaît tout le quartier.",
])
def test_places_that_are_not_a_persons_address(text: str) -> None:
    assert address.find(text) == []


@pytest.mark.parametrize("text,count", [
    # The person's number in a clause that names a structure in an incise, or a young
    # person named by what they are.
    ("Mme K., qui fait le ménage à la mairie le soir, est joignable au 06 41 22 87 19.", 1),
    ("Coordonnées de la jeune : 07.66.41.20.98 / pas de mail.", 1),
    ("Le numéro du jeune homme (06 14 52 78 90) figurait sur la fiche de prescription de la "
     "structure.", 1),
    # A structure's, with or without an incise about a person.
    ("L'association, que M. B. connaît bien, répond au 03 21 45 67 89.", 0),
    ("L'association (qui accueille aussi des familles) est joignable au 05 55 12 34 56.", 0),
    ("Le Point accueil jeunes, ouvert le mercredi, répond au 05 55 12 34 56.", 0),
    ("Coordonnées de la structure : 03 21 45 67 89.", 0),
])
def test_whose_number_through_incises(text: str, count: int) -> None:
    assert len(phone.find(text)) == count


def _names(paragraphs: list[str]) -> list[str]:
    return sorted(_kinds(paragraphs).get("name", set()))


@pytest.mark.parametrize("text,expected", [
    # « Selon » / « d'après » a person telling their own story.
    ("Selon Kévin Martin, le chantier l'a « remis debout ».", ["martin"]),
    ("D'après Sofiane Belkacem, son ancien patron ne l'aurait jamais déclaré.", ["belkacem"]),
    ("Selon Jeanne Morel, sa fille ne va plus au lycée depuis mars.", ["morel"]),
    ("Selon Nadia Ferhat, « je n'ai jamais eu de chance avec les patrons ».", ["ferhat"]),
    # Authors' theses, a professional with her role, an author of the reading list.
    ("Selon Claude Dubar, l'identité professionnelle se construit dans l'interaction.", []),
    ("D'après Guy Le Boterf, la compétence est un savoir-agir reconnu.", []),
    ("Selon Marie Dupont (2015), l'accompagnement est d'abord une relation.", []),
    ("Selon Hélène Garnier, ma tutrice, sa fille l'a beaucoup aidée.", []),
    ("Selon Bertrand Schwartz, l'insertion des jeunes m'a toujours paru une affaire de "
     "confiance.", []),
])
def test_selon_a_person_or_an_author(text: str, expected: list[str]) -> None:
    assert _names([text]) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chez Mélanie Roussel, la peur de l'échec bloque toute démarche.", ["roussel"]),
    ("J'ai observé chez Mélanie Roussel une grande fatigue en fin de semaine.", ["roussel"]),
    ("Ce que j'ai repéré chez Damien Lefort : une vraie aisance à l'oral.", ["lefort"]),
    # Shops and restaurants named after someone; a place after « chez » mid-sentence.
    ("Chez Paul Bocuse, les apprentis travaillent dur.", []),
    ("Chez Franck Provost, les apprentis coiffeurs sont nombreux.", []),
    ("Chez Leroy Merlin, il a été accueilli en PMSMP.", []),
    ("Elle a fait un stage chez Jean Dubois, le boulanger du village.", []),
])
def test_chez_a_person_or_a_shop(text: str, expected: list[str]) -> None:
    assert _names([text]) == expected


@pytest.mark.parametrize("text,expected", [
    # A given name in no list, a person in apposition with its article, an age in words.
    ("Le foyer m'a transmis la fiche d'entrée de Pieter Vanderhaeghen, un jeune Gantois de "
     "vingt ans.", ["vanderhaeghen"]),
    ("J'ai reçu Eero Virtanen, un homme de quarante-deux ans arrivé d'Helsinki.", ["virtanen"]),
    ("Le dossier de Ioana Cristescu, une mère isolée, est passé en commission.", ["cristescu"]),
    # Structures in apposition.
    ("Nous avons rencontré Bati Nord, une jeune entreprise du bâtiment.", []),
    ("La Fnac, une enseigne culturelle, recrute en décembre.", []),
])
def test_a_person_in_apposition(text: str, expected: list[str]) -> None:
    assert _names([text]) == expected


def test_a_message_signed_after_thanks() -> None:
    assert _names(["Bonjour madame, je ne pourrai pas venir jeudi.\nMerci encore,\n"
                   "Julie Marchand"]) == ["marchand"]
    # Who is thanked with a role, a name said to be changed.
    assert _names(["Je remercie\nJulie Marchand, ma tutrice."]) == []
    assert _names(["Merci pour tout,\nKarim Haddad (nom modifié)"]) == []


@pytest.mark.parametrize("text,expected", [
    # A line of an agenda, a logbook or a mail's subject: the word that heads it is neither
    # a surname nor the start of a longer proper noun.
    ("Objet : RDV Chloé Da Silva – Début : jeu. 15/01/2026 14:00 – Lieu : bureau 3",
     ["da silva"]),
    ("11h RDV LEMAIRE Justine (2e entr.) / 14h réunion d'équipe", ["lemaire"]),
    ("Mardi : RDV Julien Marchal, puis atelier CV.", ["marchal"]),
    ("Lundi 12/01 : Tel Amandine Roche pour relance candidature.", ["roche"]),
    ("Suivi Ginette Lefort : visite à domicile, dossier MDPH à compléter.", ["lefort"]),
    # Structures named after someone stay structures.
    ("Le Centre Accueil Victor Hugo reçoit les familles le mercredi.", []),
    ("Mission Locale Jean Moulin : permanence le lundi matin.", []),
])
def test_agenda_lines(text: str, expected: list[str]) -> None:
    assert _names([text]) == expected


@pytest.mark.parametrize("text,expected", [
    ("Je me suis appuyée sur Jacques Limoges pour la notion de maintien dans l'emploi.", []),
    ("J'ai mobilisé Mark Savickas et sa théorie de la construction de carrière.", []),
    # « pour » + the person's own project or CV: a person.
    ("J'ai orienté Sonia Ferrand pour la définition de son projet.", ["ferrand"]),
    ("J'ai reçu Nathan Giraud pour le modèle de CV.", ["giraud"]),
])
def test_a_name_drawn_on_for_a_notion_is_an_author(text: str, expected: list[str]) -> None:
    assert _names([text]) == expected


@pytest.mark.parametrize("text,count", [
    # A structure named right after the number, a meeting's dial-in.
    ("Numéros remis à M. T. : 115, et le 05 55 10 20 30 du CIDFF pour ses droits.", 0),
    ("Elle peut appeler le 09 70 81 82 83 de l'ADIL, gratuit, pour son bail.", 0),
    ("Participer par téléphone : +33 1 70 37 25 46,,618452903# (France, Paris)", 0),
    ("Rejoindre par téléphone : 01 70 37 25 46,,123456#", 0),
    # A person's, with « de » + kin or a place after it.
    ("Il m'a laissé le 06 41 22 87 19 de sa sœur, en cas d'absence.", 1),
    ("Mme K. (06 33 21 88 70) de la résidence des Tilleuls m'a rappelée.", 1),
])
def test_a_number_owned_by_what_follows_it(text: str, count: int) -> None:
    assert len(phone.find(text)) == count


@pytest.mark.parametrize("text,value", [
    ("DDN 1991-11-23 / nationalité : française / permis : non", "23/11/1991"),
    ("Date de naissance : 1987/04/02 (copie de la carte de séjour)", "02/04/1987"),
])
def test_birth_dates_year_first(text: str, value: str) -> None:
    assert _kinds([text]).get("birth_date") == {value}


def test_an_inscription_date_year_first_is_not_a_birth_date() -> None:
    assert _kinds(["Inscrite le 2024-03-12 au dispositif, entrée en formation le 2024-04-02."]
                  ) == {}


@pytest.mark.parametrize("local", ["accompagnement", "referents", "coordination.jeunesse",
                                   "logement", "suivi"])
def test_mailboxes_of_a_service(local: str) -> None:
    assert _kinds([f"Les comptes rendus partent à {local}@kaz-emploi.re chaque vendredi."]
                  ) == {}


@pytest.mark.parametrize("paragraphs", [
    ["M. Th., Mme W., S. et M. R. ont été reçus à plusieurs reprises."],
    ["Mme Ch. et M. Ph. sont venus ensemble à l'information collective.", "Mme B. aussi."],
    ["J'ai reçu Sophie Th. et son fils, puis M. Chr. pour un point CV."],
])
def test_initials_of_two_or_three_consonants(paragraphs: list[str]) -> None:
    assert _names(paragraphs) == []


def test_a_surname_of_two_letters_is_not_an_initial() -> None:
    assert _names(["Mme K. et M. B. sont venus.", "J'ai reçu Mme Wei Li.",
                   "Mme Li. a signé."]) == ["li"]


@pytest.mark.parametrize("text,count", [
    # A home visit: the address after it is the person's, even where « a eu lieu ».
    ("L'entretien au domicile a eu lieu au lieu-dit Les Granges, 19250 Meymac, dans la "
     "ferme familiale.", 1),
    ("La visite à domicile s'est déroulée au 14 rue des Peupliers, 87000 Limoges, en "
     "présence de sa fille.", 1),
    # A meeting place.
    ("L'atelier a eu lieu à la maison de quartier, 5 rue Jean Jaurès, 87000 Limoges.", 0),
])
def test_a_home_visit(text: str, count: int) -> None:
    assert len(address.find(text)) == count


@pytest.mark.parametrize("paragraphs,expected", [
    # Notes typed without capitals: particles, compounds, lists after « présents ».
    (["appel de m. kevin da silva pour décaler le rdv."], ["da silva"]),
    (["vu sarah dupont-moreau à 14h, on a fait le point cv."], ["dupont"]),
    (["Atelier CV : présents emma leroy, théo garcia, mme S."], ["garcia", "leroy"]),
    (["Info coll. du 12/03 – présentes : Emma leroy, inès kaci et Mme S."], ["kaci", "leroy"]),
    # « présent(e) » elsewhere: no list of people.
    (["J'ai présenté la méthode à emma et aux autres stagiaires."], []),
    (["Elle s'est présentée à l'heure, comme prévu, avec son CV."], []),
])
def test_lower_case_names_in_notes_and_lists(paragraphs: list[str],
                                             expected: list[str]) -> None:
    assert _names(paragraphs) == expected


def _table_names(rows: list[str]) -> list[str]:
    blocks = []
    y = 0.1
    for row in rows:
        for cell in row.split("|"):
            blocks.append(block(cell.strip(), 3, y, table=True))
        y += 0.05
    return sorted({loc.hit.value for loc in scan(blocks, []) if loc.hit.kind == "name"})


def test_a_surname_cell_opening_with_a_particle() -> None:
    assert _table_names(["Nom | Prénom | Âge", "de la Tour | Marie-Claire | 41",
                         "van Damme | Pieter | 33", "d'Almeida | Rui | 52",
                         "MOREL | Sandrine | Tutrice"]) == [
        "d'almeida", "de la tour", "van damme"]


@pytest.mark.parametrize("text,count", [
    # The street as a complement of the number, a move to a new home.
    ("La famille vit désormais au 27 bis de la rue Nationale, au rez-de-chaussée.", 1),
    ("Elle habite au 5 du chemin des Prés, à Pérenchies.", 1),
    ("Elle a déménagé au 3 place du Marché, à Hazebrouck, plus près de l'école.", 1),
    ("Ils ont été relogés au 8 allée des Cerisiers, dans un T3.", 1),
    # A structure that moved.
    ("L'association a déménagé au 12 rue des Forges l'an dernier.", 0),
])
def test_the_number_then_the_street_and_moves(text: str, count: int) -> None:
    assert len(address.find(text)) == count


def test_kin_in_a_contact_cell_is_not_a_surname() -> None:
    assert _table_names(["Contact | Coordonnées", "Mère de Kevin | 07 81 22 90 14",
                         "Tuteur de Lucas | 06 10 20 30 40"]) == []


@pytest.mark.parametrize("text,expected", [
    # Mail headers pasted in a dossier: the name before its address.
    ("On Mon, Jan 12, 2026 at 9:14 AM Olena Shevchenko <olena.sh@gmail.com> wrote:",
     ["shevchenko"]),
    ("De : Tavita Lealaiauloto <tavita.l@outlook.fr>\nEnvoyé : lundi 12 janvier 2026",
     ["lealaiauloto"]),
    ('De : "Kaz Emploi" <contact@kaz-emploi.re>\nObjet : planning', []),
])
def test_the_name_before_a_mail_address(text: str, expected: list[str]) -> None:
    assert _names([text]) == expected


@pytest.mark.parametrize("text,count", [
    # A person, then their address; a home named by kin; the infinitive.
    ("Mme K. : 3 rue des Lilas, Lens — pas de boîte aux lettres à son nom.", 1),
    ("Mme B. (6 rue du Moulin, Arras) m'a appelée deux fois cette semaine.", 1),
    ("Il est revenu vivre chez ses parents, 8 impasse des Mésanges, après la rupture.", 1),
    ("Les convocations partent chez sa grand-mère, 14 allée des Tilleuls.", 1),
    # A professional with a role or a structure between them and the address.
    ("J'ai rencontré M. Durand, directeur de l'agence, 12 rue de la Gare.", 0),
    ("J'ai vu Mme Petit, de l'association Solidarité, 3 rue Haute, pour le partenariat.", 0),
])
def test_an_address_given_after_a_person(text: str, count: int) -> None:
    assert len(address.find(text)) == count


_INITIALS = "Mme K. et M. B. sont venus à l'information collective."


@pytest.mark.parametrize("text,expected", [
    # In a dossier that writes « Mme K. », what a job seeker does and a structure does not.
    ("Lors du deuxième entretien, Arjun Mehta a apporté son CV corrigé.", ["mehta"]),
    ("Xiomara Quispe cherche un emploi de cuisinière près de chez elle.", ["quispe"]),
    ("Fin mars, Ikechukwu Obi a décroché un CDI dans la logistique.", ["obi"]),
    # Structures that look for partners, sign conventions, find premises or posts.
    ("Bati Concept cherche un partenaire ; Solidarité Textile a obtenu un financement.", []),
    ("Habitat Jeunes a signé une convention. Tremplin Emploi a trouvé un local.", []),
    ("Adecco Lens a trouvé un poste pour Mme K. dans l'entrepôt.", []),
])
def test_what_a_job_seeker_does(text: str, expected: list[str]) -> None:
    assert _names([_INITIALS, text]) == expected


@pytest.mark.parametrize("text,count", [
    # A floor, a flat's type, a duration between where one lives and the address.
    ("Il loge au 4e étage du 18 boulevard Gambetta, sans ascenseur.", 1),
    ("Elle vit dans un T2 au 45, avenue Thiers, à Bordeaux.", 1),
    ("Elle vit seule depuis 3 ans au 12 rue des Lilas, près de la gare.", 1),
    # A dwelling and who rents it; a friend's sofa.
    ("Elle occupe un studio au 9 rue Sainte-Catherine, au-dessus d'un bar.", 1),
    ("Elle est locataire au 12 rue des Lilas depuis 2019.", 1),
    ("Il dort chez un ami, 7 rue des Tanneurs, depuis son expulsion.", 1),
    # A structure's flat; « logement » is not « loge ».
    ("Le logement d'urgence du CCAS, 3 rue de la Paix, accueille les familles.", 0),
    ("L'association loue un appartement au 5 rue Nationale pour ses résidents.", 0),
])
def test_dwellings_and_what_stands_before_the_address(text: str, count: int) -> None:
    assert len(address.find(text)) == count


@pytest.mark.parametrize("text,expected", [
    ("Elle lit Marie Claire chaque semaine, pour les offres de la rubrique emploi.", []),
    ("Le soir, elle lit Annie Ernaux pour se détendre.", []),
    ("Il lit avec Kevin Martin les offres d'emploi du jour.", ["martin"]),
])
def test_what_one_reads(text: str, expected: list[str]) -> None:
    assert _names([_INITIALS, text]) == expected


@pytest.mark.parametrize("text,expected", [
    # A particle in lower case inside the name.
    ("J'ai reçu Claire de Montalembert le 12 mars pour un bilan.", ["montalembert"]),
    ("Elle vit avec Pierre de Lattre, son compagnon, à Brest.", ["lattre"]),
    # Towns and places with a particle.
    ("Elle est partie vivre à Saint-Pol de Léon chez sa mère.", []),
    ("Le BIJ de Saint-Denis de La Réunion accueille les jeunes sans rendez-vous.", []),
    ("Elle a visité le Centre de Formation de Lens avec Mme K.", []),
    # A given name that opens with « Saint- ».
    ("J'ai reçu Saint-Ange Mbemba pour son CV.", ["mbemba"]),
])
def test_particles_inside_a_name_and_towns(text: str, expected: list[str]) -> None:
    assert _names([text]) == expected
