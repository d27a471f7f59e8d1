"""The privacy findings agree with their label (« aucune adresse… repérée », « aucun
numéro… repéré »): « aucun(e)… repéré(e) » read like a form left to fill in (blind14)."""

from __future__ import annotations

from pathlib import Path

from cipcheck.api import check_file

FIXTURES = Path(__file__).parent / "fixtures" / "dossiers"


def test_pass_messages_agree_with_their_label() -> None:
    report = check_file(FIXTURES / "ccp1-ok.pdf")
    said = {c.id: c.message for c in report.checks if c.id.startswith("privacy.")}
    assert said["privacy.email"] == "Aucune adresse électronique à anonymiser repérée."
    assert said["privacy.phone"] == "Aucun numéro de téléphone à anonymiser repéré."
    assert not any("(e)" in m for m in said.values())
