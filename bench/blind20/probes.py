"""blind20 probes (variants of two dossiers), expectations written before running them:
P1 rennes-sans-aveu: b20-04 without « Je n'ai donc tenu que deux entretiens » → still fail content.entretiens (p2):
   two interviews told, the third only « prévu la semaine prochaine ».
P2 digne-titre-vide: b20-13 plus a heading « Monographie » followed only by one sentence about the structure's
   statistics (no person, no path) → a jury says the monographie is absent: fail content.monographie expected;
   a pass would be a missed failure.
P4 auxerre-carto-vide (added after P1–P3 ran, expectation written before its run): b20-12 with the partners table and
   the cartography sentence removed, the heading « Cartographie du réseau des partenaires » kept over generic prose
   → a jury sees no cartography: fail content.cartographie expected; a pass is a missed failure.
P5 bordeaux-intro-350 (expectation written before its run): b20-01 whose introduction says « Mon stage de 350 heures
   au PLIE » while the cover says 392 h and the annex table 196 + 196 = 392: a jury would ask which is true —
   expected hours.minimum WARN showing both readings (not a pass at 392 in silence, not a sure fail).
Run: python bench/blind20/probes.py  (writes to /tmp/b20probes)
"""
from pathlib import Path
from docx import Document

D = Path(__file__).resolve().parent / "dossiers"
OUT = Path("/tmp/b20probes"); OUT.mkdir(exist_ok=True)
d = Document(D / "b20-04-rennes-titre.docx")
for p in d.paragraphs:
    if p.text.startswith("Je n'ai donc tenu"):
        p._p.getparent().remove(p._p)
d.save(OUT / "p1-rennes-sans-aveu.docx")
d = Document(D / "b20-13-digne-ops.docx")
for p in d.paragraphs:
    if p.text.startswith("Présentation de l'action") and p.style.name.startswith("Heading"):
        h = p.insert_paragraph_before("Monographie", style="Heading 1")
        p.insert_paragraph_before("Le nombre de personnes accueillies par l'Espace emploi a progressé de 12 % en 2026, "
                                  "principalement des demandeurs d'emploi de longue durée.")
        break
d.save(OUT / "p2-digne-titre-vide.docx")

d = Document(D / "b20-12-auxerre-ops.docx")
for t in list(d.tables):
    if "Partenaire" in t.rows[0].cells[0].text:
        t._tbl.getparent().remove(t._tbl)
for p in d.paragraphs:
    if "La cartographie ci-dessous" in p.text:
        for r in p.runs:
            if "La cartographie ci-dessous" in r.text:
                r.text = r.text.split("La cartographie ci-dessous")[0]
        p.text = p.text.split("La cartographie ci-dessous")[0] + " " + p.text.split("bancaire")[0][-1:] if False else p.text
d.save(OUT / "p4-auxerre-carto-vide.docx")

d = Document(D / "b20-01-bordeaux-titre.docx")
for p in d.paragraphs:
    if p.text.startswith("Ce dossier retrace mes deux périodes"):
        for r in p.runs:
            r.text = ""
        p.runs[0].text = "Ce dossier retrace mon stage de 350 heures au PLIE des Hauts de Garonne, à l'automne puis en janvier."
        break
d.save(OUT / "p5-bordeaux-intro-350.docx")
