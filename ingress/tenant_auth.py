"""The tenant of a JSON API request, from its `Authorization: Bearer <api key>`.

The key is an `api` integration's key (`oms integration add --provider api`); the answer is cached by
the app's Resolver (ingress/resolution.py). Everything the request then reads or writes runs in a
tenant session for that distributor, so row-level security decides what exists: another tenant's id is
simply not found (404), never data.
"""

from __future__ import annotations

import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from ingress.resolution import Resolver

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="oms"'}


class ApiError(Exception):
    """An answer other than success: `{"error", "field"}` with a status code."""

    def __init__(
        self, status: int, error: str, field: str | None = None, headers: dict[str, str] | None = None
    ):
        super().__init__(error)
        self.status, self.error, self.field, self.headers = status, error, field, headers or {}

    def response(self) -> JSONResponse:
        return JSONResponse({"error": self.error, "field": self.field}, self.status, headers=self.headers)


async def tenant_of(request: Request, resolver: Resolver) -> uuid.UUID:
    """The distributor whose API key authorises this request; ApiError 401 otherwise."""
    scheme, _, key = request.headers.get("authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise ApiError(401, "missing API key (Authorization: Bearer <key>)", headers=CHALLENGE)
    resolved = await resolver.api_key(key.strip())
    if resolved is None:
        raise ApiError(401, "unknown or inactive API key", headers=CHALLENGE)
    return resolved.distributor_id


def path_id(request: Request, name: str, what: str) -> uuid.UUID:
    """A UUID path parameter; anything else names nothing (404)."""
    try:
        return uuid.UUID(str(request.path_params[name]))
    except ValueError:
        raise ApiError(404, f"no such {what}") from None


async def json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    import json

    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "body is not valid JSON", "body") from None
    if not isinstance(body, dict):
        raise ApiError(400, "body must be a JSON object", "body")
    return body
