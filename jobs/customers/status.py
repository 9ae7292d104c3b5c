"""Customer statuses: the set-based recompute per batch of tenants, and the listing behind the CLI.

The rules live in one SQL function (`oms_customer_status_for`, migration 0008), from each customer's
rhythm (`order_gaps`, `usual_order_gap`), which the orders trigger keeps in each order's transaction;
a new order also sets the customer ORDERING there. So the recompute only handles the passage of time:
one UPDATE per batch of tenants that writes only the rows whose status changes (each audited by the
customers trigger) and emits `customer.status_changed` to subscribed endpoints.

Defaults, overridable per distributor in `distributors.settings -> 'customer_status'`:
`ordering_multiplier` 1.5, `ordering_floor_days` 7, `at_risk_multiplier` 3, `at_risk_floor_days` 45,
`single_order_ordering_days` 30, `single_order_at_risk_days` 60. Days are counted in the
distributor's timezone.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import structlog
from sqlalchemy import text

from db.enums import CustomerStatus
from db.session import privileged_session, tenant_session

log = structlog.get_logger("oms.customers")

STATUS_SETTINGS_DEFAULTS: dict[str, Decimal] = {
    "ordering_multiplier": Decimal("1.5"),
    "ordering_floor_days": Decimal(7),
    "at_risk_multiplier": Decimal(3),
    "at_risk_floor_days": Decimal(45),
    "single_order_ordering_days": Decimal(30),
    "single_order_at_risk_days": Decimal(60),
}


@dataclass(frozen=True)
class RecomputeResult:
    changed: int
    events: int


@dataclass(frozen=True)
class CustomerStatusRow:
    id: uuid.UUID
    business_name: str
    customer_code: str
    status: CustomerStatus
    last_order_day: date | None
    days_since_last_order: int | None
    usual_gap_days: Decimal | None
    total_orders: int

    def as_dict(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "business_name": self.business_name,
            "customer_code": self.customer_code,
            "status": self.status.value,
            "last_order_date": self.last_order_day.isoformat() if self.last_order_day else None,
            "days_since_last_order": self.days_since_last_order,
            "usual_gap_days": None if self.usual_gap_days is None else float(self.usual_gap_days),
            "total_orders": self.total_orders,
        }


def recompute_statuses(
    tenant_ids: Sequence[uuid.UUID | str], now: datetime | None = None, *, emit: bool = True
) -> RecomputeResult:
    """Statuses of every customer of these tenants as of `now` (default: the database's now)."""
    ids = [str(t) for t in tenant_ids]
    with privileged_session() as s:
        row = s.execute(
            text(
                "SELECT changed, events FROM "
                "oms_recompute_customer_statuses(CAST(:ids AS uuid[]), coalesce(:now, now()), :emit)"
            ),
            {"ids": ids, "now": now, "emit": emit},
        ).one()
    result = RecomputeResult(int(row.changed), int(row.events))
    if result.changed:
        log.info("customer_statuses_changed", tenants=len(ids), changed=result.changed, events=result.events)
    return result


def rebuild_rhythm(tenant_ids: Sequence[uuid.UUID | str]) -> int:
    """Rebuild the customers' rhythm from their orders (repair, bulk loads); returns rows written."""
    with privileged_session() as s:
        return int(
            s.execute(
                text("SELECT oms_rebuild_customer_rhythm(CAST(:ids AS uuid[]))"),
                {"ids": [str(t) for t in tenant_ids]},
            ).scalar_one()
        )


_LIST = """
SELECT c.id, c.business_name, c.customer_code, c.status,
       (c.last_order_at AT TIME ZONE d.timezone)::date AS last_order_day,
       (now() AT TIME ZONE d.timezone)::date - (c.last_order_at AT TIME ZONE d.timezone)::date AS days_since,
       c.usual_order_gap, c.total_orders
FROM customers c JOIN distributors d ON d.id = c.distributor_id
WHERE (CAST(:status AS customer_status) IS NULL OR c.status = CAST(:status AS customer_status))
ORDER BY c.last_order_at DESC NULLS LAST, c.business_name
LIMIT :limit
"""


def list_customers(
    distributor_id: uuid.UUID, status: CustomerStatus | None = None, limit: int = 1000
) -> list[CustomerStatusRow]:
    """The tenant's customers (row-level security walls the query), most recent orderers first."""
    with tenant_session(distributor_id) as s:
        rows = s.execute(text(_LIST), {"status": status.value if status else None, "limit": limit}).all()
    return [CustomerStatusRow(r[0], r[1], r[2], CustomerStatus(r[3]), r[4], r[5], r[6], r[7]) for r in rows]
