"""Scheduled housekeeping: AI budget alerts once a month, expiries, retention purges that keep records,
and a message whose enqueue was lost processed after a sweep run by a real worker."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from cli.main import main
from db import models as m
from db.enums import ProcessingStatus
from db.session import privileged_session, tenant_session
from jobs.ai.budget_alerts import send_budget_alerts
from jobs.housekeeping.expiry import expire_invitations, expire_sessions
from jobs.housekeeping.purge import purge, retention
from tests.factories import seed_every_table
from tests.processes import start_worker, wait_until
from tests.seed import insert_message
from worker.settings import SettingsError


def _spend(tenant_id: uuid.UUID, cents: int, day: str) -> None:
    with tenant_session(tenant_id) as s:
        s.execute(
            text(
                "INSERT INTO ai_usage_metrics (distributor_id, date, hour, provider, model, agent_type, cost_cents) "
                "VALUES (:d, :day, 10, 'openai', 'gpt-4o-mini', 'ORDER_PROCESSING', :c)"
            ),
            {"d": tenant_id, "day": day, "c": cents},
        )


def _events(tenant_id: uuid.UUID, prefix: str) -> list[tuple[str, str]]:
    with tenant_session(tenant_id) as s:
        rows = s.execute(
            text(
                "SELECT event_type, payload->'data'->>'month' FROM webhook_deliveries "
                "WHERE event_type LIKE :p ORDER BY created_at, event_type DESC"
            ),
            {"p": prefix + "%"},
        ).all()
    return [(r[0], r[1]) for r in rows]


def test_budget_alerts_at_80_and_100_percent_once_per_tenant_per_month(tenant, other_tenant):  # type: ignore[no-untyped-def]
    for t in (tenant, other_tenant):
        with tenant_session(t.id) as s:
            s.add(m.WebhookEndpoint(distributor_id=t.id, url="https://hooks.example.test/b", events=["*"]))
    ids = [str(tenant.id), str(other_tenant.id)]  # both have a $50 budget
    nov = datetime(2026, 11, 20, tzinfo=UTC)
    _spend(tenant.id, 3900, "2026-11-02")
    _spend(tenant.id, 9000, "2026-10-30")  # last month does not count
    assert send_budget_alerts(ids, nov) == 0  # $39 of $50
    _spend(tenant.id, 200, "2026-11-19")
    assert send_budget_alerts(ids, nov) == 1 and send_budget_alerts(ids, nov) == 0  # $41: the warning, once
    _spend(tenant.id, 1000, "2026-11-20")
    assert send_budget_alerts(ids, nov) == 1  # $51: exceeded
    assert send_budget_alerts(ids, datetime(2026, 12, 1, tzinfo=UTC)) == 0  # a new month starts from zero
    assert _events(tenant.id, "ai.budget") == [
        ("ai.budget_warning", "2026-11-01"),
        ("ai.budget_exceeded", "2026-11-01"),
    ]
    assert _events(other_tenant.id, "ai.budget") == []


def test_expired_invitations_and_sessions(tenant):  # type: ignore[no-untyped-def]
    with privileged_session() as s:
        seed_every_table(s, tenant.id)
        s.execute(
            text(
                "INSERT INTO user_invitations (distributor_id, email, invitation_token, expires_at) "
                "VALUES (:d, 'late@example.test', 'tok-late', now() - interval '1 day')"
            ),
            {"d": tenant.id},
        )
        s.execute(
            text("UPDATE user_sessions SET expires_at = now() - interval '1 hour' WHERE distributor_id = :d"),
            {"d": tenant.id},
        )
    ids = [str(tenant.id)]
    assert expire_invitations(ids) == 1 and expire_invitations(ids) == 0
    assert expire_sessions(ids) == 1 and expire_sessions(ids) == 0
    with tenant_session(tenant.id) as s:
        tokens = set(s.execute(text("SELECT invitation_token FROM user_invitations")).scalars())
        ended = s.execute(text("SELECT ended_at = expires_at FROM user_sessions")).scalar_one()
    assert "tok-late" not in tokens and any(t.startswith("expired-") for t in tokens) and len(tokens) == 2
    assert ended is True


def test_purge_drops_old_bulk_and_keeps_records(tenant):  # type: ignore[no-untyped-def]
    with privileged_session() as s:
        ids = seed_every_table(s, tenant.id)
        s.execute(text("SET LOCAL session_replication_role = replica"))  # age the rows as they are
        s.execute(
            text(
                "UPDATE webhook_deliveries SET response_body = 'ok', created_at = now() - interval '40 days' "
                "WHERE distributor_id = :d"
            ),
            {"d": tenant.id},
        )
        s.execute(
            text(
                "UPDATE webhook_delivery_attempts SET response_body = 'err', "
                "attempted_at = now() - interval '40 days' WHERE distributor_id = :d"
            ),
            {"d": tenant.id},
        )
        s.execute(
            text("UPDATE messages SET created_at = now() - interval '200 days' WHERE distributor_id = :d"),
            {"d": tenant.id},
        )
        s.execute(
            text(
                "UPDATE ai_responses SET output = '{\"intent\": \"ORDER\"}', created_at = now() - interval '200 days' "
                "WHERE distributor_id = :d"
            ),
            {"d": tenant.id},
        )
        s.execute(
            text("UPDATE orders SET created_at = now() - interval '10 years' WHERE distributor_id = :d"),
            {"d": tenant.id},
        )
        before = {
            t: s.execute(
                text(f"SELECT count(*) FROM {t} WHERE distributor_id = :d"), {"d": tenant.id}
            ).scalar_one()
            for t in ("orders", "messages", "data_access_audit", "ai_responses", "webhook_delivery_attempts")
        }
    done = purge([str(tenant.id)])
    assert done["webhook_response_bodies"] == 1 and done["webhook_attempt_bodies"] == 1
    assert done["ai_response_outputs"] >= 1
    assert done["pii_detection_results"] >= 1
    with privileged_session() as s:
        after = {
            t: s.execute(
                text(f"SELECT count(*) FROM {t} WHERE distributor_id = :d"), {"d": tenant.id}
            ).scalar_one()
            for t in before
        }
        assert (
            s.execute(
                text(
                    "SELECT count(*) FROM webhook_delivery_attempts WHERE distributor_id = :d AND response_body IS NULL"
                ),
                {"d": tenant.id},
            ).scalar_one()
            == 1
        )  # the attempt stays, its body goes
        assert (
            s.execute(
                text("SELECT count(*) FROM pii_detection_results WHERE message_id = :m"),
                {"m": ids["message"]},
            ).scalar_one()
            == 0
        )
    assert after == before  # records stay: orders, messages, the audit trail, AI costs
    assert purge([str(tenant.id)]) == {k: 0 for k in done}


def test_retention_is_configurable(settings):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    custom = retention(replace(settings, retention_days="ai_response_outputs=off, scheduler_runs=7"))
    assert custom["ai_response_outputs"] is None and custom["scheduler_runs"] == 7
    assert custom["webhook_response_bodies"] == 30
    for bad in ("orders=30", "scheduler_runs=soon"):
        with pytest.raises(SettingsError, match="OMS_RETENTION_DAYS"):
            retention(replace(settings, retention_days=bad))


def test_a_lost_enqueue_is_processed_after_a_scheduled_sweep(shop, settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")  # committed; nothing sent to the broker
    with privileged_session() as s:
        s.execute(text("SET LOCAL session_replication_role = replica"))
        s.execute(
            text("UPDATE messages SET updated_at = now() - interval '10 minutes' WHERE id = :id"), {"id": mid}
        )
    sent = CliRunner().invoke(main, ["run-job", "sweep_stalled_messages", "--enqueue"])
    assert sent.exit_code == 0, sent.output
    worker = start_worker(dict(os.environ), tmp_path)
    try:

        def processed() -> bool:
            with tenant_session(shop.id) as s:
                return s.get(m.Message, mid).processing_status == ProcessingStatus.PROCESSED

        wait_until(processed, timeout=60, what="the swept message to be processed")
        with privileged_session() as s:
            outcome = s.execute(
                text(
                    "SELECT outcome FROM scheduler_runs WHERE job_id = 'sweep_stalled_messages' "
                    "ORDER BY scheduled_for DESC LIMIT 1"
                )
            ).scalar_one()
        assert outcome == "succeeded"  # the worker counted the batch into the slot
    finally:
        worker.stop()
