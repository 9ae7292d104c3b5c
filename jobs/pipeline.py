"""The message pipeline as dramatiq actors: detect_pii -> classify_intent -> match_products -> create_order.

Each actor takes ids, reads its input from Postgres, writes its output there in one tenant transaction,
and then sends the next stage. Running any stage twice changes nothing the second time.
"""

from __future__ import annotations

import uuid

import dramatiq

import worker.broker  # noqa: F401 - sets the global broker before actors are declared

PIPELINE_QUEUE = "pipeline"


def start_pipeline(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> None:
    """Enqueue the first stage for a committed message (call only after the message row committed)."""
    detect_pii.send(str(message_id), str(distributor_id))


@dramatiq.actor(queue_name=PIPELINE_QUEUE, max_retries=5, time_limit=30_000)
def detect_pii(message_id: str, distributor_id: str) -> None:
    raise NotImplementedError
