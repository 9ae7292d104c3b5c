"""The `/ops` page in headless Chromium (Debian's chromium + chromedriver, driven by Selenium): the
numbers shown are those of a broker state the test built, a dead letter is replayed with the page's
button, and the page fits a phone's width. Also: without the token the page is a sign-in form, and
with no OMS_OPS_TOKEN at all it does not exist."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid

import httpx
import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from sqlalchemy import text

from db.session import privileged_session
from tests.broker_state import build_state, drop_redis_queue
from tests.processes import start_ingress, wait_until

TOKEN = "ops-token-for-tests"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


@pytest.fixture()
def browser():  # type: ignore[no-untyped-def]
    profile = tempfile.mkdtemp(prefix="oms-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def built_queue(settings):  # type: ignore[no-untyped-def]
    from worker.broker import broker

    queue = f"opspage_{uuid.uuid4().hex[:8]}"
    holder = build_state(broker, queue)
    yield queue
    holder.close()
    drop_redis_queue(broker, queue)


@pytest.fixture()
def ingress(settings, tmp_path):  # type: ignore[no-untyped-def]
    proc, base = start_ingress({**os.environ, "OMS_OPS_TOKEN": TOKEN}, tmp_path)
    yield base
    proc.stop()


def _body_text(driver) -> str:  # type: ignore[no-untyped-def]
    """The page's text; empty while the replay's form post is replacing the page (the old body is stale)."""
    try:
        return str(driver.find_element(By.TAG_NAME, "body").text)
    except StaleElementReferenceException:
        return ""


def _cell(driver, queue: str, key: str) -> str:  # type: ignore[no-untyped-def]
    return driver.find_element(By.ID, f"q-{queue}-{key}").text


def test_ops_page_shows_the_broker_state_and_replays_a_dead_letter(browser, ingress, built_queue):  # type: ignore[no-untyped-def]
    assert httpx.get(ingress + "/ops").status_code == 401  # no cookie, no token: the sign-in form
    browser.get(f"{ingress}/ops?token={TOKEN}")
    assert browser.title == "oms operations"
    q = built_queue
    assert [_cell(browser, q, k) for k in ("ready", "delayed", "in_flight", "dead")] == ["3", "2", "1", "2"]
    rows = browser.find_elements(By.CSS_SELECTOR, "#dead tbody tr[id^='dl-']")
    ours = [r for r in rows if q in r.text]
    assert len(ours) == 2
    job = ours[0].get_attribute("id").removeprefix("dl-")
    ours[0].find_element(By.CSS_SELECTOR, "button").click()

    wait_until(lambda: "replayed" in _body_text(browser), what="the replay's answer")
    assert browser.find_element(By.CSS_SELECTOR, ".flash").text == f"replayed {job}"
    # The replayed message is ready again with a fresh retry count; one dead letter is left.
    assert [_cell(browser, q, k) for k in ("ready", "dead")] == ["4", "1"]
    assert not browser.find_elements(By.ID, f"dl-{job}")
    with privileged_session() as s:
        who = s.scalar(
            text("SELECT who FROM ops_audit WHERE action = 'dlq.replay' AND target = :t"), {"t": f"{q}/{job}"}
        )
    assert who == "ops-page@127.0.0.1"

    # A phone's width: nothing overflows the viewport sideways (wide tables scroll inside their card).
    browser.set_window_size(390, 844)
    browser.get(f"{ingress}/ops")
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert _cell(browser, q, "ready") == "4"


def test_ops_page_does_not_exist_without_a_token(settings, tmp_path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "OMS_OPS_TOKEN"}
    proc, base = start_ingress(env, tmp_path)
    try:
        assert httpx.get(base + "/ops").status_code == 404
        assert httpx.get(base + "/ops?token=anything").status_code == 404
    finally:
        proc.stop()
