"""The delivery actors: one attempt is one claim, one POST and one record.

1. **Claim** (``oms_webhook_claim``, one statement): skip the delivery unless it is due and still pending;
   take one of the endpoint's ``OMS_WEBHOOK_ENDPOINT_CONCURRENCY`` slots (a PostgreSQL session advisory
   lock on this connection, released if the worker dies) or, if all are taken, push the delivery back a
   little and re-enqueue it on the retry queue; lease it (``next_attempt_at`` = now + total timeout + 30 s,
   so a worker that dies mid-POST leaves it to the sweep); count the attempt.
   **Durability**: the fused pipeline commits without waiting for the WAL flush, so a delivery could
   otherwise announce an order that a PostgreSQL crash then takes back. The claim reads
   ``pg_current_wal_insert_lsn()`` after seeing the delivery row (every commit it can see, the one that
   wrote the event included, has its commit record before that position) and compares it with
   ``pg_current_wal_flush_lsn()``: when the WAL is not flushed that far, the claim commits synchronously,
   which returns only once the WAL is flushed through the claim's own commit record, after that position.
   So no POST leaves before the write it announces is durable (tests/test_webhook_delivery.py proves it
   with pg_walinspect), and when the WAL writer got there first (a backlog, a retry) nothing waits.
2. **POST** (jobs/webhooks/transport.py): signed per Standard Webhooks, guarded against SSRF, bounded by
   the connect and total timeouts, redirects not followed.
3. **Record** (``oms_webhook_record``, one statement): the attempt row, the delivery's new state (SUCCESS;
   RETRYING at the next time of the schedule or of Retry-After; FAILED), the endpoint's health (410, or
   failing longer than ``OMS_WEBHOOK_DISABLE_AFTER``, disables it and records ``endpoint.disabled``), and
   the slot released. It commits without waiting for the flush: if a crash loses it, the attempt is simply
   made again, with the same webhook-id.

First attempts go to the ``webhooks`` queue; retries and deferrals to ``webhooks_retry`` at a lower
priority, so a backlog of retries never delays fresh events. Retries due within ``BROKER_DELAY_LIMIT`` are
delayed broker messages; later ones are left to the sweep (jobs/webhooks/sweep.py).
"""

from __future__ import annotations

import json
import random
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import dramatiq
import structlog

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from db.ids import as_uuid
from db.secrets import SecretsError, decrypt_secret
from db.session import function_connection, tenant_session
from db.tenant_token import call_as_tenant
from jobs.queues import WEBHOOK_QUEUE, WEBHOOK_RETRY_QUEUE
from jobs.webhooks import dispatch, signing, transport
from jobs.webhooks.payloads import endpoint_disabled_event
from jobs.webhooks.schedule import Verdict, VerdictKind, decide, jittered, max_attempts, parse_retry_after
from jobs.webhooks.ssrf import Policy
from worker import metrics
from worker.settings import Settings, get_settings

log = structlog.get_logger("oms.webhooks")

LEASE_MARGIN_SECONDS = 30.0
BROKER_DELAY_LIMIT = 600.0  # seconds; a later retry is enqueued by the sweep when it is due
BUSY_DELAY_SECONDS = 1.0  # all slots taken by a healthy endpoint: look again soon

CLAIM_SQL = (
    "SELECT outcome, slot, endpoint_id, url, event_id, event_type, payload, attempt_number, secret, "
    "previous_secret, endpoint_failing, seen_lsn, waited_for_flush "
    "FROM public.oms_webhook_claim(%s::uuid, %s::uuid, %s, %s, %s, %s, %s)"
)
RECORD_SQL = "SELECT status, endpoint_disabled, deliveries FROM public.oms_webhook_record(%s::uuid, %s::uuid, %s, %s::jsonb)"
UNLOCK_SQL = "SELECT pg_advisory_unlock(hashtext(%s::text), %s)"


@dataclass(frozen=True)
class Config:
    schedule: tuple[float, ...]
    slots: int
    connect_timeout: float
    total_timeout: float
    disable_after: float
    policy: Policy

    @property
    def lease(self) -> float:
        return self.total_timeout + LEASE_MARGIN_SECONDS


def config(settings: Settings | None = None) -> Config:
    return _config(settings or get_settings())


@lru_cache(maxsize=8)
def _config(s: Settings) -> Config:
    return Config(
        schedule=s.webhook_retry_schedule,
        slots=s.webhook_endpoint_concurrency,
        connect_timeout=s.webhook_connect_timeout,
        total_timeout=s.webhook_timeout,
        disable_after=s.webhook_disable_after_seconds,
        policy=Policy.from_cidrs(s.webhook_allow_networks),
    )


@dataclass(frozen=True)
class Claim:
    outcome: str  # claimed | skip | done | not_due | disabled | exhausted | busy
    slot: int | None
    endpoint_id: uuid.UUID | None
    url: str | None
    event_id: str | None
    event_type: str | None
    payload: dict[str, Any] | None
    attempt_number: int | None
    secret: bytes | None
    previous_secret: bytes | None
    endpoint_failing: bool | None
    seen_lsn: str | None
    waited_for_flush: bool


@dataclass(frozen=True)
class AttemptOutcome:
    """What `attempt` did: `outcome` is the claim's; the rest describe the POST when one was made."""

    outcome: str
    status: str | None = None  # the delivery's status afterwards: SUCCESS | RETRYING | FAILED
    attempt_number: int | None = None
    status_code: int | None = None
    error: str | None = None
    duration_ms: int | None = None
    retry_in: float | None = None
    waited_for_flush: bool = False
    endpoint_disabled: bool = False


# ----------------------------------------------------------------------------- secrets
_secret_cache: dict[tuple[uuid.UUID, bytes], str] = {}
_secret_lock = threading.Lock()


def _plaintext(tenant: uuid.UUID, blobs: list[bytes], settings: Settings | None = None) -> list[str]:
    """Decrypted signing secrets, kept in process memory only (never logged) to spare a key read."""
    out, missing = [], []
    for blob in blobs:
        found = _secret_cache.get((tenant, blob))
        out.append(found or "")
        if found is None:
            missing.append(blob)
    if missing:
        with tenant_session(tenant, settings) as s:
            plain = {blob: decrypt_secret(s, tenant, blob, settings=settings) for blob in missing}
        with _secret_lock:
            if len(_secret_cache) > 10_000:
                _secret_cache.clear()
            for blob, value in plain.items():
                _secret_cache[(tenant, blob)] = value
        out = [_secret_cache[(tenant, blob)] for blob in blobs]
    return out


# ----------------------------------------------------------------------------- one attempt
def attempt(
    delivery_id: uuid.UUID | str,
    distributor_id: uuid.UUID | str,
    *,
    cfg: Config | None = None,
    rng: random.Random | None = None,
    settings: Settings | None = None,
) -> AttemptOutcome:
    """Claim, POST and record one attempt of a delivery (also used inline by `oms webhook test`)."""
    cfg = cfg or config(settings)
    did, tenant = as_uuid(delivery_id), as_uuid(distributor_id)
    busy = jittered(BUSY_DELAY_SECONDS, rng)
    busy_failing = jittered(cfg.total_timeout, rng)
    with function_connection(settings) as conn:
        row = call_as_tenant(
            conn,
            CLAIM_SQL,
            (tenant, did, cfg.slots, cfg.lease, busy, busy_failing, max_attempts(cfg.schedule)),
        ).fetchone()
        assert row is not None  # the function always returns one row
        claim = Claim(*row)
        if claim.outcome == "busy":
            _send_retry(did, tenant, busy_failing if claim.endpoint_failing else busy)
            return AttemptOutcome("busy")
        if claim.outcome != "claimed":
            if claim.outcome in ("disabled", "exhausted"):
                log.info("webhook_given_up", delivery_id=str(did), reason=claim.outcome)
            return AttemptOutcome(claim.outcome)
        try:
            response = _post(claim, tenant, cfg, settings)
            verdict = decide(
                response.status_code,
                claim.attempt_number or 1,
                cfg.schedule,
                parse_retry_after(response.retry_after),
                rng,
            )
            result = _result(claim, tenant, response, verdict, cfg)
            recorded = call_as_tenant(
                conn, RECORD_SQL, (tenant, did, claim.slot, json.dumps(result))
            ).fetchone()
        except BaseException:
            _unlock(conn, claim)
            raise
    assert recorded is not None
    status, disabled, new_deliveries = recorded
    if new_deliveries:
        dispatch.enqueue(tenant, new_deliveries)
    if (
        verdict.kind == VerdictKind.RETRY
        and verdict.retry_in is not None
        and verdict.retry_in <= BROKER_DELAY_LIMIT
    ):
        _send_retry(did, tenant, verdict.retry_in)
    _report(did, tenant, claim, response, verdict, disabled)
    return AttemptOutcome(
        "claimed",
        status=status,
        attempt_number=claim.attempt_number,
        status_code=response.status_code,
        error=response.error,
        duration_ms=response.duration_ms,
        retry_in=verdict.retry_in,
        waited_for_flush=claim.waited_for_flush,
        endpoint_disabled=bool(disabled),
    )


def _report(
    did: uuid.UUID,
    tenant: uuid.UUID,
    claim: Claim,
    response: transport.Response,
    verdict: Verdict,
    disabled: bool | None,
) -> None:
    """The attempt's metric and log line (ids and outcome, never the body)."""
    metrics.WEBHOOK_DELIVERIES.labels(
        outcome=verdict.kind.value, attempt=metrics.attempt_bucket(claim.attempt_number or 1)
    ).inc()
    log.info(
        "webhook_attempt",
        delivery_id=str(did),
        distributor_id=str(tenant),
        endpoint_id=str(claim.endpoint_id),
        event_type=claim.event_type,
        attempt=claim.attempt_number,
        status_code=response.status_code,
        duration_ms=response.duration_ms,
        verdict=verdict.kind.value,
        waited_for_flush=claim.waited_for_flush,
        endpoint_disabled=disabled,
    )


def _post(claim: Claim, tenant: uuid.UUID, cfg: Config, settings: Settings | None) -> transport.Response:
    assert claim.url and claim.event_id and claim.secret is not None
    blobs = [bytes(claim.secret)] + ([bytes(claim.previous_secret)] if claim.previous_secret else [])
    try:
        secrets_ = _plaintext(tenant, blobs, settings)
    except SecretsError as exc:
        return transport.Response(None, None, 0, f"signing secret unavailable: {exc}")
    body = json.dumps(claim.payload, separators=(",", ":"), ensure_ascii=False).encode()
    headers = signing.headers(secrets_, claim.event_id, datetime.now(UTC), body)
    client = transport.shared_client(cfg.policy, cfg.connect_timeout, cfg.total_timeout)
    return transport.post(client, claim.url, body, headers, cfg.total_timeout)


def _result(
    claim: Claim, tenant: uuid.UUID, response: transport.Response, verdict: Verdict, cfg: Config
) -> dict[str, Any]:
    now = datetime.now(UTC)
    if verdict.kind == VerdictKind.GONE:
        reason = "the endpoint answered 410 Gone"
    else:
        reason = f"every attempt failed for more than {cfg.disable_after:g} seconds"
    assert claim.endpoint_id is not None
    return {
        "attempt_number": claim.attempt_number,
        "attempted_at": now.isoformat(),
        "duration_ms": response.duration_ms,
        "status_code": response.status_code,
        "response_body": response.body,
        "error": response.error,
        "verdict": verdict.kind.value,
        "retry_in": verdict.retry_in,
        "disable_after": cfg.disable_after,
        "disabled_reason": reason,
        "disabled_event": endpoint_disabled_event(tenant, claim.endpoint_id, reason, now),
        "endpoint_id": str(claim.endpoint_id),
    }


def _unlock(conn: Any, claim: Claim) -> None:
    try:
        conn.execute(UNLOCK_SQL, (str(claim.endpoint_id), claim.slot))
    except Exception:  # a broken connection is closed by the pool, which releases the lock too
        log.warning("webhook_slot_unlock_failed", endpoint_id=str(claim.endpoint_id))


def _send_retry(delivery_id: uuid.UUID, tenant: uuid.UUID, delay_seconds: float) -> None:
    try:
        retry_webhook.send_with_options(
            kwargs={"delivery_id": str(delivery_id), "distributor_id": str(tenant)},
            delay=max(0, int(delay_seconds * 1000)),
        )
    except Exception as exc:  # the row says when it is due: the sweep enqueues it
        log.warning("webhook_enqueue_failed", delivery_id=str(delivery_id), error_type=type(exc).__name__)


# ----------------------------------------------------------------------------- actors
_TIME_LIMIT_MS = int((get_settings().webhook_timeout + LEASE_MARGIN_SECONDS) * 1000)


@dramatiq.actor(
    queue_name=WEBHOOK_QUEUE,
    priority=0,
    max_retries=3,
    min_backoff=1000,
    max_backoff=30_000,
    time_limit=_TIME_LIMIT_MS,
)
def deliver_webhook(delivery_id: str, distributor_id: str) -> None:
    """A delivery's first attempt (retries of a crashed run too: the claim makes them harmless)."""
    attempt(delivery_id, distributor_id)


@dramatiq.actor(
    queue_name=WEBHOOK_RETRY_QUEUE,
    priority=10,
    max_retries=3,
    min_backoff=1000,
    max_backoff=30_000,
    time_limit=_TIME_LIMIT_MS,
)
def retry_webhook(delivery_id: str, distributor_id: str) -> None:
    """A retry or a deferral: the same attempt, on a queue of its own and at a lower priority."""
    attempt(delivery_id, distributor_id)
