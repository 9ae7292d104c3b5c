"""The stage-by-stage pipeline's replies, in the message's transaction: what needs the database first
(a CANCEL or CHANGE linked to its order, the order a complaint refers to, the catalog for a question or
a review question) is read or written here, then jobs/replies/suggest.py words the replies.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from jobs.language.extraction import OrderLine
from jobs.pipeline.catalog_cache import catalog_index
from jobs.replies.suggest import OrderRef, needs_catalog, suggest
from jobs.review.requests import latest_order, link_request


def replies_for(
    s: Session,
    tenant: uuid.UUID,
    *,
    message_id: uuid.UUID,
    customer_id: uuid.UUID | None,
    intent: str,
    text: str,
    lines: list[OrderLine],
    currency: str,
    decided: dict[str, Any] | None = None,
    total: Any = None,
) -> list[dict[str, Any]]:
    """Suggested replies for one message; links a CANCEL/CHANGE to its order on the way (idempotent)."""
    order: OrderRef | None = None
    if intent in ("CANCEL", "CHANGE"):
        order = link_request(s, message_id=message_id, customer_id=customer_id, intent=intent, content=text)
    elif intent == "COMPLAINT":
        order = latest_order(s, tenant, customer_id)
    index = catalog_index(s, tenant) if needs_catalog(intent, decided) else None
    return suggest(
        intent, text, lines=lines, decided=decided, total=total, currency=currency, index=index, order=order
    )
