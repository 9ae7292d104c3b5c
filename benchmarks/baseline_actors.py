"""Raw dramatiq baselines for benchmarks/pipeline.py: what the framework alone does on this machine.

Run exactly like the pipeline worker, with the same broker and middleware stack (``build_broker`` from
worker/broker.py), the same processes and threads::

    python -m dramatiq benchmarks.baseline_actors -p P -t T [--queues bench_noop|bench_insert]

Two actors:

- ``noop``: does nothing. Its rate is the ceiling of dramatiq + Redis + our middleware on this box.
- ``insert_row``: one autocommitted ``INSERT`` into a scratch table over psycopg (one connection per
  worker thread, as the application role). Its rate is the ceiling of "a job that commits one row".

How completion is measured (robustly, without touching what is measured): a no-op leaves no trace, and
dramatiq's Redis broker acknowledges in batches on the consumer's next fetch (up to its idle back-off
later), so neither queue length nor ack sets tell precisely when the last message finished. Instead
:class:`CompletionStats` (a middleware, so both actors are counted the same way and the actor bodies stay
exactly "nothing" / "one INSERT") keeps, in each worker process, a count of successful runs per actor and
the wall-clock times of the first start and the last finish. A daemon thread copies those numbers to one
Redis hash per process every 20 ms. The benchmark polls the hashes until the counts add up to N and
takes the rate as ``N / (max(last finish) - min(first start))``: exact timestamps, not poll times, and no
per-message I/O added to the actors.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import dramatiq
import psycopg
from dramatiq.middleware import Middleware

from worker.broker import build_broker
from worker.settings import get_settings, libpq_url

settings = get_settings()
QUEUE_NOOP = settings.queue_prefix + "bench_noop"
QUEUE_INSERT = settings.queue_prefix + "bench_insert"
STATS_KEY_PREFIX = f"{settings.broker_namespace}:bench:stats:"
SCRATCH_TABLE = "bench_scratch"
SCRATCH_DDL = (
    f"CREATE TABLE IF NOT EXISTS {SCRATCH_TABLE} ("
    " id bigserial PRIMARY KEY, n integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"
)
FLUSH_INTERVAL_S = 0.02


class CompletionStats(Middleware):
    """Per process: successful runs per actor, first start and last finish (wall clock), mirrored to Redis."""

    def __init__(self, redis_url: str, key: str | None = None) -> None:
        self.redis_url = redis_url
        self.key = key
        self._lock = threading.Lock()
        self._stats: dict[str, list[float]] = {}  # actor -> [count, first_start, last_finish, errors]
        self._version = 0
        self._stop = threading.Event()

    def _entry(self, actor: str) -> list[float]:
        entry = self._stats.get(actor)
        if entry is None:
            entry = self._stats[actor] = [0, 0.0, 0.0, 0]
        return entry

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.MessageProxy) -> None:
        now = time.time()
        with self._lock:
            entry = self._entry(message.actor_name)
            if not entry[1]:
                entry[1] = now
                self._version += 1

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        now = time.time()
        with self._lock:
            entry = self._entry(message.actor_name)
            if exception is None:
                entry[0] += 1
                entry[2] = now
            else:
                entry[3] += 1
            self._version += 1

    def after_worker_boot(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        self.key = self.key or f"{STATS_KEY_PREFIX}{os.getpid()}"
        threading.Thread(target=self._flusher, name="bench-stats", daemon=True).start()

    def before_worker_shutdown(self, broker: dramatiq.Broker, worker: dramatiq.Worker) -> None:
        self._stop.set()

    def _flusher(self) -> None:
        import redis

        client = redis.Redis.from_url(self.redis_url)
        key = self.key or f"{STATS_KEY_PREFIX}{os.getpid()}"
        flushed = -1
        while True:
            stopping = self._stop.wait(FLUSH_INTERVAL_S)
            with self._lock:
                version = self._version
                snapshot = {actor: list(v) for actor, v in self._stats.items()}
            if version != flushed and snapshot:
                mapping: dict[str, str] = {}
                for actor, (count, first, last, errors) in snapshot.items():
                    mapping[f"{actor}:count"] = str(int(count))
                    mapping[f"{actor}:first"] = repr(first)
                    mapping[f"{actor}:last"] = repr(last)
                    mapping[f"{actor}:errors"] = str(int(errors))
                try:
                    pipe = client.pipeline()
                    pipe.hset(key, mapping=mapping)  # type: ignore[arg-type]
                    pipe.expire(key, 3600)
                    pipe.execute()
                    flushed = version
                except Exception:  # a missed flush is retried on the next tick
                    pass
            if stopping:
                return


broker = build_broker(settings)
broker.add_middleware(CompletionStats(settings.broker_url))
dramatiq.set_broker(broker)

_local = threading.local()


def _connection() -> psycopg.Connection[Any]:
    conn = getattr(_local, "conn", None)
    if conn is None or conn.closed:
        conn = _local.conn = psycopg.connect(libpq_url(settings.database_url), autocommit=True)
    return conn


@dramatiq.actor(queue_name=QUEUE_NOOP, max_retries=0)
def noop(n: int) -> None:
    """Nothing at all: the framework's own cost per message."""


@dramatiq.actor(queue_name=QUEUE_INSERT, max_retries=3, min_backoff=100, max_backoff=1_000)
def insert_row(n: int) -> None:
    """One committed row: the cheapest job that touches PostgreSQL."""
    _connection().execute(f"INSERT INTO {SCRATCH_TABLE} (n) VALUES (%s)", (n,))
