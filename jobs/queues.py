"""The broker queues jobs' actors run on (prefixed by `OMS_QUEUE_PREFIX`, as RabbitMQ has no namespaces)."""

from __future__ import annotations

from worker.settings import get_settings

_prefix = get_settings().queue_prefix
PIPELINE_QUEUE = _prefix + "pipeline"
MAINTENANCE_QUEUE = _prefix + "maintenance"
