"""The catalog: categories, products, variants, bundles."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from db.enums import (
    VariantType,
)
from db.tables.base import (
    Base,
    _created,
    _fk,
    _tenant,
    _text_array,
    _updated,
    _uuid_pk,
    pg_enum,
)


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
