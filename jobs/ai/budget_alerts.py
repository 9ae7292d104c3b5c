"""`ai.budget_warning` at 80% and `ai.budget_exceeded` at 100% of a tenant's monthly AI budget.

Month-to-date spend is summed as the budget check sums it (jobs/ai/budget.py: calendar month, UTC).
Each alert is a row of `ai_budget_alerts` (tenant, month, level) inserted at most once, and the event
is recorded only with the row that was inserted: once per tenant per month per level, whichever
worker or retry gets there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import structlog
from sqlalchemy import text

from db.session import privileged_session

log = structlog.get_logger("oms.budget_alerts")
WARNING_SHARE = 0.8

_ALERTS = text(
    """
    WITH spend AS (
      SELECT d.id, d.monthly_ai_budget_usd AS budget, d.currency,
             (SELECT coalesce(sum(m.cost_cents), 0) / 100 FROM ai_usage_metrics m
              WHERE m.distributor_id = d.id AND m.date >= :month AND m.date <= :today) AS spend
      FROM distributors d
      WHERE d.id = ANY(CAST(:ids AS uuid[])) AND d.monthly_ai_budget_usd > 0
    ), reached AS (
      SELECT s.*, l.level FROM spend s
      CROSS JOIN (VALUES ('warning', CAST(:warn AS numeric)), ('exceeded', 1.0)) AS l(level, share)
      WHERE s.spend >= s.budget * l.share
    ), inserted AS (
      INSERT INTO ai_budget_alerts (distributor_id, month, level, spend_usd, budget_usd)
      SELECT id, :month, level, spend, budget FROM reached
      ON CONFLICT (distributor_id, month, level) DO NOTHING
      RETURNING distributor_id, level, spend_usd, budget_usd
    ), events AS (
      SELECT oms_record_tenant_events(jsonb_agg(jsonb_build_object(
        'distributor_id', i.distributor_id,
        'event_id', 'evt_' || md5('ai.budget_' || i.level || ':' || i.distributor_id || ':' || :month),
        'event_type', 'ai.budget_' || i.level,
        'payload', jsonb_build_object(
          'id', 'evt_' || md5('ai.budget_' || i.level || ':' || i.distributor_id || ':' || :month),
          'type', 'ai.budget_' || i.level,
          'timestamp', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'),
          'data', jsonb_build_object(
            'distributor_id', i.distributor_id, 'month', :month, 'spend_usd', i.spend_usd,
            'budget_usd', i.budget_usd, 'share', round(i.spend_usd / i.budget_usd, 4)))))) AS done
      FROM inserted i HAVING count(*) > 0
    )
    SELECT (SELECT count(*) FROM inserted) AS alerts, (SELECT count(*) FROM events) AS recorded
    """
)


def send_budget_alerts(tenant_ids: Sequence[str], now: datetime | None = None) -> int:
    """Record the alerts newly reached this month for these tenants; returns how many."""
    when = (now or datetime.now(UTC)).astimezone(UTC)
    params = {
        "ids": list(tenant_ids),
        "month": when.date().replace(day=1).isoformat(),
        "today": when.date().isoformat(),
        "warn": WARNING_SHARE,
    }
    with privileged_session() as s:
        alerts = int(s.execute(_ALERTS, params).one().alerts)
    if alerts:
        log.warning("ai_budget_alerts", count=alerts)
    return alerts
