"""The read API and the webhook-endpoint API over real HTTP (uvicorn on loopback), under API keys.

Orders and messages come from the real pipeline (run inline); every request is made with a tenant's
API key, and another tenant's ids must answer 404 exactly like ids that do not exist.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from sqlalchemy import text
from standardwebhooks import Webhook

from db.integrations import add_integration
from db.session import tenant_session
from jobs.pipeline.actors import run_pipeline_fused
from jobs.webhooks import delivery
from tests.seed import insert_message
from tests.webhook_receiver import Receiver, receiver_running


@pytest.fixture(scope="module")
def base_url(settings) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from ingress.app import create_app

    app = create_app(dataclasses.replace(settings, webhook_allow_networks=("127.0.0.0/8",)))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(autouse=True)
def clean_webhook_queues(settings) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    from worker.broker import broker

    client = broker.client  # type: ignore[attr-defined]
    keys = list(client.scan_iter(match=f"{os.environ['OMS_BROKER_NAMESPACE']}:webhooks*"))
    if keys:
        client.delete(*keys)


def api(base_url: str, tenant_id: uuid.UUID) -> httpx.Client:
    key = add_integration(tenant_id, "api", f"erp-{uuid.uuid4().hex[:6]}").api_key
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}, timeout=10)


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    with receiver_running() as r:
        yield r


def processed(tenant_id: uuid.UUID, body: str) -> tuple[uuid.UUID, uuid.UUID | None]:
    mid = insert_message(tenant_id, body)
    return mid, run_pipeline_fused(mid, tenant_id)


# ----------------------------------------------------------------------------- read API
def test_a_message_and_its_order_as_the_tenant_sees_them(shop, other_tenant, base_url):  # type: ignore[no-untyped-def]
    mid, order_id = processed(shop.id, "2 cases of coke zero 330ml, ring me on +44 7700 900123")
    mine, theirs = api(base_url, shop.id), api(base_url, other_tenant.id)

    r = mine.get(f"/v1/messages/{mid}")
    assert r.status_code == 200
    view = r.json()
    assert view["processing"]["status"] == "PROCESSED" and view["intent"]["type"] == "ORDER"
    assert 0 < view["intent"]["confidence"] <= 1
    [pii] = view["pii"]
    assert pii["type"] == "PHONE" and pii["end"] > pii["start"] and "value" not in pii
    assert "900123" not in r.text  # the text served is the redacted one
    assert view["order"]["order_id"] == str(order_id) and view["order"]["lines"]

    r = mine.get(f"/v1/orders/{order_id}")
    assert r.status_code == 200 and r.json() == view["order"]
    line = next(x for x in r.json()["lines"] if x["sku"] == "COKE-ZERO-330")
    assert (line["quantity"], line["unit_price"], line["line_price"]) == ("2", "14.40", "28.80")

    for path in (
        f"/v1/messages/{mid}",
        f"/v1/orders/{order_id}",
        f"/v1/messages/{uuid.uuid4()}",
        "/v1/orders/x",
    ):
        assert theirs.get(path).status_code == 404, path
    assert httpx.get(f"{base_url}/v1/orders/{order_id}").status_code == 401
    assert (
        httpx.get(f"{base_url}/v1/orders", headers={"Authorization": "Bearer oms_live_nope"}).status_code
        == 401
    )


def test_orders_are_listed_by_status_and_since_with_a_cursor(shop, other_tenant, base_url):  # type: ignore[no-untyped-def]
    review = [processed(shop.id, f"{n + 2} coke and a box of dragon fruit")[1] for n in range(3)]
    confirmed = processed(shop.id, "2 cases of coke zero 330ml")[1]
    processed(other_tenant.id, "2 cases of coke zero 330ml")
    client = api(base_url, shop.id)

    seen, cursor = [], None
    while True:
        params = {"status": "review", "limit": "2"} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/orders", params=params).json()
        seen += [o["order_id"] for o in page["data"]]
        assert all(o["status"] == "REVIEW" for o in page["data"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [str(x) for x in review]  # oldest first, each once
    everything = client.get("/v1/orders").json()
    assert [o["order_id"] for o in everything["data"]] == [str(x) for x in [*review, confirmed]]
    assert everything["next_cursor"] is None

    with tenant_session(shop.id) as s:
        s.execute(
            text("UPDATE orders SET created_at = now() - interval '3 days' WHERE id = :id"), {"id": review[0]}
        )
    since = client.get("/v1/orders", params={"since": "2000-01-01T00:00:00Z"}).json()["data"]
    recent = client.get("/v1/orders", params={"since": _days_ago(1)}).json()["data"]
    assert len(since) == 4 and str(review[0]) not in {o["order_id"] for o in recent}

    for params, field in (
        ({"status": "LOST"}, "status"),
        ({"since": "yesterday"}, "since"),
        ({"since": "2026-01-01T00:00:00"}, "since"),
        ({"limit": "0"}, "limit"),
        ({"cursor": "%%%"}, "cursor"),
    ):
        r = client.get("/v1/orders", params=params)
        assert (r.status_code, r.json()["field"]) == (400, field)


def _days_ago(days: int) -> str:
    from datetime import UTC, datetime, timedelta

    return (datetime.now(UTC) - timedelta(days=days)).isoformat()


# ----------------------------------------------------------------------------- webhook endpoints
def test_webhook_endpoints_over_the_api(tenant, other_tenant, base_url, receiver, settings):  # type: ignore[no-untyped-def]
    client, other = api(base_url, tenant.id), api(base_url, other_tenant.id)
    cfg = delivery.config(dataclasses.replace(settings, webhook_allow_networks=("127.0.0.0/8",)))

    created = client.post(
        "/v1/webhook-endpoints",
        json={"url": receiver.script("/hook", 500, 200), "events": ["order.*"], "description": "ERP"},
    )
    assert created.status_code == 201
    endpoint = created.json()
    eid, secret = endpoint["id"], endpoint.pop("secret")
    assert secret.startswith("whsec_") and endpoint["events"] == ["order.*"] and endpoint["is_active"]
    assert client.get("/v1/webhook-endpoints").json()["data"] == [endpoint]
    assert client.get(f"/v1/webhook-endpoints/{eid}").json() == endpoint
    assert secret not in client.get("/v1/webhook-endpoints").text

    for body, field in (
        ({"url": "http://169.254.169.254/latest/meta-data/"}, None),
        ({"url": "https://example.com/x", "events": ["orders.everything"]}, None),
        ({"events": ["*"]}, "url"),
        ({"url": "https://example.com/x", "secret": "not-a-secret"}, None),
    ):
        r = client.post("/v1/webhook-endpoints", json=body)
        assert (r.status_code, r.json()["field"]) == (400, field), r.text

    test = client.post(f"/v1/webhook-endpoints/{eid}/test")
    assert test.status_code == 202
    did = test.json()["delivery_id"]
    assert delivery.attempt(did, tenant.id, cfg=cfg).status == "RETRYING"  # the receiver answers 500 first
    listed = client.get(f"/v1/webhook-endpoints/{eid}/deliveries", params={"status": "retrying"}).json()[
        "data"
    ]
    assert [(d["id"], d["event_type"], len(d["attempts"])) for d in listed] == [(did, "webhook.test", 1)]
    assert listed[0]["attempts"][0]["response_status_code"] == 500

    rotated = client.post(f"/v1/webhook-endpoints/{eid}/rotate-secret", json={"grace_seconds": 3600})
    new_secret = rotated.json()["secret"]
    assert rotated.status_code == 200 and new_secret != secret
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = :id"), {"id": did})
    assert delivery.attempt(did, tenant.id, cfg=cfg).status == "SUCCESS"
    got = receiver.to("/hook")[-1]
    assert Webhook(secret).verify(got.body, got.headers)["type"] == "webhook.test"
    assert Webhook(new_secret).verify(got.body, got.headers)["type"] == "webhook.test"

    replayed = client.post(f"/v1/webhook-deliveries/{did}/replay")
    assert replayed.status_code == 202 and delivery.attempt(did, tenant.id, cfg=cfg).status == "SUCCESS"
    assert client.post(
        f"/v1/webhook-endpoints/{eid}/replay", json={"since": "2000-01-01T00:00:00Z"}
    ).json() == {
        "replayed": 0,
        "delivery_ids": [],
    }

    assert client.post(f"/v1/webhook-endpoints/{eid}/disable").json()["is_active"] is False
    assert client.post(f"/v1/webhook-endpoints/{eid}/test").status_code == 400
    assert client.post(f"/v1/webhook-endpoints/{eid}/enable").json()["is_active"] is True

    for method, path in (
        ("GET", f"/v1/webhook-endpoints/{eid}"),
        ("POST", f"/v1/webhook-endpoints/{eid}/disable"),
        ("POST", f"/v1/webhook-endpoints/{eid}/test"),
        ("GET", f"/v1/webhook-endpoints/{eid}/deliveries"),
        ("POST", f"/v1/webhook-deliveries/{did}/replay"),
        ("GET", "/v1/webhook-endpoints/not-an-id"),
    ):
        assert other.request(method, path).status_code == 404, path
    assert other.get("/v1/webhook-endpoints").json() == {"data": []}
    assert httpx.get(f"{base_url}/v1/webhook-endpoints").status_code == 401
