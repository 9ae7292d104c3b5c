"""`oms webhook ...`, `oms message show`, `oms order show` (click's runner, this process's settings)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from standardwebhooks import Webhook

from cli.main import main
from db.session import tenant_session
from jobs.pipeline.actors import run_pipeline_fused
from tests.seed import insert_message
from tests.webhook_receiver import Receiver, receiver_running
from worker.settings import get_settings


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


@pytest.fixture()
def loopback_allowed(settings, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """This process's settings with OMS_WEBHOOK_ALLOW_NETWORKS=127.0.0.0/8 for one test."""
    monkeypatch.setenv("OMS_WEBHOOK_ALLOW_NETWORKS", "127.0.0.0/8")
    monkeypatch.setenv("OMS_WEBHOOK_RETRY_SCHEDULE", "0,0")
    get_settings.cache_clear()
    yield
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def clean_webhook_queues(settings) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    from worker.broker import broker

    client = broker.client  # type: ignore[attr-defined]
    keys = list(client.scan_iter(match=f"{os.environ['OMS_BROKER_NAMESPACE']}:webhooks*"))
    if keys:
        client.delete(*keys)


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    with receiver_running() as r:
        yield r


def test_add_test_deliveries_replay_rotate_disable(tenant, receiver, loopback_allowed):  # type: ignore[no-untyped-def]
    url = receiver.script("/hook", 200, 500, 500, 500, 200)
    added = run(
        "webhook", "add", "--distributor", str(tenant.id), "--url", url, "--events", "order.*,webhook.test"
    )
    assert added.exit_code == 0, added.output
    lines = added.stdout.strip().splitlines()
    endpoint_id, secret = lines[0], lines[-1]
    assert uuid.UUID(endpoint_id) and secret.startswith("whsec_")

    listed = json.loads(run("webhook", "list", "--distributor", str(tenant.id), "--json").stdout)
    assert [(e["id"], e["events"], e["is_active"]) for e in listed] == [
        (endpoint_id, ["order.*", "webhook.test"], True)
    ]
    assert secret not in run("webhook", "list", "--distributor", str(tenant.id)).output

    tested = run("webhook", "test", endpoint_id)
    assert tested.exit_code == 0 and tested.stdout.startswith("delivered: HTTP 200"), tested.output
    [got] = receiver.to("/hook")
    assert Webhook(secret).verify(got.body, got.headers)["type"] == "webhook.test"

    failing = run("webhook", "test", endpoint_id)  # 500: not delivered, exit 1, retry scheduled
    assert failing.exit_code == 1 and "HTTP 500" in failing.output
    from jobs.webhooks.delivery import attempt

    delivery_id = json.loads(
        run("webhook", "deliveries", endpoint_id, "--status", "retrying", "--json").stdout
    )[0]["id"]
    for _ in range(2):
        attempt(delivery_id, tenant.id)
    failed = json.loads(run("webhook", "deliveries", endpoint_id, "--status", "failed", "--json").stdout)
    assert [(d["id"], d["attempt_count"], len(d["attempts"])) for d in failed] == [(delivery_id, 3, 3)]
    assert "FAILED" in run("webhook", "deliveries", endpoint_id).output

    assert run("webhook", "replay", "--endpoint", endpoint_id, "--since", "1h").stdout.startswith(
        "replaying 1 failed"
    )
    assert attempt(delivery_id, tenant.id).status == "SUCCESS"
    assert run("webhook", "replay", delivery_id).stdout.startswith("replaying delivery")
    assert run("webhook", "replay").exit_code == 2

    rotated = run("webhook", "rotate-secret", endpoint_id, "--grace", "1h")
    new_secret = rotated.stdout.strip().splitlines()[-1]
    assert rotated.exit_code == 0 and new_secret.startswith("whsec_") and new_secret != secret

    assert run("webhook", "disable", endpoint_id).stdout.strip() == f"endpoint {endpoint_id} disabled"
    assert run("webhook", "test", endpoint_id).exit_code == 2
    assert run("webhook", "enable", endpoint_id).exit_code == 0
    assert run("webhook", "disable", str(uuid.uuid4())).exit_code == 1


@pytest.mark.parametrize(
    "url", ["http://10.0.0.8/hook", "http://169.254.169.254/latest/meta-data/", "http://localhost:9/hook"]
)
def test_add_refuses_internal_addresses_at_once(tenant, url):  # type: ignore[no-untyped-def]
    result = run("webhook", "add", "--distributor", str(tenant.id), "--url", url)
    assert result.exit_code == 2 and "public addresses only" in result.output
    with tenant_session(tenant.id) as s:
        assert s.scalar(text("SELECT count(*) FROM webhook_endpoints")) == 0


def test_bad_events_and_unknown_distributor(tenant):  # type: ignore[no-untyped-def]
    bad = run(
        "webhook",
        "add",
        "--distributor",
        str(tenant.id),
        "--url",
        "https://93.184.216.34/h",
        "--events",
        "x.*",
    )
    assert bad.exit_code == 2 and "unknown event type" in bad.output
    unknown = run("webhook", "add", "--distributor", str(uuid.uuid4()), "--url", "https://93.184.216.34/h")
    assert unknown.exit_code == 1


def test_message_and_order_show(shop, other_tenant):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    order_id = run_pipeline_fused(mid, shop.id)

    message = run("message", "show", str(mid))
    assert message.exit_code == 0, message.output
    view = json.loads(message.stdout)
    assert view["distributor_id"] == str(shop.id) and view["processing"]["status"] == "PROCESSED"
    assert view["order"]["order_id"] == str(order_id)
    order = json.loads(run("order", "show", str(order_id)).stdout)
    assert order["status"] == "CONFIRMED" and order["lines"][0]["sku"] == "COKE-ZERO-330"
    missing = run("order", "show", str(uuid.uuid4()))
    assert missing.exit_code == 1 and "no order" in missing.output
