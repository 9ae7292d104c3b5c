"""`oms dev`: one command runs ingress and workers, serves a message end to end, stops cleanly on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx

from db.enums import OrderStatus
from db.integrations import add_integration
from tests.processes import free_port, wait_until
from tests.seed import import_shipped_catalog, order_for


def test_oms_dev_serves_and_stops_on_ctrl_c(tenant, tmp_path):  # type: ignore[no-untyped-def]
    import_shipped_catalog(tenant.id)
    key = add_integration(tenant.id, "api", "erp").api_key
    port = free_port()
    log = (tmp_path / "dev.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "dev", "--port", str(port), "--threads", "2"],
        env=dict(os.environ),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:

        def up() -> bool:
            assert proc.poll() is None, (tmp_path / "dev.log").read_text()
            try:
                return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(up, timeout=120, what="oms dev ingress")  # migrates first; slow on a loaded machine
        r = httpx.post(
            f"{base}/v1/messages",
            headers={"Authorization": f"Bearer {key}"},
            json={"channel": "SMS", "from": "+447700900777", "body": "2 cases of coke zero 330ml"},
            timeout=30,  # the first request warms a cold process on a loaded machine; a deadline, not a check
        )
        assert r.status_code == 202, r.text
        mid = r.json()["message_id"]

        order = wait_until(lambda: order_for(tenant.id, mid)[0], timeout=60, what="the order")
        assert order.status == OrderStatus.CONFIRMED
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(60)
        log.close()
    output = (tmp_path / "dev.log").read_text()
    assert code == 0, output
    assert "web    |" in output and "worker |" in output
    assert "2 cases of coke zero" not in output, "message content must never reach the logs"
