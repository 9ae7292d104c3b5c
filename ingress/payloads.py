"""Provider payloads normalised into one boundary type, :class:`InboundMessage`.

Each provider (Twilio SMS/WhatsApp, Meta's WhatsApp Cloud API, Mailgun routes, SendGrid Inbound Parse,
our own JSON API) describes the same event in its own shape. Everything past the ingress sees only
``InboundMessage``: addresses normalised (E.164 phones, lower-cased emails) so the receiving address
resolves the tenant and the sender resolves the customer, whatever the channel.

Pure functions, no I/O. Bad input raises :class:`PayloadError` naming the offending field, so the HTTP
layer can answer 400 with something a provider's support engineer can act on. Error messages never
quote the field's value: addresses and bodies are personal data and error messages end up in logs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from db.addresses import AddressError, normalize_phone, split_email

__all__ = [
    "CHANNELS",
    "MAX_ATTACHMENTS",
    "InboundMessage",
    "MediaItem",
    "PayloadError",
    "parse_api",
    "parse_mailgun",
    "parse_sendgrid",
    "parse_twilio",
    "parse_whatsapp",
    "load_json",
    "mailgun_receiver",
    "sendgrid_receiver",
    "twilio_receiver",
]

CHANNELS = frozenset({"WHATSAPP", "SMS", "EMAIL"})

#: At most this many attachments per message (Twilio sends at most 10, mail providers rarely 20): a
#: count is also bounded by what the body holds, so a number in a field never sizes a loop by itself.
MAX_ATTACHMENTS = 100
#: Longest address field read before authentication (RFC 5322 caps a header line at 998 characters).
MAX_ADDRESS_FIELD = 998
#: Longest small JSON field read before authentication (SendGrid's ``envelope``).
MAX_PREAUTH_JSON = 8192
#: Digits accepted in a count or unix time (a count this long is already absurd).
_MAX_DIGITS = 12


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


def _missing(field: str) -> PayloadError:
    return PayloadError(f"missing field '{field}'", field)


def _invalid(field: str, why: str) -> PayloadError:
    return PayloadError(f"invalid field '{field}': {why}", field)


# ------------------------------------------------------------------------------------------ addresses


def _phone_field(raw: str, field: str, default_region: str = "GB") -> str:
    """normalize_phone, with the error naming the payload field."""
    try:
        return normalize_phone(raw, default_region)
    except AddressError as exc:
        raise _invalid(field, str(exc)) from None


def _email_field(raw: str, field: str) -> tuple[str | None, str]:
    """split_email, with the error naming the payload field."""
    try:
        return split_email(raw)
    except AddressError as exc:
        raise _invalid(field, str(exc)) from None


def _international(raw: str) -> str:
    """WhatsApp ids and display numbers are international digits without "+"; add it back."""
    stripped = raw.strip()
    return stripped if stripped.startswith("+") else "+" + stripped


# ---------------------------------------------------------------------------------- field accessors


def _form_str(form: Mapping[str, Any], key: str) -> str | None:
    """A form field as text, or None when absent; uploaded files are not text fields."""
    value = form.get(key)
    if value is None:
        return None
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
        if value is None:
            return None
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        raise _invalid(key, "expected a text field")
    return value


def _required_form_str(form: Mapping[str, Any], key: str) -> str:
    value = _form_str(form, key)
    if value is None or not value.strip():
        raise _missing(key)
    return value


def _first_form_str(form: Mapping[str, Any], *keys: str) -> str | None:
    """The first non-blank of several alternative fields (providers rename fields over time)."""
    for key in keys:
        value = _form_str(form, key)
        if value is not None and value.strip():
            return value
    return None


def _ascii_digits(text: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also accepts "²" and other digits ``int()`` rejects."""
    return 0 < len(text) <= _MAX_DIGITS and text.isascii() and text.isdigit()


def _non_negative_int(raw: str, field: str) -> int:
    text = raw.strip()
    if not _ascii_digits(text):
        raise _invalid(field, "expected a non-negative integer")
    return int(text)


def _count(raw: str | None, field: str, holds: int) -> int:
    """A count field, bounded by ``MAX_ATTACHMENTS`` and by ``holds``, what the body actually holds."""
    if raw is None or not raw.strip():
        return 0
    count = _non_negative_int(raw, field)
    if count > MAX_ATTACHMENTS:
        raise _invalid(field, f"more than {MAX_ATTACHMENTS}")
    if count > holds:
        raise _invalid(field, "more than the request holds")
    return count


def _file_parts(form: Mapping[str, Any]) -> int:
    """How many uploaded files (non-text parts) the form holds: what an attachment count may claim."""
    items = form.multi_items() if hasattr(form, "multi_items") else form.items()
    return sum(1 for _, value in items if value is not None and not isinstance(value, str | bytes))


def load_json(raw: str | bytes, field: str) -> Any:
    """``json.loads`` whose every failure, nesting too deep for the parser included, names ``field``."""
    try:
        return json.loads(raw)
    except RecursionError:
        raise _invalid(field, "nested too deeply") from None
    except (ValueError, UnicodeDecodeError):
        raise _invalid(field, "not valid JSON") from None


def _unix_time(raw: Any, field: str) -> datetime:
    """Unix seconds (int or digit string) to an aware UTC datetime."""
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise _invalid(field, "expected unix seconds")
    text = str(raw).strip()
    if not _ascii_digits(text):
        raise _invalid(field, "expected unix seconds")
    try:
        return datetime.fromtimestamp(int(text), tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise _invalid(field, "timestamp out of range") from exc


def _rfc2822_date(raw: str | None) -> datetime | None:
    """An email ``Date`` header as aware UTC, or None when absent or unparseable (it is advisory)."""
    if not raw or not raw.strip():
        return None
    try:
        parsed = parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.astimezone(UTC)


def _message_id(raw: str | None) -> str | None:
    """A ``Message-ID`` without its angle brackets, so the dedupe key is the same across providers."""
    if not raw or not raw.strip():
        return None
    return raw.strip().removeprefix("<").removesuffix(">").strip() or None


def _email_body(subject: str | None, text: str) -> str:
    """Subject and text together: order emails often carry the whole order in the subject line."""
    subject = (subject or "").strip()
    text = text.strip()
    if subject and text:
        return subject + "\n" + text
    return subject or text


# ------------------------------------------------------------------------------------------- Twilio


def _without_whatsapp(raw: str) -> str:
    raw = raw.strip()
    return raw[len("whatsapp:") :] if raw.lower().startswith("whatsapp:") else raw


def twilio_receiver(form: Mapping[str, Any]) -> str:
    """The number a Twilio webhook was sent to (``To``, normalised): the ingress finds the tenant, and
    with it the auth token that checks the signature, from it before parsing the rest."""
    return _phone_field(_without_whatsapp(_required_form_str(form, "To")), "To")


def parse_twilio(form: Mapping[str, str]) -> InboundMessage:
    """Twilio Messaging webhook (SMS, MMS or WhatsApp via Twilio) to an InboundMessage.

    ``From``/``To`` carry a ``whatsapp:`` prefix on the WhatsApp channel; ``ProfileName`` is the
    WhatsApp profile name. Media arrive as ``NumMedia`` plus ``MediaUrl{N}``/``MediaContentType{N}``.
    """
    raw_from = _required_form_str(form, "From").strip()
    channel = "WHATSAPP" if raw_from.lower().startswith("whatsapp:") else "SMS"

    media: list[MediaItem] = []
    num_media = _count(_form_str(form, "NumMedia"), "NumMedia", holds=len(form))
    for index in range(num_media):
        url_field = f"MediaUrl{index}"
        url = _form_str(form, url_field)
        if not url or not url.strip():
            raise _missing(url_field)
        content_type = _form_str(form, f"MediaContentType{index}")
        media.append(MediaItem(url=url.strip(), content_type=(content_type or "").strip() or None))

    profile_name = (_form_str(form, "ProfileName") or "").strip()
    return InboundMessage(
        channel=channel,
        from_address=_phone_field(_without_whatsapp(raw_from), "From"),
        to_address=twilio_receiver(form),
        body=_form_str(form, "Body") or "",
        provider="twilio",
        provider_message_id=_first_form_str(form, "MessageSid", "SmsMessageSid", "SmsSid"),
        sent_at=None,  # Twilio's inbound webhook carries no send time
        media=tuple(media),
        sender_name=profile_name or None,
    )


# ------------------------------------------------------------------------------ WhatsApp (Meta Cloud)

_WHATSAPP_MEDIA_TYPES = frozenset({"image", "audio", "document", "video", "sticker"})


def _obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(field, "expected an object")
    return value


def _list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise _invalid(field, "expected an array")
    return value


def _str(value: Any, field: str) -> str:
    if value is None:
        raise _missing(field)
    if not isinstance(value, str):
        raise _invalid(field, "expected a string")
    if not value.strip():
        raise _missing(field)
    return value


def _opt_str(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _invalid(field, "expected a string")
    return value


def _whatsapp_content(message: dict[str, Any], path: str) -> tuple[str, tuple[MediaItem, ...]]:
    """Body text and media of one Cloud API message; unknown types yield ("", ()) for human review."""
    kind = message.get("type")
    if kind == "text":
        text = _obj(message.get("text"), f"{path}.text")
        return _opt_str(text.get("body"), f"{path}.text.body") or "", ()
    if kind in _WHATSAPP_MEDIA_TYPES:
        part_path = f"{path}.{kind}"
        part = _obj(message.get(kind), part_path)
        media_id = _str(part.get("id"), f"{part_path}.id")
        mime = _opt_str(part.get("mime_type"), f"{part_path}.mime_type")
        caption = _opt_str(part.get("caption"), f"{part_path}.caption") or ""
        return caption, (MediaItem(url=f"whatsapp-media:{media_id}", content_type=mime or None),)
    if kind == "interactive":
        interactive = _obj(message.get("interactive"), f"{path}.interactive")
        reply_kind = interactive.get("type")
        if reply_kind in ("button_reply", "list_reply"):
            reply = _obj(interactive.get(reply_kind), f"{path}.interactive.{reply_kind}")
            return _opt_str(reply.get("title"), f"{path}.interactive.{reply_kind}.title") or "", ()
        return "", ()
    if kind == "button":  # quick-reply button on a template message
        button = _obj(message.get("button"), f"{path}.button")
        return _opt_str(button.get("text"), f"{path}.button.text") or "", ()
    if kind == "order":  # a cart sent from the business's WhatsApp catalogue: render it as order lines
        order = _obj(message.get("order"), f"{path}.order")
        lines = []
        note = _opt_str(order.get("text"), f"{path}.order.text")
        if note and note.strip():
            lines.append(note.strip())
        items = _list(order.get("product_items", []), f"{path}.order.product_items")
        for index, raw_item in enumerate(items):
            item_path = f"{path}.order.product_items[{index}]"
            item = _obj(raw_item, item_path)
            sku = _str(item.get("product_retailer_id"), f"{item_path}.product_retailer_id")
            quantity = item.get("quantity")
            if isinstance(quantity, bool) or not isinstance(quantity, str | int):
                raise _invalid(f"{item_path}.quantity", "expected a number")
            lines.append(f"{quantity} x {sku}")
        return "\n".join(lines), ()
    return "", ()


def parse_whatsapp(payload: dict[str, Any]) -> tuple[list[InboundMessage], int]:
    """Meta WhatsApp Cloud API webhook to messages, plus how many status notifications were ignored.

    One POST can batch several entries, changes and messages. Status notifications (sent, delivered,
    read, failed) concern our outbound messages, so they are only counted. Changes for other webhook
    fields (template or account updates) are skipped.
    """
    root = _obj(payload, "payload")
    obj = root.get("object")
    if obj is not None and obj != "whatsapp_business_account":
        raise _invalid("object", "expected 'whatsapp_business_account'")
    if "entry" not in root:
        raise _missing("entry")
    messages: list[InboundMessage] = []
    ignored_statuses = 0
    for e_index, raw_entry in enumerate(_list(root["entry"], "entry")):
        entry_path = f"entry[{e_index}]"
        entry = _obj(raw_entry, entry_path)
        for c_index, raw_change in enumerate(_list(entry.get("changes", []), f"{entry_path}.changes")):
            change_path = f"{entry_path}.changes[{c_index}]"
            change = _obj(raw_change, change_path)
            field = change.get("field", "messages")
            if field != "messages":
                continue
            value_path = f"{change_path}.value"
            value = _obj(change.get("value"), value_path)
            ignored_statuses += len(_list(value.get("statuses", []), f"{value_path}.statuses"))
            raw_messages = _list(value.get("messages", []), f"{value_path}.messages")
            if not raw_messages:
                continue
            metadata = _obj(value.get("metadata"), f"{value_path}.metadata")
            display = _str(
                metadata.get("display_phone_number"), f"{value_path}.metadata.display_phone_number"
            )
            to_address = _phone_field(_international(display), f"{value_path}.metadata.display_phone_number")
            receiver_id = _opt_str(metadata.get("phone_number_id"), f"{value_path}.metadata.phone_number_id")
            names = _whatsapp_contact_names(value, value_path)
            for m_index, raw_message in enumerate(raw_messages):
                path = f"{value_path}.messages[{m_index}]"
                message = _obj(raw_message, path)
                sender = _str(message.get("from"), f"{path}.from")
                body, media = _whatsapp_content(message, path)
                timestamp = message.get("timestamp")
                messages.append(
                    InboundMessage(
                        channel="WHATSAPP",
                        from_address=_phone_field(_international(sender), f"{path}.from"),
                        to_address=to_address,
                        body=body,
                        provider="whatsapp",
                        provider_message_id=_str(message.get("id"), f"{path}.id"),
                        sent_at=None if timestamp is None else _unix_time(timestamp, f"{path}.timestamp"),
                        media=media,
                        sender_name=names.get(sender) or names.get(""),
                        receiver_id=receiver_id or None,
                    )
                )
    return messages, ignored_statuses


def _whatsapp_contact_names(value: dict[str, Any], value_path: str) -> dict[str, str]:
    """Profile names by wa_id; key "" holds the only contact's name when there is exactly one."""
    names: dict[str, str] = {}
    contacts = _list(value.get("contacts", []), f"{value_path}.contacts")
    for index, raw_contact in enumerate(contacts):
        path = f"{value_path}.contacts[{index}]"
        contact = _obj(raw_contact, path)
        profile = contact.get("profile")
        name = profile.get("name") if isinstance(profile, dict) else None
        if not isinstance(name, str) or not name.strip():
            continue
        wa_id = _opt_str(contact.get("wa_id"), f"{path}.wa_id")
        if wa_id:
            names[wa_id] = name.strip()
        if len(contacts) == 1:
            names[""] = name.strip()
    return names


# ------------------------------------------------------------------------------------------ Mailgun


def _first_address(raw: str, field: str) -> str:
    """The first address of an address-list field, read with a bounded cost (it may be read before
    the request is authenticated)."""
    if len(raw) > MAX_ADDRESS_FIELD:
        raise _invalid(field, f"longer than {MAX_ADDRESS_FIELD} characters")
    addresses = [addr for _, addr in getaddresses([raw]) if addr]
    if not addresses:
        raise _invalid(field, "no email address")
    return _email_field(addresses[0], field)[1]


def mailgun_receiver(form: Mapping[str, Any]) -> str:
    """The address a Mailgun webhook was sent to (``recipient``): the ingress finds the integration, and
    with it the signing key, from it alone, and parses the rest only once the signature holds."""
    return _first_address(_required_form_str(form, "recipient"), "recipient")


def parse_mailgun(form: Mapping[str, Any]) -> InboundMessage:
    """Mailgun route ``forward()`` (or ``store(notify=...)``) POST to an InboundMessage.

    The sender comes from the ``from`` header (``sender`` is the SMTP MAIL FROM, often a bounce
    address of the sender's mail service) and falls back to ``sender``. The text prefers
    ``stripped-text`` (reply without the quoted thread), else ``body-plain``. ``sent_at`` is the
    message's ``Date`` header, else Mailgun's ``timestamp``.
    """
    from_field = "from" if _first_form_str(form, "from") else "sender"
    raw_from = _first_form_str(form, from_field)
    if raw_from is None:
        raise _missing("from")
    sender_name, from_address = _email_field(raw_from, from_field)
    to_address = mailgun_receiver(form)

    text = _first_form_str(form, "stripped-text", "body-plain") or ""
    headers = _mailgun_headers(form)
    message_id = _first_form_str(form, "Message-Id", "Message-ID", "message-id") or headers.get("message-id")
    date = _first_form_str(form, "Date") or headers.get("date")

    sent_at = _rfc2822_date(date)
    if sent_at is None:
        timestamp = _form_str(form, "timestamp")
        if timestamp and timestamp.strip():
            sent_at = _unix_time(timestamp, "timestamp")

    return InboundMessage(
        channel="EMAIL",
        from_address=from_address,
        to_address=to_address,
        body=_email_body(_form_str(form, "subject"), text),
        provider="mailgun",
        provider_message_id=_message_id(message_id),
        sent_at=sent_at,
        media=_mailgun_media(form),
        sender_name=sender_name,
    )


def _mailgun_headers(form: Mapping[str, Any]) -> dict[str, str]:
    """``message-headers`` (a JSON list of [name, value] pairs) as a lower-cased-name dict."""
    raw = _form_str(form, "message-headers")
    if not raw:
        return {}
    pairs = load_json(raw, "message-headers")
    if not isinstance(pairs, list):
        raise _invalid("message-headers", "expected a JSON array")
    headers: dict[str, str] = {}
    for pair in pairs:
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair):
            headers.setdefault(pair[0].lower(), pair[1])
    return headers


def _mailgun_media(form: Mapping[str, Any]) -> tuple[MediaItem, ...]:
    """Attachments: uploaded files ``attachment-1..N`` (forward) or the ``attachments`` JSON (store)."""
    media: list[MediaItem] = []
    count_raw = _form_str(form, "attachment-count")
    if count_raw and count_raw.strip():
        for index in range(1, _count(count_raw, "attachment-count", holds=_file_parts(form)) + 1):
            part = form.get(f"attachment-{index}")
            content_type = getattr(part, "content_type", None)
            media.append(
                MediaItem(
                    url=f"mailgun-attachment:attachment-{index}",
                    content_type=content_type if isinstance(content_type, str) and content_type else None,
                )
            )
        return tuple(media)
    listed = _form_str(form, "attachments")
    if listed and listed.strip():
        items = _list(load_json(listed, "attachments"), "attachments")
        if len(items) > MAX_ATTACHMENTS:
            raise _invalid("attachments", f"more than {MAX_ATTACHMENTS}")
        for index, raw_item in enumerate(items):
            path = f"attachments[{index}]"
            item = _obj(raw_item, path)
            media.append(
                MediaItem(
                    url=_str(item.get("url"), f"{path}.url"),
                    content_type=_opt_str(item.get("content-type"), f"{path}.content-type") or None,
                )
            )
    return tuple(media)


# ----------------------------------------------------------------------------------------- SendGrid


class _TextExtractor(HTMLParser):
    """Visible text of an HTML body, with line breaks where block elements were."""

    _BLOCKS = frozenset(
        {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}
    )
    _HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden_depth += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.parts.append(data)


def _html_to_text(html: str) -> str:
    """Plain text of an HTML email body, for senders whose client sends no text part."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in "".join(extractor.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def parse_sendgrid(form: Mapping[str, Any]) -> InboundMessage:
    """SendGrid Inbound Parse (default, non-raw mode) POST to an InboundMessage.

    The receiving address comes from the SMTP ``envelope`` when present (the ``to`` header may list
    other people, or omit us on a BCC), else the first ``to`` header address. The ``headers`` field is
    the raw header block, from which ``Message-ID`` and ``Date`` are read.
    """
    sender_name, from_address = _email_field(_required_form_str(form, "from"), "from")
    to_address = sendgrid_receiver(form)

    text = _form_str(form, "text") or ""
    if not text.strip():
        html = _form_str(form, "html") or ""
        text = _html_to_text(html) if html.strip() else ""

    raw_headers = _form_str(form, "headers") or ""
    headers = HeaderParser().parsestr(raw_headers) if raw_headers.strip() else None
    message_id = headers.get("Message-ID") if headers is not None else None
    date = headers.get("Date") if headers is not None else None

    return InboundMessage(
        channel="EMAIL",
        from_address=from_address,
        to_address=to_address,
        body=_email_body(_form_str(form, "subject"), text),
        provider="sendgrid",
        provider_message_id=_message_id(str(message_id) if message_id is not None else None),
        sent_at=_rfc2822_date(str(date) if date is not None else None),
        media=_sendgrid_media(form),
        sender_name=sender_name,
    )


def sendgrid_receiver(form: Mapping[str, Any]) -> str:
    """The address a SendGrid Inbound Parse POST was sent to: the SMTP envelope's first recipient, else
    the first ``to`` header address. Read (with a bounded cost) before the basic auth can be checked,
    since the integration holding the password is found from it; the rest is parsed afterwards."""
    to_address = _sendgrid_envelope_to(form)
    if to_address is None:
        to_address = _first_address(_required_form_str(form, "to"), "to")
    return to_address


def _sendgrid_envelope_to(form: Mapping[str, Any]) -> str | None:
    """First SMTP recipient from the ``envelope`` JSON, or None when the field is absent."""
    raw = _form_str(form, "envelope")
    if not raw or not raw.strip():
        return None
    if len(raw) > MAX_PREAUTH_JSON:
        raise _invalid("envelope", f"longer than {MAX_PREAUTH_JSON} characters")
    envelope = _obj(load_json(raw, "envelope"), "envelope")
    recipients = envelope.get("to")
    if isinstance(recipients, str):
        recipients = [recipients]
    if not isinstance(recipients, list) or not recipients:
        return None
    return _email_field(_str(recipients[0], "envelope.to[0]"), "envelope.to[0]")[1]


def _sendgrid_media(form: Mapping[str, Any]) -> tuple[MediaItem, ...]:
    """Attachments ``attachment1..N`` with their types from the ``attachment-info`` JSON."""
    count = _count(_form_str(form, "attachments"), "attachments", holds=_file_parts(form))
    info: dict[str, Any] = {}
    info_raw = _form_str(form, "attachment-info")
    if info_raw and info_raw.strip():
        info = _obj(load_json(info_raw, "attachment-info"), "attachment-info")
        if len(info) > MAX_ATTACHMENTS:
            raise _invalid("attachment-info", f"more than {MAX_ATTACHMENTS} attachments")
    names = [f"attachment{index}" for index in range(1, count + 1)]
    names += sorted((name for name in info if name not in names), key=lambda n: (len(n), n))
    media: list[MediaItem] = []
    for name in names:
        entry = info.get(name)
        content_type = entry.get("type") if isinstance(entry, dict) else None
        if not isinstance(content_type, str) or not content_type:
            part_type = getattr(form.get(name), "content_type", None)
            content_type = part_type if isinstance(part_type, str) and part_type else None
        media.append(MediaItem(url=f"sendgrid-attachment:{name}", content_type=content_type))
    return tuple(media)


# ----------------------------------------------------------------------------------------- JSON API


def parse_api(payload: dict[str, Any]) -> InboundMessage:
    """Our own JSON API body to an InboundMessage, validating every type precisely.

    ``{"channel", "from", "to"?, "body", "provider_message_id"?, "sent_at"?, "media"?, "sender_name"?}``;
    ``sent_at`` must be ISO-8601 with a UTC offset (a naive time is ambiguous across tenants' zones).
    ``to`` is optional because an API caller is already tied to its tenant; absent means "".
    """
    root = _obj(payload, "payload")
    channel_raw = _str(root.get("channel"), "channel")
    channel = channel_raw.strip().upper()
    if channel not in CHANNELS:
        raise _invalid("channel", "expected one of SMS, WHATSAPP, EMAIL")

    raw_from = _str(root.get("from"), "from")
    raw_to = _opt_str(root.get("to"), "to")
    sender_name = _opt_str(root.get("sender_name"), "sender_name")
    if channel == "EMAIL":
        name, from_address = _email_field(raw_from, "from")
        sender_name = sender_name or name
        to_address = _email_field(raw_to, "to")[1] if raw_to and raw_to.strip() else ""
    else:
        from_address = _phone_field(raw_from, "from")
        to_address = _phone_field(raw_to, "to") if raw_to and raw_to.strip() else ""

    if "body" not in root:
        raise _missing("body")
    body = root["body"]
    if not isinstance(body, str):
        raise _invalid("body", "expected a string")

    message_id = _opt_str(root.get("provider_message_id"), "provider_message_id")
    sent_at_raw = _opt_str(root.get("sent_at"), "sent_at")
    sent_at = _iso_datetime(sent_at_raw, "sent_at") if sent_at_raw is not None else None

    media: list[MediaItem] = []
    raw_media = root.get("media")
    if raw_media is not None:
        for index, raw_item in enumerate(_list(raw_media, "media")):
            path = f"media[{index}]"
            item = _obj(raw_item, path)
            media.append(
                MediaItem(
                    url=_str(item.get("url"), f"{path}.url").strip(),
                    content_type=(_opt_str(item.get("content_type"), f"{path}.content_type") or "").strip()
                    or None,
                )
            )

    return InboundMessage(
        channel=channel,
        from_address=from_address,
        to_address=to_address,
        body=body,
        provider="api",
        provider_message_id=(message_id or "").strip() or None,
        sent_at=sent_at,
        media=tuple(media),
        sender_name=(sender_name or "").strip() or None,
    )


def _iso_datetime(raw: str, field: str) -> datetime:
    """ISO-8601 with an offset, as aware UTC."""
    try:
        parsed = datetime.fromisoformat(raw.strip())
    except ValueError as exc:
        raise _invalid(field, "expected an ISO-8601 timestamp") from exc
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise _invalid(field, "timestamp needs a UTC offset")
    return parsed.astimezone(UTC)
