"""How long an idle consumer may wait between two polls of its queue (worker/reliable_fetch.py): the worker
timeout (100 ms under `oms worker`, for the pipeline's latency at low load), or up to `SLOW_POLL_MS` for a
delay queue and the queues `poll_slowly` names. Kept apart from the broker so that jobs/queues.py can name
its slow queues without importing a broker."""

from __future__ import annotations

from worker.queue_names import is_delay_queue

__all__ = ["SLOW_POLL_MS", "idle_poll_ms", "poll_slowly"]

# The most an idle consumer of a delay queue, or of a queue `poll_slowly` names, waits between polls.
SLOW_POLL_MS = 1000
_SLOW_QUEUES: set[str] = set()


def poll_slowly(*queue_names: str) -> None:
    """Let these queues' idle consumers poll Redis only up to every `SLOW_POLL_MS` (work that may wait a
    second when nothing else is queued: maintenance, retries)."""
    _SLOW_QUEUES.update(queue_names)


def idle_poll_ms(queue_name: str, timeout_ms: int) -> int:
    """The longest an idle consumer of ``queue_name`` waits between polls (the worker timeout, or
    `SLOW_POLL_MS` for a delay queue and the queues `poll_slowly` names)."""
    if is_delay_queue(queue_name) or queue_name in _SLOW_QUEUES:
        return max(timeout_ms, SLOW_POLL_MS)
    return timeout_ms
