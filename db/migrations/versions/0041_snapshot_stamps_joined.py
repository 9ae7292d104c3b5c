"""The snapshot reads the two cache stamps from the tenant's counter row it joins (issue #12).

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-07

``oms_message_snapshot`` (0040) called ``oms_pii_rules_stamp()`` and ``oms_catalog_stamp()`` for the two
stamps that tell the worker's PII-rule and catalog caches whether they are current: two plpgsql calls a
message, each setting its own ``search_path`` and running its own statement on
``tenant_config_versions``, whose row-level-security policy and ``WHERE`` clause each check the tenant
token again (about six token checks of the message's 45, counted with auto_explain). The snapshot now
left-joins the tenant's row of ``tenant_config_versions`` once and formats the same two values
(``coalesce(version, 0)::text``, as the functions do): one more table in a statement that already reads
four, under the same row-level security. The functions stay the one definition the caches' own
freshness reads use (jobs/pipeline/rules_cache.py, catalog_cache.py), and
``tests/test_pipeline_fused.py`` checks that the snapshot's stamps are theirs, before and after a change.
"""

from __future__ import annotations

import importlib
from types import ModuleType

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

SNAPSHOT = "public.oms_message_snapshot(uuid, uuid, text)"
PATCHES = (
    (
        "public.oms_pii_rules_stamp(), public.oms_catalog_stamp()",
        "coalesce(cv.pii_rules_version, 0)::text, coalesce(cv.catalog_version, 0)::text",
    ),
    (
        "JOIN public.distributors d ON d.id = m.distributor_id",
        "JOIN public.distributors d ON d.id = m.distributor_id"
        "\n    LEFT JOIN public.tenant_config_versions cv ON cv.distributor_id = m.distributor_id",
    ),
)


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    _m38()._patch(SNAPSHOT, PATCHES)


def downgrade() -> None:
    _m38()._patch(SNAPSHOT, PATCHES, undo=True)
