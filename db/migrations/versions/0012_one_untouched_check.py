"""One definition of an untouched message, used by both pipeline functions.

Revision ID: 0012
Revises: 0014
Create Date: 2026-12-06

``oms_message_snapshot`` (the fused path's read) and ``oms_record_pipeline`` (its write) each spelled out
what "untouched" means, and differently: the write did not look for an existing order. Both now call
``oms_message_untouched(messages)``: no redacted text, no intent, not PROCESSED, and no order made from it.
"""

from alembic import op

revision = "0012"
down_revision = "0014"
branch_labels = None
depends_on = None

UNTOUCHED = """
CREATE OR REPLACE FUNCTION public.oms_message_untouched(m public.messages)
RETURNS boolean LANGUAGE sql STABLE SECURITY INVOKER AS $f$
  SELECT m.redacted_content IS NULL AND m.ai_extracted_intent IS NULL
     AND m.processing_status IN ('RECEIVED', 'PROCESSING', 'FAILED')
     AND NOT EXISTS (SELECT 1 FROM public.orders o WHERE o.source_message_id = m.id)
$f$;
"""

SNAPSHOT_OLD = """    SELECT m.content, m.media,
           m.redacted_content IS NULL AND m.ai_extracted_intent IS NULL
             AND m.processing_status IN ('RECEIVED', 'PROCESSING', 'FAILED')
             AND NOT EXISTS (SELECT 1 FROM public.orders o WHERE o.source_message_id = m.id),"""
SNAPSHOT_NEW = """    SELECT m.content, m.media, public.oms_message_untouched(m),"""
RECORD_OLD = """  SELECT m.redacted_content IS NULL AND m.ai_extracted_intent IS NULL
         AND m.processing_status IN ('RECEIVED', 'PROCESSING', 'FAILED')
    INTO v_untouched"""
RECORD_NEW = """  SELECT public.oms_message_untouched(m)
    INTO v_untouched"""

SNAPSHOT = "public.oms_message_snapshot(uuid, uuid)"
RECORD = "public.oms_record_pipeline(uuid, uuid, jsonb)"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _patch(function: str, old: str, new: str) -> str:
    """Replace `old` by `new` in the function's current definition (refusing when `old` is missing)."""
    return f"""
DO $$
DECLARE
  d text := pg_get_functiondef({_literal(function)}::regprocedure);
BEGIN
  IF position({_literal(new)} IN d) = 0 THEN
    IF position({_literal(old)} IN d) = 0 THEN
      RAISE EXCEPTION USING MESSAGE = {_literal(function + " has no text to patch")};
    END IF;
    EXECUTE replace(d, {_literal(old)}, {_literal(new)});
  END IF;
END $$;
"""


def upgrade() -> None:
    op.execute(UNTOUCHED)
    op.execute(_patch(SNAPSHOT, SNAPSHOT_OLD, SNAPSHOT_NEW))
    op.execute(_patch(RECORD, RECORD_OLD, RECORD_NEW))


def downgrade() -> None:
    op.execute(_patch(RECORD, RECORD_NEW, RECORD_OLD))
    op.execute(_patch(SNAPSHOT, SNAPSHOT_NEW, SNAPSHOT_OLD))
    op.execute("DROP FUNCTION IF EXISTS public.oms_message_untouched(public.messages)")
