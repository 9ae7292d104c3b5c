"""`oms message show ID`, `oms order show ID`: what the read API answers, for operators.

The id alone names the row (looked up across tenants); it is then read in its tenant's session and
printed as the JSON `GET /v1/messages/{id}` / `GET /v1/orders/{id}` return. Exit 1 if there is no such row.
"""

from __future__ import annotations

import json

import click

from cli.errors import fail, handles_errors, parse_uuid


def _show(table: str, value: str, what: str) -> None:
    from db.tenants import owner_of
    from ingress.read_api import message_view, order_view

    row_id = parse_uuid(value, "ID")
    tenant = owner_of(table, row_id)
    view = None
    if tenant is not None:
        view = message_view(tenant, row_id) if table == "messages" else order_view(tenant, row_id)
    if view is None:
        fail(f"no {what} {row_id}", 1)
    click.echo(json.dumps({"distributor_id": str(tenant), **view}, indent=2))


@click.group("message")
def message() -> None:
    """Inbound messages."""


@message.command("show")
@click.argument("message_id", metavar="ID")
@handles_errors()
def message_show(message_id: str) -> None:
    """A message's processing status, intent, PII found (types and positions) and its order."""
    _show("messages", message_id, "message")


@click.group("order")
def order() -> None:
    """Orders made from messages."""


@order.command("show")
@click.argument("order_id", metavar="ID")
@handles_errors()
def order_show(order_id: str) -> None:
    """An order with its lines, prices, customer and source message."""
    _show("orders", order_id, "order")


COMMANDS = (message, order)
