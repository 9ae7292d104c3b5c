"""Engines and sessions: tenant-scoped by default, privileged only by explicit name.

`tenant_session(distributor_id)` opens a transaction as the application role and sets the tenant's
signed token (db/tenant_token.py) with `set_config('app.tenant_token', ..., true)` (transaction-local,
so a pooled connection never carries a tenant into the next checkout; unsigned, the database ignores it). Row-level security does the walling; the code never relies on
a WHERE clause alone. `privileged_session()` connects as the owner for cross-tenant maintenance
(tenant creation, sweeping stalled messages across tenants) and says so in its name.
"""

from __future__ import annotations

import json
import select
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session

from db.ids import as_uuid
from worker.settings import Settings, get_settings, libpq_url, sqlalchemy_url

_lock = threading.Lock()
_engines: dict[tuple[str, int], Engine] = {}


def connect_options(settings: Settings, *, app_role: bool = True) -> dict[str, Any]:
    """libpq options bounding what a hung or unreachable server costs: a short connect timeout, TCP
    keepalives (a vanished host is noticed in about 30 s), and for the application role a statement
    timeout (enforced by the server, so it covers lock waits and runaway plans, not a frozen server:
    the ingress bounds that itself, see ingress/gate.py)."""
    options: dict[str, Any] = {
        "connect_timeout": settings.db_connect_timeout_s,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
    }
    if app_role and settings.db_statement_timeout_ms:
        options["options"] = f"-c statement_timeout={settings.db_statement_timeout_ms}"
    return options


def idle_connection_is_stale(conn: psycopg.Connection[Any]) -> bool:
    """True when the server has closed (or written to) an idle connection: after a restart its socket
    is readable (the FATAL notice, then EOF) although nothing was asked. A zero-timeout poll, no round
    trip, so every checkout can afford it."""
    if conn.closed:
        return True
    try:
        fd = conn.pgconn.socket
    except psycopg.OperationalError:
        return True
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLERR | select.POLLHUP)
    return bool(poller.poll(0))


def _check_pooled(conn: psycopg.Connection[Any]) -> None:
    """psycopg_pool's checkout check: a stale connection is closed (so the pool replaces it), never
    handed to a caller."""
    if idle_connection_is_stale(conn):
        conn.close()
        raise psycopg.OperationalError("pooled connection closed by the server while idle")


def _on_checkout(dbapi_conn: Any, record: Any, proxy: Any) -> None:
    """SQLAlchemy's checkout hook: a stale connection is a DisconnectionError, which makes the pool
    discard it and hand out another (or a fresh one)."""
    if isinstance(dbapi_conn, psycopg.Connection) and idle_connection_is_stale(dbapi_conn):
        raise DisconnectionError("pooled connection closed by the server while idle")


def _engine(url: str, pool_size: int, connect_args: dict[str, Any] | None = None) -> Engine:
    key = (url, pool_size)
    engine = _engines.get(key)
    if engine is not None:
        return engine
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = create_engine(
                sqlalchemy_url(url),
                connect_args=connect_args or {},
                pool_size=pool_size,
                # No overflow: an overflow connection is closed as soon as it is returned, and under
                # steady load that meant a new PostgreSQL backend (a fork, ~3 CPU ms) every few
                # requests. Callers beyond the pool size wait for a connection (pool_timeout) instead.
                max_overflow=0,
                # No pre-ping round trip per checkout: `_on_checkout` polls the idle socket instead,
                # which catches connections the server closed (a restart) without a round trip.
                pool_pre_ping=False,
                pool_recycle=600,
            )
            event.listen(engine, "checkout", _on_checkout)
            _engines[key] = engine
        return engine


def app_engine(settings: Settings | None = None) -> Engine:
    s = settings or get_settings()
    return _engine(s.database_url, s.db_pool_size, connect_options(s))


_pools: dict[tuple[str, int], ConnectionPool] = {}
_pool_lock = threading.Lock()


@contextmanager
def function_connection(settings: Settings | None = None) -> Iterator[psycopg.Connection[Any]]:
    """An autocommit psycopg connection as the application role, for the SQL functions that are a
    whole transaction in one statement (oms_ingest_message, oms_message_snapshot, oms_record_pipeline);
    each sets its tenant transaction-locally, as tenant_session does. Plain psycopg from its own pool:
    on these, the hottest paths, SQLAlchemy's connection and result handling cost more than the round
    trip itself. Statements are prepared server-side after a few uses (psycopg's prepare_threshold)."""
    s = settings or get_settings()
    pool = _pools.get((s.database_url, s.db_pool_size)) or _function_pool(s)
    try:
        with pool.connection() as conn:
            yield conn
    except psycopg.OperationalError:
        # A server restart breaks every idle connection at once: drop them all now rather than let
        # each fail one caller in turn (the pool discards only the one that failed).
        pool.check()
        raise


def _function_pool(s: Settings) -> ConnectionPool:
    key = (s.database_url, s.db_pool_size)
    url = libpq_url(s.database_url)
    # Fail now, with the server's own words, if the database is not there: a pool would keep retrying
    # in the background and callers would only see a timeout. Outside any lock: a slow connect must
    # not hold up the ORM's sessions, which share `_lock`.
    options = connect_options(s)
    psycopg.connect(url, **options).close()
    with _pool_lock:
        pool = _pools.get(key)
        if pool is None:
            pool = _pools[key] = ConnectionPool(
                url,
                min_size=1,
                max_size=s.db_pool_size,
                kwargs={"autocommit": True, **options},
                check=_check_pooled,
                name="oms-functions",
                timeout=10.0,
                open=True,
            )
        return pool


def admin_engine(settings: Settings | None = None) -> Engine:
    s = settings or get_settings()
    return _engine(s.admin_database_url, 2, connect_options(s, app_role=False))


def dispose_engines() -> None:
    """Close pooled connections (after fork, at shutdown, between tests)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
    with _pool_lock:
        for pool in _pools.values():
            pool.close()
        _pools.clear()


def set_tenant(session: Session, distributor_id: uuid.UUID | str) -> None:
    from db.tenant_token import tenant_token

    token = tenant_token(as_uuid(distributor_id))  # validates before it reaches SQL
    session.execute(text("SELECT set_config('app.tenant_token', :t, true)"), {"t": token})


@contextmanager
def _transaction(engine: Engine) -> Iterator[Session]:
    # A plain Session: a sessionmaker per call would build a new class each time (~160 µs).
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def tenant_session(distributor_id: uuid.UUID | str, settings: Settings | None = None) -> Iterator[Session]:
    """One transaction as the application role with the tenant set; commits on success."""
    with _transaction(app_engine(settings)) as session:
        set_tenant(session, distributor_id)
        yield session


@contextmanager
def user_session(user_id: uuid.UUID | str, settings: Settings | None = None) -> Iterator[Session]:
    """One transaction as a tenant user (a verified JWT subject), the way Supabase runs a request: the
    claims go in `request.jwt.claims`, and the database derives the tenant (`get_current_distributor_id`)
    and the role (`oms_may`) from the user's profile. The application role's claims alone count for
    nothing: the user is the one its signed user token names (db/tenant_token.py)."""
    claims = json.dumps({"sub": str(as_uuid(user_id)), "role": "authenticated"})
    with _transaction(app_engine(settings)) as session:
        from db.tenant_token import user_token

        session.execute(
            text(
                "SELECT set_config('request.jwt.claims', :c, true), set_config('app.tenant_token', :t, true)"
            ),
            {"c": claims, "t": user_token(user_id)},
        )
        yield session


@contextmanager
def app_session(settings: Settings | None = None) -> Iterator[Session]:
    """A transaction as the application role with no tenant: RLS shows it nothing but what the
    SECURITY DEFINER resolvers return (used to find the tenant of an inbound message)."""
    with _transaction(app_engine(settings)) as session:
        yield session


@contextmanager
def privileged_session(settings: Settings | None = None) -> Iterator[Session]:
    """Cross-tenant maintenance as the owner role. Use only where crossing tenants is the point."""
    with _transaction(admin_engine(settings)) as session:
        yield session
