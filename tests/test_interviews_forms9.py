# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""Session 9 of the interview counter (issue 8): the safety rule — a part of fewer than
three held interviews never passes silently — on the evidence that could push it to three
(tests/fixtures/interviews_forms/voices9_weak.yaml: a colleague's meetings listed by date,
an interview a colleague led while I watched, « sans moi », messages, collective sessions,
the same interviews told twice), days written in words (« le douze janvier »), and the
compliant parts of the same voices, which must neither undercount nor warn.
voices9_blind.yaml is scored and printed (``pytest -s``), never tuned on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from interview_parts import part_blocks

from cipcheck.content.dates import days_in_digits, find_dates
from cipcheck.content.interviews import count_interviews

FORMS = Path(__file__).parent / "fixtures" / "interviews_forms"


def _load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((FORMS / f"{name}.yaml").read_text("utf-8"))
    return cases


WEAK = _load("voices9_weak")
SHORT = [c for c in WEAK if c["held"] < 3]
FULL = [c for c in WEAK if c["held"] >= 3]


def _count(case: dict[str, Any]) -> Any:
    return count_interviews(part_blocks(case["text"], case["kind"]), kind=case["kind"])


@pytest.mark.parametrize("case", SHORT, ids=lambda c: c["id"])
def test_short_parts_never_pass_silently(case: dict[str, Any]) -> None:
    counted = _count(case)
    assert counted.sure < 3, [(i.words, i.doubt) for i in counted.interviews]


@pytest.mark.parametrize("case", FULL, ids=lambda c: c["id"])
def test_compliant_parts_counted_sure(case: dict[str, Any]) -> None:
    counted = _count(case)
    assert counted.count == case["held"], [(i.words, i.date) for i in counted.interviews]
    assert counted.sure == counted.count, [(i.words, i.doubt) for i in counted.interviews]


def test_weak_set_mostly_exact() -> None:
    exact = [c["id"] for c in WEAK if _count(c).count == c["held"]]
    assert len(exact) >= 0.8 * len(WEAK), exact


def test_colleague_meetings_listed_by_date_are_not_mine() -> None:
    """« Ma tutrice a reçu Mme D. le 6 mai, le 13 mai et le 20 mai » then two of mine:
    two, whoever writes the list."""
    for who in ("Ma tutrice", "Sa conseillère Pôle emploi", "L'éducatrice de l'ASE"):
        text = (f"# Suivi\n{who} a reçu Mme D. le 6 mai, le 13 mai et le 20 mai.\n\n"
                "Je l'ai reçue le 3 juin, puis le 17 juin pour son CV.")
        counted = count_interviews(part_blocks(text), kind="docx")
        assert counted.count == 2, (who, [(i.words, i.date) for i in counted.interviews])
    # (and mine stay mine)
    text = "# Suivi\nAvec ma tutrice, nous avons reçu Mme D. le 6 mai, le 13 mai et le 20 mai."
    assert count_interviews(part_blocks(text), kind="docx").count == 3


def test_a_watched_first_interview_is_not_implied_by_the_third() -> None:
    case = next(c for c in WEAK if c["id"] == "w9-tutrice-mene-j-observe")
    counted = _count(case)
    assert counted.sure == 2 and counted.unsure and counted.unsure[0].doubt == "rang"


def test_without_me_and_their_dates_before_mine() -> None:
    for cid in ("w9-entretien-sans-moi-formation", "w9-conseillere-ft-a-rencontre",
                "w9-seances-collectives-retrouvee"):
        case = next(c for c in WEAK if c["id"] == cid)
        assert _count(case).count == case["held"], cid


@pytest.mark.parametrize(("text", "keys"), [
    ("le douze janvier", [(12, 1)]),
    ("lundi vingt-trois mars et le trente et un mars", [(23, 3), (31, 3)]),
    ("premier entretien le premier avril", [(1, 4)]),
    ("du quinze au vingt-neuf mai", [(29, 5)]),  # (« du quinze » has no month of its own)
    ("les deux mai", []),  # a count may stand before a month: not read
    ("il a trois mars à faire", []),
])
def test_days_in_words(text: str, keys: list[tuple[int, int]]) -> None:
    folded = days_in_digits(text)
    assert len(folded) == len(text)
    assert [d.key for d in find_dates(folded)] == keys


def test_days_in_words_are_dates_of_meetings() -> None:
    for case_id in ("w9c-dates-en-lettres", "w9c-dates-en-lettres-pdf", "w9-mots-dates-absente"):
        case = next(c for c in WEAK if c["id"] == case_id)
        counted = _count(case)
        assert counted.count == case["held"], case_id
        assert any(i.date is not None for i in counted.interviews), case_id


def test_blind_third_printed() -> None:
    blind = _load("voices9_blind")
    exact = [c["id"] for c in blind if _count(c).count == c["held"]]
    silent = [c["id"] for c in blind if c["held"] < 3 <= _count(c).sure]
    print(f"\nvoices9_blind: {len(exact)}/{len(blind)} exact; short parts passing silently: {silent}")
    assert blind and all(c["held"] >= 0 for c in blind)


@pytest.mark.parametrize("cid", ["w9-ordinaux-troisieme-annule-ellipse", "w9-la-troisieme-fois-oublie",
                                 "w9-au-troisieme-oublie-pdf", "w9-la-derniere-fois-absente"])
def test_an_ordinal_of_a_series_said_not_held_is_not_counted(cid: str) -> None:
    """« Le troisième, le 31 mars, elle l'a annulé », « La troisième fois, elle a oublié le
    rendez-vous »: the ordinal stands for a meeting that did not take place."""
    case = next(c for c in WEAK if c["id"] == cid)
    counted = _count(case)
    assert counted.count == case["held"], [(i.words, i.doubt) for i in counted.interviews]
    assert counted.planned, "the one not held is listed"


def test_she_came_otherwise_is_still_a_meeting() -> None:
    """« elle n'est pas venue seule », « il avait oublié ses diplômes »: held."""
    for cid in ("w9c-ellipses-venue-seule", "w9c-ellipses-oubli-papiers"):
        case = next(c for c in WEAK if c["id"] == cid)
        counted = _count(case)
        assert counted.count == counted.sure == case["held"], cid


def test_other_peoples_meetings_in_an_agenda_or_logbook() -> None:
    """An agenda or logbook that lists the candidate's meetings with other people
    (« 05/03 | M. T. | Entretien de suivi », « entretien avec un autre jeune, M. R. »):
    only the person's own count; an employer named as a place (« chez M. Durand ») is
    no other person."""
    for cid in ("w9-agenda-plusieurs-personnes", "w9-journal-autres-beneficiaires-pdf",
                "w9-agenda-pdf-plusieurs", "w9c-agenda-trois-et-autres",
                "w9c-tripartite-employeur-nomme", "w9c-employeur-seul-nomme"):
        case = next(c for c in WEAK if c["id"] == cid)
        counted = _count(case)
        assert counted.count == counted.sure == case["held"], (
            cid, [(i.words, i.doubt) for i in counted.interviews])


def test_a_meeting_naming_only_someone_else_is_a_doubt() -> None:
    text = ("# Suivi de Mme Ka.\nJe reçois Mme Ka. le 3 mars, puis le 17 mars pour son CV.\n\n"
            "Le 24 mars, entretien avec M. Po. sur son projet de reprise d'études.")
    counted = count_interviews(part_blocks(text), kind="docx")
    assert counted.sure == 2, [(i.words, i.doubt) for i in counted.interviews]
    assert all(i.doubt == "autre personne" for i in counted.unsure)


def test_logbook_days_of_desk_work_are_not_meetings() -> None:
    """« 8 mai : je recherche des offres pour elle », « 15 mai : je rédige la synthèse »,
    « Point avec ma tutrice », « je ne suis pas là »: no meeting; « je prépare avec elle »,
    « je lui fais passer le test », « nous préparons ensemble » are."""
    for cid in ("w9-journal-taches", "w9-journal-pdf-taches", "w9c-journal-je-avec-elle",
                "w9c-journal-pdf-nous"):
        case = next(c for c in WEAK if c["id"] == cid)
        counted = _count(case)
        assert counted.count == counted.sure == case["held"], (
            cid, [(i.words, i.doubt) for i in counted.interviews])


@pytest.mark.parametrize("cid", [
    "w9-mail-une-ligne-docx", "w9-calendrier-previsionnel-pdf", "w9-remplace-sms-et-tel",
    "w9-aurait-du-evoque", "w9-convenu-lors-de", "w9-grille-trame", "w9-notes-abregees-lapins",
    "w9c-tel-longueur", "w9c-date-prevue-realise", "w9-outlook-pdf-deux",
    "w9-export-agenda-pdf-annule", "w9c-export-agenda-docx-trois", "w9-agenda-cours-atelier-lignes",
    "w9c-agenda-reporte-tenu", "w9-tableau-statut-a-planifier", "w9-non-honore-non-tenu",
    "w9-selection-admission", "w9-pas-revue-ensuite", "w9c-titres-dernier-non-tenu",
    "w9-titres-deux-et-annule", "w9-revenue-de-stage"])
def test_forms_of_the_blind_sets_in_other_voices(cid: str) -> None:
    """Pasted e-mails, a planned calendar, a meeting replaced by messages, « eût dû / aurait
    dû avoir lieu », « il avait été convenu de … lors d'un deuxième entretien », « une
    grille de premier entretien », notes « RDV 2 (lun. 13/01) : lapin », « tél. 1h30 »."""
    case = next(c for c in WEAK if c["id"] == cid)
    counted = _count(case)
    assert counted.count == counted.sure == case["held"], (
        cid, [(i.words, i.doubt) for i in counted.interviews])


def test_the_check_warns_on_a_watched_interview_numbered_with_mine() -> None:
    """End to end: two held, the first (« c'est ma tutrice qui a mené l'échange ;
    j'observais ») implied by the third — the content check warns, it does not pass."""
    from test_interviews_forms8 import _check

    case = next(c for c in WEAK if c["id"] == "w9-tutrice-mene-j-observe")
    f = _check(case["text"], case["kind"])
    assert f.status.value == "warn", f.message
    assert "2 sûr(s) pour 3 demandés" in f.message, f.message


def test_the_check_fails_an_agenda_of_two_among_other_peoples_rows() -> None:
    """End to end: an agenda with the person's two rows and another person's two — two
    counted, a failure (we are sure: the other rows name someone else)."""
    from test_interviews_forms8 import _check

    case = next(c for c in WEAK if c["id"] == "w9-agenda-plusieurs-personnes")
    f = _check(case["text"], case["kind"])
    assert f.status.value == "fail", f.message
