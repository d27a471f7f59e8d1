"""The blind16 dossiers: voices, structure, the one rule each failing one breaks."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))

T = ["1. Présentation de la structure, du territoire et des acteurs",
     "2. Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
     "3. Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
     "4. Conception, préparation et animation d'un atelier thématique",
     "5. Action de prospection auprès des employeurs du territoire",
     "6. Appui technique aux employeurs en matière de recrutement",
     "7. Intégration et maintien d'un salarié dans son environnement professionnel"]
C2 = ["Partie 1 – Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
      "Partie 2 – Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
      "Partie 3 – Conception, préparation et animation d'un atelier thématique"]
C3 = ["I. Action de prospection auprès des employeurs du territoire",
      "II. Appui technique aux employeurs en matière de recrutement",
      "III. Intégration et maintien d'un salarié dans son environnement professionnel"]


def iv(who, d1, d2, d3):
    return [f"Premier entretien, le {d1} : j'ai reçu {who} pour l'accueil et le diagnostic partagé de sa situation.",
            f"Deuxième entretien, le {d2} : nous avons défini ensemble les étapes du parcours et signé son contrat d'engagement.",
            f"Troisième entretien, le {d3} : nous avons fait le bilan des démarches engagées et préparé la suite."]


ATELIER = ["L'atelier « Se présenter à un employeur » a réuni huit participants ; j'en ai conçu le déroulé, les supports et la grille d'évaluation.",
           "Le bilan de l'atelier montre une bonne participation ; je retiens qu'il faut prévoir davantage de mises en situation."]
PROSP = ["J'ai ciblé les entreprises du secteur de la logistique et préparé un argumentaire ainsi qu'un fichier de prospection.",
         "L'évaluation de l'action : quatorze entreprises contactées, cinq rendez-vous obtenus et deux offres recueillies."]
APPUI = ["J'ai aidé l'employeur à rédiger la fiche de poste et à définir les critères de présélection des candidats.",
         "Nous avons organisé ensemble une session de recrutement par simulation qui a permis de présenter trois candidats."]
INTEG = ["Après l'embauche, j'ai réalisé un suivi dans l'entreprise avec le tuteur pour faciliter l'intégration du salarié.",
         "Un point à un mois a permis de lever une difficulté d'horaires et de sécuriser le maintien dans l'emploi."]
STRUCT = ["La structure est une association loi 1901 financée par l'État, la Région et le Département ; ses missions couvrent l'accueil, l'orientation et l'accompagnement.",
          "Le territoire présente un taux de chômage supérieur à la moyenne nationale et un tissu de petites entreprises ; les acteurs internes et externes sont nombreux."]


def titre(cover, hours_line, p2, p3, extra=None, **kw):
    parts = [(T[0], 7, STRUCT + [("h2", "Les acteurs du territoire"), ("table", [["Acteur", "Rôle", "Lien"], ["France Travail", "Indemnisation et offres", "Orientation"], ["CCAS", "Aide sociale", "Orientation"]], [])]),
             (T[1], 5, p2), (T[2], 5, p3), (T[3], 7, ATELIER), (T[4], 5, PROSP), (T[5], 4, APPUI), (T[6], 2, INTEG),
             ("Conclusion", 1, ["Cette formation m'a permis de construire ma posture de conseillère."]),
             ("Annexes", 2, ["Annexe 1 : attestation de stage", "Annexe 2 : support de l'atelier"])]
    d = dict(cover=cover + [hours_line] if hours_line else cover, parts=parts, **kw)
    return d


SPECS = {
    # 1 — Roubaix (PLIE de la Métropole lilloise), Heading styles, TOC field, merged table of hours with Total
    "b16_01_titre_roubaix_plie": titre(
        ["Dossier professionnel", "Titre professionnel Conseiller en insertion professionnelle", "Session de juin 2026", "Candidate : Nadia B.", "Centre : GRETA Grand Lille"], None,
        iv("M. K., 46 ans, ancien cariste", "8 janvier", "22 janvier", "12 février"),
        iv("Mme T., 29 ans, mère isolée", "15 janvier", "5 février", "26 février") + [
            ("h2", "Mes périodes en entreprise"),
            ("table", [["Période en entreprise", "Structure", "Heures"], ["Stage 1", "PLIE Roubaix", "210"], ["Stage 2", "Mission Locale Tourcoing", "189"], ["Total", "", "399"]], [(3, 0, 3, 1)])],
        headings="style", toc=True, header="Nadia B. – Dossier CIP – Session 2026", section_break=True),
    # 2 — Brest (Mission Locale du Pays de Brest), FAIL hours 350 < 385, PDF
    "b16_02_titre_brest_ml": titre(
        ["DOSSIER DE PRODUCTION", "Titre professionnel Conseiller en insertion professionnelle (TP-00403)", "Candidat : Erwan L.", "AFPA Brest – session mai 2026"], None,
        ["Mon stage s'est déroulé en deux périodes : la première de 140 heures au CCAS de Landerneau, la seconde de 210 heures à la Mission Locale du Pays de Brest, soit un total de 350 heures en entreprise."]
        + iv("Gwenaëlle, 19 ans, sortie du lycée sans diplôme", "6 mars", "20 mars", "3 avril"),
        iv("Yann, 24 ans, marin-pêcheur en reconversion", "9 mars", "23 mars", "6 avril"),
        headings="bold", header="Erwan L. – CIP 2026", pdf=True),
    # 3 — Ajaccio (CCAS), VAE route, theme font Arial, image, text box
    "b16_03_titre_ajaccio_vae": titre(
        ["Dossier professionnel – VAE", "Titre professionnel Conseiller en insertion professionnelle", "Parcours : validation des acquis de l'expérience", "Candidate : Maria-Dumenica S.", "CCAS d'Ajaccio – conseillère emploi depuis 2017"], None,
        iv("M. P., 52 ans, ancien saisonnier du tourisme", "lundi 3 février", "lundi 17 février", "lundi 3 mars"),
        iv("Mme C., 35 ans, en reprise d'activité", "10 février", "24 février", "10 mars"),
        headings="style", theme=True, image="CCAS AIACCIU", textbox="Parcours VAE : expérience salariée de conseillère emploi (2017-2026)", header="VAE CIP – M.-D. S."),
    # 4 — Nancy (CHRS), FAIL: part 3 tells two interviews held
    "b16_04_titre_nancy_chrs": titre(
        ["Dossier professionnel", "Titre professionnel Conseiller en insertion professionnelle", "Candidat : Julien R. – AFPA Laxou", "Session de juin 2026", "Périodes en entreprise : 392 heures (CHRS de Nancy)"], None,
        iv("M. D., 41 ans, hébergé au CHRS", "7 janvier", "21 janvier", "4 février"),
        ["J'ai rencontré Mme A. une première fois le 12 janvier pour comprendre sa demande : elle souhaitait devenir aide à domicile.",
         "Nous nous sommes revues le 26 janvier pour travailler son projet : enquête métier, immersion à prévoir, besoin de formation.",
         "Mme A. a ensuite quitté le CHRS pour un logement en Meuse et notre troisième rendez-vous n'a pas pu avoir lieu. Je n'ai donc tenu que deux entretiens avec elle ; le relais a été pris par la conseillère de France Travail de Verdun."],
        headings="bold", toc=True, header="Julien R. – Dossier CIP"),
}

# ---- CCP 2 ----
def ccp2(cover, p1, p2, **kw):
    parts = [("Introduction", 1, ["Ce dossier présente deux accompagnements et un atelier réalisés pendant ma période en entreprise."]),
             (C2[0], 5, p1), (C2[1], 5, p2), (C2[2], 7, ATELIER),
             ("Annexes", 1, ["Annexe 1 : attestation de stage"])]
    return dict(cover=cover, parts=parts, **kw)


CCP2_TITLE = "CCP 2 – Accompagner les personnes dans leur parcours d'insertion sociale et professionnelle"
SPECS.update({
    # 5 — Limoges (Cap emploi Haute-Vienne), hours in words, footnotes, PDF
    "b16_05_ccp2_limoges_capemploi": ccp2(
        ["Dossier de présentation du projet", "Titre professionnel Conseiller en insertion professionnelle", CCP2_TITLE, "Candidate : Sophie M. – Cap emploi 87", "Session septembre 2026"],
        iv("M. F., 38 ans, travailleur handicapé", "4 mai", "18 mai", "1er juin") + [("fn", "Ma période en entreprise à Cap emploi a duré cent quatre-vingt-deux heures, attestation en annexe.", 1)],
        iv("Mme V., 50 ans, ancienne aide-soignante", "6 mai", "20 mai", "3 juin"),
        footnotes=["Attestation signée par la directrice de Cap emploi 87."], headings="style", header="CCP 2 – Sophie M.", pdf=True),
    # 6 — Dunkerque (GEIQ industrie), FAIL font: Times New Roman body
    "b16_06_ccp2_dunkerque_geiq": ccp2(
        ["Dossier projet", "Titre professionnel Conseiller en insertion professionnelle", CCP2_TITLE, "Candidat : Kévin D. – GEIQ Industrie Flandre", "Période en entreprise : 189 heures"],
        iv("Anthony, 22 ans, intérimaire", "2 mars", "16 mars", "30 mars"),
        iv("Samia, 31 ans, demandeuse d'emploi de longue durée", "3 mars", "17 mars", "31 mars"),
        font="Times New Roman", headings="bold", header="Kévin D. – CCP 2"),
    # 7 — Rouen (SIAO 76), FAIL: part 1 only two interviews held, pasted e-mail
    "b16_07_ccp2_rouen_siao": ccp2(
        ["Dossier de production", "Titre professionnel Conseiller en insertion professionnelle", CCP2_TITLE, "Candidate : Léa P. – SIAO de Seine-Maritime", "Stage : 5 semaines à 35 heures, soit 175 heures"],
        ["Je n'ai rencontré M. H. qu'à deux reprises : un premier entretien le 10 février pour le diagnostic, puis un second le 24 février pour contractualiser son parcours.",
         "Deux entretiens seulement : M. H. a ensuite été orienté vers un autre service d'hébergement et je ne l'ai plus revu.",
         "De : accueil@siao76.example",
         "Objet : RE: suite du parcours de M. H. – Bonjour, nous prenons le relais à compter du 3 mars. Cordialement, l'équipe du SIAO."],
        iv("Mme R., 44 ans, sortie d'hébergement", "11 février", "25 février", "11 mars"),
        headings="style", toc=True, header="Léa P. – CCP 2"),
    # 8 — Lens (PLIE de Lens-Liévin), compliant, interviews as a dated table, hours weeks × hours
    "b16_08_ccp2_lens_plie": ccp2(
        ["Dossier professionnel", "Titre professionnel Conseiller en insertion professionnelle", CCP2_TITLE, "Candidat : Mehdi A. – PLIE Lens-Liévin", "Session octobre 2026"],
        ["Durée de ma période en entreprise : 6 semaines à 35 heures par semaine, soit 210 heures.",
         ("table", [["Date", "Modalité", "Objet de l'entretien"], ["12/05", "présentiel", "accueil et diagnostic"], ["26/05", "présentiel", "contrat d'engagement et plan d'action"], ["09/06", "téléphone", "point d'étape et suite du parcours"]], [])],
        iv("M. B., 57 ans, ancien mineur reconverti", "13 mai", "27 mai", "10 juin"),
        headings="bold", header="Mehdi A. – CCP 2", section_break=True),
})

# ---- CCP 3 ----
def ccp3(cover, p1, **kw):
    parts = [("Introduction", 1, ["Ce dossier présente l'offre de services que j'ai mise en œuvre auprès des employeurs."]),
             (C3[0], 6, p1 + PROSP), (C3[1], 4, APPUI), (C3[2], 2, INTEG),
             ("Annexes", 1, ["Annexe : fiche de poste"])]
    return dict(cover=cover, parts=parts, **kw)


CCP3_TITLE = "CCP 3 – Mettre en œuvre une offre de services auprès des employeurs pour favoriser l'insertion professionnelle"
SPECS.update({
    # 9 — Clermont-Ferrand (entreprise de travail temporaire d'insertion), compliant, PDF
    "b16_09_ccp3_clermont_etti": ccp3(
        ["Dossier projet", "Titre professionnel Conseiller en insertion professionnelle", CCP3_TITLE, "Candidate : Camille G. – ETTI Auvergne", "Session novembre 2026"],
        ["J'ai réalisé 4 semaines de stage à 35 heures par semaine dans l'ETTI, soit 140 heures."],
        headings="style", header="CCP 3 – Camille G.", pdf=True),
    # 10 — Nouméa (Nouvelle-Calédonie, Cap emploi NC), FAIL hours 105 < 140
    "b16_10_ccp3_noumea": ccp3(
        ["Dossier projet", "Titre professionnel Conseiller en insertion professionnelle", CCP3_TITLE, "Candidat : Thomas W. – Nouméa", "Session décembre 2026"],
        ["J'ai effectué 105 heures de stage au service emploi de la province Sud, réparties sur trois semaines."],
        headings="bold", header="CCP 3 – Thomas W.", image="Province Sud"),
})

# ---- CCP 1 ----
def ccp1(cover, body, **kw):
    parts = [("Présentation de la structure", 3, STRUCT + body),
             ("Le territoire et ses acteurs", 2, ["Les acteurs externes : France Travail, CAF, centre social, missions locales ; les acteurs internes : direction, conseillers, chargée d'accueil."]),
             ("Mon rôle à l'accueil", 2, ["J'ai accueilli le public, analysé sa demande et rédigé les écrits professionnels dans le logiciel de suivi."]),
             ("Annexes", 1, ["Annexe : organigramme"])]
    return dict(cover=cover, parts=parts, **kw)


CCP1_TITLE = "CCP 1 – Accueillir pour analyser la demande des personnes et poser les bases d'un diagnostic partagé"
SPECS.update({
    # 11 — Tours (association d'insertion par le logement), compliant, hours two weeks
    "b16_11_ccp1_tours": ccp1(
        ["Dossier de production", "Titre professionnel Conseiller en insertion professionnelle", CCP1_TITLE, "Candidate : Inès K. – Tours", "Session 2026"],
        ["Ma période en entreprise a duré deux semaines à temps plein, soit 70 heures, à l'association Habitat et Insertion de Tours."],
        headings="style", header="CCP 1 – Inès K."),
})

# ---- OPS ----
OPS_T = ["1. Présentation de la structure, de son implantation locale et des publics accompagnés",
         "2. Cartographie du réseau des partenaires",
         "3. Monographie : le parcours de Mme L.",
         "4. Présentation de l'action",
         "5. L'outil créé : le livret d'accueil",
         "6. Les ajustements",
         "7. Analyse de l'action"]


def ops(cover, hours, outil=None, **kw):
    parts = [(OPS_T[0], 1, ["La structure est implantée au cœur du quartier ; elle accompagne des personnes bénéficiaires du RSA, des jeunes et des demandeurs d'emploi de longue durée.", hours]),
             (OPS_T[1], 1, [("table", [["Partenaire", "Domaine", "Lien avec la structure"], ["France Travail", "Emploi", "Orientation des publics"], ["CAF", "Social", "Ouverture de droits"], ["Mission Locale", "Jeunes", "Relais"]], [])]),
             (OPS_T[2], 1, ["Mme L., 48 ans, ancienne caissière, a été licenciée en 2023 ; je retrace ici son parcours et l'analyse du point de vue professionnel : ses atouts sont la relation client, ses freins la mobilité et la santé."]),
             (OPS_T[3], 1, ["L'action « Remobilisation vers l'emploi » vise à redonner confiance ; elle dure six semaines et s'organise en ateliers collectifs et suivis individuels."]),
             (OPS_T[4] if outil is None else "5. L'outil", 1, [outil or "J'ai créé un livret d'accueil illustré remis à chaque participant, que j'ai utilisé dès la deuxième semaine de l'action."]),
             (OPS_T[5], 1, ["Face aux absences, j'ai décalé les ateliers l'après-midi et proposé des rappels par SMS : ces ajustements ont amélioré l'assiduité."]),
             (OPS_T[6], 1, ["Forces : la dynamique de groupe et l'implication des partenaires. Faiblesses : le manque de temps pour les suivis individuels. Propositions d'ajustement : allonger l'action de deux semaines."])]
    return dict(cover=cover, parts=parts, **kw)


OPS_COVER = "Mémoire de la période de mise en application professionnelle – OPS Conseil – Chargé d'accompagnement collectif et individuel en insertion socio-professionnelle"
SPECS.update({
    # 12 — Marseille (régie de quartier, 13e arrondissement), compliant
    "b16_12_ops_marseille_regie": ops(["Mémoire professionnel", OPS_COVER, "Candidate : Fatima Z. – Régie de quartier Marseille Nord", "2026"],
        "J'ai effectué ma période de mise en application professionnelle de 30 jours à la régie de quartier.", headings="style", header="Mémoire OPS – Fatima Z."),
    # 13 — Bastia (association d'insertion), FAIL outil absent
    "b16_13_ops_bastia": ops(["Mémoire professionnel", OPS_COVER, "Candidat : Paul-Antoine F. – Bastia", "2026"],
        "Ma période de mise en application s'est déroulée sur 29 jours à l'association Insertion Haute-Corse.",
        outil="Je voulais concevoir un livret d'accueil pour les participants, mais faute de temps il n'a pas été réalisé, et je n'ai utilisé aucun autre outil pendant l'action.",
        headings="bold", header="Mémoire OPS – P.-A. F."),
    # 14 — Cherbourg (chantier naval d'insertion), FAIL days 22 < 29
    "b16_14_ops_cherbourg": ops(["Mémoire professionnel", OPS_COVER, "Candidate : Morgane H. – Cherbourg-en-Cotentin", "2026"],
        "Ma période de mise en application professionnelle a duré 22 jours au chantier d'insertion du port, la structure ayant fermé deux semaines en août.",
        headings="style", toc=True, header="Mémoire OPS – Morgane H.", pdf=True),
})
