"""Ids as the database holds them."""

from __future__ import annotations

import uuid


def as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    """`value` as a UUID (ValueError when it is not one, before it can reach SQL)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
