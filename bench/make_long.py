"""Generate long CIP-like dossiers (DOCX, and PDF through LibreOffice) of a given length.

    python bench/make_long.py PAGES [--out DIR] [--pdf]

A cover page, a sommaire, seven "Partie N – …" parts sharing the pages, then annexes.
Each page mixes what real long dossiers hold: prose paragraphs that name persons the
dossier's way ("Mme B.", "M. K.", "Sophie B."), short bulleted lines, a table of
interviews now and then, phone numbers of the structure and hours. About 85 paragraphs
per 10 pages of prose plus list lines and table cells, as a Word dossier has. Seeded:
the same PAGES gives the same file. Used by bench/check_speed.py for the scaling table.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
import prose  # noqa: E402  (a sibling module, not a package)

PARTS = (
    "Présentation de la structure, du territoire et des acteurs",
    "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
    "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
    "Conception, préparation et animation d'un atelier thématique",
    "Action de prospection auprès des employeurs du territoire",
    "Appui technique aux employeurs en matière de recrutement",
    "Intégration et maintien d'un salarié dans son environnement professionnel",
)
INITIALS = "BDKLMRT"
FIRST = ("Sophie", "Karim", "Nadia", "Julien", "Fatou", "Thomas", "Inès", "Marc")
# Words per page of Arial 11 at 1.15 with 2.5 cm margins, lists and tables included.
WORDS_PER_PAGE = 350


def _page(doc: object, rng: random.Random, table_every: int, page: int) -> None:
    words = 0
    while words < WORDS_PER_PAGE:
        roll = rng.random()
        if roll < 0.55:
            text = prose.paragraph(rng, (2, 5))
            if rng.random() < 0.3:
                who = f"{rng.choice(FIRST)} {rng.choice(INITIALS)}."
                text = f"Lors de l'entretien, {who} évoque son projet. " + text
            doc.add_paragraph(text)
        elif roll < 0.85:
            for _ in range(rng.randint(2, 5)):
                text = prose.sentence(rng)
                doc.add_paragraph(text, style="List Bullet")
                words += len(text.split())
            continue
        else:
            text = (f"Mme {rng.choice(INITIALS)}. a été reçue au siège de la structure "
                    "(accueil : 04 72 00 00 00) pour un point d'étape.")
            doc.add_paragraph(text)
        words += len(text.split())
    if page % table_every == 0:
        table = doc.add_table(rows=4, cols=3)
        table.style = "Table Grid"
        for r, row in enumerate(table.rows):
            row.cells[0].text = "Date" if r == 0 else f"{r + 3} mars 2024"
            row.cells[1].text = "Personne" if r == 0 else f"M. {rng.choice(INITIALS)}."
            row.cells[2].text = "Objet" if r == 0 else prose.sentence(rng)


def make_docx(path: Path, pages: int, seed: int = 7) -> Path:
    from docx import Document
    from docx.shared import Pt

    rng = random.Random(seed * 100_003 + pages)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.line_spacing = 1.15
    doc.add_paragraph("Titre professionnel Conseiller en insertion professionnelle")
    doc.add_paragraph("Dossier de questionnement à partir de production")
    doc.add_paragraph("Candidate : Claire Fontaine")
    doc.add_paragraph(f"Période(s) en entreprise : {392 + pages % 7} heures")
    doc.add_page_break()
    doc.add_paragraph("Sommaire")
    for number, title in enumerate(PARTS, 1):
        doc.add_paragraph(f"Partie {number} – {title}")
    body = max(7, round(pages * 0.8))
    annexes = max(1, pages - body - 2)
    share = [body // 7 + (1 if i < body % 7 else 0) for i in range(7)]
    page = 0
    for number, (title, count) in enumerate(zip(PARTS, share, strict=True), 1):
        doc.add_page_break()
        doc.add_heading(f"Partie {number} – {title}", level=1)
        for _ in range(count):
            page += 1
            _page(doc, rng, 6, page)
    doc.add_page_break()
    doc.add_heading("Annexes", level=1)
    for i in range(annexes):
        doc.add_heading(f"Annexe {i + 1}", level=2)
        page += 1
        _page(doc, rng, 2, page)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def to_pdf(docx: Path, out_dir: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="cipbench-lo-"))
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile.as_uri()}",
                        "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                       check=True, capture_output=True, timeout=1800)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return out_dir / (docx.stem + ".pdf")


def ensure(pages: int, folder: Path, pdf: bool = False) -> Path:
    """The dossier of ``pages`` pages in ``folder`` (made once, then reused)."""
    docx = folder / f"long-{pages}.docx"
    if not docx.is_file():
        make_docx(docx, pages)
    if not pdf:
        return docx
    out = folder / f"long-{pages}.pdf"
    if not out.is_file():
        to_pdf(docx, folder)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "cipbench")
    parser.add_argument("--pdf", action="store_true")
    args = parser.parse_args()
    print(ensure(args.pages, args.out, args.pdf))


if __name__ == "__main__":
    main()
