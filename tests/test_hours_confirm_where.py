"""A reading to confirm says where the other placement figures are (issue 8, stop 28).

« d'autres durées de stage figurent dans le dossier (p. 3 ; jusqu'à 245 h …) »: the
candidate is asked to confirm a figure because other durations could add to it; the
message names their pages, so they can be found. Passages in my own voices.
"""

from __future__ import annotations

from hours_passage import hours_of
from test_hours_forms import blocks_of


def test_the_pages_of_the_other_durations_are_named() -> None:
    blocks = (blocks_of("Introduction\nJ'ai fait 140 heures de stage au CCAS de Nevers.", page=2)
              + blocks_of("Partie 2\nJ'ai aussi passé une semaine au PLIE de Cosne (35 h) "
                          "pour découvrir un autre public.", page=3))
    got, status, message = hours_of(blocks, "cip-ccp2")
    assert status == "warn", message
    assert "p. 3" in message and "jusqu'à" in message, message
