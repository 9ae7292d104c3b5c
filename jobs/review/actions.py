"""Review actions on a REVIEW order: approve, correct (and learn), reject. Each is one transaction.

Every action first moves the order's version on with a compare-and-set (``version = :read``): of two
reviewers acting at once, the first commits and the second's UPDATE finds a newer version and raises
`Conflict`, naming the version it expected and the one it found. The action then sets ``reviewed_by``
(the user, NULL for the service) and ``reviewed_at``, writes an ``order_reviews`` row (the row-level
audit trigger records the orders change with the user), rates the AI's ``match_products`` response
(``human_feedback``: 5 approved as is, 2 corrected, 1 rejected) and records the event:
``order.confirmed``, ``order.updated`` or ``order.rejected``, with ids derived from order and version.
A correction also writes ``ai_training_data`` (CORRECTED_AI_OUTPUT) and teaches the matcher the
customer's phrasing (jobs/learning).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.enums import OrderStatus, ReviewAction, TrainingDataSource
from jobs.learning.phrases import learn_phrase, phrase_of
from jobs.review.actor import Actor, Area, actor_session
from jobs.review.queries import NotFound, order_detail
from jobs.webhooks import events

log = structlog.get_logger("oms.review")

ORDER_CONFIRMED = "order.confirmed"
ORDER_UPDATED = "order.updated"
ORDER_REJECTED = "order.rejected"
REVIEW_EVENT_TYPES = (ORDER_CONFIRMED, ORDER_UPDATED, ORDER_REJECTED)
FEEDBACK = {ReviewAction.APPROVE: 5, ReviewAction.CORRECT: 2, ReviewAction.REJECT: 1}


class Conflict(Exception):
    """The order changed since the reviewer read it, or is not in review any more."""


class InvalidCorrection(ValueError):
    """A correction names a line, SKU, variant or quantity that does not exist or make sense."""


@dataclass(frozen=True)
class SetLine:
    """Change line `line`: its product (by SKU), variant (by name) and/or quantity."""

    line: int
    sku: str | None = None
    variant: str | None = None
    quantity: Decimal | None = None


@dataclass(frozen=True)
class AddLine:
    sku: str
    quantity: Decimal
    variant: str | None = None


@dataclass(frozen=True)
class RemoveLine:
    line: int


Correction = SetLine | AddLine | RemoveLine


@dataclass
class _Order:
    id: uuid.UUID
    status: str
    version: int
    customer_id: uuid.UUID
    message_id: uuid.UUID | None
    currency: str


# ----------------------------------------------------------------------------- the actions
def approve(actor: Actor, order_id: uuid.UUID, *, expected_version: int | None = None) -> dict[str, Any]:
    """Confirm a REVIEW order as it stands."""
    actor.require(Area.REVIEW)
    with actor_session(actor) as s:
        order = _claim(s, actor, order_id, expected_version)
        _set_status(s, order, OrderStatus.CONFIRMED)
        _record(s, actor, order, ReviewAction.APPROVE, OrderStatus.CONFIRMED, [], None)
        return order_detail(s, order_id)


def reject(
    actor: Actor, order_id: uuid.UUID, reason: str, *, expected_version: int | None = None
) -> dict[str, Any]:
    """Reject a REVIEW order with a reason (kept in the review history and the event)."""
    actor.require(Area.REVIEW)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidCorrection("a rejection needs a reason")
    with actor_session(actor) as s:
        order = _claim(s, actor, order_id, expected_version)
        _set_status(s, order, OrderStatus.REJECTED)
        _record(s, actor, order, ReviewAction.REJECT, OrderStatus.REJECTED, [], reason)
        return order_detail(s, order_id)


def correct(
    actor: Actor,
    order_id: uuid.UUID,
    corrections: Sequence[Correction],
    *,
    expected_version: int | None = None,
    approve: bool = False,
) -> dict[str, Any]:
    """Apply `corrections`; the order stays in REVIEW unless `approve`. Learns from changed products."""
    actor.require(Area.REVIEW)
    if not corrections:
        raise InvalidCorrection("nothing to correct")
    with actor_session(actor) as s:
        order = _claim(s, actor, order_id, expected_version)
        ai_lines = _ai_lines(s, order)
        before = _lines(s, order.id)
        changes = [_apply(s, order, c) for c in corrections]
        _reprice(s, order)
        after = _lines(s, order.id)
        _learn(s, actor, order, ai_lines, before, corrections)
        _training_row(s, order, ai_lines, after)
        status = OrderStatus.CONFIRMED if approve else OrderStatus.REVIEW
        if approve:
            _set_status(s, order, OrderStatus.CONFIRMED)
        _record(s, actor, order, ReviewAction.CORRECT, status, changes, None)
        return order_detail(s, order_id)


# ----------------------------------------------------------------------------- claim and record
def _claim(s: Session, actor: Actor, order_id: uuid.UUID, expected: int | None) -> _Order:
    """Read the order and move its version on (compare-and-set), or say why not."""
    row = s.execute(
        text(
            "SELECT id, status::text AS status, version, customer_id, source_message_id, currency "
            "FROM orders WHERE id = :id"
        ),
        {"id": order_id},
    ).one_or_none()
    if row is None:
        raise NotFound(f"order {order_id} not found")
    read = row.version if expected is None else expected
    if row.status != OrderStatus.REVIEW:
        raise Conflict(f"order {order_id} is {row.status} (version {row.version}), not in review")
    if read != row.version:
        raise Conflict(f"order {order_id} is at version {row.version}, not {read}: reload it and retry")
    claimed = s.execute(
        text(
            "UPDATE orders SET version = version + 1, reviewed_by = :user, reviewed_at = now() "
            "WHERE id = :id AND version = :v AND status = 'REVIEW' RETURNING version"
        ),
        {"id": order_id, "v": read, "user": actor.user_id},
    ).scalar_one_or_none()
    if claimed is None:
        now = s.execute(
            text("SELECT version, status::text FROM orders WHERE id = :id"), {"id": order_id}
        ).one()
        raise Conflict(
            f"order {order_id} was changed by someone else (now version {now[0]}, {now[1]}): reload it and retry"
        )
    return _Order(row.id, row.status, claimed, row.customer_id, row.source_message_id, row.currency)


def _set_status(s: Session, order: _Order, status: OrderStatus) -> None:
    s.execute(
        text("UPDATE orders SET status = CAST(:st AS order_status), requires_review = false WHERE id = :id"),
        {"st": status.value, "id": order.id},
    )


def _record(
    s: Session,
    actor: Actor,
    order: _Order,
    action: ReviewAction,
    to_status: OrderStatus,
    changes: list[dict[str, Any]],
    reason: str | None,
) -> None:
    s.execute(
        text(
            "INSERT INTO order_reviews (distributor_id, order_id, action, reviewer_id, actor, from_status, "
            "to_status, from_version, to_version, changes, reason) VALUES ((SELECT get_current_distributor_id()), "
            ":order, :action, :user, :actor, :from_st, :to_st, :from_v, :to_v, CAST(:changes AS jsonb), :reason)"
        ),
        {
            "order": order.id,
            "action": action.value,
            "user": actor.user_id,
            "actor": actor.label,
            "from_st": order.status,
            "to_st": to_status.value,
            "from_v": order.version - 1,
            "to_v": order.version,
            "changes": json.dumps(changes, default=str),
            "reason": reason,
        },
    )
    if order.message_id is not None:
        notes = reason if action == ReviewAction.REJECT else _notes(changes)
        s.execute(
            text(
                "UPDATE ai_responses SET human_feedback = CASE WHEN :action = 'APPROVE' "
                "THEN coalesce(human_feedback, :score) ELSE :score END, "
                "feedback_notes = coalesce(:notes, feedback_notes) "
                "WHERE message_id = :m AND stage = 'match_products'"
            ),
            {"action": action.value, "score": FEEDBACK[action], "notes": notes, "m": order.message_id},
        )
    _emit(s, actor, order, action, to_status, changes, reason)
    log.info(
        "order_reviewed",
        order_id=str(order.id),
        action=action.value,
        to_status=to_status.value,
        version=order.version,
        reviewer_id=str(actor.user_id) if actor.user_id else None,
    )


def _notes(changes: list[dict[str, Any]]) -> str | None:
    return "; ".join(c["summary"] for c in changes) or None


def _emit(
    s: Session,
    actor: Actor,
    order: _Order,
    action: ReviewAction,
    to_status: OrderStatus,
    changes: list[dict[str, Any]],
    reason: str | None,
) -> None:
    detail = order_detail(s, order.id)
    data = {
        "order_id": str(order.id),
        "customer_id": str(order.customer_id),
        "message_id": str(order.message_id) if order.message_id else None,
        "status": to_status.value,
        "version": order.version,
        "action": action.value,
        "reviewed_by": str(actor.user_id) if actor.user_id else None,
        "reviewed_at": detail["reviewed_at"],
        "reason": reason,
        "changes": changes,
        "total_amount": detail["total_amount"],
        "currency": detail["currency"],
        "lines": [
            {k: x[k] for k in ("line", "sku", "product_id", "variant", "quantity", "unit", "line_price")}
            for x in detail["lines"]
        ],
    }
    kinds = {
        ReviewAction.APPROVE: [ORDER_CONFIRMED],
        ReviewAction.REJECT: [ORDER_REJECTED],
        ReviewAction.CORRECT: [ORDER_UPDATED]
        + ([ORDER_CONFIRMED] if to_status == OrderStatus.CONFIRMED else []),
        ReviewAction.REQUEST: [ORDER_UPDATED],
    }[action]
    for kind in kinds:
        events.record_event(
            s,
            kind,
            f"{order.id}:v{order.version}",
            data,
            order_id=order.id,
            message_id=order.message_id,
            customer_id=order.customer_id,
        )


# ----------------------------------------------------------------------------- corrections
def _lines(s: Session, order_id: uuid.UUID) -> dict[int, Any]:
    rows = s.execute(
        text(
            "SELECT line_number, product_id, variant_id, sku, quantity, ai_extracted, ai_original_text "
            "FROM order_products WHERE order_id = :id ORDER BY line_number"
        ),
        {"id": order_id},
    ).all()
    return {r.line_number: r for r in rows}


def _ai_lines(s: Session, order: _Order) -> list[dict[str, Any]]:
    """The matcher's lines for this order (what the AI said), in line-number order."""
    if order.message_id is None:
        return []
    output = s.execute(
        text("SELECT output FROM ai_responses WHERE message_id = :m AND stage = 'match_products' LIMIT 1"),
        {"m": order.message_id},
    ).scalar_one_or_none()
    return list((output or {}).get("lines", []))


def _product(s: Session, sku: str, variant: str | None) -> tuple[Any, Any]:
    p = s.execute(
        text("SELECT id, sku, name, unit, unit_price FROM products WHERE sku = :sku AND is_active"),
        {"sku": sku},
    ).one_or_none()
    if p is None:
        raise InvalidCorrection(f"no active product with SKU {sku!r}")
    v = None
    if variant:
        v = s.execute(
            text(
                "SELECT id, name, unit_price FROM product_variants "
                "WHERE product_id = :p AND lower(name) = lower(:n) AND is_active"
            ),
            {"p": p.id, "n": variant},
        ).one_or_none()
        if v is None:
            raise InvalidCorrection(f"product {sku} has no variant {variant!r}")
    return p, v


def _quantity(q: Decimal | None) -> Decimal | None:
    if q is not None and q <= 0:
        raise InvalidCorrection(f"quantity must be positive, got {q}")
    return q


def _apply(s: Session, order: _Order, c: Correction) -> dict[str, Any]:
    """Apply one correction to the order's lines; returns what changed, for the history."""
    lines = _lines(s, order.id)
    if isinstance(c, RemoveLine):
        return _remove_line(s, order, c, lines)
    quantity = _quantity(c.quantity)
    if isinstance(c, AddLine):
        return _add_line(s, order, c, lines, quantity)
    return _set_line(s, order, c, lines, quantity)


def _remove_line(s: Session, order: _Order, c: RemoveLine, lines: dict[int, Any]) -> dict[str, Any]:
    if c.line not in lines:
        raise InvalidCorrection(f"order has no line {c.line}")
    s.execute(
        text("DELETE FROM order_products WHERE order_id = :o AND line_number = :n"),
        {"o": order.id, "n": c.line},
    )
    old = lines[c.line]
    return {"op": "remove", "line": c.line, "sku": old.sku, "summary": f"line {c.line} removed"}


def _add_line(
    s: Session, order: _Order, c: AddLine, lines: dict[int, Any], quantity: Decimal | None
) -> dict[str, Any]:
    p, v = _product(s, c.sku, c.variant)
    n = max(lines, default=0) + 1
    s.execute(
        text(
            "INSERT INTO order_products (distributor_id, order_id, line_number, product_id, variant_id, "
            "product_name, sku, quantity, unit, unit_price, currency, ai_extracted, match_reason) VALUES "
            "((SELECT get_current_distributor_id()), :o, :n, :p, :v, :name, :sku, :q, :unit, :price, "
            ":cur, false, 'added by reviewer')"
        ),
        {
            "o": order.id,
            "n": n,
            "p": p.id,
            "v": v.id if v else None,
            "name": p.name,
            "sku": p.sku,
            "q": quantity,
            "unit": p.unit,
            "price": _price(p, v),
            "cur": order.currency,
        },
    )
    return {
        "op": "add",
        "line": n,
        "sku": p.sku,
        "quantity": quantity,
        "summary": f"line {n} {p.sku} added",
    }


def _set_line(
    s: Session, order: _Order, c: SetLine, lines: dict[int, Any], quantity: Decimal | None
) -> dict[str, Any]:
    if c.line not in lines:
        raise InvalidCorrection(f"order has no line {c.line}")
    old = lines[c.line]
    if c.sku is None and c.variant is None and quantity is None:
        raise InvalidCorrection(f"line {c.line}: nothing to change (give a SKU, variant or quantity)")
    sku = c.sku or old.sku
    if sku is None:
        raise InvalidCorrection(f"line {c.line} has no product yet: give --sku")
    p, v = _product(s, sku, c.variant)
    if c.variant is None and c.sku is None and old.variant_id is not None:
        v = s.execute(
            text("SELECT id, name, unit_price FROM product_variants WHERE id = :v"), {"v": old.variant_id}
        ).one_or_none()
    s.execute(
        text(
            "UPDATE order_products SET product_id = :p, variant_id = :v, product_name = :name, sku = :sku, "
            "quantity = :q, unit = :unit, unit_price = :price, match_reason = 'corrected by reviewer' "
            "WHERE order_id = :o AND line_number = :n"
        ),
        {
            "o": order.id,
            "n": c.line,
            "p": p.id,
            "v": v.id if v else None,
            "name": p.name,
            "sku": p.sku,
            "q": quantity or old.quantity,
            "unit": p.unit,
            "price": _price(p, v),
        },
    )
    summary = f"line {c.line} {old.sku or 'unmatched'} x{old.quantity} -> {p.sku}"
    summary += f" ({v.name})" if v else ""
    summary += f" x{quantity or old.quantity}"
    return {
        "op": "set",
        "line": c.line,
        "from": {"sku": old.sku, "quantity": old.quantity},
        "to": {"sku": p.sku, "variant": v.name if v else None, "quantity": quantity or old.quantity},
        "summary": summary,
    }


def _price(p: Any, v: Any) -> Decimal | None:
    if v is not None and v.unit_price is not None:
        return Decimal(v.unit_price)
    return Decimal(p.unit_price) if p.unit_price is not None else None


def _reprice(s: Session, order: _Order) -> None:
    """Line prices and the order total after corrections."""
    s.execute(
        text(
            "UPDATE order_products SET line_price = round(quantity * unit_price, 2) "
            "WHERE order_id = :o AND line_price IS DISTINCT FROM round(quantity * unit_price, 2)"
        ),
        {"o": order.id},
    )
    s.execute(
        text(
            "UPDATE orders SET subtotal = t.total, total_amount = t.total FROM "
            "(SELECT coalesce(sum(line_price), 0) AS total FROM order_products WHERE order_id = :o) t "
            "WHERE id = :o"
        ),
        {"o": order.id},
    )


def _learn(
    s: Session,
    actor: Actor,
    order: _Order,
    ai_lines: list[dict[str, Any]],
    before: dict[int, Any],
    corrections: Sequence[Correction],
) -> None:
    """A line whose product the reviewer changed teaches the matcher the customer's phrasing for it."""
    for c in corrections:
        if not isinstance(c, SetLine) or c.sku is None:
            continue
        old = before.get(c.line)
        if old is None or not old.ai_extracted or not 0 < c.line <= len(ai_lines):
            continue
        phrase = phrase_of(ai_lines[c.line - 1].get("line") or {})
        new = _lines(s, order.id)[c.line]
        if phrase and (new.product_id != old.product_id or new.variant_id != old.variant_id):
            learn_phrase(
                s,
                actor,
                phrase,
                product_id=new.product_id,
                variant_id=new.variant_id,
                customer_id=order.customer_id,
                order_id=order.id,
                message_id=order.message_id,
            )


def _training_row(s: Session, order: _Order, ai_lines: list[dict[str, Any]], after: dict[int, Any]) -> None:
    """ai_training_data: the (PII-redacted) input, what the AI said, what the human said."""
    if order.message_id is None:
        return
    msg = s.execute(
        text(
            "SELECT m.redacted_content, m.content, r.id AS response_id FROM messages m "
            "LEFT JOIN ai_responses r ON r.message_id = m.id AND r.stage = 'match_products' WHERE m.id = :m"
        ),
        {"m": order.message_id},
    ).one_or_none()
    if msg is None:
        return
    actual = [
        {
            "line": n,
            "sku": x.get("sku"),
            "quantity": x.get("quantity"),
            "text": (x.get("line") or {}).get("original_text"),
        }
        for n, x in enumerate(ai_lines, start=1)
    ]
    expected = [
        {"line": n, "sku": x.sku, "quantity": str(x.quantity), "text": x.ai_original_text}
        for n, x in after.items()
    ]
    s.execute(
        text(
            "INSERT INTO ai_training_data (distributor_id, input_text, expected_output, actual_output, "
            "data_source, ai_response_id, message_id, is_validated) VALUES ((SELECT get_current_distributor_id()), "
            ":input, CAST(:expected AS jsonb), CAST(:actual AS jsonb), :source, :resp, :m, true)"
        ),
        {
            "input": msg.redacted_content if msg.redacted_content is not None else msg.content,
            "expected": json.dumps({"lines": expected}, default=str),
            "actual": json.dumps({"lines": actual}, default=str),
            "source": TrainingDataSource.CORRECTED_AI_OUTPUT.value,
            "resp": msg.response_id,
            "m": order.message_id,
        },
    )
