"""A broker or database that stops, freezes or restarts under a running ingress (#6 items 7 and 8):
answers stay bounded, a 202 means stored, a stored message reaches the broker as soon as it is back
(from the ingress's outbox, not the sweeper minutes later), and a restarted database costs no request
a stale pooled connection."""

from __future__ import annotations

import psycopg
from psycopg_pool import ConnectionPool
from sqlalchemy import text

from db.session import _check_pooled, _engine, connect_options
from tests.chaos.conftest import Stack
from tests.processes import wait_until
from worker.settings import load_settings


def stored(stack: Stack, message_id: str) -> bool:
    return bool(stack.query("SELECT 1 FROM messages WHERE id = %s", message_id))


def test_broker_stopped_or_frozen_the_outbox_sends_when_it_is_back(stack: Stack) -> None:
    ingress, base = stack.ingress()
    try:
        first = stack.post(base, "2 cases coke zero")
        assert first.status_code == 202
        assert first.json()["message_id"] in stack.queued_ids()

        stack.redis.stop()
        during = [stack.post(base, f"{n} cases coke zero", sender=f"+4477009002{n:02d}") for n in range(3)]
        assert [r.status_code for r in during] == [202, 202, 202]
        waiting = {r.json()["message_id"] for r in during}
        assert all(stored(stack, mid) for mid in waiting)
        stack.redis.start()  # same port, empty: only the outbox can bring them back (no sweeper runs)
        wait_until(lambda: waiting <= stack.queued_ids(), timeout=30, what="the outbox to send")

        stack.redis.freeze()
        try:
            frozen = stack.post(base, "7 cases coke zero", sender="+447700900299")
            assert frozen.status_code == 202
        finally:
            stack.redis.thaw()
        mid = frozen.json()["message_id"]
        wait_until(lambda: mid in stack.queued_ids(), timeout=30, what="the outbox after a freeze")
        assert "inbound_enqueue_failed" in ingress.output() and "outbox_broker_up" in ingress.output()
    finally:
        ingress.stop()


def test_database_down_or_frozen_answers_503_fast_and_recovers(stack: Stack) -> None:
    ingress, base = stack.ingress()
    try:
        assert stack.post(base, "1 case coke zero").status_code == 202  # the pools hold connections now
        before = stack.query("SELECT count(*) FROM messages")[0][0]

        stack.pg.stop("immediate")  # a crash: every pooled connection is dead
        down = [stack.post(base, f"{n} cases coke", sender=f"+4477009003{n:02d}") for n in range(3)]
        assert [r.status_code for r in down] == [503, 503, 503]
        assert all(r.headers.get("retry-after") for r in down)
        stack.pg.start()
        back = wait_until(
            lambda: (r := stack.post(base, "2 cases coke")).status_code == 202 and r, timeout=30
        )
        assert back.json()["status"] == "accepted"

        stack.pg.freeze()
        try:
            frozen = [stack.post(base, f"{n} kg tomatoes", sender=f"+4477009004{n:02d}") for n in range(2)]
        finally:
            stack.pg.thaw()
        assert [r.status_code for r in frozen] == [503, 503]
        wait_until(lambda: stack.post(base, "3 cases coke").status_code == 202, timeout=30, what="recovery")
        # Every 202 was stored (an abandoned call may still have stored a 503'd one: retries dedupe).
        after = stack.query("SELECT count(*) FROM messages")[0][0]
        assert after >= before + 2
        assert "dependency_down" in ingress.output() and "dependency_up" in ingress.output()
    finally:
        ingress.stop()


def test_pooled_connections_are_checked_on_checkout_after_a_restart(stack: Stack) -> None:
    settings = load_settings({**stack.env, "OMS_ENV": "test"})
    url = stack.pg.url("oms_chaos_app", "oms")
    pool = ConnectionPool(
        url, min_size=2, max_size=2, check=_check_pooled, kwargs=connect_options(settings), open=True
    )
    engine = _engine(settings.database_url, 2, connect_options(settings))
    try:
        pool.wait()
        with engine.connect() as conn:  # one pooled ORM connection
            conn.execute(text("SELECT 1"))
        stack.pg.stop("fast")
        stack.pg.start()
        for _ in range(3):  # every checkout after the restart works: stale ones are replaced unseen
            with pool.connection() as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
            with engine.connect() as conn:
                assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        pool.close()
        engine.dispose()
        psycopg.connect(stack.pg.admin_url(), connect_timeout=5).close()


def test_the_first_sweep_after_a_crash_resends_what_was_unfinished_before_it(stack: Stack) -> None:
    """A result committed without waiting for the WAL flush can vanish with a PostgreSQL crash, its broker
    message already acked: the sweep re-sends anything unfinished from before the server's start at once
    (not after its usual 300 s), each message once."""
    ingress, base = stack.ingress()
    try:
        answer = stack.post(base, "4 cases coke zero", sender="+447700900501")
        assert answer.status_code == 202
        mid = answer.json()["message_id"]
    finally:
        ingress.stop()

    def updated_at() -> object:
        return stack.query("SELECT updated_at FROM messages WHERE id = %s", mid)[0][0]

    stored = updated_at()

    def touched() -> bool:
        return updated_at() != stored

    stack.cli("sweep")  # fresh, and the server has not restarted since: not stalled
    assert not touched()
    stack.pg.stop("immediate")
    stack.pg.start()
    # No worker runs here: as far as the database knows, the message is as a lost result leaves it.
    assert stack.query("SELECT processing_status::text FROM messages WHERE id = %s", mid) == [("RECEIVED",)]
    assert "re-enqueued 0 " not in stack.cli("sweep")  # the production setting (--older-than 300)
    assert touched()
    assert stack.cli("sweep").startswith("re-enqueued 0 ")  # once per restart: the sweep touched it
