"""The enumerations the schema guide names, as Python enums backed by PostgreSQL enum types."""

from __future__ import annotations

import enum


class SubscriptionTier(enum.StrEnum):
    FREE = "FREE"
    BASIC = "BASIC"
    PREMIUM = "PREMIUM"
    ENTERPRISE = "ENTERPRISE"


class UserRole(enum.StrEnum):
    OWNER = "OWNER"
    ADMIN = "ADMIN"
    MANAGER = "MANAGER"
    OPERATOR = "OPERATOR"


class CustomerStatus(enum.StrEnum):
    ORDERING = "ORDERING"
    AT_RISK = "AT_RISK"
    STOPPED_ORDERING = "STOPPED_ORDERING"
    NO_ORDERS_YET = "NO_ORDERS_YET"


class Channel(enum.StrEnum):
    WHATSAPP = "WHATSAPP"
    SMS = "SMS"
    EMAIL = "EMAIL"


class OrderStatus(enum.StrEnum):
    CONFIRMED = "CONFIRMED"
    PENDING = "PENDING"
    REVIEW = "REVIEW"
    CANCELLED = "CANCELLED"
    REJECTED = "REJECTED"


class Stage(enum.StrEnum):
    """The message pipeline's stages, in order (`messages.processing_stage`, `ai_responses.stage`)."""

    DETECT_PII = "detect_pii"
    CLASSIFY_INTENT = "classify_intent"
    MATCH_PRODUCTS = "match_products"
    CREATE_ORDER = "create_order"


class MessageIntent(enum.StrEnum):
    ORDER = "ORDER"
    QUESTION = "QUESTION"
    COMPLAINT = "COMPLAINT"
    CANCEL = "CANCEL"
    CHANGE = "CHANGE"
    OTHER = "OTHER"


class ProcessingStatus(enum.StrEnum):
    """Where a message is in the pipeline; FAILED holds the error for the dead-letter view."""

    RECEIVED = "RECEIVED"
    PROCESSING = "PROCESSING"
    PROCESSED = "PROCESSED"
    FAILED = "FAILED"


class AgentType(enum.StrEnum):
    ORDER_PROCESSING = "ORDER_PROCESSING"
    CUSTOMER_SUPPORT = "CUSTOMER_SUPPORT"
    MESSAGE_ANALYSIS = "MESSAGE_ANALYSIS"


class VariantType(enum.StrEnum):
    SIZE = "SIZE"
    COLOR = "COLOR"
    VOLUME = "VOLUME"
    WEIGHT = "WEIGHT"


class PiiType(enum.StrEnum):
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    SSN = "SSN"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN = "IBAN"
    IP_ADDRESS = "IP_ADDRESS"


class AuditOperation(enum.StrEnum):
    SELECT = "SELECT"
    INSERT = "INSERT"
    UPDATE = "UPDATE"
    DELETE = "DELETE"


class DeliveryStatus(enum.StrEnum):
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    RETRYING = "RETRYING"


class IntegrationType(enum.StrEnum):
    MESSAGING = "MESSAGING"
    ECOMMERCE = "ECOMMERCE"
    CRM = "CRM"
    ANALYTICS = "ANALYTICS"


class TrainingDataSource(enum.StrEnum):
    MANUAL_ENTRY = "MANUAL_ENTRY"
    CORRECTED_AI_OUTPUT = "CORRECTED_AI_OUTPUT"


class WebhookAuthType(enum.StrEnum):
    NONE = "NONE"
    HMAC_SHA256 = "HMAC_SHA256"
    BEARER = "BEARER"
    BASIC = "BASIC"


class ReviewAction(enum.StrEnum):
    """What a reviewer did to an order (order_reviews.action); REQUEST is a customer's cancel or change
    message linked to the order."""

    APPROVE = "APPROVE"
    CORRECT = "CORRECT"
    REJECT = "REJECT"
    REQUEST = "REQUEST"


class LearnedStatus(enum.StrEnum):
    """ACTIVE phrasings teach the matcher; CONFLICT ones (one phrase corrected to different products) and
    REMOVED ones do not."""

    ACTIVE = "ACTIVE"
    CONFLICT = "CONFLICT"
    REMOVED = "REMOVED"
