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
from db.tables.customers import Customer, CustomerLabel, CustomerLabelAssignment, CustomerOrderGuide
from db.tables.messaging import (
    ContextSummaryDue,
    Conversation,
    ExternalIntegration,
    ExternalMessageMapping,
    Message,
)
from db.tables.orders import CustomerPhrase, LearnedPhrase, Order, OrderAttachment, OrderProduct, OrderReview
from db.tables.privacy import DataAccessAudit, EncryptionKey, PiiDetectionResult, PiiDetectionRule
from db.tables.system import SchedulerRun, TenantConfigVersion
from db.tables.tenancy import AuthUser, Distributor, UserInvitation, UserProfile, UserSession
from db.tables.webhooks import WebhookDelivery, WebhookDeliveryAttempt, WebhookEndpoint, WebhookReplayToken

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
    "CustomerOrderGuide",
    "Conversation",
    "ContextSummaryDue",
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
    "CustomerPhrase",
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
