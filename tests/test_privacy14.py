"""Full names of the fourteenth privacy round, read by way of writing (issue 8, point 5):

- the cues that silence a name (« je remercie… », « prénom modifié ») speak of the name
  they are written about: a line below the name in a copied message (« Objet : merci »)
  does not reach it, nor a bracket that makes another word a pseudonym;
- name shapes: an English civility (« Mrs », « Ms »), a couple named by both given names
  after « M. et Mme », a surname opening with a capitalised particle (« Le Bihan »);
- the candidate naming themself in the body (« Moi, …, je certifie », the dossier's title
  line) is the candidate everywhere, as the cover's name is."""

from __future__ import annotations

from builders import block

from cipcheck.privacy import scan


def _names(paragraphs: list[str], front: list[str] | None = None) -> set[str]:
    """Distinct name values found, one block per paragraph (a DOCX body)."""
    blocks = [block(t, 3, 0.1 + 0.05 * i) for i, t in enumerate(paragraphs)]
    cover = [block(t, 1, 0.1 + 0.05 * i) for i, t in enumerate(front or [])]
    return {loc.hit.value for loc in scan(blocks, cover) if loc.hit.kind == "name"}


# --- the scope of a cue ------------------------------------------------------------


def test_a_copied_message_that_thanks_still_names_its_sender() -> None:
    text = ("Voici le courriel reçu la veille de son embauche :\n"
            "De : Océane Brunetti <oceane.brunetti@laposte.net>\n"
            "Objet : Remerciements\n"
            "« Bonjour, merci pour tous vos conseils, je commence lundi. »")
    assert _names([text]) == {"brunetti"}


def test_people_thanked_in_one_line_stay_silent() -> None:
    # The thanks are on the name's own line: a colleague or a host, not a person
    # accompanied (the previous reading, kept).
    assert _names(["Je remercie chaleureusement Christelle Baudry pour son accueil au "
                   "sein de l'équipe."]) == set()


def test_a_bracket_that_makes_another_word_a_pseudonym_leaves_the_real_name() -> None:
    text = ("Karim (prénom modifié) m'a tendu son attestation de formation, établie au nom "
            "d'Anthony Delacroix, ce qui m'a obligée à la masquer avant de l'annexer.")
    assert _names([text]) == {"delacroix"}


def test_a_name_said_changed_by_its_own_bracket_stays_silent() -> None:
    assert _names(["J'ai reçu Anthony Delacroix (nom modifié) le 4 février pour un "
                   "premier bilan."]) == set()


# --- name shapes -------------------------------------------------------------------


def test_an_english_civility_opens_a_name() -> None:
    text = ("Our first meeting with Mrs Abena Owusu took place at the library ; elle "
            "souhaitait surtout améliorer son français écrit.")
    assert _names([text]) == {"owusu"}


def test_an_english_civility_is_read_in_its_own_case_only() -> None:
    assert _names(["Elle maîtrise MS Office et a suivi un module Excel au GRETA."]) == set()


def test_a_couple_named_by_both_given_names_after_their_civilities() -> None:
    found = _names(["J'ai reçu M. et Mme Thierry et Karine Lemoine pour monter leur "
                    "dossier de surendettement auprès de la Banque de France."])
    assert found == {"thierry lemoine", "karine lemoine"}


def test_a_surname_with_a_capitalised_particle_then_where_the_family_is_from() -> None:
    found = _names(["Le fromager a pris en essai Gwenaël Le Bihan de Plougastel, que "
                    "j'accompagnais depuis l'automne."])
    assert len(found) == 1 and "bihan" in next(iter(found))


# --- the candidate naming themself -------------------------------------------------


def test_the_sworn_statement_names_the_candidate_not_a_person_accompanied() -> None:
    found = _names([
        "Moi, Aurélie Vasquez, je déclare sur l'honneur être l'auteure de ce dossier.",
        "En relisant mes notes, Aurélie Vasquez n'apparaît qu'en signature : c'est moi.",
    ])
    assert found == set()


def test_the_title_line_of_the_body_names_the_candidate() -> None:
    found = _names([
        "Julien Marchal, stagiaire CIP à l'AFPA de Rennes — Dossier professionnel — 2026",
        "J'ai accompagné Mme Nadia Belkacem pendant mon second stage.",
    ])
    assert found == {"belkacem"}


def test_a_person_named_beside_the_dossier_words_is_still_a_person() -> None:
    # « dossier professionnel » in prose, the name not set apart as a title: a person.
    found = _names(["Dans ce dossier professionnel, je présente Nadia Belkacem, que j'ai "
                    "accompagnée vers un CAP petite enfance."])
    assert found == {"belkacem"}


def test_someone_else_saying_moi_in_a_quotation_is_not_the_candidate() -> None:
    found = _names(["« Moi, Sabrina Oukaci, je ne signe rien sans l'avoir lu », m'a-t-elle "
                    "lancé au premier rendez-vous."])
    assert found == {"oukaci"}
