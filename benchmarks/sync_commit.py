"""What waiting for the WAL flush costs a pipeline commit (#6: OMS_PIPELINE_SYNC_COMMIT).

    .venv/bin/python benchmarks/sync_commit.py [--commits N] [--rounds R] [--threads T]

The fused pipeline writes each message's result in one transaction and, by default, does not wait for
the WAL flush (`synchronous_commit = off` for that transaction only). This measures, on the machine's
PostgreSQL (the server of `OMS_ADMIN_DATABASE_URL`, in a throwaway database dropped at the end), commits of a small
insert of the size of a result (a ~2 KB jsonb row) with the flush awaited (on) and not (off),
alternating the two in the same run, from T threads at once as a worker's threads commit:

* wall ms per commit: how long a worker thread waits (the WAL flush latency, shared by group commit);
* backend CPU ms per commit: the database's CPU, read from /proc for each backend (so load inflates it
  less than wall time).

Prints the medians over the rounds. The result decides the default (README, "Chaos suite").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAYLOAD = json.dumps({"lines": [{"sku": f"SKU-{i}", "quantity": i, "reason": "x" * 60} for i in range(20)]})


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100.0  # utime + stime, in clock ticks of 10 ms


def _round(url: str, mode: str, commits: int, threads: int) -> tuple[float, float]:
    """(wall ms per commit, backend CPU ms per commit) for `commits` commits spread over `threads`."""
    conns = [psycopg.connect(url, autocommit=False) for _ in range(threads)]
    pids = [c.info.backend_pid for c in conns]
    for c in conns:
        c.execute(f"SET synchronous_commit = {mode}")
        c.commit()
    cpu0 = sum(_cpu_seconds(p) for p in pids)

    def work(conn: psycopg.Connection) -> None:
        for _ in range(commits // threads):
            conn.execute("INSERT INTO oms_bench_sync_commit (payload) VALUES (%s::jsonb)", (PAYLOAD,))
            conn.commit()

    started = time.perf_counter()
    workers = [threading.Thread(target=work, args=(c,)) for c in conns]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    wall = time.perf_counter() - started
    cpu = sum(_cpu_seconds(p) for p in pids) - cpu0
    for c in conns:
        c.close()
    done = (commits // threads) * threads
    return wall * 1000 * threads / done, cpu * 1000 / done


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from worker.settings import libpq_url, load_settings

    server = conninfo_to_dict(libpq_url(load_settings().admin_database_url))
    name = f"oms_bench_sync_{os.getpid()}"
    maintenance = make_conninfo(**{**server, "dbname": "postgres"})
    url = make_conninfo(**{**server, "dbname": name})
    with psycopg.connect(maintenance, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE oms_bench_sync_commit (id bigserial PRIMARY KEY, payload jsonb)")
        results: dict[str, list[tuple[float, float]]] = {"on": [], "off": []}
        for _ in range(args.rounds):
            for mode in ("off", "on"):
                results[mode].append(_round(url, mode, args.commits, args.threads))
    finally:
        with psycopg.connect(maintenance, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    print(f"{args.commits} commits per round, {args.threads} threads, {args.rounds} rounds (medians)")
    print("| synchronous_commit | wall ms per commit (per thread) | backend CPU ms per commit |")
    print("|---|---|---|")
    for mode in ("off", "on"):
        wall = statistics.median(r[0] for r in results[mode])
        cpu = statistics.median(r[1] for r in results[mode])
        print(f"| {mode} | {wall:.2f} | {cpu:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
