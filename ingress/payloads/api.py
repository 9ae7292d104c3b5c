"""Our own JSON API body (``POST /v1/messages``, also `oms enqueue`) to an InboundMessage."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from ingress.payloads.fields import Body, NonBlank, Text, email_field, phone_field, sane_time, validate
from ingress.payloads.message import CHANNELS, MAX_ATTACHMENTS, InboundMessage, MediaItem


def _channel(raw: str) -> str:
    channel = raw.strip().upper()
    if channel not in CHANNELS:
        raise ValueError("expected one of SMS, WHATSAPP, EMAIL")
    return channel


def _iso_datetime(raw: Any) -> datetime | None:
    """ISO-8601 with a UTC offset, as aware UTC: a naive time is ambiguous across tenants' zones."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValueError("expected an ISO-8601 timestamp string")
    try:
        parsed = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise ValueError("expected an ISO-8601 timestamp") from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError("timestamp needs a UTC offset")
    try:
        parsed = parsed.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 shifted by its offset past datetime's range
        raise ValueError("timestamp out of range (2000-2099)") from None
    return sane_time(parsed)


class ApiMedia(Body):
    url: NonBlank
    content_type: Text | None = None


class ApiMessage(Body):
    """``{"channel", "from", "to"?, "body", "provider_message_id"?, "sent_at"?, "media"?, "sender_name"?}``.

    ``to`` is optional because an API caller is already tied to its tenant; absent means "". ``body``
    is required but may be empty (a media-only message)."""

    channel: Annotated[NonBlank, AfterValidator(_channel)]
    from_: NonBlank = Field(alias="from")
    to: Text | None = None
    sender_name: Text | None = None
    body: Text
    provider_message_id: Text | None = None
    sent_at: Annotated[datetime | None, BeforeValidator(_iso_datetime)] = None
    media: Annotated[list[ApiMedia], Field(max_length=MAX_ATTACHMENTS)] | None = None


def parse_api(payload: dict[str, Any]) -> InboundMessage:
    """Our own JSON API body to an InboundMessage, every type checked (see :class:`ApiMessage`)."""
    body = validate(ApiMessage, payload)
    sender_name = body.sender_name
    has_to = bool(body.to and body.to.strip())
    if body.channel == "EMAIL":
        name, from_address = email_field(body.from_, "from")
        sender_name = sender_name or name
        to_address = email_field(body.to, "to")[1] if body.to and has_to else ""
    else:
        from_address = phone_field(body.from_, "from")
        to_address = phone_field(body.to, "to") if body.to and has_to else ""
    media = tuple(
        MediaItem(url=item.url.strip(), content_type=(item.content_type or "").strip() or None)
        for item in body.media or ()
    )
    return InboundMessage(
        channel=body.channel,
        from_address=from_address,
        to_address=to_address,
        body=body.body,
        provider="api",
        provider_message_id=(body.provider_message_id or "").strip() or None,
        sent_at=body.sent_at,
        media=media,
        sender_name=(sender_name or "").strip() or None,
    )
