"""Batch speed at cohort scale: 24 DOCX dossiers, ``--jobs 2``, one LibreOffice kept
running per worker against one soffice per file; then one hostile DOCX in their middle.

    python bench/batch_speed.py [--n 24] [--jobs 2] [--timeout 60] [--keep DIR] [--repeat N]

Every configuration runs in a fresh process with a fresh render cache (CIPCHECK_CACHE_DIR),
so every DOCX is rendered cold; "one soffice per file" is the same batch with
CIPCHECK_NO_LO_SERVER=1, "as before" adds CIPCHECK_LO_FRESH_PROFILE=1 (each soffice's
profile left empty, as when issue 10 was measured). Prints the wall time of each, the
speed-up (target >= 2.5x against one soffice per file as before),
whether the verdicts are the same, and what the hostile file cost: it makes LibreOffice
lay out five unbreakable 400,000-letter words (minutes), so the per-file time limit
stops it; only its own row may be an error, and the service is restarted after it.
Needs LibreOffice (soffice); the shared LibreOffice also needs python3-uno.
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


def make_hostile(path: Path) -> None:
    """A DOCX that LibreOffice takes minutes to lay out (unbreakable 400,000-letter
    words), valid for cipcheck's own reader and under its zip guard's limits."""
    import zipfile

    base = path.with_name(".base.docx")
    make_docx(base, 999, titre=False)
    # Random letters: a run of one letter would compress like a zip bomb, which the
    # zip guard refuses before LibreOffice ever sees the file.
    rng = random.Random(0)
    words = "".join("<w:p><w:r><w:t>" + "".join(rng.choices("abcdefghijklmnopqrstuvwxyz",
                                                             k=400_000))
                    + "</w:t></w:r></w:p>" for _ in range(5))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
           '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           f"{words}</w:body></w:document>").encode()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename,
                         xml if info.filename == "word/document.xml" else src.read(info))
    base.unlink()


def make_cohort(folder: Path, n: int) -> None:
    """n DOCX dossiers (a third are full titles, the others CCP 1) and a hostile DOCX
    named to sort in the middle."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        make_docx(folder / f"candidat-{i:02d}.docx", i, titre=i % 3 == 0)
    make_hostile(folder / f"candidat-{n // 2:02d}-bis.docx")


def worker(folder: Path, jobs: int, timeout: float) -> None:
    """One configuration, in its own process (cache and LibreOffice mode set by the
    caller)."""
    from cipcheck import batch

    plan = batch.plan(folder, None, batch.Options())
    started = time.perf_counter()
    result = batch.run(plan, jobs, batch.Limits(timeout=timeout))
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
        "files": [Path(o.report.file).name for o in result.outcomes],
        "errors": [[f.id for f in o.report.checks if f.status.value == "error"]
                   for o in result.outcomes],
    }, sys.stdout)


def run_config(folder: Path, jobs: int, timeout: float, shared: bool,
               fresh_profile: bool = False) -> dict[str, object]:
    cache = Path(tempfile.mkdtemp(prefix=f"cipcheck-bench-cache-j{jobs}-"))
    env = dict(os.environ, CIPCHECK_CACHE_DIR=str(cache))
    for name in ("CIPCHECK_NO_CACHE", "CIPCHECK_NO_LO_SERVER", "CIPCHECK_LO_FRESH_PROFILE"):
        env.pop(name, None)
    if not shared:
        env["CIPCHECK_NO_LO_SERVER"] = "1"
    if fresh_profile:
        env["CIPCHECK_LO_FRESH_PROFILE"] = "1"
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    done = subprocess.run([sys.executable, __file__, "--worker", str(folder), str(jobs),
                           str(timeout)],
                          capture_output=True, text=True, env=env, check=True, timeout=3600)
    shutil.rmtree(cache, ignore_errors=True)
    return json.loads(done.stdout)


def _describe(name: str, r: dict[str, object]) -> None:
    secs = r["seconds"]
    rss = [x for x in r["rss"] if x]
    print(f"{name:<32} wall {r['wall']:6.1f} s, {r['wall'] / len(secs):.2f} s/dossier "
          f"(per file in its worker: median {statistics.median(secs):.2f} s); peak worker "
          f"{max(rss):.0f} MB; CPU {sum(r['cpu']):.0f} s; load {r['load']:.1f}")
    odd = [(f, v, e) for f, v, e in zip(r["files"], r["verdicts"], r["errors"], strict=True)
           if v == "error"]
    print(f"{'':<32} verdicts { {v: r['verdicts'].count(v) for v in sorted(set(r['verdicts']))} }"
          f"; errors: {odd or 'none'}")


def _without_hostile(folder: Path) -> Path:
    clean = folder.parent / (folder.name + "-sans-hostile")
    clean.mkdir(exist_ok=True)
    for f in sorted(folder.glob("candidat-??.docx")):
        if not (clean / f.name).exists():
            shutil.copy2(f, clean / f.name)
    return clean


def _hostile_costs_its_row(folder: Path, args: argparse.Namespace,
                           clean: dict[str, object]) -> None:
    """The cohort again with the hostile file in its middle, shared LibreOffice: only
    its own row may be an error, every other verdict is the one of the clean run."""
    mixed = run_config(folder, args.jobs, args.timeout, shared=True)
    _describe("with a hostile DOCX, shared", mixed)
    others = {f: v for f, v in zip(mixed["files"], mixed["verdicts"], strict=True)
              if not f.endswith("-bis.docx")}
    before = dict(zip(clean["files"], clean["verdicts"], strict=True))
    hostile = [v for f, v in zip(mixed["files"], mixed["verdicts"], strict=True)
               if f.endswith("-bis.docx")]
    ok = others == before and hostile == ["error"]
    print(f"hostile DOCX in the middle: its row {hostile}, the {len(others)} others "
          f"{'unchanged' if others == before else 'CHANGED'} -> {'PASS' if ok else 'FAIL'}")


def _compare(clean: Path, args: argparse.Namespace) -> dict[str, object]:
    """The cohort without the hostile file in the three configurations; returns the last
    shared run (the reference for the hostile run)."""
    # Three configurations, in a fresh process each: one soffice per file with an empty
    # profile (what batch did when issue 10 was measured: every start is LibreOffice's
    # first run), one soffice per file as `check` does now (profile seeded, see
    # readers/libreoffice.new_profile), and one LibreOffice per worker. With --repeat,
    # the order alternates (forward, then backward) so that a load that rises or falls
    # during the run does not favour one configuration.
    configs = {"one soffice per file (as before)": dict(shared=False, fresh_profile=True),
               "one soffice per file (seeded)": dict(shared=False),
               "one LibreOffice per worker": dict(shared=True)}
    walls: dict[str, list[float]] = {name: [] for name in configs}
    ratios: list[tuple[float, float]] = []
    shared: dict[str, object] = {}
    same = True
    for rep in range(args.repeat):
        order = list(configs) if rep % 2 == 0 else list(configs)[::-1]
        runs = {}
        for name in order:
            runs[name] = run_config(clean, args.jobs, args.timeout, **configs[name])
            walls[name].append(runs[name]["wall"])
            _describe(name, runs[name])
        before, seeded, shared = (runs[name] for name in configs)
        same = same and before["verdicts"] == seeded["verdicts"] == shared["verdicts"]
        ratios.append((before["wall"] / shared["wall"], seeded["wall"] / shared["wall"]))
        print(f"run {rep + 1}: speed-up {ratios[-1][0]:.2f}x vs one soffice per file as "
              f"before, {ratios[-1][1]:.2f}x vs one seeded soffice per file; load "
              f"{os.getloadavg()[0]:.1f}")
        for f, a, b in zip(before["files"], before["verdicts"], shared["verdicts"],
                           strict=True):
            if a != b:
                print(f"  {f}: {a} (per file) vs {b} (shared)")
    if args.repeat > 1:
        for name, values in walls.items():
            print(f"{name:<32} wall median {statistics.median(values):6.1f} s "
                  f"(range {min(values):.1f}-{max(values):.1f}, n={len(values)})")
    ratio = statistics.median(r[0] for r in ratios)
    seeded_ratio = statistics.median(r[1] for r in ratios)
    print(f"speed-up (median of {len(ratios)}): {ratio:.2f}x vs one soffice per file as "
          f"before (target >= 2.5), {seeded_ratio:.2f}x vs one seeded soffice per file; "
          f"same verdicts: {'yes' if same else 'NO'}")
    print(f"issue 10 target: {'PASS' if ratio >= 2.5 and same else 'FAIL'}  batch of "
          f"{args.n} DOCX, shared LibreOffice vs one soffice per file at --jobs {args.jobs}")
    return shared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=24)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="per file, seconds (batch default: 60)")
    parser.add_argument("--keep", type=Path, help="generate (or reuse) the cohort here")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of the three configurations, in alternating order")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(Path(args.worker[0]), int(args.worker[1]), float(args.worker[2]))
        return
    if shutil.which("soffice") is None:
        sys.exit("LibreOffice (soffice) est nécessaire pour ce banc d'essai.")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from cipcheck.readers import lo_server

    if not lo_server.available():
        print("shared LibreOffice unavailable (python3-uno or unoserver missing): both runs "
              "will use one soffice per file")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cipcheck-bench-")) / "cohorte"
    if not folder.exists() or not any(folder.iterdir()):
        t = time.perf_counter()
        make_cohort(folder, args.n)
        print(f"cohort: {args.n} DOCX + 1 hostile DOCX generated in "
              f"{time.perf_counter() - t:.1f} s ({folder})")
    print(f"--jobs {args.jobs}, --timeout {args.timeout:g} s, cores {os.cpu_count()}, load "
          f"{os.getloadavg()[0]:.1f}")
    # The speed-up is measured on the 24 dossiers alone: with the hostile file in the
    # cohort, one worker spends the whole per-file time limit on it in both configurations,
    # a fixed cost that says nothing about LibreOffice start-ups. The hostile file is then
    # run in the middle of the cohort, shared LibreOffice, for what it may cost.
    clean = _without_hostile(folder)
    shared = _compare(clean, args)
    _hostile_costs_its_row(folder, args, shared)
    shutil.rmtree(clean, ignore_errors=True)
    if args.keep is None:
        shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
