"""Webhook delivery through real processes: ingress -> pipeline -> delivery actors -> a loopback receiver.

The workers run with a short retry schedule and loopback allowed (OMS_WEBHOOK_ALLOW_NETWORKS); every
wait polls observable state with a deadline that only bounds a failure.
"""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text
from standardwebhooks import Webhook

from db import models as m
from db.integrations import add_integration
from db.session import tenant_session
from jobs.webhooks import endpoints, events
from tests.processes import OmsProcess, start_ingress, start_worker, wait_until
from tests.webhook_receiver import Receiver, receiver_running


@pytest.fixture(scope="module")
def wh_env(settings) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        **os.environ,
        "OMS_WEBHOOK_ALLOW_NETWORKS": "127.0.0.0/8",
        "OMS_WEBHOOK_RETRY_SCHEDULE": "0.2,0.2",
        "OMS_WEBHOOK_TIMEOUT": "30",
        "OMS_WEBHOOK_CONNECT_TIMEOUT": "2",
        "OMS_WEBHOOK_ENDPOINT_CONCURRENCY": "2",
    }


@pytest.fixture()
def wh_settings(settings):  # type: ignore[no-untyped-def]
    return dataclasses.replace(settings, webhook_allow_networks=("127.0.0.0/8",))


@pytest.fixture(scope="module")
def worker(wh_env, tmp_path_factory) -> Iterator[OmsProcess]:  # type: ignore[no-untyped-def]
    """One worker (1 process, 4 threads) for the module: its tests use fresh tenants and receivers."""
    proc = start_worker(wh_env, tmp_path_factory.mktemp("webhook-worker"))
    yield proc
    proc.stop()


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    with receiver_running() as r:
        yield r


def deliveries(tenant_id: uuid.UUID, **where: Any) -> list[m.WebhookDelivery]:
    with tenant_session(tenant_id) as s:
        query = select(m.WebhookDelivery)
        for key, value in where.items():
            query = query.where(getattr(m.WebhookDelivery, key) == value)
        return list(s.scalars(query))


def test_a_message_becomes_signed_deliveries_of_every_event(  # type: ignore[no-untyped-def]
    shop, receiver, wh_env, wh_settings, tmp_path, worker
):
    """POST /v1/messages -> fused pipeline -> five events, each delivered once, signed, with the order.
    (That none leaves before its write is durable is proven in tests/test_webhook_durability.py.)"""
    info, secret = endpoints.add_endpoint(shop.id, receiver.url("/hook"), settings=wh_settings)
    key = add_integration(shop.id, "api", "erp").api_key
    ingress, base = start_ingress(wh_env, tmp_path)
    try:
        answer = httpx.post(
            f"{base}/v1/messages",
            headers={"Authorization": f"Bearer {key}"},
            json={"channel": "SMS", "from": "+447700900123", "body": "2 cases of coke zero 330ml"},
        )
    finally:
        ingress.stop()
    assert answer.status_code == 202
    mid = answer.json()["message_id"]

    wait_until(lambda: len(receiver.to("/hook")) == 5, timeout=30, what="all five events delivered")
    got = {p["type"]: p for p in (Webhook(secret).verify(r.body, r.headers) for r in receiver.to("/hook"))}
    assert sorted(got) == [
        "customer.status_changed",  # a first order: NO_ORDERS_YET -> ORDERING, in the order's transaction
        "message.classified",
        "message.created",
        "order.confirmed",
        "order.created",
    ]
    assert got["order.created"]["data"]["source_message_id"] == mid
    assert got["message.created"]["data"]["text"] == "2 cases of coke zero 330ml"
    # The receiver has the POST before the worker records its outcome: wait for the record.
    wait_until(
        lambda: {d.status.value for d in deliveries(shop.id, endpoint_id=info.id)} == {"SUCCESS"},
        timeout=30,
        what="every delivery recorded as SUCCESS",
    )
    assert len(deliveries(shop.id, endpoint_id=info.id)) == 5


def test_retries_go_through_the_broker_until_success(tenant, receiver, wh_settings, worker):  # type: ignore[no-untyped-def]
    info, secret = endpoints.add_endpoint(
        tenant.id, receiver.script("/flaky", 500, 503, 200), settings=wh_settings
    )
    with tenant_session(tenant.id) as s:
        eid = events.emit_event(s, tenant.id, "order.updated", {"order_id": "o-9"})

    [d] = wait_until(
        lambda: [d for d in deliveries(tenant.id, event_id=eid) if d.status.value == "SUCCESS"],
        timeout=30,
        what="delivered after two failures",
    )
    assert d.attempt_count == 3
    got = receiver.to("/flaky")
    assert [r.headers["webhook-id"] for r in got] == [eid] * 3
    assert Webhook(secret).verify(got[-1].body, got[-1].headers)["data"] == {"order_id": "o-9"}


def test_a_hanging_endpoint_does_not_delay_another_tenants_deliveries(  # type: ignore[no-untyped-def]
    tenant, other_tenant, receiver, wh_settings, worker
):
    """Tenant A's endpoint never answers (the timeout is 30 s); A has 12 deliveries queued first. The
    worker has 4 threads and each endpoint at most 2 deliveries in flight, so B's still arrive."""
    endpoints.add_endpoint(tenant.id, receiver.script("/hang", "hang"), settings=wh_settings)
    endpoints.add_endpoint(other_tenant.id, receiver.script("/ok", 200), settings=wh_settings)
    for n in range(12):
        with tenant_session(tenant.id) as s:
            events.emit_event(s, tenant.id, "order.created", {"n": n})
    wait_until(lambda: receiver.in_flight.get("/hang") == 2, timeout=30, what="A's two slots hanging")

    for n in range(3):
        with tenant_session(other_tenant.id) as s:
            events.emit_event(s, other_tenant.id, "order.created", {"n": n})
    wait_until(lambda: len(receiver.to("/ok")) == 3, timeout=15, what="B's deliveries while A hangs")

    assert receiver.max_in_flight["/hang"] == 2  # the per-endpoint bound held
    assert len(receiver.to("/hang")) == 2  # the rest of A's wait their turn, without a request


def test_the_sweep_enqueues_due_deliveries_no_message_carries(tenant, receiver, wh_settings, worker):  # type: ignore[no-untyped-def]
    from jobs.webhooks.sweep import sweep_due_webhook_deliveries

    info, secret = endpoints.add_endpoint(tenant.id, receiver.script("/ok", 200), settings=wh_settings)
    event = events.build_event("order.rejected", uuid.uuid4(), {"order_id": "lost"})
    with tenant_session(tenant.id) as s:  # committed, but its broker message was lost
        s.add(
            m.WebhookDelivery(
                distributor_id=tenant.id,
                endpoint_id=info.id,
                event_id=event["event_id"],
                event_type=event["event_type"],
                payload=event["payload"],
            )
        )
        s.flush()
        s.execute(text("UPDATE webhook_deliveries SET next_attempt_at = now() - interval '5 minutes'"))

    sweep_due_webhook_deliveries.send()  # what the scheduler sends every 30 s

    wait_until(lambda: receiver.to("/ok"), timeout=30, what="the swept delivery")
    [got] = receiver.to("/ok")
    assert Webhook(secret).verify(got.body, got.headers)["id"] == event["event_id"]
