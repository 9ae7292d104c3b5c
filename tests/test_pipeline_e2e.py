"""End to end through real processes: HTTP ingress -> broker -> dramatiq workers -> PostgreSQL.

Runs on Redis and, when one answers on loopback, on RabbitMQ too.
"""

from __future__ import annotations

import os
import socket
import uuid
from decimal import Decimal

import httpx
import psycopg
import pytest
from sqlalchemy import func, select

from db import models as m
from db.enums import OrderStatus, ProcessingStatus
from db.integrations import add_integration
from db.session import tenant_session
from ingress.signatures import twilio_signature
from tests.conftest import RUN_ID
from tests.processes import START_TIMEOUT, start_ingress, start_worker, wait_until
from tests.seed import import_shipped_catalog, order_for

AUTH_TOKEN = "twilio-auth-token-for-tests"
RABBIT_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"


def _rabbit_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5672), timeout=1).close()
        return True
    except OSError:
        return False


# (broker, pipeline mode): one actor run per message, or one per stage; RabbitMQ when one answers.
BROKERS = [
    pytest.param(("redis", "fused"), id="redis-fused"),
    pytest.param(("redis", "chained"), id="redis-chained"),
    pytest.param(
        ("rabbitmq", "fused"),
        id="rabbitmq-fused",
        marks=pytest.mark.skipif(not _rabbit_up(), reason="no RabbitMQ on :5672"),
    ),
]


@pytest.fixture(params=BROKERS)
def broker_env(request, settings):  # type: ignore[no-untyped-def]
    env = dict(os.environ)
    env["OMS_BROKER_HEARTBEAT_TIMEOUT_MS"] = "1500"  # dead workers' messages come back fast
    env["OMS_LOG_FORMAT"] = "json"
    broker, mode = request.param
    env["OMS_PIPELINE_MODE"] = mode
    if broker == "rabbitmq":
        prefix = f"t_{RUN_ID}_{uuid.uuid4().hex[:6]}_"
        env["BROKER_URL"], env["OMS_QUEUE_PREFIX"] = RABBIT_URL, prefix
        yield env
        import pika

        conn = pika.BlockingConnection(pika.URLParameters(RABBIT_URL))
        ch = conn.channel()
        for suffix in (
            "pipeline",
            "pipeline.DQ",
            "pipeline.XQ",
            "maintenance",
            "maintenance.DQ",
            "maintenance.XQ",
        ):
            ch.queue_delete(prefix + suffix)
        conn.close()
    else:
        yield env


@pytest.fixture()
def shop(tenant):  # type: ignore[no-untyped-def]
    import_shipped_catalog(tenant.id)
    number = f"+4420{uuid.uuid4().int % 10**8:08d}"
    add_integration(tenant.id, "twilio", number, secret=AUTH_TOKEN)
    return tenant, number


@pytest.fixture()
def spawned():  # type: ignore[no-untyped-def]
    """Every process a test starts is stopped at teardown, whatever the test did."""
    procs: list = []
    yield procs
    for proc in reversed(procs):
        proc.stop()


@pytest.fixture()
def system(broker_env, tmp_path, spawned):  # type: ignore[no-untyped-def]
    ingress, base = start_ingress(broker_env, tmp_path)
    spawned.append(ingress)
    worker = start_worker(broker_env, tmp_path)
    spawned.append(worker)
    return base, ingress, worker


def send_sms(
    base: str, to: str, body: str, *, sid: str | None = None, sender: str = "+447700900123"
) -> httpx.Response:
    params = {
        "MessageSid": sid or f"SM{uuid.uuid4().hex}",
        "AccountSid": "AC" + "0" * 32,
        "From": sender,
        "To": to,
        "Body": body,
        "NumMedia": "0",
    }
    url = f"{base}/webhooks/twilio"
    # httpx's 5 s default read timeout is a load figure, not a behaviour: on a loaded 2-core machine (a
    # benchmark beside the suite) the first POST to a fresh ingress took longer. What the test asserts is the
    # answer, so it waits for it as the other waits here do.
    return httpx.post(
        url,
        data=params,
        headers={"X-Twilio-Signature": twilio_signature(AUTH_TOKEN, url, params)},
        timeout=60,
    )


def message_ids(tenant_id) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return list(s.scalars(select(m.Message.id).order_by(m.Message.created_at)).all())


def processed(tenant_id, message_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        msg = s.get(m.Message, message_id)
        if msg is None or msg.processing_status not in (ProcessingStatus.PROCESSED, ProcessingStatus.FAILED):
            return None
    # A finished message's order, if it has one, was committed in the same transaction.
    order, lines = order_for(tenant_id, message_id)
    return {
        "status": msg.processing_status,
        "order": order,
        "lines": [(x.sku, x.quantity) for x in lines],
        "error": msg.processing_error,
    }


def test_sms_orders_questions_and_duplicates_end_to_end(system, shop):  # type: ignore[no-untyped-def]
    base, _, worker = system
    tenant, number = shop
    r = send_sms(base, number, "2 cases of coke zero 330ml and 5kg tomatoes", sid="SM-dup-1")
    assert r.status_code == 200, r.text
    assert (
        send_sms(base, number, "2 cases of coke zero 330ml and 5kg tomatoes", sid="SM-dup-1").status_code
        == 200
    )
    assert send_sms(base, number, "3 coke and 2 boxes of dragon fruit pls").status_code == 200
    assert send_sms(base, number, "do you deliver on sundays?").status_code == 200
    ids = message_ids(tenant.id)
    assert len(ids) == 3, "the provider retry of SM-dup-1 must not create a second message"
    results = [wait_until(lambda i=i: processed(tenant.id, i), timeout=60, what=f"message {i}") for i in ids]
    confirmed, review, question = results
    assert confirmed["order"].status == OrderStatus.CONFIRMED, worker.output()[-3000:]
    assert confirmed["lines"] == [("COKE-ZERO-330", Decimal(2)), ("TOMATO-KG", Decimal(5))]
    assert review["order"].status == OrderStatus.REVIEW and review["order"].requires_review
    assert question["order"] is None and question["status"] == ProcessingStatus.PROCESSED
    with tenant_session(tenant.id) as s:
        assert s.scalar(select(func.count()).select_from(m.Order)) == 2


def test_worker_killed_mid_pipeline_loses_no_message(broker_env, shop, tmp_path, spawned):  # type: ignore[no-untyped-def]
    """A worker killed outright while it holds a message (taken from the broker, not acknowledged, its
    write under way): the broker hands the message to another worker, which makes the one order."""
    tenant, number = shop
    ingress, base = start_ingress(broker_env, tmp_path)
    spawned.append(ingress)
    assert send_sms(base, number, "2 cases of coke zero 330ml and 5kg tomatoes").status_code == 200
    mid = message_ids(tenant.id)[0]
    admin_url = broker_env["OMS_ADMIN_DATABASE_URL"]
    blocker = psycopg.connect(admin_url)
    try:
        # Hold the message row so the worker's write blocks inside its statement, with the broker
        # message taken but unacknowledged; then kill the worker outright.
        blocker.execute("SELECT id FROM messages WHERE id = %s FOR UPDATE", (mid,))
        holder = blocker.info.backend_pid
        first = start_worker(broker_env, tmp_path, name="doomed")
        spawned.append(first)

        def sessions_waiting_on_the_row() -> list[int]:
            first.running()
            with psycopg.connect(admin_url, autocommit=True) as probe:
                rows = probe.execute(
                    "SELECT pid FROM pg_stat_activity WHERE %s = ANY(pg_blocking_pids(pid))", (holder,)
                ).fetchall()
            return [row[0] for row in rows]

        # Most of this wait is the worker's start-up, which is CPU-bound: its deadline is a start-up's.
        doomed = wait_until(
            sessions_waiting_on_the_row, timeout=START_TIMEOUT, what="the worker to pick the message up"
        )
        first.kill()
        # A crashed host's database sessions end with it (the server drops the lost connections). Left
        # alone, the killed worker's session would finish its one-statement write as soon as the row is
        # free, and the message would be done before anyone redelivered it: the test would pass without
        # the broker giving anything back. Ended here, only a redelivery can make the order.
        with psycopg.connect(admin_url, autocommit=True) as probe:
            for pid in doomed:
                probe.execute("SELECT pg_terminate_backend(%s, 30000)", (pid,))
    finally:
        blocker.rollback()
        blocker.close()
    with tenant_session(tenant.id) as s:  # the killed worker wrote nothing
        status = s.scalar(select(m.Message.processing_status).where(m.Message.id == mid))
    assert status == ProcessingStatus.RECEIVED
    second = start_worker(broker_env, tmp_path, name="survivor")
    spawned.append(second)
    result = wait_until(
        lambda: second.running() and processed(tenant.id, mid),
        timeout=START_TIMEOUT + 60,
        what="redelivery after the kill",
    )
    assert result["order"].status == OrderStatus.CONFIRMED, second.output()[-3000:]
    assert result["lines"] == [("COKE-ZERO-330", Decimal(2)), ("TOMATO-KG", Decimal(5))]
    with tenant_session(tenant.id) as s:
        assert s.scalar(select(func.count()).select_from(m.Order)) == 1


def test_exhausted_message_is_marked_failed_with_its_error(system, shop):  # type: ignore[no-untyped-def]
    base, _, _ = system
    tenant, number = shop
    with tenant_session(tenant.id) as s:
        s.add(
            m.PiiDetectionRule(distributor_id=tenant.id, name="bad rule", pii_type="SSN", pattern="(unclosed")
        )
    assert send_sms(base, number, "2 cases of coke zero 330ml").status_code == 200
    mid = message_ids(tenant.id)[0]
    result = wait_until(lambda: processed(tenant.id, mid), timeout=60, what="the failure to be recorded")
    assert result["status"] == ProcessingStatus.FAILED and "bad rule" in result["error"]
    with tenant_session(tenant.id) as s:
        err = s.scalars(select(m.AIError).where(m.AIError.message_id == mid)).one()
        assert err.is_final and err.stage == "detect_pii"
