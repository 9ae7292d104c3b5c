"""The tenant wall holds against SQL the application role runs by itself (#6 item 5): as if an attacker
had SQL injection in the app, a session that sets another tenant's id, forges JWT claims, a token, or
calls the pipeline's SQL functions with another tenant's id sees nothing of it."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from db import tenant_token
from db.enums import UserRole
from db.session import tenant_session
from tests.reviewers import make_user
from tests.seed import insert_message
from worker.settings import libpq_url

VISIBLE = {
    "distributors": "SELECT count(*) FROM distributors WHERE id = %s",
    "messages": "SELECT count(*) FROM messages WHERE distributor_id = %s",
    "products": "SELECT count(*) FROM products WHERE distributor_id = %s",
    "customers": "SELECT count(*) FROM customers WHERE distributor_id = %s",
}


@pytest.fixture()
def app_conn(settings) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    with psycopg.connect(libpq_url(settings.database_url), autocommit=True) as conn:
        yield conn


def seen(conn: psycopg.Connection, tenant: uuid.UUID) -> dict[str, int]:
    with conn.transaction():
        return {name: conn.execute(sql, (tenant,)).fetchone()[0] for name, sql in VISIBLE.items()}  # type: ignore[index]


def nothing(conn: psycopg.Connection, tenant: uuid.UUID) -> bool:
    return set(seen(conn, tenant).values()) == {0}


@pytest.fixture()
def victim(shop):  # type: ignore[no-untyped-def]
    insert_message(shop.id, "2 cases of coke zero")
    return shop


def test_a_valid_token_opens_its_own_tenant_only(app_conn, victim, other_tenant) -> None:  # type: ignore[no-untyped-def]
    app_conn.execute(
        "SELECT set_config('app.tenant_token', %s, false)", (tenant_token.tenant_token(victim.id),)
    )
    mine = seen(app_conn, victim.id)
    assert mine["distributors"] == 1 and mine["messages"] >= 1 and mine["products"] > 0
    assert nothing(app_conn, other_tenant.id)


def test_setting_another_tenants_id_shows_nothing(app_conn, victim, other_tenant) -> None:  # type: ignore[no-untyped-def]
    # The attack of the issue: set_config with B's id, as the app role, with or without a token of A.
    app_conn.execute("SELECT set_config('app.current_distributor_id', %s, false)", (str(victim.id),))
    assert nothing(app_conn, victim.id)
    app_conn.execute(
        "SELECT set_config('app.tenant_token', %s, false)", (tenant_token.tenant_token(other_tenant.id),)
    )
    assert nothing(app_conn, victim.id)
    assert seen(app_conn, other_tenant.id)["distributors"] == 1
    with pytest.raises(psycopg.errors.InsufficientPrivilege), app_conn.transaction():
        app_conn.execute(
            "INSERT INTO messages (distributor_id, conversation_id, content) VALUES (%s, %s, 'x')",
            (victim.id, uuid.uuid4()),
        )


def test_forged_claims_and_tokens_show_nothing(app_conn, victim, settings) -> None:  # type: ignore[no-untyped-def]
    user = make_user(victim.id, UserRole.OWNER).user_id
    claims = json.dumps({"sub": str(user), "role": "authenticated"})
    app_conn.execute("SELECT set_config('request.jwt.claims', %s, false)", (claims,))
    assert nothing(app_conn, victim.id)
    assert app_conn.execute("SELECT public.oms_current_role()").fetchone() == (None,)

    good = tenant_token.tenant_token(victim.id)
    forged = [
        good[:-1] + ("0" if good[-1] != "0" else "1"),  # wrong MAC
        tenant_token.sign("t", victim.id, key=b"k" * 32),  # another key
        tenant_token.sign("t", victim.id, now=time.time() - 2 * tenant_token.TTL_SECONDS),  # expired
        good + "00",  # extended
        f"t.{victim.id}",  # no MAC
        "t.not-a-uuid.0000000000." + "0" * 64,
    ]
    for token in forged:
        app_conn.execute("SELECT set_config('app.tenant_token', %s, false)", (token,))
        assert nothing(app_conn, victim.id), token
    # A verified user token: that user's tenant and role, whatever the claims say.
    app_conn.execute("SELECT set_config('app.tenant_token', %s, false)", (tenant_token.user_token(user),))
    assert seen(app_conn, victim.id)["distributors"] == 1
    assert app_conn.execute("SELECT public.oms_current_role()").fetchone() == ("OWNER",)


def test_pipeline_functions_called_with_another_tenant_reveal_nothing(app_conn, victim) -> None:  # type: ignore[no-untyped-def]
    mid = insert_message(victim.id, "5 kg tomatoes")
    # They set app.current_distributor_id themselves: that no longer names a tenant.
    rows = app_conn.execute(
        "SELECT content FROM public.oms_message_snapshot(%s::uuid, %s::uuid)", (victim.id, mid)
    ).fetchall()
    assert rows == []
    # Through the app's own helper (a token), the same call reads it.
    found = tenant_token.call_as_tenant(
        app_conn, "SELECT content FROM public.oms_message_snapshot(%s::uuid, %s::uuid)", (victim.id, mid)
    ).fetchall()
    assert found == [("5 kg tomatoes",)]


def test_a_complaints_latest_order_is_read_in_its_own_tenant_only(app_conn, victim, other_tenant) -> None:  # type: ignore[no-untyped-def]
    """`oms_latest_order` (migration 0038), which a complaint's replies read: the caller's token decides
    the tenant, whatever tenant and customer the call names."""
    from jobs.pipeline import actors as pipeline

    mid = insert_message(victim.id, "2 cases of coke zero", phone="+447700900451")
    pipeline.run_pipeline_fused(mid, victim.id)
    with tenant_session(victim.id) as s:
        order_id, customer_id = s.execute(
            text("SELECT id, customer_id FROM orders WHERE source_message_id = :m"), {"m": mid}
        ).one()
    sql = "SELECT id FROM public.oms_latest_order(%s::uuid, %s::uuid)"
    assert app_conn.execute(sql, (victim.id, customer_id)).fetchall() == []  # no token: nothing
    assert tenant_token.call_as_tenant(app_conn, sql, (other_tenant.id, customer_id)).fetchall() == []
    app_conn.execute(  # another tenant's token, the victim named: nothing
        "SELECT set_config('app.tenant_token', %s, false)", (tenant_token.tenant_token(other_tenant.id),)
    )
    assert app_conn.execute(sql, (victim.id, customer_id)).fetchall() == []
    assert tenant_token.call_as_tenant(app_conn, sql, (victim.id, customer_id)).fetchall() == [(order_id,)]
    # the replies' transaction reads it through the same function, in its tenant session only
    from jobs.review.requests import latest_order

    with tenant_session(victim.id) as s:
        found = latest_order(s, victim.id, customer_id)
    assert found is not None and found.order_id == str(order_id)
    with tenant_session(other_tenant.id) as s:
        assert latest_order(s, victim.id, customer_id) is None


def test_the_key_is_out_of_the_app_roles_reach(app_conn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        app_conn.execute("SELECT key FROM oms_private.tenant_secret")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        app_conn.execute("SELECT * FROM oms_private.verified_token()")
    # The resolver names only ids; an id is no credential any more.
    assert app_conn.execute("SELECT * FROM public.oms_resolve_integration('api', '')").fetchall() == []
