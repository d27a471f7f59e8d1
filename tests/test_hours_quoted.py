"""Hours quoted from a record of the placement (issue 8, stop 28).

A pasted mail or SMS of the tutor, an attestation or a carnet de bord quoted in the
dossier states the placement's hours: the jury reads the quoted figure as the placement's.
Over the minimum it passes; under it, it warns, quoting the record (whose hours someone
else's words give is the reader's guess: a held-out passage failed wrongly on one). A
quote that is a schedule, a plan, training, several durations or someone else's
placement stays unread.
Passages in my own voices.
"""

from __future__ import annotations

import pytest
from hours_passage import hours_of
from test_hours_forms import blocks_of


def _read(text: str, rules: str) -> tuple[float | None, str, str]:
    return hours_of(blocks_of(f"Introduction\n{text}", page=2), rules)


@pytest.mark.parametrize(("text", "rules", "hours", "status"), [
    # an SMS of the tutor, addressed to the candidate
    ("Le dernier soir, mon tuteur m'a envoyé un SMS : « Bravo Léa, 91 h avec nous, je "
     "t'envoie l'attestation demain. »", "cip-ccp1", 91, "pass"),
    # a mail the candidate sent, copied
    ("Je recopie le mail envoyé à mon formateur le 14 mars : « Bonjour, ma période au CCAS "
     "de Millau est terminée, 126 h au total, je joins la feuille signée. »", "cip-ccp3",
     126, "warn"),
    # an attestation quoted in the third person
    ("L'attestation rédigée par le directeur du PLIE précise : « Mme Ferrand a effectué son "
     "stage du 5 au 30 janvier, soit cent quarante heures. »", "cip-ccp2", 140, "warn"),
    # a carnet de bord: days and hours, the hours are the figure
    ("Dernière ligne de mon carnet de bord : « Fin du stage à l'association Trait d'union. "
     "Bilan : 24 jours (168 h). »", "cip-ccp2", 168, "warn"),
    # a mail pasted with its header lines, no quote marks
    ("De : Corinne, Maison de l'emploi\nObjet : ton attestation\nBonjour Malik, c'est bon, "
     "je t'ai compté 392 h, l'attestation part au centre ce soir.", "cip-titre", 392, "pass"),
    # the figure written twice, in digits and in words, the unit after both
    ("L'attestation du directeur indique : « M. Perrin a effectué son stage au PLIE pour une "
     "durée de 154 (cent cinquante-quatre) heures. »", "cip-ccp3", 154, "pass"),
    # days quoted for a rule counted in days
    ("Ma tutrice m'a écrit par courriel : « Merci Inès, 31 jours avec l'équipe, tu vas nous "
     "manquer. »", "ops-memoire", 217, "pass"),
])
def test_hours_quoted_from_a_record_are_read(text: str, rules: str, hours: float,
                                             status: str) -> None:
    got, got_status, message = _read(text, rules)
    assert got == hours and got_status == status, message
    # the finding says where the figure was read: quoted, and by whom
    assert "cité" in message, message


@pytest.mark.parametrize(("text", "rules"), [
    # a schedule in the quote
    ("Ma tutrice m'a écrit par SMS : « On t'attend lundi de 9 h à 17 h, et ensuite 35 h par "
     "semaine. »", "cip-ccp1"),
    # a plan
    ("Le mail du centre disait : « Votre stage prévu de 140 heures commencera le 3 mars. »",
     "cip-ccp3"),
    # training hours
    ("Mon attestation de formation indique : « 700 heures de formation en centre. »",
     "cip-titre"),
    # someone the candidate accompanies
    ("Le conseiller de la personne m'a écrit : « M. R. a fait 35 heures d'immersion chez "
     "nous. »", "cip-ccp1"),
    # someone the candidate accompanies, named in the tutor's SMS
    ("Ma tutrice m'a envoyé un SMS : « Kevin a fait 35 h chez nous, il est embauché ! »",
     "cip-ccp1"),
    # two different durations: which one is the placement?
    ("Ma tutrice m'a écrit par SMS : « 70 h au PLIE, et 42 h avec moi au forum. »",
     "cip-ccp1"),
    # no message nor record introduces the quote: a saying, not a record
    ("Ma grand-mère disait : « 100 heures de travail valent mieux qu'un diplôme. »",
     "cip-ccp1"),
])
def test_quotes_that_are_not_the_placements_hours_never_fail(text: str, rules: str) -> None:
    _, status, message = _read(text, rules)
    assert status != "fail", message
    assert "cité" not in message, message
