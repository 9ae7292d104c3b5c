"""The system's gauges and counters outside the worker's pipeline (which tests/test_ops_worker.py reads
from a real worker's /metrics): the ingress's ops gauges read from a broker state and database rows the
test built (queue depth by state, oldest age, review backlog, AI budget used), and the scheduler's job
runs and durations from a real APScheduler running jobs. Parsed with prometheus_client's parser."""

from __future__ import annotations

import uuid
from decimal import Decimal

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from db.enums import AgentType, OrderStatus
from db.session import privileged_session, tenant_session
from jobs.pipeline import actors as pipeline
from tests.broker_state import build_state, drop_redis_queue
from tests.processes import wait_until
from tests.seed import insert_message, order_for


def _samples(registry: CollectorRegistry) -> dict[tuple[str, tuple], float]:
    body = generate_latest(registry).decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body)
        for s in family.samples
    }


def test_ingress_ops_gauges_read_the_broker_and_the_database(shop):  # type: ignore[no-untyped-def]
    from jobs.ai.metering import record_usage
    from jobs.ai.providers import AIUsage
    from jobs.ops.collector import OpsCollector
    from worker.broker import broker

    queue = f"opsm_{uuid.uuid4().hex[:8]}"
    holder = build_state(broker, queue)
    try:
        mid = insert_message(shop.id, "3 boxes of dragon fruit")
        pipeline.run_pipeline_inline(mid, shop.id)
        assert order_for(shop.id, mid)[0].status == OrderStatus.REVIEW
        with privileged_session() as s:
            s.execute(
                text("UPDATE distributors SET monthly_ai_budget_usd = 10 WHERE id = :d"), {"d": shop.id}
            )
        with tenant_session(shop.id) as s:
            usage = AIUsage("openai", "gpt-4o-mini", 1000, 200, Decimal(250), 40)
            record_usage(s, shop.id, AgentType.MESSAGE_ANALYSIS, usage)

        registry = CollectorRegistry()
        registry.register(OpsCollector())
        found = _samples(registry)
    finally:
        holder.close()
        drop_redis_queue(broker, queue)

    def depth(state: str) -> float:
        return found[("oms_queue_messages", (("queue", queue), ("state", state)))]

    assert [depth(s) for s in ("ready", "delayed", "in_flight", "dead")] == [3, 2, 1, 2]
    assert found[("oms_queue_oldest_message_age_seconds", (("queue", queue),))] >= 0
    tenant = (("tenant", str(shop.id)),)
    assert found[("oms_review_backlog_orders", tenant)] == 1
    assert found[("oms_ai_budget_used_ratio", tenant)] == 0.25  # $2.50 of $10


def test_scheduler_job_runs_and_durations_are_counted(settings):  # type: ignore[no-untyped-def]
    from apscheduler.schedulers.background import BackgroundScheduler
    from prometheus_client import REGISTRY

    from scheduler import health

    job = f"probe_{uuid.uuid4().hex[:6]}"

    def fails() -> None:
        raise RuntimeError("the job's own failure")

    def runs(outcome: str) -> float:
        return (
            REGISTRY.get_sample_value("oms_scheduler_job_runs_total", {"job": job, "outcome": outcome}) or 0
        )

    scheduler = BackgroundScheduler(timezone="UTC")
    health.watch(scheduler)
    scheduler.start()
    try:
        scheduler.add_job(lambda: None, id=job)  # no trigger: runs once, now
        wait_until(lambda: runs("ok") == 1, what="the job's run to be counted")
        scheduler.add_job(fails, id=job)
        wait_until(lambda: runs("error") == 1, what="the failed run to be counted")
    finally:
        scheduler.shutdown(wait=True)
    durations = REGISTRY.get_sample_value("oms_scheduler_job_duration_seconds_count", {"job": job})
    assert durations == 2


def test_ops_page_panels_of_webhook_endpoints_and_recent_errors(shop):  # type: ignore[no-untyped-def]
    """The figures behind two of /ops's panels (the browser test drives the queue and dead-letter ones)."""
    from ingress.ops import _errors_section, _webhooks_section
    from jobs.ops import overview

    live, gone = uuid.uuid4(), uuid.uuid4()
    with privileged_session() as s:
        s.execute(
            text(
                "INSERT INTO webhook_endpoints (id, distributor_id, url, is_active, disabled_at) VALUES "
                "(:live, :d, 'https://erp.example.com/hook', true, NULL), "
                "(:gone, :d, 'https://old.example.com/hook', false, now())"
            ),
            {"live": live, "gone": gone, "d": shop.id},
        )
        s.execute(
            text(
                "INSERT INTO webhook_deliveries (distributor_id, endpoint_id, event_id, event_type, status, "
                "response_status_code, delivered_at) SELECT :d, :e, 'ev' || g, 'order.created', "
                "CASE WHEN g = 1 THEN 'FAILED'::delivery_status ELSE 'SUCCESS'::delivery_status END, "
                "CASE WHEN g = 1 THEN 500 ELSE 200 END, CASE WHEN g > 1 THEN now() END "
                "FROM generate_series(1, 4) g"
            ),
            {"d": shop.id, "e": live},
        )
        s.execute(
            text(
                "INSERT INTO ai_errors (distributor_id, stage, error_type, error_message) "
                "VALUES (:d, 'detect_pii', 'PermanentError', 'tenant PII rule is invalid')"
            ),
            {"d": shop.id},
        )
    endpoints = {e.endpoint_id: e for e in overview.webhook_endpoints()}
    assert (endpoints[str(live)].deliveries_24h, endpoints[str(live)].failure_rate) == (4, 0.25)
    assert endpoints[str(gone)].active is False and endpoints[str(gone)].disabled_at is not None
    html = _webhooks_section([endpoints[str(live)], endpoints[str(gone)]])
    assert "25%" in html and "erp.example.com" in html and "disabled" in html
    ours = [e for e in overview.recent_errors(50) if e.tenant == shop.name]
    assert [(e.stage, e.error_type) for e in ours] == [("detect_pii", "PermanentError")]
    assert "tenant PII rule is invalid" in _errors_section(ours, [])
