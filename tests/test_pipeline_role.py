"""The pipeline's SQL functions run as ``oms_pipeline`` and check the tenant token once per call (migration
0046, issue #12): the setting they keep the checked tenant in (``oms.tenant``) opens nothing to anyone else,
a call with another tenant's token, a forged one or none still sees nothing, and nothing of ours can run as
that role without starting from "no tenant"."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from db import tenant_token
from db.session import tenant_session
from db.tenant_token import PIPELINE_ROLE
from jobs.customers.summary import refresh_due
from tests.seed import insert_message
from tests.test_tenant_token import nothing, seen
from worker.settings import libpq_url

SNAPSHOT = "SELECT content FROM public.oms_message_snapshot(%s::uuid, %s::uuid)"


@pytest.fixture()
def app_conn(settings) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    with psycopg.connect(libpq_url(settings.database_url), autocommit=True) as conn:
        yield conn


def _set(conn: psycopg.Connection, name: str, value: str) -> None:
    conn.execute("SELECT set_config(%s, %s, false)", (name, value))


def test_the_setting_of_the_checked_tenant_opens_nothing(app_conn, shop, other_tenant) -> None:  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "5 kg tomatoes")
    _set(app_conn, "oms.tenant", str(shop.id))  # what a pipeline call keeps while it runs
    assert nothing(app_conn, shop.id)  # the app role's own statements never read it
    assert app_conn.execute(SNAPSHOT, (shop.id, mid)).fetchall() == []  # a call starts unchecked: no token
    _set(app_conn, "app.tenant_token", tenant_token.tenant_token(other_tenant.id))
    assert app_conn.execute(SNAPSHOT, (shop.id, mid)).fetchall() == []  # another tenant's token
    good = tenant_token.tenant_token(shop.id)
    _set(app_conn, "app.tenant_token", good[:-1] + ("0" if good[-1] != "0" else "1"))  # a forged MAC
    assert app_conn.execute(SNAPSHOT, (shop.id, mid)).fetchall() == []
    # What the call checked is gone when it returns: the caller's value is back.
    assert app_conn.execute("SELECT current_setting('oms.tenant')").fetchone() == (str(shop.id),)
    # With the tenant's own token, the same call reads it.
    _set(app_conn, "app.tenant_token", good)
    assert app_conn.execute(SNAPSHOT, (shop.id, mid)).fetchall() == [("5 kg tomatoes",)]


def test_the_ingest_with_another_tenants_token_stores_nothing(app_conn, shop, other_tenant) -> None:  # type: ignore[no-untyped-def]
    from ingress.inbound import INGEST_SQL

    _set(app_conn, "oms.tenant", str(shop.id))
    _set(app_conn, "app.tenant_token", tenant_token.tenant_token(other_tenant.id))
    message = ("SMS", "api", None, "+447700900999", False, "X", None, "X1", "X1-0", "hi", "[]", None)
    params = (shop.id, None, *message)
    assert app_conn.execute(INGEST_SQL, params).fetchall() == []
    _set(app_conn, "app.tenant_token", tenant_token.tenant_token(shop.id))
    assert seen(app_conn, shop.id)["messages"] == 0


def test_no_role_can_become_the_pipeline_role(app_conn, database) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        app_conn.execute(f"SET ROLE {PIPELINE_ROLE}")
    with psycopg.connect(database["admin_url"], autocommit=True) as conn:
        facts = conn.execute(
            "SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = %s",
            (PIPELINE_ROLE,),
        ).fetchone()
        members = conn.execute(
            "SELECT m.rolname, m.rolsuper FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
            "WHERE a.roleid = to_regrole(%s)",
            (PIPELINE_ROLE,),
        ).fetchall()
    assert facts == (False, False, False, False)
    assert database["role"] not in {name for name, _ in members}


def test_whatever_runs_as_the_pipeline_role_starts_from_no_tenant(database) -> None:  # type: ignore[no-untyped-def]
    """Its functions reset the setting on entry (their SET clause) and fix their search_path; a deferrable
    trigger (which PostgreSQL 18 runs as the role that queued it, after that call returned) is one of them."""
    with psycopg.connect(database["admin_url"], autocommit=True) as conn:
        functions = conn.execute(
            "SELECT p.oid::regprocedure::text, p.prosecdef, p.proconfig FROM pg_proc p "
            "WHERE p.proowner = to_regrole(%s)",
            (PIPELINE_ROLE,),
        ).fetchall()
        deferrable = conn.execute(
            "SELECT t.tgrelid::regclass::text, t.tgname, p.proowner = to_regrole(%s) FROM pg_trigger t "
            "JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgdeferrable AND NOT t.tgisinternal",
            (PIPELINE_ROLE,),
        ).fetchall()
    names = {name.split("(")[0] for name, _, _ in functions}
    assert {"oms_ingest_message", "oms_message_snapshot", "oms_record_pipeline"} <= names
    for name, definer, config in functions:
        assert definer and "oms.tenant=" in config, name
        assert any(c.startswith("search_path=") for c in config), name
    assert deferrable and all(ours for _, _, ours in deferrable), deferrable


def test_an_owners_order_still_refreshes_the_summary_in_its_tenant(shop, database) -> None:  # type: ignore[no-untyped-def]
    """The summary's deferred trigger runs as the pipeline role in the tenant of the order's row: an order
    the owner writes (no token) refreshes it as before."""
    phone = f"+4477009{uuid.uuid4().int % 100000:05d}"
    insert_message(shop.id, "hello", phone=phone)
    with tenant_session(shop.id) as s:
        customer = s.execute(text("SELECT id FROM customers WHERE phone = :p"), {"p": phone}).scalar_one()
    with psycopg.connect(database["admin_url"]) as conn:
        conn.execute(
            "INSERT INTO orders (distributor_id, customer_id, status, total_amount) "
            "VALUES (%s, %s, 'REVIEW', 12.5)",
            (shop.id, customer),
        )
    assert refresh_due(shop.id) >= 1  # the trigger marked the customer due; the scheduled job refreshes
    with tenant_session(shop.id) as s:
        summary = s.execute(
            text("SELECT ai_context_summary FROM conversations WHERE customer_id = :c"), {"c": customer}
        ).scalar_one()
    assert summary is not None
    assert "1 order(s) in review" in summary and "0 line(s), 12.50 " in summary
