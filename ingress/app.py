"""The HTTP ingress: provider webhooks and the JSON API in, committed and enqueued messages out.

Every inbound route does the same four things, in this order, and nothing else (no AI, no downloads):

1. authenticate: the API key, or the provider's signature checked with the secret of the integration
   that receives at the addressed number/email (resolved before the tenant is known, through the
   SECURITY DEFINER resolvers; answers are cached in process for up to 30 s, "not found" for 5 s:
   see ingress/resolution.py);
2. parse the provider payload into :class:`~ingress.payloads.InboundMessage` (400 naming the field);
3. ``enqueue_inbound``: one statement (``oms_ingest_message``) in its own tenant transaction, COMMIT,
   then enqueue (duplicates answer success);
4. answer at once.

Status codes: 401 missing credentials/signature, 403 bad signature, 400 malformed payload
(``{"error", "field"}``), 404 unknown receiving address, 413 body over ``settings.max_body_bytes``
(checked from Content-Length before reading, and while streaming), 503 database unavailable.
Database work is synchronous (SQLAlchemy's pool, psycopg), run in the thread pool. Logs carry ids, never content.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Histogram, generate_latest
from psycopg import Error as PsycopgError
from psycopg_pool import PoolTimeout
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as SQLAlchemyPoolTimeout
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from db.addresses import AddressError, normalize_phone
from db.integrations import IntegrationInfo, resolve_whatsapp_verify_token
from ingress.inbound import InboundResult, enqueue_inbound
from ingress.ops import ops_routes
from ingress.payloads import (
    MAX_ATTACHMENTS,
    InboundMessage,
    PayloadError,
    mailgun_receiver,
    parse_api,
    parse_mailgun,
    parse_sendgrid,
    parse_twilio,
    parse_whatsapp,
    sendgrid_receiver,
    twilio_receiver,
)
from ingress.resolution import Resolver
from ingress.signatures import verify_basic_auth, verify_mailgun, verify_meta, verify_twilio
from jobs.ops.collector import install as install_ops_collector
from worker.settings import Settings, get_settings

__all__ = ["create_app"]

log = structlog.get_logger("oms.ingress")

MESSAGES = Counter(
    "oms_ingress_messages_total", "Inbound messages by provider and outcome", ["provider", "outcome"]
)
REJECTED = Counter(
    "oms_ingress_rejected_total", "Rejected inbound requests by provider and reason", ["provider", "reason"]
)
LATENCY = Histogram(
    "oms_ingress_request_duration_seconds",
    "Ingress request latency by route",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
ROUTE_PROVIDERS = {
    "/v1/messages": "api",
    "/webhooks/twilio": "twilio",
    "/webhooks/whatsapp": "whatsapp",
    "/webhooks/email": "email",
}
READY_TIMEOUT_SECONDS = 3.0
MAX_FORM_FIELDS = 1000  # multipart text fields per request (Mailgun posts each mail header as one)


class Rejected(Exception):
    """An inbound request refused; becomes ``{"error", "field"}`` with ``status`` and is counted."""

    def __init__(
        self,
        status: int,
        error: str,
        *,
        reason: str,
        provider: str,
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(error)
        self.status, self.error, self.reason, self.provider = status, error, reason, provider
        self.field = field
        self.headers = dict(headers or {})


class BodyTooLarge(Exception):
    pass


def _malformed(provider: str, exc: PayloadError) -> Rejected:
    return Rejected(400, str(exc), reason="malformed", provider=provider, field=exc.field)


# ----------------------------------------------------------------------------------------- middleware


class BodyLimit:
    """413 for a body over ``max_bytes``: from Content-Length before reading, else while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                await JSONResponse({"error": "invalid Content-Length", "field": None}, 400)(
                    scope, receive, send
                )
                return
            if size > self.max_bytes:
                _count_too_large(scope)
                await _too_large_response(self.max_bytes)(scope, receive, send)
                return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge()
            return message

        await self.app(scope, limited, send)


def _too_large_response(max_bytes: int) -> JSONResponse:
    return JSONResponse({"error": f"request body larger than {max_bytes} bytes", "field": None}, 413)


def _count_too_large(scope: Scope) -> None:
    provider = ROUTE_PROVIDERS.get(scope.get("path", ""), "other")
    REJECTED.labels(provider=provider, reason="too_large").inc()
    log.info("inbound_rejected", provider=provider, reason="too_large", status=413)


class Timing:
    """Request latency histogram, labelled by route (unknown paths fold into "other")."""

    def __init__(self, app: ASGIApp, routes: frozenset[str]) -> None:
        self.app, self.routes = app, routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        path = scope.get("path", "")
        route = path if path in self.routes else "other"
        try:
            await self.app(scope, receive, send)
        finally:
            LATENCY.labels(route=route, method=scope.get("method", "")).observe(time.perf_counter() - started)


# ------------------------------------------------------------------------------------------- helpers


async def _store(
    msg: InboundMessage, tenant: uuid.UUID, integration: uuid.UUID, settings: Settings
) -> InboundResult:
    result = await run_in_threadpool(
        enqueue_inbound, msg, distributor_id=tenant, integration_id=integration, settings=settings
    )
    MESSAGES.labels(provider=msg.provider, outcome=_status(result)).inc()
    return result


def _status(result: InboundResult) -> str:
    return "accepted" if result.created else "duplicate"


async def _form(request: Request, provider: str) -> FormData:
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


def _form_text(form: FormData, key: str) -> str | None:
    value = form.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _public_url(request: Request, settings: Settings) -> str:
    """The URL the provider called, as it signed it: behind a proxy, ``OMS_PUBLIC_BASE_URL`` + path."""
    if settings.public_base_url:
        query = request.url.query
        return settings.public_base_url + request.url.path + (f"?{query}" if query else "")
    return str(request.url)


def _json_body(raw: bytes, provider: str) -> Any:
    try:
        return json.loads(raw)
    except RecursionError:  # nesting deeper than the parser's recursion limit
        error = "body is nested too deeply"
    except (ValueError, UnicodeDecodeError):
        error = "body is not valid JSON"
    raise Rejected(400, error, reason="malformed", provider=provider, field="body")


def _unknown_address(provider: str) -> Rejected:
    return Rejected(
        404, "no active integration receives at this address", reason="unknown_address", provider=provider
    )


# -------------------------------------------------------------------------------------------- routes


def create_app(settings: Settings | None = None) -> Starlette:
    s = settings or get_settings()
    resolver = Resolver(s)

    async def api_messages(request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        scheme, _, key = auth.strip().partition(" ")
        challenge = {"WWW-Authenticate": 'Bearer realm="oms"'}
        if scheme.lower() != "bearer" or not key.strip():
            raise Rejected(
                401,
                "missing API key (Authorization: Bearer <key>)",
                reason="missing_credentials",
                provider="api",
                headers=challenge,
            )
        resolved = await resolver.api_key(key.strip())
        if resolved is None:
            raise Rejected(
                401,
                "unknown or inactive API key",
                reason="bad_credentials",
                provider="api",
                headers=challenge,
            )
        payload = _json_body(await request.body(), "api")
        try:
            msg = parse_api(payload)
        except PayloadError as exc:
            raise _malformed("api", exc) from None
        result = await _store(msg, resolved.distributor_id, resolved.integration_id, s)
        return JSONResponse({"message_id": str(result.message_id), "status": _status(result)}, 202)

    async def twilio_webhook(request: Request) -> Response:
        signature = request.headers.get("x-twilio-signature")
        if not signature:
            raise Rejected(401, "missing X-Twilio-Signature", reason="missing_signature", provider="twilio")
        form = await _form(request, "twilio")
        try:
            to_address = twilio_receiver(form)
        except PayloadError as exc:
            raise _malformed("twilio", exc) from None
        info = await resolver.integration("twilio", to_address)
        if info is None:
            raise _unknown_address("twilio")
        if not info.secret or not verify_twilio(info.secret, _public_url(request, s), form, signature):
            raise Rejected(403, "bad X-Twilio-Signature", reason="bad_signature", provider="twilio")
        try:
            msg = parse_twilio(form)  # type: ignore[arg-type]  # FormData: str values for urlencoded
        except PayloadError as exc:
            raise _malformed("twilio", exc) from None
        await _store(msg, info.distributor_id, info.id, s)
        return Response(EMPTY_TWIML, media_type="text/xml")

    async def whatsapp_verify(request: Request) -> Response:
        params = request.query_params
        mode, token = params.get("hub.mode"), params.get("hub.verify_token")
        challenge = params.get("hub.challenge")
        if mode == "subscribe" and token and challenge is not None:
            resolved = await run_in_threadpool(resolve_whatsapp_verify_token, token, s)
            if resolved is not None:
                log.info(
                    "whatsapp_subscription_verified",
                    integration_id=str(resolved.integration_id),
                    distributor_id=str(resolved.distributor_id),
                )
                return PlainTextResponse(challenge)
        REJECTED.labels(provider="whatsapp", reason="bad_verify_token").inc()
        return JSONResponse({"error": "verification failed", "field": "hub.verify_token"}, 403)

    async def whatsapp_webhook(request: Request) -> Response:
        signature = request.headers.get("x-hub-signature-256")
        if not signature:
            raise Rejected(
                401, "missing X-Hub-Signature-256", reason="missing_signature", provider="whatsapp"
            )
        raw = await request.body()
        payload = _json_body(raw, "whatsapp")
        receivers = _whatsapp_receivers(payload)
        if not receivers:
            # Nothing names a receiving number, so nothing can be verified or routed: it must not carry
            # messages (parse_whatsapp insists on metadata for those); accept and ignore the rest.
            try:
                messages, statuses = parse_whatsapp(payload)
            except PayloadError as exc:
                raise _malformed("whatsapp", exc) from None
            log.info("whatsapp_unroutable_notification", statuses=statuses)
            return JSONResponse({"received": 0, "duplicates": 0, "statuses_ignored": statuses})
        integrations = await _resolve_whatsapp_receivers(receivers, resolver)
        if integrations is None:
            raise _unknown_address("whatsapp")
        distinct = {info.id: info for info in integrations.values()}
        if not all(info.secret and verify_meta(info.secret, raw, signature) for info in distinct.values()):
            raise Rejected(403, "bad X-Hub-Signature-256", reason="bad_signature", provider="whatsapp")
        try:
            messages, statuses = parse_whatsapp(payload)
        except PayloadError as exc:
            raise _malformed("whatsapp", exc) from None
        duplicates = 0
        for msg in messages:
            info = integrations.get(msg.receiver_id or "") or integrations.get(msg.to_address)
            if info is None:  # pragma: no cover - every receiver was resolved above
                raise _unknown_address("whatsapp")
            result = await _store(msg, info.distributor_id, info.id, s)
            duplicates += 0 if result.created else 1
        return JSONResponse(
            {"received": len(messages), "duplicates": duplicates, "statuses_ignored": statuses}
        )

    async def email_webhook(request: Request) -> Response:
        form = await _form(request, "email")
        if any(k in form for k in ("signature", "token", "timestamp", "recipient")):
            info, msg = await _mailgun(form)
        elif any(k in form for k in ("envelope", "headers", "to")):
            info, msg = await _sendgrid(request, form)
        else:
            raise Rejected(
                400,
                "unrecognised email webhook: expected Mailgun or SendGrid Inbound Parse fields",
                reason="malformed",
                provider="email",
                field="body",
            )
        result = await _store(msg, info.distributor_id, info.id, s)
        return JSONResponse({"message_id": str(result.message_id), "status": _status(result)})

    async def _mailgun(form: FormData) -> tuple[IntegrationInfo, InboundMessage]:
        # Only the signature fields and the recipient are read before the signature is checked.
        timestamp, token, signature = (_form_text(form, k) for k in ("timestamp", "token", "signature"))
        if not (timestamp and token and signature):
            raise Rejected(
                401,
                "missing Mailgun signature fields (timestamp, token, signature)",
                reason="missing_signature",
                provider="mailgun",
            )
        try:
            to_address = mailgun_receiver(form)
        except PayloadError as exc:
            raise _malformed("mailgun", exc) from None
        info = await resolver.integration("mailgun", to_address)
        if info is None:
            raise _unknown_address("mailgun")
        if not info.secret or not verify_mailgun(info.secret, timestamp, token, signature):
            raise Rejected(
                403, "bad or expired Mailgun signature", reason="bad_signature", provider="mailgun"
            )
        try:
            msg = parse_mailgun(form)
        except PayloadError as exc:
            raise _malformed("mailgun", exc) from None
        return info, msg

    async def _sendgrid(request: Request, form: FormData) -> tuple[IntegrationInfo, InboundMessage]:
        # Only the receiving address is read before the basic auth is checked (the integration that
        # holds the password is found from it); attachments, HTML and headers are parsed afterwards.
        auth = request.headers.get("authorization")
        if not auth:
            raise Rejected(
                401,
                "missing basic auth credentials",
                reason="missing_signature",
                provider="sendgrid",
                headers={"WWW-Authenticate": 'Basic realm="oms"'},
            )
        try:
            to_address = sendgrid_receiver(form)
        except PayloadError as exc:
            raise _malformed("sendgrid", exc) from None
        info = await resolver.integration("sendgrid", to_address)
        if info is None:
            raise _unknown_address("sendgrid")
        user = info.config.get("basic_auth_user")
        expected_user = user if isinstance(user, str) and user else None  # None: any user name
        if not info.secret or not verify_basic_auth(auth, expected_user, info.secret):
            raise Rejected(403, "bad basic auth credentials", reason="bad_signature", provider="sendgrid")
        try:
            msg = parse_sendgrid(form)
        except PayloadError as exc:
            raise _malformed("sendgrid", exc) from None
        return info, msg

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        checks: dict[str, str] = {}
        for name, probe in (("database", _ping_database), ("broker", _ping_broker)):
            try:
                await asyncio.wait_for(run_in_threadpool(probe, s), READY_TIMEOUT_SECONDS)
                checks[name] = "ok"
            except SchemaBehind as exc:
                checks[name] = f"schema behind ({exc})"
            except Exception as exc:
                checks[name] = f"unavailable ({type(exc).__name__})"
        ready = all(v == "ok" for v in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "unavailable", "checks": checks}, 200 if ready else 503
        )

    async def metrics(request: Request) -> Response:
        body = await run_in_threadpool(generate_latest, REGISTRY)  # the ops gauges read broker and DB
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    async def on_rejected(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Rejected)
        REJECTED.labels(provider=exc.provider, reason=exc.reason).inc()
        log.info(
            "inbound_rejected",
            provider=exc.provider,
            reason=exc.reason,
            status=exc.status,
            field_name=exc.field,
        )
        return JSONResponse({"error": exc.error, "field": exc.field}, exc.status, headers=exc.headers)

    async def on_too_large(request: Request, exc: Exception) -> Response:
        _count_too_large(request.scope)
        return _too_large_response(s.max_body_bytes)

    async def on_database_error(request: Request, exc: Exception) -> Response:
        # The exception text may quote row values (personal data): log its type and SQLSTATE only.
        orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
        log.error(
            "ingress_database_error",
            error_type=type(orig or exc).__name__,
            sqlstate=getattr(orig, "sqlstate", None),
            path=request.url.path,
        )
        return JSONResponse({"error": "database unavailable, retry later", "field": None}, 503)

    routes = [
        Route("/v1/messages", api_messages, methods=["POST"]),
        Route("/webhooks/twilio", twilio_webhook, methods=["POST"]),
        Route("/webhooks/whatsapp", whatsapp_verify, methods=["GET"]),
        Route("/webhooks/whatsapp", whatsapp_webhook, methods=["POST"]),
        Route("/webhooks/email", email_webhook, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        *ops_routes(s),
    ]
    install_ops_collector()
    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        Rejected: on_rejected,
        BodyTooLarge: on_too_large,
        DBAPIError: on_database_error,  # through SQLAlchemy (tenant resolution)
        PsycopgError: on_database_error,  # plain psycopg (the one-statement ingest)
        PoolTimeout: on_database_error,  # every connection busy for the pool's timeout
        SQLAlchemyPoolTimeout: on_database_error,  # the same, for the ORM's pool
    }
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.settings = s
    app.add_middleware(BodyLimit, max_bytes=s.max_body_bytes)
    app.add_middleware(Timing, routes=frozenset(route.path for route in routes))
    return app


# --------------------------------------------------------------------------------------- whatsapp


def _whatsapp_receivers(payload: Any) -> list[tuple[str | None, str | None]]:
    """(phone_number_id, display_phone_number) of every change's metadata, tolerating any shape:
    the signature is checked before the body is trusted, and full validation comes after."""
    found: list[tuple[str | None, str | None]] = []
    entries = payload.get("entry") if isinstance(payload, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        for change in changes if isinstance(changes, list) else []:
            value = change.get("value") if isinstance(change, dict) else None
            metadata = value.get("metadata") if isinstance(value, dict) else None
            if not isinstance(metadata, dict):
                continue
            pid, display = metadata.get("phone_number_id"), metadata.get("display_phone_number")
            pid = pid.strip() if isinstance(pid, str) and pid.strip() else None
            display = display.strip() if isinstance(display, str) and display.strip() else None
            if (pid or display) and (pid, display) not in found:
                found.append((pid, display))
    return found


async def _resolve_whatsapp_receivers(
    receivers: list[tuple[str | None, str | None]], resolver: Resolver
) -> dict[str, IntegrationInfo] | None:
    """Integrations by phone_number_id and by E.164 display number; None if any receiver is unknown.
    Cache hits are answered on the event loop; only a miss goes to a thread."""
    by_key: dict[str, IntegrationInfo] = {}
    for pid, display in receivers:
        e164 = None
        if display:
            try:
                e164 = normalize_phone(display if display.startswith("+") else "+" + display)
            except AddressError:
                e164 = None
        info = None
        for candidate in (pid, e164):
            if candidate:
                info = await resolver.integration("whatsapp", candidate)
                if info is not None:
                    break
        if info is None:
            return None
        for key in (pid, e164):
            if key:
                by_key[key] = info
    return by_key


# ------------------------------------------------------------------------------------------ readiness


class SchemaBehind(Exception):
    """The database is reachable but not migrated to this code's head revision."""


def _ping_database(settings: Settings) -> None:
    """Reachable as the application role, and migrated to the revision this code expects."""
    from sqlalchemy.exc import ProgrammingError

    from db.migrate import head
    from db.session import app_session

    try:
        with app_session(settings) as session:
            revision = session.execute(text("SELECT public.oms_schema_revision()")).scalar()
    except ProgrammingError:  # older than migration 0009, which added the function
        revision = None
    if revision != head():
        raise SchemaBehind(f"at {revision or 'an older revision'}, this code needs {head()}")


def _ping_broker(settings: Settings) -> None:
    from worker.broker import broker

    client = getattr(broker, "client", None)  # RedisBroker
    if client is not None:
        client.ping()
        return
    connection = broker.connection  # type: ignore[attr-defined]  # RabbitmqBroker: opens if needed
    if not connection.is_open:
        raise ConnectionError("broker connection is closed")
