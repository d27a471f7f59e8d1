"""Batch speed at cohort scale: 24 dossiers (DOCX and PDF), --jobs 1 against --jobs 2.

    python bench/batch_speed.py [--n 24] [--jobs 1,2] [--keep DIR]

Each configuration runs in a fresh process with a fresh LibreOffice cache
(CIPCHECK_CACHE_DIR), so every DOCX is rendered cold in both. Prints the wall time, the
speed-up against the first configuration, the peak memory of a worker (Python) and of
its LibreOffice, and the time per dossier. Needs LibreOffice (soffice) on the PATH.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARTS = (
    "Présentation de la structure, du territoire et des acteurs",
    "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
    "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
    "Conception, préparation et animation d'un atelier thématique",
    "Action de prospection auprès des employeurs du territoire",
    "Appui technique aux employeurs en matière de recrutement",
    "Intégration et maintien d'un salarié dans son environnement professionnel",
)
TITRE_PAGES = (7, 5.5, 5.5, 7, 5, 4.5, 2.5)
WORDS = (
    "accompagnement", "insertion", "parcours", "entretien", "diagnostic", "projet",
    "employeur", "formation", "compétence", "démarche", "situation", "partenaire",
    "structure", "dispositif", "objectif", "besoin", "mobilité", "logement", "santé",
    "candidature", "entreprise", "territoire", "atelier", "séance", "posture", "écoute",
    "relation", "confiance", "contrat", "orientation", "qualification", "alternance",
    "immersion", "évaluation", "synthèse", "réseau", "bilan",
)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + ". "


def make_docx(path: Path, seed: int, titre: bool) -> None:
    from docx import Document
    from docx.shared import Pt

    rng = random.Random(seed)  # distinct text per file: the render cache must not hit
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Titre professionnel Conseiller en insertion professionnelle")
    if titre:
        doc.add_paragraph("Dossier de questionnement à partir de production")
    else:
        doc.add_paragraph("CCP 1 Accueillir pour analyser la demande des personnes")
    doc.add_paragraph(f"Candidat : Personne {seed}")
    doc.add_paragraph(f"Période(s) en entreprise : {rng.randint(390, 420) if titre else 84} "
                      "heures")
    if titre:
        for number, (title, pages) in enumerate(zip(PARTS, TITRE_PAGES, strict=True), 1):
            doc.add_page_break()
            doc.add_heading(f"Partie {number} – {title}", level=1)
            for _ in range(round(pages * 9)):
                doc.add_paragraph(_sentence(rng) + _sentence(rng) + _sentence(rng))
    else:
        for _ in range(60):
            doc.add_paragraph(_sentence(rng) + _sentence(rng) + _sentence(rng))
    doc.save(str(path))


def make_cohort(folder: Path, n: int) -> None:
    """n/2 DOCX kept, n/2 converted to PDF by LibreOffice; a third are full titles."""
    folder.mkdir(parents=True, exist_ok=True)
    to_pdf = folder / "to-pdf"
    to_pdf.mkdir()
    for i in range(n):
        target = folder if i % 2 == 0 else to_pdf
        make_docx(target / f"candidat-{i:02d}.docx", i, titre=i % 3 == 0)
    profile = Path(tempfile.mkdtemp(prefix="lo-bench-"))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder),
                    *map(str, sorted(to_pdf.glob("*.docx")))],
                   check=True, capture_output=True, timeout=600)
    shutil.rmtree(to_pdf)
    shutil.rmtree(profile, ignore_errors=True)


def worker(folder: Path, jobs: int) -> None:
    """One configuration, in its own process (the cache folder is set by the caller)."""
    from cipcheck import batch

    plan = batch.plan(folder, None, batch.Options())
    started = time.perf_counter()
    result = batch.run(plan, jobs, batch.Limits(timeout=300))
    wall = time.perf_counter() - started
    json.dump({
        "wall": wall,
        "seconds": [o.seconds for o in result.outcomes],
        "rss": [o.peak_rss_mb for o in result.outcomes],
        "lo_rss": [o.children_rss_mb for o in result.outcomes],
        "cpu": [o.cpu_seconds or 0.0 for o in result.outcomes],
        "load": os.getloadavg()[0],
        "verdicts": [o.report.verdict.value for o in result.outcomes],
        "methods": [o.report.pages_method for o in result.outcomes],
    }, sys.stdout)


def _spin(n: int) -> float:
    started = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - started


def calibrate(jobs: int, n: int = 15_000_000) -> float:
    """How much faster ``jobs`` busy loops run side by side than one after another right
    now: the parallelism this (possibly shared) machine actually offers."""
    import multiprocessing as mp

    started = time.perf_counter()
    for _ in range(jobs):
        _spin(n)
    serial = time.perf_counter() - started
    with mp.get_context("spawn").Pool(jobs) as pool:
        pool.map(_spin, [1000])  # start the workers before timing
        started = time.perf_counter()
        pool.map(_spin, [n] * jobs)
        parallel = time.perf_counter() - started
    return serial / parallel


def run_config(folder: Path, jobs: int) -> dict[str, object]:
    cache = Path(tempfile.mkdtemp(prefix=f"cipcheck-bench-cache-j{jobs}-"))
    env = dict(os.environ, CIPCHECK_CACHE_DIR=str(cache))
    env.pop("CIPCHECK_NO_CACHE", None)
    done = subprocess.run([sys.executable, __file__, "--worker", str(folder), str(jobs)],
                          capture_output=True, text=True, env=env, check=True, timeout=3600)
    shutil.rmtree(cache, ignore_errors=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=24)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--keep", type=Path, help="generate (or reuse) the cohort here")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker[0]), int(args.worker[1]))
        return
    if shutil.which("soffice") is None:
        sys.exit("LibreOffice (soffice) est nécessaire pour ce banc d'essai.")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cipcheck-bench-")) / "cohorte"
    if not folder.exists() or not any(folder.iterdir()):
        t = time.perf_counter()
        make_cohort(folder, args.n)
        print(f"cohort: {args.n} dossiers generated in {time.perf_counter() - t:.1f} s "
              f"({folder})")
    files = sorted(p.suffix for p in folder.iterdir())
    print(f"files: {files.count('.docx')} DOCX + {files.count('.pdf')} PDF, "
          f"cores: {os.cpu_count()}")
    # The PDFs alone too: their checks are pure Python, so they show how the worker pool
    # itself scales, apart from LibreOffice's start-up (page faults, profile writes).
    pdf_only = Path(tempfile.mkdtemp(prefix="cipcheck-bench-pdf-"))
    for pdf in folder.glob("*.pdf"):
        shutil.copyfile(pdf, pdf_only / pdf.name)
    all_jobs = [int(j) for j in args.jobs.split(",")]
    pdf_walls = {jobs: run_config(pdf_only, jobs)["wall"] for jobs in all_jobs}
    shutil.rmtree(pdf_only, ignore_errors=True)
    first = all_jobs[0]
    print("PDF only: " + ", ".join(
        f"--jobs {j} {w:.1f} s ({pdf_walls[first] / w:.2f}x)" for j, w in pdf_walls.items()))
    results = {}
    for jobs in all_jobs:
        results[jobs] = r = run_config(folder, jobs)
        secs = r["seconds"]
        rss = [x for x in r["rss"] if x]
        lo = [x for x in r["lo_rss"] if x]
        print(f"--jobs {jobs}: wall {r['wall']:.1f} s, {r['wall'] / len(secs):.2f} s/dossier "
              f"(per file in its worker: median {statistics.median(secs):.2f} s, max "
              f"{max(secs):.2f} s); peak memory per worker {max(rss):.0f} MB, its "
              f"LibreOffice {max(lo) if lo else 0:.0f} MB; methods "
              f"{sorted(set(m or '-' for m in r['methods']))}; verdicts "
              f"{ {v: r['verdicts'].count(v) for v in set(r['verdicts'])} }")
        # CPU used / wall time: the cores this run actually got. On a machine shared
        # with other work it shows why a speed-up falls short of the number of jobs.
        print(f"           CPU {sum(r['cpu']):.1f} s → {sum(r['cpu']) / r['wall']:.2f} cores "
              f"busy on average; load average at the end {r['load']:.2f}")
    base = min(results)
    for jobs, r in results.items():
        if jobs != base:
            print(f"speed-up --jobs {jobs} vs --jobs {base}: "
                  f"{results[base]['wall'] / r['wall']:.2f}x (the machine offers "
                  f"{calibrate(jobs):.2f}x to {jobs} busy loops right now)")
    if args.keep is None:
        shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
