"""Tenant users for review and permission tests: an auth.users row and its user_profiles row per role,
and REVIEW orders made by the real pipeline."""

from __future__ import annotations

import uuid

from db import models as m
from db.enums import UserRole
from db.session import privileged_session, tenant_session
from jobs.pipeline import actors as pipeline
from jobs.review.actor import Actor, load_user
from tests.seed import insert_message


def make_user(distributor_id: uuid.UUID, role: UserRole, permissions: dict[str, bool] | None = None) -> Actor:
    """A user of `role` in the tenant, as the ingress would resolve them from a verified JWT."""
    with privileged_session() as s:
        user = m.AuthUser(email=f"{role.value.lower()}-{uuid.uuid4().hex[:8]}@example.test")
        s.add(user)
        s.flush()
        s.add(
            m.UserProfile(
                id=user.id,
                distributor_id=distributor_id,
                email=user.email,
                role=role,
                permissions=permissions or {},
            )
        )
        user_id = user.id
    actor = load_user(user_id)
    assert actor is not None
    return actor


def subscribe_all(distributor_id: uuid.UUID) -> None:
    with tenant_session(distributor_id) as s:
        s.add(
            m.WebhookEndpoint(
                distributor_id=distributor_id, url="https://hooks.example.test/all", events=["*"]
            )
        )


def process(distributor_id: uuid.UUID, body: str, phone: str | None = None) -> uuid.UUID | None:
    """Insert a message and run it through the pipeline as the worker would; the order id, if any."""
    mid = insert_message(distributor_id, body, phone=phone)
    return pipeline.run_pipeline_fused(mid, distributor_id)
