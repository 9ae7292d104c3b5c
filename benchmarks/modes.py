"""Fused vs chained, the two pipeline modes, per message (issue #7: does the chained mode earn its keep?).

    python benchmarks/modes.py [--messages 600] [--rounds 3]

A sandbox database with the shipped catalog; corpus messages, each from one of 50 customers, run in
this process (no broker: the modes' own cost, without the broker hops chained mode adds) alternately
through `run_pipeline_fused` (one transaction) and the four chained stage functions (four
transactions: `run_pipeline_inline`), in rounds so both see the same load. Reports this process's CPU
time and wall time per message for each mode, and their ratio. Both modes use the local provider: with a
paid one the model's latency adds the same to both, and chained adds one broker hop per stage.

Prints one JSON document. The machine is shared: read CPU time, and the wall figures as "under load".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.llm import corpus_texts, insert_messages  # noqa: E402
from benchmarks.pipeline_setup import Sandbox  # noqa: E402


def measure(tenant: uuid.UUID, texts: list[str], rounds: int) -> dict[str, Any]:
    from jobs.pipeline.actors import run_pipeline_fused, run_pipeline_inline

    modes = {"fused": run_pipeline_fused, "chained": run_pipeline_inline}
    cpu = dict.fromkeys(modes, 0.0)
    wall = dict.fromkeys(modes, 0.0)
    count = dict.fromkeys(modes, 0)
    per_round = max(1, len(texts) // rounds)
    for r in range(rounds):
        batch = texts[r * per_round : (r + 1) * per_round]
        for name, run in modes.items() if r % 2 == 0 else reversed(modes.items()):
            ids = insert_messages(tenant, batch)
            c0, w0 = time.process_time(), time.perf_counter()
            for mid in ids:
                run(mid, tenant)
            cpu[name] += time.process_time() - c0
            wall[name] += time.perf_counter() - w0
            count[name] += len(ids)
    out: dict[str, Any] = {
        name: {
            "messages": count[name],
            "cpu_ms_per_msg": round(cpu[name] / count[name] * 1000, 2),
            "wall_ms_per_msg": round(wall[name] / count[name] * 1000, 2),
        }
        for name in modes
    }
    out["chained_over_fused_cpu"] = round(cpu["chained"] / cpu["fused"], 2)
    out["chained_over_fused_wall"] = round(wall["chained"] / wall["fused"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("OMS_LOG_LEVEL", "warning")  # the figures, not every message's log line
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)
    logdir = Path(os.environ.get("OMS_BENCH_LOGDIR", "/tmp/oms-modes-bench"))
    logdir.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"args": vars(args), "loadavg_at_start": os.getloadavg()}
    sb = Sandbox(logdir)
    try:
        sb.setup()
        from sqlalchemy import text

        from db.session import privileged_session

        with privileged_session() as s:
            tenant = s.execute(text("SELECT id FROM distributors LIMIT 1")).scalar_one()
        corpus = corpus_texts()
        texts = [corpus[i % len(corpus)] for i in range(args.messages)]
        measure(tenant, texts[:40], 2)  # warm the caches (catalog index, rules, prepared statements)
        report["modes"] = measure(tenant, texts, args.rounds)
        report["loadavg_at_end"] = os.getloadavg()
    finally:
        sb.teardown()
    print(json.dumps(report, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
