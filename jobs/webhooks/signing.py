"""Standard Webhooks signing (https://www.standardwebhooks.com), with the `standardwebhooks` package.

Every request carries ``webhook-id`` (the event id: the same on every retry, so receivers deduplicate on
it), ``webhook-timestamp`` (seconds; receivers reject old ones, which stops replays) and
``webhook-signature``: ``v1,<base64 HMAC-SHA256 of "id.timestamp.body">``. While a rotated secret is in
its grace period the header carries two signatures, separated by a space, so a receiver holding either
secret accepts the request.

A secret is ``whsec_`` + base64 of 24 random bytes (or more); it is stored encrypted with the tenant's
key (db/secrets.py), shown once when created, and never logged.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from datetime import datetime

from standardwebhooks import Webhook

PREFIX = "whsec_"
SECRET_BYTES = 24
USER_AGENT = "oms-worker-webhooks/1"


class SecretFormatError(ValueError):
    """A given secret is not whsec_ + base64 of at least 24 bytes."""


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def check_secret(secret: str) -> str:
    """The secret as given, if it is `whsec_` + base64 of 24+ bytes."""
    if not secret.startswith(PREFIX):
        raise SecretFormatError("a webhook secret starts with 'whsec_' followed by base64")
    try:
        raw = base64.b64decode(secret[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise SecretFormatError("a webhook secret is 'whsec_' followed by valid base64") from None
    if len(raw) < SECRET_BYTES:
        raise SecretFormatError(f"a webhook secret must hold at least {SECRET_BYTES} random bytes")
    return secret


def signature(secrets_: list[str], event_id: str, timestamp: datetime, body: bytes) -> str:
    """The webhook-signature header: one `v1,...` per secret (current first), space-separated."""
    return " ".join(Webhook(s).sign(event_id, timestamp, body) for s in secrets_)


def headers(secrets_: list[str], event_id: str, timestamp: datetime, body: bytes) -> dict[str, str]:
    return {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": event_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signature(secrets_, event_id, timestamp, body),
    }
