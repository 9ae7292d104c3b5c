"""Shared constants and helpers of benchmarks/pipeline.py, and its throwaway database, tenant and processes."""

from __future__ import annotations

import json
import math
import os
import platform
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent

CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"
CATALOG = ROOT / "tests" / "data" / "catalog.json"
PG_ADMIN = os.environ.get("OMS_BENCH_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("OMS_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
POLL_INTERVAL_S = 0.05
STALL_TIMEOUT_S = 90.0
CUSTOMERS = 250  # distinct senders: most messages come from a customer the system already knows
TARGET_E2E_RATE = 250.0
TARGET_P99_MS = 500.0


class BenchError(RuntimeError):
    """The benchmark cannot go on (a process died, the pipeline stalled); the message says why."""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------- statistics
def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "count": len(ms),
        "p50": percentile(ms, 50),
        "p95": percentile(ms, 95),
        "p99": percentile(ms, 99),
        "max": max(ms) if ms else math.nan,
        "mean": sum(ms) / len(ms) if ms else math.nan,
    }


# --------------------------------------------------------------------------------------------- machine
def machine_info(admin_url: str) -> dict[str, Any]:
    import dramatiq
    import psycopg
    import redis

    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    with psycopg.connect(admin_url, autocommit=True) as conn:
        pg = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
        sync_commit = conn.execute("SHOW synchronous_commit").fetchone()[0]  # type: ignore[index]
    info: dict[str, Any] = redis.Redis.from_url(REDIS_URL).info("server")  # type: ignore[assignment]
    redis_version = info.get("redis_version", "?")
    return {
        "cpu_model": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "postgresql": pg,
        "postgresql_synchronous_commit": sync_commit,
        "redis": redis_version,
        "dramatiq": dramatiq.__version__,
        "kernel": platform.release(),
        "loadavg_at_start": os.getloadavg(),
    }


def git_info() -> dict[str, Any]:
    """The commit measured, and whether the work tree differed from it (the code is a moving target)."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10
            ).stdout.rstrip("\n")
        except (OSError, subprocess.SubprocessError):
            return ""

    changed = [line[3:] for line in git("status", "--porcelain", "--untracked-files=no").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD"), "modified_files": changed}


# --------------------------------------------------------------------------------------------- processes
class Proc:
    """A child process in its own session (Ctrl-C in the terminal reaches only us; we stop it)."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], logdir: Path) -> None:
        self.name = name
        self.log_path = logdir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            args,
            env=env,
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def tail(self, chars: int = 3000) -> str:
        self._log.flush()
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def check(self) -> None:
        if not self.alive():
            raise BenchError(f"{self.name} exited with {self.proc.returncode}:\n{self.tail()}")

    def stop(self, timeout: float = 30.0) -> None:
        if self.alive():
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
            except ProcessLookupError:
                pass
        self._log.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --------------------------------------------------------------------------------------------- sandbox
def _with_db(url: str, dbname: str, user: str | None = None) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc
    if user is not None:
        netloc = f"{user}@{parts.hostname}:{parts.port or 5432}"
    return urlunsplit(parts._replace(netloc=netloc, path="/" + dbname))


class Sandbox:
    """The benchmark's own database, app role, Redis namespace, tenant, catalog and API key."""

    def __init__(self, logdir: Path, catalog_size: int = 0) -> None:
        self.catalog_size = catalog_size
        self.run_id = uuid.uuid4().hex[:8]
        self.dbname = f"oms_bench_{self.run_id}"
        self.role = f"oms_bench_app_{self.run_id}"
        self.namespace = f"omsbench_{self.run_id}"
        self.admin_url = _with_db(PG_ADMIN, self.dbname)
        self.logdir = logdir
        self.env = {
            **os.environ,
            "OMS_ADMIN_DATABASE_URL": self.admin_url,
            "DATABASE_URL": _with_db(PG_ADMIN, self.dbname, user=self.role),
            "BROKER_URL": REDIS_URL,
            "OMS_BROKER_NAMESPACE": self.namespace,
            "OMS_LOG_FORMAT": "json",
            "PYTHONUNBUFFERED": "1",
        }
        for inherited in ("OMS_QUEUE_PREFIX", "PORT", "OMS_PUBLIC_BASE_URL"):
            self.env.pop(inherited, None)
        self.created_db = False
        self.api_key = ""

    def setup(self) -> None:
        # The settings of this process (db.session engines, the broker of baseline_actors) come from
        # os.environ, so it must point at the sandbox before any project module reads it.
        os.environ.update(
            {k: v for k, v in self.env.items() if k.startswith(("OMS_", "DATABASE_URL", "BROKER_URL"))}
        )
        from db import migrate
        from db.catalog_import import import_catalog, parse_file
        from db.integrations import add_integration
        from db.tenants import create_tenant
        from worker.settings import get_settings, load_settings

        get_settings.cache_clear()
        settings = load_settings(self.env)
        log(f"setup: database {self.dbname}, role {self.role}, redis namespace {self.namespace}")
        self.created_db = True  # from here on, teardown drops whatever exists
        migrate.upgrade(settings)
        tenant = create_tenant(
            f"Bench Distributor {self.run_id}", threshold=0.85, budget_usd=50, settings=settings
        )
        if self.catalog_size:
            from benchmarks.catalog_scale import synthetic_catalog
            from db.catalog_import import parse_json

            catalog = parse_json(json.dumps(synthetic_catalog(self.catalog_size)))
        else:
            catalog = parse_file(CATALOG)
        started = time.perf_counter()
        result = import_catalog(tenant.id, catalog, settings=settings)
        log(f"setup: catalog import {time.perf_counter() - started:.1f} s")
        added = add_integration(tenant.id, "api", "benchmark", settings=settings)
        assert added.api_key
        self.api_key = added.api_key
        log(
            f"setup: tenant {tenant.id}, catalog {result.products_created} products, api integration {added.id}"
        )

    def teardown(self) -> None:
        import psycopg
        import redis
        from psycopg import sql

        try:
            from db.session import dispose_engines

            dispose_engines()
        except Exception as exc:  # noqa: BLE001 - teardown goes on
            log(f"teardown: disposing engines failed: {exc}")
        if self.created_db:
            try:
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = %s AND pid <> pg_backend_pid()",
                        (self.dbname,),
                    )
                    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(self.dbname)))
                    conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(self.role)))
                log(f"teardown: dropped database {self.dbname} and role {self.role}")
            except Exception as exc:  # noqa: BLE001
                log(f"teardown: could not drop {self.dbname}/{self.role}: {exc}")
        try:
            client = redis.Redis.from_url(REDIS_URL)
            keys = list(client.scan_iter(match=f"{self.namespace}*", count=1000))
            for i in range(0, len(keys), 500):
                client.delete(*keys[i : i + 500])
            log(f"teardown: deleted {len(keys)} redis keys of namespace {self.namespace}")
        except Exception as exc:  # noqa: BLE001
            log(f"teardown: could not clean redis namespace {self.namespace}: {exc}")
