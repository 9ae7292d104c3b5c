"""Signed tenant tokens: how an application-role session names its tenant (#6 item 5).

The database trusts no setting the application role can write by itself: `get_current_distributor_id()`
(migration 0013) accepts a tenant only from ``app.tenant_token``, and only when it carries a MAC under a
key the database keeps where the application role cannot read it (``oms_private.tenant_secret``) and the
processes derive from ``OMS_MASTER_KEY``. SQL injected into any statement of the app can set any
setting, but it cannot mint a token for another tenant: it would need the master key, which is in the
processes' environment, not in the database.

    t.<distributor uuid>.<expiry, 10-digit epoch seconds>.<hex sha256(key || first three fields)>
    u.<user uuid>.<expiry>.<mac>          a verified user; the database reads its tenant and role

Every field has a fixed length (114 characters in all) and the database checks the exact format
before the MAC, so the MAC cannot be extended. Tokens live 15 minutes (longer than any transaction the
app runs) and are never stored or logged; they travel as bind parameters, which pg_stat_activity
does not show.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import threading
import time
import uuid
from typing import Any

from db.ids import as_uuid

SETTING = "app.tenant_token"
#: The role the pipeline's SQL functions run as (migration 0046): they check the token once per call.
#: No role may be a member of it (`oms db upgrade` refuses an application role that is).
PIPELINE_ROLE = "oms_pipeline"
TTL_SECONDS = 900
_REUSE_SECONDS = 300  # a cached token is reissued once it has less than TTL - this left
_LABEL = b"oms tenant token v1"


@functools.lru_cache(maxsize=8)
def derive_key(master_key: bytes) -> bytes:
    """The 32-byte token key: the master key's HMAC of a fixed label (the master key itself never
    goes to the database); kept per master key, as `token` asks for it on every call."""
    return hmac.new(master_key, _LABEL, hashlib.sha256).digest()


def _master_key() -> bytes:
    from worker.settings import get_settings

    return get_settings().master_key


def sign(kind: str, ident: uuid.UUID | str, *, key: bytes | None = None, now: float | None = None) -> str:
    assert kind in ("t", "u")
    k = key if key is not None else derive_key(_master_key())
    expiry = int((now if now is not None else time.time()) + TTL_SECONDS)
    body = f"{kind}.{as_uuid(ident)}.{expiry:010d}"
    return f"{body}.{hashlib.sha256(k + body.encode()).hexdigest()}"


_cache: dict[tuple[bytes, str, uuid.UUID], tuple[float, str]] = {}
_lock = threading.Lock()


def token(kind: str, ident: uuid.UUID | str) -> str:
    """A token for the tenant (`t`) or user (`u`), reused while it has at least 10 minutes left."""
    key = derive_key(_master_key())
    ident = as_uuid(ident)
    now = time.time()
    with _lock:
        hit = _cache.get((key, kind, ident))
    if hit is not None and now - hit[0] < _REUSE_SECONDS:
        return hit[1]
    issued = sign(kind, ident, key=key, now=now)
    with _lock:
        if len(_cache) > 100_000:
            _cache.clear()
        _cache[(key, kind, ident)] = (now, issued)
    return issued


def tenant_token(distributor_id: uuid.UUID | str) -> str:
    return token("t", distributor_id)


def user_token(user_id: uuid.UUID | str) -> str:
    return token("u", user_id)


@functools.lru_cache(maxsize=64)
def as_tenant_call(sql: str) -> str:
    """``SELECT cols FROM public.fn(%s::uuid, ...)`` (the tenant first) rewritten to set the tenant's
    token in the same statement, before the function runs, with no extra round trip: the token's
    set_config is a one-row subquery the function call depends on (LATERAL), so it is evaluated first.
    Execute with ``(token, tenant, *rest)``; `call_as_tenant` does."""
    first = "%s::uuid"
    prefix = f"(SELECT set_config('{SETTING}', %s, true) AS oms_token) oms_t"
    tenant_arg = "(CASE WHEN oms_t.oms_token IS NOT NULL THEN %s END)::uuid"
    head, sep, call = sql.partition(" FROM ")
    if not sep:  # SELECT public.fn(%s::uuid, ...): a scalar call, made a one-column function scan
        head, call = "SELECT oms_f.*", sql.removeprefix("SELECT ").strip() + " oms_f"
    fn, paren, args = call.partition("(")
    assert paren and args.startswith(first), sql
    return f"{head} FROM {prefix} CROSS JOIN LATERAL {fn}({tenant_arg}{args[len(first) :]}"


def call_as_tenant(conn: Any, sql: str, params: tuple[Any, ...] | list[Any]) -> Any:
    """Run a tenant-first SQL function call (see `as_tenant_call`) as that tenant; returns the cursor."""
    return conn.execute(as_tenant_call(sql), (tenant_token(params[0]), *params))


def sync_key(conn: Any, master_key: bytes, app_role: str) -> None:
    """Write the token key and the application role's name for the database (as the owner; run by
    `oms db upgrade` after every upgrade, so a changed master key takes effect at the next upgrade)."""
    conn.execute(
        "INSERT INTO oms_private.tenant_secret (id, key, app_role) VALUES (1, %s, %s) "
        "ON CONFLICT (id) DO UPDATE SET key = EXCLUDED.key, app_role = EXCLUDED.app_role, updated_at = now() "
        "WHERE (oms_private.tenant_secret.key, oms_private.tenant_secret.app_role) "
        "IS DISTINCT FROM (EXCLUDED.key, EXCLUDED.app_role)",
        (derive_key(master_key), app_role),
    )
