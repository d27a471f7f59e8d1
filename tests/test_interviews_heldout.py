# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""Held-out part texts: written before the reader was tuned and never used to tune it.

The score is printed and must reach the target of issue 8 (≥ 90 % of parts exact, here
at most one miss); a part with two held interviews must never be read as three or more.
"""

from __future__ import annotations

import pytest
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

HELDOUT: list[tuple[str, str, int, str]] = [
    ("ho-journal-dates", "docx", 3, """
Mme R., 52 ans, ancienne aide-soignante, souhaite quitter le soin après un accident du dos.

# Mardi 5 mars – accueil
Je la reçois pour la première fois dans le bureau du PLIE. Elle arrive avec un dossier de la MDPH et beaucoup d'inquiétude. Nous faisons le point sur son parcours et ses restrictions médicales.

# Jeudi 21 mars – exploration
Nous explorons ensemble trois métiers à partir de fiches ROME : agent d'accueil, assistante administrative, secrétaire médicale. Elle retient le secrétariat médical.

# Lundi 8 avril – plan d'action
Elle a réalisé une enquête métier auprès d'une secrétaire de la clinique. Nous construisons son plan d'action et je la mets en lien avec Cap emploi.

La suite de l'accompagnement prévoit un entretien le 29 avril pour préparer son entrée en formation.
"""),
    ("ho-narratif-tu", "docx", 2, """
M. K., 24 ans, sans diplôme, m'est orienté par la Mission locale. Je l'ai reçu une première fois le 14 février : il parlait peu, regardait son téléphone, et j'ai surtout cherché à créer la confiance.

Je l'ai revu le 28 février. Cette fois il avait apporté un CV écrit à la main ; nous l'avons retravaillé ensemble sur l'ordinateur et il a souri pour la première fois.

Nous nous reverrons le 13 mars pour préparer sa candidature à l'EPIDE. S'il est retenu, un dernier entretien aura lieu avant son départ.

Les entretiens individuels sont pour moi le cœur du métier : ils permettent de prendre le temps.
"""),
    ("ho-tableau-et-detail", "docx", 4, """
Mme T., 41 ans, mère isolée, bénéficiaire du RSA, cherche un emploi à temps partiel.

Dates | Objet de l'entretien
16/01 | Accueil, diagnostic, freins
30/01 | Projet : vente en boulangerie
13/02 | CV et lettre, candidatures
27/02 | Bilan de l'immersion, suite

# Le diagnostic (16 janvier)
Lors de ce premier entretien, Mme T. évoque la garde de ses enfants comme principal frein. Nous avons listé ses expériences de vendeuse.

# Le projet (30 janvier)
Nous validons le projet de vendeuse en boulangerie ; une PMSMP est organisée chez un artisan du quartier.

# Les candidatures (13 février)
Nous rédigeons son CV. Elle repart avec cinq offres.

# Le bilan (27 février)
L'immersion s'est bien passée : l'artisan lui propose un CDD de 24 heures.
"""),
    ("ho-pdf-liste-numerotee", "pdf", 3, """
# 2.2 Déroulement de l'accompagnement
J'ai accompagné M. P. de janvier à mars. Voici les entretiens que nous avons eus :

1. Entretien d'accueil (9 janvier) : présentation du dispositif, recueil des attentes, signature de l'engagement réciproque. M. P. se montre méfiant envers les institutions.

2. Entretien de diagnostic (23 janvier) : analyse de son parcours de cariste, identification de ses compétences transférables et de ses freins (permis suspendu).

3. Entretien de suivi (6 février) : point sur les démarches, préparation à un entretien d'embauche chez un transporteur ; il a obtenu un entretien avec le responsable d'exploitation le 12 février.

Un quatrième entretien était prévu le 20 février mais M. P. ne s'est pas présenté.
"""),
    ("ho-rencontres-passe-simple", "pdf", 3, """
# Partie 2 – L'accompagnement de Madame S.
Madame S., 38 ans, est arrivée en France il y a quatre ans. Elle parle bien le français mais l'écrit reste difficile.

Notre première rencontre eut lieu le 4 octobre dans les locaux de l'association. Je lui présentai le dispositif et elle me parla de son expérience de couturière.

Lors de notre deuxième rencontre, une semaine plus tard, nous avons travaillé sur ses compétences avec des pictogrammes. Elle a choisi de viser les métiers de la retouche.

Trois semaines après, nous nous sommes retrouvées pour préparer sa visite d'un atelier de retouche. Elle était confiante et avait préparé ses questions.

Les ateliers collectifs du jeudi lui ont aussi permis de gagner en assurance.
"""),
    ("ho-pdf-tableau-recap", "pdf", 3, """
# Synthèse des entretiens
Date  Modalité  Contenu
03/11/2023  présentiel  accueil, diagnostic
17/11/2023  téléphone  suivi des démarches
01/12/2023  présentiel  bilan et relais
15/12/2023  présentiel  à venir : signature du contrat

# Analyse
Le deuxième entretien, par téléphone, a été plus court que prévu car M. L. était en déplacement. Au troisième, nous avons fait le bilan.
"""),
    ("ho-deux-seulement", "docx", 2, """
# Premier entretien – 3 mai
M. D. arrive en retard, un peu perdu. Nous faisons connaissance et il m'explique qu'il a été licencié de son poste de magasinier.

# Deuxième entretien – 17 mai
Il a mis à jour son CV. Nous préparons ensemble son entretien d'embauche chez Leroy Merlin prévu le 22 mai.

# Troisième entretien
Le troisième entretien, programmé le 31 mai, permettra de faire le point après son entretien d'embauche.
"""),
    # Second batch, written after the first run and never run before the report.
    ("ho2-ccp2-situation", "docx", 3, """
La deuxième situation concerne M. F., 29 ans, ancien militaire, qui souhaitait se reconvertir dans la maintenance industrielle.

# Premier rendez-vous (6 mars)
M. F. est ponctuel, très structuré. Il a du mal à parler de lui autrement qu'en termes de missions.

# Deuxième rendez-vous (20 mars)
Nous avons traduit ses expériences militaires en compétences civiles avec le référentiel du titre de technicien de maintenance.

# Troisième rendez-vous (3 avril)
Il a été accepté en formation à l'AFPA. Nous avons préparé son dossier de financement avec la Région.

Un dernier point téléphonique est programmé à la fin de sa formation.
"""),
    ("ho2-pdf-recit-dense", "pdf", 4, """
# 3. Le suivi de Mme N.
Mme N. m'a été adressée par le CCAS en janvier. Notre premier entretien, le 9 janvier, a surtout servi à comprendre sa situation : séparée depuis peu, deux enfants, sans permis. Le 23 janvier, lors de notre deuxième rencontre, nous avons travaillé sur ses centres d'intérêt. Elle m'a rappelée la semaine suivante pour me dire qu'elle avait trouvé une place en crèche. Le 6 février, troisième entretien : elle avait contacté deux structures d'aide à domicile. Nous nous sommes revues le 20 février pour préparer son entretien d'embauche chez l'ADMR, qu'elle a passé le 22 février avec succès.
"""),
    ("ho2-tableau-docx-sans-entete", "docx", 3, """
Le calendrier de nos rencontres est le suivant.

Date | Thème abordé | Suite
10/10 | Accueil et diagnostic | Recherche d'informations sur les métiers
24/10 | Restitution des enquêtes | Choix d'une PMSMP
07/11 | Bilan de la PMSMP | Candidature à la formation

Je retiens de cet accompagnement l'importance du rythme : un rendez-vous tous les quinze jours laissait à M. O. le temps d'agir.
"""),
    ("ho2-futur-proche", "docx", 1, """
Mme P. est arrivée dans la structure début mai. Nous avons eu un premier entretien le 12 mai, au cours duquel elle a exprimé son souhait de travailler dans l'animation.

Nous allons nous revoir le 26 mai pour faire le point sur ses recherches, puis un troisième rendez-vous sera fixé en fonction de l'avancement de son projet.
"""),
    ("ho2-liste-numerotee-pdf", "pdf", 3, """
# Les entretiens
1) 14/09 – Accueil : M. Q. présente son parcours de maçon et ses douleurs au dos.
2) 28/09 – Exploration : nous étudions les métiers de métreur et de conducteur de travaux.
3) 12/10 – Plan d'action : inscription à une formation de métreur à distance.
Un quatrième entretien aurait été utile pour préparer l'entrée en formation, mais M. Q. a déménagé.
"""),
]


def _score() -> tuple[int, list[str]]:
    ok, misses = 0, []
    for name, kind, expected, text in HELDOUT:
        n = count_interviews(part_blocks(text, kind)).count
        if n == expected:
            ok += 1
        else:
            misses.append(f"{name}: {n} counted, {expected} held")
    return ok, misses


def test_heldout_score() -> None:
    ok, misses = _score()
    print(f"held-out interview counts exact: {ok}/{len(HELDOUT)}", misses)
    assert ok >= len(HELDOUT) - 1, misses


@pytest.mark.parametrize("name,kind,expected,text",
                         [c for c in HELDOUT if c[2] <= 2], ids=lambda x: str(x)[:20])
def test_two_held_never_read_as_three(name: str, kind: str, expected: int, text: str) -> None:
    assert count_interviews(part_blocks(text, kind)).count < 3, name
