"""One compiled list of PII rules per tenant per process, reloaded only when the tenant's rules change.

Freshness is `oms_pii_rules_stamp()`, a counter that triggers bump on every change to the tenant's
pii_detection_rules (migration 0005), so a check is one primary-key read. Both pipeline paths use it,
as they use jobs/pipeline/catalog_cache.py for the catalog.
"""

from __future__ import annotations

import threading
import uuid

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db import models as m
from jobs.language.pii import PiiRule, compile_rules
from jobs.pipeline.errors import PermanentError

_STAMP = text("SELECT public.oms_pii_rules_stamp()")

_lock = threading.Lock()
_cache: dict[uuid.UUID, tuple[str, list[PiiRule]]] = {}


def pii_rules(session: Session, distributor_id: uuid.UUID) -> list[PiiRule]:
    """The tenant's active rules; `session` must be a tenant session for `distributor_id`."""
    stamp = session.execute(_STAMP).scalar_one()
    rules = cached_rules(distributor_id, stamp)
    return rules if rules is not None else load_rules(session, distributor_id, stamp)


def cached_rules(distributor_id: uuid.UUID, stamp: str) -> list[PiiRule] | None:
    """The tenant's rules if they were compiled from the version `stamp` names."""
    with _lock:
        hit = _cache.get(distributor_id)
    return hit[1] if hit is not None and hit[0] == stamp else None


def load_rules(session: Session, distributor_id: uuid.UUID, stamp: str) -> list[PiiRule]:
    """Compile the active rules `session` (a tenant session) sees and keep them under `stamp`.
    A rule that does not compile fails the message permanently: retrying cannot fix it."""
    rows = session.scalars(select(m.PiiDetectionRule).where(m.PiiDetectionRule.is_active)).all()
    try:
        rules = compile_rules(rows)
    except ValueError as exc:
        raise PermanentError(f"tenant PII rule is invalid: {exc}") from exc
    with _lock:
        _cache[distributor_id] = (stamp, rules)
    return rules
