"""Retention: data past its configured age is dropped, in bounded chunks per statement.

`OMS_RETENTION_DAYS="webhook_response_bodies=30, webhook_attempt_bodies=30, ai_response_outputs=180,
pii_detection_results=180, scheduler_runs=30"` (these are the defaults; `off` or 0 keeps a kind forever). Only bulky derived data
is purged; records (orders, messages, the audit trail, AI costs) are not purged by anything here.
"""

from __future__ import annotations

from collections.abc import Sequence

import structlog
from sqlalchemy import text

from db.session import privileged_session
from worker.settings import Settings, SettingsError, get_settings

log = structlog.get_logger("oms.purge")
CHUNK = 5000

RETENTION_DEFAULTS: dict[str, int | None] = {
    "webhook_response_bodies": 30,
    "webhook_attempt_bodies": 30,
    "ai_response_outputs": 180,
    "pii_detection_results": 180,
    "scheduler_runs": 30,
}

# Each purge: one chunk of at most CHUNK rows for the tenants :ids older than :days days.
_PURGES: dict[str, str] = {
    "webhook_response_bodies": """
        UPDATE webhook_deliveries SET response_body = NULL WHERE id IN (
          SELECT id FROM webhook_deliveries WHERE distributor_id = ANY(CAST(:ids AS uuid[]))
            AND response_body IS NOT NULL AND created_at < now() - make_interval(days => :days)
          LIMIT :chunk)""",
    "webhook_attempt_bodies": """
        UPDATE webhook_delivery_attempts SET response_body = NULL WHERE id IN (
          SELECT id FROM webhook_delivery_attempts WHERE distributor_id = ANY(CAST(:ids AS uuid[]))
            AND response_body IS NOT NULL AND attempted_at < now() - make_interval(days => :days)
          LIMIT :chunk)""",
    "ai_response_outputs": """
        UPDATE ai_responses SET output = '{}'::jsonb WHERE id IN (
          SELECT id FROM ai_responses WHERE distributor_id = ANY(CAST(:ids AS uuid[]))
            AND output <> '{}'::jsonb AND created_at < now() - make_interval(days => :days)
          LIMIT :chunk)""",
    "pii_detection_results": """
        DELETE FROM pii_detection_results WHERE id IN (
          SELECT r.id FROM pii_detection_results r JOIN messages m ON m.id = r.message_id
          WHERE r.distributor_id = ANY(CAST(:ids AS uuid[]))
            AND m.created_at < now() - make_interval(days => :days)
          LIMIT :chunk)""",
    "scheduler_runs": """
        DELETE FROM scheduler_runs WHERE ctid IN (
          SELECT ctid FROM scheduler_runs WHERE fired_at < now() - make_interval(days => :days)
          LIMIT :chunk)""",
}


def retention(settings: Settings | None = None) -> dict[str, int | None]:
    """The effective retention in days per kind (None: kept forever)."""
    out = dict(RETENTION_DEFAULTS)
    raw = (settings or get_settings()).retention_days
    for item in filter(None, (p.strip() for p in raw.split(","))):
        kind, sep, value = (x.strip() for x in item.partition("="))
        if not sep or kind not in out:
            raise SettingsError(
                f"OMS_RETENTION_DAYS: {item!r}: expected kind=days, kind one of {sorted(out)}"
            )
        if value.lower() in ("off", "0"):
            out[kind] = None
        elif value.isdigit():
            out[kind] = int(value)
        else:
            raise SettingsError(f"OMS_RETENTION_DAYS: {item!r}: days must be a whole number or 'off'")
    return out


def purge(tenant_ids: Sequence[str], settings: Settings | None = None) -> dict[str, int]:
    """Purge every kind past its retention for these tenants; returns rows touched per kind."""
    done: dict[str, int] = {}
    for kind, days in retention(settings).items():
        if days is None:
            continue
        total = 0
        while True:
            with privileged_session() as s:
                n = s.execute(  # type: ignore[attr-defined]
                    text(_PURGES[kind]), {"ids": list(tenant_ids), "days": days, "chunk": CHUNK}
                ).rowcount
            total += n
            if n < CHUNK:
                break
        done[kind] = total
    if any(done.values()):
        log.info("purged", **done)
    return done
