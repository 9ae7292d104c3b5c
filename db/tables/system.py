"""Scheduler slots and the per-tenant config counters the caches check."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from db.tables.base import (
    Base,
    _updated,
)


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
