"""`oms review list|show|approve|correct|reject`: the review queue for operators on the command line.

Who acts: `--user USER_ID` (or OMS_USER) acts as that tenant user, with their role enforced by the
database and `reviewed_by` set to them; without it the command acts as the service for the tenant
(`--distributor`, or the order's own tenant, found by its id) and `reviewed_by` stays empty. Every
command prints the order (or the queue) afterwards; `--json` prints what the review API returns.
Exit codes: 1 no such order or user, 2 bad input, 3 database, 4 conflict (the order changed or is not
in review), 5 the user's role does not allow it.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import click

from cli.errors import fail, handles_errors, parse_uuid


def _errors():  # type: ignore[no-untyped-def]
    from jobs.review.actions import Conflict, InvalidCorrection
    from jobs.review.actor import Forbidden
    from jobs.review.queries import BadCursor, NotFound

    return handles_errors((NotFound, 1), ((InvalidCorrection, BadCursor), 2), (Conflict, 4), (Forbidden, 5))


def resolve_actor(distributor: str | None, user: str | None, order_id: uuid.UUID | None = None) -> Any:
    """The acting user (role enforced), or the service for `--distributor` / the order's tenant."""
    from jobs.review.actor import load_user, service_actor

    if user:
        actor = load_user(parse_uuid(user, "--user"))
        if actor is None:
            fail(f"no user profile {user}", 1)
        if distributor and parse_uuid(distributor) != actor.distributor_id:
            fail(f"user {user} belongs to another distributor", 2)
        return actor
    if distributor:
        return service_actor(parse_uuid(distributor), "cli")
    if order_id is None:
        fail("give --distributor or --user", 2)
    tenant = _order_tenant(order_id)
    if tenant is None:
        fail(f"order {order_id} not found", 1)
    return service_actor(tenant, "cli")


def _order_tenant(order_id: uuid.UUID) -> uuid.UUID | None:
    """The one cross-tenant read here: which tenant an order id belongs to (owner connection)."""
    from sqlalchemy import text

    from db.session import privileged_session

    with privileged_session() as s:
        found: uuid.UUID | None = s.execute(
            text("SELECT distributor_id FROM orders WHERE id = :id"), {"id": order_id}
        ).scalar_one_or_none()
        return found


def _who(fn):  # type: ignore[no-untyped-def]
    fn = click.option("--user", envvar="OMS_USER", default=None, help="act as this tenant user (id)")(fn)
    fn = click.option("--distributor", default=None, help="distributor id (default: the order's)")(fn)
    return click.option("--json", "as_json", is_flag=True, help="machine-readable output")(fn)


def print_order(detail: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(detail, indent=2, default=str))
        return
    conf = detail["confidence"]
    click.echo(
        f"order {detail['order_id']}  {detail['status']}  version {detail['version']}  "
        f"customer {detail['customer']}  confidence {conf if conf is not None else '-'}"
    )
    for reason in detail["reasons"]:
        click.echo(f"  reason: {reason}")
    if detail["message"]:
        click.echo(f"  message (redacted): {detail['message']['redacted_content']!r}")
    for x in detail["lines"]:
        cands = ", ".join(f"{c['sku']} {c['score']}" for c in x["candidates"][:3])
        variant = f" [{x['variant']}]" if x["variant"] else ""
        click.echo(
            f"  {x['line']:>2}  {x['sku'] or '(unmatched)'}{variant}  x{x['quantity']} {x['unit'] or ''}  "
            f"{x['line_price'] or '-'}  from {x['original_text']!r}"
            + (f"  candidates: {cands}" if cands else "")
        )
    click.echo(f"  total {detail['total_amount']} {detail['currency']}")
    for h in detail["history"]:
        extra = h["reason"] or "; ".join(c.get("summary", "") for c in h["changes"])
        click.echo(
            f"  {h['at'][:19]}  {h['action']} by {h['actor']}: {h['from_status']} -> {h['to_status']} {extra}"
        )


@click.group("review")
def review() -> None:
    """REVIEW orders: list, show, approve, correct, reject."""


@review.command("list")
@_who
@click.option("--reason", default=None, help="only orders with a review reason containing TEXT")
@click.option("--customer", default=None, help="only this customer's orders (id)")
@click.option("--older-than", type=click.IntRange(min=0), default=None, help="minutes in review, at least")
@click.option("--newer-than", type=click.IntRange(min=0), default=None, help="minutes in review, at most")
@click.option("--limit", type=click.IntRange(1, 500), default=50, show_default=True)
@click.option("--cursor", default=None, help="continue after the page that printed this cursor")
@_errors()
def review_list(
    as_json: bool,
    distributor: str | None,
    user: str | None,
    reason: str | None,
    customer: str | None,
    older_than: int | None,
    newer_than: int | None,
    limit: int,
    cursor: str | None,
) -> None:
    """The REVIEW queue, oldest first."""
    from jobs.review.queries import ReviewFilter, list_review

    actor = resolve_actor(distributor, user)
    page = list_review(
        actor,
        ReviewFilter(
            reason=reason,
            customer_id=parse_uuid(customer, "--customer") if customer else None,
            older_than=timedelta(minutes=older_than) if older_than is not None else None,
            newer_than=timedelta(minutes=newer_than) if newer_than is not None else None,
            limit=limit,
            cursor=cursor,
        ),
    )
    if as_json:
        click.echo(json.dumps(page, indent=2))
        return
    if not page["items"]:
        click.echo("no orders in review")
    for x in page["items"]:
        click.echo(
            f"{x['order_id']}  {x['created_at'][:19]}  {x['customer']}  {x['lines']} line(s)  "
            f"{x['total_amount']} {x['currency']}  {'; '.join(x['reasons'])}"
        )
    if page["next_cursor"]:
        click.echo(f"more: --cursor {page['next_cursor']}")


@review.command("show")
@click.argument("order_id")
@_who
@_errors()
def review_show(order_id: str, as_json: bool, distributor: str | None, user: str | None) -> None:
    """One order: message, redacted text, lines with candidates, reasons, history."""
    from jobs.review.queries import show_order

    oid = parse_uuid(order_id, "ORDER_ID")
    print_order(show_order(resolve_actor(distributor, user, oid), oid), as_json)


@review.command("approve")
@click.argument("order_id")
@_who
@click.option("--version", "version", type=int, default=None, help="fail unless the order is at this version")
@_errors()
def review_approve(
    order_id: str, as_json: bool, distributor: str | None, user: str | None, version: int | None
) -> None:
    """Confirm a REVIEW order as it is."""
    from jobs.review.actions import approve

    oid = parse_uuid(order_id, "ORDER_ID")
    print_order(approve(resolve_actor(distributor, user, oid), oid, expected_version=version), as_json)


@review.command("reject")
@click.argument("order_id")
@click.option("--reason", required=True, help="why (kept in the history and the order.rejected event)")
@_who
@click.option("--version", "version", type=int, default=None, help="fail unless the order is at this version")
@_errors()
def review_reject(
    order_id: str, reason: str, as_json: bool, distributor: str | None, user: str | None, version: int | None
) -> None:
    """Reject a REVIEW order."""
    from jobs.review.actions import reject

    oid = parse_uuid(order_id, "ORDER_ID")
    print_order(reject(resolve_actor(distributor, user, oid), oid, reason, expected_version=version), as_json)


def _decimal(value: str | None, what: str) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        raise click.BadParameter(f"{value!r} is not a number", param_hint=what) from None


@review.command("correct")
@click.argument("order_id")
@click.option("--line", type=int, default=None, help="the line to change")
@click.option("--sku", default=None, help="its product")
@click.option("--variant", default=None, help="its variant (by name)")
@click.option("--quantity", default=None, help="its quantity (or the added line's)")
@click.option("--add-sku", default=None, help="add a line with this product (needs --quantity)")
@click.option("--remove-line", type=int, multiple=True, help="remove this line (repeatable)")
@click.option("--approve", "then_approve", is_flag=True, help="approve in the same transaction")
@_who
@click.option("--version", "version", type=int, default=None, help="fail unless the order is at this version")
@_errors()
def review_correct(
    order_id: str,
    line: int | None,
    sku: str | None,
    variant: str | None,
    quantity: str | None,
    add_sku: str | None,
    remove_line: tuple[int, ...],
    then_approve: bool,
    as_json: bool,
    distributor: str | None,
    user: str | None,
    version: int | None,
) -> None:
    """Change a line's product, variant or quantity, add or remove lines; stays in REVIEW unless --approve."""
    from jobs.review.actions import AddLine, Correction, RemoveLine, SetLine, correct

    qty = _decimal(quantity, "--quantity")
    if line is not None and add_sku:
        fail("give either --line or --add-sku, not both", 2)
    changes: list[Correction] = []
    if line is not None:
        changes.append(SetLine(line, sku=sku, variant=variant, quantity=qty))
    elif add_sku:
        if qty is None:
            fail("--add-sku needs --quantity", 2)
        changes.append(AddLine(add_sku, qty, variant))
    elif sku or variant or qty is not None:
        fail("--sku, --variant and --quantity need --line (or --add-sku)", 2)
    changes += [RemoveLine(n) for n in remove_line]
    if not changes:
        fail("nothing to correct: give --line, --add-sku or --remove-line", 2)
    oid = parse_uuid(order_id, "ORDER_ID")
    actor = resolve_actor(distributor, user, oid)
    print_order(correct(actor, oid, changes, expected_version=version, approve=then_approve), as_json)


COMMANDS = (review,)
