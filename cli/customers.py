"""`oms customers list`: a distributor's customers with their status, last order date and usual gap."""

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


COMMANDS = (customers,)
