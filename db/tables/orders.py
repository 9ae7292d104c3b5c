"""Orders, their lines, attachments and reviews, and the phrases corrections teach the matcher."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from db.enums import (
    Channel,
    OrderStatus,
)
from db.tables.base import (
    Base,
    _conf_check,
    _created,
    _fk,
    _jsonb,
    _tenant,
    _text_array,
    _updated,
    _uuid_pk,
    pg_enum,
)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("source_message_id"),
        # The customer of the order's own tenant: a foreign key's check bypasses row-level security, and the
        # owner's customer_totals trigger updates the customer it names (migration 0048).
        ForeignKeyConstraint(
            ["distributor_id", "customer_id"],
            ["customers.distributor_id", "customers.id"],
            ondelete="CASCADE",
            name="fk_orders_customer_id_customers",
        ),
        _conf_check("ai_confidence"),
        CheckConstraint("subtotal >= 0 AND total_amount >= 0", name="amounts_non_negative"),
        Index("ix_orders_distributor_status_created", "distributor_id", "status", "created_at"),
        Index("ix_orders_distributor_customer_created", "distributor_id", "customer_id", "created_at"),
        # Id first, the newest index: lookups by id take it without statistics, never a tenant-first one (0049).
        Index("ix_orders_id_distributor_id", "id", "distributor_id"),
        # the "no order from this message" check, chosen with or without statistics (migration 0024)
        Index("ix_orders_distributor_source_message", "distributor_id", "source_message_id"),
        Index(
            "ix_orders_requires_review",
            "distributor_id",
            "created_at",
            postgresql_where=text("requires_review"),
        ),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)
    customer_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), nullable=False, index=True)
    conversation_id: Mapped[uuid.UUID | None] = _fk("conversations.id", nullable=True, ondelete="SET NULL")
    source_message_id: Mapped[uuid.UUID | None] = mapped_column(
        UUID(as_uuid=True), ForeignKey("messages.id", ondelete="SET NULL")
    )
    channel: Mapped[Channel | None] = mapped_column(pg_enum(Channel, "channel"))
    status: Mapped[OrderStatus] = mapped_column(
        pg_enum(OrderStatus, "order_status"), nullable=False, server_default="PENDING"
    )
    ai_generated: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    ai_confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    requires_review: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    review_reasons: Mapped[list[str]] = _text_array()
    subtotal: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False, server_default=text("0"))
    total_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False, server_default=text("0"))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default="EUR")
    notes: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Optimistic concurrency for reviews: each review action names the version it read and bumps it.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class OrderReview(Base):
    """The review history of an order: who did what, from which version, with which corrections."""

    __tablename__ = "order_reviews"
    __table_args__ = (
        CheckConstraint("action IN ('APPROVE', 'CORRECT', 'REJECT', 'REQUEST')", name="action_known"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    order_id: Mapped[uuid.UUID] = _fk("orders.id")
    message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    reviewer_id: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    from_status: Mapped[str] = mapped_column(String(16), nullable=False)
    to_status: Mapped[str] = mapped_column(String(16), nullable=False)
    from_version: Mapped[int] = mapped_column(Integer, nullable=False)
    to_version: Mapped[int] = mapped_column(Integer, nullable=False)
    changes: Mapped[list[Any]] = _jsonb("'[]'::jsonb")
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()


class LearnedPhrase(Base):
    """A customer phrasing learned from a review correction; ACTIVE ones are catalog aliases."""

    __tablename__ = "learned_phrases"
    __table_args__ = (
        UniqueConstraint("distributor_id", "phrase", "product_id"),
        CheckConstraint("status IN ('ACTIVE', 'CONFLICT', 'REMOVED')", name="status_known"),
        CheckConstraint("corrections > 0", name="corrections_positive"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    phrase: Mapped[str] = mapped_column(String(300), nullable=False)
    product_id: Mapped[uuid.UUID] = _fk("products.id")
    variant_id: Mapped[uuid.UUID | None] = _fk("product_variants.id", nullable=True, ondelete="SET NULL")
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="ACTIVE")
    corrections: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))
    customer_id: Mapped[uuid.UUID | None] = _fk("customers.id", nullable=True, ondelete="SET NULL")
    source_order_id: Mapped[uuid.UUID | None] = _fk("orders.id", nullable=True, ondelete="SET NULL")
    source_message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    created_by: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    removed_by: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class CustomerPhrase(Base):
    """A phrasing learned for one customer from a review correction (migration 0020, #15): it means that
    product for that customer at once; for the whole tenant (a learned_phrases row) only once several
    customers' corrections agree (jobs/learning/phrases.py)."""

    __tablename__ = "customer_phrases"
    __table_args__ = (
        UniqueConstraint("customer_id", "phrase", "product_id"),
        CheckConstraint("status IN ('ACTIVE', 'CONFLICT', 'REMOVED')", name="status_known"),
        CheckConstraint("corrections > 0", name="corrections_positive"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    phrase: Mapped[str] = mapped_column(String(300), nullable=False)
    product_id: Mapped[uuid.UUID] = _fk("products.id")
    variant_id: Mapped[uuid.UUID | None] = _fk("product_variants.id", nullable=True, ondelete="SET NULL")
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="ACTIVE")
    corrections: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))
    source_order_id: Mapped[uuid.UUID | None] = _fk("orders.id", nullable=True, ondelete="SET NULL")
    source_message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    created_by: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    removed_by: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class OrderProduct(Base):
    __tablename__ = "order_products"
    __table_args__ = (
        UniqueConstraint("order_id", "line_number"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price IS NULL OR unit_price >= 0", name="unit_price_non_negative"),
        CheckConstraint("line_price IS NULL OR line_price >= 0", name="line_price_non_negative"),
        _conf_check("ai_confidence"),
        # an order's lines (the conversation summary, per message): chosen with or without statistics
        # (migration 0024)
        Index("ix_order_products_distributor_order", "distributor_id", "order_id"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)
    order_id: Mapped[uuid.UUID] = _fk("orders.id", index=False)  # the (order_id, line_number) key
    line_number: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[uuid.UUID | None] = _fk("products.id", nullable=True, ondelete="SET NULL")
    variant_id: Mapped[uuid.UUID | None] = _fk("product_variants.id", nullable=True, ondelete="SET NULL")
    product_name: Mapped[str] = mapped_column(String(300), nullable=False)
    sku: Mapped[str | None] = mapped_column(String(100))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3), nullable=False)
    unit: Mapped[str | None] = mapped_column(String(32))
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    line_price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default="EUR")
    ai_extracted: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    ai_original_text: Mapped[str | None] = mapped_column(Text)
    ai_confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    match_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class OrderAttachment(Base):
    __tablename__ = "order_attachments"
    __table_args__ = (
        UniqueConstraint("order_id", "file_url"),
        CheckConstraint("file_size IS NULL OR file_size >= 0", name="file_size_non_negative"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    order_id: Mapped[uuid.UUID] = _fk("orders.id")
    message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    file_url: Mapped[str] = mapped_column(Text, nullable=False)
    content_type: Mapped[str | None] = mapped_column(String(200))
    file_name: Mapped[str | None] = mapped_column(String(300))
    file_size: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = _created()
