"""End-to-end pipeline benchmark: real `oms` processes on this machine, numbers printed as a table.

    .venv/bin/python benchmarks/pipeline.py [--messages N] [--rate R] [--processes P] [--threads T] [--json]

What it does (benchmarks/README.md explains every figure):

1. a throwaway PostgreSQL database and app role (`oms_bench_<id>`, migrated with `db.migrate.upgrade`), a
   private Redis namespace, one tenant with the shipped catalog and an `api` integration (API key);
2. `python -m cli ingress` and `python -m cli worker -p P -t T` started exactly as in
   production (tests/processes.py does the same), warmed up through the full pipeline;
3. end-to-end throughput: N realistic messages (tests/data/corpus.jsonl, cycled, unique provider ids)
   POSTed to /v1/messages by ~32 concurrent requests (a lean keep-alive HTTP/1.1 client); messages/s from the first POST until the
   last message is PROCESSED or FAILED (a privileged connection polls `messages` every 50 ms); with the
   ingress acceptance rate and HTTP latency seen during that run;
4. latency at an offered rate: M messages sent open-loop at R/s, latency = messages.processed_at minus
   the wall-clock time the POST was sent, p50/p95/p99/max;
5. components in isolation (skippable): ingress alone (workers stopped) and the worker draining a
   pre-filled queue alone;
6. raw dramatiq baselines with the same broker, P and T: a no-op actor and a one-INSERT actor
   (benchmarks/baseline_actors.py, run as `python -m dramatiq benchmarks.baseline_actors`);
7. a CPU account of every phase (which process used the 2 cores) and PostgreSQL wait states, to say
   where the time goes.

Everything it created is dropped at the end, also on Ctrl-C or an error. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `python benchmarks/pipeline.py` must import the project and benchmarks.*


from benchmarks.pipeline_bench import Bench, Options  # noqa: E402
from benchmarks.pipeline_report import render  # noqa: E402
from benchmarks.pipeline_setup import PG_ADMIN, BenchError, Sandbox, git_info, log, machine_info  # noqa: E402


# --------------------------------------------------------------------------------------------- main
def parse_args(argv: list[str] | None = None) -> Options:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--messages", "-n", type=int, default=3000, help="messages for the throughput phases (3000)"
    )
    p.add_argument(
        "--rate", "-r", type=float, default=100.0, help="offered rate of the latency phase, msg/s (100)"
    )
    p.add_argument(
        "--latency-messages", "-m", type=int, default=1000, help="messages of the latency phase (1000)"
    )
    p.add_argument("--processes", "-p", type=int, default=2, help="worker processes (2)")
    p.add_argument("--threads", "-t", type=int, default=8, help="threads per worker process (8)")
    p.add_argument("--concurrency", "-c", type=int, default=32, help="concurrent HTTP requests (32)")
    p.add_argument("--warmup", type=int, default=50, help="warm-up messages, not measured (50)")
    p.add_argument("--no-latency", action="store_true", help="skip the fixed-rate latency phase")
    p.add_argument("--no-components", action="store_true", help="skip ingress-alone / workers-alone phases")
    p.add_argument("--no-baseline", action="store_true", help="skip the raw dramatiq baselines")
    p.add_argument(
        "--profile",
        action="store_true",
        help="sample the ingress and workers with py-spy during the end-to-end phase",
    )
    p.add_argument(
        "--py-spy",
        default=os.environ.get("OMS_BENCH_PY_SPY") or shutil.which("py-spy"),
        help="path of the py-spy binary (default: $OMS_BENCH_PY_SPY or py-spy on PATH)",
    )
    p.add_argument(
        "--worker-module",
        default=None,
        help="what-if experiments only: run the workers as `python -m dramatiq MODULE` (same arguments as "
        "`oms worker`) instead of `python -m cli worker`",
    )
    p.add_argument(
        "--pg-setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="what-if experiments only: ALTER DATABASE <bench db> SET NAME = VALUE before starting (repeatable)",
    )
    p.add_argument(
        "--pg-sql",
        action="append",
        default=[],
        metavar="SQL",
        help="what-if experiments only: run SQL as the owner in the bench db before starting (repeatable), "
        "e.g. 'ALTER TABLE messages DISABLE TRIGGER audit_write'",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    p.add_argument(
        "--catalog-size",
        type=int,
        default=0,
        help="a generated catalog of N products (brands, sizes, packs, near-duplicates of the shipped "
        "ones: benchmarks/catalog_scale.py) instead of the shipped 67",
    )
    p.add_argument(
        "--unique-texts",
        action="store_true",
        help="never send the same text twice: each reuse of a corpus text is a variant of it (other "
        "quantities, some words' case flipped: benchmarks/texts.py), so no cache keyed by a text answers",
    )
    p.add_argument("--keep-logs", action="store_true", help="keep the process logs (kept anyway on failure)")
    a = p.parse_args(argv)
    for name in ("messages", "latency_messages", "processes", "threads", "concurrency"):
        if getattr(a, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    if a.rate <= 0:
        p.error("--rate must be positive")
    for item in a.pg_setting:
        if "=" not in item:
            p.error(f"--pg-setting {item!r}: expected NAME=VALUE")
    if a.profile and not (a.py_spy and Path(a.py_spy).exists()):
        p.error(
            "--profile needs py-spy: `pip install --target /tmp/bench-tools py-spy` and pass "
            "--py-spy /tmp/bench-tools/bin/py-spy (or put it on PATH)"
        )
    return Options(
        a.messages,
        a.rate,
        a.latency_messages,
        a.processes,
        a.threads,
        a.concurrency,
        max(0, a.warmup),
        not a.no_components,
        not a.no_baseline,
        not a.no_latency,
        a.json,
        a.keep_logs,
        a.profile,
        a.py_spy,
        a.worker_module,
        tuple(a.pg_setting),
        tuple(a.pg_sql),
        max(0, a.catalog_size),
        a.unique_texts,
    )


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    logdir = Path(tempfile.mkdtemp(prefix="oms-bench-"))
    sandbox = Sandbox(logdir, opts.catalog_size)
    bench: Bench | None = None
    ok = False

    def on_term(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(
        signal.SIGINT, signal.default_int_handler
    )  # also when started with SIGINT ignored (`cmd &`)
    report: dict[str, Any] = {
        "run_id": sandbox.run_id,
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "config": {
            "messages": opts.messages,
            "rate": opts.rate,
            "latency_messages": opts.latency_messages,
            "processes": opts.processes,
            "threads": opts.threads,
            "concurrency": opts.concurrency,
            "warmup": opts.warmup,
            "catalog_size": opts.catalog_size,
            "unique_texts": opts.unique_texts,
            "experiment": {
                "worker_module": opts.worker_module,
                "pg_settings": list(opts.pg_settings),
                "pg_sql": list(opts.pg_sql),
            }
            if (opts.worker_module or opts.pg_settings or opts.pg_sql)
            else None,
        },
    }
    try:
        report["machine"] = machine_info(PG_ADMIN)
        report["git"] = git_info()
        sandbox.setup()
        bench = Bench(opts, sandbox)
        report["results"] = bench.run()
        ok = True
    except KeyboardInterrupt:
        log("interrupted: cleaning up")
    except BenchError as exc:
        log(f"error: {exc}")
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not skip the cleanup
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if bench is not None:
            bench.stop_all()
        sandbox.teardown()
        if ok and not opts.keep_logs:
            shutil.rmtree(logdir, ignore_errors=True)
        else:
            log(f"process logs kept in {logdir}")
    if not ok:
        return 1
    if opts.as_json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print(render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
