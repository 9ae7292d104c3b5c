"""The HTTP ingress over real HTTP (uvicorn on loopback), real Postgres under RLS and the real Redis broker.

Each test gets fresh tenants, registers the integrations it needs, drives the server with httpx, and
checks the rows (as the tenant) and the pipeline queue (in the broker's Redis keys). Queue entries a test
added are removed after it.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import itertools
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import func, select, text

from db import models as m
from db.enums import Channel, CustomerStatus, ProcessingStatus
from db.integrations import add_integration
from db.session import tenant_session
from ingress.signatures import meta_signature, twilio_signature
from tests.pipeline_queue import queued, queued_message_ids
from worker.settings import get_settings

pytestmark = pytest.mark.usefixtures("clean_pipeline_queue")

_numbers = itertools.count()


def receiving_number() -> str:
    """A fresh receiving number (020 7946 0xxx, reserved for drama) per integration in this session."""
    return f"+44207946{next(_numbers) % 1000:04d}"


def sender(n: int = 0) -> str:
    return f"+447700900{n % 1000:03d}"


# ------------------------------------------------------------------------------------------- server


@contextmanager
def serve(app: Any) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def base_url(settings) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from ingress.app import create_app

    with serve(create_app(settings)) as url:
        yield url


@pytest.fixture()
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=10) as c:
        yield c


# ---------------------------------------------------------------------------------------- db reads


def rows(distributor_id: uuid.UUID) -> dict[str, list[Any]]:
    with tenant_session(distributor_id) as s:
        return {
            "customers": list(s.scalars(select(m.Customer))),
            "conversations": list(s.scalars(select(m.Conversation))),
            "messages": list(s.scalars(select(m.Message).order_by(m.Message.created_at))),
            "mappings": list(s.scalars(select(m.ExternalMessageMapping))),
        }


def message_count(distributor_id: uuid.UUID) -> int:
    with tenant_session(distributor_id) as s:
        return s.scalar(select(func.count()).select_from(m.Message)) or 0


# ------------------------------------------------------------------------------------------ helpers


def api_key_for(tenant_id: uuid.UUID) -> str:
    key = add_integration(tenant_id, "api", "erp sync").api_key
    assert key and key.startswith("oms_live_")
    return key


def twilio_for(tenant_id: uuid.UUID, token: str = "twilio-auth-token") -> str:
    number = receiving_number()
    add_integration(tenant_id, "twilio", number, secret=token)
    return number


def twilio_url(client: httpx.Client) -> str:
    return str(client.base_url).rstrip("/") + "/webhooks/twilio"


def post_twilio(
    client: httpx.Client, form: dict[str, str], token: str | None, url: str | None = None
) -> httpx.Response:
    headers = {}
    if token is not None:
        headers["X-Twilio-Signature"] = twilio_signature(token, url or twilio_url(client), form)
    return client.post("/webhooks/twilio", data=form, headers=headers)


def whatsapp_payload(
    display: str,
    phone_number_id: str,
    messages: list[dict[str, Any]],
    statuses: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": display.lstrip("+"), "phone_number_id": phone_number_id},
    }
    if messages:
        value["contacts"] = [{"profile": {"name": "Bella Napoli"}, "wa_id": messages[0]["from"]}]
        value["messages"] = messages
    if statuses:
        value["statuses"] = statuses
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "WABA1", "changes": [{"field": "messages", "value": value}]}],
    }


# =============================================================================================== API


def test_api_happy_path_stores_rows_and_enqueues(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    key = api_key_for(tenant.id)
    body = {
        "channel": "SMS",
        "from": "07700 900123",
        "body": "2 cases of coke zero please",
        "provider_message_id": "erp-0001",
        "sent_at": "2026-11-25T09:30:00+01:00",
        "media": [{"url": "https://media.example.test/a.jpg", "content_type": "image/jpeg"}],
    }
    r = client.post("/v1/messages", json=body, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 202, r.text
    assert r.json()["status"] == "accepted"
    message_id = uuid.UUID(r.json()["message_id"])

    got = rows(tenant.id)
    (customer,) = got["customers"]
    assert customer.phone == "+447700900123" and customer.status == CustomerStatus.NO_ORDERS_YET
    assert customer.business_name == "+447700900123" and customer.customer_code.startswith("C-")
    (conversation,) = got["conversations"]
    assert conversation.customer_id == customer.id and conversation.channel == Channel.SMS
    assert conversation.unread_count == 1 and conversation.last_message_at is not None
    (message,) = got["messages"]
    assert message.id == message_id and message.processing_status == ProcessingStatus.RECEIVED
    assert message.content == body["body"] and message.is_from_customer
    assert message.customer_id == customer.id and message.conversation_id == conversation.id
    assert message.media == [{"url": "https://media.example.test/a.jpg", "content_type": "image/jpeg"}]
    assert message.sent_at is not None and message.sent_at.isoformat() == "2026-11-25T08:30:00+00:00"
    (mapping,) = got["mappings"]
    assert mapping.external_message_id == "erp-0001" and mapping.message_id == message_id
    assert mapping.provider == "api" and mapping.channel == Channel.SMS

    (job,) = queued(tenant.id)
    # The pipeline's entry actor: one fused run per message, or the first of the chained stages.
    first = "process_message" if get_settings().fused_pipeline else "detect_pii"
    assert job["actor_name"] == first and job["args"] == [str(message_id), str(tenant.id)]


def test_api_duplicate_provider_id_is_one_message(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    key = api_key_for(tenant.id)
    body = {
        "channel": "EMAIL",
        "from": "Mario <Mario@Bella.example.test>",
        "body": "order",
        "provider_message_id": "x-1",
    }
    first = client.post("/v1/messages", json=body, headers={"Authorization": f"Bearer {key}"})
    second = client.post("/v1/messages", json=body, headers={"Authorization": f"Bearer {key}"})
    assert first.status_code == second.status_code == 202
    assert first.json()["status"] == "accepted" and second.json() == {
        "message_id": first.json()["message_id"],
        "status": "duplicate",
    }
    got = rows(tenant.id)
    assert len(got["messages"]) == 1 and len(got["mappings"]) == 1
    assert got["customers"][0].email == "mario@bella.example.test"
    assert got["customers"][0].business_name == "Mario"
    assert len(queued(tenant.id)) == 1


def test_api_requires_a_known_key(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    body = {"channel": "SMS", "from": sender(1), "body": "hi"}
    assert client.post("/v1/messages", json=body).status_code == 401
    r = client.post("/v1/messages", json=body, headers={"Authorization": "Bearer oms_live_not-a-real-key"})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert (
        client.post("/v1/messages", json=body, headers={"Authorization": "Basic Zm9vOmJhcg=="}).status_code
        == 401
    )
    assert message_count(tenant.id) == 0


def test_api_malformed_input_is_400_naming_the_problem(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    headers = {"Authorization": f"Bearer {api_key_for(tenant.id)}", "Content-Type": "application/json"}
    r = client.post("/v1/messages", content=b'{"channel": "SMS", "from": ', headers=headers)
    assert r.status_code == 400 and r.json() == {"error": "body is not valid JSON", "field": "body"}
    r = client.post("/v1/messages", json={"channel": "SMS", "body": "x"}, headers=headers)
    assert r.status_code == 400 and r.json()["field"] == "from" and "missing" in r.json()["error"]
    r = client.post("/v1/messages", json={"channel": "FAX", "from": sender(), "body": "x"}, headers=headers)
    assert r.status_code == 400 and r.json()["field"] == "channel"
    r = client.post(
        "/v1/messages", json={"channel": "SMS", "from": "not a phone", "body": "x"}, headers=headers
    )
    assert r.status_code == 400 and r.json()["field"] == "from" and "not a phone" not in r.text
    r = client.post("/v1/messages", json=[1, 2], headers=headers)
    assert r.status_code == 400 and r.json()["field"] == "payload"
    assert message_count(tenant.id) == 0


def test_oversized_body_is_413_and_nothing_stored(client: httpx.Client, tenant, settings) -> None:  # type: ignore[no-untyped-def]
    key = api_key_for(tenant.id)
    big = {"channel": "SMS", "from": sender(2), "body": "x" * (settings.max_body_bytes + 1024)}
    r = client.post("/v1/messages", json=big, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 413 and "larger than" in r.json()["error"]

    # No Content-Length (chunked upload): caught while streaming.
    payload = json.dumps(big).encode()

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(payload), 16384):
            yield payload[i : i + 16384]

    r = client.post(
        "/v1/messages",
        content=chunks(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    assert r.status_code == 413
    assert message_count(tenant.id) == 0 and queued(tenant.id) == []


def test_enqueue_failure_after_commit_still_succeeds(tenant, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A real ingress whose broker is down: the message is kept and accepted, and the sweeper sends it."""
    import os

    from db.session import privileged_session
    from jobs.pipeline.maintenance import sweep_stalled
    from tests.processes import free_port, start_ingress

    env = {**os.environ, "BROKER_URL": f"redis://127.0.0.1:{free_port()}/0"}  # nothing listens there
    proc, base = start_ingress(env, tmp_path)
    try:
        r = httpx.post(
            f"{base}/v1/messages",
            json={"channel": "SMS", "from": sender(3), "body": "x"},
            headers={"Authorization": f"Bearer {api_key_for(tenant.id)}"},
            timeout=30,
        )
    finally:
        proc.stop()
    assert r.status_code == 202 and r.json()["status"] == "accepted"
    (message,) = rows(tenant.id)["messages"]
    assert message.processing_status == ProcessingStatus.RECEIVED
    assert "inbound_enqueue_failed" in proc.output()
    assert queued(tenant.id) == []
    with privileged_session() as s:  # later, with the broker back, the scheduler's sweep finds it
        s.execute(text("SET LOCAL session_replication_role = replica"))  # keep updated_at as set here
        s.execute(
            text("UPDATE messages SET updated_at = now() - interval '10 minutes' WHERE id = :id"),
            {"id": message.id},
        )
    sweep_stalled(older_than_seconds=300)
    assert queued_message_ids(tenant.id) == [str(message.id)]


def test_concurrent_duplicates_store_one_message(tenant) -> None:  # type: ignore[no-untyped-def]
    from ingress.inbound import enqueue_inbound
    from ingress.payloads import parse_api

    msg = parse_api(
        {"channel": "WHATSAPP", "from": sender(4), "body": "race", "provider_message_id": "wamid.RACE"}
    )
    barrier = threading.Barrier(6)

    def one(_: int):  # type: ignore[no-untyped-def]
        barrier.wait()
        return enqueue_inbound(msg, distributor_id=tenant.id)

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(one, range(6)))
    assert sum(r.created for r in results) == 1
    assert len({r.message_id for r in results}) == 1
    got = rows(tenant.id)
    assert len(got["messages"]) == 1 and len(got["customers"]) == 1 and len(got["conversations"]) == 1
    assert got["conversations"][0].unread_count == 1
    assert len(queued(tenant.id)) == 1


# ============================================================================================ Twilio


def test_twilio_signed_sms_and_whatsapp(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    number = twilio_for(tenant.id)
    form = {
        "MessageSid": "SM0001",
        "From": sender(10),
        "To": number,
        "Body": "3 kegs heineken",
        "NumMedia": "0",
    }
    r = post_twilio(client, form, "twilio-auth-token")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/xml") and r.text.endswith("<Response/>")

    wa = {
        "MessageSid": "SM0002",
        "From": f"whatsapp:{sender(10)}",
        "To": f"whatsapp:{number}",
        "Body": "and 1 coke",
        "ProfileName": "Bella Napoli",
    }
    assert post_twilio(client, wa, "twilio-auth-token").status_code == 200

    got = rows(tenant.id)
    assert len(got["customers"]) == 1  # one customer across both channels (same phone)
    assert sorted(c.channel for c in got["conversations"]) == [Channel.SMS, Channel.WHATSAPP]
    by_channel = {c.id: c.channel for c in got["conversations"]}
    assert [(by_channel[msg.conversation_id], msg.content) for msg in got["messages"]] == [
        (Channel.SMS, "3 kegs heineken"),
        (Channel.WHATSAPP, "and 1 coke"),
    ]
    assert {mp.external_message_id for mp in got["mappings"]} == {"SM0001", "SM0002"}
    assert len(queued(tenant.id)) == 2

    # Twilio retries the same MessageSid: 200, nothing new.
    assert post_twilio(client, form, "twilio-auth-token").status_code == 200
    assert message_count(tenant.id) == 2 and len(queued(tenant.id)) == 2


def test_twilio_bad_missing_signature_and_unknown_number(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    number = twilio_for(tenant.id)
    form = {"MessageSid": "SM0100", "From": sender(11), "To": number, "Body": "x"}
    r = post_twilio(client, form, "the-wrong-token")
    assert r.status_code == 403 and r.json()["error"] == "bad X-Twilio-Signature"
    tampered = client.post(
        "/webhooks/twilio",
        data={**form, "Body": "100 kegs"},
        headers={"X-Twilio-Signature": twilio_signature("twilio-auth-token", twilio_url(client), form)},
    )
    assert tampered.status_code == 403
    assert post_twilio(client, form, None).status_code == 401
    unknown = {**form, "To": receiving_number()}
    assert post_twilio(client, unknown, "twilio-auth-token").status_code == 404
    bad_to = {**form, "To": "nonsense"}
    r = post_twilio(client, bad_to, "twilio-auth-token")
    assert r.status_code == 400 and r.json()["field"] == "To"
    assert message_count(tenant.id) == 0 and queued(tenant.id) == []


def test_twilio_media_only_message(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    number = twilio_for(tenant.id)
    form = {
        "MessageSid": "MM0001",
        "From": sender(12),
        "To": number,
        "NumMedia": "2",
        "MediaUrl0": "https://api.twilio.example.test/Media/ME1",
        "MediaContentType0": "image/jpeg",
        "MediaUrl1": "https://api.twilio.example.test/Media/ME2",
        "MediaContentType1": "application/pdf",
    }
    assert post_twilio(client, form, "twilio-auth-token").status_code == 200
    (message,) = rows(tenant.id)["messages"]
    assert message.content == ""
    assert message.media == [
        {"url": "https://api.twilio.example.test/Media/ME1", "content_type": "image/jpeg"},
        {"url": "https://api.twilio.example.test/Media/ME2", "content_type": "application/pdf"},
    ]
    # A malformed media list under a valid signature names its field.
    broken = {**form, "MessageSid": "MM0002", "NumMedia": "3"}
    r = post_twilio(client, broken, "twilio-auth-token")
    assert r.status_code == 400 and r.json()["field"] == "MediaUrl2"


def test_twilio_signature_uses_public_base_url(settings, tenant) -> None:  # type: ignore[no-untyped-def]
    from ingress.app import create_app

    public = "https://oms.example.test/hooks"
    app = create_app(dataclasses.replace(settings, public_base_url=public))
    number = twilio_for(tenant.id)
    form = {"MessageSid": "SM0200", "From": sender(13), "To": number, "Body": "x"}
    with serve(app) as url, httpx.Client(base_url=url, timeout=10) as c:
        local = c.post(
            "/webhooks/twilio?src=1",
            data=form,
            headers={
                "X-Twilio-Signature": twilio_signature(
                    "twilio-auth-token", f"{url}/webhooks/twilio?src=1", form
                )
            },
        )
        assert local.status_code == 403
        signed = twilio_signature("twilio-auth-token", f"{public}/webhooks/twilio?src=1", form)
        ok = c.post("/webhooks/twilio?src=1", data=form, headers={"X-Twilio-Signature": signed})
        assert ok.status_code == 200
    assert message_count(tenant.id) == 1


def test_same_phone_texting_two_distributors_makes_two_customers(
    client: httpx.Client, tenant, other_tenant
) -> None:  # type: ignore[no-untyped-def]
    a_number, b_number = twilio_for(tenant.id, "token-a"), twilio_for(other_tenant.id, "token-b")
    phone = sender(14)
    assert (
        post_twilio(
            client, {"MessageSid": "SMA", "From": phone, "To": a_number, "Body": "to A"}, "token-a"
        ).status_code
        == 200
    )
    assert (
        post_twilio(
            client, {"MessageSid": "SMB", "From": phone, "To": b_number, "Body": "to B"}, "token-b"
        ).status_code
        == 200
    )
    # Each distributor's secret only opens its own number.
    assert (
        post_twilio(
            client, {"MessageSid": "SMC", "From": phone, "To": b_number, "Body": "x"}, "token-a"
        ).status_code
        == 403
    )
    a, b = rows(tenant.id), rows(other_tenant.id)
    assert [c.phone for c in a["customers"]] == [phone] and [c.phone for c in b["customers"]] == [phone]
    assert a["customers"][0].id != b["customers"][0].id
    assert [msg.content for msg in a["messages"]] == ["to A"] and [msg.content for msg in b["messages"]] == [
        "to B"
    ]
    assert len(queued(tenant.id)) == 1 and len(queued(other_tenant.id)) == 1


# ========================================================================================== WhatsApp


def test_whatsapp_verification_handshake(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    token = f"verify-{uuid.uuid4().hex}"
    add_integration(
        tenant.id, "whatsapp", receiving_number(), secret="app-secret", config={"verify_token": token}
    )
    params = {"hub.mode": "subscribe", "hub.verify_token": token, "hub.challenge": "1158201444"}
    r = client.get("/webhooks/whatsapp", params=params)
    assert (
        r.status_code == 200 and r.text == "1158201444" and r.headers["content-type"].startswith("text/plain")
    )
    assert (
        client.get("/webhooks/whatsapp", params={**params, "hub.verify_token": "wrong-token"}).status_code
        == 403
    )
    assert client.get("/webhooks/whatsapp", params={**params, "hub.mode": "unsubscribe"}).status_code == 403
    assert client.get("/webhooks/whatsapp").status_code == 403


def test_whatsapp_signed_text_image_and_statuses(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    secret = "meta-app-secret"
    phone_number_id = str(10**14 + uuid.uuid4().int % 10**14)
    display = receiving_number()
    add_integration(
        tenant.id, "whatsapp", phone_number_id, secret=secret, config={"verify_token": uuid.uuid4().hex}
    )
    wa_from = sender(20).lstrip("+")
    payload = whatsapp_payload(
        display,
        phone_number_id,
        [
            {
                "from": wa_from,
                "id": "wamid.T1",
                "timestamp": "1764063000",
                "type": "text",
                "text": {"body": "2 cases coke"},
            },
            {
                "from": wa_from,
                "id": "wamid.I1",
                "timestamp": "1764063001",
                "type": "image",
                "image": {"id": "MEDIA-1", "mime_type": "image/jpeg", "caption": "this crate"},
            },
        ],
    )
    raw = json.dumps(payload).encode()
    headers = {"Content-Type": "application/json", "X-Hub-Signature-256": meta_signature(secret, raw)}
    r = client.post("/webhooks/whatsapp", content=raw, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["received"] == 2 and r.json()["duplicates"] == 0

    got = rows(tenant.id)
    (customer,) = got["customers"]
    assert customer.phone == sender(20) and customer.business_name == "Bella Napoli"
    assert [c.channel for c in got["conversations"]] == [Channel.WHATSAPP]
    contents = {msg.content: msg for msg in got["messages"]}
    assert contents["2 cases coke"].media == []
    assert contents["this crate"].media == [{"url": "whatsapp-media:MEDIA-1", "content_type": "image/jpeg"}]
    assert (
        contents["2 cases coke"].sent_at is not None
        and int(contents["2 cases coke"].sent_at.timestamp()) == 1764063000
    )
    assert len(queued(tenant.id)) == 2

    # Meta redelivers: nothing new.
    r = client.post("/webhooks/whatsapp", content=raw, headers=headers)
    assert r.status_code == 200 and r.json()["duplicates"] == 2 and message_count(tenant.id) == 2

    statuses = whatsapp_payload(
        display,
        phone_number_id,
        [],
        [{"id": "wamid.OUT", "status": "delivered", "timestamp": "1764063100", "recipient_id": wa_from}],
    )
    raw_s = json.dumps(statuses).encode()
    r = client.post(
        "/webhooks/whatsapp",
        content=raw_s,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": meta_signature(secret, raw_s)},
    )
    assert r.status_code == 200 and r.json() == {"received": 0, "duplicates": 0, "statuses_ignored": 1}
    assert message_count(tenant.id) == 2 and len(queued(tenant.id)) == 2


def test_whatsapp_resolves_by_display_number_and_rejects_bad_input(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    secret = "meta-app-secret-2"
    display = receiving_number()
    add_integration(tenant.id, "whatsapp", display, secret=secret)
    message = {
        "from": sender(21).lstrip("+"),
        "id": "wamid.D1",
        "timestamp": "1764063000",
        "type": "text",
        "text": {"body": "hello"},
    }
    raw = json.dumps(whatsapp_payload(display, "999000111222333", [message])).encode()

    def post(body: bytes, signature: str | None) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["X-Hub-Signature-256"] = signature
        return client.post("/webhooks/whatsapp", content=body, headers=headers)

    assert post(raw, None).status_code == 401
    assert post(raw, meta_signature("not-the-secret", raw)).status_code == 403
    assert post(raw, "sha256=nothex").status_code == 403
    assert post(b"{not json", meta_signature(secret, b"{not json")).status_code == 400
    unknown = json.dumps(whatsapp_payload(receiving_number(), "123123123123123", [message])).encode()
    assert post(unknown, meta_signature(secret, unknown)).status_code == 404
    assert message_count(tenant.id) == 0

    bad_type = json.loads(raw)
    bad_type["entry"][0]["changes"][0]["value"]["messages"][0]["text"] = "not an object"
    bad = json.dumps(bad_type).encode()
    r = post(bad, meta_signature(secret, bad))
    assert r.status_code == 400 and r.json()["field"] == "entry[0].changes[0].value.messages[0].text"

    r = post(raw, meta_signature(secret, raw))
    assert r.status_code == 200 and r.json()["received"] == 1
    assert [msg.content for msg in rows(tenant.id)["messages"]] == ["hello"]


# ============================================================================================= Email


def _mailgun_fields(
    signing_key: str, recipient: str, message_id: str, *, timestamp: int | None = None
) -> dict[str, str]:
    ts = str(timestamp if timestamp is not None else int(time.time()))
    token = uuid.uuid4().hex
    signature = hmac.new(signing_key.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()
    return {
        "recipient": recipient,
        "sender": "bounces@mail.bella.example.test",
        "from": "Mario Rossi <Mario@Bella.example.test>",
        "subject": "Order for Friday",
        "body-plain": "10kg mozzarella\n2 cases coke",
        "stripped-text": "10kg mozzarella\n2 cases coke",
        "Message-Id": f"<{message_id}>",
        "timestamp": ts,
        "token": token,
        "signature": signature,
    }


def test_mailgun_signed_email(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    address = f"orders-{uuid.uuid4().hex[:8]}@inbound.example.test"
    add_integration(tenant.id, "mailgun", address.upper(), secret="mailgun-signing-key")
    fields = _mailgun_fields("mailgun-signing-key", address, "abc@mail.example.test")
    r = client.post("/webhooks/email", data=fields)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "accepted"
    got = rows(tenant.id)
    (customer,) = got["customers"]
    assert customer.email == "mario@bella.example.test" and customer.business_name == "Mario Rossi"
    assert got["conversations"][0].channel == Channel.EMAIL
    assert got["messages"][0].content == "Order for Friday\n10kg mozzarella\n2 cases coke"
    assert got["mappings"][0].external_message_id == "abc@mail.example.test"
    assert len(queued(tenant.id)) == 1

    again = _mailgun_fields("mailgun-signing-key", address, "abc@mail.example.test")
    r = client.post("/webhooks/email", data=again)
    assert r.status_code == 200 and r.json()["status"] == "duplicate"

    bad = _mailgun_fields("wrong-key", address, "def@mail.example.test")
    assert client.post("/webhooks/email", data=bad).status_code == 403
    stale = _mailgun_fields(
        "mailgun-signing-key", address, "ghi@mail.example.test", timestamp=int(time.time()) - 3600
    )
    assert client.post("/webhooks/email", data=stale).status_code == 403
    unsigned = {
        k: v
        for k, v in _mailgun_fields("mailgun-signing-key", address, "x@y.test").items()
        if k != "signature"
    }
    assert client.post("/webhooks/email", data=unsigned).status_code == 401
    elsewhere = _mailgun_fields("mailgun-signing-key", "nobody@inbound.example.test", "jkl@mail.example.test")
    assert client.post("/webhooks/email", data=elsewhere).status_code == 404
    assert message_count(tenant.id) == 1


def test_sendgrid_inbound_parse_with_basic_auth(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    address = f"orders-{uuid.uuid4().hex[:8]}@parse.example.test"
    add_integration(tenant.id, "sendgrid", address, secret="parse-password")
    fields = {
        "from": "Luigi <luigi@trattoria.example.test>",
        "to": "Orders <orders@someone-else.example.test>",
        "envelope": json.dumps({"to": [address], "from": "luigi@trattoria.example.test"}),
        "subject": "weekly order",
        "text": "5 bags flour",
        "headers": "Message-ID: <sg-1@trattoria.example.test>\nDate: Tue, 25 Nov 2026 10:00:00 +0000\n",
        "attachments": "1",
        "attachment-info": json.dumps({"attachment1": {"filename": "order.pdf", "type": "application/pdf"}}),
    }
    files = {"attachment1": ("order.pdf", b"%PDF-1.4 fake", "application/pdf")}

    def auth(password: str) -> dict[str, str]:
        return {"Authorization": "Basic " + base64.b64encode(f"sendgrid:{password}".encode()).decode()}

    assert client.post("/webhooks/email", data=fields, files=files).status_code == 401
    assert client.post("/webhooks/email", data=fields, files=files, headers=auth("nope")).status_code == 403
    assert message_count(tenant.id) == 0

    r = client.post("/webhooks/email", data=fields, files=files, headers=auth("parse-password"))
    assert r.status_code == 200, r.text
    (message,) = rows(tenant.id)["messages"]
    assert message.content == "weekly order\n5 bags flour"
    assert message.media == [{"url": "sendgrid-attachment:attachment1", "content_type": "application/pdf"}]
    assert message.sent_at is not None and message.sent_at.isoformat() == "2026-11-25T10:00:00+00:00"
    assert rows(tenant.id)["customers"][0].email == "luigi@trattoria.example.test"

    r = client.post("/webhooks/email", data=fields, files=files, headers=auth("parse-password"))
    assert r.json()["status"] == "duplicate" and message_count(tenant.id) == 1
    assert len(queued(tenant.id)) == 1


def test_email_webhook_rejects_unknown_shapes(client: httpx.Client) -> None:
    r = client.post("/webhooks/email", data={"hello": "world"})
    assert r.status_code == 400 and "Mailgun or SendGrid" in r.json()["error"]
    r = client.post("/webhooks/email", content=b'{"a": 1}', headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["field"] == "content-type"


# =========================================================================================== Ops


def test_health_ready_and_metrics(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "broker": "ok"}
    client.post("/v1/messages", json={})  # a rejection to count
    text = client.get("/metrics").text
    assert 'oms_ingress_rejected_total{provider="api",reason="missing_credentials"}' in text
    assert "oms_ingress_request_duration_seconds_bucket" in text
    assert 'route="/v1/messages"' in text


def test_readyz_reports_an_unreachable_database(settings) -> None:  # type: ignore[no-untyped-def]
    from ingress.app import create_app

    broken = dataclasses.replace(settings, database_url="postgresql://nobody@127.0.0.1:1/none")
    with serve(create_app(broken)) as url:
        r = httpx.get(f"{url}/readyz", timeout=10)
    assert r.status_code == 503 and r.json()["checks"]["database"].startswith("unavailable")
    assert r.json()["checks"]["broker"] == "ok"


# ================================================================================ resolution cache


def test_resolution_cache_expires_bounds_and_keeps_misses_briefly() -> None:
    from ingress.resolution import MISS, TTLCache

    now = [0.0]
    cache = TTLCache(ttl=30, negative_ttl=5, max_entries=2, clock=lambda: now[0])
    cache.put("a", "A")
    cache.put("missing", None)
    assert cache.get("a") == "A" and cache.get("missing") is None and cache.get("b") is MISS
    now[0] = 5.0
    assert cache.get("missing") is MISS and cache.get("a") == "A"  # "not found" lives 5 s, answers 30 s
    now[0] = 30.0
    assert cache.get("a") is MISS
    for key in ("x", "y", "z"):
        cache.put(key, key.upper())
    assert len(cache) == 2 and cache.get("x") is MISS and cache.get("z") == "Z"  # oldest dropped first


def test_resolution_cache_answers_new_integrations_after_the_negative_ttl(settings, tenant) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from ingress.resolution import Resolver, TTLCache

    now = [0.0]
    resolver = Resolver(settings, TTLCache(ttl=30, negative_ttl=5, clock=lambda: now[0]))
    number = receiving_number()
    assert asyncio.run(resolver.integration("twilio", number)) is None
    assert asyncio.run(resolver.api_key("oms_live_unknown")) is None
    assert asyncio.run(resolver.api_key("not-a-key")) is None and len(resolver.cache) == 2
    add_integration(tenant.id, "twilio", number, secret="tok")
    key = api_key_for(tenant.id)
    assert asyncio.run(resolver.integration("twilio", number)) is None  # the cached miss, for now
    now[0] = 5.0
    info = asyncio.run(resolver.integration("twilio", number))
    assert info is not None and info.distributor_id == tenant.id and info.secret == "tok"
    found = asyncio.run(resolver.api_key(key))
    assert found is not None and found.distributor_id == tenant.id
    assert "tok" not in repr(info)


def test_enqueue_inbound_for_an_unknown_distributor_stores_nothing(settings) -> None:  # type: ignore[no-untyped-def]
    from ingress.inbound import UnknownTenantError, enqueue_inbound
    from ingress.payloads import parse_api

    msg = parse_api({"channel": "SMS", "from": sender(5), "body": "x", "provider_message_id": "u-1"})
    with pytest.raises(UnknownTenantError):
        enqueue_inbound(msg, distributor_id=uuid.uuid4(), settings=settings)


def test_a_failing_ingest_answers_503_and_stores_nothing(client: httpx.Client, tenant) -> None:  # type: ignore[no-untyped-def]
    """The one-statement ingest runs on plain psycopg: its errors are 'retry later' like any other
    database error, never a 500, and the provider's retry then succeeds."""
    from db.session import privileged_session

    key = api_key_for(tenant.id)
    body = {
        "channel": "SMS",
        "from": "+447700900555",
        "body": "2 cases of coke",
        "provider_message_id": "p-503",
    }
    revoke = (
        "REVOKE EXECUTE ON FUNCTION public.oms_ingest_message(uuid, uuid, text, text, text, text, "
        "boolean, text, text, text, text, text, jsonb, timestamptz) FROM PUBLIC"
    )
    role = get_settings().app_role
    with privileged_session() as s:
        s.execute(text(f'{revoke}, "{role}"'))
    try:
        r = client.post("/v1/messages", json=body, headers={"Authorization": f"Bearer {key}"})
    finally:
        with privileged_session() as s:
            # back to the app role only: PUBLIC holds no definer function (migration 0048)
            s.execute(text(revoke.replace("REVOKE", "GRANT").replace("FROM PUBLIC", f'TO "{role}"')))
    assert r.status_code == 503 and r.json()["error"] == "database unavailable, retry later"
    assert message_count(tenant.id) == 0 and queued(tenant.id) == []
    retried = client.post("/v1/messages", json=body, headers={"Authorization": f"Bearer {key}"})
    assert retried.status_code == 202 and message_count(tenant.id) == 1
