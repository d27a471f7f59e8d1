"""Advice written for the command line, said to a candidate who only has the report.

The per-candidate pages a batch writes (``--output DIR -f html``) are sent by the trainer
to each candidate, who has no terminal: « déclarez la bonne avec --hours » or « relancez
avec --route vae » means nothing to them (blind19 F8). What only the person who runs
cipcheck can do becomes « … à votre formateur, qui relancera la vérification »; what the
candidate can do stays. The web page has its own words (``server.form_words``: its form
has the fields); the command line keeps the options. Same table shape as there: a pattern
and its words, French then English, applied in order (the longest forms first).
"""

from __future__ import annotations

import re

from cipcheck.findings import Report
from cipcheck.render.rewording import NUMBER, reword, reworded

_FR = (
    (re.compile(r"déclarez-la avec --hours \(ou la colonne « hours » du manifeste\), par "
                rf"exemple --hours {NUMBER}"),
     r"écrivez-la dans le dossier ou indiquez-la à votre formateur (par exemple \1 h), qui "
     r"relancera la vérification"),
    (re.compile(r"ou déclarez-la avec --hours(?: \d+)?"),
     "ou indiquez-la à votre formateur"),
    (re.compile(r"déclarez-la avec --hours(?: \d+)?"), "indiquez-la à votre formateur"),
    (re.compile(r"déclarez la bonne avec --hours"),
     "indiquez la bonne à votre formateur"),
    (re.compile(r"relancez avec --route vae"),
     "signalez-le à votre formateur, qui relancera la vérification pour la VAE"),
    (re.compile(r"Précisez le jeu de règles avec --rules \([^)]*\) ou dans la colonne "
                r"« rules » d'un manifeste \(--manifest\)"),
     "Indiquez à votre formateur de quel dossier il s'agit (titre complet, CCP 1, 2 ou 3, "
     "mémoire OPS), qui relancera la vérification"),
    (re.compile(r"précisez-le avec --rules"), "signalez-le à votre formateur"),
    (re.compile(r" Pour un DOCX, « cipcheck fix » en fait une copie corrigée\."), ""),
    (re.compile(r" \(ou relancez avec --timeout plus grand\)"), ""),
    (re.compile(r"Réessayez avec --pages estimate, ou exportez"), "Exportez"),
    (re.compile(r"\(--hours\)"), "(sur la page de garde)"),
    (re.compile(r"--hours(?: \d+)?"), "votre formateur"),
    (re.compile(r"--rules"), "votre formateur"),
)
_EN = (
    (re.compile(r"declare them with --hours \(or the manifest's \"hours\" column\), e\.g\. "
                rf"--hours {NUMBER}"),
     r"write them in the dossier or give them to your trainer (e.g. \1 h), who will check "
     r"it again"),
    (re.compile(r"or pass --hours(?: \d+)?"), "or give it to your trainer"),
    (re.compile(r"declare the right figure with --hours"),
     "give the right figure to your trainer"),
    (re.compile(r"check again with --route vae"),
     "tell your trainer, who will check it again for VAE"),
    (re.compile(r"Name the rule set with --rules \([^)]*\) or in the \"rules\" column of a "
                r"batch manifest \(--manifest\)"),
     "Tell your trainer which dossier this is (full title, CCP 1, 2 or 3, OPS mémoire), "
     "who will check it again"),
    (re.compile(r"give it with --rules"), "tell your trainer"),
    (re.compile(r" For a DOCX, \"cipcheck fix\" makes a corrected copy\."), ""),
    (re.compile(r" \(or run again with a larger --timeout\)"), ""),
    (re.compile(r"Try again with --pages estimate, or export"), "Export"),
    (re.compile(r"\(--hours\)"), "(on the cover page)"),
    (re.compile(r"--hours(?: \d+)?"), "your trainer"),
    (re.compile(r"--rules"), "your trainer"),
)


def candidate_text(text: str | None, lang: str) -> str | None:
    """``text`` (a message, a hint or a note) in words for the candidate, in ``lang``."""
    return reword(text, _EN if lang == "en" else _FR)


def for_the_candidate(report: Report) -> Report:
    """The report with its advice in the candidate's words (messages, hints, notes)."""
    return reworded(report, _FR, _EN)
