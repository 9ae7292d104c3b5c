"""Learning from corrections: correct once, resend the same message, it auto-confirms; poisoning guard;
`oms learning list|remove` and `oms review ...` on the command line."""

from __future__ import annotations

import json
import uuid

import pytest
from click.testing import CliRunner

from cli.main import main
from db.enums import UserRole
from jobs.learning.phrases import list_learned, remove_learned
from jobs.review import actions
from jobs.review.actions import SetLine
from jobs.review.actor import Forbidden, service_actor
from tests.reviewers import make_user, process
from tests.seed import order_for

PHRASE = "3 cases of the black fizzy"


def _oms(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _status_of(tenant_id, order_id) -> tuple[str, list[tuple[str | None, str]], list[str]]:  # type: ignore[no-untyped-def]
    order, lines = order_for(tenant_id, _message_of(tenant_id, order_id))
    assert order is not None
    return (
        order.status.value,
        [(x.sku, str(x.quantity)) for x in lines],
        [x.match_reason or "" for x in lines],
    )


def test_learned_for_the_customer_first_then_for_the_tenant_when_customers_agree(shop):  # type: ignore[no-untyped-def]
    first = process(shop.id, PHRASE, phone="+447700900001")
    assert first is not None
    operator = make_user(shop.id, UserRole.OPERATOR)
    detail = actions.correct(operator, first, [SetLine(1, sku="COKE-ZERO-330")], approve=True)
    assert detail["status"] == "CONFIRMED"
    [learned] = list_learned(operator)
    assert (learned["phrase"], learned["sku"], learned["status"], learned["scope"]) == (
        "black fizzy",
        "COKE-ZERO-330",
        "ACTIVE",
        "customer",
    )
    assert learned["source_order_id"] == str(first) and learned["created_by"] == str(operator.user_id)

    # The same message from the same customer auto-confirms, saying why; from another customer of the
    # tenant it does not: one customer's meaning is not everyone's.
    status, lines, reasons = _status_of(shop.id, process(shop.id, PHRASE, phone="+447700900001"))
    assert (status, lines) == ("CONFIRMED", [("COKE-ZERO-330", "3.000")])
    assert "learned for this customer" in reasons[0]
    other = process(shop.id, PHRASE, phone="+447700900002")
    assert _status_of(shop.id, other)[0] == "REVIEW"

    # A second customer's correction agrees: now it is the tenant's, for a third customer too.
    actions.correct(operator, other, [SetLine(1, sku="COKE-ZERO-330")], approve=True)
    rows = list_learned(operator)
    assert sorted((r["scope"], r["status"]) for r in rows) == [
        ("customer", "ACTIVE"),
        ("customer", "ACTIVE"),
        ("tenant", "ACTIVE"),
    ]
    status, lines, _ = _status_of(shop.id, process(shop.id, PHRASE, phone="+447700900003"))
    assert (status, lines) == ("CONFIRMED", [("COKE-ZERO-330", "3.000")])

    # Undone everywhere, the phrase means nothing again.
    for r in rows:
        remove_learned(service_actor(shop.id), uuid.UUID(r["id"]))
    assert _status_of(shop.id, process(shop.id, PHRASE, phone="+447700900001"))[0] == "REVIEW"


def _message_of(tenant_id, order_id):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from db.session import tenant_session

    with tenant_session(tenant_id) as s:
        return s.execute(
            text("SELECT source_message_id FROM orders WHERE id = :o"), {"o": order_id}
        ).scalar_one()


def test_a_phrase_corrected_to_two_products_is_not_learned(shop):  # type: ignore[no-untyped-def]
    actor = service_actor(shop.id)
    # Two customers who mean different things by it: each keeps their own, the tenant learns nothing.
    x, y = process(shop.id, PHRASE, phone="+447700900011"), process(shop.id, PHRASE, phone="+447700900012")
    actions.correct(actor, x, [SetLine(1, sku="COKE-ZERO-330")], approve=True)
    actions.correct(actor, y, [SetLine(1, sku="COKE-330")], approve=True)
    assert sorted((r["scope"], r["sku"], r["status"]) for r in list_learned(actor)) == [
        ("customer", "COKE-330", "ACTIVE"),
        ("customer", "COKE-ZERO-330", "ACTIVE"),
    ]
    # The same words, a different product for each of them.
    assert _status_of(shop.id, process(shop.id, PHRASE, phone="+447700900011"))[:2] == (
        "CONFIRMED",
        [("COKE-ZERO-330", "3.000")],
    )
    assert _status_of(shop.id, process(shop.id, PHRASE, phone="+447700900012"))[:2] == (
        "CONFIRMED",
        [("COKE-330", "3.000")],
    )
    for r in list_learned(actor):
        remove_learned(actor, uuid.UUID(r["id"]))
    # One customer's corrections to two products: not applied for them until a manager decides.
    a = process(shop.id, PHRASE, phone="+447700900013")
    b = process(shop.id, "1 case of the black fizzy", phone="+447700900013")
    actions.correct(actor, a, [SetLine(1, sku="COKE-ZERO-330")], approve=True)
    actions.correct(actor, b, [SetLine(1, sku="COKE-330")], approve=True)
    rows = list_learned(actor, "conflict")
    assert {(r["sku"], r["status"]) for r in rows} == {
        ("COKE-ZERO-330", "CONFLICT"),
        ("COKE-330", "CONFLICT"),
    }
    poisoned = process(shop.id, PHRASE, phone="+447700900013")
    order, _ = order_for(shop.id, _message_of(shop.id, poisoned))
    assert order is not None and order.status.value == "REVIEW"
    # An operator may not undo learning; a manager resolves the conflict by removing the wrong side.
    with pytest.raises(Forbidden):
        remove_learned(make_user(shop.id, UserRole.OPERATOR), uuid.UUID(rows[0]["id"]))
    wrong = next(r for r in rows if r["sku"] == "COKE-330")
    code, out = _oms(
        "learning", "remove", wrong["id"], "--user", str(make_user(shop.id, UserRole.MANAGER).user_id)
    )
    assert code == 0 and "now ACTIVE" in out
    code, out = _oms("learning", "list", "--distributor", str(shop.id), "--status", "active", "--json")
    assert code == 0 and [r["sku"] for r in json.loads(out)] == ["COKE-ZERO-330"]


def test_review_commands_print_the_order_and_exit_clearly(shop):  # type: ignore[no-untyped-def]
    order_id = str(process(shop.id, PHRASE))
    code, out = _oms("review", "list", "--distributor", str(shop.id), "--reason", "black fizzy", "--json")
    assert code == 0 and [x["order_id"] for x in json.loads(out)["items"]] == [order_id]
    code, out = _oms("review", "show", order_id)  # the tenant is found from the order
    assert code == 0 and "REVIEW" in out and "black fizzy" in out
    code, out = _oms(
        "review", "correct", order_id, "--line", "1", "--sku", "FANTA-330", "--quantity", "2", "--json"
    )
    assert (
        code == 0
        and json.loads(out)["lines"][0]["sku"] == "FANTA-330"
        and json.loads(out)["status"] == "REVIEW"
    )
    code, out = _oms("review", "approve", order_id, "--version", "1")
    assert code == 4 and "version 2, not 1" in out
    operator = make_user(shop.id, UserRole.OPERATOR)
    code, out = _oms("review", "approve", order_id, "--user", str(operator.user_id), "--json")
    assert code == 0 and json.loads(out)["reviewed_by"] == str(operator.user_id)
    code, out = _oms("review", "reject", order_id, "--reason", "late")
    assert code == 4 and "CONFIRMED" in out
    code, out = _oms("review", "correct", order_id, "--sku", "FANTA-330")
    assert code == 2
