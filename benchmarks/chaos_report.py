"""The chaos report (#6): one table of fault scenarios run under a flow of messages.

    .venv/bin/python benchmarks/chaos_report.py [--only kill,redis,postgres,webhooks] [--messages N]

Starts a private PostgreSQL cluster and Redis on free ports (tests/chaos/services.py; the machine's
shared services are never touched), migrates, creates a tenant with the shipped catalog, and runs the
scenarios of tests/chaos/scenarios.py against a real ingress and real `oms worker` processes: kill -9 of
worker processes at random points, Redis stopped 10 s, PostgreSQL stopped 10 s, a webhook receiver down
10 s and then flaky (for it, "lost" also counts events never acknowledged by the receiver and
"duplicated" a second delivery row of one event; events redelivered with the same webhook-id are in the
notes). Prints, per scenario:
faults injected, messages sent, accepted (202), refused (503: nothing stored, the client retries),
processed (an outcome), lost (must be 0), duplicated (must be 0) and the time to recover (from the end
of the last fault to the last accepted message's outcome).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default="kill,redis,postgres,webhooks")
    parser.add_argument("--messages", type=int, default=0, help="messages per scenario (default: each's own)")
    args = parser.parse_args()
    from tests.chaos.conftest import private_stack
    from tests.chaos.scenarios import SCENARIOS, Result

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="oms-chaos-report-") as tmp, private_stack(Path(tmp)) as stack:
        for name in args.only.split(","):
            run = SCENARIOS[name.strip()]
            result = run(stack, n=args.messages) if args.messages else run(stack)  # type: ignore[call-arg]
            results.append(result)
            print(f"  {result.scenario}: done", file=sys.stderr, flush=True)
    header = (
        "scenario",
        "faults",
        "sent",
        "accepted",
        "refused (503)",
        "processed",
        "lost",
        "duplicated",
        "recover s",
    )
    rows = [
        (
            r.scenario,
            r.faults,
            r.sent,
            r.accepted,
            r.refused,
            r.processed,
            r.lost,
            r.duplicated,
            f"{r.recover_s:.1f}",
        )
        for r in results
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    for r in results:
        for note in r.notes:
            print(f"{r.scenario}: {note}")
    return 0 if all(r.lost == 0 and r.duplicated == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
