"""`oms webhook add|list|disable|enable|rotate-secret|test|deliveries|replay`: a tenant's webhook endpoints.

An endpoint or delivery named by id alone is looked up across tenants (operators' view), then acted on
in its tenant's session. A signing secret is printed only by `add` and `rotate-secret`, on the last line.
Exit codes: 1 no such endpoint / delivery / distributor (or `test` not delivered), 2 bad input.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from cli.errors import fail, handles_errors, parse_uuid


def _handles(fn: Any) -> Any:
    from db.secrets import SecretsError
    from jobs.webhooks.endpoints import EndpointError, NotFoundError

    return handles_errors(((NotFoundError, SecretsError), 1), (EndpointError, 2))(fn)


_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86_400}


def _duration(value: str, what: str) -> timedelta:
    found = _DURATION.match(value.strip().lower())
    if not found:
        raise click.BadParameter(f"{value!r}: a number with s, m, h or d (e.g. 24h)", param_hint=what)
    return timedelta(seconds=float(found[1]) * _UNITS[found[2]])


def _time(value: str) -> datetime:
    """An ISO time (UTC if it has no zone), or a duration meaning that long ago (`2h`, `7d`)."""
    if _DURATION.match(value.strip().lower()):
        return datetime.now(UTC) - _duration(value, "--since")
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(
            f"{value!r}: an ISO time or a duration ago (2h)", param_hint="--since"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _owner(table: str, row_id: uuid.UUID, what: str) -> uuid.UUID:
    from db.tenants import owner_of

    tenant = owner_of(table, row_id)
    if tenant is None:
        fail(f"no {what} {row_id}", 1)
    return tenant


def _endpoint_tenant(value: str) -> tuple[uuid.UUID, uuid.UUID]:
    endpoint_id = parse_uuid(value, "ID")
    return _owner("webhook_endpoints", endpoint_id, "webhook endpoint"), endpoint_id


@click.group("webhook")
def webhook() -> None:
    """Webhook endpoints: where a distributor's events are delivered, signed and retried."""


@webhook.command("add")
@click.option("--distributor", required=True, help="distributor id")
@click.option("--url", required=True, help="https://... (public addresses only, unless allowed)")
@click.option(
    "--events", default="*", show_default=True, help="event types or patterns: order.*,message.created"
)
@click.option("--secret", default=None, help="whsec_... (default: a new random one)")
@click.option("--description", default=None)
@_handles
def add_cmd(distributor: str, url: str, events: str, secret: str | None, description: str | None) -> None:
    """Add an endpoint: prints its id on the first line and its signing secret on the last."""
    from jobs.webhooks.endpoints import add_endpoint

    info, plain = add_endpoint(
        parse_uuid(distributor), url, events=events, secret=secret, description=description
    )
    click.echo(str(info.id))
    click.echo(f"url {info.url}  events {','.join(info.events)}", err=True)
    click.echo("store this signing secret now: it is not shown again", err=True)
    click.echo(plain)


@webhook.command("list")
@click.option("--distributor", required=True, help="distributor id")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@_handles
def list_cmd(distributor: str, as_json: bool) -> None:
    """A distributor's endpoints (secrets are never shown)."""
    from jobs.webhooks.endpoints import list_endpoints

    rows = list_endpoints(parse_uuid(distributor))
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2))
        return
    click.echo(f"{'ID':36}  {'STATE':8}  {'FAILS':>5}  {'EVENTS':24}  URL")
    for r in rows:
        state = "active" if r.is_active else "disabled"
        click.echo(f"{r.id!s:36}  {state:8}  {r.failure_count:>5}  {','.join(r.events)[:24]:24}  {r.url}")


@webhook.command("disable")
@click.argument("endpoint_id", metavar="ID")
@_handles
def disable_cmd(endpoint_id: str) -> None:
    """Stop delivering to an endpoint (its pending deliveries fail, and can be replayed)."""
    from jobs.webhooks.endpoints import set_active

    tenant, eid = _endpoint_tenant(endpoint_id)
    set_active(tenant, eid, False)
    click.echo(f"endpoint {eid} disabled")


@webhook.command("enable")
@click.argument("endpoint_id", metavar="ID")
@_handles
def enable_cmd(endpoint_id: str) -> None:
    """Deliver to an endpoint again (its failure count starts afresh)."""
    from jobs.webhooks.endpoints import set_active

    tenant, eid = _endpoint_tenant(endpoint_id)
    set_active(tenant, eid, True)
    click.echo(f"endpoint {eid} enabled")


@webhook.command("rotate-secret")
@click.argument("endpoint_id", metavar="ID")
@click.option("--grace", default="24h", show_default=True, help="how long the old secret keeps signing too")
@_handles
def rotate_cmd(endpoint_id: str, grace: str) -> None:
    """A new signing secret (printed on the last line); the old one signs alongside it for --grace."""
    from jobs.webhooks.endpoints import rotate_secret

    tenant, eid = _endpoint_tenant(endpoint_id)
    info, plain = rotate_secret(tenant, eid, grace=_duration(grace, "--grace"))
    until = info.previous_secret_expires_at
    click.echo(
        f"endpoint {eid}: new secret; the old one also signs until {until.isoformat() if until else 'now'}"
    )
    click.echo(plain)


@webhook.command("test")
@click.argument("endpoint_id", metavar="ID")
@_handles
def test_cmd(endpoint_id: str) -> None:
    """Send a webhook.test event now and print what came back."""
    from jobs.webhooks.endpoints import send_test

    tenant, eid = _endpoint_tenant(endpoint_id)
    outcome = send_test(tenant, eid)
    if outcome.outcome == "busy":
        click.echo("the endpoint has every delivery slot in flight: the test is queued")
        return
    code = f"HTTP {outcome.status_code}" if outcome.status_code is not None else "no response"
    if outcome.status == "SUCCESS":
        click.echo(f"delivered: {code} in {outcome.duration_ms} ms")
        return
    then = f"; next attempt in {outcome.retry_in:.0f} s" if outcome.retry_in is not None else ""
    fail(f"not delivered: {outcome.error or code} after {outcome.duration_ms} ms{then}", 1)


@webhook.command("deliveries")
@click.argument("endpoint_id", metavar="ID")
@click.option("--status", default=None, help="pending, retrying, success or failed")
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="machine-readable output, with every attempt")
@_handles
def deliveries_cmd(endpoint_id: str, status: str | None, limit: int, as_json: bool) -> None:
    """An endpoint's deliveries, newest first."""
    from jobs.webhooks.endpoints import list_deliveries

    tenant, eid = _endpoint_tenant(endpoint_id)
    rows = list_deliveries(tenant, eid, status=status, limit=limit, with_attempts=as_json)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2))
        return
    click.echo(f"{'DELIVERY':36}  {'STATUS':8}  {'TRIES':>5}  {'CODE':>4}  {'EVENT':22}  ERROR")
    for r in rows:
        code = str(r.response_status_code or "-")
        click.echo(
            f"{r.id!s:36}  {r.status:8}  {r.attempt_count:>5}  {code:>4}  {r.event_type:22}  {r.error or ''}"
        )


@webhook.command("replay")
@click.argument("delivery_id", metavar="DELIVERY_ID", required=False)
@click.option("--endpoint", "endpoint_id", default=None, help="replay this endpoint's FAILED deliveries...")
@click.option("--since", default=None, help="...created since TIME (ISO time, or a duration ago: 2h, 7d)")
@_handles
def replay_cmd(delivery_id: str | None, endpoint_id: str | None, since: str | None) -> None:
    """Deliver again: one delivery (same webhook-id), or an endpoint's failed ones since a time."""
    from jobs.webhooks.endpoints import replay_delivery, replay_failed

    if delivery_id and not endpoint_id and not since:
        did = parse_uuid(delivery_id, "DELIVERY_ID")
        replay_delivery(_owner("webhook_deliveries", did, "webhook delivery"), did)
        click.echo(f"replaying delivery {did}")
        return
    if delivery_id or not (endpoint_id and since):
        raise click.UsageError("give DELIVERY_ID, or --endpoint ID with --since TIME")
    tenant, eid = _endpoint_tenant(endpoint_id)
    ids = replay_failed(tenant, eid, _time(since))
    click.echo(f"replaying {len(ids)} failed deliver{'y' if len(ids) == 1 else 'ies'} of endpoint {eid}")


COMMANDS = (webhook,)
