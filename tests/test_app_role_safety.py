"""`oms db upgrade` never demotes or rewrites a role it did not create, and refuses, changing nothing, an
application role that could bypass the tenant wall. Every role here is created (and dropped) by the test
itself; the machine's own roles are only ever read."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from db import migrate
from db.tenant_token import PIPELINE_ROLE
from tests.conftest import PG_ADMIN, _with_db
from worker.settings import load_settings


def role_facts(role: str) -> tuple[Any, ...] | None:
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        return conn.execute(
            "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcanlogin, rolpassword,"
            " shobj_description(oid, 'pg_authid') FROM pg_authid WHERE rolname = %s",
            (role,),
        ).fetchone()


def database_exists(name: str) -> bool:
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


@pytest.fixture()
def make_role() -> Iterator[Any]:
    """Create roles for one test (``CREATE ROLE <name> <options>``); dropped, with what they own, after."""
    made: list[str] = []

    def make(options: str) -> str:
        role = f"oms_t_role_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE ROLE {} " + options).format(sql.Identifier(role)))
        made.append(role)
        return role

    yield make
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        for role in made:
            conn.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture()
def target() -> Iterator[str]:
    """A database name for upgrade to create (dropped afterwards if it was)."""
    name = f"oms_role_{uuid.uuid4().hex[:8]}"
    yield name
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def settings_for(dbname: str, app_role: str, admin_role: str | None = None, password: str | None = None):  # type: ignore[no-untyped-def]
    app_user = f"{app_role}:{password}" if password else app_role
    return load_settings(
        {
            "OMS_ADMIN_DATABASE_URL": _with_db(PG_ADMIN, dbname, user=admin_role),
            "OMS_ENV": "test",
            "DATABASE_URL": _with_db(PG_ADMIN, dbname, user=app_user),
        }
    )


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ("LOGIN SUPERUSER", "is a superuser"),
        ("LOGIN BYPASSRLS", "has BYPASSRLS"),
        ("LOGIN CREATEROLE", "has CREATEROLE"),
    ],
)
def test_a_privileged_role_is_refused_and_left_as_it_was(make_role, target, options, reason) -> None:  # type: ignore[no-untyped-def]
    role = make_role(options)
    before = role_facts(role)
    with pytest.raises(migrate.UnsafeAppRole, match=reason) as info:
        migrate.upgrade(settings_for(target, role))
    assert "Nothing was changed" in str(info.value) and role in str(info.value)
    assert role_facts(role) == before
    assert not database_exists(target)


def test_a_role_that_owns_something_is_refused(make_role, target, database) -> None:  # type: ignore[no-untyped-def]
    role = make_role("LOGIN")
    schema = sql.Identifier(role)
    with psycopg.connect(database["admin_url"], autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {} AUTHORIZATION {}").format(schema, schema))
        try:
            with pytest.raises(migrate.UnsafeAppRole, match="owns database objects"):
                migrate.upgrade(settings_for(target, role))
        finally:
            conn.execute(sql.SQL("DROP SCHEMA {}").format(schema))
    assert not database_exists(target)


def test_the_admin_role_and_members_of_powerful_roles_are_refused(make_role, target) -> None:  # type: ignore[no-untyped-def]
    admin = make_role("LOGIN")  # no attributes: only "it is the admin URL's role" stops it
    with pytest.raises(migrate.UnsafeAppRole, match="OMS_ADMIN_DATABASE_URL"):
        migrate.upgrade(settings_for(target, admin, admin_role=admin))
    powerful = make_role("NOLOGIN BYPASSRLS")
    member = make_role("LOGIN")
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(powerful), sql.Identifier(member)))
    with pytest.raises(migrate.UnsafeAppRole, match=f"member of {powerful}"):
        migrate.upgrade(settings_for(target, member))
    assert not database_exists(target)


def test_a_member_of_the_pipeline_role_is_refused(make_role, target, database) -> None:  # type: ignore[no-untyped-def]
    """The pipeline's functions trust their checked tenant only as that role (0046): a member could SET ROLE."""
    member = make_role("LOGIN")
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(PIPELINE_ROLE), sql.Identifier(member)))
    with pytest.raises(migrate.UnsafeAppRole, match=f"member of {PIPELINE_ROLE}"):
        migrate.upgrade(settings_for(target, member))
    assert not database_exists(target)


def test_a_role_it_did_not_create_is_granted_but_never_altered(make_role, target) -> None:  # type: ignore[no-untyped-def]
    role = make_role("LOGIN PASSWORD 'set-by-the-operator'")
    before = role_facts(role)
    s = settings_for(target, role, password="something-else")
    migrate.upgrade(s)
    assert role_facts(role) == before  # password, attributes and comment untouched
    with psycopg.connect(_with_db(PG_ADMIN, target, user=role)) as conn:  # trust auth: granted and usable
        assert conn.execute("SELECT count(*) FROM products").fetchone() == (0,)


def test_the_role_it_creates_is_marked_and_the_cli_refusal_is_one_line(target, make_role) -> None:  # type: ignore[no-untyped-def]
    created = f"oms_t_role_{uuid.uuid4().hex[:10]}"
    try:
        migrate.upgrade(settings_for(target, created, password="pw-1"))
        facts = role_facts(created)
        assert facts is not None and facts[5] == migrate.ROLE_MARKER
        assert facts[:3] == (False, False, False)
        migrate.upgrade(settings_for(target, created, password="pw-2"))  # ours: its password follows the URL
        assert (role_facts(created) or ())[4] != facts[4]
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(target)))
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(created)))

    superuser = make_role("LOGIN SUPERUSER")
    env = {
        **os.environ,
        "OMS_ADMIN_DATABASE_URL": _with_db(PG_ADMIN, target),
        "DATABASE_URL": _with_db(PG_ADMIN, target, user=superuser),
    }
    oms = Path(sys.executable).parent / "oms"
    done = subprocess.run([str(oms), "db", "upgrade"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: configuration: DATABASE_URL names role '{superuser}', which is a superuser. "
        "The application role must be a plain login role that owns nothing; point DATABASE_URL at a new "
        "role name (upgrade creates it) or fix that role yourself. Nothing was changed."
    ]
    assert (role_facts(superuser) or ())[0] is True and not database_exists(target)
