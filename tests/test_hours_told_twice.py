"""The same periods told twice are counted once; a total told twice is one statement.

Found by a blind end-to-end test (bench/blind13): a CCP 2 dossier gave its two periods on
the cover (« Première période : 70 heures… Seconde période : 35 heures… ») and again in
the annex, named by their dates; the four figures were added (210 h), so a dossier short
of the minimum passed. A jury member reads the same two periods. Two lone periods on two
pages may be two periods, and still add up. Passages in my own voices.
"""

from __future__ import annotations

from cipcheck.api import Options, check_document
from cipcheck.document import Block, Document, PagesMethod
from cipcheck.findings import Status
from cipcheck.ruleset import load


def _dossier(cover: list[str], annex: list[str]) -> Document:
    blocks = [Block(text=t, page=1) for t in ["Dossier de production — CCP 2",
                                              "Conseillère en insertion professionnelle",
                                              *cover]]
    blocks.append(Block(text="Introduction", page=2, bold=True))
    blocks.append(Block(text="J'ai mené ma période en entreprise dans deux structures du "
                             "bassin de Lorient, auprès de publics très différents.", page=2))
    blocks.append(Block(text="Annexes", page=20, bold=True))
    blocks.extend(Block(text=t, page=20) for t in annex)
    return Document(path="twice:dossier", kind="docx", page_count=20,
                    pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))


def _hours(doc: Document) -> tuple[float | None, str]:
    report = check_document(doc, load("cip-ccp2"), Options(privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    return report.hours, finding.status.value


def test_periods_on_the_cover_and_again_in_the_annex_count_once() -> None:
    doc = _dossier(
        ["Période 1 : 84 heures à la Mission locale. Période 2 : 49 heures au CCAS."],
        ["Attestation : Mission locale du Pays de Lorient, du 5 au 16 janvier 2026, "
         "84 heures. CCAS de Lanester, du 19 au 26 janvier 2026, 49 heures."])
    assert _hours(doc) == (133, Status.FAIL.value)


def test_a_second_telling_in_other_words_counts_once_over_the_minimum_too() -> None:
    doc = _dossier(
        ["Première période : 105 heures au PLIE. Seconde période : 91 heures à l'EPIDE."],
        ["PLIE de Quimperlé : stage du 2 au 20 mars 2026, 105 heures. EPIDE : stage du "
         "23 mars au 3 avril 2026, 91 heures."])
    assert _hours(doc) == (196, Status.PASS.value)


def test_one_period_here_and_another_there_still_add_up() -> None:
    doc = _dossier(["Période 1 : 98 heures à la Mission locale."],
                   ["Période 2 : 98 heures au CCAS de Lanester, du 2 au 15 mars 2026."])
    hours, _ = _hours(doc)
    assert hours == 196


def test_a_total_worked_out_in_the_text_is_sure_when_the_cover_states_it() -> None:
    # The cover field, then the introduction's own sum: one statement, not a guess
    # (« lecture à confirmer » on a compliant CCP 1 before).
    blocks = [Block(text="CCP 1 — Accueillir pour analyser la demande", page=1),
              Block(text="Période(s) en entreprise : 91 heures", page=1),
              Block(text="Introduction", page=3, bold=True),
              Block(text="Mes heures de stage : deux semaines de 35 heures au Point "
                         "information jeunesse, puis trois jours (21 h) en observation à "
                         "l'agence France Travail, soit 91 heures.", page=3)]
    doc = Document(path="twice:ccp1", kind="docx", page_count=12,
                   pages_method=PagesMethod.DOCX_ESTIMATED, blocks=tuple(blocks))
    report = check_document(doc, load("cip-ccp1"), Options(privacy=False))
    finding = next(f for f in report.checks if f.id == "hours.minimum")
    assert (report.hours, finding.status) == (91, Status.PASS)
