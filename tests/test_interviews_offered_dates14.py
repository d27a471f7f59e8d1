"""Issue 8, interviews14: a date offered is no moment lived. A short part warns instead of
failing when it dates more past moments of the two of us than interviews were counted
(« dates »); the dates the writer only offered (« je vous propose le 22/01 », « je lui ai
proposé le 3 mars puis le 10 mars ») are not such moments, so a part of two that offers
two more dates fails. Seen in devset6t, devset7a and devset9 (three authors). Parts
written for this round in voices of my own (not taken from any devset).
"""

from __future__ import annotations

from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

TWO_AND_OFFERS = """\
# L'accompagnement de Mme L.
Mme L., 33 ans, aide à domicile, veut passer le concours d'auxiliaire de puériculture.

# Premier entretien, le 10 février
Nous reprenons son parcours ; elle a gardé des enfants pendant ses études et en parle
avec plaisir. Je lui demande de se renseigner sur les dates du concours.

# Deuxième entretien, le 24 février
Elle a trouvé les dates et le programme. Nous listons ce qu'elle doit réviser.

# Après
Je lui ai proposé le 3 mars puis le 10 mars ; elle n'a pas répondu à mes messages.
"""


def test_dates_only_offered_are_no_moments_of_the_accompaniment() -> None:
    counted = count_interviews(part_blocks(TWO_AND_OFFERS))
    assert counted.count == 2
    assert counted.past_dates == 2
    assert counted.verdict(3) == "fail"


def test_a_date_after_an_offer_in_another_clause_is_still_a_moment() -> None:
    text = TWO_AND_OFFERS.replace(
        "Je lui ai proposé le 3 mars puis le 10 mars ; elle n'a pas répondu à mes messages.",
        "Je lui ai proposé une fiche de révision ; le 3 mars, nous avons fait le point "
        "ensemble sur ses révisions.")
    counted = count_interviews(part_blocks(text))
    # (a meeting the reader may not have recognised: never fail on it)
    assert counted.past_dates >= 3
    assert counted.verdict(3) != "fail"
