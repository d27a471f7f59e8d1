"""How often each DOCX page source agrees with Microsoft Word, as measured.

Figures from ``bench/pages_accuracy.py --word-truth`` on ``../shared/word-truth``: 60
ordinary documents saved by Word, each with the page count Word stored (tables,
footnotes, images, columns, fonts of every kind, so harder than most dossiers). They
are what the report, ``cipcheck doctor`` and the README say about each source, and they
size the « à vérifier dans Word » margin near a page limit: no source but a PDF and
Word's own pagination is called exact. Re-run the bench and update them together.
"""

from __future__ import annotations

from dataclasses import dataclass

from cipcheck.document import PagesMethod
from cipcheck.i18n import N_


@dataclass(frozen=True, slots=True)
class Agreement:
    """How far one page source agrees with Word's own page count."""

    files: int  # files measured
    exact: float  # share with Word's page count exactly
    within_one: float  # share within one page of it
    mean_error: float  # mean |pages - Word's pages|


MARKED = 56  # files of the set that carry Word's page markers
WORD_TRUTH: dict[PagesMethod, Agreement] = {
    # Only where its checks accept it (48 of the 56 files that carry markers).
    PagesMethod.DOCX_RENDERED: Agreement(48, 1.0, 1.0, 0.0),
    PagesMethod.LIBREOFFICE: Agreement(60, 0.733, 0.950, 0.48),
    PagesMethod.DOCX_ESTIMATED: Agreement(60, 0.800, 0.933, 0.48),
}


def agreement_fr(method: PagesMethod) -> str | None:
    """One French sentence: how often this source gave Word's page count."""
    a = WORD_TRUTH.get(method)
    if a is None:
        return None
    if method is PagesMethod.DOCX_RENDERED:
        return N_("Pages de Word lui-même ; sa pagination enregistrée a été jugée cohérente "
                  "et utilisée pour {files} des {marked} documents enregistrés par Word qui "
                  "en portent (mesuré).", files=a.files, marked=MARKED)
    # French puts a no-break space before %; the English catalogue writes it without.
    return N_("Mesuré sur {files} documents enregistrés par Word : même nombre de pages "
              "que Word pour {exact}\u00a0%, à une page près pour {within_one}\u00a0%.",
              files=a.files, exact=f"{a.exact * 100:.0f}",
              within_one=f"{a.within_one * 100:.0f}")


def margin_factor(method: PagesMethod) -> float:
    """Share of the rule set's ``estimate_margin`` a source gets near a page limit: in
    proportion to its measured error, the estimate's being 1."""
    a, est = WORD_TRUTH.get(method), WORD_TRUTH[PagesMethod.DOCX_ESTIMATED]
    if a is None or a.mean_error <= 0:
        return 0.0
    return a.mean_error / est.mean_error
