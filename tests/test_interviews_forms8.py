# ruff: noqa: E501  (part texts are paragraphs as candidates write them)
"""Session 8 of the interview counter (issue 8): a count that reaches the minimum only
through weak evidence warns instead of passing (tests/fixtures/interviews_forms/
voices8_weak.yaml: parts with two held interviews where weak evidence could make three),
and the forms of voices8.yaml (tuning; voices8_blind.yaml is scored, printed with
``pytest -s``, never tuned on).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from interview_parts import part_blocks

from cipcheck.content.interviews import count_interviews
from cipcheck.document import Block

FORMS = Path(__file__).parent / "fixtures" / "interviews_forms"


def _load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((FORMS / f"{name}.yaml").read_text("utf-8"))
    return cases


WEAK = _load("voices8_weak")


def _count(case: dict[str, Any]) -> Any:
    return count_interviews(part_blocks(case["text"], case["kind"]), kind=case["kind"])


@pytest.mark.parametrize("case", WEAK, ids=lambda c: c["id"])
def test_two_held_never_pass_silently(case: dict[str, Any]) -> None:
    """A part of two held interviews is never counted three on plain evidence: either
    counted under three, or the interviews beyond are flagged as weak evidence."""
    counted = _count(case)
    assert case["held"] < 3
    assert counted.sure < 3, [(i.words, i.doubt) for i in counted.interviews]


def test_weak_set_mostly_exact() -> None:
    exact = [c["id"] for c in WEAK if _count(c).count == c["held"]]
    assert len(exact) >= 0.8 * len(WEAK), exact


def _check(text: str, kind: str = "docx") -> Any:
    from cipcheck.api import Options, check_document
    from cipcheck.document import Document, PagesMethod
    from cipcheck.ruleset import load

    rules = load("cip-titre")
    heading = part_blocks(f"# Partie 2 – {rules.part(2).title}")[0]
    blocks = [part_blocks("# Dossier professionnel", page=1)[0],
              Block(text=heading.text, page=10, y=0.02, spans=heading.spans, bold=True,
                    size=14.0, heading_level=1, first_on_page=True)]
    blocks += part_blocks(text, kind)
    doc = Document(path=f"t.{kind}", kind=kind, page_count=12, pages_method=PagesMethod.PDF,
                   blocks=tuple(blocks))
    return next(f for f in check_document(doc, rules, Options()).checks
                if f.id == "content.entretiens" and f.part == 2)


def test_one_more_read_in_a_summary_sentence_warns_and_names_it() -> None:
    """« j'ai mené un entretien d'explicitation avec lui » after two meetings told may be
    one of them: three counted, two sure — a warning that names the doubtful one."""
    case = next(c for c in WEAK if c["id"] == "w8-un-de-plus-pdf")
    f = _check(case["text"], case["kind"])
    assert f.status.value == "warn", f.message
    assert "dont 1 sur un indice faible" in f.message and "2 sûr(s) pour 3 demandés" in f.message
    assert "« entretien »" in f.message or "entretien d" in f.message, f.message


def test_meetings_again_untold_warn() -> None:
    """« nous nous sommes revues à trois reprises » after one meeting told: four counted,
    three of them untold — a warning, not a pass."""
    text = ("# Mme P.\nLe premier entretien a eu lieu le 6 février : Mme P. veut reprendre "
            "un emploi de vendeuse après un congé parental.\n\nNous nous sommes revues à "
            "trois reprises ensuite, pour son CV, ses candidatures et la préparation d'un "
            "entretien d'embauche.")
    f = _check(text)
    assert f.status.value == "warn", f.message
    assert "1 sûr(s) pour 3 demandés" in f.message, f.message


def test_three_told_plainly_still_pass() -> None:
    text = ("# Suivi de M. K.\nLe premier, le 8 janvier, a porté sur son parcours ; le "
            "deuxième, le 22 janvier, sur ses compétences ; le troisième, le 5 février, sur "
            "ses candidatures.\n\nJ'ai mené trois entretiens avec M. K. en tout.")
    counted = count_interviews(part_blocks("# Entretiens\n" + text))
    assert counted.count == 3 and counted.sure == 3, [(i.words, i.doubt) for i in counted.interviews]
    text2 = ("# Suivi de M. K.\nPremier entretien le 8 janvier : son parcours.\n\nDeuxième "
             "entretien le 22 janvier : ses compétences.\n\nTroisième entretien le 5 février : "
             "ses candidatures.")
    assert _check(text2).status.value == "pass"


@pytest.mark.parametrize("text", [
    # the ordinal stands for the counted noun just before it, not for an interview
    "# Mme H.\nLe premier entretien, le 5 février, a permis de poser son projet. Nous avons retenu trois métiers. Le premier, agent de restauration. Le deuxième, aide à domicile. Le troisième, employée de commerce.\n\nJe l'ai revue le 19 février.",
    "# M. B.\nPremier entretien le 3 mars. Il a deux enfants en bas âge. Le premier, à la crèche, le second, chez une assistante maternelle. Je le revois le 17 mars pour son CV.",
    "# Yanis\nJ'ai reçu Yanis le 10 mars pour un premier entretien ; il avait fait plusieurs stages. Le premier, en boulangerie, s'est mal passé. Le deuxième, dans un garage, lui a plu. Le troisième, chez un fleuriste, a été écourté. Le 24 mars, nous nous sommes revus.",
])
def test_an_ordinal_after_another_counted_noun_stands_for_it(text: str) -> None:
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2, [i.words for i in counted.interviews]


def test_a_series_after_its_interviews_is_still_read() -> None:
    text = ("# Suivi\nNous avons eu trois entretiens. Le premier, elle a raconté son parcours. "
            "Le deuxième, nous avons listé ses compétences. Le troisième, elle a choisi une "
            "formation.")
    assert count_interviews(part_blocks(text)).count == 3


@pytest.mark.parametrize("text", [
    "# Léa\nPremier entretien (7 janvier) : alternance en vente.\n\nDeuxième entretien (21 janvier) : CV.\n\nPour notre troisième rendez-vous, j'avais préparé une liste d'entreprises, mais Léa a signé son contrat entre-temps.",
    "# M. O.\nJe le reçois le 2 mai puis le 16 mai.\n\nPour le troisième entretien, nous avions prévu une simulation ; il a trouvé un poste la veille et n'est pas revenu.",
])
def test_what_was_prepared_for_a_meeting_is_not_the_meeting(text: str) -> None:
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2, [i.words for i in counted.interviews]


@pytest.mark.parametrize("text", [
    "# Kevin\nJe reçois Kevin le 9 octobre.\n\nLe 23 octobre, nous nous revoyons.\n\nLe 6 novembre, nous faisons ensemble le point par mail, sans nous revoir.",
    "# Mme B.\nMme B. est venue le 2 février. Nous nous sommes revues le 16 février. Le 1er mars, nous avons complété ensemble, à distance, chacune de notre côté, son dossier en ligne.",
])
def test_together_but_apart_is_no_meeting(text: str) -> None:
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2, [i.words for i in counted.interviews]


VOICES8 = _load("voices8")
VOICES8_BLIND = _load("voices8_blind")


def test_voices8_rate_and_blind_third_printed() -> None:
    """voices8 (tuning, 20 parts) read exactly but for 10 %; the blind third (10 parts,
    written with it, scored 7/10 before any change and never tuned on) printed."""
    misses = [f"{c['id']}: {n}" for c in VOICES8 if (n := _count(c).count) != c["held"]]
    blind = [f"{c['id']}: {n} counted, {c['held']} held" for c in VOICES8_BLIND
             if (n := _count(c).count) != c["held"]]
    print(f"\ninterview voices8, tuning: {len(VOICES8) - len(misses)}/{len(VOICES8)}; blind: "
          f"{len(VOICES8_BLIND) - len(blind)}/{len(VOICES8_BLIND)}", blind)
    assert len(misses) <= 0.1 * len(VOICES8), misses
    assert len(VOICES8) >= 20 and len(VOICES8_BLIND) >= 10
    assert not {c["id"] for c in VOICES8} & {c["id"] for c in VOICES8_BLIND}


@pytest.mark.parametrize("case", [c for c in VOICES8 + VOICES8_BLIND if c["held"] <= 2],
                         ids=lambda c: c["id"])
def test_voices8_short_parts_never_pass_silently(case: dict[str, Any]) -> None:
    assert _count(case).sure < 3


@pytest.mark.parametrize("text, held", [
    # reminders by SMS / phone, unanswered
    ("# M. D.\nJ'ai reçu M. D. le 7 mars pour un premier entretien.\n\nLe 21 mars, nouvel appel sans réponse. Le 28 mars, je tombe sur sa messagerie.", 1),
    ("# Mme L.\nPremier entretien le 3 février, deuxième entretien le 17 février. Le 3 mars, nouvel entretien téléphonique prévu : injoignable.", 2),
    # a table whose medium is a written message or whose object is a reminder
    ("# Suivi\nDate | Modalité | Objet\n05/03 | Présentiel | Diagnostic\n12/03 | Mail | Envoi des offres\n19/03 | Téléphone | Point sur ses candidatures\n26/03 | Téléphone | Rappel du rendez-vous\n02/04 | Présentiel | Bilan", 3),
])
def test_messages_and_unanswered_calls_are_no_interview(text: str, held: int) -> None:
    for kind in ("docx", "pdf"):
        counted = count_interviews(part_blocks(text, kind), kind=kind)
        assert counted.count == held, (kind, [i.words for i in counted.interviews])


@pytest.mark.parametrize("text", [
    "# M. S.\nIl venir le 3 mars la première fois, il parler de son travail de boucher. Le 17 mars il revenir, nous chercher les boucheries. Le 31 mars nous avoir le troisième entretien, la lettre.",
    "# Mme A.\nLa visite à son domicile du 8 novembre a permis de faire le point. Je suis retournée chez elle le 22 novembre. Le 6 décembre, dernière visite à domicile.",
    "# Cas 2\nLa stagiaire a reçu Mme J. le 2 mars. Le 16 mars, la stagiaire l'a revue. Un troisième entretien a été conduit par la stagiaire le 30 mars.",
    "# Mme N.\nPremier entretien en visio le 5 mars. Le 19 mars, nous avons fait un appel vidéo pour son CV. Le 2 avril, nous avons eu un appel d'une heure pour préparer son entretien d'embauche.",
])
def test_forms_of_session8_read_three(text: str) -> None:
    counted = count_interviews(part_blocks(text))
    assert counted.count == 3, [i.words for i in counted.interviews]


@pytest.mark.parametrize("text", [
    "# M. W.\nLe 4 avril, M. W. est venu pour la première fois. Le 18 avril, je l'ai revu.\n\nUn troisième rendez-vous n'a pas pu être fixé avant la fin de mon stage.",
    "# Mme C.\nPremier entretien le 2 juin, deuxième entretien le 16 juin. Le troisième entretien n'a jamais pu être organisé : elle a déménagé.",
])
def test_a_meeting_never_set_is_not_held(text: str) -> None:
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2, [i.words for i in counted.interviews]


def test_notes_abbreviations_do_not_end_a_sentence() -> None:
    """« Ent. 1 (13/01, E2C, 1 h) → parcours » and « Atelier coll. CV (20/11) » are one
    line each, not a sentence ended after the abbreviation (reading layer)."""
    from cipcheck.reading import read

    view = read(part_blocks("Ent. 1 (13/01, E2C, 1 h) → parcours.\n\nAtelier coll. CV (20/11) : présente."))
    assert [s.text for s in view.sentences] == ["Ent. 1 (13/01, E2C, 1 h) → parcours.",
                                                "Atelier coll. CV (20/11) : présente."]
    # a sentence that ends on an ordinary short word still ends
    view = read(part_blocks("Nous avons fait le point. Deux semaines plus tard, elle revient."))
    assert len(view.sentences) == 2


@pytest.mark.parametrize("text, held", [
    ("# Notes\n- 03/02 → ent. 1 : accueil.\n- 10/02 → ent. 2, tél. : offres.\n- 17/02 → ent. 3 : CV.\n- 24/02 → ent. 4 → prévu, après mon stage.", 3),
    ("# Suivi\nPremier rendez-vous le 2 mai, deuxième le 16 mai, troisième le 30 mai.", 3),
    ("# Suivi\nNotre premier entretien a eu lieu le 4 juin, le deuxième le 18 juin. Le 25 juin, il annulait notre troisième rendez-vous.", 2),
    ("# Journal\nLundi 2 mars. Premier entretien.\n\nLundi 9 mars. Il est en arrêt maladie.\n\nLundi 16 mars. Deuxième entretien.", 2),
])
def test_devset6_forms_in_my_own_words(text: str, held: int) -> None:
    counted = count_interviews(part_blocks(text))
    assert counted.count == held, [i.words for i in counted.interviews]


@pytest.mark.parametrize("text, held", [
    ("# Le process\nAu premier call (le 13 janvier, en présentiel), on a fait le point.\n\nDiscover, au deuxième point (20 janvier, en visio) : les métiers.\n\nTest, au troisième point (27 janvier) : deux interviews métier.", 3),
    ("# Suivi\nPremier entretien le 4 mars. Le deuxième point abordé ce jour-là était la mobilité, le troisième point son budget.", 1),
])
def test_a_ranked_point_with_its_date_is_a_meeting(text: str, held: int) -> None:
    counted = count_interviews(part_blocks(text))
    assert counted.count == held, [i.words for i in counted.interviews]


def test_the_second_time_is_never_the_things_counted_before() -> None:
    """« La deuxième fois » names its own noun: a count just before it (« avec trois
    objectifs ») does not make it stand for the objectives."""
    text = ("# Nos rencontres\nNous nous sommes vus deux fois.\n\nLa première fois, il m'a "
            "raconté son parcours. Nous avons signé le contrat, avec trois objectifs.\n\nLa "
            "deuxième fois, nous avons rempli ensemble le dossier de la MDPH.")
    counted = count_interviews(part_blocks(text))
    assert counted.count == 2, [i.words for i in counted.interviews]
