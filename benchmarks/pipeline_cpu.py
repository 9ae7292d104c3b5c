"""CPU accounting (per process group, from /proc) and profiling of benchmarks/pipeline.py."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.pipeline_setup import ROOT, BenchError

# --------------------------------------------------------------------------------------------- CPU account
CLK_TCK = os.sysconf("SC_CLK_TCK")
# The poller's connection to the bench db (counts every 50 ms, activity samples): the benchmark's own work,
# set apart from the system's backends (the "load generator" groups are left out of the system's figure).
POLLER_BACKEND = "load generator: the poller's PostgreSQL backend"
PG_BACKGROUND = (
    "checkpointer",
    "background writer",
    "walwriter",
    "autovacuum",
    "logical replication",
    "stats collector",
    "archiver",
    "walsender",
)


def _proc_stat(pid: int) -> tuple[int, float] | None:
    try:
        data = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = data[data.rindex(")") + 2 :].split()
    return int(rest[1]), (int(rest[11]) + int(rest[12])) / CLK_TCK


def _machine_ticks() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, summed over cores."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = (parts + [0] * 8)[:8]
    busy = user + nice + system + irq + softirq + steal
    return busy / CLK_TCK, (busy + idle + iowait) / CLK_TCK


class CpuAccount:
    """Which process used the CPU during a phase: our ingress, workers, PostgreSQL backends of the
    benchmark database, Redis, this script (load generator and poller), and everything else."""

    def __init__(self, dbname: str, roots: Callable[[], dict[str, list[int]]]) -> None:
        self.dbname = dbname
        self.roots = roots

    def snapshot(self) -> dict[str, Any]:
        procs: dict[int, tuple[int, float]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                st = _proc_stat(int(entry))
                if st is not None:
                    procs[int(entry)] = st
        children: dict[int, list[int]] = {}
        for pid, (ppid, _) in procs.items():
            children.setdefault(ppid, []).append(pid)
        groups: dict[int, str] = {}
        for name, pids in self.roots().items():
            stack = list(pids)
            while stack:
                pid = stack.pop()
                if pid in procs and pid not in groups:
                    groups[pid] = name
                    stack.extend(children.get(pid, []))
        groups[os.getpid()] = "load generator + poller (this script)"
        for pid in procs:
            if pid in groups:
                continue
            try:
                comm = Path(f"/proc/{pid}/comm").read_text().strip()
            except OSError:
                continue
            if comm == "postgres":
                try:
                    cmd = (
                        Path(f"/proc/{pid}/cmdline")
                        .read_bytes()
                        .replace(b"\0", b" ")
                        .decode(errors="replace")
                    )
                except OSError:
                    continue
                if f" {self.dbname} " in cmd:
                    groups[pid] = "postgres backends (bench db)"
                elif any(k in cmd for k in PG_BACKGROUND) or " -D " in cmd:
                    groups[pid] = "postgres background (wal, checkpoints)"
            elif comm == "redis-server":
                groups[pid] = "redis"
        busy, total = _machine_ticks()
        return {"t": time.monotonic(), "procs": procs, "groups": groups, "busy": busy, "total": total}

    @staticmethod
    def delta(start: dict[str, Any], end: dict[str, Any]) -> dict[str, Any]:
        wall = end["t"] - start["t"]
        used: Counter[str] = Counter()
        for pid, group in end["groups"].items():
            cpu_end = end["procs"][pid][1]
            before = start["procs"].get(pid)
            used[group] += cpu_end - (before[1] if before and start["groups"].get(pid) == group else 0.0)
        busy = end["busy"] - start["busy"]
        total = end["total"] - start["total"]
        ours = sum(used.values())
        return {
            "wall_s": wall,
            "core_seconds": {k: round(v, 2) for k, v in used.most_common()},
            "other_processes_core_seconds": round(max(0.0, busy - ours), 2),
            "idle_core_seconds": round(max(0.0, total - busy), 2),
            "machine_busy_pct": round(100 * busy / total, 1) if total else math.nan,
        }


# --------------------------------------------------------------------------------------------- profiling
class Profiler:
    """py-spy sampling of our processes during one phase (`--profile`): where their CPU goes.

    Only the thread holding the GIL is sampled (`--gil`), so the samples are the Python CPU time of each
    process (a thread waiting for PostgreSQL, Redis or the GIL is not counted). py-spy runs outside the
    sampled processes (`--nonblocking`) but uses CPU itself on a 2-core box (its own row in the CPU
    table): the throughput of a profiled run is lower than that of an unprofiled one.
    """

    def __init__(self, py_spy: str, outdir: Path) -> None:
        self.py_spy, self.outdir = py_spy, outdir
        self.running: list[tuple[str, subprocess.Popen[bytes], Path]] = []

    def wait_attached(self, timeout: float = 15.0) -> None:
        """Until every py-spy has printed that it is sampling (or one of them has exited)."""
        deadline = time.monotonic() + timeout
        for name, proc, _ in self.running:
            log_path = self.outdir / f"py-spy-{name}.log"
            while b"Sampling process" not in log_path.read_bytes():
                if proc.poll() is not None:
                    raise BenchError(
                        f"py-spy for {name} exited: {log_path.read_text(errors='replace')[-500:]}"
                    )
                if time.monotonic() > deadline:
                    raise BenchError(f"py-spy for {name} did not start sampling within {timeout:.0f}s")
                time.sleep(0.05)

    def start(self, name: str, pid: int, subprocesses: bool = False) -> None:
        out = self.outdir / f"profile-{name}.txt"
        args = [
            self.py_spy,
            "record",
            "--pid",
            str(pid),
            "--rate",
            "97",
            "--nonblocking",
            "--gil",
            "--format",
            "raw",
            "--full-filenames",
            "-o",
            str(out),
        ]
        if subprocesses:
            args.append("--subprocesses")
        log_file = (self.outdir / f"py-spy-{name}.log").open("wb")
        proc = subprocess.Popen(args, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
        self.running.append((name, proc, out))

    def stop(self) -> dict[str, Any]:
        summaries: dict[str, Any] = {}
        for name, proc, out in self.running:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
            if out.exists():
                summaries[name] = summarize_profile(out)
            else:
                summaries[name] = {"error": f"py-spy wrote nothing (see {self.outdir}/py-spy-{name}.log)"}
        self.running.clear()
        return summaries


def _frame_package(path: str) -> str:
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    root = str(ROOT) + "/"
    if path.startswith(root):
        return path[len(root) :]
    if "/lib/python3" in path:
        return "stdlib " + path.rsplit("/", 1)[-1].removesuffix(".py")
    return path


def summarize_profile(path: Path, top: int = 15) -> dict[str, Any]:
    """Self time by package/module, inclusive time by package and by project function (raw py-spy data)."""
    import re

    frame_re = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")
    total = 0
    self_pkg: Counter[str] = Counter()
    incl_pkg: Counter[str] = Counter()
    incl_fn: Counter[str] = Counter()
    self_fn: Counter[str] = Counter()
    project = ("db/", "jobs/", "ingress/", "worker/", "scheduler/")
    for raw in path.read_text(errors="replace").splitlines():
        stack, _, count = raw.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [m for m in (frame_re.match(f) for f in stack.split(";")) if m]
        if not frames:
            continue
        total += n
        leaf = frames[-1]
        self_pkg[_frame_package(leaf["file"])] += n
        self_fn[f"{leaf['func']} ({_frame_package(leaf['file'])})"] += n
        seen_pkg: set[str] = set()
        seen_fn: set[str] = set()
        for f in frames:
            pkg = _frame_package(f["file"])
            top_pkg = pkg.split("/", 1)[0] + "/" if pkg.startswith(project) else pkg
            seen_pkg.add(top_pkg if not pkg.startswith("stdlib ") else "stdlib")
            if pkg.startswith(project):
                seen_fn.add(f"{pkg.removesuffix('.py').replace('/', '.')}.{f['func']}")
        for k in seen_pkg:
            incl_pkg[k] += n
        for k in seen_fn:
            incl_fn[k] += n

    def pct(c: Counter[str], k: int) -> dict[str, float]:
        return {name: round(100 * v / total, 1) for name, v in c.most_common(k)} if total else {}

    return {
        "samples": total,
        "self_by_module": pct(self_pkg, top),
        "self_by_function": pct(self_fn, top),
        "inclusive_by_package": pct(incl_pkg, top),
        "inclusive_by_project_function": pct(incl_fn, 25),
    }
