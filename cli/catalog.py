"""`oms catalog import`: a distributor's product catalog from JSON or CSV."""

from __future__ import annotations

import click

from cli.errors import fail, handles_errors, parse_uuid


@click.group("catalog")
def catalog() -> None:
    """A distributor's product catalog."""


@catalog.command("import")
@click.option("--distributor", "distributor", required=True, help="distributor id")
@click.argument("file", type=click.Path(dir_okay=False))
@handles_errors()
def catalog_import(distributor: str, file: str) -> None:
    """Import FILE (JSON or CSV); all or nothing, updates existing products by sku."""
    from db.catalog_import import CatalogError, import_catalog, parse_file

    tenant_id = parse_uuid(distributor)
    try:
        parsed = parse_file(file)
        result = import_catalog(tenant_id, parsed)
    except CatalogError as exc:
        fail(f"{file}: {exc} (nothing was imported)", 2)
    click.echo(
        f"imported {result.products_created + result.products_updated} products "
        f"({result.products_created} new, {result.products_updated} updated), "
        f"{result.categories} categories, {result.variants} variants"
        + (f"; {result.products_unchanged} unchanged, not written" if result.products_unchanged else "")
    )


COMMANDS = (catalog,)
