"""Row-level security, exercised as the application role over every tenant table."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from db.models import TENANT_TABLES
from db.session import app_session, privileged_session, tenant_session
from tests.factories import seed_every_table

ALL_TABLES = (*TENANT_TABLES, "distributors")


@pytest.fixture()
def two_seeded_tenants(tenant, other_tenant):  # type: ignore[no-untyped-def]
    with privileged_session() as s:
        seed_every_table(s, tenant.id)
        seed_every_table(s, other_tenant.id)
    return tenant.id, other_tenant.id


def _owner_col(table: str) -> str:
    return "id" if table == "distributors" else "distributor_id"


def test_app_role_is_not_owner_and_cannot_bypass_rls(settings, database):  # type: ignore[no-untyped-def]
    with app_session() as s:
        row = s.execute(
            text("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
        ).one()
        assert row == (False, False)
        owned = s.execute(
            text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
        ).scalar_one()
        assert owned == 0


def test_rls_is_enabled_and_forced_on_every_tenant_table(settings):  # type: ignore[no-untyped-def]
    with privileged_session() as s:
        rows = dict(
            s.execute(
                text(
                    "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
                    "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
                )
            ).all()
        )
    for table in ALL_TABLES:
        assert rows[table] is True, f"{table} lacks enabled+forced RLS"


@pytest.mark.parametrize("table", ALL_TABLES)
def test_tenant_cannot_read_update_delete_or_insert_other_tenants_rows(table, two_seeded_tenants):  # type: ignore[no-untyped-def]
    a, b = two_seeded_tenants
    col = _owner_col(table)
    with tenant_session(a) as s:
        visible = s.execute(text(f"SELECT DISTINCT {col} FROM {table}")).scalars().all()
        assert visible == [a] or (table == "customer_labels" and set(visible) <= {a, None})
        assert s.execute(text(f"SELECT count(*) FROM {table} WHERE {col} = :b"), {"b": b}).scalar_one() == 0
        if table not in ("data_access_audit", "distributors"):  # no UPDATE/DELETE privilege at all
            updated = s.execute(text(f"UPDATE {table} SET {col} = {col} WHERE {col} = :b"), {"b": b})
            assert updated.rowcount == 0
            deleted = s.execute(text(f"DELETE FROM {table} WHERE {col} = :b"), {"b": b})
            assert deleted.rowcount == 0
    if table == "distributors":
        return  # creating tenants is privileged; covered by the INSERT privilege test below
    # A forged distributor_id: copy one of A's own rows, claiming it belongs to B.
    with pytest.raises(ProgrammingError, match="row-level security"), tenant_session(a) as s:
        s.execute(
            text(
                f"INSERT INTO {table} SELECT (jsonb_populate_record(NULL::{table}, to_jsonb(t) || "
                f"jsonb_build_object('distributor_id', CAST(:b AS text)))).* FROM {table} t LIMIT 1"
            ),
            {"b": str(b)},
        )
    # B's rows are still all there, untouched.
    with tenant_session(b) as s:
        assert s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() >= 1


@pytest.mark.parametrize("table", ALL_TABLES)
def test_session_without_tenant_sees_nothing(table, two_seeded_tenants):  # type: ignore[no-untyped-def]
    with app_session() as s:
        where = " WHERE distributor_id IS NOT NULL" if table == "customer_labels" else ""
        assert s.execute(text(f"SELECT count(*) FROM {table}{where}")).scalar_one() == 0


def test_app_role_cannot_create_tenants_or_rewrite_the_audit_trail(two_seeded_tenants):  # type: ignore[no-untyped-def]
    a, _ = two_seeded_tenants
    with pytest.raises(ProgrammingError, match="permission denied"), tenant_session(a) as s:
        s.execute(text("INSERT INTO distributors (name) VALUES ('sneaky')"))
    with pytest.raises(ProgrammingError, match="permission denied"), tenant_session(a) as s:
        s.execute(text("DELETE FROM data_access_audit"))


def test_tenant_setting_does_not_leak_to_the_next_transaction(two_seeded_tenants):  # type: ignore[no-untyped-def]
    a, _ = two_seeded_tenants
    with tenant_session(a) as s:
        assert s.execute(text("SELECT count(*) FROM customers")).scalar_one() == 1
    for _ in range(5):  # same pool, same connections: SET LOCAL must be gone
        with app_session() as s:
            assert s.execute(text("SELECT count(*) FROM customers")).scalar_one() == 0
