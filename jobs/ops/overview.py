"""Cross-tenant figures for the ops page and the ingress's Prometheus gauges: review backlog, AI spend
against budget, webhook endpoint health and recent errors. Read as the owner on purpose (an operator
looks across tenants); only counts, names, ids and error summaries leave, never message content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from urllib.parse import urlsplit

from sqlalchemy import text

from db.session import privileged_session


@dataclass(frozen=True)
class ReviewBacklog:
    distributor_id: str
    tenant: str
    waiting: int
    oldest_age_s: float | None


@dataclass(frozen=True)
class Spend:
    distributor_id: str
    tenant: str
    spent_usd: Decimal
    budget_usd: Decimal

    @property
    def ratio(self) -> float:
        return (
            float(self.spent_usd / self.budget_usd)
            if self.budget_usd > 0
            else (1.0 if self.spent_usd else 0.0)
        )


@dataclass(frozen=True)
class EndpointHealth:
    endpoint_id: str
    tenant: str
    host: str
    active: bool
    disabled_at: datetime | None
    deliveries_24h: int
    failed_24h: int

    @property
    def failure_rate(self) -> float:
        return self.failed_24h / self.deliveries_24h if self.deliveries_24h else 0.0


@dataclass(frozen=True)
class RecentError:
    at: datetime
    tenant: str
    stage: str
    error_type: str
    summary: str
    message_id: str | None


def review_backlog() -> list[ReviewBacklog]:
    with privileged_session() as s:
        rows = s.execute(
            text(
                "SELECT d.id, d.name, count(o.id), extract(epoch FROM now() - min(o.created_at)) "
                "FROM orders o JOIN distributors d ON d.id = o.distributor_id "
                "WHERE o.status = 'REVIEW' GROUP BY d.id, d.name ORDER BY count(o.id) DESC LIMIT 100"
            )
        ).all()
    return [
        ReviewBacklog(str(r[0]), r[1], int(r[2]), float(r[3]) if r[3] is not None else None) for r in rows
    ]


def spend(at: datetime | None = None) -> list[Spend]:
    """Every active tenant's AI spend this calendar month (UTC) against its monthly budget."""
    when = (at or datetime.now(UTC)).astimezone(UTC)
    with privileged_session() as s:
        rows = s.execute(
            text(
                "SELECT d.id, d.name, coalesce(sum(u.cost_cents), 0) / 100, d.monthly_ai_budget_usd "
                "FROM distributors d LEFT JOIN ai_usage_metrics u ON u.distributor_id = d.id "
                "AND u.date >= :start AND u.date <= :today WHERE d.is_active "
                "GROUP BY d.id, d.name, d.monthly_ai_budget_usd ORDER BY 3 DESC, d.name LIMIT 200"
            ),
            {"start": when.date().replace(day=1), "today": when.date()},
        ).all()
    return [Spend(str(r[0]), r[1], Decimal(r[2]).quantize(Decimal("0.01")), Decimal(r[3])) for r in rows]


def webhook_endpoints() -> list[EndpointHealth]:
    with privileged_session() as s:
        rows = s.execute(
            text(
                "SELECT e.id, d.name, e.url, e.is_active, e.disabled_at, "
                "count(w.id), count(w.id) FILTER (WHERE w.status = 'FAILED' OR w.response_status_code >= 400 "
                "OR (w.error IS NOT NULL AND w.status <> 'SUCCESS')) "
                "FROM webhook_endpoints e JOIN distributors d ON d.id = e.distributor_id "
                "LEFT JOIN webhook_deliveries w ON w.endpoint_id = e.id AND w.created_at > now() - interval '24 hours' "
                "GROUP BY e.id, d.name ORDER BY e.is_active, 7 DESC LIMIT 100"
            )
        ).all()
    return [
        EndpointHealth(
            str(r[0]), r[1], urlsplit(r[2]).hostname or "?", bool(r[3]), r[4], int(r[5]), int(r[6])
        )
        for r in rows
    ]


def recent_errors(limit: int = 15) -> list[RecentError]:
    with privileged_session() as s:
        rows = s.execute(
            text(
                "SELECT e.created_at, d.name, e.stage, e.error_type, e.error_message, e.message_id "
                "FROM ai_errors e JOIN distributors d ON d.id = e.distributor_id "
                "ORDER BY e.created_at DESC LIMIT :n"
            ),
            {"n": limit},
        ).all()
    return [
        RecentError(r[0], r[1], r[2], r[3], (r[4] or "")[:160], str(r[5]) if r[5] else None) for r in rows
    ]
