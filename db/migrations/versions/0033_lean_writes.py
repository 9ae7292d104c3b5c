"""Leaner pipeline writes: no statement that writes nothing, a cheaper audit of message updates, and no
index that nothing reads (session 7, pgdiet).

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06

What a message's write (`oms_record_pipeline`) ran that changed nothing, or that nothing reads:

1. The PII rows' and the order attachments' INSERTs ran for every message, with nothing to insert for
   almost all of them (an empty jsonb array): each still started an INSERT on a table of seven indexes
   (with its ON CONFLICT arbiter). They now run only when the plan has rows for them.
2. ``oms_record_events`` built its delivery INSERT (a CTE joining the events to the tenant's endpoints,
   ON CONFLICT on ``webhook_deliveries``) for every message and order change, also for a tenant with no
   active endpoint, where it can insert nothing. It now first looks for an active endpoint it can see,
   and returns an empty array when there is none (what the INSERT would have returned). Under row-level
   security it sees only the tenant's endpoints; a role that sees every tenant's goes on to the INSERT
   when any exists, which decides as before.
3. The audit of a message UPDATE turned both row versions into jsonb and diffed them key by key (about
   80 us a message, more than the audit row's own insert). ``oms_audit_messages`` compares the columns
   themselves, in the alphabetical order the jsonb diff gave, and writes the same row (same
   ``changed_fields``: jsonb equality of these column types is their SQL equality).
   ``tests/test_lean_writes.py`` compares the two on updates of every column and checks that the
   function names every column of ``messages``, so a column added later cannot be left out silently.
   ``orders`` keeps ``oms_audit_write`` (the pipeline only inserts orders, which needs no diff).
4. ``ix_ai_responses_output``, a GIN index over every stored reading, was read by no query (nothing
   searches ``output`` with a containment operator; the reply drafting reads ``output->>'outcome'`` of
   one message's rows, by ``message_id``). Its upkeep was the largest single item of a message's WAL
   (about 1.7 kB of 11.7 kB) and a pending list that a later insert or autovacuum has to merge.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

RECORD = "public.oms_record_pipeline(uuid, uuid, jsonb)"
EVENTS = "public.oms_record_events(jsonb)"

PII_INSERT = """    INSERT INTO public.pii_detection_results
        (distributor_id, message_id, rule_id, pii_type, start_offset, end_offset, confidence_score,
         recognizer, value_hash)
    SELECT p_tenant, p_message, r.rule_id, r.pii_type, r.start_offset, r.end_offset, r.confidence_score,
           r.recognizer, r.value_hash
    FROM jsonb_populate_recordset(NULL::public.pii_detection_results, p_plan->'pii') r
    ON CONFLICT (message_id, pii_type, start_offset, end_offset) DO NOTHING;
"""
ATTACHMENTS_INSERT = """    INSERT INTO public.order_attachments (id, distributor_id, order_id, message_id, file_url, content_type)
    SELECT coalesce(r.id, gen_random_uuid()), p_tenant, v_order, p_message, r.file_url, r.content_type
    FROM jsonb_populate_recordset(NULL::public.order_attachments, p_plan->'attachments') r;
"""


def _only_with_rows(insert: str, key: str) -> str:
    indented = "".join("  " + line if line.strip() else line for line in insert.splitlines(keepends=True))
    return (
        f"    IF jsonb_array_length(coalesce(p_plan->'{key}', '[]'::jsonb)) > 0 THEN\n{indented}    END IF;\n"
    )


RECORD_PATCHES = (
    (PII_INSERT, _only_with_rows(PII_INSERT, "pii")),
    (ATTACHMENTS_INSERT, _only_with_rows(ATTACHMENTS_INSERT, "attachments")),
)
EVENTS_PATCHES = (
    (
        "BEGIN\n  WITH inserted AS (",
        "BEGIN\n"
        "  IF NOT EXISTS (SELECT 1 FROM public.webhook_endpoints e WHERE e.is_active) THEN\n"
        "    RETURN '{}'::uuid[];  -- no endpoint to deliver to (0033)\n"
        "  END IF;\n"
        "  WITH inserted AS (",
    ),
)

# Every column of messages but updated_at, in alphabetical order (the jsonb diff's order).
MESSAGE_COLUMNS = (
    "ai_extracted_intent",
    "ai_intent_confidence",
    "ai_processed",
    "ai_suggested_responses",
    "attempts",
    "content",
    "conversation_id",
    "created_at",
    "customer_id",
    "distributor_id",
    "id",
    "is_from_customer",
    "media",
    "processed_at",
    "processing_error",
    "processing_stage",
    "processing_status",
    "read_at",
    "redacted_content",
    "sent_at",
)
_CHANGED = ",\n      ".join(
    f"CASE WHEN NEW.{c} IS DISTINCT FROM OLD.{c} THEN '{c}' END" for c in MESSAGE_COLUMNS
)

AUDIT_MESSAGES = rf"""
-- oms_audit_write('true') for messages, with the changed columns compared as columns (0033).
CREATE OR REPLACE FUNCTION public.oms_audit_messages() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  rec record;
  changed text[] := '{{}}';
  who uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    rec := OLD;
    -- A delete cascaded from the tenant itself: its audit trail goes with it (and a new row could not
    -- reference it).
    IF NOT EXISTS (SELECT 1 FROM public.distributors d WHERE d.id = OLD.distributor_id) THEN
      RETURN NULL;
    END IF;
  ELSE
    rec := NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    changed := array_remove(ARRAY[
      {_CHANGED}], NULL);
    IF changed = '{{}}' THEN
      RETURN NULL;
    END IF;
  END IF;
  IF left(current_setting('app.tenant_token', true), 2) IS DISTINCT FROM 't.' THEN
    who := public.oms_current_user_id();  -- a verified user token's user; never the claims of the app role
  END IF;
  INSERT INTO public.data_access_audit
    (distributor_id, user_id, db_role, table_name, record_id, operation, contains_pii, changed_fields)
  VALUES
    (rec.distributor_id, who, current_user, TG_TABLE_NAME, rec.id, TG_OP::audit_operation, true, changed);
  RETURN NULL;
END
$f$;
DROP TRIGGER audit_write ON public.messages;
CREATE TRIGGER audit_write AFTER INSERT OR UPDATE OR DELETE ON public.messages
  FOR EACH ROW EXECUTE FUNCTION public.oms_audit_messages();
"""
AUDIT_MESSAGES_UNDO = """
DROP TRIGGER audit_write ON public.messages;
CREATE TRIGGER audit_write AFTER INSERT OR UPDATE OR DELETE ON public.messages
  FOR EACH ROW EXECUTE FUNCTION public.oms_audit_write('true');
DROP FUNCTION public.oms_audit_messages();
"""

GIN = "ix_ai_responses_output"


def _patch(function: str, patches: tuple[tuple[str, str], ...], *, undo: bool = False) -> None:
    """Re-create `function` from its current definition with `patches` applied (or reverted)."""
    bind = op.get_bind()
    definition = bind.execute(
        text("SELECT pg_get_functiondef(CAST(:fn AS regprocedure))"), {"fn": function}
    ).scalar_one()
    for before, after in patches:
        if undo:
            before, after = after, before
        if definition.count(before) != 1:
            raise RuntimeError(f"{function}: the statement to patch is not there (once)")
        definition = definition.replace(before, after)
    bind.exec_driver_sql(definition)


def upgrade() -> None:
    _patch(RECORD, RECORD_PATCHES)
    _patch(EVENTS, EVENTS_PATCHES)
    op.execute(AUDIT_MESSAGES)
    op.execute(f"DROP INDEX public.{GIN}")


def downgrade() -> None:
    op.execute(f"CREATE INDEX {GIN} ON public.ai_responses USING gin (output)")
    op.execute(AUDIT_MESSAGES_UNDO)
    _patch(EVENTS, EVENTS_PATCHES, undo=True)
    _patch(RECORD, RECORD_PATCHES, undo=True)
