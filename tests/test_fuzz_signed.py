"""Property-based fuzzing behind the signature checks (#6): every ingress route gets fuzzed bodies that
carry a VALID provider signature (Twilio, Meta's X-Hub-Signature-256, Mailgun's timestamp/token HMAC,
SendGrid's basic auth, an API key), so they reach the parsers, the ingest and the pipeline.

Properties, per example: never a 5xx for client input; a 4xx stores nothing; every message stored is
run through the pipeline as the worker would and ends PROCESSED (always a decision, never a crash); an
order it auto-confirms is within the absolute bounds of jobs/pipeline/bounds.py. Fixed seed, bounded
example count, no dependency faulted (a 503 would mean the test broke, not the input)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st
from sqlalchemy import text

from db.integrations import add_integration
from db.session import tenant_session
from ingress.signatures import meta_signature, twilio_signature
from jobs.pipeline import bounds
from tests.reviewers import pipeline
from tests.test_fuzz import FUZZ, JSONISH, SEED, TEXT
from tests.test_ingress_http import receiving_number, serve, whatsapp_payload

pytestmark = pytest.mark.usefixtures("clean_pipeline_queue")

SIGNED = settings(FUZZ, max_examples=20)  # each example: an HTTP round trip and a pipeline run


def mostly(valid: st.SearchStrategy[Any], fuzz: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Valid five times in six, so most examples get past the field checks to the deeper parsers,
    the ingest and the pipeline; fuzzed otherwise."""
    return st.tuples(st.sampled_from(range(6)), valid, fuzz).map(lambda t: t[2] if t[0] == 5 else t[1])


PHONE = mostly(st.sampled_from(["+447700900123", "+447700900124", "+34612345678"]), TEXT)
EMAIL = mostly(
    st.sampled_from(["Mario Rossi <mario@bella.example.test>", "luigi@trattoria.example.test"]), TEXT
)
NUMBERISH = st.one_of(st.integers().map(str), st.sampled_from(["", "²", "-1", "1e9", "99999999999"]), TEXT)


@dataclass(frozen=True)
class Signed:
    """A tenant with the shipped catalog and one integration of every provider, and the ingress."""

    base: str
    tenant: uuid.UUID
    api_key: str
    twilio_number: str
    twilio_token: str
    wa_display: str
    wa_phone_id: str
    wa_secret: str
    mailgun_address: str
    mailgun_key: str
    sendgrid_address: str
    sendgrid_password: str


@pytest.fixture(scope="module")
def signed(settings) -> Iterator[Signed]:  # type: ignore[no-untyped-def]
    from db.tenants import create_tenant
    from ingress.app import create_app
    from tests.seed import import_shipped_catalog

    tenant = create_tenant(f"Signed fuzz {uuid.uuid4().hex[:6]}", settings=settings).id
    import_shipped_catalog(tenant)
    number, phone_id, display = (
        receiving_number(),
        str(10**14 + uuid.uuid4().int % 10**14),
        receiving_number(),
    )
    mailgun, sendgrid = (f"{p}-{uuid.uuid4().hex[:8]}@inbound.example.test" for p in ("mg", "sg"))
    api_key = add_integration(tenant, "api", "fuzz").api_key
    assert api_key
    add_integration(tenant, "twilio", number, secret="fuzz-twilio-token")
    add_integration(
        tenant, "whatsapp", phone_id, secret="fuzz-meta-secret", config={"verify_token": uuid.uuid4().hex}
    )
    add_integration(tenant, "mailgun", mailgun, secret="fuzz-mailgun-key")
    add_integration(tenant, "sendgrid", sendgrid, secret="fuzz-sendgrid-password")
    with serve(create_app(settings)) as base:
        yield Signed(
            base, tenant, api_key, number, "fuzz-twilio-token", display, phone_id, "fuzz-meta-secret",
            mailgun, "fuzz-mailgun-key", sendgrid, "fuzz-sendgrid-password",
        )  # fmt: skip


def _message_ids(tenant: uuid.UUID) -> set[uuid.UUID]:
    with tenant_session(tenant) as s:
        return set(s.execute(text("SELECT id FROM messages")).scalars())


def _within_bounds(tenant: uuid.UUID, message_id: uuid.UUID) -> None:
    """The message ended PROCESSED; an order it auto-confirmed is within the absolute bounds."""
    with tenant_session(tenant) as s:
        status, content = s.execute(
            text("SELECT processing_status::text, content FROM messages WHERE id = :m"), {"m": message_id}
        ).one()
        order = s.execute(
            text("SELECT id, status::text, total_amount FROM orders WHERE source_message_id = :m"),
            {"m": message_id},
        ).one_or_none()
        lines = (
            s.execute(
                text("SELECT quantity FROM order_products WHERE order_id = :o"), {"o": order.id}
            ).scalars()
            if order is not None
            else []
        )
        quantities = list(lines)
    assert status == "PROCESSED", (message_id, status)
    if order is None or order.status != "CONFIRMED":
        return
    d = bounds.DEFAULT_BOUNDS
    assert 0 < len(quantities) <= d.max_lines
    assert all(Decimal(0) < q <= max(d.unit_max.values()) for q in quantities), quantities
    assert d.max_order_total is None or (order.total_amount or 0) <= d.max_order_total
    assert not bounds.signed_quantities(content)


def _settle(sig: Signed, r: httpx.Response, before: set[uuid.UUID]) -> None:
    assert r.status_code < 500, (r.status_code, r.text[:300])
    new = _message_ids(sig.tenant) - before
    if r.status_code >= 400:
        assert not new, (r.status_code, r.text[:300])  # a 4xx stored nothing
    for message_id in new:
        pipeline.run_pipeline_fused(message_id, sig.tenant)  # as the worker would; must not raise
        _within_bounds(sig.tenant, message_id)


def _wire(value: str) -> str:
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _form(fields: dict[str, str]) -> bytes:
    # Lone surrogates become invalid UTF-8 on the wire, as a hostile (or broken) sender sends them.
    return urlencode(fields, encoding="utf-8", errors="surrogatepass").encode()


@seed(SEED)
@SIGNED
@given(
    body=TEXT,
    sender=PHONE,
    extra=mostly(
        st.just({}),
        st.dictionaries(
            st.sampled_from(["NumMedia", "MediaUrl0", "MediaContentType0", "ProfileName", "SmsStatus", "x"]),
            NUMBERISH,
            max_size=4,
        ),
    ),
    whatsapp=st.booleans(),
)
def test_signed_twilio(signed: Signed, body: str, sender: str, extra: dict[str, str], whatsapp: bool) -> None:
    to = f"whatsapp:{signed.twilio_number}" if whatsapp else signed.twilio_number
    form = {"MessageSid": f"SM{uuid.uuid4().hex}", "From": sender, "To": to, "Body": body, **extra}
    url = signed.base + "/webhooks/twilio"
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        # Signed over what arrives: a lone surrogate is invalid UTF-8 on the wire, read as U+FFFD.
        "X-Twilio-Signature": twilio_signature(
            signed.twilio_token, url, {k: _wire(v) for k, v in form.items()}
        ),
    }
    before = _message_ids(signed.tenant)
    _settle(signed, httpx.post(url, content=_form(form), headers=headers, timeout=30), before)


WA_MESSAGE = st.fixed_dictionaries(
    {
        "from": mostly(st.just("447700900130"), st.one_of(st.just(""), JSONISH)),
        "id": mostly(st.builds(lambda: f"wamid.{uuid.uuid4().hex}"), JSONISH),
        "type": mostly(st.just("text"), st.one_of(st.sampled_from(["image", "audio", "location", "button"]), JSONISH)),
        "text": mostly(st.builds(lambda b: {"body": b}, TEXT), JSONISH),
    },
    optional={
        "timestamp": st.one_of(st.sampled_from(["1764063000", "-1", "99999999999999", "²"]), JSONISH),
        "image": st.one_of(st.builds(lambda c: {"id": "M1", "mime_type": "image/jpeg", "caption": c}, TEXT), JSONISH),
        "button": JSONISH,
    },
)  # fmt: skip


@seed(SEED)
@SIGNED
@given(
    messages=st.lists(WA_MESSAGE, max_size=3), statuses=st.one_of(st.none(), st.lists(JSONISH, max_size=2))
)
def test_signed_whatsapp(signed: Signed, messages: list[dict[str, Any]], statuses: list[Any] | None) -> None:
    payload = whatsapp_payload(signed.wa_display, signed.wa_phone_id, messages, statuses)
    raw = json.dumps(payload).encode()  # NaN/Infinity and escaped lone surrogates included
    headers = {
        "content-type": "application/json",
        "X-Hub-Signature-256": meta_signature(signed.wa_secret, raw),
    }
    before = _message_ids(signed.tenant)
    _settle(
        signed,
        httpx.post(signed.base + "/webhooks/whatsapp", content=raw, headers=headers, timeout=30),
        before,
    )


EMAIL_FIELDS = st.dictionaries(
    st.sampled_from(
        ["from", "sender", "subject", "body-plain", "stripped-text", "Message-Id", "attachment-count"]
    ),
    st.one_of(TEXT, NUMBERISH),
    max_size=6,
)


@seed(SEED)
@SIGNED
@given(fields=EMAIL_FIELDS)
def test_signed_mailgun(signed: Signed, fields: dict[str, str]) -> None:
    ts, token = str(int(time.time())), uuid.uuid4().hex  # a fresh token: a replayed one is refused
    signature = hmac.new(signed.mailgun_key.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()
    form = {
        **fields,
        "recipient": signed.mailgun_address,
        "timestamp": ts,
        "token": token,
        "signature": signature,
    }
    headers = {"content-type": "application/x-www-form-urlencoded"}
    before = _message_ids(signed.tenant)
    _settle(
        signed,
        httpx.post(signed.base + "/webhooks/email", content=_form(form), headers=headers, timeout=30),
        before,
    )


@seed(SEED)
@SIGNED
@given(
    fields=st.fixed_dictionaries(
        {"from": EMAIL, "to": EMAIL, "text": TEXT},
        optional={
            "subject": TEXT,
            "headers": st.one_of(
                TEXT, st.just("Message-ID: <sg-1@x.test>\nDate: Tue, 25 Nov 2026 10:00:00 +0000\n")
            ),
            "attachments": NUMBERISH,
            "attachment-info": st.one_of(TEXT, JSONISH.map(json.dumps)),
        },
    ),
    envelope=mostly(st.none(), JSONISH.map(json.dumps)),
)
def test_signed_sendgrid(signed: Signed, fields: dict[str, str], envelope: str | None) -> None:
    if envelope is None:
        envelope = json.dumps({"to": [signed.sendgrid_address], "from": "luigi@trattoria.example.test"})
    form = {**fields, "envelope": envelope}
    auth = base64.b64encode(f"sendgrid:{signed.sendgrid_password}".encode()).decode()
    headers = {"content-type": "application/x-www-form-urlencoded", "Authorization": f"Basic {auth}"}
    before = _message_ids(signed.tenant)
    _settle(
        signed,
        httpx.post(signed.base + "/webhooks/email", content=_form(form), headers=headers, timeout=30),
        before,
    )


@seed(SEED)
@SIGNED
@given(
    body=st.one_of(TEXT, JSONISH),
    sender=st.one_of(PHONE, JSONISH),
    channel=st.one_of(st.sampled_from(["SMS", "WHATSAPP", "EMAIL"]), JSONISH),
    sent_at=st.one_of(
        st.none(), st.sampled_from(["2026-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00"]), JSONISH
    ),
)
def test_signed_api(signed: Signed, body: Any, sender: Any, channel: Any, sent_at: Any) -> None:
    payload = {"channel": channel, "from": sender, "body": body}
    if sent_at is not None:
        payload["sent_at"] = sent_at
    headers = {"Authorization": f"Bearer {signed.api_key}", "content-type": "application/json"}
    before = _message_ids(signed.tenant)
    r = httpx.post(signed.base + "/v1/messages", content=json.dumps(payload), headers=headers, timeout=30)
    _settle(signed, r, before)
