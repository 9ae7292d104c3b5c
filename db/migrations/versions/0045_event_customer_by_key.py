"""An event's customer code is looked up by primary key (issue #12).

Revision ID: 0045
Revises: 0044
Create Date: 2026-12-07

``oms_record_events`` (0033) adds the customer's code to an event whose ``data.customer`` is an object, with
``WHERE c.id = (ev.payload->'data'->'customer'->>'id')::uuid``. Under row-level security PostgreSQL keeps a
condition it cannot prove leak-free out of the index conditions, and the jsonb operators and the cast are
not marked leak-free: the sub-select scanned ``customers`` sequentially for every event (every tenant's
rows, filtered by the policy; analyzed bench database, ``EXPLAIN`` of the sub-select). The id is now read in
a LATERAL sub-select of its own (``OFFSET 0`` keeps it apart), so the lookup compares ``c.id`` with a plain
column, an index condition on ``pk_customers``. The cast sees the same values as before: ``->>'id'`` of a
customer that is not an object is null, and an object's id was cast before too.
"""

from __future__ import annotations

import importlib
from types import ModuleType

revision = "0045"
down_revision = "0044"
branch_labels = None
depends_on = None

EVENTS = "public.oms_record_events(jsonb)"
PATCHES = (
    (
        "WHERE c.id = (ev.payload->'data'->'customer'->>'id')::uuid)), 'null'::jsonb))",
        "WHERE c.id = k.customer_ref)), 'null'::jsonb))",
    ),
    (
        "        distributor_id uuid)\n    JOIN public.webhook_endpoints e",
        "        distributor_id uuid)\n"
        "    CROSS JOIN LATERAL (SELECT (ev.payload->'data'->'customer'->>'id')::uuid AS customer_ref OFFSET 0) k"
        "  -- a plain column: c.id = k.customer_ref is an index condition under row-level security (0045)\n"
        "    JOIN public.webhook_endpoints e",
    ),
)


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    _m38()._patch(EVENTS, PATCHES)


def downgrade() -> None:
    _m38()._patch(EVENTS, PATCHES, undo=True)
