# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""Interview counts on parts written in the forms and voices candidates use
(tests/fixtures/interviews_forms/): the tuning file must reach the target of issue 8
(≥ 90 % of parts exact) and a part that tells at most two held interviews is never read
as three or more. The held-out file, written with the tuning one but never used to tune
the reader, is scored and printed (``pytest -s``) to measure honestly.

Its first (blind) scoring, once the reader was tuned: 24/30 exact (80 %), one part with
two held read as three, three compliant parts under the minimum. The six forms it showed
(« la première fois que j'ai vu… », a date alone leading its paragraph, « au rendez-vous
suivant, prévu le…, il ne s'est pas présenté », an interview led by a colleague, labelled
list items, « employeuse ») were then fixed as forms, with variants of them written into
the tuning file: since then the file is no longer blind (30/30).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews

FORMS = Path(__file__).parent / "fixtures" / "interviews_forms"


def load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((FORMS / f"{name}.yaml").read_text("utf-8"))
    return cases


def score(cases: list[dict[str, Any]]) -> tuple[int, list[str]]:
    ok, misses = 0, []
    for c in cases:
        got = count_interviews(part_blocks(c["text"], c["kind"])).count
        if got == c["held"]:
            ok += 1
        else:
            misses.append(f"{c['id']}: {got} counted, {c['held']} held")
    return ok, misses


TUNING = load("tuning")
HELDOUT = load("heldout")


def test_tuning_rate() -> None:
    ok, misses = score(TUNING)
    print(f"\ninterview forms, tuning: {ok}/{len(TUNING)} exact ({100 * ok // len(TUNING)} %)",
          misses)
    assert ok >= 0.9 * len(TUNING), misses


def test_heldout_rate_is_printed() -> None:
    ok, misses = score(HELDOUT)
    print(f"\ninterview forms, held-out: {ok}/{len(HELDOUT)} exact "
          f"({100 * ok // len(HELDOUT)} %)", misses)
    # At least 45 parts, and a good part of them (30 of 100) kept out of tuning.
    assert len(TUNING) + len(HELDOUT) >= 45 and 4 * len(HELDOUT) >= len(TUNING) + len(HELDOUT)


@pytest.mark.parametrize("case", [c for c in TUNING + HELDOUT if c["held"] <= 2],
                         ids=lambda c: c["id"])
def test_two_held_never_read_as_three(case: dict[str, Any]) -> None:
    assert count_interviews(part_blocks(case["text"], case["kind"])).count < 3


# --- the content.entretiens finding, on a whole dossier and on uncertain parts ----------

def _entretiens(report: object, part: int) -> Any:
    return next(f for f in report.checks  # type: ignore[attr-defined]
                if f.id == "content.entretiens" and f.part == part)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dossier_two_held_and_one_planned_fails_three_held_passes(tmp_path: Path,
                                                                   lang: str) -> None:
    from interview_dossier import ccp2_interviews_dossier

    from cipcheck.api import Options, check_file
    from cipcheck.findings import Status

    path = ccp2_interviews_dossier(tmp_path / "ccp2.docx")
    report = check_file(path, "cip-ccp2", Options(pages="estimate", lang=lang, privacy=False))
    ok, short = _entretiens(report, 1), _entretiens(report, 2)
    assert ok.status is Status.PASS and ok.actual == "3", ok.message
    assert short.status is Status.FAIL and short.actual == "2", short.message
    assert report.verdict is Status.FAIL
    colon = ": " if lang == "en" else " : "
    # Each interview counted is listed with its page and a few words, the planned one too.
    assert f"p. 5{colon}je l'ai reçu, 12 mai" in short.message, short.message
    assert f"p. 5{colon}notre deuxième entretien, le 26 mai" in short.message
    assert "un troisième entretien est prévu le 9 juin" in short.message
    assert ("(à venir)" if lang == "fr" else "(not held yet)") in short.message
    assert ok.message.count("p. 3") == 3, ok.message
    assert ("3 entretiens décrits" if lang == "fr" else "3 interviews described") in ok.message


def _part2(text: str, lang: str = "fr") -> Any:
    from cipcheck.api import Options, check_document
    from cipcheck.document import Document, PagesMethod
    from cipcheck.ruleset import load

    rules = load("cip-titre")
    heading = part_blocks(f"# Partie 2 – {rules.part(2).title}")[0]
    blocks = [part_blocks("# Dossier professionnel", page=1)[0],
              replace(heading, page=10, y=0.02, heading_level=1, size=14.0,
                      first_on_page=True)]
    blocks += part_blocks(text)
    doc = Document(path="t.docx", kind="docx", page_count=12, pages_method=PagesMethod.PDF,
                   blocks=tuple(blocks))
    return _entretiens(check_document(doc, rules, Options(lang=lang, privacy=False)), 2)


MEETING_BEFORE = """J'accueille M. T. dans mon bureau un lundi matin : il est en colère contre son ancien employeur et parle beaucoup.

# Entretien du 14 mars
Nous travaillons sur ses compétences de chauffeur.

# Entretien du 28 mars
Il a trouvé une annonce de cariste ; nous préparons sa candidature.
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_meeting_told_before_the_counted_ones_warns_and_says_so(lang: str) -> None:
    from cipcheck.findings import Status

    counted = count_interviews(part_blocks(MEETING_BEFORE))
    assert counted.count == 2 and len(counted.hints) == 1
    f = _part2(MEETING_BEFORE, lang)
    assert f.status is Status.WARN, f.message
    assert "J'accueille" in f.message and ("compte incertain" if lang == "fr"
                                           else "count uncertain") in f.message


def test_clear_two_held_fails_even_with_dates_of_other_events() -> None:
    from cipcheck.findings import Status

    case = next(c for c in TUNING if c["id"] == "journal-dates-longues-non-rdv")
    f = _part2(case["text"])
    assert f.status is Status.FAIL and f.actual == "2", f.message


# --- session 3: more voices (voices3.yaml tuning, voices3_blind.yaml never tuned on) ---

VOICES = load("voices3")
VOICES_BLIND = load("voices3_blind")


def score_read_as(cases: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Counted on the reading of the part's own kind (PDF lines or DOCX paragraphs),
    as a check reads it."""
    ok, misses = 0, []
    for c in cases:
        got = count_interviews(part_blocks(c["text"], c["kind"]), kind=c["kind"]).count
        ok += got == c["held"]
        if got != c["held"]:
            misses.append(f"{c['id']}: {got} counted, {c['held']} held")
    return ok, misses


def test_voices3_rate_and_blind_third_printed() -> None:
    ok, misses = score_read_as(VOICES)
    blind, blind_misses = score_read_as(VOICES_BLIND)
    print(f"\ninterview voices3, tuning: {ok}/{len(VOICES)}; blind: {blind}/{len(VOICES_BLIND)}",
          blind_misses)
    assert ok >= 0.9 * len(VOICES), misses
    # A third kept out of tuning, and at least 12 parts under the minimum over both.
    assert 3 * len(VOICES_BLIND) >= len(VOICES) + len(VOICES_BLIND) - 2
    assert sum(c["held"] < 3 for c in VOICES + VOICES_BLIND) >= 12


@pytest.mark.parametrize("case", [c for c in VOICES if c["held"] <= 2], ids=lambda c: c["id"])
def test_voices3_two_held_never_read_as_three(case: dict[str, Any]) -> None:
    counted = count_interviews(part_blocks(case["text"], case["kind"]), kind=case["kind"])
    assert counted.count < 3, [i.words for i in counted.interviews]


ANNOUNCED_MORE = """J'ai reçu Mme D. à quatre reprises entre janvier et mars.

# Premier entretien – 8 janvier
Elle présente son parcours d'aide-soignante et son souhait de quitter l'hôpital.

# Deuxième entretien – 22 janvier
Nous explorons les métiers de la formation en santé.
"""

TWO_HEADED = """# Entretien 1 – 3 mars
M. L. raconte son licenciement et sa colère. Je l'écoute et reformule.

# Entretien 2 – 17 mars
Nous dressons la liste de ses compétences de magasinier.

# Entretien 3 (prévu le 31 mars)
Il portera sur le CV et la préparation d'une candidature chez un grossiste.
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_forms_that_disagree_warn_and_list_what_was_counted(lang: str) -> None:
    from cipcheck.findings import Status

    f = _part2(ANNOUNCED_MORE, lang)
    assert f.status is Status.WARN and f.actual == "2", f.message
    colon = ": " if lang == "en" else " : "
    # Each interview counted, with its page and a few words.
    assert f"p. 10{colon}premier entretien – 8 janvier" in f.message, f.message
    assert f"p. 10{colon}deuxième entretien – 22 janvier" in f.message, f.message


def test_two_interviews_told_under_headings_fail_with_the_planned_third_listed() -> None:
    from cipcheck.findings import Status

    f = _part2(TWO_HEADED)
    assert f.status is Status.FAIL and f.actual == "2", f.message
    assert "p. 10 : entretien 1 – 3 mars" in f.message and "(à venir)" in f.message, f.message


def test_noticing_during_an_interview_is_not_watching_someone_elses() -> None:
    text = """# Premier entretien – 2 mai
J'ai observé, lors de ce premier entretien, qu'elle parlait peu.

# Deuxième entretien – 16 mai
Nous travaillons son CV.

# Troisième entretien – 30 mai
J'ai observé pendant l'entretien qu'elle était plus à l'aise."""
    assert count_interviews(part_blocks(text)).count == 3
    watched = "J'ai assisté aux entretiens de ma tutrice avec Mme B. les 3, 10 et 17 mars."
    assert count_interviews(part_blocks(watched)).count == 0


# --- session 4: voices nobody tuned on (voices4.yaml tuning, voices4_blind.yaml blind) ---
# Minutes « Compte rendu n°… Présents : … », diary bullets with weekdays, one interview
# then messages, method chapters in the present, debriefings with the tutor, « tu »,
# « Réalisé » tables as PDF lines.

VOICES4 = load("voices4")
VOICES4_BLIND = load("voices4_blind")


def test_voices4_rate_and_blind_third_printed() -> None:
    ok, misses = score_read_as(VOICES4)
    guessed, guess_misses = score(VOICES4)  # the bench's call: the kind guessed
    blind, blind_misses = score_read_as(VOICES4_BLIND)
    print(f"\ninterview voices4, tuning: {ok}/{len(VOICES4)} (kind guessed: {guessed}); "
          f"blind: {blind}/{len(VOICES4_BLIND)}", blind_misses)
    assert ok >= 0.9 * len(VOICES4) and guessed >= 0.9 * len(VOICES4), misses + guess_misses
    assert 3 * len(VOICES4_BLIND) >= len(VOICES4) + len(VOICES4_BLIND)


@pytest.mark.parametrize("case", [c for c in VOICES4 if c["held"] <= 2], ids=lambda c: c["id"])
def test_voices4_two_held_never_read_as_three(case: dict[str, Any]) -> None:
    counted = count_interviews(part_blocks(case["text"], case["kind"]), kind=case["kind"])
    assert counted.count < 3, [i.words for i in counted.interviews]


def _case4(name: str) -> dict[str, Any]:
    return next(c for c in VOICES4 if c["id"] == name)


def test_minutes_with_the_person_present_are_interviews_and_listed() -> None:
    from cipcheck.findings import Status

    f = _part2(_case4("v4-compte-rendu-presents")["text"])
    assert f.status is Status.PASS and f.actual == "3", f.message
    assert "compte rendu n°2 – 23 janvier" in f.message.lower(), f.message


def test_minutes_with_the_staff_only_and_a_row_without_the_person_are_not() -> None:
    staff = ("# Comptes rendus\nCompte rendu n°1 – 4 avril\nPrésents : Mme A., moi-même. "
             "Accueil.\n\nCompte rendu n°2 – 11 avril\nPrésents : ma tutrice, moi-même. "
             "Préparation de la suite.\n\nCompte rendu n°3 – 18 avril\nPrésents : Mme A., "
             "moi-même. Candidature.")
    counted = count_interviews(part_blocks(staff))
    assert counted.count == 2, [i.words for i in counted.interviews]
    assert count_interviews(part_blocks(_case4("v4-presents-tableau-docx")["text"])).count == 3


def test_a_method_in_the_present_is_not_interviews_held_but_the_same_ranks_told_are() -> None:
    assert count_interviews(part_blocks(_case4("v4-methode-generale-zero")["text"])).count == 0
    # The same structure's method, then three interviews told with their dates.
    assert count_interviews(part_blocks(_case4("v4-methode-puis-trois")["text"])).count == 3


# --- session 5: the forms of the devset3 misses (voices5.yaml tuning, voices5_blind.yaml
# blind): a diary whose dated entries are also calls, no-shows and the placement's end;
# another professional's interview named by role; « le rendez-vous manqué »; the person
# back after the placement; « notre dernier échange » and « # Dernier entretien »; the
# elliptic ordinal after a semicolon, not after the person's job interviews; the method
# read section by section; « fixé le rythme des rendez-vous »; « reporté du 2 mars ». ---

VOICES5 = load("voices5")
VOICES5_BLIND = load("voices5_blind")


def test_voices5_rate_and_blind_third_printed() -> None:
    ok, misses = score_read_as(VOICES5)
    guessed, guess_misses = score(VOICES5)
    blind, blind_misses = score_read_as(VOICES5_BLIND)
    print(f"\ninterview voices5, tuning: {ok}/{len(VOICES5)} (kind guessed: {guessed}); "
          f"blind: {blind}/{len(VOICES5_BLIND)}", blind_misses)
    assert ok >= 0.9 * len(VOICES5) and guessed >= 0.9 * len(VOICES5), misses + guess_misses
    assert 3 * len(VOICES5_BLIND) >= len(VOICES5) + len(VOICES5_BLIND)


@pytest.mark.parametrize("case", [c for c in VOICES5 + VOICES5_BLIND if c["held"] <= 2],
                         ids=lambda c: c["id"])
def test_voices5_two_held_never_read_as_three(case: dict[str, Any]) -> None:
    counted = count_interviews(part_blocks(case["text"], case["kind"]), kind=case["kind"])
    assert counted.count < 3, [i.words for i in counted.interviews]


def _case5(name: str) -> dict[str, Any]:
    return next(c for c in VOICES5 if c["id"] == name)


def test_a_diary_lists_each_meeting_and_not_the_call_nor_the_no_show() -> None:
    from cipcheck.findings import Status

    f = _part2(_case5("v5-journal-appel-annule")["text"])
    assert f.status is Status.PASS and f.actual == "3", f.message
    # Each interview with its page and a few words; the cancelled one listed apart; the
    # message on the answering machine and the placement's last day not at all.
    assert "p. 10 : premier rendez-vous, Lundi 3 mars" in f.message, f.message
    counted_part, not_counted = f.message.split("Non comptés")
    assert "lundi 17 mars" in counted_part.lower(), f.message
    assert "Mercredi 12 mars" in not_counted and "annulé" in not_counted, f.message
    assert "Vendredi 28 mars" not in f.message, f.message
    counted = count_interviews(part_blocks(_case5("v5-pas-venu-date")["text"]))
    assert counted.count == 2 and [p.reason for p in counted.planned] == ["non tenu"], counted


def test_two_held_and_a_no_show_fail_with_the_no_show_listed() -> None:
    from cipcheck.findings import Status

    f = _part2(_case5("v5-pas-venu-date")["text"])
    assert f.status is Status.FAIL and f.actual == "2", f.message
    assert "Le 14 mars, il n'est pas venu" in f.message and "non tenu" in f.message, f.message


def test_ranked_interviews_told_with_their_topic_are_listed_by_rank_and_topic() -> None:
    counted = count_interviews(part_blocks(_case5("v5-liste-acteurs-rangs")["text"]))
    assert counted.count == 3
    assert counted.interviews[1].words.lower().startswith("entretien 2 : exploration des"), \
        [i.words for i in counted.interviews]


@pytest.mark.parametrize("plan", [
    "Nous avons décidé ensemble de faire un point à mi-parcours. Il aura lieu à l'agence, "
    "quand elle aura son attestation de stage.",
    "On a convenu de se revoir quand elle aura ses résultats. Il portera sur la suite de "
    "son parcours."])
def test_a_plan_told_in_the_past_under_a_heading_then_its_date_to_come(plan: str) -> None:
    text = ("# Entretien 1 – 2 mai\nAccueil de Mme V., qui veut devenir aide-soignante.\n\n"
            "# Entretien 2 – 16 mai\nNous préparons son dossier pour l'IFAS.\n\n"
            f"# Entretien 3\n{plan}")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2 and [p.reason for p in counted.planned] == ["à venir"], counted
