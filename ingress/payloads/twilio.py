"""Twilio Messaging webhooks (SMS, MMS, WhatsApp via Twilio): form fields to an InboundMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ingress.payloads.fields import bounded_count, first_form_str, form_str, phone_field, required_form_str
from ingress.payloads.message import InboundMessage, MediaItem, missing


def _without_whatsapp(raw: str) -> str:
    raw = raw.strip()
    return raw[len("whatsapp:") :] if raw.lower().startswith("whatsapp:") else raw


def twilio_receiver(form: Mapping[str, Any]) -> str:
    """The number a Twilio webhook was sent to (``To``, normalised): the ingress finds the tenant, and
    with it the auth token that checks the signature, from it before parsing the rest."""
    return phone_field(_without_whatsapp(required_form_str(form, "To")), "To")


def parse_twilio(form: Mapping[str, str]) -> InboundMessage:
    """Twilio Messaging webhook (SMS, MMS or WhatsApp via Twilio) to an InboundMessage.

    ``From``/``To`` carry a ``whatsapp:`` prefix on the WhatsApp channel; ``ProfileName`` is the
    WhatsApp profile name. Media arrive as ``NumMedia`` plus ``MediaUrl{N}``/``MediaContentType{N}``.
    """
    raw_from = required_form_str(form, "From").strip()
    channel = "WHATSAPP" if raw_from.lower().startswith("whatsapp:") else "SMS"

    media: list[MediaItem] = []
    num_media = bounded_count(form_str(form, "NumMedia"), "NumMedia", holds=len(form))
    for index in range(num_media):
        url_field = f"MediaUrl{index}"
        url = form_str(form, url_field)
        if not url or not url.strip():
            raise missing(url_field)
        content_type = form_str(form, f"MediaContentType{index}")
        media.append(MediaItem(url=url.strip(), content_type=(content_type or "").strip() or None))

    profile_name = (form_str(form, "ProfileName") or "").strip()
    return InboundMessage(
        channel=channel,
        from_address=phone_field(_without_whatsapp(raw_from), "From"),
        to_address=twilio_receiver(form),
        body=form_str(form, "Body") or "",
        provider="twilio",
        provider_message_id=first_form_str(form, "MessageSid", "SmsMessageSid", "SmsSid"),
        sent_at=None,  # Twilio's inbound webhook carries no send time
        media=tuple(media),
        sender_name=profile_name or None,
    )
