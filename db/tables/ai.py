"""AI responses, usage, errors, training data, and the monthly budget (months, reservations, alerts)."""

from __future__ import annotations

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
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from db.enums import (
    AgentType,
    TrainingDataSource,
)
from db.tables.base import (
    Base,
    _conf_check,
    _created,
    _fk,
    _jsonb,
    _tenant,
    _updated,
    _uuid_pk,
    pg_enum,
)


class AIResponse(Base):
    __tablename__ = "ai_responses"
    __table_args__ = (
        _conf_check("confidence"),
        CheckConstraint("human_feedback IS NULL OR human_feedback BETWEEN 1 AND 5", name="feedback_range"),
        CheckConstraint("tokens_used >= 0 AND cost_cents >= 0", name="usage_non_negative"),
        Index("ix_ai_responses_distributor_created", "distributor_id", "created_at"),
        # No GIN index on `output`: no query searches it (migration 0033 dropped the one 0001 made).
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)  # distributor_created leads with it
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
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)  # the unique key leads with it
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
    """The maximum cost of one paid AI attempt in flight, held against the budget until it is settled; or
    a process's lease of many attempts' (`lease`)."""

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
    # A lease (migration 0035): many attempts' ceilings at once, granted from by one process; what its
    # attempts spent, moved into the month's when it is closed or expires.
    lease: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("false"))
    spent_cents: Mapped[Decimal] = mapped_column(Numeric(20, 10), nullable=False, server_default=text("0"))
