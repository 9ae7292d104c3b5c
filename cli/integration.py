"""`oms integration add|list`: provider integrations, their secrets and API keys.

Secrets are never echoed back; an API key is printed once, when it is created.
"""

from __future__ import annotations

import json
import sys

import click

from cli.errors import handles_integration_errors, parse_uuid

PROVIDER_CHOICES = ("twilio", "whatsapp", "mailgun", "sendgrid", "api")


@click.group("integration")
def integration() -> None:
    """Provider integrations: receiving numbers/addresses, their secrets, API keys."""


@integration.command("add")
@click.option("--distributor", required=True, help="distributor id")
@click.option("--provider", required=True, type=click.Choice(PROVIDER_CHOICES, case_sensitive=False))
@click.option(
    "--address",
    default=None,
    help="receiving number (E.164, twilio/whatsapp; or the WhatsApp phone_number_id, digits only), "
    "receiving email (mailgun/sendgrid), or an optional label (api)",
)
@click.option(
    "--secret",
    default=None,
    help="twilio auth token | Meta app secret | Mailgun signing key | SendGrid basic-auth password; "
    "'-' reads it from stdin (keeps it out of shell history)",
)
@click.option("--verify-token", default=None, help="WhatsApp webhook verify token (hub.verify_token)")
@handles_integration_errors
def integration_add(
    distributor: str, provider: str, address: str | None, secret: str | None, verify_token: str | None
) -> None:
    """Add an integration; prints its id (and, for provider api, the API key: shown only this once)."""
    from db.integrations import add_integration

    tenant = parse_uuid(distributor)
    provider = provider.lower()
    if secret == "-":
        secret = sys.stdin.readline().rstrip("\r\n")
    if verify_token is not None and provider != "whatsapp":
        raise click.BadParameter("only applies to --provider whatsapp", param_hint="--verify-token")
    config = {"verify_token": verify_token} if verify_token is not None else None
    added = add_integration(tenant, provider, address, secret=secret or None, config=config)
    click.echo(str(added.id))
    if added.api_key:
        click.echo(added.api_key)
        click.echo("store this API key now: it is not shown again", err=True)


@integration.command("list")
@click.option("--distributor", required=True, help="distributor id")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@handles_integration_errors
def integration_list(distributor: str, as_json: bool) -> None:
    """List a distributor's integrations (secrets are never shown)."""
    from db.integrations import list_integrations

    rows = list_integrations(parse_uuid(distributor))
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "id": str(r.id),
                        "provider": r.provider,
                        "address": r.address,
                        "is_active": r.is_active,
                        "has_secret": r.has_secret,
                        "has_verify_token": "verify_token_sha256" in r.config,
                        "created_at": r.created_at.isoformat() if r.created_at else None,
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return
    click.echo(f"{'ID':36}  {'PROVIDER':8}  {'ACTIVE':6}  {'SECRET':6}  ADDRESS")
    for r in rows:
        click.echo(
            f"{r.id!s:36}  {r.provider:8}  {'yes' if r.is_active else 'no':6}  "
            f"{'yes' if r.has_secret or r.provider == 'api' else 'no':6}  {r.address or '-'}"
        )


COMMANDS = (integration,)
