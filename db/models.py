"""SQLAlchemy 2.0 models of every table in the schema guide.

Every tenant table carries `distributor_id`; row-level security, enabled and forced on each of them by
migration 0002 and keyed on the tenant `db/session.py` sets per transaction, walls tenants in the
database itself. Amounts are NUMERIC with a currency, confidences are NUMERIC(4,3) checked to 0..1.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects.postgresql import ARRAY, INET, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.enums import (
    AgentType,
    AuditOperation,
    Channel,
    CustomerStatus,
    DeliveryStatus,
    IntegrationType,
    MessageIntent,
    OrderStatus,
    PiiType,
    ProcessingStatus,
    SubscriptionTier,
    TrainingDataSource,
    UserRole,
    VariantType,
    WebhookAuthType,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def pg_enum(cls: type[enum.Enum], name: str) -> SAEnum:
    return SAEnum(cls, name=name, values_callable=lambda e: [m.value for m in e], validate_strings=True)


def _uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("gen_random_uuid()"))


def _created() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), nullable=False, server_default=text("now()"))


def _updated() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), nullable=False, server_default=text("now()"))


def _tenant(nullable: bool = False) -> Mapped[Any]:
    return mapped_column(
        UUID(as_uuid=True), ForeignKey("distributors.id", ondelete="CASCADE"), nullable=nullable, index=True
    )


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Mapped[Any]:
    return mapped_column(
        UUID(as_uuid=True), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
    )


def _text_array() -> Mapped[list[str]]:
    return mapped_column(ARRAY(Text), nullable=False, server_default=text("'{}'::text[]"))


def _jsonb(default: str = "'{}'::jsonb") -> Mapped[Any]:
    return mapped_column(JSONB, nullable=False, server_default=text(default))


def _conf_check(col: str) -> CheckConstraint:
    return CheckConstraint(f"{col} IS NULL OR ({col} >= 0 AND {col} <= 1)", name=f"{col}_range")


# --------------------------------------------------------------------------- Supabase auth stub
class AuthUser(Base):
    """`auth.users` as Supabase has it; the migration creates a minimal one only where none exists."""

    __tablename__ = "users"
    __table_args__ = {"schema": "auth"}
    id: Mapped[uuid.UUID] = _uuid_pk()
    email: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), server_default=text("now()"))


# --------------------------------------------------------------------------- multi-tenancy
class Distributor(Base):
    __tablename__ = "distributors"
    __table_args__ = (
        CheckConstraint(
            "ai_confidence_threshold >= 0 AND ai_confidence_threshold <= 1", name="threshold_range"
        ),
        CheckConstraint("monthly_ai_budget_usd >= 0", name="budget_non_negative"),
        CheckConstraint("char_length(currency) = 3", name="currency_iso"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    slug: Mapped[str | None] = mapped_column(String(100), unique=True)
    subscription_tier: Mapped[SubscriptionTier] = mapped_column(
        pg_enum(SubscriptionTier, "subscription_tier"), nullable=False, server_default="FREE"
    )
    ai_confidence_threshold: Mapped[Decimal] = mapped_column(
        Numeric(4, 3), nullable=False, server_default=text("0.85")
    )
    monthly_ai_budget_usd: Mapped[Decimal] = mapped_column(
        Numeric(14, 6), nullable=False, server_default=text("50")
    )
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default="EUR")
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, server_default="UTC")
    settings: Mapped[dict[str, Any]] = _jsonb()
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class UserProfile(Base):
    __tablename__ = "user_profiles"
    id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("auth.users.id", ondelete="CASCADE"), primary_key=True
    )
    distributor_id: Mapped[uuid.UUID] = _tenant()
    email: Mapped[str | None] = mapped_column(String(255))
    full_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[UserRole] = mapped_column(
        pg_enum(UserRole, "user_role"), nullable=False, server_default="OPERATOR"
    )
    permissions: Mapped[dict[str, Any]] = _jsonb()
    onboarding_completed: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class UserInvitation(Base):
    __tablename__ = "user_invitations"
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    email: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[UserRole] = mapped_column(
        pg_enum(UserRole, "user_role"), nullable=False, server_default="OPERATOR"
    )
    invitation_token: Mapped[str] = mapped_column(String(128), nullable=False, unique=True)
    invited_by: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    expires_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now() + interval '7 days'")
    )
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class UserSession(Base):
    __tablename__ = "user_sessions"
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    user_id: Mapped[uuid.UUID] = _fk("user_profiles.id")
    ip_address: Mapped[str | None] = mapped_column(INET)
    user_agent: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = _created()
    last_activity_at: Mapped[datetime] = _created()
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


# --------------------------------------------------------------------------- customers
class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("distributor_id", "customer_code"),
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
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
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


# --------------------------------------------------------------------------- messaging
class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("distributor_id", "customer_id", "channel"),
        CheckConstraint("unread_count >= 0", name="unread_non_negative"),
        Index("ix_conversations_distributor_last_message", "distributor_id", text("last_message_at DESC")),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    channel: Mapped[Channel] = mapped_column(pg_enum(Channel, "channel"), nullable=False)
    unread_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    last_message_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ai_context_summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        CheckConstraint(
            "ai_intent_confidence IS NULL OR (ai_intent_confidence >= 0 AND ai_intent_confidence <= 1)",
            name="intent_confidence_range",
        ),
        CheckConstraint("attempts >= 0", name="attempts_non_negative"),
        Index("ix_messages_conversation_created", "conversation_id", "created_at"),
        Index(
            "ix_messages_unprocessed",
            "distributor_id",
            "created_at",
            postgresql_where=text("ai_processed = false AND is_from_customer"),
        ),
        Index(
            "ix_messages_pipeline_pending",
            "processing_status",
            "updated_at",
            postgresql_where=text("processing_status IN ('RECEIVED', 'PROCESSING')"),
        ),
        Index("ix_messages_ai_suggested_responses", "ai_suggested_responses", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    conversation_id: Mapped[uuid.UUID] = _fk("conversations.id")
    customer_id: Mapped[uuid.UUID | None] = _fk("customers.id", nullable=True)
    content: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    redacted_content: Mapped[str | None] = mapped_column(Text)
    is_from_customer: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    media: Mapped[list[dict[str, Any]]] = _jsonb("'[]'::jsonb")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ai_processed: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    ai_extracted_intent: Mapped[MessageIntent | None] = mapped_column(
        pg_enum(MessageIntent, "message_intent")
    )
    ai_intent_confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    ai_suggested_responses: Mapped[list[Any]] = _jsonb("'[]'::jsonb")
    processing_status: Mapped[ProcessingStatus] = mapped_column(
        pg_enum(ProcessingStatus, "processing_status"), nullable=False, server_default="RECEIVED"
    )
    processing_stage: Mapped[str | None] = mapped_column(String(64))
    processing_error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ExternalIntegration(Base):
    """A tenant's connection to a provider; `address` is the receiving number/address used to route."""

    __tablename__ = "external_integrations"
    __table_args__ = (
        Index(
            "uq_external_integrations_provider_address",
            "provider",
            "address",
            unique=True,
            postgresql_where=text("address IS NOT NULL AND is_active"),
        ),
        Index("ix_external_integrations_config", "config", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    integration_type: Mapped[IntegrationType] = mapped_column(
        pg_enum(IntegrationType, "integration_type"), nullable=False, server_default="MESSAGING"
    )
    provider: Mapped[str] = mapped_column(String(50), nullable=False)
    name: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(255))
    config: Mapped[dict[str, Any]] = _jsonb()
    secret_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    api_key_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ExternalMessageMapping(Base):
    __tablename__ = "external_message_mappings"
    __table_args__ = (UniqueConstraint("distributor_id", "channel", "external_message_id"),)
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    integration_id: Mapped[uuid.UUID | None] = _fk(
        "external_integrations.id", nullable=True, ondelete="SET NULL"
    )
    channel: Mapped[Channel] = mapped_column(pg_enum(Channel, "channel"), nullable=False)
    provider: Mapped[str] = mapped_column(String(50), nullable=False)
    external_message_id: Mapped[str] = mapped_column(String(255), nullable=False)
    message_id: Mapped[uuid.UUID] = _fk("messages.id")
    created_at: Mapped[datetime] = _created()


# --------------------------------------------------------------------------- catalog
class ProductCategory(Base):
    __tablename__ = "product_categories"
    __table_args__ = (
        UniqueConstraint("distributor_id", "name"),
        Index("ix_product_categories_ai_keywords", "ai_keywords", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    parent_category_id: Mapped[uuid.UUID | None] = _fk(
        "product_categories.id", nullable=True, ondelete="SET NULL"
    )
    ai_keywords: Mapped[list[str]] = _text_array()
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        UniqueConstraint("distributor_id", "sku"),
        CheckConstraint("unit_price IS NULL OR unit_price >= 0", name="unit_price_non_negative"),
        Index("ix_products_distributor_active", "distributor_id", "is_active"),
        Index(
            "ix_products_name_trgm", "name", postgresql_using="gin", postgresql_ops={"name": "gin_trgm_ops"}
        ),
        Index("ix_products_aliases", "aliases", postgresql_using="gin"),
        Index("ix_products_keywords", "keywords", postgresql_using="gin"),
        Index("ix_products_metadata", "metadata", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    category_id: Mapped[uuid.UUID | None] = _fk("product_categories.id", nullable=True, ondelete="SET NULL")
    sku: Mapped[str] = mapped_column(String(100), nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(32))
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, server_default="EUR")
    aliases: Mapped[list[str]] = _text_array()
    keywords: Mapped[list[str]] = _text_array()
    ai_training_examples: Mapped[list[str]] = _text_array()
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    metadata_: Mapped[dict[str, Any]] = mapped_column(
        "metadata", JSONB, nullable=False, server_default=text("'{}'::jsonb")
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ProductVariant(Base):
    __tablename__ = "product_variants"
    __table_args__ = (
        UniqueConstraint("product_id", "name"),
        CheckConstraint("unit_price IS NULL OR unit_price >= 0", name="unit_price_non_negative"),
        Index("ix_product_variants_ai_aliases", "ai_aliases", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    product_id: Mapped[uuid.UUID] = _fk("products.id")
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    variant_type: Mapped[VariantType] = mapped_column(pg_enum(VariantType, "variant_type"), nullable=False)
    sku: Mapped[str | None] = mapped_column(String(100))
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    ai_aliases: Mapped[list[str]] = _text_array()
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ProductBundle(Base):
    __tablename__ = "product_bundles"
    __table_args__ = (
        UniqueConstraint("bundle_product_id", "component_product_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("bundle_product_id <> component_product_id", name="not_self"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    bundle_product_id: Mapped[uuid.UUID] = _fk("products.id")
    component_product_id: Mapped[uuid.UUID] = _fk("products.id")
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3), nullable=False, server_default=text("1"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


# --------------------------------------------------------------------------- orders
class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("source_message_id"),
        _conf_check("ai_confidence"),
        CheckConstraint("subtotal >= 0 AND total_amount >= 0", name="amounts_non_negative"),
        Index("ix_orders_distributor_status_created", "distributor_id", "status", "created_at"),
        Index("ix_orders_distributor_customer_created", "distributor_id", "customer_id", "created_at"),
        Index(
            "ix_orders_requires_review",
            "distributor_id",
            "created_at",
            postgresql_where=text("requires_review"),
        ),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
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


class OrderProduct(Base):
    __tablename__ = "order_products"
    __table_args__ = (
        UniqueConstraint("order_id", "line_number"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price IS NULL OR unit_price >= 0", name="unit_price_non_negative"),
        CheckConstraint("line_price IS NULL OR line_price >= 0", name="line_price_non_negative"),
        _conf_check("ai_confidence"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    order_id: Mapped[uuid.UUID] = _fk("orders.id")
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


# --------------------------------------------------------------------------- AI
class AIResponse(Base):
    __tablename__ = "ai_responses"
    __table_args__ = (
        _conf_check("confidence"),
        CheckConstraint("human_feedback IS NULL OR human_feedback BETWEEN 1 AND 5", name="feedback_range"),
        CheckConstraint("tokens_used >= 0 AND cost_cents >= 0", name="usage_non_negative"),
        Index("ix_ai_responses_distributor_created", "distributor_id", "created_at"),
        Index("ix_ai_responses_output", "output", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    agent_type: Mapped[AgentType] = mapped_column(pg_enum(AgentType, "agent_type"), nullable=False)
    stage: Mapped[str | None] = mapped_column(String(64))
    provider: Mapped[str] = mapped_column(String(50), nullable=False)
    model: Mapped[str | None] = mapped_column(String(100))
    output: Mapped[dict[str, Any]] = _jsonb()
    confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    human_feedback: Mapped[int | None] = mapped_column(SmallInteger)
    feedback_notes: Mapped[str | None] = mapped_column(Text)
    tokens_used: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    prompt_tokens: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    completion_tokens: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    cost_cents: Mapped[Decimal] = mapped_column(Numeric(20, 10), nullable=False, server_default=text("0"))
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class AIUsageMetric(Base):
    """Hourly AI usage per tenant, provider, model and agent type (summed over `slot`)."""

    __tablename__ = "ai_usage_metrics"
    __table_args__ = (
        UniqueConstraint("distributor_id", "date", "hour", "provider", "model", "agent_type", "slot"),
        CheckConstraint("hour BETWEEN 0 AND 23", name="hour_range"),
        CheckConstraint("slot BETWEEN 0 AND 63", name="slot_range"),
        CheckConstraint(
            "requests_count >= 0 AND tokens_used >= 0 AND cost_cents >= 0", name="usage_non_negative"
        ),
        _conf_check("avg_confidence"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    date: Mapped[date] = mapped_column(Date, nullable=False)
    hour: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    # An hour's usage may be spread over a few slots (one per writer thread) so concurrent workers never
    # queue on one hot row; every reader sums over slots, and closed hours are compacted into slot 0.
    slot: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default=text("0"))
    provider: Mapped[str] = mapped_column(String(50), nullable=False)
    model: Mapped[str] = mapped_column(String(100), nullable=False, server_default="")
    agent_type: Mapped[AgentType] = mapped_column(pg_enum(AgentType, "agent_type"), nullable=False)
    requests_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    # HTTP attempts (paid providers; retries included), beside the logical calls in requests_count.
    attempts_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    error_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    tokens_used: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    prompt_tokens: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    completion_tokens: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    cost_cents: Mapped[Decimal] = mapped_column(Numeric(20, 10), nullable=False, server_default=text("0"))
    avg_confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    avg_latency_ms: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class AIError(Base):
    __tablename__ = "ai_errors"
    __table_args__ = (Index("ix_ai_errors_distributor_created", "distributor_id", "created_at"),)
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    stage: Mapped[str] = mapped_column(String(64), nullable=False)
    provider: Mapped[str | None] = mapped_column(String(50))
    error_type: Mapped[str] = mapped_column(String(200), nullable=False)
    error_message: Mapped[str] = mapped_column(Text, nullable=False)
    details: Mapped[dict[str, Any]] = _jsonb()
    retry_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    is_final: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    resolved: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class AITrainingData(Base):
    __tablename__ = "ai_training_data"
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    input_text: Mapped[str] = mapped_column(Text, nullable=False)
    expected_output: Mapped[dict[str, Any]] = _jsonb()
    actual_output: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    data_source: Mapped[TrainingDataSource] = mapped_column(
        pg_enum(TrainingDataSource, "training_data_source"), nullable=False
    )
    ai_response_id: Mapped[uuid.UUID | None] = _fk("ai_responses.id", nullable=True, ondelete="SET NULL")
    message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    is_validated: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


# --------------------------------------------------------------------------- security & privacy
class DataAccessAudit(Base):
    """Append-only: the application role may insert and read, never update or delete."""

    __tablename__ = "data_access_audit"
    __table_args__ = (
        Index("ix_data_access_audit_distributor_created", "distributor_id", "created_at"),
        Index("ix_data_access_audit_record", "table_name", "record_id"),
    )
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    distributor_id: Mapped[uuid.UUID] = _tenant()
    user_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    db_role: Mapped[str] = mapped_column(String(100), nullable=False, server_default=text("current_user"))
    table_name: Mapped[str] = mapped_column(String(100), nullable=False)
    record_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    operation: Mapped[AuditOperation] = mapped_column(
        pg_enum(AuditOperation, "audit_operation"), nullable=False
    )
    contains_pii: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    changed_fields: Mapped[list[str]] = _text_array()
    created_at: Mapped[datetime] = _created()


class PiiDetectionRule(Base):
    __tablename__ = "pii_detection_rules"
    __table_args__ = (UniqueConstraint("distributor_id", "name"), _conf_check("confidence"))
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    pii_type: Mapped[PiiType] = mapped_column(pg_enum(PiiType, "pii_type"), nullable=False)
    pattern: Mapped[str] = mapped_column(Text, nullable=False)
    confidence: Mapped[Decimal] = mapped_column(Numeric(4, 3), nullable=False, server_default=text("0.8"))
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class PiiDetectionResult(Base):
    """Where PII was found; never the value itself, only its offsets and a keyed hash."""

    __tablename__ = "pii_detection_results"
    __table_args__ = (
        UniqueConstraint("message_id", "pii_type", "start_offset", "end_offset"),
        _conf_check("confidence_score"),
        CheckConstraint("end_offset > start_offset AND start_offset >= 0", name="offsets_valid"),
        Index(
            "ix_pii_detection_results_unreviewed",
            "distributor_id",
            "created_at",
            postgresql_where=text("NOT reviewed"),
        ),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    message_id: Mapped[uuid.UUID] = _fk("messages.id")
    rule_id: Mapped[uuid.UUID | None] = _fk("pii_detection_rules.id", nullable=True, ondelete="SET NULL")
    pii_type: Mapped[PiiType] = mapped_column(pg_enum(PiiType, "pii_type"), nullable=False)
    start_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    end_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    confidence_score: Mapped[Decimal] = mapped_column(Numeric(4, 3), nullable=False)
    recognizer: Mapped[str] = mapped_column(String(100), nullable=False)
    value_hash: Mapped[str | None] = mapped_column(String(64))
    reviewed: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    reviewed_by: Mapped[uuid.UUID | None] = _fk("user_profiles.id", nullable=True, ondelete="SET NULL")
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class EncryptionKey(Base):
    """Per-tenant data keys, each wrapped (AES-GCM) by the process master key `OMS_MASTER_KEY`."""

    __tablename__ = "encryption_keys"
    __table_args__ = (
        UniqueConstraint("distributor_id", "key_name", "version"),
        Index(
            "uq_encryption_keys_active",
            "distributor_id",
            "key_name",
            unique=True,
            postgresql_where=text("is_active"),
        ),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    key_name: Mapped[str] = mapped_column(String(100), nullable=False)
    purpose: Mapped[str] = mapped_column(String(100), nullable=False, server_default="secrets")
    algorithm: Mapped[str] = mapped_column(String(50), nullable=False, server_default="AES-256-GCM")
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))
    encrypted_key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    rotated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


# --------------------------------------------------------------------------- integrations
class WebhookEndpoint(Base):
    __tablename__ = "webhook_endpoints"
    __table_args__ = (
        CheckConstraint("retry_attempts BETWEEN 0 AND 50", name="retry_attempts_range"),
        CheckConstraint("timeout_seconds BETWEEN 1 AND 120", name="timeout_range"),
        # Migration 0014: what the endpoint code promises, kept by the database.
        CheckConstraint("url ~* '^https?://'", name="url_http"),
        CheckConstraint(
            "(previous_secret_encrypted IS NULL) = (previous_secret_expires_at IS NULL)",
            name="previous_secret_expiry",
        ),
        CheckConstraint("is_active OR disabled_at IS NOT NULL", name="disabled_at"),
        Index("ix_webhook_endpoints_events", "events", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    url: Mapped[str] = mapped_column(Text, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    events: Mapped[list[str]] = _text_array()
    auth_type: Mapped[WebhookAuthType] = mapped_column(
        pg_enum(WebhookAuthType, "webhook_auth_type"), nullable=False, server_default="HMAC_SHA256"
    )
    secret_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    retry_attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("8"))
    timeout_seconds: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("10"))
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("true"))
    failure_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Migration 0007: rotation keeps the old secret signing until it expires; failing_since is the first
    # failed attempt since the last success (an endpoint failing for OMS_WEBHOOK_DISABLE_AFTER is disabled).
    previous_secret_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    previous_secret_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failing_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class WebhookDelivery(Base):
    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("endpoint_id", "event_id"),
        CheckConstraint("attempt_count >= 0", name="attempt_count_non_negative"),
        # Migration 0014: bodies cut to 4 KB; a SUCCESS knows when; FAILED ones by endpoint (replays).
        CheckConstraint("length(response_body) <= 4096", name="response_body_4kb"),
        CheckConstraint("status <> 'SUCCESS' OR delivered_at IS NOT NULL", name="success_delivered"),
        Index(
            "ix_webhook_deliveries_endpoint_failed",
            "endpoint_id",
            "created_at",
            postgresql_where=text("status = 'FAILED'"),
        ),
        Index(
            "ix_webhook_deliveries_due",
            "next_attempt_at",
            postgresql_where=text("status IN ('PENDING', 'RETRYING')"),
        ),
        Index("ix_webhook_deliveries_distributor_created", "distributor_id", "created_at"),
        Index("ix_webhook_deliveries_endpoint_created", "endpoint_id", "created_at"),
        Index("ix_webhook_deliveries_payload", "payload", postgresql_using="gin"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    endpoint_id: Mapped[uuid.UUID] = _fk("webhook_endpoints.id")
    event_id: Mapped[str] = mapped_column(String(100), nullable=False)
    event_type: Mapped[str] = mapped_column(String(100), nullable=False)
    payload: Mapped[dict[str, Any]] = _jsonb()
    message_id: Mapped[uuid.UUID | None] = _fk("messages.id", nullable=True, ondelete="SET NULL")
    order_id: Mapped[uuid.UUID | None] = _fk("orders.id", nullable=True, ondelete="SET NULL")
    customer_id: Mapped[uuid.UUID | None] = _fk("customers.id", nullable=True, ondelete="SET NULL")
    status: Mapped[DeliveryStatus] = mapped_column(
        pg_enum(DeliveryStatus, "delivery_status"), nullable=False, server_default="PENDING"
    )
    attempt_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    next_attempt_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), server_default=text("now()")
    )
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    response_status_code: Mapped[int | None] = mapped_column(SmallInteger)
    response_body: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class WebhookDeliveryAttempt(Base):
    """One POST of a delivery (migration 0007): when, what came back, how long it took."""

    __tablename__ = "webhook_delivery_attempts"
    __table_args__ = (
        CheckConstraint("attempt_number >= 1", name="attempt_number_positive"),
        CheckConstraint("length(response_body) <= 4096", name="response_body_4kb"),
        Index("ix_webhook_delivery_attempts_delivery", "delivery_id", "attempted_at"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
    delivery_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), nullable=False
    )
    attempt_number: Mapped[int] = mapped_column(Integer, nullable=False)
    attempted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    response_status_code: Mapped[int | None] = mapped_column(SmallInteger)
    response_body: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()


class SchedulerRun(Base):
    """One scheduled job slot (job id + scheduled time), claimed by the leading scheduler before it
    enqueues, so no slot ever runs twice; workers count each batch's outcome (migration 0008)."""

    __tablename__ = "scheduler_runs"
    __table_args__ = (Index("ix_scheduler_runs_fired_at", "fired_at"),)
    job_id: Mapped[str] = mapped_column(Text, primary_key=True)
    scheduled_for: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    fired_by: Mapped[str] = mapped_column(Text, nullable=False)
    fired_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")
    )
    batches: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    batches_succeeded: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    batches_failed: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    outcome: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("'claimed'"))
    error: Mapped[str | None] = mapped_column(Text)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AIBudgetAlert(Base):
    """An AI budget alert sent to a tenant: one per month and level ('warning' at 80%, 'exceeded')."""

    __tablename__ = "ai_budget_alerts"
    __table_args__ = (CheckConstraint("level IN ('warning', 'exceeded')", name="level"),)
    distributor_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("distributors.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    level: Mapped[str] = mapped_column(Text, primary_key=True)
    spend_usd: Mapped[Decimal] = mapped_column(Numeric(22, 12), nullable=False)
    budget_usd: Mapped[Decimal] = mapped_column(Numeric(14, 6), nullable=False)
    created_at: Mapped[datetime] = _created()


class AIBudgetMonth(Base):
    """A tenant's AI spend and open reservations for one month (UTC): what a reservation checks."""

    __tablename__ = "ai_budget_months"
    distributor_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("distributors.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    spent_cents: Mapped[Decimal] = mapped_column(Numeric(20, 10), nullable=False, server_default=text("0"))
    reserved_cents: Mapped[Decimal] = mapped_column(Numeric(20, 10), nullable=False, server_default=text("0"))
    updated_at: Mapped[datetime] = _updated()


class AIBudgetReservation(Base):
    """The maximum cost of one paid AI attempt in flight, held against the budget until it is settled."""

    __tablename__ = "ai_budget_reservations"
    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="amount_non_negative"),
        Index("ix_ai_budget_reservations_expiry", "distributor_id", "expires_at"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("distributors.id", ondelete="CASCADE"), nullable=False
    )
    month: Mapped[date] = mapped_column(Date, nullable=False)
    message_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    amount_cents: Mapped[Decimal] = mapped_column(Numeric(20, 10), nullable=False)
    created_at: Mapped[datetime] = _created()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class TenantConfigVersion(Base):
    """Per-tenant counters that triggers bump whenever the catalog or the PII rules change, so the
    workers' in-process caches know they are current with one primary-key read (migration 0005)."""

    __tablename__ = "tenant_config_versions"
    distributor_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("distributors.id", ondelete="CASCADE"), primary_key=True
    )
    catalog_version: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    pii_rules_version: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    updated_at: Mapped[datetime] = _updated()


class WebhookReplayToken(Base):
    """A webhook token accepted in the last minutes, for providers whose signature does not cover the
    body (Mailgun): seen again with another request, it is a replay (migration 0006)."""

    __tablename__ = "webhook_replay_tokens"
    distributor_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), ForeignKey("distributors.id", ondelete="CASCADE"), primary_key=True
    )
    provider: Mapped[str] = mapped_column(Text, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(Text, primary_key=True)
    request_sha256: Mapped[str] = mapped_column(Text, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    __table_args__ = (
        Index("ix_webhook_replay_tokens_distributor_id_expires_at", "distributor_id", "expires_at"),
    )


class CustomerOrderGuide(Base):
    """What a customer orders (issue #15): one row per customer, product and variant it has had in a
    CONFIRMED order, kept by the triggers of migration 0015 in the order's transaction."""

    __tablename__ = "customer_order_guide"
    __table_args__ = (CheckConstraint("orders > 0", name="orders_positive"),)
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant()
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


# Indexes on expressions that SQLAlchemy cannot describe; they are created by migration 0002 and left
# out of autogenerate comparisons.
EXPRESSION_INDEXES = frozenset(
    {"ix_products_aliases_trgm", "ix_product_variants_ai_aliases_trgm", "ux_customer_order_guide_item"}
)

TENANT_TABLES: tuple[str, ...] = tuple(
    t.name for t in Base.metadata.sorted_tables if t.schema is None and "distributor_id" in t.c
)

# The system's own operations tables (no tenant): defined beside, registered on the same metadata.
import db.ops_models  # noqa: E402,F401
