"""The review API: the JSON routes a review screen uses, for tenant users (JWT) and integrations (API key).

    GET    /v1/review/orders                 ?reason=&customer=&older_than=&newer_than= (minutes) &limit=&cursor=
    GET    /v1/review/orders/{id}            the order, its message and redacted text, candidates, reasons
    POST   /v1/review/orders/{id}/approve    {"version"?}
    POST   /v1/review/orders/{id}/correct    {"version"?, "approve"?, "set": [{"line", "sku"?, "variant"?,
                                              "quantity"?}], "add": [{"sku", "quantity", "variant"?}],
                                              "remove": [line, ...]}
    POST   /v1/review/orders/{id}/reject     {"reason", "version"?}
    GET    /v1/learning                      ?status=active|conflict|removed
    DELETE /v1/learning/{id}

Answers: 200 with the order (or page, or list); 400 bad input ``{"error", "field"}``; 401 no or bad
credentials; 403 the role does not allow it or the user has no profile; 404 no such order for this tenant;
409 the order changed since it was read, or is not in review (``{"error", "version"}``). The work runs
in the thread pool as the caller (jobs/review), so the database enforces tenant and role.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ingress.auth import AuthError, JwtVerifier, authenticate
from jobs.learning.phrases import UnknownPhrase, list_learned, remove_learned
from jobs.review import actions, queries
from jobs.review.actions import AddLine, Conflict, Correction, InvalidCorrection, RemoveLine, SetLine
from jobs.review.actor import Actor, Forbidden
from jobs.review.queries import BadCursor, NotFound, ReviewFilter


class BadRequest(Exception):
    def __init__(self, error: str, field: str | None = None) -> None:
        super().__init__(error)
        self.error, self.field = error, field


Handler = Callable[[Request, Actor], Awaitable[Any]]


def _verifier(request: Request) -> JwtVerifier:
    """The app's JWT verifier, made on first use from its settings (it caches the JWKS keys)."""
    state = request.app.state
    verifier = getattr(state, "jwt_verifier", None)
    if verifier is None:
        verifier = state.jwt_verifier = JwtVerifier(state.settings)
    return verifier  # type: ignore[no-any-return]


def _endpoint(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """Authenticate, run, and turn the review errors into their status codes."""

    async def endpoint(request: Request) -> Response:
        try:
            actor = await authenticate(request, _verifier(request), request.app.state.resolver)
            return JSONResponse(await handler(request, actor))
        except AuthError as exc:
            headers = {"WWW-Authenticate": 'Bearer realm="oms"'} if exc.status == 401 else None
            return JSONResponse({"error": exc.error, "field": None}, exc.status, headers=headers)
        except (BadRequest, InvalidCorrection, BadCursor) as exc:
            return JSONResponse({"error": str(exc), "field": getattr(exc, "field", None)}, 400)
        except Forbidden as exc:
            return JSONResponse({"error": str(exc), "field": None}, 403)
        except (NotFound, UnknownPhrase) as exc:
            return JSONResponse({"error": str(exc), "field": None}, 404)
        except Conflict as exc:
            return JSONResponse({"error": str(exc), "field": "version"}, 409)

    return endpoint


def _uuid(value: str | None, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise BadRequest(f"{value!r} is not a UUID", field) from None


def _minutes(request: Request, name: str) -> timedelta | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    if not raw.isdigit():
        raise BadRequest(f"{name} must be a whole number of minutes", name)
    return timedelta(minutes=int(raw))


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("body is not valid JSON", "body") from None
    if not isinstance(body, dict):
        raise BadRequest("body must be a JSON object", "body")
    return body


def _version(body: dict[str, Any]) -> int | None:
    v = body.get("version")
    if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
        raise BadRequest("version must be an integer", "version")
    return v


def _decimal(value: Any, field: str) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise BadRequest(f"{value!r} is not a number", field) from None


def _corrections(body: dict[str, Any]) -> list[Correction]:
    out: list[Correction] = []
    for i, x in enumerate(body.get("set") or []):
        if not isinstance(x, dict) or not isinstance(x.get("line"), int):
            raise BadRequest("each set entry needs an integer line", f"set[{i}].line")
        out.append(
            SetLine(
                x["line"], x.get("sku"), x.get("variant"), _decimal(x.get("quantity"), f"set[{i}].quantity")
            )
        )
    for i, x in enumerate(body.get("add") or []):
        if not isinstance(x, dict) or not x.get("sku") or x.get("quantity") is None:
            raise BadRequest("each add entry needs sku and quantity", f"add[{i}]")
        quantity = _decimal(x["quantity"], f"add[{i}].quantity")
        assert quantity is not None
        out.append(AddLine(str(x["sku"]), quantity, x.get("variant")))
    for i, n in enumerate(body.get("remove") or []):
        if not isinstance(n, int):
            raise BadRequest("remove lists line numbers", f"remove[{i}]")
        out.append(RemoveLine(n))
    return out


# ----------------------------------------------------------------------------- handlers
async def list_orders(request: Request, actor: Actor) -> Any:
    q = request.query_params
    limit = q.get("limit", "50")
    if not limit.isdigit() or not 1 <= int(limit) <= 500:
        raise BadRequest("limit must be 1..500", "limit")
    flt = ReviewFilter(
        reason=q.get("reason") or None,
        customer_id=_uuid(q["customer"], "customer") if q.get("customer") else None,
        older_than=_minutes(request, "older_than"),
        newer_than=_minutes(request, "newer_than"),
        limit=int(limit),
        cursor=q.get("cursor") or None,
    )
    return await run_in_threadpool(queries.list_review, actor, flt)


async def show(request: Request, actor: Actor) -> Any:
    return await run_in_threadpool(
        queries.show_order, actor, _uuid(request.path_params["order_id"], "order_id")
    )


async def approve(request: Request, actor: Actor) -> Any:
    oid = _uuid(request.path_params["order_id"], "order_id")
    body = await _body(request)
    return await run_in_threadpool(lambda: actions.approve(actor, oid, expected_version=_version(body)))


async def correct(request: Request, actor: Actor) -> Any:
    oid = _uuid(request.path_params["order_id"], "order_id")
    body = await _body(request)
    changes, version, then_approve = _corrections(body), _version(body), body.get("approve") is True
    return await run_in_threadpool(
        lambda: actions.correct(actor, oid, changes, expected_version=version, approve=then_approve)
    )


async def reject(request: Request, actor: Actor) -> Any:
    oid = _uuid(request.path_params["order_id"], "order_id")
    body = await _body(request)
    reason = body.get("reason")
    if not isinstance(reason, str):
        raise BadRequest("reason is required", "reason")
    return await run_in_threadpool(
        lambda: actions.reject(actor, oid, reason, expected_version=_version(body))
    )


async def learned(request: Request, actor: Actor) -> Any:
    status = request.query_params.get("status")
    if status and status.lower() not in ("active", "conflict", "removed"):
        raise BadRequest("status is active, conflict or removed", "status")
    return {"items": await run_in_threadpool(list_learned, actor, status)}


async def unlearn(request: Request, actor: Actor) -> Any:
    return await run_in_threadpool(
        remove_learned, actor, _uuid(request.path_params["learned_id"], "learned_id")
    )


ROUTES = [
    Route("/v1/review/orders", _endpoint(list_orders), methods=["GET"]),
    Route("/v1/review/orders/{order_id}", _endpoint(show), methods=["GET"]),
    Route("/v1/review/orders/{order_id}/approve", _endpoint(approve), methods=["POST"]),
    Route("/v1/review/orders/{order_id}/correct", _endpoint(correct), methods=["POST"]),
    Route("/v1/review/orders/{order_id}/reject", _endpoint(reject), methods=["POST"]),
    Route("/v1/learning", _endpoint(learned), methods=["GET"]),
    Route("/v1/learning/{learned_id}", _endpoint(unlearn), methods=["DELETE"]),
]
