"""Tenant (distributor) administration: a privileged path by nature, since no tenant exists yet."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from db.models import Distributor
from db.session import privileged_session
from worker.settings import Settings


@dataclass(frozen=True)
class TenantInfo:
    id: uuid.UUID
    name: str
    slug: str | None
    ai_confidence_threshold: Decimal
    monthly_ai_budget_usd: Decimal
    currency: str
    subscription_tier: str


def _info(d: Distributor) -> TenantInfo:
    return TenantInfo(
        d.id,
        d.name,
        d.slug,
        d.ai_confidence_threshold,
        d.monthly_ai_budget_usd,
        d.currency,
        d.subscription_tier.value,
    )


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80] or "tenant"


def create_tenant(
    name: str,
    *,
    threshold: float | Decimal = Decimal("0.85"),
    budget_usd: float | Decimal = Decimal("50"),
    currency: str = "EUR",
    settings: Settings | None = None,
) -> TenantInfo:
    name = name.strip()
    if not name:
        raise ValueError("tenant name must not be empty")
    threshold_d, budget_d = Decimal(str(threshold)), Decimal(str(budget_usd))
    if not Decimal(0) <= threshold_d <= Decimal(1):
        raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
    if budget_d < 0:
        raise ValueError(f"budget must not be negative, got {budget_usd}")
    if not re.fullmatch(r"[A-Za-z]{3}", currency):
        raise ValueError(f"currency must be a 3-letter ISO code, got {currency!r}")
    with privileged_session(settings) as session:
        slug = base = _slugify(name)
        n = 1
        while session.scalar(select(Distributor.id).where(Distributor.slug == slug)) is not None:
            n += 1
            slug = f"{base}-{n}"
        d = Distributor(
            name=name,
            slug=slug,
            ai_confidence_threshold=threshold_d,
            monthly_ai_budget_usd=budget_d,
            currency=currency.upper(),
        )
        session.add(d)
        session.flush()
        session.refresh(d)
        return _info(d)


def list_tenants(settings: Settings | None = None) -> list[TenantInfo]:
    with privileged_session(settings) as session:
        rows = session.scalars(select(Distributor).order_by(Distributor.created_at)).all()
        return [_info(d) for d in rows]


_OWNED_TABLES = frozenset({"messages", "orders", "webhook_endpoints", "webhook_deliveries"})


def owner_of(table: str, row_id: uuid.UUID, settings: Settings | None = None) -> uuid.UUID | None:
    """The distributor owning a row, for operator commands that name a row by id alone (privileged:
    the command then does its work in that tenant's session)."""
    if table not in _OWNED_TABLES:
        raise ValueError(f"owner_of: unsupported table {table!r}")
    from sqlalchemy import text

    with privileged_session(settings) as s:
        found = s.scalar(text(f"SELECT distributor_id FROM {table} WHERE id = :id"), {"id": row_id})
    return found if isinstance(found, uuid.UUID) or found is None else uuid.UUID(str(found))
