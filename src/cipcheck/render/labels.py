"""Words of the reports: French source texts, translated by the catalogue (``cipcheck.i18n``)."""

from __future__ import annotations

from cipcheck.findings import Report, Status
from cipcheck.i18n import N_, translator

LABELS: dict[str, str] = {
    "file": N_("Fichier"),
    "rules": N_("Jeu de règles"),
    "route": N_("Parcours"),
    "pages": N_("Pages"),
    "verdict": N_("Verdict"),
    "pass": N_("conforme"),
    "fail": N_("non conforme"),
    "warn": N_("à vérifier"),
    "skip": N_("non vérifié"),
    "error": N_("erreur"),
    "parts": N_("Parties"),
    "part": N_("Partie"),
    "title_found": N_("Titre trouvé"),
    "start": N_("Page"),
    "expected": N_("Attendu"),
    "status": N_("Statut"),
    "missing": N_("introuvable"),
    "format": N_("Mise en forme"),
    "hours": N_("Périodes en entreprise"),
    "competences": N_("Compétences évaluées"),
    "to_fix": N_("À corriger"),
    "to_check": N_("À vérifier"),
    "nothing_to_fix": N_("Rien à corriger : le dossier respecte toutes les règles vérifiées."),
    "structure": N_("Structure"),
    "body": N_("hors annexes"),
    "annexes": N_("annexes"),
    "annexe": N_("annexe"),
    "total": N_("au total"),
    "method": N_("obtenues par"),
    "method.pdf": N_("le PDF (pages exactes)"),
    "method.libreoffice": N_("une mise en page LibreOffice du DOCX"),
    "method.docx-rendered": N_("la pagination enregistrée par Word"),
    "method.docx-estimated": N_("une estimation (sans rendu)"),
    "formation": N_("formation"),
    "vae": N_("VAE"),
    "notes": N_("Notes"),
    "criteria": N_("Critères"),
    "dossier_pages": N_("Pages du dossier"),
    "checks": N_("Vérifications"),
    "whole": N_("Dossier entier"),
}


def label(lang: str, key: str) -> str:
    """The word for ``key`` in ``lang`` (French, the source, when not translated)."""
    text = LABELS.get(key)
    return translator(lang)._(text) if text is not None else key


def annexes_label(lang: str, pages: float | None) -> str:
    """« 1 annexe », « 10 annexes » (one page of annexes is no plural)."""
    return label(lang, "annexe" if pages is not None and 0 < pages <= 1 else "annexes")


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


def verdict_counts(report: Report) -> str:
    """« 1 échec, 2 avertissements » beside the verdict; nothing for a file that could not
    be read (blind16: « ERREUR (1 échec(s)) » counted the unreadable file as a failure)."""
    if report.verdict is Status.ERROR:
        return ""
    t = translator(report.lang)
    counts = (t.ngettext("{n} échec", "{n} échecs", len(report.failures)) + ", "
              + t.ngettext("{n} avertissement", "{n} avertissements", len(report.warnings)))
    if report.strict:
        # A « non conforme » with 0 failures must say why (blind19 F9).
        counts += " — " + t._("mode strict : les avertissements comptent comme des échecs")
    return counts
