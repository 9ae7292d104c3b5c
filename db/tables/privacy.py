"""The audit trail, PII rules and findings, and the per-tenant encryption keys."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
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
    AuditOperation,
    PiiType,
)
from db.tables.base import (
    Base,
    _conf_check,
    _created,
    _fk,
    _tenant,
    _text_array,
    _updated,
    _uuid_pk,
    pg_enum,
)


class DataAccessAudit(Base):
    """Append-only: the application role may insert and read, never update or delete."""

    __tablename__ = "data_access_audit"
    __table_args__ = (
        Index("ix_data_access_audit_distributor_created", "distributor_id", "created_at"),
        Index("ix_data_access_audit_record", "table_name", "record_id"),
    )
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    distributor_id: Mapped[uuid.UUID] = _tenant(index=False)  # distributor_created leads with it
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
