"""Meta's WhatsApp Cloud API webhook body to InboundMessages (one POST can batch several)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from ingress.payloads.fields import (
    Body,
    NonBlank,
    Text,
    clean_text,
    phone_field,
    text_field,
    unix_seconds,
    validate,
)
from ingress.payloads.message import InboundMessage, MediaItem, invalid, missing

MEDIA_TYPES = ("image", "audio", "document", "video", "sticker")


def _business_account(raw: Any) -> Any:
    if raw is not None and raw != "whatsapp_business_account":
        raise ValueError("expected 'whatsapp_business_account'")
    return raw


def _timestamp(raw: Any) -> datetime | None:
    return None if raw is None else unix_seconds(raw)


def _quantity(raw: Any) -> int | str:
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise ValueError("expected a number")
    return clean_text(raw) if isinstance(raw, str) else raw


class WaText(Body):
    body: Text | None = None


class WaMedia(Body):
    id: NonBlank
    mime_type: Text | None = None
    caption: Text | None = None


class WaReply(Body):
    title: Text | None = None


class WaInteractive(Body):
    type: Text | None = None
    button_reply: WaReply | None = None
    list_reply: WaReply | None = None


class WaButton(Body):
    text: Text | None = None


class WaProductItem(Body):
    product_retailer_id: NonBlank
    quantity: Annotated[Any, AfterValidator(_quantity)]


class WaOrder(Body):
    text: Text | None = None
    product_items: list[WaProductItem] = []


class WaMessage(Body):
    """One customer message; the part named by ``type`` carries its content (unknown types have none)."""

    from_: NonBlank = Field(alias="from")
    id: NonBlank
    type: Text | None = None
    timestamp: Annotated[datetime | None, BeforeValidator(_timestamp)] = None
    text: WaText | None = None
    image: WaMedia | None = None
    audio: WaMedia | None = None
    document: WaMedia | None = None
    video: WaMedia | None = None
    sticker: WaMedia | None = None
    interactive: WaInteractive | None = None
    button: WaButton | None = None
    order: WaOrder | None = None


class WaContact(Body):
    wa_id: Text | None = None
    profile: Any = None  # any shape: a contact without a usable name is skipped


class WaMetadata(Body):
    display_phone_number: Text | None = None
    phone_number_id: Text | None = None


class WaValue(Body):
    messages: list[WaMessage] = []
    statuses: list[Any] = []
    metadata: WaMetadata | None = None
    contacts: list[WaContact] = []


class WaChange(Body):
    """A change; only ``messages`` changes are read (template and account updates are skipped unread)."""

    field: Any = "messages"
    value: WaValue | None

    @model_validator(mode="before")
    @classmethod
    def _skip_other_fields(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("field", "messages") != "messages":
            return {"field": data.get("field"), "value": None}
        return data


class WaEntry(Body):
    changes: list[WaChange] = []


class WaWebhook(Body):
    object: Annotated[Any, AfterValidator(_business_account)] = None
    entry: list[WaEntry]


def parse_whatsapp(payload: dict[str, Any]) -> tuple[list[InboundMessage], int]:
    """Meta WhatsApp Cloud API webhook to messages, plus how many status notifications were ignored.

    Status notifications (sent, delivered, read, failed) concern our outbound messages, so they are
    only counted.
    """
    webhook = validate(WaWebhook, payload)
    messages: list[InboundMessage] = []
    ignored_statuses = 0
    for e_index, entry in enumerate(webhook.entry):
        for c_index, change in enumerate(entry.changes):
            if change.field != "messages":
                continue
            value_path = f"entry[{e_index}].changes[{c_index}].value"
            if change.value is None:
                raise invalid(value_path, "expected an object")
            ignored_statuses += len(change.value.statuses)
            messages += _messages(change.value, value_path)
    return messages, ignored_statuses


def _messages(value: WaValue, value_path: str) -> list[InboundMessage]:
    if not value.messages:
        return []
    if value.metadata is None:
        raise invalid(f"{value_path}.metadata", "expected an object")
    display_path = f"{value_path}.metadata.display_phone_number"
    display = value.metadata.display_phone_number
    if display is None or not display.strip():
        raise missing(display_path)
    to_address = phone_field(_international(display), display_path)
    names = _contact_names(value.contacts)
    found = []
    for m_index, message in enumerate(value.messages):
        path = f"{value_path}.messages[{m_index}]"
        body, media = _content(message, path)
        found.append(
            InboundMessage(
                channel="WHATSAPP",
                from_address=phone_field(_international(message.from_), f"{path}.from"),
                to_address=to_address,
                body=body,
                provider="whatsapp",
                provider_message_id=message.id,
                sent_at=message.timestamp,
                media=media,
                sender_name=names.get(message.from_) or names.get(""),
                receiver_id=value.metadata.phone_number_id or None,
            )
        )
    return found


def _international(raw: str) -> str:
    """WhatsApp ids and display numbers are international digits without "+"; add it back."""
    stripped = raw.strip()
    return stripped if stripped.startswith("+") else "+" + stripped


def _content(message: WaMessage, path: str) -> tuple[str, tuple[MediaItem, ...]]:
    """Body text and media of one message; unknown types yield ("", ()) for human review."""
    kind = message.type
    if not isinstance(kind, str) or kind not in ("text", "interactive", "button", "order", *MEDIA_TYPES):
        return "", ()
    part = getattr(message, kind)
    if part is None:
        raise invalid(f"{path}.{kind}", "expected an object")
    if isinstance(part, WaText):
        return part.body or "", ()
    if isinstance(part, WaMedia):
        return part.caption or "", (
            MediaItem(url=f"whatsapp-media:{part.id}", content_type=part.mime_type or None),
        )
    if isinstance(part, WaInteractive):
        reply_kind = part.type
        if reply_kind not in ("button_reply", "list_reply"):
            return "", ()
        reply = getattr(part, reply_kind)
        if reply is None:
            raise invalid(f"{path}.interactive.{reply_kind}", "expected an object")
        return reply.title or "", ()
    if isinstance(part, WaButton):  # quick-reply button on a template message
        return part.text or "", ()
    assert isinstance(part, WaOrder)  # a cart from the business's WhatsApp catalogue, as order lines
    lines = [part.text.strip()] if part.text and part.text.strip() else []
    lines += [f"{item.quantity} x {item.product_retailer_id}" for item in part.product_items]
    return "\n".join(lines), ()


def _contact_names(contacts: list[WaContact]) -> dict[str, str]:
    """Profile names by wa_id; key "" holds the only contact's name when there is exactly one."""
    names: dict[str, str] = {}
    for contact in contacts:
        name = contact.profile.get("name") if isinstance(contact.profile, dict) else None
        if not isinstance(name, str) or not (name := text_field(name, "contacts.profile.name")).strip():
            continue
        if contact.wa_id:
            names[contact.wa_id] = name.strip()
        if len(contacts) == 1:
            names[""] = name.strip()
    return names
