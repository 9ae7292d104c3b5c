"""Small builders shared by pipeline tests: a tenant with the shipped catalog, and inbound messages."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

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
