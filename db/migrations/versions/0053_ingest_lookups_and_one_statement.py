"""The ingest's lookups read one entry each; it stores a message in one statement (issue #12).

Revision ID: 0053
Revises: 0052
Create Date: 2026-12-07

Found with ``auto_explain`` on the pipeline's statements (a private PostgreSQL, no statistics, as on this
machine's server, whose autovacuum is off):

- *The provider-id check read every mapping of the tenant.* The ingest's duplicate check (``x.distributor_id =
  ... AND x.channel = ... AND x.external_message_id = ...``) runs under row-level security, where PostgreSQL
  uses a condition as an index condition only if its operator is leakproof; an enum's ``=`` is not, so the
  channel (the unique key's second column) became a filter, and the key's third column could then only be
  checked entry by entry: every ingest read all of the tenant's mappings (9,700 entries, 0.73 ms, after
  10,000 messages), with or without statistics, growing with the tenant's history. The key is now
  ``(distributor_id, external_message_id, channel)``: the same columns, so the same uniqueness and the same
  ``ON CONFLICT``, and the lookup reaches its one entry by the first two.
- *Customers by phone, email or id read the tenant's customers.* Without statistics a table of a few hundred
  customers looks like one row a tenant, so ``ix_customers_distributor_status`` (the tenant alone: one
  condition) costs exactly what the primary key does and less than the two-column unique keys (one condition
  more to evaluate), and PostgreSQL keeps the newest of exactly tied paths: the ingest's customer by phone,
  the snapshot's customer, and the order triggers' customer by id each read the tenant's customers (up to 253
  entries each, five times an order at 250 customers). Three single-column indexes, created last, so the
  newest: ``ix_customers_phone`` and ``ix_customers_email`` (partial, as the unique keys are) for the
  ingest's lookups, and ``ux_customers_id`` for the lookups by id (the primary key's column again: the
  primary key is older than the tenant index and loses the tie). None of them can serve a scan of the tenant
  alone, and none holds a column the pipeline updates, so the customer-totals update stays HOT. With
  statistics (a server with autovacuum) the tenant index is estimated at the tenant's size and loses anyway.
  ``tests/test_lookup_plans.py`` checks the ingest's two lookups (the customer by phone and the
  provider-id check fail at 0052) and the lookups by id.
- *The ingest's subtransaction.* ``oms_ingest_message`` (0003) inserted the message, then its provider-id
  mapping with ``ON CONFLICT DO NOTHING``, inside a ``BEGIN ... EXCEPTION`` block: when a concurrent request
  had stored the same provider message id first, a raised ``OMS01`` rolled the message back and the existing
  one was returned. Now one statement and no subtransaction: the mapping goes in first under a message id
  drawn in the function (``gen_random_uuid()``, the column's own default), and the message is inserted from
  what the mapping's insert returned, so a mapping that conflicts inserts no message, and the function goes
  on to return the existing one as before. The mapping's foreign key to the message is checked at the end of
  the statement, when both rows are there. Same rows and answers, also for duplicates
  (``tests/test_ingress_http.py``).
- ``oms_record_pipeline`` meters the plan's usage rows with one ``PERFORM ... FROM jsonb_to_recordset(...)``
  instead of a loop that ran one more statement a row.

Measured in the README (session 18, perf18a).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from alembic import op

revision = "0053"
down_revision = "0052"
branch_labels = None
depends_on = None

INGEST = (
    "public.oms_ingest_message(uuid, uuid, text, text, text, text, boolean, text, text, text, text, text, "
    "jsonb, timestamp with time zone)"
)
RECORD = "public.oms_record_pipeline(uuid, uuid, jsonb)"

_SUBTRANSACTION = """  BEGIN  -- a subtransaction: undone when a concurrent request stored the same provider message first
    INSERT INTO public.messages AS m
      (distributor_id, conversation_id, customer_id, content, is_from_customer, media, sent_at,
       processing_status)
    VALUES (p_distributor_id, v_conversation, v_customer, p_content, true, p_media, p_sent_at, 'RECEIVED')
    RETURNING m.id INTO v_message;
    INSERT INTO public.external_message_mappings AS x
      (distributor_id, integration_id, channel, provider, external_message_id, message_id)
    VALUES (p_distributor_id, p_integration_id, v_channel, p_provider, p_external_id, v_message)
    ON CONFLICT DO NOTHING
    RETURNING x.id INTO v_mapping;
    IF v_mapping IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'OMS01', MESSAGE = 'duplicate provider message id';
    END IF;
  EXCEPTION WHEN SQLSTATE 'OMS01' THEN
    v_message := NULL;
  END;
"""
_ONE_STATEMENT = """  -- The mapping first, under a message id drawn here; the message only if the mapping went in (a concurrent
  -- request that stored the same provider message id first leaves both out). One statement, no
  -- subtransaction (0053): the mapping's reference to the message is checked at the statement's end.
  WITH x AS (
    INSERT INTO public.external_message_mappings AS x
      (distributor_id, integration_id, channel, provider, external_message_id, message_id)
    VALUES (p_distributor_id, p_integration_id, v_channel, p_provider, p_external_id, gen_random_uuid())
    ON CONFLICT DO NOTHING
    RETURNING x.message_id)
  INSERT INTO public.messages AS m
    (id, distributor_id, conversation_id, customer_id, content, is_from_customer, media, sent_at,
     processing_status)
  SELECT x.message_id, p_distributor_id, v_conversation, v_customer, p_content, true, p_media, p_sent_at,
         'RECEIVED'
  FROM x
  RETURNING m.id INTO v_message;
"""

_USAGE_LOOP = """    FOR v_usage IN
      SELECT * FROM jsonb_to_recordset(p_plan->'usage') AS u(
        date date, hour integer, slot integer, provider text, model text, agent_type text, errors integer,
        tokens integer, prompt integer, completion integer, cost numeric, confidence numeric, latency integer)
    LOOP
      PERFORM public.oms_record_usage(
        p_tenant, v_usage.date, v_usage.hour, v_usage.slot, v_usage.provider, v_usage.model,
        v_usage.agent_type, v_usage.errors, v_usage.tokens, v_usage.prompt, v_usage.completion, v_usage.cost,
        v_usage.confidence, v_usage.latency);
    END LOOP;
"""
_USAGE_ONE_STATEMENT = """    PERFORM public.oms_record_usage(
        p_tenant, u.date, u.hour, u.slot, u.provider, u.model, u.agent_type, u.errors, u.tokens, u.prompt,
        u.completion, u.cost, u.confidence, u.latency)
    FROM jsonb_to_recordset(p_plan->'usage') AS u(
        date date, hour integer, slot integer, provider text, model text, agent_type text, errors integer,
        tokens integer, prompt integer, completion integer, cost numeric, confidence numeric, latency integer);
"""

PATCHES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (INGEST, (("  v_mapping uuid;\n  v_code text;\n", "  v_code text;\n"), (_SUBTRANSACTION, _ONE_STATEMENT))),
    (RECORD, (("  v_wrote text[] := '{}';\n  v_usage record;\n", "  v_wrote text[] := '{}';\n"), (_USAGE_LOOP, _USAGE_ONE_STATEMENT))),
)


MAPPING_KEY_OLD = "uq_external_message_mappings_distributor_id_channel_ext_9dde"
MAPPING_KEY_NEW = "uq_external_message_mappings_tenant_external_id_channel"

UPGRADE = f"""
ALTER TABLE public.external_message_mappings
  ADD CONSTRAINT {MAPPING_KEY_NEW} UNIQUE (distributor_id, external_message_id, channel);
ALTER TABLE public.external_message_mappings DROP CONSTRAINT {MAPPING_KEY_OLD};
CREATE INDEX ix_customers_phone ON public.customers (phone) WHERE phone IS NOT NULL;
CREATE INDEX ix_customers_email ON public.customers (email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX ux_customers_id ON public.customers (id);
"""
DOWNGRADE = f"""
DROP INDEX public.ux_customers_id;
DROP INDEX public.ix_customers_email;
DROP INDEX public.ix_customers_phone;
ALTER TABLE public.external_message_mappings
  ADD CONSTRAINT {MAPPING_KEY_OLD} UNIQUE (distributor_id, channel, external_message_id);
ALTER TABLE public.external_message_mappings DROP CONSTRAINT {MAPPING_KEY_NEW};
"""


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    op.execute(UPGRADE)
    for function, patches in PATCHES:
        _m38()._patch(function, patches)


def downgrade() -> None:
    for function, patches in reversed(PATCHES):
        _m38()._patch(function, tuple(reversed(patches)), undo=True)
    op.execute(DOWNGRADE)
