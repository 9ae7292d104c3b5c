"""SQLAlchemy 2.0 models of every table in the schema guide, defined by concept in db/tables/ and
re-exported here (`from db import models as m`).

Every tenant table carries `distributor_id`; row-level security, enabled and forced on each of them by
migration 0002 and keyed on the tenant `db/session.py` sets per transaction, walls tenants in the
database itself. Amounts are NUMERIC with a currency, confidences are NUMERIC(4,3) checked to 0..1.
"""

from __future__ import annotations

from db.tables.ai import (
    AIBudgetAlert,
    AIBudgetMonth,
    AIBudgetReservation,
    AIError,
    AIResponse,
    AITrainingData,
    AIUsageMetric,
)
from db.tables.base import NAMING, Base, pg_enum
from db.tables.catalog import Product, ProductBundle, ProductCategory, ProductVariant
from db.tables.customers import Customer, CustomerLabel, CustomerLabelAssignment
from db.tables.messaging import Conversation, ExternalIntegration, ExternalMessageMapping, Message
from db.tables.orders import LearnedPhrase, Order, OrderAttachment, OrderProduct, OrderReview
from db.tables.privacy import DataAccessAudit, EncryptionKey, PiiDetectionResult, PiiDetectionRule
from db.tables.system import SchedulerRun, TenantConfigVersion
from db.tables.tenancy import AuthUser, Distributor, UserInvitation, UserProfile, UserSession
from db.tables.webhooks import WebhookDelivery, WebhookDeliveryAttempt, WebhookEndpoint, WebhookReplayToken

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

__all__ = [
    "EXPRESSION_INDEXES",
    "NAMING",
    "TENANT_TABLES",
    "Base",
    "pg_enum",
    "AuthUser",
    "Distributor",
    "UserProfile",
    "UserInvitation",
    "UserSession",
    "Customer",
    "CustomerLabel",
    "CustomerLabelAssignment",
    "Conversation",
    "Message",
    "ExternalIntegration",
    "ExternalMessageMapping",
    "ProductCategory",
    "Product",
    "ProductVariant",
    "ProductBundle",
    "Order",
    "OrderReview",
    "LearnedPhrase",
    "OrderProduct",
    "OrderAttachment",
    "AIResponse",
    "AIUsageMetric",
    "AIError",
    "AITrainingData",
    "AIBudgetAlert",
    "AIBudgetMonth",
    "AIBudgetReservation",
    "DataAccessAudit",
    "PiiDetectionRule",
    "PiiDetectionResult",
    "EncryptionKey",
    "WebhookEndpoint",
    "WebhookDelivery",
    "WebhookDeliveryAttempt",
    "WebhookReplayToken",
    "SchedulerRun",
    "TenantConfigVersion",
]
