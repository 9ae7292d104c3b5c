"""The usage report behind `oms usage`: spend, requests, attempts, tokens, error rate and budget left.

Sums are exact (cents with 10 places in the database); they are rounded once, here, where they are
reported: dollars to 6 places. The month's spend includes what attempts spent under a process's open
budget lease (jobs/ai/leases.py), which the month row counts only when the lease closes; what is
reserved is then the rest of the lease. Requests are logical calls (one per message analysed), attempts are HTTP
requests sent (retries included: what a rate quota counts), errors are failed attempts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import text

from db.session import privileged_session

USD_PLACES = Decimal("0.000001")

_REPORT = """
SELECT u.distributor_id, d.name, {key} AS key,
       sum(u.requests_count) AS requests, sum(u.attempts_count) AS attempts, sum(u.error_count) AS errors,
       sum(u.tokens_used) AS tokens, sum(u.prompt_tokens) AS prompt, sum(u.completion_tokens) AS completion,
       sum(u.cost_cents) AS cost_cents, d.monthly_ai_budget_usd AS budget_usd,
       coalesce(b.spent_cents, 0) + coalesce(l.spent, 0) AS month_spent_cents,
       coalesce(b.reserved_cents, 0) - coalesce(l.spent, 0) AS reserved_cents
FROM ai_usage_metrics u
JOIN distributors d ON d.id = u.distributor_id
LEFT JOIN ai_budget_months b ON b.distributor_id = u.distributor_id AND b.month = :month
LEFT JOIN (SELECT distributor_id, sum(spent_cents) AS spent FROM ai_budget_reservations
           WHERE lease AND month = :month GROUP BY distributor_id) l ON l.distributor_id = u.distributor_id
WHERE u.date >= :month AND u.date < :next AND (CAST(:tenant AS uuid) IS NULL OR u.distributor_id = :tenant)
GROUP BY u.distributor_id, d.name, {key}, d.monthly_ai_budget_usd, b.spent_cents, b.reserved_cents, l.spent
ORDER BY d.name, u.distributor_id, {key}
"""
KEYS = {
    "tenant": "CAST('' AS text)",
    "day": "to_char(u.date, 'YYYY-MM-DD')",
    "model": "u.provider || ':' || u.model",
}


def usd(cents: Decimal) -> Decimal:
    """Cents as dollars, rounded once for reporting."""
    return (Decimal(cents) / 100).quantize(USD_PLACES, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class UsageRow:
    distributor_id: uuid.UUID
    name: str
    key: str  # the day or provider:model, or '' for the tenant's month
    requests: int
    attempts: int
    errors: int
    tokens: int
    prompt_tokens: int
    completion_tokens: int
    spend_usd: Decimal
    budget_usd: Decimal
    budget_left_usd: Decimal
    reserved_usd: Decimal

    @property
    def error_rate(self) -> float:
        """Failed attempts per attempt (a local analysis makes no attempt and never fails)."""
        return self.errors / self.attempts if self.attempts else 0.0

    def as_json(self) -> dict[str, object]:
        return {
            "distributor_id": str(self.distributor_id),
            "name": self.name,
            "key": self.key,
            "requests": self.requests,
            "attempts": self.attempts,
            "errors": self.errors,
            "error_rate": round(self.error_rate, 4),
            "tokens": self.tokens,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "spend_usd": str(self.spend_usd),
            "budget_usd": str(self.budget_usd),
            "budget_left_usd": str(self.budget_left_usd),
            "reserved_usd": str(self.reserved_usd),
        }


def usage_report(month: date, by: str = "tenant", tenant: uuid.UUID | None = None) -> list[UsageRow]:
    """One row per tenant (and day or model) with usage in `month` (its first day, UTC)."""
    nxt = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    sql = text(_REPORT.format(key=KEYS[by]))
    with privileged_session() as s:
        rows = s.execute(sql, {"month": month, "next": nxt, "tenant": tenant}).all()
    out = []
    for r in rows:
        budget = Decimal(r.budget_usd)
        month_spent = Decimal(r.month_spent_cents)
        out.append(
            UsageRow(
                r.distributor_id,
                r.name,
                r.key,
                int(r.requests),
                int(r.attempts),
                int(r.errors),
                int(r.tokens),
                int(r.prompt),
                int(r.completion),
                usd(r.cost_cents),
                budget,
                max(Decimal(0), budget - Decimal(month_spent) / 100).quantize(
                    USD_PLACES, rounding=ROUND_HALF_UP
                ),
                usd(r.reserved_cents),
            )
        )
    return out
