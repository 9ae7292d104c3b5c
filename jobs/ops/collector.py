"""Prometheus gauges read at scrape time from the broker and the database (served by the ingress):
queue depth by state and the oldest ready message's age, per-tenant AI budget used and review backlog.
Computed at most every `CACHE_SECONDS`, so a scrape storm does not become a query storm; a source that
fails is simply left out of that scrape."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import structlog
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

log = structlog.get_logger("oms.ops")
CACHE_SECONDS = 10.0


class OpsCollector(Collector):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._at = 0.0
        self._families: list[Any] = []

    def collect(self) -> Iterator[Any]:
        with self._lock:
            if time.monotonic() - self._at > CACHE_SECONDS:
                self._families = list(self._build())
                self._at = time.monotonic()
            families = self._families
        yield from families

    def _build(self) -> Iterator[Any]:
        try:
            yield from _queue_families()
        except Exception as exc:
            log.warning("queue_metrics_unavailable", error_type=type(exc).__name__)
        try:
            yield from _tenant_families()
        except Exception as exc:
            log.warning("tenant_metrics_unavailable", error_type=type(exc).__name__)


def _queue_families() -> Iterator[Any]:
    from jobs.ops.broker_state import inspector
    from jobs.ops.queues import declared_queue_names

    insp = inspector()
    depth = GaugeMetricFamily(
        "oms_queue_messages", "Messages in a broker queue by state", labels=["queue", "state"]
    )
    oldest = GaugeMetricFamily(
        "oms_queue_oldest_message_age_seconds", "Age of the oldest ready message", labels=["queue"]
    )
    for c in insp.all_counts(declared_queue_names() | insp.queue_names()):
        for state, value in (
            ("ready", c.ready),
            ("delayed", c.delayed),
            ("in_flight", c.in_flight),
            ("dead", c.dead),
        ):
            if value is not None:
                depth.add_metric([c.name, state], value)
        oldest.add_metric([c.name], c.oldest_age_s or 0.0)
    yield depth
    yield oldest


def _tenant_families() -> Iterator[Any]:
    from jobs.ops.overview import review_backlog, spend

    ratio = GaugeMetricFamily(
        "oms_ai_budget_used_ratio",
        "AI spend this month over the monthly budget, per tenant",
        labels=["tenant"],
    )
    for row in spend():
        ratio.add_metric([row.distributor_id], row.ratio)
    backlog = GaugeMetricFamily(
        "oms_review_backlog_orders", "Orders waiting for review, per tenant", labels=["tenant"]
    )
    for b in review_backlog():
        backlog.add_metric([b.distributor_id], b.waiting)
    yield ratio
    yield backlog


_installed = False


def install(registry: Any = None) -> None:
    """Register once per process on `registry` (the default one)."""
    global _installed
    if _installed:
        return
    from prometheus_client import REGISTRY

    (registry or REGISTRY).register(OpsCollector())
    _installed = True
