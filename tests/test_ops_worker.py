"""A real `oms worker` on Redis: pause and resume of its queue, dead letters listed, replayed and
purged from the broker, and its `/metrics` and `/healthz` endpoint."""

from __future__ import annotations

import json
import os
import uuid

import httpx
import pytest
from click.testing import CliRunner
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import delete, select, text

from cli.main import main
from db import models as m
from db.enums import OrderStatus, ProcessingStatus
from db.session import privileged_session, tenant_session
from jobs.pipeline.actors import start_pipeline
from jobs.queues import PIPELINE_QUEUE
from tests.processes import OmsProcess, free_port, wait_until
from tests.seed import insert_message


@pytest.fixture(scope="module")
def worker(settings, tmp_path_factory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("opsworker")
    port = free_port()
    env = {
        **os.environ,
        "OMS_WORKER_METRICS_PORT": str(port),
        "OMS_WORKER_METRICS_DIR": str(tmp / "metrics"),
        "OMS_WORKER_HEARTBEAT_SECONDS": "0.5",
        "OMS_PIPELINE_MODE": "fused",
        "OMS_LOG_FORMAT": "json",
    }
    proc = OmsProcess(["worker", "--processes", "1", "--threads", "2"], env, tmp / "worker.log")
    base = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        assert proc.proc.poll() is None, proc.output()[-3000:]
        try:
            return httpx.get(base + "/healthz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    try:
        wait_until(healthy, timeout=60, what="the worker's /healthz")
        yield proc, base
    finally:
        proc.stop()


def _status(tenant_id: uuid.UUID, message_id: uuid.UUID) -> ProcessingStatus | None:
    with tenant_session(tenant_id) as s:
        return s.scalar(select(m.Message.processing_status).where(m.Message.id == message_id))


def _heartbeats_after(worker_id_prefix: str, count: int) -> None:
    """Let the worker report `count` more heartbeats (observable time passing, no sleep)."""
    with privileged_session() as s:
        start = s.scalar(text("SELECT max(heartbeat_at) FROM ops_workers"))
    seen: set = set()

    def advanced() -> bool:
        with privileged_session() as s:
            latest = s.scalar(text("SELECT max(heartbeat_at) FROM ops_workers"))
        if latest is not None and (start is None or latest > start):
            seen.add(latest)
        return len(seen) >= count

    wait_until(advanced, timeout=30, what=f"{count} worker heartbeats")


def _queues_json() -> dict:
    result = CliRunner().invoke(main, ["queues", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _pipeline(payload: dict) -> dict:
    return next(q for q in payload["queues"] if q["name"] == PIPELINE_QUEUE)


def test_pause_holds_messages_and_resume_releases_them(worker, shop):  # type: ignore[no-untyped-def]
    proc, _ = worker
    runner = CliRunner()
    assert (
        runner.invoke(main, ["queues", "pause", PIPELINE_QUEUE]).stdout.strip() == f"paused {PIPELINE_QUEUE}"
    )
    try:
        wait_until(lambda: "queue_paused_consumer_idle" in proc.output(), what="the worker to see the pause")
        mid = insert_message(shop.id, "2 cases of coke zero 330ml and 5kg tomatoes")
        start_pipeline(mid, shop.id)  # what the ingress does after committing: it keeps accepting
        paused = _pipeline(_queues_json())
        assert paused["paused"] is True and paused["ready"] == 1
        _heartbeats_after("", 2)
        assert _status(shop.id, mid) == ProcessingStatus.RECEIVED
        assert _pipeline(_queues_json())["ready"] == 1
    finally:
        out = runner.invoke(main, ["queues", "resume", PIPELINE_QUEUE]).stdout.strip()
    assert out == f"resumed {PIPELINE_QUEUE}"
    wait_until(lambda: _status(shop.id, mid) == ProcessingStatus.PROCESSED, what="the message after resume")
    with privileged_session() as s:
        actions = s.execute(
            text("SELECT action, who FROM ops_audit WHERE target = :q ORDER BY id"), {"q": PIPELINE_QUEUE}
        ).all()
    assert [a for a, _ in actions][-2:] == ["queue.pause", "queue.resume"] and all(w for _, w in actions)


def test_dead_letters_listed_replayed_and_purged(worker, shop):  # type: ignore[no-untyped-def]
    with tenant_session(shop.id) as s:
        s.add(
            m.PiiDetectionRule(distributor_id=shop.id, name="bad rule", pii_type="SSN", pattern="(unclosed")
        )
    keep = insert_message(shop.id, "2 cases of coke zero 330ml")
    drop = insert_message(shop.id, "5kg tomatoes")
    start_pipeline(keep, shop.id)
    start_pipeline(drop, shop.id)
    runner = CliRunner()

    def dead() -> list[dict]:
        out = runner.invoke(
            main, ["dlq", "list", "--queue", PIPELINE_QUEUE, "--json"], catch_exceptions=False
        )
        return [d for d in json.loads(out.stdout) if d["message_id"] in (str(keep), str(drop))]

    rows = wait_until(lambda: len(dead()) == 2 and dead(), what="two dead letters in the broker")
    by_message = {r["message_id"]: r for r in rows}
    assert by_message[str(keep)]["status"] == "FAILED" and "bad rule" in by_message[str(keep)]["error"]
    assert by_message[str(keep)]["actor"] == "process_message"
    assert _pipeline(_queues_json())["dead"] >= 2
    drop_job, keep_job = by_message[str(drop)]["job_id"], by_message[str(keep)]["job_id"]

    declined = runner.invoke(main, ["dlq", "purge", drop_job, "--queue", PIPELINE_QUEUE], input="n\n")
    assert declined.exit_code == 1 and len(dead()) == 2
    purged = runner.invoke(main, ["dlq", "purge", drop_job, "--queue", PIPELINE_QUEUE, "--yes", "--json"])
    assert json.loads(purged.stdout) == {"purged": [drop_job]}
    shown = runner.invoke(main, ["dlq", "show", keep_job], catch_exceptions=False).stdout
    assert f"message_id:      {keep}" in shown and "status:          FAILED" in shown

    with tenant_session(shop.id) as s:
        s.execute(delete(m.PiiDetectionRule).where(m.PiiDetectionRule.distributor_id == shop.id))
    replayed = runner.invoke(
        main, ["dlq", "replay", keep_job, "--queue", PIPELINE_QUEUE], catch_exceptions=False
    )
    assert replayed.stdout.strip() == "replayed 1 dead letter(s)"
    wait_until(lambda: _status(shop.id, keep) == ProcessingStatus.PROCESSED, what="the replayed message")
    with tenant_session(shop.id) as s:
        order = s.scalars(select(m.Order).where(m.Order.source_message_id == keep)).one()
    assert order.status == OrderStatus.CONFIRMED
    assert dead() == []
    with privileged_session() as s:
        audit = s.execute(
            text("SELECT action, target, who FROM ops_audit WHERE action LIKE 'dlq.%' ORDER BY id")
        ).all()
    assert [(a, t) for a, t, _ in audit][-2:] == [
        ("dlq.purge", PIPELINE_QUEUE),
        ("dlq.replay", f"{PIPELINE_QUEUE}/{keep_job}"),
    ]


def test_worker_metrics_and_health(worker, shop):  # type: ignore[no-untyped-def]
    _, base = worker
    mid = insert_message(shop.id, "2 cases of coke zero 330ml and 5kg tomatoes")
    start_pipeline(mid, shop.id)
    wait_until(lambda: _status(shop.id, mid) == ProcessingStatus.PROCESSED, what="the message")

    def samples() -> dict[tuple[str, tuple], float]:
        body = httpx.get(base + "/metrics", timeout=5).text
        out = {}
        for family in text_string_to_metric_families(body):
            for sample in family.samples:
                out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
        return out

    def counted() -> dict | None:
        found = samples()
        key = ("dramatiq_messages_total", (("actor_name", "process_message"), ("queue_name", PIPELINE_QUEUE)))
        return found if found.get(key, 0) >= 1 else None

    found = wait_until(counted, what="dramatiq's message counter on /metrics")
    assert found[("oms_messages_processed_total", (("channel", "SMS"), ("intent", "ORDER")))] >= 1
    assert (
        found[("oms_orders_total", (("decision", "auto"), ("reason", "none"), ("status", "CONFIRMED")))] >= 1
    )
    for stage in ("detect_pii", "classify_intent", "match_products", "create_order", "analyse", "record"):
        assert found[("oms_stage_duration_seconds_count", (("stage", stage),))] >= 1, stage
    assert any(name == "dramatiq_message_duration_milliseconds_count" for name, _ in found)
    health = httpx.get(base + "/healthz", timeout=5)
    assert health.status_code == 200 and health.json()["status"] == "ok"


def test_pause_and_resume_on_rabbitmq(settings, shop, tmp_path):  # type: ignore[no-untyped-def]
    """The same lever on RabbitMQ, where a paused consumer is cancelled (the server requeues what it
    had pushed) and the connection keeps serving heartbeats and acks until resume."""
    from dramatiq.brokers.rabbitmq import RabbitmqBroker
    from dramatiq.message import Message

    from tests.conftest import RUN_ID

    rabbit_url = "amqp://guest:guest@127.0.0.1:5672/%2F"
    prefix = f"t_{RUN_ID}_{uuid.uuid4().hex[:6]}_"
    queue = prefix + "pipeline"
    env = {
        **os.environ,
        "BROKER_URL": rabbit_url,
        "OMS_QUEUE_PREFIX": prefix,
        "OMS_WORKER_METRICS_PORT": "0",
        "OMS_WORKER_METRICS_DIR": str(tmp_path / "metrics"),
        "OMS_WORKER_HEARTBEAT_SECONDS": "0.5",
        "OMS_PIPELINE_MODE": "fused",
    }
    runner = CliRunner()
    assert runner.invoke(main, ["queues", "pause", queue]).stdout.strip() == f"paused {queue}"
    rabbit = RabbitmqBroker(url=rabbit_url, middleware=[])
    proc = OmsProcess(["worker", "--processes", "1", "--threads", "2"], env, tmp_path / "rabbit-worker.log")
    try:
        wait_until(
            lambda: "queue_paused_consumer_idle" in proc.output(), timeout=60, what="the paused consumer"
        )
        mid = insert_message(shop.id, "2 cases of coke zero 330ml and 5kg tomatoes")
        rabbit.declare_queue(queue, ensure=True)
        rabbit.enqueue(
            Message(
                queue_name=queue,
                actor_name="process_message",
                args=(str(mid), str(shop.id)),
                kwargs={},
                options={},
            )
        )
        _heartbeats_after("", 2)
        assert _status(shop.id, mid) == ProcessingStatus.RECEIVED
        assert rabbit.channel.queue_declare(queue, passive=True).method.message_count == 1
    finally:
        runner.invoke(main, ["queues", "resume", queue])
    try:
        wait_until(
            lambda: _status(shop.id, mid) == ProcessingStatus.PROCESSED,
            timeout=60,
            what="the message after resume",
        )
    finally:
        proc.stop()
        channel = rabbit.channel
        for suffix in ("pipeline", "maintenance"):
            for tail in ("", ".DQ", ".XQ"):
                channel.queue_delete(prefix + suffix + tail)
        rabbit.close()
