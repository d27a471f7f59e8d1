"""blind17 variants: hours phrasings (CCP 1, min 70 h) and interview phrasings (CCP 2). Expected values first."""
import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from make_blind17 import *
from pathlib import Path
V = Path(__file__).parent / "variants"; V.mkdir(exist_ok=True)
HOURS = {  # name: (text, expected hours, expected hours.minimum status)
 "h_a_fermeture": ("Mon stage au CCAS s'est déroulé sur trois semaines, dont une semaine de fermeture du service : j'ai donc effectué deux semaines de 35 heures, soit 70 heures.", 70, "pass"),
 "h_c_sem_jours": ("J'ai effectué 1 semaine et 3 jours de stage, soit 56 heures au total.", 56, "fail"),
 "h_d_feuille": (None, 56, "fail"),
 "h_e_periodes": ("Ma première période a duré 35 heures au CCAS. La seconde, 42 heures au PLIE.", 77, "pass"),
 "h_h_lettres": ("Mon stage a duré soixante-trois heures en tout.", 63, "fail"),
 "h_j_sur": ("J'ai effectué 56 heures sur les 70 demandées, à cause d'un arrêt maladie.", 56, "fail"),
 "h_k_somme": ("Heures de stage : 35 h + 35 h = 70 h", 70, "pass"),
 "h_l_mitemps": ("J'ai fait quatre semaines à mi-temps, 17 h 30 par semaine, au Point Information Jeunesse.", 70, "pass"),
 "h_m_maladie": ("Sur mes deux semaines de stage, j'ai été en arrêt maladie trois jours, non rattrapés.", 49, "warn-or-fail"),
}
for name, (text, h, st) in HOURS.items():
    d = new_doc(); cover(d, "Anonyme", "Production – CCP 1 Accueillir", "2027", None, "CCAS de Vannes")
    if text: ins = paras(text)
    else: ins = table(["Semaine", "Heures"], [["S1 (3-7 mars)", "35"], ["S2 (10-14 mars, arrêt 2 j)", "21"], ["Total", "56"]], before=["Feuille de présence :"])
    parts(d, ["Ma production : accueil et analyse de la demande"], [7], "le CCAS de Vannes", inserts={1: ins})
    annexes(d); d.save(V / f"{name}.docx")
INTS = {  # name: (part-2 interview text, expected count, status)
 "i_A_liste": (["J'ai suivi Mme T. sur trois entretiens :", "#Entretien 1 : diagnostic partagé.", "#Entretien 2 : choix de la piste métier.", "#Entretien 3 : point d'étape."], 3, "pass"),
 "i_B_prose": (["Nous nous sommes vus trois fois : le 2 mai pour le diagnostic partagé, le 16 mai pour valider la piste métier, et le 30 mai pour un point d'étape après son immersion."], 3, "pass"),
 "i_C_tel": (["Premier entretien le 2 mai : diagnostic partagé.", "Deuxième entretien le 16 mai : validation de la piste métier.", "Le point d'étape du 30 mai s'est fait par téléphone : nous avons fait le bilan de l'immersion et ajusté le plan d'action."], 3, "pass"),
 "i_D_annule": (["Deux entretiens ont eu lieu, le 2 et le 16 mai ; le troisième, prévu le 30 mai, a été annulé par la personne et n'a pas pu être reprogrammé avant la fin de mon stage."], 2, "fail"),
}
for name, (lines, n, st) in INTS.items():
    d = new_doc(); cover(d, "Anonyme", "Dossier projet – CCP 2 Accompagner", "2027", "Période(s) en entreprise : 175 heures", "Mission Locale de Vannes")
    parts(d, CCP2, CCP2_PAGES, "la Mission Locale de Vannes", inserts={1: INTERVIEWS3, 2: paras(*lines)})
    annexes(d); d.save(V / f"{name}.docx")
