"""Provider payloads to InboundMessage, with realistic samples and the malformed cases that must 400."""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from ingress.payloads import (
    InboundMessage,
    MediaItem,
    PayloadError,
    parse_api,
    parse_mailgun,
    parse_sendgrid,
    parse_twilio,
    parse_whatsapp,
)

# ------------------------------------------------------------------------------------------- Twilio

TWILIO_SMS = {
    "ToCountry": "GB",
    "ToState": "",
    "SmsMessageSid": "SM5a7c1c2f3e4d5b6a7980a1b2c3d4e5f6",
    "NumMedia": "0",
    "ToCity": "",
    "FromZip": "",
    "SmsSid": "SM5a7c1c2f3e4d5b6a7980a1b2c3d4e5f6",
    "FromState": "",
    "SmsStatus": "received",
    "FromCity": "",
    "Body": "2 cases of Coke 330ml and 1 keg Peroni please",
    "FromCountry": "GB",
    "To": "+447700900456",
    "MessagingServiceSid": "MG1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    "ToZip": "",
    "NumSegments": "1",
    "MessageSid": "SM5a7c1c2f3e4d5b6a7980a1b2c3d4e5f6",
    "AccountSid": "AC0123456789abcdef0123456789abcdef",
    "From": "+447700900123",
    "ApiVersion": "2010-04-01",
}

TWILIO_WHATSAPP_MEDIA = {
    "SmsMessageSid": "MM0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "NumMedia": "2",
    "ProfileName": "Bella's Bistro",
    "MessageType": "image",
    "SmsSid": "MM0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "WaId": "447700900123",
    "SmsStatus": "received",
    "Body": "Order for tomorrow, see photo",
    "To": "whatsapp:+447700900456",
    "NumSegments": "1",
    "ReferralNumMedia": "0",
    "MessageSid": "MM0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "AccountSid": "AC0123456789abcdef0123456789abcdef",
    "From": "whatsapp:+447700900123",
    "MediaContentType0": "image/jpeg",
    "MediaUrl0": "https://api.twilio.com/2010-04-01/Accounts/AC0123/Messages/MM0f1e/Media/ME111",
    "MediaContentType1": "application/pdf",
    "MediaUrl1": "https://api.twilio.com/2010-04-01/Accounts/AC0123/Messages/MM0f1e/Media/ME222",
    "ApiVersion": "2010-04-01",
}


def test_twilio_sms() -> None:
    message = parse_twilio(TWILIO_SMS)
    assert message == InboundMessage(
        channel="SMS",
        from_address="+447700900123",
        to_address="+447700900456",
        body="2 cases of Coke 330ml and 1 keg Peroni please",
        provider="twilio",
        provider_message_id="SM5a7c1c2f3e4d5b6a7980a1b2c3d4e5f6",
        sent_at=None,
    )


def test_twilio_whatsapp_with_media() -> None:
    message = parse_twilio(TWILIO_WHATSAPP_MEDIA)
    assert message.channel == "WHATSAPP"
    assert message.from_address == "+447700900123"
    assert message.to_address == "+447700900456"
    assert message.sender_name == "Bella's Bistro"
    assert message.body == "Order for tomorrow, see photo"
    assert message.media == (
        MediaItem(TWILIO_WHATSAPP_MEDIA["MediaUrl0"], "image/jpeg"),
        MediaItem(TWILIO_WHATSAPP_MEDIA["MediaUrl1"], "application/pdf"),
    )
    assert message.provider_message_id == "MM0f1e2d3c4b5a69788796a5b4c3d2e1f0"


def test_twilio_media_only_and_fallback_sid() -> None:
    form = {k: v for k, v in TWILIO_WHATSAPP_MEDIA.items() if k not in ("Body", "MessageSid")}
    message = parse_twilio(form)
    assert message.body == ""
    assert message.provider_message_id == "MM0f1e2d3c4b5a69788796a5b4c3d2e1f0"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"From": None}, "From"),
        ({"From": "  "}, "From"),
        ({"To": None}, "To"),
        ({"From": "whatsapp:not-a-number"}, "From"),
        ({"NumMedia": "two"}, "NumMedia"),
        ({"NumMedia": "3"}, "MediaUrl2"),
    ],
)
def test_twilio_malformed(change: dict[str, str | None], field: str) -> None:
    merged = {**TWILIO_WHATSAPP_MEDIA, **change}
    form = {k: v for k, v in merged.items() if v is not None}
    with pytest.raises(PayloadError, match=re.escape(f"'{field}'")) as info:
        parse_twilio(form)
    assert info.value.field == field


# --------------------------------------------------------------------------- WhatsApp (Meta Cloud API)


def _wa_envelope(value: dict[str, Any]) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }


WA_METADATA = {"display_phone_number": "447700900456", "phone_number_id": "106540352242922"}
WA_CONTACTS = [{"profile": {"name": "Sheena Nelson"}, "wa_id": "447700900123"}]

WA_TEXT = _wa_envelope(
    {
        "messaging_product": "whatsapp",
        "metadata": WA_METADATA,
        "contacts": WA_CONTACTS,
        "messages": [
            {
                "from": "447700900123",
                "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                "timestamp": "1749416383",
                "type": "text",
                "text": {"body": "Can I get 3 crates of Heineken for Friday?"},
            }
        ],
    }
)

WA_STATUSES = _wa_envelope(
    {
        "messaging_product": "whatsapp",
        "metadata": WA_METADATA,
        "statuses": [
            {
                "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA",
                "status": "delivered",
                "timestamp": "1750263773",
                "recipient_id": "447700900123",
                "conversation": {"id": "6ceb9d929c1a8b7a9d0b3e2c7d4f5a1b", "origin": {"type": "service"}},
                "pricing": {"billable": True, "pricing_model": "PMP", "category": "service"},
            },
            {
                "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA",
                "status": "read",
                "timestamp": "1750263780",
                "recipient_id": "447700900123",
            },
        ],
    }
)


def test_whatsapp_text() -> None:
    messages, ignored = parse_whatsapp(WA_TEXT)
    assert ignored == 0
    assert messages == [
        InboundMessage(
            channel="WHATSAPP",
            from_address="+447700900123",
            to_address="+447700900456",
            body="Can I get 3 crates of Heineken for Friday?",
            provider="whatsapp",
            provider_message_id="wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
            sent_at=datetime(2025, 6, 8, 20, 59, 43, tzinfo=UTC),
            sender_name="Sheena Nelson",
            receiver_id="106540352242922",
        )
    ]


def test_whatsapp_statuses_are_counted_and_ignored() -> None:
    assert parse_whatsapp(WA_STATUSES) == ([], 2)


def test_whatsapp_media_interactive_button_order_and_unknown() -> None:
    payload = copy.deepcopy(WA_TEXT)
    base = {"from": "447700900123", "timestamp": "1749416383"}
    payload["entry"][0]["changes"][0]["value"]["messages"] = [
        {
            **base,
            "id": "wamid.img",
            "type": "image",
            "image": {
                "caption": "Same as last week",
                "mime_type": "image/jpeg",
                "sha256": "abc=",
                "id": "1479537139650973",
            },
        },
        {
            **base,
            "id": "wamid.voice",
            "type": "audio",
            "audio": {
                "mime_type": "audio/ogg; codecs=opus",
                "sha256": "def=",
                "id": "2345678901",
                "voice": True,
            },
        },
        {
            **base,
            "id": "wamid.doc",
            "type": "document",
            "document": {
                "filename": "order.pdf",
                "mime_type": "application/pdf",
                "sha256": "ghi=",
                "id": "3456",
            },
        },
        {
            **base,
            "id": "wamid.btn",
            "type": "interactive",
            "interactive": {
                "type": "button_reply",
                "button_reply": {"id": "confirm", "title": "Confirm order"},
            },
        },
        {
            **base,
            "id": "wamid.list",
            "type": "interactive",
            "interactive": {
                "type": "list_reply",
                "list_reply": {"id": "sku-1", "title": "Peroni 30L keg", "description": "x"},
            },
        },
        {**base, "id": "wamid.tpl", "type": "button", "button": {"payload": "REORDER", "text": "Reorder"}},
        {
            **base,
            "id": "wamid.cart",
            "type": "order",
            "order": {
                "catalog_id": "99",
                "text": "Deliver Friday",
                "product_items": [
                    {
                        "product_retailer_id": "PERONI-30L",
                        "quantity": "2",
                        "item_price": "95",
                        "currency": "GBP",
                    },
                    {"product_retailer_id": "COKE-330-24", "quantity": 5},
                ],
            },
        },
        {**base, "id": "wamid.loc", "type": "location", "location": {"latitude": 51.5, "longitude": -0.1}},
        {
            **base,
            "id": "wamid.unsup",
            "type": "unsupported",
            "errors": [{"code": 131051, "title": "Message type unknown"}],
        },
    ]
    messages, ignored = parse_whatsapp(payload)
    assert ignored == 0
    by_id = {m.provider_message_id: m for m in messages}
    assert by_id["wamid.img"].body == "Same as last week"
    assert by_id["wamid.img"].media == (MediaItem("whatsapp-media:1479537139650973", "image/jpeg"),)
    assert by_id["wamid.voice"].body == ""
    assert by_id["wamid.voice"].media == (MediaItem("whatsapp-media:2345678901", "audio/ogg; codecs=opus"),)
    assert by_id["wamid.doc"].media == (MediaItem("whatsapp-media:3456", "application/pdf"),)
    assert by_id["wamid.btn"].body == "Confirm order"
    assert by_id["wamid.list"].body == "Peroni 30L keg"
    assert by_id["wamid.tpl"].body == "Reorder"
    assert by_id["wamid.cart"].body == "Deliver Friday\n2 x PERONI-30L\n5 x COKE-330-24"
    for unknown in ("wamid.loc", "wamid.unsup"):
        assert by_id[unknown].body == ""
        assert by_id[unknown].media == ()
    assert all(m.sender_name == "Sheena Nelson" for m in messages)


def test_whatsapp_batched_entries_messages_and_statuses() -> None:
    payload = copy.deepcopy(WA_TEXT)
    payload["entry"].append(copy.deepcopy(WA_STATUSES["entry"][0]))
    other = copy.deepcopy(WA_TEXT["entry"][0])
    other["changes"][0]["value"]["metadata"] = {
        "display_phone_number": "+1 555-078-3881",
        "phone_number_id": "777",
    }
    other["changes"][0]["value"]["contacts"] = [
        {"profile": {"name": "A"}, "wa_id": "16505551234"},
        {"profile": {"name": "B"}, "wa_id": "16505550000"},
    ]
    other["changes"][0]["value"]["messages"][0]["from"] = "16505551234"
    other["changes"].append({"field": "message_template_status_update", "value": {"event": "APPROVED"}})
    payload["entry"].append(other)
    messages, ignored = parse_whatsapp(payload)
    assert ignored == 2
    assert [(m.to_address, m.receiver_id, m.from_address, m.sender_name) for m in messages] == [
        ("+447700900456", "106540352242922", "+447700900123", "Sheena Nelson"),
        ("+15550783881", "777", "+16505551234", "A"),
    ]


def _wa_with(mutator: Any) -> dict[str, Any]:
    payload = copy.deepcopy(WA_TEXT)
    mutator(payload)
    return payload


def _value(p: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = p["entry"][0]["changes"][0]["value"]
    return value


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"object": "whatsapp_business_account"}, "entry"),
        ({"object": "page", "entry": []}, "object"),
        ({"entry": {"not": "a list"}}, "entry"),
        (
            _wa_with(lambda p: _value(p)["messages"][0].pop("from")),
            "entry[0].changes[0].value.messages[0].from",
        ),
        (_wa_with(lambda p: _value(p)["messages"][0].pop("id")), "entry[0].changes[0].value.messages[0].id"),
        (
            _wa_with(lambda p: _value(p)["messages"][0].update(timestamp="yesterday")),
            "entry[0].changes[0].value.messages[0].timestamp",
        ),
        (
            _wa_with(lambda p: _value(p)["messages"][0].update(text="hi")),
            "entry[0].changes[0].value.messages[0].text",
        ),
        (
            _wa_with(
                lambda p: _value(p)["messages"][0].update(type="image", image={"mime_type": "image/png"})
            ),
            "entry[0].changes[0].value.messages[0].image.id",
        ),
        (_wa_with(lambda p: _value(p).pop("metadata")), "entry[0].changes[0].value.metadata"),
        (
            _wa_with(lambda p: _value(p)["metadata"].pop("display_phone_number")),
            "entry[0].changes[0].value.metadata.display_phone_number",
        ),
    ],
)
def test_whatsapp_malformed(payload: dict[str, Any], field: str) -> None:
    with pytest.raises(PayloadError) as info:
        parse_whatsapp(payload)
    assert info.value.field == field
    assert f"'{field}'" in str(info.value)


# ------------------------------------------------------------------------------------------ Mailgun

MAILGUN_FORWARD = {
    "recipient": "orders@acme-drinks.example.com",
    "sender": "bounces+SRS=abc@mail.thecornerbar.example",
    "from": "Tom Baker <Tom@TheCornerBar.example>",
    "subject": "Order for Saturday",
    "body-plain": "Hi,\n\n10 x Guinness keg\n4 x Coke 24pk\n\nThanks\nTom\n\n> On Mon, Acme wrote:\n> previous",
    "stripped-text": "Hi,\n\n10 x Guinness keg\n4 x Coke 24pk\n\nThanks\nTom",
    "stripped-signature": "",
    "body-html": "<p>Hi</p>",
    "Message-Id": "<CAF=xyz123@mail.gmail.com>",
    "Date": "Fri, 14 Jun 2024 09:30:00 +0100",
    "message-headers": json.dumps(
        [
            ["Received", "by mx"],
            ["Message-Id", "<CAF=xyz123@mail.gmail.com>"],
            ["Subject", "Order for Saturday"],
        ]
    ),
    "timestamp": "1718353805",
    "token": "2b90a03befc0b98ae2b641b0080850cada918a2d2f670e0141",
    "signature": "f4b6f4d72b18a11605914d770900f871179065abf23fc8d31007b63948828ef6",
    "attachment-count": "1",
}


class _Upload:
    """Stands in for an uploaded file part (Starlette's UploadFile has .content_type)."""

    def __init__(self, content_type: str) -> None:
        self.content_type = content_type


def test_mailgun_forward() -> None:
    form: dict[str, Any] = {**MAILGUN_FORWARD, "attachment-1": _Upload("application/pdf")}
    message = parse_mailgun(form)
    assert message == InboundMessage(
        channel="EMAIL",
        from_address="tom@thecornerbar.example",
        to_address="orders@acme-drinks.example.com",
        body="Order for Saturday\nHi,\n\n10 x Guinness keg\n4 x Coke 24pk\n\nThanks\nTom",
        provider="mailgun",
        provider_message_id="CAF=xyz123@mail.gmail.com",
        sent_at=datetime(2024, 6, 14, 8, 30, tzinfo=UTC),
        media=(MediaItem("mailgun-attachment:attachment-1", "application/pdf"),),
        sender_name="Tom Baker",
    )


def test_mailgun_fallbacks() -> None:
    form = {
        k: v
        for k, v in MAILGUN_FORWARD.items()
        if k not in ("from", "subject", "stripped-text", "Message-Id", "Date", "attachment-count")
    }
    message = parse_mailgun(form)
    assert message.from_address == "bounces+srs=abc@mail.thecornerbar.example"
    assert message.body.startswith("Hi,") and "> previous" in message.body
    assert message.provider_message_id == "CAF=xyz123@mail.gmail.com"  # from message-headers
    assert message.sent_at == datetime.fromtimestamp(1718353805, tz=UTC)
    assert message.media == ()


def test_mailgun_store_notify_attachments() -> None:
    attachments = [
        {
            "url": "https://storage.eu.mailgun.net/v3/domains/x/messages/abc/attachments/0",
            "content-type": "image/png",
            "name": "order.png",
            "size": 1234,
        }
    ]
    form = {**MAILGUN_FORWARD, "attachments": json.dumps(attachments)}
    del form["attachment-count"]
    assert parse_mailgun(form).media == (MediaItem(attachments[0]["url"], "image/png"),)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"recipient": None}, "recipient"),
        ({"from": None, "sender": None}, "from"),
        ({"from": "Tom <not-an-address>"}, "from"),
        ({"attachment-count": "lots"}, "attachment-count"),
        ({"message-headers": "{not json"}, "message-headers"),
        ({"Date": None, "timestamp": "soon"}, "timestamp"),
    ],
)
def test_mailgun_malformed(change: dict[str, str | None], field: str) -> None:
    form = {k: v for k, v in {**MAILGUN_FORWARD, **change}.items() if v is not None}
    with pytest.raises(PayloadError, match=re.escape(f"'{field}'")) as info:
        parse_mailgun(form)
    assert info.value.field == field


# ----------------------------------------------------------------------------------------- SendGrid

SENDGRID_HEADERS = (
    "Received: by mx0047p1mdw1.sendgrid.net with SMTP id 6WCVv7KAWn Wed, 27 Jul 2016 20:53:06 +0000 (UTC)\n"
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=20120113\n"
    "MIME-Version: 1.0\n"
    "From: Maria Rossi <Maria@TrattoriaRossi.example>\n"
    "Date: Wed, 27 Jul 2016 14:53:03 -0600\n"
    "Message-ID: <CAN_P_JMvV7ZpAQhOnDienypLrJmuhN=LQWweu4yScw4jQyXY2w@mail.example.com>\n"
    "Subject: Weekly order\n"
    "To: Acme Orders <orders@parse.acme-drinks.example.com>\n"
    "Content-Type: multipart/alternative; boundary=001a113df448cad2d00538a08e2b\n"
)

SENDGRID_FORM: dict[str, Any] = {
    "attachment1": _Upload("application/vnd.ms-excel"),
    "headers": SENDGRID_HEADERS,
    "dkim": "{@example.com : pass}",
    "content-ids": "{}",
    "to": "Acme Orders <orders@parse.acme-drinks.example.com>",
    "html": "<div>6 x Prosecco</div>",
    "from": "Maria Rossi <Maria@TrattoriaRossi.example>",
    "text": "6 x Prosecco\n2 x San Pellegrino 24pk\n",
    "sender_ip": "209.85.223.173",
    "spam_report": "Spam detection software...",
    "envelope": json.dumps(
        {"to": ["orders@parse.acme-drinks.example.com"], "from": "maria@trattoriarossi.example"}
    ),
    "attachments": "1",
    "subject": "Weekly order",
    "spam_score": "0.1",
    "attachment-info": json.dumps(
        {"attachment1": {"filename": "order.xlsx", "name": "order.xlsx", "type": "application/vnd.ms-excel"}}
    ),
    "charsets": json.dumps(
        {"to": "UTF-8", "html": "UTF-8", "subject": "UTF-8", "from": "UTF-8", "text": "UTF-8"}
    ),
    "SPF": "pass",
}


def test_sendgrid_inbound_parse() -> None:
    message = parse_sendgrid(SENDGRID_FORM)
    assert message == InboundMessage(
        channel="EMAIL",
        from_address="maria@trattoriarossi.example",
        to_address="orders@parse.acme-drinks.example.com",
        body="Weekly order\n6 x Prosecco\n2 x San Pellegrino 24pk",
        provider="sendgrid",
        provider_message_id="CAN_P_JMvV7ZpAQhOnDienypLrJmuhN=LQWweu4yScw4jQyXY2w@mail.example.com",
        sent_at=datetime(2016, 7, 27, 20, 53, 3, tzinfo=UTC),
        media=(MediaItem("sendgrid-attachment:attachment1", "application/vnd.ms-excel"),),
        sender_name="Maria Rossi",
    )


def test_sendgrid_html_fallback_and_to_header() -> None:
    form = {k: v for k, v in SENDGRID_FORM.items() if k not in ("text", "envelope", "subject", "headers")}
    form["to"] = "Someone Else <else@example.com>, orders@parse.acme-drinks.example.com"
    form["html"] = (
        "<html><head><style>p{color:red}</style></head><body><p>6 x Prosecco&nbsp;&amp; ice</p>"
        "<p>2 x San Pellegrino<br>Thanks</p><script>alert(1)</script></body></html>"
    )
    message = parse_sendgrid(form)
    assert message.body == "6 x Prosecco & ice\n\n2 x San Pellegrino\nThanks"
    assert message.to_address == "else@example.com"  # without an envelope, the first To address
    assert message.provider_message_id is None
    assert message.sent_at is None


def test_sendgrid_encoded_sender_name() -> None:
    form = {**SENDGRID_FORM, "from": "=?utf-8?q?Caf=C3=A9_Z=C3=BCrich?= <orders@cafe.example>"}
    assert parse_sendgrid(form).sender_name == "Café Zürich"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"from": None}, "from"),
        ({"from": "nobody"}, "from"),
        ({"envelope": None, "to": None}, "to"),
        ({"envelope": "not json"}, "envelope"),
        ({"envelope": json.dumps({"to": ["bad"]})}, "envelope.to[0]"),
        ({"attachments": "-1"}, "attachments"),
        ({"attachment-info": "[oops"}, "attachment-info"),
    ],
)
def test_sendgrid_malformed(change: dict[str, str | None], field: str) -> None:
    form = {k: v for k, v in {**SENDGRID_FORM, **change}.items() if v is not None}
    with pytest.raises(PayloadError, match=re.escape(f"'{field}'")) as info:
        parse_sendgrid(form)
    assert info.value.field == field


# ------------------------------------------------------------------------------------------ JSON API


def test_api_sms_minimal() -> None:
    message = parse_api({"channel": "sms", "from": "07700 900123", "body": "5 x Coke"})
    assert message == InboundMessage(
        channel="SMS",
        from_address="+447700900123",
        to_address="",
        body="5 x Coke",
        provider="api",
        provider_message_id=None,
        sent_at=None,
    )


def test_api_full_email() -> None:
    message = parse_api(
        {
            "channel": "Email",
            "from": "Jane <JANE@Example.com>",
            "to": "orders@acme.example",
            "body": "",
            "provider_message_id": "crm-123",
            "sent_at": "2024-06-14T09:30:00+01:00",
            "media": [
                {"url": "https://files.example/o.pdf", "content_type": "application/pdf"},
                {"url": "https://files.example/x", "content_type": None},
            ],
        }
    )
    assert message.channel == "EMAIL"
    assert message.from_address == "jane@example.com"
    assert message.to_address == "orders@acme.example"
    assert message.sender_name == "Jane"
    assert message.sent_at == datetime(2024, 6, 14, 8, 30, tzinfo=UTC)
    assert message.media == (
        MediaItem("https://files.example/o.pdf", "application/pdf"),
        MediaItem("https://files.example/x", None),
    )
    assert parse_api(
        {"channel": "EMAIL", "from": "a@b.example", "body": "x", "sent_at": "2024-06-14T08:30:00Z"}
    ).sent_at == (datetime(2024, 6, 14, 8, 30, tzinfo=UTC))


API_OK = {"channel": "WHATSAPP", "from": "+447700900123", "to": "+447700900456", "body": "hi"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"channel": None}, "channel"),
        ({"channel": "fax"}, "channel"),
        ({"channel": 1}, "channel"),
        ({"from": None}, "from"),
        ({"from": 447700900123}, "from"),
        ({"from": "not a phone"}, "from"),
        ({"to": 5}, "to"),
        ({"to": "nope"}, "to"),
        ({"body": None}, "body"),
        ({"body": ["2 x Coke"]}, "body"),
        ({"provider_message_id": 42}, "provider_message_id"),
        ({"sent_at": "yesterday"}, "sent_at"),
        ({"sent_at": "2024-06-14T09:30:00"}, "sent_at"),
        ({"sent_at": 1718353805}, "sent_at"),
        ({"media": {"url": "x"}}, "media"),
        ({"media": ["https://x"]}, "media[0]"),
        ({"media": [{"content_type": "image/png"}]}, "media[0].url"),
        ({"media": [{"url": "https://x", "content_type": 3}]}, "media[0].content_type"),
    ],
)
def test_api_malformed(change: dict[str, Any], field: str) -> None:
    payload: dict[str, Any] = {**API_OK, **change}
    if field in ("channel", "from", "body") and change.get(field, "") is None:
        payload.pop(field)
    with pytest.raises(PayloadError, match=re.escape(f"'{field}'")) as info:
        parse_api(payload)
    assert info.value.field == field


def test_api_rejects_non_object() -> None:
    with pytest.raises(PayloadError):
        parse_api(["not", "an", "object"])  # type: ignore[arg-type]


def test_json_body_errors_name_the_path_and_never_quote_the_value() -> None:
    with pytest.raises(PayloadError) as info:
        parse_api({**API_OK, "media": [{"url": "https://x", "content_type": 3}]})
    assert str(info.value) == "invalid field 'media[0].content_type': expected a string"
    with pytest.raises(PayloadError) as info:
        parse_api({**API_OK, "from": "   "})
    assert str(info.value) == "missing field 'from'"
    with pytest.raises(PayloadError) as info:
        parse_api({**API_OK, "sent_at": "secret-ish 2024"})
    assert str(info.value) == "invalid field 'sent_at': expected an ISO-8601 timestamp"
    assert "secret-ish" not in str(info.value)
    payload = _wa_with(lambda p: _value(p)["messages"][0].update(type="order", order={"product_items": [{}]}))
    with pytest.raises(PayloadError) as info:
        parse_whatsapp(payload)
    assert (
        info.value.field == "entry[0].changes[0].value.messages[0].order.product_items[0].product_retailer_id"
    )


def test_whatsapp_changes_for_other_fields_are_not_validated() -> None:
    payload = _wa_with(
        lambda p: p["entry"][0]["changes"].append({"field": "account_update", "value": ["any", "shape"]})
    )
    messages, _ = parse_whatsapp(payload)
    assert len(messages) == 1
