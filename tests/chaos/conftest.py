"""A whole private deployment for fault tests: its own PostgreSQL cluster and Redis on free ports, the
schema migrated, one tenant with the shipped catalog and an API key; ingress and worker processes are
started by the tests against it. Nothing here touches the machine's shared PostgreSQL or Redis."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from tests.chaos.services import PrivatePostgres, PrivateRedis
from tests.processes import OmsProcess, start_ingress, start_worker

CATALOG = Path(__file__).parent.parent / "data" / "catalog.json"
QUEUE = "pipeline"


@dataclass
class Stack:
    pg: PrivatePostgres
    redis: PrivateRedis
    env: dict[str, str]
    tmp: Path
    tenant: str = ""
    api_key: str = ""
    processes: list[OmsProcess] = field(default_factory=list)

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "cli", *args], env=self.env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def ingress(self, **extra: str) -> tuple[OmsProcess, str]:
        proc, base = start_ingress({**self.env, **extra}, self.tmp)
        self.processes.append(proc)
        return proc, base

    def worker(self, name: str = "worker", **extra: str) -> OmsProcess:
        proc = start_worker({**self.env, **extra}, self.tmp, name)
        self.processes.append(proc)
        return proc

    def post(
        self, base: str, body: str, *, sender: str = "+447700900123", timeout: float = 30
    ) -> httpx.Response:
        return httpx.post(
            f"{base}/v1/messages",
            json={"channel": "SMS", "from": sender, "body": body},
            headers={"Authorization": f"Bearer {self.api_key}"},
            timeout=timeout,
        )

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """As the superuser of the private cluster (row-level security does not apply)."""
        with psycopg.connect(self.pg.admin_url("oms"), connect_timeout=5) as conn:
            return conn.execute(sql, params).fetchall()

    def queued_ids(self) -> set[str]:
        """Message ids waiting in the private broker's pipeline queue."""
        client = self.redis.client()
        found = set()
        for data in client.hgetall(f"chaos:{QUEUE}.msgs").values():
            found.add(json.loads(data)["args"][0])
        return found


@contextmanager
def private_stack(root: Path) -> Iterator[Stack]:
    """A private PostgreSQL and Redis, migrated, with one tenant, its catalog and an API key (also used by
    benchmarks/chaos_report.py)."""
    pg = PrivatePostgres().init()
    redis = PrivateRedis().start()
    env = {
        **os.environ,
        "OMS_ADMIN_DATABASE_URL": pg.admin_url("oms"),
        "DATABASE_URL": pg.url("oms_chaos_app", "oms"),
        "BROKER_URL": redis.url,
        "OMS_BROKER_NAMESPACE": "chaos",
        "OMS_QUEUE_PREFIX": "",
        "OMS_LOG_FORMAT": "json",
        "OMS_DEPENDENCY_TIMEOUT_MS": "2000",
        "OMS_REDIS_TIMEOUT_MS": "1000",
        "OMS_BROKER_HEARTBEAT_TIMEOUT_MS": "3000",
    }
    s = Stack(pg=pg, redis=redis, env=env, tmp=root)
    try:
        s.cli("db", "upgrade")
        s.tenant = s.cli("tenant", "create", f"Chaos {uuid.uuid4().hex[:6]}").strip()
        s.cli("catalog", "import", "--distributor", s.tenant, str(CATALOG))
        s.api_key = s.cli(
            "integration", "add", "--distributor", s.tenant, "--provider", "api", "--address", "x"
        )
        s.api_key = s.api_key.strip().splitlines()[-1]
        yield s
    finally:
        for proc in s.processes:
            proc.kill()
            proc.stop()
        redis.stop()
        pg.remove()


@pytest.fixture(scope="module")
def stack(tmp_path_factory) -> Iterator[Stack]:  # type: ignore[no-untyped-def]
    with private_stack(tmp_path_factory.mktemp("chaos")) as s:
        yield s
