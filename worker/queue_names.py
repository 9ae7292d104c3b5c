"""The names dramatiq gives a queue's two companion queues: its delay queue (``<q>.DQ``, where a message waits
until its eta) and its dead-letter queue (``<q>.XQ``). Named here once, with dramatiq's own spelling
(`dramatiq.common`), for the worker's fetch, idle poll and pausing and for the operations views of the broker
(jobs/ops), which count, list and empty them."""

from __future__ import annotations

from dramatiq.common import dq_name, q_name, xq_name

__all__ = ["base_queue", "dead_letter_queue", "delay_queue", "is_companion_queue", "is_delay_queue"]


def delay_queue(queue_name: str) -> str:
    """The delay queue of ``queue_name`` (a Redis key ``<ns>:<q>`` gives the delay queue's key)."""
    return dq_name(queue_name)


def dead_letter_queue(queue_name: str) -> str:
    """The dead-letter queue of ``queue_name`` (a Redis key ``<ns>:<q>`` gives the dead letters' key)."""
    return xq_name(queue_name)


def base_queue(queue_name: str) -> str:
    """The queue a delay or dead-letter queue belongs to; any other queue is its own."""
    return q_name(queue_name)


def is_delay_queue(queue_name: str) -> bool:
    """Whether ``queue_name`` is a delay queue: it holds messages until their eta."""
    return delay_queue(queue_name) == queue_name


def is_companion_queue(queue_name: str) -> bool:
    """Whether ``queue_name`` is a delay or dead-letter queue, not a queue an actor is declared on."""
    return queue_name != base_queue(queue_name)
