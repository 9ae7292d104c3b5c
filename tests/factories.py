"""Seed one row in every tenant table for a distributor, so isolation tests can iterate over all of them."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from db import models as m
from db.enums import (
    AgentType,
    Channel,
    DeliveryStatus,
    IntegrationType,
    OrderStatus,
    PiiType,
    TrainingDataSource,
    UserRole,
    VariantType,
)


def seed_every_table(session: Session, distributor_id: uuid.UUID) -> dict[str, uuid.UUID]:
    d = distributor_id
    ids: dict[str, uuid.UUID] = {}

    def add(obj: m.Base) -> m.Base:
        session.add(obj)
        session.flush()
        return obj

    user = add(m.AuthUser(email=f"{uuid.uuid4().hex[:8]}@example.test"))
    profile = add(m.UserProfile(id=user.id, distributor_id=d, email=user.email, role=UserRole.OWNER))
    add(
        m.UserInvitation(
            distributor_id=d,
            email="new@example.test",
            invitation_token=uuid.uuid4().hex,
            invited_by=profile.id,
        )
    )
    add(m.UserSession(distributor_id=d, user_id=profile.id, ip_address="127.0.0.1"))
    customer = add(
        m.Customer(
            distributor_id=d,
            business_name="Bella Napoli",
            customer_code=uuid.uuid4().hex[:10],
            phone=f"+4477009{uuid.uuid4().int % 100000:05d}",
        )
    )
    label = add(m.CustomerLabel(distributor_id=d, name="Restaurant", color="#FF0000"))
    add(
        m.CustomerLabelAssignment(distributor_id=d, customer_id=customer.id, label_id=label.id, value="pizza")
    )
    conv = add(m.Conversation(distributor_id=d, customer_id=customer.id, channel=Channel.SMS))
    add(m.ContextSummaryDue(distributor_id=d, customer_id=customer.id))
    msg = add(
        m.Message(distributor_id=d, conversation_id=conv.id, customer_id=customer.id, content="2 cases coke")
    )
    integ = add(
        m.ExternalIntegration(
            distributor_id=d,
            integration_type=IntegrationType.MESSAGING,
            provider="twilio",
            address=f"+4420{uuid.uuid4().int % 10**8:08d}",
        )
    )
    add(
        m.ExternalMessageMapping(
            distributor_id=d,
            integration_id=integ.id,
            channel=Channel.SMS,
            provider="twilio",
            external_message_id=uuid.uuid4().hex,
            message_id=msg.id,
        )
    )
    cat = add(m.ProductCategory(distributor_id=d, name="Soft Drinks", ai_keywords=["soda"]))
    prod = add(
        m.Product(
            distributor_id=d,
            category_id=cat.id,
            sku="COKE-330",
            name="Coca-Cola 330ml",
            unit="case",
            unit_price=Decimal("14.40"),
            aliases=["coke"],
        )
    )
    comp = add(m.Product(distributor_id=d, sku="COKE-1500", name="Coca-Cola 1.5L", unit="case"))
    variant = add(
        m.ProductVariant(
            distributor_id=d, product_id=prod.id, name="24 x 330ml", variant_type=VariantType.SIZE
        )
    )
    add(m.ProductBundle(distributor_id=d, bundle_product_id=prod.id, component_product_id=comp.id))
    order = add(
        m.Order(
            distributor_id=d,
            customer_id=customer.id,
            conversation_id=conv.id,
            source_message_id=msg.id,
            channel=Channel.SMS,
            status=OrderStatus.CONFIRMED,
            total_amount=Decimal("28.80"),
            subtotal=Decimal("28.80"),
        )
    )
    add(
        m.OrderProduct(
            distributor_id=d,
            order_id=order.id,
            line_number=1,
            product_id=prod.id,
            variant_id=variant.id,
            product_name=prod.name,
            quantity=Decimal(2),
            unit_price=Decimal("14.40"),
            line_price=Decimal("28.80"),
        )
    )
    add(
        m.OrderAttachment(
            distributor_id=d, order_id=order.id, message_id=msg.id, file_url="https://x.test/a.jpg"
        )
    )
    resp = add(
        m.AIResponse(
            distributor_id=d, message_id=msg.id, agent_type=AgentType.MESSAGE_ANALYSIS, provider="local"
        )
    )
    add(
        m.AIUsageMetric(
            distributor_id=d,
            date=__import__("datetime").date(2026, 11, 25),
            hour=14,
            provider="local",
            model="rules",
            agent_type=AgentType.MESSAGE_ANALYSIS,
            requests_count=1,
        )
    )
    add(
        m.AIError(
            distributor_id=d,
            message_id=msg.id,
            stage="classify_intent",
            error_type="Timeout",
            error_message="timed out",
        )
    )
    add(
        m.AITrainingData(
            distributor_id=d,
            input_text="2 cs coke",
            data_source=TrainingDataSource.MANUAL_ENTRY,
            ai_response_id=resp.id,
        )
    )
    rule = add(
        m.PiiDetectionRule(
            distributor_id=d, name="loyalty card", pii_type=PiiType.CREDIT_CARD, pattern=r"LC-\d{6}"
        )
    )
    add(
        m.PiiDetectionResult(
            distributor_id=d,
            message_id=msg.id,
            rule_id=rule.id,
            pii_type=PiiType.PHONE,
            start_offset=0,
            end_offset=5,
            confidence_score=Decimal("0.9"),
            recognizer="phone",
        )
    )
    add(m.EncryptionKey(distributor_id=d, key_name="secrets", encrypted_key=b"\x00" * 60))
    endpoint = add(
        m.WebhookEndpoint(distributor_id=d, url="https://hooks.example.test/oms", events=["order.created"])
    )
    delivery = add(
        m.WebhookDelivery(
            distributor_id=d,
            endpoint_id=endpoint.id,
            event_id=uuid.uuid4().hex,
            event_type="order.created",
            order_id=order.id,
            status=DeliveryStatus.PENDING,
        )
    )
    add(
        m.WebhookDeliveryAttempt(
            distributor_id=d,
            delivery_id=delivery.id,
            attempt_number=1,
            attempted_at=datetime.now(UTC),
            response_status_code=500,
            error="HTTP 500",
        )
    )
    add(
        m.OrderReview(
            distributor_id=d,
            order_id=order.id,
            action="APPROVE",
            reviewer_id=profile.id,
            actor="seed",
            from_status="REVIEW",
            to_status="CONFIRMED",
            from_version=1,
            to_version=2,
        )
    )
    add(
        m.LearnedPhrase(
            distributor_id=d, phrase="the usual coke", product_id=prod.id, customer_id=customer.id
        )
    )
    add(m.CustomerPhrase(distributor_id=d, customer_id=customer.id, phrase="black fizzy", product_id=prod.id))
    add(
        m.AIBudgetAlert(
            distributor_id=d, month=date(2026, 11, 1), level="warning", spend_usd=40, budget_usd=50
        )
    )
    add(m.AIBudgetMonth(distributor_id=d, month=date(2026, 11, 1), spent_cents=1, reserved_cents=2))
    add(
        m.AIBudgetReservation(
            distributor_id=d,
            month=date(2026, 11, 1),
            amount_cents=2,
            expires_at=datetime(2026, 11, 25, tzinfo=UTC),
        )
    )
    add(
        m.WebhookReplayToken(
            distributor_id=d,
            provider="mailgun",
            token_sha256=uuid.uuid4().hex,
            request_sha256=uuid.uuid4().hex,
            expires_at=datetime(2099, 1, 1, tzinfo=UTC),
        )
    )
    ids.update(customer=customer.id, conversation=conv.id, message=msg.id, order=order.id, product=prod.id)
    return ids
