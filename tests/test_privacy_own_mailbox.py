"""The candidate's own address, made of their name, is theirs wherever it appears — in a
message they pasted (« De : Thibault G. <t.garnier@…> ») as on their cover: the rule
protects the persons accompanied, not the writer (blind14 found the warning). An address
made of another person's name is still flagged."""

from __future__ import annotations

from builders import block

from cipcheck.privacy import scan

COVER = ["Dossier professionnel – CCP 3", "Maëlle Kerbrat", "Période en entreprise : 147 h"]


def _emails(paragraphs: list[str]) -> set[str]:
    blocks = [block(t, 4, 0.1 + 0.05 * i) for i, t in enumerate(paragraphs)]
    cover = [block(t, 1, 0.1 + 0.05 * i) for i, t in enumerate(COVER)]
    return {loc.hit.value for loc in scan(blocks, cover) if loc.hit.kind == "email"}


def test_the_candidates_work_address_in_a_pasted_message_is_not_flagged() -> None:
    assert _emails(["Voici le message envoyé au chef d'entreprise :",
                    "De : Maëlle K. <m.kerbrat@geiq-exemple.fr>",
                    "Objet : candidature de M. D. au poste de coffreur"]) == set()


def test_an_address_of_the_candidates_given_name_is_theirs_too() -> None:
    assert _emails(["Je lui ai écrit depuis maelle.k@orange.fr le soir même."]) == set()


def test_a_person_accompanied_still_gets_flagged_beside_the_candidate() -> None:
    found = _emails(["De : Maëlle K. <m.kerbrat@geiq-exemple.fr>",
                     "À : yannick.le-goff@laposte.net",
                     "Bonjour Yannick, voici l'offre dont nous avons parlé."])
    assert found == {"yannick.le-goff@laposte.net"}


def test_an_initial_alone_is_not_the_candidates_name() -> None:
    # « m.d@ » shares only an initial with Maëlle: anyone's.
    assert _emails(["Son adresse : m.durand56@gmail.com"]) == {"m.durand56@gmail.com"}
