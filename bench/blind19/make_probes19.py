"""Extra probes on the CCP 2 base (08): hours and interviews written in still other ways.
python bench/blind19/make_probes19.py  -> bench/blind19/probes/*.docx ; expectations in probes.yaml (committed first)."""
import copy, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_blind19 as m

OUT = pathlib.Path(__file__).resolve().parent / "probes"; OUT.mkdir(exist_ok=True)
base = {s["id"]: s for s in m.SPECS}["08_niort_ccp2_minimum"]


def variant(name, cover_last=None, p1_specials=None, first_page_extra=None):
    s = copy.deepcopy(base)
    s["cover"] = s["cover"][:-1] + ([cover_last] if cover_last else [])
    if p1_specials is not None:
        h, t, n, sp = s["sections"][0][:4]
        s["sections"][0] = (h, t, n, [x for x in sp if x[0] != 1] + p1_specials)
    if first_page_extra:
        h, t, n, sp = s["sections"][0][:4]
        s["sections"][0] = (h, t, n, [(0, first_page_extra)] + sp)
    m.build(s).save(OUT / f"{name}.docx")


variant("p1_attestation_seule", first_page_extra=m.txt(
    "L'attestation de fin de stage signée par la directrice indique : « Mme Barbotin a effectué 182 heures de stage "
    "du 4 novembre au 20 décembre au sein de la Mission Locale du Niortais »."))
variant("p2_arret_maladie_161", first_page_extra=m.txt(
    "Mon stage devait durer six semaines à 35 heures, soit 210 heures ; j'ai été arrêtée sept jours pour maladie, "
    "soit 49 heures de moins : 161 heures effectuées."))
variant("p3_tableau_periodes_total", first_page_extra=m.tbl([
    ["Période", "Structure", "Heures"], ["4–15 novembre", "Mission Locale, Niort", "70"],
    ["18–26 novembre", "Mission Locale, antenne de Parthenay", "56"], ["2–13 décembre", "Mission Locale, Niort", "70"],
    ["Arrêt maladie (2 jours)", "", "-14"], ["Total réalisé", "", "182"]]), cover_last="Période(s) en entreprise : voir le tableau page 3")
variant("p4_deux_tel_troisieme_annule", cover_last="Période(s) en entreprise : 182 heures", p1_specials=[
    (1, m.txt("Premier entretien – 14 novembre", "Le 14 novembre, j'ai eu Jade au téléphone pendant quarante minutes pour "
              "faire le point sur sa demande et signer à distance son contrat d'engagement.", bold_first=True)),
    (1, m.txt("Deuxième entretien – 28 novembre", "Le 28 novembre, nouvel entretien téléphonique : nous avons revu ses "
              "démarches et préparé sa candidature.", bold_first=True)),
    (1, m.txt("Troisième entretien – 12 décembre (annulé)", "Jade a annulé ce rendez-vous la veille : elle venait de "
              "trouver un CDD de trois semaines. Nous n'avons donc eu que deux entretiens.", bold_first=True))])
variant("p5_tableau_statut", cover_last="Période(s) en entreprise : 182 heures", p1_specials=[
    (1, m.txt("Suivi des rendez-vous avec Jade :")),
    (1, m.tbl([["Date", "Modalité", "Objet", "Statut"], ["14/11", "présentiel", "accueil, contrat d'engagement", "réalisé"],
               ["21/11", "téléphone", "point sur les démarches", "réalisé"], ["28/11", "présentiel", "CV et candidatures", "annulé"],
               ["05/12", "visio", "préparation de l'immersion", "réalisé"]]))])
print("probes written in", OUT)
