"""What the worker and the operations views (jobs/ops) ask of a queue's name. dramatiq names a queue's two
companion queues, its delay queue (``<q>.DQ``, where a message waits until its eta) and its dead-letter queue
(``<q>.XQ``); `dramatiq.common`'s ``dq_name``, ``xq_name`` and ``q_name`` spell them and are called directly."""

from __future__ import annotations

from dramatiq.common import dq_name, q_name

__all__ = ["is_companion_queue", "is_delay_queue"]


def is_delay_queue(queue_name: str) -> bool:
    """Whether ``queue_name`` is a delay queue: it holds messages until their eta."""
    return dq_name(queue_name) == queue_name


def is_companion_queue(queue_name: str) -> bool:
    """Whether ``queue_name`` is a delay or dead-letter queue, not a queue an actor is declared on."""
    return queue_name != q_name(queue_name)
