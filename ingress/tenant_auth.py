"""The tenant of a JSON API request, from its `Authorization: Bearer <api key>`.

The key is an `api` integration's key (`oms integration add --provider api`); the answer is cached by
the app's Resolver (ingress/resolution.py). Everything the request then reads or writes runs in a
tenant session for that distributor, so row-level security decides what exists: another tenant's id is
simply not found (404), never data. Refusals are ``ingress.errors.Rejected`` (provider ``api``).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.requests import Request

from db.integrations import ResolvedIntegration
from ingress.errors import Rejected
from ingress.receive import app_resolver

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="oms"'}


def bad_request(error: str, field: str | None = None) -> Rejected:
    return Rejected(400, error, reason="malformed", provider="api", field=field)


def not_found(error: str) -> Rejected:
    return Rejected(404, error, reason="not_found", provider="api")


async def tenant_of(request: Request) -> uuid.UUID:
    """The distributor whose API key authorises this request; 401 otherwise."""
    return (await api_key_holder(request)).distributor_id


async def api_key_holder(request: Request) -> ResolvedIntegration:
    """The `api` integration whose key is in `Authorization: Bearer <key>`; 401 otherwise."""
    scheme, _, key = request.headers.get("authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Rejected(
            401,
            "missing API key (Authorization: Bearer <key>)",
            reason="missing_credentials",
            provider="api",
            headers=CHALLENGE,
        )
    resolved = await app_resolver(request).api_key(key.strip())
    if resolved is None:
        raise Rejected(
            401, "unknown or inactive API key", reason="bad_credentials", provider="api", headers=CHALLENGE
        )
    return resolved


def path_id(request: Request, name: str, what: str) -> uuid.UUID:
    """A UUID path parameter; anything else names nothing (404)."""
    try:
        return uuid.UUID(str(request.path_params[name]))
    except ValueError:
        raise not_found(f"no such {what}") from None


async def json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("body is not valid JSON", "body") from None
    if not isinstance(body, dict):
        raise bad_request("body must be a JSON object", "body")
    return body
