"""What the delivery code promises about its rows, kept by the database too (migration 0014)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.session import tenant_session
from tests.factories import seed_every_table

BROKEN = {
    "a body longer than 4 KB": "UPDATE webhook_deliveries SET response_body = repeat('x', 4097)",
    "an attempt's body longer than 4 KB": "UPDATE webhook_delivery_attempts SET response_body = repeat('x', 4097)",
    "a SUCCESS without delivered_at": "UPDATE webhook_deliveries SET status = 'SUCCESS', delivered_at = NULL",
    "a URL that is not http(s)": "UPDATE webhook_endpoints SET url = 'file:///etc/passwd'",
    "a previous secret without expiry": "UPDATE webhook_endpoints SET previous_secret_encrypted = '\\x00'",
    "a disabled endpoint without disabled_at": "UPDATE webhook_endpoints SET is_active = false, disabled_at = NULL",
}


@pytest.mark.parametrize("what", list(BROKEN))
def test_broken_webhook_rows_are_refused(tenant, what):  # type: ignore[no-untyped-def]
    from db.session import privileged_session

    with privileged_session() as s:
        seed_every_table(s, tenant.id)
    with pytest.raises(IntegrityError, match="check constraint"), tenant_session(tenant.id) as s:
        s.execute(text(BROKEN[what]))


def test_the_replayable_deliveries_of_an_endpoint_have_their_index(tenant):  # type: ignore[no-untyped-def]
    with tenant_session(tenant.id) as s:
        definition = s.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_webhook_deliveries_endpoint_failed'")
        ).scalar_one()
    assert "(endpoint_id, created_at)" in definition and "'FAILED'" in definition
