"""Words of the reports, in French first and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "file": "Fichier", "rules": "Jeu de règles", "route": "Parcours", "pages": "Pages",
        "verdict": "Verdict", "pass": "conforme", "fail": "non conforme", "warn": "à vérifier",
        "skip": "non vérifié", "error": "erreur", "parts": "Parties", "part": "Partie",
        "title_found": "Titre trouvé", "start": "Page", "expected": "Attendu",
        "status": "Statut", "missing": "introuvable", "format": "Mise en forme",
        "hours": "Périodes en entreprise", "competences": "Compétences évaluées",
        "to_fix": "À corriger", "to_check": "À vérifier",
        "nothing_to_fix": "Rien à corriger : le dossier respecte "
        "toutes les règles vérifiées.", "structure": "Structure", "body": "hors annexes",
        "annexes": "annexes", "total": "au total", "method": "obtenues par",
        "method.pdf": "le PDF (pages exactes)",
        "method.libreoffice": "une mise en page LibreOffice du DOCX",
        "method.docx-rendered": "la pagination enregistrée par Word",
        "method.docx-estimated": "une estimation (sans rendu)",
        "formation": "formation", "vae": "VAE", "notes": "Notes", "criteria": "Critères",
        "dossier_pages": "Pages du dossier", "checks": "Vérifications",
        "whole": "Dossier entier",
    },
    "en": {
        "file": "File", "rules": "Rule set", "route": "Route", "pages": "Pages",
        "verdict": "Verdict", "pass": "pass", "fail": "fail", "warn": "check",
        "skip": "not checked", "error": "error", "parts": "Parts", "part": "Part",
        "title_found": "Heading found", "start": "Page", "expected": "Expected",
        "status": "Status", "missing": "not found", "format": "Formatting",
        "hours": "Placement", "competences": "Competences assessed", "to_fix": "To fix",
        "to_check": "To check",
        "nothing_to_fix": "Nothing to fix: the dossier meets every rule checked.",
        "structure": "Structure", "body": "body", "annexes": "annexes", "total": "in all",
        "method": "obtained from",
        "method.pdf": "the PDF (exact pages)",
        "method.libreoffice": "a LibreOffice layout of the DOCX",
        "method.docx-rendered": "Word's saved pagination",
        "method.docx-estimated": "an estimate (no rendering)",
        "formation": "training", "vae": "VAE", "notes": "Notes", "criteria": "Criteria",
        "dossier_pages": "Dossier pages", "checks": "Checks", "whole": "Whole dossier",
    },
}


def label(lang: str, key: str) -> str:
    table = LABELS.get(lang, LABELS["fr"])
    return table.get(key, LABELS["fr"].get(key, key))


STATUS_ICON = {"pass": "✔", "fail": "✘", "warn": "!", "skip": "–", "error": "✘"}
STATUS_STYLE = {"pass": "green", "fail": "bold red", "warn": "yellow", "skip": "dim",
                "error": "bold red"}

# The report's sections of findings, in the order shown: the label of each and the
# check-id prefixes it gathers (the rich, HTML and any later report read this table).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("structure", ("structure.",)),
    ("dossier_pages", ("pages.",)),
    ("format", ("format.",)),
    ("hours", ("hours.",)),
)
# Findings about one competence, shown with it in the competences section.
COMPETENCE_PREFIX = "competence."
