"""The boundary type every provider payload becomes, and the error that names a bad field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CHANNELS = frozenset({"WHATSAPP", "SMS", "EMAIL"})

#: At most this many attachments per message (Twilio sends at most 10, mail providers rarely 20): a
#: count is also bounded by what the body holds, so a number in a field never sizes a loop by itself.
MAX_ATTACHMENTS = 100


@dataclass(frozen=True)
class MediaItem:
    """One attachment. ``url`` is fetchable (Twilio, API) or a provider reference to resolve later:
    ``whatsapp-media:<media id>`` (Graph API media id), ``mailgun-attachment:<form field>`` or
    ``sendgrid-attachment:<form field>`` (the file part of the same multipart request)."""

    url: str
    content_type: str | None


@dataclass(frozen=True)
class InboundMessage:
    """A customer message as the rest of the system sees it, whichever provider delivered it."""

    channel: str  # "WHATSAPP" | "SMS" | "EMAIL"
    from_address: str  # E.164 phone or lower-cased email: identifies the customer
    to_address: str  # receiving number/address (E.164 or email): resolves the tenant; "" if unknown
    body: str  # may be "" for media-only or unsupported messages (they go to review)
    provider: str  # "twilio" | "whatsapp" | "mailgun" | "sendgrid" | "api"
    provider_message_id: str | None  # dedupe key per provider
    sent_at: datetime | None  # timezone-aware UTC when known
    media: tuple[MediaItem, ...] = ()
    sender_name: str | None = None
    receiver_id: str | None = None  # provider id of the receiving endpoint (WhatsApp phone_number_id)


class PayloadError(ValueError):
    """A provider payload is missing a field or has one of the wrong shape; ``field`` names it."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def missing(field: str) -> PayloadError:
    return PayloadError(f"missing field '{field}'", field)


def invalid(field: str, why: str) -> PayloadError:
    return PayloadError(f"invalid field '{field}': {why}", field)
