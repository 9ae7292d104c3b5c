"""Role permissions enforced by the database: every role against every area's tables, as the user's own
session (the policies read the role from user_profiles), and the service path unrestricted."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from db.enums import UserRole
from db.session import privileged_session, tenant_session, user_session
from jobs.review.actor import ROLE_AREAS, Area
from tests.factories import seed_every_table
from tests.reviewers import make_user

# One write per area: an UPDATE (a refused row is invisible to it: 0 rows) and an INSERT (refused: error).
WRITES = {
    Area.REVIEW: (
        "UPDATE orders SET notes = 'x'",
        "INSERT INTO order_reviews (distributor_id, order_id, action, "
        "actor, from_status, to_status, from_version, to_version) SELECT distributor_id, id, 'APPROVE', "
        "'t', 'REVIEW', 'CONFIRMED', 1, 2 FROM orders LIMIT 1",
    ),
    Area.CATALOG: (
        "UPDATE products SET description = 'x'",
        "INSERT INTO products (distributor_id, sku, name) "
        "SELECT distributor_id, 'NEW-' || gen_random_uuid(), 'New' FROM products LIMIT 1",
    ),
    Area.CUSTOMERS: (
        "UPDATE customers SET notes = 'x'",
        "INSERT INTO customers (distributor_id, business_name, "
        "customer_code) SELECT distributor_id, 'New', gen_random_uuid()::text FROM customers LIMIT 1",
    ),
    Area.INTEGRATIONS: (
        "UPDATE external_integrations SET name = 'x'",
        "INSERT INTO external_integrations "
        "(distributor_id, provider) SELECT distributor_id, 'api' FROM external_integrations LIMIT 1",
    ),
    Area.WEBHOOKS: (
        "DELETE FROM webhook_endpoints",
        "INSERT INTO webhook_endpoints (distributor_id, url) "
        "SELECT distributor_id, 'https://x.test' FROM webhook_endpoints LIMIT 1",
    ),
    Area.USERS: (
        "UPDATE user_profiles SET full_name = 'x'",
        "INSERT INTO user_invitations (distributor_id, email, "
        "invitation_token) SELECT distributor_id, 'x@x.test', gen_random_uuid()::text FROM user_profiles LIMIT 1",
    ),
    Area.SETTINGS: (
        "UPDATE pii_detection_rules SET confidence = 0.5",
        "INSERT INTO pii_detection_rules "
        "(distributor_id, name, pii_type, pattern) SELECT distributor_id, gen_random_uuid()::text, 'EMAIL', "
        "'x' FROM pii_detection_rules LIMIT 1",
    ),
}


@pytest.fixture()
def users(tenant):  # type: ignore[no-untyped-def]
    with privileged_session() as s:
        seed_every_table(s, tenant.id)
    return tenant, {role: make_user(tenant.id, role) for role in UserRole}


class _Undo(Exception):
    """Raised to roll a probing write back, so every role meets the same rows."""


def _update_count(user_id, sql):  # type: ignore[no-untyped-def]
    try:
        with user_session(user_id) as s:
            count = s.execute(text(sql)).rowcount
            raise _Undo
    except _Undo:
        return count


def _insert_allowed(user_id, sql):  # type: ignore[no-untyped-def]
    try:
        with user_session(user_id) as s:
            s.execute(text(sql))
            raise _Undo
    except _Undo:
        return True
    except ProgrammingError as exc:
        assert "row-level security" in str(exc)
        return False


def test_every_role_against_every_area(users):  # type: ignore[no-untyped-def]
    tenant, by_role = users
    seen = {}
    for role, actor in by_role.items():
        for area, (update, insert) in WRITES.items():
            allowed = role in ROLE_AREAS[area]
            assert actor.may(area) is allowed
            updated = _update_count(actor.user_id, update)
            assert (updated > 0) is allowed, (role, area, updated)
            assert _insert_allowed(actor.user_id, insert) is allowed, (role, area)
            seen[(role.value, area.value)] = allowed
    # The matrix of the issue: OPERATOR reviews; MANAGER also catalog and customers; ADMIN/OWNER everything.
    assert [a for (r, a), ok in seen.items() if ok and r == "OPERATOR"] == ["review"]
    assert {a for (r, a), ok in seen.items() if ok and r == "MANAGER"} == {"review", "catalog", "customers"}
    assert all(ok for (r, _a), ok in seen.items() if r in ("ADMIN", "OWNER"))
    # The service (worker, API key, command line) is not a user: no role applies.
    with tenant_session(tenant.id) as s:
        assert s.execute(text("UPDATE webhook_endpoints SET description = 'svc'")).rowcount == 1


def test_users_see_only_their_tenant_and_a_profile_less_user_nothing(users, other_tenant):  # type: ignore[no-untyped-def]
    import uuid

    tenant, by_role = users
    stranger = make_user(other_tenant.id, UserRole.OWNER)
    with user_session(stranger.user_id) as s:
        assert s.execute(text("SELECT count(*) FROM orders")).scalar_one() == 0
        assert s.execute(text("DELETE FROM webhook_endpoints")).rowcount == 0
    with user_session(uuid.uuid4()) as s:
        assert s.execute(text("SELECT count(*) FROM customers")).scalar_one() == 0
    with user_session(by_role[UserRole.OPERATOR].user_id) as s:
        assert s.execute(text("SELECT count(*) FROM customers")).scalar_one() >= 1


def test_granted_permission_extends_a_role(tenant):  # type: ignore[no-untyped-def]
    with privileged_session() as s:
        seed_every_table(s, tenant.id)
    operator = make_user(tenant.id, UserRole.OPERATOR, permissions={"catalog": True})
    assert operator.may(Area.CATALOG) and not operator.may(Area.WEBHOOKS)
    assert _update_count(operator.user_id, WRITES[Area.CATALOG][0]) > 0
    assert _update_count(operator.user_id, WRITES[Area.WEBHOOKS][0]) == 0


def test_a_review_by_an_operator_still_updates_customer_totals(shop):  # type: ignore[no-untyped-def]
    from jobs.review import actions
    from tests.reviewers import process

    order_id = process(shop.id, "3 cases of the black fizzy")
    operator = make_user(shop.id, UserRole.OPERATOR)
    detail = actions.reject(operator, order_id, "not ours")
    with tenant_session(shop.id) as s:
        n = s.execute(text("SELECT total_orders FROM customers WHERE id = :c"), {"c": detail["customer_id"]})
        assert n.scalar_one() == 0


def test_learned_phrases_are_undone_only_by_a_manager_whatever_the_code(shop):  # type: ignore[no-untyped-def]
    """The database, not Python, refuses a reviewer's attempt to remove, revive, rewrite or delete what
    the matcher learned, while a reviewer's correction still teaches it (migration 0014)."""
    from psycopg.errors import InsufficientPrivilege

    from jobs.review import actions
    from jobs.review.actions import SetLine
    from tests.reviewers import process

    operator, manager = make_user(shop.id, UserRole.OPERATOR), make_user(shop.id, UserRole.MANAGER)
    # two customers' corrections agree: the phrase is the whole tenant's (learned_phrases)
    for phone in ("+447700900101", "+447700900102"):
        order_id = process(shop.id, "3 cases of the black fizzy", phone=phone)
        actions.correct(operator, order_id, [SetLine(1, sku="COKE-ZERO-330")], approve=True)
    with tenant_session(shop.id) as s:
        learned_id = s.execute(text("SELECT id FROM learned_phrases")).scalar_one()
    refused = {
        "remove": "UPDATE learned_phrases SET status = 'REMOVED', removed_at = now() WHERE id = :id",
        "rewrite": "UPDATE learned_phrases SET phrase = 'something else' WHERE id = :id",
        "provenance": "UPDATE learned_phrases SET created_by = NULL WHERE id = :id",
        "insert removed": "INSERT INTO learned_phrases (distributor_id, phrase, product_id, status) "
        "SELECT distributor_id, 'x', product_id, 'REMOVED' FROM learned_phrases WHERE id = :id",
    }
    for what, sql in refused.items():
        with pytest.raises(ProgrammingError) as exc, user_session(operator.user_id) as s:
            s.execute(text(sql), {"id": learned_id})
        assert isinstance(exc.value.orig, InsufficientPrivilege), what
    with user_session(operator.user_id) as s:  # a refused DELETE sees no rows
        assert s.execute(text("DELETE FROM learned_phrases")).rowcount == 0
    # A correction's own writes stay allowed: counting it again, settling ACTIVE/CONFLICT.
    assert (
        _update_count(
            operator.user_id, "UPDATE learned_phrases SET corrections = corrections + 1, status = 'CONFLICT'"
        )
        == 1
    )
    # A user with no profile may not write at all; a manager may remove, and delete.
    import uuid

    with user_session(uuid.uuid4()) as s:
        assert s.execute(text("UPDATE learned_phrases SET corrections = 2")).rowcount == 0
    with user_session(manager.user_id) as s:
        s.execute(
            text("UPDATE learned_phrases SET status = 'REMOVED', removed_by = :u, removed_at = now()"),
            {"u": manager.user_id},
        )
    assert _update_count(manager.user_id, "DELETE FROM learned_phrases") == 1


def test_a_reviewer_cannot_revive_a_conflicting_phrase(shop):  # type: ignore[no-untyped-def]
    from psycopg.errors import InsufficientPrivilege

    from jobs.review import actions
    from jobs.review.actions import SetLine
    from tests.reviewers import process

    operator = make_user(shop.id, UserRole.OPERATOR)
    # two customers teach the tenant one product, two others another: the tenant's phrase is CONFLICT
    # (the tenant's threshold keeps every order in review, so the later ones can still be corrected)
    with privileged_session() as s:
        s.execute(text("UPDATE distributors SET ai_confidence_threshold = 1 WHERE id = :t"), {"t": shop.id})
    for phone, sku in (
        ("+447700900111", "COKE-ZERO-330"),
        ("+447700900112", "COKE-330"),
        ("+447700900113", "COKE-ZERO-330"),
        ("+447700900114", "COKE-330"),
    ):
        order_id = process(shop.id, "3 cases of the black fizzy", phone=phone)
        actions.correct(operator, order_id, [SetLine(1, sku=sku)], approve=True)
    with tenant_session(shop.id) as s:
        assert s.execute(text("SELECT array_agg(DISTINCT status) FROM learned_phrases")).scalar_one() == [
            "CONFLICT"
        ]
    with pytest.raises(ProgrammingError) as exc, user_session(operator.user_id) as s:
        s.execute(text("UPDATE learned_phrases SET status = 'ACTIVE'"))
    assert isinstance(exc.value.orig, InsufficientPrivilege)


def test_a_customers_learned_phrases_are_undone_only_by_a_manager(shop):  # type: ignore[no-untyped-def]
    """One customer's correction teaches that customer's matcher (customer_phrases, #15); the database
    refuses a reviewer's attempt to remove, revive, rewrite or delete it, as for the tenant's (0027)."""
    from psycopg.errors import InsufficientPrivilege

    from jobs.review import actions
    from jobs.review.actions import SetLine
    from tests.reviewers import process

    operator, manager = make_user(shop.id, UserRole.OPERATOR), make_user(shop.id, UserRole.MANAGER)
    order_id = process(shop.id, "3 cases of the black fizzy", phone="+447700900121")
    actions.correct(operator, order_id, [SetLine(1, sku="COKE-ZERO-330")], approve=True)
    with tenant_session(shop.id) as s:
        phrase_id = s.execute(text("SELECT id FROM customer_phrases")).scalar_one()
    refused = {
        "remove": "UPDATE customer_phrases SET status = 'REMOVED', removed_at = now() WHERE id = :id",
        "rewrite": "UPDATE customer_phrases SET phrase = 'something else' WHERE id = :id",
        "retarget": "UPDATE customer_phrases SET customer_id = gen_random_uuid() WHERE id = :id",
        "provenance": "UPDATE customer_phrases SET created_by = NULL WHERE id = :id",
        "insert removed": "INSERT INTO customer_phrases (distributor_id, customer_id, phrase, product_id, status) "
        "SELECT distributor_id, customer_id, 'x', product_id, 'REMOVED' FROM customer_phrases WHERE id = :id",
    }
    for what, sql in refused.items():
        with pytest.raises(ProgrammingError) as exc, user_session(operator.user_id) as s:
            s.execute(text(sql), {"id": phrase_id})
        assert isinstance(exc.value.orig, InsufficientPrivilege), what
    with user_session(operator.user_id) as s:  # a refused DELETE sees no rows
        assert s.execute(text("DELETE FROM customer_phrases")).rowcount == 0
    # a correction's own writes stay allowed: counting it again, settling ACTIVE/CONFLICT
    assert _update_count(operator.user_id, "UPDATE customer_phrases SET corrections = corrections + 1") == 1
    with user_session(manager.user_id) as s:
        s.execute(
            text("UPDATE customer_phrases SET status = 'REMOVED', removed_by = :u, removed_at = now()"),
            {"u": manager.user_id},
        )
    assert _update_count(manager.user_id, "DELETE FROM customer_phrases") == 1
