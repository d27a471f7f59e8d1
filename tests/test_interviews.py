# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""Interviews as held events: realistic parts in many forms and voices, labelled with the
number of interviews actually held (the tuning set; the held-out one is in
test_interviews_heldout.py), and the French tense reader they rely on."""

from __future__ import annotations

import pytest
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews
from cipcheck.document import Block
from cipcheck.reading import read
from cipcheck.reading.tense import future_at, is_future_form, past_at

CASES: list[tuple[str, str, int, str]] = [
    ("intertitres-numerotes", "docx", 3, """
Mme B., 45 ans, a travaillé vingt ans comme employée libre-service. Licenciée économique, elle vient me voir sur les conseils de son assistante sociale.

# Entretien n°1 – 14 mars
Je présente le cadre de l'accompagnement et nous signons le contrat d'engagement. Elle exprime sa peur de « ne plus savoir faire autre chose ».

# Entretien n°2 – 28 mars
Nous travaillons sur ses compétences à l'aide du portefeuille de compétences. Elle découvre qu'elle a souvent formé les nouveaux.

# Entretien n°3 – 11 avril
Bilan de son enquête métier auprès d'une formatrice. Elle décide de viser le titre de formatrice professionnelle d'adultes.
"""),
    ("ordinaux-en-titre", "docx", 4, """
# 1er entretien : l'accueil
M. V. est envoyé par France Travail. Je lui présente l'offre de service.

# 2ème entretien : le diagnostic
Nous revenons sur son parcours d'électricien et sur ses problèmes de santé.

# 3ème entretien : les pistes
Il a fait des recherches sur le métier de technicien de maintenance.

# 4ème entretien : le plan d'action
Nous formalisons le plan d'action : formation AFPA, financement par la Région.
"""),
    ("rendez-vous-dates-numeriques", "docx", 3, """
# Rendez-vous du 3/04
Premier contact. Elle est venue accompagnée de sa fille qui a traduit une partie de l'échange.

# Rendez-vous du 17/04
Seule cette fois, elle a pu m'expliquer son projet de devenir auxiliaire de vie.

# Rendez-vous du 2/05
Nous avons préparé sa candidature pour la formation ADVF du GRETA.
"""),
    ("narratif-rencontres", "docx", 3, """
La première fois que j'ai rencontré Julien, il avait 19 ans et sortait d'un contrat d'apprentissage rompu.

Lors de notre première rencontre, nous avons surtout parlé de sa passion pour la mécanique moto.

Quinze jours plus tard, nous nous sommes revus : il avait contacté deux garages de sa propre initiative.

Lors de notre troisième rencontre, il m'a annoncé qu'un garagiste acceptait de le prendre en stage.
"""),
    ("prevu-non-compte", "docx", 2, """
# Premier entretien
Lors du premier entretien, nous avons posé le cadre et signé le contrat. Mme A. s'est montrée très volontaire.

# Deuxième entretien
Le deuxième entretien a porté sur son CV et sur les offres d'agent d'entretien.

Un troisième entretien est prévu le 15 avril pour faire le point sur ses candidatures.
"""),
    ("futur-lors-de", "docx", 2, """
Mme C. a 33 ans et souhaite reprendre un emploi après un congé parental de trois ans.

Le 6 février, je l'ai reçue pour un premier entretien : elle a décrit son ancien poste d'assistante de gestion.

Le 20 février, deuxième entretien : nous avons identifié ses compétences et ses contraintes de garde.

Lors du troisième entretien, nous ferons le bilan de ses démarches auprès de la crèche. Nous verrons alors si une formation courte est envisageable.
"""),
    ("tableau-docx", "docx", 4, """
M. E., 56 ans, ancien chauffeur poids lourd, inapte à la conduite depuis son accident.

Date | Entretien | Contenu
08/01/2024 | Entretien 1 | Accueil, contrat, recueil des attentes
22/01/2024 | Entretien 2 | Diagnostic, freins de santé
05/02/2024 | Entretien 3 | Pistes : magasinier, agent de tri
19/02/2024 | Entretien 4 | Plan d'action, PMSMP

Chaque entretien a duré environ une heure.
"""),
    ("tableau-pdf", "pdf", 3, """
# 2.1 Calendrier des entretiens
Date  Objet  Durée
12/09/2023  Accueil et diagnostic partagé avec Mme F.  1 h 30
26/09/2023  Travail sur le projet de reconversion dans la petite enfance, recherche d'informations sur le CAP AEPE  1 h
10/10/2023  Bilan de la PMSMP en crèche et préparation du dossier de financement  1 h

# 2.2 Analyse
Mme F. a progressé rapidement ; elle a pris confiance au fil des semaines.
"""),
    ("recap-et-detail", "docx", 3, """
Récapitulatif de l'accompagnement : entretiens du 5 mars, du 19 mars et du 2 avril.

# Entretien du 5 mars
Accueil de M. G. et signature du contrat d'engagement. Il veut devenir cuisinier.

# Entretien du 19 mars
Retour sur son immersion en restauration collective.

# Entretien du 2 avril
Préparation de son entrée en formation. Le dossier est complet.
"""),
    ("general-et-embauche", "docx", 3, """
L'entretien individuel est un outil central du CIP : il permet d'établir une relation de confiance. Les entretiens individuels permettent aussi d'évaluer l'évolution de la personne.

# Premier entretien (4 décembre)
Mme H. présente son parcours d'hôtesse de caisse.

# Deuxième entretien (18 décembre)
Nous préparons son entretien d'embauche chez Carrefour. Elle a passé un entretien avec le responsable du magasin le 20 décembre.

# Troisième entretien (8 janvier)
Elle a été retenue. Nous préparons sa prise de poste et la passation au référent RSA.
"""),
    ("telephone-et-visio", "docx", 3, """
M. J., 29 ans, vit à 40 km de la structure et n'a pas de voiture.

Nous avons eu un premier entretien en présentiel le 10 octobre pour faire connaissance et poser le cadre.

Le 24 octobre, nous avons fait un entretien téléphonique : il avait trouvé une formation de cariste à distance raisonnable.

Le 7 novembre, entretien en visioconférence : il a reçu la réponse positive de l'organisme de formation.
"""),
    ("numero-apres-nom", "pdf", 3, """
# Entretien 1 : accueil
M. K. est orienté par le service social du département. Il est au RSA depuis deux ans et souhaite travailler dans les espaces verts. Lors de cet entretien, je lui ai présenté le dispositif.

# Entretien 2 : diagnostic
Nous avons analysé son parcours. Il a travaillé comme saisonnier dans le maraîchage et apprécie le travail en extérieur.

# Entretien 3 : plan d'action
Nous avons fixé les étapes : une PMSMP dans une entreprise paysagiste, puis une candidature à une formation qualifiante.

Le prochain rendez-vous est fixé au 12 juin.
"""),
    ("pdf-narratif-dates", "pdf", 3, """
# Partie 2 : le suivi de Madame L.
Madame L. a 47 ans. Après vingt ans comme agent de service hospitalier, elle souhaite évoluer vers un métier administratif.

Je l'ai reçue le 7 mars pour un premier entretien. Elle était très émue en parlant de son départ de l'hôpital et nous avons pris le temps d'en parler.

Je l'ai revue le 21 mars. Elle avait fait des recherches sur le métier de secrétaire médicale et avait contacté une ancienne collègue.

Le 4 avril, nous nous sommes vues pour construire son plan d'action : formation, financement et recherche d'un stage.

Au cours de ces trois rencontres, j'ai veillé à respecter son rythme.
"""),
    ("annonce-quatre-deux-decrits", "docx", 2, """
J'ai mené quatre entretiens avec M. L. entre janvier et mars.

Lors du premier entretien, il m'a parlé de son parcours de boulanger et de son allergie à la farine.

Au deuxième entretien, nous avons exploré les métiers de la vente.

Les autres entretiens ont permis de consolider le projet.
"""),
    ("conditionnel-souhait", "docx", 2, """
# Premier entretien – 2 juin
Mme M. souhaite reprendre une activité après une longue maladie. Nous faisons le point sur ses envies.

# Deuxième entretien – 16 juin
Elle a rédigé un CV. Nous parlons de ses craintes sur le temps plein.

J'aurais souhaité la recevoir une troisième fois avant l'été, mais elle a déménagé. Un troisième entretien aurait permis de finaliser son projet.
"""),
    ("annule", "docx", 2, """
# Entretien 1 – 5 septembre
Accueil de M. N., présentation du dispositif, signature du contrat.

# Entretien 2 – 19 septembre
Nous avons travaillé sur ses compétences et ses centres d'intérêt.

# Entretien 3 – 3 octobre
Cet entretien a été annulé : M. N. ne s'est pas présenté et n'a pas répondu à mes appels.
"""),
    ("atelier-collectif", "docx", 3, """
Mme O. a participé à l'information collective du 5 janvier, puis à deux ateliers CV.

# Premier entretien individuel – 12 janvier
Nous faisons le diagnostic de sa situation : ancienne commerciale, elle vise un poste en télévente.

# Deuxième entretien – 26 janvier
Nous préparons ses candidatures.

# Troisième entretien – 9 février
Elle a obtenu un entretien d'embauche le 14 février ; nous le préparons par une simulation d'entretien.
"""),
    ("liste-puces", "docx", 4, """
Le suivi s'est déroulé en quatre rendez-vous :
- 11/01 : accueil, présentation et contrat
- 25/01 : diagnostic et freins périphériques (logement)
- 08/02 : travail sur le projet, enquêtes métier
- 22/02 : bilan et passage de relais au référent
"""),
    ("entretiens-pluriel-dates", "docx", 3, """
M. P. est suivi depuis janvier. Les entretiens du 9 janvier, du 23 janvier et du 6 février ont permis de construire un projet de reprise d'activité dans la logistique.

Au premier entretien, il doutait de lui ; au troisième, il avait déjà décroché une mission d'intérim.
"""),
    ("chatty-sans-titres", "docx", 3, """
Bon, pour être honnête, le premier rdv avec Kevin a été compliqué : il est arrivé avec 40 minutes de retard et n'avait rien préparé.

Au 2e rdv il avait fait un effort, il avait noté trois métiers qui l'intéressaient.

Le 3e rdv on a vraiment avancé, on a monté son dossier pour la formation de préparateur de commandes.

Franchement, les rdv suivants seront plus simples.
"""),
    ("dernier-entretien", "docx", 3, """
# Premier entretien
Accueil de Mme Q. et recueil de sa demande : elle veut quitter la restauration.

# Deuxième entretien
Travail sur ses compétences transférables.

# Le dernier entretien
Lors du dernier entretien, nous avons fait le bilan de l'accompagnement et organisé le relais avec sa conseillère.
"""),
    ("va-plus-infinitif", "docx", 2, """
Le 12 mai, premier entretien avec M. R. : il veut passer son permis pour accéder aux offres d'agent de propreté.

Le 26 mai, deuxième entretien : nous avons monté un dossier d'aide au permis.

Nous allons nous revoir le 9 juin pour un troisième entretien où nous allons faire le point sur son inscription à l'auto-école.
"""),
    ("pdf-table-with-planned-row", "pdf", 3, """
# Tableau de suivi des rendez-vous
Date  Objet
04/03  Accueil, diagnostic
18/03  Projet professionnel
01/04  Candidatures
15/04  à venir : bilan
"""),
    ("entretien-avec-tuteur", "docx", 3, """
# Entretien du 2 octobre
Premier échange avec Mme S. sur son projet d'aide-soignante.

# Entretien du 16 octobre
Retour sur ses démarches auprès de l'IFAS.

J'ai également eu un entretien avec sa tutrice de stage le 20 octobre pour préparer la PMSMP.

# Entretien du 30 octobre
Bilan de la PMSMP : Mme S. confirme son projet.
"""),
    ("passe-simple-seances", "pdf", 3, """
# L'accompagnement
Je reçus M. T. en séance individuelle le 3 février. Il venait de perdre son emploi de vendeur. La deuxième séance individuelle, le 17 février, fut consacrée à son bilan de compétences. Lors de la troisième séance, le 3 mars, il me présenta son projet de reprise d'un commerce.
"""),
    ("revenue-me-voir", "docx", 3, """
Mme U. m'a été orientée par le CCAS. Je l'ai reçue une première fois début septembre pour comprendre sa situation de surendettement et ses attentes.

Elle est revenue me voir deux semaines plus tard avec les documents demandés : nous avons pu ouvrir son dossier et réfléchir à un emploi compatible avec ses horaires.

Nous nous sommes revues fin octobre, après son stage ; elle était ravie et souhaitait se former.
"""),
    ("analyse-dernier-apres-titres", "docx", 3, """
# Entretien 1 : accueil
Mme X. est orientée par son référent RSA. Nous posons le cadre.

# Entretien 2 : diagnostic
Nous identifions ses freins : mobilité, garde d'enfant.

# Entretien 3 : bilan
Nous faisons le bilan de l'accompagnement.

# Analyse de ma pratique
Lors du dernier entretien, elle m'a remerciée pour mon écoute. Au premier entretien, j'avais pourtant eu du mal à instaurer la confiance.
"""),
    ("date-puis-rang-dans-le-texte", "docx", 3, """
# Entretien du 12 mars
Lors de ce premier entretien, M. Y. m'a exposé sa situation de demandeur d'emploi de longue durée.

# Entretien du 26 mars
Ce deuxième rendez-vous a été consacré à ses compétences.

# Entretien du 9 avril
Pour ce troisième entretien, il avait préparé une liste d'entreprises à contacter.
"""),
    ("revoir-infinitif-plan", "docx", 2, """
Je l'ai reçue le 3 avril pour un premier entretien : elle venait d'être licenciée.

Le 17 avril, deuxième entretien : nous avons travaillé sur son CV.

Nous avons prévu de nous revoir en mai, après son stage.
"""),
    ("tableau-numeros-sans-dates", "docx", 3, """
Entretien | Objectifs | Outils
1 | Faire connaissance, poser le cadre | Contrat d'engagement
2 | Identifier les compétences | Portefeuille de compétences
3 | Construire le plan d'action | Fiche plan d'action
"""),
    ("rdv-abrege", "pdf", 3, """
# Le suivi
RDV 1 (12/03) : accueil, présentation du dispositif et recueil de la demande de M. Z.
RDV 2 (26/03) : travail sur le projet de chauffeur-livreur, recherche d'offres.
RDV 3 (09/04) : préparation aux entretiens d'embauche, simulation d'entretien.
"""),
    ("a-trois-reprises", "docx", 2, """
Nous nous sommes vus à trois reprises entre février et avril.

Lors du premier entretien, M. A. a présenté son parcours dans le bâtiment.

Au deuxième, nous avons travaillé son CV.
"""),
    ("initialement-prevu", "docx", 3, """
# Premier entretien – 3 mars
Accueil de Mme B. et diagnostic.

Le deuxième entretien, initialement prévu le 10 mars, a eu lieu le 17 mars : nous avons exploré les métiers du tri postal.

# Troisième entretien – 31 mars
Nous avons fait le point sur ses candidatures.
"""),
    ("pdf-phrases-coupees", "pdf", 3, """
# 2. Accompagnement de Monsieur C.
Monsieur C. a 50 ans et a été licencié de son poste de chef d'équipe dans une usine de plasturgie après vingt-six années d'ancienneté. Lors de notre premier entretien, le 5 janvier, il était très en colère contre son ancien employeur et ne voyait pas l'intérêt de l'accompagnement. Je l'ai laissé s'exprimer longuement. Lors du 2e entretien, le 19 janvier, nous avons commencé à lister ses compétences de management et de gestion de production. Au cours du troisième entretien, le 2 février, il a évoqué pour la première fois l'idée de devenir formateur en sécurité industrielle.
"""),
    ("dates-en-tete-de-paragraphe", "docx", 4, """
J'ai reçu M. F. à quatre reprises entre mai et juillet.

Le 5 mai, M. F. m'explique qu'il a quitté l'armée après douze ans de service et qu'il ne sait pas comment valoriser son expérience.

Le 19 mai, nous avons listé ses compétences de chef de groupe : encadrement, logistique, gestion du stress.

Le 2 juin, il m'a présenté les résultats de ses enquêtes auprès de deux agents de sécurité.

Le 16 juin, nous avons finalisé son dossier d'inscription à la formation d'agent de prévention et de sécurité, qui commencera le 4 septembre.
"""),
    ("seances-numerotees", "pdf", 3, """
# Séance 1 – 4 mars
Accueil de Mme G. et présentation de l'accompagnement renforcé.

# Séance 2 – 18 mars
Travail sur ses valeurs professionnelles avec un jeu de cartes.

# Séance 3 – 1er avril
Elle a choisi de se former au métier d'assistante de vie aux familles.

Entre la deuxième et la troisième séance, un échange téléphonique nous a permis de caler la visite de l'organisme de formation.
"""),
    ("tout-au-futur", "docx", 0, """
Mme H. vient d'être orientée vers notre structure. Le premier entretien aura lieu le 3 juin : je lui présenterai le dispositif et nous signerons le contrat d'engagement.

Le deuxième entretien sera consacré au diagnostic, et le troisième permettra de construire son plan d'action.
"""),
    ("embauche-dans-le-meme-paragraphe", "docx", 3, """
# Premier entretien – 7 mars
Accueil de M. I. Il a déjà un entretien d'embauche prévu le 12 mars dans une entreprise de logistique.

# Deuxième entretien – 14 mars
Lors du deuxième entretien, le 14 mars, nous avons débriefé son entretien d'embauche du 12 mars : il n'a pas été retenu.

# Troisième entretien – 28 mars
Nous avons préparé d'autres candidatures ; un entretien tous les quinze jours lui convient.
"""),
    ("negation-pas-de-troisieme", "docx", 2, """
# Premier entretien – 2 mai
Mme J. souhaite retrouver un emploi dans la grande distribution.

# Deuxième entretien – 16 mai
Nous avons actualisé son CV et ciblé trois magasins.

Malheureusement, il n'y a pas eu de troisième entretien : Mme J. a été embauchée le 20 mai et n'a plus donné de nouvelles.
"""),
    ("celui-du", "docx", 3, """
Lors de notre rendez-vous du 12 mars, M. K. m'a parlé de son envie de travailler dans le paysage.

Celui du 26 mars a été consacré à la recherche d'une entreprise d'accueil pour une immersion.

Enfin, celui du 9 avril nous a permis de faire le bilan de cette immersion.
"""),
    ("suivi-numerote", "pdf", 3, """
# Entretien de suivi n°1
Point sur la situation administrative de M. L. et sur ses droits.

# Entretien de suivi n°2
Travail sur le projet : il souhaite devenir agent de propreté.

# Entretien de suivi n°3
Bilan : il a signé un contrat de travail à temps partiel.
"""),
    ("date-lead-paragraphs", "pdf", 3, """
# Le suivi de M. W.
M. W., 31 ans, a quitté l'armée et veut se reconvertir dans la sécurité incendie.

14 novembre : premier contact, il m'expose son parcours et ses certifications SST.

28 novembre : nous étudions les formations SSIAP 1 et les financements possibles.

12 décembre : il a obtenu l'accord de financement ; nous préparons son entrée en formation.
"""),
]

TUNING = [c for c in CASES]


@pytest.mark.parametrize("name,kind,expected,text", CASES, ids=[c[0] for c in CASES])
def test_held_interviews_counted(name: str, kind: str, expected: int, text: str) -> None:
    counted = count_interviews(part_blocks(text, kind))
    assert counted.count == expected, [i.words for i in counted.interviews]


def test_counted_interviews_are_listed_with_page_and_words() -> None:
    counted = count_interviews(part_blocks(CASES[0][3]))
    assert [i.page for i in counted.interviews] == [10, 10, 10]
    assert counted.interviews[0].words == "Entretien n°1 – 14 mars"
    assert counted.interviews[1].date == (28, 3) and counted.interviews[1].rank == 2


def test_planned_interview_is_listed_not_counted() -> None:
    counted = count_interviews(part_blocks(CASES[4][3]))
    assert counted.count == 2
    assert len(counted.planned) == 1 and counted.planned[0].reason == "à venir"
    assert "troisième entretien est prévu" in counted.planned[0].words


def test_announced_more_than_told_is_uncertain() -> None:
    counted = count_interviews(part_blocks(CASES[13][3]))
    assert counted.count == 2 and counted.announced == 4 and counted.uncertain


def test_cancelled_interview_is_listed_as_such() -> None:
    counted = count_interviews(part_blocks(CASES[15][3]))
    assert counted.count == 2 and [p.reason for p in counted.planned] == ["annulé"]


def test_finding_lists_counted_and_not_counted() -> None:
    from cipcheck.api import Options, check_document
    from cipcheck.document import Document, PagesMethod
    from cipcheck.ruleset import load

    rules = load("cip-titre")
    heading = part_blocks(f"# Partie 2 – {rules.part(2).title}")[0]
    blocks = [part_blocks("# Dossier professionnel", page=1)[0],
              Block(text=heading.text, page=10, y=0.02, spans=heading.spans, bold=True,
                    size=14.0, heading_level=1, first_on_page=True)]
    blocks += part_blocks(dict((c[0], c[3]) for c in CASES)["prevu-non-compte"])
    doc = Document(path="t.pdf", kind="pdf", page_count=12, pages_method=PagesMethod.PDF,
                   blocks=tuple(blocks))
    f = next(f for f in check_document(doc, rules, Options()).checks
             if f.id == "content.entretiens" and f.part == 2)
    assert f.status.value == "fail", f.message
    assert "2 entretiens décrits (p. 10 : premier entretien ; p. 10 : deuxième entretien)" \
        in f.message, f.message
    assert "Non comptés : p. 10 « un troisième entretien est prévu le 15 avril" in f.message
    assert "(à venir)" in f.message


def _tokens(text: str) -> list:
    r = read([part_blocks(text)[0]])
    return list(r.tokens)


@pytest.mark.parametrize("word,text,future", [
    ("aura", "aura", True), ("reverrons", "reverrons", True), ("serait", "serait", True),
    ("proposera", "proposera", True), ("finira", "finira", True), ("viendra", "viendra", True),
    ("prendra", "prendra", True), ("permettra", "permettra", True),
    ("esperait", "espérait", False), ("tirait", "tirait", False),
    ("encadrait", "encadrait", False), ("portrait", "portrait", False),
    ("environs", "environs", False), ("vrai", "vrai", False), ("entrait", "entrait", False),
    ("souhaitait", "souhaitait", False), ("montrait", "montrait", False),
])
def test_future_forms(word: str, text: str, future: bool) -> None:
    assert is_future_form(word, text) is future


@pytest.mark.parametrize("sentence,future,past", [
    ("Nous allons faire le point.", True, False),
    ("Un entretien est prévu le 3 mai.", True, False),
    ("Comme prévu, l'entretien a eu lieu.", False, True),
    ("Nous avons fait le point.", False, True),
    ("Elle va mieux depuis.", False, False),
    ("Le bilan reste à venir.", True, False),
])
def test_clause_markers(sentence: str, future: bool, past: bool) -> None:
    toks = _tokens(sentence)
    assert any(future_at(toks, k) for k in range(len(toks))) is future
    assert any(past_at(toks, k) for k in range(len(toks))) is past


def test_dated_paragraphs_whose_later_sentences_say_we_met_keep_a_short_count_uncertain(
        ) -> None:
    # Four dated meetings; the paragraph says who was there after its first sentence
    # (« … Nous avons étudié ensemble … »). Whatever is counted, the dates are there:
    # under the minimum this must stay a warning, not a failure.
    text = """Le 3 octobre, premier rendez-vous à la mission locale. Mme K. est très réservée et répond par monosyllabes.

Le 17 octobre, nous avons repris son parcours scolaire et ses stages de troisième.

Le 31 octobre, Mme K. avait démarché deux entreprises avec sa sœur. Nous avons préparé ensemble les questions à poser à un employeur.

Le 14 novembre, bilan de la semaine d'immersion : la tutrice est satisfaite. Nous avons établi ensemble la suite du parcours."""
    counted = count_interviews(part_blocks(text))
    assert counted.past_dates >= 4


def test_meetings_told_by_the_time_elapsed_keep_a_short_count_uncertain() -> None:
    # Three meetings, the second and third told by the time since the last one: under
    # the minimum, the part must not fail on a count the text does not make certain.
    text = """Début février, je reçois Mme T. à l'agence : elle souhaite quitter la restauration et ne sait pas vers quoi aller. Nous retraçons son parcours.

Quinze jours plus tard, nous faisons le point sur ses centres d'intérêt à partir d'un questionnaire ; elle évoque le secteur de l'aide à domicile.

Un mois après, je la revois : elle a rencontré deux professionnelles du secteur et confirme son choix. Nous préparons ensemble une PMSMP."""
    assert count_interviews(part_blocks(text)).past_dates >= 3
    # Two meetings and a planned third stay under the minimum, certainly.
    two = """Le 4 mars, je reçois M. B. pour un premier entretien : il veut devenir cariste.

Quinze jours plus tard, nous faisons le point sur son CV.

Un troisième entretien est prévu le 2 avril."""
    assert count_interviews(part_blocks(two)).past_dates < 3


# A story told as its next moments, without the word « entretien »: the count may miss
# meetings, so a count under the minimum is a doubt (a warning), not a failure; the next
# moments of workshops and team meetings are not meetings with the person.
DIARY = """Le mardi, Karim arrive avec vingt minutes de retard. On parle du chantier d'insertion, il hésite.

Le mardi suivant, il est à l'heure. Il a visité le chantier avec l'encadrant et veut essayer.

Trois semaines plus tard, il a commencé ; on fait le point sur ses premières journées et sur son budget."""
TEAM = """Le lundi, atelier collectif sur le CV avec huit personnes.

Le mardi suivant, réunion d'équipe sur les sorties positives.

Trois semaines plus tard, bilan du dispositif avec la DDETS.

J'ai reçu Mme T. une fois, le 12 mars, pour son projet."""


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_next_moments_of_a_story_are_a_doubt_not_a_count(kind: str) -> None:
    diary = count_interviews(part_blocks(DIARY, kind))
    assert diary.count < 3 and diary.count + len(diary.hints) >= 3
    assert any("mardi suivant" in h.words for h in diary.hints)
    team = count_interviews(part_blocks(TEAM, kind))
    assert team.count == 1 and not team.hints


def test_a_date_further_along_a_table_row_is_what_comes_next() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
    from cases import blocks_of

    table = """| Date | Objet | Ce qui a été décidé
| 7/01 | Accueil, recueil de la demande | Revenir avec son CV
| 21/01 | Travail sur le CV, repérage des compétences | Candidature à l'ESAT
| 4/02 | Retour de candidature, préparation de l'entretien | Entretien le 11/02"""
    c = count_interviews(blocks_of(table, table=True))
    assert c.count == 3
    assert sorted(c.dates) == [(4, 2), (7, 1), (21, 1)]
