"""`oms queues --json` against broker states the tests build with dramatiq's own operations (enqueue,
delayed enqueue, a consumer that takes without acknowledging, a nack into the dead-letter queue), on
Redis and on RabbitMQ; and the worker table from reported heartbeats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from cli.main import main
from tests.broker_state import build_state
from tests.conftest import RUN_ID
from tests.processes import wait_until

RABBIT_URL = "amqp://guest:guest@127.0.0.1:5672/%2F"


def _queue_entry(payload: dict, name: str) -> dict:
    return next(q for q in payload["queues"] if q["name"] == name)


@pytest.fixture()
def redis_queue(settings):  # type: ignore[no-untyped-def]
    from worker.broker import broker

    queue = f"opsq_{uuid.uuid4().hex[:8]}"
    build_state(broker, queue)
    yield queue
    broker.client.delete(
        *[f"{broker.namespace}:{queue}{s}" for s in ("", ".msgs", ".DQ", ".DQ.msgs", ".XQ", ".XQ.msgs")]
    )
    for key in broker.client.scan_iter(match=f"{broker.namespace}:__acks__.*.{queue}"):
        broker.client.delete(key)


def test_queues_json_on_redis_counts_what_the_test_built(redis_queue):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["queues", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["broker"] == "redis"
    q = _queue_entry(payload, redis_queue)
    assert (q["ready"], q["delayed"], q["in_flight"], q["dead"]) == (3, 2, 1, 2)
    assert q["oldest_age_s"] is not None and q["oldest_age_s"] >= 0
    assert q["paused"] is False
    assert set(q["processed"]) == {"1m", "5m", "15m"}


def test_queues_table_and_worker_heartbeats(settings):  # type: ignore[no-untyped-def]
    from db.session import privileged_session
    from jobs.ops.state import forget_worker, store_report
    from worker.process_stats import Report

    queue = f"opsw_{uuid.uuid4().hex[:8]}"
    minute = datetime.now(UTC).replace(second=0, microsecond=0)
    live = Report(
        "hostA:101", "hostA", 101, [queue], 8, 3, 40, 2, datetime.now(UTC), {(queue, minute): (7, 1)}
    )
    gone = Report("hostB:202", "hostB", 202, [queue], 4, 0, 9, 0, datetime.now(UTC), {})
    store_report(live)
    store_report(gone)
    with privileged_session() as s:
        s.execute(
            text(
                "UPDATE ops_workers SET heartbeat_at = now() - interval '5 minutes' WHERE worker_id = 'hostB:202'"
            )
        )
    try:
        payload = json.loads(CliRunner().invoke(main, ["queues", "--json"], catch_exceptions=False).stdout)
        workers = {w["worker_id"]: w for w in payload["workers"]}
        assert workers["hostA:101"]["busy"] == 3 and workers["hostA:101"]["threads"] == 8
        assert workers["hostA:101"]["stale"] is False
        assert workers["hostB:202"]["stale"] is True
    finally:
        forget_worker("hostA:101")
        forget_worker("hostB:202")
    from jobs.ops.state import throughput

    rates = throughput([queue])[queue]
    assert rates["processed"] == {"1m": 7, "5m": 7, "15m": 7}
    assert rates["failed"] == {"1m": 1, "5m": 1, "15m": 1}
    text_out = CliRunner().invoke(main, ["queues"], catch_exceptions=False).output
    assert "READY" in text_out and "WORKER" in text_out


def test_queues_json_on_rabbitmq_counts_what_the_test_built(settings):  # type: ignore[no-untyped-def]
    from dramatiq.brokers.rabbitmq import RabbitmqBroker

    prefix = f"t_{RUN_ID}_{uuid.uuid4().hex[:6]}_"
    queue = prefix + "pipeline"
    rabbit = RabbitmqBroker(url=RABBIT_URL, middleware=[])
    holder = None
    try:
        holder = build_state(rabbit, queue)
        channel = rabbit.channel
        wait_until(
            lambda: channel.queue_declare(queue + ".XQ", passive=True).method.message_count == 2,
            what="the nacked messages to reach the dead-letter queue",
        )
        env = {**os.environ, "BROKER_URL": RABBIT_URL, "OMS_QUEUE_PREFIX": prefix, "OMS_LOG_FORMAT": "json"}
        out = subprocess.run(
            [sys.executable, "-m", "cli", "queues", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        payload = json.loads(out.stdout)
        assert payload["broker"] == "rabbitmq"
        q = _queue_entry(payload, queue)
        # Passive declares count ready and dead; in flight needs the management API (None without it).
        assert (q["ready"], q["delayed"], q["dead"], q["in_flight"]) == (3, 2, 2, None)
        assert q["oldest_age_s"] is not None
        # Peeking at the head put it back: still three ready.
        again = json.loads(
            subprocess.run(
                [sys.executable, "-m", "cli", "queues", "--json"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            ).stdout
        )
        assert _queue_entry(again, queue)["ready"] == 3
    finally:
        if holder is not None:
            holder.close()
        channel = rabbit.channel
        for name in (
            queue,
            queue + ".DQ",
            queue + ".XQ",
            prefix + "maintenance",
            prefix + "maintenance.DQ",
            prefix + "maintenance.XQ",
        ):
            channel.queue_delete(name)
        rabbit.close()


def test_a_new_broker_connection_does_not_read_package_metadata(settings, monkeypatch):  # type: ignore[no-untyped-def]
    """redis-py 7 reads its version from the package metadata (about 1.3 ms) for each new connection
    unless the client names it; the ingress and the workers open one per concurrent Redis user."""
    import redis.utils

    from worker.broker import build_broker

    def unexpected(name: str) -> str:
        raise AssertionError(f"package metadata read for {name}")

    monkeypatch.setattr(redis.utils.metadata, "version", unexpected)
    client = build_broker(settings).client  # type: ignore[attr-defined]
    connection = client.connection_pool.make_connection()
    connection.disconnect()
