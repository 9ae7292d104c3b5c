"""What the inbound routes share: the app's settings and resolver, reading bodies, storing a message.

Route handlers are module-level functions; what they need per app (settings, the resolution cache)
lives on ``request.app.state``, set by ``create_app``.
"""

from __future__ import annotations

import json
import uuid
from functools import partial
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request

from ingress.errors import BodyTooLarge, Rejected
from ingress.gate import DependencyGate
from ingress.inbound import InboundResult, ReplayClaim, ReplayedRequest, send_stored, store_inbound
from ingress.metrics import MESSAGES
from ingress.payloads import MAX_ATTACHMENTS, InboundMessage
from ingress.resolution import Resolver
from worker.settings import Settings

MAX_FORM_FIELDS = 1000  # multipart text fields per request (Mailgun posts each mail header as one)


def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def app_gate(request: Request) -> DependencyGate:
    gate: DependencyGate = request.app.state.db_gate
    return gate


def app_resolver(request: Request) -> Resolver:
    resolver: Resolver = request.app.state.resolver
    return resolver


async def store(
    request: Request,
    msg: InboundMessage,
    tenant: uuid.UUID,
    integration: uuid.UUID,
    replay: ReplayClaim | None = None,
) -> InboundResult:
    """Persist and enqueue ``msg`` (in the thread pool: the database work is synchronous), counted.
    With ``replay``, its token is claimed in the same transaction: a replay is a 403."""
    try:  # the database part is bounded by the gate; the broker part by Redis's own timeouts
        stored = await app_gate(request).run(
            partial(store_inbound, replay=replay),
            msg,
            distributor_id=tenant,
            integration_id=integration,
            settings=app_settings(request),
        )
        result = await run_in_threadpool(send_stored, msg, stored, tenant, request.app.state.outbox)
    except ReplayedRequest:
        raise Rejected(
            403, "signature token already used", reason="replayed", provider=msg.provider
        ) from None
    MESSAGES.labels(provider=msg.provider, outcome=outcome(result)).inc()
    return result


def outcome(result: InboundResult) -> str:
    return "accepted" if result.created else "duplicate"


async def read_form(request: Request, provider: str) -> FormData:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        raise Rejected(
            400,
            "expected a form-encoded or multipart body",
            reason="malformed",
            provider=provider,
            field="content-type",
        )
    try:
        # Bounded before anything is authenticated: the body by BodyLimit, its parts here.
        return await request.form(max_files=MAX_ATTACHMENTS, max_fields=MAX_FORM_FIELDS)
    except BodyTooLarge:
        raise
    except Exception as exc:  # multipart syntax errors and the like
        raise Rejected(
            400, "unreadable form body", reason="malformed", provider=provider, field="body"
        ) from exc


def form_text(form: FormData, key: str) -> str | None:
    value = form.get(key)
    return value if isinstance(value, str) and value.strip() else None


def json_body(raw: bytes, provider: str) -> Any:
    try:
        return json.loads(raw)
    except RecursionError:  # nesting deeper than the parser's recursion limit
        error = "body is nested too deeply"
    except (ValueError, UnicodeDecodeError):
        error = "body is not valid JSON"
    raise Rejected(400, error, reason="malformed", provider=provider, field="body")


def public_url(request: Request) -> str:
    """The URL the provider called, as it signed it: behind a proxy, ``OMS_PUBLIC_BASE_URL`` + path."""
    base = app_settings(request).public_base_url
    if base:
        query = request.url.query
        return base + request.url.path + (f"?{query}" if query else "")
    return str(request.url)
