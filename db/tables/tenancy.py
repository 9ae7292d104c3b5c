"""Distributors (the tenants), their users, invitations and sessions; the Supabase auth stub."""

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
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import INET, UUID
from sqlalchemy.orm import Mapped, mapped_column

from db.enums import (
    SubscriptionTier,
    UserRole,
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


class AuthUser(Base):
    """`auth.users` as Supabase has it; the migration creates a minimal one only where none exists."""

    __tablename__ = "users"
    __table_args__ = {"schema": "auth"}
    id: Mapped[uuid.UUID] = _uuid_pk()
    email: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), server_default=text("now()"))


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
