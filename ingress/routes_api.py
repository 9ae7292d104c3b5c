"""``POST /v1/messages``: our own JSON API, authenticated by an integration's API key."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ingress.errors import malformed_as_400
from ingress.payloads import parse_api
from ingress.receive import json_body, outcome, store
from ingress.tenant_auth import api_key_holder


async def api_messages(request: Request) -> Response:
    resolved = await api_key_holder(request)
    payload = json_body(await request.body(), "api")
    with malformed_as_400("api"):
        msg = parse_api(payload)
    result = await store(request, msg, resolved.distributor_id, resolved.integration_id)
    return JSONResponse({"message_id": str(result.message_id), "status": outcome(result)}, 202)


ROUTES = [Route("/v1/messages", api_messages, methods=["POST"])]
