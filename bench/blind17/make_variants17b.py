"""blind17 variants b (expected values written before run): isolate the h_c miss; friend's re-used dossier."""
import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from make_blind17 import *
from pathlib import Path
V = Path(__file__).parent / "variants"; V.mkdir(exist_ok=True)
HOURS = {
 "h_n_total_seul": ("J'ai effectué 56 heures de stage au total.", 56, "fail"),
 "h_o_sem_jours_soit": ("Mon stage a duré 4 semaines et 2 jours, soit 154 heures.", 154, "pass"),  # control: above 70
 "h_p_sem_heures": ("J'ai fait mon stage sur une semaine et demie, soit 52 heures et demie.", 52.5, "fail"),
}
for name, (text, h, st) in HOURS.items():
    d = new_doc(); cover(d, "Anonyme", "Production – CCP 1 Accueillir", "2027", None, "CCAS de Vannes")
    parts(d, ["Ma production : accueil et analyse de la demande"], [7], "le CCAS de Vannes", inserts={1: paras(text)})
    annexes(d); d.save(V / f"{name}.docx")
# friend's dossier of last year, re-used: cover changed, header still the friend's name + session 2025,
# and body says « lors de ma session de juin 2025 ». Expected: same verdict as the base (pass); no rule covers it.
d = new_doc(); cover(d, "Arnaud Schmitt", "Production – CCP 1 Accueillir", "février 2027",
    "Période(s) en entreprise : 70 heures", "Agence France Travail Metz Borny")
d.sections[0].header.paragraphs[0].text = "CCP 1 – Manon Lejeune – session juin 2025"
parts(d, ["Ma production : accueil et analyse de la demande"], [7], "l'agence de Metz Borny")
annexes(d); d.save(V / "r_reprise_amie.docx")
