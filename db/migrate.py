"""`oms db upgrade|downgrade`: Alembic run as the owner, plus the application role it grants to.

The owner (OMS_ADMIN_DATABASE_URL) owns every table and runs migrations; the application role
(the user in DATABASE_URL) owns nothing, has no BYPASSRLS, and gets exactly the privileges the
worker and ingress need. Upgrade creates the database and the role when they are missing, so a
fresh PostgreSQL needs nothing done by hand.

Upgrade never demotes a role. Before changing anything it checks the role DATABASE_URL names and
refuses (:class:`UnsafeAppRole`) when that role is a superuser, has BYPASSRLS or CREATEROLE, owns
anything, is the admin URL's role, or is a member of such a role or of the pipeline functions' role
(``oms_pipeline``, migration 0046: only the owner may be its member): pointing DATABASE_URL at
``postgres`` must not leave the cluster without a superuser, and row-level security means nothing
for a role that bypasses it. A role upgrade created itself carries :data:`ROLE_MARKER` as its
comment, and only such a role is ever altered (its password, from DATABASE_URL); a role someone
else created is granted privileges and otherwise left as it is.
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

from db.tenant_token import PIPELINE_ROLE
from worker.settings import Settings, SettingsError, libpq_url, sqlalchemy_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
#: The comment `oms db upgrade` puts on the application role it creates: the only roles it alters.
ROLE_MARKER = "oms-worker application role, created by oms db upgrade"


class UnsafeAppRole(SettingsError):
    """DATABASE_URL names a role that must not be the application role; nothing was changed."""


_ROLE_FACTS = """
SELECT r.oid, r.rolsuper, r.rolbypassrls, r.rolcreaterole,
       shobj_description(r.oid, 'pg_authid') AS comment,
       EXISTS (SELECT 1 FROM pg_shdepend d
               WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.deptype = 'o')
         OR EXISTS (SELECT 1 FROM pg_database WHERE datdba = r.oid)
         OR EXISTS (SELECT 1 FROM pg_tablespace WHERE spcowner = r.oid) AS owns,
       (SELECT string_agg(m.rolname, ', ' ORDER BY m.rolname) FROM pg_roles m
        WHERE NOT r.rolsuper AND m.oid <> r.oid AND pg_has_role(r.oid, m.oid, 'MEMBER')
          AND (m.rolsuper OR m.rolbypassrls OR m.rolcreaterole
               OR m.rolname IN (current_user, session_user, %s)
               OR EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass
                          AND d.refobjid = m.oid AND d.deptype = 'o'))) AS powerful_memberships
FROM pg_roles r WHERE r.rolname = %s
"""


def _maintenance_url(admin_url: str) -> str:
    """The admin URL pointed at the ``postgres`` database: it exists before ours does."""
    return urlunsplit(urlsplit(libpq_url(admin_url))._replace(path="/postgres"))


def check_app_role(admin_url: str, role: str) -> bool:
    """Refuse an application role that could bypass or rewrite the tenant wall, or whose demotion would
    break something else; True when the role exists and was created by `oms db upgrade` (may be altered).

    Reads the catalogs only, before anything is created or changed."""
    with psycopg.connect(_maintenance_url(admin_url), autocommit=True) as conn:
        admin_roles = conn.execute("SELECT current_user, session_user").fetchone() or ()
        facts = conn.execute(_ROLE_FACTS, (PIPELINE_ROLE, role)).fetchone()
    problems = []
    if role in admin_roles:
        problems.append("is the role of OMS_ADMIN_DATABASE_URL (the owner)")
    if facts is not None:
        _, superuser, bypassrls, createrole, _, owns, memberships = facts
        problems += [
            what
            for flag, what in (
                (superuser, "is a superuser"),
                (bypassrls, "has BYPASSRLS"),
                (createrole, "has CREATEROLE"),
                (owns, "owns database objects"),
            )
            if flag
        ]
        if memberships:
            problems.append(f"is a member of {memberships}, which it could SET ROLE to")
    if problems:
        raise UnsafeAppRole(
            f"DATABASE_URL names role {role!r}, which {' and '.join(problems)}. The application role must "
            "be a plain login role that owns nothing; point DATABASE_URL at a new role name (upgrade "
            "creates it) or fix that role yourself. Nothing was changed."
        )
    return facts is not None and facts[4] == ROLE_MARKER


def alembic_config(admin_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", sqlalchemy_url(admin_url).replace("%", "%%"))
    return cfg


def ensure_database(admin_url: str) -> bool:
    """Create the target database if it does not exist yet; True when it was created."""
    name = urlsplit(libpq_url(admin_url)).path.lstrip("/")
    with psycopg.connect(_maintenance_url(admin_url), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists:
            return False
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return True


def ensure_app_role(admin_url: str, role: str, password: str | None) -> None:
    """Create the application role when missing (marked as ours); it may log in but owns nothing and
    bypasses nothing. Of an existing role only one we created is altered, and only its password."""
    ours = check_app_role(admin_url, role)
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        ident = sql.Identifier(role)
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if not exists:
            stmt = sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE").format(
                ident
            )
            if password:
                stmt = stmt + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
            with conn.transaction():
                conn.execute(stmt)
                conn.execute(sql.SQL("COMMENT ON ROLE {} IS {}").format(ident, sql.Literal(ROLE_MARKER)))
        elif ours and password:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password)))


#: The SECURITY DEFINER functions (run with their owner's rights; migration 0048 took PUBLIC's EXECUTE on them) that
#: every session of ours calls: the policies (the tenant, a permission) and the audit triggers.
CLAIMS_PATH = (
    "public.oms_token_tenant()",
    "public.oms_may(text)",
    "public.oms_current_role()",
    "public.oms_current_user_id()",
)
#: ... and those the application calls itself: the pipeline's entry points, the ingress's resolvers, the schema check.
APP_ENTRY = (
    "public.oms_ingest_message(uuid, uuid, text, text, text, text, boolean, text, text, text, text, text, jsonb, "
    "timestamp with time zone)",
    "public.oms_message_snapshot(uuid, uuid, text)",
    "public.oms_latest_order(uuid, uuid)",
    "public.oms_record_pipeline(uuid, uuid, jsonb)",
    "public.oms_record_paid(uuid, uuid, jsonb, uuid, jsonb)",
    "public.oms_resolve_api_key(text)",
    "public.oms_resolve_integration(text, text)",
    "public.oms_schema_revision()",
)


def grant_app_role(admin_url: str, role: str) -> None:
    """Grant exactly what the app needs; the audit trail is append-only for it. The pipeline's role
    (migration 0046), which runs the app's pipeline functions, gets the same on the tables. EXECUTE: on the
    SECURITY DEFINER functions each calls (`CLAIMS_PATH`, and `APP_ENTRY` for the app; migration 0052), those that
    exist at this revision; every other function of ours runs with the caller's rights, and PostgreSQL lets any
    role call it."""
    dbname = urlsplit(libpq_url(admin_url)).path.lstrip("/")
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        roles = [role]
        at_0046 = conn.execute("SELECT to_regprocedure('public.oms_pipeline_enter()') IS NOT NULL").fetchone()
        if at_0046 == (True,):
            roles.append(PIPELINE_ROLE)
        for grantee in roles:
            app = grantee == role
            calls = CLAIMS_PATH + APP_ENTRY if app else CLAIMS_PATH
            found = conn.execute(
                "SELECT f FROM unnest(%s::text[]) f WHERE to_regprocedure(f) IS NOT NULL", (list(calls),)
            ).fetchall()
            for stmt in _grants(dbname, grantee, login=app, functions=[f for (f,) in found]):
                conn.execute(stmt)


def _grants(dbname: str, role: str, *, login: bool, functions: list[str]) -> list[sql.Composed]:
    ident = sql.Identifier(role)
    connect = [sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(dbname), ident)]
    # ``functions``: signatures of ours (`CLAIMS_PATH`, `APP_ENTRY`), never the caller's text
    execute = [sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(sql.SQL(f), ident) for f in functions]  # type: ignore[arg-type]
    return (
        (connect if login else [])
        + [
            sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident),
            sql.SQL("GRANT USAGE ON SCHEMA auth TO {}").format(ident),
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(
                ident
            ),
            sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON public.data_access_audit FROM {}").format(ident),
            sql.SQL("REVOKE INSERT, UPDATE, DELETE ON public.distributors FROM {}").format(ident),
            sql.SQL("REVOKE ALL ON public.alembic_version FROM {}").format(ident),
            sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(ident),
        ]
        + execute
    )


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
    check_app_role(settings.admin_database_url, settings.app_role)  # before anything is created
    ensure_database(settings.admin_database_url)
    ensure_app_role(settings.admin_database_url, settings.app_role, settings.app_password)
    with _admin_transaction(settings) as conn:
        command.upgrade(_alembic(conn, settings), revision)
    grant_app_role(settings.admin_database_url, settings.app_role)
    sync_tenant_key(settings)


def sync_tenant_key(settings: Settings) -> None:
    """The tenant-token key (from OMS_MASTER_KEY) and the app role's name where the database checks
    tokens (migration 0013), written at every upgrade; nothing to do below that revision."""
    from db.tenant_token import sync_key

    with psycopg.connect(libpq_url(settings.admin_database_url), autocommit=True) as conn:
        if conn.execute("SELECT to_regclass('oms_private.tenant_secret')").fetchone() == (None,):
            return
        sync_key(conn, settings.master_key, settings.app_role)


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
