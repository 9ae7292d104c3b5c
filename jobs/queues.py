"""The broker queues jobs' actors run on (prefixed by `OMS_QUEUE_PREFIX`, as RabbitMQ has no namespaces)."""

from __future__ import annotations

from worker.polling import poll_slowly
from worker.settings import get_settings

_prefix = get_settings().queue_prefix
PIPELINE_QUEUE = _prefix + "pipeline"
MAINTENANCE_QUEUE = _prefix + "maintenance"
WEBHOOK_QUEUE = _prefix + "webhooks"  # first attempts
WEBHOOK_RETRY_QUEUE = _prefix + "webhooks_retry"  # retries and deferrals, at a lower priority
# Work that may wait a second when nothing else is queued: their idle consumers poll Redis every second,
# not every 100 ms (worker/polling.py); the pipeline and first webhook attempts keep the short wait.
poll_slowly(MAINTENANCE_QUEUE, WEBHOOK_RETRY_QUEUE)
