"""Advice written for the command line, said in the web page's words.

A candidate who never opens a terminal has no ``--hours`` nor ``--rules``: the page has a
field « Heures en entreprise » and a list « Type de dossier » (blind15: the page told them
to « déclarez-la avec --hours (ou la colonne « hours » du manifeste) »). Only the page's
report changes; the API returns the contract's report as ``check`` writes it.
"""

from __future__ import annotations

import re

from cipcheck.findings import Report
from cipcheck.render.rewording import NUMBER, reword, reworded

_FR = (
    (re.compile(r"déclarez-la avec --hours \(ou la colonne « hours » du manifeste\), par "
                rf"exemple --hours {NUMBER}"),
     r"saisissez-la dans le champ « Heures en entreprise » du formulaire (par exemple \1), "
     r"puis relancez la vérification"),
    (re.compile(r"déclarez-la avec --hours(?: \d+)?"),
     # (« saisissez », not « indiquez »: the hint says « Indiquez-la sur la page de
     # garde » just before, blind20)
     "saisissez-la dans le champ « Heures en entreprise » du formulaire"),
    (re.compile(r"déclarez la bonne avec --hours"),
     "saisissez la bonne dans le champ « Heures en entreprise » du formulaire"),
    (re.compile(r"Précisez le jeu de règles avec --rules \([^)]*\) ou dans la colonne "
                r"« rules » d'un manifeste \(--manifest\)"),
     "Choisissez le type de dossier dans la liste « Type de dossier » du formulaire"),
    (re.compile(r"précisez-le avec --rules"),
     "choisissez-le dans la liste « Type de dossier » du formulaire"),
    # (no terminal, no « cipcheck fix »: the page keeps the rest of the advice)
    (re.compile(r" Pour un DOCX, « cipcheck fix » en fait une copie corrigée\."), ""),
    (re.compile(r"relancez avec --route vae"),
     "choisissez « VAE » dans la liste « Parcours » du formulaire"),
    (re.compile(r"\(--hours\)"), "(champ « Heures en entreprise » du formulaire)"),
    (re.compile(r"--hours(?: \d+)?"), "le champ « Heures en entreprise » du formulaire"),
    (re.compile(r"--rules"), "la liste « Type de dossier » du formulaire"),
)
_EN = (
    (re.compile(r"declare them with --hours \(or the manifest's \"hours\" column\), e\.g\. "
                rf"--hours {NUMBER}"),
     r"enter them in the form's \"Placement hours\" field (e.g. \1), then check again"),
    (re.compile(r"(?:pass|declare the right figure with) --hours(?: \d+)?"),
     "enter it in the form's \"Placement hours\" field"),
    (re.compile(r"Name the rule set with --rules \([^)]*\) or in the \"rules\" column of a "
                r"batch manifest \(--manifest\)"),
     "Choose the dossier type in the form's \"Type of dossier\" list"),
    (re.compile(r"give it with --rules"), "choose it in the form's \"Type of dossier\" list"),
    (re.compile(r" For a DOCX, \"cipcheck fix\" makes a corrected copy\."), ""),
    (re.compile(r"check again with --route vae"), "choose \"VAE\" in the form's \"Route\" list"),
    (re.compile(r"\(--hours\)"), "(the form's \"Placement hours\" field)"),
    (re.compile(r"--hours(?: \d+)?"), "the form's \"Placement hours\" field"),
    (re.compile(r"--rules"), "the form's \"Type of dossier\" list"),
)


def form_text(text: str | None, lang: str) -> str | None:
    """``text`` (a message or a hint) in the form's words, in ``lang``."""
    return reword(text, _EN if lang == "en" else _FR)


def for_the_form(report: Report) -> Report:
    """The report with its advice in the form's words (messages and hints)."""
    return reworded(report, _FR, _EN)
