"""`oms worker`: dramatiq worker processes serving every actor that cli/actors.py imports, under
worker/supervisor.py, which restarts a worker process that dies instead of stopping them all."""

from __future__ import annotations

import os
import sys

import click


@click.command("worker")
@click.option(
    "--processes",
    "-p",
    type=click.IntRange(min=1),
    default=None,
    help="worker processes (default: CPU count)",
)
@click.option(
    "--threads", "-t", type=click.IntRange(min=1), default=8, show_default=True, help="threads per process"
)
@click.option("--queues", "-Q", multiple=True, help="only these queues (default: all)")
def worker_cmd(processes: int | None, threads: int, queues: tuple[str, ...]) -> None:
    """Run dramatiq workers for every pipeline actor."""
    args = [
        sys.executable,
        "-m",
        "worker.supervisor",
        "cli.actors",
        "--skip-logging",
        "--processes",
        str(processes or os.cpu_count() or 1),
        "--threads",
        str(threads),
        "--worker-shutdown-timeout",
        "30000",
    ]
    if queues:
        args += ["--queues", *queues]
    args += _metrics_setup()
    # Every worker thread may hold a connection; the pool never opens more than its size (no overflow).
    os.environ.setdefault("OMS_DB_POOL_SIZE", str(threads + 2))
    # An idle consumer polls Redis with a backoff up to this many ms (dramatiq's default 1000): at low load
    # that wait, not the work, was most of a message's latency. 100 ms costs ~10 polls/s per idle queue.
    os.environ.setdefault("dramatiq_worker_timeout", "100")
    # Compiled once in the supervisor and inherited by every worker process (jobs/language/preload.py).
    os.environ.setdefault("OMS_WORKER_PRELOAD", "jobs.language.preload:compile_patterns")
    os.execv(sys.executable, args)


def _metrics_setup() -> list[str]:
    """Prometheus in multiprocess mode for every worker process (set before any of them imports
    prometheus_client), a clean directory per start, and the ops endpoint (/metrics, /healthz) as a
    dramatiq fork process unless OMS_WORKER_METRICS_PORT is 0."""
    import shutil
    import tempfile

    from worker.settings import get_settings

    s = get_settings()
    directory = os.environ.get("OMS_WORKER_METRICS_DIR") or os.path.join(
        tempfile.gettempdir(), f"oms-worker-metrics-{s.worker_metrics_port or os.getpid()}"
    )
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
    os.environ["dramatiq_prom_db"] = directory  # noqa: SIM112 - dramatiq reads this lowercase name
    os.environ["OMS_WORKER_HEALTH_DIR"] = directory
    if s.worker_metrics_port == 0:
        return []
    return ["--fork-function", "worker.ops_server:serve_worker"]


COMMANDS = (worker_cmd,)
