"""The snapshot reads the message's conversation by primary key; three dead set_config calls go (issue #12).

Revision ID: 0047
Revises: 0046
Create Date: 2026-12-07

``oms_message_snapshot`` joined ``conversations v ON v.id = m.conversation_id``. Without table statistics
(a new database, or this machine's PostgreSQL, whose autovacuum is off), the generic plan each pooled
backend makes in its first calls, while the tables are tiny, joined a bitmap scan of the tenant's
conversations (``ix_conversations_distributor_last_message``, tenant alone) and kept it: every snapshot
then read every conversation of the tenant plus the dead index entry each message's non-HOT
``last_message_at`` update leaves (bitmap scans never mark entries dead, and nothing vacuums them), a
read that grew by about one entry a message: 390, 1,100, 1,580 entries a message over three rounds of 400
sequential messages. The conversation is now a ``LATERAL`` sub-select with ``LIMIT 1``, which PostgreSQL
plans on its own, for one row: a lookup of ``pk_conversations`` by the message's ``conversation_id``
(about 4 entries a message, from the first message on; same rows, same columns).

``oms_ingest_message``, ``oms_message_snapshot`` and ``oms_record_pipeline`` each began with
``set_config('app.current_distributor_id', <tenant>, true)``, which names no tenant since migration 0013
and which nothing reads (``get_current_distributor_id()`` takes the tenant from the token): removed.
"""

from __future__ import annotations

import importlib
from types import ModuleType

revision = "0047"
down_revision = "0046"
branch_labels = None
depends_on = None

INGEST = (
    "public.oms_ingest_message(uuid, uuid, text, text, text, text, boolean, text, text, text, text, text, "
    "jsonb, timestamp with time zone)"
)
SNAPSHOT = "public.oms_message_snapshot(uuid, uuid, text)"
RECORD = "public.oms_record_pipeline(uuid, uuid, jsonb)"


def _dead_set_config(arg: str, then: str) -> tuple[str, str]:
    """The call and the statement after it, and that statement alone (a patch must be found once)."""
    return (f"  PERFORM set_config('app.current_distributor_id', {arg}::text, true);\n{then}", then)


PATCHES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (INGEST, (_dead_set_config("p_distributor_id", "  PERFORM 1 FROM public.distributors d"),)),
    (
        SNAPSHOT,
        (
            _dead_set_config("p_tenant", "  RETURN QUERY\n"),
            (
                "    JOIN public.conversations v ON v.id = m.conversation_id\n",
                "    CROSS JOIN LATERAL (SELECT v.customer_id, v.channel FROM public.conversations v\n"
                "                        WHERE v.id = m.conversation_id LIMIT 1) v"
                "  -- planned alone: the primary key, with or without statistics (0047)\n",
            ),
        ),
    ),
    (RECORD, (_dead_set_config("p_tenant", "  IF p_plan->>'synchronous_commit' = 'off' THEN"),)),
)


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    for function, patches in PATCHES:
        _m38()._patch(function, patches)


def downgrade() -> None:
    for function, patches in PATCHES:
        _m38()._patch(function, patches, undo=True)
