"""Conversations, messages, the external integrations they arrive through and their id mappings."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
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
    IntegrationType,
    MessageIntent,
    ProcessingStatus,
)
from db.tables.base import (
    Base,
    _created,
    _fk,
    _jsonb,
    _tenant,
    _updated,
    _uuid_pk,
    pg_enum,
)


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("distributor_id", "customer_id", "channel"),
        CheckConstraint("unread_count >= 0", name="unread_non_negative"),
        # No index on last_message_at: the ingest's update of it on every message stays HOT (migration 0049).
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)  # led by the indexes above (0024)
    customer_id: Mapped[uuid.UUID] = _fk("customers.id")
    channel: Mapped[Channel] = mapped_column(pg_enum(Channel, "channel"), nullable=False)
    unread_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    last_message_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ai_context_summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ContextSummaryDue(Base):
    """A customer whose conversations' `ai_context_summary` is due a refresh (migration 0050): marked when
    one of their orders changes or a complaint arrives, refreshed by the scheduled job
    (jobs/customers/summary.py) rather than in the transaction of every order."""

    __tablename__ = "context_summary_due"
    __table_args__ = (
        # with the tenant: by id alone a tenant could mark another's customer (migration 0048's reasoning)
        ForeignKeyConstraint(
            ["distributor_id", "customer_id"],
            ["customers.distributor_id", "customers.id"],
            ondelete="CASCADE",
            name="fk_context_summary_due_customer_id_customers",
        ),
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    distributor_id: Mapped[uuid.UUID] = _tenant()
    due_since: Mapped[datetime] = _created()


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
        # No GIN index on `ai_suggested_responses`: no query searches it (migration 0034 dropped it).
        # a customer's messages (the conversation summary, per message) and the cascade from customers;
        # no index leads with the tenant alone, so a lookup by id takes the primary key with or without
        # statistics (migrations 0024, 0042)
        Index("ix_messages_customer_distributor", "customer_id", "distributor_id"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)
    conversation_id: Mapped[uuid.UUID] = _fk("conversations.id", index=False)  # conversation_created
    # customer_distributor serves it
    customer_id: Mapped[uuid.UUID | None] = _fk("customers.id", nullable=True, index=False)
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
    # The channel last: an enum's `=` is not leakproof, so under row-level security it is never an index
    # condition, and as the second column it left the provider's id to be checked entry by entry (0053).
    __table_args__ = (
        UniqueConstraint(
            "distributor_id",
            "external_message_id",
            "channel",
            name="uq_external_message_mappings_tenant_external_id_channel",
        ),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)  # led by the unique key (0024)
    integration_id: Mapped[uuid.UUID | None] = _fk(
        "external_integrations.id", nullable=True, ondelete="SET NULL"
    )
    channel: Mapped[Channel] = mapped_column(pg_enum(Channel, "channel"), nullable=False)
    provider: Mapped[str] = mapped_column(String(50), nullable=False)
    external_message_id: Mapped[str] = mapped_column(String(255), nullable=False)
    message_id: Mapped[uuid.UUID] = _fk("messages.id")
    created_at: Mapped[datetime] = _created()
