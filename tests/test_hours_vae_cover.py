"""A cover that names the VAE while the dossier is checked for the training route: the
route is what to confirm, not hours to declare (blind16: a VAE candidate was told
« déclarez-la avec --hours 392 »), and never a failure on that guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from hours_docx import rewrite

from cipcheck.api import Options, check_file
from cipcheck.findings import Finding
from cipcheck.server.form_words import form_text

FAST = Options(pages="estimate")
COVER = "Parcours : VAE — validation des acquis de l'expérience"


def _hours(path: Path, opts: Options = FAST) -> Finding:
    report = check_file(path, "cip-ccp2", opts)
    return next(c for c in report.checks if c.id == "hours.minimum")


def test_a_vae_cover_without_hours_asks_for_the_route(tmp_path: Path) -> None:
    found = _hours(rewrite(tmp_path / "vae.docx", COVER))
    assert found.status.value == "warn"
    assert "La page de garde indique une VAE" in found.message
    assert "--route vae" in (found.hint or "") and "--hours 392" not in (found.hint or "")


def test_with_the_vae_route_there_is_no_minimum(tmp_path: Path) -> None:
    found = _hours(rewrite(tmp_path / "vae.docx", COVER), Options(pages="estimate",
                                                                  route="vae"))
    assert found.status.value == "skip"


def test_a_plain_under_minimum_statement_under_a_vae_cover_only_warns(tmp_path: Path) -> None:
    path = rewrite(tmp_path / "vae-heures.docx", COVER,
                   ["J'ai effectué un stage d'observation de 35 heures au PLIE de Vierzon."])
    found = _hours(path)
    assert found.status.value == "warn" and "durée lue : 35 h" in found.message


@pytest.mark.parametrize("cover", ["Période(s) en entreprise : 182 heures",
                                   "Parcours : formation — période en entreprise de 182 h"])
def test_covers_without_vae_are_judged_as_before(tmp_path: Path, cover: str) -> None:
    assert _hours(rewrite(tmp_path / "f.docx", cover)).status.value == "pass"
    missing = _hours(rewrite(tmp_path / "g.docx", "Session de juin 2026"))
    assert missing.status.value == "warn" and "VAE" not in missing.message


def test_enough_hours_under_a_vae_cover_pass(tmp_path: Path) -> None:
    path = rewrite(tmp_path / "vae-stage.docx", COVER,
                   ["Mon stage à la mission locale a duré 182 heures en tout."])
    assert _hours(path).status.value == "pass"


def test_the_web_page_names_its_route_list() -> None:
    hint = ("Si vous passez le titre par la VAE, relancez avec --route vae ; sinon, indiquez "
            "la durée de vos périodes en entreprise (--hours).")
    said = form_text(hint, "fr") or ""
    assert "« VAE » dans la liste « Parcours » du formulaire" in said and "--" not in said
