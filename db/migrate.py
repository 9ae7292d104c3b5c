"""`oms db upgrade|downgrade`: Alembic run as the owner, plus the application role it grants to.

The owner (OMS_ADMIN_DATABASE_URL) owns every table and runs migrations; the application role
(the user in DATABASE_URL) owns nothing, has no BYPASSRLS, and gets exactly the privileges the
worker and ingress need. Upgrade creates the database and the role when they are missing, so a
fresh PostgreSQL needs nothing done by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from alembic import command
from alembic.config import Config
from psycopg import sql
from sqlalchemy import Connection, create_engine, pool

from worker.settings import Settings, libpq_url, sqlalchemy_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(admin_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", sqlalchemy_url(admin_url).replace("%", "%%"))
    return cfg


def ensure_database(admin_url: str) -> bool:
    """Create the target database if it does not exist yet; True when it was created."""
    parts = urlsplit(libpq_url(admin_url))
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists:
            return False
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return True


def ensure_app_role(admin_url: str, role: str, password: str | None) -> None:
    """Create the application role when missing; it may log in but owns nothing and bypasses nothing."""
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if not exists:
            stmt = sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE").format(
                sql.Identifier(role)
            )
            if password:
                stmt = stmt + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
            conn.execute(stmt)
        elif password:
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(role), sql.Literal(password))
            )
        conn.execute(sql.SQL("ALTER ROLE {} NOBYPASSRLS NOSUPERUSER").format(sql.Identifier(role)))


def grant_app_role(admin_url: str, role: str) -> None:
    """Grant exactly what the app needs; the audit trail is append-only for it."""
    ident = sql.Identifier(role)
    dbname = urlsplit(libpq_url(admin_url)).path.lstrip("/")
    statements = [
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(dbname), ident),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident),
        sql.SQL("GRANT USAGE ON SCHEMA auth TO {}").format(ident),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(ident),
        sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON public.data_access_audit FROM {}").format(ident),
        sql.SQL("REVOKE INSERT, UPDATE, DELETE ON public.distributors FROM {}").format(ident),
        sql.SQL("REVOKE ALL ON public.alembic_version FROM {}").format(ident),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(ident),
        sql.SQL("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {}").format(ident),
    ]
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        for stmt in statements:
            conn.execute(stmt)


@contextmanager
def _admin_transaction(settings: Settings) -> Iterator[Connection]:
    """One owner connection in a transaction, with no pool left behind."""
    engine = create_engine(sqlalchemy_url(settings.admin_database_url), poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def _alembic(conn: Connection, settings: Settings) -> Config:
    cfg = alembic_config(settings.admin_database_url)
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(settings: Settings, revision: str = "head") -> None:
    ensure_database(settings.admin_database_url)
    ensure_app_role(settings.admin_database_url, settings.app_role, settings.app_password)
    with _admin_transaction(settings) as conn:
        command.upgrade(_alembic(conn, settings), revision)
    grant_app_role(settings.admin_database_url, settings.app_role)


def downgrade(settings: Settings, revision: str) -> None:
    with _admin_transaction(settings) as conn:
        command.downgrade(_alembic(conn, settings), revision)


def current(settings: Settings) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with _admin_transaction(settings) as conn:
        return MigrationContext.configure(conn).get_current_revision()


@lru_cache(maxsize=1)
def head() -> str | None:
    """The newest revision this code knows (the script directory's head; there is always exactly one)."""
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head()


def schema_revision(settings: Settings) -> str | None:
    """The database's revision as the application role sees it (through oms_schema_revision(),
    migration 0009); None when the database predates that function (so it is behind too)."""
    with psycopg.connect(libpq_url(settings.database_url), connect_timeout=3, autocommit=True) as conn:
        try:
            row = conn.execute("SELECT public.oms_schema_revision()").fetchone()
        except psycopg.errors.UndefinedFunction:
            return None
    return row[0] if row else None
