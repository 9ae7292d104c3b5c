"""The ingress's Prometheus metrics (served at /metrics by ingress/health.py)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

MESSAGES = Counter(
    "oms_ingress_messages_total", "Inbound messages by provider and outcome", ["provider", "outcome"]
)
REJECTED = Counter(
    "oms_ingress_rejected_total", "Rejected inbound requests by provider and reason", ["provider", "reason"]
)
LATENCY = Histogram(
    "oms_ingress_request_duration_seconds",
    "Ingress request latency by route",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
