"""Isolation variants used after the first run (not labelled dossiers): python make_variants19.py /tmp/b19/var"""
import copy, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_blind19 as m

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/b19/var"); out.mkdir(parents=True, exist_ok=True)
S = {s["id"]: s for s in m.SPECS}
a = copy.deepcopy(S["01_calais_titre"]); a["cover"] = a["cover"][:-1]                     # cover line removed, intro sentence kept
m.build(a).save(out / "01a_sans_ligne_couverture.docx")
b = copy.deepcopy(S["01_calais_titre"]); sec = b["sections"][0]                            # table alone (no sentence, no cover line)
b["sections"][0] = (sec[0], sec[1], sec[2], [sec[3][1]]); b["cover"] = b["cover"][:-1]
m.build(b).save(out / "01b_tableau_seul.docx")
c = copy.deepcopy(S["15_laon_ops_sans_carto"])                                              # cartography section = the « not done » sentence only
for i, sec in enumerate(c["sections"]):
    if sec[0].startswith("2."):
        c["sections"][i] = (sec[0], sec[1], 1, sec[3], {"chars": 0})
m.build(c).save(out / "15a_carto_section_seule.docx")

# isolation of the probes (CCP 2 base 08, cover hours line removed)
base = S["08_niort_ccp2_minimum"]
T = [["Structure", "Période", "Heures"], ["Mission Locale, Niort", "du 4 au 15 novembre", "70"],
     ["Mission Locale, Parthenay", "du 18 au 26 novembre", "56"], ["Mission Locale, Niort", "du 2 au 13 décembre", "56"],
     ["Total", "", "182"]]


def ccp2(name, first=None, intro_table=False, drop_textbox=False):
    s = copy.deepcopy(base); s["cover"] = s["cover"][:-1]
    h, t, n, sp = s["sections"][0][:4]
    if drop_textbox:
        sp = [x for x in sp if x[0] != 0]
    if first is not None:
        sp = [(0, first)] + sp
    s["sections"][0] = (h, t, n, sp)
    if intro_table:
        s["sections"] = [("Introduction", "structure", 1, [(0, m.tbl(T))])] + s["sections"]
    m.build(s).save(out / f"{name}.docx")


ccp2("p2a_phrase_simple", m.txt("Mon stage devait durer 210 heures ; après sept jours d'arrêt maladie, j'ai effectué 161 heures."))
ccp2("p3d_structure_dabord", m.tbl(T))                       # periods table at the top of part 1: not read
ccp2("p3e_intro_page", intro_table=True)                     # same table on an Introduction page: read
ccp2("p3f_part1_sans_zone_texte", m.tbl(T), drop_textbox=True)
