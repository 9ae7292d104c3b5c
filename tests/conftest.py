"""Test harness: a private PostgreSQL database and application role per test process, a private Redis
namespace, all on loopback. Nothing is mocked; a service that is down fails the run loudly."""

from __future__ import annotations

import base64
import os
import socket
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

PG_ADMIN = os.environ.get("OMS_TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("OMS_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
RUN_ID = f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{uuid.uuid4().hex[:8]}"
DB_NAME, APP_ROLE = f"oms_test_{RUN_ID}", f"oms_app_{RUN_ID}"

START_HINT = {
    "PostgreSQL": "start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` "
    "or set OMS_TEST_PG_ADMIN_URL (bash .ci/run starts it for you)",
    "Redis": "start it with `redis-server --daemonize yes --port 6379 --save ''` or set OMS_TEST_REDIS_URL",
}


def _require(name: str, url: str, default_port: int) -> None:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or default_port
    try:
        socket.create_connection((host, port), timeout=3).close()
    except OSError as exc:
        pytest.exit(f"{name} is not reachable at {host}:{port} ({exc}); {START_HINT[name]}", returncode=3)


def _with_db(url: str, dbname: str, user: str | None = None) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc
    if user is not None:
        netloc = f"{user}@{parts.hostname}:{parts.port or 5432}"
    return urlunsplit(parts._replace(netloc=netloc, path="/" + dbname))


# The environment is fixed at import time, before any test module imports the broker or settings.
os.environ.update(
    {
        "OMS_ADMIN_DATABASE_URL": _with_db(PG_ADMIN, DB_NAME),
        "DATABASE_URL": _with_db(PG_ADMIN, DB_NAME, user=APP_ROLE),
        "BROKER_URL": REDIS_URL,
        "OMS_BROKER_NAMESPACE": f"omstest_{RUN_ID}",
        "OMS_ENV": "test",
        "OMS_MASTER_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode(),  # one key for every process
        # Generous waits: the suite shares two cores with other work, and is not about timeouts (the
        # fault tests in tests/chaos/ set short ones for their own processes).
        "OMS_DEPENDENCY_TIMEOUT_MS": "30000",
        "OMS_REDIS_TIMEOUT_MS": "10000",
        "OMS_LOG_FORMAT": "json",
    }
)


@pytest.fixture(scope="session")
def database() -> Iterator[dict[str, str]]:
    """Create `oms_test_<id>` with the full schema migrated, and the app role `oms_app_<id>`."""
    _require("PostgreSQL", PG_ADMIN, 5432)
    dbname, role = DB_NAME, APP_ROLE
    admin_url, app_url = os.environ["OMS_ADMIN_DATABASE_URL"], os.environ["DATABASE_URL"]
    from db import migrate
    from worker.settings import get_settings

    get_settings.cache_clear()
    migrate.upgrade(get_settings())
    yield {"admin_url": admin_url, "app_url": app_url, "dbname": dbname, "role": role}

    from db.session import dispose_engines

    dispose_engines()
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (dbname,),
        )
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(dbname)))
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture(scope="session")
def settings(database: dict[str, str]):  # type: ignore[no-untyped-def]
    _require("Redis", REDIS_URL, 6379)
    from worker.settings import get_settings

    get_settings.cache_clear()
    yield get_settings()
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{os.environ['OMS_BROKER_NAMESPACE']}*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture()
def clean_pipeline_queue(settings) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Remove the pipeline queue entries a test added (tests/pipeline_queue.py); modules opt in with usefixtures."""
    from tests.pipeline_queue import cleanup_added

    with cleanup_added():
        yield


@pytest.fixture()
def tenant(settings):  # type: ignore[no-untyped-def]
    """A fresh distributor for one test; tests never share tenants, so they never need truncation."""
    from db.tenants import create_tenant

    return create_tenant(
        f"Test Distributor {uuid.uuid4().hex[:6]}", threshold=0.85, budget_usd=50, settings=settings
    )


@pytest.fixture()
def shop(tenant):  # type: ignore[no-untyped-def]
    """A fresh tenant with the shipped catalog (tests/data/catalog.json)."""
    from tests.seed import import_shipped_catalog

    import_shipped_catalog(tenant.id)
    return tenant


@pytest.fixture()
def other_tenant(settings):  # type: ignore[no-untyped-def]
    from db.tenants import create_tenant

    return create_tenant(f"Other Distributor {uuid.uuid4().hex[:6]}", settings=settings)
