"""A customer's order guide from the database (issue #15): the products, variants and quantities the
customer has had in CONFIRMED orders, kept by the triggers of migration 0015 in the order's transaction.

The pipeline reads it with one indexed read per ORDER message (`load_history`), and the customer's last
orders only when the message refers to one ("the usual"); jobs/language/history.py decides what it
settles. The read API and `oms customers guide` show it (`guide_rows`). Every statement runs in a
tenant session: the tenant wall (RLS) holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from statistics import median
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from jobs.language.history import (
    RECENT_ORDERS,
    CustomerHistory,
    GuideItem,
    HistoryOutcome,
    PastLine,
    PastOrder,
    reference_intent,
)
from jobs.language.history import apply_history as _apply
from jobs.language.intent import HISTORY_REFERENCE, Intent, IntentResult
from jobs.language.matching import CatalogIndex, LineMatch

_GUIDE = text(
    "SELECT p.sku, p.name AS product_name, p.unit, v.name AS variant, g.orders, g.total_quantity, "
    "g.recent_quantities, g.first_ordered_at, g.last_ordered_at "
    "FROM customer_order_guide g JOIN products p ON p.id = g.product_id "
    "LEFT JOIN product_variants v ON v.id = g.variant_id "
    "WHERE g.customer_id = :c ORDER BY g.orders DESC, g.last_ordered_at DESC, p.sku"
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
    """The customer's guide (one indexed read), and with ``recent`` its last confirmed orders; None
    without a customer."""
    if customer_id is None:
        return None
    rows = s.execute(_GUIDE, {"c": customer_id}).all()
    items = tuple(
        GuideItem(
            r.sku,
            r.variant,
            int(r.orders),
            tuple(Decimal(q) for q in r.recent_quantities),
            r.last_ordered_at.date() if r.last_ordered_at else None,
        )
        for r in rows
    )
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
    return CustomerHistory(items, orders, tuple(past))


def apply_customer_history(
    s: Session,
    customer_id: uuid.UUID | None,
    content: str,
    intent: IntentResult,
    matches: Sequence[LineMatch],
    index: CatalogIndex,
) -> HistoryOutcome:
    """The pipeline's hook between matching and the order decision: what this customer's history settles
    (jobs/language/history.py). Reads nothing for a message that is not an order."""
    if intent.intent != Intent.ORDER:
        return HistoryOutcome(intent, list(matches))
    history = load_history(s, customer_id, recent=HISTORY_REFERENCE in intent.reasons or _may_refer(content))
    return _apply(content, intent, matches, index, history)


def intent_with_history(
    s: Session, customer_id: uuid.UUID | None, content: str, intent: IntentResult
) -> IntentResult:
    """The pipeline's hook after classification: a message read as OTHER/QUESTION that only asks for an
    earlier order again is an ORDER when the customer has one (jobs/language/history.py,
    `reference_intent`). Reads the database only for such a message."""
    if customer_id is None or intent.intent not in (Intent.OTHER, Intent.QUESTION) or not _may_refer(content):
        return intent
    has = s.execute(
        text("SELECT max(orders) FROM customer_order_guide WHERE customer_id = :c"), {"c": customer_id}
    )
    return reference_intent(content, intent, int(has.scalar_one() or 0))


def tenant_intent_with_history(
    tenant: uuid.UUID, customer_id: uuid.UUID | None, content: str, intent: IntentResult
) -> IntentResult:
    """`intent_with_history` for a caller without a session: one is opened only for such a message."""
    if customer_id is None or intent.intent not in (Intent.OTHER, Intent.QUESTION) or not _may_refer(content):
        return intent
    from db.session import tenant_session

    with tenant_session(tenant) as s:
        return intent_with_history(s, customer_id, content, intent)


def _may_refer(content: str) -> bool:
    from jobs.language.history import reference_kind

    return reference_kind(content) is not None


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
