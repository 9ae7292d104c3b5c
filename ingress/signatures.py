"""Webhook authenticity checks for every provider the ingress accepts.

Pure functions, no I/O: the HTTP layer hands in the raw pieces (URL, form, body, headers) and gets a
boolean back. Every comparison of secret-derived values goes through :func:`hmac.compare_digest`, and a
malformed header is simply "not authentic" (``False``), never an exception a caller could forget to catch.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qs, urlsplit, urlunsplit

__all__ = [
    "meta_signature",
    "twilio_body_sha256",
    "twilio_signature",
    "verify_basic_auth",
    "verify_mailgun",
    "verify_meta",
    "verify_twilio",
]

#: Form parameters: ``str`` or ``list[str]`` values, or a multidict with ``getlist`` (Starlette's
#: ``FormData``). Typed ``object`` so such multidicts (whose values may be uploads) type-check.
TwilioParams = Mapping[str, object]


# --------------------------------------------------------------------------------------------- Twilio


def _param_values(params: TwilioParams, key: str) -> list[str]:
    """All values of ``key``: a list value, a multidict's ``getlist`` (Starlette FormData), or one str.

    Twilio signs every value of a repeated form key, so a plain ``form[key]`` (last value only) would
    make a genuine request fail verification.
    """
    getlist = getattr(params, "getlist", None)
    if callable(getlist):
        return [str(v) for v in getlist(key)]
    value = params[key]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def twilio_signature(auth_token: str, url: str, params: TwilioParams) -> str:
    """Compute ``X-Twilio-Signature`` the way Twilio does for form POSTs.

    The full URL, then for each parameter name in sorted order its name followed by its value (a repeated
    name contributes name+value once per value, values sorted, exactly as twilio-python's
    ``RequestValidator.compute_signature``), HMAC-SHA1 keyed with the auth token, base64.
    """
    parts = [url]
    for key in sorted(set(params)):
        for value in sorted(_param_values(params, key)):
            parts.append(key + value)
    mac = hmac.new(auth_token.encode("utf-8"), "".join(parts).encode("utf-8"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode("ascii")


def twilio_body_sha256(body: str | bytes) -> str:
    """Hex SHA-256 of a JSON body, the value Twilio puts in the ``bodySHA256`` query parameter."""
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return hashlib.sha256(raw).hexdigest()


def _twilio_url_variants(url: str) -> list[str]:
    """The URL as given, without and with an explicit port, as twilio-python's validator tries both.

    Twilio's signing side is inconsistent about ports (``https://h/x`` vs ``https://h:443/x``): an
    explicit port is removed for one variant and kept for the other; a missing one is added as the
    scheme's default. The host is kept byte for byte (no lower-casing), as the signature covers it.
    """
    parts = urlsplit(url)
    port = parts.port  # ValueError on a malformed port: the caller turns it into False
    userinfo, at, hostport = parts.netloc.rpartition("@")
    prefix = userinfo + at
    if port is not None:
        host = hostport[: hostport.rindex(":")]
        without_port = urlunsplit(parts._replace(netloc=prefix + host))
        with_port = urlunsplit(parts)
    else:
        default = 443 if parts.scheme.lower() == "https" else 80
        without_port = urlunsplit(parts)
        with_port = urlunsplit(parts._replace(netloc=f"{prefix}{hostport}:{default}"))
    return list(dict.fromkeys([url, without_port, with_port]))


def verify_twilio(
    auth_token: str,
    url: str,
    params: TwilioParams | str | bytes | None,
    signature: str | None,
) -> bool:
    """Check an ``X-Twilio-Signature`` header in constant time.

    ``params`` is the decoded form for ``application/x-www-form-urlencoded`` requests, or the raw body
    for JSON requests; in the latter case Twilio signs the URL alone and proves the body through the
    ``bodySHA256`` query parameter, which is checked too. Both port variants of the URL are accepted.
    """
    if not signature or not isinstance(signature, str):
        return False
    try:
        variants = _twilio_url_variants(url)
        body_ok = True
        form: TwilioParams
        if isinstance(params, str | bytes):
            hashes = parse_qs(urlsplit(url).query).get("bodySHA256")
            if not hashes:
                return False  # a raw body is only authenticated through bodySHA256
            body_ok = hmac.compare_digest(twilio_body_sha256(params), hashes[0].strip().lower())
            form = {}
        else:
            form = params or {}
        sig = signature.strip().encode("utf-8")
        matches = [
            hmac.compare_digest(twilio_signature(auth_token, variant, form).encode("ascii"), sig)
            for variant in variants
        ]
    except (ValueError, TypeError, UnicodeError):
        return False
    return body_ok and any(matches)


# ---------------------------------------------------------------------------- Meta (WhatsApp Cloud API)


def meta_signature(app_secret: str, raw_body: bytes) -> str:
    """``X-Hub-Signature-256`` value: ``sha256=`` + hex HMAC-SHA256 of the raw body with the app secret.

    It must be computed over the exact bytes received; re-serialised JSON would not match.
    """
    digest = hmac.new(app_secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()
    return "sha256=" + digest


def verify_meta(app_secret: str, raw_body: bytes, header: str | None) -> bool:
    """Check ``X-Hub-Signature-256`` in constant time; a missing or non-``sha256=`` header fails."""
    if not header or not isinstance(header, str):
        return False
    prefix, sep, received = header.strip().partition("=")
    if not sep or prefix != "sha256" or not received:
        return False
    try:
        expected = meta_signature(app_secret, raw_body).encode("ascii")
        return hmac.compare_digest(expected, ("sha256=" + received.lower()).encode("ascii"))
    except (UnicodeError, TypeError):
        return False


# ---------------------------------------------------------------------------------------------- Mailgun


def verify_mailgun(
    signing_key: str,
    timestamp: str | int | None,
    token: str | None,
    signature: str | None,
    *,
    max_age_seconds: float = 300,
    now: float | None = None,
) -> bool:
    """Check a Mailgun webhook signature: hex HMAC-SHA256 of ``timestamp + token`` with the signing key.

    The timestamp must lie within ``max_age_seconds`` of ``now`` (either side, for clock skew) so a
    captured request cannot be replayed later. Rejecting a token seen before needs shared state and is
    left to the caller.
    """
    if not timestamp or not token or not signature:
        return False
    try:
        ts_text = str(timestamp).strip()
        if not ts_text.isdigit():
            return False
        current = time.time() if now is None else now
        if abs(current - int(ts_text)) > max_age_seconds:
            return False
        expected = hmac.new(
            signing_key.encode("utf-8"), (ts_text + token).encode("utf-8"), hashlib.sha256
        ).hexdigest()
        return hmac.compare_digest(expected.encode("ascii"), signature.strip().lower().encode("ascii"))
    except (UnicodeError, TypeError, ValueError, OverflowError):
        return False


# ------------------------------------------------------------------------------ SendGrid (basic auth)


def _constant_time_all(checks: Iterable[bool]) -> bool:
    """AND of already-computed checks, so every comparison runs whatever the first one says."""
    result = True
    for check in checks:
        result &= check
    return result


def verify_basic_auth(header_value: str | None, expected_user: str | None, expected_password: str) -> bool:
    """Check an ``Authorization: Basic`` header against the expected credentials in constant time.

    SendGrid Inbound Parse is unsigned; the only proof of origin is credentials embedded in the parse
    URL (``https://user:pass@host/...``), which SendGrid sends as HTTP basic auth. ``expected_user``
    None accepts any user name: the password is the secret.
    """
    if not header_value or not isinstance(header_value, str):
        return False
    scheme, _, encoded = header_value.strip().partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        return False
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    user, sep, password = decoded.partition(b":")
    if not sep:
        return False
    try:
        expected_user_b = user if expected_user is None else expected_user.encode("utf-8")
        expected_password_b = expected_password.encode("utf-8")
    except UnicodeError:
        return False
    return _constant_time_all(
        [hmac.compare_digest(user, expected_user_b), hmac.compare_digest(password, expected_password_b)]
    )
