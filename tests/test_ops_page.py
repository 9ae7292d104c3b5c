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
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
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


def _steady(driver, read):  # type: ignore[no-untyped-def]
    """READ(driver) once the page holds still: the page refreshes itself every few seconds, and an
    element found just before a refresh is stale (or not there yet) just after it; read again then."""

    def attempt():  # type: ignore[no-untyped-def]
        try:
            value = read(driver)
        except (StaleElementReferenceException, NoSuchElementException):
            return None
        return None if value is None else (value,)

    return wait_until(attempt, timeout=60, what="a steady page")[0]


def _cells(queue: str, *keys: str):  # type: ignore[no-untyped-def]
    return lambda d: [d.find_element(By.ID, f"q-{queue}-{k}").text for k in keys]


def _replay_first(queue: str):  # type: ignore[no-untyped-def]
    """Click the Replay button of the first of QUEUE's dead letters; its job id."""

    def click(d):  # type: ignore[no-untyped-def]
        rows = [r for r in d.find_elements(By.CSS_SELECTOR, "#dead tbody tr[id^='dl-']") if queue in r.text]
        if len(rows) != 2:  # the page is being replaced; the counts above said 2
            raise NoSuchElementException("the dead letters' rows")
        job = rows[0].get_attribute("id").removeprefix("dl-")
        rows[0].find_element(By.CSS_SELECTOR, "button").click()
        return job

    return click


def test_ops_page_shows_the_broker_state_and_replays_a_dead_letter(browser, ingress, built_queue):  # type: ignore[no-untyped-def]
    assert httpx.get(ingress + "/ops").status_code == 401  # no cookie, no token: the sign-in form
    browser.get(f"{ingress}/ops?token={TOKEN}")
    assert browser.title == "oms operations"
    refresh = browser.find_element(By.CSS_SELECTOR, 'meta[http-equiv="refresh"]').get_attribute("content")
    assert int(refresh) > 0  # the page refreshes itself
    panels = ("queues", "dead", "workers", "review", "spend", "webhooks", "errors", "audit")
    assert _steady(browser, lambda d: [d.find_element(By.ID, p).tag_name for p in panels]) == ["section"] * 8
    q = built_queue
    assert _steady(browser, _cells(q, "ready", "delayed", "in_flight", "dead")) == ["3", "2", "1", "2"]
    job = _steady(browser, _replay_first(q))

    flash = _steady(browser, lambda d: d.find_element(By.CSS_SELECTOR, ".flash").text)
    assert flash == f"replayed {job}"
    # The replayed message is ready again with a fresh retry count; one dead letter is left.
    assert _steady(browser, _cells(q, "ready", "dead")) == ["4", "1"]
    assert not _steady(browser, lambda d: d.find_elements(By.ID, f"dl-{job}"))
    with privileged_session() as s:
        who = s.scalar(
            text("SELECT who FROM ops_audit WHERE action = 'dlq.replay' AND target = :t"), {"t": f"{q}/{job}"}
        )
    assert who == "ops-page@127.0.0.1"

    # A phone's width: nothing overflows the viewport sideways, and the rows are stacked so that the
    # dead count and the Replay button are on screen without scrolling sideways.
    browser.set_window_size(390, 844)
    browser.get(f"{ingress}/ops")
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert _steady(browser, _cells(q, "ready")) == ["4"]
    on_screen = (
        "const e = document.querySelector(arguments[0]); if (!e) return null;"
        "const r = e.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth;"
    )
    for selector in (f"#q-{q}-dead", "#dead tbody tr[id^='dl-'] button"):
        assert _steady(browser, lambda d, sel=selector: d.execute_script(on_screen, sel)), selector


def test_ops_page_does_not_exist_without_a_token(settings, tmp_path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "OMS_OPS_TOKEN"}
    proc, base = start_ingress(env, tmp_path)
    try:
        assert httpx.get(base + "/ops").status_code == 404
        assert httpx.get(base + "/ops?token=anything").status_code == 404
    finally:
        proc.stop()
