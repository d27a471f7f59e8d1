"""Two doubts the hours reader raised where a jury member does not hesitate, removed under
the route's minimum (content/hours.py, ``read_hours``):

- one count of the candidate's time told in two units joined by « et » (« 10 semaines et
  3 jours », « 22 jours et 4 demi-journées »), no hours told around it: read at the rule's
  day (7 h, a 35-hour week), the longest such time usually is, it is short whatever its
  days were — not « a sum without its total », nor « another period » when « la dernière
  semaine » of it is named (``_count_at_the_rule_day``);
- periods each given in hours, as many as the dossier announces (« en deux périodes »):
  the sum is complete (``_all_announced``).

Both stay to confirm when a reader would still stop: periods at several places told one
after the other, hours of the day told around, one period announced more than those read,
someone else's time. Over the minimum nothing changes (shorter days could leave a count
short; a sum stays to confirm there)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))

from cases import blocks_of  # noqa: E402

from cipcheck.api import Options, check_document  # noqa: E402
from cipcheck.document import Document, PagesMethod  # noqa: E402
from cipcheck.ruleset import load  # noqa: E402


def _check(text: str, rules: str, page: int = 2) -> tuple[float | None, str, str]:
    blocks = blocks_of(text, page=page)
    doc = Document(path="counted", kind="docx", page_count=3,
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    report = check_document(doc, load(rules), Options(privacy=False))
    f = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, f.status.value, f.message


def test_a_count_in_weeks_and_days_on_a_cover_fails_under_the_minimum() -> None:
    hours, status, message = _check(
        "DOSSIER PROFESSIONNEL\nTitre professionnel CIP — session de juin\n\n"
        "Candidat : Yann Le Gall\nLieu de stage : Maison de l'emploi de Lannion\n"
        "Durée de stage réalisée : 9 semaines et 4 jours (fermeture estivale la dernière "
        "semaine)", "cip-titre", page=1)
    assert hours == 9 * 35 + 4 * 7
    assert status == "fail"
    # what was read, and how, for the candidate to find the line
    assert "9 semaines × 35 h + 4 jours × 7 h" in message and "« " in message


def test_days_and_half_days_told_together_are_one_count() -> None:
    hours, status, _ = _check(
        "J'ai effectué mon stage au Point accueil emploi de Ploërmel, où j'ai été présente "
        "vingt jours et trois demi-journées, le centre m'ayant rappelée pour les examens.",
        "cip-ccp2")
    assert hours == 20 * 7 + 3 * 3.5
    assert status == "fail"


def test_an_ops_count_in_weeks_and_days_fails_in_days() -> None:
    hours, status, message = _check(
        "Mon immersion au service RSA du Département s'est résumée à cinq semaines et deux "
        "jours, une grève des transports m'ayant privé de la fin.", "ops-memoire")
    assert hours == 5 * 35 + 2 * 7
    assert status == "fail" and "27 jours" in message


def test_counts_with_their_hours_told_or_at_two_places_stay_to_confirm() -> None:
    for text, rules in (
        # the day is told: the count may be longer or shorter than the rule's day
        ("J'ai été présent huit semaines et deux jours au CCAS de Saint-Lô, de 9 h à 18 h "
         "le plus souvent.", "cip-titre"),
        # two periods at two places, one after the other: a sum that may miss one
        ("J'ai fait 3 semaines au CCAS de Laval, puis 2 semaines au PLIE de Mayenne.",
         "cip-ccp2"),
        # someone else's count
        ("Mme T. a été accueillie trois semaines et deux jours à l'EHPAD pour son "
         "immersion.", "cip-ccp2"),
    ):
        _, status, _ = _check(text, rules)
        assert status == "warn", text


def test_as_many_periods_as_announced_add_up_and_fail_under_the_minimum() -> None:
    hours, status, message = _check(
        "Mon stage s'est déroulé en deux périodes. La première à la Mission locale de "
        "Montluçon, en janvier (4 semaines, 140 h). La seconde au CCAS de Commentry, en "
        "mars (3 semaines, 105 h). Entre les deux, je suis retournée au centre.",
        "cip-titre")
    assert hours == 245
    assert status == "fail" and "140 h + 105 h" in message


def test_a_period_announced_but_not_read_leaves_the_sum_to_confirm() -> None:
    hours, status, _ = _check(
        "Mon stage s'est fait en trois temps : une première période au CCAS de Vichy "
        "(70 h), puis une seconde au PLIE (63 h), enfin une troisième à la Mission locale, "
        "en juin.", "cip-ccp2")
    assert hours == 133
    assert status == "warn"


def test_announced_periods_over_the_minimum_stay_to_confirm() -> None:
    _, status, _ = _check(
        "Mon stage s'est déroulé en deux périodes. La première au CCAS de Vichy (210 h), "
        "la seconde au PLIE de Cusset (196 h).", "cip-titre")
    assert status in {"warn", "pass"}


def test_a_count_with_its_written_rate_fails_when_short_at_the_rules_day() -> None:
    # 20 days at most 7 h: whichever figure the far rate belongs to, the placement is short.
    hours, status, _ = _check("J'ai fait 20 jours de stage au PLIE de Nîmes, en alternance "
                              "avec les cours au centre de formation, à raison de 7 heures "
                              "par jour.", "cip-ccp2")
    assert hours == 140 and status == "fail"


def test_a_count_whose_rate_is_assumed_or_split_in_periods_stays_to_confirm() -> None:
    # No rate written: a week may have been shorter or longer, nothing is stated.
    _, status, _ = _check("Prévu sur 6 semaines, mon stage a été interrompu au bout de 4 "
                          "semaines par la fermeture de la structure.", "cip-ccp2")
    assert status != "fail"
    # Two counts of weeks, one rate: two periods, not one count.
    _, status, _ = _check("Mon stage était en deux périodes au CCAS : six semaines puis cinq "
                          "semaines, toujours à temps plein, soit 35 heures par semaine.",
                          "cip-titre")
    assert status != "fail"
