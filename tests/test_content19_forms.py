"""Contents told in the candidates' usual words that the readers missed (content19
helper, issue 8, point 4): the person's skills identified by going over their path with
them, a practice analysis under a section titled « Mon regard », and a made content
(the monographie) planned in the pluperfect and then dropped (« j'avais prévu…, mais »).
Each stays absent, or done, when the passage does not say it."""

from __future__ import annotations

from pathlib import Path

import ops_memoires
import pytest
from content_state import item_state
from said_of import said_of

from cipcheck.api import Options, check_file
from cipcheck.findings import Status
from cipcheck.reading.negation import Said
from cipcheck.ruleset import load

PROJET = ("# Le projet de Mme T.\n\nMme T., 41 ans, a tenu pendant quinze ans la caisse "
          "d'une station-service près de Guéret ; la station a fermé en janvier. {middle} "
          "Ensuite nous avons comparé deux formations d'agent d'accueil.")


@pytest.mark.parametrize("middle", [
    "Au premier rendez-vous, nous avons retracé son parcours depuis le collège, emploi "
    "par emploi.",
    "Je lui ai d'abord demandé le récit de son parcours, sans l'interrompre.",
    "Nous avons fait le tour de son parcours, y compris le bénévolat au club de foot.",
    "On a fait le point sur son parcours et ses emplois saisonniers.",
    "J'ai proposé l'inventaire de ses expériences, même celles qu'elle trouvait sans "
    "intérêt.",
    "Ensemble, on liste ce qu'elle sait faire : encaisser, commander, tenir une boutique "
    "seule.",
])
@pytest.mark.parametrize(("rules", "part"), [("cip-titre", 3), ("cip-ccp2", 2)])
def test_skills_identified_by_going_over_the_persons_path(middle: str, rules: str,
                                                          part: int) -> None:
    assert item_state(PROJET.format(middle=middle), "competences", rules=rules,
                      part=part) == "found"


@pytest.mark.parametrize("middle", [
    "Elle n'a pas de voiture et le bus passe deux fois par jour.",
    # the path of the placement, not the person's own path looked at with her
    "Je lui ai expliqué les étapes du parcours d'insertion proposé par le PLIE.",
    # her difficulty, not a method
    "Elle ne sait pas dire ce qu'elle sait faire.",
])
def test_a_project_without_a_look_at_the_persons_path_stays_absent(middle: str) -> None:
    assert item_state(PROJET.format(middle=middle), "competences", rules="cip-titre",
                      part=3) == "absent"


ACTION = ("# Partie 6 – Appui technique aux employeurs\n\n# La demande\n\nUne boulangerie "
          "de Saint-Flour cherchait un vendeur pour le samedi.\n\n# Ce que j'ai fait\n\n"
          "J'ai rédigé l'offre avec la gérante et présélectionné trois candidats.")


@pytest.mark.parametrize(("rules", "part"), [("cip-titre", 6), ("cip-ccp3", 2)])
def test_a_section_titled_mon_regard_is_the_practice_analysis(rules: str, part: int) -> None:
    text = ACTION + ("\n\n# Mon regard\n\nLa gérante voulait quelqu'un d'expérimenté ; "
                     "j'ai dû défendre un candidat qui sortait de formation.")
    assert item_state(text, "pratique.analyse", rules=rules, part=part) == "found"


def test_an_action_without_a_look_back_stays_without_analysis() -> None:
    text = ACTION + "\n\n# Résultat\n\nLe deuxième candidat a été embauché en mars."
    assert item_state(text, "pratique.analyse", rules="cip-titre", part=6) == "absent"


@pytest.mark.parametrize(("text", "word"), [
    ("J'avais prévu une monographie du parcours de Mme R., mais elle a déménagé à Lyon "
     "avant notre troisième rencontre.", "monograph"),
    ("Nous avions programmé une cartographie des partenaires, mais le logiciel de la "
     "structure est resté en panne.", "cartograph"),
])
def test_a_plan_in_the_pluperfect_then_mais_is_not_done(text: str, word: str) -> None:
    assert said_of(text, word) is Said.NOT_DONE


@pytest.mark.parametrize(("text", "word"), [
    # no « mais »: the plan was carried out, what it gave follows
    ("J'avais prévu un questionnaire avant et après l'atelier ; la moyenne est passée "
     "de 4 à 7.", "questionnaire"),
    # the « mais » clause says it was made all the same
    ("J'avais prévu une cartographie sur papier, mais je l'ai finalement réalisée sur "
     "tableur.", "cartograph"),
    # a word further on than the plan's object is not what was dropped
    ("J'avais prévu un questionnaire de satisfaction, mais le temps a manqué.",
     "satisfaction"),
])
def test_a_plan_carried_out_or_a_word_beyond_its_object_stays_done(text: str,
                                                                   word: str) -> None:
    assert said_of(text, word) is Said.DONE


def test_a_memoire_whose_monographie_was_planned_then_dropped_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    heading = ops_memoires.SECTIONS["monographie"][0]
    monkeypatch.setitem(ops_memoires.SECTIONS, "monographie", (heading, [
        "J'avais prévu une monographie du parcours d'un jeune accompagné depuis l'automne, "
        "mais il a quitté le dispositif en février ; je ne la présente donc pas."]))
    path = ops_memoires.write(tmp_path / "memoire.docx")
    report = check_file(path, load("ops-memoire"), Options(privacy=False))
    f = next(f for f in report.checks if f.id == "content.monographie")
    assert f.status is Status.FAIL
    assert report.verdict is Status.FAIL


SUIVI = ("# Le suivi de M. K.\n\nM. K., 33 ans, ancien livreur, est orienté vers l'atelier "
         "chantier d'insertion par la conseillère du Département. {middle}")


@pytest.mark.parametrize("middle", [
    "Au deuxième entretien, nous avons signé le plan d'action : permis B, puis une "
    "formation de cariste.",
    "Le 3 mars, on signe l'avenant à son parcours : deux jours de plus par semaine.",
    "Entretien 2 : diagnostic, puis signature du CEJ.",
])
@pytest.mark.parametrize(("rules", "part"), [("cip-titre", 2), ("cip-ccp2", 1)])
def test_the_paper_of_the_path_signed_with_the_person_is_contractualisation(
        middle: str, rules: str, part: int) -> None:
    assert item_state(SUIVI.format(middle=middle), "contractualisation", rules=rules,
                      part=part) == "found"


def test_a_follow_up_without_anything_agreed_stays_without_contractualisation() -> None:
    middle = "Il vient quand il peut ; nous parlons surtout de son fils et de la voiture."
    assert item_state(SUIVI.format(middle=middle), "contractualisation", rules="cip-titre",
                      part=2) == "absent"


def _map_state(text: str) -> str:
    return item_state(text, "cartographie")


def test_an_article_before_a_noun_in_the_next_sentence_does_not_undo_the_map() -> None:
    # « les liens à construire » is an article and its noun, not the map taken up by a
    # pronoun: the map drawn stays found (a compliant mémoire failed on it).
    text = ("# Le réseau\n\nJ'ai dessiné la carte des partenaires de l'association : la "
            "mission locale, le CCAS, deux chantiers d'insertion et la plateforme mobilité. "
            "Les liens solides sont en bleu, les liens à construire en orange : celui avec "
            "les transporteurs reste à construire.")
    assert _map_state(text) == "found"


def test_the_map_taken_up_by_a_pronoun_and_not_made_is_still_absent() -> None:
    text = ("# Le réseau\n\nLa carte des partenaires était prévue pour la troisième "
            "semaine. Faute de temps, je n'ai pas pu la réaliser.")
    assert _map_state(text) == "absent"
