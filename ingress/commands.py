"""`oms integration add|list`, `oms enqueue` and `oms ingress`, registered on the `oms` group in worker/cli.py::

    from ingress.commands import enqueue, ingress, integration
    main.add_command(integration)
    main.add_command(enqueue)
    main.add_command(ingress)

Bad input exits 2 with one line naming the problem; an unknown distributor exits 1; an unreachable or
unmigrated database exits 3. Secrets are never echoed back.
"""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

import click

from worker.cli_errors import fail as _fail
from worker.cli_errors import handles_errors
from worker.settings import SettingsError, get_settings

__all__ = ["COMMANDS", "enqueue", "ingress", "integration", "register"]

F = TypeVar("F", bound=Callable[..., Any])
PROVIDER_CHOICES = ("twilio", "whatsapp", "mailgun", "sendgrid", "api")


def _handles_errors(fn: F) -> F:
    """Expected failures become one clear line and a non-zero exit instead of a traceback."""
    from db.integrations import IntegrationError, UnknownDistributorError
    from db.secrets import SecretsError
    from ingress.inbound import UnknownTenantError

    return handles_errors(
        ((UnknownTenantError, UnknownDistributorError, SecretsError), 1), (IntegrationError, 2)
    )(fn)


def _distributor(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a UUID", param_hint="--distributor") from None


# ------------------------------------------------------------------------------------- integrations
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
@_handles_errors
def integration_add(
    distributor: str, provider: str, address: str | None, secret: str | None, verify_token: str | None
) -> None:
    """Add an integration; prints its id (and, for provider api, the API key: shown only this once)."""
    from db.integrations import add_integration

    tenant = _distributor(distributor)
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
@_handles_errors
def integration_list(distributor: str, as_json: bool) -> None:
    """List a distributor's integrations (secrets are never shown)."""
    from db.integrations import list_integrations

    rows = list_integrations(_distributor(distributor))
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
                        "has_verify_token": "verify_token" in r.config,
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


# ------------------------------------------------------------------------------------------ enqueue
@click.command("enqueue")
@click.option("--distributor", required=True, help="distributor id")
@click.option(
    "--channel", required=True, type=click.Choice(("SMS", "WHATSAPP", "EMAIL"), case_sensitive=False)
)
@click.option("--from", "from_", required=True, help="sender: phone number (SMS/WHATSAPP) or email (EMAIL)")
@click.option("--to", default=None, help="receiving number/address (optional)")
@click.argument("text")
@_handles_errors
def enqueue(distributor: str, channel: str, from_: str, to: str | None, text: str) -> None:
    """Store TEXT as an inbound customer message and start its pipeline; prints the message id."""
    from ingress.inbound import enqueue_inbound
    from ingress.payloads import PayloadError, parse_api

    tenant = _distributor(distributor)
    try:
        msg = parse_api({"channel": channel.upper(), "from": from_, "to": to, "body": text})
    except PayloadError as exc:
        hint = {"from": "--from", "to": "--to", "body": "TEXT"}.get(exc.field or "", exc.field)
        raise click.BadParameter(str(exc), param_hint=hint) from None
    result = enqueue_inbound(replace(msg, provider="cli"), distributor_id=tenant)
    click.echo(str(result.message_id))
    if not result.enqueued:
        click.echo("warning: stored but not enqueued (broker unavailable?); the sweeper will retry", err=True)


# ------------------------------------------------------------------------------------------ ingress
@click.command("ingress")
@click.option("--host", default=None, help="bind address [default: OMS_INGRESS_HOST or 127.0.0.1]")
@click.option("--port", default=None, type=click.IntRange(1, 65535), help="port [default: PORT or 8000]")
def ingress(host: str | None, port: int | None) -> None:
    """Run the HTTP ingress (provider webhooks, JSON API, /healthz, /readyz, /metrics)."""
    import uvicorn

    from ingress.app import create_app

    try:
        s = get_settings()
    except SettingsError as exc:
        _fail(f"configuration: {exc}", 2)
    uvicorn.run(
        create_app(s),
        host=host or s.ingress_host,
        port=port or s.ingress_port,
        log_config=None,  # keep the process's structlog configuration
        access_log=False,  # the ingress logs each message itself (ids only) and times every route
        loop="uvloop",
        http="httptools",
        server_header=False,
    )


COMMANDS = (integration, enqueue, ingress)


def register(group: click.Group) -> None:
    """Add every command of this module to ``group`` (the `oms` main group)."""
    for command in COMMANDS:
        if command.name not in group.commands:
            group.add_command(command)
