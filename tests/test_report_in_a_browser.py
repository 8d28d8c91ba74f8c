"""The HTML report as a reader sees it, in a real headless Chromium (Debian's chromium and
chromium-driver, which .ci/run installs when missing): the verdict first, the failing clause and
its expected and actual values visible; and hostile SUT output neither runs nor breaks the layout."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import certify

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="Debian's chromium and chromium-driver are not installed")

LATE = "features/access-catalog-3/test_access_catalog_3.py::test_the_days_late_decide_the_penalty_payment_date_20250605"
PAYMENT_DATES = "features/access-catalog-3/test_access_catalog_3.py::test_the_shorter_of_31_days_and_the_next_bill_date"


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    yield driver
    driver.quit()


def no_horizontal_overflow(browser) -> bool:
    return browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_a_reader_finds_the_failed_clause_why_and_how_to_replay(browser, tmp_path):
    from selenium.webdriver.common.by import By

    result = certify("py:tests.broken_suts.monthly_compounding:Sut", tmp_path / "out", "--", LATE)
    assert result.exit_code == 1
    browser.get((tmp_path / "out" / "report.html").as_uri())
    verdict = browser.find_element(By.ID, "verdict")
    assert verdict.text == "NOT CONFORMANT" and verdict.is_displayed()
    assert verdict.location["y"] < 300, "the verdict is the first thing a reader sees"
    failing = browser.find_element(By.ID, "failing-clauses").text
    assert "access-catalog-3:2.4.1(C)(2)" in failing and "Late payment penalty" in failing
    card = browser.find_element(By.ID, "problem-1")
    assert "expected 2.92, got 2.91" in card.text and "Replay: ratecert certify" in card.text
    row = browser.find_element(By.ID, "c-access-catalog-3:2.4.1(C)(2)")
    assert "fail" in row.text and "page 2-29" in row.text
    details = card.find_element(By.XPATH, ".//summary[contains(., 'The case sent')]")
    details.click()
    assert '"bill_date": "2025-05-05"' in card.text
    assert no_horizontal_overflow(browser)


def test_hostile_sut_output_neither_runs_nor_breaks_the_layout(browser, tmp_path):
    from selenium.webdriver.common.by import By

    certify("py:tests.fake_suts.hostile:Sut", tmp_path / "out", "--", PAYMENT_DATES)
    report = tmp_path / "out" / "report.html"
    assert report.stat().st_size > 100_000
    browser.get(report.as_uri())
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.find_elements(By.TAG_NAME, "script") == []
    assert browser.find_elements(By.CSS_SELECTOR, "img") == []
    assert "<script>window.pwned" in browser.find_element(By.ID, "sut").text
    for card in browser.find_elements(By.CSS_SELECTOR, ".card"):
        for summary in card.find_elements(By.TAG_NAME, "summary"):
            summary.click()
    assert no_horizontal_overflow(browser), "a 100,000-character word must wrap, not widen the page"
    assert browser.find_element(By.ID, "verdict").text == "NOT CONFORMANT"


def test_a_narrow_window_breaks_no_header(browser, tmp_path):
    """Issue 17: at the narrowest window headless Chromium opens (500 px), no table header or heading
    is cut or spills, and the page does not scroll sideways: wide tables scroll inside their box."""
    certify("py:tests.broken_suts.monthly_compounding:Sut", tmp_path / "out", "--", LATE)
    browser.set_window_size(500, 900)
    try:
        browser.get((tmp_path / "out" / "report.html").as_uri())
        spilled = browser.execute_script(
            "return [...document.querySelectorAll('th, h1, h2, h3')]"
            ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 40))")
        assert spilled == []
        assert no_horizontal_overflow(browser)
        assert browser.find_element("id", "gaps").is_displayed()
    finally:
        browser.set_window_size(1280, 900)
