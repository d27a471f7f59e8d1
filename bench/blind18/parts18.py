"""Contents of the 14 blind18 dossiers (voices, hours, interviews, Word features)."""
import make_blind18 as _m
TITLES, PAGES, CERT = _m.TITLES, _m.PAGES, _m.CERT

ACC = ("Pour {p}, le contexte est le suivant : {p2} est arrivée orientée par son référent RSA. Lors du diagnostic partagé, nous avons "
       "repéré ses atouts (expérience en vente, permis B) et ses freins (garde d'enfants, confiance en elle). Nous avons signé ensemble "
       "un contrat d'engagement réciproque qui fixe les objectifs et les étapes. Les étapes réalisées : inscription à un atelier CV, "
       "une immersion, une démarche auprès de la crèche. Les étapes envisagées : une formation qualifiante et un relais vers l'emploi accompagné. "
       "Les moyens mobilisés et les acteurs : la CAF, la PMI, l'organisme de formation. Le bilan est positif ; un relais est prévu avec la conseillère "
       "emploi. Analyse de ma pratique : les faits, puis mes émotions, j'ai ressenti de l'impatience ; j'ai identifié mes limites, mes points forts "
       "(écoute, reformulation), mes axes de progrès, et les ajustements que j'apporterais à l'avenir.")
PROJ = ("Avec {p}, nous avons travaillé l'élaboration de son projet professionnel selon une méthodologie en trois temps : exploration des "
        "métiers, confrontation au marché du travail par une enquête métier et une PMSMP, puis validation. Le diagnostic de départ a mis en évidence "
        "ses compétences transférables. La réalisation du projet s'est appuyée sur les acteurs de la formation et sur un employeur partenaire. "
        "Analyse de ma pratique : mes émotions, mes limites, mes points forts et mes axes d'amélioration.")
ATEL = ("L'atelier thématique « Se présenter en deux minutes » a été conçu à partir d'un diagnostic des besoins du groupe. Objectifs, public, "
        "durée, déroulé, supports et outils d'évaluation figurent dans la fiche pédagogique. J'ai animé l'atelier auprès de huit participants ; "
        "l'évaluation à chaud et à froid montre les acquis. Analyse de ma pratique : ce qui a fonctionné, mes difficultés, les ajustements.")
PROS = ("Le diagnostic du territoire et l'analyse des besoins des employeurs ont permis de définir une cible : les TPE de la logistique. "
        "J'ai construit un plan d'action de prospection (fichier, argumentaire, phoning, visites), réalisé vingt appels et quatre visites, "
        "puis évalué les résultats. Démarche de développement durable et inclusive : covoiturage et clauses sociales.")
APPUI = ("J'ai apporté un appui technique à un employeur pour son recrutement : analyse du poste, rédaction de l'offre, présélection des "
         "candidatures, préparation de l'entretien de recrutement et conseil sur les aides à l'embauche.")
INTEG = ("Pour faciliter l'intégration et le maintien du salarié dans son environnement professionnel, j'ai organisé un suivi dans l'emploi : "
         "un point avec le tuteur à une semaine, puis à un mois, et une médiation quand une difficulté d'horaires est apparue.")
STRUCT = ("La structure, son territoire et ses acteurs : statut associatif, financeurs, missions, organigramme, publics accueillis, "
          "partenaires institutionnels et réseau local. Ma veille informationnelle s'appuie sur des newsletters et le site de la DREETS.")
GENERIC = {"cip-titre": [STRUCT, ACC, PROJ, ATEL, PROS, APPUI, INTEG], "cip-ccp2": [ACC, PROJ, ATEL], "cip-ccp3": [PROS, APPUI, INTEG]}

def ints3(who):
    return [("p", f"Premier entretien, le 7 octobre : accueil de {who}, recueil de la demande et diagnostic partagé."),
            ("p", f"Lors du deuxième entretien, le 21 octobre, nous avons signé le contrat d'engagement et fixé les étapes."),
            ("p", f"Au troisième entretien, le 12 novembre, nous avons fait le point sur les étapes réalisées et préparé la suite.")]

def spec(name, file, rules, voice, hours_line, extras=None, **kw):
    titles = TITLES.get(rules, [])
    ex = {i + 1: [("p", GENERIC[rules][i].format(p="Mme D.", p2="elle"))] for i in range(len(titles))} if rules in GENERIC else {}
    for k, v in (extras or {}).items():
        ex.setdefault(k, []); ex[k] = v + ex[k]
    cover = [CERT[rules], f"Candidat(e) : {voice[0]}", f"Structure d'accueil : {voice[1]}", "Session : décembre 2026"]
    if hours_line: cover.append(hours_line)
    d = dict(name=name, file=file, rules=rules, titles=titles, pages=PAGES.get(rules, []), extras=ex,
             cover_title="Dossier professionnel" if rules != "ops-memoire" else "Mémoire de la période de mise en application professionnelle",
             cover=cover, header=f"{voice[0]} — {rules}")
    d.update(kw)
    return d

OPS_T = ["Présentation de la structure et de son implantation locale", "Cartographie du réseau des partenaires",
         "Monographie : le parcours de M. K.", "Présentation de l'action", "L'outil que j'ai créé",
         "Ajustements face aux difficultés rencontrées", "Analyse de l'action : forces, faiblesses et propositions"]
OPS_X = ["La structure est implantée dans le quartier depuis 1998 ; elle accompagne des publics allocataires du RSA, des jeunes sans qualification et des demandeurs d'emploi de longue durée. Son implantation locale repose sur deux antennes.",
         "La cartographie du réseau des partenaires (schéma ci-dessous) situe France Travail, la Mission Locale, le CCAS, le Département, les entreprises adhérentes et les organismes de formation, avec la nature de chaque lien.",
         "Monographie : M. K., 44 ans, ancien chauffeur, est arrivé après un licenciement. Son parcours : diagnostic, remobilisation, formation CACES, reprise d'emploi. Analyse de ce parcours du point de vue professionnel : ce qui a aidé, ce qui a freiné, ma posture.",
         "Présentation de l'action : objectifs (remobiliser huit personnes), durée (six semaines), organisation (deux demi-journées par semaine, salle, intervenants).",
         "Outil mis en œuvre et créé par moi : une grille d'auto-positionnement illustrée, testée avec le groupe puis modifiée.",
         "Ajustements nécessaires en fonction des difficultés rencontrées : absences, niveau de lecture, j'ai adapté les supports et le rythme.",
         "Analyse de l'action : forces (cohésion du groupe), faiblesses (communication aux prescripteurs), propositions d'ajustement pour la prochaine session."]

def ops(name, file, voice, days_line, drop=None, extras=None, **kw):
    titles = [t for i, t in enumerate(OPS_T) if i != drop]
    texts = [t for i, t in enumerate(OPS_X) if i != drop]
    ex = {i + 1: [("p", texts[i])] for i in range(len(titles))}
    for k, v in (extras or {}).items():
        ex[k] = v + ex[k]
    cover = [CERT["ops-memoire"], f"Stagiaire : {voice[0]}", f"Lieu de la période : {voice[1]}", "Promotion 2026"]
    if days_line: cover.append(days_line)
    d = dict(name=name, file=file, rules="ops-memoire", titles=titles, pages=[2] * len(titles), extras=ex,
             cover_title="Mémoire de la période de mise en application professionnelle", cover=cover, header=voice[0])
    d.update(kw); return d

SPECS = [
  # 1 titre, Dijon, compliant: TOC, theme Arial, hours in merged table, interviews prose
  spec("t1", "titre_dijon_mission_locale", "cip-titre", ("Océane Perrin", "Mission Locale de Dijon"), None,
       {1: [("p", "Mes périodes en entreprise sont récapitulées ci-dessous."),
            ("table", [["Structure", "Dates", "Heures"], ["Mission Locale de Dijon", "du 2 juin au 11 juillet", "196"],
                       ["PLIE de Beaune", "du 15 septembre au 24 octobre", "196"], ["Total", "", "392"]])],
        2: ints3("Mme D."), 3: ints3("M. R.")}, toc=True, theme=True, annexes=2),
  # 2 titre, Saint-Étienne, FAIL hours 357 < 385
  spec("t2", "titre_saint_etienne_plie", "cip-titre", ("Karim Belkacem", "PLIE de Saint-Étienne Métropole"),
       "Période(s) en entreprise : 357 heures",
       {1: [("p", "Mon stage, réalisé au PLIE de Saint-Étienne, a duré 357 heures au total.")], 2: ints3("Mme D."), 3: ints3("M. T.")},
       heading="numbered", annexes=1),
  # 3 titre VAE, Caen, compliant with route vae, interviews in merged table
  spec("t3", "titre_vae_caen_e2c", "cip-titre", ("Nadège Lefèvre", "École de la 2e Chance de Caen"),
       "Parcours : VAE — conseillère en insertion depuis 2019",
       {1: [("p", "Je présente ce dossier dans le cadre d'une validation des acquis de l'expérience (VAE) : je suis salariée de l'E2C de Caen depuis six ans.")],
        2: [("table", [["Entretien", "Date", "Objet"], ["1", "3 mars", "accueil et diagnostic"], ["2", "17 mars", "contrat d'engagement"],
                       ["3", "7 avril", "point d'étape"], ["Trois entretiens menés", "", "avec la même jeune"]])],
        3: ints3("Lucas")}, toc=True, annexes=2, cover_image=True),
  # 4 titre, Mulhouse, FAIL content.entretiens part 2: two interviews held; PDF; numbered headings
  spec("t4", "titre_mulhouse_geiq_proprete", "cip-titre", ("Sébastien Koehler", "GEIQ Propreté Sud Alsace, Mulhouse"),
       "Période(s) en entreprise : 399 heures",
       {2: [("p", "J'ai reçu Mme D. à deux reprises, le 4 et le 18 novembre. Nous n'avons eu que ces deux entretiens : elle a ensuite déménagé à Colmar et le suivi a été repris par un collègue.")],
        3: ints3("M. B.")}, heading="numbered", pdf=True, annexes=1),
  # 5 ccp1, Nîmes, compliant, hours in a text box
  dict(name="c1", file="ccp1_nimes_ccas", rules="cip-ccp1", titles=["Ma production : l'accueil au CCAS de Nîmes"], pages=[7],
       extras={1: [("tb", "Ma période en entreprise\nCCAS de Nîmes, du 3 au 21 mars : 84 heures"),
                   ("p", "J'ai accueilli les personnes, analysé leur demande et posé les bases d'un diagnostic partagé ; j'ai rédigé les écrits professionnels dans le logiciel, assuré une veille et travaillé en réseau avec les partenaires.")]},
       cover_title="Production écrite", cover=[CERT["cip-ccp1"], "Candidate : Inès Marchetti", "Session : décembre 2026"], header="Inès Marchetti"),
  # 6 ccp2, Valence, compliant: pasted e-mail, comment, tracked change
  spec("c2a", "ccp2_valence_cap_emploi", "cip-ccp2", ("Julien Roux", "Cap emploi 26, Valence"), "Période(s) en entreprise : 182 heures",
       {1: ints3("M. A.") + [("email", "De : Julien Roux\nÀ : M. A.\nObjet : confirmation de notre rendez-vous\nBonjour, je vous confirme notre troisième rendez-vous du 12 novembre à 10 h. Cordialement.")],
        2: ints3("Mme S.") + [("comment", ("J'ai proposé une PMSMP chez un paysagiste.", "Préciser la durée ?")),
                               ("track", ("Le projet est ", "validé.", "confirmé par l'immersion."))]}, toc=True, annexes=2),
  # 7 ccp2, Le Mans, FAIL format.size: body in 12 pt
  spec("c2b", "ccp2_le_mans_siae", "cip-ccp2", ("Élodie Garnier", "Chantier d'insertion Sarthe Habitat, Le Mans"),
       "Période(s) en entreprise : 210 heures", {1: ints3("M. V."), 2: ints3("Mme L.")}, size=12, heading="partie", annexes=1),
  # 8 ccp3, Quimper, compliant: landscape section, hours in merged table
  spec("c3a", "ccp3_quimper_aci", "cip-ccp3", ("Gwenaëlle Le Bihan", "ACI Ti Glas, Quimper"), None,
       {1: [("table", [["Période", "Lieu", "Heures"], ["1", "ACI Ti Glas", "77"], ["2", "Entreprise partenaire", "70"], ["Total", "", "147"]]),
            ("img", "Figure 1 – Carte des employeurs prospectés")]}, landscape_part=1, toc=True, annexes=2),
  # 9 ccp3, Saint-Pierre-et-Miquelon, FAIL hours 126 < 140 (also in a footnote)
  spec("c3b", "ccp3_saint_pierre_miquelon", "cip-ccp3", ("Anne-Sophie Detcheverry", "Maison de l'emploi, Saint-Pierre"), None,
       {1: [("fn", ("Ma période en entreprise s'est déroulée à la Maison de l'emploi de Saint-Pierre.", "J'y ai effectué 126 heures de stage, du 6 au 29 janvier."))]},
       intro="Mon stage a duré 126 heures.", annexes=1),
  # 10 ccp3, Troyes, compliant, PDF, hours only in a footnote
  spec("c3c", "ccp3 Troyes France Travail (version finale)", "cip-ccp3", ("Mathieu Gauthier", "France Travail, agence de Troyes"), None,
       {1: [("fn", ("J'ai effectué ma période en entreprise au service entreprises de l'agence de Troyes.", "Du 5 janvier au 13 février 2026 : 147 heures effectuées, attestées par ma tutrice."))]},
       pdf=True, heading="roman", annexes=1),
  # 11 ops, Vannes, compliant, days in text
  ops("o1", "ops_vannes_association_sport", ("Yannick Le Gall", "Association Sport et Insertion, Vannes"), "Durée de la période : 30 jours",
      toc=True, theme=True),
  # 12 ops, Bourges, FAIL monographie absent
  ops("o2", "ops_bourges_chrs", ("Fatou Diallo", "CHRS Le Relais, Bourges"), "Durée de la période : 29 jours", drop=2),
  # 13 ops, Tarbes, FAIL days 24 < 29
  ops("o3", "ops_tarbes_maison_emploi", ("Pierre Cazaux", "Maison de l'emploi, Tarbes"), None,
      extras={1: [("p", "Ma période de mise en application professionnelle a duré 24 jours, du 2 au 31 octobre.")]}),
  # 14 ops, Aubervilliers, compliant, PDF, days in a text box, roman headings
  ops("o4", "ops_aubervilliers_plie", ("Samira Haddad", "PLIE Plaine Commune, Aubervilliers"), None,
      extras={1: [("tb", "Période de mise en application\n29 jours, du 1er septembre au 9 octobre 2026")]}, pdf=True, heading="roman"),
]
