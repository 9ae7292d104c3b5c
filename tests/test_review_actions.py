"""Review actions on REVIEW orders made by the real pipeline: approve, correct, reject, conflicts."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import text

from db.enums import UserRole
from db.session import tenant_session
from jobs.review import actions, queries
from jobs.review.actions import AddLine, Conflict, InvalidCorrection, RemoveLine, SetLine
from jobs.review.actor import service_actor
from jobs.review.queries import ReviewFilter
from tests.reviewers import make_user, process, subscribe_all

UNKNOWN = "3 cases of the black fizzy"  # matches nothing in the shipped catalog: REVIEW


def _events(tenant_id, order_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return (
            s.execute(
                text(
                    "SELECT event_type FROM webhook_deliveries WHERE order_id = :o ORDER BY created_at, event_type"
                ),
                {"o": order_id},
            )
            .scalars()
            .all()
        )


def _row(tenant_id, sql, **params):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return s.execute(text(sql), params).one()


@pytest.fixture()
def review_order(shop):  # type: ignore[no-untyped-def]
    subscribe_all(shop.id)
    order_id = process(shop.id, UNKNOWN)
    assert order_id is not None
    return shop, order_id


def test_list_filters_and_paginates(review_order):  # type: ignore[no-untyped-def]
    shop, order_id = review_order
    second = process(shop.id, "2 boxes of the green thing")
    actor = make_user(shop.id, UserRole.OPERATOR)
    page = queries.list_review(actor, ReviewFilter(limit=1))
    assert [x["order_id"] for x in page["items"]] == [str(order_id)]
    rest = queries.list_review(actor, ReviewFilter(limit=1, cursor=page["next_cursor"]))
    assert [x["order_id"] for x in rest["items"]] == [str(second)] and rest["next_cursor"] is None
    only = queries.list_review(actor, ReviewFilter(reason="black fizzy"))
    assert [x["order_id"] for x in only["items"]] == [str(order_id)]
    assert queries.list_review(actor, ReviewFilter(reason="no such reason"))["items"] == []


def test_show_has_message_redacted_text_candidates_and_reasons(shop):  # type: ignore[no-untyped-def]
    order_id = process(shop.id, "2 cases coke pls, call me on +44 7700 900123")
    detail = queries.show_order(make_user(shop.id, UserRole.OPERATOR), order_id)
    assert detail["status"] == "REVIEW" and detail["version"] == 1 and detail["reasons"]
    assert "+44 7700 900123" in detail["message"]["content"]
    assert "+44 7700 900123" not in detail["message"]["redacted_content"]
    line = detail["lines"][0]
    assert line["original_text"] and line["candidates"], line
    assert all(set(c) == {"sku", "score"} for c in line["candidates"])


def test_approve_confirms_once_with_reviewer_audit_feedback_and_event(review_order):  # type: ignore[no-untyped-def]
    shop, order_id = review_order
    operator = make_user(shop.id, UserRole.OPERATOR)
    detail = actions.approve(operator, order_id)
    assert detail["status"] == "CONFIRMED" and detail["version"] == 2
    assert detail["reviewed_by"] == str(operator.user_id) and detail["reviewed_at"]
    assert [h["action"] for h in detail["history"]] == ["APPROVE"]
    assert "order.confirmed" in _events(shop.id, order_id)
    audit = _row(
        shop.id,
        "SELECT user_id, changed_fields FROM data_access_audit WHERE table_name = 'orders' "
        "AND record_id = :o AND operation = 'UPDATE' ORDER BY id LIMIT 1",
        o=order_id,
    )
    assert audit.user_id == operator.user_id and "reviewed_by" in audit.changed_fields
    assert (
        _row(
            shop.id,
            "SELECT human_feedback FROM ai_responses WHERE message_id = :m AND stage = 'match_products'",
            m=detail["message"]["message_id"],
        ).human_feedback
        == 5
    )
    with pytest.raises(Conflict, match="CONFIRMED"):
        actions.approve(operator, order_id)


def test_reject_needs_a_reason_and_leaves_customer_totals(review_order):  # type: ignore[no-untyped-def]
    shop, order_id = review_order
    actor = service_actor(shop.id, "cli")
    with pytest.raises(InvalidCorrection):
        actions.reject(actor, order_id, "  ")
    detail = actions.reject(actor, order_id, "customer called: wrong number")
    assert detail["status"] == "REJECTED" and detail["reviewed_by"] is None and detail["reviewed_at"]
    assert detail["history"][0]["reason"] == "customer called: wrong number"
    assert "order.rejected" in _events(shop.id, order_id)
    totals = _row(shop.id, "SELECT total_orders FROM customers WHERE id = :c", c=detail["customer_id"])
    assert totals.total_orders == 0


def test_correct_reprices_keeps_review_trains_and_then_approves(review_order):  # type: ignore[no-untyped-def]
    shop, order_id = review_order
    operator = make_user(shop.id, UserRole.OPERATOR)
    detail = actions.correct(
        operator,
        order_id,
        [SetLine(1, sku="COKE-ZERO-330", quantity=Decimal(4)), AddLine("FANTA-330", Decimal(1))],
    )
    assert detail["status"] == "REVIEW" and detail["version"] == 2
    assert [(x["line"], x["sku"], x["quantity"]) for x in detail["lines"]] == [
        (1, "COKE-ZERO-330", "4.000"),
        (2, "FANTA-330", "1.000"),
    ]
    assert Decimal(detail["total_amount"]) == sum(Decimal(x["line_price"]) for x in detail["lines"]) > 0
    training = _row(
        shop.id,
        "SELECT input_text, data_source::text AS src, actual_output, expected_output, ai_response_id "
        "FROM ai_training_data WHERE message_id = :m",
        m=detail["message"]["message_id"],
    )
    assert training.src == "CORRECTED_AI_OUTPUT" and training.input_text == UNKNOWN
    assert training.actual_output["lines"][0]["sku"] is None
    assert training.expected_output["lines"][0]["sku"] == "COKE-ZERO-330" and training.ai_response_id
    feedback = _row(
        shop.id,
        "SELECT human_feedback, feedback_notes FROM ai_responses WHERE id = :r",
        r=training.ai_response_id,
    )
    assert feedback.human_feedback == 2 and "COKE-ZERO-330" in feedback.feedback_notes
    assert _events(shop.id, order_id).count("order.updated") == 1
    removed = actions.correct(operator, order_id, [RemoveLine(2)], expected_version=2, approve=True)
    assert removed["status"] == "CONFIRMED" and removed["version"] == 3
    assert [x["line"] for x in removed["lines"]] == [1]
    assert [h["action"] for h in removed["history"]] == ["CORRECT", "CORRECT"]
    assert _events(shop.id, order_id).count("order.updated") == 2


def test_bad_corrections_change_nothing(review_order):  # type: ignore[no-untyped-def]
    shop, order_id = review_order
    actor = service_actor(shop.id)
    for bad in (
        [SetLine(9, sku="FANTA-330")],
        [SetLine(1, sku="NOPE")],
        [AddLine("FANTA-330", Decimal(0))],
        [SetLine(1, sku="FANTA-330", variant="no such variant")],
    ):
        with pytest.raises(InvalidCorrection):
            actions.correct(actor, order_id, bad)
    assert queries.show_order(actor, order_id)["version"] == 1


def test_stale_version_is_a_conflict(review_order):  # type: ignore[no-untyped-def]
    shop, order_id = review_order
    actor = service_actor(shop.id)
    actions.correct(actor, order_id, [SetLine(1, sku="FANTA-330")], expected_version=1)
    with pytest.raises(Conflict, match="version 2, not 1"):
        actions.approve(actor, order_id, expected_version=1)


def test_two_reviewers_at_once_one_wins(review_order):  # type: ignore[no-untyped-def]
    shop, order_id = review_order
    a, b = make_user(shop.id, UserRole.OPERATOR), make_user(shop.id, UserRole.MANAGER)
    barrier = threading.Barrier(2)
    results: dict[str, str] = {}

    def act(name, fn):  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            fn()
            results[name] = "ok"
        except Conflict:
            results[name] = "conflict"

    threads = [
        threading.Thread(
            target=act, args=("approve", lambda: actions.approve(a, order_id, expected_version=1))
        ),
        threading.Thread(
            target=act, args=("reject", lambda: actions.reject(b, order_id, "dup", expected_version=1))
        ),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results.values()) == ["conflict", "ok"]
    detail = queries.show_order(a, order_id)
    assert detail["version"] == 2 and len(detail["history"]) == 1
