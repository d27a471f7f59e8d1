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
