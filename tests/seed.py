"""Small builders shared by pipeline tests: a tenant with the shipped catalog, and inbound messages; and
the order the pipeline made from a message."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db import models as m
from db.catalog_import import import_catalog, parse_file
from db.enums import Channel
from db.session import tenant_session

CATALOG = Path(__file__).parent / "data" / "catalog.json"


def import_shipped_catalog(distributor_id: uuid.UUID) -> None:
    import_catalog(distributor_id, parse_file(CATALOG))


def insert_message(
    distributor_id: uuid.UUID,
    body: str,
    *,
    phone: str | None = None,
    media: list[dict[str, Any]] | None = None,
    channel: Channel = Channel.SMS,
) -> uuid.UUID:
    """A committed inbound message as the ingress would leave it (status RECEIVED)."""
    phone = phone or f"+4477009{uuid.uuid4().int % 100000:05d}"
    with tenant_session(distributor_id) as s:
        customer = s.query(m.Customer).filter_by(phone=phone).one_or_none()
        if customer is None:
            customer = m.Customer(
                distributor_id=distributor_id,
                business_name=phone,
                customer_code=f"C-{uuid.uuid4().hex[:8]}",
                phone=phone,
            )
            s.add(customer)
            s.flush()
        conv = s.query(m.Conversation).filter_by(customer_id=customer.id, channel=channel).one_or_none()
        if conv is None:
            conv = m.Conversation(distributor_id=distributor_id, customer_id=customer.id, channel=channel)
            s.add(conv)
            s.flush()
        msg = m.Message(
            distributor_id=distributor_id,
            conversation_id=conv.id,
            customer_id=customer.id,
            content=body,
            media=media or [],
        )
        s.add(msg)
        s.flush()
        return msg.id


def order_for(
    distributor_id: uuid.UUID, message_id: uuid.UUID | str
) -> tuple[m.Order | None, list[m.OrderProduct]]:
    """The order made from a source message and its lines by line number, read as the tenant;
    (None, []) when there is no order."""
    with tenant_session(distributor_id) as s:
        order = s.scalars(select(m.Order).where(m.Order.source_message_id == message_id)).one_or_none()
        if order is None:
            return None, []
        lines = s.scalars(
            select(m.OrderProduct)
            .where(m.OrderProduct.order_id == order.id)
            .order_by(m.OrderProduct.line_number)
        ).all()
        return order, list(lines)
