"""The customer order guide in the database (issue #15): kept by triggers in the order's transaction,
read by the pipeline, walled per tenant, shown by the API and `oms customers guide`."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from cli.main import main
from db.catalog_import import import_catalog, parse_file
from db.session import privileged_session, tenant_session
from ingress.read_api import customer_guide_view
from jobs.customers.guide import guide_rows, load_history
from jobs.pipeline.actors import run_pipeline_fused, run_pipeline_inline
from tests.seed import insert_message, order_for
from tests.test_read_and_webhook_api import api, base_url  # noqa: F401  (a fixture)

CATALOG3 = Path(__file__).parent / "data" / "catalog3.json"


@pytest.fixture()
def bar(tenant):  # type: ignore[no-untyped-def]
    """A tenant with the second distributor's catalog (tests/data/catalog3.json)."""
    import_catalog(tenant.id, parse_file(CATALOG3))
    return tenant


def _customer(tenant_id: uuid.UUID, phone: str) -> uuid.UUID:
    with tenant_session(tenant_id) as s:
        return s.execute(
            text(
                "INSERT INTO customers (distributor_id, business_name, customer_code, phone) "
                "VALUES (:d, :n, :c, :p) RETURNING id"
            ),
            {"d": tenant_id, "n": f"Bar {phone}", "c": uuid.uuid4().hex[:10], "p": phone},
        ).scalar_one()


def _order(
    tenant_id: uuid.UUID,
    customer: uuid.UUID,
    lines: list[tuple[str, int]],
    status: str = "CONFIRMED",
    days_ago: int = 0,
) -> uuid.UUID:
    with tenant_session(tenant_id) as s:
        oid = s.execute(
            text(
                "INSERT INTO orders (distributor_id, customer_id, status, total_amount, created_at) "
                "VALUES (:d, :c, CAST(:s AS order_status), 10, now() - make_interval(days => :ago)) RETURNING id"
            ),
            {"d": tenant_id, "c": customer, "s": status, "ago": days_ago},
        ).scalar_one()
        for n, (sku, q) in enumerate(lines, start=1):
            s.execute(
                text(
                    "INSERT INTO order_products (distributor_id, order_id, line_number, product_id, product_name, "
                    "sku, quantity) SELECT :d, :o, :n, p.id, p.name, p.sku, :q FROM products p WHERE p.sku = :sku"
                ),
                {"d": tenant_id, "o": oid, "n": n, "sku": sku, "q": q},
            )
        return oid


def _guide(tenant_id: uuid.UUID, customer: uuid.UUID) -> dict[str, tuple[int, list[str]]]:
    with tenant_session(tenant_id) as s:
        return {r["sku"]: (r["orders"], r["recent_quantities"]) for r in guide_rows(s, customer)}


def _set_status(tenant_id: uuid.UUID, order: uuid.UUID, status: str) -> None:
    with tenant_session(tenant_id) as s:
        s.execute(
            text("UPDATE orders SET status = CAST(:s AS order_status) WHERE id = :o"),
            {"s": status, "o": order},
        )


def test_the_guide_is_kept_current_when_orders_are_confirmed(bar) -> None:  # type: ignore[no-untyped-def]
    c = _customer(bar.id, "+447700900501")
    _order(bar.id, c, [("COLA-CAN-24", 2), ("FLOUR-00-25KG", 3), ("COLA-CAN-24", 1)])  # twice in one order
    assert _guide(bar.id, c) == {"COLA-CAN-24": (1, ["3"]), "FLOUR-00-25KG": (1, ["3"])}
    _order(bar.id, c, [("COLA-CAN-24", 4)])
    pending = _order(bar.id, c, [("MILK-SEMI-2L", 6), ("COLA-CAN-24", 5)], status="REVIEW")
    assert _guide(bar.id, c)["COLA-CAN-24"] == (2, ["3", "4"]) and "MILK-SEMI-2L" not in _guide(bar.id, c)
    _set_status(bar.id, pending, "CONFIRMED")  # a review approval adds the whole order
    assert _guide(bar.id, c)["COLA-CAN-24"] == (3, ["3", "4", "5"]) and _guide(bar.id, c)["MILK-SEMI-2L"] == (
        1,
        ["6"],
    )
    incremental = _guide(bar.id, c)
    with tenant_session(bar.id) as s:  # the rebuild gives what the increments kept
        s.execute(text("SELECT oms_rebuild_customer_guide(:c)"), {"c": c})
    assert _guide(bar.id, c) == incremental
    _set_status(bar.id, pending, "CANCELLED")  # taking away rebuilds
    assert _guide(bar.id, c) == {"COLA-CAN-24": (2, ["3", "4"]), "FLOUR-00-25KG": (1, ["3"])}
    history = None
    with tenant_session(bar.id) as s:
        history = load_history(s, c, recent=True)
    assert history is not None and history.orders == 2
    assert [o.lines for o in history.recent][0][0].sku == "COLA-CAN-24"  # newest first


def test_the_guide_is_walled_per_tenant(bar, other_tenant) -> None:  # type: ignore[no-untyped-def]
    c = _customer(bar.id, "+447700900502")
    _order(bar.id, c, [("COLA-CAN-24", 2)])
    with tenant_session(other_tenant.id) as s:
        assert guide_rows(s, c) == []
        assert s.execute(text("SELECT count(*) FROM customer_order_guide")).scalar_one() == 0
    assert customer_guide_view(other_tenant.id, c) is None
    view = customer_guide_view(bar.id, c)
    assert view is not None and [r["sku"] for r in view["data"]] == ["COLA-CAN-24"]
    with privileged_session() as s:
        assert (
            s.execute(
                text("SELECT count(*) FROM customer_order_guide WHERE customer_id = :c"), {"c": c}
            ).scalar_one()
            == 1
        )


def _pipeline_order(tenant_id: uuid.UUID, body: str, phone: str, fused: bool = True) -> tuple[Any, list[Any]]:
    mid = insert_message(tenant_id, body, phone=phone)
    (run_pipeline_fused if fused else run_pipeline_inline)(mid, tenant_id)
    return order_for(tenant_id, mid)


@pytest.mark.parametrize("fused", [True, False])
def test_the_pipeline_uses_the_guide(bar, fused: bool) -> None:  # type: ignore[no-untyped-def]
    phone = f"+4477009{uuid.uuid4().int % 100000:05d}"
    c = _customer(bar.id, phone)
    for _ in range(3):
        _order(bar.id, c, [("COLA-CAN-24", 2), ("FLOUR-00-25KG", 3)])
    order, lines = _pipeline_order(bar.id, "2 cases of coke", phone, fused)
    assert order is not None and order.status.value == "CONFIRMED", order.review_reasons if order else None
    assert [(x.sku, x.quantity) for x in lines] == [("COLA-CAN-24", Decimal("2.000"))]
    assert "usual for this customer" in (lines[0].match_reason or "")

    order, lines = _pipeline_order(bar.id, "the usual please, plus 1 case of still water 500ml", phone, fused)
    assert order is not None and order.status.value == "CONFIRMED", order.review_reasons
    assert sorted((x.sku, int(x.quantity)) for x in lines) == [
        ("COLA-CAN-24", 2),
        ("FLOUR-00-25KG", 3),
        ("WATER-STILL-500", 1),
    ]
    assert any((x.match_reason or "").startswith("repeat of order") for x in lines)
    # The order says what it is (#15): the repeated order and the changes the message made.
    assert order.notes is not None and order.notes.startswith("repeat of order "), order.notes
    assert order.notes.endswith("with changes: +WATER-STILL-500"), order.notes

    order, _ = _pipeline_order(bar.id, "30 cases of coke cans", phone, fused)
    assert order is not None and order.status.value == "REVIEW"
    assert any(r.startswith("QUANTITY_OUTLIER") for r in order.review_reasons)


def test_a_new_customer_is_unchanged(bar) -> None:  # type: ignore[no-untyped-def]
    order, _ = _pipeline_order(bar.id, "2 cases of coke", "+447700900509")
    assert order is not None and order.status.value == "REVIEW"
    order, _ = _pipeline_order(bar.id, "same as last week please", "+447700900509")
    assert order is None or order.status.value == "REVIEW"


def test_oms_customers_guide(bar) -> None:  # type: ignore[no-untyped-def]
    c = _customer(bar.id, "+447700900503")
    _order(bar.id, c, [("COLA-CAN-24", 2), ("FLOUR-00-25KG", 3)])
    _order(bar.id, c, [("COLA-CAN-24", 4)])
    r = CliRunner().invoke(main, ["customers", "guide", str(c), "--distributor", str(bar.id)])
    assert r.exit_code == 0, r.output
    assert "COLA-CAN-24" in r.output and "FLOUR-00-25KG" in r.output
    assert r.output.index("COLA-CAN-24") < r.output.index("FLOUR-00-25KG")  # most ordered first
    r = CliRunner().invoke(main, ["customers", "guide", str(uuid.uuid4()), "--distributor", str(bar.id)])
    assert r.exit_code == 1 and "no customer" in r.output


def test_get_customer_guide_over_http(bar, other_tenant, base_url) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    c = _customer(bar.id, "+447700900504")
    _order(bar.id, c, [("COLA-CAN-24", 2), ("FLOUR-00-25KG", 3)])
    _order(bar.id, c, [("COLA-CAN-24", 4)])
    r = api(base_url, bar.id).get(f"/v1/customers/{c}/guide")
    assert r.status_code == 200
    body = r.json()
    assert body["customer_id"] == str(c)
    first = body["data"][0]
    assert (first["sku"], first["orders"], first["recent_quantities"], first["typical_quantity"]) == (
        "COLA-CAN-24",
        2,
        ["2", "4"],
        "3",
    )
    assert api(base_url, other_tenant.id).get(f"/v1/customers/{c}/guide").status_code == 404
    assert api(base_url, bar.id).get(f"/v1/customers/{uuid.uuid4()}/guide").status_code == 404
    assert api(base_url, bar.id).get("/v1/customers/nope/guide").status_code == 404


@pytest.mark.parametrize("fused", [True, False])
def test_repeat_last_order_is_for_review_without_history_and_confirmed_with_it(bar, fused: bool) -> None:  # type: ignore[no-untyped-def]
    text_ = "Subject: This week\n\nPlease repeat last week's order.\n\nThanks, Sue"
    newcomer = f"+4477009{uuid.uuid4().int % 100000:05d}"
    order, _ = _pipeline_order(bar.id, text_, newcomer, fused)
    # an order the system cannot spell out without history: a reviewer's, with the reason
    assert order is not None and order.status.value == "REVIEW"
    assert any("HISTORY_REFERENCE" in r for r in order.review_reasons or [])
    phone = f"+4477009{uuid.uuid4().int % 100000:05d}"
    c = _customer(bar.id, phone)
    _order(bar.id, c, [("MILK-SEMI-2L", 6)], days_ago=14)
    last = _order(bar.id, c, [("MILK-SEMI-2L", 5), ("FLOUR-00-25KG", 2)], days_ago=7)
    order, lines = _pipeline_order(bar.id, text_, phone, fused)
    assert order is not None and order.status.value == "CONFIRMED", order.review_reasons if order else None
    assert sorted((x.sku, int(x.quantity)) for x in lines) == [("FLOUR-00-25KG", 2), ("MILK-SEMI-2L", 5)]
    assert all(str(last) in (x.match_reason or "") for x in lines)
