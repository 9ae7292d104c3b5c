"""The webhook-endpoint actions of `oms webhook ...` as a JSON API, under the tenant's API key.

=======================================================  ==================================================
``POST /v1/webhook-endpoints``                           ``{url, events?, secret?, description?}`` -> 201,
                                                         the endpoint and its ``secret`` (shown only here)
``GET /v1/webhook-endpoints``                            ``{"data": [endpoint, ...]}``
``GET /v1/webhook-endpoints/{id}``                       the endpoint
``POST /v1/webhook-endpoints/{id}/disable`` | ``enable``   the endpoint
``POST /v1/webhook-endpoints/{id}/rotate-secret``         ``{grace_seconds?}`` (default 86400) -> endpoint and
                                                         new ``secret``; the old one signs too until then
``POST /v1/webhook-endpoints/{id}/test``                  202 ``{delivery_id}``: a webhook.test event, queued
``GET /v1/webhook-endpoints/{id}/deliveries``             ``?status=failed&limit=50``: newest first, attempts
``POST /v1/webhook-endpoints/{id}/replay``                ``{since}``: FAILED deliveries since then, again
``POST /v1/webhook-deliveries/{id}/replay``               202: one delivery again (same webhook-id)
=======================================================  ==================================================

Bad input is 400 ``{"error", "field"}``; an id of another tenant is 404, as one that does not exist.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ingress.receive import app_settings
from ingress.tenant_auth import bad_request, json_object, not_found, path_id, tenant_of
from jobs.webhooks import endpoints as ep


def _call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Awaitable[Any]:
    """Run an endpoints function in the thread pool; its refusals become 400 / 404."""

    def run() -> Any:
        try:
            return fn(*args, **kwargs)
        except ep.EndpointError as exc:
            raise bad_request(str(exc)) from None
        except ep.NotFoundError as exc:
            raise not_found(str(exc)) from None

    return run_in_threadpool(run)


def _text(body: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"{key} must be a non-empty string", key)
    return value.strip()


async def create(request: Request) -> Response:
    tenant = await tenant_of(request)
    body = await json_object(request)
    events = body.get("events")
    if events is not None and not (isinstance(events, list) and all(isinstance(e, str) for e in events)):
        raise bad_request("events must be a list of event types or patterns", "events")
    info, secret = await _call(
        ep.add_endpoint,
        tenant,
        _text(body, "url", required=True),
        events=events,
        secret=_text(body, "secret"),
        description=_text(body, "description"),
        settings=app_settings(request),
    )
    return JSONResponse({**info.as_dict(), "secret": secret}, 201)


async def index(request: Request) -> Response:
    rows = await _call(ep.list_endpoints, await tenant_of(request))
    return JSONResponse({"data": [r.as_dict() for r in rows]})


async def show(request: Request) -> Response:
    info = await _call(ep.get_endpoint, await tenant_of(request), path_id(request, "id", "endpoint"))
    return JSONResponse(info.as_dict())


async def disable(request: Request) -> Response:
    info = await _call(ep.set_active, await tenant_of(request), path_id(request, "id", "endpoint"), False)
    return JSONResponse(info.as_dict())


async def enable(request: Request) -> Response:
    info = await _call(ep.set_active, await tenant_of(request), path_id(request, "id", "endpoint"), True)
    return JSONResponse(info.as_dict())


async def rotate(request: Request) -> Response:
    tenant = await tenant_of(request)
    body = await json_object(request)
    grace = body.get("grace_seconds", 86_400)
    if not isinstance(grace, int | float) or isinstance(grace, bool) or not 0 <= grace <= 30 * 86_400:
        raise bad_request("grace_seconds must be 0 to 2592000", "grace_seconds")
    info, secret = await _call(
        ep.rotate_secret,
        tenant,
        path_id(request, "id", "endpoint"),
        grace=timedelta(seconds=grace),
        secret=_text(body, "secret"),
    )
    return JSONResponse({**info.as_dict(), "secret": secret})


async def test(request: Request) -> Response:
    from jobs.webhooks.dispatch import enqueue

    tenant = await tenant_of(request)
    delivery_id = await _call(ep.create_test_delivery, tenant, path_id(request, "id", "endpoint"))
    await run_in_threadpool(enqueue, tenant, [delivery_id])
    return JSONResponse({"delivery_id": str(delivery_id)}, 202)


async def deliveries(request: Request) -> Response:
    tenant = await tenant_of(request)
    limit = request.query_params.get("limit", "50")
    if not limit.isdigit() or not 1 <= int(limit) <= 200:
        raise bad_request("limit must be 1 to 200", "limit")
    rows = await _call(
        ep.list_deliveries,
        tenant,
        path_id(request, "id", "endpoint"),
        status=request.query_params.get("status") or None,
        limit=int(limit),
    )
    return JSONResponse({"data": [r.as_dict() for r in rows]})


async def replay_endpoint(request: Request) -> Response:
    tenant = await tenant_of(request)
    since = _text(await json_object(request), "since", required=True) or ""
    try:
        when = datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError:
        raise bad_request("since must be an ISO 8601 time with a time zone", "since") from None
    if when.tzinfo is None:
        raise bad_request("since must be an ISO 8601 time with a time zone", "since")
    ids = await _call(ep.replay_failed, tenant, path_id(request, "id", "endpoint"), when)
    return JSONResponse({"replayed": len(ids), "delivery_ids": [str(i) for i in ids]}, 202)


async def replay_delivery(request: Request) -> Response:
    tenant = await tenant_of(request)
    delivery_id = await _call(ep.replay_delivery, tenant, path_id(request, "id", "delivery"))
    return JSONResponse({"delivery_id": str(delivery_id)}, 202)


_BASE = "/v1/webhook-endpoints"
ROUTES = [
    Route(_BASE, create, methods=["POST"]),
    Route(_BASE, index, methods=["GET"]),
    Route(_BASE + "/{id}", show, methods=["GET"]),
    Route(_BASE + "/{id}/disable", disable, methods=["POST"]),
    Route(_BASE + "/{id}/enable", enable, methods=["POST"]),
    Route(_BASE + "/{id}/rotate-secret", rotate, methods=["POST"]),
    Route(_BASE + "/{id}/test", test, methods=["POST"]),
    Route(_BASE + "/{id}/deliveries", deliveries, methods=["GET"]),
    Route(_BASE + "/{id}/replay", replay_endpoint, methods=["POST"]),
    Route("/v1/webhook-deliveries/{id}/replay", replay_delivery, methods=["POST"]),
]
