"""The `oms` command line: one entry point for every process and admin task."""

from __future__ import annotations

import json
import sys
import uuid
from decimal import Decimal

import click

from worker.cli_errors import fail as _fail
from worker.cli_errors import handles_errors
from worker.settings import SettingsError, get_settings


def _uuid(value: str, what: str = "--distributor") -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a UUID", param_hint=what) from None


@click.group()
@click.version_option(package_name="oms-worker")
def main() -> None:
    """oms-worker: inbound customer messages to orders, with metered AI, for many distributors."""
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
@handles_errors()
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
@handles_errors()
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
@handles_errors()
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


# ----------------------------------------------------------------------------- processes
@main.command("worker")
@click.option(
    "--processes",
    "-p",
    type=click.IntRange(min=1),
    default=None,
    help="worker processes (default: CPU count)",
)
@click.option(
    "--threads", "-t", type=click.IntRange(min=1), default=8, show_default=True, help="threads per process"
)
@click.option("--queues", "-Q", multiple=True, help="only these queues (default: all)")
def worker_cmd(processes: int | None, threads: int, queues: tuple[str, ...]) -> None:
    """Run dramatiq workers for every pipeline actor."""
    import os

    args = [
        sys.executable,
        "-m",
        "dramatiq",
        "worker.runtime",
        "--skip-logging",
        "--processes",
        str(processes or os.cpu_count() or 1),
        "--threads",
        str(threads),
        "--worker-shutdown-timeout",
        "30000",
    ]
    if queues:
        args += ["--queues", *queues]
    # Every worker thread may hold a connection; the pool never opens more than its size (no overflow).
    os.environ.setdefault("OMS_DB_POOL_SIZE", str(threads + 2))
    os.execv(sys.executable, args)


@main.command("dev")
@click.option("--port", type=int, default=None, help="ingress port (default $PORT or 8000)")
@click.option("--processes", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--threads", type=click.IntRange(min=1), default=8, show_default=True)
@click.option("--no-migrate", is_flag=True, help="skip `oms db upgrade` before starting")
def dev_cmd(port: int | None, processes: int, threads: int, no_migrate: bool) -> None:
    """Ingress and workers together on this machine, logs prefixed; Ctrl-C stops both."""
    from worker.dev import run_dev

    sys.exit(run_dev(port=port, processes=processes, threads=threads, migrate=not no_migrate))


@main.command("eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--catalog",
    "catalog_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="catalog JSON (default: catalog.json beside the corpus)",
)
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.85, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "--failures",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="how many misclassified messages to list",
)
def eval_cmd(corpus: str, catalog_path: str | None, threshold: float, as_json: bool, failures: int) -> None:
    """Score the pipeline's language stages on a labelled JSONL corpus."""
    from pathlib import Path

    from jobs.evaluation import evaluate
    from jobs.matching import CatalogIndex, load_catalog_json

    cat = Path(catalog_path) if catalog_path else Path(corpus).with_name("catalog.json")
    if not cat.is_file():
        _fail(f"no catalog: pass --catalog (looked for {cat})", 2)
    rows = []
    for n, raw in enumerate(Path(corpus).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            _fail(f"{corpus}: line {n}: invalid JSON ({exc.msg})", 2)
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("text"), str)
            or not isinstance(row.get("intent"), str)
        ):
            _fail(f"{corpus}: line {n}: each row needs string fields 'text' and 'intent'", 2)
        if not isinstance(row.get("lines", []), list):
            _fail(f"{corpus}: line {n}: 'lines' must be a list of {{sku, quantity}}", 2)
        rows.append(row)
    index = CatalogIndex.build(load_catalog_json(cat))
    report = evaluate(rows, index, threshold=threshold)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, default=str))
    else:
        click.echo(report.as_text(max_failures=failures))


# ----------------------------------------------------------------------------- operations
@main.command("sweep")
@click.option("--older-than", type=click.IntRange(min=0), default=300, show_default=True, help="seconds")
@handles_errors()
def sweep_cmd(older_than: int) -> None:
    """Re-enqueue messages that stalled before finishing the pipeline (all tenants)."""
    from jobs.maintenance import sweep_stalled

    click.echo(f"re-enqueued {sweep_stalled(older_than)} stalled message(s)")


@main.command("dead-letters")
@click.option("--distributor", default=None)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@handles_errors()
def dead_letters_cmd(distributor: str | None, limit: int) -> None:
    """Messages that failed for good, with the stage and error."""
    from jobs.maintenance import dead_letters

    rows = dead_letters(_uuid(distributor) if distributor else None, limit)
    if not rows:
        click.echo("no dead letters")
        return
    for r in rows:
        click.echo(
            f"{r.message_id}  {r.distributor_id}  {r.failed_at:%Y-%m-%d %H:%M:%S}  {r.stage or '-'}  {r.error}"
        )


@main.command("replay")
@click.argument("message_id")
@click.option("--distributor", required=True)
@handles_errors()
def replay_cmd(message_id: str, distributor: str) -> None:
    """Send a FAILED message through the pipeline again."""
    from jobs.maintenance import replay

    if not replay(_uuid(message_id, "MESSAGE_ID"), _uuid(distributor)):
        _fail(f"message {message_id} is not a dead letter of distributor {distributor}", 2)
    click.echo(f"replaying {message_id}")


def _register_ingress_commands() -> None:
    from ingress.commands import register

    register(main)
    from worker import cli_customers, cli_scheduler

    for command in (*cli_customers.COMMANDS, *cli_scheduler.COMMANDS):
        main.add_command(command)


_register_ingress_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
