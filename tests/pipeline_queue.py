"""The pipeline queue as the Redis broker stores it, read and cleaned up by tests.

dramatiq's Redis broker keeps a queue as a list of message ids (`<namespace>:<queue>`) and a hash from id
to the encoded message (`<namespace>:<queue>.msgs`); the namespace is this test process's private one
(tests/conftest.py). Every pipeline actor is called with (message_id, distributor_id).

The broker and the pipeline module are imported when first used, not when this module is imported.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def queue_keys() -> tuple[Any, str, str]:
    """The broker's Redis client, and the list and hash keys of the pipeline queue."""
    from jobs.pipeline.actors import PIPELINE_QUEUE
    from worker.broker import broker

    return broker.client, f"{broker.namespace}:{PIPELINE_QUEUE}", f"{broker.namespace}:{PIPELINE_QUEUE}.msgs"  # type: ignore[attr-defined]


def queued(distributor_id: uuid.UUID) -> list[dict[str, Any]]:
    """Pipeline messages waiting in Redis for this tenant (each id both in the list and the hash)."""
    redis, list_key, hash_key = queue_keys()
    in_list = {i.decode() for i in redis.lrange(list_key, 0, -1)}
    out = []
    for redis_id, data in redis.hgetall(hash_key).items():
        message = json.loads(data)
        if message["args"][1] == str(distributor_id):
            assert redis_id.decode() in in_list
            out.append(message)
    return out


def queued_message_ids(distributor_id: uuid.UUID) -> list[str]:
    """The message ids (first actor argument) of this tenant's waiting pipeline messages."""
    return [q["args"][0] for q in queued(distributor_id)]


@contextmanager
def cleanup_added() -> Iterator[None]:
    """Remove the pipeline queue entries added inside the block (nothing consumes them in these tests)."""
    redis, list_key, hash_key = queue_keys()
    before = set(redis.hkeys(hash_key))
    try:
        yield
    finally:
        for redis_id in set(redis.hkeys(hash_key)) - before:
            redis.lrem(list_key, 0, redis_id)
            redis.hdel(hash_key, redis_id)
