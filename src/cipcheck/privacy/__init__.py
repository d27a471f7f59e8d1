"""Personal data that should have been anonymised (RGPD), found in a dossier's text.

Each detector is a small module with a ``find(text) -> list[Hit]`` over one block of
text; ``scan`` runs them all over a document, minus the cover page, and leaves out the
candidate's own name and contact details (read from the cover page).
"""

from cipcheck.privacy.base import Hit, Located
from cipcheck.privacy.scan import DETECTORS, KINDS, LABELS, scan

__all__ = ["DETECTORS", "KINDS", "LABELS", "Hit", "Located", "scan"]
