"""Full names of the nineteenth privacy round (issue 8, point 5), read by way of writing:

- a line break inside a paragraph (a pasted message's lines, a title typed on the line
  above its text) opens a sentence for the name reader: « Bonjour Kelly, » under an
  « Objet : » line or « Alors Jean-Marc il… » under a title is a greeting or an adverb and
  a given name, not a surname then a given name; a civility that ends its line
  (« Parcours de Mme M.⏎Je suis arrivée… ») is not followed by a surname;
- the ligature « œ » that Word's French autocorrect types (« sa sœur, … », « l'œuvre
  de … », « Lebœuf ») reads as « oe »: a cue word or a surname written with it is the
  same word as without."""

from __future__ import annotations

from builders import block

from cipcheck.privacy import scan


def _found(paragraphs: list[str], kind: str = "name") -> set[str]:
    blocks = [block(t, 3, 0.1 + 0.05 * i) for i, t in enumerate(paragraphs)]
    return {loc.hit.value for loc in scan(blocks, []) if loc.hit.kind == kind}


# --- a line break opens a sentence -------------------------------------------------------


def test_greeting_under_a_pasted_subject_line_is_no_name() -> None:
    text = ("De : la référente du PLIE\nObjet : RE: ta convention\nBonjour Kelly, je te "
            "confirme que la convention est signée pour lundi.")
    assert _found([text]) == set()


def test_adverb_under_a_title_line_is_no_name() -> None:
    text = ("Portrait de Monsieur Jean-Marc, ouvrier du chantier\nAlors Jean-Marc il a "
            "47 ans, il travaille aux espaces verts depuis un an.")
    assert _found([text]) == set()


def test_civility_ending_its_line_takes_no_surname_from_the_next() -> None:
    # « Mme M. »: the initial « M. » reads as a civility too; « Je » is no surname.
    text = ("Parcours de Mme M.\nJe suis arrivée à Lille en 2019 et j'ai travaillé dans "
            "le ménage. Mme M. raconte ainsi son arrivée.")
    assert _found([text]) == set()


def test_surname_then_given_name_mid_line_still_read() -> None:
    # The same form on one line keeps its reading: a verb, then « Surname Given ».
    text = "Le 4 mars, nous avons reçu Perrin Lucas pour son bilan de fin de contrat."
    assert _found([text]) == {"perrin"}


def test_a_full_name_on_the_line_under_a_header_still_read() -> None:
    text = "Objet : rendez-vous de jeudi\nDe : Sabrina Lopes\nJe ne pourrai pas venir."
    assert _found([text]) == {"lopes"}


# --- the ligature œ ----------------------------------------------------------------------


def test_sister_typed_with_the_ligature_is_kin() -> None:
    # A given name in no list: the kin in apposition says it is a person.
    text = ("Elle est hébergée chez sa sœur, Tsiorim Cordier, qui l'accompagne à chaque "
            "rendez-vous.")
    assert _found([text]) == {"cordier"}


def test_surname_typed_with_the_ligature_is_the_listed_surname() -> None:
    text = ("En commission, j'ai présenté la situation de Tsiorim Lebœuf, hébergée à "
            "l'hôtel avec ses deux enfants.")
    assert _found([text]) == {"lebœuf"}


def test_work_typed_with_the_ligature_names_its_author() -> None:
    text = "En atelier, nous avons lu un extrait de l'œuvre de Marguerite Duras."
    assert _found([text]) == set()


def test_greeting_before_a_given_name_in_a_joined_pdf_line_is_no_name() -> None:
    # A PDF joins the lines of a pasted message into one sentence: the greeting stays one.
    text = ("Objet : RE: vos heures de stage Bonjour Gaëlle, je vous confirme les 392 "
            "heures effectuées chez nous.")
    assert _found([text]) == set()


def test_greeting_before_a_full_name_keeps_the_name() -> None:
    text = "Bonjour Sandrine Lefort, je vous écris pour décaler notre rendez-vous de jeudi."
    assert _found([text]) == {"lefort"}


# --- a field that holds the person accompanied -------------------------------------------


def _form(rows: list[tuple[str, str]]) -> list:
    """A two-column form, one block per cell, the cells of a row at one height."""
    out = []
    for i, (label, value) in enumerate(rows):
        y = 0.1 + 0.04 * i
        out += [block(label, 3, y, table=True), block(value, 3, y, table=True)]
    return out


def _found_in(blocks: list) -> set[str]:
    return {loc.hit.value for loc in scan(blocks, []) if loc.hit.kind == "name"}


def test_beneficiary_field_holds_a_name_in_no_list() -> None:
    text = "Bénéficiaire : Tsiorim Rakotobe — entrée en chantier le 6 janvier."
    assert _found([text]) == {"rakotobe"}


def test_accompanied_person_field_surname_in_capitals() -> None:
    text = "- Personne accompagnée : OKAFOR Chidiebube, 38 ans, orienté par le SPIP."
    assert _found([text]) == {"okafor"}


def test_ticket_requester_field() -> None:
    text = "Demande n° 17 — Demandeur : Wubet Alemayehu — Objet : relecture du CV."
    assert _found([text]) == {"alemayehu"}


def test_beneficiary_field_of_a_structure_is_no_person() -> None:
    assert _found(["Bénéficiaire : Mission Locale du Pays Basque (subvention 2026)."]) == set()


def test_beneficiary_in_prose_is_read_as_prose() -> None:
    # Not a field: the words after the name go on with the sentence.
    text = "Le bénéficiaire : Tsiorim Rakotobe et sa sœur attendaient dans le couloir."
    assert _found([text]) == set()


def test_surname_field_in_capitals_then_a_given_name_in_no_list() -> None:
    assert _found(["Fiche d'accueil. Nom : MOREAU Tsiorim. Situation : RSA."]) == {"moreau"}


def test_beneficiary_cell_of_a_convention_table() -> None:
    blocks = _form([("Bénéficiaire", "Tsiorim Rakotobe"),
                    ("Structure d'accueil", "Boulangerie du Marché"),
                    ("Tuteur", "le gérant")])
    assert _found_in(blocks) == {"rakotobe"}


def test_name_and_given_name_cell_of_a_liaison_form() -> None:
    blocks = _form([("Nom, prénom", "RAKOTOBE Tsiorim"), ("Né le", "12/03/1990")])
    assert _found_in(blocks) == {"rakotobe"}


def test_beneficiary_cell_that_names_a_structure_is_no_person() -> None:
    blocks = _form([("Bénéficiaire", "Mission Locale du Val"), ("Montant", "1 200 €")])
    assert _found_in(blocks) == set()


# --- kin in apposition with its complement, a signed message -----------------------------


def test_kin_with_its_rank_before_the_comma_names_a_person() -> None:
    text = ("Mme R. est venue avec sa fille cadette, Tsiorim Rakotobe, qui a traduit "
            "l'essentiel de l'entretien.")
    assert _found([text]) == {"rakotobe"}


def test_kin_of_a_named_child_before_the_comma() -> None:
    text = "J'ai téléphoné à la mère de Lucas, Tsiorim Rakotobe, pour fixer la visite."
    assert _found([text]) == {"rakotobe"}


def test_neighbour_on_the_landing_names_a_person() -> None:
    text = "Elle vient toujours avec sa voisine de palier, Okwuchiel Lemaire, qui conduit."
    assert _found([text]) == {"lemaire"}


def test_a_structure_after_kin_words_is_no_person() -> None:
    text = "Son fils aîné, Mission Locale à l'appui, a trouvé un apprentissage."
    assert _found([text]) == set()


def test_signature_after_the_closing_formula_of_a_quoted_message() -> None:
    text = ("Elle m'a écrit : « Madame, je serai en retard lundi, le bus ne passe plus. "
            "Respectueusement, Tsiorim Lefort. »")
    assert _found([text]) == {"lefort"}


def test_closing_formula_before_a_structure_is_no_signature() -> None:
    text = "Réponse reçue : « Dossier bien reçu. Cordialement, Mission Locale »"
    assert _found([text]) == set()


def test_author_of_the_reading_list_typed_with_the_ligature() -> None:
    text = "Avec Paul Ricœur, je dirais que raconter sa vie, c'est déjà la reprendre en main."
    assert _found([text]) == set()


# --- an employer keeps or takes someone on ------------------------------------------------


def test_employer_keeps_a_named_trainee() -> None:
    text = ("Le boulanger m'a appelée le vendredi : « Je garde Tsiorim Rakotobe, il est "
            "ponctuel et il apprend vite. »")
    assert _found([text]) == {"rakotobe"}


def test_name_then_the_employer_takes_her_on() -> None:
    text = "La gérante m'a dit : « Tsiorim Lemaire, je la prends à l'essai dès lundi. »"
    assert _found([text]) == {"lemaire"}


def test_keeping_a_structure_in_copy_is_no_person() -> None:
    text = "« Pour la suite, on garde Cap Emploi en copie de chaque échange. »"
    assert _found([text]) == set()


# --- a person names themself with a given name in no list ---------------------------------


def test_self_introduction_with_a_given_name_in_no_list_and_a_listed_surname() -> None:
    text = "SMS reçu le 3 mars : « Bonjour c'est Tsiorim Lemaire, je serai en retard. »"
    assert _found([text]) == {"lemaire"}


def test_self_introduction_words_in_lower_case_prose_are_no_name() -> None:
    text = "Elle m'a écrit : « franchement c'est trop petit pour nous deux avec le bébé »."
    assert _found([text]) == set()


# --- two names from abroad among people listed by their initials -------------------------


def test_two_names_in_no_list_among_initials_are_both_read() -> None:
    text = ("L'atelier du jeudi réunissait : M. H., Mme A., Tsiorim Diallo, Mme T., "
            "Okwuchiel Traoré et M. Z.")
    assert _found([text]) == {"diallo", "traore"}


def test_a_firm_among_initials_keeps_the_list_a_list_of_firms() -> None:
    assert _found(["Invités : M. A., Mme B., Harmonie Mutuelle, Orange Bank."]) == set()
