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
