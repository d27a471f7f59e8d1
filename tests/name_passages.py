"""Passages for the full-names reader, written as candidates write (many voices).

Each passage: the body paragraphs, the surnames of the accompanied persons named in full
in it (what must be flagged), and whether it is held out: held-out passages are never
looked at while tuning; ``test_privacy`` reports their score apart.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Passage:
    text: str  # paragraphs separated by blank lines
    names: tuple[str, ...]  # surnames to flag, as written
    held_out: bool = False
    front: str = ""  # cover page text

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]


P = Passage

PASSAGES: tuple[Passage, ...] = (
    # --- accompanied persons named in full (the two sentences and variants)
    P("J'ai accompagné M. V. pendant trois mois.\n\nLe gérant a retenu M. Rémi Vasseur, "
      "qui a commencé le 17 mars.", ("Vasseur",)),
    P("Mme L. est venue avec son fils.\n\nLe numéro que Mme Patricia Lemaire m'a donné ce "
      "jour-là ne répondait plus.", ("Lemaire",)),
    P("Lors du premier entretien, Madame Sophie Bernard m'a expliqué son parcours. Elle "
      "souhaite travailler dans la petite enfance.", ("Bernard",)),
    P("Karim K., 27 ans, souhaite se reconvertir.\n\nJ'ai reçu Karim Kaci une seconde fois "
      "pour préparer ses enquêtes métier.", ("Kaci",)),
    P("Patricia Lemaire m'a rappelée le lendemain pour confirmer sa venue à l'atelier.",
      ("Lemaire",)),
    P("Hier, Jean-Marc Dufour s'est présenté sans rendez-vous à l'accueil de la structure.",
      ("Dufour",)),
    P("Le bénéficiaire, M. Ahmed Benali, est arrivé en France en 2015 et cherche un poste "
      "de cariste.", ("Benali",)),
    P("- Entretien n°2 avec Mme Aurélie Fontaine : point sur les démarches\n\n"
      "- Entretien n°3 : simulation d'entretien d'embauche", ("Fontaine",)),
    P("J'ai orienté Mme Nadia Cherif vers l'atelier CV et M. Thomas Girard vers la "
      "plateforme mobilité.", ("Cherif", "Girard")),
    P("Monsieur Lucas MOREAU, 19 ans, sans diplôme, est suivi dans le cadre du CEJ.",
      ("MOREAU",)),
    P("Comme convenu, j'ai rappelé Mme B. le 12 avril. Sandrine Bouvier (c'est son nom) "
      "n'avait pas reçu la convocation.", ("Bouvier",)),
    P("La situation de Mlle Chloé Renard est plus complexe : elle vit chez sa grand-mère "
      "et n'a pas de moyen de transport.", ("Renard",)),
    P("Ensuite Marie-Claire Dubois a présenté son projet au groupe.", ("Dubois",)),
    P("j'ai revu mme Fatou Diallo a la sortie de l'atelier, elle avait trouvé une "
      "formation", ("Diallo",)),
    P("Mr Kevin Marchal m'a envoyé son CV par mail le soir même.", ("Marchal",)),
    P("Le 3 mai, entretien tripartite avec M. Julien Perrin et son employeur, la "
      "boulangerie du centre.", ("Perrin",)),
    # --- no accompanied person named in full
    P("J'ai accompagné Mme B. pendant quatre mois. Mme B. a ensuite accepté une "
      "immersion.", ()),
    P("Ma tutrice, Mme Sandrine Morel, m'a conseillée sur la conduite d'entretien.", ()),
    P("M. Durand, directeur de l'agence, m'a reçue pour présenter l'offre de services.", ()),
    P("J'ai pris contact avec la conseillère France Travail, Mme Roux, pour un point sur "
      "le dossier de M. K.", ()),
    P("La Mission Locale Jean Moulin accueille les jeunes de 16 à 25 ans du quartier.", ()),
    P("L'association est installée rue Victor Hugo, à deux pas du lycée Louis Pasteur.", ()),
    P("Mme T. s'est inscrite à Pôle Emploi Saint-Denis en 2019.", ()),
    P("Selon Carl Rogers (1951), l'écoute active suppose une attitude non directive.", ()),
    P("La pyramide de Maslow m'a servi à hiérarchiser les besoins de M. F.", ()),
    P("Sophie B. a obtenu son permis en juin. Sophie est très motivée.", ()),
    P("J'ai travaillé avec France Travail et Cap Emploi pour construire le parcours.", ()),
    P("M. Kessler, son responsable d'équipe, s'est dit satisfait de M. K.", ()),
    P("La directrice de la structure, Mme Brunet, a validé le projet d'atelier.", ()),
    P("Le collège Jean Jaurès et l'école Marie Curie participent au forum des métiers.", ()),
    P("Mon tuteur, Pascal Lefèvre, m'a laissé animer seule la deuxième séance.", ()),
    P("Mme D. a rencontré la psychologue du travail, Mme Nathalie Garnier, le 4 juin.", ()),
    P("Le Centre Social Simone Veil propose des permanences d'écrivain public.", ()),
    P("Je remercie Mme Isabelle Caron, ma tutrice, pour sa disponibilité.", ()),
    P("M. A. (prénom modifié : Rachid) a trouvé un emploi de préparateur de commandes.", ()),
    P("Pour la cartographie, j'ai repris le modèle de Guy Le Boterf sur la compétence.", ()),
    P("La réunion a eu lieu salle Jean Moulin, au deuxième étage de la mairie.", ()),
    P("Mme G., 45 ans, Marocaine, parle couramment l'arabe et l'espagnol.", ()),
    P("Le jeudi, Mme H. participe à l'atelier Estime de soi animé par l'équipe.", ()),
    P("En avril, Marion et moi avons préparé le forum avec Mme Julie Perret, chargée de "
      "relations entreprises.", ()),
    P("Bibliographie\n\nDubar Claude, La socialisation, Armand Colin, 1991.\n\n"
      "Paul Maela, L'accompagnement : une posture professionnelle spécifique, "
      "L'Harmattan, 2004.", ()),
    P("Remerciements\n\nJe remercie toute l'équipe de l'association, et en particulier "
      "Karine Lopez et Sébastien Vidal, pour leur accueil.", ()),
    P("Merci à Mme Odile Perrin pour ses relectures attentives.", ()),
    P("Attestation de stage\n\nJe soussignée Martine Lebrun, atteste que la stagiaire a "
      "effectué 392 heures.\n\nSignature : Martine Lebrun", ()),
    P("J'ai préparé l'entretien avec Mme B. et sa fille, Jessica Blanc, qui traduit pour "
      "elle.", ("Blanc",)),
    # --- held out: not looked at while tuning
    P("Après l'entretien, Mme Élodie Marchand m'a remis ses bulletins de salaire.",
      ("Marchand",), held_out=True),
    P("Le recruteur a finalement choisi Steven Lopez pour le poste de magasinier.",
      ("Lopez",), held_out=True),
    P("Le 14 mars, je reçois M. Yannick Le Goff pour la restitution du bilan.",
      ("Goff",), held_out=True),
    P("Quand Madame Aïcha Benhamou a appris qu'elle était retenue, elle m'a appelée "
      "aussitôt.", ("Benhamou",), held_out=True),
    P("J'ai présenté M. E. à l'équipe. Ses collègues l'appellent par son prénom, Enzo, et "
      "Enzo Caillaud s'est vite intégré.", ("Caillaud",), held_out=True),
    P("L'agence d'intérim, représentée par M. Hervé Lucas, responsable d'agence, a "
      "proposé deux missions.", (), held_out=True),
    P("L'atelier a lieu à la médiathèque Albert Camus chaque mardi.", (), held_out=True),
    P("D'après Jean-Pierre Boutinet (2010), le projet est une anticipation opératoire.",
      (), held_out=True),
    P("Mme R. a été reçue par la référente RSA, Mme Claire Vidal, puis par moi.", (),
      held_out=True),
    P("Le quartier Jean Macé est desservi par le métro.", (), held_out=True),
    # --- held out, second batch (written after the reader, never tuned on)
    P("Semaine 12 : relance de Mme S. par téléphone. Mme Samia Haddad ne s'est pas "
      "présentée au rendez-vous du jeudi.", ("Haddad",), held_out=True),
    P("Public accompagné | Situation\n\nM. Bruno Lecomte | 52 ans, licencié économique",
      ("Lecomte",), held_out=True),
    P("bon alors le 2eme rdv avec Kevin Morin s'est mieux passé, il avait ramené son cv",
      ("Morin",), held_out=True),
    P("J'ai proposé à Mme Inès Da Silva de rejoindre le groupe de recherche d'emploi.",
      ("Silva",), held_out=True),
    P("C'est Madame Christine PETIT qui a le plus progressé pendant l'atelier.",
      ("PETIT",), held_out=True),
    P("Avec l'accord de M. O., j'ai appelé son ancien employeur. Omar Benkirane avait "
      "quitté l'entreprise en 2021.", ("Benkirane",), held_out=True),
    P("Madame la Directrice m'a confié l'organisation du job dating.", (), held_out=True),
    P("Les stagiaires ont visité le magasin Leroy Merlin de la zone commerciale.", (),
      held_out=True),
    P("Monsieur le Maire a ouvert le forum de l'emploi en présence des partenaires.", (),
      held_out=True),
    P("Je me suis appuyée sur les travaux de Jean-Pierre Boutinet et de Maela Paul.", (),
      held_out=True),
    P("Mme K. travaille désormais à l'hôpital Édouard Herriot comme agent de service.", (),
      held_out=True),
    P("L'équipe compte deux CIP, Sandrine et Mehdi, et une chargée d'accueil.", (),
      held_out=True),
    P("En réunion d'équipe, Mme Laurence Petit, coordinatrice du pôle, a présenté les "
      "objectifs.", (), held_out=True),
    P("M. N. est hébergé au foyer Saint-Exupéry depuis janvier.", (), held_out=True),
    # --- held out, third batch (written after the second fix, scored once)
    P("Tableau 3 – Suivi des entretiens\n\nDate | Personne | Objet\n\n"
      "12/03 | Mme Gisèle Royer | diagnostic\n\n19/03 | M. D. | CV", ("Royer",),
      held_out=True),
    P("Après plusieurs relances, Anthony Mercier a fini par accepter l'immersion en "
      "boulangerie.", ("Mercier",), held_out=True),
    P("J'ai accompagné M. Mamadou Diop dans ses démarches auprès de la préfecture.",
      ("Diop",), held_out=True),
    P("Le mari de Mme F., Bernard Fabre, m'a appelée pour savoir où en était le dossier.",
      ("Fabre",), held_out=True),
    P("Lundi : atelier CV avec Mélanie Roussel et deux autres participantes.",
      ("Roussel",), held_out=True),
    P("Mme Hélène Carpentier, 58 ans, ancienne aide-soignante, souhaite se reconvertir.",
      ("Carpentier",), held_out=True),
    P("M. Francis Aubert, chef d'équipe au chantier d'insertion, a accueilli Mme S.", (),
      held_out=True),
    P("L'atelier est animé avec le soutien de la Fondation Abbé Pierre.", (),
      held_out=True),
    P("J'ai contacté l'agence Adecco de Villeurbanne et le groupe Emmaüs.", (),
      held_out=True),
    P("Le Plan Local pour l'Insertion et l'Emploi finance l'action jusqu'en juin.", (),
      held_out=True),
    P("Ma collègue Aurélie, conseillère en insertion, m'a montré le logiciel.", (),
      held_out=True),
    P("En formation, nous avons étudié l'approche de Carl Rogers et la notion de "
      "congruence.", (), held_out=True),
    P("Mme P. a été orientée vers l'entreprise adaptée Jean Bosco.", (), held_out=True),
    P("Nous avons reçu la visite de Mme Nathalie Chevalier, chargée de mission à la "
      "DREETS.", (), held_out=True),
    P("M. Y. souhaite travailler à Saint-Étienne ou à Clermont-Ferrand.", (),
      held_out=True),
    P("Le forum s'est tenu à la salle des fêtes Georges Brassens.", (), held_out=True),
)
