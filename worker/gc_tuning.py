"""The cyclic garbage collector of a worker process, set for a long-lived process that keeps large caches.

A worker process holds about 150,000 tracked objects once its modules are imported (the vocabularies,
compiled patterns, SQLAlchemy's and dramatiq's own) and 150,000 more once a 20,000-product catalog's index
and its caches are built. With CPython's defaults (a young collection every 700 net allocations) the
temporaries of the 8 threads' messages in flight were promoted, and every few hundred messages a full
collection walked all of those objects: 75-215 ms of CPU each, six of them in a 3,000-message benchmark,
about 1.2 s of a process's 21 s (session 18, `benchmarks/pipeline.py --catalog-size 20000`, 2 processes).

WORKER_GC (`CollectorTuning`, after the process boots, when every module is imported): what exists then is
moved out of the collector's reach for good (`gc.freeze`: module-level objects live as long as the
process), and a young collection waits for `YOUNG_THRESHOLD` net allocations, so that a message's
temporaries are freed by reference counting before a collection could promote them. Measured in the same
benchmark: no full collection and 0.29 s of collector CPU per process, against six and 1.23 s. The
collector still runs (cycles are still collected); only less often.
"""

from __future__ import annotations

import gc

import dramatiq
from dramatiq.middleware import Middleware

# Net allocations of tracked objects between young collections (CPython's default: 700); the older
# generations keep their default ratios (10, 10).
YOUNG_THRESHOLD = 10_000


def tune_collector() -> None:
    """WORKER_GC: freeze what exists now (a booted process's modules) and collect the young less often."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)


class CollectorTuning(Middleware):
    """WORKER_GC in each worker process, once its broker module (and so every actor module) is imported."""

    def after_process_boot(self, broker: dramatiq.Broker) -> None:
        tune_collector()
