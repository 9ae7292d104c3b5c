"""Customers, their labels and label assignments, and what each customer orders (its order guide)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from db.enums import (
    CustomerStatus,
)
from db.tables.base import (
    Base,
    _created,
    _fk,
    _tenant,
    _updated,
    _uuid_pk,
    pg_enum,
)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("distributor_id", "customer_code"),
        # What an order's foreign key names: a customer of the order's own tenant (migration 0048). Id first:
        # a tenant-first index would win the statistics-free ties of tenant-only scans.
        UniqueConstraint("id", "distributor_id"),
        CheckConstraint("total_orders >= 0", name="total_orders_non_negative"),
        CheckConstraint("total_spent >= 0", name="total_spent_non_negative"),
        Index("ix_customers_distributor_status", "distributor_id", "status"),
        Index(
            "uq_customers_distributor_phone",
            "distributor_id",
            "phone",
            unique=True,
            postgresql_where=text("phone IS NOT NULL"),
        ),
        Index(
            "uq_customers_distributor_email",
            "distributor_id",
            "email",
            unique=True,
            postgresql_where=text("email IS NOT NULL"),
        ),
        # The lookups' own indexes, one condition each and created last (migration 0053): without statistics
        # a lookup by phone, email or id ties with a scan of the tenant through ix_customers_distributor_status,
        # and PostgreSQL keeps the newest of exactly tied paths.
        Index("ix_customers_phone", "phone", postgresql_where=text("phone IS NOT NULL")),
        Index("ix_customers_email", "email", postgresql_where=text("email IS NOT NULL")),
        Index("ux_customers_id", "id", unique=True),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)  # led by the indexes above (0024)
    business_name: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_code: Mapped[str] = mapped_column(String(64), nullable=False)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(255))
    address: Mapped[str | None] = mapped_column(Text)
    status: Mapped[CustomerStatus] = mapped_column(
        pg_enum(CustomerStatus, "customer_status"), nullable=False, server_default="NO_ORDERS_YET"
    )
    total_orders: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    total_spent: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False, server_default=text("0"))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default="EUR")
    last_order_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The ordering rhythm, kept by the orders trigger (migration 0008): the days between the last
    # distinct order days (at most 10, oldest first) and their median.
    order_gaps: Mapped[list[int]] = mapped_column(
        ARRAY(SmallInteger), nullable=False, server_default=text("'{}'::smallint[]")
    )
    usual_order_gap: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    notes: Mapped[str | None] = mapped_column(Text)
    metadata_: Mapped[dict[str, Any]] = mapped_column(
        "metadata", JSONB, nullable=False, server_default=text("'{}'::jsonb")
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class CustomerLabel(Base):
    """Labels with a NULL distributor are global (predefined) and visible to every tenant."""

    __tablename__ = "customer_labels"
    __table_args__ = (
        UniqueConstraint("distributor_id", "name"),
        CheckConstraint("color ~ '^#[0-9A-Fa-f]{6}$'", name="color_hex"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID | None] = _tenant(nullable=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    color: Mapped[str] = mapped_column(String(7), nullable=False, server_default="#6B7280")
    description: Mapped[str | None] = mapped_column(Text)
    is_predefined: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class CustomerLabelAssignment(Base):
    __tablename__ = "customer_label_assignments"
    __table_args__ = (UniqueConstraint("customer_id", "label_id"),)
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    label_id: Mapped[uuid.UUID] = _fk("customer_labels.id")
    value: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class CustomerOrderGuide(Base):
    """What a customer orders (issue #15): one row per customer, product and variant it has had in a
    CONFIRMED order, kept by the triggers of migration 0015 in the order's transaction."""

    __tablename__ = "customer_order_guide"
    __table_args__ = (
        CheckConstraint("orders > 0", name="orders_positive"),
        # a customer's guide, read per message: chosen with or without statistics (migration 0024)
        Index("ix_customer_order_guide_distributor_customer", "distributor_id", "customer_id"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("customers.id", ondelete="CASCADE"), nullable=False
    )
    product_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("products.id", ondelete="CASCADE"), nullable=False
    )
    variant_id: Mapped[uuid.UUID | None] = mapped_column(
        UUID(as_uuid=True), ForeignKey("product_variants.id", ondelete="CASCADE")
    )
    orders: Mapped[int] = mapped_column(Integer, nullable=False)
    total_quantity: Mapped[Decimal] = mapped_column(Numeric(16, 3), nullable=False)
    recent_quantities: Mapped[list[Decimal]] = mapped_column(ARRAY(Numeric(12, 3)), nullable=False)
    last_order_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    first_ordered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_ordered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = _updated()
