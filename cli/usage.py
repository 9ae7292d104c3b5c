"""`oms usage`: AI spend, requests, attempts, tokens, error rate and budget left, per tenant and month."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import click

from cli.errors import handles_errors, parse_uuid


def _month(value: str | None) -> date:
    if not value:
        today = datetime.now(UTC).date()
        return today.replace(day=1)
    try:
        return datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not YYYY-MM", param_hint="--month") from None


@click.command("usage")
@click.option("--distributor", default=None, help="one tenant (default: every tenant)")
@click.option("--month", default=None, help="YYYY-MM (default: this month, UTC)")
@click.option("--by", type=click.Choice(["day", "model"]), default=None, help="one row per day or per model")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@handles_errors()
def usage_cmd(distributor: str | None, month: str | None, by: str | None, as_json: bool) -> None:
    """AI usage: spend (USD, exact sums rounded once), requests (calls), attempts (HTTP requests),
    tokens, error rate (failed attempts per attempt) and the month's budget left."""
    from jobs.ai.usage import usage_report

    tenant = parse_uuid(distributor) if distributor else None
    first = _month(month)
    rows = usage_report(first, by or "tenant", tenant)
    if as_json:
        click.echo(
            json.dumps(
                {"month": first.strftime("%Y-%m"), "by": by, "rows": [r.as_json() for r in rows]}, indent=2
            )
        )
        return
    key = {"day": "DAY", "model": "MODEL"}.get(by or "", "")
    click.echo(
        f"{'DISTRIBUTOR':36}  {key:24}  {'REQUESTS':>8}  {'ATTEMPTS':>8}  {'ERR%':>6}  {'TOKENS':>10}  "
        f"{'SPEND USD':>12}  {'BUDGET LEFT':>12}  NAME"
    )
    for r in rows:
        click.echo(
            f"{r.distributor_id!s:36}  {r.key:24}  {r.requests:>8}  {r.attempts:>8}  {r.error_rate * 100:>6.2f}  "
            f"{r.tokens:>10}  {r.spend_usd:>12}  {r.budget_left_usd:>12}  {r.name}"
        )


COMMANDS = (usage_cmd,)
