"""`oms enqueue`: store one inbound message and start its pipeline (producers that are not HTTP)."""

from __future__ import annotations

from dataclasses import replace

import click

from cli.errors import handles_integration_errors, parse_uuid


@click.command("enqueue")
@click.option("--distributor", required=True, help="distributor id")
@click.option(
    "--channel", required=True, type=click.Choice(("SMS", "WHATSAPP", "EMAIL"), case_sensitive=False)
)
@click.option("--from", "from_", required=True, help="sender: phone number (SMS/WHATSAPP) or email (EMAIL)")
@click.option("--to", default=None, help="receiving number/address (optional)")
@click.argument("text")
@handles_integration_errors
def enqueue(distributor: str, channel: str, from_: str, to: str | None, text: str) -> None:
    """Store TEXT as an inbound customer message and start its pipeline; prints the message id."""
    from ingress.inbound import enqueue_inbound
    from ingress.payloads import PayloadError, parse_api

    tenant = parse_uuid(distributor)
    try:
        msg = parse_api({"channel": channel.upper(), "from": from_, "to": to, "body": text})
    except PayloadError as exc:
        hint = {"from": "--from", "to": "--to", "body": "TEXT"}.get(exc.field or "", exc.field)
        raise click.BadParameter(str(exc), param_hint=hint) from None
    result = enqueue_inbound(replace(msg, provider="cli"), distributor_id=tenant)
    click.echo(str(result.message_id))
    if not result.enqueued:
        click.echo("warning: stored but not enqueued (broker unavailable?); the sweeper will retry", err=True)


COMMANDS = (enqueue,)
