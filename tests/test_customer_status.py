"""Customer statuses from ordering behaviour, with controlled time: each rule, per-tenant settings,
timezones, the order trigger, the recompute writing only changes, events and the CLI listing."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from cli.main import main
from db.session import privileged_session, tenant_session
from jobs.customers.status import RecomputeResult, list_customers, recompute_statuses

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _customer(tenant_id: uuid.UUID, name: str = "Bella Napoli") -> uuid.UUID:
    with tenant_session(tenant_id) as s:
        return s.execute(
            text(
                "INSERT INTO customers (distributor_id, business_name, customer_code) "
                "VALUES (:d, :n, :c) RETURNING id"
            ),
            {"d": tenant_id, "n": name, "c": uuid.uuid4().hex[:10]},
        ).scalar_one()


def _order(tenant_id: uuid.UUID, customer: uuid.UUID, at: datetime, status: str = "CONFIRMED") -> uuid.UUID:
    with tenant_session(tenant_id) as s:
        return s.execute(
            text(
                "INSERT INTO orders (distributor_id, customer_id, status, total_amount, created_at) "
                "VALUES (:d, :c, CAST(:s AS order_status), 10, :at) RETURNING id"
            ),
            {"d": tenant_id, "c": customer, "s": status, "at": at},
        ).scalar_one()


def _weekly(tenant_id: uuid.UUID, customer: uuid.UUID, last: datetime, count: int = 12) -> None:
    for k in reversed(range(count)):
        _order(tenant_id, customer, last - timedelta(days=7 * k))


def _state(customer: uuid.UUID) -> dict[str, Any]:
    with privileged_session() as s:
        row = s.execute(
            text("SELECT status, order_gaps, usual_order_gap FROM customers WHERE id = :id"), {"id": customer}
        ).one()
    return {"status": row.status, "gaps": list(row.order_gaps), "usual": row.usual_order_gap}


def _status_at(tenant_id: uuid.UUID, customer: uuid.UUID, now: datetime) -> str:
    recompute_statuses([tenant_id], now)
    return str(_state(customer)["status"])


def _settings(tenant_id: uuid.UUID, **values: Any) -> None:
    with privileged_session() as s:
        s.execute(
            text("UPDATE distributors SET settings = CAST(:s AS jsonb), timezone = :tz WHERE id = :d"),
            {
                "s": json.dumps({"customer_status": values.get("rules", {})}),
                "tz": values.get("tz", "UTC"),
                "d": tenant_id,
            },
        )


def test_no_order_is_no_orders_yet_and_a_first_order_is_ordering_at_once(tenant):  # type: ignore[no-untyped-def]
    c = _customer(tenant.id)
    assert _status_at(tenant.id, c, NOW) == "NO_ORDERS_YET"
    _order(tenant.id, c, NOW - timedelta(days=3))
    assert _state(c) == {"status": "ORDERING", "gaps": [], "usual": None}  # in the order's own transaction


def test_a_single_order_is_ordering_for_30_days_then_at_risk_until_60(tenant):  # type: ignore[no-untyped-def]
    c = _customer(tenant.id)
    _order(tenant.id, c, NOW - timedelta(days=30))
    assert _status_at(tenant.id, c, NOW) == "ORDERING"
    assert _status_at(tenant.id, c, NOW + timedelta(days=1)) == "AT_RISK"
    assert _status_at(tenant.id, c, NOW + timedelta(days=30)) == "AT_RISK"
    assert _status_at(tenant.id, c, NOW + timedelta(days=31)) == "STOPPED_ORDERING"


def test_several_orders_on_one_day_are_one_order_day(tenant):  # type: ignore[no-untyped-def]
    c = _customer(tenant.id)
    day = NOW - timedelta(days=20)
    for hour in (8, 11, 17):
        _order(tenant.id, c, day.replace(hour=hour))
    assert _state(c) == {"status": "ORDERING", "gaps": [], "usual": None}  # no zero gaps: single-order rules
    assert _status_at(tenant.id, c, NOW) == "ORDERING"
    assert _status_at(tenant.id, c, NOW + timedelta(days=15)) == "AT_RISK"


def test_a_weekly_customer_9_days_late_is_ordering_20_at_risk_60_stopped(tenant):  # type: ignore[no-untyped-def]
    c = _customer(tenant.id)
    _weekly(tenant.id, c, NOW - timedelta(days=9))
    state = _state(c)
    assert state["gaps"] == [7] * 10 and state["usual"] == Decimal("7.0")  # the last 10 of 11 gaps
    assert _status_at(tenant.id, c, NOW) == "ORDERING"  # 9 <= max(1.5 x 7, 7)
    assert _status_at(tenant.id, c, NOW + timedelta(days=11)) == "AT_RISK"  # 20 days: > 10.5, <= 45
    assert _status_at(tenant.id, c, NOW + timedelta(days=36)) == "AT_RISK"  # 45 days: the floor
    assert _status_at(tenant.id, c, NOW + timedelta(days=51)) == "STOPPED_ORDERING"  # 60 days


def test_a_customer_who_comes_back_is_ordering_again_and_both_changes_are_events(tenant):  # type: ignore[no-untyped-def]
    with tenant_session(tenant.id) as s:
        s.execute(
            text(
                "INSERT INTO webhook_endpoints (distributor_id, url, events) "
                "VALUES (:d, 'https://hooks.example.test/x', ARRAY['customer.status_changed'])"
            ),
            {"d": tenant.id},
        )
    c = _customer(tenant.id)
    _weekly(tenant.id, c, NOW - timedelta(days=60))
    result = recompute_statuses([tenant.id], NOW)
    assert (result.changed, result.events) == (1, 1) and _state(c)["status"] == "STOPPED_ORDERING"
    assert recompute_statuses([tenant.id], NOW).changed == 0  # only rows whose status changes are written
    _order(tenant.id, c, NOW)  # back: ORDERING in the order's transaction, the 60-day gap joins the rhythm
    assert _state(c) == {"status": "ORDERING", "gaps": [7] * 9 + [60], "usual": Decimal("7.0")}
    with tenant_session(tenant.id) as s:
        events = [
            r[0]["data"]
            for r in s.execute(
                text(
                    "SELECT payload FROM webhook_deliveries WHERE customer_id = :c "
                    "AND event_type = 'customer.status_changed' ORDER BY created_at, payload->'data'->>'cause' DESC"
                ),
                {"c": c},
            )
        ]
        audited = s.execute(
            text(
                "SELECT count(*) FROM data_access_audit WHERE record_id = :c AND 'status' = ANY(changed_fields)"
            ),
            {"c": c},
        ).scalar_one()
    stopped = [e for e in events if e["cause"] == "time"]
    back = [e for e in events if e["cause"] == "order"]
    assert (
        len(stopped) == 1 and len(back) == 2
    )  # NO_ORDERS_YET -> ORDERING on the first order, then the return
    assert stopped[0] | {"last_order_at": None} == {
        "customer_id": str(c),
        "old_status": "ORDERING",
        "new_status": "STOPPED_ORDERING",
        "last_order_at": None,
        "usual_gap_days": 7.0,
        "days_since_last_order": 60,
        "cause": "time",
    }
    assert {(e["old_status"], e["new_status"]) for e in back} == {
        ("NO_ORDERS_YET", "ORDERING"),
        ("STOPPED_ORDERING", "ORDERING"),
    }
    assert audited == 3  # every status change is in the audit trail


@pytest.mark.parametrize("events", [["customer.status_changed"], ["customer.*"], ["*"]])
def test_the_recomputes_events_reach_every_form_of_subscription(tenant, events):  # type: ignore[no-untyped-def]
    with tenant_session(tenant.id) as s:
        s.execute(
            text(
                "INSERT INTO webhook_endpoints (distributor_id, url, events) "
                "VALUES (:d, 'https://hooks.example.test/x', :e)"
            ),
            {"d": tenant.id, "e": events},
        )
    c = _customer(tenant.id)
    _weekly(tenant.id, c, NOW - timedelta(days=20))
    assert recompute_statuses([tenant.id], NOW) == RecomputeResult(changed=1, events=1)  # AT_RISK


def test_a_tenant_with_its_own_multipliers(tenant, other_tenant):  # type: ignore[no-untyped-def]
    _settings(tenant.id, rules={"ordering_multiplier": 3, "at_risk_multiplier": 10, "at_risk_floor_days": 30})
    mine, theirs = _customer(tenant.id), _customer(other_tenant.id)
    _weekly(tenant.id, mine, NOW - timedelta(days=20))
    _weekly(other_tenant.id, theirs, NOW - timedelta(days=20))
    recompute_statuses([tenant.id, other_tenant.id], NOW)
    assert _state(mine)["status"] == "ORDERING"  # 20 <= 3 x 7
    assert _state(theirs)["status"] == "AT_RISK"  # the defaults
    assert _status_at(tenant.id, mine, NOW + timedelta(days=50)) == "AT_RISK"  # 70 <= 10 x 7
    assert _status_at(tenant.id, mine, NOW + timedelta(days=51)) == "STOPPED_ORDERING"


def test_a_malformed_setting_falls_back_to_the_default(tenant):  # type: ignore[no-untyped-def]
    _settings(tenant.id, rules={"ordering_multiplier": "lots", "ordering_floor_days": -3})
    c = _customer(tenant.id)
    _weekly(tenant.id, c, NOW - timedelta(days=9))
    assert _status_at(tenant.id, c, NOW) == "ORDERING"
    assert _status_at(tenant.id, c, NOW + timedelta(days=2)) == "AT_RISK"


def test_days_are_counted_in_the_distributors_timezone(tenant, other_tenant):  # type: ignore[no-untyped-def]
    _settings(tenant.id, tz="Pacific/Kiritimati")  # UTC+14
    far, utc = _customer(tenant.id), _customer(other_tenant.id)
    first = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)  # 23:00 on Jan 1 in Kiritimati
    for t, c in ((tenant.id, far), (other_tenant.id, utc)):
        _order(t, c, first)
        _order(t, c, first + timedelta(hours=2))  # 01:00 on Jan 2 there: a new order day
    assert _state(far)["gaps"] == [1] and _state(utc)["gaps"] == []
    at = datetime(2026, 1, 31, 10, 30, tzinfo=UTC)  # Feb 1 00:30 in Kiritimati, Jan 31 in UTC
    recompute_statuses([tenant.id, other_tenant.id], at)
    # Kiritimati: 30 days since Jan 2, usual gap 1 -> ORDERING up to 7 days, AT_RISK up to 45.
    assert _state(far)["status"] == "AT_RISK"
    assert _state(utc)["status"] == "ORDERING"  # UTC: one order day 30 days ago


def test_a_cancelled_last_order_rebuilds_the_rhythm(tenant):  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)  # the trigger's rebuild judges the status at the database's now
    c = _customer(tenant.id)
    _weekly(tenant.id, c, now - timedelta(days=40), count=3)
    last = _order(tenant.id, c, now - timedelta(days=1))
    assert _state(c)["gaps"] == [7, 7, 39] and _state(c)["status"] == "ORDERING"
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE orders SET status = 'CANCELLED' WHERE id = :id"), {"id": last})
    assert _state(c) == {"status": "AT_RISK", "gaps": [7, 7], "usual": Decimal("7.0")}  # 40 days, usual 7


def test_a_rejected_order_does_not_count(tenant):  # type: ignore[no-untyped-def]
    c = _customer(tenant.id)
    _order(tenant.id, c, NOW - timedelta(days=40))
    _order(tenant.id, c, NOW - timedelta(days=3), status="REJECTED")  # rejected in review: not an order day
    assert _state(c)["gaps"] == []
    later = _order(tenant.id, c, NOW - timedelta(days=1), status="REVIEW")
    assert _state(c)["gaps"] == [39]
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE orders SET status = 'REJECTED' WHERE id = :id"), {"id": later})
    assert _state(c)["gaps"] == [] and _status_at(tenant.id, c, NOW) == "AT_RISK"  # one order, 40 days ago


def test_a_back_dated_order_rebuilds_the_rhythm(tenant):  # type: ignore[no-untyped-def]
    c = _customer(tenant.id)
    _order(tenant.id, c, NOW - timedelta(days=10))
    _order(tenant.id, c, NOW - timedelta(days=2))
    _order(tenant.id, c, NOW - timedelta(days=6))  # imported late
    assert _state(c)["gaps"] == [4, 4]


def test_customers_list_cli(tenant):  # type: ignore[no-untyped-def]
    regular, lapsed, _new = (
        _customer(tenant.id, "Regular"),
        _customer(tenant.id, "Lapsed"),
        _customer(tenant.id, "New"),
    )
    _weekly(tenant.id, regular, NOW - timedelta(days=2), count=4)
    _weekly(tenant.id, lapsed, NOW - timedelta(days=25), count=4)
    recompute_statuses([tenant.id])  # real time: NOW is in the past, the order days are what matter
    rows = {r.business_name: r for r in list_customers(tenant.id)}
    assert rows["New"].status == "NO_ORDERS_YET" and rows["New"].last_order_day is None
    out = CliRunner().invoke(main, ["customers", "list", "--distributor", str(tenant.id), "--json"])
    assert out.exit_code == 0, out.output
    listed = {r["business_name"]: r for r in json.loads(out.output)}
    assert listed["Regular"]["usual_gap_days"] == 7.0
    assert listed["Regular"]["last_order_date"] == (NOW - timedelta(days=2)).date().isoformat()
    at_risk = CliRunner().invoke(
        main, ["customers", "list", "--distributor", str(tenant.id), "--status", "no_orders_yet"]
    )
    assert at_risk.exit_code == 0 and "New" in at_risk.output and "Regular" not in at_risk.output
    bad = CliRunner().invoke(main, ["customers", "list", "--distributor", "nope"])
    assert bad.exit_code == 2
