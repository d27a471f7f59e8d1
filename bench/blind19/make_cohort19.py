"""Build the trainer's cohort folder and the odd inputs from bench/blind19/dossiers.

python bench/blind19/make_cohort19.py /tmp/b19   -> /tmp/b19/cohorte/, /tmp/b19/odd/
(not committed: the 60 MB file and the copies stay outside the repository)
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = HERE / "dossiers"
SRC = HERE / "pdf_sources"

COHORT = [  # (folder, [(source, name in folder)])
    ("Nadège Fourmentin", [("01_calais_titre.docx", "Dossier pro CIP - Fourmentin.docx")]),
    ("Maëlys Roumanille", [("02_avignon_titre.docx", "dossier Maëlys.docx")]),
    ("Yannick Le Guennec", [("03_saintnazaire_titre_vae.pdf", "VAE CIP Le Guennec.pdf")]),
    ("Gwendoline Chauvin", [("04_laval_titre.docx", "Chauvin_dossier_CIP.docx")]),
    ("Sofiane Belkacem", [("05_belfort_titre_limites.pdf", "Dossier Belkacem.pdf"),
                          (SRC / "05_belfort_titre_limites.docx", "Dossier Belkacem.docx")]),
    ("Aurélie Schwendimann", [("06_colmar_ccp1.docx", "CCP1 Schwendimann.docx")]),
    ("Lucie Azaïs", [("07_beziers_ccp1.docx", "CCP1_Azaïs.docx")]),
    ("Clémence Barbotin", [("08_niort_ccp2_minimum.docx", "Barbotin CCP2.docx")]),
    ("Romain Thiébaut", [("09_epinal_ccp2.docx", "Thiébaut - CCP 2 - dossier.docx")]),
    ("Morgane Le Floch", [("10_saintbrieuc_ccp2_maximum.pdf", "Le Floch CCP2 définitif.pdf")]),
    ("Sandrine Aufrère", [("12_chateauroux_ccp3.docx", "CCP3 Aufrère v1.docx"),
                          ("12_chateauroux_ccp3.docx", "CCP3 Aufrère v2.docx"),
                          ("12_chateauroux_ccp3.docx", "CCP3 Aufrère « final ».docx")]),
    ("Élise Raynaud", [("13_gap_ccp3_police.pdf", "Raynaud CCP3.pdf")]),
    ("Anaïs Vidal", [("14_sete_ops.docx", "Mémoire OPS Vidal.docx")]),
    ("Kévin Dufour", [("15_laon_ops_sans_carto.docx", "memoire_dufour.docx")]),
    ("Fanny Orsini", [("16_draguignan_ops_29j.pdf", "Mémoire Orsini.pdf")]),
]


def main(root: Path):
    coh = root / "cohorte"
    if coh.exists():
        subprocess.run(["chmod", "-R", "u+w", str(coh)])
        shutil.rmtree(coh)
    for folder, files in COHORT:
        dd = coh / "promo 2026-2027" / folder
        dd.mkdir(parents=True)
        for src, name in files:
            src = src if isinstance(src, Path) else D / src
            shutil.copy(src, dd / name)
    # Thibault sent a zip only
    t = coh / "promo 2026-2027" / "Thibault Lacombe"
    t.mkdir()
    with zipfile.ZipFile(t / "dossier Lacombe.zip", "w") as z:
        z.write(D / "11_agen_ccp3_maximum.docx", "CCP3 Lacombe.docx")
    # Word lock file next to an open dossier
    (coh / "promo 2026-2027" / "Gwendoline Chauvin" / "~$auvin_dossier_CIP.docx").write_bytes(
        b"\x0bGwendoline" + b"\x00" * 151)
    (coh / "promo 2026-2027" / "Aurélie Schwendimann" / "note formateur.txt").write_text(
        "Relu le 20/11 : manque l'annexe 2, à relancer.\n", encoding="utf-8")
    # manifest (trainer's, semicolon, accents, BOM, decimal comma, hours column)
    man = HERE / "manifest.csv"
    shutil.copy(man, coh / "manifest.csv")

    odd = root / "odd"
    if odd.exists():
        subprocess.run(["chmod", "-R", "u+w", str(odd)])
        shutil.rmtree(odd)
    odd.mkdir(parents=True)
    base = D / "08_niort_ccp2_minimum.docx"
    for fmt in ("doc", "odt"):
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(odd), str(base)],
                       check=True, capture_output=True, timeout=180)
    # password-protected PDF (opening password)
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for pg in PdfReader(D / "10_saintbrieuc_ccp2_maximum.pdf").pages:
        w.add_page(pg)
    w.encrypt(user_password="morgane2027", owner_password="owner")
    with open(odd / "protege_mot_de_passe.pdf", "wb") as f:
        w.write(f)
    # owner-only protection (no opening password)
    w = PdfWriter()
    for pg in PdfReader(D / "13_gap_ccp3_police.pdf").pages:
        w.add_page(pg)
    w.encrypt(user_password="", owner_password="owner", permissions_flag=0)
    with open(odd / "protege_modification_seulement.pdf", "wb") as f:
        w.write(f)
    # scanned PDF: pages as images only
    from PIL import Image, ImageDraw
    imgs = []
    for k in range(8):
        im = Image.new("RGB", (1240, 1754), "white")
        dr = ImageDraw.Draw(im)
        for y in range(150, 1600, 40):
            dr.line((120, y, 1120, y), fill=(60, 60, 60), width=3)
        imgs.append(im)
    imgs[0].save(odd / "scan_dossier.pdf", save_all=True, append_images=imgs[1:], resolution=150)
    # 60 MB DOCX (a big incompressible photo added to a real dossier)
    big = odd / "dossier_60Mo.docx"
    shutil.copy(D / "06_colmar_ccp1.docx", big)
    with zipfile.ZipFile(big, "a", compression=zipfile.ZIP_STORED) as z:
        z.writestr("word/media/photo_atelier.png", random.Random(1).randbytes(60 * 1024 * 1024))
    # .docm with a macro project
    docm = odd / "dossier_macro.docm"
    with zipfile.ZipFile(D / "11_agen_ccp3_maximum.docx") as zin, zipfile.ZipFile(docm, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
                data = data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
            if it.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
            zout.writestr(it, data)
        zout.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    # file name with spaces and accents
    shutil.copy(D / "14_sete_ops.docx", odd / "Mémoire OPS – Anaïs Vidal (version définitive).docx")
    # read-only folder
    ro = odd / "lecture_seule"
    ro.mkdir()
    shutil.copy(D / "07_beziers_ccp1.docx", ro / "CCP1 Azaïs.docx")
    os.chmod(ro / "CCP1 Azaïs.docx", 0o444)
    os.chmod(ro, 0o555)
    print("cohort and odd files in", root)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/b19"))
