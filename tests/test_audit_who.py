"""The audit trail's `who` is the authenticated credential, never a claim (#6 item 3).

A review through the API's path (a verified user, `user_session`) records that user on the order's audit
rows; a session of the application role that forges `request.jwt.claims` naming another user (as SQL
injection could) records nobody (the service's token) or the user its signed token names, never the
forged subject."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from db import tenant_token
from db.enums import UserRole
from db.session import privileged_session
from jobs.review import actions
from tests.reviewers import make_user, process
from worker.settings import libpq_url

UNKNOWN = "3 cases of the black fizzy"  # matches nothing in the shipped catalog: REVIEW


def audit_users(record_id: uuid.UUID, after: int = 0) -> list[uuid.UUID | None]:
    """The user of each audit row of `record_id` (read as the owner), newest last, skipping `after`."""
    from sqlalchemy import text

    with privileged_session() as s:
        rows = s.execute(
            text("SELECT user_id FROM data_access_audit WHERE record_id = :r ORDER BY id"), {"r": record_id}
        ).scalars()
        return list(rows)[after:]


@pytest.fixture()
def app_conn(settings) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    with psycopg.connect(libpq_url(settings.database_url), autocommit=True) as conn:
        yield conn


def test_a_review_records_the_verified_reviewer(shop) -> None:  # type: ignore[no-untyped-def]
    order_id = process(shop.id, UNKNOWN)
    assert order_id is not None
    before = len(audit_users(order_id))
    reviewer = make_user(shop.id, UserRole.OPERATOR)
    actions.reject(reviewer, order_id, "not ours")
    assert set(audit_users(order_id, before)) == {reviewer.user_id}


def _forge(conn: psycopg.Connection, token: str, claimed: uuid.UUID, customer: uuid.UUID) -> None:
    with conn.transaction():
        conn.execute(
            "SELECT set_config('app.tenant_token', %s, true), set_config('request.jwt.claims', %s, true)",
            (token, json.dumps({"sub": str(claimed), "role": "authenticated"})),
        )
        conn.execute("UPDATE customers SET notes = %s WHERE id = %s", (uuid.uuid4().hex, customer))


def test_forged_claims_are_never_recorded_as_who(shop, app_conn) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    owner = make_user(shop.id, UserRole.OWNER)
    manager = make_user(shop.id, UserRole.MANAGER)
    with privileged_session() as s:
        customer = s.execute(
            text(
                "INSERT INTO customers (distributor_id, business_name, customer_code) VALUES (:d, 'Audit test', :c) RETURNING id"
            ),
            {"d": shop.id, "c": uuid.uuid4().hex[:12]},
        ).scalar_one()
    seen = len(audit_users(customer))

    # The service's token with the owner's subject in the claims: the service, nobody.
    _forge(app_conn, tenant_token.tenant_token(shop.id), owner.user_id, customer)  # type: ignore[arg-type]
    assert audit_users(customer, seen) == [None]

    # The manager's own signed token with the owner's subject in the claims: the manager.
    _forge(app_conn, tenant_token.user_token(manager.user_id), owner.user_id, customer)  # type: ignore[arg-type]
    assert audit_users(customer, seen + 1) == [manager.user_id]
    assert owner.user_id not in audit_users(customer)
