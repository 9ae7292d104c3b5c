"""`oms db upgrade|downgrade|current`: schema migrations as the owner role."""

from __future__ import annotations

import click

from cli.errors import handles_errors
from worker.settings import get_settings


@click.group("db")
def db() -> None:
    """Schema migrations (run as the owner role from OMS_ADMIN_DATABASE_URL)."""


@db.command("upgrade")
@click.argument("revision", default="head")
@handles_errors()
def db_upgrade(revision: str) -> None:
    """Create the database and app role if missing, migrate to REVISION (default head), grant."""
    from db import migrate

    s = get_settings()
    migrate.upgrade(s, revision)
    click.echo(f"database {s.database_name} at revision {migrate.current(s)}; app role {s.app_role} granted")


@db.command("downgrade")
@click.argument("revision")
@handles_errors()
def db_downgrade(revision: str) -> None:
    """Migrate down to REVISION (`base` drops everything)."""
    from db import migrate

    s = get_settings()
    migrate.downgrade(s, revision)
    click.echo(f"database {s.database_name} at revision {migrate.current(s) or 'base'}")


@db.command("current")
@handles_errors()
def db_current() -> None:
    from db import migrate

    click.echo(migrate.current(get_settings()) or "base")


COMMANDS = (db,)
