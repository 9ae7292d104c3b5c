"""Provider webhooks: Twilio (SMS and WhatsApp), Meta's WhatsApp Cloud API, Mailgun and SendGrid.

Each checks the provider's signature with the secret of the integration that receives at the
addressed number or email, so the receiving address is read (and the integration resolved) first.
"""

from __future__ import annotations

from typing import Any

import structlog
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from db.addresses import AddressError, normalize_phone
from db.integrations import IntegrationInfo, resolve_whatsapp_verify_token
from ingress.errors import Rejected, malformed_as_400, unknown_address
from ingress.inbound import ReplayClaim, request_digest
from ingress.metrics import REJECTED
from ingress.payloads import (
    InboundMessage,
    mailgun_receiver,
    parse_mailgun,
    parse_sendgrid,
    parse_twilio,
    parse_whatsapp,
    sendgrid_receiver,
    twilio_receiver,
)
from ingress.receive import (
    app_gate,
    app_resolver,
    app_settings,
    form_text,
    json_body,
    outcome,
    public_url,
    read_form,
    store,
)
from ingress.resolution import Resolver
from ingress.signatures import verify_basic_auth, verify_mailgun, verify_meta, verify_twilio

#: Mailgun timestamps are accepted within 5 minutes either side; a token is remembered beyond that.
MAILGUN_MAX_AGE_SECONDS = 300
MAILGUN_TOKEN_TTL_SECONDS = 2 * MAILGUN_MAX_AGE_SECONDS + 60

log = structlog.get_logger("oms.ingress")

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'

# ------------------------------------------------------------------------------------------- Twilio


async def twilio_webhook(request: Request) -> Response:
    signature = request.headers.get("x-twilio-signature")
    if not signature:
        raise Rejected(401, "missing X-Twilio-Signature", reason="missing_signature", provider="twilio")
    form = await read_form(request, "twilio")
    with malformed_as_400("twilio"):
        to_address = twilio_receiver(form)
    info = await app_resolver(request).integration("twilio", to_address)
    if info is None:
        raise unknown_address("twilio")
    if not info.secret or not verify_twilio(info.secret, public_url(request), form, signature):
        raise Rejected(403, "bad X-Twilio-Signature", reason="bad_signature", provider="twilio")
    with malformed_as_400("twilio"):
        msg = parse_twilio(form)  # type: ignore[arg-type]  # FormData: str values for urlencoded
    await store(request, msg, info.distributor_id, info.id)
    return Response(EMPTY_TWIML, media_type="text/xml")


# ----------------------------------------------------------------------------------------- WhatsApp


async def whatsapp_verify(request: Request) -> Response:
    """Meta's subscription handshake: echo ``hub.challenge`` when the verify token is an integration's."""
    params = request.query_params
    mode, token = params.get("hub.mode"), params.get("hub.verify_token")
    challenge = params.get("hub.challenge")
    if mode == "subscribe" and token and challenge is not None:
        resolved = await app_gate(request).run(resolve_whatsapp_verify_token, token, app_settings(request))
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
        raise Rejected(401, "missing X-Hub-Signature-256", reason="missing_signature", provider="whatsapp")
    raw = await request.body()
    payload = json_body(raw, "whatsapp")
    receivers = _whatsapp_receivers(payload)
    if not receivers:
        # Nothing names a receiving number, so nothing can be verified or routed: it must not carry
        # messages (parse_whatsapp insists on metadata for those); accept and ignore the rest.
        with malformed_as_400("whatsapp"):
            messages, statuses = parse_whatsapp(payload)
        log.info("whatsapp_unroutable_notification", statuses=statuses)
        return JSONResponse({"received": 0, "duplicates": 0, "statuses_ignored": statuses})
    integrations = await _resolve_whatsapp_receivers(receivers, app_resolver(request))
    if integrations is None:
        raise unknown_address("whatsapp")
    distinct = {info.id: info for info in integrations.values()}
    if not all(info.secret and verify_meta(info.secret, raw, signature) for info in distinct.values()):
        raise Rejected(403, "bad X-Hub-Signature-256", reason="bad_signature", provider="whatsapp")
    with malformed_as_400("whatsapp"):
        messages, statuses = parse_whatsapp(payload)
    duplicates = 0
    for msg in messages:
        info = integrations.get(msg.receiver_id or "") or integrations.get(msg.to_address)
        if info is None:  # pragma: no cover - every receiver was resolved above
            raise unknown_address("whatsapp")
        result = await store(request, msg, info.distributor_id, info.id)
        duplicates += 0 if result.created else 1
    return JSONResponse({"received": len(messages), "duplicates": duplicates, "statuses_ignored": statuses})


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


# -------------------------------------------------------------------------------------------- email


async def email_webhook(request: Request) -> Response:
    """Mailgun or SendGrid Inbound Parse, told apart by their fields."""
    form = await read_form(request, "email")
    replay = None
    if any(k in form for k in ("signature", "token", "timestamp", "recipient")):
        info, msg = await _mailgun(request, form)
        token = form_text(form, "token") or ""
        replay = ReplayClaim("mailgun", token, request_digest(msg), MAILGUN_TOKEN_TTL_SECONDS)
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
    result = await store(request, msg, info.distributor_id, info.id, replay)
    return JSONResponse({"message_id": str(result.message_id), "status": outcome(result)})


async def _mailgun(request: Request, form: FormData) -> tuple[IntegrationInfo, InboundMessage]:
    timestamp, token, signature = (form_text(form, k) for k in ("timestamp", "token", "signature"))
    if not (timestamp and token and signature):
        raise Rejected(
            401,
            "missing Mailgun signature fields (timestamp, token, signature)",
            reason="missing_signature",
            provider="mailgun",
        )
    # Only the signature fields and the recipient are read before the signature is checked.
    with malformed_as_400("mailgun"):
        to_address = mailgun_receiver(form)
    info = await app_resolver(request).integration("mailgun", to_address)
    if info is None:
        raise unknown_address("mailgun")
    if not info.secret or not verify_mailgun(
        info.secret, timestamp, token, signature, max_age_seconds=MAILGUN_MAX_AGE_SECONDS
    ):
        raise Rejected(403, "bad or expired Mailgun signature", reason="bad_signature", provider="mailgun")
    with malformed_as_400("mailgun"):
        msg = parse_mailgun(form)
    return info, msg


async def _sendgrid(request: Request, form: FormData) -> tuple[IntegrationInfo, InboundMessage]:
    auth = request.headers.get("authorization")
    if not auth:
        raise Rejected(
            401,
            "missing basic auth credentials",
            reason="missing_signature",
            provider="sendgrid",
            headers={"WWW-Authenticate": 'Basic realm="oms"'},
        )
    # Only the receiving address is read before the basic auth is checked (the integration that holds
    # the password is found from it); attachments, HTML and headers are parsed afterwards.
    with malformed_as_400("sendgrid"):
        to_address = sendgrid_receiver(form)
    info = await app_resolver(request).integration("sendgrid", to_address)
    if info is None:
        raise unknown_address("sendgrid")
    user = info.config.get("basic_auth_user")
    expected_user = user if isinstance(user, str) and user else None  # None: any user name
    if not info.secret or not verify_basic_auth(auth, expected_user, info.secret):
        raise Rejected(403, "bad basic auth credentials", reason="bad_signature", provider="sendgrid")
    with malformed_as_400("sendgrid"):
        msg = parse_sendgrid(form)
    return info, msg


ROUTES = [
    Route("/webhooks/twilio", twilio_webhook, methods=["POST"]),
    Route("/webhooks/whatsapp", whatsapp_verify, methods=["GET"]),
    Route("/webhooks/whatsapp", whatsapp_webhook, methods=["POST"]),
    Route("/webhooks/email", email_webhook, methods=["POST"]),
]
