"""`oms customers list`: a distributor's customers with their status, last order date and usual gap.
`oms customers guide ID`: what one customer orders (the order guide of issue #15)."""

from __future__ import annotations

import json
import uuid

import click

from cli.errors import fail, handles_errors

STATUSES = ("ORDERING", "AT_RISK", "STOPPED_ORDERING", "NO_ORDERS_YET")


@click.group("customers")
def customers() -> None:
    """Customers and their ordering status."""


@customers.command("list")
@click.option("--distributor", required=True, help="distributor id")
@click.option("--status", type=click.Choice(STATUSES, case_sensitive=False), default=None)
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@handles_errors()
def customers_list(distributor: str, status: str | None, limit: int, as_json: bool) -> None:
    """List customers, most recent orderers first (dates in the distributor's timezone)."""
    from db.enums import CustomerStatus
    from jobs.customers.status import list_customers

    try:
        tenant = uuid.UUID(distributor)
    except ValueError:
        fail(f"--distributor: {distributor!r} is not a UUID", 2)
    rows = list_customers(tenant, CustomerStatus(status.upper()) if status else None, limit)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2))
        return
    if not rows:
        click.echo("no customers")
        return
    click.echo(f"{'status':<17} {'last order':<10} {'days':>5} {'usual gap':>9} {'orders':>6}  customer")
    for r in rows:
        last = r.last_order_day.isoformat() if r.last_order_day else "-"
        days = "-" if r.days_since_last_order is None else str(r.days_since_last_order)
        gap = "-" if r.usual_gap_days is None else f"{r.usual_gap_days}d"
        click.echo(
            f"{r.status.value:<17} {last:<10} {days:>5} {gap:>9} {r.total_orders:>6}  "
            f"{r.business_name} ({r.customer_code})"
        )


@customers.command("guide")
@click.argument("customer_id")
@click.option("--distributor", required=True, help="distributor id")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@handles_errors()
def customers_guide(customer_id: str, distributor: str, as_json: bool) -> None:
    """The customer's order guide: products it has had in confirmed orders, most ordered first."""
    from ingress.read_api import customer_guide_view

    try:
        tenant, customer = uuid.UUID(distributor), uuid.UUID(customer_id)
    except ValueError:
        fail("--distributor and CUSTOMER_ID must be UUIDs", 2)
    view = customer_guide_view(tenant, customer)
    if view is None:
        fail(f"no customer {customer_id} for this distributor", 1)
    if as_json:
        click.echo(json.dumps(view, indent=2))
        return
    click.echo(f"{view['business_name']} ({view['customer_code']})")
    if not view["data"]:
        click.echo("no confirmed orders yet: an empty guide")
        return
    click.echo(f"{'orders':>6} {'typical':>8} {'last':>8} {'last ordered':<12}  product")
    for r in view["data"]:
        name = r["sku"] + (f" [{r['variant']}]" if r["variant"] else "")
        click.echo(
            f"{r['orders']:>6} {r['typical_quantity'] or '-':>8} {r['last_quantity'] or '-':>8} "
            f"{r['last_ordered_at'][:10]:<12}  {name}  {r['product_name']}"
        )


COMMANDS = (customers,)
