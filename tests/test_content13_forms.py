# ruff: noqa: E501  (French prose of the full-title dossier)
"""Required contents read where a mémoire puts them, and adjustments said not made
(content13).

An OPS mémoire laid out by its contents (« 1. La structure », « 3. Monographie »,
« 6. Les ajustements »…) shows each content in its own section, the action's, or a
section that names none: a word of a content met only under another content's title
(« sa principale difficulté restait l'écrit » in the monographie) is not it. The
adjustments are made on the way: « pas d'ajustements faute de temps » is none made,
« aucun n'a été nécessaire » answers the source's « éventuellement nécessaires ».
Passages written for these tests, in my own words; two whole dossiers (an OPS mémoire
and a full-title dossier) go through ``check_file``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from cipcheck.api import Options, check_file
from cipcheck.content.evaluate import ItemResult, Scope, evaluate
from cipcheck.findings import Status
from cipcheck.ruleset import load

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
from cases import blocks_of  # noqa: E402

# A mémoire of a régie de quartier in Calais, one section per content.
STRUCTURE = ("1. Présentation de la structure",
             "La Régie de quartier du Beau-Marais est une association d'insertion implantée "
             "à Calais, au cœur du quartier. Elle emploie en contrat d'insertion une "
             "quarantaine d'habitants, surtout des femmes seules et des hommes de plus de "
             "cinquante ans.")
CARTOGRAPHIE = ("2. La cartographie des partenaires",
                "J'ai représenté sur un schéma les partenaires de la Régie : le bailleur "
                "social et la Ville commandent les chantiers, France Travail et le PLIE "
                "orientent les salariés, le CCAS et la CAF interviennent pour le logement "
                "et les aides.")
MONOGRAPHIE = ("3. Monographie : le parcours de M. D.",
               "M. D., 54 ans, ancien docker, est arrivé à la Régie après deux ans sans "
               "emploi. Au fil des mois, il a repris confiance et passé son CACES. Sa "
               "principale difficulté restait l'écrit. L'analyse de son parcours montre "
               "qu'un cadre de travail collectif l'a aidé davantage que les entretiens "
               "seuls.")
ACTION = ("4. L'action",
          "L'action « Premiers pas vers l'emploi » vise à préparer six salariés à leur "
          "sortie : elle dure cinq semaines, avec une demi-journée collective chaque lundi "
          "et un rendez-vous individuel le jeudi.")
OUTIL = ("5. L'outil",
         "J'ai créé un livret de sortie où chaque salarié note ses compétences, ses "
         "démarches et les contacts qu'il a noués.")
AJUSTEMENTS = ("6. Les ajustements",
               "Le lundi tombait mal pour deux salariés en chantier : nous avons déplacé la "
               "séance collective au mardi à partir de la troisième semaine.")
ANALYSE = ("7. Analyse",
           "Points forts : l'assiduité et l'entraide du groupe. Points faibles : cinq "
           "semaines, c'est court pour préparer un entretien. Je proposerais d'ajouter une "
           "visite d'entreprise.")
SECTIONS = {"structure": STRUCTURE, "cartographie": CARTOGRAPHIE, "monographie": MONOGRAPHIE,
            "action": ACTION, "outil": OUTIL, "ajustements": AJUSTEMENTS,
            "analyse_action": ANALYSE}


def _memoire(titled: bool = True, **replaced: tuple[str, str] | None) -> str:
    out = []
    for key, section in SECTIONS.items():
        chosen = replaced.get(key, section)
        if chosen is None:
            continue
        title, text = chosen
        out.append((f"# {title}\n\n" if titled else "") + text)
    return "\n\n".join(out)


def _result(text: str, item: str) -> ItemResult:
    ops = load("ops-memoire")
    blocks = blocks_of(text)
    return next(r for r in evaluate(ops.content, Scope(blocks, blocks), ops.lexicon)
                if r.item.id == item)


def _state(r: ItemResult) -> str:
    return "found" if r.found else "absent" if r.absent else "partial"


def test_the_whole_memoire_shows_its_seven_contents() -> None:
    text = _memoire()
    assert {k: _state(_result(text, k)) for k in SECTIONS} == dict.fromkeys(SECTIONS, "found")


def test_a_difficulty_in_the_monographie_is_no_adjustment() -> None:
    # No section of adjustments: « difficulté » of the person in the monographie and
    # « ajouter » proposed in the analysis are not adjustments made to the action.
    r = _result(_memoire(ajustements=None), "ajustements")
    assert _state(r) == "absent"
    assert any("Monographie" in title for _, _, title in r.elsewhere)


def test_a_change_in_a_hypothesis_of_the_analysis_is_no_adjustment() -> None:
    analyse = ("7. Analyse", ANALYSE[1] + " Si la Ville change de prestataire, tout le "
               "calendrier des chantiers sera à revoir.")
    assert _state(_result(_memoire(ajustements=None, analyse_action=analyse),
                          "ajustements")) == "absent"


def test_the_candidates_own_change_told_in_another_section_warns() -> None:
    # « j'ai décalé » is something the candidate did: maybe an adjustment told in the
    # monographie — partly there (a warning), never a failure.
    mono = (MONOGRAPHIE[0], MONOGRAPHIE[1] + " Pour lui, j'ai décalé nos rendez-vous en "
            "fin de journée.")
    assert _state(_result(_memoire(ajustements=None, monographie=mono),
                          "ajustements")) == "partial"


def test_adjustments_told_in_the_analysis_of_the_action_are_found() -> None:
    # The action is what is adjusted and analysed: its sections hold both.
    analyse = ("7. Analyse de l'action", "Au bout de deux séances, nous avons raccourci les "
               "apports théoriques de moitié. Points forts : l'entraide. Points faibles : "
               "la durée.")
    assert _state(_result(_memoire(ajustements=None, analyse_action=analyse),
                          "ajustements")) == "found"


def test_a_memoire_without_titles_reads_its_words_anywhere() -> None:
    # Not laid out by its contents: where a word stands says nothing (unchanged).
    assert _state(_result(_memoire(titled=False, ajustements=None),
                          "ajustements")) == "found"


@pytest.mark.parametrize("text", [
    "Pas d'ajustements, faute de temps.",
    "Je n'ai pas eu le temps de mettre en place des ajustements avant la fin du stage.",
    "Aucun ajustement n'a été fait : le temps a manqué.",
    "Je n'ai pas pu travailler sur les ajustements, la période était trop courte.",
])
def test_adjustments_said_not_made_are_absent(text: str) -> None:
    r = _result(_memoire(ajustements=("6. Les ajustements", text)), "ajustements")
    assert _state(r) == "absent"


@pytest.mark.parametrize("text", [
    "Aucun ajustement n'a été nécessaire : l'atelier s'est déroulé comme prévu.",
    "Je n'ai pas eu besoin de modifier le déroulé, les six salariés sont venus à chaque "
    "séance.",
])
def test_no_adjustment_needed_is_the_content(text: str) -> None:
    r = _result(_memoire(ajustements=("6. Les ajustements", text)), "ajustements")
    assert _state(r) == "found"


# ---- whole dossiers through check_file ------------------------------------------------

COVER = ["Mémoire de la période de mise en application professionnelle",
         "OPS Conseil – Chargé d'accompagnement collectif et individuel en insertion "
         "socio-professionnelle",
         "Présenté par Lucie Ferrand",
         "Période de mise en application professionnelle : 29 jours à la Régie de quartier "
         "du Beau-Marais, Calais"]


def _write_memoire(path: Path, sections: dict[str, tuple[str, str] | None]) -> Path:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for line in COVER:
        d.add_paragraph(line)
    d.add_page_break()
    for section in sections.values():
        if section is None:
            continue
        title, text = section
        d.add_heading(title, level=1)
        for sentence_group in text.split(" | "):
            d.add_paragraph(sentence_group)
    d.save(str(path))
    return path


def _content(report) -> tuple[set[str], list[str]]:  # type: ignore[no-untyped-def]
    failed = {f.id for f in report.checks if f.status is Status.FAIL}
    warned = [f.id for f in report.checks
              if f.id.startswith("content") and f.status is Status.WARN]
    return failed, warned


def test_a_compliant_memoire_passes_quietly(tmp_path: Path) -> None:
    report = check_file(_write_memoire(tmp_path / "m.docx", dict(SECTIONS)), "ops-memoire",
                        Options(pages="estimate", privacy=False))
    failed, warned = _content(report)
    assert not failed
    assert len(warned) <= 2, warned


def test_a_memoire_whose_adjustments_were_not_made_fails_that_content(
        tmp_path: Path) -> None:
    sections = dict(SECTIONS, ajustements=(
        "6. Les ajustements", "Pas d'ajustements : faute de temps, je n'ai rien pu changer "
        "au calendrier prévu."))
    report = check_file(_write_memoire(tmp_path / "m.docx", sections), "ops-memoire",
                        Options(pages="estimate", privacy=False))
    failed, _ = _content(report)
    assert failed == {"content.ajustements"}
    # Named as not done: no « aucune trace trouvée » before the quote that names it
    # (blind13 found the two side by side).
    message = next(f.message for f in report.checks if f.id == "content.ajustements")
    assert "aucune trace" not in message and "non réalisé" in message


def test_a_memoire_without_adjustments_says_where_their_words_were_read(
        tmp_path: Path) -> None:
    sections = dict(SECTIONS, ajustements=None)
    report = check_file(_write_memoire(tmp_path / "m.docx", sections), "ops-memoire",
                        Options(pages="estimate", privacy=False))
    failed, _ = _content(report)
    assert failed == {"content.ajustements"}
    finding = next(f for f in report.checks if f.id == "content.ajustements")
    assert "sections d'autres contenus" in finding.message
    assert "Monographie" in finding.message


# A full-title dossier in one candidate's voice (a former hospital logistics agent placed
# at a Mission locale in Auxerre): every part tells its contents in her words. Only the
# content findings are asserted (the parts are not laid out over the RE's page ranges).
TITRE = {
    1: """\
# La Mission locale de l'Auxerrois
La Mission locale de l'Auxerrois est une association loi 1901 présidée par une élue de l'agglomération. Sa mission est d'accompagner les jeunes de 16 à 25 ans sortis du système scolaire dans leur insertion professionnelle et sociale : emploi, formation, logement, santé, mobilité. Elle propose un accueil sans rendez-vous le matin, des entretiens individuels avec un conseiller référent, le Contrat d'engagement jeune, des ateliers collectifs et des aides financières ponctuelles.
Elle est financée par l'État, la Région Bourgogne-Franche-Comté, le Département de l'Yonne et les communes de l'agglomération.
En 2025, elle a suivi 1 900 jeunes, dont 40 % sans diplôme ; un sur trois vit dans un quartier prioritaire.
# Le territoire
Auxerre compte 35 000 habitants. Le chômage des jeunes y dépasse 20 %, les familles monoparentales sont nombreuses aux Rosoirs et à Sainte-Geneviève. L'économie repose sur la logistique, l'agroalimentaire, la viticulture et les services à la personne, qui peinent à recruter. Le territoire est rural autour de la ville, les bus sont rares le soir et beaucoup de jeunes n'ont pas le permis. Atout : des entreprises qui cherchent des salariés ; faiblesse : la mobilité. Ces chiffres viennent de l'INSEE et du diagnostic de la Mission locale.
# Les acteurs
En interne, je travaille avec onze conseillers, une chargée de relations entreprises, une psychologue et la directrice. À l'extérieur, la Mission locale travaille avec France Travail, le CCAS, le Département, les organismes de formation, les foyers de jeunes travailleurs et les entreprises du bassin.
""",
    2: """\
# Le contexte
Inès, 19 ans, m'a été orientée par l'accueil de la Mission locale après l'arrêt de son CAP vente. Elle vit chez sa mère, sans ressources.
# Entretien 1 – 6 janvier
Premier entretien : Inès explique qu'elle a quitté le CAP à cause de l'ambiance de la classe. Nous faisons ensemble le diagnostic de sa situation : pas de permis, peu de confiance, mais une vraie envie de travailler avec des enfants.
# Entretien 2 – 20 janvier
Nous signons le Contrat d'engagement jeune : objectifs fixés ensemble, une immersion en crèche et une inscription au code de la route.
# Entretien 3 – 10 février
Point d'étape : l'immersion de deux semaines en crèche est réalisée, la directrice est satisfaite. La prochaine étape sera une formation CAP AEPE en alternance à la rentrée.
# Bilan et relais
Bilan : Inès a retrouvé un projet et a réussi son code. Ma collègue référente prendra le relais du suivi après mon stage ; je lui ai présenté Inès lors d'un entretien commun.
# Analyse de ma pratique
J'ai ressenti de l'agacement quand Inès arrivait en retard, et j'ai appris à distinguer ce que je ressentais de ce qu'elle vivait. Ma limite : je voulais aller trop vite. Mon point fort : l'écoute. À l'avenir, je laisserai plus de place aux silences.
""",
    3: """\
# Le contexte
Yanis, 23 ans, titulaire d'un bac pro logistique, enchaîne les missions d'intérim et veut un métier stable. Le diagnostic partagé fait ressortir ses points clés : fiable, à l'aise avec les chiffres, mais sans idée précise de métier.
# Entretien 1 – 13 janvier
Nous utilisons une méthode en trois étapes : exploration des intérêts, enquêtes métiers, validation du projet. Je lui fais passer un questionnaire d'intérêts et nous repérons ses compétences transférables : gestion des stocks, rigueur, travail en équipe.
# Entretien 2 – 27 janvier
Yanis a mené deux enquêtes auprès d'un magasinier hospitalier et d'un gestionnaire de stocks. Il choisit le métier de technicien logistique.
# Entretien 3 – 17 février
Nous construisons le plan d'action pour la réalisation du projet : une formation qualifiante financée par la Région, une candidature à l'AFPA et une PMSMP d'une semaine chez un transporteur.
# Analyse de ma pratique
Je me suis sentie utile mais inquiète de l'influencer. Ma limite : je connaissais mal les formations de la logistique. Point fort : la méthode, qui l'a rassuré. Je prévoirai désormais les enquêtes plus tôt.
""",
    4: """\
# La demande
La directrice m'a demandé un atelier sur la préparation aux entretiens d'embauche pour les jeunes du Contrat d'engagement jeune.
# La progression
L'atelier dure deux séances de trois heures avec huit jeunes. Objectifs pédagogiques : se présenter en deux minutes, répondre aux questions difficiles, préparer sa tenue et son trajet. Méthodes : active et participative, en petits groupes ; activités : jeux de rôle filmés, quiz sur les questions pièges, tour de table.
# La préparation et l'animation
J'ai préparé les fiches de questions, réservé la salle et la caméra. Le jour J, les jeunes ont participé aux jeux de rôle ; deux ont refusé d'être filmés et ont joué le recruteur.
# L'évaluation et le bilan
Un questionnaire de satisfaction à chaud a été rempli par les huit jeunes : sept se disent plus à l'aise. Bilan : l'objectif est atteint, trois jeunes ont décroché un entretien dans le mois.
# Analyse de ma pratique
J'étais stressée au début. Ma limite : j'ai trop parlé lors de la première séance. Point fort : l'ambiance bienveillante. La prochaine fois, je donnerai plus vite la parole aux jeunes.
""",
    5: """\
# La structure et le territoire
La Mission locale veut développer des offres dans la logistique, secteur en tension sur le bassin d'emploi d'Auxerre où les entrepôts recrutent des préparateurs de commandes.
# Les employeurs ciblés
J'ai ciblé les entrepôts de plus de cinquante salariés de la zone d'activités des Clairions et les transporteurs routiers.
# Stratégie, outils et planification
Stratégie : un appel de présentation, puis une visite sur site pour proposer des candidats préparés et des PMSMP. Outils : un fichier de vingt entreprises, une plaquette de la Mission locale, un argumentaire téléphonique. Planning : les appels en semaine 1, les visites en semaines 2 et 3, un bilan en semaine 4.
# Évaluation
Sur vingt entreprises appelées, huit rendez-vous obtenus, cinq visites et trois offres d'emploi recueillies.
# Développement durable
J'ai regroupé les visites par zone pour limiter les déplacements en voiture et envoyé la plaquette par courriel plutôt qu'imprimée.
""",
    6: """\
# Le contexte et les interlocuteurs
Un entrepôt de la zone des Clairions cherchait deux caristes. Mon interlocuteur était le responsable des ressources humaines, avec le chef d'équipe.
# La démarche
J'ai analysé le poste avec eux, rédigé l'offre, présélectionné quatre jeunes et préparé les entretiens de recrutement.
# Les résultats
Deux jeunes ont été recrutés en CDD de six mois ; l'entreprise a demandé de nouveaux profils.
# Analyse de ma pratique
J'ai appris à parler le langage de l'entreprise ; ma limite a été de ne pas assez vérifier les horaires de nuit avec les candidats.
""",
    7: """\
# Le contexte et les interlocuteurs
Nathan, 21 ans, a été embauché comme préparateur de commandes. Je l'ai suivi avec sa tutrice dans l'entreprise et son conseiller.
# La démarche
J'ai organisé un point à une semaine puis à un mois avec Nathan et sa tutrice ; nous avons réglé un problème de transport grâce à une aide à la mobilité.
# Les résultats
Nathan est toujours en poste à la fin de sa période d'essai.
# Analyse de ma pratique
Je retiens que l'intégration se joue dans les premiers jours ; j'aurais dû anticiper la question du trajet.
""",
}
TITRE_TITLES = ["Présentation de la structure, du territoire et des acteurs",
                "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
                "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
                "Conception, préparation et animation d'un atelier thématique",
                "Action de prospection auprès des employeurs du territoire",
                "Appui technique aux employeurs en matière de recrutement",
                "Intégration et maintien d'un salarié dans son environnement professionnel"]


def _write_titre(path: Path) -> Path:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for line in ("Titre professionnel Conseiller en insertion professionnelle",
                 "Dossier professionnel", "Candidate : Sabine Roux",
                 "Stage en entreprise : 392 heures à la Mission locale de l'Auxerrois"):
        d.add_paragraph(line)
    for number, title in enumerate(TITRE_TITLES, start=1):
        d.add_page_break()
        d.add_heading(f"Partie {number} – {title}", level=1)
        for line in TITRE[number].splitlines():
            if line.startswith("# "):
                d.add_heading(line[2:], level=2)
            elif line.strip():
                d.add_paragraph(line)
    d.save(str(path))
    return path


def test_a_compliant_titre_dossier_fails_no_content_and_warns_little(
        tmp_path: Path) -> None:
    report = check_file(_write_titre(tmp_path / "titre.docx"), "cip-titre",
                        Options(pages="estimate", privacy=False))
    content = [f for f in report.checks if f.id.startswith("content")]
    assert not [f.message for f in content if f.status is Status.FAIL]
    warned = [f.message for f in content if f.status is Status.WARN]
    assert len(warned) <= 2, warned
    # The interviews of parts 2 and 3 are each counted, three held in each.
    counted = {f.part: f.status for f in content if f.id == "content.entretiens"}
    assert counted == {2: Status.PASS, 3: Status.PASS}


# A workshop part laid out by its contents: the questionnaire that measured the need is
# not the workshop's evaluation; one filled in at the last session is.
WORKSHOP = {
    "origine": ("# 4.1 Pourquoi cet atelier\n\nUn petit questionnaire passé à quinze "
                "jeunes de la garantie jeunes a montré que onze ne savaient pas rédiger un "
                "courriel de candidature."),
    "deroule": ("# 4.2 Le déroulé\n\nTrois séances de deux heures : écrire l'objet et "
                "la formule d'appel, joindre un CV, relire à deux."),
    "preparation": ("# 4.3 La préparation\n\nJ'ai réservé la salle informatique et "
                    "préparé une boîte mail fictive pour chacun."),
    "animation": ("# 4.4 L'animation\n\nLes jeunes ont travaillé en binômes ; deux "
                  "participantes ont aidé leurs voisins à retrouver leurs identifiants."),
    "bilan": ("# 4.5 Bilan\n\nLes quinze jeunes ont envoyé au moins une candidature "
              "depuis leur propre boîte mail."),
}


def test_the_questionnaire_of_the_need_is_no_evaluation_of_the_workshop() -> None:
    from content_state import item_state

    text = "\n\n".join(WORKSHOP.values())
    assert item_state(text, "evaluation", rules="cip-titre", part=4) != "found"


def test_an_evaluation_told_in_the_course_of_the_workshop_is_found() -> None:
    from content_state import item_state

    told = dict(WORKSHOP, deroule=WORKSHOP["deroule"] + " À la fin de la troisième "
                "séance, chacun remplit une grille d'auto-évaluation.")
    assert item_state("\n\n".join(told.values()), "evaluation", rules="cip-titre",
                      part=4) == "found"


# The monographie's analysis under a label of the candidate's, and a portrait told with
# « raconter »: a complete monographie, no warning.
@pytest.mark.parametrize("mono", [
    ("3. Le parcours de Mme K.", "Mme K., 38 ans, ancienne serveuse, a repris une "
     "formation d'agente de propreté après un long arrêt. Mon analyse : c'est la "
     "régularité du chantier, plus que nos rendez-vous, qui l'a remise debout."),
    ("3. Une personne accompagnée", "Je raconte ici le parcours de Jordan, vingt-deux ans, "
     "depuis la fin de son apprentissage de boulanger jusqu'à son embauche au chantier. "
     "Analyse : il fallait d'abord régler son logement pour qu'il tienne ses horaires."),
])
def test_a_monographie_in_the_candidates_words_is_found(mono: tuple[str, str]) -> None:
    assert _state(_result(_memoire(monographie=mono), "monographie")) == "found"

