"""Hostile requests against a real ingress process: counts and sizes taken from the body must never size
the work, and nothing is parsed beyond the receiving address before the provider's proof is checked.

The ingress runs as its own process so that "bounded work" is observed as behaviour: every request is
answered with a 4xx, the process is still alive afterwards, and its peak resident memory barely moves.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from db.integrations import add_integration
from ingress.signatures import meta_signature, twilio_signature
from tests.processes import OmsProcess, start_ingress
from tests.test_ingress_http import message_count, rows, whatsapp_payload

pytestmark = pytest.mark.usefixtures("clean_pipeline_queue")

#: Peak RSS growth allowed over the whole module (the unfixed code grew by gigabytes).
MAX_PEAK_GROWTH_KB = 150_000
HUGE_COUNTS = ("99999999999", "2000000")


def peak_rss_kb(proc: OmsProcess) -> int:
    for line in Path(f"/proc/{proc.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc status")


@pytest.fixture(scope="module")
def ingress(settings, tmp_path_factory) -> Iterator[tuple[OmsProcess, httpx.Client]]:  # type: ignore[no-untyped-def]
    proc, base = start_ingress(dict(os.environ), tmp_path_factory.mktemp("hostile"))
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            assert client.get("/healthz").status_code == 200
            start = peak_rss_kb(proc)
            yield proc, client
            assert proc.proc.poll() is None, proc.output()
            assert client.get("/healthz").status_code == 200
            growth = peak_rss_kb(proc) - start
            assert growth < MAX_PEAK_GROWTH_KB, f"peak RSS grew by {growth} kB"
    finally:
        proc.stop()


def mailgun_signed(key: str, recipient: str, **extra: str) -> dict[str, str]:
    ts, token = str(int(time.time())), uuid.uuid4().hex
    signature = hmac.new(key.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()
    return {
        "recipient": recipient,
        "from": "Mario <mario@bella.example.test>",
        "body-plain": "2 cases coke",
        "timestamp": ts,
        "token": token,
        "signature": signature,
        **extra,
    }


@pytest.fixture()
def mailgun_address(tenant) -> str:  # type: ignore[no-untyped-def]
    address = f"orders-{uuid.uuid4().hex[:8]}@inbound.example.test"
    add_integration(tenant.id, "mailgun", address, secret="mailgun-key")
    return address


@pytest.mark.parametrize("count", HUGE_COUNTS)
def test_mailgun_attachment_count_is_bounded_by_the_body(ingress, tenant, mailgun_address, count) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    unsigned = {"recipient": mailgun_address, "attachment-count": count, "from": "a@b.example.test"}
    assert client.post("/webhooks/email", data=unsigned).status_code == 401
    forged = {**mailgun_signed("wrong-key", mailgun_address), "attachment-count": count}
    assert client.post("/webhooks/email", data=forged).status_code == 403
    signed = mailgun_signed("mailgun-key", mailgun_address, **{"attachment-count": count})
    r = client.post("/webhooks/email", data=signed)
    assert r.status_code == 400 and r.json()["field"] == "attachment-count", r.text
    claimed = mailgun_signed("mailgun-key", mailgun_address, **{"attachment-count": "3"})
    r = client.post(
        "/webhooks/email", files={"attachment-1": ("a.pdf", b"%PDF", "application/pdf")}, data=claimed
    )
    assert r.status_code == 400 and r.json()["error"].endswith("more than the request holds")
    assert message_count(tenant.id) == 0


def test_mailgun_huge_or_deep_attachments_json(ingress, tenant, mailgun_address) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    huge = json.dumps([{"url": f"https://x.test/{i}", "content-type": "text/plain"} for i in range(2000)])
    deep = "[" * 30_000 + "]" * 30_000  # urlencoded, under the 256 KB body limit
    for listed in (huge, deep):
        forged = {**mailgun_signed("wrong-key", mailgun_address), "attachments": listed}
        assert client.post("/webhooks/email", data=forged).status_code == 403
        r = client.post(
            "/webhooks/email", data=mailgun_signed("mailgun-key", mailgun_address, attachments=listed)
        )
        assert r.status_code == 400 and r.json()["field"] == "attachments", r.text
    assert message_count(tenant.id) == 0


@pytest.mark.parametrize("count", HUGE_COUNTS)
def test_sendgrid_attachments_count_is_checked_after_basic_auth(ingress, tenant, count) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    address = f"orders-{uuid.uuid4().hex[:8]}@parse.example.test"
    add_integration(tenant.id, "sendgrid", address, secret="parse-password")
    fields = {
        "from": "luigi@trattoria.example.test",
        "to": address,
        "text": "5 bags flour",
        "attachments": count,
        "attachment-info": json.dumps({f"attachment{i}": {"type": "a/b"} for i in range(3000)}),
    }

    def auth(password: str) -> dict[str, str]:
        return {"Authorization": "Basic " + base64.b64encode(f"u:{password}".encode()).decode()}

    assert client.post("/webhooks/email", data=fields).status_code == 401
    assert client.post("/webhooks/email", data=fields, headers=auth("nope")).status_code == 403
    r = client.post("/webhooks/email", data=fields, headers=auth("parse-password"))
    assert r.status_code == 400 and r.json()["field"] == "attachments", r.text
    r = client.post("/webhooks/email", data={**fields, "attachments": "0"}, headers=auth("parse-password"))
    assert r.status_code == 400 and r.json()["field"] == "attachment-info", r.text
    assert message_count(tenant.id) == 0


def test_too_many_multipart_files_before_any_check(ingress) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    files = [(f"attachment-{i}", ("a", b"x", "text/plain")) for i in range(1, 300)]
    r = client.post("/webhooks/email", data={"recipient": "a@b.example.test"}, files=files)
    assert r.status_code == 400 and r.json()["field"] == "body"


# ------------------------------------------------------------------- bad input: a 4xx naming the field


def api_headers(tenant_id) -> dict[str, str]:  # type: ignore[no-untyped-def]
    key = add_integration(tenant_id, "api", "hostile").api_key
    return {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}


def api_body(**fields: Any) -> dict[str, Any]:
    return {"channel": "SMS", "from": "+447700900123", "body": "2 cases coke", **fields}


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "body"),
        (json.dumps(api_body(body="\ud800 2 cases")).encode(), "body"),
        (json.dumps(api_body(sender_name="\udfff")).encode(), "sender_name"),
        (json.dumps(api_body(sent_at="0001-01-01T00:30:00+01:00")).encode(), "sent_at"),
        (json.dumps(api_body(sent_at="9999-12-31T23:30:00-01:00")).encode(), "sent_at"),
        (json.dumps(api_body(sent_at="1999-12-31T23:59:59+00:00")).encode(), "sent_at"),
        (json.dumps(api_body(media=[{"url": "u"}] * 101)).encode(), "media"),
    ],
)
def test_api_bad_input_is_a_4xx_naming_the_field(ingress, tenant, raw, field) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    r = client.post("/v1/messages", content=raw, headers=api_headers(tenant.id))
    assert r.status_code == 400 and r.json()["field"] == field, r.text
    assert message_count(tenant.id) == 0


def test_nul_bytes_are_stripped_not_a_retry_later(ingress, tenant) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    body = api_body(body="2 cases\x00 coke", sender_name="Bella\x00", provider_message_id="id\x00-1")
    r = client.post("/v1/messages", json=body, headers=api_headers(tenant.id))
    assert r.status_code == 202, r.text
    (message,) = rows(tenant.id)["messages"]
    assert message.content == "2 cases coke"


def whatsapp_signed(client: httpx.Client, secret: str, payload: Any) -> httpx.Response:
    raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = {"X-Hub-Signature-256": meta_signature(secret, raw), "Content-Type": "application/json"}
    return client.post("/webhooks/whatsapp", content=raw, headers=headers)


def test_whatsapp_bad_input_before_and_after_the_signature(ingress, tenant) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    display = f"+44207946{uuid.uuid4().int % 10000:04d}"
    add_integration(tenant.id, "whatsapp", display, secret="app-secret")
    deep = b"{" + b'"a":{' * 40_000 + b"}" * 40_001  # under the 256 KB body limit
    r = client.post("/webhooks/whatsapp", content=deep, headers={"X-Hub-Signature-256": "sha256=00"})
    assert r.status_code == 400 and r.json()["field"] == "body"  # before the signature: no RecursionError

    def message(**fields: Any) -> dict[str, Any]:
        return {"from": "447700900123", "id": f"wamid.{uuid.uuid4().hex}", "type": "text",
                "text": {"body": "2 cases coke"}, **fields}  # fmt: skip

    cases = [
        (message(type={"nested": "object"}), "entry[0].changes[0].value.messages[0].type"),
        (message(timestamp="１７００００００００"), "entry[0].changes[0].value.messages[0].timestamp"),
        (message(timestamp="²"), "entry[0].changes[0].value.messages[0].timestamp"),
        (message(timestamp="99999999999"), "entry[0].changes[0].value.messages[0].timestamp"),
        (message(text={"body": "\ud800"}), "entry[0].changes[0].value.messages[0].text.body"),
    ]
    for msg, field in cases:
        r = whatsapp_signed(client, "app-secret", whatsapp_payload(display, "1", [msg]))
        assert r.status_code == 400 and r.json()["field"] == field, (field, r.text)
    assert message_count(tenant.id) == 0


def test_non_ascii_digits_in_count_fields(ingress, tenant, mailgun_address) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    r = client.post(
        "/webhooks/email", data=mailgun_signed("mailgun-key", mailgun_address, **{"attachment-count": "²"})
    )
    assert r.status_code == 400 and r.json()["field"] == "attachment-count", r.text
    number = f"+44207946{uuid.uuid4().int % 10000:04d}"
    add_integration(tenant.id, "twilio", number, secret="tw-token")
    form = {"From": "+447700900123", "To": number, "Body": "hi", "NumMedia": "١"}  # Arabic-Indic one
    url = str(client.base_url).rstrip("/") + "/webhooks/twilio"
    r = client.post(
        "/webhooks/twilio", data=form, headers={"X-Twilio-Signature": twilio_signature("tw-token", url, form)}
    )
    assert r.status_code == 400 and r.json()["field"] == "NumMedia", r.text
    assert message_count(tenant.id) == 0


# ------------------------------------------------------------------------------------ replayed tokens


def test_a_mailgun_token_replayed_with_another_body_is_refused(ingress, tenant, mailgun_address) -> None:  # type: ignore[no-untyped-def]
    _, client = ingress
    signed = mailgun_signed("mailgun-key", mailgun_address, **{"Message-Id": "<one@mail.example.test>"})
    r = client.post("/webhooks/email", data=signed)
    assert r.status_code == 200 and r.json()["status"] == "accepted", r.text
    again = client.post("/webhooks/email", data=signed)  # the provider's retry: same request
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    for change in ({"body-plain": "500 cases champagne"}, {"Message-Id": "<two@mail.example.test>"}):
        r = client.post("/webhooks/email", data={**signed, **change})
        assert r.status_code == 403 and "already used" in r.json()["error"], r.text
    (message,) = rows(tenant.id)["messages"]
    assert message.content == "2 cases coke"
    stale = mailgun_signed("mailgun-key", mailgun_address)
    stale["timestamp"] = str(int(stale["timestamp"]) - 301)
    stale["signature"] = hmac.new(
        b"mailgun-key", (stale["timestamp"] + stale["token"]).encode(), hashlib.sha256
    ).hexdigest()
    assert client.post("/webhooks/email", data=stale).status_code == 403
    assert message_count(tenant.id) == 1
