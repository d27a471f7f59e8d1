"""content.*: required content of a part, counted interviews, French matching."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from builders import block, doc

from cipcheck.api import Options, check_document
from cipcheck.content.evaluate import Scope, evaluate_item
from cipcheck.content.interviews import count_interviews
from cipcheck.content.matcher import Index, compile_pattern
from cipcheck.content.normalize import tokens
from cipcheck.document import Block, Document
from cipcheck.findings import Finding, Status
from cipcheck.ruleset import RuleError, load

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "content"))
from cases import blocks_of  # noqa: E402

TITRE = load("cip-titre")


def dossier(parts: dict[int, str]) -> Document:
    """A cover, a sommaire, then each part's heading and text on its own pages."""
    blocks: list[Block] = [block("Dossier professionnel", 1, 0.2, bold=True, size=18),
                           block("Sommaire", 2, 0.1, bold=True, size=14, first=True)]
    page = 3
    for n, text in sorted(parts.items()):
        blocks.append(block(f"Partie {n} – {TITRE.part(n).title}", page, 0.05, bold=True,
                            size=14, first=True, level=1))
        body = blocks_of(text, page)
        blocks.extend(body)
        page = max(b.page for b in body) + 1
    return doc(blocks, page)


def found(report_checks: tuple[Finding, ...], fid: str, part: int) -> Finding:
    return next(f for f in report_checks if f.id == fid and f.part == part)


TWO_INTERVIEWS = """Lors du premier entretien, nous avons posé le cadre et signé le contrat.

Le deuxième entretien a porté sur son CV.

Avec le recul, j'aurais pu mieux préparer ces rencontres."""


def test_two_interviews_fail_with_count_and_pages() -> None:
    report = check_document(dossier({2: TWO_INTERVIEWS, 3: "Texte."}), TITRE, Options())
    f = found(report.checks, "content.entretiens", 2)
    assert f.status is Status.FAIL
    assert "2 entretiens décrits (p. 3 : premier entretien" in f.message, f.message
    assert "au moins 3" in f.message
    assert f.actual == "2" and "a minima de 3 entretiens" in (f.hint or "")
    assert report.verdict is Status.FAIL


def test_three_ranked_interviews_pass() -> None:
    text = TWO_INTERVIEWS + "\n\nAu troisième entretien, nous avons fait le bilan."
    f = found(check_document(dossier({2: text}), TITRE, Options()).checks,
              "content.entretiens", 2)
    assert f.status is Status.PASS and f.actual == "3"


@pytest.mark.parametrize("texts,expected", [
    (["Entretien n°1 : accueil", "Entretien 2 – suivi", "Entretien n° 3 : bilan"], 3),
    (["Entretien du 12 mars 2024", "Entretien du 19 mars", "Rendez-vous du 2 avril"], 3),
    (["1er entretien (12 mars)", "Entretien du 12 mars : suite"], 1),  # same interview
    (["Entretien du 3 mars.", "Elle a un entretien d'embauche le 10 mars."], 1),
    (["premier entretien", "deuxième entretien", "lors du dernier entretien"], 3),
    (["premier entretien", "deuxième et dernier entretien"], 2),
    (["Entretien de 45 minutes", "un entretien d'1 h 30"], 0),
])
def test_interview_counting(texts: list[str], expected: int) -> None:
    blocks = [block(t, i + 1) for i, t in enumerate(texts)]
    assert count_interviews(blocks).count == expected


def test_table_of_interviews_counts_one_row_per_date() -> None:
    cells = ["Date", "Entretien", "Objet", "12/01/2024", "accueil", "cadre",
             "26/01/2024", "suivi", "CV", "09/02/2024", "bilan", "suite"]
    blocks = [block(c, 4, 0.1 + 0.02 * i, table=True) for i, c in enumerate(cells)]
    counted = count_interviews(blocks)
    assert counted.count == 3 and counted.pages == [4]


def test_announced_count_is_reported_but_not_counted() -> None:
    text = "J'ai mené quatre entretiens avec Mme B.\n\nLors du premier entretien, …"
    f = found(check_document(dossier({2: text}), TITRE, Options()).checks,
              "content.entretiens", 2)
    assert f.status is Status.FAIL and "en annonce 4" in f.message


def test_missing_topic_warns_quoting_the_re() -> None:
    report = check_document(dossier({2: TWO_INTERVIEWS}), TITRE, Options())
    relais = found(report.checks, "content.relais", 2)
    assert relais.status is Status.WARN
    assert "passage de relais" in relais.message and "« Il synthétise le bilan" in relais.message
    contract = found(report.checks, "content.contractualisation", 2)
    assert contract.status is Status.PASS and "p. 3" in contract.message


def test_part_title_is_not_evidence() -> None:
    # Part 1's title names the structure, the territory and the actors: not a description.
    report = check_document(dossier({1: "Texte sans rapport avec le sujet."}), TITRE, Options())
    p1 = [f for f in report.checks if f.id.startswith("content.") and f.part == 1]
    assert p1 and all(f.status is Status.WARN for f in p1)


def test_missing_part_skips_its_content() -> None:
    report = check_document(dossier({2: TWO_INTERVIEWS}), TITRE, Options())
    f = found(report.checks, "content.structure.financeurs", 1)
    assert f.status is Status.SKIP


@pytest.mark.parametrize("pattern,text,hit", [
    ("financeurs", "Le financement provient du département.", False),
    ("financ*", "Le financement provient du département.", True),
    ("offre de services", "l'offre des services de l'association", True),
    ("public ~ accueilli", "les publics que la structure a accueillis", True),
    ("public ~ accueilli", "Le public est varié. Il est accueilli le matin.", False),
    ("mission !locale", "La Mission locale de Lyon", False),
    ("mission !locale", "Ses missions sont l'accueil", True),
    ("présenter", "Je présente ici l'atelier", True),
    ("élaboration", "ELABORATION DU PROJET", True),
    ("parcours de monsieur", "Le parcours de M. N. commence en 2010.", True),
])
def test_french_matching(pattern: str, text: str, hit: bool) -> None:
    index = Index(tokens([(text, 1)]))
    assert bool(index.find(compile_pattern(pattern))) is hit


def test_all_entries_each_needed() -> None:
    ops = load("ops-memoire")
    structure = next(i for i in ops.content if i.id == "structure")
    full = blocks_of("L'association est implantée à Bron et accueille des demandeurs d'emploi.")
    partial = blocks_of("L'association est implantée à Bron.")
    assert evaluate_item(structure, Scope(full, full), ops.lexicon).found
    result = evaluate_item(structure, Scope(partial, partial), ops.lexicon)
    assert not result.found and result.missing_all == ("@publics",)


def test_unknown_lexicon_name_is_a_rule_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: x\nsource: x\ncontent:\n  - id: a\n    label: A\n"
                   "    any: ['@nope']\n", encoding="utf-8")
    with pytest.raises(RuleError, match="nope"):
        load(str(bad))


def test_fixture_accuracy_meets_target() -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    import content_accuracy

    tally, errors = content_accuracy.content_scores(False)
    precision = tally["tp"] / (tally["tp"] + tally["fp"])
    recall = tally["tp"] / (tally["tp"] + tally["fn"])
    assert precision >= 0.95 and recall >= 0.95, errors
    assert tally["interviews_wrong"] == 0, errors


def _count(*lines: str) -> int:
    from cipcheck.content.interviews import count_interviews
    from cipcheck.document import Block

    return count_interviews([Block(text=t, page=1 + i // 3) for i, t in enumerate(lines)]).count


def test_a_rank_in_the_analysis_does_not_add_to_dated_interviews() -> None:
    assert _count("Entretien du 7 janvier", "Nous avons fait le point.",
                  "Entretien du 28 janvier", "Elle a rédigé son CV.",
                  "Entretien du 18 février", "Bilan de l'immersion.",
                  "Entretien du 25 mars", "Signature du contrat.",
                  "Quand elle a pleuré au deuxième entretien, j'ai laissé un silence.") == 4


def test_meetings_named_rencontre_count_and_a_third_implies_three() -> None:
    assert _count("Lors de notre première rencontre, nous avons fait connaissance.",
                  "Quinze jours plus tard, nous nous sommes revues.",
                  "Lors de notre troisième rencontre, elle était admise en formation.") == 3


def test_two_interviews_stay_two() -> None:
    assert _count("Premier entretien (12 mars) : diagnostic.",
                  "Deuxième entretien (2 avril) : plan d'action.",
                  "Au deuxième entretien, j'ai compris ses freins.") == 2
