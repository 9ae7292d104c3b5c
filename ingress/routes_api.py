"""``POST /v1/messages``: our own JSON API, authenticated by an integration's API key."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ingress.errors import Rejected, malformed_as_400
from ingress.payloads import parse_api
from ingress.receive import app_resolver, json_body, outcome, store

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="oms"'}


async def api_messages(request: Request) -> Response:
    scheme, _, key = request.headers.get("authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Rejected(
            401,
            "missing API key (Authorization: Bearer <key>)",
            reason="missing_credentials",
            provider="api",
            headers=_CHALLENGE,
        )
    resolved = await app_resolver(request).api_key(key.strip())
    if resolved is None:
        raise Rejected(
            401, "unknown or inactive API key", reason="bad_credentials", provider="api", headers=_CHALLENGE
        )
    payload = json_body(await request.body(), "api")
    with malformed_as_400("api"):
        msg = parse_api(payload)
    result = await store(request, msg, resolved.distributor_id, resolved.integration_id)
    return JSONResponse({"message_id": str(result.message_id), "status": outcome(result)}, 202)


ROUTES = [Route("/v1/messages", api_messages, methods=["POST"])]
