"""Webhook endpoints, deliveries and their attempts; the inbound replay tokens."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from db.enums import (
    DeliveryStatus,
    WebhookAuthType,
)
from db.tables.base import (
    Base,
    _created,
    _fk,
    _jsonb,
    _tenant,
    _text_array,
    _updated,
    _uuid_pk,
    pg_enum,
)


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
