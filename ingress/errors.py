"""How an ingress request fails: the exceptions routes raise and the one handler that answers them.

Every refusal is ``{"error", "field"}`` with its status, counted by provider and reason and logged with
ids only: 401 missing credentials/signature, 403 bad signature, 400 malformed payload (``field`` is the
path of the bad field), 404 unknown receiving address, 413 body too large, 503 database unavailable.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import structlog
from psycopg import DataError as PsycopgDataError
from psycopg import Error as PsycopgError
from psycopg_pool import PoolTimeout
from sqlalchemy.exc import DataError as SQLAlchemyDataError
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as SQLAlchemyPoolTimeout
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Scope

from ingress.gate import DependencyDown
from ingress.metrics import REJECTED
from ingress.payloads import PayloadError

log = structlog.get_logger("oms.ingress")

# Provider label of a path, for requests refused before a route runs (413); others count as "other".
ROUTE_PROVIDERS = {
    "/v1/messages": "api",
    "/webhooks/twilio": "twilio",
    "/webhooks/whatsapp": "whatsapp",
    "/webhooks/email": "email",
}

# Database failures: through SQLAlchemy (tenant resolution), plain psycopg (the one-statement ingest),
# and every pooled connection busy for the pool's timeout (either pool).
DATABASE_ERRORS: tuple[type[Exception], ...] = (DBAPIError, PsycopgError, PoolTimeout, SQLAlchemyPoolTimeout)


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
    """The streamed body passed ``settings.max_body_bytes`` (raised by the BodyLimit middleware)."""


@contextmanager
def malformed_as_400(provider: str) -> Iterator[None]:
    """A PayloadError raised inside becomes a 400 naming its field."""
    try:
        yield
    except PayloadError as exc:
        raise Rejected(400, str(exc), reason="malformed", provider=provider, field=exc.field) from None


def unknown_address(provider: str) -> Rejected:
    return Rejected(
        404, "no active integration receives at this address", reason="unknown_address", provider=provider
    )


def too_large(scope: Scope, max_bytes: int) -> JSONResponse:
    """The 413 answer, counted under the provider of the path."""
    provider = ROUTE_PROVIDERS.get(scope.get("path", ""), "other")
    REJECTED.labels(provider=provider, reason="too_large").inc()
    log.info("inbound_rejected", provider=provider, reason="too_large", status=413)
    return JSONResponse({"error": f"request body larger than {max_bytes} bytes", "field": None}, 413)


async def handle_error(request: Request, exc: Exception) -> Response:
    """The ingress's one exception handler (registered for every type in ``EXCEPTION_HANDLERS``)."""
    if isinstance(exc, Rejected):
        REJECTED.labels(provider=exc.provider, reason=exc.reason).inc()
        log.info(
            "inbound_rejected",
            provider=exc.provider,
            reason=exc.reason,
            status=exc.status,
            field_name=exc.field,
        )
        return JSONResponse({"error": exc.error, "field": exc.field}, exc.status, headers=exc.headers)
    if isinstance(exc, BodyTooLarge):
        return too_large(request.scope, request.app.state.settings.max_body_bytes)
    if isinstance(exc, DependencyDown):
        REJECTED.labels(provider=ROUTE_PROVIDERS.get(request.url.path, "other"), reason="unavailable").inc()
        retry_after = str(max(1, round(exc.retry_after)))
        body = {"error": f"{exc.name} unavailable, retry later", "field": None}
        return JSONResponse(body, 503, headers={"Retry-After": retry_after})
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(exc, PsycopgDataError | SQLAlchemyDataError):
        # A value PostgreSQL refuses (SQLSTATE class 22) is the client's input, not an outage: a 503
        # would make the provider retry it forever. The parsers should have caught it; this is the net.
        provider = ROUTE_PROVIDERS.get(request.url.path, "other")
        REJECTED.labels(provider=provider, reason="malformed").inc()
        log.warning(
            "ingress_unstorable_value", sqlstate=getattr(orig or exc, "sqlstate", None), path=request.url.path
        )
        return JSONResponse({"error": "a value in the request cannot be stored", "field": None}, 400)
    # A database error; its text may quote row values (personal data): log its type and SQLSTATE only.
    log.error(
        "ingress_database_error",
        error_type=type(orig or exc).__name__,
        sqlstate=getattr(orig, "sqlstate", None),
        path=request.url.path,
    )
    return JSONResponse({"error": "database unavailable, retry later", "field": None}, 503)


EXCEPTION_HANDLERS: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
    kind: handle_error for kind in (Rejected, BodyTooLarge, DependencyDown, *DATABASE_ERRORS)
}
