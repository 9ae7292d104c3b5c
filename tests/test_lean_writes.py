"""Migration 0033's leaner writes say what the statements they replace said.

- The audit of a message update (`oms_audit_messages`, columns compared as columns) writes the rows the
  generic per-row trigger (`oms_audit_write('true')`, a jsonb diff of the two row versions) wrote: the
  same updates run twice in a rolled-back transaction of the owner, once with each trigger, updates of
  every column among them. And the function names every column of `messages`.
- `oms_record_events` with no active endpoint returns no delivery, as the insert it skips would have;
  with one it still delivers.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from db import tenant_token
from worker.settings import libpq_url

AUDIT_COLUMNS = (
    "distributor_id, user_id, db_role, table_name, record_id, operation::text, contains_pii, changed_fields"
)
UPDATES = (
    "ai_extracted_intent = 'ORDER'",
    "ai_intent_confidence = 0.850",
    "ai_intent_confidence = 0.85",  # the same value: no row
    "ai_processed = true",
    'ai_suggested_responses = \'[{"text": "hi"}]\'',
    'ai_suggested_responses = \'[{"text":  "hi"}]\'',  # the same jsonb: no row
    "attempts = attempts + 1",
    "content = content || '!'",
    "created_at = created_at - interval '1 second'",
    "is_from_customer = NOT is_from_customer",
    'media = \'[{"url": "https://example.test/a.jpg"}]\'',
    "processed_at = now()",
    "processing_error = 'boom'",
    "processing_error = NULL",
    "processing_stage = 'detect_pii'",
    "processing_status = 'PROCESSING'",
    "read_at = now()",
    "redacted_content = 'x'",
    "sent_at = now() - interval '1 hour'",
    "updated_at = now() - interval '1 day'",  # updated_at only: no row
    "content = content, attempts = attempts",  # nothing: no row
    "processing_status = 'PROCESSED', processing_stage = 'create_order', processed_at = now(), ai_processed = false",
    "customer_id = NULL",
    "conversation_id = conversation_id",
)


@pytest.fixture()
def owner(database) -> Iterator[psycopg.Connection[Any]]:  # type: ignore[no-untyped-def]
    with psycopg.connect(database["admin_url"]) as conn:
        yield conn


def _message(conn: psycopg.Connection[Any], tenant_id: uuid.UUID) -> uuid.UUID:
    with conn.transaction():
        (customer,) = conn.execute(
            "INSERT INTO customers (distributor_id, business_name, customer_code) "
            "VALUES (%s, 'Audit', %s) RETURNING id",
            (tenant_id, f"A{uuid.uuid4().hex[:8]}"),
        ).fetchone()  # type: ignore[misc]
        (conversation,) = conn.execute(
            "INSERT INTO conversations (distributor_id, customer_id, channel) VALUES (%s, %s, 'SMS') RETURNING id",
            (tenant_id, customer),
        ).fetchone()  # type: ignore[misc]
        (message,) = conn.execute(
            "INSERT INTO messages (distributor_id, conversation_id, customer_id, content) "
            "VALUES (%s, %s, %s, 'two cases of cola') RETURNING id",
            (tenant_id, conversation, customer),
        ).fetchone()  # type: ignore[misc]
    return message  # type: ignore[no-any-return]


def _audited(conn: psycopg.Connection[Any], message: uuid.UUID, *, generic: bool) -> list[tuple[Any, ...]]:
    """The audit rows the updates write, with the 0033 trigger or the generic one; rolled back."""
    with conn.transaction(force_rollback=True):
        if generic:
            conn.execute("DROP TRIGGER audit_write ON messages")
            conn.execute(
                "CREATE TRIGGER audit_write AFTER INSERT OR UPDATE OR DELETE ON messages "
                "FOR EACH ROW EXECUTE FUNCTION oms_audit_write('true')"
            )
        (after,) = conn.execute("SELECT coalesce(max(id), 0) FROM data_access_audit").fetchone()  # type: ignore[misc]
        for update in UPDATES:
            conn.execute(f"UPDATE messages SET {update} WHERE id = %s", (message,))
        conn.execute("DELETE FROM messages WHERE id = %s", (message,))
        rows = conn.execute(
            f"SELECT {AUDIT_COLUMNS} FROM data_access_audit WHERE record_id = %s AND id > %s ORDER BY id",
            (message, after),
        ).fetchall()
    return [tuple(tuple(v) if isinstance(v, list) else v for v in r) for r in rows]


def test_a_message_update_is_audited_as_the_generic_trigger_did(tenant, owner) -> None:  # type: ignore[no-untyped-def]
    message = _message(owner, tenant.id)
    columns = _audited(owner, message, generic=False)
    assert columns == _audited(owner, message, generic=True)
    assert Counter(r[5] for r in columns) == {"UPDATE": len(UPDATES) - 5, "DELETE": 1}
    # processed_at was set to the transaction's now() already: it did not change
    assert ("UPDATE", ("ai_processed", "processing_stage", "processing_status")) in {
        (r[5], r[7]) for r in columns
    }


def test_the_message_audit_compares_every_column(owner) -> None:  # type: ignore[no-untyped-def]
    (source,) = owner.execute("SELECT prosrc FROM pg_proc WHERE proname = 'oms_audit_messages'").fetchone()  # type: ignore[misc]
    columns = sorted(
        c
        for (c,) in owner.execute(
            "SELECT attname::text FROM pg_attribute WHERE attrelid = 'public.messages'::regclass "
            "AND attnum > 0 AND NOT attisdropped AND attname <> 'updated_at'"
        )
    )
    named = [c for c in columns if f"NEW.{c} IS DISTINCT FROM OLD.{c} THEN '{c}'" in source]
    assert named == columns, "oms_audit_messages must compare every column of messages (see 0033)"
    positions = [source.index(f"THEN '{c}'") for c in columns]
    assert positions == sorted(positions), "in alphabetical order, as the jsonb diff listed them"


def _events(app: psycopg.Connection[Any], tenant_id: uuid.UUID) -> list[uuid.UUID]:
    event = {
        "event_id": f"evt-{uuid.uuid4()}",
        "event_type": "message.created",
        "payload": {"type": "message.created", "data": {"id": "m"}},
    }
    (ids,) = app.execute("SELECT oms_record_events(%s::jsonb)", (json.dumps([event]),)).fetchone()  # type: ignore[misc]
    return list(ids)


def test_events_without_an_active_endpoint_deliver_nothing(tenant, owner, database) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(libpq_url(database["app_url"])) as app:
        app.execute(
            "SELECT set_config('app.tenant_token', %s, false)", (tenant_token.tenant_token(tenant.id),)
        )
        with app.transaction(force_rollback=True):
            assert _events(app, tenant.id) == []
            app.execute(
                "INSERT INTO webhook_endpoints (distributor_id, url, events, is_active, disabled_at) "
                "VALUES (%s, 'https://example.test/hook', '{message.created}', false, now())",
                (tenant.id,),
            )
            assert _events(app, tenant.id) == []  # inactive
            app.execute("UPDATE webhook_endpoints SET is_active = true, disabled_at = NULL")
            assert len(_events(app, tenant.id)) == 1
