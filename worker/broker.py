"""The dramatiq broker for this process, built once from settings.

Redis by default (with reliable fetch: worker/reliable_fetch.py), RabbitMQ for an amqp:// BROKER_URL.
Middleware is dramatiq's standard stack plus two of ours: `LogContext` binds message/actor ids into
every log line, and `FailureRecorder` writes a final failure (retries exhausted or a permanent error)
to Postgres, where the dead-letter view and `oms dead-letters` find it. Importing this module sets the
global broker, so actor modules import it before declaring actors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import dramatiq
import structlog
from dramatiq.middleware import (
    AgeLimit,
    Callbacks,
    CurrentMessage,
    Middleware,
    Pipelines,
    Retries,
    ShutdownNotifications,
    TimeLimit,
)
from dramatiq.middleware.prometheus import Prometheus

from worker.queue_control import pausable
from worker.settings import Settings, get_settings

log = structlog.get_logger("oms.broker")

# Called with (message, exception) when a message fails for good; set by the jobs package.
FailureHandler = Callable[[dramatiq.MessageProxy, BaseException | None], None]
_failure_handlers: list[FailureHandler] = []


def on_final_failure(handler: FailureHandler) -> FailureHandler:
    _failure_handlers.append(handler)
    return handler


# Called (no arguments) when a worker process stops gracefully, once its worker threads have ended; set by
# the jobs package (jobs/ai/leases.py: the budget leases the process holds are closed).
_shutdown_handlers: list[Callable[[], object]] = []
ShutdownHandler = TypeVar("ShutdownHandler", bound=Callable[[], object])


def on_worker_shutdown(handler: ShutdownHandler) -> ShutdownHandler:
    if handler not in _shutdown_handlers:
        _shutdown_handlers.append(handler)
    return handler


class ShutdownHooks(Middleware):
    """Runs the `on_worker_shutdown` handlers at a graceful stop. The supervisor's forked worker
    processes end without running exit handlers (`atexit`), so this is where a process cleans up."""

    def after_worker_shutdown(self, broker: dramatiq.Broker, worker: Any) -> None:
        for handler in list(_shutdown_handlers):
            try:
                handler()
            except Exception as exc:  # noqa: BLE001 - one handler's failure must not skip the others
                log.warning("worker_shutdown_hook_failed", hook=handler.__name__, error=type(exc).__name__)


class LogContext(Middleware):
    """Bind the dramatiq message id and actor (and our message/tenant ids) for the duration of a run."""

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.MessageProxy) -> None:
        structlog.contextvars.clear_contextvars()
        ctx: dict[str, Any] = {"job_id": message.message_id, "actor": message.actor_name}
        kwargs = message.kwargs or {}
        args = message.args or ()
        message_id = kwargs.get("message_id") or (args[0] if args else None)
        tenant = kwargs.get("distributor_id") or (args[1] if len(args) > 1 else None)
        if isinstance(message_id, str):
            ctx["message_id"] = message_id
        if isinstance(tenant, str):
            ctx["distributor_id"] = tenant
        structlog.contextvars.bind_contextvars(**ctx)

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        structlog.contextvars.clear_contextvars()

    after_skip_message = after_process_message  # type: ignore[assignment]


class FailureRecorder(Middleware):
    """After Retries has decided a message is dead, make that visible in Postgres."""

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        if exception is None or not message.failed:
            return
        for handler in _failure_handlers:
            try:
                handler(message, exception)
            except Exception:  # never let bookkeeping crash the worker thread
                log.exception("failure_handler_error", handler=getattr(handler, "__name__", repr(handler)))


def build_broker(settings: Settings) -> dramatiq.Broker:
    # `after_*` hooks run in reverse order: FailureRecorder sits before Retries so it sees Retries' verdict.
    middleware = [
        AgeLimit(),
        TimeLimit(time_limit=60_000),
        ShutdownNotifications(),
        Callbacks(),
        Pipelines(),
        FailureRecorder(),
        Retries(max_retries=5, min_backoff=500, max_backoff=60_000),
        CurrentMessage(),
        LogContext(),
    ]
    url = settings.broker_url
    # Consumers honour queue pauses (worker/queue_control.py): `oms queues pause Q`.
    if url.startswith(("amqp://", "amqps://")):
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        return pausable(RabbitmqBroker)(url=url, middleware=middleware)  # type: ignore[no-any-return]
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    heartbeat_ms = settings.broker_heartbeat_ms
    timeout = settings.redis_timeout_ms / 1000
    # Bounded waits on a frozen or unreachable Redis: every command gives up after `timeout` (one retry,
    # no backoff), so the ingress notes the message in its outbox instead of hanging, and a worker's
    # consumer restarts; redis-py's default would retry with growing back-off for seconds.
    # The client's name and version given once: redis-py 7 otherwise reads its own package metadata
    # (importlib.metadata, about 1.3 ms of CPU) for every new connection of the pool, in the ingress and
    # every worker process (an older redis-py, without DriverInfo, takes its default as it is).
    identity = (
        {"driver_info": redis.DriverInfo(lib_version=redis.__version__)}
        if hasattr(redis, "DriverInfo")
        else {}
    )
    client = redis.Redis.from_url(
        url,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        socket_keepalive=True,
        health_check_interval=30,
        retry=Retry(NoBackoff(), 1),
        **identity,
    )
    from worker.reliable_fetch import ReliableRedisBroker

    # Reliable fetch: what a fetch took but never delivered (a reply lost to a timeout) goes back to
    # its queue within seconds, not at this process's next restart (worker/reliable_fetch.py).
    return pausable(ReliableRedisBroker)(  # type: ignore[no-any-return]
        client=client,
        namespace=settings.broker_namespace,
        heartbeat_timeout=heartbeat_ms,
        # A short heartbeat is only useful if maintenance (requeue of dead workers' messages) runs often.
        maintenance_chance=1000 if heartbeat_ms >= 60_000 else 100_000,
        middleware=middleware,
    )


class WorkerPrometheus(Prometheus):
    """dramatiq's Prometheus middleware (messages, errors, retries, rejects, in progress, durations per
    queue and actor) without its own exposition server: the worker's ops endpoint
    (worker/ops_server.py) serves these together with the system's metrics and a health check."""

    @property
    def forks(self) -> list[Any]:
        return []

    def after_enqueue(
        self, broker: dramatiq.Broker, message: dramatiq.Message[Any], delay: int | None
    ) -> None:
        if hasattr(self, "total_retried_messages"):  # booted (worker processes) only
            super().after_enqueue(broker, message, delay)


def add_worker_middleware(broker: dramatiq.Broker) -> None:
    """What only worker processes need: dramatiq's metrics, the heartbeat/throughput reporter, the
    shutdown hooks and the collector's settings (worker/gc_tuning.py, WORKER_GC)."""
    from worker.gc_tuning import CollectorTuning
    from worker.process_stats import ProcessStats

    present = {type(m) for m in broker.middleware}
    for middleware in (WorkerPrometheus(), ProcessStats(), ShutdownHooks(), CollectorTuning()):
        if type(middleware) not in present:
            broker.add_middleware(middleware)


broker = build_broker(get_settings())
dramatiq.set_broker(broker)
