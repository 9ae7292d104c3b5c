"""A customer's order guide from the database (issue #15): the products, variants and quantities the
customer has had in CONFIRMED orders, kept by the triggers of migration 0015 in the order's transaction.

The pipeline reads it with the message's snapshot (`guide_history`: jobs/pipeline/fused.py), and the
customer's last orders (`load_history`) only when the message refers to one ("the usual");
jobs/language/history/ decides what it settles. The read API and `oms customers guide` show it
(`guide_rows`). Every statement runs in a tenant session: the tenant wall (RLS) holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from statistics import median
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.session import tenant_session
from jobs.language.history import (
    RECENT_ORDERS,
    CustomerHistory,
    GuideItem,
    PastLine,
    PastOrder,
)
from jobs.language.learned import LearnedPhrase

_GUIDE = text(
    "SELECT p.sku, p.name AS product_name, p.unit, v.name AS variant, g.orders, g.total_quantity, "
    "g.recent_quantities, g.first_ordered_at, g.last_ordered_at "
    "FROM customer_order_guide g JOIN products p ON p.id = g.product_id "
    "LEFT JOIN product_variants v ON v.id = g.variant_id "
    "WHERE g.customer_id = :c ORDER BY g.orders DESC, g.last_ordered_at DESC, p.sku"
)
# The pipeline's read: the guide and the customer's learned phrases (migration 0020) in one statement.
_HISTORY = text(
    "SELECT 'g' AS kind, p.sku, v.name AS variant, g.orders, g.recent_quantities, g.last_ordered_at, "
    "NULL::text AS phrase "
    "FROM customer_order_guide g JOIN products p ON p.id = g.product_id "
    "LEFT JOIN product_variants v ON v.id = g.variant_id WHERE g.customer_id = :c "
    "UNION ALL "
    "SELECT 'p', p.sku, v.name, 0, NULL, NULL, cp.phrase FROM customer_phrases cp "
    "JOIN products p ON p.id = cp.product_id LEFT JOIN product_variants v ON v.id = cp.variant_id "
    "WHERE cp.customer_id = :c AND cp.status = 'ACTIVE' "
    "ORDER BY 1, 4 DESC, 6 DESC, 2"
)
_RECENT = text(
    "SELECT o.id, o.created_at, p.sku, v.name AS variant, sum(l.quantity) AS quantity "
    "FROM (SELECT id, created_at FROM orders WHERE customer_id = :c AND status = 'CONFIRMED' "
    "      ORDER BY created_at DESC LIMIT :n) o "
    "JOIN order_products l ON l.order_id = o.id JOIN products p ON p.id = l.product_id "
    "LEFT JOIN product_variants v ON v.id = l.variant_id "
    "GROUP BY o.id, o.created_at, p.sku, v.name ORDER BY o.created_at DESC, o.id, p.sku"
)


def load_history(
    s: Session, customer_id: uuid.UUID | None, *, recent: bool = False
) -> CustomerHistory | None:
    """The customer's guide and learned phrases (one statement, indexed reads), and with ``recent`` its
    last confirmed orders; None without a customer."""
    if customer_id is None:
        return None
    rows = s.execute(_HISTORY, {"c": customer_id}).all()
    items = tuple(
        GuideItem(
            r.sku,
            r.variant,
            int(r.orders),
            tuple(Decimal(q) for q in r.recent_quantities),
            r.last_ordered_at.date() if r.last_ordered_at else None,
        )
        for r in rows
        if r.kind == "g"
    )
    phrases = tuple(LearnedPhrase(r.phrase, r.sku, r.variant) for r in rows if r.kind == "p")
    orders = max((it.orders for it in items), default=0)
    past: list[PastOrder] = []
    if recent and items:
        by_order: dict[uuid.UUID, list[Any]] = {}
        for r in s.execute(_RECENT, {"c": customer_id, "n": RECENT_ORDERS}).all():
            by_order.setdefault(r.id, []).append(r)
        for oid, lines in by_order.items():  # newest first, as the query orders them
            past.append(
                PastOrder(
                    str(oid),
                    lines[0].created_at.date(),
                    tuple(PastLine(x.sku, x.variant, Decimal(x.quantity)) for x in lines),
                )
            )
    return CustomerHistory(items, orders, tuple(past), phrases)


def guide_history(rows: list[list[Any]], phrases: list[list[Any]]) -> CustomerHistory:
    """The guide and learned phrases as `oms_message_snapshot` returns them (jsonb, in `_GUIDE`'s order:
    [sku, variant, orders, recent quantities as text, last ordered at]; phrases [phrase, sku, variant]),
    without the recent orders: the same `CustomerHistory` as ``load_history(recent=False)``."""
    items = tuple(
        GuideItem(
            sku,
            variant,
            int(orders),
            tuple(Decimal(q) for q in recent),
            datetime.fromisoformat(last).date() if last else None,
        )
        for sku, variant, orders, recent, last in rows
    )
    learned = tuple(LearnedPhrase(phrase, sku, variant) for phrase, sku, variant in phrases)
    return CustomerHistory(items, max((it.orders for it in items), default=0), (), learned)


def tenant_source(
    tenant: uuid.UUID, customer_id: uuid.UUID | None, guide: CustomerHistory | None = None
) -> Callable[[bool], CustomerHistory | None]:
    """The snapshot's history source for the fused path, which holds no session while it analyses: the
    `guide` its snapshot read, and a short tenant transaction, opened only when analysis asks for what
    the snapshot did not read (the recent orders a reference like "the usual" needs)."""
    loaded: dict[bool, CustomerHistory | None] = {} if guide is None else {False: guide}

    def load(recent: bool) -> CustomerHistory | None:
        if customer_id is None:
            return None
        if recent not in loaded:
            if True in loaded:
                loaded[recent] = loaded[True]
            else:
                with tenant_session(tenant) as s:
                    loaded[recent] = load_history(s, customer_id, recent=recent)
        return loaded[recent]

    return load


def guide_rows(s: Session, customer_id: uuid.UUID) -> list[dict[str, Any]]:
    """The guide as the API and the command line show it, most ordered first."""
    out: list[dict[str, Any]] = []
    for r in s.execute(_GUIDE, {"c": customer_id}).all():
        recent = [Decimal(q) for q in r.recent_quantities]
        out.append(
            {
                "sku": r.sku,
                "product_name": r.product_name,
                "variant": r.variant,
                "unit": r.unit,
                "orders": int(r.orders),
                "total_quantity": str(Decimal(r.total_quantity).normalize()),
                "typical_quantity": str(Decimal(str(median(recent))).normalize()) if recent else None,
                "last_quantity": str(recent[-1].normalize()) if recent else None,
                "recent_quantities": [str(q.normalize()) for q in recent],
                "first_ordered_at": r.first_ordered_at.isoformat(),
                "last_ordered_at": r.last_ordered_at.isoformat(),
            }
        )
    return out
