"""Never announce what can vanish: no delivery leaves before the write it announces is durable.

The fused pipeline commits with `synchronous_commit = off`: its commit record can sit in the WAL
buffers, unflushed, for up to three times `wal_writer_delay`, and a PostgreSQL crash then would take the
order back after its webhook went out. The delivery's claim compares what it can see with
`pg_current_wal_flush_lsn()` and, when the WAL is not flushed that far, commits synchronously itself,
which flushes the WAL through every earlier commit record (jobs/webhooks/delivery.py).

To prove it deterministically this test runs a private PostgreSQL whose WAL writer flushes only every
10 s (and no autovacuum), so an asynchronous commit stays unflushed long enough to look at: it records an
event in such a commit, checks with pg_walinspect that the commit record is NOT yet flushed, runs the
delivery, and checks that when the request reached the receiver the WAL was flushed past that record.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from tests.processes import free_port, wait_until
from tests.webhook_receiver import receiver_running


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture()
def slow_wal_postgres() -> Iterator[str]:
    """A private PostgreSQL on a free port whose WAL writer wakes every 10 s; its admin URL."""
    bindir = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="oms-wal-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    data, port = root / "data", free_port()
    subprocess.run(
        _as_postgres(
            [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c wal_writer_delay=10000 "
        "-c wal_writer_flush_after=0 -c autovacuum=off -c synchronous_commit=on"
    )
    subprocess.run(
        _as_postgres(
            [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-o", options, "-w", "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            stdout=subprocess.DEVNULL,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


def test_delivery_waits_for_the_flush_of_an_asynchronous_commit(slow_wal_postgres: str, settings) -> None:  # type: ignore[no-untyped-def]
    from db import migrate
    from db.session import tenant_session
    from db.tenants import create_tenant
    from jobs.webhooks import delivery, endpoints, events
    from worker.settings import load_settings

    role = f"oms_wal_{uuid.uuid4().hex[:6]}"
    s = load_settings(
        {
            **os.environ,
            "OMS_ADMIN_DATABASE_URL": f"{slow_wal_postgres}/oms",
            "DATABASE_URL": f"{slow_wal_postgres.replace('postgres@', role + '@')}/oms",
            "OMS_WEBHOOK_ALLOW_NETWORKS": "127.0.0.0/8",
        }
    )
    migrate.upgrade(s)
    admin = psycopg.connect(s.admin_database_url, autocommit=True)
    admin.execute("CREATE EXTENSION pg_walinspect")
    tenant = create_tenant("Durable Foods", settings=s)

    def lsn(sql: str, *args: Any) -> str:
        return str(admin.execute(sql, args).fetchone()[0])  # type: ignore[index]

    def flushed_now(path: str) -> str:
        with psycopg.connect(s.admin_database_url, autocommit=True) as conn:
            return str(conn.execute("SELECT pg_current_wal_flush_lsn()").fetchone()[0])  # type: ignore[index]

    with receiver_running() as receiver:
        receiver.on_request = flushed_now
        info, _ = endpoints.add_endpoint(tenant.id, receiver.url("/hook"), settings=s)

        def unflushed_event() -> tuple[uuid.UUID, str, str, str] | None:
            """An event recorded as the fused pipeline commits (without waiting for the flush), if the
            WAL is still unflushed right after the commit (else None: the WAL writer happened to run)."""
            start = lsn("SELECT pg_current_wal_insert_lsn()")
            with tenant_session(tenant.id, s) as session:
                session.execute(text("SET LOCAL synchronous_commit = off"))
                eid = events.emit_event(session, tenant.id, "order.created", {"order_id": "o-1"})
                did = session.execute(
                    text("SELECT id FROM webhook_deliveries WHERE event_id = :e"), {"e": eid}
                ).scalar_one()
                xid = session.execute(text("SELECT txid_current()::text")).scalar_one()
            flushed = lsn("SELECT pg_current_wal_flush_lsn()")
            if lsn("SELECT %s::pg_lsn < pg_current_wal_insert_lsn()", flushed) != "True":
                return None
            return did, xid, start, flushed

        did, xid, start, flushed_before = wait_until(
            unflushed_event, timeout=60, what="an unflushed asynchronous commit"
        )

        outcome = delivery.attempt(did, tenant.id, settings=s)

        assert outcome.status == "SUCCESS" and outcome.waited_for_flush
        [request] = receiver.to("/hook")
        # pg_walinspect reads only flushed WAL: the commit record is readable now.
        commit_end = lsn(
            "SELECT end_lsn FROM pg_get_wal_records_info(%s::pg_lsn, pg_current_wal_flush_lsn()) "
            "WHERE xid = %s::xid AND record_type LIKE 'COMMIT%%'",
            start,
            xid,
        )
        assert lsn("SELECT %s::pg_lsn < %s::pg_lsn", flushed_before, commit_end) == "True"  # it was unflushed
        assert lsn("SELECT %s::pg_lsn >= %s::pg_lsn", request.observed, commit_end) == "True", (
            f"the request arrived at flush position {request.observed}, before the commit at {commit_end}"
        )
    admin.close()
    from db.session import dispose_engines

    dispose_engines()  # this database goes away with its server
