"""The phases of benchmarks/pipeline.py: options and the Bench that starts processes and measures."""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass
from typing import Any

from benchmarks.pipeline_cpu import POLLER_BACKEND, CpuAccount, Profiler
from benchmarks.pipeline_load import (
    LoadStats,
    Poller,
    Progress,
    Sent,
    closed_loop,
    error_samples,
    load_corpus,
    make_bodies,
    open_loop,
    run_async,
)
from benchmarks.pipeline_setup import (
    POLL_INTERVAL_S,
    REDIS_URL,
    STALL_TIMEOUT_S,
    BenchError,
    Proc,
    Sandbox,
    free_port,
    log,
    summary_ms,
)


# --------------------------------------------------------------------------------------------- the benchmark
@dataclass
class Options:
    messages: int
    rate: float
    latency_messages: int
    processes: int
    threads: int
    concurrency: int
    warmup: int
    components: bool
    baseline: bool
    latency: bool
    as_json: bool
    keep_logs: bool
    profile: bool = False
    py_spy: str | None = None
    worker_module: str | None = (
        None  # what-if experiments: `python -m dramatiq MODULE` instead of `oms worker`
    )
    pg_settings: tuple[str, ...] = ()  # what-if experiments: ALTER DATABASE <bench db> SET name = value
    pg_sql: tuple[str, ...] = ()  # what-if experiments: SQL run as the owner in the bench db before starting
    catalog_size: int = 0  # 0: the shipped catalog; N: a generated one (benchmarks/catalog_scale.py)
    unique_texts: bool = False  # no text twice (benchmarks/texts.py), instead of the corpus cycled


class Bench:
    def __init__(self, opts: Options, sandbox: Sandbox) -> None:
        self.o = opts
        self.sb = sandbox
        self.ingress: Proc | None = None
        self.worker: Proc | None = None
        self.baseline_worker: Proc | None = None
        self.base = ""
        self.corpus = load_corpus()
        self.cpu = CpuAccount(sandbox.dbname, self._roots)
        self.results: dict[str, Any] = {}
        self.profiler: Profiler | None = None
        self.pollers: list[Poller] = []  # running, whose PostgreSQL backends the CPU account sets apart

    def _roots(self) -> dict[str, list[int]]:
        roots: dict[str, list[int]] = {}
        if self.ingress and self.ingress.alive():
            roots["ingress (uvicorn, 1 process)"] = [self.ingress.pid]
        if self.worker and self.worker.alive():
            roots[f"pipeline workers (dramatiq -p {self.o.processes} -t {self.o.threads})"] = [
                self.worker.pid
            ]
        if self.baseline_worker and self.baseline_worker.alive():
            roots["baseline workers (dramatiq)"] = [self.baseline_worker.pid]
        if self.profiler is not None:
            roots["py-spy (profiler)"] = [p.pid for _, p, _ in self.profiler.running]
        self.pollers = [p for p in self.pollers if p.is_alive()]
        if self.pollers:  # their backends read the bench db for this script: not the system under test
            roots[POLLER_BACKEND] = [p.backend_pid for p in self.pollers]
        return roots

    def _unique(self, first: int) -> int | None:
        """With --unique-texts, the phase's first variant (benchmarks/texts.py): 50 cycles apart."""
        return first if self.o.unique_texts else None

    def procs(self) -> list[Proc]:
        return [p for p in (self.ingress, self.worker, self.baseline_worker) if p is not None]

    # ------------------------------------------------------------------ processes
    def start_ingress(self) -> None:
        import httpx

        port = free_port()
        env = {**self.sb.env, "PORT": str(port), "OMS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}"}
        self.ingress = Proc(
            "ingress",
            [sys.executable, "-m", "cli", "ingress", "--host", "127.0.0.1", "--port", str(port)],
            env,
            self.sb.logdir,
        )
        self.base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            self.ingress.check()
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise BenchError(f"ingress did not answer /healthz in 60s:\n{self.ingress.tail()}")
            time.sleep(0.1)

    def start_worker(self) -> None:
        p, t = str(self.o.processes), str(self.o.threads)
        if self.o.worker_module:
            # The arguments `oms worker` passes to dramatiq (cli/worker.py), with another module.
            args = [sys.executable, "-m", "dramatiq", self.o.worker_module, "--skip-logging", "--processes", p,
                    "--threads", t, "--worker-shutdown-timeout", "30000"]  # fmt: skip
        else:
            args = [sys.executable, "-m", "cli", "worker", "--processes", p, "--threads", t]
        self.worker = Proc("worker", args, self.sb.env, self.sb.logdir)

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    # ------------------------------------------------------------------ phases
    def _send(
        self, phase: str, bodies: list[bytes], *, rate: float | None = None, track: bool = True
    ) -> tuple[list[Sent], LoadStats, Poller | None]:
        stats = LoadStats()
        poller = Poller(self.sb.admin_url, self.sb.dbname) if track else None
        if poller:
            self.pollers.append(poller)
            poller.sent_hint = lambda: stats.accepted
            poller.start()
        progress = Progress(phase, len(bodies), stats, poller, started=stats.started)
        progress.start()
        try:
            if rate is None:
                sent = run_async(closed_loop(self.base, self.sb.api_key, bodies, self.o.concurrency, stats))
            else:
                sent = run_async(open_loop(self.base, self.sb.api_key, bodies, rate, stats))
        finally:
            progress.close()
        if stats.errors and stats.errors == len(bodies):
            first = next((s.error for s in sent if s.error), "?")
            raise BenchError(f"{phase}: every request failed, e.g. {first}")
        return sent, stats, poller

    def _finish(self, phase: str, poller: Poller, stats: LoadStats, sent_count: int) -> float:
        poller.set_target(poller.base_finished + stats.accepted)
        progress = Progress(phase, sent_count, stats, poller, started=stats.started)
        progress.start()
        try:
            return poller.wait(self.procs(), phase)
        finally:
            progress.close()
            progress.line()

    def _checkpoint(self) -> None:
        """Start each measured phase right after a CHECKPOINT: otherwise whether the server's own
        checkpoint (or the one the previous run's DROP DATABASE requested) lands inside a phase decides
        up to 15% of its figures, run to run."""
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            conn.execute("CHECKPOINT")

    def warm_up(self) -> None:
        if self.o.warmup <= 0:
            return
        log(f"warm-up: {self.o.warmup} messages through the whole pipeline (not measured)")
        bodies = make_bodies(
            self.corpus, self.o.warmup, self.sb.run_id, "warm", offset=137, unique_from=self._unique(50)
        )
        _, stats, poller = self._send("warm-up", bodies)
        assert poller is not None
        try:
            self._finish("warm-up", poller, stats, len(bodies))
        finally:
            poller.close()

    def throughput(self) -> None:
        n = self.o.messages
        log(f"end-to-end throughput: {n} messages, {self.o.concurrency} concurrent requests")
        bodies = make_bodies(self.corpus, n, self.sb.run_id, "tp", unique_from=self._unique(0))
        profiler = None
        if self.o.profile and self.o.py_spy:
            assert self.ingress and self.worker
            profiler = self.profiler = Profiler(self.o.py_spy, self.sb.logdir)
            profiler.start("ingress", self.ingress.pid)
            profiler.start("workers", self.worker.pid, subprocesses=True)
            profiler.wait_attached()  # before the clock starts
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        sent, stats, poller = self._send("e2e", bodies)
        assert poller is not None
        try:
            done_at = self._finish("e2e", poller, stats, n)
            cpu1 = self.cpu.snapshot()
        finally:
            poller.close()
            if profiler is not None:
                self.results["profile"] = profiler.stop()
                self.profiler = None
        first = min(s.sent_at for s in sent)
        last_answer = max(s.sent_at + s.latency for s in sent)
        ok = [s for s in sent if s.status == 202]
        ids = [s.message_id for s in ok if s.created and s.message_id]
        db_end, failed = self._finish_times_end(ids)
        self.results["e2e"] = {
            "messages": n,
            "accepted": stats.accepted,
            "http_errors": stats.errors,
            "http_error_samples": error_samples(sent),
            "failed": failed,
            "seconds": done_at - first,
            "msgs_per_s": stats.accepted / (done_at - first),
            "msgs_per_s_db_clock": stats.accepted / (db_end - first) if db_end else None,
            "ingress_req_per_s": len(sent) / (last_answer - first),
            "ingress_seconds": last_answer - first,
            "http_latency_ms": summary_ms([s.latency for s in ok]),
            "backlog_peak": poller.backlog_peak,
            "pg_activity_avg_backends": poller.activity_summary(),
            "pg_activity_by_statement": poller.statement_summary(),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }

    def _finish_times_end(self, ids: list[str]) -> tuple[float | None, int]:
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            row = conn.execute(
                "SELECT extract(epoch FROM max(coalesce(processed_at, updated_at))), "
                "count(*) FILTER (WHERE processing_status = 'FAILED') FROM messages WHERE id = ANY(%s::uuid[])",
                (ids,),
            ).fetchone()
        assert row is not None
        return (float(row[0]) if row[0] is not None else None), int(row[1])

    def latency(self) -> None:
        n, rate = self.o.latency_messages, self.o.rate
        log(f"latency: {n} messages open-loop at {rate:g}/s")
        bodies = make_bodies(self.corpus, n, self.sb.run_id, "lat", offset=61, unique_from=self._unique(100))
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        sent, stats, poller = self._send("latency", bodies, rate=rate)
        assert poller is not None
        try:
            self._finish("latency", poller, stats, n)
            cpu1 = self.cpu.snapshot()
        finally:
            poller.close()
        ok = {s.message_id: s for s in sent if s.status == 202 and s.created and s.message_id}
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT id::text, processing_status::text, ai_extracted_intent::text, "
                "extract(epoch FROM coalesce(processed_at, updated_at)) FROM messages WHERE id = ANY(%s::uuid[])",
                (list(ok),),
            ).fetchall()
        e2e: list[float] = []
        pipeline: list[float] = []
        by_intent: dict[str, list[float]] = {}
        failed = 0
        for mid, status, intent, finished in rows:
            s = ok[mid]
            failed += status == "FAILED"
            e2e.append(float(finished) - s.sent_at)
            pipeline.append(float(finished) - (s.sent_at + s.latency))
            by_intent.setdefault(intent or "none", []).append(float(finished) - s.sent_at)
        sends = sorted(s.sent_at for s in sent)
        achieved = (len(sends) - 1) / (sends[-1] - sends[0]) if len(sends) > 1 else math.nan
        self.results["latency"] = {
            "messages": n,
            "offered_rate": rate,
            "achieved_rate": achieved,
            "accepted": stats.accepted,
            "http_errors": stats.errors,
            "http_error_samples": error_samples(sent),
            "failed": failed,
            "end_to_end_ms": summary_ms(e2e),
            "http_ms": summary_ms([s.latency for s in ok.values()]),
            "after_http_response_ms": summary_ms(pipeline),
            "by_intent_ms": {k: summary_ms(v) for k, v in sorted(by_intent.items())},
            "send_schedule_lag_ms": summary_ms(stats.schedule_lag),
            "pg_activity_avg_backends": poller.activity_summary(),
            "pg_activity_by_statement": poller.statement_summary(),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }

    def components(self) -> None:
        """Ingress alone (no workers), then the workers alone draining what the ingress stored."""
        n = self.o.messages
        log(f"components: ingress alone ({n} messages, workers stopped)")
        self.stop_worker()
        bodies = make_bodies(self.corpus, n, self.sb.run_id, "iso", offset=211, unique_from=self._unique(150))
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        sent, stats, _ = self._send("ingress-only", bodies, track=False)
        cpu1 = self.cpu.snapshot()
        first = min(s.sent_at for s in sent)
        last = max(s.sent_at + s.latency for s in sent)
        ok = [s for s in sent if s.status == 202]
        self.results["ingress_only"] = {
            "requests": n,
            "accepted": stats.accepted,
            "http_errors": stats.errors,
            "http_error_samples": error_samples(sent),
            "req_per_s": len(sent) / (last - first),
            "http_latency_ms": summary_ms([s.latency for s in ok]),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }
        log(f"components: workers alone draining {stats.accepted} queued messages")
        poller = Poller(self.sb.admin_url, self.sb.dbname)  # the stored ones are all RECEIVED
        self.pollers.append(poller)
        poller.start()
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        self.start_worker()
        try:
            done_at = self._finish("drain", poller, stats, n)
            cpu1 = self.cpu.snapshot()
        finally:
            poller.close()
        start = poller.first_pickup_at or done_at
        self.results["worker_only"] = {
            "messages": stats.accepted,
            "seconds": done_at - start,
            "msgs_per_s": stats.accepted / (done_at - start) if done_at > start else math.nan,
            "pg_activity_avg_backends": poller.activity_summary(),
            "pg_activity_by_statement": poller.statement_summary(),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }

    def baselines(self) -> None:
        import psycopg
        import redis

        from benchmarks import baseline_actors as ba

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            conn.execute(ba.SCRATCH_DDL)
            conn.execute(f"GRANT SELECT, INSERT ON {ba.SCRATCH_TABLE} TO {self.sb.role}")
            conn.execute(f"GRANT USAGE ON SEQUENCE {ba.SCRATCH_TABLE}_id_seq TO {self.sb.role}")
        client = redis.Redis.from_url(REDIS_URL)
        out: dict[str, Any] = {}
        for actor, queue, label in (
            (ba.noop, ba.QUEUE_NOOP, "noop"),
            (ba.insert_row, ba.QUEUE_INSERT, "insert"),
        ):
            n = self.o.messages
            log(
                f"baseline: {label} actor, {n} messages pre-enqueued, dramatiq -p {self.o.processes} "
                f"-t {self.o.threads}"
            )
            for i in range(n):
                actor.send(i)
            self._checkpoint()
            cpu0 = self.cpu.snapshot()
            self.baseline_worker = Proc(
                f"baseline-{label}",
                [
                    sys.executable,
                    "-m",
                    "dramatiq",
                    "benchmarks.baseline_actors",
                    "-p",
                    str(self.o.processes),
                    "-t",
                    str(self.o.threads),
                    "--queues",
                    queue,
                ],
                self.sb.env,
                self.sb.logdir,
            )
            try:
                count, first, last, errors = self._wait_baseline(client, actor.actor_name, n, label)
                cpu1 = self.cpu.snapshot()
            finally:
                self.baseline_worker.stop()
                self.baseline_worker = None
            out[label] = {
                "messages": n,
                "completed": count,
                "errors": errors,
                "seconds": last - first,
                "msgs_per_s": count / (last - first) if last > first else math.nan,
                "cpu": CpuAccount.delta(cpu0, cpu1),
            }
            if label == "insert":
                with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
                    rows = conn.execute(f"SELECT count(*) FROM {ba.SCRATCH_TABLE}").fetchone()
                out[label]["rows_in_table"] = int(rows[0]) if rows else 0
        self.results["baseline"] = out

    def _wait_baseline(self, client: Any, actor: str, n: int, label: str) -> tuple[int, float, float, int]:
        from benchmarks.baseline_actors import STATS_KEY_PREFIX

        started = time.monotonic()
        last_line = 0.0
        while True:
            assert self.baseline_worker is not None
            self.baseline_worker.check()
            count, errors, firsts, lasts = 0, 0, [], []
            for key in client.scan_iter(match=f"{STATS_KEY_PREFIX}*", count=100):
                h = {k.decode(): v.decode() for k, v in client.hgetall(key).items()}
                if f"{actor}:count" in h:
                    count += int(h[f"{actor}:count"])
                    errors += int(h[f"{actor}:errors"])
                    if float(h[f"{actor}:first"]):
                        firsts.append(float(h[f"{actor}:first"]))
                    if float(h[f"{actor}:last"]):
                        lasts.append(float(h[f"{actor}:last"]))
            now = time.monotonic()
            if now - last_line >= 1.0:
                log(f"  [baseline {label}] {now - started:5.1f}s  done {count}/{n}")
                last_line = now
            if count >= n:
                return count, min(firsts), max(lasts), errors
            if now - started > max(STALL_TIMEOUT_S, n / 20):
                raise BenchError(
                    f"baseline {label}: only {count} of {n} done after {now - started:.0f}s:\n"
                    f"{self.baseline_worker.tail()}"
                )
            time.sleep(POLL_INTERVAL_S)

    def db_profile(self) -> None:
        """Whole-run PostgreSQL counters of the benchmark database, per inbound message."""
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            msgs = conn.execute(
                "SELECT count(*), count(*) FILTER (WHERE ai_extracted_intent = 'ORDER') FROM messages"
            ).fetchone()
            stage = conn.execute(
                "SELECT stage, count(*), avg(latency_ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) "
                "FROM ai_responses GROUP BY stage ORDER BY stage"
            ).fetchall()
        assert msgs is not None
        total, orders = int(msgs[0]), int(msgs[1])
        self.results["pipeline_shape"] = {
            "messages_in_db": total,
            "order_share": orders / total if total else math.nan,
            # Fused mode (the default with the local provider) runs one actor per message; chained mode runs
            # detect_pii + classify_intent for every message and two more stages for orders.
            "actor_runs_per_message": (
                1.0 if _fused_mode() else (2 + 2 * (orders / total) if total else math.nan)
            ),
            "ai_stage_compute_ms": {
                s: {"count": int(c), "mean": float(a or 0), "p99": float(p or 0)} for s, c, a, p in stage
            },
        }

    # ------------------------------------------------------------------ driver
    def apply_experiments(self) -> None:
        import psycopg
        from psycopg import sql

        for item in self.o.pg_settings:
            name, _, value = item.partition("=")
            with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
                conn.execute(
                    sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                        sql.Identifier(self.sb.dbname),
                        sql.Identifier(name.strip()),
                        sql.Literal(value.strip()),
                    )
                )
            log(f"experiment: ALTER DATABASE {self.sb.dbname} SET {name.strip()} = {value.strip()}")
        for statement in self.o.pg_sql:
            with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
                conn.execute(statement)  # type: ignore[arg-type]  # the operator's own what-if SQL
            log(f"experiment: ran in {self.sb.dbname}: {statement}")

    def run(self) -> dict[str, Any]:
        self.apply_experiments()
        self.start_ingress()
        self.start_worker()
        self.warm_up()
        self.throughput()
        if self.o.latency:
            self.latency()
        if self.o.components:
            self.components()
        self.db_profile()
        self.stop_worker()
        if self.ingress:
            self.ingress.stop()
            self.ingress = None
        if self.o.baseline:
            self.baselines()
        return self.results

    def stop_all(self) -> None:
        for p in self.procs():
            try:
                p.stop(timeout=15)
            except Exception as exc:  # noqa: BLE001
                log(f"stopping {p.name} failed: {exc}")
        self.ingress = self.worker = self.baseline_worker = None


def _fused_mode() -> bool:
    from worker.settings import load_settings

    return load_settings().fused_pipeline
