"""The page as a candidate uses it, in a real browser (Debian's Chromium, driven by
Selenium): upload a compliant and a failing dossier, read the verdict and the failing
part from the rendered page, download the JSON."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
webdriver = pytest.importorskip("selenium.webdriver")
from live_server import serving  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="Chromium and chromedriver are not installed")
DOSSIERS = Path(__file__).resolve().parent / "fixtures" / "dossiers"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--lang=fr-FR",
                 f"--user-data-dir={profile}", "--window-size=420,900"):
        options.add_argument(flag)
    # A French candidate's browser: the page follows its language.
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=DRIVER),
                              options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    with serving("--workers", "2") as base:
        yield base


def _upload(browser, server: str, path: Path, rules: str = "") -> None:  # noqa: ANN001
    browser.get(f"{server}/")
    assert "Vérifier mon dossier" in browser.title
    browser.find_element(By.ID, "file").send_keys(str(path))
    if rules:
        browser.find_element(By.CSS_SELECTOR, f"#rules option[value='{rules}']").click()
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 120).until(ec.presence_of_element_located(
        (By.CSS_SELECTOR, "p.downloads")))


def _download_json(browser) -> dict:  # noqa: ANN001
    link = browser.find_element(By.CSS_SELECTOR, "p.downloads a[download$='.json']")
    href = link.get_attribute("href")
    assert href.startswith("data:application/json")
    return json.loads(base64.b64decode(href.split(",", 1)[1]).decode("utf-8"))


def test_compliant_dossier_reads_as_compliant(browser, server: str) -> None:  # noqa: ANN001
    _upload(browser, server, DOSSIERS / "ccp1-ok.pdf")
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "Conforme" in page or "conforme" in page
    report = _download_json(browser)
    assert report["verdict"] == "pass" and report["rules"] == "cip-ccp1"


def test_failing_dossier_shows_the_failing_part(browser, server: str) -> None:  # noqa: ANN001
    _upload(browser, server, DOSSIERS / "ccp2-fail-part1-long.pdf", rules="cip-ccp2")
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "Partie 1" in page and "À corriger" in page
    report = _download_json(browser)
    assert report["verdict"] == "fail"
    failing = {c["part"] for c in report["checks"] if c["status"] == "fail"}
    assert 1 in failing
    # The page is usable on a phone-sized window and the way back is a link.
    assert browser.find_element(By.PARTIAL_LINK_TEXT, "Vérifier un autre dossier")
    shots = Path(__file__).resolve().parent / ".screenshots"
    if shots.is_dir():  # a developer looks at the page with: mkdir tests/.screenshots
        browser.save_screenshot(str(shots / "failing-dossier.png"))


def test_english_page_from_the_language_link(browser, server: str) -> None:  # noqa: ANN001
    browser.get(f"{server}/?lang=en")
    assert "Check my CIP dossier" in browser.title
    assert "Nothing is kept" in browser.find_element(By.TAG_NAME, "body").text
