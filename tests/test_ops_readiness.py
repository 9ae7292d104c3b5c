"""`/readyz` answers 503 when the broker is gone (a private redis-server the test starts and stops)
and when the database is not migrated to this code's head; the scheduler's health endpoint."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import httpx
import psycopg
import pytest
from prometheus_client.parser import text_string_to_metric_families
from psycopg import sql

from db import migrate
from tests.conftest import PG_ADMIN, _with_db
from tests.processes import OmsProcess, free_port, start_ingress, wait_until
from worker.settings import load_settings


def _ready(base: str) -> httpx.Response:
    return httpx.get(base + "/readyz", timeout=10)


def test_readyz_fails_when_redis_stops(settings, tmp_path):  # type: ignore[no-untyped-def]
    port = free_port()
    redis = subprocess.Popen(
        [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    ingress = None
    try:
        env = {**os.environ, "BROKER_URL": f"redis://127.0.0.1:{port}/0"}
        wait_until(lambda: _redis_answers(port), what="the private redis-server")
        ingress, base = start_ingress(env, tmp_path)
        first = _ready(base)
        assert first.status_code == 200, first.text
        assert first.json()["checks"] == {"database": "ok", "broker": "ok"}
        # The ingress process's own /metrics: its request metrics and the ops gauges read at scrape.
        body = httpx.get(base + "/metrics", timeout=10).text
        families = {f.name for f in text_string_to_metric_families(body)}
        assert {"oms_ingress_request_duration_seconds", "oms_queue_messages"} <= families
        assert {"oms_queue_oldest_message_age_seconds", "oms_ai_budget_used_ratio"} <= families
        redis.terminate()
        redis.wait(10)
        down = _ready(base)
        assert down.status_code == 503
        assert down.json()["checks"]["database"] == "ok"
        assert down.json()["checks"]["broker"].startswith("unavailable")
    finally:
        if ingress is not None:
            ingress.stop()
        if redis.poll() is None:
            redis.terminate()
            redis.wait(10)


def _redis_answers(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.fixture()
def behind_database():  # type: ignore[no-untyped-def]
    """A database migrated to the revision before this code's head, with its own app role."""
    suffix = uuid.uuid4().hex[:8]
    dbname, role = f"oms_behind_{suffix}", f"oms_behind_app_{suffix}"
    s = load_settings(
        {
            "OMS_ADMIN_DATABASE_URL": _with_db(PG_ADMIN, dbname),
            "DATABASE_URL": _with_db(PG_ADMIN, dbname, user=role),
        }
    )
    from alembic.script import ScriptDirectory

    cfg = migrate.alembic_config(s.admin_database_url)
    previous = ScriptDirectory.from_config(cfg).get_revision(migrate.head()).down_revision
    migrate.upgrade(s, str(previous))
    yield s, str(previous)
    from db.session import dispose_engines

    dispose_engines()
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def test_readyz_fails_when_migrations_are_behind(settings, behind_database, tmp_path):  # type: ignore[no-untyped-def]
    s, previous = behind_database
    env = {**os.environ, "DATABASE_URL": s.database_url, "OMS_ADMIN_DATABASE_URL": s.admin_database_url}
    ingress, base = start_ingress(env, tmp_path)
    try:
        behind = _ready(base)
        assert behind.status_code == 503
        assert behind.json()["checks"]["database"].startswith("schema behind")
        migrate.upgrade(s)
        assert _ready(base).status_code == 200
    finally:
        ingress.stop()


def test_scheduler_health_endpoint(settings, tmp_path):  # type: ignore[no-untyped-def]
    from scheduler.registry import JOBS

    port = free_port()
    # Every job off: this test is about the endpoint, and a leader must not fire slots into the
    # scheduler_runs that the scheduler tests of this process assert on.
    off = "; ".join(f"{spec.id}=off" for spec in JOBS)
    env = {**os.environ, "OMS_SCHEDULER_METRICS_PORT": str(port), "OMS_SCHEDULES": off}
    proc = OmsProcess(["scheduler"], env, tmp_path / "scheduler.log")
    base = f"http://127.0.0.1:{port}"
    try:

        def health() -> httpx.Response | None:
            assert proc.proc.poll() is None, proc.output()[-2000:]
            try:
                r = httpx.get(base + "/healthz", timeout=2)
            except httpx.TransportError:
                return None
            return r if r.status_code == 200 and r.json().get("leader") else None

        answer = wait_until(health, timeout=60, what="the scheduler's /healthz")
        assert answer.json()["status"] == "ok"
        metrics = httpx.get(base + "/metrics", timeout=5).text
        assert "oms_scheduler_is_leader 1.0" in metrics
    finally:
        proc.stop()
