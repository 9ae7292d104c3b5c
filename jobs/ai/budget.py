"""The monthly AI budget: what a tenant has spent this month, and whether it may make another paid call."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session


def month_to_date_cost_usd(session: Session, at: datetime | None = None) -> Decimal:
    """The session tenant's AI spend this calendar month (UTC), in dollars."""
    when = (at or datetime.now(UTC)).astimezone(UTC)
    cents = session.execute(
        text(
            "SELECT coalesce(sum(cost_cents), 0) FROM ai_usage_metrics WHERE date >= :start AND date <= :today"
        ),
        {"start": when.date().replace(day=1), "today": when.date()},
    ).scalar_one()
    return (Decimal(cents) / 100).quantize(Decimal("0.0001"))


def budget_exceeded(spent_usd: Decimal, budget_usd: Decimal) -> bool:
    """True when a tenant may not make another paid AI call this month: it has spent its whole budget, or
    its budget is 0 (AI disabled). A negative budget is treated as 0."""
    if budget_usd <= 0:
        return True
    return spent_usd >= budget_usd
