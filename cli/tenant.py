"""`oms tenant create|list`: distributors."""

from __future__ import annotations

import json
from decimal import Decimal

import click

from cli.errors import fail, handles_errors


@click.group("tenant")
def tenant() -> None:
    """Distributors (tenants)."""


@tenant.command("create")
@click.argument("name")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.85,
    show_default=True,
    help="ai_confidence_threshold: orders at or above it are auto-confirmed",
)
@click.option(
    "--budget-usd",
    type=click.FloatRange(min=0),
    default=50.0,
    show_default=True,
    help="monthly_ai_budget_usd",
)
@click.option("--currency", default="EUR", show_default=True)
@handles_errors()
def tenant_create(name: str, threshold: float, budget_usd: float, currency: str) -> None:
    """Create a distributor and print its id."""
    from db.tenants import create_tenant

    try:
        info = create_tenant(
            name, threshold=Decimal(str(threshold)), budget_usd=Decimal(str(budget_usd)), currency=currency
        )
    except ValueError as exc:
        fail(str(exc), 2)
    click.echo(str(info.id))


@tenant.command("list")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@handles_errors()
def tenant_list(as_json: bool) -> None:
    from db.tenants import list_tenants

    rows = list_tenants()
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        **r.__dict__,
                        "id": str(r.id),
                        "ai_confidence_threshold": str(r.ai_confidence_threshold),
                        "monthly_ai_budget_usd": str(r.monthly_ai_budget_usd),
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return
    click.echo(f"{'ID':36}  {'THRESHOLD':>9}  {'BUDGET USD':>10}  NAME")
    for r in rows:
        click.echo(f"{r.id!s:36}  {r.ai_confidence_threshold:>9}  {r.monthly_ai_budget_usd:>10}  {r.name}")


COMMANDS = (tenant,)
