"""Tables of the system's own operations (migration 0009): queue pauses, worker heartbeats, per-minute
queue throughput and the ops audit trail. No tenant owns them, so they carry no distributor_id and no
row-level security; nothing in them is customer data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Identity, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


def _now() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), nullable=False, server_default=text("now()"))


class QueuePause(Base):
    """A paused queue: workers stop taking from it within seconds; producers keep enqueuing."""

    __tablename__ = "ops_queue_pauses"
    queue_name: Mapped[str] = mapped_column(String(200), primary_key=True)
    paused_by: Mapped[str] = mapped_column(String(200), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    paused_at: Mapped[datetime] = _now()


class WorkerHeartbeat(Base):
    """One row per worker process, refreshed every few seconds while it runs."""

    __tablename__ = "ops_workers"
    worker_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    host: Mapped[str] = mapped_column(String(255), nullable=False)
    pid: Mapped[int] = mapped_column(Integer, nullable=False)
    queues: Mapped[list[str]] = mapped_column(
        ARRAY(Text), nullable=False, server_default=text("'{}'::text[]")
    )
    threads: Mapped[int] = mapped_column(Integer, nullable=False)
    busy: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    processed: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    failed: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    started_at: Mapped[datetime] = _now()
    heartbeat_at: Mapped[datetime] = _now()


class QueueMinute(Base):
    """Messages processed and failed per queue per minute (workers add their counts every few seconds)."""

    __tablename__ = "ops_queue_stats"
    queue_name: Mapped[str] = mapped_column(String(200), primary_key=True)
    minute: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    processed: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))
    failed: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))


class OpsAudit(Base):
    """Who did what to the queues and dead letters, and when (pause, resume, replay, purge)."""

    __tablename__ = "ops_audit"
    __table_args__ = (Index("ix_ops_audit_at", "at"),)
    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    at: Mapped[datetime] = _now()
    who: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    target: Mapped[str] = mapped_column(String(200), nullable=False)
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
