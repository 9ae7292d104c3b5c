"""Who is this request for? Cached answers to the ingress's credential and address look-ups.

Before a request's tenant is known, the ingress resolves it from the API key (``POST /v1/messages``) or
from the receiving number/address (the provider webhooks, which also need the integration's decrypted
secret to check the signature). Each look-up is a database transaction of its own, and the answers
rarely change, so the ingress keeps them in process memory:

- found: for ``CACHE_TTL_SECONDS`` (30 s);
- not found (unknown key, unknown address, inactive integration): for ``NEGATIVE_TTL_SECONDS`` (5 s),
  so a flood of bad credentials costs one query per key every few seconds, not one per request;
- at most ``MAX_ENTRIES`` answers per ingress process; the oldest are dropped first.

What that means for operators: a newly added integration (``oms integration add``) is answered within
5 s by every ingress process, even one that was just asked about it; a deactivated integration, a
rotated secret or a moved address takes effect within 30 s. Restarting the ingress applies a change at
once. Secrets stay in this process's memory only (never logged, never written anywhere), exactly as
long as their cache entry; API keys are kept only as their sha256.

The cache is per application (``create_app``), so two apps against two databases never share answers.
Look-ups that miss the cache run in the thread pool; hits are answered on the event loop.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from db.integrations import (
    API_KEY_PREFIX,
    IntegrationInfo,
    ResolvedIntegration,
    find_integration,
    resolve_api_key,
)
from ingress.gate import DependencyGate
from worker.settings import Settings

__all__ = ["CACHE_TTL_SECONDS", "MAX_ENTRIES", "MISS", "NEGATIVE_TTL_SECONDS", "Resolver", "TTLCache"]

CACHE_TTL_SECONDS = 30.0
NEGATIVE_TTL_SECONDS = 5.0
MAX_ENTRIES = 10_000

MISS: Any = object()  # TTLCache.get: no live entry


class TTLCache:
    """A bounded, thread-safe map whose entries expire: ``ttl`` for values, ``negative_ttl`` for None."""

    def __init__(
        self,
        ttl: float = CACHE_TTL_SECONDS,
        negative_ttl: float = NEGATIVE_TTL_SECONDS,
        max_entries: int = MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl, self.negative_ttl, self.max_entries, self.clock = ttl, negative_ttl, max_entries, clock
        self._data: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        """The live value for ``key`` (None is a cached "not found"), or ``MISS``."""
        with self._lock:
            entry = self._data.get(key)
            if entry is None:
                return MISS
            if entry[0] <= self.clock():
                del self._data[key]
                return MISS
            return entry[1]

    def put(self, key: Hashable, value: Any) -> None:
        ttl = self.ttl if value is not None else self.negative_ttl
        if ttl <= 0 or self.max_entries <= 0:
            return
        expires = self.clock() + ttl
        with self._lock:
            self._data[key] = (expires, value)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


class Resolver:
    """The ingress's cached tenant resolution (see the module docstring for what is cached how long)."""

    def __init__(
        self, settings: Settings, cache: TTLCache | None = None, gate: DependencyGate | None = None
    ) -> None:
        self.settings = settings
        self.cache = cache if cache is not None else TTLCache()
        # Misses go to the database through the gate: bounded, and refused at once while it is down.
        self.gate = gate or DependencyGate("database", settings.dependency_timeout_ms / 1000)

    # API keys ------------------------------------------------------------------------------------
    @staticmethod
    def _api_key_entry(key: str) -> tuple[str, str] | None:
        if not key.startswith(API_KEY_PREFIX):
            return None  # never a key: no query, nothing cached
        return ("api", hashlib.sha256(key.encode("utf-8")).hexdigest())

    def _load_api_key(self, entry: tuple[str, str], key: str) -> ResolvedIntegration | None:
        found = resolve_api_key(key, self.settings)
        self.cache.put(entry, found)
        return found

    async def api_key(self, key: str) -> ResolvedIntegration | None:
        """The active ``api`` integration whose key this is, or None (as ``resolve_api_key``)."""
        entry = self._api_key_entry(key)
        if entry is None:
            return None
        found = self.cache.get(entry)
        if found is not MISS:
            return found  # type: ignore[no-any-return]
        return await self.gate.run(self._load_api_key, entry, key)

    # receiving addresses -------------------------------------------------------------------------
    def integration_sync(self, provider: str, address: str) -> IntegrationInfo | None:
        """The active integration receiving at ``address`` with its decrypted secret, or None
        (as ``find_integration``); blocking on a cache miss."""
        entry = ("address", provider, address)
        found = self.cache.get(entry)
        if found is not MISS:
            return found  # type: ignore[no-any-return]
        found = find_integration(provider, address, self.settings)
        self.cache.put(entry, found)
        return found

    async def integration(self, provider: str, address: str) -> IntegrationInfo | None:
        found = self.cache.get(("address", provider, address))
        if found is not MISS:
            return found  # type: ignore[no-any-return]
        return await self.gate.run(self.integration_sync, provider, address)
