"""Inbound email webhooks: Mailgun routes and SendGrid Inbound Parse form posts to an InboundMessage.

The receiving address is read on its own first (``mailgun_receiver``, ``sendgrid_receiver``), with a
bounded cost, because the ingress must find the integration holding the signing key or password from
it; everything else is parsed only once the request is authenticated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.parser import HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from ingress.payloads.fields import (
    bounded_count,
    email_field,
    file_parts,
    first_form_str,
    form_str,
    json_list,
    json_obj,
    json_opt_str,
    json_str,
    load_json,
    required_form_str,
    sane_time,
    text_field,
    unix_time,
)
from ingress.payloads.message import MAX_ATTACHMENTS, InboundMessage, MediaItem, invalid, missing

#: Longest address field read before authentication (RFC 5322 caps a header line at 998 characters).
MAX_ADDRESS_FIELD = 998
#: Longest small JSON field read before authentication (SendGrid's ``envelope``).
MAX_PREAUTH_JSON = 8192


def _rfc2822_date(raw: str | None) -> datetime | None:
    """An email ``Date`` header as aware UTC, or None when absent or unparseable (it is advisory)."""
    if not raw or not raw.strip():
        return None
    try:
        parsed = parsedate_to_datetime(raw.strip())
        if parsed.tzinfo is None:
            return None
        return sane_time(parsed.astimezone(UTC))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


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


# ------------------------------------------------------------------------------------------ Mailgun


def _first_address(raw: str, field: str) -> str:
    """The first address of an address-list field, read with a bounded cost (it may be read before
    the request is authenticated)."""
    if len(raw) > MAX_ADDRESS_FIELD:
        raise invalid(field, f"longer than {MAX_ADDRESS_FIELD} characters")
    addresses = [addr for _, addr in getaddresses([raw]) if addr]
    if not addresses:
        raise invalid(field, "no email address")
    return email_field(addresses[0], field)[1]


def mailgun_receiver(form: Mapping[str, Any]) -> str:
    """The address a Mailgun webhook was sent to (``recipient``): the ingress finds the integration, and
    with it the signing key, from it alone, and parses the rest only once the signature holds."""
    return _first_address(required_form_str(form, "recipient"), "recipient")


def parse_mailgun(form: Mapping[str, Any]) -> InboundMessage:
    """Mailgun route ``forward()`` (or ``store(notify=...)``) POST to an InboundMessage.

    The sender comes from the ``from`` header (``sender`` is the SMTP MAIL FROM, often a bounce
    address of the sender's mail service) and falls back to ``sender``. The text prefers
    ``stripped-text`` (reply without the quoted thread), else ``body-plain``. ``sent_at`` is the
    message's ``Date`` header, else Mailgun's ``timestamp``.
    """
    from_field = "from" if first_form_str(form, "from") else "sender"
    raw_from = first_form_str(form, from_field)
    if raw_from is None:
        raise missing("from")
    sender_name, from_address = email_field(raw_from, from_field)
    to_address = mailgun_receiver(form)

    text = first_form_str(form, "stripped-text", "body-plain") or ""
    headers = _mailgun_headers(form)
    message_id = first_form_str(form, "Message-Id", "Message-ID", "message-id") or headers.get("message-id")
    date = first_form_str(form, "Date") or headers.get("date")

    sent_at = _rfc2822_date(date)
    if sent_at is None:
        timestamp = form_str(form, "timestamp")
        if timestamp and timestamp.strip():
            sent_at = unix_time(timestamp, "timestamp")

    return InboundMessage(
        channel="EMAIL",
        from_address=from_address,
        to_address=to_address,
        body=_email_body(form_str(form, "subject"), text),
        provider="mailgun",
        provider_message_id=_message_id(message_id),
        sent_at=sent_at,
        media=_mailgun_media(form),
        sender_name=sender_name,
    )


def _mailgun_headers(form: Mapping[str, Any]) -> dict[str, str]:
    """``message-headers`` (a JSON list of [name, value] pairs) as a lower-cased-name dict."""
    raw = form_str(form, "message-headers")
    if not raw:
        return {}
    pairs = load_json(raw, "message-headers")
    if not isinstance(pairs, list):
        raise invalid("message-headers", "expected a JSON array")
    headers: dict[str, str] = {}
    for pair in pairs:
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair):
            headers.setdefault(pair[0].lower(), text_field(pair[1], "message-headers"))
    return headers


def _mailgun_media(form: Mapping[str, Any]) -> tuple[MediaItem, ...]:
    """Attachments: uploaded files ``attachment-1..N`` (forward) or the ``attachments`` JSON (store)."""
    media: list[MediaItem] = []
    count_raw = form_str(form, "attachment-count")
    if count_raw and count_raw.strip():
        for index in range(1, bounded_count(count_raw, "attachment-count", holds=file_parts(form)) + 1):
            part = form.get(f"attachment-{index}")
            content_type = getattr(part, "content_type", None)
            media.append(
                MediaItem(
                    url=f"mailgun-attachment:attachment-{index}",
                    content_type=content_type if isinstance(content_type, str) and content_type else None,
                )
            )
        return tuple(media)
    listed = form_str(form, "attachments")
    if listed and listed.strip():
        items = json_list(load_json(listed, "attachments"), "attachments")
        if len(items) > MAX_ATTACHMENTS:
            raise invalid("attachments", f"more than {MAX_ATTACHMENTS}")
        for index, raw_item in enumerate(items):
            path = f"attachments[{index}]"
            item = json_obj(raw_item, path)
            media.append(
                MediaItem(
                    url=json_str(item.get("url"), f"{path}.url"),
                    content_type=json_opt_str(item.get("content-type"), f"{path}.content-type") or None,
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
    sender_name, from_address = email_field(required_form_str(form, "from"), "from")
    to_address = sendgrid_receiver(form)

    text = form_str(form, "text") or ""
    if not text.strip():
        html = form_str(form, "html") or ""
        text = _html_to_text(html) if html.strip() else ""

    raw_headers = form_str(form, "headers") or ""
    headers = HeaderParser().parsestr(raw_headers) if raw_headers.strip() else None
    message_id = headers.get("Message-ID") if headers is not None else None
    date = headers.get("Date") if headers is not None else None

    return InboundMessage(
        channel="EMAIL",
        from_address=from_address,
        to_address=to_address,
        body=_email_body(form_str(form, "subject"), text),
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
        to_address = _first_address(required_form_str(form, "to"), "to")
    return to_address


def _sendgrid_envelope_to(form: Mapping[str, Any]) -> str | None:
    """First SMTP recipient from the ``envelope`` JSON, or None when the field is absent."""
    raw = form_str(form, "envelope")
    if not raw or not raw.strip():
        return None
    if len(raw) > MAX_PREAUTH_JSON:
        raise invalid("envelope", f"longer than {MAX_PREAUTH_JSON} characters")
    envelope = json_obj(load_json(raw, "envelope"), "envelope")
    recipients = envelope.get("to")
    if isinstance(recipients, str):
        recipients = [recipients]
    if not isinstance(recipients, list) or not recipients:
        return None
    return email_field(json_str(recipients[0], "envelope.to[0]"), "envelope.to[0]")[1]


def _sendgrid_media(form: Mapping[str, Any]) -> tuple[MediaItem, ...]:
    """Attachments ``attachment1..N`` with their types from the ``attachment-info`` JSON."""
    count = bounded_count(form_str(form, "attachments"), "attachments", holds=file_parts(form))
    info: dict[str, Any] = {}
    info_raw = form_str(form, "attachment-info")
    if info_raw and info_raw.strip():
        info = json_obj(load_json(info_raw, "attachment-info"), "attachment-info")
        if len(info) > MAX_ATTACHMENTS:
            raise invalid("attachment-info", f"more than {MAX_ATTACHMENTS} attachments")
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
