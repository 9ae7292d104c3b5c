"""The `oms` command line: one entry point for every process and admin task."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Callable
from decimal import Decimal
from functools import wraps
from typing import Any, TypeVar

import click

from worker.settings import SettingsError, get_settings

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def handles_errors(fn: F) -> F:
    """Turn expected failures into one clear line and a non-zero exit instead of a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        import sqlalchemy.exc

        try:
            return fn(*args, **kwargs)
        except SettingsError as exc:
            _fail(f"configuration: {exc}", 2)
        except sqlalchemy.exc.OperationalError as exc:
            _fail(f"database unreachable: {str(exc.orig).strip().splitlines()[0]}", 3)
        except sqlalchemy.exc.ProgrammingError as exc:
            first = str(exc.orig).strip().splitlines()[0]
            _fail(f"database not ready ({first}); run `oms db upgrade` first", 3)

    return wrapper  # type: ignore[return-value]


def _uuid(value: str, what: str = "--distributor") -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a UUID", param_hint=what) from None


@click.group()
@click.version_option(package_name="oms-worker")
def main() -> None:
    """oms-worker: inbound order messages to orders, with metered AI and signed webhooks."""
    from worker.logs import configure_logging

    try:
        s = get_settings()
    except SettingsError as exc:
        _fail(f"configuration: {exc}", 2)
    configure_logging(s.log_level, s.log_format)


# ----------------------------------------------------------------------------- db
@main.group()
def db() -> None:
    """Schema migrations (run as the owner role from OMS_ADMIN_DATABASE_URL)."""


@db.command("upgrade")
@click.argument("revision", default="head")
@handles_errors
def db_upgrade(revision: str) -> None:
    """Create the database and app role if missing, migrate to REVISION (default head), grant."""
    from db import migrate

    s = get_settings()
    migrate.upgrade(s, revision)
    click.echo(f"database {s.database_name} at revision {migrate.current(s)}; app role {s.app_role} granted")


@db.command("downgrade")
@click.argument("revision")
@handles_errors
def db_downgrade(revision: str) -> None:
    """Migrate down to REVISION (`base` drops everything)."""
    from db import migrate

    s = get_settings()
    migrate.downgrade(s, revision)
    click.echo(f"database {s.database_name} at revision {migrate.current(s) or 'base'}")


@db.command("current")
@handles_errors
def db_current() -> None:
    from db import migrate

    click.echo(migrate.current(get_settings()) or "base")


# ----------------------------------------------------------------------------- tenants
@main.group()
def tenant() -> None:
    """Distributors (tenants)."""


@tenant.command("create")
@click.argument("name")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.85,
    show_default=True,
    help="ai_confidence_threshold: orders at or above it are auto-confirmed",
)
@click.option(
    "--budget-usd",
    type=click.FloatRange(min=0),
    default=50.0,
    show_default=True,
    help="monthly_ai_budget_usd",
)
@click.option("--currency", default="EUR", show_default=True)
@handles_errors
def tenant_create(name: str, threshold: float, budget_usd: float, currency: str) -> None:
    """Create a distributor and print its id."""
    from db.tenants import create_tenant

    try:
        info = create_tenant(
            name, threshold=Decimal(str(threshold)), budget_usd=Decimal(str(budget_usd)), currency=currency
        )
    except ValueError as exc:
        _fail(str(exc), 2)
    click.echo(str(info.id))


@tenant.command("list")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@handles_errors
def tenant_list(as_json: bool) -> None:
    from db.tenants import list_tenants

    rows = list_tenants()
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        **r.__dict__,
                        "id": str(r.id),
                        "ai_confidence_threshold": str(r.ai_confidence_threshold),
                        "monthly_ai_budget_usd": str(r.monthly_ai_budget_usd),
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return
    click.echo(f"{'ID':36}  {'THRESHOLD':>9}  {'BUDGET USD':>10}  NAME")
    for r in rows:
        click.echo(f"{r.id!s:36}  {r.ai_confidence_threshold:>9}  {r.monthly_ai_budget_usd:>10}  {r.name}")


# ----------------------------------------------------------------------------- catalog
@main.group()
def catalog() -> None:
    """A distributor's product catalog."""


@catalog.command("import")
@click.option("--distributor", "distributor", required=True, help="distributor id")
@click.argument("file", type=click.Path(dir_okay=False))
@handles_errors
def catalog_import(distributor: str, file: str) -> None:
    """Import FILE (JSON or CSV); all or nothing, updates existing products by sku."""
    from db.catalog_import import CatalogError, import_catalog, parse_file

    tenant_id = _uuid(distributor)
    try:
        parsed = parse_file(file)
        result = import_catalog(tenant_id, parsed)
    except CatalogError as exc:
        _fail(f"{file}: {exc} (nothing was imported)", 2)
    click.echo(
        f"imported {result.products_created + result.products_updated} products "
        f"({result.products_created} new, {result.products_updated} updated), "
        f"{result.categories} categories, {result.variants} variants"
    )


if __name__ == "__main__":  # pragma: no cover
    main()
