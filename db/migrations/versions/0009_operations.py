"""Operations state shared by every process: queue pauses, worker heartbeats, per-minute queue
throughput, and the audit trail of destructive ops actions; and oms_schema_revision() so that /readyz, running as the
application role, can tell whether the schema is at the code's head.

Revision ID: 0009
Revises: 0010
Create Date: 2026-11-26

None of these tables belongs to a tenant (no distributor_id, no RLS): they describe the system's own
queues and processes. Workers write heartbeats and throughput as the application role and read the
pauses; `oms queues` / `oms dlq` and the ops page write pauses and the audit trail as the owner.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    now = sa.text("now()")
    op.create_table(
        "ops_queue_pauses",
        sa.Column("queue_name", sa.String(200), nullable=False),
        sa.Column("paused_by", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("paused_at", sa.DateTime(timezone=True), nullable=False, server_default=now),
        sa.PrimaryKeyConstraint("queue_name", name="pk_ops_queue_pauses"),
    )
    op.create_table(
        "ops_workers",
        sa.Column("worker_id", sa.String(200), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("queues", ARRAY(sa.Text()), nullable=False, server_default=sa.text("'{}'::text[]")),
        sa.Column("threads", sa.Integer(), nullable=False),
        sa.Column("busy", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("processed", sa.BigInteger(), nullable=False, server_default=sa.text("0")),
        sa.Column("failed", sa.BigInteger(), nullable=False, server_default=sa.text("0")),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False, server_default=now),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False, server_default=now),
        sa.PrimaryKeyConstraint("worker_id", name="pk_ops_workers"),
    )
    op.create_table(
        "ops_queue_stats",
        sa.Column("queue_name", sa.String(200), nullable=False),
        sa.Column("minute", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("failed", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("queue_name", "minute", name="pk_ops_queue_stats"),
    )
    op.create_table(
        "ops_audit",
        sa.Column("id", sa.BigInteger(), sa.Identity(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=now),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("details", JSONB(), nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.PrimaryKeyConstraint("id", name="pk_ops_audit"),
    )
    op.create_index("ix_ops_audit_at", "ops_audit", ["at"])
    # The application role may not read alembic_version; /readyz asks this instead.
    op.execute(
        "CREATE FUNCTION public.oms_schema_revision() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public AS $$ SELECT version_num::text FROM public.alembic_version LIMIT 1 $$"
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS public.oms_schema_revision()")
    op.drop_index("ix_ops_audit_at", table_name="ops_audit")
    for table in ("ops_audit", "ops_queue_stats", "ops_workers", "ops_queue_pauses"):
        op.drop_table(table)
