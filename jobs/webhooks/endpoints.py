"""A tenant's webhook endpoints and their deliveries: what `oms webhook ...` and the JSON API do.

Everything runs in a tenant session (row-level security walls it). Secrets are encrypted with the
tenant's key (db/secrets.py) and returned only by `add_endpoint` and `rotate_secret`, once.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from db import models as m
from db.enums import DeliveryStatus
from db.ids import as_uuid
from db.secrets import encrypt_secret
from db.session import tenant_session
from jobs.webhooks import dispatch, signing
from jobs.webhooks.payloads import test_event
from jobs.webhooks.ssrf import BlockedAddressError, Policy, check_url
from jobs.webhooks.types import SubscriptionError, parse_subscriptions
from worker.settings import Settings, get_settings

ROTATION_GRACE = timedelta(hours=24)


class EndpointError(ValueError):
    """Bad input (URL, events, secret, state): exit 2 in the CLI, 400 in the API."""


class NotFoundError(LookupError):
    """No such endpoint or delivery for this tenant (or no such tenant): exit 1, 404."""


@dataclass(frozen=True)
class EndpointInfo:
    id: uuid.UUID
    url: str
    description: str | None
    events: list[str]
    is_active: bool
    failure_count: int
    failing_since: datetime | None
    disabled_at: datetime | None
    disabled_reason: str | None
    previous_secret_expires_at: datetime | None
    created_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {k: _json(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class DeliveryInfo:
    id: uuid.UUID
    endpoint_id: uuid.UUID
    event_id: str
    event_type: str
    status: str
    attempt_count: int
    next_attempt_at: datetime | None
    last_attempt_at: datetime | None
    response_status_code: int | None
    error: str | None
    delivered_at: datetime | None
    created_at: datetime
    attempts: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {k: _json(v) for k, v in asdict(self).items()}


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    return value


def _info(e: m.WebhookEndpoint) -> EndpointInfo:
    return EndpointInfo(
        id=e.id,
        url=e.url,
        description=e.description,
        events=list(e.events),
        is_active=e.is_active,
        failure_count=e.failure_count,
        failing_since=e.failing_since,
        disabled_at=e.disabled_at,
        disabled_reason=e.disabled_reason,
        previous_secret_expires_at=e.previous_secret_expires_at,
        created_at=e.created_at,
    )


def _endpoint(s: Session, endpoint_id: uuid.UUID | str, *, lock: bool = False) -> m.WebhookEndpoint:
    e = s.get(m.WebhookEndpoint, _id(endpoint_id, "endpoint"), with_for_update=lock, populate_existing=True)
    if e is None:
        raise NotFoundError(f"no webhook endpoint {endpoint_id} for this distributor")
    return e


def _id(value: uuid.UUID | str, what: str) -> uuid.UUID:
    try:
        return as_uuid(value)
    except ValueError:
        raise NotFoundError(f"no {what} {value!r}") from None


def _secret(given: str | None) -> str:
    try:
        return signing.check_secret(given) if given else signing.new_secret()
    except signing.SecretFormatError as exc:
        raise EndpointError(str(exc)) from None


# ----------------------------------------------------------------------------- endpoints
def add_endpoint(
    distributor_id: uuid.UUID | str,
    url: str,
    *,
    events: str | list[str] | None = None,
    secret: str | None = None,
    description: str | None = None,
    settings: Settings | None = None,
) -> tuple[EndpointInfo, str]:
    """Create an endpoint; returns it and its signing secret (shown this once)."""
    s_ = settings or get_settings()
    try:
        url = check_url(url, Policy.from_cidrs(s_.webhook_allow_networks))
        patterns = parse_subscriptions(events)
    except (BlockedAddressError, SubscriptionError) as exc:
        raise EndpointError(str(exc)) from None
    plain = _secret(secret)
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant, s_) as s:
        if s.get(m.Distributor, tenant) is None:
            raise NotFoundError(f"no distributor {tenant}")
        e = m.WebhookEndpoint(
            distributor_id=tenant,
            url=url,
            description=description,
            events=patterns,
            secret_encrypted=encrypt_secret(s, tenant, plain, settings=s_),
            retry_attempts=len(s_.webhook_retry_schedule) + 1,
            timeout_seconds=max(1, min(120, round(s_.webhook_timeout))),
        )
        s.add(e)
        s.flush()
        s.refresh(e)
        return _info(e), plain


def list_endpoints(distributor_id: uuid.UUID | str) -> list[EndpointInfo]:
    with tenant_session(distributor_id) as s:
        rows = s.scalars(select(m.WebhookEndpoint).order_by(m.WebhookEndpoint.created_at)).all()
        return [_info(e) for e in rows]


def get_endpoint(distributor_id: uuid.UUID | str, endpoint_id: uuid.UUID | str) -> EndpointInfo:
    with tenant_session(distributor_id) as s:
        return _info(_endpoint(s, endpoint_id))


def set_active(distributor_id: uuid.UUID | str, endpoint_id: uuid.UUID | str, active: bool) -> EndpointInfo:
    """Disable (deliveries fail with 'endpoint disabled', replayable) or enable (health reset)."""
    with tenant_session(distributor_id) as s:
        e = _endpoint(s, endpoint_id, lock=True)
        if active and not e.is_active:
            e.is_active, e.disabled_at, e.disabled_reason = True, None, None
            e.failure_count, e.failing_since = 0, None
        elif not active and e.is_active:
            e.is_active, e.disabled_at, e.disabled_reason = (
                False,
                datetime.now(UTC),
                "disabled by an operator",
            )
        s.flush()
        return _info(e)


def rotate_secret(
    distributor_id: uuid.UUID | str,
    endpoint_id: uuid.UUID | str,
    *,
    grace: timedelta = ROTATION_GRACE,
    secret: str | None = None,
) -> tuple[EndpointInfo, str]:
    """A new signing secret; the old one keeps signing alongside it for `grace`."""
    plain = _secret(secret)
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant) as s:
        e = _endpoint(s, endpoint_id, lock=True)
        e.previous_secret_encrypted = e.secret_encrypted if grace.total_seconds() > 0 else None
        e.previous_secret_expires_at = datetime.now(UTC) + grace if grace.total_seconds() > 0 else None
        e.secret_encrypted = encrypt_secret(s, tenant, plain)
        s.flush()
        return _info(e), plain


def create_test_delivery(distributor_id: uuid.UUID | str, endpoint_id: uuid.UUID | str) -> uuid.UUID:
    """A webhook.test delivery for this one endpoint (whatever it subscribes to), due now."""
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant) as s:
        e = _endpoint(s, endpoint_id)
        if not e.is_active:
            raise EndpointError(f"endpoint {e.id} is disabled; enable it first")
        event = test_event(e.id, datetime.now(UTC))
        row = m.WebhookDelivery(
            distributor_id=tenant,
            endpoint_id=e.id,
            event_id=event["event_id"],
            event_type=event["event_type"],
            payload=event["payload"],
        )
        s.add(row)
        s.flush()
        return row.id


def send_test(distributor_id: uuid.UUID | str, endpoint_id: uuid.UUID | str) -> Any:
    """Send a webhook.test event now, in this process; returns the attempt's outcome."""
    from jobs.webhooks.delivery import attempt

    return attempt(create_test_delivery(distributor_id, endpoint_id), distributor_id)


# ----------------------------------------------------------------------------- deliveries
_ATTEMPTS = text(
    "SELECT delivery_id, attempt_number, attempted_at, duration_ms, response_status_code, response_body, "
    "error FROM webhook_delivery_attempts WHERE delivery_id = ANY(:ids) ORDER BY attempted_at"
)


def _status(value: str | None) -> DeliveryStatus | None:
    if value is None:
        return None
    try:
        return DeliveryStatus(value.upper())
    except ValueError:
        choices = ", ".join(x.value.lower() for x in DeliveryStatus)
        raise EndpointError(f"unknown delivery status {value!r}: one of {choices}") from None


def list_deliveries(
    distributor_id: uuid.UUID | str,
    endpoint_id: uuid.UUID | str,
    *,
    status: str | None = None,
    limit: int = 50,
    with_attempts: bool = True,
) -> list[DeliveryInfo]:
    """An endpoint's deliveries, newest first, with their attempts."""
    wanted = _status(status)
    with tenant_session(distributor_id) as s:
        e = _endpoint(s, endpoint_id)
        query = select(m.WebhookDelivery).where(m.WebhookDelivery.endpoint_id == e.id)
        if wanted is not None:
            query = query.where(m.WebhookDelivery.status == wanted)
        rows = s.scalars(query.order_by(m.WebhookDelivery.created_at.desc()).limit(limit)).all()
        attempts: dict[uuid.UUID, list[dict[str, Any]]] = {}
        if with_attempts and rows:
            for a in s.execute(_ATTEMPTS, {"ids": [r.id for r in rows]}).mappings():
                attempts.setdefault(a["delivery_id"], []).append(
                    {k: _json(v) for k, v in a.items() if k != "delivery_id"}
                )
        return [_delivery(r, attempts.get(r.id, [])) for r in rows]


def _delivery(r: m.WebhookDelivery, attempts: list[dict[str, Any]]) -> DeliveryInfo:
    return DeliveryInfo(
        id=r.id,
        endpoint_id=r.endpoint_id,
        event_id=r.event_id,
        event_type=r.event_type,
        status=r.status.value,
        attempt_count=r.attempt_count,
        next_attempt_at=r.next_attempt_at,
        last_attempt_at=r.last_attempt_at,
        response_status_code=r.response_status_code,
        error=r.error,
        delivered_at=r.delivered_at,
        created_at=r.created_at,
        attempts=attempts,
    )


_REPLAYABLE = (DeliveryStatus.FAILED, DeliveryStatus.SUCCESS)


def replay_delivery(distributor_id: uuid.UUID | str, delivery_id: uuid.UUID | str) -> uuid.UUID:
    """Send a finished delivery again (same webhook-id, a fresh retry schedule)."""
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant) as s:
        d = s.get(m.WebhookDelivery, _id(delivery_id, "delivery"), with_for_update=True)
        if d is None:
            raise NotFoundError(f"no webhook delivery {delivery_id} for this distributor")
        if d.status not in _REPLAYABLE:
            raise EndpointError(f"delivery {d.id} is {d.status.value}: it is still being delivered")
        if not _endpoint(s, d.endpoint_id).is_active:
            raise EndpointError(f"endpoint {d.endpoint_id} is disabled; enable it first")
        _reset(s, [d.id])
        dispatch.after_commit(s, tenant, [d.id])
        return d.id


def replay_failed(
    distributor_id: uuid.UUID | str, endpoint_id: uuid.UUID | str, since: datetime
) -> list[uuid.UUID]:
    """Send again every FAILED delivery of an endpoint created at or after `since`."""
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant) as s:
        e = _endpoint(s, endpoint_id)
        if not e.is_active:
            raise EndpointError(f"endpoint {e.id} is disabled; enable it first")
        ids = list(
            s.scalars(
                select(m.WebhookDelivery.id)
                .where(
                    m.WebhookDelivery.endpoint_id == e.id,
                    m.WebhookDelivery.status == DeliveryStatus.FAILED,
                    m.WebhookDelivery.created_at >= since,
                )
                .with_for_update()
            )
        )
        _reset(s, ids)
        dispatch.after_commit(s, tenant, ids)
        return ids


def _reset(s: Session, ids: list[uuid.UUID]) -> None:
    if ids:
        s.execute(
            update(m.WebhookDelivery)
            .where(m.WebhookDelivery.id.in_(ids))
            .values(
                status=DeliveryStatus.PENDING,
                attempt_count=0,
                next_attempt_at=text("now()"),
                error=None,
                delivered_at=None,
            )
        )
